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
