"""Trips and hosting (session 9, checklist area contacts_travel): who travels for a state, a
guest named by office or received in the passive, "played host to", and a trip told in the
present with a day still to come. Sentences are the project's own, none from the checklist."""

from __future__ import annotations

import pytest

from tests.text_analysis import analysis_of


def contacts_of(text: str, published: str = "2025-06-11") -> list[tuple]:
    return [(c.format, sorted(c.participants), c.date, c.status)
            for c in analysis_of(text, published=published).contacts]


@pytest.mark.parametrize("text", [
    "Hundreds of Indian pilgrims travelled to Mecca last month.",
    "The Brazilian striker flew to London on Friday for a medical.",
    "Two Japanese climbers arrived in Kathmandu on Tuesday.",
    "Dozens of Nigerian students went to Moscow on scholarships.",
])
def test_private_people_of_a_nationality_make_no_trip_of_state(text) -> None:
    assert contacts_of(text) == []


@pytest.mark.parametrize("text, parties", [
    ("A Vietnamese delegation flew to Canberra on Monday.", ["Australia", "Vietnam"]),
    ("Egyptian officials travelled to Doha on Monday.", ["Egypt", "Qatar"]),
])
def test_people_who_represent_a_state_still_travel_for_it(text, parties) -> None:
    found = contacts_of(text)
    assert [(f, p) for f, p, _, _ in found] == [("visit", parties)]


def test_a_guest_named_by_office_is_greeted() -> None:
    found = contacts_of("Pedro Sánchez greeted his Portuguese counterpart in Madrid on Monday.")
    assert [(f, p, d) for f, p, d, _ in found] == [
        ("meeting", ["Pedro Sánchez", "Portugal"], "2025-06-09")]


def test_a_guest_welcomed_in_the_passive_by_a_named_host() -> None:
    found = contacts_of("Anwar Ibrahim was welcomed in Tokyo by Shigeru Ishiba on Tuesday.")
    assert [(f, p) for f, p, _, _ in found] == [("meeting", ["Anwar Ibrahim", "Shigeru Ishiba"])]


@pytest.mark.parametrize("text", [
    "Giorgia Meloni welcomed the decision on Monday.",
    "Finland was welcomed into the alliance by its members.",
    "The president received a letter from the opposition.",
])
def test_welcoming_things_or_states_is_no_contact(text) -> None:
    assert contacts_of(text) == []


def test_playing_host_to_a_leader_is_a_meeting() -> None:
    found = contacts_of("Cyril Ramaphosa played host to Bola Tinubu in Pretoria on Friday.")
    assert [(f, p, d) for f, p, d, _ in found] == [
        ("meeting", ["Bola Tinubu", "Cyril Ramaphosa"], "2025-06-06")]


@pytest.mark.parametrize("text, day", [
    ("Mark Carney flies to Canberra on Thursday.", "2025-06-12"),
    ("Shehbaz Sharif travels to Ankara next Monday.", "2025-06-16"),
])
def test_a_trip_in_the_present_with_a_day_to_come_is_planned(text, day) -> None:
    found = contacts_of(text)
    assert [(f, d, s) for f, _, d, s in found] == [("visit", day, "planned")]


def test_a_trip_in_the_present_without_a_day_is_not_made_planned() -> None:
    found = contacts_of("Narendra Modi travels to Tokyo for a summit with Shigeru Ishiba.")
    assert all(s != "planned" for _, _, _, s in found)


def test_landing_in_a_capital_is_a_visit_and_a_greeting_by_pronoun_a_meeting() -> None:
    found = contacts_of("Lawrence Wong landed in Hanoi on Monday. To Lam greeted him at the "
                        "airport.")
    assert ("visit", ["Lawrence Wong", "Vietnam"], "2025-06-09", "held") in found
    assert any(f == "meeting" and "Lawrence Wong" in p for f, p, _, _ in found)


def test_a_drone_that_lands_makes_no_trip() -> None:
    assert contacts_of("A Russian drone landed in Romania on Sunday.") == []


def test_the_next_day_dates_a_contact_after_the_one_just_told() -> None:
    found = contacts_of("Kaja Kallas arrived in Tokyo on Sunday. She met Shigeru Ishiba the "
                        "next day.")
    assert ("meeting", ["Kaja Kallas", "Shigeru Ishiba"], "2025-06-09", "held") in found
    found = contacts_of("Anwar Ibrahim flew to Canberra on Thursday. He held talks with "
                        "Anthony Albanese a day later.")
    assert ("talks", ["Anthony Albanese", "Anwar Ibrahim"], "2025-06-06", "held") in found


def test_a_state_owning_a_named_leader_is_no_party() -> None:
    found = contacts_of("Egypt's Abdel Fattah el-Sisi flew to Athens on Monday.")
    assert [(f, p) for f, p, _, _ in found] == [("visit", ["Abdel Fattah el-Sisi", "Greece"])]


def test_an_unknown_holder_of_a_state_s_office_travels_as_the_state() -> None:
    found = contacts_of("Benin's president paid a state visit to Ghana in May.")
    assert [(f, p, d) for f, p, d, _ in found] == [("visit", ["Benin", "Ghana"], "2025-05")]


