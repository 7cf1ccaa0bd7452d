"""Contacts, fifteenth session: mechanisms found on the session's own probe articles (wire,
analysis, readout and opinion texts with several contacts each). The sentences are the
project's own."""

from __future__ import annotations

from tests.text_analysis import contacts_of as contacts


def _of(found: list, words: str) -> list[tuple[list[str], str | None, str | None]]:
    return [(sorted(c.participants), c.date, c.place) for c in found if words in c.evidence]


def test_him_after_a_joint_call_is_not_one_of_the_callers() -> None:
    # "him" in a clause whose subject names Macron and Scholz is neither of them
    found = contacts("Scholz is not the only European leader to have spoken to Xi Jinping "
                     "this month: French President Emmanuel Macron and Scholz held a joint "
                     "video call with him on March 8.", published="2022-03-30")
    assert [sorted(c.participants) for c in found if c.trigger == "call"] == \
        [["Emmanuel Macron", "Olaf Scholz", "Xi Jinping"]]


def test_ministers_of_listed_states_stay_when_their_alliance_is_named_after() -> None:
    found = contacts("The foreign ministers of Norway, Sweden and Finland met their Turkish "
                     "counterpart Hakan Fidan in Oslo on Thursday, on the sidelines of an "
                     "informal NATO gathering, in an attempt to unblock the alliance's "
                     "enlargement.", published="2023-10-13")
    assert [sorted(c.participants) for c in found] == \
        [["Finland", "Hakan Fidan", "Norway", "Sweden"]]


def test_the_aim_of_a_meeting_names_no_side() -> None:
    found = contacts("Ukrainian officials met Chinese diplomats in Beijing on Monday in a bid "
                     "to win the African Union's backing for the plan.", published="2024-05-10")
    assert [sorted(c.participants) for c in found] == [["China", "Ukraine"]]


def test_saw_a_person_in_a_place_is_a_meeting_there() -> None:
    found = contacts("Secretary of State Mike Pompeo met Sheikh Tamim in Doha in January and "
                     "saw the Saudi crown prince in Riyadh a day later.", published="2019-11-18")
    assert _of(found, "Pompeo") == [
        (["Mike Pompeo", "Tamim bin Hamad Al Thani"], "2019-01", "Doha"),
        (["Mike Pompeo", "Mohammed bin Salman"], "2019-01", "Riyadh")]


def test_seeing_someone_as_something_is_no_meeting() -> None:
    found = contacts("Erdogan saw Putin as the only partner who could end the war, and "
                     "analysts saw him as a spoiler.", published="2022-05-10")
    assert found == []


def test_a_joined_meeting_keeps_its_own_place() -> None:
    found = contacts("In March, Blinken met Wang Yi in Beijing and then met the Russian "
                     "foreign minister in Moscow two days later.", published="2023-05-10")
    assert [c.place for c in found] == ["Beijing", "Moscow"]


def test_a_day_later_after_a_month_is_in_that_month() -> None:
    # the last contact told with a day (Sunday) does not date it
    found = contacts("Kuwait's foreign minister flew to Doha on Sunday.\n\nThe emir of Qatar "
                     "met Secretary of State Mike Pompeo in Doha in January and Pompeo saw "
                     "the Saudi crown prince in Riyadh a day later.", published="2019-11-18")
    assert [c.date for c in found if c.trigger == "saw"] == ["2019-01"]


def test_talks_before_a_joined_clause_do_not_take_its_subject() -> None:
    found = contacts("Spanish Prime Minister Pedro Sanchez had talks in Rabat on Thursday with "
                     "Moroccan Prime Minister Aziz Akhannouch, and his foreign minister, Jose "
                     "Manuel Albares, met Moroccan counterpart Nasser Bourita separately.",
                     published="2022-04-08")
    assert [sorted(c.participants) for c in found if c.trigger == "talks"] == \
        [["Aziz Akhannouch", "Pedro Sánchez"]]


def test_the_two_governments_are_the_states_of_the_pair_just_told() -> None:
    found = contacts("German Foreign Minister Annalena Baerbock met French Foreign Minister "
                     "Catherine Colonna in Paris on Monday. The two governments will hold a "
                     "high-level meeting in July.", published="2023-05-10")
    assert [(sorted(c.participants), c.status) for c in found if c.trigger == "meeting"] == \
        [(["France", "Germany"], "planned")]


