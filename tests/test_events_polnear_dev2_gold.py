"""Regression gate: PLOVER event tuples on whole PolNeAR dev articles, blind events set 5
(tests/gold/polnear_events_dev2.json: six dev articles chosen by
bench/events_polnear_dev2_select.py, foreign affairs first, annotated before readout was run
on them).

A development set: its misses may be read. Scoring is bench/events.polnear_events. The floor
sits a little below the figure measured when it was set; raise it when the extractor improves,
never lower it to let a change pass.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from tests.gold_checks import assert_event_units_well_formed

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "polnear_events_dev2.json"
TEXTS = REPO.parent / "shared" / "data" / "polnear" / "dev" / "text"
# Blind first figure: F1 0.333 (P 0.366, R 0.306); 0.337 after gold revision 1 (signing an
# agreement accepts SUPPORT); after the fixes of the same session 0.652 (P 0.698, R 0.612).
# The margin allows for actor changes made in parallel.
FLOOR = 0.58
# Gold files whose events must not come from the same articles.
APART_FROM = ["polnear_events_dev.json", "news_events_judged.json", "news_events_judged2.json"]

pytestmark = pytest.mark.skipif(not TEXTS.exists(), reason="PolNeAR not available")


def test_gold_is_well_formed_fresh_and_offsets_only() -> None:
    gold = json.loads(GOLD.read_text("utf-8"))
    assert gold["held_out"] is False
    assert set(gold["complete_docs"]) == set(gold["files"])
    others = set()
    for name in APART_FROM:
        data = json.loads((GOLD.parent / name).read_text("utf-8"))
        others |= set(data.get("files") or {})
        if isinstance(data.get("events"), list):  # judged sets: one item per judged output
            others |= {item["doc"] for item in data["events"]}
    for name, entry in gold["files"].items():
        path = TEXTS / name
        assert hashlib.sha1(path.read_bytes()).hexdigest() == entry["sha1"], name
        assert name not in others, name
        size = len(path.read_text("utf-8"))
        assert_event_units_well_formed(entry["events"], entry["not_events"], size)


def test_polnear_dev2_f1_floor() -> None:
    sys.path.insert(0, str(REPO / "bench"))
    import events as bench  # bench/events.py

    result = bench.polnear_events(gold_name="polnear_events_dev2.json")
    assert result["f1"] >= FLOOR, {k: result[k] for k in ("precision", "recall", "f1")}
