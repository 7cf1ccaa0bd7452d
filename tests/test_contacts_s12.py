"""Contacts, twelfth session: dates and formats of contacts told across clauses. The sentences
are the project's own."""

from __future__ import annotations

from tests.text_analysis import contacts_of as contacts


def test_a_past_visit_in_a_month_ahead_is_last_years() -> None:
    found = contacts("Scholz visited Beijing in June, officials said on Friday.")
    assert [(c.date, c.status) for c in found] == [("2023-06", "held")]


def test_past_talks_on_a_day_ahead_are_last_years() -> None:
    found = contacts("The German chancellor held talks with Xi Jinping in Beijing on June 12.")
    assert [(c.date, c.status) for c in found] == [("2023-06-12", "held")]


def test_a_visit_to_come_in_a_month_ahead_stays_planned() -> None:
    found = contacts("Macron will visit Beijing in June.")
    assert [(c.date, c.status) for c in found] == [("2024-06", "planned")]


def test_a_motion_verb_whose_subject_is_a_visit_is_no_second_trip() -> None:
    found = contacts("Meloni arrived in Kyiv on Tuesday. Her visit came a day after Biden's "
                     "trip to the Ukrainian capital.")
    assert [c.trigger for c in found].count("came") == 0


def test_a_trip_some_days_before_a_dated_one_is_dated_from_it() -> None:
    found = contacts("Meloni arrived in Kyiv on Tuesday. Her visit came a day after Joe Biden's "
                     "surprise trip to the Ukrainian capital, his first since the war began in "
                     "February last year.")
    trip = [c for c in found if "Joe Biden" in c.participants]
    assert [(c.participants, c.date) for c in trip] == [(["Joe Biden", "Ukraine"], "2024-05-06")]


def test_who_acts_in_the_dating_clause_is_no_host_of_the_trip() -> None:
    found = contacts("Scholz arrived in Kyiv on Tuesday, two days after Macron's visit to the "
                     "city.")
    assert sorted((c.participants, c.date) for c in found) == [
        (["Emmanuel Macron", "Ukraine"], "2024-05-05"), (["Olaf Scholz", "Ukraine"], "2024-05-07")]


def test_the_city_is_the_city_named_before() -> None:
    found = contacts("Scholz met Xi in Beijing on Tuesday. Two days later Macron arrived in "
                     "Kyiv. He last paid a visit to the city in June 2022.")
    assert [(c.participants, c.date) for c in found if c.format == "visit"] == [
        (["Emmanuel Macron", "Ukraine"], "2024-05-09"), (["Emmanuel Macron", "Ukraine"], "2022-06")]


def test_a_trip_on_a_counted_day_is_dated_from_the_day_named_last() -> None:
    found = contacts("Blinken met Wang Yi in Beijing on Monday. The next day he flew to Seoul.")
    assert [(c.participants, c.date) for c in found if c.format == "visit"] == [
        (["Antony Blinken", "South Korea"], "2024-05-07")]


def test_the_last_time_they_met_is_an_earlier_contact() -> None:
    for text in ("Putin sat down with Raisi and Erdogan for a summit in Tehran. The last time the "
                 "three leaders met in Tehran was in September 2018.",
                 "Putin sat down with Raisi and Erdogan for a summit in Tehran. The three leaders "
                 "last met in Tehran in September 2018."):
        found = contacts(text)
        assert [(c.date, c.same_as) for c in found] == [(None, None), ("2018-09", None)]


def test_a_pluperfect_contact_in_a_month_ahead_is_last_years() -> None:
    found = contacts("Putin held talks with Raisi in Tehran on Tuesday. The two presidents had "
                     "met in Ashgabat at the end of June.")
    assert [(c.date, c.status) for c in found] == [("2024-05-07", "held"), ("2023-06", "held")]


def test_a_visitor_received_under_an_office_then_a_name() -> None:
    found = contacts("President Vladimir Putin received China's top diplomat, Wang Yi, in the "
                     "Kremlin on Wednesday.")
    assert [c.participants for c in found] == [["Vladimir Putin", "Wang Yi"]]


