"""Contacts in news prose, second round: joint press appearances, venues named in news
("at Mar-a-Lago", "on Capitol Hill", "welcomed X to the White House"), coordinated clauses
with their own subjects, "between" hung on a topic, and a meeting held during a trip.
Sentences written for these tests."""

import pytest

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2018-07-20"):
    return analyze_text(text, published=published).contacts


def summary(found):
    return [(sorted(c.participants), c.format, c.place) for c in found]


def test_joint_news_conference_with_a_leader_is_a_meeting():
    found = contacts("Speaking at a joint news conference with Israeli Prime Minister Benjamin "
                     "Netanyahu, Donald Trump said the embassy would move.")
    assert summary(found) == [(["Benjamin Netanyahu", "Donald Trump"], "meeting", None)]


def test_joint_appearance_with_a_venue_keeps_the_speaker_not_the_venue():
    found = contacts("In a joint appearance at the White House with Polish President Andrzej "
                     "Duda, Donald Trump praised the alliance.")
    assert summary(found) == [(["Andrzej Duda", "Donald Trump"], "meeting", "White House")]


def test_leaders_holding_a_joint_news_conference_met():
    found = contacts("Angela Merkel and Donald Trump held a joint news conference in Berlin.")
    assert summary(found) == [(["Angela Merkel", "Donald Trump"], "meeting", "Berlin")]


def test_a_news_conference_that_is_not_joint_is_no_meeting():
    assert contacts("Donald Trump told a news conference in Brussels that NATO was "
                    "obsolete.") == []


def test_joint_appearance_after_the_meeting_is_not_a_second_mention():
    found = contacts("Donald Trump met Colombian President Juan Manuel Santos on Thursday. "
                     "Later, at a joint news conference with Santos, Trump praised him.")
    assert len(found) == 1 and found[0].format == "meeting"


def test_named_venue_the_tagger_misses():
    found = contacts("Donald Trump met Shinzo Abe at Mar-a-Lago on Tuesday.")
    assert summary(found) == [(["Donald Trump", "Shinzo Abe"], "meeting", "Mar-a-Lago")]


def test_welcomed_to_a_place_says_where():
    found = contacts("Barack Obama welcomed German Chancellor Angela Merkel to the White House "
                     "on Friday.", published="2014-05-03")
    assert summary(found) == [(["Angela Merkel", "Barack Obama"], "meeting", "White House")]


def test_on_capitol_hill_is_a_place():
    found = contacts("Joe Biden met with Senate Republicans on Capitol Hill on Tuesday.",
                     published="2010-12-08")
    assert [c.place for c in found] == ["Capitol Hill"]


def test_truncated_gathering_name_is_not_the_place():
    found = contacts("Donald Trump met Vladimir Putin at the Group of 20 summit in Hamburg.")
    assert [c.place for c in found if "Vladimir Putin" in c.participants] == ["Hamburg"]


def test_coordinated_clause_keeps_its_own_subject():
    found = contacts("The House passed the bill, the speaker pushed it through and then Barack "
                     "Obama negotiated with the Senate.", published="2010-12-08")
    assert [sorted(c.participants) for c in found] == [["Barack Obama", "US Senate"]]


def test_between_hung_on_a_topic_still_names_the_parties():
    found = contacts("Eric Cantor was among the critics of the negotiations on the budget "
                     "between John Boehner and Barack Obama.", published="2014-06-12")
    assert [sorted(c.participants) for c in found] == [["Barack Obama", "John Boehner"]]


def test_between_a_topic_of_places_adds_no_party():
    assert contacts("Diplomats held talks on the border between Russia and Ukraine.") == []


def test_a_later_visit_noun_does_not_turn_a_meeting_into_a_visit():
    found = contacts("Eric Holder spent Wednesday in Ferguson. He met with Missouri Highway "
                     "Patrol Capt. Ron Johnson. Johnson said Holder's visit had calmed the "
                     "town.", published="2014-08-21")
    assert found and found[0].participants == ["Eric Holder", "Ron Johnson"]
    assert found[0].format == "meeting"


