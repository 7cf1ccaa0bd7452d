"""Contacts, twentieth session: mechanisms found on dev16 (written blind in the nineteenth
session and studied in this one) and shown again on the session's own probe sentences. The
sentences are the project's own."""

from __future__ import annotations

from readout.analyze.dates import find_date_expression, resolve_date
from tests.text_analysis import contacts_of as contacts
from tests.text_analysis import group_readings

SUMMIT = ("Leaders meet in Astana\n\nASTANA, June 3 – Russian President Vladimir Putin, Chinese "
          "President Xi Jinping and Turkish President Recep Tayyip Erdogan met in Astana on "
          "Monday for a summit on regional security.\n\n")


def test_ministers_counted_after_a_leaders_summit_are_their_states() -> None:
    found = contacts(SUMMIT + "The three foreign ministers had held talks on Sunday to "
                     "prepare a joint declaration.", published="2024-06-04")
    talks = [c for c in found if c.date == "2024-06-02"]
    assert [sorted(c.participants) for c in talks] == [["China", "Russia", "Turkey"]]


def test_ministers_counted_after_ministers_named_stay_those_people() -> None:
    found = contacts("Russian Foreign Minister Sergei Lavrov, Chinese Foreign Minister Wang Yi "
                     "and Indian External Affairs Minister Subrahmanyam Jaishankar met in "
                     "Moscow on Monday.\n\nThe three ministers had held talks by video in March.",
                     published="2024-06-04")
    assert all(len(c.participants) == 3 and "Wang Yi" in c.participants for c in found)


def test_they_gathered_after_a_group_is_told_is_that_group() -> None:
    found = contacts("The four foreign ministers met in Vilnius on Friday to agree the text. Its "
                     "outline had been settled when they gathered in Warsaw in January.",
                     published="2024-03-08")
    assert found == []  # no one named: no group told before "they"
    found = contacts("Lithuania's Gabrielius Landsbergis hosted Poland's Radoslaw Sikorski, "
                     "Latvia's Krisjanis Karins and Estonia's Margus Tsahkna in Vilnius on "
                     "Friday. Its outline had been settled when they gathered in Warsaw in "
                     "January.", published="2024-03-08")
    warsaw = [c for c in found if c.date == "2024-01"]
    assert len(warsaw) == 1 and len(warsaw[0].participants) == 4 and warsaw[0].place == "Warsaw"


def test_they_gathered_after_no_group_is_no_contact() -> None:
    found = contacts("Lavrov, Wang Yi and Jaishankar met in Moscow on Monday. Protesters "
                     "gathered outside. They gathered again on Tuesday.", published="2024-06-04")
    assert not any(c.date == "2024-06-04" for c in found)


def test_the_leaders_meeting_again_after_a_summit_of_three_are_all_three() -> None:
    found = contacts(SUMMIT + "Erdogan praised the host. The leaders agreed to meet again "
                     "next year.", published="2024-06-04")
    again = [c for c in found if c.status == "planned"]
    assert [len(c.participants) for c in again] == [3]


def test_a_teller_who_tells_of_himself_may_be_one_of_the_two_leaders() -> None:
    text = ("On Sunday President Alexander Stubb and Prime Minister Petteri Orpo confirmed "
            "the decision. Foreign Minister Elina Valtonen met Hakan Fidan in Berlin on "
            "Saturday to hear Ankara's concerns. Stubb said he was somewhat puzzled by the "
            "Hungarian position, because Orbán had been positive about Finnish membership "
            "when the two leaders spoke by phone last month.")
    assert group_readings(text, "2024-05-15", "the two leaders") == \
        [["Alexander Stubb", "Viktor Orbán"]]


def test_a_teller_who_tells_of_others_stays_out_of_the_pair() -> None:
    text = ("Haavisto met Cavusoglu in Berlin on Saturday. A NATO spokeswoman, Anna Lindqvist, "
            "said the two men had talked for an hour.")
    readings = group_readings(text, "2022-05-15", "the two men")
    assert readings and all("Anna Lindqvist" not in r for r in readings)


def test_a_trip_told_in_the_present_by_a_name_the_tagger_missed() -> None:
    found = contacts("Niinistö goes to Oslo on Thursday for a state visit.",
                     published="2022-05-15")
    assert [(c.format, c.status, c.date) for c in found] == [("visit", "planned", "2022-05-19")]


def test_talks_joined_to_a_reception_to_come_are_with_their_own_counterpart() -> None:
    found = contacts("Macron travels to Madrid on Tuesday for a state visit, where he is to be "
                     "received by King Felipe and hold talks with Pedro Sánchez.",
                     published="2023-05-14")
    talks = [c for c in found if c.format == "talks"]
    assert [(sorted(c.participants), c.status) for c in talks] == \
        [(["Emmanuel Macron", "Pedro Sánchez"], "planned")]


