"""Events: general causes found on the second blind timeline set (annotator 3's wording of the
same days, tests/gold/timeline_events_dev2.json). Each test is a sentence of the project's own
that shows one cause; the negative cases guard against over-reach."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def triples(text: str, published: str = "2014-08-01") -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events]


# --- an attack noun's doer read from the clause it serves ----------------------------------

def test_claiming_responsibility_for_an_attack_makes_the_claimant_the_attacker() -> None:
    found = triples("The Taliban claimed responsibility for a suicide attack in Kabul.")
    assert ("ASSAULT", "Taliban", None) in found


def test_denying_responsibility_is_no_attack() -> None:
    found = triples("The Taliban denied responsibility for the suicide attack in Kabul.")
    assert not any(t == "ASSAULT" and a == "Taliban" for t, a, _ in found)


def test_a_wave_of_attacks_used_to_end_a_lull_belongs_to_the_subject() -> None:
    found = triples("Insurgents in Iraq ended a lull with a wave of attacks killing 19 people "
                    "in a coordinated assault on Iraqi police and US troops.")
    attackers = {a for t, a, _ in found if t == "ASSAULT"}
    assert attackers and all(a is not None and "insurgents" in a.casefold() for a in attackers)
    assert {g for t, _, g in found if t == "ASSAULT"} >= {"Iraq", "United States"}


def test_a_town_hit_with_rockets_names_no_attacker() -> None:
    found = triples("The town was hit with rockets overnight.")
    assert not any(t == "ASSAULT" and a is not None for t, a, _ in found)


# --- 'according to X': the source of a reported verdict, threat or charge -------------------

def test_according_to_names_who_threatens() -> None:
    found = triples("According to Hezbollah, Israel will pay a heavy price for its crimes.")
    assert ("THREATEN", "Hezbollah", "Israel") in found


def test_according_to_names_who_accuses_of_war_crimes() -> None:
    found = triples("According to Amnesty International, the Burmese army committed war "
                    "crimes in Rakhine.")
    assert ("ACCUSE", "Amnesty International", "Myanmar") in found


def test_said_someone_committed_atrocities_is_an_accusation() -> None:
    found = triples("Human Rights Watch said Syrian troops had committed atrocities in Homs.")
    assert ("ACCUSE", "Human Rights Watch", "Syria") in found


def test_denying_war_crimes_accuses_nobody() -> None:
    found = triples("Syria denied that its troops committed war crimes.")
    assert not any(t == "ACCUSE" for t, _, _ in found)


def test_according_to_passes_a_verdict() -> None:
    found = triples("The panel, according to Australian Foreign Minister Julie Bishop, is a "
                    "sham.")
    assert any(t == "ACCUSE" and a == "Julie Bishop" for t, a, _ in found)


# --- military commands and responses ---------------------------------------------------------

def test_retaliating_for_rocket_fire_is_an_assault() -> None:
    assert ("ASSAULT", "Israel", None) in triples("Israel retaliated for the rocket fire.")


def test_retaliating_with_tariffs_is_a_sanction_not_an_assault() -> None:
    found = triples("China retaliated with tariffs on American soybeans.")
    assert ("SANCTION", "China", "United States") in found
    assert not any(t == "ASSAULT" for t, _, _ in found)


def test_a_state_directed_to_respond_with_strikes_assaults() -> None:
    found = triples("Erdogan directed Turkey to respond with targeted strikes in Syria.")
    assert ("ASSAULT", "Turkey", "Syria") in found


def test_responding_with_a_statement_is_no_assault() -> None:
    assert not any(t == "ASSAULT" for t, _, _ in triples("Russia responded with a statement."))


def test_calling_up_reservists_mobilises_but_calling_up_a_brother_does_not() -> None:
    assert any(t == "MOBILIZE" for t, _, _ in triples("The army called up 10,000 reservists."))
    assert not any(t == "MOBILIZE" for t, _, _ in triples("He called up his brother."))


def test_halting_an_arms_sale_sanctions_the_buyer_not_the_weapon() -> None:
    found = triples("The White House has halted the sale of Hellfire Missiles to Israel.")
    assert ("SANCTION", "White House", "Israel") in found


def test_an_effort_to_impose_law_is_coercion_by_whoever_makes_it() -> None:
    found = triples("The Taliban makes a concerted effort to impose sharia law in the north.")
    assert ("COERCE", "Taliban", None) in found


# --- stances stated as wishes, offers and consent -------------------------------------------

def test_proposing_a_truce_extension_is_an_offer() -> None:
    assert ("AGREE", "Egypt", None) in triples("Egypt proposed an extension of the truce.")


def test_proposing_that_something_happen_is_no_agreement() -> None:
    assert not any(t == "AGREE" for t, _, _ in triples("Egypt proposed that the talks resume."))


def test_having_no_objection_is_consent() -> None:
    found = triples("Ankara said it has no objection to Kurdish fighters crossing the border.")
    assert ("AGREE", "Turkey", None) in found


def test_wanting_another_party_disarmed_is_a_demand_on_it() -> None:
    found = triples("Israel wants Hamas disarmed.")
    assert found == [("REQUEST", "Israel", "Hamas")]  # and no act of disarming by Hamas


def test_wanting_to_talk_is_no_demand() -> None:
    assert not any(t == "REQUEST" for t, _, _ in triples("Russia wants to talk."))


# --- verdicts in the passive; readiness to use force ----------------------------------------

def test_a_passive_label_with_its_agent_is_the_agents_accusation() -> None:
    found = triples("The inquiry was dubbed a witch hunt by Moscow.")
    assert ("ACCUSE", "Russia", None) in found


def test_a_passive_praise_is_no_accusation() -> None:
    found = triples("The deal was called a breakthrough by Lavrov.")
    assert not any(t == "ACCUSE" for t, _, _ in found)


def test_troops_ready_to_take_necessary_action_threaten_for_their_state() -> None:
    found = triples("Pakistan said its troops are ready to take any necessary action.")
    assert ("THREATEN", "Pakistan", None) in found


def test_readiness_to_take_steps_for_better_ties_is_no_threat() -> None:
    found = triples("Greece is ready to take steps to improve ties.")
    assert not any(t == "THREATEN" for t, _, _ in found)


# --- reported denials of an accord; force promised under a condition ------------------------

def test_saying_there_was_no_agreement_rejects_it() -> None:
    found = triples("Hezbollah said there was no agreement to extend the truce.")
    assert ("REJECT", "Hezbollah", None) in found


def test_a_plain_report_of_no_agreement_has_no_actor() -> None:
    assert triples("There was no agreement on Monday.") == []


def test_fighting_that_would_resume_unless_demands_are_met_is_a_threat() -> None:
    found = triples("Hamas said that if its demands were not met, the fighting would resume.")
    assert ("THREATEN", "Hamas", None) in found


def test_fighting_that_resumed_is_no_threat() -> None:
    assert not any(t == "THREATEN" for t, _, _ in triples("The fighting resumed on Monday."))
