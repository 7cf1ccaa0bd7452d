"""Cooperation events (PLOVER SUPPORT, CONCEDE, AID, ...) in constructions the checklist
tests/checklist/events_cooperation.json measures: support voiced through a noun ("expressed
solidarity with"), a stance given up ("dropped its veto"), aid told from the receiving side
("received jets from X and Y"). Every sentence here is the project's own, none an item of the
checklist."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def tuples(text: str, published: str = "2024-03-12") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def test_support_voiced_through_a_noun() -> None:
    assert ("SUPPORT", "Poland", "Lithuania") in tuples(
        "Poland expressed solidarity with Lithuania over the border incidents.")
    assert ("SUPPORT", "Chile", "Bolivia") in tuples(
        "The Chilean government voiced its sympathy to Bolivia after the landslide.")
    assert ("SUPPORT", "Pedro Sánchez", "Morocco") in tuples(
        "Prime Minister Pedro Sánchez offered his condolences to Morocco after the earthquake.")


def test_sympathy_not_expressed_is_no_support() -> None:
    assert not any(t[0] == "SUPPORT" for t in tuples(
        "Poland did not express solidarity with Lithuania."))


def test_a_stance_given_up_is_a_concession() -> None:
    assert ("CONCEDE", "Austria", "Croatia") in tuples(
        "Austria withdrew its objection to Croatia joining the Schengen area.")
    found = tuples("Greece dropped its veto on the trade pact with Mercosur.")
    assert any(t[:2] == ("CONCEDE", "Greece") for t in found)
    assert not any(t[0] == "REJECT" for t in found)


def test_withdrawing_troops_stays_a_retreat() -> None:
    assert ("RETREAT", "Brazil", "Haiti") in tuples("Brazil withdrew its troops from Haiti.")


def test_aid_told_from_the_receiving_side() -> None:
    assert ("AID", "United Arab Emirates", "Jordan") in tuples(
        "Jordan received two tonnes of medicine from the United Arab Emirates.")
    assert ("AID", "IMF", "Egypt") in tuples("Egypt secured a $3 billion loan from the IMF.")
    found = tuples("Moldova received a new shipment of gas from Romania and Bulgaria on Friday.")
    assert {("AID", "Romania", "Moldova"), ("AID", "Bulgaria", "Moldova")} <= found


def test_receiving_something_else_is_no_aid() -> None:
    assert not any(t[0] == "AID" for t in tuples(
        "The senator received an award from the university."))
    assert not any(t[0] == "AID" for t in tuples(
        "Jordan did not receive any weapons from the United Arab Emirates."))
