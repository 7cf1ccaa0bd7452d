"""Proposals, seventeenth session: mechanisms found studying dev13 and the leftovers of the
session before, written again in other words on the session's probe sentences. Sentences
written for these tests."""

from __future__ import annotations

from tests.text_analysis import proposals_of


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.proposer, p.addressee, p.issue) for p in proposals_of(text)]


def test_a_verb_of_demanding_in_an_embedded_question_asks_nothing() -> None:
    assert _found("Asked whether Manila would ask Washington to send more ships, Marcos said "
                  "the alliance was strong.") == []
    assert _found("Asked whether he had pressed Netanyahu to allow more aid into Gaza, "
                  "Cameron said the talks had been frank.") == []
    # the asker's own next act, in a tense of its own, is outside the question
    found = _found("Wong asked whether Iran would attend and urged Tehran to free the "
                   "prisoners.")
    assert [(a, i) for _, a, i in found] == [("Iran", "free the prisoners")]


def test_a_demand_there_is_no_sign_of_was_not_made() -> None:
    assert _found("There is no sign that Macron pressed Xi for the release of the detained "
                  "journalists.") == []
    assert _found("There was no indication that Scholz urged Modi to condemn the "
                  "invasion.") == []
    # 'no sign of' something else leaves a demand beside it
    found = _found("There was no sign of a deal, but Macron urged both sides to keep talking.")
    assert [(p, i) for p, _, i in found] == [("Emmanuel Macron", "keep talking")]


def test_no_need_for_a_thing_urges_no_step() -> None:
    assert _found('Erdogan told Mitsotakis that the region had no need for what he called '
                  '"new tensions", and that the two countries would keep talking.') == []
    # a need stated stays a recommendation
    found = _found("Erdogan told Mitsotakis that the region had a need for calm.")
    assert [i for _, _, i in found] == ["calm"]


def test_a_promise_to_press_for_something_later_is_a_pledge_not_a_demand() -> None:
    assert _found("The deal dropped the threat of sanctions in return for French promises to "
                  "support the new fund and to push for tougher rules if Moscow used gas as a "
                  "weapon.") == []
    assert _found("Berlin promised to press for new sanctions if Minsk held the opposition "
                  "leader.") == []
    # a promise beside a demand of one's own leaves the demand
    found = _found("Germany promised aid and urged Minsk to free the prisoners.")
    assert [(p, a) for p, a, _ in found] == [("Germany", "Belarus")]
