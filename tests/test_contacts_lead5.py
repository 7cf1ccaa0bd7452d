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
