"""Regression gate: actor resolution on the sample of news mentions
(tests/gold/news_actor_sample.json) may not fall below the pinned floor (measured when set,
minus a margin). bench/actors_news.py reports the full figures."""

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "gold" / "news_actor_sample.json"
HELD_OUT = REPO / "tests" / "gold" / "news_actor_sample_heldout.json"
POLNEAR_DEV = REPO / "tests" / "gold" / "news_actor_sample_dev2.json"
FLOOR = 0.95  # measured 0.957 when set, 0.986 since faiths and programmes are not actors
POLNEAR_DEV_FLOOR = 0.95  # measured 0.806 when annotated, 1.0 after the fixes it prompted
CAMEO_DEV = REPO / "tests" / "gold" / "news_actor_sample_cameo_dev.json"
CAMEO_DEV_FLOOR = 0.93  # measured 0.933 when annotated, 0.966 after the fixes it prompted
POLNEAR_DEV3 = REPO / "tests" / "gold" / "news_actor_sample_dev3.json"
POLNEAR_DEV3_FLOOR = 0.93  # measured 0.928 when annotated, 0.957 after the fixes it prompted
POLNEAR_DEV4 = REPO / "tests" / "gold" / "news_actor_sample_dev4.json"
POLNEAR_DEV4_FLOOR = 0.95  # measured 0.95 when annotated, 1.0 after the fixes it prompted
TIMELINE_DEV = REPO / "tests" / "gold" / "news_actor_sample_timeline_dev.json"
TIMELINE_DEV_FLOOR = 0.95  # measured 0.986 when annotated
USGOV_DEV = REPO / "tests" / "gold" / "news_actor_sample_usgov.json"
USGOV_DEV_FLOOR = 0.94  # measured 0.824 when annotated, 0.98 after the fixes it prompted
RUWA_DEV = REPO / "tests" / "gold" / "news_actor_sample_ruwa.json"
RUWA_DEV_FLOOR = 0.95  # measured 0.93 when annotated, 0.986 after the fixes it prompted
BASIL_MOVED = REPO / "tests" / "gold" / "news_actor_sample_basil7.json"
BASIL_MOVED_FLOOR = 0.93  # measured 0.845 when annotated, 0.966 after the fixes it prompted
TIMELINE_DEV2 = REPO / "tests" / "gold" / "news_actor_sample_timeline_dev2.json"
TIMELINE_DEV2_FLOOR = 0.86  # measured 0.667 when annotated, 0.9 after the fixes it prompted
HELD_OUT_FLOOR = 0.78  # measured 0.82 when set (0.836 with the code of the session before)


def _bench():
    spec = importlib.util.spec_from_file_location("bench_actors_news",
                                                  REPO / "bench" / "actors_news.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", [GOLD, HELD_OUT, POLNEAR_DEV, CAMEO_DEV, POLNEAR_DEV3,
                                  POLNEAR_DEV4, TIMELINE_DEV, USGOV_DEV, RUWA_DEV, BASIL_MOVED,
                                  TIMELINE_DEV2])
def test_gold_file_is_offsets_only_and_well_formed(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold) >= {"guidelines", "docs", "mentions"}
    for item in gold["mentions"]:
        assert set(item) <= {"doc", "start", "end", "kind", "names"}
        assert item["kind"] in ("actor", "place", "not_actor", "dont_care")
        assert (item["kind"] == "actor") == bool(item.get("names"))
        assert 0 <= item["start"] < item["end"] and item["doc"] in gold["docs"]


def test_news_actor_resolution_floor():
    if not (SHARED / "data" / "basil").is_dir():
        pytest.skip("../shared is not available")
    result = _bench().evaluate()
    assert result["mentions_scored"] >= 60
    assert result["accuracy"] >= FLOOR, result


def test_held_out_news_actor_resolution_floor():
    if not (SHARED / "data" / "polnear").is_dir():
        pytest.skip("../shared is not available")
    result = _bench().evaluate(gold_path=HELD_OUT)
    assert result["mentions_scored"] >= 55
    assert result["accuracy"] >= HELD_OUT_FLOOR, result


@pytest.mark.parametrize("path, floor", [(POLNEAR_DEV, POLNEAR_DEV_FLOOR),
                                         (POLNEAR_DEV3, POLNEAR_DEV3_FLOOR),
                                         (POLNEAR_DEV4, POLNEAR_DEV4_FLOOR)])
def test_further_news_actor_sample_floors(path, floor):
    if not (SHARED / "data" / "polnear").is_dir():
        pytest.skip("../shared is not available")
    result = _bench().evaluate(gold_path=path)
    assert result["mentions_scored"] >= 60
    assert result["accuracy"] >= floor, result


def test_international_news_actor_sample_floor():
    if not (SHARED / "data" / "conflibert-cameo").is_dir():
        pytest.skip("../shared is not available")
    result = _bench().evaluate(gold_path=CAMEO_DEV)
    assert result["mentions_scored"] >= 85
    assert result["accuracy"] >= CAMEO_DEV_FLOOR, result


def test_timeline_news_actor_sample_floor():
    if not (SHARED / "data" / "background-summaries-pratapa2023").is_dir():
        pytest.skip("../shared is not available")
    result = _bench().evaluate(gold_path=TIMELINE_DEV)
    assert result["mentions_scored"] >= 70
    assert result["accuracy"] >= TIMELINE_DEV_FLOOR, result


def test_us_government_statements_actor_sample_floor():
    if not (SHARED / "data" / "us-gov-russia-ukraine-statements-2022").is_dir():
        pytest.skip("../shared is not available")
    result = _bench().evaluate(gold_path=USGOV_DEV)
    assert result["mentions_scored"] >= 50
    assert result["accuracy"] >= USGOV_DEV_FLOOR, result


def test_war_headlines_actor_sample_floor():
    if not (SHARED / "data" / "ruwa-russia-ukraine-war-news").is_dir():
        pytest.skip("../shared is not available")
    result = _bench().evaluate(gold_path=RUWA_DEV)
    assert result["mentions_scored"] >= 70
    assert result["accuracy"] >= RUWA_DEV_FLOOR, result


@pytest.mark.parametrize("path, floor", [(BASIL_MOVED, BASIL_MOVED_FLOOR),
                                         (TIMELINE_DEV2, TIMELINE_DEV2_FLOOR)])
def test_samples_with_references_and_companies_floors(path, floor):
    if not (SHARED / "data" / "basil").is_dir():
        pytest.skip("../shared is not available")
    result = _bench().evaluate(gold_path=path)
    assert result["mentions_scored"] >= 55
    assert result["accuracy"] >= floor, result
