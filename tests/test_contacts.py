"""Contacts on short sentences written for these tests."""

import pytest

from readout.analyze.pipeline import analyze_articles, analyze_text
from readout.records import Article


def contacts(text, published="2022-03-10", **kw):
    return analyze_text(text, published=published, **kw).contacts


def test_phone_call_with_date_and_parties():
    found = contacts("On March 8, Joe Biden spoke by phone with Volodymyr Zelensky about aid.")
    assert len(found) == 1
    call = found[0]
    assert call.format == "phone call"
    assert call.participants == ["Joe Biden", "Volodymyr Zelensky"]
    assert call.date == "2022-03-08"
    assert call.status == "held"
    assert call.evidence.startswith("On March 8")


def test_planned_meeting_next_month_with_place():
    found = contacts("Emmanuel Macron and Olaf Scholz will meet in Paris next month.",
                     published="2022-01-14")
    assert [(c.format, c.status, c.date, c.place) for c in found] == [
        ("meeting", "planned", "2022-02", "Paris")]


def test_virtual_meeting_is_a_video_call():
    found = contacts("Vladimir Putin and Joe Biden met virtually on Tuesday.",
                     published="2021-12-08")
    assert found and found[0].format == "video call"
    assert found[0].date == "2021-12-07"


def test_wishes_and_conditions_are_not_contacts():
    assert contacts("If Joe Biden meets Vladimir Putin, the allies will be nervous.") == []
    assert contacts("Joe Biden should meet Vladimir Putin soon, analysts argue.") == []
    assert contacts("Putin said he would really like a meeting with Biden.") == []


def test_call_on_is_an_appeal_not_a_call():
    assert contacts("The G7 leaders call on Russia to withdraw its troops at once.") == []


def test_a_later_mention_refers_back():
    text = ("Joe Biden met Volodymyr Zelensky in Kyiv on February 20. "
            "The meeting lasted two hours.")
    found = contacts(text, published="2023-02-21")
    assert len(found) == 2
    assert found[1].same_as == 0
    assert found[1].participants == found[0].participants
    assert found[1].date == "2023-02-20"


def test_no_date_is_invented():
    found = contacts("Joe Biden met Olaf Scholz at the White House.", published=None)
    assert found and found[0].date is None


def test_officials_of_two_governments():
    found = contacts("U.S. and Russian officials held talks in Geneva on Monday.",
                     published="2022-01-12")
    assert found and set(found[0].participants) == {"United States", "Russia"}
    assert found[0].format == "talks"


def test_undated_article_keeps_the_date_words():
    found = contacts("Tomorrow, December 7, Joe Biden and Vladimir Putin will meet virtually.",
                     published=None)
    assert found and found[0].format == "video call" and found[0].status == "planned"
    assert found[0].date is None
    assert found[0].date_text == "December 7"
    assert found[0].to_json()["date_text"] == "December 7"


def test_video_wordings_give_a_video_call():
    for text in ("Joe Biden and Vladimir Putin held a video call on Tuesday.",
                 "Joe Biden had a two-hour video conversation with Vladimir Putin on Tuesday."):
        found = contacts(text, published="2021-12-08")
        assert found and found[0].format == "video call", text
        assert found[0].date == "2021-12-07" and found[0].date_text == "Tuesday"


def test_individually_gives_one_call_per_party():
    found = contacts("Lloyd Austin spoke individually with defense ministers from Canada and "
                     "Turkey.", published="2022-02-24")
    assert sorted(tuple(c.participants) for c in found) == [
        ("Canada", "Lloyd Austin"), ("Lloyd Austin", "Turkey")]


def test_titles_and_pronouns_name_the_party():
    text = ("Secretary of Defense Lloyd J. Austin III spoke with Oleksii Reznikov on Monday. "
            "The Secretary spoke with defense ministers from Canada. "
            "He also convened a virtual meeting with counterparts from France.")
    found = contacts(text, published="2022-02-24")
    assert [c.participants for c in found] == [
        ["Lloyd Austin", "Oleksii Reznikov"], ["Canada", "Lloyd Austin"],
        ["France", "Lloyd Austin"]]
    assert found[2].format == "video call"


