"""Contacts read the pipeline's gazetteer, the user's file included (README: ``--gazetteer``),
not only the shipped one. An invented state and city, so no shipped entry can stand in."""

import json

from readout.analyze.contacts import ContactExtractor, _gazetteer
from readout.analyze.gazetteer import load_gazetteer
from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article

USER_GAZETTEER = {"countries": [{"name": "Veloria", "iso3": "VLR", "aliases": [],
                                 "demonyms": ["Velorian"], "capitals": ["Port Amsel"],
                                 "cities": ["Kestrel Bay"]}]}
TEXT = "German Chancellor Olaf Scholz visited Kestrel Bay on Tuesday."


def _contacts(gazetteer_path):
    nlp = build_pipeline(gazetteer_path)
    doc = nlp(make_doc(nlp, Article(doc="t", text=TEXT, published="2023-03-02")))
    return doc._.contacts


def test_a_city_of_the_users_gazetteer_names_the_state_visited(tmp_path):
    path = tmp_path / "actors.json"
    path.write_text(json.dumps(USER_GAZETTEER), "utf-8")
    found = _contacts(str(path))
    assert [(sorted(c.participants), c.format, c.place) for c in found] == [
        (["Olaf Scholz", "Veloria"], "visit", "Kestrel Bay")]
    # without the file the city is unknown and no state is visited
    assert _contacts(None) == []


def test_the_extractor_takes_the_actor_resolvers_gazetteer_or_its_own(tmp_path):
    path = tmp_path / "actors.json"
    path.write_text(json.dumps(USER_GAZETTEER), "utf-8")
    nlp = build_pipeline(str(path))
    extractor = nlp.get_pipe("readout_contacts")
    assert isinstance(extractor, ContactExtractor)
    assert extractor.gazetteer is nlp.get_pipe("readout_actors").gazetteer
    assert extractor.gazetteer.state_of_city("Kestrel Bay") is not None
    # outside a document the module's helpers read the shipped gazetteer
    assert _gazetteer().state_of_city("Kestrel Bay") is None
    assert load_gazetteer(None).state_of_city("Kestrel Bay") is None
