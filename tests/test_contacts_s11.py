"""Contacts, eleventh session: who is named around a contact without taking part in it. The
sentences are the project's own."""

from __future__ import annotations

from tests.text_analysis import analysis_of


def parties(text: str) -> list[list[str]]:
    return [sorted(c.participants) for c in analysis_of(text, published="2024-05-10").contacts]


def test_who_arranged_a_meeting_takes_no_part() -> None:
    found = parties("Erdogan met Putin in Sochi on Monday in a meeting arranged by Turkish "
                    "intelligence chief Ibrahim Kalin.")
    assert found and all(p == ["Recep Tayyip Erdoğan", "Vladimir Putin"] for p in found)


def test_who_pushed_for_a_meeting_takes_no_part() -> None:
    found = parties("Blinken met Wang Yi in Munich on Saturday, a meeting that national "
                    "security adviser Jake Sullivan had pushed for.")
    assert found == [["Antony Blinken", "Wang Yi"]]


def test_who_judges_the_talks_takes_no_part() -> None:
    found = parties("Macron met Zelensky at the Elysee on Monday, in talks that Foreign "
                    "Minister Stephane Sejourne called decisive.")
    assert found and all(p == ["Emmanuel Macron", "Volodymyr Zelensky"] for p in found)


def test_who_attended_the_talks_takes_part() -> None:
    found = parties("Scholz met Li Qiang in Berlin on Tuesday, in talks that Vice Chancellor "
                    "Robert Habeck also attended.")
    assert ["Li Qiang", "Olaf Scholz", "Robert Habeck"] in found


def test_a_clause_of_its_own_inside_a_contact_noun_names_no_party() -> None:
    found = parties("Sunak met Biden in Washington on Thursday, the fifth meeting between the "
                    "two leaders since Sunak succeeded Liz Truss.")
    assert found and all("Liz Truss" not in p for p in found)


def contacts(text: str) -> list[tuple]:
    return [(sorted(c.participants), c.format, c.status)
            for c in analysis_of(text, published="2024-05-10").contacts]


def test_a_pair_that_sat_down_met() -> None:
    found = contacts("Fumio Kishida and Xi Jinping sat down on Thursday on the sidelines of the "
                     "APEC summit in San Francisco.")
    assert (["Fumio Kishida", "Xi Jinping"], "meeting", "held") in found


def test_one_person_sitting_down_meets_no_one() -> None:
    assert contacts("Vladimir Putin sat down on Thursday to watch the parade.") == []


def test_a_summit_that_only_dates_an_act_before_it_has_no_party_of_that_act() -> None:
    found = contacts("Zelensky accused Turkey of bowing to pressure from its NATO allies "
                     "before the Vilnius summit.")
    assert found == []
    found = contacts("Scholz urged Xi Jinping to press Russia ahead of the G20 summit in Bali.")
    assert all(p == ["G20"] for p, _, _ in found)


def test_after_a_summit_its_speaker_still_attended() -> None:
    found = contacts("Olaf Scholz met Joe Biden at the G20 summit in Bali on Monday. "
                     "After the summit, Scholz said the meeting had been useful.")
    assert found and found[0][0] == ["Joe Biden", "Olaf Scholz"]


def test_the_three_are_the_three_named_before() -> None:
    found = contacts("Macron and von der Leyen urged Xi Jinping on Monday to help end the war. "
                     "The three met at the Elysee Palace.")
    assert found == [(["Emmanuel Macron", "Ursula von der Leyen", "Xi Jinping"], "meeting",
                      "held")]


def test_the_three_leaders_are_those_of_the_contact_just_told() -> None:
    found = contacts("Macron, Scholz and Meloni held talks in Rome on Monday. "
                     "The three leaders met again on Tuesday.")
    assert [p for p, _, _ in found] == [["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"]] * 2


def test_three_unnamed_ministers_are_no_group_of_the_named() -> None:
    assert contacts("Three ministers met in Rome on Monday.") == []


def test_talks_someone_hopes_or_wants_to_hold_are_no_contact() -> None:
    assert contacts("Erdogan hopes to host talks between Russia and Ukraine.") == []
    assert contacts("Macron wants Xi Jinping to attend a peace conference in Paris.") == []
    assert contacts("Erdogan offered to host talks between Putin and Zelensky in Istanbul.") == []


def test_talks_someone_is_pressed_to_accept_are_no_contact() -> None:
    assert contacts("Erdogan will try to press Putin to keep grain moving and to accept a new "
                    "round of talks with Ukraine.") == []


