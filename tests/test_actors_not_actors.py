"""Names that are no actors: places listed beside places, a time zone, a post and its
letters, a linked group name's first word, an aircraft, a military base. Sentences written
for these tests."""

import pytest

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


def actor_names(text: str, published: str = "2024-06-03") -> set[str]:
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))
    return {a.name for a in doc._.actors}


@pytest.mark.parametrize(("text", "place"), [
    ("Barges will leave Odesa, Brovenko and Tarnivka under the deal.", "Brovenko"),
    ("Shelling was reported near Zolote, Ostravka and Petrivske overnight.", "Ostravka"),
    ("Sirens sounded in Srinagar, Jammu and parts of Vardesh at dawn.", "Vardesh"),
])
def test_a_name_listed_with_places_is_a_place(text: str, place: str) -> None:
    assert place not in actor_names(text)


def test_a_company_listed_with_states_stays_a_body() -> None:
    names = actor_names("Sanctions hit Russia, Belarus and Gazprom last week.")
    assert {"Russia", "Belarus", "Gazprom"} <= names


def test_a_time_zone_is_no_body() -> None:
    assert not any("Time" in n for n in actor_names(
        "The truce begins at 0600 hours Central European Summer Time on Monday."))


def test_a_post_and_its_letters_are_no_body() -> None:
    text = ("Talks follow DGMO call\n\nThe spokesman said Nepal's Director General of Military "
            "Operations (DGMO) had called his counterpart. The two DGMOs will speak again.")
    names = actor_names(text)
    assert not any("DGMO" in n or "Military Operations" in n for n in names), names


def test_the_first_word_of_a_linked_group_name_is_no_person() -> None:
    assert "Harakat" not in actor_names(
        "Officials blamed the Harakat-ul-Mujahideen network for the attack.")


def test_an_aircraft_and_a_base_are_no_actors() -> None:
    names = actor_names("10:15 - Air Force One landed at Joint Base Andrews after the trip.")
    assert not any("Air Force One" in n or "Base" in n for n in names), names


@pytest.mark.parametrize(("text", "thing"), [
    ("The two states signed what they call the Lisbon Accords on Monday.", "Accords"),
    ("Talks on the Northern Star 3 gas pipeline through Kazakhstan resumed.", "Northern Star"),
])
def test_a_named_agreement_or_pipeline_is_no_actor(text: str, thing: str) -> None:
    assert not any(thing in n for n in actor_names(text))


def test_a_region_is_no_party() -> None:
    names = actor_names("Dana Ilves, the White House Middle East coordinator, flew to Amman. "
                        "She said the Balkans and the Caucasus were calmer.")
    assert not names & {"Middle East", "Balkans", "Caucasus"}, names


@pytest.mark.parametrize(("text", "thing"), [
    ("Lawmakers said the NetCrate hack reached two ministries last spring.", "NetCrate"),
    ("Canada protested when the Keystone XL pipeline was cancelled.", "Keystone XL"),
    ("Ministers argued over the Nord Stream 2 pipeline for a year.", "Nord Stream 2"),
    ("Egypt joined the Orbitex programme for satellite launches last year.", "Orbitex"),
])
def test_a_company_name_before_a_product_or_incident_names_the_thing(text: str,
                                                                      thing: str) -> None:
    assert thing not in actor_names(text)


def test_a_public_body_before_a_product_noun_stays_an_actor() -> None:
    names = actor_names("Hamas said the NATO pipeline plan had failed, and NATO denied it.")
    assert "NATO" in names
    assert "UNDP" in actor_names("The UNDP programme in Chad ran out of money, the agency said.")
