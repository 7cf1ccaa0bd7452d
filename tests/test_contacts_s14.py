"""Contacts, fourteenth session: mechanisms found on the session's own probe articles (wire and
newspaper reports with several contacts). The sentences are the project's own."""

from __future__ import annotations

from tests.text_analysis import contacts_of as contacts


def test_they_met_after_a_pair_is_the_pair() -> None:
    found = contacts("Kenyan President William Ruto hosted Ghana's president, John Mahama, "
                     "in Nairobi on Tuesday. They met in Accra in February, and again in Addis "
                     "Ababa in March.")
    earlier = [(sorted(c.participants), c.date) for c in found if c.evidence.startswith("They")]
    assert earlier == [(["John Mahama", "William Ruto"], "2024-02"),
                       (["John Mahama", "William Ruto"], "2024-03")]


def test_they_held_talks_after_a_pair_is_the_pair() -> None:
    found = contacts("Kenyan President William Ruto hosted Ghana's president, John Mahama, "
                     "in Nairobi on Tuesday. They held talks in Accra in February.")
    assert [(sorted(c.participants), c.date) for c in found if c.evidence.startswith("They")] \
        == [(["John Mahama", "William Ruto"], "2024-02")]


def test_they_after_people_named_in_the_sentence_are_not_the_pair() -> None:
    # "they" are the officials just named, whom the sentence does not resolve to the leaders
    found = contacts("Kenyan President William Ruto hosted Ghana's president, John Mahama, "
                     "in Nairobi on Tuesday. Officials from the African Union said they met "
                     "in Accra in February.")
    assert not [c for c in found if "February" in c.evidence and
                sorted(c.participants) == ["John Mahama", "William Ruto"]]


def test_they_of_a_verb_above_a_contact_noun_is_no_pair() -> None:
    found = contacts("Kenyan President William Ruto hosted Ghana's president, John Mahama, "
                     "in Nairobi on Tuesday. Both capitals must show they can turn promises into "
                     "visits that happen.")
    assert [c.evidence[:10] for c in found] == ["Kenyan Pre"]


def test_a_courtesy_call_paid_on_a_leader_is_a_meeting_with_them() -> None:
    found = contacts("Later, Chancellor Olaf Scholz paid a courtesy call on President Andrzej "
                     "Duda at the presidential palace in Warsaw on Tuesday.")
    assert [(c.format, sorted(c.participants), c.date) for c in found] == [
        ("meeting", ["Andrzej Duda", "Olaf Scholz"], "2024-05-07")]


def test_a_call_on_a_state_to_act_is_no_contact() -> None:
    assert contacts("Chancellor Olaf Scholz made a call on Russia to withdraw its troops.") == []
    assert contacts("Scholz renewed his call on Moscow to end the war.") == []


def test_received_by_a_host_after_a_joined_verb_is_a_meeting_of_its_subject() -> None:
    found = contacts("Sudanese commander Mohamed Hamdan Dagalo toured several African capitals "
                     "last month and was received by Kenyan President William Ruto in Nairobi "
                     "in January.")
    assert [(sorted(c.participants), c.date) for c in found] == [
        (["Mohamed Hamdan Dagalo", "William Ruto"], "2024-01")]


def test_a_thing_received_after_a_joined_verb_is_no_contact() -> None:
    assert contacts("The plan was drafted in March and was received by Kenyan President "
                    "William Ruto in April.") == []


def test_him_in_a_clause_on_a_person_is_someone_else() -> None:
    # "who met him": the one the clause describes is not "him"; then "hosted him" is the
    # traveller too
    found = contacts("Turkish President Recep Tayyip Erdogan flew to Doha on Tuesday for talks "
                     "with Emir Tamim bin Hamad Al Thani, a close ally who met him at the "
                     "airport. The last stop was Abu Dhabi, where President Mohamed bin Zayed "
                     "hosted him on Wednesday.", published="2023-07-20")
    hosted = [c for c in found if c.trigger == "hosted"]
    assert [(sorted(c.participants), c.place) for c in hosted] == [
        (["Mohamed bin Zayed Al Nahyan", "Recep Tayyip Erdoğan"], "Abu Dhabi")]


def test_a_palace_after_at_is_no_party() -> None:
    found = contacts("President Mohamed bin Zayed hosted Turkish President Recep Tayyip Erdogan "
                     "at Qasr Al Watan on Wednesday.", published="2023-07-20")
    assert [sorted(c.participants) for c in found] == [
        ["Mohamed bin Zayed Al Nahyan", "Recep Tayyip Erdoğan"]]


