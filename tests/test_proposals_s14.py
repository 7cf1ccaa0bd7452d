"""Proposals, fourteenth session: demands and offers the proposer missed on probe articles
written for the session (a party asked by its place at the table, a condition set with 'as
long as' or 'provided that', the answers of an interview). Sentences written for these tests."""

from __future__ import annotations

from tests.text_analysis import proposals_of


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.proposer, p.addressee, p.issue) for p in proposals_of(text)]


def test_a_party_asked_by_its_place_at_the_table_is_asked() -> None:
    found = _found("Chile's trade minister, Rosa Fuentes, met her Peruvian counterpart in Lima. "
                   "Fuentes asked her guest for an early decision on the fruit quotas.")
    assert [p for p, _, _ in found] == ["Rosa Fuentes"]
    found = _found("The Finnish negotiator asked the Swedish side for its fishing figures.")
    assert [a for _, a, _ in found] == ["Sweden"]
    # no party: a crowd or an audience asked is no one's demand
    assert _found("The singer asked the crowd for a moment of silence.") == []


def test_a_condition_set_with_as_long_as_or_provided_that_asks_for_it() -> None:
    found = _found("Greece was willing to reopen the consulate as long as Albania returned "
                   "the seized archive.")
    assert [(p, a) for p, a, _ in found] == [("Greece", "Albania")]
    found = _found("Norway would sign the fisheries text provided that Iceland dropped its "
                   "claim to the northern banks.")
    assert [(p, a) for p, a, _ in found] == [("Norway", "Iceland")]
    found = _found("Kenya would join the talks on condition that Uganda withdrew its troops.")
    assert [(p, a) for p, a, _ in found] == [("Kenya", "Uganda")]


def test_as_long_as_that_tells_a_time_asks_nothing() -> None:
    assert _found("The envoys would stay in the capital as long as the talks lasted.") == []
    assert _found("Ukraine is prepared to fight as long as it takes.") == []
    assert _found("Russia will keep fighting as long as the West arms Ukraine.") == []


INTERVIEW = (
    "Interview: Estonia's defence minister on the Baltic cable\n\n"
    "Estonia's defence minister, Kalev Tamm, spoke to us in Tallinn. The interview has been "
    "edited for length.\n\n"
    "Q: What do you expect from Helsinki?\n"
    "A: We have asked Finland to share the sonar data from the night of the break.\n\n"
    "Q: And from NATO?\n"
    "A: I would urge the allies to keep their ships in the gulf through the winter.\n")

INTERVIEW_UNLABELLED = (
    "Portugal's envoy: the Atlantic route needs a rescue plan\n\n"
    "Portugal's envoy for migration, Joana Ramos, has worked on the Atlantic route for a "
    "decade. We spoke in Lisbon.\n\n"
    "What is needed now?\n"
    "The European Union should fund a search-and-rescue mission off the Canaries.\n\n"
    "And Morocco?\n"
    "Rabat has done much. We are asking it to open a second reception centre.\n")


def test_the_answers_of_an_interview_are_the_interviewees() -> None:
    found = _found(INTERVIEW)
    assert [p for p, _, _ in found] == ["Kalev Tamm", "Kalev Tamm"]
    found = _found(INTERVIEW_UNLABELLED)
    assert [p for p, _, _ in found] == ["Joana Ramos", "Joana Ramos"]


def test_a_text_that_does_not_say_it_is_an_interview_keeps_its_author() -> None:
    text = INTERVIEW_UNLABELLED.replace(" We spoke in Lisbon.", "")
    assert [p for p, _, _ in _found(text)] == ["author", "author"]


def test_no_one_and_neither_side_ask_for_nothing() -> None:
    assert _found("Neither government has called for a new round of talks.") == []
    assert _found("No country has asked for a delay of the vote.") == []
    # a recommendation to neither side stays one
    assert [p for p, _, _ in _found("Neither side should walk away from the table.")] == [
        "author"]


def test_a_need_questioned_is_no_need_urged() -> None:
    assert _found("Chile's finance minister, Tomas Vidal, questioned the need for a second "
                  "bailout.") == []
    assert len(_found("Chile stressed the need for a second bailout.")) == 1

