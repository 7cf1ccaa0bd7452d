"""Conflict events (ninth session, checklist area events_conflict): charges reported through
a charging verb or as a breach of a truce, conditional warnings of a party's own act, a bare
refusal that answers a request, and force aimed at a city. Sentences are the project's own,
none of them a checklist item."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def triples(text: str, published: str = "2024-06-01") -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events]


def test_clause_under_a_charging_verb_is_an_accusation_of_its_subject() -> None:
    assert ("ACCUSE", "South Korea", "North Korea") in triples(
        "Seoul alleged that Pyongyang had hacked the servers of its central bank.")
    assert ("ACCUSE", "Canada", "India") in triples(
        "Ottawa charged that New Delhi was meddling in its elections.")


def test_reported_breach_of_a_truce_charges_the_breaker() -> None:
    assert ("ACCUSE", "Lebanon", "Israel") in triples(
        "Lebanon said Israel had breached the truce with air raids on Tuesday.")


def test_no_charge_when_the_breach_is_denied_or_the_speaker_its_own_subject() -> None:
    assert not any(t[0] == "ACCUSE" for t in triples(
        "Kyiv said it had not violated the agreement."))
    assert not any(t[0] == "ACCUSE" for t in triples(
        "Officials said the talks had broken down."))


def test_warning_of_own_act_on_a_condition_is_a_threat() -> None:
    found = triples("Beijing warned that China could halt rare earth exports if Washington "
                    "imposed new chip controls.")
    assert any(t[0] == "THREATEN" and t[1] == "China" for t in found)


def test_warning_of_an_impersonal_outcome_is_no_threat() -> None:
    assert not any(t[0] == "THREATEN" for t in triples(
        "Economists warned that prices could rise if the drought continued."))


def test_warning_that_relations_could_be_suspended_is_a_threat() -> None:
    found = triples("Washington warned Islamabad that military aid could be suspended.")
    assert ("THREATEN", "United States", "Pakistan") in found


def test_bare_refusal_answers_the_request_put_to_the_refuser() -> None:
    found = triples("Tokyo urged Seoul to drop the lawsuit. The South Korean government declined.")
    assert ("REJECT", "South Korea", "Japan") in found


def test_bare_refusal_of_a_bystander_answers_no_request() -> None:
    found = triples("Paris asked Berlin for more tanks. Poland refused.")
    assert ("REJECT", "Poland", None) in found


def test_force_aimed_at_a_city_targets_its_state() -> None:
    assert ("ASSAULT", "Russia", "Ukraine") in triples("Russian missiles struck Lviv overnight.")
    assert ("ASSAULT", "Hezbollah", "Israel") in triples("Hezbollah fired rockets at Haifa.")
    assert ("ASSAULT", "Pakistan", "Afghanistan") in triples(
        "Pakistani jets bombed camps inside Afghanistan.")


def test_force_on_a_city_of_the_doer_names_no_foreign_target() -> None:
    assert ("ASSAULT", "Ukraine", "Ukraine") not in triples(
        "Ukrainian artillery shelled positions around Kherson.")


def test_insult_label_on_an_office_holder_by_title_is_an_accusation() -> None:
    found = triples("Cuba's foreign ministry called the American president a liar.")
    assert ("ACCUSE", "Cuba", "Joe Biden") in found


def test_handing_a_protest_note_is_an_official_complaint() -> None:
    found = triples("Manila handed a protest note to Beijing over the water cannon incident.")
    assert ("ACCUSE", "Philippines", "China") in found
    assert not any(t[0] == "RETREAT" for t in found)


def test_walking_out_of_a_meeting_is_a_protest_and_out_of_talks_a_halt() -> None:
    assert [t[0] for t in triples(
        "The Indian delegation walked out of the hall during the Pakistani minister's speech."
    )] == ["PROTEST"]
    assert [t[0] for t in triples("Iran walked out of the nuclear talks in Vienna.")] \
        == ["SANCTION"]


def test_saying_no_to_a_request_rejects_its_maker() -> None:
    assert ("REJECT", "Austria", "Romania") in triples(
        "Austria has said no to Romania's bid to join Schengen.")
    assert ("REJECT", "Chile", "Peru") in triples(
        "Chile said no to a request from Peru to extradite the former minister.")


def test_saying_no_to_a_question_is_no_event() -> None:
    assert triples("Asked if he would resign, the prime minister said no.") == []


def test_time_given_to_comply_is_an_ultimatum() -> None:
    found = triples("Israel gave Hamas 48 hours to release the hostages.")
    assert found == [("THREATEN", "Israel", "Hamas")]  # the demanded release is no act


def test_time_given_outside_diplomacy_is_no_event() -> None:
    assert triples("The teacher gave the students a week to finish the essay.") == []


def test_subject_after_a_dateline_date_still_acts() -> None:
    # the tagger can read "June 3 - Chile" as one date; the party named is still the doer
    text = "Quiet week ends\nSANTIAGO, June 3 - Chile has asked Peru to extradite a former judge."
    assert ("REQUEST", "Chile", "Peru") in triples(text, published="2024-06-03")


def test_condemning_an_act_named_again_aims_at_its_doer() -> None:
    found = triples("Norway expelled 15 Russian embassy staff. Moscow condemned the expulsions "
                    "as unfriendly.")
    assert ("ACCUSE", "Russia", "Norway") in found


def test_condemning_an_act_with_no_earlier_doer_names_no_target() -> None:
    assert triples("Taiwan condemned the exercises.") == [("ACCUSE", "Taiwan", None)]


def test_time_span_before_the_act_noun_is_looked_through() -> None:
    # (the place phrase inside the span, "around Taiwan", is not read as the target yet)
    assert ("MOBILIZE", "China") in [t[:2] for t in triples(
        "China's military began three days of naval exercises around Taiwan.")]


def test_condemning_an_attack_is_not_aimed_at_the_place_struck() -> None:
    assert triples("France condemned the attack on a school in Kharkiv.") \
        == [("ACCUSE", "France", None)]
    assert ("ACCUSE", "Turkey", "Iraq") in triples(
        "Turkey condemned the attack on its embassy by Iraqi militias.")
    assert ("ACCUSE", "Jordan", "Israel") in triples("Jordan condemned the Israeli strikes on Gaza.")


def test_exchanging_fire_is_fighting_each_other() -> None:
    assert triples("Israel and Hezbollah traded fire overnight.") \
        == [("ASSAULT", "Israel", "Hezbollah")]
    assert triples("Armenian and Azerbaijani forces exchanged artillery fire.") \
        == [("ASSAULT", "Armenia", "Azerbaijan")]


def test_exchanging_prisoners_is_no_attack() -> None:
    assert not any(t[0] == "ASSAULT" for t in triples("The two countries exchanged prisoners."))
