"""Contacts, eighteenth session: mechanisms found on dev14 (written blind in the seventeenth
session and studied in this one) and shown again on the session's own probe sentences. The
sentences are the project's own."""

from __future__ import annotations

from tests.text_analysis import contacts_in_brief as _brief
from tests.text_analysis import contacts_of as contacts


def test_a_setting_set_off_after_what_was_told_is_the_tellings_meeting() -> None:
    # the parse hangs "at a meeting" on the clause told; the modal there is no wish
    found = contacts("Chancellor Olaf Scholz told Chinese President Xi Jinping on Tuesday that "
                     "trade must be fair, at a meeting in Beijing.", published="2023-04-06")
    assert _brief(found) == [(["Olaf Scholz", "Xi Jinping"], "meeting", "2023-04-04", "held")]
    assert found[0].place == "Beijing"


def test_a_reported_setting_without_a_comma_stays_with_the_clause_told() -> None:
    found = contacts("Kishida told reporters that the ministers would meet at a dinner in Tokyo.",
                     published="2023-03-16")
    assert not any("Fumio Kishida" in c.participants for c in found)


def test_the_summit_a_meeting_was_held_at_is_no_later_name_of_that_meeting() -> None:
    found = contacts("Modi met Putin on Friday on the sidelines of a regional summit in "
                     "Samarkand. Modi and Putin talked for an hour. At a news conference "
                     "after the summit, Putin said Russia was in no hurry.",
                     published="2022-09-16")
    assert {c.format for c in found} == {"meeting"}


def test_next_years_summit_is_not_this_years_meeting() -> None:
    found = contacts("Erdogan and Aliyev met in Baku on Monday. Azerbaijan will host next "
                     "year's summit.", published="2024-06-05")
    assert [(c.format, c.date) for c in found if c.same_as is None] == [
        ("meeting", "2024-06-03")]
    assert all(c.same_as is None for c in found)


def test_heads_of_state_and_government_met_by_one_visitor_are_met_one_by_one() -> None:
    found = contacts("In Nairobi, Blinken met President William Ruto and Prime Minister "
                     "Musalia Mudavadi on Tuesday.", published="2024-03-20")
    assert _brief(found) == [
        (["Antony Blinken", "Musalia Mudavadi"], "meeting", "2024-03-19", "held"),
        (["Antony Blinken", "William Ruto"], "meeting", "2024-03-19", "held")]


def test_a_parse_that_hangs_the_second_leader_inside_the_first_still_splits() -> None:
    found = contacts("On Thursday, Putin met Iranian President Ebrahim Raisi and Pakistani "
                     "Prime Minister Shehbaz Sharif.", published="2022-09-16")
    assert sorted(tuple(sorted(c.participants)) for c in found) == [
        ("Ebrahim Raisi", "Vladimir Putin"), ("Shehbaz Sharif", "Vladimir Putin")]


def test_leaders_brought_together_stay_one_meeting() -> None:
    together = contacts("Macron met Chancellor Scholz and Prime Minister Meloni together in Rome.",
                        published="2024-10-11")
    assert [len(c.participants) for c in together] == [3]
    three_way = contacts("Sisi met President Hassan Sheikh Mohamud and President Isaias Afwerki "
                         "in Asmara for a three-way summit.", published="2024-10-11")
    assert [len(c.participants) for c in three_way] == [3]
    ministers = contacts("Lavrov met Foreign Minister Wang Yi and Vice Premier Ding Xuexiang.",
                         published="2024-10-11")
    assert [len(c.participants) for c in ministers] == [3]


def test_hosted_rounds_of_talks_are_talks_one_per_round_with_their_host() -> None:
    found = contacts("Foreign Minister Hakan Fidan hosted two rounds of indirect talks in Ankara "
                     "between Ethiopian Foreign Minister Taye Atske Selassie and Somali Foreign "
                     "Minister Ahmed Moalim Fiqi, in July and again in August.",
                     published="2024-12-13")
    assert [(c.format, c.date, len(c.participants)) for c in found] == [
        ("talks", "2024-07", 3), ("talks", "2024-08", 3)]
    assert found[0].place == "Ankara"
    qatar = contacts("Qatar's prime minister hosted a round of talks between Israeli and Hamas "
                     "negotiators in Doha on Monday.", published="2024-12-13")
    assert [(c.format, c.place) for c in qatar] == [("talks", "Doha")]
    assert {"Israel", "Hamas"} < set(qatar[0].participants) and len(qatar[0].participants) == 3


def test_them_in_a_participle_are_the_counterparts_of_the_contact_above() -> None:
    found = contacts("Erdogan spent the day with Abiy Ahmed and Hassan Sheikh Mohamud, meeting "
                     "each of them separately before bringing them together for several hours "
                     "of talks in the evening.", published="2024-12-13")
    assert sorted(tuple(sorted(c.participants)) for c in found) == [
        ("Abiy Ahmed", "Hassan Sheikh Mohamud", "Recep Tayyip Erdoğan"),
        ("Abiy Ahmed", "Recep Tayyip Erdoğan"),
        ("Hassan Sheikh Mohamud", "Recep Tayyip Erdoğan")]


