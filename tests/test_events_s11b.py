"""Article-level event rules, fourth round (eleventh session, task events4). Sentences are the
project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def triples(text: str, published: str = "2024-06-01") -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events]


def test_accusation_after_a_reported_state_is_the_speakers() -> None:
    # the reported clause only states something ("had no plan"); the accusation joined to it
    # in the speaker's tense is the speaker's, not the reported party's
    found = triples("Ruto said Museveni had no plan for the border dispute and accused the "
                    "Ugandan leader of stalling the talks.")
    assert any(t[:2] == ("ACCUSE", "William Ruto") and t[2] in ("Yoweri Museveni", "Uganda")
               for t in found)
    assert not any(t[0] == "ACCUSE" and t[1] == "Yoweri Museveni" for t in found)


def test_accusation_hung_on_a_participle_is_the_speakers() -> None:
    found = triples("India said the vessel was a fishing boat driven off course by the storm "
                    "and accused Pakistan of inventing a crisis.")
    assert ("ACCUSE", "India", "Pakistan") in found


def test_reported_party_accusing_keeps_its_own_act() -> None:
    # an act the reported party did, with its own auxiliary, stays the reported party's
    found = triples("Ruto said Museveni had met the rebels and accused them of stalling.")
    assert not any(t[0] == "ACCUSE" and t[1] == "William Ruto" for t in found)
