"""Events: PLOVER type, actor and target from the parse; negation, denial, conditionals and
recommendations; scores, series and export. Sentences are the project's own."""

from __future__ import annotations

import json

import pytest

from readout.analyze.events import PENTACODE, PLOVER_TYPES, SCORES, plover_score
from readout.analyze.pipeline import analyze_text


def events_of(text: str, published: str = "2022-03-10"):
    return analyze_text(text, published=published).events


def types_of(text: str) -> list[str]:
    return [e.type for e in events_of(text)]


def test_sixteen_types_each_with_a_quad_and_a_score() -> None:
    assert len(PLOVER_TYPES) == 16
    assert set(PENTACODE) == set(PLOVER_TYPES) == set(SCORES)
    assert plover_score("ASSAULT") < plover_score("THREATEN") < 0 < plover_score("CONSULT")
    assert plover_score("CONSULT", "visit") == 4 and plover_score("CONSULT", "phone") == 1.5
    assert plover_score("THREATEN", "sanctions") == -3  # scored as PLOVER's "restrict"
    assert plover_score("NOT A TYPE") is None


def test_subject_is_actor_and_object_is_target() -> None:
    events = events_of("Russia expelled ten German diplomats on Monday.")
    assert [(e.type, e.actor, e.target) for e in events] == [("SANCTION", "Russia", "Germany")]
    assert events[0].mode == "expel" and events[0].score == -5.5
    assert events[0].date == "2022-03-07"


def test_denial_is_reject_not_assault() -> None:
    events = events_of("Moscow has repeatedly denied any plan to invade its neighbour.")
    assert [e.type for e in events] == ["REJECT"]
    assert events[0].actor == "Russia"


def test_conditional_sanctions_are_a_threat_not_a_sanction() -> None:
    events = events_of("Joe Biden warned Vladimir Putin that Washington would impose severe "
                       "sanctions if Russian troops crossed the border.")
    assert [e.type for e in events] == ["THREATEN"]
    assert events[0].actor == "Joe Biden" and events[0].target == "Vladimir Putin"
    assert events[0].mode == "sanctions"


def test_recommendation_is_not_an_event() -> None:
    assert "AGREE" not in types_of("Biden should offer Moscow a new round of arms talks.")
    assert types_of("Washington ought to sanction the banks of Russia.") == []


def test_negated_act_is_not_an_event() -> None:
    assert types_of("Putin did not withdraw any troops from the border.") == []


def test_question_is_not_an_event() -> None:
    assert types_of("Will China send weapons to Russia?") == []


def test_meeting_and_call_modes() -> None:
    events = events_of("Emmanuel Macron met Vladimir Putin in Moscow.")
    assert [(e.type, e.actor, e.target) for e in events] == [
        ("CONSULT", "Emmanuel Macron", "Vladimir Putin")]
    call = events_of("Olaf Scholz spoke with Volodymyr Zelensky by phone on Tuesday.")
    assert call and call[0].type == "CONSULT" and call[0].mode == "phone"


def test_intent_to_meet_is_agree() -> None:
    events = events_of("Joe Biden is ready to meet Vladimir Putin after the talks in Geneva.")
    assert events and events[0].type == "AGREE" and events[0].mode == "meet"


def test_troop_buildup_is_mobilize_and_evidence_is_exact() -> None:
    text = "Meanwhile the Kremlin massed troops near Ukraine's eastern border."
    events = events_of(text)
    assert [(e.type, e.target) for e in events] == [("MOBILIZE", "Ukraine")]
    e = events[0]
    assert text[e.start:e.end] == e.evidence and e.mode == "troops"


def test_one_event_per_coordinated_target() -> None:
    events = events_of("Antony Blinken met with his French and German counterparts.")
    assert sorted(e.target for e in events) == ["France", "Germany"]


def test_reported_wrong_is_an_accusation_by_the_speaker() -> None:
    events = events_of("Sergey Lavrov said NATO had ignored Russia's proposals.")
    assert [(e.type, e.actor, e.target) for e in events] == [("ACCUSE", "Sergey Lavrov", "NATO")]


