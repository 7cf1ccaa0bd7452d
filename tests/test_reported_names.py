"""The last pipeline step: a seat of government the gazetteer marks as standing for its state
("the Kremlin", per the product brief) is reported under the state's name everywhere, while a
seat without that mark ("the White House") keeps its own. The sentences are written for these
tests."""

import json

import pytest

from readout.analyze import analyze_text
from readout.analyze.gazetteer import build_gazetteer
from readout.analyze.reported_names import ReportedNames
from readout.records import Actor, Event


def test_the_kremlin_is_reported_as_russia_in_every_result():
    result = analyze_text("The Kremlin said on Monday that the talks with Kyiv had failed. "
                          "The Kremlin accused Ukraine of stalling.", published="2023-04-03")
    assert "Kremlin" not in {a.name for a in result.actors}
    assert [q.speaker for q in result.quotes if q.kind == "indirect"][:1] == ["Russia"]
    assert all(e.actor != "Kremlin" for e in result.events)
    assert any(e.actor == "Russia" for e in result.events)


def test_the_seat_s_mentions_join_the_state_s_count():
    result = analyze_text("The Kremlin rejected the offer, and Moscow recalled its envoy.",
                          published="2023-04-03")
    assert {a.name: a.mentions for a in result.actors}["Russia"] == 2


def test_a_seat_without_the_mark_keeps_its_name():
    result = analyze_text("The White House said the talks would go on.", published="2023-04-03")
    assert "White House" in {a.name for a in result.actors}


def test_the_same_act_of_the_seat_and_its_state_is_reported_once():
    gazetteer = build_gazetteer([{
        "countries": [{"name": "Ruritania", "aliases": [], "demonyms": ["Ruritanian"]}],
        "organizations": [{"name": "Castle Hill", "aliases": [], "sector": "government",
                           "country": "Ruritania", "reported_as": "Ruritania"}]}])
    step = ReportedNames(gazetteer)
    assert step.renamed == {"Castle Hill": "Ruritania"}

    class Doc:  # the attributes the step reads and writes, without a parse
        class _:
            actor_mentions: list = []
            actors = [Actor(name="Castle Hill", country="Ruritania", sector="government",
                            kind="organization", mentions=1),
                      Actor(name="Ruritania", country="Ruritania", sector="government",
                            kind="state", mentions=2)]
            quotes: list = []
            contacts: list = []
            events = [Event(type="ACCUSE", actor=name, target=None, date=None, evidence="x",
                            start=0, end=1) for name in ("Castle Hill", "Ruritania")]
            proposals: list = []

    out = step(Doc)
    assert [(a.name, a.mentions) for a in out._.actors] == [("Ruritania", 3)]
    assert [e.actor for e in out._.events] == ["Ruritania"]


@pytest.mark.parametrize("entry", [{"reported_as": "Nowhere"}, {}])
def test_a_mark_naming_no_known_state_renames_nothing(entry):
    gazetteer = build_gazetteer([json.loads(json.dumps({
        "organizations": [{"name": "Castle Hill", "aliases": [], "sector": "government",
                           "country": None, **entry}]}))])
    assert ReportedNames(gazetteer).renamed == {}
