"""Contacts among one country's politicians in ordinary political news: the executive meeting
lawmakers or a party's caucus counts (format meeting), a leader among their own executive does
not. Sentences written for these tests."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2013-03-06"):
    return analyze_text(text, published=published).contacts


def pairs(found):
    return [(c.participants, c.format, c.status) for c in found]


def test_vice_president_meeting_a_party_caucus_is_a_contact():
    found = contacts("Joe Biden went to the Capitol on Tuesday to meet with Senate Democrats "
                     "about the budget.")
    assert [(c.participants, c.format) for c in found] == [
        (["Democratic Party", "Joe Biden"], "meeting")]


def test_president_with_both_parties_is_a_contact():
    found = contacts("Barack Obama met with Democrats and Republicans at the White House on "
                     "Friday.")
    assert [set(c.participants) for c in found] == [
        {"Barack Obama", "Democratic Party", "Republican Party"}]


def test_a_leader_with_their_own_agency_is_no_contact():
    assert contacts("Joe Biden met with the FBI on Tuesday.") == []


def test_a_subordinate_clause_after_the_counterpart_names_no_party():
    found = contacts("Joe Biden will meet with Senate Democrats on Tuesday as Barack Obama "
                     "and the White House try to calm the party.")
    assert pairs(found) == [(["Democratic Party", "Joe Biden"], "meeting", "planned")]


def test_with_shared_by_a_coordinated_verb_finds_its_object():
    found = contacts("The governor spoke after Tom Reed met with — and apologized to — "
                     "Representative Ann Hollis, the lawmaker he had insulted.")
    assert [c.participants for c in found] == [["Ann Hollis", "Tom Reed"]]


def test_whose_aide_a_named_subject_is_does_not_take_part():
    found = contacts("Joe Biden's chief of staff, Ron Klain, later went to Moscow to meet "
                     "with Sergei Lavrov.")
    assert all("Joe Biden" not in c.participants for c in found)
    assert any({"Ron Klain", "Sergey Lavrov"} <= set(c.participants) for c in found)


def test_what_the_counterpart_is_busy_with_names_no_party():
    found = contacts("Antony Blinken held a meeting with the envoys of Qatar negotiating "
                     "Hamas's release of the hostages.")
    assert [c.participants for c in found] == [["Antony Blinken", "Qatar"]]


def test_what_a_noun_triggers_counterpart_is_busy_with_names_no_party():
    found = contacts("Antony Blinken spent Monday meeting with officials from the Qatari "
                     "embassy overseeing Hamas's release of the hostages.")
    assert [c.participants for c in found] == [["Antony Blinken", "Qatar"]]


def test_a_listed_contact_noun_keeps_the_next_ones_parties_out_of_its_phrase():
    from readout.analyze.contacts import _noun_region
    from readout.analyze.pipeline import build_pipeline

    doc = build_pipeline(None)("They touched on the trade talks and the summit with Kim Jong Un.")
    talks = next(t for t in doc if t.text == "talks")
    words = {doc[i].text for i in _noun_region(talks)}
    assert "talks" in words and "Kim" not in words


def test_a_possessed_contact_noun_refers_back_whatever_else_the_clause_names():
    found = contacts("Joe Biden will meet House Democrats on Tuesday. Biden's visit and the "
                     "president's remarks come as the party's anger grows.")
    assert len(found) == 2
    assert found[1].same_as == 0 and found[1].participants == found[0].participants


def test_officials_involved_in_a_probe_do_not_bring_its_subject_in():
    found = contacts("Donald Trump held conversations with top intelligence officials involved "
                     "in the Russia probe.")
    assert all("Russia" not in c.participants for c in found)


def test_what_was_said_in_a_meeting_is_not_a_wish_about_it():
    found = contacts("The president told Senate Democrats in a meeting on Tuesday that "
                     "Republicans need to act on immigration.", published="2014-01-23")
    assert [(c.participants, c.format, c.status) for c in found] == [
        (["Barack Obama", "Democratic Party"], "meeting", "held")]


def test_how_to_handle_talks_is_a_question_not_a_report():
    found = contacts("Marco Rubio has argued with colleagues about how to handle the nuclear "
                     "talks with Iran.")
    assert found == []


def test_a_foreign_leader_addressing_a_joint_meeting_of_a_legislature_visits_it():
    found = contacts("The speaker said that Israeli Prime Minister Benjamin Netanyahu will "
                     "address a joint meeting of the U.S. Congress on Feb. 11.",
                     published="2015-01-22")
    assert [(c.participants, c.format, c.date, c.status) for c in found] == [
        (["Benjamin Netanyahu", "US Congress"], "visit", "2015-02-11", "planned")]


def test_a_speech_to_a_joint_session_is_a_visit_too():
    found = contacts("Volodymyr Zelensky gave a speech to a joint session of the U.S. Congress "
                     "on Wednesday.", published="2022-12-22")
    assert [(c.participants, c.format) for c in found] == [
        (["US Congress", "Volodymyr Zelensky"], "visit")]


def test_an_address_during_a_visit_just_reported_is_not_another_contact():
    found = contacts("Joe Biden will welcome Volodymyr Zelensky at the White House on "
                     "Wednesday, after which Zelensky will address a joint session of Congress.",
                     published="2022-12-20")
    assert [c.participants for c in found] == [["Joe Biden", "Volodymyr Zelensky"]]


def test_the_one_he_held_with_others_is_a_second_meeting():
    from readout.analyze.pipeline import analyze_text
    text = ("Governor Ann Porter will visit with House Republicans on Thursday. Her visit with "
            "the House members is likely to be as tense as the one that she held with the "
            "Senate leaders on Tuesday.")
    found = analyze_text(text, published="2019-03-06").contacts
    assert any(c.format == "meeting" and c.date == "2019-03-05" and c.status == "held"
               for c in found)


def test_a_same_country_advocacy_group_is_a_side_of_its_own():
    # an environmental group is not an arm of the executive: the meeting stands
    found = contacts("Joe Biden gave a speech in Ohio. On Thursday the Sierra Club met with "
                     "Biden to press for a climate bill.")
    assert [set(c.participants) for c in found] == [{"Joe Biden", "Sierra Club"}]


def test_a_business_lobby_meeting_the_president_is_a_contact():
    found = contacts("Barack Obama will meet with the U.S. Chamber of Commerce next week "
                     "about trade.")
    assert len(found) == 1 and "Barack Obama" in found[0].participants
    assert found[0].status == "planned"


def test_a_government_agency_is_still_the_executive_arm():
    assert contacts("Barack Obama met with the Pentagon on Friday.") == []
