"""Regression gate: events and proposals on the annotated seeds (tests/gold/seeds_*.json).

Scoring is bench/events.py's (see its docstring). The floors are pinned a little below the
figures measured when they were set; raise them when the extractors improve, never lower
them to make a change pass. Targets (issue 5): event-tuple F1 0.70, proposals F1 0.85.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
# round 4 measured 0.719; the margin allows for actor-resolution changes made in parallel
EVENT_TUPLE_F1_FLOOR = 0.66  # round 3 measured 0.455, round 1 0.212
PLOVER_TYPE_ACCURACY_FLOOR = 0.68  # measured 0.711 (round 4; round 3 0.596, round 2 0.519)
# PLOVER gold tuples (type, actor country, target country), round 4: dev 0.368, held-out 0.369;
# after the news-prose work: dev 0.399, held-out 0.379
PLOVER_TUPLE_F1_FLOOR = {"dev": 0.36, "held_out": 0.35}
PROPOSALS_F1_FLOOR = 0.85  # measured 0.906
PROPOSALS_PRECISION_FLOOR = 0.85  # measured 0.914


@pytest.fixture(scope="module")
def scored(seeds):
    sys.path.insert(0, str(REPO / "bench"))
    import events as bench  # bench/events.py

    events_gold = json.loads((GOLD / "seeds_events.json").read_text("utf-8"))
    proposals_gold = json.loads((GOLD / "seeds_proposals.json").read_text("utf-8"))
    contacts_path = GOLD / "seeds_contacts.json"
    contacts_gold = json.loads(contacts_path.read_text("utf-8")) if contacts_path.exists() else {}
    pairs = bench.load_seed_analyses(events_gold)
    by_name = {a.article.doc: a for a, _ in pairs}
    return {
        "events": bench.seeds_events(pairs, contacts_gold, verbose=False),
        "proposals": bench.seeds_proposals(
            [(by_name[n], e) for n, e in proposals_gold["files"].items()], verbose=False),
    }


def test_event_tuple_f1_floor(scored) -> None:
    assert scored["events"]["f1"] >= EVENT_TUPLE_F1_FLOOR, scored["events"]


def test_plover_type_accuracy_floor() -> None:
    """PLOVER gold-standard sentences (never trained on): the type from lexicon and parse."""
    sys.path.insert(0, str(REPO / "bench"))
    import events as bench

    if not bench.PLOVER_GSR.exists():
        pytest.skip("PLOVER gold-standard records not available")
    result = bench.plover_accuracy(verbose=False)
    assert result["type_accuracy"] >= PLOVER_TYPE_ACCURACY_FLOOR, result


def test_plover_tuple_f1_floor() -> None:
    """Who did what to whom on the PLOVER gold sentences, both halves (see bench/events.py)."""
    sys.path.insert(0, str(REPO / "bench"))
    import events as bench

    if not bench.PLOVER_GSR.exists():
        pytest.skip("PLOVER gold-standard records not available")
    result = bench.plover_tuples(verbose=False)
    for split, floor in PLOVER_TUPLE_F1_FLOOR.items():
        assert result[split]["f1"] >= floor, (split, result[split])


def test_proposals_f1_floor(scored) -> None:
    result = scored["proposals"]
    assert result["f1"] >= PROPOSALS_F1_FLOOR, result
    assert result["precision"] >= PROPOSALS_PRECISION_FLOOR, result


def test_known_hard_cases(scored) -> None:
    """The gold's tempting non-items must stay out: no event inside a 'not_events' span of
    the kind the issue names (denial, conditional threat, recommendation)."""
    events_gold = json.loads((GOLD / "seeds_events.json").read_text("utf-8"))
    sys.path.insert(0, str(REPO / "bench"))
    import events as bench

    pairs = bench.load_seed_analyses(events_gold)
    contacts_path = GOLD / "seeds_contacts.json"
    contacts_gold = json.loads(contacts_path.read_text("utf-8")) if contacts_path.exists() else {}
    hits = []
    for analysis, entry in pairs:
        # per the gold guidelines, a CONSULT/AGREE event on a sentence that mentions a gold
        # contact is don't-care (the sentence may hold a non-event beside the meeting)
        contact_spans = [(c["evidence_start"], c["evidence_end"]) for c in contacts_gold.get(
            "files", {}).get(analysis.article.doc, {}).get("contacts", [])]
        for bad in entry.get("not_events", []):
            reason = bad["reason"]
            if not any(w in reason for w in ("recommendation", "negated", "conditional")):
                continue
            for e in analysis.events:
                if e.type in ("CONSULT", "AGREE") and any(
                        e.start < b and a < e.end for a, b in contact_spans):
                    continue
                if e.start < bad["evidence_end"] and bad["evidence_start"] < e.end and not any(
                        e.start < g["evidence_end"] and g["evidence_start"] < e.end
                        for g in entry["events"]):
                    hits.append((analysis.article.doc, e.type, reason))
    assert not hits, hits