def test_series_and_export(tmp_path) -> None:
    from readout.render.export import plover_records
    from readout.render.series import pair_series, plot, to_csv, write_table

    a1 = analyze_text("The United States imposed sanctions on Russia on 3 March 2022.",
                      published="2022-03-04", doc_id="one")
    a2 = analyze_text("Russia expelled American diplomats on 9 March 2022.",
                      published="2022-03-10", doc_id="two")
    series = pair_series([a1, a2], "United States", "Russia")
    assert [r["period"] for r in series.daily] == ["2022-03-03", "2022-03-09"]
    assert [r["period"] for r in series.weekly] == ["2022-W09", "2022-W10"]
    assert series.daily[0]["a_to_b"] == 1 and series.daily[1]["b_to_a"] == 1
    assert all(r["score_sum"] < 0 for r in series.daily)
    assert to_csv(series.daily).splitlines()[0].startswith("period,events,score_sum")
    pq = write_table(series.weekly, tmp_path / "weekly.parquet")
    import pyarrow.parquet as parquet
    assert parquet.read_table(pq).num_rows == 2
    png = plot(series, tmp_path / "pair.png")
    assert png[:4] == b"\x89PNG" and (tmp_path / "pair.png").exists()
    assert plot(series, fmt="svg").lstrip().startswith(b"<?xml")
    records = list(plover_records([a1, a2]))
    assert {r["event"] for r in records} == {"SANCTION"}
    first = records[0]
    assert first["source"][0]["actorText"] == "United States"
    assert first["target"][0]["actorText"] == "Russia"
    assert first["quad"] == 3 and first["cooperation_conflict"] == -6
    json.dumps(records)  # JSON-able


@pytest.mark.parametrize("sentence,expected", [
    ("The rebels shelled the city overnight.", "ASSAULT"),
    ("China criticized the new tariffs imposed by Washington.", "ACCUSE"),
    ("Kyiv released twelve prisoners of war.", "RETREAT"),
    ("Poland sent humanitarian aid to Ukraine.", "AID"),
])
def test_lexicon_covers_common_acts(sentence: str, expected: str) -> None:
    from readout.analyze.events import find_candidates
    from readout.analyze.pipeline import build_pipeline

    nlp = build_pipeline(None)
    doc = nlp(sentence)
    found = [c.type for s in doc.sents for c in find_candidates(s)]
    assert expected in found


def test_nominal_event_takes_its_arguments_from_the_noun_phrase() -> None:
    events = events_of("Officials said little about the Merkel-Obama talks in Berlin.")
    pairs = {(e.type, frozenset((e.actor, e.target))) for e in events}
    assert ("CONSULT", frozenset(("Angela Merkel", "Barack Obama"))) in pairs
    between = events_of("A meeting between Sergey Lavrov and Antony Blinken took place in "
                        "Geneva.")
    assert {(e.type, e.actor, e.target) for e in between} == {
        ("CONSULT", "Sergey Lavrov", "Antony Blinken")}


def test_hypothetical_or_topical_event_nouns_are_not_events() -> None:
    assert types_of("Further sanctions against Iran would be a grave error.") == []
    assert types_of("American sanctions have had little effect on the economy.") == []


def test_appositive_coordination_gives_both_sides_of_a_meeting() -> None:
    events = events_of("Presidents Emmanuel Macron and Volodymyr Zelensky met in Paris.")
    assert {(e.actor, e.target) for e in events if e.type == "CONSULT"} == {
        ("Emmanuel Macron", "Volodymyr Zelensky")}


def test_including_list_gives_targets_and_adjective_gives_a_stance() -> None:
    events = events_of("China has been arming its partners, including Iran and Syria.")
    assert {(e.type, e.target) for e in events} >= {("AID", "Iran"), ("AID", "Syria")}
    stance = events_of("The German government was supportive of Ukraine in 2014.")
    assert [(e.type, e.target) for e in stance] == [("SUPPORT", "Ukraine")]


