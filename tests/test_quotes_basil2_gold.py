"""Regression gate: direct quotes and their speakers on the second batch of own BASIL gold
(tests/gold/basil_quotes_dev2.json, fifteen development articles annotated blind;
`bench/quotes.py --corpus basil-own` reports it as basil_own_dev2). Scored like the seeds
and the first batch (span overlap, canonical speakers compared exactly against the accepted
names, optional entries neither rewarded nor penalised)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BASIL = REPO.parent / "shared" / "data" / "basil"

# 207 required quotes. First (blind) measurement: P/R/F1 1.000/0.976/0.988, speaker 0.886,
# attributed F1 0.875; after the fixes made on it (and the lead's first-name fix in the
# gazetteer): 1.000/0.981/0.990, speaker 0.966, attributed F1 0.956. Floors leave about three
# errors of margin.
FLOORS = {"precision": 0.99, "recall": 0.97, "f1": 0.975, "speaker_accuracy": 0.95,
          "attributed_f1": 0.94}


def _bench():
    spec = importlib.util.spec_from_file_location("bench_quotes", REPO / "bench" / "quotes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_basil_batch2_direct_quotes_stay_above_floors():
    if not BASIL.is_dir():
        pytest.skip(f"BASIL not available at {BASIL}")
    bench = _bench()
    articles = bench.load_basil_own(bench.BASIL_OWN_GOLD_2)
    ours, _, _ = bench.run_systems(articles, with_textacy=False)
    got = bench.score(articles, ours, "direct")
    measured = {"precision": got["precision"], "recall": got["recall"], "f1": got["f1"],
                "speaker_accuracy": got["speaker_accuracy"],
                "attributed_f1": got["attributed"]["f1"]}
    low = {k: (v, FLOORS[k]) for k, v in measured.items() if v < FLOORS[k]}
    assert not low, f"BASIL batch-2 direct quotes fell below their floors (got, floor): {low}"