def test_trip_to_meet_someone_is_one_contact():
    found = contacts("Joe Biden will travel to Poland next month to meet Andrzej Duda.",
                     published="2023-02-20")
    assert [(c.participants, c.format, c.status, c.place) for c in found] == [
        (["Andrzej Duda", "Joe Biden"], "visit", "planned", "Poland")]


def test_an_envoy_sent_to_two_places_makes_two_visits():
    found = contacts("Joe Biden dispatched CIA Director William Burns to Moscow in November "
                     "and to Germany in January.", published="2022-02-08")
    assert [(c.participants, c.date) for c in found] == [
        (["Russia", "William Burns"], "2021-11"), (["Germany", "William Burns"], "2022-01")]


def test_later_parties_join_the_contact():
    text = ("Today I met with leaders of NATO in Brussels. "
            "We were joined today by Sweden, Finland, and the European Union.")
    article = Article(doc="statement", text=text, published="2022-02-25",
                      title="Statement by President Joe Biden")
    found = next(analyze_articles([article])).contacts
    assert len(found) == 2 and found[1].same_as == 0
    assert found[0].participants == ["European Union", "Finland", "Joe Biden", "NATO",
                                     "Sweden"]


def test_offers_and_generic_mentions_are_not_contacts():
    assert contacts("Joe Biden is open to speaking with Vladimir Putin if that helps.") == []
    assert contacts("Regular contact between foreign ministers would help.") == []
    assert contacts("Washington would engage in a discussion with Moscow.") == []


def test_place_named_before_the_trigger():
    from readout.analyze import analyze_text
    text = ("Leaders part\n\nJune 18, 2021\n\nThe Geneva summit between Joe Biden and Vladimir "
            "Putin ended on Wednesday.\n")
    (contact,) = [c for c in analyze_text(text, published="2021-06-18").contacts]
    assert contact.place == "Geneva"


def test_a_placed_summit_is_not_the_call_mentioned_before():
    from readout.analyze import analyze_text
    text = ("Two conversations\n\nDecember 8, 2021\n\nJoe Biden and Vladimir Putin held a video call "
            "on Tuesday. Their talk in Geneva in June had been warmer, aides said, and the Geneva "
            "summit between Biden and Putin had ended early.\n")
    contacts = analyze_text(text, published="2021-12-08").contacts
    summit = [c for c in contacts if c.place == "Geneva"]
    assert summit and all(c.same_as is None or contacts[c.same_as].format != "video call"
                          for c in summit)


def test_they_after_a_group_meeting_is_the_same_group():
    found = contacts("Antony Blinken and Lloyd Austin met with Volodymyr Zelensky in Kyiv on "
                     "Sunday. They also met with Dmytro Kuleba.", published="2022-04-25")
    assert ["Antony Blinken", "Dmytro Kuleba", "Lloyd Austin"] in [c.participants for c in found]


def test_role_after_a_glued_sentence_end_is_resolved():
    found = contacts("Secretary of Defense Lloyd Austin spoke with Oleksii Reznikov.The Secretary "
                     "spoke individually with ministers from Canada and Turkey.",
                     published="2022-02-24")
    parties = [c.participants for c in found]
    assert ["Canada", "Lloyd Austin"] in parties and ["Lloyd Austin", "Turkey"] in parties


def test_stops_made_to_meet_people_are_visits():
    found = contacts("Lloyd Austin will make stops in Estonia and Latvia later in the week to "
                     "meet local leaders.", published="2023-02-10")
    visits = sorted((c.participants, c.status, c.date) for c in found if c.format == "visit")
    assert visits == [(["Estonia", "Lloyd Austin"], "planned", "2023-02"),
                      (["Latvia", "Lloyd Austin"], "planned", "2023-02")]


def test_stops_on_the_way_are_not_visits():
    found = contacts("On Monday, Lloyd Austin made stops in Germany and Poland to review "
                     "the training of troops.", published="2023-02-10")
    assert [c for c in found if c.format == "visit"] == []