def test_talks_after_a_passive_reception_are_the_guests_not_the_receivers() -> None:
    found = contacts("Indonesian President Joko Widodo was received by Emperor Naruhito on "
                     "Thursday morning before holding talks with Prime Minister Fumio Kishida "
                     "over lunch.")
    assert sorted((c.format, tuple(sorted(c.participants))) for c in found) == [
        ("meeting", ("Joko Widodo", "Naruhito")), ("talks", ("Fumio Kishida", "Joko Widodo"))]


def test_clauses_after_semicolons_are_contacts_of_their_own() -> None:
    found = contacts("French President Emmanuel Macron toured central Africa this week. On "
                     "his tour, in Luanda he sat down with Angolan President João Lourenço; "
                     "in Brazzaville he dined with Congolese President Denis Sassou Nguesso; "
                     "and in Kinshasa he held talks with Felix Tshisekedi.",
                     published="2023-03-05")
    assert [(sorted(c.participants), c.place) for c in found] == [
        (["Emmanuel Macron", "João Lourenço"], "Luanda"),
        (["Denis Sassou Nguesso", "Emmanuel Macron"], "Brazzaville"),
        (["Emmanuel Macron", "Felix Tshisekedi"], "Kinshasa")]


def test_dining_with_someone_is_a_meeting() -> None:
    found = contacts("In Brazzaville, French President Emmanuel Macron dined with Congolese "
                     "President Denis Sassou Nguesso on Friday.")
    assert [(c.format, sorted(c.participants)) for c in found] == [
        ("meeting", ["Denis Sassou Nguesso", "Emmanuel Macron"])]
    assert contacts("French President Emmanuel Macron dined at the palace on Friday.") == []


def test_separate_talks_of_a_joined_verb_keep_the_shared_subject() -> None:
    found = contacts("In New Delhi, Albanese also visited a school and held separate talks "
                     "with External Affairs Minister Subrahmanyam Jaishankar and Defence "
                     "Minister Rajnath Singh.")
    assert sorted(tuple(sorted(c.participants)) for c in found) == [
        ("Anthony Albanese", "Rajnath Singh"), ("Anthony Albanese", "Subrahmanyam Jaishankar")]


def test_a_meeting_in_a_clause_on_the_two_leaders_and_a_video_link() -> None:
    found = contacts("Modi and Albanese agreed on Friday to conclude a trade agreement. The two "
                     "leaders, who last met in Sydney in May, exchanged views by video link on "
                     "Wednesday, an Indian official said.")
    assert [(c.format, sorted(c.participants), c.date) for c in found] == [
        ("meeting", ["Anthony Albanese", "Narendra Modi"], "2024-05"),
        ("video call", ["Anthony Albanese", "Narendra Modi"], "2024-05-08")]


def test_a_visit_being_prepared_or_expected_is_planned() -> None:
    for text in ("The ministers discussed preparations for Xi Jinping's state visit to Moscow.",
                 "The ministers discussed Xi Jinping's state visit to Moscow, which is "
                 "expected in the spring."):
        assert [(c.format, c.status) for c in contacts(text)] == [("visit", "planned")], text
    begun = contacts("Xi Jinping's state visit to Moscow, which began on Monday, was his first "
                     "since 2019.")
    assert [c.status for c in begun] == ["held"]


def test_contacts_spoken_of_as_a_set_are_none() -> None:
    found = contacts("Biden met Xi in November and Putin in June. Those meetings changed little, "
                     "and France should stop treating such visits as seminars.")
    assert [c.evidence.startswith("Biden") for c in found] == [True, True]


def test_a_greeting_when_the_guest_landed_has_the_landing_day() -> None:
    found = contacts("When British Prime Minister Rishi Sunak landed in Rome on Thursday, "
                     "Italian Prime Minister Giorgia Meloni greeted him at the palace.")
    greeted = [c for c in found if c.trigger == "greeted"]
    assert [(sorted(c.participants), c.date) for c in greeted] == [
        (["Giorgia Meloni", "Rishi Sunak"], "2024-05-09")]


def test_they_held_minutes_of_talks_are_the_pair() -> None:
    found = contacts("British Prime Minister Rishi Sunak met Italian Prime Minister Giorgia "
                     "Meloni on Thursday. They held ninety minutes of talks.")
    assert [(sorted(c.participants), c.same_as) for c in found] == [
        (["Giorgia Meloni", "Rishi Sunak"], None), (["Giorgia Meloni", "Rishi Sunak"], 0)]


def test_a_meeting_leaders_could_be_invited_to_is_no_contact() -> None:
    assert contacts("Diplomats said the two leaders, Serbian President Aleksandar Vucic and "
                    "Kosovo Prime Minister Albin Kurti, could be invited to Brussels for a "
                    "summit-level meeting next month.") == []
    held = contacts("Vucic and Kurti held a summit-level meeting in Brussels on Monday.")
    assert [(c.trigger, c.format) for c in held] == [("meeting", "meeting")]


