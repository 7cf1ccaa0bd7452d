"""Regression gates: PLOVER event tuples on whole PolNeAR dev articles of 2016 US campaign news
(same genre as the held-out news gold scored by bench/news_gold.py), two sets annotated blind,
before readout was run on them:
- tests/gold/polnear_events_dev.json: eleven dev articles;
- tests/gold/polnear_events_dev2.json: six more, chosen by bench/events_polnear_dev2_select.py
  (foreign affairs first).

Development sets: their misses may be read. Scoring is bench/events.polnear_events. A floor sits
a little below the figure measured when it was set; raise it when the extractor improves, never
lower it to let a change pass.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from tests.gold_checks import assert_event_units_well_formed

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "gold"
TEXTS = REPO.parent / "shared" / "data" / "polnear" / "dev" / "text"
# (gold file, F1 floor, gold files whose events must not come from the same articles)
SETS = [
    # Blind first figure: F1 0.274 (P 0.345, R 0.227); after the fixes of the same session
    # 0.459 (P 0.567, R 0.386); 0.453 after parallel actor changes; round 2 (reported blame,
    # quoted rebukes of what was just said, deeds given as the reason for an asked apology)
    # 0.513 (P 0.588, R 0.455); after the fifth blind set's kinds (headlines read again in
    # sentence case, group references) 0.525 (P 0.583, R 0.477). The margin allows for actor
    # changes made in parallel.
    ("polnear_events_dev.json", 0.48,
     ["news_events.json", "news_events_judged.json", "news_events_judged2.json",
      "basil_events_dev.json", "basil_events_dev2.json"]),
    # Blind first figure: F1 0.333 (P 0.366, R 0.306); 0.337 after gold revision 1 (signing an
    # agreement accepts SUPPORT); after the fixes of the same session 0.652 (P 0.698, R 0.612).
    # The margin allows for actor changes made in parallel.
    ("polnear_events_dev2.json", 0.58,
     ["polnear_events_dev.json", "news_events_judged.json", "news_events_judged2.json"]),
]

pytestmark = pytest.mark.skipif(not TEXTS.exists(), reason="PolNeAR not available")


@pytest.mark.parametrize("gold_name, floor, apart_from", SETS)
def test_gold_is_well_formed_fresh_and_offsets_only(gold_name, floor, apart_from) -> None:
    gold = json.loads((GOLD_DIR / gold_name).read_text("utf-8"))
    assert gold["held_out"] is False
    assert set(gold["complete_docs"]) == set(gold["files"])
    others = set()
    for name in apart_from:
        data = json.loads((GOLD_DIR / name).read_text("utf-8"))
        others |= set(data.get("files") or {})
        if isinstance(data.get("events"), list):  # judged sets: one item per judged output
            others |= {item["doc"] for item in data["events"]}
    for name, entry in gold["files"].items():
        path = TEXTS / name
        assert hashlib.sha1(path.read_bytes()).hexdigest() == entry["sha1"], name
        assert name not in others, name
        size = len(path.read_text("utf-8"))
        assert_event_units_well_formed(entry["events"], entry["not_events"], size)


@pytest.mark.parametrize("gold_name, floor, apart_from", SETS)
def test_polnear_f1_floor(gold_name, floor, apart_from) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    import events as bench  # bench/events.py

    result = bench.polnear_events(gold_name=gold_name)
    assert result["f1"] >= floor, {k: result[k] for k in ("precision", "recall", "f1")}
