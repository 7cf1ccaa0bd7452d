"""Benchmark: proposals and demands on the second writer's diplomacy news (dev2 split).

Usage: python bench/proposals_written2.py [--verbose] [--no-write]

Gold: tests/gold/written_proposals_dev2.json: the development articles of
bench/written_news/dev2/ (writer 'desk2'), every proposal and demand annotated from the text
before readout ran on them, batch by batch, with tempting non-proposals listed. Scored exactly
as bench/proposals_written.py scores the first writer's set (same loader, same matching).
Writes bench/results/proposals_written2.json.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from proposals_fresh import bench_main, evaluate  # noqa: E402
from proposals_written import load_articles  # noqa: E402

GOLD = REPO / "tests" / "gold" / "written_proposals_dev2.json"
RESULTS = REPO / "bench" / "results" / "proposals_written2.json"
# Each batch's figures the first time readout ran on it, before any fix it led to.
FIRST_BLIND: dict[str, Any] = {
    "batch1": {"precision": 0.875, "recall": 0.636, "f1": 0.737, "tp": 7, "fp": 1, "fn": 4,
               "addressee_accuracy_of_matched": 0.857, "proposer_accuracy_of_found": 0.875,
               "tempting_fp": 0},
    "batch2": {"precision": 0.714, "recall": 0.769, "f1": 0.741, "tp": 10, "fp": 4, "fn": 3,
               "addressee_accuracy_of_matched": 0.9, "proposer_accuracy_of_found": 0.909,
               "tempting_fp": 1},
    "all": {"precision": 0.773, "recall": 0.708, "f1": 0.739},
}


def run(verbose: bool = False, gold_path: Path = GOLD) -> dict[str, Any]:
    return evaluate(verbose, gold_path, strata="batch", first_blind=FIRST_BLIND,
                    loader=load_articles)


def main() -> None:
    bench_main(__doc__ or "", "written proposals, dev2", "proposals_written2", RESULTS, run)


if __name__ == "__main__":
    main()
