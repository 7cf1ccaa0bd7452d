"""Events in ordinary news prose: coordinated doers, groups without a gazetteer entry,
passives and event nouns. Every sentence here is the project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def tuples(text: str, published: str = "2012-05-04") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def test_each_coordinated_subject_acts() -> None:
    found = tuples("Brazil and India rejected the draft resolution on Tuesday.")
    assert {e[1] for e in found if e[0] == "REJECT"} == {"Brazil", "India"}


def test_coordinated_modifiers_inside_a_subject_each_act() -> None:
    found = tuples("Danish jets and Dutch and Belgian frigates fired rockets at Serbian "
                   "radar sites.")
    assert {("ASSAULT", a, "Serbia") for a in ("Denmark", "Netherlands", "Belgium")} <= found


def test_symmetric_meeting_subjects_stay_two_sides_of_one_event() -> None:
    found = tuples("Brazil and India held talks in Geneva.")
    assert len([e for e in found if e[0] == "CONSULT"]) == 1


def test_firing_missiles_at_a_target_is_an_attack_not_a_test() -> None:
    assert ("ASSAULT", "Iran", "Israel") in tuples("Iran fired missiles at Israel overnight.")
    assert all(e[0] != "ASSAULT" for e in tuples("Iran test-fired two missiles on Monday."))


def test_vetoed_resolution_does_not_threaten_on_behalf_of_the_vetoer() -> None:
    found = tuples("Norway vetoed a draft threatening Chile with sanctions.")
    assert ("REJECT", "Norway", None) in found or any(
        e[:2] == ("REJECT", "Norway") for e in found)
    assert not any(e[0] == "THREATEN" and e[1] == "Norway" for e in found)


def test_singular_collective_subject_is_a_group_actor() -> None:
    assert any(e[:2] == ("ASSAULT", "army") for e in tuples(
        "The army shelled the northern districts overnight."))
    assert any(e[:2] == ("ASSAULT", "angry mob") for e in tuples(
        "An angry mob attacked the embassy of Denmark."))


def test_hyphenated_group_keeps_its_printed_form() -> None:
    found = tuples("Residents say they are under attack by pro-government militias.")
    assert any(e[0] == "ASSAULT" and e[1] == "pro-government militias" for e in found)


def test_group_named_by_a_modifier_of_an_event_noun() -> None:
    found = tuples("The airport was closed after repeated rebel attacks.")
    assert any(e[:2] == ("ASSAULT", "rebels") for e in found)


def test_clashes_between_two_sides() -> None:
    found = tuples("Clashes broke out in the capital between Kenya's police and Somalia's "
                   "border guards.")
    assert any(e[0] == "ASSAULT" and {e[1], e[2]} == {"Kenya", "Somalia"} for e in found)


def test_air_strikes_are_attacks_not_labour_strikes() -> None:
    found = tuples("Turkish air strikes on Iraq's north killed four people.")
    assert any(e[:3] == ("ASSAULT", "Turkey", "Iraq") for e in found)
    assert not any(e[0] == "ASSAULT" for e in tuples("Teachers in Chile began a strike."))
