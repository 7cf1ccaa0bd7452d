"""Contacts: fixes from the fourth fresh golds (whole BASIL articles, tests/gold/
basil_contacts_dev4.json, and four timelines never used before, timeline_contacts_dev4.json).
Sentences written for these tests."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2019-01-25"):
    return analyze_text(text, published=published).contacts


def parties(found):
    return [sorted(c.participants) for c in found]


def test_two_lawmakers_of_one_state_meeting_is_a_contact():
    found = contacts("Mitch McConnell and Chuck Schumer huddled on Thursday night to look for "
                     "a way out of the standoff.")
    assert parties(found) == [["Chuck Schumer", "Mitch McConnell"]]
    assert found[0].date == "2019-01-24"
    found = contacts("Nancy Pelosi met Mitch McConnell in the Capitol on Monday.")
    assert parties(found) == [["Mitch McConnell", "Nancy Pelosi"]]
    # a lone lawmaker with the chamber they sit in is still no contact
    assert contacts("Mitch McConnell met the Senate on Monday.") == []


def test_plans_announced_to_hold_a_summit_are_the_announcers():
    found = contacts("The G20 announced plans to hold a summit on trade in Osaka.",
                     published="2018-11-02")
    assert parties(found) == [["G20"]]
    assert found[0].format == "summit" and found[0].status == "planned"
    found = contacts("Emmanuel Macron announced plans to meet Vladimir Putin next month.",
                     published="2018-11-02")
    assert parties(found) == [["Emmanuel Macron", "Vladimir Putin"]]
    assert found[0].date == "2018-12"


def test_a_trip_of_others_called_off_is_not_the_cancellers():
    found = contacts("The row deepened, with Theresa May cancelling a Labour parliamentary "
                     "trip to Kenya.", published="2019-03-02")
    assert all("Theresa May" not in c.participants for c in found)
    assert contacts("Donald Trump cancelled a congressional trip to Brussels on Thursday.") == []
    # one's own trip called off is no contact either (the lead's decision of session 8: it
    # neither happened nor stands planned; it was reported as planned before)
    assert contacts("Donald Trump cancelled his trip to Denmark.") == []


def test_a_time_of_day_with_no_day_named_before_is_the_report_day():
    found = contacts("Fighting went on for hours. In the evening, Angela Merkel phoned "
                     "Vladimir Putin.", published="2015-02-10")
    assert found[0].date == "2015-02-10"
    found = contacts("At 09:30, the UN Security Council held an urgent meeting on the crisis.",
                     published="2015-02-10")
    assert parties(found) == [["UN Security Council"]]
    assert found[0].date == "2015-02-10"
    # a day named just before is the evening's
    found = contacts("On Sunday, the talks broke down. In the evening, Angela Merkel phoned "
                     "Vladimir Putin.", published="2015-02-10")
    assert [c.date for c in found if "Angela Merkel" in c.participants] == ["2015-02-08"]
    found = contacts("The council on Friday condemned the test. Following a late-afternoon "
                     "meeting, the UN Security Council issued a statement.",
                     published="2015-02-10")
    assert [c.date for c in found] == ["2015-02-06"]
    # a month named before fixes no day: no date is invented
    found = contacts("In January the talks broke down. In the evening, Angela Merkel phoned "
                     "Vladimir Putin.", published="2015-02-10")
    assert [c.date for c in found if "Angela Merkel" in c.participants] == [None]


def test_a_place_written_as_initials_is_the_states_name():
    found = contacts("Shinzo Abe begins a visit to the U.S. next week.", published="2017-02-03")
    assert found[0].place == "United States"
    found = contacts("Justin Trudeau is visiting the UK.", published="2017-02-03")
    assert found[0].place == "United Kingdom"


def test_conferring_by_phone_is_a_phone_call():
    found = contacts("Angela Merkel and Emmanuel Macron conferred by telephone on Tuesday.",
                     published="2018-03-08")
    assert [c.format for c in found] == ["phone call"]
    found = contacts("Justin Trudeau conferred with Theresa May in Ottawa.",
                     published="2018-03-08")
    assert [c.format for c in found] == ["talks"]  # in person, no phone named


def test_a_dispatch_dateline_places_the_meeting_its_lead_reports():
    text = ("Leaders talk for hours\n\nVIENNA — Angela Merkel met Sebastian Kurz on Tuesday "
            "and discussed migration. Angela Merkel phoned Emmanuel Macron afterwards.")
    found = contacts(text, published="2018-03-07")
    meeting = next(c for c in found if "Sebastian Kurz" in c.participants)
    assert meeting.place == "Vienna"
    # a call has no place from the dateline, nor a planned meeting
    assert all(c.place is None for c in found if c.format == "phone call")
    found = contacts("PARIS — Angela Merkel will meet Sebastian Kurz next month.",
                     published="2018-03-07")
    assert found[0].place is None


def test_an_ordinal_day_alone_is_that_day_of_the_month():
    found = contacts("Angela Merkel met Sebastian Kurz in Vienna on the 5th.",
                     published="2018-03-07")
    assert found[0].date == "2018-03-05"
    found = contacts("Angela Merkel met Sebastian Kurz in Vienna on the 28th.",
                     published="2018-03-07")
    assert found[0].date == "2018-02-28"  # later in the month than the article: the month before
    found = contacts("Angela Merkel met Sebastian Kurz, a leader of the 21st century.",
                     published="2018-03-07")
    assert found[0].date is None


def test_they_after_two_people_in_the_sentence_are_those_two():
    found = contacts("Angela Merkel found Emmanuel Macron ready to compromise, and in a series "
                     "of calls they settled the text.", published="2018-03-07")
    assert parties(found) == [["Angela Merkel", "Emmanuel Macron"]]
    assert found[0].format == "phone call"


def test_a_delegation_of_a_regions_leaders_is_its_body():
    found = contacts("A delegation of African leaders held talks with Robert Mugabe in Harare.",
                     published="2008-06-20")
    assert parties(found) == [["African Union", "Robert Mugabe"]]
    # leaders of a region meeting on their own keep the label the text gives
    found = contacts("Asian leaders met Robert Mugabe in Harare.", published="2008-06-20")
    assert "African Union" not in found[0].participants


def test_hyphenated_meeting_nouns():
    found = contacts("Donald Trump had a one-on-one with Vladimir Putin on Monday.",
                     published="2018-07-17")
    assert [(sorted(c.participants), c.format, c.date) for c in found] == [
        (["Donald Trump", "Vladimir Putin"], "meeting", "2018-07-16")]
    found = contacts("Donald Trump's sit-down with Vladimir Putin lasted two hours.",
                     published="2018-07-17")
    assert parties(found) == [["Donald Trump", "Vladimir Putin"]]
    assert contacts("The one-on-one format drew criticism from Donald Trump.",
                    published="2018-07-17") == []


def test_the_executive_travelling_to_the_legislatures_seat_meets_it():
    found = contacts("Joe Biden will travel to Capitol Hill on Thursday.", published="2022-12-08")
    assert [(sorted(c.participants), c.format, c.status) for c in found] == [
        (["Joe Biden", "US Congress"], "visit", "planned")]
    # a lawmaker at the legislature is at home: no contact
    assert contacts("Chuck Schumer will travel to Capitol Hill on Thursday.",
                    published="2022-12-08") == []


def test_a_plan_at_a_clock_time_is_for_the_report_day_only_when_sure():
    found = contacts("Joe Biden will meet Nancy Pelosi around 4:30 p.m.", published="2010-12-08")
    assert [c.date for c in found] == ["2010-12-08"]
    found = contacts("Joe Biden will travel to Capitol Hill at 10 a.m.", published="2022-12-08")
    assert [c.date for c in found] == ["2022-12-08"]
    # another day named just before: the plan's day is not sure
    found = contacts("The vote was on Monday. Joe Biden will meet Nancy Pelosi at 10 a.m.",
                     published="2010-12-08")
    assert [c.date for c in found] == [None]


def test_this_afternoon_before_a_clock_time_names_the_report_day():
    found = contacts("The deal was announced on Monday night. Joe Biden planned to return to "
                     "Capitol Hill this afternoon. Officials said Joe Biden will travel to "
                     "Capitol Hill around 4:30 p.m.", published="2010-12-08")
    assert found and all(c.date == "2010-12-08" for c in found)
