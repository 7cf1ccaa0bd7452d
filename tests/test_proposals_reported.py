"""Proposals in reported diplomacy (the timeline set's kinds): conditions of consent,
statements that call for something, relative clauses and passive requests.
Sentences are the project's own."""

from __future__ import annotations

from readout.records import Proposal
from tests import text_analysis


def proposals_of(text: str) -> list[Proposal]:
    return text_analysis.proposals_of(text, published="2014-07-20")


def test_a_refused_consent_states_its_condition_as_a_demand() -> None:
    found = proposals_of("Egypt said it would not accept any truce that does not include the "
                         "reopening of the border crossings.")
    assert [(p.proposer, p.kind) for p in found] == [("Egypt", "demand")]
    assert "reopening of the border crossings" in found[0].issue


def test_no_deal_accepted_without_a_condition_is_the_tellers_demand() -> None:
    found = proposals_of("Turkey told its partners that no agreement will be accepted without "
                         "the withdrawal of foreign fighters.")
    assert [p.proposer for p in found] == ["Turkey"]
    assert "withdrawal of foreign fighters" in found[0].issue


def test_an_unconditional_refusal_is_no_proposal() -> None:
    assert proposals_of("Egypt said it would not accept the truce.") == []


def test_a_statement_calling_for_something_is_its_issuers_call() -> None:
    found = proposals_of("The Arab League issued a statement calling for an end to the "
                         "shelling.")
    assert [p.proposer for p in found] == ["Arab League"]


def test_a_later_participle_of_the_statement_is_still_the_issuers() -> None:
    found = proposals_of("Norway issued a statement on Monday. The statement did not name "
                         "either side, instead requesting that Qatar mediate.")
    assert [p.proposer for p in found] == ["Norway"]


def test_a_call_misparsed_as_joined_to_an_object_keeps_the_clause_subject() -> None:
    found = proposals_of("In the evening, the OSCE released a statement condemning the "
                         "attacks on monitors, the seizure of their vehicles, and called for "
                         "the release of the detained staff.")
    assert any(p.proposer == "OSCE" and "release" in p.issue for p in found)


def test_a_proposal_told_in_a_relative_clause_is_its_owners() -> None:
    found = proposals_of("Both sides were studying Antony Blinken's plan, which would call "
                         "for an immediate truce.")
    assert [p.proposer for p in found] == ["Antony Blinken"]


def test_a_relative_clause_on_a_party_names_the_proposer() -> None:
    found = proposals_of("The rules were attacked by Lindsey Graham, who has called for a "
                         "full repeal.")
    assert [p.proposer for p in found] == ["Lindsey Graham"]


def test_a_relative_clause_on_a_thing_proposes_nothing() -> None:
    assert proposals_of("It is a problem that demands a quick answer.") == []


def test_the_subject_of_a_passive_request_is_asked_not_asking() -> None:
    found = proposals_of("Residents were requested to stay indoors until noon.")
    assert all(p.proposer is None for p in found)
    assert [p.addressee for p in found] == ["residents"]


def test_gerunds_listed_as_motives_are_no_demands() -> None:
    text = ("Putin has several motives. They include hyping a threat, claiming that Russia is "
            "a great power, demanding respect from the West.")
    assert not any(p.proposer == "Russia" for p in proposals_of(text))


def test_a_trailing_credit_the_parse_coordinates_is_the_proposer() -> None:
    from readout.analyze.pipeline import analyze_text

    found = analyze_text("The alliance's answer to any chemical attack must be swift, but "
                         "measured, Estonia's prime minister says", published="2022-05-02"
                         ).proposals
    assert found and found[0].proposer not in (None, "author")


def test_calls_no_one_owns_are_not_the_authors() -> None:
    from readout.analyze.pipeline import analyze_text

    found = analyze_text("Calls for calm as clashes spread near the border crossing",
                         published="2022-05-02").proposals
    assert found and all(p.proposer is None for p in found)