def test_a_past_relative_clause_is_held_beside_a_planned_meeting():
    found = contacts("Japanese Prime Minister Shinzo Abe, who visited the White House last week, "
                     "is expected to meet Donald Trump again in Argentina.")
    assert [(c.format, c.status) for c in found] == [("visit", "held"), ("meeting", "planned")]


def test_settlement_named_after_its_region_is_the_place():
    found = contacts("Recep Tayyip Erdogan met Vladimir Putin in the Black Sea resort of Sochi.")
    assert [c.place for c in found] == ["Sochi"]
    found = contacts("Moon Jae-in met Kim Jong Un in the border village of Panmunjom.")
    assert [c.place for c in found] == ["Panmunjom"]


def test_a_meeting_talked_about_in_a_subordinate_clause_is_the_one_before():
    found = contacts("Donald Trump met Vladimir Putin in Helsinki on Monday.\n\nMitch McConnell "
                     "said he had not been told what was said in the meeting.")
    assert [c.participants for c in found] == [["Donald Trump", "Vladimir Putin"]] * 2
    assert found[1].same_as == 0


def test_a_future_office_holder_meeting_another_is_a_contact():
    found = contacts("Donald Trump met Mike Pence in New Jersey on Saturday.",
                     published="2016-07-12")
    assert [c.participants for c in found] == [["Donald Trump", "Mike Pence"]]


def test_a_visit_to_a_seat_of_power_is_placed_there():
    found = contacts("Aung San Suu Kyi visited the White House on Wednesday.")
    assert [(c.format, c.place) for c in found] == [("visit", "White House")]
    found = contacts("The Chinese ambassador, Cui Tiankai, visited Capitol Hill on Wednesday for "
                     "talks with senators.")
    assert [c.place for c in found] == ["Capitol Hill"]


def test_days_of_negotiations_are_what_the_meeting_was_for():
    found = contacts("Steven Mnuchin met with Vice Premier Liu He for two days of negotiations.")
    assert [(c.participants, c.format) for c in found] == [(["Liu He", "Steven Mnuchin"],
                                                            "meeting")]


def test_the_date_in_the_contacts_own_phrase_wins_over_the_report_of_a_call():
    found = contacts("Donald Trump spoke with Xi Jinping by phone on Friday and the two agreed to "
                     "meet in Osaka next month.", published="2019-05-17")
    assert [(c.format, c.date, c.status) for c in found] == [
        ("phone call", "2019-05-17", "held"), ("meeting", "2019-06", "planned")]


def test_a_second_place_joined_to_the_first_is_a_second_meeting():
    found = contacts("Donald Trump and Vladimir Putin met briefly in Vietnam in November and in "
                     "Hamburg in July.", published="2018-01-10")
    assert [(c.place, c.date) for c in found] == [("Vietnam", "2017-11"), ("Hamburg", "2017-07")]
    assert all(c.participants == ["Donald Trump", "Vladimir Putin"] for c in found)
    assert [c.place for c in contacts("Joe Biden met Vladimir Putin in Geneva in June.",
                                      published="2021-07-01")] == ["Geneva"]


def test_the_day_something_was_said_does_not_date_the_contact():
    found = contacts("Kim Jong Un and Donald Trump will hold a second summit early next year, "
                     "South Korean officials said on Monday.", published="2018-12-03")
    assert [(c.format, c.date, c.status) for c in found] == [("summit", None, "planned")]
    found = contacts("Kim Jong Un and Donald Trump will hold a second summit on Friday, South "
                     "Korean officials said on Monday.", published="2018-12-03")
    assert [c.date for c in found] == ["2018-12-07"]


def test_a_headline_infinitive_under_a_report_is_planned():
    found = contacts("Kim and Trump to meet again, officials say", published="2018-12-03")
    assert [c.status for c in found] == ["planned"]


