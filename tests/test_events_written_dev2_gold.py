"""Regression gate: PLOVER event tuples on the written development articles of the second
writer (bench/written_news/dev2/, tests/gold/written_events_dev2.json, annotated batch by batch
before readout ran on them). Development set: its misses may be read. Scoring is
bench/events.written_events. The floor sits a little below the figure measured when it was
set; raise it when the extractor improves, never lower it to let a change pass.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.gold_checks import assert_event_units_well_formed

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "written_events_dev2.json"
# Blind first figure of batch 1: F1 0.413 (P 0.492, R 0.356); after the fixes of the same
# session (and the gold corrections listed in it) 0.517 on batch 1. Batch 2 blind 0.451 (P 0.525,
# R 0.395); both batches 0.485 when batch 2 was added, 0.551 after its fixes (gold
# corrections listed in it). The margin allows for actor and contact changes made in parallel.
FLOOR = 0.51


def test_gold_is_well_formed_and_offsets_only() -> None:
    sys.path.insert(0, str(REPO / "bench"))
    from written_text import checked_written

    gold = json.loads(GOLD.read_text("utf-8"))
    assert gold["held_out"] is False
    assert set(gold["complete_docs"]) == set(gold["files"])
    assert gold["first_blind_run"]["f1"] == 0.413
    assert gold["first_blind_run_batch2"]["f1"] == 0.451
    for key, entry in gold["files"].items():
        assert key.startswith("dev2/")
        article = checked_written(key, entry["sha1"])
        assert_event_units_well_formed(entry["events"], entry["not_events"], len(article.text))


def test_written_dev2_f1_floor() -> None:
    sys.path.insert(0, str(REPO / "bench"))
    import events as bench  # bench/events.py

    result = bench.written_events(gold_name="written_events_dev2.json")
    assert result["f1"] >= FLOOR, {k: result[k] for k in ("precision", "recall", "f1")}
