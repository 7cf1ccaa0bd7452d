"""Contacts on short sentences written for these tests."""

from readout.analyze.pipeline import analyze_text


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
