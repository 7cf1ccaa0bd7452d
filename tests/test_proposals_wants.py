"""Proposals: wants and seeks as demands, stands voiced for others, mocked demands, cited
principles, the public and unnamed groups as demanders. Every sentence is the project's own."""

from __future__ import annotations

from readout.records import Proposal
from tests import text_analysis


def proposals_of(text: str) -> list[Proposal]:
    return text_analysis.proposals_of(text, published="2022-06-01")


# -- wants and seeks ---------------------------------------------------------------------------

def test_a_party_that_wants_a_step_of_policy_proposes_it() -> None:
    found = proposals_of("Senator Maria Alvarez spoke in Ottawa on Monday. She also wants to "
                         "extend the grain corridor through the winter.")
    assert [(p.proposer, p.issue) for p in found] == [
        ("Maria Alvarez", "extend the grain corridor through the winter")]


def test_wanting_another_party_to_act_names_it_as_addressee() -> None:
    found = proposals_of("The Polish president wants NATO to station more troops on the "
                         "eastern flank.")
    assert [(p.proposer, p.addressee) for p in found] == [("Andrzej Duda", "NATO")]


def test_seeking_arms_is_a_demand() -> None:
    found = proposals_of("Kyiv is seeking more long-range missiles from its Western partners.")
    assert [p.proposer for p in found] == ["Ukraine"]
    assert "missiles" in found[0].issue


def test_wants_that_ask_nothing_of_anyone_are_no_proposals() -> None:
    for text in ("The chancellor wants to win the next election.",
                 "The minister wants a photo op with the troops.",
                 "The president does not want to send troops.",
                 "The senator wants to release her tax returns but can't.",
                 "The governor seeks re-election in November.",
                 "The jets Kyiv wants would take months to arrive."):
        assert proposals_of(text) == [], text


def test_a_reported_past_want_is_a_demand() -> None:
    found = proposals_of("The Russian foreign minister said Moscow wanted legally binding "
                         "guarantees.")
    assert [p.proposer for p in found] == ["Russia"]


# -- stands voiced for others, mockery, principles ---------------------------------------------

def test_a_premise_the_speaker_attributes_is_its_holders() -> None:
    found = proposals_of(
        'The host told listeners on Monday, "The Kremlin has sent marching orders to its '
        'friendly outlets to repeat one story. I mean, that\'s the basic premise. Kyiv needs '
        'to give up the east. Washington needs to stop sending arms."')
    assert [p.proposer for p in found] == ["Russia", "Russia"]


def test_a_position_spelled_out_after_a_colon_is_its_holders() -> None:
    found = proposals_of("In 2019 the Finnish premier took a clear position on the "
                         "pipeline: the bloc should drop the project.")
    assert [p.proposer for p in found] == ["Sanna Marin"]


def test_a_demand_voiced_to_mock_it_is_nobodys_proposal() -> None:
    assert proposals_of("Oh yes, Washington should simply hand the islands to Moscow and "
                        "apologise, the analyst Jonas Berg mocked.") == []
    assert proposals_of("Of course Europe must freeze in the dark, the blogger wrote "
                        "sarcastically.") == []


def test_a_principle_is_credited_to_the_one_who_cites_it() -> None:
    found = proposals_of("Writing in a weekly, the historian Anna Weiss recalled the principle "
                         "that countries should be free to choose their own alliances.")
    assert [p.proposer for p in found] == ["Anna Weiss"]
    found = proposals_of("An unnamed diplomat invoked the old principle that borders must not "
                         "be changed by force.")
    assert len(found) == 1 and found[0].proposer in (None, "farmers")


def test_a_share_of_the_public_is_not_the_state() -> None:
    found = proposals_of('The poll found that a majority of Germans now believe "that we '
                         'should send more tanks."')
    assert all(p.proposer != "Germany" for p in found)


def test_an_unnamed_group_that_demands_is_not_the_one_who_reports_it() -> None:
    found = proposals_of("The ambassador said talks were slow, though she noted farmers are "
                         "beginning to demand compensation for the lost harvest.")
    assert len(found) == 1 and found[0].proposer in (None, "farmers")


def test_a_principle_one_party_raises_is_that_partys_not_its_critics() -> None:
    found = proposals_of('"The ministry keeps turning a dispute over fishing quotas into the grand '
                         'principle that coastal states must control their own waters," the '
                         'analyst Tomas Reyes said.')
    assert [p.proposer for p in found] == [None]
    found = proposals_of('"Canada keeps turning a dispute over fishing quotas into the grand '
                         'principle that coastal states must control their own waters," the '
                         'analyst Tomas Reyes said.')
    assert [p.proposer for p in found] == ["Canada"]


def test_a_how_heading_that_names_the_step_recommends_it() -> None:
    found = proposals_of("How Europe Can (and Should) Talk to Ankara\n\nBy Lena Ortiz\n\n"
                         "The bloc has options.")
    assert [p.issue for p in found] == ["Talk to Ankara"]
    assert proposals_of("What Europe needs to do\n\nThe bloc has options.") == []
