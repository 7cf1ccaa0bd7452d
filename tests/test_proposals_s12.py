"""Proposals, twelfth session: demands told as warnings ('warned Warsaw not to block the
budget') (sentences written for these tests)."""

from __future__ import annotations

from tests.text_analysis import proposals_of


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.proposer, p.addressee, p.issue) for p in proposals_of(text)]


def test_a_warning_not_to_act_demands_it_of_the_one_warned() -> None:
    found = _found("Berlin has warned Warsaw not to block the budget.")
    assert [(p, a) for p, a, _ in found] == [("Germany", "Poland")]
    assert "block the budget" in found[0][2]


def test_a_warning_to_act_demands_the_act() -> None:
    found = _found("France warned Italy on Monday to stop the shipments.")
    assert [(p, a) for p, a, _ in found] == [("France", "Italy")]
    assert "stop the shipments" in found[0][2]


def test_a_warning_of_what_may_happen_demands_nothing() -> None:
    assert _found("Officials in Paris warned that the talks could collapse.") == []
    assert _found("Moscow warned it would respond if the alliance moved closer.") == []


def test_a_warning_to_an_audience_or_a_pronoun_is_no_demand_of_a_party() -> None:
    # (the public and 'him' are not parties the article names)
    assert _found("The ministry warned citizens not to travel to the border region.") == []
    assert _found("She warned him not to interfere.") == []
