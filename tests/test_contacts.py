"""Contacts on short sentences written for these tests."""

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
