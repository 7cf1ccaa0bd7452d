"""Regression gate: PLOVER event tuples on the written development articles, the ten of the
first writer (bench/written_news/dev/, tests/gold/written_events_dev.json), the twelve of the
second (bench/written_news/dev2/, tests/gold/written_events_dev2.json, annotated batch by
batch) and the six each of the eighth session's three writers (dev3/, dev4/, dev5/), each annotated
blind before readout ran on them. Development sets: their misses may be
read. Scoring is bench/events.written_events. A floor sits a little below the figure measured
when it was set; raise it when the extractor improves, never lower it to let a change pass.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.gold_checks import assert_event_units_well_formed

REPO = Path(__file__).resolve().parents[1]

# dev: blind first figure F1 0.466 (P 0.491, R 0.444); seventh session 0.542 -> 0.561, floor
# 0.50 -> 0.53.
# dev2: blind batch 1 F1 0.413 (P 0.492, R 0.356), batch 2 0.451 (P 0.525, R 0.395); both
# batches 0.485 when batch 2 was added, 0.551 after its fixes (gold corrections listed in the
# file). The margin allows for actor and contact changes made in parallel.
SETS = {
    "dev": {"gold": "written_events_dev.json", "floor": 0.53,
            "blind": {"first_blind_run": 0.466}},
    "dev2": {"gold": "written_events_dev2.json", "floor": 0.51,
             "blind": {"first_blind_run": 0.413, "first_blind_run_batch2": 0.451}},
    # dev3 (desk4) and dev4 (desk5), eighth session: blind first figures at b8a6ca7 (a clean
    # checkout), dev3 F1 0.491 (P 0.5, R 0.481), dev4 0.348 (P 0.429, R 0.293).
    "dev3": {"gold": "written_events_dev3.json", "floor": 0.45,
             "blind": {"first_blind_run": 0.491}},
    "dev4": {"gold": "written_events_dev4.json", "floor": 0.31,
             "blind": {"first_blind_run": 0.348}},
    # dev5 (desk7, web pages with page furniture): blind first figure at 4ccfdab (a clean
    # checkout), F1 0.608 (P 0.689, R 0.544).
    "dev5": {"gold": "written_events_dev5.json", "floor": 0.56,
             "blind": {"first_blind_run": 0.608}},
}


@pytest.mark.parametrize("split", sorted(SETS))
def test_gold_is_well_formed_and_offsets_only(split: str) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    from written_text import checked_written

    gold = json.loads((REPO / "tests" / "gold" / SETS[split]["gold"]).read_text("utf-8"))
    assert gold["held_out"] is False
    assert set(gold["complete_docs"]) == set(gold["files"])
    for field, f1 in SETS[split]["blind"].items():
        assert gold[field]["f1"] == f1
    for key, entry in gold["files"].items():
        assert key.startswith(f"{split}/")
        article = checked_written(key, entry["sha1"])
        assert_event_units_well_formed(entry["events"], entry["not_events"], len(article.text))


@pytest.mark.parametrize("split", sorted(SETS))
def test_written_f1_floor(split: str) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    import events as bench  # bench/events.py

    result = bench.written_events(gold_name=SETS[split]["gold"])
    assert result["f1"] >= SETS[split]["floor"], {k: result[k] for k in ("precision", "recall",
                                                                         "f1")}