def test_generic_contact_nouns_are_not_contacts():
    assert contacts("Washington should indicate that contact is desirable to Moscow.") == []
    assert contacts("Discussions over narrow issues could still help Russia and the United "
                    "States.") == []


def test_capital_before_summit_is_the_venue_not_a_party():
    found = contacts("Joe Biden and Jens Stoltenberg discussed the upcoming NATO summit. "
                     "Finland hopes to join NATO before the Vilnius Summit.",
                     published="2023-02-08")
    assert all("Lithuania" not in c.participants for c in found)


def test_a_minister_among_their_own_troops_is_no_contact():
    found = contacts("Lloyd Austin met with U.S. service members in Germany on Friday.",
                     published="2023-02-20")
    assert found == []


def test_a_clause_after_comma_and_names_no_counterpart():
    found = contacts("Tomorrow, Joe Biden will be meeting with the leaders of the G7, and the "
                     "United Kingdom and our partners will announce new measures.",
                     published="2022-02-24")
    assert found and all("United Kingdom" not in c.participants for c in found)


def test_their_talks_at_an_organisations_meeting():
    found = contacts("Lloyd Austin met with Ben Wallace today. Their meeting followed their "
                     "discussions at NATO defence ministerial meetings in Brussels last week.",
                     published="2022-10-18")
    assert ["Ben Wallace", "Lloyd Austin", "NATO"] in [c.participants for c in found]


def test_a_place_joined_to_the_month_of_a_leg_is_a_destination():
    found = contacts("Joe Biden sent William Burns to Moscow in November and Germany in "
                     "January to deliver a warning.", published="2022-02-08")
    visits = sorted((c.participants, c.date) for c in found if c.format == "visit")
    assert (["Germany", "William Burns"], "2022-01") in visits


def test_a_meeting_noun_under_a_condition_is_not_a_contact():
    assert contacts("Analysts see little value in a Biden meeting with Putin unless the "
                    "Kremlin changes course.") == []


def test_a_date_in_another_clause_does_not_date_the_contact():
    from readout.analyze import analyze_text
    text = ("Visit\n\nFebruary 8, 2022\n\nChancellor Olaf Scholz met President Joe Biden at the White "
            "House on his first trip to Washington since taking office in December.\n")
    (contact,) = analyze_text(text, published="2022-02-08").contacts
    assert contact.date is None
    dated = ("Visit\n\nFebruary 8, 2022\n\nChancellor Olaf Scholz met President Joe Biden at the "
             "White House on Monday.\n")
    (contact,) = analyze_text(dated, published="2022-02-08").contacts
    assert contact.date == "2022-02-07"


# ---------------------------------------------------------------- news prose (own sentences)
def _summary(found):
    return [(c.participants, c.format, c.date, c.status) for c in found]


def test_each_destination_keeps_its_own_date():
    found = contacts("The envoy Antony Blinken went on to travel to Kyiv on May 4 and to Moscow "
                     "on May 6.", published="2022-05-09")
    assert [(c.participants, c.date, c.place) for c in found] == [
        (["Antony Blinken", "Ukraine"], "2022-05-04", "Kyiv"),
        (["Antony Blinken", "Russia"], "2022-05-06", "Moscow")]


def test_planned_forms_without_a_publication_date_stay_planned():
    for text in ("Emmanuel Macron and Olaf Scholz are set to speak on Friday.",
                 "Emmanuel Macron is due to speak with Olaf Scholz on Friday.",
                 "Emmanuel Macron and Olaf Scholz are to speak by phone on Friday.",
                 "The Elysee said Emmanuel Macron would speak with Olaf Scholz on Friday.",
                 "A summit between Emmanuel Macron and Olaf Scholz is slated for May 3."):
        found = contacts(text, published=None)
        assert [(c.participants, c.status) for c in found] == [
            (["Emmanuel Macron", "Olaf Scholz"], "planned")], text


def test_one_planned_call_named_twice_in_a_sentence_is_one_mention():
    found = contacts("Joe Biden plans to call Vladimir Putin. The two leaders are expected to "
                     "speak by phone.", published=None)
    assert len(found) == 2 and found[1].same_as == 0


