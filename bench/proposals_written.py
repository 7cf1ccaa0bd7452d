"""Benchmark: proposals and demands on the diplomacy news written for the project (dev split).

Usage: python bench/proposals_written.py [--verbose] [--no-write]

Gold: tests/gold/written_proposals_dev.json: the development articles of bench/written_news/dev/
(writer 'newsroom'), every proposal and demand annotated from the text before readout ran on
them, batch by batch, with tempting non-proposals listed. Scored as bench/proposals_polnear.py
scores its set (overlap plus an acceptable proposer; borderline items neither required nor
penalised; addressee accuracy over matched items, proposer accuracy over found ones; outputs
over a listed non-proposal as 'tempting_fp'), with figures per batch. Articles are read with
bench/written_text.py (checked against the gold's sha1; published = the manifest's date, no
outlet or author). The held-out split is never read here. Writes
bench/results/proposals_written.json.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from proposals_fresh import bench_main, evaluate  # noqa: E402
from readout.records import Article  # noqa: E402
from written_text import checked_written  # noqa: E402

GOLD = REPO / "tests" / "gold" / "written_proposals_dev.json"
RESULTS = REPO / "bench" / "results" / "proposals_written.json"
# Each batch's figures the first time readout ran on it, before any fix it led to.
FIRST_BLIND: dict[str, Any] = {
    "batch1": {"precision": 0.6, "recall": 0.3, "f1": 0.4, "tp": 3, "fp": 2, "fn": 7,
               "addressee_accuracy_of_matched": 0.667, "proposer_accuracy_of_found": 0.75,
               "tempting_fp": 0},
    "batch2": {"precision": 0.684, "recall": 0.65, "f1": 0.667, "tp": 13, "fp": 6, "fn": 7,
               "addressee_accuracy_of_matched": 0.692, "proposer_accuracy_of_found": 0.833,
               "tempting_fp": 1},
    "all": {"precision": 0.667, "recall": 0.533, "f1": 0.593},
}


def load_articles(gold: dict[str, Any]) -> dict[str, Article]:
    """The gold's articles as the written-news loader gives them, checked by sha1."""
    out: dict[str, Article] = {}
    for key, entry in gold["docs"].items():
        dev = ("dev/", "dev2/", "dev3/", "dev4/", "dev5/", "dev6/", "dev7/", "dev8/", "dev9/",
               "dev10/", "dev11/", "dev12/",
               "dev13/", "dev14/", "dev15/", "dev16/", "dev17/")
        assert key.startswith(dev), key  # never held out
        article = checked_written(key, entry["sha1"])
        out[key] = Article(doc=article.doc, text=article.text, title=article.title,
                           published=article.published, outlet=article.outlet,
                           source_format="txt")
    return out


def run(verbose: bool = False, gold_path: Path = GOLD) -> dict[str, Any]:
    return evaluate(verbose, gold_path, strata="batch", first_blind=FIRST_BLIND,
                    loader=load_articles)


def main() -> None:
    bench_main(__doc__ or "", "written proposals", "proposals_written", RESULTS, run)


if __name__ == "__main__":
    main()
