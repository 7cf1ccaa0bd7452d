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