def test_a_perfect_relative_clause_is_held_and_names_no_traveller():
    found = contacts("Shinzo Abe, who has met Vladimir Putin three times this year, is expected "
                     "to visit Washington in January.", published="2018-12-03")
    assert [(c.participants, c.format, c.status) for c in found] == [
        (["Shinzo Abe", "Vladimir Putin"], "meeting", "held"),
        (["Shinzo Abe", "United States"], "visit", "planned")]


def test_the_day_of_another_meeting_does_not_date_the_one_talked_about():
    found = contacts("Donald Trump talked about his meeting with Vladimir Putin during a Cabinet "
                     "meeting on Wednesday.", published="2018-07-19")
    assert [(c.participants, c.date) for c in found] == [
        (["Donald Trump", "Vladimir Putin"], None)]


def test_someone_a_traveller_may_meet_there_is_not_the_host():
    found = contacts("Donald Trump will travel to Paris in November to attend a ceremony, where "
                     "he may meet Vladimir Putin.", published="2018-07-19")
    assert [(c.participants, c.place, c.status) for c in found] == [
        (["Donald Trump", "France"], "Paris", "planned")]


def test_talks_after_a_welcome_are_the_same_visit_and_a_call_last_month_is_another():
    text = ("President Xi Jinping welcomed President Trump to the Great Hall of the People on "
            "Thursday with a lavish ceremony.\n\nThe two leaders held talks for several hours "
            "and announced business deals.\n\nLast month, Mr. Xi spoke by phone with Mr. Trump "
            "about North Korea.")
    found = contacts(text, published="2017-11-09")
    talks = next(c for c in found if "held talks" in c.evidence)
    call = next(c for c in found if "by phone" in c.evidence)
    assert talks.date == "2017-11-09" and talks.format != "phone call"
    assert (call.format, call.date) == ("phone call", "2017-10")
    assert found[0].place == "Great Hall of the People"


def test_a_meeting_during_a_stop_somewhere_is_placed_there():
    found = contacts("During his stop in Beijing, Donald Trump also met with Premier Li Keqiang.",
                     published="2017-11-09")
    assert [c.place for c in found] == ["Beijing"]


def test_a_meeting_only_possible_at_the_destination_is_no_host():
    found = contacts("Donald Trump will fly to Vietnam on Friday for a summit in Da Nang, where a "
                     "meeting with Vladimir Putin is possible.", published="2017-11-09")
    assert [c.participants for c in found if c.format == "visit"] == [
        ["Donald Trump", "Vietnam"]]


def test_two_who_huddled_met_at_the_building_named():
    found = contacts("Paul Ryan and Donald Trump huddled behind closed doors for an hour at the "
                     "Republican National Committee headquarters.", published="2016-05-14")
    assert summary(found) == [(["Donald Trump", "Paul Ryan"], "meeting",
                               "Republican National Committee headquarters")]
    assert contacts("Republicans huddled in the cloakroom.") == []


def test_a_noun_describing_the_contact_itself_keeps_its_date():
    text = ("Finnish President Sauli Niinisto told Vladimir Putin that the border would stay "
            "closed, the Finnish presidency said after the two leaders spoke by phone in their "
            "third conversation this month.")
    contacts = analyze_text(text, published="2022-03-20").contacts
    assert [(c.format, c.date) for c in contacts] == [("phone call", "2022-03")]


@pytest.mark.parametrize("text", [
    "Officials said Ankara saw no basis for a meeting between the two presidents.",
    "Vilnius ruled out a meeting between the foreign ministers of Lithuania and Belarus.",
    "There are no plans for talks between Scholz and Xi Jinping.",
    "No meeting between Lavrov and Kuleba took place.",
])
def test_a_contact_denied_or_put_aside_is_none(text):
    assert analyze_text(text, published="2022-03-12").contacts == []


def test_a_held_contact_with_no_breakthrough_is_still_held():
    contacts = analyze_text("Biden met Xi in Bali on Monday, with no breakthrough on trade.",
                            published="2022-11-16").contacts
    assert [(c.format, c.status) for c in contacts] == [("meeting", "held")]
