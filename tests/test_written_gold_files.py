"""Integrity of the written diplomacy articles (bench/written_news/) and their held-out golds.

The golds store offsets into the articles and each article's sha1; these tests check that the
manifest lists every article file once, that the texts still match, that every span lies inside
its text on word boundaries, and that every field has the shape the benches expect. They never
run readout on the held-out articles.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "src"))

from readout.analyze.events import PLOVER_TYPES  # noqa: E402
from readout.records import CONTACT_FORMATS  # noqa: E402
from tests.test_news_gold_files import (  # noqa: E402
    STATUSES,
    _check_dates,
    _check_same_as,
    _check_span,
    _options,
)
from written_text import WRITTEN, checked_written, written_articles  # noqa: E402

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The held-out sets: the sixth session's (heldout), the seventh's (heldout2, writer desk3), the
# eighth's (heldout3, writer desk6), the ninth's (heldout4, desk8), the tenth's (heldout5,
# desk11), the eleventh's (heldout6, desk12), the twelfth's (heldout7, desk16) and the
# thirteenth's (heldout8, desk20), the fourteenth's (heldout9, desk24) and the fifteenth's
# (heldout10, desk26), then heldout11 to heldout15 (desk28, desk30, desk32, desk34, desk36,
# sixteenth to twentieth sessions); each has its three
# gold files
# written_{contacts,events,proposals}_<set>.json.
HELD_OUT_SETS = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                 "heldout7", "heldout8", "heldout9", "heldout10", "heldout11",
                 "heldout12", "heldout13", "heldout14", "heldout15")
# dev3, dev4 and dev5: the eighth session's development splits (writers desk4, desk5, desk7);
# dev6: the ninth's (writer desk9), annotated a second time by desk10 (tests/gold/iaa/), its
# proposals annotated twice in the eleventh session (desk14, desk15); dev7: the eleventh's
# (writer desk13), annotated a second time by desk14; dev8: the twelfth's (desk17, second
# annotation desk18); dev9: the thirteenth's (desk21, second annotation desk22); dev10: the
# thirteenth's too (desk23, one annotation, written to check the session's contacts rules blind);
# dev11: the fourteenth's (desk25, one annotation, written to check the session's rules blind);
# dev12: the fifteenth's (desk27, one annotation, blind check too); dev13: the sixteenth's
# (desk29, one annotation, blind check too); dev14: the seventeenth's (desk31, the same);
# dev15: the eighteenth's (desk33, the same); dev16: the nineteenth's (desk35, the same);
# dev17: the twentieth's (desk37, the same).
SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
          "dev10", "dev11", "dev12", "dev13", "dev14", "dev15",
          "dev16", "dev17") + HELD_OUT_SETS
# the splits annotated twice: annotator A's golds in tests/gold/, B's in tests/gold/iaa/
TWICE_ANNOTATED = ("dev6", "dev7", "dev8", "dev9")


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLD / name).read_text("utf-8"))
    return data


def test_the_manifest_lists_every_article_once() -> None:
    listed = [a.path for a in written_articles()]
    assert len(listed) == len(set(listed))
    on_disk = sorted(str(p.relative_to(WRITTEN)) for p in WRITTEN.glob("*/*.txt"))
    assert sorted(listed) == on_disk
    for article in written_articles():
        assert article.split in SPLITS and article.path.startswith(article.split + "/")
        assert DATE.match(article.published), article.path
        assert article.text.split("\n", 1)[0].strip(), f"{article.path}: no headline"


@pytest.mark.parametrize("held_out", HELD_OUT_SETS)
def test_written_contacts_heldout_file(held_out: str) -> None:
    data = _load(f"written_contacts_{held_out}.json")
    assert data.get("held_out") is True and "guidelines" in data
    _check_contacts_gold(data, held_out)


def _two_annotations(layer: str) -> list[tuple[str, str]]:
    return [(name, split) for split in TWICE_ANNOTATED
            for name in (f"written_{layer}_{split}.json", f"iaa/written_{layer}_{split}_b.json")]


@pytest.mark.parametrize(("name", "split"), _two_annotations("contacts"))
def test_the_two_annotations_of_contacts(name: str, split: str) -> None:
    if not (GOLD / name).exists():
        pytest.skip(f"{name} not written yet")
    _check_contacts_gold(_load(name), split)


@pytest.mark.parametrize(("name", "split"), _two_annotations("events"))
def test_the_two_annotations_of_events(name: str, split: str) -> None:
    if not (GOLD / name).exists():
        pytest.skip(f"{name} not written yet")
    _check_events_gold(_load(name), split)


@pytest.mark.parametrize(("name", "split"), _two_annotations("proposals"))
def test_the_two_annotations_of_proposals(name: str, split: str) -> None:
    if not (GOLD / name).exists():
        pytest.skip(f"{name} not written yet")
    _check_proposals_gold(_load(name), split)


def _check_contacts_gold(data: dict[str, Any], split: str) -> None:
    for key, entry in data["docs"].items():
        text = checked_written(key, entry["sha1"]).text
        assert key.startswith(f"{split}/") and DATE.match(entry["published"]), key
        for k, c in enumerate(entry["contacts"]):
            where = f"{key} contacts[{k}]"
            _check_span(text, c["evidence_start"], c["evidence_end"], where)
            assert isinstance(c["participants"], list) and c["participants"], where
            for p in c["participants"]:
                assert all(x is None or isinstance(x, str) for x in _options(p)), where
            assert all(f in CONTACT_FORMATS for f in _options(c["format"])), where
            _check_dates(c.get("date"), where)
            assert all(s in STATUSES for s in _options(c["status"])), where
        _check_same_as(entry["contacts"], f"{key} contacts")
        for k, n in enumerate(entry.get("not_contacts", [])):
            _check_span(text, n.get("start", n.get("evidence_start")),
                        n.get("end", n.get("evidence_end")), f"{key} not_contacts[{k}]")


@pytest.mark.parametrize("held_out", HELD_OUT_SETS)
def test_written_events_heldout_file(held_out: str) -> None:
    data = _load(f"written_events_{held_out}.json")
    assert data.get("held_out") is True
    _check_events_gold(data, held_out)


def _check_events_gold(data: dict[str, Any], split: str) -> None:
    assert all(key.startswith(f"{split}/") for key in data["files"])
    assert set(data["complete_docs"]) <= set(data["files"])
    for key, entry in data["files"].items():
        text = checked_written(key, entry["sha1"]).text
        for k, e in enumerate(entry["events"]):
            where = f"{key} events[{k}]"
            _check_span(text, e["evidence_start"], e["evidence_end"], where)
            assert all(t in PLOVER_TYPES for t in _options(e["type"])), where
            for field in ("actor", "target"):
                assert all(x is None or isinstance(x, str) for x in _options(e[field])), where
        _check_same_as(entry["events"], f"{key} events")
        for k, n in enumerate(entry.get("not_events", [])):
            _check_span(text, n["evidence_start"], n["evidence_end"], f"{key} not_events[{k}]")


@pytest.mark.parametrize("held_out", HELD_OUT_SETS)
def test_written_proposals_heldout_file(held_out: str) -> None:
    data = _load(f"written_proposals_{held_out}.json")
    assert data.get("held_out") is True
    _check_proposals_gold(data, held_out)


def _check_proposals_gold(data: dict[str, Any], split: str) -> None:
    assert all(key.startswith(f"{split}/") for key in data["docs"])
    for key, entry in data["docs"].items():
        text = checked_written(key, entry["sha1"]).text
        for k, p in enumerate(entry["proposals"]):
            where = f"{key} proposals[{k}]"
            _check_span(text, p["evidence_start"], p["evidence_end"], where)
            assert p["borderline"] in (True, False) and p.get("issue"), where
        for k, n in enumerate(entry.get("not_proposals", [])):
            _check_span(text, n["evidence_start"], n["evidence_end"],
                        f"{key} not_proposals[{k}]")
