"""Which contact a later mention means ("the summit", "the talks", "the two women"), and clauses
that tell another event beside a contact. Every text here is written for these tests."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2023-11-16"):
    return analyze_text(text, published=published).contacts


SUMMIT_STORY = (
    "Modi and Albanese agree to deepen naval ties at Delhi summit\n\n"
    "NEW DELHI, Nov 16, 2023 (Wire) - Indian Prime Minister Narendra Modi and Australian "
    "Prime Minister Anthony Albanese met on Thursday and agreed to expand naval exercises.\n\n"
    "The two leaders talked for three hours at Hyderabad House, on the sidelines of the "
    "G20 summit. Albanese told reporters that the talks had been frank.\n\n"
    "Australian Foreign Minister Penny Wong is expected to travel to Jakarta next month, "
    "an aide said.\n\n"
    "The summit was the first meeting between the two since they met in Tokyo last May.")


def _in_sentence(found, text, words):
    start = text.index(words)
    return [c for c in found if c.start <= start < c.end]


def test_the_summit_is_the_main_contact_not_a_gathering_named_in_passing():
    found = contacts(SUMMIT_STORY)
    last = _in_sentence(found, SUMMIT_STORY, "The summit was the first")
    pairs = {(tuple(c.participants), c.date) for c in last}
    # the summit of the story, on its own day, and the earlier meeting after "since"
    assert (("Anthony Albanese", "Narendra Modi"), "2023-11-16") in pairs
    assert (("Anthony Albanese", "Narendra Modi"), "2023-05") in pairs
    # neither the G20 gathering nor the minister's planned trip
    assert not any(c.participants == ["G20"] or "Penny Wong" in c.participants for c in last)


def test_talks_told_in_the_past_are_the_held_contact():
    text = ("Tokyo and Seoul plan to hold security talks next year.\n\n"
            "Yoon Suk Yeol met Fumio Kishida in Seoul on Monday. Officials said the talks were "
            "warm.")
    found = contacts(text, published="2023-03-08")
    later = _in_sentence(found, text, "the talks were")
    assert later and all(c.status == "held" and c.date == "2023-03-06" for c in later)


def test_a_dated_noun_refers_to_the_contact_of_that_day():
    text = ("Biden spoke with Scholz by phone on Monday. On Wednesday Biden spoke with Macron by "
            "phone. Monday's call focused on energy, the White House said.")
    found = contacts(text, published="2023-09-06")
    later = _in_sentence(found, text, "Monday's call")
    assert [c.participants for c in later] == [["Joe Biden", "Olaf Scholz"]]


def test_the_two_women_are_the_people_of_the_call():
    text = ("Hillary Clinton phoned Alicia Machado on Friday, an aide said. "
            "The two women spoke for about ten minutes.")
    found = contacts(text, published="2016-09-30")
    later = _in_sentence(found, text, "The two women")
    assert [(c.participants, c.format) for c in later] == [
        (["Alicia Machado", "Hillary Clinton"], "phone call")]


def test_the_two_leaders_stay_the_leaders_of_an_earlier_meeting():
    text = ("Biden hosted Scholz at the White House on Friday. Blinken met Lammy in London. "
            "The two leaders spoke for an hour about Ukraine.")
    found = contacts(text, published="2023-09-06")
    later = _in_sentence(found, text, "The two leaders")
    assert [c.participants for c in later] == [["Joe Biden", "Olaf Scholz"]]


def test_a_meeting_after_which_a_trip_began_is_its_own_contact():
    text = "Austin arrived in Vilnius on Tuesday after Macron met Scholz in Berlin."
    found = contacts(text, published="2023-07-12")
    trip = [c for c in found if c.format == "visit"]
    meeting = [c for c in found if c.format == "meeting"]
    assert [c.participants for c in trip] == [["Lithuania", "Lloyd Austin"]]
    assert trip[0].date == "2023-07-11"
    # the meeting is Macron's and Scholz's, in Berlin, on a day the sentence does not give
    assert [(c.participants, c.place, c.date) for c in meeting] == [
        (["Emmanuel Macron", "Olaf Scholz"], "Berlin", None)]


def test_a_relative_clause_describing_a_name_adds_no_party():
    council = contacts("The Security Council, which last year imposed new sanctions on Iran, "
                       "called an emergency meeting to discuss the attack.")
    assert [c.participants for c in council] == [["UN Security Council"]]
    summit = contacts("The leaders of the G20 held a summit in India, which is a close "
                      "partner of Russia.")
    assert [c.participants for c in summit] == [["G20"]]


def test_a_regions_leaders_gathering_is_the_bodys_meeting():
    found = contacts("European leaders gathered in Prague on Tuesday to debate energy prices.",
                     published="2023-09-06")
    assert [(c.participants, c.date, c.place) for c in found] == [
        (["European Union"], "2023-09-05", "Prague")]
    assert contacts("Protesters gathered in Prague on Tuesday.", published="2023-09-06") == []


def test_a_policy_toward_a_state_is_a_topic():
    found = contacts("At the Madrid summit envoys from Sweden and Finland joined talks on "
                     "policy toward Russia for the first time.")
    assert found and all("Russia" not in c.participants for c in found)


def test_a_meeting_named_after_an_unknown_body_is_its_own_session():
    # the people of the decision taken at the committee's session did not meet in it
    assert contacts("At one of his first RNC meetings, in 1976, Baker backed a plan to "
                    "nominate Bob Dole to replace Nelson Rockefeller.") == []


def test_those_discussions_refer_only_to_a_contact_just_told():
    text = ("Jane Roe first met Tom Baker in Boston in May.\n\n"
            "The deal closed in June.\n\nRegulators raised no objection.\n\n"
            "Roe later bought two more plants.\n\nShe hopes to sell the output to utilities. "
            "Those discussions are continuing, she said.")
    found = contacts(text, published="2023-10-01")
    assert _in_sentence(found, text, "Those discussions") == []


def test_a_contact_told_in_a_while_clause_is_a_fact():
    text = "Aid may be delayed while Secretary of State Antony Blinken negotiates with Qatar."
    found = contacts(text, published="2023-10-01")
    assert [(c.participants, c.format) for c in found] == [
        (["Antony Blinken", "Qatar"], "talks")]
    # inside a condition it stays a condition
    assert contacts("If Biden meets Xi while Blinken visits Kyiv, the week will be busy.") == []


def test_a_member_states_leader_at_a_bodys_gathering_attends_it():
    text = ("European leaders gathered in Prague on Tuesday to debate energy prices. "
            "Olaf Scholz told reporters after the day-long meeting that more work was needed.")
    found = contacts(text, published="2023-09-06")
    later = _in_sentence(found, text, "Olaf Scholz told")
    assert [(c.participants, c.date) for c in later] == [(["European Union"], "2023-09-05")]


def test_a_meal_in_a_relative_clause_is_the_described_persons():
    found = contacts("Washington welcomed Lee Hsien Loong, who had lunch with Vice President "
                     "Kamala Harris on Monday.", published="2023-09-06")
    assert ["Kamala Harris", "Lee Hsien Loong"] in [c.participants for c in found]


def test_a_body_acting_after_a_meeting_of_its_own_held_it():
    found = contacts("Following a hastily called meeting, the Security Council issued a "
                     "statement on Friday.", published="2023-09-06")
    assert [(c.participants, c.date) for c in found] == [(["UN Security Council"], "2023-09-01")]
    found = contacts("Following a swiftly called, late-evening meeting, the Security Council "
                     "issued a statement.", published="2023-09-06")
    assert [c.participants for c in found] == [["UN Security Council"]]
    # a definite noun with no contact told before only dates another act
    assert contacts("After the meeting, the Treasury released new sanctions.") == []


def test_coming_to_meet_a_bodys_management_is_a_meeting():
    found = contacts("When Jane Roe came to meet Tom Baker's management for the first time, "
                     "she brought her lawyer.", published="2023-09-06")
    assert [c.participants for c in found] == [["Jane Roe", "Tom Baker"]]
    assert contacts("The plan failed to meet the board's targets.") == []


def test_whose_decision_to_meet_it_was_takes_part():
    text = ("Janet Yellen spoke on Monday. Her decision to meet with Elon Musk at the end of "
            "June drew criticism.")
    found = contacts(text, published="2023-09-06")
    assert [(c.participants, c.date) for c in found] == [
        (["Elon Musk", "Janet Yellen"], "2023-06")]
    # a refusal or an offer stays no meeting
    assert contacts("Scholz spoke on Monday. His refusal to meet Putin angered Moscow.") == []


def test_a_visit_played_down_is_still_the_visit():
    text = "Antony Blinken arrived in Kyiv on Wednesday. The Kremlin dismissed the visit."
    found = contacts(text, published="2023-09-06")
    later = _in_sentence(found, text, "The Kremlin dismissed")
    assert [(c.participants, c.format) for c in later] == [
        (["Antony Blinken", "Ukraine"], "visit")]
    # an indefinite contact dismissed is one only in prospect
    assert contacts("The Kremlin dismissed talks with Kyiv.") == []


def test_each_visit_noun_has_its_own_traveller():
    found = contacts("Biden's 2023 visit to Hanoi was preceded by a visit from Secretary of "
                     "State Antony Blinken in April and followed by a trip by Senator Chuck "
                     "Schumer a month later.", published="2023-11-01")
    # no visit merges the three travellers
    assert not any({"Antony Blinken", "Chuck Schumer"} <= set(c.participants) for c in found)
    assert not any({"Joe Biden", "Antony Blinken"} <= set(c.participants) for c in found)
    found = contacts("Macron received a visit from Olaf Scholz on Monday.",
                     published="2023-09-06")
    assert [(c.participants, c.format) for c in found] == [
        (["Emmanuel Macron", "Olaf Scholz"], "visit")]