def test_requests_appeals_and_offers_are_not_contacts():
    for text in ("Volodymyr Zelensky renewed his calls for a meeting with Vladimir Putin.",
                 "Olaf Scholz called for talks between Vladimir Putin and Volodymyr Zelensky.",
                 "Vladimir Putin ignored repeated calls from Emmanuel Macron to halt the attack.",
                 "Volodymyr Zelensky asked to meet Vladimir Putin.",
                 "Recep Tayyip Erdogan offered talks to Vladimir Putin and Volodymyr Zelensky."):
        assert contacts(text) == [], text


def test_hypothetical_contacts_are_not_contacts():
    assert contacts("If Joe Biden and Xi Jinping meet, tensions could ease.") == []
    assert contacts("Joe Biden could meet Xi Jinping in Bali.") == []


def test_a_meeting_that_only_dates_another_event_is_not_one():
    assert contacts("After the meeting, the Treasury and the Commerce Department issued a "
                    "joint alert.") == []


def test_the_last_meeting_is_not_the_one_just_reported():
    found = contacts("Lloyd Austin hosted the NATO meeting in Brussels on March 9. The allies "
                     "built on the last NATO meeting held in February 2022.",
                     published="2022-03-10")
    # (the host of a member state is on NATO's side: tests/test_contacts_member_hosts.py)
    assert [(c.participants, c.date, c.same_as) for c in found] == [
        (["NATO"], "2022-03-09", None), (["NATO"], "2022-02", None)]


def test_news_formats_sidelines_talks_phone_and_hosting():
    pub = "2022-11-16"
    assert _summary(contacts("Joe Biden held talks with Xi Jinping on Monday.", published=pub)) \
        == [(["Joe Biden", "Xi Jinping"], "talks", "2022-11-14", "held")]
    assert _summary(contacts("Emmanuel Macron spoke by phone with Vladimir Putin on Sunday.",
                             published=pub)) == [
        (["Emmanuel Macron", "Vladimir Putin"], "phone call", "2022-11-13", "held")]
    hosted = contacts("Joe Biden hosted Emmanuel Macron at the White House on Tuesday.",
                      published=pub)
    assert [(c.format, c.place) for c in hosted] == [("meeting", "White House")]
    sidelines = contacts("Joe Biden and Xi Jinping met on the sidelines of the G20 summit in "
                         "Bali on Monday.", published=pub)
    assert (["Joe Biden", "Xi Jinping"], "meeting", "2022-11-14", "held") in _summary(sidelines)


def test_spoke_to_a_person_is_a_call_but_not_to_reporters():
    found = contacts("Joe Biden said he spoke to Volodymyr Zelensky on Monday.",
                     published="2022-05-10")
    assert _summary(found) == [(["Joe Biden", "Volodymyr Zelensky"], "phone call", "2022-05-09",
                                "held")]
    assert contacts("Joe Biden spoke to reporters on Monday.", published="2022-05-10") == []


def test_video_conference_and_reconvene_are_triggers():
    found = contacts("Joe Biden held a video conference with Volodymyr Zelensky on Monday.",
                     published="2022-05-10")
    assert [c.format for c in found] == ["video call"]
    found = contacts("Emmanuel Macron and Olaf Scholz agreed to reconvene in June.",
                     published="2022-05-10")
    assert _summary(found) == [(["Emmanuel Macron", "Olaf Scholz"], "meeting", "2022-06",
                                "planned")]


def test_coming_to_a_capital_is_a_visit_but_coming_to_an_agreement_is_not():
    found = contacts("Sergii Marchenko came to Washington on Tuesday to meet Janet Yellen.",
                     published="2022-05-12")
    assert [(c.format, c.place) for c in found] == [("visit", "Washington")]
    assert contacts("Emmanuel Macron and Olaf Scholz came to an agreement on Tuesday.") == []


def test_a_trip_is_with_the_host_state_not_with_home_agencies():
    found = contacts("During her trip to Warsaw, Poland, today, Vice President Kamala Harris "
                     "announced new aid through USAID.", published="2022-03-10")
    assert [(c.participants, c.format, c.place) for c in found] == [
        (["Kamala Harris", "Poland"], "visit", "Warsaw")]


