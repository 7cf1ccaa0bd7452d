"""Event rules, tenth round (seventeenth session, task events10): mechanisms found reading
the dev13 articles, each shown on the project's own sentences (other wording, other parties)
with the traps that must stay as they were."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def triples(text: str, published: str = "2025-03-04") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def types(text: str) -> set[str]:
    return {t[0] for t in triples(text)}


def test_exercises_held_with_a_partner_are_military_cooperation() -> None:
    assert ("COOPERATE", "Indonesia", "Australia") in triples(
        "Indonesia held naval exercises with Australia off Bali last week.")
    assert ("COOPERATE", "Greece", None) in triples("Greece staged a drill with its allies off Crete.")
    # planned, they are a promise of cooperation, not a threat of force
    planned = triples("South Africa's foreign minister, Naledi Pandor, defended her country's "
                      "plans to hold naval exercises with Russia and China next month.")
    assert ("AGREE", "Naledi Pandor", "Russia") in planned
    assert not {t for t in planned if t[0] == "THREATEN"}
    # drills near another state, or with gear, stay a show of force
    assert "MOBILIZE" in types("China held live-fire exercises near Taiwan on Saturday.")
    assert "MOBILIZE" in types("The army held drills with live ammunition near the border.")
    assert "MOBILIZE" in types("Turkey conducted exercises with 20 warships in the Aegean.")


def test_a_request_to_an_unnamed_group_is_not_aimed_at_what_the_group_must_act_on() -> None:
    assert ("REQUEST", "Volodymyr Zelensky", None) in triples(
        "Zelensky called on other democratic countries to follow the British lead in supplying "
        "weapons and to tighten sanctions on Russia.")
    assert ("REQUEST", "Volodymyr Zelensky", "Germany") in triples(
        "Zelensky called on Germany to tighten sanctions on Russia.")


def test_blacklisting_foreign_parties_is_a_sanction() -> None:
    assert ("SANCTION", "United States", "Iran") in triples(
        "Washington blacklisted three Iranian shipping companies on Tuesday.")
    assert "SANCTION" in types("Moscow has blacklisted several British journalists.")


def test_seizing_on_a_remark_takes_nothing() -> None:
    for text in ("Republicans quickly seized upon the remark by Macron.",
                 "Critics in Kyiv pounced on the minister's slip."):
        assert "COERCE" not in types(text), text
    assert ("COERCE", "Iran", "United Kingdom") in triples(
        "Iranian forces seized a British tanker on Friday.")


def test_offering_an_aside_offers_nothing() -> None:
    assert "AGREE" not in types("Trump offered his guest another aside about the press.")
    assert ("AGREE", "Qatar", "Hamas") in triples("Qatar offered Hamas a new ceasefire plan.")


def test_a_called_off_meeting_is_not_aimed_at_the_gathering_it_was_set_at() -> None:
    found = triples("Modi and Xi spoke briefly at the BRICS summit. Modi later called off a "
                    "planned meeting at the G20.")
    assert ("REJECT", "Narendra Modi", "Xi Jinping") in found
    assert ("REJECT", "Narendra Modi", "Shehbaz Sharif") in triples(
        "Modi called off a planned meeting with Sharif at the SCO summit.")


def test_no_sign_that_an_act_happened_is_no_act() -> None:
    for text in ("There is no sign that Trump pressed for their release on Friday.",
                 "There was no evidence that Iran had supplied the drones to Russia."):
        assert not triples(text), text
    assert ("AID", "Iran", "Russia") in triples("There are signs that Iran supplied drones to Russia.")


def test_a_withdrawal_is_from_the_state_whose_ground_is_left() -> None:
    assert ("RETREAT", "Russia", "Ukraine") in triples(
        "Johnson came to the capital after Russian forces withdrew from the area around Kyiv.")
    assert ("RETREAT", "Russia", "Ukraine") in triples("Russian forces withdrew from Kherson.")
    # one's own ground is none
    assert ("RETREAT", "Russia", None) in triples(
        "Russian troops withdrew from their bases near Belgorod.")


def test_measures_held_out_on_a_condition_are_a_threat() -> None:
    assert ("THREATEN", "Turkey", "Sweden") in triples(
        "Ankara said Stockholm would face sanctions unless it changed its law.")
    # a forecast with no condition, or an onlooker's, is none
    for text in ("Exporters said they would face new tariffs next year.",
                 "Analysts said Iran would face new sanctions if talks failed."):
        assert "THREATEN" not in types(text), text


def test_warning_a_party_not_to_use_force_asks_it_to_refrain() -> None:
    assert ("REQUEST", "United States", "Israel") in triples(
        "Washington warned Israel not to strike Iranian oil facilities.")
    assert ("REQUEST", "France", "Algeria") in triples(
        "Paris warned Algiers not to expel more French diplomats.")
    # harm held out by the warner stays a threat
    assert ("THREATEN", "Joe Biden", "Iran") in triples(
        "Biden warned Iran to stop its attacks or face severe consequences.")
    assert "THREATEN" in types("Putin warned that Russia would strike if NATO sent troops.")


def test_an_envoy_summoned_to_hear_a_protest_is_a_diplomatic_complaint() -> None:
    found = triples("Kyiv summoned the Hungarian envoy to protest against Orban's remarks.")
    assert ("ACCUSE", "Ukraine", "Viktor Orbán") in found
    assert not {t for t in found if t[0] == "PROTEST"}
    assert ("ACCUSE", "Nigeria", "Niger") in triples(
        "Nigeria summoned Niger's ambassador to complain of inaction over the gangs.")
    # summoned for anything else, no complaint; a crowd's protest stays one
    assert "ACCUSE" not in types(
        "Poland summoned the Russian ambassador to explain the drone incursion.")
    assert "PROTEST" in types("Thousands of students protested outside the parliament.")


def test_a_charge_rejected_in_a_misparsed_relative_clause_answers_the_accuser() -> None:
    # the tagger reads 'rejects' in ', a charge Tehran rejects' as a plural noun
    assert ("REJECT", "Iran", "Israel") in triples(
        "Israel accused Iran of arming the Houthis, a charge Tehran rejects.")
    assert ("REJECT", "Iran", "Israel") in triples(
        "Israel accused Iran of arming the Houthis, a charge Tehran denies.")


def test_what_is_discussed_is_the_topic_not_the_partner() -> None:
    assert ("CONSULT", "Olaf Scholz", "Emmanuel Macron") in triples(
        "Scholz discussed Ukraine with Macron on Friday.")
    assert ("CONSULT", "Recep Tayyip Erdoğan", "Vladimir Putin") in triples(
        "Erdogan discussed the plan with Putin in Tehran on Tuesday.")
    found = triples("Modi and Putin discussed Ukraine on the phone.")
    assert ("CONSULT", "Narendra Modi", "Vladimir Putin") in found
    assert not {t for t in found if t[2] == "Ukraine"}
    # 'they' after a meeting: the two who met, not the countries they talked about
    found = triples("Blinken and Wang Yi met in Munich. They also discussed Afghanistan and "
                    "North Korea.")
    assert not {t for t in found if t[2] in ("Afghanistan", "North Korea")}


def test_backing_a_proposal_just_told_goes_to_its_maker() -> None:
    assert ("SUPPORT", "Qatar", "Recep Tayyip Erdoğan") in triples(
        "Erdogan proposed a ceasefire in Gaza. Qatar welcomed the proposal on Monday.")
    # a proposal with its own owner, or a decision, is not the one just told
    assert ("SUPPORT", "Qatar", "Egypt") in triples(
        "Erdogan proposed a ceasefire in Gaza. Qatar welcomed the Egyptian proposal on Monday.")
    assert ("SUPPORT", "Qatar", None) in triples(
        "Erdogan proposed a ceasefire in Gaza. Qatar welcomed the decision on Monday.")
