"""Regression gate: PLOVER event tuples on a second batch of ordinary news
(tests/gold/basil_events_dev2.json).

Ten BASIL articles from the development half that no other gold file used, annotated from the
text alone before readout was run on them (the first, blind figure is kept below). A
development set: its misses may be read. Scoring is bench/events.basil_events with this gold
file. The floor sits below the figure measured when it was set; raise it when the extractor
improves, never lower it to let a change pass.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLD_NAME = "basil_events_dev2.json"
GOLD = REPO / "tests" / "gold" / GOLD_NAME
BASIL = REPO.parent / "shared" / "data" / "basil"
# blind, before any change made from it: F1 0.359 (P 0.341, R 0.378); after the fixes of the
# same session 0.575 (P 0.583, R 0.568). The margin allows for actor changes made in parallel.
F1_FLOOR = 0.53

pytestmark = pytest.mark.skipif(not BASIL.exists(), reason="BASIL not available")


def _triplet_is_dev(rel: str) -> bool:
    data = json.loads((BASIL / rel).read_text("utf-8"))
    triplet = data.get("triplet-uuid") or Path(rel).name.split("_")[0]
    return int(hashlib.sha1(triplet.encode()).hexdigest(), 16) % 2 == 0


def test_gold_file_is_well_formed_fresh_and_from_the_development_half() -> None:
    gold = json.loads(GOLD.read_text("utf-8"))
    assert gold["held_out"] is False
    assert set(gold["complete_docs"]) == set(gold["files"])
    gold_dir = REPO / "tests" / "gold"
    held_out_news = json.loads((gold_dir / "news_events.json").read_text("utf-8"))
    first_batch = json.loads((gold_dir / "basil_events_dev.json").read_text("utf-8"))
    for rel, entry in gold["files"].items():
        assert _triplet_is_dev(rel), rel
        assert rel not in held_out_news["files"] and rel not in first_batch["files"]
        events = entry["events"]
        for i, event in enumerate(events):
            assert 0 <= event["evidence_start"] < event["evidence_end"]
            assert "text" not in event and "evidence" not in event  # offsets only
            if "same_as" in event:
                assert event["same_as"] < i
                assert not events[event["same_as"]].get("same_as")  # units point at a head
        for item in entry["not_events"]:
            assert not any(item["evidence_start"] < e["evidence_end"] and
                           e["evidence_start"] < item["evidence_end"] for e in events)


def test_basil_dev2_f1_floor() -> None:
    sys.path.insert(0, str(REPO / "bench"))
    import events as bench  # bench/events.py

    result = bench.basil_events(gold_name=GOLD_NAME)
    assert result["f1"] >= F1_FLOOR, {k: result[k] for k in ("precision", "recall", "f1")}
