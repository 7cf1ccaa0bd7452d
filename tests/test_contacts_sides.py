"""A contact lists each side once: a state named beside its own leader or official is that
person's side (sentences written for these tests)."""

from __future__ import annotations

from tests.text_analysis import analysis_of


def _participants(text: str, published: str = "2024-03-08") -> list[list[str]]:
    return [sorted(c.participants) for c in analysis_of(text, published=published).contacts]


def test_a_headline_visit_lists_the_host_leader_without_the_host_state() -> None:
    found = _participants("Modi and Kishida Pledge Closer Ties as Japanese Leader Visits New Delhi",
                          published="2023-03-20")
    assert found == [["Fumio Kishida", "Narendra Modi"]], found


def test_two_states_without_their_people_stay_two_states() -> None:
    found = _participants("Greece and Turkey held talks in Athens on Thursday.")
    assert ["Greece", "Turkey"] in found