def test_advice_to_join_a_meeting_adds_no_one() -> None:
    found = contacts("French Foreign Minister Jean-Noel Barrot met his Iranian counterpart "
                     "Abbas Araghchi in New York last month. Macron ought to invite Araghchi "
                     "to Paris, and Berlin and London should join him.", published="2024-10-05")
    assert [sorted(c.participants) for c in found] == [["Abbas Araghchi", "Jean-Noël Barrot"]]


def test_what_an_imagined_meeting_would_do_is_no_contact() -> None:
    found = contacts("A meeting of the three European foreign ministers with their Iranian "
                     "counterpart would send the clearest signal yet.", published="2024-10-05")
    assert found == []


def test_joined_by_someone_for_a_call_makes_them_a_party() -> None:
    found = contacts("Charles Michel and Ursula von der Leyen were joined by German Chancellor "
                     "Olaf Scholz for a call with President Xi Jinping on Friday.",
                     published="2022-04-01")
    assert [sorted(c.participants) for c in found] == \
        [["Charles Michel", "Olaf Scholz", "Ursula von der Leyen", "Xi Jinping"]]


def test_each_of_two_subjects_holding_separate_talks_is_one_contact() -> None:
    found = contacts("Swedish Foreign Minister Tobias Billstrom and Finland's Elina Valtonen "
                     "each held separate talks with Hakan Fidan on Thursday.",
                     published="2023-10-13")
    assert sorted(sorted(c.participants) for c in found) == \
        [["Elina Valtonen", "Hakan Fidan"], ["Hakan Fidan", "Tobias Billström"]]


def test_a_round_with_officials_is_talks() -> None:
    found = contacts("Sweden's chief negotiator will hold a further round with Turkish "
                     "officials in Stockholm at the end of the month.", published="2023-10-13")
    assert [(c.format, sorted(c.participants), c.status) for c in found] == \
        [("talks", ["Sweden", "Turkey"], "planned")]


def test_talks_the_pair_moved_on_to_are_theirs() -> None:
    found = contacts("Modi welcomed his Australian counterpart Anthony Albanese to Ahmedabad "
                     "on Thursday, where the two watched a cricket match before moving on to "
                     "formal talks in New Delhi on Friday.", published="2023-03-11")
    assert [(c.trigger, sorted(c.participants), c.date, c.place) for c in found] == [
        ("welcomed", ["Anthony Albanese", "Narendra Modi"], "2023-03-09", "Ahmedabad"),
        ("talks", ["Anthony Albanese", "Narendra Modi"], "2023-03-10", "New Delhi")]


def test_the_trade_ministers_are_those_named_as_such_before() -> None:
    found = contacts("The talks were followed by a lunch attended by their trade ministers, "
                     "Piyush Goyal and Don Farrell. The trade ministers had already met on "
                     "Wednesday evening to finish the text.", published="2023-03-11")
    assert [(sorted(c.participants), c.date) for c in found if c.trigger == "met"] == \
        [(["Don Farrell", "Piyush Goyal"], "2023-03-08")]


def test_the_ministers_after_their_meeting_are_its_parties() -> None:
    found = contacts("The foreign ministers of Kenya and Ghana met in Nairobi on Monday. The "
                     "ministers agreed to meet again in May.", published="2023-03-11")
    assert [(sorted(c.participants), c.status) for c in found] == \
        [(["Ghana", "Kenya"], "held"), (["Ghana", "Kenya"], "planned")]


def test_a_summit_one_accepted_an_invitation_for_is_planned() -> None:
    found = contacts("Modi accepted an invitation to Sydney in May for a summit of Quad "
                     "leaders.", published="2023-03-11")
    assert [c.status for c in found if c.trigger == "summit"] == ["planned"]


def test_a_visit_told_as_the_time_of_another_meeting_is_a_contact() -> None:
    found = contacts("Putin and Lukashenko met on the island of Valaam on Tuesday. It was "
                     "their fourth meeting this year. The two met in Moscow in May, a month "
                     "before a working visit by Putin to Minsk in June.",
                     published="2023-07-25")
    assert ("visit", ["Belarus", "Vladimir Putin"], "2023-06") in \
        [(c.format, sorted(c.participants), c.date) for c in found]


