"""Events in war and diplomacy headlines (the kinds the RUWA development set showed):
headline grammar, readiness and 'not ruling out' as threats, harm reported through an attack
noun, bans on one's airspace as sanctions, forces put on alert, demands by the leaders of
several states. Sentences are the project's own."""

from __future__ import annotations

import pytest

from readout.analyze.pipeline import analyze_text


def tuples(text: str, published: str = "2022-06-01") -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events]


@pytest.mark.parametrize("text, expected", [
    # a present-tense trigger read as a plural noun inside one long noun phrase
    ("Canada sanctions Belarusian steel exporters", ("SANCTION", "Canada", "Belarus")),
    ("EU sanctions Iranian drone makers", ("SANCTION", "European Union", "Iran")),
])
def test_headline_verb_read_as_a_noun(text: str, expected: tuple) -> None:
    assert expected in tuples(text)


def test_readiness_to_use_arms_is_a_threat() -> None:
    assert ("THREATEN", "North Korea", None) in tuples(
        "Pyongyang says North Korea is prepared to use nuclear weapons if provoked")


@pytest.mark.parametrize("text, expected", [
    ("Beijing won't rule out cutting off trade with Lithuania if it keeps its stance",
     ("THREATEN", "China", "Lithuania")),
    ("Defence minister Ben Wallace did not rule out military strikes on Syrian bases.",
     ("THREATEN", "Ben Wallace", "Syria")),
])
def test_not_ruling_out_a_hostile_act_is_a_threat(text: str, expected: tuple) -> None:
    found = tuples(text)
    assert expected in found
    assert not any(t == "REJECT" for t, _, _ in found)


def test_ruling_out_a_meeting_is_still_a_refusal() -> None:
    assert not any(t == "THREATEN" for t, _, _ in tuples(
        "Chancellor Olaf Scholz did not rule out a meeting with Erdogan."))


@pytest.mark.parametrize("text, actor", [
    ("Three fishermen killed in Turkish shelling of the coast", "Turkey"),
    ("Two medics were wounded in a Syrian airstrike near the clinic.", "Syria"),
])
def test_people_hurt_in_an_attack_report_the_attack(text: str, actor: str) -> None:
    found = tuples(text)
    assert ("ASSAULT", actor, None) in found
    assert all(a == actor for _, a, _ in found)  # the victims do nothing


def test_ban_from_ones_airspace_is_a_sanction_not_coercion() -> None:
    assert ("SANCTION", "Japan", "Russia") in tuples("Japan bans Russian airlines from its airspace")
    assert ("SANCTION", "Norway", "Russia") in tuples(
        "Norway closed its ports to Russian fishing trawlers on Friday.")


def test_a_domestic_ban_stays_coercion() -> None:
    assert [t for t, _, _ in tuples("The junta banned two opposition parties on Tuesday.")] \
        == ["COERCE"]


def test_forces_put_on_alert_are_mobilised() -> None:
    assert ("MOBILIZE", "Vladimir Putin", None) in tuples(
        "Putin places strategic bomber units on high alert")


def test_leaders_of_several_states_each_demand() -> None:
    found = tuples("The leaders of Italy, Spain and Greece said monitors must be admitted to "
                   "the camps without delay.")
    assert {a for t, a, _ in found if t == "REQUEST"} == {"Italy", "Spain", "Greece"}


def test_charities_that_urge_are_an_actor() -> None:
    assert ("REQUEST", "charities", "Ireland") in tuples(
        "Charities urge Ireland to house more asylum seekers")


@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab militant group claims bombing of Mogadishu market",
     ("ASSAULT", "al-Shabaab", "Somalia")),
    ("Hezbollah claims attack on Israeli army post", ("ASSAULT", "Hezbollah", "Israel")),
])
def test_claiming_an_attack_is_doing_it(text: str, expected: tuple) -> None:
    assert expected in tuples(text)


def test_a_hedged_charge_of_a_past_crime_is_an_accusation() -> None:
    assert ("ACCUSE", "Amnesty International", "Myanmar") in tuples(
        "Myanmar's army may have committed crimes against humanity, Amnesty International said.")


def test_a_hypothetical_crime_is_no_accusation() -> None:
    assert not any(t == "ACCUSE" for t, _, _ in tuples(
        "Analysts said Serbia would have committed a violation had it sent troops."))


def test_the_act_alleged_by_a_party_is_aimed_at_its_owner() -> None:
    assert ("ACCUSE", "Azerbaijan", "Armenia") in tuples(
        "Paris condemned the 'Armenian shelling' alleged by Baku on Tuesday.")


def test_a_verb_the_parse_coordinates_with_an_object_keeps_the_subject() -> None:
    assert ("ACCUSE", "Iran", "France") in tuples(
        "Tehran ‘strongly objects’ to the French statement and accuses Paris of meddling.")


def test_inmates_freed_in_an_attack_are_no_concession() -> None:
    found = tuples("Masked gunmen stormed a jail in the north and freed dozens of inmates.")
    assert not any(t in ("CONCEDE", "RETREAT") for t, _, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Moldova seeks more air defence weapons from Romania", ("REQUEST", "Moldova", "Romania")),
    ("Georgia seeks security guarantees from Washington.",
     ("REQUEST", "Georgia", "United States")),
])
def test_seeking_arms_or_guarantees_is_a_request(text: str, expected: tuple) -> None:
    assert expected in tuples(text)


def test_a_colon_headline_source_who_is_a_party_accuses() -> None:
    # like "Lavrov said the West ...": the source's own side is named in what it reports
    assert [(t, a) for t, a, _ in tuples("Shoigu: NATO drones attacked Russian ships in Sevastopol")
            ] == [("ACCUSE", "Sergei Shoigu")]


def test_a_colon_headline_source_reporting_others_reports_the_act() -> None:
    assert ("MOBILIZE", "Russia", "Belarus") in tuples(
        "Pentagon: Russia moved more tanks to Belarus")


@pytest.mark.parametrize("text", [
    "Kabul hit by Pakistani airstrikes overnight",
    "Damascus shelled by Israeli artillery overnight",
])
def test_a_headline_passive_with_its_doer_names_the_target(text: str) -> None:
    found = tuples(text)
    assert found and found[0][0] == "ASSAULT" and found[0][2] in ("Afghanistan", "Syria")
    assert found[0][1] in ("Pakistan", "Israel")


def test_they_takes_up_each_coordinated_subject() -> None:
    found = tuples("Norway and Iceland stayed out of the bloc for years, but they are "
                   "sanctioning Minsk now.")
    assert {a for t, a, _ in found if t == "SANCTION"} == {"Norway", "Iceland"}
