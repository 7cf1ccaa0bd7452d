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


def test_people_acting_for_a_state_abroad_stand_for_it() -> None:
    assert ("AGREE", "Sudan", "South Sudan") in tuples(
        "Negotiators from Sudan and South Sudan agreed on a new oil transit fee.")
    found = tuples("The navies of Japan and the Philippines held a joint drill in the "
                   "South China Sea.")
    assert any(t[1:] in (("Japan", "Philippines"), ("Philippines", "Japan")) for t in found)


def test_reciprocal_acts_go_from_each_side_to_the_other() -> None:
    found = tuples("Kazakh President Kassym-Jomart Tokayev called Uzbek President Shavkat "
                   "Mirziyoyev on Sunday. The two presidents congratulated each other on the "
                   "anniversary of ties.")
    assert any(t[0] == "SUPPORT" and {t[1], t[2]} == {"Kassym-Jomart Tokayev",
                                                       "Shavkat Mirziyoyev"} for t in found)
    assert ("SUPPORT", "Kenya", "Tanzania") in tuples(
        "Kenya and Tanzania thanked one another for the help during the floods.")
    assert ("SUPPORT", "Vietnam", "Laos") in tuples(
        "Vietnam and Laos praised each other's efforts against smuggling.")


def test_could_offer_is_a_guess_and_would_offer_said_is_a_pledge() -> None:
    assert not tuples("Seoul might offer Hanoi a new credit line, officials said.")
    assert ("AGREE", "Egypt", None) in tuples("Egypt said it would offer its mediation.")


def test_a_thing_urges_no_one_so_the_sayer_does() -> None:
    found = tuples("Vietnam's foreign ministry said the patrols endangered fishermen and urged "
                   "Beijing and Manila to show restraint.")
    assert {("REQUEST", "Vietnam", "China"), ("REQUEST", "Vietnam", "Philippines")} <= found


def test_a_bare_refusal_answers_the_request_put_to_the_refuser() -> None:
    assert ("REJECT", "Togo", "Ghana") in tuples(
        "Ghana asked Togo to reopen the border. Lomé declined.")
    # a third party refusing answers nobody's request to it
    assert ("REJECT", "Benin", "Ghana") not in tuples(
        "Ghana asked Togo to reopen the border. Benin refused.")


def test_a_second_clause_subject_misread_as_a_conjunct_of_a_day() -> None:
    found = tuples("Colombia released four Venezuelan fishermen on Friday and Venezuela freed "
                   "two Colombian soldiers.")
    assert any(t[:2] == ("RETREAT", "Colombia") for t in found)
    assert any(t[:2] == ("RETREAT", "Venezuela") for t in found)


def test_a_dateline_with_a_day_keeps_the_actor_after_it() -> None:
    found = tuples("ACCRA, Nov 12 - Ghana and Togo signed a border security pact on Tuesday.",
                   published="2024-11-12")
    assert any(t[0] in ("AGREE", "SUPPORT") and {t[1], t[2]} == {"Ghana", "Togo"}
               for t in found)


def test_a_speaker_behind_a_dateline_is_the_apposition_not_the_place() -> None:
    found = tuples("HELSINKI, May 6 - Finland's prime minister, Petteri Orpo, said on Monday "
                   "that the European Union should fund border guards in the east.",
                   published="2024-05-06")
    assert not any(t[1] == "HELSINKI" for t in found)
    assert ("REQUEST", "Petteri Orpo", "European Union") in found