def test_days_of_meetings_someone_will_stay_on_for_are_planned() -> None:
    found = contacts("Belarusian Prime Minister Roman Golovchenko, who joined the talks, will "
                     "stay on for two days of meetings with Russian ministers in Moscow.",
                     published="2023-07-25")
    assert [c.status for c in found if c.trigger == "meetings"] == ["planned"]


def test_a_delayed_summit_held_now_is_held() -> None:
    found = contacts("EU and China hold delayed summit by video", published="2022-04-01")
    assert [c.status for c in found] == ["held"]


def test_whose_office_a_named_official_holds_is_no_party() -> None:
    found = contacts("The EU's foreign policy chief, Josep Borrell, had prepared the ground in a "
                     "video conference with Chinese Foreign Minister Wang Yi on March 7.",
                     published="2022-04-01")
    assert [sorted(c.participants) for c in found] == [["Josep Borrell", "Wang Yi"]]


def test_a_courtesy_call_received_is_a_meeting() -> None:
    found = contacts("Foreign Minister Retno Marsudi received a courtesy call from the Foreign "
                     "Minister of Timor-Leste, Adaljiza Magno, in Jakarta on Tuesday.",
                     published="2023-03-15")
    assert [(c.format, sorted(c.participants)) for c in found] == \
        [("meeting", ["Adaljiza Magno", "Retno Marsudi"])]


def test_greeted_by_the_host_after_arriving_is_a_meeting() -> None:
    found = contacts("NAIROBI, June 9 - South African President Cyril Ramaphosa arrived in "
                     "Nairobi on Thursday for a state visit and was greeted at State House by "
                     "President William Ruto.", published="2023-06-09")
    assert (["Cyril Ramaphosa", "William Ruto"], "2023-06-08") in \
        [(sorted(c.participants), c.date) for c in found if c.format == "meeting"]


def test_occasions_listed_after_their_count_are_one_contact_each() -> None:
    found = contacts("Foreign Minister Park Jin has met Wang Yi three times since taking "
                     "office - in Qingdao in August, on the margins of the UN General Assembly "
                     "in September, and in Phnom Penh in November - while the two countries' "
                     "vice ministers have held a strategic dialogue by video.",
                     published="2022-12-15")
    assert [(c.format, c.date, c.place) for c in found if c.trigger == "met"] == [
        ("meeting", "2022-08", "Qingdao"), ("meeting", "2022-09", None),
        ("meeting", "2022-11", "Phnom Penh")]


def test_a_list_of_occasions_after_a_colon_is_not_doubled() -> None:
    found = contacts("Antony Blinken and Wang Yi have met at least five times: in Bali in "
                     "July, in New York in September, in Munich in February, in Jakarta in "
                     "July and in Beijing in June.", published="2023-07-20")
    assert sorted(c.place for c in found) == ["Bali", "Beijing", "Jakarta", "Munich",
                                              "New York"]


def test_a_call_before_someone_was_due_elsewhere_is_held() -> None:
    found = contacts("Russian President Vladimir Putin and Turkish President Tayyip Erdogan "
                     "discussed the Black Sea grain deal in a telephone call on Sunday, the "
                     "Kremlin said, a day before the Turkish leader was due in Sochi.",
                     published="2023-09-03")
    assert [(c.status, c.date) for c in found if c.trigger == "call"] == \
        [("held", "2023-09-03")]


def test_a_visit_told_after_since_is_held() -> None:
    found = contacts("Erdogan will fly to Sochi on Monday for a face-to-face meeting with "
                     "Putin, their first since the Russian leader visited Tehran in July.",
                     published="2023-09-03")
    assert [c.status for c in found if c.trigger == "visited"] == ["held"]


def test_talks_a_past_agreement_followed_are_held_beside_the_planned_ones() -> None:
    found = contacts("Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand "
                     "Marcos Jr. agreed on Friday to begin negotiations on a defence pact, "
                     "after talks at Malacanang Palace.", published="2023-11-04")
    assert ("talks", "held") in [(c.trigger, c.status) for c in found]


