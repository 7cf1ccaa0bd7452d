"""Regression gate: PLOVER event tuples on the ten written development articles of
bench/written_news/dev/ (tests/gold/written_events_dev.json, annotated blind before readout ran
on them). Development set: its misses may be read. Scoring is bench/events.written_events. The
floor sits a little below the figure measured when it was set; raise it when the extractor
improves, never lower it to let a change pass.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.gold_checks import assert_event_units_well_formed

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "written_events_dev.json"
# Blind first figure: F1 0.466 (P 0.491, R 0.444); after the fixes of the same session see
# the commit that set this floor. The margin allows for actor and quote changes made in parallel.
# Seventh session: 0.542 -> 0.561, floor 0.50 -> 0.53.
FLOOR = 0.53


def test_gold_is_well_formed_and_offsets_only() -> None:
    sys.path.insert(0, str(REPO / "bench"))
    from written_text import checked_written

    gold = json.loads(GOLD.read_text("utf-8"))
    assert gold["held_out"] is False
    assert set(gold["complete_docs"]) == set(gold["files"])
    assert gold["first_blind_run"]["f1"] == 0.466
    for key, entry in gold["files"].items():
        assert key.startswith("dev/")
        article = checked_written(key, entry["sha1"])
        assert_event_units_well_formed(entry["events"], entry["not_events"], len(article.text))


def test_written_dev_f1_floor() -> None:
    sys.path.insert(0, str(REPO / "bench"))
    import events as bench  # bench/events.py

    result = bench.written_events()
    assert result["f1"] >= FLOOR, {k: result[k] for k in ("precision", "recall", "f1")}