def test_speaking_of_someone_is_no_call() -> None:
    found = contacts("Trump met Xi in Osaka on Saturday. Both men still speak of each other as "
                     "friends. Trump spoke about Xi at length on Tuesday.")
    assert [c.trigger for c in found] == ["met"]


def test_talking_about_a_topic_is_still_a_conversation() -> None:
    found = contacts("Biden and Xi talked about trade on Tuesday.")
    assert [c.participants for c in found] == [["Joe Biden", "Xi Jinping"]]


def test_a_dotted_pair_of_states_names_both() -> None:
    found = contacts("U.S.-Russia talks end in Geneva", published="2022-01-11")
    assert [c.participants for c in found] == [["Russia", "United States"]]


def test_presidents_of_named_states_travel() -> None:
    found = contacts("Presidents of Estonia, Latvia, Lithuania and Poland head to Ukraine",
                     published="2022-04-13")
    assert [c.participants for c in found] == [
        ["Estonia", "Latvia", "Lithuania", "Poland", "Ukraine"]]


def test_the_state_of_a_war_named_as_a_trips_purpose_hosts_nothing() -> None:
    found = contacts("Biden arrives in Europe for Ukraine war summits, NATO to bolster eastern "
                     "flank", published="2022-03-23")
    assert all("Ukraine" not in c.participants for c in found)


def test_their_own_talks_are_the_pairs_not_the_groups() -> None:
    found = contacts("Putin sat down with Raisi and Erdogan for a summit in Tehran on Tuesday. "
                     "Putin and Raisi held their own talks.")
    assert [c.participants for c in found] == [
        ["Ebrahim Raisi", "Recep Tayyip Erdoğan", "Vladimir Putin"],
        ["Ebrahim Raisi", "Vladimir Putin"]]


def test_the_three_countries_are_the_states_of_the_three_just_told() -> None:
    found = contacts("Putin sat down with Raisi and Erdogan for a summit in Tehran on Tuesday. "
                     "The last time the three countries met at this level was in September "
                     "2018.")
    assert (["Iran", "Russia", "Turkey"], "2018-09") in [(c.participants, c.date) for c in found]


def test_a_contact_in_a_year_of_its_own_is_no_repeat() -> None:
    found = contacts("Putin sat down with Raisi and Erdogan for a summit in Tehran on Tuesday. "
                     "Putin, Raisi and Erdogan last met in 2018.")
    assert [(c.date, c.same_as) for c in found] == [("2024-05-07", None), (None, None)]


def test_touring_states_is_visiting_them() -> None:
    found = contacts("Only days earlier President Biden had toured Israel and Saudi Arabia.")
    assert sorted(c.participants for c in found) == [["Israel", "Joe Biden"],
                                                     ["Joe Biden", "Saudi Arabia"]]


def test_touring_a_site_is_no_visit() -> None:
    assert contacts("Biden toured a factory in Ohio on Monday.") == []


def test_a_meal_the_verb_names_is_the_verbs_contact() -> None:
    found = contacts("On Thursday evening, Xi and his wife, Peng Liyuan, sat down to dinner with "
                     "Trump and the first lady, Melania Trump.", published="2017-04-08")
    assert [c.participants for c in found] == [["Donald Trump", "Xi Jinping"]]


def test_joining_people_for_dinner_is_a_meeting() -> None:
    found = contacts("Trudeau joined Biden and Lopez Obrador for dinner on Monday.")
    assert [c.participants for c in found] == [
        ["Andrés Manuel López Obrador", "Joe Biden", "Justin Trudeau"]]


def test_a_surname_tagged_as_a_common_noun_is_its_bearer() -> None:
    found = contacts("Ade Okonkwo arrived in Hungary on Tuesday. Okonkwo met President Tomas "
                     "Varga on Wednesday.")
    assert [(c.participants, c.date) for c in found if c.format == "meeting"] == [
        (["Ade Okonkwo", "Tomas Varga"], "2024-05-08")]