def test_dinner_together_a_week_before_is_its_own_meeting() -> None:
    found = contacts("British Prime Minister Rishi Sunak received Italian Prime Minister "
                     "Giorgia Meloni at Chequers on Sunday, a week after the two leaders had "
                     "dinner together in Moldova. The talks focused on migration.",
                     published="2023-06-12")
    assert [(c.trigger, c.date, c.same_as) for c in found] == [
        ("received", "2023-06-11", None), ("dinner", "2023-06-04", None),
        ("talks", "2023-06-11", 0)]


def test_their_ministers_at_a_meeting_are_the_pairs_states() -> None:
    found = contacts("British Prime Minister Rishi Sunak received Italian Prime Minister "
                     "Giorgia Meloni at Chequers on Sunday. Their interior ministers had "
                     "prepared the ground at a meeting in Rome earlier in the month.",
                     published="2023-06-12")
    assert [(sorted(c.participants), c.place) for c in found if c.trigger == "meeting"] == \
        [(["Italy", "United Kingdom"], "Rome")]


def test_later_in_the_day_is_not_the_day_an_event_is_named_by() -> None:
    found = contacts("Israeli Prime Minister Benjamin Netanyahu met President Joe Biden at the "
                     "White House on Thursday, their first meeting since the October 7 "
                     "attacks. Vice President Kamala Harris met Netanyahu separately later in "
                     "the day.", published="2024-07-26")
    assert [c.date for c in found] == ["2024-07-25", "2024-07-25"]


def test_the_afternoon_is_not_the_datelines_day() -> None:
    found = contacts("BRASILIA, July 29 - Brazilian President Luiz Inacio Lula da Silva hosted "
                     "Colombian President Gustavo Petro at the Planalto palace on Friday. Their "
                     "foreign ministers met separately in the afternoon.",
                     published="2023-07-29")
    assert [c.date for c in found] == ["2023-07-28", "2023-07-28"]


def test_the_year_a_count_starts_from_does_not_date_the_latest() -> None:
    found = contacts("Turkey's president has now met Vladimir Putin more often than any other "
                     "NATO leader. The two men have held at least a dozen face-to-face "
                     "meetings since 2020, most recently in Astana in July, and speak by phone "
                     "roughly once a month.", published="2024-10-01")
    assert [c.date for c in found if c.format == "meeting"] == ["2024-07", "2024-07"]


def test_a_leaders_team_stands_for_the_state() -> None:
    found = contacts("U.S. Treasury Secretary Janet Yellen was in Pretoria on Monday for "
                     "meetings with President Cyril Ramaphosa's economic team.",
                     published="2023-01-24")
    assert [sorted(c.participants) for c in found] == [["Janet Yellen", "South Africa"]]


def test_an_invitation_to_return_is_a_visit_to_come_not_the_talks() -> None:
    found = contacts("Indian Prime Minister Narendra Modi held talks in Cairo on Sunday with "
                     "Egyptian President Abdel Fattah al-Sisi. Sisi invited Modi to return for "
                     "a longer visit.", published="2023-06-25")
    assert [(c.format, c.status, c.same_as) for c in found] == [
        ("talks", "held", None), ("visit", "planned", None)]


def test_sitting_down_with_several_in_turn_is_a_meeting_with_each() -> None:
    found = contacts("U.S. President Joe Biden held bilateral meetings in Vilnius on Tuesday, "
                     "sitting down with Turkish President Tayyip Erdogan, British Prime "
                     "Minister Rishi Sunak and Italian Prime Minister Giorgia Meloni in turn.",
                     published="2023-07-11")
    assert sorted(sorted(c.participants) for c in found if c.trigger == "sitting") == [
        ["Giorgia Meloni", "Joe Biden"], ["Joe Biden", "Recep Tayyip Erdoğan"],
        ["Joe Biden", "Rishi Sunak"]]


def test_the_perfect_after_a_dated_clause_is_not_of_its_date() -> None:
    found = contacts("When Yoon Suk Yeol flew to Tokyo in March, he broke a long freeze. Fumio "
                     "Kishida returned the favour in May, and the two leaders have since met at "
                     "the G7 in Hiroshima.", published="2023-09-15")
    assert [c.date for c in found if c.trigger == "met"] == [None]


