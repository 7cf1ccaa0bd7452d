"""Proposals on fresh war headlines and timeline updates: the general causes found on
tests/gold/fresh_proposals_dev2.json (RUWA headlines with subheadings, annotator 3's updates),
each on a sentence of the project's own."""

from __future__ import annotations

from readout.records import Proposal
from tests import text_analysis


def proposals_of(text: str) -> list[Proposal]:
    return text_analysis.proposals_of(text, published="2022-06-01")


def test_a_dash_credit_after_a_headline_names_the_proposer() -> None:
    found = proposals_of("Grain corridor must stay open \u2013 Erdogan")
    assert [(p.proposer, p.issue) for p in found] == [("Recep Tayyip Erdoğan", "stay open")]


def test_a_bare_title_credit_is_the_person_the_subheading_names_with_it() -> None:
    found = proposals_of("Allies should send more air defence systems - minister\n\n"
                         "Ukrainian Defence Minister Oleksii Reznikov said on Monday that deliveries "
                         "were too slow.")
    assert [p.proposer for p in found] == ["Oleksii Reznikov"]


def test_an_unnamed_group_credited_after_a_dash_is_no_author() -> None:
    found = proposals_of("Oil embargo must be widened to work -economists")
    assert [p.proposer for p in found] == ["economists"]


def test_an_agency_credit_after_a_finished_sentence_names_no_speaker() -> None:
    found = proposals_of("Parliament said the bloc must act now. \u2014 Agency.")
    assert all(p.proposer != "Agency" for p in found)


def test_an_appeal_for_something_is_a_call() -> None:
    found = proposals_of("UN appeals for access to the dam")
    assert [(p.proposer, p.issue) for p in found] == [("United Nations", "access to the dam")]
    found = proposals_of("The Red Cross appealed to both sides to let civilians leave.")
    assert [p.proposer for p in found] == ["International Committee of the Red Cross"]


def test_a_legal_appeal_is_no_proposal() -> None:
    assert proposals_of("The lawyer appeals the death sentence.") == []


def test_an_owners_call_to_act_is_a_proposal() -> None:
    found = proposals_of("Hours after Israel honored the UN's call to maintain the truce, "
                         "rockets were fired.")
    assert [(p.proposer, p.issue) for p in found] == [("United Nations", "maintain the truce")]


def test_a_headline_call_owned_by_a_name_before_it() -> None:
    found = proposals_of("Turkey backs IAEA call for shelling near the dam to stop, envoy says")
    assert [p.proposer for p in found] == ["IAEA"]


def test_a_wake_up_call_asks_nothing() -> None:
    assert proposals_of("Analysts say the massacre marks a wake-up call for Western powers.") \
        == []


def test_a_place_a_group_is_based_in_is_not_its_owner() -> None:
    found = proposals_of("London-based diplomats urge Hungary to condemn the strikes")
    assert found and all(p.proposer != "United Kingdom" for p in found)
    assert [p.addressee for p in found] == ["Hungary"]


def test_the_subject_nearest_the_verb_when_a_label_opens_the_line() -> None:
    found = proposals_of("War news from May 3: German Chancellor Olaf Scholz will fly to Ankara "
                         "on Friday to press for the blockade to end.")
    assert [p.proposer for p in found] == ["Olaf Scholz"]


def test_an_insight_urged_is_no_proposal_but_facts_asked_for_are() -> None:
    assert proposals_of("Members of the bloc must understand that, no matter how high the cost "
                        "of deterrence, the price of war will be higher.") == []
    assert len(proposals_of("Voters should know what those questions are now.")) == 1


def test_a_demanding_verb_tagged_as_a_noun_still_demands() -> None:
    found = proposals_of("\"We welcome the offers of help and urge that to happen as soon as "
                         "possible,\" UN Secretary General Antonio Guterres stressed")
    assert [p.proposer for p in found] == ["António Guterres"]


def test_another_partys_plan_taken_up_is_its_proposal() -> None:
    found = proposals_of("Moscow had agreed to a Turkish plan to open the ports, free the "
                         "sailors and hold talks with Kyiv.")
    assert [(p.proposer, p.addressee) for p in found] == [("Turkey", "Russia")]
    found = proposals_of("Kyiv rejected the Kremlin's plan for a truce.")
    assert [(p.proposer, p.addressee) for p in found] == [("Russia", "Ukraine")]


def test_ones_own_plan_or_a_plan_of_no_one_is_no_proposal() -> None:
    assert proposals_of("Russia unveiled its plan to hold votes in the occupied regions.") == []
    assert proposals_of("The leaders discussed a plan to rebuild the bridge.") == []


def test_a_consent_refused_unless_a_condition_is_met_demands_it() -> None:
    found = proposals_of("Russia replied to Ukrainian demands by saying that no demands would "
                         "be met unless its security was guaranteed.")
    assert [(p.proposer, p.issue) for p in found] == [("Russia", "its security was guaranteed")]


def test_a_headline_label_before_a_colon_names_the_speaker() -> None:
    found = proposals_of("Scholz addresses EU summit: Russia must be held to account\n\n"
                         "He spoke on Friday.")
    assert [p.proposer for p in found] == ["Olaf Scholz"]
    found = proposals_of("Heusgen: Germany must provide Ukraine with defensive weapons\n\n"
                         "Christoph Heusgen, chairman of the Munich Security Conference, spoke "
                         "on Monday.")
    assert [(p.proposer, p.addressee) for p in found] == [("Christoph Heusgen", "Germany")]


def test_a_dateline_or_a_kind_label_before_a_colon_is_no_speaker() -> None:
    for text in ("War news from June 2: Europe must send more shells",
                 "Explainer: Europe must send more shells"):
        assert [p.proposer for p in proposals_of(text)] == ["author"]


def test_the_person_a_title_names_not_the_country_of_the_title() -> None:
    for text in ("Moldova's prime minister, Natalia Gavrilita, urged donors to send more aid.",
                 "Prime Minister of Moldova Natalia Gavrilita has called on donors to send "
                 "more aid."):
        assert [p.proposer for p in proposals_of(text)] == ["Natalia Gavrilita"]


def test_all_you_need_to_know_is_a_heading() -> None:
    assert proposals_of("Grain deal explained: all you need to know") == []


def test_a_demand_and_the_modal_it_reports_are_one_proposal() -> None:
    found = proposals_of("Lithuania urged that the bloc must act.")
    assert [(p.proposer, p.issue) for p in found] == [("Lithuania", "act")]