def test_a_summit_someone_is_asked_to_take_part_in_is_no_contact() -> None:
    found = contacts("Zelensky met Erdogan in Istanbul on Saturday. He urged Ankara to help, "
                     "and asked that Turkey take part in a summit to win backing for his plan.")
    assert [f[1] for f in found] == ["meeting"]


def test_talks_agreed_or_travelled_for_stay() -> None:
    assert contacts("Erdogan agreed to host talks between Russia and Ukraine in Istanbul next "
                    "week.") == [(["Russia", "Ukraine"], "talks", "planned")]
    assert contacts("Modi traveled to Kyiv on Friday to meet Zelensky.") == [
        (["Narendra Modi", "Volodymyr Zelensky"], "visit", "held")]


def test_the_three_are_the_people_named_before_whatever_states_it_names() -> None:
    found = contacts("President Emmanuel Macron and Ursula von der Leyen urged Xi Jinping on "
                     "Monday to use China's sway over Moscow to help end the war in Ukraine. "
                     "The three met at the Elysee Palace.")
    assert (["Emmanuel Macron", "Ursula von der Leyen", "Xi Jinping"], "meeting",
            "held") in found


def test_two_of_three_named_on_their_own_are_another_meeting() -> None:
    trio = "Macron, Xi Jinping and Ursula von der Leyen met in Paris on Monday. "
    for second in ("Monday's meeting was the first between Xi and von der Leyen since "
                   "December.",
                   "It was the first meeting between Xi and von der Leyen since December."):
        found = analysis_of(trio + second, published="2024-05-10").contacts
        assert sorted(found[-1].participants) == ["Ursula von der Leyen", "Xi Jinping"]
        assert found[-1].same_as is None


def test_the_meeting_between_the_two_leaders_is_the_one_told() -> None:
    found = analysis_of("Biden and Xi met in Bali on Monday. The meeting between the two "
                        "leaders lasted three hours.", published="2024-05-10").contacts
    assert found[-1].same_as == 0


def test_a_session_or_encounter_with_someone_is_a_meeting() -> None:
    assert (["Emmanuel Macron", "Xi Jinping"], "meeting", "held") in contacts(
        "Xi Jinping, who landed on Sunday, then held a longer session alone with Emmanuel "
        "Macron before a banquet.")
    assert contacts("Wang Yi had a brief encounter with Penny Wong in Jakarta on Thursday.") == [
        (["Penny Wong", "Wang Yi"], "meeting", "held")]


def test_a_body_s_session_or_an_interview_session_is_no_meeting() -> None:
    assert contacts("The Security Council held an emergency session on Monday.") == []
    assert contacts("Rubio said, after his speech, in a question-and-answer session with TV "
                    "host Charlie Rose, that he was tired.") == []


def test_the_next_leg_of_a_timetable_is_planned() -> None:
    assert contacts("Xi then travels on to Serbia and Hungary.") == [
        (["Serbia", "Xi Jinping"], "visit", "planned"),
        (["Hungary", "Xi Jinping"], "visit", "planned")]


def test_a_description_of_the_states_visited_names_no_host() -> None:
    found = contacts("The Chinese leader then travels on to Serbia and Hungary, two European "
                     "governments with warm ties to Beijing.")
    assert [p for p, _, _ in found] == [["Serbia", "Xi Jinping"], ["Hungary", "Xi Jinping"]]
    found = contacts("Emmanuel Macron flew to Serbia and Hungary, two states that buy Chinese "
                     "trains, on Monday.")
    assert all("states" not in " ".join(p) for p, _, _ in found)


def test_the_two_after_a_trip_are_the_traveller_and_the_host_named() -> None:
    found = contacts("Xi Jinping praised Russia on Wednesday. Vladimir Putin arrived in Beijing "
                     "on Thursday, and the two met in a small hall.")
    assert (["Vladimir Putin", "Xi Jinping"], "meeting", "held") in found


def dated(text: str) -> list[tuple]:
    return [(c.format, c.date, c.status)
            for c in analysis_of(text, published="2024-05-10").contacts]


def test_a_plan_for_the_evening_is_the_report_s_day() -> None:
    assert dated("Blinken raised concerns in Beijing late last month. Xi and Putin were due "
                 "to hold informal talks over tea in the evening.") == [
        ("talks", "2024-05-10", "planned")]


