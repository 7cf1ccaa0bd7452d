"""Back-references across an article (session 10): a repeat that leaves a party unnamed ("the
meeting lasted two hours") is reported only when the article gives it one antecedent. The
sentences are the project's own."""

from __future__ import annotations

from tests.text_analysis import analysis_of

TWO_MEETINGS = ("Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday. "
                "On Wednesday he met Prime Minister Donald Tusk in Warsaw. ")
ONE_MEETING = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday. "


def contacts_of(text: str) -> list[tuple]:
    return [(sorted(c.participants), c.date, c.same_as, c.evidence)
            for c in analysis_of(text, published="2024-05-10").contacts]


def test_a_repeat_with_one_antecedent_stays() -> None:
    found = contacts_of(ONE_MEETING + "The meeting lasted two hours.")
    assert found[-1] == (["Emmanuel Macron", "Olaf Scholz"], "2024-05-07", 0,
                         "The meeting lasted two hours.")


def test_an_unnamed_repeat_after_two_contacts_is_left_out() -> None:
    found = contacts_of(TWO_MEETINGS + "The meeting lasted two hours.")
    assert [f[0] for f in found] == [["Emmanuel Macron", "Olaf Scholz"],
                                     ["Donald Tusk", "Olaf Scholz"]]


def test_one_named_party_who_met_twice_does_not_fix_the_antecedent() -> None:
    found = contacts_of(TWO_MEETINGS + "Scholz said the meeting had been useful.")
    assert len(found) == 2


def test_a_repeat_naming_both_parties_stays() -> None:
    found = contacts_of(TWO_MEETINGS + "Scholz and Tusk said the meeting had been useful.")
    assert found[-1][:3] == (["Donald Tusk", "Olaf Scholz"], "2024-05-08", 1)


def test_a_repeat_that_only_dates_another_act_is_left_out() -> None:
    # one candidate, but "before the talks began" tells nothing of the talks themselves
    found = contacts_of("Foreign Minister Penny Wong held talks with Foreign Minister Wang Yi in "
                        "Canberra on Monday. Hours before the talks began, protesters gathered "
                        "outside Parliament House.")
    assert len(found) == 1


def test_the_visit_is_a_trip_not_the_talks_held_during_it() -> None:
    # the talks with the premier are no candidate for "the visit"
    found = contacts_of("President Cyril Ramaphosa arrived in Tokyo on Monday for a state visit. "
                        "He held talks with Prime Minister Fumio Kishida on Tuesday. "
                        "Ramaphosa said the visit had been a success.")
    assert found[-1][2] == 0 and "Ramaphosa said" in found[-1][3]