def test_who_arrives_with_the_traveller_is_no_host() -> None:
    found = contacts("Nigerian Prime Minister Ade Okonkwo, who arrived in Budapest on Tuesday "
                     "with Trade Minister Juan Ibe, met President Tomas Varga on Wednesday.")
    visits = [c for c in found if c.format == "visit"]
    assert visits and all("Hungary" in c.participants for c in visits)


def test_names_joined_before_a_who_clause_met_too() -> None:
    found = contacts("Kenyan Foreign Minister Grace Wanjiru and Ethiopian Foreign Minister Dawit "
                     "Alemu, who met in Addis Ababa last year, spoke by phone on Monday.")
    assert sorted((c.format, c.date) for c in found) == [("meeting", None),
                                                         ("phone call", "2024-05-06")]
    assert all(c.participants == ["Dawit Alemu", "Grace Wanjiru"] for c in found)


def test_two_named_people_who_spoke_had_a_conversation() -> None:
    found = contacts("Kenyan President William Ruto and Somali President Hassan Mohamud spoke "
                     "in March.")
    assert [(c.participants, c.date) for c in found] == [
        (["Hassan Mohamud", "William Ruto"], "2024-03")]


def test_sheikh_inside_a_name_is_part_of_it() -> None:
    found = contacts("Somali President Hassan Sheikh Mohamud met Kenyan President William Ruto "
                     "on Monday.")
    assert [c.participants for c in found] == [["Hassan Sheikh Mohamud", "William Ruto"]]


def test_who_is_due_to_visit_travels() -> None:
    found = contacts("Kenyan Foreign Minister Grace Wanjiru, who is due to visit Mogadishu in "
                     "June, said the border would reopen.")
    assert [(c.participants, c.date, c.status) for c in found] == [
        (["Grace Wanjiru", "Somalia"], "2024-06", "planned")]


def test_talks_an_agreement_followed_were_held() -> None:
    found = contacts("Kenya and Ethiopia agreed to reopen the border after talks in Addis Ababa.")
    assert [(c.participants, c.status) for c in found] == [(["Ethiopia", "Kenya"], "held")]


def test_talks_after_which_something_will_happen_are_ahead() -> None:
    found = contacts("Kenya and Ethiopia will reopen the border after talks next week.")
    assert [c.status for c in found] == ["planned"]


def test_a_past_contact_in_a_when_clause_was_held() -> None:
    found = contacts("When Xi Jinping and Joe Biden met in Bali last November, they agreed to "
                     "resume climate talks.")
    assert [(c.trigger, c.date, c.status) for c in found if c.trigger == "met"] == [
        ("met", "2023-11", "held")]


def test_a_contact_said_to_be_unlikely_is_none() -> None:
    assert contacts("A summit between Biden and Xi is unlikely before the election, analysts "
                    "said.") == []
    assert [c.trigger for c in contacts("The summit between Biden and Xi was constructive.")] \
        == ["summit"]


def test_the_trip_set_off_after_a_trip_verb_is_that_trip() -> None:
    found = contacts("Xi will travel to Paris, Belgrade and Budapest next week, his first trip "
                     "to Europe in five years.")
    assert sorted(c.participants for c in found) == [
        ["France", "Xi Jinping"], ["Hungary", "Xi Jinping"], ["Serbia", "Xi Jinping"]]


def test_a_contact_weighed_or_welcomed_is_none() -> None:
    for text in ("Karimi said he saw no point in talking to Washington.",
                 "Biden and Xi were interested in meeting again."):
        assert contacts(text) == []
    assert [c.trigger for c in contacts("After meeting Xi, Biden said the talks were good.")] \
        == ["meeting"]


def test_a_headline_putting_a_leader_in_a_foreign_capital_is_a_visit() -> None:
    found = contacts("Japan's Sato in Tehran to ease US-Iran tensions\n\nJapanese Prime Minister "
                     "Taro Sato arrived on Wednesday.", published="2019-06-12")
    assert [(c.participants, c.format, c.date) for c in found] == [
        (["Iran", "Taro Sato"], "visit", "2019-06-12")]
    assert contacts("Zelensky in Kyiv vows to fight on\n\nThe president spoke on Friday.") == []
