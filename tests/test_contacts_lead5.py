"""A talk named as the setting of an advice or a duty ("In talking with Putin, Biden has to
avoid …") is no contact the article reports. Sentences written for this test."""

from readout.analyze import analyze_text


def _contacts(text: str) -> list[tuple[list[str], str, str]]:
    return [(c.participants, c.format, c.status)
            for c in analyze_text(text, published="2021-12-06").contacts]


def test_a_talk_under_an_obligation_is_no_contact():
    assert _contacts("In talking with Ana Varga, the minister has to avoid the border "
                     "question.") == []
    assert _contacts("When meeting Xi Jinping, Biden must raise Taiwan.") == []


def test_a_planned_call_before_it_stays():
    found = _contacts("Tomorrow, Presidents Joe Biden and Vladimir Putin will meet virtually. "
                      "In talking with Putin, Biden has to avoid topics that would anger allies.")
    assert found == [(["Joe Biden", "Vladimir Putin"], "video call", "planned")]


def test_a_place_that_owns_a_wish_is_not_where_the_contact_was():
    found = analyze_text("Putin and Biden spoke by phone on Thursday. The call, held at "
                         "Moscow's request, lasted about an hour.", published="2021-12-31").contacts
    assert [c.place for c in found] == [None, None]
    found = analyze_text("Biden met Putin at Geneva's Villa La Grange on June 16.",
                         published="2021-06-17").contacts
    assert [c.place for c in found] == ["Geneva"]


def test_a_participle_opening_the_sentence_is_done_by_its_subject():
    found = _contacts("Speaking with Vladimir Putin by phone on Tuesday, Joe Biden warned him "
                      "of sanctions.")
    assert found == [(["Joe Biden", "Vladimir Putin"], "phone call", "held")]
    found = analyze_text("After meeting Vladimir Putin in Geneva, Joe Biden told reporters the "
                         "talks were good.", published="2021-06-17").contacts
    assert [(c.participants, c.place) for c in found][:1] == [
        (["Joe Biden", "Vladimir Putin"], "Geneva")]
    assert _contacts("Speaking to reporters on Tuesday, Joe Biden said he was hopeful.") == []
