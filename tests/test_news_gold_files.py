"""Integrity of the held-out news gold (tests/gold/news_contacts.json, news_events.json).

Both files annotate BASIL articles kept in ../shared/data/basil. They store offsets into the
text built by bench/basil_text.basil_text and the sha1 of each article file; these tests check
that the files still match, that every span lies inside its text on word boundaries, and that
every field has the shape the benches expect.
"""

from __future__ import annotations

import hashlib
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

from basil_text import BASIL, basil_text  # noqa: E402
from readout.analyze.events import PLOVER_TYPES  # noqa: E402
from readout.records import CONTACT_FORMATS  # noqa: E402

DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
STATUSES = {"held", "planned"}


def _load(name: str) -> dict[str, Any]:
    path = GOLD / name
    assert path.is_file(), f"{path} is missing"
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def _docs(data: dict[str, Any]) -> dict[str, Any]:
    docs: dict[str, Any] = data.get("docs") or data.get("files") or {}
    return docs


def _texts(data: dict[str, Any]) -> dict[str, str]:
    """Article path -> built text, after checking both sha1s."""
    if not BASIL.is_dir():
        pytest.skip(f"{BASIL} is not available")
    out = {}
    for rel, entry in _docs(data).items():
        path = BASIL / rel
        assert path.is_file(), f"{rel} not found under {BASIL}"
        raw = path.read_bytes()
        assert hashlib.sha1(raw).hexdigest() == entry["sha1"], f"{rel}: article file changed"
        text = basil_text(json.loads(raw.decode("utf-8")))
        assert hashlib.sha1(text.encode("utf-8")).hexdigest() == entry["text_sha1"], \
            f"{rel}: built text changed (basil_text or the file)"
        out[rel] = text
    return out


def _options(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _check_span(text: str, start: Any, end: Any, where: str) -> None:
    assert isinstance(start, int) and isinstance(end, int), f"{where}: offsets must be ints"
    assert 0 <= start < end <= len(text), f"{where}: span {start}-{end} outside text"
    assert not text[start].isspace() and not text[end - 1].isspace(), \
        f"{where}: span has surrounding whitespace"
    assert start == 0 or not text[start - 1].isalnum(), f"{where}: span starts inside a word"
    assert end == len(text) or not text[end].isalnum(), f"{where}: span ends inside a word"


def _check_dates(value: Any, where: str) -> None:
    for d in _options(value):
        assert d is None or (isinstance(d, str) and DATE.match(d)), f"{where}: bad date {d!r}"


def _check_same_as(items: list[dict[str, Any]], where: str) -> None:
    for i, item in enumerate(items):
        if "same_as" in item:
            j = item["same_as"]
            assert isinstance(j, int) and 0 <= j < i, f"{where}[{i}]: same_as must point back"
            assert "same_as" not in items[j], f"{where}[{i}]: same_as must name a first mention"


def test_basil_text_layout() -> None:
    article = {"title": "T", "body-paragraphs": [["A b.", "C d."], ["E."]]}
    assert basil_text(article) == "T\n\nA b. C d.\n\nE."


def test_news_contacts_file() -> None:
    data = _load("news_contacts.json")
    assert data.get("held_out") is True
    assert "guidelines" in data and len(_docs(data)) == 11
    texts = _texts(data)
    for rel, entry in _docs(data).items():
        text = texts[rel]
        assert DATE.match(entry["published"]), rel
        assert entry.get("outlet"), rel
        contacts = entry["contacts"]
        for k, c in enumerate(contacts):
            where = f"{rel} contacts[{k}]"
            _check_span(text, c["evidence_start"], c["evidence_end"], where)
            parts = c["participants"]
            assert isinstance(parts, list) and len(parts) >= 1, where
            for p in parts:
                assert all(x is None or isinstance(x, str) for x in _options(p)), where
            assert all(f in CONTACT_FORMATS for f in _options(c["format"])), where
            _check_dates(c.get("date"), where)
            assert all(s in STATUSES for s in _options(c["status"])), where
            assert c.get("optional", False) in (True, False), where
        _check_same_as(contacts, f"{rel} contacts")
        for k, n in enumerate(entry["not_contacts"]):
            _check_span(text, n["start"], n["end"], f"{rel} not_contacts[{k}]")
            assert n.get("why"), f"{rel} not_contacts[{k}] needs a reason"


def test_news_events_file() -> None:
    path = GOLD / "news_events.json"
    if not path.is_file():
        pytest.skip("news_events.json not written yet")
    data = _load("news_events.json")
    assert data.get("held_out") is True
    complete = data.get("complete_docs")
    assert isinstance(complete, list) and set(complete) <= set(_docs(data))
    contacts = _docs(_load("news_contacts.json"))
    texts = _texts(data)
    for rel, entry in _docs(data).items():
        assert rel in contacts and contacts[rel]["sha1"] == entry["sha1"], rel
        text = texts[rel]
        events = entry["events"]
        for k, e in enumerate(events):
            where = f"{rel} events[{k}]"
            _check_span(text, e["evidence_start"], e["evidence_end"], where)
            assert all(t in PLOVER_TYPES for t in _options(e["type"])), where
            for field in ("actor", "target"):
                assert all(x is None or isinstance(x, str) for x in _options(e[field])), where
            _check_dates(e.get("date"), where)
        _check_same_as(events, f"{rel} events")
        for k, n in enumerate(entry.get("not_events", [])):
            _check_span(text, n["evidence_start"], n["evidence_end"], f"{rel} not_events[{k}]")
            assert n.get("reason"), f"{rel} not_events[{k}] needs a reason"