def test_the_same_day_passes_over_the_month_of_a_plan() -> None:
    found = contacts("Ukrainian President Volodymyr Zelensky met Donald Trump in New York on "
                     "Friday. He had presented his plan to Biden in the Oval Office on "
                     "Thursday. Biden said he would convene a meeting of allies next month. "
                     "Harris met Zelensky separately the same day.", published="2024-09-28")
    assert [c.date for c in found if c.evidence.startswith("Harris")] == ["2024-09-26"]


def test_words_said_to_a_person_in_a_room_are_a_meeting() -> None:
    found = contacts("Zelensky first presented the plan to Biden in the Oval Office on "
                     "Thursday. Blinken told Lavrov in Geneva that an invasion would be met "
                     "with sanctions.", published="2024-09-28")
    assert [(sorted(c.participants), c.place) for c in found] == [
        (["Joe Biden", "Volodymyr Zelensky"], "Oval Office"),
        (["Antony Blinken", "Sergey Lavrov"], "Geneva")]


def test_words_said_by_phone_or_in_a_speech_are_no_meeting() -> None:
    found = contacts("Zelensky urged Biden in a speech in Kyiv to send more weapons. Biden "
                     "told reporters in Washington that he was worried.", published="2024-09-28")
    assert found == []


def test_a_summit_worked_toward_is_still_to_come() -> None:
    found = contacts("Wang Yi meets Biden as Washington and Beijing work toward a Xi summit "
                     "in San Francisco", published="2023-10-28")
    assert [(c.format, c.status) for c in found if c.format == "summit"] == \
        [("summit", "planned")]


def test_a_clause_hung_on_a_day_after_names_no_party() -> None:
    found = contacts("Ukrainian President Volodymyr Zelensky ended a week-long visit to Canada "
                     "on Friday with a meeting with Justin Trudeau in Ottawa, a day after he "
                     "laid out his plan for ending the war with Russia to Pierre Poilievre and "
                     "Jagmeet Singh in Toronto.", published="2024-09-28")
    assert found and not any("Jagmeet Singh" in c.participants for c in found)


def test_a_joined_verb_takes_no_party_from_the_by_phrase_of_the_one_before() -> None:
    found = contacts("President Xi Jinping stayed home, but spoke by telephone with Russian "
                     "President Vladimir Putin on Wednesday and received the Kazakh president, "
                     "Kassym-Jomart Tokayev, on Friday.", published="2024-06-01")
    assert [sorted(c.participants) for c in found if c.trigger == "received"] == \
        [["Kassym-Jomart Tokayev", "Xi Jinping"]]


def test_a_trip_told_in_a_when_clause_on_a_date_is_held_then() -> None:
    found = contacts("The meeting would be their first since March 2022, when Greek Prime "
                     "Minister Kyriakos Mitsotakis travelled to Istanbul for a working lunch "
                     "with Tayyip Erdogan.", published="2023-07-07")
    assert [(c.status, c.date, c.place) for c in found if c.trigger == "travelled"] == \
        [("held", "2022-03", "Istanbul")]


def test_talks_after_a_one_day_arrival_are_of_its_day() -> None:
    found = contacts("KYIV - Hungarian Prime Minister Viktor Orban arrived in Kyiv by train on "
                     "Tuesday.\n\nOrban held talks with President Volodymyr Zelensky at the "
                     "Mariinsky Palace.", published="2024-07-03")
    assert [(c.trigger, c.date) for c in found] == [("arrived", "2024-07-02"),
                                                    ("talks", "2024-07-02")]


def test_talks_during_a_visit_of_several_days_keep_no_day() -> None:
    found = contacts("Hungarian Prime Minister Viktor Orban arrived in Kyiv on Tuesday for a "
                     "three-day visit.\n\nOrban held talks with President Volodymyr Zelensky.",
                     published="2024-07-03")
    assert [c.date for c in found if c.trigger == "talks"] == [None]


def test_a_named_residence_is_the_place() -> None:
    found = contacts("LONDON - British Prime Minister Rishi Sunak received Italian Prime "
                     "Minister Giorgia Meloni at his Chequers country residence on Sunday. "
                     "Trump hosted Netanyahu at his Mar-a-Lago estate on Friday.",
                     published="2023-06-12")
    assert [c.place for c in found] == ["Chequers", "Mar-a-Lago"]