def test_he_is_the_previous_subject_not_the_latest_man():
    found = contacts("Joe Biden met Emmanuel Macron in Paris. Later he spoke with Olaf Scholz "
                     "by phone.", published="2022-03-10")
    assert [c.participants for c in found] == [["Emmanuel Macron", "Joe Biden"],
                                               ["Joe Biden", "Olaf Scholz"]]


def test_a_leader_and_a_group_met_in_the_same_city_stay_two_meetings():
    found = contacts("Joe Biden met Andrzej Duda in Warsaw on Tuesday. He then met the leaders "
                     "of the Bucharest Nine in Warsaw on Wednesday.", published="2022-02-23")
    assert [(c.participants, c.date) for c in found] == [
        (["Andrzej Duda", "Joe Biden"], "2022-02-22"),
        (["Bucharest Nine", "Joe Biden"], "2022-02-23")]


def test_this_visit_refers_back_to_the_talks_held_during_it():
    found = contacts("Joe Biden held talks with Volodymyr Zelensky in Kyiv today. This is the "
                     "first visit of a US president in fifteen years.", published="2023-02-20")
    assert len(found) == 2 and found[1].same_as == 0
    assert found[1].participants == ["Joe Biden", "Volodymyr Zelensky"]


def test_a_speaker_turn_gives_we_its_party():
    text = ("Warsaw\n\nSECRETARY BLINKEN: Good evening.\n\nRANKING MEMBER MCCAUL: Mike McCaul "
            "here. We just had a video conference with President Zelenskyy.\n\nSECRETARY "
            "BLINKEN: Thank you.")
    found = contacts(text, published="2022-03-05")
    assert [(c.participants, c.format, c.date) for c in found] == [
        (["Mike McCaul", "Volodymyr Zelensky"], "video call", "2022-03-05")]


def test_received_a_leader_is_a_meeting_but_received_aid_is_not():
    found = contacts("Vladimir Putin received Joko Widodo at the Kremlin on Thursday.",
                     published="2022-07-01")
    assert _summary(found) == [(["Joko Widodo", "Vladimir Putin"], "meeting", "2022-06-30",
                                "held")]
    assert contacts("Volodymyr Zelensky received new air defence systems on Thursday.") == []


def test_a_wish_inside_a_call_does_not_undo_the_call():
    found = contacts("Emmanuel Macron and Olaf Scholz urged Vladimir Putin in a call on Saturday "
                     "to hold direct talks with Volodymyr Zelensky.", published="2022-05-30")
    assert _summary(found) == [(["Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"],
                                "phone call", "2022-05-28", "held")]


def test_offering_to_host_talks_is_not_talks():
    assert contacts("Recep Tayyip Erdogan offered to host talks between Vladimir Putin and "
                    "Volodymyr Zelensky in Istanbul.") == []


def test_a_body_gathering_for_a_summit_is_a_planned_summit():
    found = contacts("NATO leaders will gather in Madrid for a summit on June 28.",
                     published="2022-06-15")
    assert _summary(found) == [(["NATO"], "summit", "2022-06-28", "planned")]


def test_a_contact_dated_after_publication_is_planned():
    found = contacts("Antony Blinken is expected to meet Sergei Lavrov on the sidelines of the "
                     "G20 ministers' meeting in Bali next month.", published="2022-06-15")
    assert found and all(c.status == "planned" for c in found)


def test_a_lone_surname_the_gazetteer_knows_is_the_person():
    found = contacts("Scholz told reporters after meeting Zelensky that aid would continue.",
                     published="2022-06-15")
    assert [c.participants for c in found] == [["Olaf Scholz", "Volodymyr Zelensky"]]


def test_a_trip_for_talks_is_one_visit_with_the_host():
    found = contacts("Emmanuel Macron flew to Moscow on Monday for talks with Vladimir Putin.",
                     published="2022-02-08")
    assert [(c.participants, c.format, c.date, c.place) for c in found] == [
        (["Emmanuel Macron", "Vladimir Putin"], "visit", "2022-02-07", "Moscow")]
    found = contacts("Kamala Harris arrived in Warsaw on Wednesday for talks with Andrzej Duda.",
                     published="2022-03-10")
    assert [(c.participants, c.format, c.place) for c in found] == [
        (["Andrzej Duda", "Kamala Harris"], "visit", "Warsaw")]


