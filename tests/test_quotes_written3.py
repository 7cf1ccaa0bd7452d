"""The gates of the eighth session's written diplomacy news quote golds
(tests/gold/written_quotes_dev3.json, _dev4.json, _dev5.json; bench/written_news/dev3, dev4,
dev5), each annotated blind; the behaviours they led to are tested on sentences of the
project's own in tests/test_quotes_written2.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.gold_checks import load_bench, quote_figures_below

pytest.importorskip("spacy")

REPO = Path(__file__).resolve().parents[1]

# Measured after the fixes the blind runs led to (blind figures in each gold's notes), with
# the floors a few units under: dev3 direct 1.0/1.0/1.0, indirect P/R/F1 0.973/0.986/0.980,
# speaker 1.0, attributed 0.973; dev4 direct F1 0.923, indirect 0.929/1.0/0.963, speaker
# 0.98, attributed 0.934; dev5 direct 1.0, indirect 0.896/0.95/0.922, speaker 0.947,
# attributed 0.842 (the bench skips the pipeline's last step, the furniture filter, which
# drops two teaser clauses: 0.935 and 0.861 with it).
FLOORS = {
    "dev3": {"direct": {"precision": 0.95, "recall": 0.9, "f1": 0.92, "speaker_accuracy": 0.9,
                        "attributed_f1": 0.9},
             "indirect": {"precision": 0.93, "recall": 0.94, "f1": 0.94,
                          "speaker_accuracy": 0.95, "attributed_f1": 0.93}},
    "dev4": {"direct": {"precision": 0.95, "recall": 0.8, "f1": 0.87, "speaker_accuracy": 0.9,
                        "attributed_f1": 0.87},
             "indirect": {"precision": 0.89, "recall": 0.95, "f1": 0.92,
                          "speaker_accuracy": 0.94, "attributed_f1": 0.89}},
    "dev5": {"direct": {"precision": 0.95, "recall": 0.9, "f1": 0.92, "speaker_accuracy": 0.9,
                        "attributed_f1": 0.9},
             "indirect": {"precision": 0.89, "recall": 0.9, "f1": 0.9,
                          "speaker_accuracy": 0.9, "attributed_f1": 0.81}},
}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_written_later_splits_quotes_stay_above_floors(split: str) -> None:
    bench = load_bench("quotes")
    articles = bench.load_written(getattr(bench, f"WRITTEN_GOLD_{split[-1]}"))
    assert articles and all(a.name.startswith("written:") for a in articles)
    low = quote_figures_below(articles, FLOORS[split])
    assert not low, f"written news {split} quotes fell below their floors (got, floor): {low}"


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_written_later_gold_is_offsets_and_development_only(split: str) -> None:
    gold = json.loads((REPO / "tests" / "gold" / f"written_quotes_{split}.json").read_text(
        encoding="utf-8"))
    assert gold["held_out"] is False and "blind" in gold["notes"]
    for rel, entry in gold["files"].items():
        assert rel.startswith(f"{split}/")
        text = (REPO / "bench" / "written_news" / rel).read_text(encoding="utf-8")
        for q in entry["quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(text) and q["kind"] in ("direct", "indirect")
            assert isinstance(q["speaker"], list) and q["speaker"]