def test_neutral_report_keeps_the_act_and_alternatives_are_dropped() -> None:
    assert "ASSAULT" in types_of("Police said the rebels attacked a convoy near Goma on Monday.")
    assert "ASSAULT" not in types_of("It is better for Russia to negotiate rather than fight.")
    assert types_of("Few governments would recognise the new republic.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a negated commitment is a refusal (CAMEO 12), a reported commitment is intent (03) or,
    # for a coercive act, a threat (13)
    ("Ankara said it will not lift the embargo on Cyprus.", "REJECT"),
    ("The ministry said Lisbon would withdraw its troops next month.", "AGREE"),
    # withdrawing one's monitors or peacekeepers cuts relations (CAMEO 166): announced, a threat
    ("The ministry said Lisbon would withdraw its monitors next month.", "THREATEN"),
    ("The premier said Athens will impose sanctions on the smugglers.", "THREATEN"),
    # breaking a rule is defiance; violating a truce is fighting
    ("Pyongyang violated the ban on missile tests.", "REJECT"),
    ("Rebel units violated the ceasefire overnight.", "ASSAULT"),
    # opening an investigation, halting contact, an attempt on someone's life
    ("Prosecutors in Oslo opened an investigation into the minister.", "ACCUSE"),
    ("Madrid cancelled the planned visit of the Moroccan envoy.", "SANCTION"),
    ("Minsk's attempt to kill the opposition leader failed.", "ASSAULT"),
])
def test_commitments_refusals_and_legal_acts(sentence: str, expected: str) -> None:
    assert expected in types_of(sentence), (sentence, events_of(sentence))


def test_comparison_is_not_a_party() -> None:
    assert "AGREE" not in types_of("Washington has reached agreements with much worse.")


def tuples_of(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in events_of(text)}


def test_denied_intent_is_a_rejection_aimed_at_the_act_s_object() -> None:
    assert ("REJECT", "Vladimir Putin", "Ukraine") in tuples_of(
        "Vladimir Putin keeps saying that he has no plans to attack Ukraine.")
    # "insist that ..." with an indicative clause is a claim, not a demand
    assert "REQUEST" not in types_of("Beijing insists that it has no intention to invade Taiwan.")
    assert "REQUEST" in types_of("Kyiv insisted that Moscow withdraw its troops.")


def test_threat_phrased_as_a_prediction() -> None:
    found = events_of("Antony Blinken said that any Russian incursion would carry severe "
                      "consequences.")
    assert [(e.type, e.actor, e.target) for e in found] == [
        ("THREATEN", "Antony Blinken", "Russia")]
    # the speaker of a quote-final attribution; no speaker at all gives no threat
    assert ("THREATEN", "Sergey Lavrov", "United Kingdom") in tuples_of(
        "New British penalties would be an error that would entail serious consequences, "
        "said the foreign minister Sergey Lavrov.")
    assert types_of("Climate change will have grave consequences for farmers.") == []


def test_conditional_commitment_is_a_threat_against_whoever_must_comply() -> None:
    assert tuples_of("The European Union would impose new sanctions if Belarus closed the "
                     "border.") >= {("THREATEN", "European Union", "Belarus")}


def test_figurative_strike_and_envoy_sent_abroad() -> None:
    assert "ASSAULT" not in types_of("The Chinese statement struck a conciliatory tone.")
    assert ("CONSULT", "William Burns", "Russia") in tuples_of(
        "Joe Biden sent William Burns to Moscow in early November.")


def test_target_from_the_owner_of_what_was_hit() -> None:
    assert ("ASSAULT", "Turkey", "Syria") in tuples_of(
        "Turkish jets bombed positions of the Syrian army on Tuesday.")


def test_reported_obligation_is_the_speaker_s_demand() -> None:
    assert ("REQUEST", "Netherlands", "Serbia") in tuples_of(
        "The Dutch foreign minister said that Serbia must hand over the suspects.")
    assert "REQUEST" not in types_of("The minister said that press freedom must be protected.")