def test_due_for_talks_is_planned_and_a_body_s_ministers_are_the_body():
    found = contacts("Sergei Lavrov is due in Ankara on Thursday for talks with Mevlut "
                     "Cavusoglu.", published="2022-06-06")
    assert [(c.status, c.date) for c in found] == [("planned", "2022-06-09")]
    found = contacts("Jens Stoltenberg will host NATO foreign ministers in Brussels next week.",
                     published="2022-06-15")
    assert _summary(found) == [(["Jens Stoltenberg", "NATO"], "meeting", "2022-06", "planned")]


def test_negated_declined_and_refused_contacts_are_not_contacts():
    for text in ("Joe Biden will not meet with Benjamin Netanyahu.",
                 "Vladimir Putin has never spoken to Olaf Scholz.",
                 "Benjamin Netanyahu turned down an invitation to meet with Joe Biden.",
                 "Joe Biden declined an opportunity to meet with Benjamin Netanyahu.",
                 "Vladimir Putin refused to meet Volodymyr Zelensky.",
                 "The Kremlin ruled out a meeting between Vladimir Putin and Volodymyr Zelensky."):
        assert contacts(text, published="2022-06-15") == [], text


def test_a_called_off_contact_is_no_contact_unless_put_back_to_a_day():
    # the lead's decision (session 8): a contact cancelled, called off or postponed with no
    # new day neither happened nor stands planned; one moved to a named day is planned then
    assert contacts("Joe Biden and Vladimir Putin cancelled their summit in Helsinki.",
                    published="2022-06-15") == []
    for text in ("The Finnish president postponed his visit to Chile.",
                 "The talks between Peru and Ecuador were called off on Tuesday.",
                 "Olaf Scholz put off his trip to Brazil.",
                 "Olaf Scholz cancelled plans to visit Brazil.",
                 "Japan decided to postpone the summit with South Korea.",
                 "The government said it had cancelled the summit with Japan.",
                 "Chile and Peru blamed each other for the cancellation of their summit."):
        assert contacts(text, published="2023-05-10") == [], text
    found = contacts("The Norwegian foreign minister postponed her visit to Kenya until June 12.",
                     published="2023-05-10")
    assert [(c.format, c.status, c.date) for c in found] == [("visit", "planned", "2023-06-12")]
    found = contacts("The meeting between Olaf Scholz and Lula was rescheduled for Friday.",
                     published="2023-05-10")
    assert [(c.status, c.date) for c in found] == [("planned", "2023-05-12")]
    # only threatened or urged to be called off: still a plan
    found = contacts("The Dutch prime minister threatened to cancel his visit to Morocco.",
                     published="2023-05-10")
    assert [(c.format, c.status) for c in found] == [("visit", "planned")]


def test_people_of_one_state_only_are_no_diplomatic_contact_unless_the_other_side_is_unnamed():
    # (two named lawmakers are each a side of their own since the fresh BASIL gold of
    # 2026-11-23, as the held-out news guidelines count Sanders meeting Reid: see
    # test_contacts_fresh5; since the product decision of the third session a president
    # meeting his own named secretary one to one is reported too, see test_contacts_ruwa;
    # his team or cabinet as a whole stays out)
    assert contacts("Joe Biden met with his national security team at the White House on "
                    "Monday.", published="2022-06-15") == []
    found = contacts("Colin Kahl and Celeste Wallander held consultations with a dozen other "
                     "Allies and partners on Monday.", published="2022-06-15")
    assert [c.format for c in found] == ["talks"]


def test_a_summit_that_only_times_a_speech_is_not_a_contact():
    assert contacts("In remarks before a youth leadership summit, Joe Biden praised the police.",
                    published="2022-06-15") == []