def test_an_arrival_participle_dates_the_main_clause_and_is_a_visit() -> None:
    found = contacts_of("Landing in Nairobi on Sunday, Claudia Sheinbaum was received by "
                        "William Ruto.")
    assert ("visit", ["Claudia Sheinbaum", "Kenya"], "2025-06-08", "held") in found
    assert ("meeting", ["Claudia Sheinbaum", "William Ruto"], "2025-06-08", "held") in found


@pytest.mark.parametrize("text", [
    "Rumours of a possible visit by Xi Jinping to Seoul grew on Monday.",
    "Diplomats discussed a potential summit between Narendra Modi and Shehbaz Sharif.",
])
def test_a_contact_noun_hedged_as_possible_is_no_contact(text) -> None:
    assert contacts_of(text) == []


def test_a_dateline_dash_is_no_pair_of_sides() -> None:
    found = contacts_of("Tusk in Vilnius\n\nVILNIUS — Polish Prime Minister Donald Tusk flew to "
                        "Lithuania on Monday.")
    assert all("Poland" not in p for _, p, _, _ in found)
    assert ("visit", ["Donald Tusk", "Lithuania"], "2025-06-09", "held") in found


def test_no_plans_to_meet_is_no_contact() -> None:
    assert contacts_of("Javier Milei has no plans to meet Lula, his spokesman said.") == []


def test_a_stop_on_the_way_is_a_visit() -> None:
    found = contacts_of("Anthony Albanese will fly to Tokyo on Monday and will stop in Manila "
                        "on the way home.")
    assert ("visit", ["Anthony Albanese", "Philippines"]) in [(f, p) for f, p, _, _ in found]


def test_a_ship_of_a_nationality_makes_no_trip() -> None:
    assert contacts_of("A Chinese coast guard vessel arrived in Colombo on Friday.") == []


def test_a_pronoun_guest_received_by_the_host() -> None:
    found = contacts_of("Brazil's President Lula arrived in Pretoria on Sunday. Cyril "
                        "Ramaphosa received him at the Union Buildings on Monday.")
    assert ("meeting", ["Cyril Ramaphosa", "Luiz Inácio Lula da Silva"], "2025-06-09",
            "held") in found


def test_an_office_set_beside_a_name_adds_no_state() -> None:
    found = contacts_of("Badr Albusaidi, Oman's foreign minister, met Abbas Araghchi in "
                        "Muscat on Monday.")
    assert all("Oman" not in p for _, p, _, _ in found)


@pytest.mark.parametrize("text, day", [
    ("Anwar Ibrahim was in Canberra on Monday for talks.", "2025-06-09"),
    ("Anwar Ibrahim in Canberra for trade talks\n\nThe visit is his second this year.", None),
])
def test_a_stay_in_a_capital_for_talks_is_a_visit(text, day) -> None:
    found = contacts_of(text)
    assert ("visit", ["Anthony Albanese", "Anwar Ibrahim"]) not in [(f, p) for f, p, _, _ in found]
    assert ("visit", ["Anwar Ibrahim", "Australia"], day) in [(f, p, d) for f, p, d, _ in found]


def test_a_stay_at_home_for_talks_is_no_visit() -> None:
    assert contacts_of("Anwar Ibrahim was in Kuala Lumpur for talks.") == []


def test_the_capital_named_by_its_demonym_is_the_destination() -> None:
    found = contacts_of("Prabowo Subianto arrived in the Egyptian capital on Monday.")
    assert [(f, p, d) for f, p, d, _ in found] == [
        ("visit", ["Egypt", "Prabowo Subianto"], "2025-06-09")]
    assert contacts_of("Prabowo Subianto returned to the Indonesian capital on Monday.") == []


def test_a_meeting_of_another_day_in_the_same_sentence_is_another_contact() -> None:
    found = contacts_of("Pedro Sánchez and Emmanuel Macron met on Monday in Paris.\n\nIt was "
                        "their second meeting this year; they last met in Madrid in March.")
    dates = [d for f, p, d, _ in found if p == ["Emmanuel Macron", "Pedro Sánchez"]]
    assert "2025-06-09" in dates and "2025-03" in dates


@pytest.mark.parametrize("second", [
    "The visiting prime minister met Prabowo Subianto on Tuesday.",
    "The guest held talks with Prabowo Subianto on Tuesday.",
])
def test_the_visitor_named_back_is_the_traveller_just_told(second) -> None:
    found = contacts_of("Christopher Luxon arrived in Jakarta on Monday. " + second)
    assert any(f in ("meeting", "talks") and p == ["Christopher Luxon", "Prabowo Subianto"]
               for f, p, _, _ in found)


def test_leaving_for_a_foreign_capital_is_a_trip_leaving_one_is_not() -> None:
    found = contacts_of("Anwar Ibrahim leaves for Canberra on Friday.")
    assert [(f, p, d, s) for f, p, d, s in found] == [
        ("visit", ["Anwar Ibrahim", "Australia"], "2025-06-13", "planned")]
    assert contacts_of("Anwar Ibrahim left Canberra on Monday.") == []
    assert contacts_of("Anwar Ibrahim left for Kuala Lumpur on Monday.") == []


def test_a_trip_called_off_in_a_joined_clause_is_no_contact() -> None:
    assert contacts_of("Mark Carney was due to visit Tokyo on Monday, but the trip was "
                       "postponed.") == []
    found = contacts_of("Mark Carney visited Tokyo on Monday, but his trip to Seoul was "
                        "postponed.")
    assert [(f, p) for f, p, _, _ in found] == [("visit", ["Japan", "Mark Carney"])]
