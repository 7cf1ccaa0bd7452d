"""Proposals and demands: triggers, list items, proposer, addressee, issue; grouping by issue.
Sentences are the project's own."""

from __future__ import annotations

import pytest

from readout.analyze.pipeline import analyze_text
from readout.records import Article, ArticleAnalysis, Proposal
from readout.story.issues import classify_issue, group_proposals
from tests import text_analysis


def proposals_of(text: str, author: str | None = None) -> list[Proposal]:
    return text_analysis.proposals_of(text, author=author, published="2022-01-20")


def test_author_recommendation_with_addressee_and_issue() -> None:
    found = proposals_of("Washington should reopen the consulates it closed last year.",
                         author="Jane Roe")
    assert len(found) == 1
    p = found[0]
    assert p.proposer == "Jane Roe" and p.addressee == "United States"
    assert "reopen the consulates" in p.issue
    assert p.evidence == p.evidence.strip() and p.kind == "recommendation"


def test_author_placeholder_without_byline() -> None:
    found = proposals_of("NATO must keep its door open to new members.")
    assert [(p.proposer, p.addressee) for p in found] == [("author", "NATO")]


def test_subject_of_demand_verb_is_proposer() -> None:
    found = proposals_of("Russia demanded written guarantees from NATO on Tuesday.")
    assert [(p.proposer, p.addressee, p.kind) for p in found] == [("Russia", "NATO", "demand")]
    assert "guarantees" in found[0].issue


def test_called_for_and_urged() -> None:
    called = proposals_of("Olaf Scholz called for an immediate ceasefire in the east.")
    assert called and called[0].proposer == "Olaf Scholz" and "ceasefire" in called[0].issue
    urged = proposals_of("Antony Blinken urged Moscow to pull its forces back.")
    assert urged and urged[0].proposer == "Antony Blinken" and urged[0].addressee == "Russia"


def test_speaker_of_quote_is_proposer() -> None:
    text = '"Both sides must return to the negotiating table," Jens Stoltenberg said.'
    found = proposals_of(text, author="Jane Roe")
    assert found and found[0].proposer == "Jens Stoltenberg"


def test_two_recommendations_in_one_sentence() -> None:
    found = proposals_of("Kyiv should propose a prisoner swap, and Moscow should accept it.")
    assert [p.addressee for p in found] == ["Ukraine", "Russia"]


def test_list_items_under_lead_in_are_one_proposal_each() -> None:
    text = ("The two leaders should agree on these steps:\n\n"
            "— Reopening of the closed consulates in both capitals.\n\n"
            "— New talks on limiting intermediate-range missiles.\n\n"
            "— A standing hotline between the two defence ministries.\n\n"
            "Nothing of this will be easy.")
    found = proposals_of(text, author="Jane Roe")
    assert len(found) == 3
    assert all(p.proposer == "Jane Roe" for p in found)
    assert found[0].issue.startswith("Reopening of the closed consulates")
    assert found[1].evidence.startswith("— New talks")


def test_not_proposals() -> None:
    assert proposals_of("Should the president travel to Kyiv?") == []
    assert proposals_of("What the envoy needs to do next is unclear.") == []
    assert proposals_of('"Should Paris drop its objection, the deal would pass," she said.') == []
    denial = proposals_of("Vladimir Putin insists that he has no plans to attack anyone.")
    assert denial == []


def _analysis(doc: str, proposals: list[Proposal]) -> ArticleAnalysis:
    return ArticleAnalysis(article=Article(doc=doc, text=""), proposals=proposals)


def test_grouping_across_articles() -> None:
    def p(issue: str, evidence: str) -> Proposal:
        return Proposal(proposer="author", addressee=None, issue=issue, evidence=evidence,
                        start=0, end=len(evidence))
    one = _analysis("a", [p("return of diplomats", "Return of diplomats to both capitals."),
                          p("freeze on NATO expansion", "A freeze on NATO expansion.")])
    two = _analysis("b", [p("reverse the reduction of embassy staff",
                            "They should reverse the cuts to embassy staff."),
                          p("no further enlargement of the alliance",
                            "NATO should halt enlargement.")])
    groups = {g.key: g for g in group_proposals([one, two])}
    assert groups["diplomatic_presence"].sources == ["a", "b"]
    assert groups["nato_expansion"].sources == ["a", "b"]
    assert classify_issue("weather in spring", "It may rain.") is None


def test_proposals_reach_the_brief() -> None:
    from readout.render.brief import build_brief
    a = analyze_text("Washington should send observers to the border.", doc_id="x")
    brief = build_brief([a])
    assert brief["proposals"] and brief["proposals"][0]["key"] == "observers"
    assert brief["proposals"][0]["items"][0]["cite"]["n"] == 1


def test_issue_is_the_act_urged_not_the_one_urged() -> None:
    found = proposals_of("The minister urged Belgrade to lift the border checks at once.")
    assert found and found[0].addressee == "Serbia"
    assert found[0].issue.startswith("lift the border checks")


