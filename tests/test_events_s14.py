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


def test_harm_promised_on_another_partys_act_is_a_threat() -> None:
    found = triples(ARVELO + "Arvelo told her there would be consequences if Peru enforced the "
                    "decree.")
    assert ("THREATEN", "Tomas Arvelo", "Peru") in found
    found = triples(ARVELO + "Arvelo said the fishing accord would end if Peru enforced the decree.")
    assert ("THREATEN", "Tomas Arvelo", "Peru") in found
    found = triples("Chile has said the gas pipeline would not go ahead if Peru closed the border.")
    assert ("THREATEN", "Chile", "Peru") in found


def test_a_condition_that_promises_no_harm_is_no_threat() -> None:
    for text in ("Arvelo said the war would end if Peru withdrew its troops.",
                 "Arvelo said Chile would consider sanctions relief if Peru complied.",
                 "Arvelo said that if Peru had not acted, Chile would have started a war.",
                 "Quintanilla said Peru would end its protest if Chile apologised."):
        assert not [t for t in triples(ARVELO + text) if t[0] == "THREATEN"], text


def test_a_response_foretold_is_read_before_the_verb_it_is_told_with() -> None:
    # "met" with a response is no meeting; the participle's report is its clause's speaker's
    found = triples(ARVELO + "Quintanilla spoke to reporters in Lima, adding that any Chilean "
                    "provocation at sea would be met with a firm response.")
    assert ("THREATEN", "Rosa Quintanilla", "Chile") in found


def test_an_act_told_in_a_clause_on_its_object_is_read() -> None:
    # the relative clause's object is the noun it is told of
    found = triples(ARVELO + "The ministers discussed the tariffs that Chile imposed on Peruvian "
                    "fishmeal in January.")
    assert ("SANCTION", "Chile", "Peru") in found
    found = triples("The ministers discussed the troops that Bolivia has massed near the Chilean "
                    "border.")
    assert any(k == "MOBILIZE" and a == "Bolivia" for k, a, _ in found)
    # the noun is no object of a clause that holds its own relative word elsewhere
    found = triples("Chile and Peru signed a short text in which Peru committed to lift the "
                    "decree.")
    assert not any(k == "SANCTION" for k, _, _ in found)


def test_a_participle_after_a_request_is_the_askers_act() -> None:
    found = triples("Kenya's foreign minister, Daniel Omondi, urged Ethiopia's foreign minister, "
                    "Selam Bekele, in a phone call on Thursday to halt the filling immediately, "
                    "accusing Ethiopia of blackmail.")
    assert ("ACCUSE", "Daniel Omondi", "Ethiopia") in found


def test_a_course_proposed_to_the_other_side_is_asked_of_it() -> None:
    found = triples("Kenya's foreign minister, Daniel Omondi, met Ethiopia's foreign minister, "
                    "Selam Bekele, in Nairobi on Monday. Omondi proposed that the two countries "
                    "set up a joint commission on the Omo river.")
    assert ("REQUEST", "Daniel Omondi", "Selam Bekele") in found
    # what was proposed by others, or a proposed thing, is no proposal of the subject's
    found = triples("Kenya's foreign minister, Daniel Omondi, met Ethiopia's foreign minister, "
                    "Selam Bekele, in Nairobi on Monday. The proposed commission was discussed.")
    assert not [t for t in found if t[0] == "REQUEST"]


def test_a_commitment_withheld_or_a_point_brushed_aside_is_a_refusal() -> None:
    intro = ("Kenya's foreign minister, Daniel Omondi, met Ethiopia's foreign minister, "
             "Selam Bekele, in Nairobi on Monday. ")
    for text in ("Bekele did not commit to a date for the next round.",
                 "Bekele did not give ground on the filling schedule.",
                 "Ethiopia brushed aside the Kenyan concerns."):
        found = triples(intro + text)
        assert any(k == "REJECT" and a in ("Selam Bekele", "Ethiopia") for k, a, _ in found), text
