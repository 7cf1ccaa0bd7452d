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


def test_days_spent_in_a_foreign_capital_are_a_visit() -> None:
    found = contacts("Chancellor Olaf Scholz spent two days in Hanoi, and the timing of his "
                     "trip said as much as the talks.", published="2024-03-08")
    assert [(sorted(c.participants), c.format) for c in found if c.trigger == "spent"] == \
        [(["Olaf Scholz", "Vietnam"], "visit")]


def test_money_spent_in_a_place_is_no_visit() -> None:
    assert contacts("Olaf Scholz's government spent billions in Africa last year.",
                    published="2024-03-08") == []


def test_the_sender_of_a_pledge_is_no_party_of_the_visit() -> None:
    found = contacts("Kenyan President William Ruto ended a two-day visit to Japan on Friday "
                     "with a loan agreement and a pledge of support from Prime Minister Fumio "
                     "Kishida.", published="2024-02-09")
    assert [sorted(c.participants) for c in found if c.trigger == "visit"] == \
        [["Japan", "William Ruto"]]


def test_a_trip_noun_hung_on_the_traveller_names_no_traveller() -> None:
    found = contacts("Ruto ended a state visit to Japan on Friday.\n\nRuto arrived in Tokyo "
                     "on Tuesday, the first state visit to Japan by a Kenyan president in a "
                     "decade, and held talks with Kishida later that day.",
                     published="2024-02-09")
    assert (["Japan", "William Ruto"], "2024-02-06", "Tokyo") in _of(found, "arrived in Tokyo")


def test_a_definite_noun_after_a_first_mention_that_told_no_contact_points_there() -> None:
    # "the negotiations" are the talks to restore the deal just named, not the summit talks
    # told two paragraphs before
    found = contacts("Ruto held talks with Kishida in Tokyo on Tuesday.\n\nKishida said Japan "
                     "would keep taking part in talks to restore the grain deal. The "
                     "negotiations, in which Turkey also took part, have stalled since "
                     "summer.", published="2024-02-09")
    assert [c.trigger for c in found] == ["talks"]


def test_the_host_leader_named_beside_a_trip_noun_keeps_it_the_visit() -> None:
    found = contacts("Xi Jinping flew into the North Korean capital on Thursday and met Kim "
                     "Jong Un.\n\nFor Kim, the trip was a reward for patience.",
                     published="2019-06-22")
    assert [(c.format, sorted(c.participants)) for c in found if c.trigger == "trip"] == \
        [("visit", ["North Korea", "Xi Jinping"])]
    assert [(c.date, c.format) for c in found if c.trigger == "flew"] == \
        [("2019-06-20", "visit")]


def test_the_day_before_in_the_trips_own_clause_counts_from_the_day_named() -> None:
    found = contacts("Last Monday Lula proposed direct talks in Brasília, brushing aside the "
                     "plan that the presidents of Chile and Peru had backed during a visit to "
                     "Bogotá the day before.", published="2024-03-13")
    assert [(c.date, c.format) for c in found if c.trigger == "visit"] == \
        [("2024-03-10", "visit")]


def test_sitting_across_a_table_from_each_other_is_a_meeting() -> None:
    found = contacts("Indian and Chinese officials sat across a table from each other on "
                     "Tuesday in Moldo.", published="2024-03-13")
    assert [(sorted(c.participants), c.date, c.format) for c in found] == \
        [(["China", "India"], "2024-03-12", "meeting")]


def test_a_visit_ended_with_a_meeting_keeps_the_one_met_for_the_meeting() -> None:
    found = contacts("Kenyan President William Ruto ended a week-long visit to Japan on Friday "
                     "with a meeting with Fumio Kishida.", published="2024-02-10")
    assert sorted((c.format, tuple(sorted(c.participants))) for c in found) == [
        ("meeting", ("Fumio Kishida", "William Ruto")), ("visit", ("Japan", "William Ruto"))]


def test_a_plan_laid_out_to_a_person_in_a_place_is_a_meeting() -> None:
    found = contacts("Volodymyr Zelensky laid out his plan to President Joe Biden in "
                     "Washington on Thursday.", published="2024-09-28")
    assert [(sorted(c.participants), c.date, c.format) for c in found] == \
        [(["Joe Biden", "Volodymyr Zelensky"], "2024-09-26", "meeting")]


def test_a_wreath_laid_in_a_place_is_no_meeting() -> None:
    assert contacts("Zelensky laid a wreath to the fallen soldiers in Kyiv on Thursday.",
                    published="2024-09-28") == []


def test_much_of_a_day_spent_at_a_place_with_someone_is_a_meeting() -> None:
    found = contacts("Wang Yi had spent much of Thursday at the State Department with Secretary "
                     "of State Antony Blinken.", published="2023-10-28")
    assert [(sorted(c.participants), c.date) for c in found] == \
        [(["Antony Blinken", "Wang Yi"], "2023-10-26")]


def test_a_trip_to_meet_on_neutral_ground_is_the_meeting() -> None:
    found = contacts("Antony Blinken flew to Geneva on Friday to meet Sergey Lavrov.",
                     published="2022-01-24")
    assert [(sorted(c.participants), c.format, c.place) for c in found] == \
        [(["Antony Blinken", "Sergey Lavrov"], "meeting", "Geneva")]


def test_a_trip_to_the_hosts_capital_stays_a_visit() -> None:
    found = contacts("Olaf Scholz travelled to Paris on Monday for talks with Emmanuel Macron.",
                     published="2022-01-24")
    assert [c.format for c in found] == ["visit"]


def test_a_trip_for_a_round_of_talks_on_neutral_ground_is_the_talks() -> None:
    found = contacts("The Mossad chief, David Barnea, will fly to Cairo on Sunday for one more "
                     "round of talks with CIA Director William Burns, an aide said.",
                     published="2024-07-26")
    assert [(c.format, c.status, c.date) for c in found] == [("talks", "planned", "2024-07-28")]