def test_street_protest_absorbs_its_demands_and_crowds_are_actors() -> None:
    events = events_of("Thousands of farmers in Poland staged protests to demand cheaper fuel.")
    assert [e.type for e in events] == ["PROTEST"]
    assert "Poland" in (events[0].actor or "")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Norway sent 3,000 tons of food aid to Yemen.", ("AID", "Norway", "Yemen")),
    ("Japan will give Kenya a loan for the new port.", ("AGREE", "Japan", "Kenya")),
    ("Portugal restored diplomatic ties with Angola.", ("SUPPORT", "Portugal", "Angola")),
    ("Turkey is prepared to impose a blockade on Cyprus.", ("THREATEN", "Turkey", "Cyprus")),
    ("Israel has strengthened its forces in Lebanon, military sources said.",
     ("MOBILIZE", "Israel", "Lebanon")),
])
def test_material_acts_promises_and_declared_intent(sentence: str, expected: tuple) -> None:
    assert expected in tuples_of(sentence), (sentence, events_of(sentence))


def test_intent_under_a_condition_is_nothing() -> None:
    assert types_of("Even if Moscow plans to invade, it will wait until spring.") == []


def test_implicit_addressee_is_the_other_side_of_the_last_contact() -> None:
    found = tuples_of("Olaf Scholz and Xi Jinping spoke by phone on Monday. Olaf Scholz called "
                      "for restraint. Xi Jinping warned against interference in internal "
                      "affairs.")
    assert ("REQUEST", "Olaf Scholz", "Xi Jinping") in found
    assert ("REJECT", "Xi Jinping", "Olaf Scholz") in found
    # no contact before it: the demand keeps no target
    assert ("REQUEST", "Olaf Scholz", None) in tuples_of("Olaf Scholz called for restraint.")


def test_denied_act_gives_the_rejection_its_target_and_engaging_in_talks_is_a_promise() -> None:
    assert ("REJECT", "Serbia", "Kosovo") in tuples_of(
        "Serbia has denied any intention of attacking Kosovo.")
    assert "AGREE" in types_of("Sergey Lavrov said that Russia would engage in talks with "
                               "Japan.")


def test_willingness_under_a_hypothetical_is_nothing() -> None:
    assert "AGREE" in types_of("Japan is willing to talk with China about the islands.")
    assert "AGREE" not in types_of("A summit could help to show that Japan is willing to talk "
                                   "with China.")


def test_restated_demand_is_a_request_to_the_counterpart() -> None:
    found = tuples_of("Emmanuel Macron and Vladimir Putin met in Moscow on Monday. The next day "
                      "the Kremlin reiterated Russia's demand for security guarantees.")
    assert any(t[0] == "REQUEST" and t[1] == "Russia" and t[2] == "France" for t in found), found


def test_listed_options_and_inverted_comparatives_are_not_acts() -> None:
    assert "SANCTION" not in types_of("The options include imposing sanctions on Belarus.")
    assert "CONCEDE" not in types_of("The louder the critics get, the less likely Tehran is to "
                                     "make concessions.")


def test_conditional_response_is_a_threat_against_whoever_must_comply() -> None:
    assert ("THREATEN", "Iran", "Israel") in tuples_of(
        "Iran will respond if Israel attacks its nuclear sites, an official said.")
    assert ("THREATEN", "Vladimir Putin", "Joe Biden") in tuples_of(
        "Vladimir Putin told Joe Biden that Russia would react if missiles were deployed in "
        "Ukraine.")
    assert types_of("Russia would act responsibly.") == []


def test_wanted_meeting_is_the_wanting_party_s_offer_and_public_opinion_is_no_act() -> None:
    found = tuples_of("A summit with Joe Biden, which Vladimir Putin has long sought, has not "
                      "happened.")
    assert ("AGREE", "Vladimir Putin", "Joe Biden") in found
    assert types_of("Most voters back the alliance, and Germans oppose the war.") == []
    assert "REJECT" in types_of("The Russians have been violating the ceasefire agreement.")


def test_seizing_power_is_not_coercion() -> None:
    assert "COERCE" not in types_of("The general took office after seizing power in 2013.")
    assert "COERCE" in types_of("Belarusian police seized the opposition newspaper's printing "
                                 "press.")


