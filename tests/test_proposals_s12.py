"""Proposals, twelfth session: demands told as warnings ('warned Warsaw not to block the
budget'); who 'he'/'she' is after a sentence in which one person told another something
(sentences written for these tests)."""

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


def test_he_after_one_told_another_goes_on_with_the_teller() -> None:
    # the one spoken to ('him') is named last, yet the speaker goes on speaking
    found = _found("When Scholz and Macron met in Berlin on Monday, the French president told "
                   "him, in front of the cameras, that Europe could no longer rely on others "
                   "for its defence. He urged Germany to buy European weapons.")
    assert [(p, a) for p, a, _ in found] == [("Emmanuel Macron", "Germany")]


def test_a_pronoun_of_the_listeners_gender_only_is_the_listener() -> None:
    text = "Annalena Baerbock told Antony Blinken on Friday that Europe was worried. "
    found = _found(text + "She urged Washington to release the funds.")
    assert [p for p, _, _ in found] == ["Annalena Baerbock"]
    found = _found(text + "He urged Berlin to raise its spending.")
    assert [p for p, _, _ in found] == ["Antony Blinken"]


def test_would_do_better_to_is_advice_to_the_subject_not_its_act() -> None:
    # an opinion piece: the author advises; 'propose' is what Tokyo is advised to do
    found = _found("Opinion: A Harbour Worth Sharing\n\nThe dispute will not settle itself, "
                   "and Tokyo would do better to propose a joint survey than to wait for one "
                   "to be imposed.")
    assert [(p, a) for p, a, _ in found] == [("author", "Japan")]
    assert found[0][2].startswith("propose a joint survey")


def test_would_do_well_not_to_keeps_the_negation() -> None:
    found = _found("Opinion: Quiet Is a Policy\n\nSeoul would do well not to answer every "
                   "provocation.")
    assert [(a, i.split()[:2]) for _, a, i in found] == [("South Korea", ["not", "answer"])]


def test_did_well_to_propose_is_a_proposal_made() -> None:
    # (a past choice praised: Berlin did propose)
    found = _found("Berlin did well to propose a compromise on the budget.")
    assert [p for p, _, _ in found] == ["Germany"]


def test_a_threat_waiting_on_an_act_left_undone_demands_the_act() -> None:
    found = _found("Britain will impose new sanctions if Iran does not return to the talks.")
    assert [(p, a, i) for p, a, i in found] == [("United Kingdom", "Iran",
                                                  "return to the talks")]
    found = _found("Ankara would not ratify the accession if Stockholm did not extradite the "
                   "suspects.")
    assert [(p, a) for p, a, _ in found] == [("Turkey", "Sweden")]
    assert "extradite the suspects" in found[0][2]


def test_a_threat_waiting_on_an_act_done_asks_nothing() -> None:
    # the condition is what the party opposes, not what it asks for
    assert _found("Washington would respond decisively if Russia invaded Ukraine.") == []
    assert _found("If diplomacy failed, he said, Washington would look to other options.") == []


def test_a_past_unreal_condition_asks_nothing() -> None:
    assert _found("The ayatollah told his guest that if Russia had not moved first, NATO "
                  "would have started the war.") == []


def test_a_bare_be_after_a_modal_takes_the_state_of_the_sentence_before() -> None:
    found = _found("Opinion: Time to Move\n\nOlaf Scholz has said he is in no hurry. He "
                   "should be, because every week of delay costs money.\n")
    assert found == [("author", "Olaf Scholz", "be in a hurry")]
    found = _found("Opinion: Time to Move\n\nThe minister says she is not worried about the "
                   "deficit. She should be.\n")
    assert [i for _, _, i in found] == ["be worried about the deficit"]


def test_a_bare_be_said_of_another_than_the_state_before_is_left() -> None:
    # the state was said of the bank, not of 'she': nothing to recover
    assert _found("Opinion: Time to Move\n\nThe minister says the bank is not worried about "
                  "the deficit. She should be.\n") == []


def test_his_guest_is_the_other_party_of_the_meeting_told_before() -> None:
    found = _found("Spanish Prime Minister Pedro Sánchez received German Chancellor Olaf "
                   "Scholz in Madrid on Tuesday. At a dinner, Sánchez urged his guest to back "
                   "the new fund.")
    assert [(p, a) for p, a, _ in found] == [("Pedro Sánchez", "Olaf Scholz")]


def test_partners_named_by_another_tie_are_not_the_meeting_party() -> None:
    found = _found("Olaf Scholz met Emmanuel Macron in Paris on Monday. Scholz urged his "
                   "partners in the coalition to support the budget.")
    assert [(p, a) for p, a, _ in found] == [("Olaf Scholz", None)]


def test_unnamed_negotiators_stand_for_a_state_of_the_contact() -> None:
    found = _found("Opinion: After Brussels\n\nOlaf Scholz and Emmanuel Macron met in Brussels "
                   "on Friday and agreed to keep talking. First, the negotiators should put the "
                   "draft back on the table.\n")
    assert [(p, a in ("France", "Germany")) for p, a, _ in found] == [("author", True)]
