"""Contacts, sixteenth session: mechanisms found on dev12 (written blind in the fifteenth
session and studied in this one) and shown again on the session's own probe sentences. The
sentences are the project's own."""

from __future__ import annotations

from tests.text_analysis import contacts_of as contacts


def _of(found: list, words: str) -> list[tuple[list[str], str | None, str | None]]:
    return [(sorted(c.participants), c.date, c.place) for c in found if words in c.evidence]


def test_a_past_aside_hung_on_a_condition_is_a_fact_of_the_main_clause() -> None:
    # the parser hangs "as Erdogan received him" on the if-clause; set off by a comma and in
    # the past, it tells what happened while the minister spoke, on the main clause's day
    found = contacts("Italian Foreign Minister Antonio Tajani told Turkish officials on "
                     "Tuesday that Rome would act if the shipments continued, as President "
                     "Recep Tayyip Erdogan received him in Ankara.", published="2024-03-06")
    assert [(sorted(c.participants), c.date, c.status) for c in found] == \
        [(["Antonio Tajani", "Recep Tayyip Erdoğan"], "2024-03-05", "held")]


def test_a_condition_with_a_present_aside_stays_a_condition() -> None:
    found = contacts("Rome would act if the shipments continued as Erdogan meets Tajani.",
                     published="2024-03-06")
    assert found == []


def test_a_trip_of_his_to_a_state_is_a_visit_not_the_meeting_before() -> None:
    found = contacts("Foreign Minister Antonio Tajani met President Recep Tayyip Erdogan in "
                     "Ankara on Tuesday. It was his third trip to Turkey in a year.",
                     published="2024-03-06")
    assert [(sorted(c.participants), c.format) for c in found if c.trigger == "trip"] == \
        [(["Antonio Tajani", "Turkey"], "visit")]


def test_whom_a_traveller_met_where_the_trip_went_is_a_meeting() -> None:
    found = contacts("Italian Foreign Minister Antonio Tajani flew to Algiers on Monday, where "
                     "he met President Abdelmadjid Tebboune.", published="2024-03-08")
    assert (["Abdelmadjid Tebboune", "Antonio Tajani"], "2024-03-04", "Algiers") in \
        _of(found, "Algiers")
    assert [c.format for c in found if c.trigger == "met"] == ["meeting"]


def test_a_city_official_met_on_arrival_is_a_meeting() -> None:
    found = contacts("Tajani arrived on Tuesday in Oran, where he met the city's governor "
                     "Said Saadi, before flying to Tunis on Wednesday.", published="2024-03-08")
    assert [(sorted(c.participants), c.date) for c in found if c.trigger == "met"] == \
        [(["Antonio Tajani", "Said Saadi"], "2024-03-05")]
