"""Contacts, seventeenth session: mechanisms found on dev13 (written blind in the sixteenth
session and studied in this one) and shown again on the session's own probe sentences. The
sentences are the project's own."""

from __future__ import annotations

from tests.text_analysis import contacts_in_brief as _brief
from tests.text_analysis import contacts_of as contacts


def test_a_call_told_as_an_earlier_one_is_not_the_talks_held_in_person() -> None:
    # the first mention has no day; the second gives it; the call "before" is another contact
    found = contacts("Indian Defence Minister Rajnath Singh and Chinese Defence Minister Dong "
                     "Jun held their first face-to-face talks at the forum. The two ministers "
                     "met for about an hour on Friday on the sidelines. Singh and Dong had "
                     "spoken only once before, by telephone in March.", published="2024-11-24")
    assert [(c.format, c.date) for c in found] == [
        ("meeting", "2024-11-22"), ("meeting", "2024-11-22"), ("phone call", "2024-03")]
    assert found[2].same_as is None


def test_calls_told_as_many_are_no_further_mention_of_the_talks() -> None:
    found = contacts("French President Emmanuel Macron made a surprise visit to Kyiv on Monday, "
                     "holding talks with President Volodymyr Zelensky. Macron has spoken to "
                     "Zelensky by phone dozens of times since the war began. Zelensky said he "
                     "and Macron had also discussed air defence.", published="2024-11-22")
    talks = [c for c in found if c.trigger in ("talks", "discussed")]
    assert [(c.format, c.date, c.place) for c in talks] == [
        ("talks", "2024-11-18", "Kyiv"), ("talks", "2024-11-18", "Kyiv")]
    assert talks[1].same_as == found.index(talks[0])
    calls = [c for c in found if c.trigger == "spoken"]
    assert [(c.format, c.date, c.same_as) for c in calls] == [("phone call", None, None)]


def test_the_talks_of_a_trip_stay_talks_and_the_trip_stays_a_visit() -> None:
    found = contacts("Polish President Andrzej Duda held talks with Zelensky in Kyiv on Tuesday. "
                     "Duda had travelled to meet Zelensky overnight by train. After their talks, "
                     "Duda promised more aid. It was the first visit by a Polish leader this "
                     "year.", published="2024-11-22")
    assert [(c.trigger, c.format) for c in found if "Andrzej Duda" in c.participants] == [
        ("talks", "talks"), ("travelled", "visit"), ("talks", "talks"), ("visit", "visit")]


def test_the_capital_is_not_a_city_named_for_its_government() -> None:
    found = contacts("WARSAW, May 3 - Moscow has accused Poland of arming Kyiv. German "
                     "Chancellor Olaf Scholz is the latest leader to come to the capital since "
                     "the war began.", published="2024-05-03")
    assert all(c.place != "Moscow" and "Russia" not in c.participants for c in found)


def test_a_summit_that_only_dates_another_act_is_not_the_talks_held_at_it() -> None:
    found = contacts("Modi and Albanese held talks at the G20 summit in Rio on Monday. Albanese "
                     "later said the talks went well. On the eve of the summit, Modi told a "
                     "newspaper that the war had to end.", published="2024-11-22")
    assert not any("eve of the summit" in c.evidence for c in found)
    assert {c.format for c in found if "Narendra Modi" in c.participants and
            "G20" not in c.participants} == {"talks"}


def test_a_meeting_called_off_on_a_past_day_is_no_contact() -> None:
    assert contacts("Trump had called off a planned meeting with Putin in Buenos Aires last "
                    "December, citing the seizure of Ukrainian ships.",
                    published="2019-06-29") == []


def test_two_people_who_discussed_something_held_talks() -> None:
    found = contacts("Spanish Prime Minister Pedro Sanchez said he and Lula had discussed "
                     "trade on Tuesday.", published="2024-11-22")
    assert _brief(found) == [(["Luiz Inácio Lula da Silva", "Pedro Sánchez"], "talks",
                              "2024-11-19", "held")]
    assert contacts("Analysts and officials discussed the plan on Monday.",
                    published="2024-11-22") == []


def test_what_a_call_just_told_was_about_is_no_further_mention() -> None:
    found = contacts("Treasury Secretary Janet Yellen spoke with Finance Minister Sergii "
                     "Marchenko on Monday. Yellen and Marchenko also discussed the price cap on "
                     "Russian oil.", published="2024-11-22")
    assert [c.trigger for c in found] == ["spoke"]


def test_raising_a_matter_with_a_person_is_talks() -> None:
    found = contacts("Blinken raised the detention of two journalists with Wang Yi on Friday.",
                     published="2024-11-22")
    assert _brief(found) == [(["Antony Blinken", "Wang Yi"], "talks", "2024-11-22", "held")]
    assert contacts("The campaign raised money with donors in Ohio.",
                    published="2024-11-22") == []


def test_a_list_of_destinations_goes_on_after_a_name_of_several_words() -> None:
    found = contacts("Chinese Foreign Minister Wang Yi visited Egypt, the Democratic Republic "
                     "of Congo, Tanzania and Nigeria in January.", published="2024-11-22")
    assert [c.place for c in found] == ["Egypt", "Democratic Republic of Congo", "Tanzania",
                                        "Nigeria"]


def test_the_places_of_another_trip_are_not_this_ones() -> None:
    found = contacts("Brazilian President Luiz Inacio Lula da Silva is due in Beijing next "
                     "week, at the end of a tour that has taken him to Dubai and Abu Dhabi.",
                     published="2024-11-22")
    assert [(sorted(c.participants), c.place, c.status) for c in found] == [
        (["China", "Luiz Inácio Lula da Silva"], "Beijing", "planned"),
        (["Luiz Inácio Lula da Silva", "United Arab Emirates"], "Dubai", "held")]


def test_the_capital_named_by_its_demonym_is_the_place() -> None:
    found = contacts("Britain's Liz Truss and Ben Wallace made back-to-back visits to the "
                     "Russian capital this week.", published="2022-02-11")
    assert [c.place for c in found] == ["Moscow", "Moscow"]


def test_a_trip_noun_after_on_counts_the_trip_told_and_the_next_leg_is_a_visit() -> None:
    found = contacts("Blinken arrived in Israel on Sunday. He is scheduled to fly to Egypt on "
                     "Tuesday to see President Abdel Fattah el-Sisi and then to Qatar, on his "
                     "ninth trip to the region since the attack on Oct. 7.",
                     published="2024-08-19")
    # (the day of the "since" clause is not the Qatar leg's)
    assert [(c.place, c.status, c.date) for c in found] == [
        ("Israel", "held", "2024-08-18"), ("Egypt", "planned", "2024-08-20"),
        ("Qatar", "planned", None)]


def test_a_present_of_the_future_is_no_mention_of_a_held_meeting() -> None:
    found = contacts("Putin and Trump met in Osaka on Friday. The two agreed that officials "
                     "would keep talking. Progress will become clear only when the two leaders "
                     "meet.", published="2019-06-29")
    assert all(c.status == "planned" or c.same_as is None for c in found)


def test_a_summit_named_for_another_place_is_not_the_visit_before_it() -> None:
    found = contacts("Zelensky invited Biden to visit Ukraine. France and Germany carried a "
                     "process that Moscow has stalled since the Paris summit two years ago.",
                     published="2021-09-02")
    assert [(c.format, c.place) for c in found] == [("visit", "Ukraine")]
