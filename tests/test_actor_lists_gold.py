"""Regression gate: the per-article actor lists of tests/gold/actor_lists_dev1.json (name,
country, sector) may not fall below the pinned floors (measured when set, minus a margin).
bench/actor_lists.py reports the full figures."""

import json
from pathlib import Path

import pytest

from tests.gold_checks import load_bench

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "gold" / "actor_lists_dev1.json"
GOLD2 = REPO / "tests" / "gold" / "actor_lists_dev2.json"
GOLD3 = REPO / "tests" / "gold" / "actor_lists_dev3.json"
GOLD4 = REPO / "tests" / "gold" / "actor_lists_dev4.json"
GOLD5 = REPO / "tests" / "gold" / "actor_lists_dev5.json"
GOLD_WRITTEN = REPO / "tests" / "gold" / "actor_lists_written_dev.json"
GOLD_WRITTEN2 = REPO / "tests" / "gold" / "actor_lists_written_dev2.json"
GOLD_WRITTEN3 = REPO / "tests" / "gold" / "actor_lists_written_dev3.json"
GOLD_WRITTEN4 = REPO / "tests" / "gold" / "actor_lists_written_dev4.json"
GOLD_WRITTEN5 = REPO / "tests" / "gold" / "actor_lists_written_dev5.json"
# measured blind P 0.811 R 0.838 F1 0.824, country 0.844, sector 0.87; after the fixes it
# prompted (and revision 2 of the gold) F1 0.915, country 0.906, sector 0.976
F1_FLOOR, COUNTRY_FLOOR, SECTOR_FLOOR = 0.88, 0.88, 0.94
# second set: blind P 0.829 R 0.927 F1 0.875, country 0.952, sector 0.952; after its fixes
# (and revision 2) F1 0.955, country 0.957, sector 0.971
F1_FLOOR2, COUNTRY_FLOOR2, SECTOR_FLOOR2 = 0.92, 0.92, 0.94
# third set (war headlines): blind P 0.896 R 0.959 F1 0.926, country and sector 0.986; after
# its fixes F1 0.972
F1_FLOOR3, COUNTRY_FLOOR3, SECTOR_FLOOR3 = 0.93, 0.95, 0.95
# fourth set (full news articles on foreign affairs): blind P 0.838 R 0.933 F1 0.883, country
# 0.765, sector 0.867; after its fixes (and revisions 2 and 3) F1 1.0, country and sector 0.963
F1_FLOOR4, COUNTRY_FLOOR4, SECTOR_FLOOR4 = 0.95, 0.92, 0.92
# fifth set (whole BASIL articles with foreign actors): blind P 0.93 R 0.938 F1 0.934, country
# 0.848, sector 0.939; after its fixes (and revision 2) F1 0.94, country 0.894, sector 0.955
F1_FLOOR5, COUNTRY_FLOOR5, SECTOR_FLOOR5 = 0.91, 0.86, 0.92
# the ten diplomacy articles written for the project: blind P 0.946 R 0.993 F1 0.969, country
# 0.924, sector 0.957
F1_FLOOR_W, COUNTRY_FLOOR_W, SECTOR_FLOOR_W = 0.95, 0.9, 0.94
# twelve more by another writer (dev2): blind P 0.91 R 0.983 F1 0.945, country 0.928, sector 0.973
F1_FLOOR_W2, COUNTRY_FLOOR_W2, SECTOR_FLOOR_W2 = 0.92, 0.9, 0.95
# six by desk4 (dev3), annotated blind by the actors helper: blind P 0.942 R 1.0 F1 0.97,
# country 0.959, sector 0.99; after its fixes (and revision 2) F1 0.99, country 0.99, sector 1.0
F1_FLOOR_W3, COUNTRY_FLOOR_W3, SECTOR_FLOOR_W3 = 0.96, 0.96, 0.97
# six by desk5 (dev4), the same way: blind P 0.94 R 0.975 F1 0.957, country 0.873, sector 0.921;
# after its fixes (and revision 2) F1 0.992, country 0.992, sector 1.0
F1_FLOOR_W4, COUNTRY_FLOOR_W4, SECTOR_FLOOR_W4 = 0.96, 0.96, 0.97
# six saved web pages by desk7 (dev5), the same way: blind P 0.843 R 1.0 F1 0.915, country 0.981,
# sector 0.991; after its fixes (page furniture, and revision 2) F1 0.978, country and sector 1.0
F1_FLOOR_W5, COUNTRY_FLOOR_W5, SECTOR_FLOOR_W5 = 0.95, 0.96, 0.97


def _bench():
    return load_bench("actor_lists")


@pytest.mark.parametrize("path", [GOLD, GOLD2, GOLD3, GOLD4, GOLD5, GOLD_WRITTEN,
                                  GOLD_WRITTEN2, GOLD_WRITTEN3, GOLD_WRITTEN4, GOLD_WRITTEN5])
def test_gold_file_is_well_formed(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold) >= {"guidelines", "docs", "dataset"}
    for key, entry in gold["docs"].items():
        assert set(entry) == {"published", "text_sha1", "actors"}, key
        for actor in entry["actors"]:
            assert set(actor) == {"names", "country", "sector", "required"}
            assert actor["names"] and all(isinstance(n, str) for n in actor["names"])


@pytest.mark.parametrize("path, floors", [(GOLD, (F1_FLOOR, COUNTRY_FLOOR, SECTOR_FLOOR)),
                                          (GOLD2, (F1_FLOOR2, COUNTRY_FLOOR2, SECTOR_FLOOR2)),
                                          (GOLD3, (F1_FLOOR3, COUNTRY_FLOOR3, SECTOR_FLOOR3)),
                                          (GOLD4, (F1_FLOOR4, COUNTRY_FLOOR4, SECTOR_FLOOR4)),
                                          (GOLD5, (F1_FLOOR5, COUNTRY_FLOOR5, SECTOR_FLOOR5)),
                                          (GOLD_WRITTEN,
                                           (F1_FLOOR_W, COUNTRY_FLOOR_W, SECTOR_FLOOR_W)),
                                          (GOLD_WRITTEN2,
                                           (F1_FLOOR_W2, COUNTRY_FLOOR_W2, SECTOR_FLOOR_W2)),
                                          (GOLD_WRITTEN3,
                                           (F1_FLOOR_W3, COUNTRY_FLOOR_W3, SECTOR_FLOOR_W3)),
                                          (GOLD_WRITTEN4,
                                           (F1_FLOOR_W4, COUNTRY_FLOOR_W4, SECTOR_FLOOR_W4)),
                                          (GOLD_WRITTEN5,
                                           (F1_FLOOR_W5, COUNTRY_FLOOR_W5, SECTOR_FLOOR_W5))])
def test_actor_list_floors(path, floors):
    if not (SHARED / "data" / "us-gov-russia-ukraine-statements-2022").is_dir():
        pytest.skip("../shared is not available")
    result = _bench().evaluate(path)
    assert result["f1"] >= floors[0], result
    assert result["country_accuracy"] >= floors[1], result
    assert result["sector_accuracy"] >= floors[2], result
