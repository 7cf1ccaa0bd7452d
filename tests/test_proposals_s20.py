"""Proposals, twentieth session: false positives that recur across the written dev splits
(dev3 … dev16), written again in other words on the session's probe sentences. Sentences
written for these tests."""

from __future__ import annotations

from tests.text_analysis import proposals_of


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.proposer, p.addressee, p.issue) for p in proposals_of(text)]


def test_wanting_an_outcome_one_would_share_is_an_aim_of_ones_own() -> None:
    for text in ("The prime minister said Chile wanted access to the Pacific ports by peaceful "
                 "means.",
                 "Tokyo wants a deal on fishing rights, a spokesman said.",
                 "The chancellor said Germany wanted an end to the war that was just."):
        assert _found(text) == [], text
    # a thing another party gives is still asked of it, and an outcome wanted from someone
    assert [p for p, _, _ in _found("The Russian foreign minister said Moscow wanted legally "
                                    "binding guarantees.")] == ["Russia"]
    assert [p for p, _, _ in _found("Ankara wants a deal from Washington on the jets.")] == [
        "Turkey"]


def test_a_judgement_put_to_nobody_in_particular_asks_no_party() -> None:
    assert _found("Nobody should mistake this for a breakthrough.") == []
    assert _found("No one in Ottawa should confuse the handshake with a truce.") == []
    # "none of" some things: the things are to stop, what the writer recommends
    assert [i for _, _, i in _found("None of her objections should stop the ministry from "
                                    "publishing the report.")] == [
        "stop the ministry from publishing the report"]


def test_a_rule_given_as_a_reason_urges_no_step() -> None:
    assert _found("Because each member state must ratify the accord, Hungary's veto could "
                  "stall it for a year.") == []
    assert _found("Because every signatory must consent, the Greek objection may block the "
                  "deal.") == []
    # the recommendation the reason supports still stands
    assert [i for _, _, i in _found("Seoul should reopen the line because Pyongyang must not be "
                                    "left isolated, she said.")] == ["reopen the line"]


def test_a_headline_surname_the_tagger_missed_is_the_person_named_below() -> None:
    # (the tagger reads these surnames as an adjective)
    found = _found("Albanese presses Luxon over river water at Delhi talks\n\nPrime Minister "
                   "Anthony Albanese met Christopher Luxon on Monday.")
    assert [(p, a) for p, a, _ in found] == [("Anthony Albanese", "Christopher Luxon")]
    found = _found("Costa presses Sanchez over the water treaty\n\nPrime Minister Antonio "
                   "Costa met Pedro Sanchez in Lisbon on Monday.")
    assert [p for p, _, _ in found] == ["António Costa"]


def test_some_of_a_group_unnamed_is_no_one_proposer() -> None:
    assert [p for p, _, _ in _found("Diplomats said some governments had proposed a second "
                                    "round of talks in Geneva.")] == [None]
    assert [p for p, _, _ in _found("Officials said several countries had offered to host "
                                    "the next round, but no date was set.")] == [None]


def test_a_stressing_reflexive_is_not_the_subject() -> None:
    found = _found("Limits on missiles in Europe and rules to avoid incidents are the kind of "
                   "measures Russia has itself proposed in the past.")
    assert [p for p, _, _ in found] == ["Russia"]


def test_a_topic_called_a_priority_in_passing_urges_nothing() -> None:
    assert _found("On rare earths, a priority for Brussels, the two sides made little "
                  "progress.") == []
    # the priority stated for the parties still recommends
    assert len(_found("Sunak said a free trade deal is the priority for both sides.")) == 1


def test_seeking_leave_to_act_from_no_one_named_is_an_application() -> None:
    assert _found("Mexico's state oil company Pemex is seeking a permit to drill off "
                  "Veracruz.") == []
    # sought from a party, it is asked of that party
    assert [p for p, _, _ in _found("Kyiv is seeking permission from Washington to strike "
                                    "targets inside Russia.")] == ["Ukraine"]


def test_a_party_asked_by_pronoun_is_the_one_it_stands_for() -> None:
    found = _found("Scholz phoned Orban on Friday and asked him to lift the veto on the aid "
                   "package.")
    assert [(p, a) for p, a, _ in found] == [("Olaf Scholz", "Viktor Orbán")]
    # a pronoun no party stands for is asked nothing
    assert _found("The coach asked him to speak.") == []
