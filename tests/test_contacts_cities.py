"""Visits to a state's other cities: the gazetteer lists the cities news names ("Odesa",
"Basra"), each a place of its state, never a person or a party. Sentences are the project's
own."""

from __future__ import annotations

import pytest

from readout.analyze.gazetteer import load_gazetteer
from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc
from readout.records import Article


def contacts_of(text: str, published: str = "2023-03-08") -> list[tuple]:
    nlp = build_pipeline(None)
    article = Article(doc="t", text=text, published=published)
    analysis = analysis_from_doc(article, nlp(make_doc(nlp, article)))
    return [(c.format, sorted(c.participants), c.place) for c in analysis.contacts]


def test_the_gazetteer_knows_a_city_s_state_but_not_as_an_actor() -> None:
    gazetteer = load_gazetteer(None)
    assert gazetteer.state_of_city("Odesa") == "Ukraine"
    assert gazetteer.state_of_city("Odessa") == "Ukraine"
    assert gazetteer.state_of_city("Kyiv") is None  # a capital reads as the government
    assert gazetteer.lookup("Odesa") == []


@pytest.mark.parametrize("text, host, city", [
    ("The Dutch prime minister, Mark Rutte, visited Odesa on Monday.", "Ukraine", "Odesa"),
    ("Chancellor Olaf Scholz travelled to Kharkiv on Friday.", "Ukraine", "Kharkiv"),
    ("Prime Minister Tony Blair visits Basra, where he praises the troops.", "Iraq", "Basra"),
])
def test_a_visit_to_a_listed_city_is_hosted_by_its_state(text, host, city) -> None:
    found = contacts_of(text)
    assert len(found) == 1
    fmt, parties, place = found[0]
    assert fmt == "visit" and host in parties and place == city
    assert city not in parties


def test_a_leader_visiting_a_city_of_his_own_country_is_no_contact() -> None:
    assert contacts_of("Ukrainian President Volodymyr Zelensky visited Kharkiv on Friday.") == []