def test_a_plan_for_the_evening_of_a_later_month_has_no_day() -> None:
    assert dated("Putin will arrive in Minsk next month. He will meet Lukashenko in the "
                 "evening.")[-1] == ("meeting", None, "planned")


def test_talks_after_which_two_sides_agree_are_their_talks() -> None:
    assert contacts("India and Pakistan agreed on Saturday to stop firing after talks in "
                    "Geneva.") == [(["India", "Pakistan"], "talks", "held")]


def test_talks_after_which_the_host_speaks_are_with_the_visitor() -> None:
    found = contacts("Volodymyr Zelensky arrived in Istanbul on Friday. After talks at the "
                     "Vahdettin Pavilion, Erdogan said Ukraine deserved to join NATO.")
    assert (["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "talks", "held") in found


def test_after_the_meeting_with_no_meeting_told_is_only_a_time() -> None:
    assert contacts("After the meeting, the Treasury released new sanctions.") == []
    assert contacts("After talks on Monday, Erdogan said progress had been made.") == []


def test_a_pair_who_have_talked_in_a_relative_clause_talked() -> None:
    found = contacts("Trump and Putin, who have previously talked on the sidelines of the G20 "
                     "in July 2017, spoke for two hours on Monday.")
    assert (["Donald Trump", "Vladimir Putin"], "meeting", "held") in found
    assert contacts("Biden praised Macron, who talked about Putin last year.") == []


def test_their_last_meeting_is_the_pair_s_earlier_meeting() -> None:
    found = analysis_of("Modi and Xi met in Kazan on Wednesday. Their last meeting was in "
                        "October 2019.", published="2024-05-10").contacts
    assert [(sorted(c.participants), c.date, c.same_as) for c in found] == [
        (["Narendra Modi", "Xi Jinping"], "2024-05-08", None),
        (["Narendra Modi", "Xi Jinping"], "2019-10", None)]


def test_their_previous_meeting_is_no_repeat_of_the_one_just_told() -> None:
    found = analysis_of("Modi and Xi met in Kazan on Wednesday. Their previous meeting took "
                        "place in Bali in 2022.", published="2024-05-10").contacts
    assert found[-1].same_as is None and found[-1].date != "2024-05-08"


def test_their_meeting_of_another_year_is_no_repeat() -> None:
    found = analysis_of("Angela Merkel met Barack Obama at the White House. Their meeting in "
                        "2009 had gone far worse, aides said.", published="2014-05-03").contacts
    assert all(c.same_as is None for c in found)


def test_every_call_of_a_rule_is_no_contact() -> None:
    assert contacts("Every American call with the Kremlin should be followed within hours by "
                    "one with Kyiv.") == []
    assert contacts("Each visit by Modi to Moscow angers Washington.") == []


def test_said_or_urged_by_telephone_is_a_call_of_that_day() -> None:
    assert dated("Emmanuel Macron told Vladimir Putin by telephone on Sunday that the attack "
                 "was unacceptable.") == [("phone call", "2024-05-05", "held")]
    assert dated("Joe Biden urged Vladimir Putin by phone on Tuesday to pull back troops.") == [
        ("phone call", "2024-05-07", "held")]


def test_the_day_of_urging_does_not_date_the_summit_urged() -> None:
    found = dated("Joe Biden urged Vladimir Putin on Friday to cancel the summit.")
    assert all(day != "2024-05-10" for _, day, _ in found)


def test_talks_as_a_side_acts_are_that_side_s() -> None:
    assert contacts("Little progress at talks as Russia bombards Ukrainian cities") == [
        (["Russia", "Ukraine"], "talks", "held")]


def test_talks_with_a_party_beside_another_clause_keep_their_party() -> None:
    found = contacts("Ukraine agrees to talks with Russia as E.U. bans flights")
    assert found and all(p == ["Russia", "Ukraine"] for p, _, _ in found)


def test_after_a_call_from_two_officials_is_their_appeal() -> None:
    assert contacts("A mass evacuation begins in Donbas after a call from Deputy Prime "
                    "Minister Iryna Vereshchuk and regional chief Serhiy Haidai.") == []


def test_a_visit_in_apposition_to_the_trip_is_the_same_trip() -> None:
    found = contacts("The comments from Antony Blinken and Lloyd Austin came after their "
                     "secretive trip to Kyiv, the highest-level U.S. visit since the war began.")
    assert found == [(["Antony Blinken", "Lloyd Austin", "Ukraine"], "visit", "held")]

