"""Checks shared by the gold gates: a gold file stores offsets, never text, and its units
are well formed; and the loader the gates use to run a bench script's scorer."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH = Path(__file__).resolve().parents[1] / "bench"


def load_bench(script: str) -> ModuleType:
    """bench/<script>.py as a module (the gates score with the bench's own code)."""
    spec = importlib.util.spec_from_file_location(f"bench_{script}", BENCH / f"{script}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def assert_event_units_well_formed(events: list[dict[str, Any]],
                                   not_events: list[dict[str, Any]],
                                   size: int | None = None) -> None:
    """Offsets only, inside the text when its size is known; a 'same_as' points back at a
    unit's head; no tempting non-event overlaps an event."""
    for i, event in enumerate(events):
        assert 0 <= event["evidence_start"] < event["evidence_end"]
        if size is not None:
            assert event["evidence_end"] <= size
        assert "text" not in event and "evidence" not in event  # offsets only
        if "same_as" in event:
            assert event["same_as"] < i
            assert not events[event["same_as"]].get("same_as")  # units point at a head
    for item in not_events:
        assert not any(item["evidence_start"] < e["evidence_end"] and
                       e["evidence_start"] < item["evidence_end"] for e in events)


def assert_written_proposals_gold(gold: dict[str, Any], split: str) -> None:
    """A proposals gold of written development articles (tests/gold/written_proposals_*.json):
    offsets only, inside articles of ``split`` whose text is unchanged, no proposal
    ``same_as`` another that is itself a restatement, tempting non-proposals apart from every
    proposal."""
    written = load_bench("written_text")
    assert gold["held_out"] is False
    for key, entry in gold["docs"].items():
        assert key.startswith(f"{split}/")  # never a held-out split
        article = written.checked_written(key, entry["sha1"])
        assert entry["published"] == article.published
        assert_proposal_items_well_formed(entry, len(article.text))


def assert_proposal_items_well_formed(entry: dict[str, Any], size: int) -> None:
    """One document's proposals gold: offsets only and inside the text, a restatement never of
    a restatement, tempting non-proposals apart from every proposal."""
    for item in entry["proposals"]:
        assert 0 <= item["evidence_start"] < item["evidence_end"] <= size
        assert "text" not in item and "evidence" not in item
        assert isinstance(item["borderline"], bool)
        if "same_as" in item:
            assert "same_as" not in entry["proposals"][item["same_as"]]
    for item in entry["not_proposals"]:
        assert set(item) == {"evidence_start", "evidence_end", "note"}
        assert not any(item["evidence_start"] < p["evidence_end"]
                       and p["evidence_start"] < item["evidence_end"]
                       for p in entry["proposals"])


def quote_figures_below(articles: list[Any], floors: dict[str, dict[str, float]]
                        ) -> dict[str, tuple[float, float]]:
    """Run readout's quotes on a bench/quotes.py article set and return every figure (direct
    and indirect: precision, recall, F1, speaker accuracy, attributed F1) below its floor, as
    (got, floor)."""
    bench = load_bench("quotes")
    ours, _, _ = bench.run_systems(articles, with_textacy=False)
    low = {}
    for kind, kind_floors in floors.items():
        got = bench.score(articles, ours, kind)
        measured = {"precision": got["precision"], "recall": got["recall"], "f1": got["f1"],
                    "speaker_accuracy": got["speaker_accuracy"],
                    "attributed_f1": got["attributed"]["f1"]}
        low.update({f"{kind} {k}": (v, kind_floors[k]) for k, v in measured.items()
                    if v < kind_floors[k]})
    return low
