"""Events where a party's people or legislators take on their own state's government: the
own-side rule that keeps Putin from targeting Russia must not keep a nominee from targeting the
administration he runs against. The sentences are written for these tests."""

from readout.analyze import analyze_text


def _events(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events]


def test_a_party_nominee_attacks_his_own_state_s_administration():
    found = _events("Republican presidential nominee Dale Whitcombe has repeatedly targeted the "
                    "Obama administration for not taking a tougher line with Iran.", "2012-09-20")
    assert ("ACCUSE", "Dale Whitcombe", "United States") in found


def test_a_head_of_state_still_does_not_target_his_own_state():
    found = _events("Vladimir Putin accused Russia of nothing; he accused Ukraine of shelling "
                    "the plant.", "2022-08-10")
    assert all(target != "Russia" for _, actor, target in found if actor == "Vladimir Putin")