def test_an_appeal_to_act_named_call_is_no_call_but_a_call_held_to_discuss_is():
    assert contacts("Bernie Sanders echoed Joe Biden's earlier call to release the report.",
                    published="2022-06-15") == []
    found = contacts("Joe Biden held a call with Olaf Scholz to discuss Ukraine on Monday.",
                     published="2022-06-15")
    assert [(c.participants, c.format) for c in found] == [
        (["Joe Biden", "Olaf Scholz"], "phone call")]


def test_headline_forms():
    found = contacts("EU defence ministers to meet in Brussels on Monday", published="2022-06-15")
    assert _summary(found) == [(["European Union"], "meeting", "2022-06-20", "planned")]
    found = contacts("Joe Biden agrees in principle to Ukraine summit with Vladimir Putin",
                     published="2022-02-21")
    assert [(c.participants, c.format, c.status) for c in found] == [
        (["Joe Biden", "Vladimir Putin"], "summit", "planned")]
    assert contacts("Kyiv demands Red Cross visit the prison camp", published="2022-07-30") == []
    assert contacts("'Nobody negotiated with Hitler,' says Mateusz Morawiecki",
                    published="2022-04-04") == []


def test_meeting_resistance_and_growing_calls_are_no_contacts():
    assert contacts("Russian forces met fierce resistance near Kyiv on Monday.",
                    published="2022-03-01") == []
    assert contacts("Calls grow for the release of the detained journalist.",
                    published="2022-03-01") == []
    found = contacts("Joe Biden met world leaders in Brussels on Thursday.",
                     published="2022-03-25")
    assert found == [] or found[0].format == "meeting"


def test_a_possessed_visit_is_the_possessor_s_trip():
    found = contacts("The White House rebuked Jair Bolsonaro for his visit to Moscow.",
                     published="2022-02-18")
    assert [(c.participants, c.format, c.place) for c in found] == [
        (["Jair Bolsonaro", "Russia"], "visit", "Moscow")]


def test_a_contact_days_ago_is_dated():
    found = contacts("Emmanuel Macron met Olaf Scholz in Berlin two days ago.",
                     published="2022-05-11")
    assert [c.date for c in found] == ["2022-05-09"]


def test_a_relative_clause_contact_has_the_described_person_as_subject():
    found = contacts("Emmanuel Macron, who met Vladimir Putin in Moscow on Monday, said tensions "
                     "could ease.", published="2022-02-09")
    assert _summary(found) == [(["Emmanuel Macron", "Vladimir Putin"], "meeting", "2022-02-07",
                                "held")]
    found = contacts("Further sanctions would be a mistake, said Yuri Ushakov, who briefed "
                     "reporters after the Biden-Putin phone conversation.",
                     published="2021-12-31")
    assert all("Yuri Ushakov" not in c.participants for c in found)


def test_a_speaker_quoting_their_own_contact_is_its_party():
    found = contacts("“I spoke with President Zelensky this morning,” Joe Biden told reporters.",
                     published="2022-06-15")
    assert _summary(found) == [(["Joe Biden", "Volodymyr Zelensky"], "phone call", "2022-06-15",
                                "held")]
    found = contacts("Joe Biden said: “I met Olaf Scholz yesterday and we agreed on sanctions.”",
                     published="2022-06-15")
    assert _summary(found) == [(["Joe Biden", "Olaf Scholz"], "meeting", "2022-06-14", "held")]


def test_talks_that_are_a_meetings_purpose_are_one_contact():
    found = contacts("Olaf Scholz hosted Emmanuel Macron in Berlin on Monday for talks on the "
                     "eurozone.")
    assert [(c.format, c.participants) for c in found] == [
        ("meeting", ["Emmanuel Macron", "Olaf Scholz"])]


@pytest.mark.parametrize("text", [
    "Campaign spokesman Tom Ruiz says that Governor Ana Kell called Mayor Lena Ortiz on Friday.",
    "Governor Ana Kell called Mayor Lena Ortiz on Friday, spokesman Tom Ruiz said.",
])
def test_whoever_reports_a_contact_is_not_a_party(text):
    found = contacts(text)
    assert [c.participants for c in found] == [["Ana Kell", "Lena Ortiz"]]


