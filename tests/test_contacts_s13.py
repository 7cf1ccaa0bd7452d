"""Contacts, thirteenth session: which contact a later "the talks" or "the visit" means, and
contacts dated from one told beside them. The sentences are the project's own."""

from __future__ import annotations

from tests.text_analysis import contacts_of as contacts


def test_a_call_a_day_before_a_visit_told_back_is_dated_from_it() -> None:
    found = contacts("President Ama Boateng of Ghana met Togo's president in Lomé on Wednesday. "
                     "The visit came a day after Boateng spoke by phone with Nigerian President "
                     "Bola Tinubu.")
    call = [c for c in found if c.format == "phone call"]
    assert [(c.participants, c.date) for c in call] == [(["Ama Boateng", "Bola Tinubu"],
                                                         "2024-05-07")]


def test_talks_told_back_after_a_side_meeting_are_the_main_ones() -> None:
    found = contacts("Kenyan President William Ruto hosted his Somali counterpart Hassan Sheikh "
                     "Mohamud at State House in Nairobi on Wednesday. Mohamud also met Kenyan "
                     "Foreign Minister Musalia Mudavadi for talks on trade. A government "
                     "spokesman told reporters that the talks had been frank and warm.")
    back = [c for c in found if "spokesman" in c.evidence]
    assert [(sorted(c.participants), c.same_as) for c in back] == [
        (["Hassan Sheikh Mohamud", "William Ruto"], 0)]


def test_the_meeting_after_a_side_meeting_is_the_main_one() -> None:
    found = contacts("Kenyan President William Ruto held talks with his Somali counterpart "
                     "Hassan Sheikh Mohamud in Nairobi on Wednesday. Mohamud also met Kenyan "
                     "Foreign Minister Musalia Mudavadi. An analyst in Nairobi said the meeting "
                     "was a sign that both governments wanted to repair ties.")
    back = [c for c in found if "analyst" in c.evidence]
    assert [sorted(c.participants) for c in back] == [["Hassan Sheikh Mohamud", "William Ruto"]]


def test_talks_told_back_are_not_a_call_that_only_timed_the_visit() -> None:
    found = contacts("Kenyan President William Ruto met his Somali counterpart Hassan Sheikh "
                     "Mohamud in Nairobi on Wednesday. The visit came a day after Ruto spoke by "
                     "phone with Ethiopian Prime Minister Abiy Ahmed. The talks came two days "
                     "after Mohamud met the president of Djibouti in Djibouti.")
    back = [c for c in found if c.trigger == "talks"]
    assert [(sorted(c.participants), c.date) for c in back] == [
        (["Hassan Sheikh Mohamud", "William Ruto"], "2024-05-08")]
    earlier = [c for c in found if "Djibouti" in c.participants]
    assert [c.date for c in earlier] == ["2024-05-06"]


def test_a_summit_discussed_as_well_is_still_what_the_summit_means() -> None:
    found = contacts("Ministers met in Brussels on Tuesday to discuss aid to Ukraine. They also "
                     "discussed the NATO summit in Vilnius, where the alliance's leaders will "
                     "meet in July. Both ministers backed Sweden's bid before the Vilnius "
                     "summit.")
    summits = [c for c in found if c.format == "summit"]
    assert summits and all(c.participants == ["NATO"] for c in summits)


def test_the_principal_of_an_aide_met_is_no_party() -> None:
    found = contacts("Blinken met Zelensky's chief of staff in Kyiv on Monday.")
    assert [c.participants for c in found] == [["Andriy Yermak", "Antony Blinken"]]


def test_an_unnamed_aide_stands_for_the_principals_state() -> None:
    found = contacts("Sullivan spoke by phone with an aide to President Zelensky on Monday.")
    assert [c.participants for c in found] == [["Jake Sullivan", "Ukraine"]]
    found = contacts("Sullivan held talks with the Ukrainian president's national security "
                     "adviser in Kyiv on Monday.")
    assert [c.participants for c in found] == [["Jake Sullivan", "Ukraine"]]


def test_a_counterpart_of_someone_still_brings_them_in() -> None:
    found = contacts("Biden met Xi and his wife in Beijing on Monday.")
    assert [c.participants for c in found] == [["Joe Biden", "Xi Jinping"]]


def test_a_trip_to_a_state_named_with_the_then_others_visits_each() -> None:
    found = contacts("Blinken visited the United Arab Emirates, India and Bangladesh last week.")
    assert sorted(c.participants[1] if c.participants[0] == "Antony Blinken"
                  else c.participants[0] for c in found) == [
        "Bangladesh", "India", "United Arab Emirates"]