def test_issue_of_an_essential_clause_keeps_its_subject_and_stops_at_a_second_clause() -> None:
    essential = proposals_of('"It is vital that Moldova never hosts foreign bases," '
                             "the envoy said.")
    assert essential and essential[0].issue == "Moldova never hosts foreign bases"
    two = proposals_of("Vladimir Putin said Russia should not be blamed for the shortages and "
                       "that Europe was cutting its own supplies.")
    assert two and two[0].issue == "Russia not blamed for the shortages"


def test_an_issue_label_does_not_run_into_the_byline() -> None:
    found = proposals_of("Kremlin presses for written guarantees\n\nBy Ines Waller\n\n"
                         "MOSCOW — Officials repeated the demand on Monday.")
    assert found and "\n" not in found[0].issue and "Waller" not in found[0].issue


def test_addressee_of_a_subject_that_stands_for_the_parties_in_view() -> None:
    text = ("Joe Biden and Vladimir Putin will meet in Geneva next week. "
            "The talks should avoid another round of recriminations. "
            "The two governments should restore their embassies' staff. "
            "Biden's first task is to reassure the allies.")
    found = {p.issue.split()[0]: p.addressee for p in proposals_of(text, author="Jane Roe")}
    assert found.get("avoid") == "Joe Biden"
    assert found.get("restore") == "United States"
    assert "Joe Biden" in found.values()


def _proposals(text, published="2016-09-30"):
    return analyze_text(text, published=published).proposals


@pytest.mark.parametrize("text", [
    "The mine had to close for a month because of the low demand for thermal coal.",
    "Demand for metallurgical coal has roared back in recent months.",
    "By now it should be obvious that voters want to see the returns.",
    "He has proposed little in the way of reform, and he has not proposed anything new.",
    "Much of the rise followed laws proposed during the 1970s.",
    "The senator should have acted sooner, critics said.",
])
def test_descriptions_are_not_proposals(text):
    assert _proposals(text) == []


def test_the_issue_is_the_act_not_the_subject():
    (found,) = _proposals("A poll found that most voters said Mr. Trump should release his "
                          "tax returns.")
    assert found.issue == "release his tax returns"
    (found,) = _proposals("Europe must be able to defend itself, Hollande said.")
    assert found.issue == "able to defend itself"


@pytest.mark.parametrize("text", [
    "Experts said her plans might change should she become president.",
    "He might have to reach into a new bag of tricks.",
    "She didn't need to hear any more.",
    "You don't have to come up with a fortune for your kid, the adviser said.",
    "It is part of a history that isn't told like it should be.",
    "The moderator asked them to refrain from attacks, a request not always honored.",
])
def test_hedges_and_asides_are_not_proposals(text):
    assert _proposals(text) == []


def test_what_is_called_for_is_the_issue_and_one_sentence_one_recommendation():
    (found,) = _proposals("In July, the NAACP called for a moratorium on charter schools.")
    assert found.issue.startswith("moratorium on charter schools")
    found = _proposals('"Immunity deals should not be a requirement for cooperating with the '
                       'FBI," the chairman said.')
    assert len(found) == 1


def test_the_proposer_of_a_reported_recommendation_is_who_reports_it():
    (found,) = _proposals("The secretary-general condemned the killings, telling reporters that "
                          "those responsible must face punishment.", published="2011-02-22")
    assert found.proposer != "author"
    (found,) = _proposals("Many revolutionaries push for a no vote in the referendum.")
    assert found.proposer is None


def test_a_national_proposal_is_that_states():
    found = _proposals("The Pentagon said it had rejected a Chinese proposal for a meeting of "
                       "defence chiefs.", published="2023-06-19")
    assert [p.proposer for p in found] == ["China"]


@pytest.mark.parametrize("text", [
    "He has yet to explain why the loopholes were kept.",
    "The main requirement for the visa program is a lawful source of income.",
])
def test_undone_acts_and_stated_rules_are_not_proposals(text):
    assert _proposals(text) == []


def test_called_on_to_act_names_the_party_called_upon() -> None:
    found = proposals_of("Estonia called on the European Union to widen the sanctions on Minsk.")
    assert [(p.proposer, p.addressee, p.kind) for p in found] == \
        [("Estonia", "European Union", "proposal")]
    assert "widen the sanctions" in found[0].issue


def test_called_for_someone_to_act() -> None:
    found = proposals_of("Finland called for peace talks to resume.")
    assert [(p.proposer, p.issue) for p in found] == [("Finland", "peace talks to resume")]
    found = proposals_of("The EU called for Russian troops to withdraw at once.")
    assert found and found[0].proposer == "European Union" and "withdraw" in found[0].issue


def test_asking_a_party_for_something_is_a_demand() -> None:
    found = proposals_of("Moldova has asked NATO for air defence systems.")
    assert [(p.proposer, p.addressee, p.kind, p.issue) for p in found] == \
        [("Moldova", "NATO", "demand", "air defence systems")]
    # questions, the passive and requests to no party are not demands
    for text in ("Reporters asked the minister whether he would resign.",
                 "The minister was asked to comment.",
                 "The mayor asked the crowd to welcome the guests."):
        assert proposals_of(text) == [], text