def test_a_stay_where_a_trip_set_out_from_is_a_visit_of_its_own_and_no_host() -> None:
    found = contacts("The pope flew into Juba in the afternoon from Kinshasa, where he had spent "
                     "four days in the Democratic Republic of Congo.", published="2023-02-04")
    assert [(sorted(c.participants), c.place) for c in found] == [
        (["Pope Francis", "South Sudan"], "Juba"),
        (["Democratic Republic of the Congo", "Pope Francis"], "Democratic Republic of Congo")]


def test_a_contact_where_a_trip_set_out_from_has_neither_its_day_nor_its_place() -> None:
    found = contacts("Modi arrived in Kyiv on Friday from Warsaw, where he had met Polish Prime "
                     "Minister Donald Tusk.", published="2024-08-23")
    assert [(c.format, c.date, c.place) for c in found] == [
        ("visit", "2024-08-23", "Kyiv"), ("meeting", None, "Warsaw")]
    cairo = contacts("Blinken flew into Riyadh on Tuesday from Cairo, where he had spent two days "
                     "in talks with Egyptian officials.", published="2024-02-07")
    assert [(c.format, c.date, c.place) for c in cairo] == [
        ("visit", "2024-02-06", "Riyadh"), ("talks", None, "Cairo")]


def test_later_words_go_back_to_the_trip_not_to_the_stay_it_set_out_from() -> None:
    found = contacts("The pope flew into Juba on Friday from Kinshasa, where he had spent four "
                     "days in the Democratic Republic of Congo. For the South Sudan leg he was "
                     "joined by the Archbishop of Canterbury, Justin Welby.",
                     published="2023-02-04")
    juba = found[0]
    assert "Justin Welby" in juba.participants and "South Sudan" in juba.participants
    assert "Justin Welby" not in found[1].participants
    assert [c.same_as for c in found[2:]] == [0]


def test_the_way_home_is_no_visit() -> None:
    assert contacts("Blinken will hold talks in Cairo on Sunday before flying back to "
                    "Washington.", published="2023-02-04") == []
    again = contacts("Blinken flew back to Israel on Monday.", published="2023-02-04")
    assert [(c.format, sorted(c.participants)) for c in again] == [
        ("visit", ["Antony Blinken", "Israel"])]


def test_promised_trips_onward_legs_and_talks_one_is_to_hold_are_planned() -> None:
    assert [c.status for c in contacts("Biden promised to visit Kyiv once the war was over.",
                                       published="2023-02-04")] == ["planned"]
    assert [c.status for c in contacts("Blinken travels on to Vietnam and Japan.",
                                       published="2024-07-26")] == ["planned", "planned"]
    assert [c.status for c in contacts("Next week Blinken and Austin are to hold talks with "
                                       "Philippine officials.", published="2024-07-26")] == [
        "planned"]


def test_a_trip_to_a_state_neither_side_is_from_is_not_their_talks() -> None:
    found = contacts("The exchange came a day after Putin held talks with Chinese President Xi "
                     "Jinping in the same city. The trip to Uzbekistan is Xi's first outside "
                     "China since the start of the coronavirus pandemic.",
                     published="2022-09-16")
    assert [(sorted(c.participants), c.format, c.same_as) for c in found] == [
        (["Vladimir Putin", "Xi Jinping"], "talks", None),
        (["Uzbekistan", "Xi Jinping"], "visit", None)]
    kyiv = contacts("Macron held talks with Zelensky in Kyiv on Monday. The trip to Ukraine was "
                    "his third.", published="2024-05-01")
    assert kyiv[1].same_as == 0


def test_a_headlines_comma_joined_subjects_met_where_they_acted() -> None:
    found = contacts("Xi, Biden agree to resume military dialogue, cooperate on drug control at "
                     "Filoli estate meeting\n\nThe two leaders met for four hours.",
                     published="2023-11-16")
    assert [(sorted(c.participants), c.format, c.status) for c in found if c.start == 0] == [
        (["Joe Biden", "Xi Jinping"], "meeting", "held")]
    future = contacts("Modi, Xi to meet at BRICS summit\n\nThe two leaders will talk on "
                      "Wednesday.", published="2024-10-22")
    assert [c.status for c in future if c.trigger == "meet"] == ["planned"]


def test_a_headline_that_puts_a_leader_in_a_city_is_a_visit_whatever_follows() -> None:
    found = contacts('Biden in Kyiv: "Kyiv stands," president says on surprise visit\n\n'
                     "The visit lasted five hours.", published="2023-02-20")
    assert [(sorted(c.participants), c.format, c.place) for c in found][:1] == [
        (["Joe Biden", "Ukraine"], "visit", "Kyiv")]