def test_speaking_with_both_leaders_on_a_visit_is_a_meeting_with_each() -> None:
    found = contacts("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti "
                     "have not met since September. U.S. envoy Gabriel Escobar visited Belgrade "
                     "and Pristina last week and spoke with both leaders.")
    spoke = [c for c in found if c.trigger == "spoke"]
    assert sorted((c.format, tuple(sorted(c.participants))) for c in spoke) == [
        ("meeting", ("Albin Kurti", "Gabriel Escobar")),
        ("meeting", ("Aleksandar Vučić", "Gabriel Escobar"))]


def test_a_summit_named_as_the_place_of_talks_is_their_setting() -> None:
    found = contacts("At the Belem summit, Brazilian President Luiz Inacio Lula da Silva held a "
                     "bilateral meeting with Bolivian President Luis Arce and spoke briefly "
                     "with Venezuela's vice president, Delcy Rodriguez.")
    assert sorted((c.format, tuple(sorted(c.participants))) for c in found) == [
        ("meeting", ("Delcy Rodríguez", "Luiz Inácio Lula da Silva")),
        ("meeting", ("Luis Arce", "Luiz Inácio Lula da Silva"))]


def test_their_ministers_meeting_stand_for_the_leaders_states() -> None:
    found = contacts("Brazilian President Luiz Inacio Lula da Silva received Colombian President "
                     "Gustavo Petro on Wednesday. Lula and Petro agreed that their environment "
                     "ministers would meet in Bogota next month.")
    assert [(sorted(c.participants), c.status) for c in found][1:] == [
        (["Brazil", "Colombia"], "planned")]


def test_a_region_s_demonym_names_no_state() -> None:
    found = contacts("Venezuelan President Nicolas Maduro visited Brasilia in May for a summit "
                     "of South American presidents.")
    assert [sorted(c.participants) for c in found] == [["Brazil", "Nicolás Maduro"]]


def test_expected_in_a_capital_is_a_planned_visit() -> None:
    found = contacts("Secretary of State Antony Blinken is expected in Beijing later this month.")
    assert [(c.format, sorted(c.participants), c.status) for c in found] == [
        ("visit", ["Antony Blinken", "China"], "planned")]
    assert contacts("Heavy rain is expected in Beijing later this month.") == []


def test_a_regions_summit_is_no_contact_of_the_people_beside_it() -> None:
    found = contacts("Lula's embrace of Maduro overshadows South American summit in Brasilia",
                     published="2023-05-30")
    assert found == []


def test_meeting_face_to_face_is_a_meeting_where_it_was_held() -> None:
    found = contacts("Russian and Ukrainian negotiators last met face to face in Istanbul in "
                     "March 2022.")
    assert [(sorted(c.participants), c.date, c.place) for c in found] == [
        (["Russia", "Ukraine"], "2022-03", "Istanbul")]


def test_the_places_a_trip_took_its_traveller_to_are_each_visited() -> None:
    found = contacts("Turkish President Recep Tayyip Erdogan returned home on Thursday from a "
                     "three-nation tour of the Gulf that took him to Saudi Arabia, Qatar and the "
                     "United Arab Emirates.")
    assert sorted(tuple(sorted(c.participants)) for c in found) == [
        ("Qatar", "Recep Tayyip Erdoğan"), ("Recep Tayyip Erdoğan", "Saudi Arabia"),
        ("Recep Tayyip Erdoğan", "United Arab Emirates")]
    found = contacts("The trip took Secretary of State Antony Blinken to Israel and Jordan.")
    assert sorted(tuple(sorted(c.participants)) for c in found) == [
        ("Antony Blinken", "Israel"), ("Antony Blinken", "Jordan")]
    assert contacts("The minister went on a tour of the factory.") == []


def test_a_meeting_that_could_follow_is_only_possible() -> None:
    found = contacts("Omani Foreign Minister Badr Albusaidi met Iranian Foreign Minister Abbas "
                     "Araghchi in Tehran on Monday. A meeting at the leaders' level could "
                     "follow, and talks may resume next month.")
    assert [c.trigger for c in found] == ["met"]


def test_talks_joined_to_an_arrival_have_its_day() -> None:
    found = contacts("Japanese Prime Minister Fumio Kishida arrived in Seoul on Sunday for a "
                     "two-day visit and held talks with President Yoon Suk Yeol. The two leaders "
                     "had met in Tokyo in March.", published="2023-05-08")
    assert [(c.trigger, c.date, c.same_as) for c in found] == [
        ("arrived", "2023-05-07", None), ("talks", "2023-05-07", None), ("met", "2023-03", None)]
