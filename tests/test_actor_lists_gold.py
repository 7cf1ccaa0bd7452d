"""Regression gate: the per-article actor lists of tests/gold/actor_lists_dev1.json (name,
country, sector) may not fall below the pinned floors (measured when set, minus a margin).
bench/actor_lists.py reports the full figures."""

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "gold" / "actor_lists_dev1.json"
# measured blind P 0.811 R 0.838 F1 0.824, country 0.844, sector 0.87; after the fixes it
# prompted (and revision 2 of the gold) F1 0.915, country 0.906, sector 0.976
F1_FLOOR, COUNTRY_FLOOR, SECTOR_FLOOR = 0.88, 0.88, 0.94


def _bench():
    spec = importlib.util.spec_from_file_location("bench_actor_lists",
                                                  REPO / "bench" / "actor_lists.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_file_is_well_formed():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    assert set(gold) >= {"guidelines", "docs", "dataset"}
    for key, entry in gold["docs"].items():
        assert set(entry) == {"published", "text_sha1", "actors"}, key
        for actor in entry["actors"]:
            assert set(actor) == {"names", "country", "sector", "required"}
            assert actor["names"] and all(isinstance(n, str) for n in actor["names"])


def test_actor_list_floors():
    if not (SHARED / "data" / "us-gov-russia-ukraine-statements-2022").is_dir():
        pytest.skip("../shared is not available")
    result = _bench().evaluate()
    assert result["f1"] >= F1_FLOOR, result
    assert result["country_accuracy"] >= COUNTRY_FLOOR, result
    assert result["sector_accuracy"] >= SECTOR_FLOOR, result
