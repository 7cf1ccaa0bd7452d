"""Regression gate: indirect speech (and the direct quotes beside it) on the blind
indirect-speech sets, tests/gold/basil_quotes_indirect_dev1.json and _dev2.json (six BASIL
articles each, of two triplets moved from the held-out half; `bench/quotes_indirect.py`).
Scored as bench/quotes.py scores its own gold (span overlap, canonical speakers against the
accepted names, optional entries neither rewarded nor penalised). Floors sit a little under the
scores measured when they were pinned."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gold_checks import load_bench, quote_figures_below

REPO = Path(__file__).resolve().parents[1]
BASIL = REPO.parent / "shared" / "data" / "basil"
GOLD = REPO / "tests" / "gold"

# Set 1: 16 required indirect clauses and 73 required direct quotes. First (blind)
# measurement: indirect P/R/F1 0.516/0.938/0.666, speaker 0.867, attributed F1 0.553; direct
# 0.973/0.986/0.980, speaker 0.958, attributed F1 0.939. After the fixes made on it (and nine
# optional entries plus one accepted name added to the gold, noted in the file): indirect
# 0.810/1.000/0.895, speaker 0.875, attributed F1 0.757; direct unchanged. With 16 required
# clauses one error moves recall by 0.06: floors leave one or two errors of margin.
# Set 2: 29 required indirect clauses and 43 required direct quotes. Blind: indirect
# 0.935/0.931/0.933, speaker 0.963, attributed F1 0.900; direct 0.977/1.000/0.989, speaker
# 0.977, attributed F1 0.966. After its fixes ('make clear', 'As X noted,', 'Instead, X
# said,', a cue the tagger read as a noun, 'the paper' as the outlet just named): indirect
# 0.939/1.000/0.969, speaker 0.966, attributed F1 0.936; direct unchanged. A later session's
# speaker fixes (party member in apposition, bodies; quotes batch 10): speaker 1.0,
# attributed F1 0.969, so its speaker and attributed floors rose by one error (0.9 -> 0.93,
# 0.87 -> 0.9).
# One error moves indirect recall by 0.035: floors leave about two errors of margin.
FLOORS = {
    "basil_quotes_indirect_dev1.json": {
        "indirect": {"precision": 0.72, "recall": 0.93, "f1": 0.82, "speaker_accuracy": 0.80,
                     "attributed_f1": 0.66},
        "direct": {"precision": 0.96, "recall": 0.97, "f1": 0.965, "speaker_accuracy": 0.94,
                   "attributed_f1": 0.92},
    },
    "basil_quotes_indirect_dev2.json": {
        "indirect": {"precision": 0.87, "recall": 0.93, "f1": 0.9, "speaker_accuracy": 0.93,
                     "attributed_f1": 0.9},
        "direct": {"precision": 0.95, "recall": 0.97, "f1": 0.96, "speaker_accuracy": 0.95,
                   "attributed_f1": 0.93},
    },
}


def _bench():
    return load_bench("quotes")


@pytest.mark.parametrize("gold_name", sorted(FLOORS))
def test_indirect_sets_stay_above_floors(gold_name):
    if not BASIL.is_dir():
        pytest.skip(f"BASIL not available at {BASIL}")
    bench = _bench()
    articles = bench.load_basil_own(GOLD / gold_name)
    low = quote_figures_below(articles, FLOORS[gold_name])
    assert not low, f"{gold_name} fell below its floors (got, floor): {low}"
