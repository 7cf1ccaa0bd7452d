"""Proposals: the general kinds of error found on the second writer's diplomacy news
(tests/gold/written_proposals_dev2.json, bench/written_news/dev2), each on sentences of the
project's own, and the gate of that set."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.gold_checks import assert_written_proposals_gold, load_bench
from tests.text_analysis import proposals_of

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "written_proposals_dev2.json"


def test_terms_the_parties_agreed_on_are_not_proposals() -> None:
    assert proposals_of("The leaders agreed that a full ceasefire should be in place by the end "
                        "of the month, and that prisoners would be exchanged.") == []
    assert proposals_of("The ministers agreed that the two sides must resume talks in Oslo.") == []


def test_a_third_party_named_in_an_agreed_clause_is_still_asked() -> None:
    found = proposals_of("The ministers agreed that Iran must halt enrichment at once.")
    assert [p.addressee for p in found] == ["Iran"]


def test_one_who_agrees_alone_concurs_with_the_proposal() -> None:
    found = proposals_of("Senator Ann Lee agreed that the voting rules should be changed, but "
                         "she said the change should wait until the spring.")
    assert [p.proposer for p in found] == ["Ann Lee", "Ann Lee"]


def test_insisting_on_a_bare_verb_demands_and_not_of_the_speakers_own_state() -> None:
    found = proposals_of("Turkey has insisted that Sweden extradite the suspects.")
    assert [(p.proposer, p.addressee) for p in found] == [("Turkey", "Sweden")]
    assert proposals_of("Turkey has insisted that Sweden keeps its promises.") == []
    found = proposals_of("Putin's government has insisted that Russia keep its fleet in the "
                         "port.")
    assert len(found) == 1 and found[0].proposer in ("Vladimir Putin", "Russia")
    assert found[0].addressee is None


def test_a_passive_proposal_proposes_its_subject_by_its_agent() -> None:
    found = proposals_of("A ceasefire was proposed by Qatar on Monday.")
    assert [(p.proposer, p.issue) for p in found] == [("Qatar", "ceasefire")]
    found = proposals_of("The choice of Geneva was proposed by the Swiss side.")
    assert [(p.proposer, p.issue) for p in found] == [("Switzerland", "choice of Geneva")]


def test_the_one_written_to_is_asked_by_a_participle_of_proposing() -> None:
    found = proposals_of("Trump wrote to Supreme Leader Ayatollah Ali Khamenei in March proposing "
                         "negotiations; the letter was delivered by an envoy.")
    assert [(p.proposer, p.addressee) for p in found] == [("Donald Trump", "Ali Khamenei")]


def test_an_order_in_an_opinion_piece_is_the_authors_recommendation() -> None:
    found = proposals_of("Editorial: The truce was a good start. Now make it last beyond the "
                         "winter\n\nThe truce held for a week. The leaders deserve credit.")
    assert [(p.proposer, p.issue) for p in found] == [("author", "make it last beyond the winter")]
    found = proposals_of("Opinion: Keep the channel to Beijing open\n\nThe talks matter. Send "
                         "the envoys back to Geneva.")
    assert [p.issue for p in found] == ["Keep the channel to Beijing",
                                        "Send the envoys back to Geneva"]


def test_an_order_in_a_news_report_is_no_recommendation_of_the_author() -> None:
    assert proposals_of("Police clear the square\n\nMake way for the convoy, police told "
                        "drivers on Monday.") == []


def test_gold_holds_offsets_only_of_development_articles() -> None:
    gold = json.loads(GOLD.read_text("utf-8"))
    assert_written_proposals_gold(gold, "dev2")
    assert re.search(r"F1 0\.737", gold["notes"]) and re.search(r"F1 0\.741", gold["notes"])


def test_written_dev2_proposals_floor() -> None:
    # blind: batch 1 F1 0.737, batch 2 0.741; after the fixes they led to: P/R/F1
    # 1.0/0.917/0.957, addressee 0.909, proposer 1.0, no tempting output (1.0/0.957/0.978
    # once Ryan's 'must appreciate that' became borderline). Tuned on, so the floors sit a few
    # units under the measured figures.
    result = load_bench("proposals_written2").run()
    assert result["f1"] >= 0.92, result
    assert result["precision"] >= 0.95, result
    assert result["recall"] >= 0.88, result
    assert result["proposer_accuracy_of_found"] >= 0.95, result
    assert result["addressee_accuracy_of_matched"] >= 0.87, result
    assert result["tempting_fp"] <= 0, result


def test_a_condition_on_which_a_party_is_not_ready_is_no_demand() -> None:
    assert proposals_of("The president wrote that Maduro was not ready for a deal if Brazil "
                        "was involved.") == []
    found = proposals_of("Maduro said he was ready to resume talks if Washington lifted the "
                         "sanctions.")
    assert [p.proposer for p in found] == ["Nicolás Maduro"]


def test_a_pronoun_in_the_clause_a_party_is_told_is_that_party() -> None:
    found = proposals_of("The EU told Belgrade it must lift the tariffs before talks can "
                         "resume.")
    assert [(p.proposer, p.addressee) for p in found] == [("European Union", "Serbia")]
    found = proposals_of("Washington told Kyiv that it should not strike targets inside Russia.")
    assert [p.addressee for p in found] == ["Ukraine"]
    # a told party's duty backshifted ('had to') is still asked of it; one's own is not
    found = proposals_of("Qatar told Hamas that it had to release the hostages first.")
    assert [(p.proposer, p.addressee) for p in found] == [("Qatar", "Hamas")]
    assert proposals_of("The minister told reporters that he had to leave early.") == []


def test_a_party_told_to_grasp_a_fact_is_no_demand() -> None:
    # The lead's decision (session 8): 'X must appreciate/understand that P' asks for no
    # action, so it stays outside demands; the dev2 gold marks its one such item borderline.
    assert proposals_of("The senator said in a statement that the prime minister must "
                        "appreciate that the neighbour is no friend.") == []
    found = proposals_of("The senator said in a statement that the prime minister must "
                         "recall the ambassador.")
    assert len(found) == 1