def test_his_counterpart_is_the_subjects_not_the_one_named_in_its_apposition() -> None:
    found = contacts("John Kerry, President Joe Biden's special envoy for climate, held talks "
                     "with his Chinese counterpart, Xie Zhenhua, in Shanghai on Thursday.")
    assert [c.participants for c in found] == [["John Kerry", "Xie Zhenhua"]]


def test_leaders_met_one_on_one_are_met_each_alone() -> None:
    found = contacts("On the sidelines Xi met several leaders one on one, among them President "
                     "Abdel Fattah el-Sisi of Egypt and the Palestinian president, Mahmoud Abbas.")
    assert sorted(c.participants for c in found) == [["Abdel Fattah el-Sisi", "Xi Jinping"],
                                                     ["Mahmoud Abbas", "Xi Jinping"]]


def test_tea_with_someone_is_a_meeting() -> None:
    found = contacts("Biden and his wife took tea with Macron on Sunday.")
    assert [(c.format, c.participants) for c in found] == [
        ("meeting", ["Emmanuel Macron", "Joe Biden"])]
    assert contacts("The two countries trade tea and rice.") == []


def test_a_second_agent_after_and_by_is_met_too() -> None:
    found = contacts("Xi arrived on Wednesday and was met at the airport by Prince Faisal bin "
                     "Bandar, the governor of Riyadh, and by Foreign Minister Prince Faisal bin "
                     "Farhan.")
    assert [c.participants for c in found] == [["Faisal bin Bandar", "Faisal bin Farhan",
                                                "Xi Jinping"]]


def test_received_by_one_and_later_by_another_are_two_meetings() -> None:
    found = contacts("Blinken was received by Erdogan and later by Kalin at the presidential "
                     "palace on Friday.")
    assert sorted(c.participants for c in found) == [
        ["Antony Blinken", "Recep Tayyip Erdoğan"], ["Antony Blinken", "İbrahim Kalın"]]


def test_people_after_with_hung_on_the_topic_are_the_contacts() -> None:
    found = contacts("Xi held a video summit on climate with Macron and Merkel on Friday.")
    assert [(c.format, c.participants) for c in found] == [
        ("video call", ["Angela Merkel", "Emmanuel Macron", "Xi Jinping"])]


def test_meeting_again_is_another_meeting_not_the_last_one_told() -> None:
    found = contacts("Biden had tea with Macron at Windsor Castle. The two men met again in "
                     "Paris in January.", published="2024-05-10")
    tea, again = found
    assert again.same_as is None and again.date == "2024-01" and tea.date is None


def test_a_bare_the_two_with_no_pair_before_is_the_pair_called_the_two_leaders() -> None:
    found = contacts("Theresa May hosted Donald Trump on Thursday. On Friday the two leaders "
                     "held talks at Chequers. In the afternoon he took tea with the Queen at "
                     "Windsor Castle. She had invited him in January on behalf of the "
                     "Queen. That state visit has still not happened. The two met again at "
                     "Davos in January.", published="2018-07-14")
    davos = [c for c in found if "Davos" in c.evidence]
    assert [c.participants for c in davos] == [["Donald Trump", "Theresa May"]]


def test_a_visit_invited_for_is_not_talks_already_held() -> None:
    found = contacts("Theresa May hosted Donald Trump on Thursday. On Friday the two leaders "
                     "held talks at Chequers. In January last year she invited him for a state "
                     "visit.", published="2018-07-14")
    talks = [c for c in found if "Chequers" in c.evidence]
    assert [(c.format, c.status, c.date) for c in talks] == [("talks", "held", "2018-07-13")]


def test_a_call_between_them_is_the_pairs_not_the_states_named_beside_it() -> None:
    found = contacts("Trump met Erdogan on Wednesday. It was their first meeting since Turkey "
                     "sent troops into northern Syria on Oct. 9, days after a phone call between "
                     "them on Oct. 6.", published="2019-11-14")
    calls = [c for c in found if c.format == "phone call"]
    assert [(c.participants, c.date) for c in calls] == [
        (["Donald Trump", "Recep Tayyip Erdoğan"], "2019-10-06")]


def test_the_same_day_is_the_day_named_last_not_the_last_contacts() -> None:
    found = contacts("John Kerry held talks with Xie Zhenhua in Shanghai on Thursday and "
                     "Friday. Vice Foreign Minister Le Yucheng told an interviewer in Beijing on "
                     "Friday that the targets had been hard won. On the same day, Xi held a video "
                     "summit with Macron and Merkel.", published="2021-04-18")
    summit = [c for c in found if c.format == "video call"]
    assert [c.date for c in summit] == ["2021-04-16"]


def test_later_that_day_after_a_dated_contact_keeps_its_day() -> None:
    found = contacts("Erdogan spoke with Putin by phone on Monday. Later that day he spoke "
                     "with Zelensky.", published="2024-05-10")
    assert [c.date for c in found] == ["2024-05-06", "2024-05-06"]