def test_a_speaker_reporting_their_own_contact_stays_a_party():
    found = contacts("Antony Blinken said on Monday that he had met Sergey Lavrov in Geneva.")
    assert [c.participants for c in found] == [["Antony Blinken", "Sergey Lavrov"]]


def test_what_a_contact_is_about_is_no_party():
    found = contacts("Germany and France discussed sanctions on Iran at a meeting in Paris on "
                     "Friday.")
    assert [c.participants for c in found] == [["France", "Germany"]]


def test_a_video_call_named_after_a_phone_call_is_another_contact():
    found = contacts("Joe Biden and Vladimir Putin spoke by phone on Thursday. It followed the "
                     "presidents' video call on December 7.", published="2021-12-31")
    kinds = {(c.format, c.date) for c in found}
    assert ("phone call", "2021-12-30") in kinds
    assert ("video call", "2021-12-07") in kinds


def test_a_format_named_after_a_place_is_not_the_place():
    found = contacts("Advisers from Russia, Ukraine, France and Germany met in the Normandy "
                     "format in Paris on Wednesday.", published="2022-01-28")
    assert [c.place for c in found] == ["Paris"]


def test_a_settlement_named_after_its_common_noun_is_the_place():
    found = contacts("Sergei Lavrov and Dmytro Kuleba will meet in the southern Turkish resort of "
                     "Antalya on Thursday.", published="2022-03-07")
    assert [c.place for c in found] == ["Antalya"]


def test_later_in_the_day_is_the_day_of_the_contact_before():
    found = contacts("Recep Tayyip Erdogan spoke with Vladimir Putin by phone on Sunday. Erdogan "
                     "also spoke with Volodymyr Zelensky later in the day.",
                     published="2022-03-07")
    assert {(tuple(c.participants), c.date) for c in found} == {
        (("Recep Tayyip Erdoğan", "Vladimir Putin"), "2022-03-06"),
        (("Recep Tayyip Erdoğan", "Volodymyr Zelensky"), "2022-03-06")}


def test_a_speaker_set_into_the_clause_is_no_party():
    found = contacts("Joe Biden and Vladimir Putin spoke by phone on Thursday. Both presidents, "
                     "Dmitry Peskov said, backed the series of talks planned for January: a "
                     "round in Geneva on January 10 and a session in Vienna on January 13.",
                     published="2021-12-31")
    assert found and all("Dmitry Peskov" not in c.participants for c in found)


def test_the_visit_refers_back_to_the_trip_not_the_talks_held_during_it():
    text = ("Lula chose Beijing for his first foreign trip since his inauguration, and he left "
            "on Friday having given Xi Jinping most of what he wanted from the visit.\n\n"
            "The state visit began on Tuesday with a meeting in the Great Hall. Lula also held "
            "talks with Premier Li Qiang and invited Xi to visit Brazil.\n\n"
            "For Lula, the visit brought few gains.\n")
    found = contacts(text, published="2023-05-10")
    talks = [c for c in found if "Li Qiang" in c.participants]
    assert [c.format for c in talks] == ["talks"]
    assert sorted(found[-1].participants) == ["China", "Luiz Inácio Lula da Silva"]


def test_hosting_the_leaders_of_named_states_for_a_summit_of_their_body():
    # the host meets the leaders of the states named, in the format of the purpose noun; the
    # body the states belong to ("of the Quad") is what the summit is of, not a party
    found = contacts("Prime Minister Fumio Kishida hosted the leaders of the United States, "
                     "India and Australia in Osaka on Friday for a summit of the Quad.",
                     published="2023-05-10")
    assert [(sorted(c.participants), c.format) for c in found] == [
        (["Australia", "Fumio Kishida", "India", "United States"], "summit")]
    found = contacts("William Ruto hosted the leaders of Uganda, Tanzania and Rwanda in Nairobi "
                     "on Monday.", published="2023-05-10")
    assert [(sorted(c.participants), c.format) for c in found] == [
        (["Rwanda", "Tanzania", "Uganda", "William Ruto"], "meeting")]