def test_the_one_a_relative_pronoun_object_stands_for_is_a_party() -> None:
    found = contacts("It was Imran Khan whom Modi visited in Lahore in 2018.",
                     published="2024-10-17")
    assert [sorted(c.participants) for c in found] == [["Imran Khan", "Narendra Modi"]]


def test_holidays_on_a_fixed_day_are_dates() -> None:
    assert resolve_date("on Christmas Day 2015", "2024-10-17") == "2015-12-25"
    assert resolve_date("New Year's Eve", "2024-10-17") == "2023-12-31"
    assert find_date_expression("flew in on Boxing Day, aides said") == "Boxing Day"
    assert resolve_date("Christmas", "2024-10-17") is None  # a season, no day


def test_seen_chatting_is_talks_in_person() -> None:
    found = contacts("Blinken and Lavrov were seen chatting on the sidelines of the G20 "
                     "meeting in Bali on Friday.", published="2022-07-10")
    assert [(sorted(c.participants), c.format) for c in found
            if "Lavrov" in " ".join(c.participants)][:1] == \
        [(["Antony Blinken", "Sergey Lavrov"], "talks")]


def test_a_handshake_is_a_meeting_and_that_evening_is_the_day_named_before() -> None:
    found = contacts("Wang Yi flew into Tokyo on Monday for the ministers' forum, shook hands "
                     "with Prime Minister Fumio Kishida at the dinner Kishida gave that evening, "
                     "and left on Tuesday.", published="2023-04-05")
    shake = [c for c in found if "Fumio Kishida" in c.participants]
    assert [(c.format, c.date) for c in shake] == [("meeting", "2023-04-03")]
    assert contacts("The verdict shook the markets on Monday.", published="2023-04-05") == []


PAIR_AFTER_OTHERS = (
    "When Aleksandar Vučić and Avdullah Hoti stood beside Donald Trump at the White House, the "
    "deal was called historic. Prime Minister Benjamin Netanyahu thanked Trump. A meeting "
    "between the two leaders in June had been called off. Macron and Merkel held a video call "
    "with Vučić and Hoti on July 10, and the two leaders met in Brussels six days later. EU "
    "officials said both leaders should keep up the pace.")


def test_the_two_leaders_right_after_a_pair_joined_by_and_are_that_pair() -> None:
    readings = group_readings(PAIR_AFTER_OTHERS, "2020-09-08", "the two leaders")
    assert readings[-1] == ["Aleksandar Vučić", "Avdullah Hoti"]


def test_a_pair_called_leaders_stays_the_pair_for_both_leaders() -> None:
    assert group_readings(PAIR_AFTER_OTHERS, "2020-09-08", "both leaders") == \
        [["Aleksandar Vučić", "Avdullah Hoti"]]


def test_a_regions_leaders_are_a_party_of_their_own() -> None:
    found = contacts("Caribbean leaders met Blinken in Kingston on Monday.", published="2024-03-12")
    assert [sorted(c.participants) for c in found] == [["Antony Blinken", "Caribbean leaders"]]


def test_some_joining_by_video_leave_a_meeting_held_in_a_room() -> None:
    found = contacts("Gulf leaders and Rubio met in Riyadh on Monday. Diplomats from France and "
                     "Japan attended in person, and Sudanese groups joined part of the "
                     "discussion by video.", published="2025-05-13")
    assert {c.format for c in found} == {"meeting"}


def test_a_past_call_told_by_when_is_held_whatever_the_sentence_goes_on_to() -> None:
    found = contacts("When Chancellor Scholz telephoned Xi Jinping last Friday, he did what "
                     "nobody expected: he proposed talks.", published="2023-03-14")
    assert [(sorted(c.participants), c.format, c.date) for c in found] == \
        [(["Olaf Scholz", "Xi Jinping"], "phone call", "2023-03-10")]


def test_the_time_two_people_spent_together_told_by_a_relative_clause() -> None:
    found = contacts("The three hours which Lavrov spent with Fidan in Antalya on Thursday "
                     "produced nothing.", published="2023-02-20")
    assert [(sorted(c.participants), c.format) for c in found] == \
        [(["Hakan Fidan", "Sergey Lavrov"], "meeting")]


def test_a_first_call_dated_apart_from_the_one_told_is_an_earlier_call() -> None:
    found = contacts("When Chancellor Scholz telephoned Xi Jinping last Friday, he proposed "
                     "talks. In their first call, in November, they agreed to keep in touch.",
                     published="2023-03-14")
    assert [(c.date, c.same_as) for c in found] == [("2023-03-10", None), ("2022-11", None)]
