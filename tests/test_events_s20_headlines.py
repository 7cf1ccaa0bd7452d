"""Events of verbs a headline now shows as verbs (readout_headline_verbs), and the same
readings in the body: attacking a measure, claiming a raid, a pledge to the one met."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.text_analysis import event_triples as triples  # noqa: E402

BODY = "\n\nThe two sides gave no further details on Tuesday.\n"


def test_attacking_a_measure_or_a_law_is_criticism_not_force() -> None:
    found = triples("Orban and Fico attacked the new EU migration law in Bratislava on Monday.")
    assert ("ACCUSE", "Viktor Orbán", "European Union") in found
    assert not {t for t in found if t[0] == "ASSAULT"}
    # in a headline, whose verb the model first read as a noun
    found = triples("Tehran and Caracas close ranks as Raisi and Maduro attack US sanctions"
                    + BODY)
    assert not {t for t in found if t[0] == "ASSAULT"}
    assert {t[1] for t in found if t[0] == "ACCUSE"} >= {"Ebrahim Raisi", "Nicolás Maduro"}
    # a place or a force attacked stays an assault
    assert ("ASSAULT", "Israel", "Hamas") in triples("Israel attacked Hamas positions in Gaza.")
    assert {t for t in triples("Russian forces attacked the port of Odesa on Monday.")
            if t[0] == "ASSAULT"}


def test_a_raid_a_side_claims_is_its_attack() -> None:
    # ('raid' alone is no event noun: a police raid, a raid on an office)
    assert ("ASSAULT", "al-Shabaab", None) in triples(
        "Al-Shabaab claimed responsibility for the raid on a police station in Mandera.")
    assert {t for t in triples("The Islamic State group claimed the raid on a Nigerian prison "
                               "on Monday.") if t[0] == "ASSAULT" and t[1] == "Islamic State"}
    assert {t for t in triples("Boko Haram claims raid on army base in Borno" + BODY)
            if t[0] == "ASSAULT" and t[1] == "Boko Haram"}


def test_a_pledge_with_no_recipient_goes_to_the_one_the_pledger_was_with() -> None:
    assert ("AGREE", "Olaf Scholz", "Volodymyr Zelensky") in triples(
        "Scholz walked through Kyiv with Zelensky on Saturday and pledged more air defence "
        "systems.")
    found = triples("Macron walks Chisinau streets with Maia Sandu, pledges armoured vehicles"
                    + BODY)
    assert ("AGREE", "Emmanuel Macron", "Maia Sandu") in found


def test_a_headline_meeting_the_lead_tells_again_is_exchanged_once_in_the_lead() -> None:
    from readout.analyze.pipeline import analyze_text

    line = "Ruto and Ramaphosa pledge trade corridor at Pretoria summit"
    text = (line + "\n\nKenyan President William Ruto and South African President Cyril "
            "Ramaphosa held a summit in Pretoria on Tuesday.\n")
    events = analyze_text(text, published="2024-03-06").events
    consulted = [e for e in events if e.type == "CONSULT"]
    assert consulted and all(e.start > len(line) for e in consulted)
    assert any(e.type == "AGREE" and e.start < len(line) for e in events)
    # a call told in the headline alone is the headline's exchange
    text = "Blinken urged Wang Yi in a phone call to restrain Pyongyang\n\nNo more was said.\n"
    assert {(e.type, e.actor, e.target) for e in analyze_text(text).events} >= {
        ("CONSULT", "Antony Blinken", "Wang Yi"), ("REQUEST", "Antony Blinken", "Wang Yi")}
