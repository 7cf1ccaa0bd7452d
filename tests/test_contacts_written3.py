"""Contacts: fixes of kinds found in the eighth session's written news golds
(tests/gold/written_contacts_dev3.json, dev4). Sentences written for these tests."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2022-03-11"):
    return analyze_text(text, published=published).contacts


def test_a_since_clause_dates_the_start_of_a_span_not_the_contact():
    # "since the crisis began two weeks ago" gave the meeting the month the crisis began
    found = contacts("The first meeting between Poland and Belarus since the border crisis "
                     "began three weeks ago lasted two hours.")
    assert [(sorted(c.participants), c.date) for c in found] == [(["Belarus", "Poland"], None)]
    found = contacts("Poland and Belarus held their first meeting since the crisis began in "
                     "January.")
    assert [c.date for c in found] == [None]
    # the contact's own day still counts
    found = contacts("Poland and Belarus met on Tuesday, their first meeting since the crisis "
                     "began in January.")
    assert found and found[0].date == "2022-03-08"


def test_talking_for_hours_at_a_venue_is_talking_face_to_face():
    # the parser hangs the place on the duration ("for two hours at the palace")
    found = contacts("Macron and Sanchez talked for two hours at the Elysee Palace on Monday.",
                     published="2023-03-11")
    assert [(c.format, c.place) for c in found] == [("meeting", "Elysee Palace")]
    # a headline: "in the Kremlin" is a building the gazetteer reads as a body
    found = contacts("Erdogan and Putin talk for hours in the Kremlin, but the grain deal stays "
                     "stalled", published="2023-03-11")
    assert [c.format for c in found] == ["meeting"]
    # with no place, or by phone, it stays a call
    found = contacts("Macron and Sanchez talked for two hours on Monday.", published="2023-03-11")
    assert [c.format for c in found] == ["phone call"]
    found = contacts("Macron and Sanchez talked for an hour by phone from the Elysee Palace.",
                     published="2023-03-11")
    assert [c.format for c in found] == ["phone call"]


def test_a_gathering_on_whose_sidelines_talks_are_held_is_their_setting():
    # fronted, the summit took the talks' place as the contact; after the verb, the talks
    # lost the summit's day
    found = contacts("On the sidelines of Tuesday's summit, Macron held separate talks with "
                     "Scholz and with Sanchez.", published="2022-05-25")
    assert [(sorted(c.participants), c.format, c.date) for c in found] == [
        (["Emmanuel Macron", "Olaf Scholz"], "talks", "2022-05-24"),
        (["Emmanuel Macron", "Pedro Sánchez"], "talks", "2022-05-24")]
    found = contacts("Macron held talks with Scholz on the sidelines of Tuesday's summit.",
                     published="2022-05-25")
    assert [(c.format, c.date) for c in found] == [("talks", "2022-05-24")]


def test_a_question_about_a_contact_told_before_reports_nothing():
    found = contacts("Macron met Scholz in Berlin on Monday. What does the meeting tell us?",
                     published="2022-05-25")
    assert [c.evidence for c in found] == ["Macron met Scholz in Berlin on Monday."]
    found = contacts("Macron visited Kyiv on Monday. Did France warn Moscow about the trip? "
                     "The visit lasted six hours.", published="2022-05-25")
    assert [(c.evidence, c.same_as) for c in found] == [
        ("Macron visited Kyiv on Monday.", None), ("The visit lasted six hours.", 0)]
    # a question that names the parties still tells of their contact
    found = contacts("Macron met Scholz in Berlin on Monday. Did anyone think a meeting between "
                     "Macron and Scholz would settle it?", published="2022-05-25")
    assert len(found) == 2


def test_advice_in_an_opinion_piece_is_no_contact():
    # the time clause is part of what is advised
    assert contacts("Macron should meet EU leaders before he sits down with Putin.",
                    published="2021-12-31") == []
    assert contacts("Fourth, Macron should keep open the possibility of another meeting with "
                    "Putin.", published="2021-12-31") == []
    # an obligation is not a report
    assert contacts("Macron must speak with Zelensky before any further contact with Putin.",
                    published="2021-12-31") == []
    # a time clause of a fact stays a fact
    found = contacts("Macron met Putin on Monday before he flew to Kyiv.", published="2021-12-31")
    assert ["Emmanuel Macron", "Vladimir Putin"] in [sorted(c.participants) for c in found]


def test_travellers_told_apart_made_one_visit_each():
    found = contacts("Truss and Wallace both visited Moscow this week.", published="2022-02-11")
    assert sorted(sorted(c.participants) for c in found) == [
        ["Ben Wallace", "Russia"], ["Liz Truss", "Russia"]]
    found = contacts("Macron and Starmer made back-to-back visits to the White House.",
                     published="2025-02-28")
    assert len(found) == 2 and all(len(c.participants) == 2 for c in found)
    # travelling together is one visit; a word on something else tells nothing apart
    found = contacts("Truss and Wallace flew back to London after visiting Moscow.",
                     published="2022-02-11")
    assert len(found) == 1
    found = contacts("Both agreements were negotiated by Jared Kushner, who flew to Abu Dhabi "
                     "with Meir Ben-Shabbat.", published="2020-09-01")
    assert len(found) <= 1


def test_a_state_that_only_modifies_an_issue_is_no_party():
    # the headline's "as" clause is parsed into the trip's phrase; "Ukraine" names the issue
    found = contacts("CIA chief makes rare trip to Moscow as Ukraine border buildup alarms "
                     "Washington", published="2021-11-03")
    assert [sorted(c.participants) for c in found] == [["Russia", "William Burns"]]
    # a state modifying a group of people is still the party
    found = contacts("Macron met the Ukraine delegation in Paris on Monday.",
                     published="2021-11-03")
    assert [sorted(c.participants) for c in found] == [["Emmanuel Macron", "Ukraine"]]
