"""Event rules, seventh round (fourteenth session, task events7): recall on whole articles and
probes. Sentences are the project's own; the people are invented."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def triples(text: str, published: str = "2024-05-10") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


ARVELO = "Chile's foreign minister, Tomas Arvelo, met Peru's foreign minister, Rosa Quintanilla, in Lima on Thursday. "


def test_the_speakers_next_act_is_not_inside_what_was_reported() -> None:
    # the parse hangs "accused" on the reported "would not accept": the speaker accuses
    found = triples(ARVELO + "Quintanilla said Peru would not accept any pressure and accused "
                    "Chile of trying to rewrite the 2014 ruling.")
    assert ("ACCUSE", "Rosa Quintanilla", "Chile") in found
    found = triples(ARVELO + "Arvelo said Santiago would not let the decree stand and urged "
                    "Peru to withdraw it before the summer.")
    assert ("REQUEST", "Tomas Arvelo", "Peru") in found
    # an act of saying after a state reported is the speaker's too
    found = triples(ARVELO + "Arvelo said there was no neighbour with which Chile was closer, "
                    "and thanked Peru for its patience.")
    assert ("SUPPORT", "Tomas Arvelo", "Peru") in found


def test_an_act_of_the_reported_subject_stays_its_own() -> None:
    # "seized" and "detained" share one doer, the one the speaker reports on
    found = triples(ARVELO + "Arvelo said Peru had seized two trawlers and detained their crews.")
    assert not any(actor == "Tomas Arvelo" and kind in ("COERCE", "ASSAULT")
                   for kind, actor, _ in found)


def test_an_appeal_to_a_named_group_is_not_aimed_at_the_other_side() -> None:
    found = triples(ARVELO + "Arvelo called on Pacific producers to join the patrols.")
    requests = {(a, t) for k, a, t in found if k == "REQUEST"}
    assert ("Tomas Arvelo", "Rosa Quintanilla") not in requests
    assert ("Tomas Arvelo", None) in requests