def test_unnamed_regime_is_the_state_just_named_and_relative_clauses_on_names_are_asserted(
        ) -> None:
    found = tuples_of("Belarus jailed dozens of students last year. The regime's attempt to "
                      "kill the exiled blogger Roman Protasevich failed.")
    assert any(t[:2] == ("ASSAULT", "Belarus") for t in found), found
    record = tuples_of("Iran might be a difficult partner, but so is Bashar al-Assad, who ordered "
                       "the shelling of protesters.")
    assert ("ASSAULT", "Bashar al-Assad", "protesters") in record


def test_membership_request_is_addressed_to_the_organisation_named() -> None:
    assert ("REQUEST", "Georgia", "European Union") in tuples_of(
        "The European Union met on Monday. Georgia has pressed for membership for years.")
    assert types_of("Most voters appear to back the alliance.") == []


def test_talks_between_unnamed_leaders_are_the_last_contact_s() -> None:
    found = tuples_of("Emmanuel Macron and Olaf Scholz spoke by phone on Monday. The "
                      "conversation between leaders opened the way for lower-level talks.")
    assert {frozenset(t[1:]) for t in found if t[0] == "CONSULT"} == {
        frozenset({"Emmanuel Macron", "Olaf Scholz"})}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Portugal denounced Angola's crackdown on journalists.", ("ACCUSE", "Portugal", "Angola")),
    ("Chile rejected calls by Peru for new talks.", ("REJECT", "Chile", "Peru")),
    ("Norway agreed to provide aid for Yemen.", ("AGREE", "Norway", "Yemen")),
    ("Britain mobilized reservists for a possible war against Iraq.",
     ("MOBILIZE", "United Kingdom", "Iraq")),
    ("Syrian gunmen killed six people in Jordan.", ("ASSAULT", "Syria", "Jordan")),
])
def test_targets_inside_the_object_or_the_embedded_act(sentence: str, expected: tuple) -> None:
    assert expected in tuples_of(sentence), (sentence, events_of(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Farmers in Greece began a hunger strike to demand lower fuel prices.", "PROTEST"),
    ("Israel is opposed to French mediation.", ("REJECT", "Israel", "France")),
    ("Swiss doctors handed over 700 kg of medicine to Iran.", ("AID", "Switzerland", "Iran")),
    ("Kenya recalled its peacekeepers from Somalia.", ("SANCTION", "Kenya", "Somalia")),
])
def test_strikes_stances_handovers_and_withdrawn_missions(sentence: str, expected) -> None:
    found = tuples_of(sentence)
    if isinstance(expected, str):
        assert expected in {t[0] for t in found} and "ASSAULT" not in {t[0] for t in found}
    else:
        assert expected in found, (sentence, found)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Emmanuel Macron issued a stern reminder to Iran that it must respect the deal.",
     "REQUEST"),
    ("Kurdish rebels issued a statement demanding that Turkey free their leader.", "REQUEST"),
    ("Indian troops remained on alert along the border.", "MOBILIZE"),
    ("Malaysia forced the Indonesian envoy out of the country.", "SANCTION"),
    ("The United Nations reduced food supplies to the camps in Chad.", "SANCTION"),
    ("Greece said it would tighten the blockade of the port.", "THREATEN"),
    ("The junta of Myanmar declared a state of siege on Monday.", "COERCE"),
    ("Qatar launched a mediation effort between Sudan and Chad.", "CONSULT"),
])
def test_more_light_verbs_and_participial_demands(sentence: str, expected: str) -> None:
    assert expected in types_of(sentence), (sentence, events_of(sentence))


def test_who_is_asked_in_a_that_clause_is_the_clause_subject():
    from readout.analyze.pipeline import analyze_text

    found = analyze_text("Beijing accused Washington of trying to contain China and demanded "
                         "that the United States stop selling weapons to Taiwan.",
                         published="2023-06-19").events
    assert ("REQUEST", "China", "United States") in {(e.type, e.actor, e.target) for e in found}
