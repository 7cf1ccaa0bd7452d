"""Regression gate: quote extraction on the hand-annotated seeds (tests/gold/seeds_quotes.json).

The floors sit just under the scores reached when they were pinned; a change that lowers a
score below its floor fails here. Raise them when the extractor improves. Scoring is the one
bench/quotes.py uses (span overlap, canonical speakers compared exactly, optional entries
neither rewarded nor penalised).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gold_checks import load_bench

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"

# Pinned after the second round of issue 3; measured: direct P/R/F1 0.977/0.977/0.977,
# speaker 1.0, attributed F1 0.977; indirect P/R/F1 0.923/0.867/0.894, speaker 0.846,
# attributed F1 0.751. Third round: seeds scores unchanged (the work went into PolNeAR speakers),
# so the floors stay where they are. Fourth round: the scare quote "buffer" is no longer a quote,
# direct P/R/F1 1.0/0.977/0.988, attributed F1 0.988; direct floors raised a little. Fifth
# round (indirect recall): indirect P/R/F1 0.933/0.933/0.933, speaker 0.857, attributed F1
# 0.800; indirect recall, F1 and attributed floors raised a little. Sixth round (speakers from
# fresh news): indirect speaker 0.929, attributed F1 0.867 (a credit line above a paragraph no
# longer takes its subject); those two floors raised, one error of margin kept.
FLOORS = {
    "direct": {"precision": 0.98, "recall": 0.97, "f1": 0.975, "speaker_accuracy": 0.99,
               "attributed_f1": 0.975},
    "indirect": {"precision": 0.91, "recall": 0.9, "f1": 0.9, "speaker_accuracy": 0.85,
                 "attributed_f1": 0.79},
}


def _bench():
    return load_bench("quotes")


@pytest.fixture(scope="module")
def scores():
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not available at {SEEDS}")
    bench = _bench()
    articles = bench.load_seeds()
    ours, _, _ = bench.run_systems(articles, with_textacy=False)
    return {kind: bench.score(articles, ours, kind) for kind in ("direct", "indirect")}


@pytest.mark.parametrize("kind", ["direct", "indirect"])
def test_quote_scores_stay_above_floors(scores, kind):
    got = scores[kind]
    floors = FLOORS[kind]
    measured = {"precision": got["precision"], "recall": got["recall"], "f1": got["f1"],
                "speaker_accuracy": got["speaker_accuracy"],
                "attributed_f1": got["attributed"]["f1"]}
    low = {k: (v, floors[k]) for k, v in measured.items() if v < floors[k]}
    assert not low, f"{kind} quotes fell below their floors (got, floor): {low}"
