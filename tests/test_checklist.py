"""The behavioural checklists of tests/checklist/ (scored by bench/checklist.py): each file's
records are well formed, and each layer's F1 stays at or above the floor pinned in the file."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import checklist  # noqa: E402

FILES = checklist.checklist_files()
REQUIRED_KEYS = {"contacts": {"participants", "format"}, "events": {"type", "actor"},
                 "proposals": {"proposer"}, "quotes": {"speaker", "kind", "contains"}}


@pytest.fixture(scope="module")
def nlp():
    from readout.analyze.pipeline import build_pipeline

    return build_pipeline(None)


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_checklist_is_well_formed(path: Path) -> None:
    data = _load(path)
    ids = [item["id"] for item in data["items"]]
    assert len(ids) == len(set(ids)), "item ids repeat"
    assert {f.removesuffix("@test") for f in data["floors"]} <= set(checklist.LAYERS)
    for item in data["items"]:
        assert item["text"].strip(), item["id"]
        layers = [layer for layer in checklist.LAYERS if layer in item]
        assert layers, f"{item['id']} checks no layer"
        for layer in layers:
            for record in item[layer]:
                assert REQUIRED_KEYS[layer] <= set(record), (item["id"], layer, record)
                if layer == "quotes":
                    assert record["contains"] in item["text"], item["id"]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_checklist_floors(path: Path, nlp) -> None:
    data = _load(path)
    result = checklist.score_checklist(data, nlp)
    for layer, floor in data["floors"].items():
        assert result["layers"][layer]["f1"] >= floor, (layer, result["layers"][layer])


def test_scoring_sets_optional_records_aside_and_counts_misses() -> None:
    expected = [{"type": "REJECT", "actor": "Russia", "target": "Ukraine"},
                {"type": "ACCUSE", "actor": "Russia", "target": None, "optional": True}]
    system = [{"type": "ACCUSE", "actor": "Russia", "target": None},
              {"type": "THREATEN", "actor": "Russia", "target": "Ukraine"}]
    result = checklist.score_layer(system, expected, "events")
    assert (result["tp"], result["fp"], result["fn"]) == (0, 1, 1)


def test_symmetric_events_match_either_way_round() -> None:
    expected = [{"type": "CONSULT", "actor": "India", "target": "China", "symmetric": True}]
    system = [{"type": "CONSULT", "actor": "China", "target": "India"}]
    assert checklist.score_layer(system, expected, "events")["tp"] == 1
    assert checklist.score_layer(system, [{**expected[0], "symmetric": False}], "events")["fp"] == 1


def test_contact_status_and_date_are_checked_when_given() -> None:
    expected = [{"participants": ["Joe Biden", ["Xi Jinping", "China"]], "format": "meeting",
                 "date": "2023-11-15", "status": "held"}]
    right = {"participants": ["Xi Jinping", "Joe Biden"], "format": "meeting",
             "date": "2023-11-15", "status": "held"}
    assert checklist.score_layer([right], expected, "contacts")["tp"] == 1
    for wrong in ({**right, "status": "planned"}, {**right, "date": "2023-11-16"},
                  {**right, "format": "visit"}, {**right, "participants": ["Joe Biden"]}):
        assert checklist.score_layer([wrong], expected, "contacts")["tp"] == 0


def test_an_empty_layer_means_nothing_may_be_found() -> None:
    system = [{"proposer": "Emmanuel Macron", "addressee": None}]
    result = checklist.score_layer(system, [], "proposals")
    assert (result["fp"], result["fn"]) == (1, 0)
