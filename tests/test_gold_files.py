"""Sanity checks for the hand-made gold annotations in tests/gold/.

Gold files hold only character offsets into the seed articles, which live
outside the repository in ../shared/seeds.  These tests make sure the offsets
still point at the same texts (sha1) and that every span is well formed.
"""

import hashlib
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD_DIR = REPO / "tests" / "gold"

# gold file name -> folder under ../shared holding the annotated articles
KNOWN_GOLD = {
    "seeds_quotes.json": "seeds",
}

# opening/closing marks that may delimit a direct quote or a not-quote span
QUOTE_MARKS = set("\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb")
# marks that never double as apostrophes: each one must sit on an annotated boundary
DOUBLE_MARKS = set("\"\u201c\u201d\u201e\u00ab\u00bb")

QUOTE_KINDS = {"direct", "indirect"}


def _source_dir(gold_name):
    folder = SHARED / KNOWN_GOLD[gold_name]
    if not folder.is_dir():
        pytest.skip(f"source folder {folder} is not available")
    return folder


def _load(gold_name):
    path = GOLD_DIR / gold_name
    assert path.is_file(), f"gold file {path} is missing"
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _read_text(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _articles(gold_name):
    data = _load(gold_name)
    folder = _source_dir(gold_name)
    for name, entry in data["files"].items():
        yield name, entry, folder / name


def _check_plain_span(text, start, end, where):
    assert isinstance(start, int) and isinstance(end, int), f"{where}: offsets must be ints"
    assert 0 <= start < end <= len(text), f"{where}: span {start}-{end} out of bounds (len {len(text)})"
    piece = text[start:end]
    assert not piece[0].isspace() and not piece[-1].isspace(), (
        f"{where}: span {start}-{end} starts or ends with whitespace: {piece[:20]!r}...{piece[-20:]!r}")


def _check_marked_span(text, start, end, where):
    """A span that stands between quotation marks: marks outside, none at its edges."""
    _check_plain_span(text, start, end, where)
    piece = text[start:end]
    assert piece[0] not in QUOTE_MARKS and piece[-1] not in QUOTE_MARKS, (
        f"{where}: span {start}-{end} starts or ends with a quotation mark")
    assert start > 0 and text[start - 1] in QUOTE_MARKS, f"{where}: no opening mark before {start}"
    assert end < len(text) and text[end] in QUOTE_MARKS, f"{where}: no closing mark at {end}"


def _check_speaker(speaker, where):
    if speaker is None or isinstance(speaker, str):
        assert speaker != "", f"{where}: empty speaker"
        return
    assert isinstance(speaker, list) and speaker, f"{where}: speaker must be str, non-empty list or null"
    assert all(isinstance(s, str) and s for s in speaker), f"{where}: bad speaker list {speaker!r}"


def test_known_gold_files_are_present():
    for name in KNOWN_GOLD:
        data = _load(name)
        assert data.get("version") == 1
        assert isinstance(data.get("guidelines"), str) and data["guidelines"].strip()
        assert data.get("files"), f"{name}: no annotated files"


@pytest.mark.parametrize("gold_name", sorted(KNOWN_GOLD))
def test_sources_unchanged(gold_name):
    for name, entry, path in _articles(gold_name):
        assert path.is_file(), f"{gold_name}: source {path} is missing"
        digest = hashlib.sha1(path.read_bytes()).hexdigest()
        assert digest == entry["sha1"], f"{gold_name}: {name} changed (sha1 {digest} != {entry['sha1']})"


def test_quote_spans_well_formed():
    gold_name = "seeds_quotes.json"
    for name, entry, path in _articles(gold_name):
        text = _read_text(path)
        for i, q in enumerate(entry["quotes"]):
            where = f"{name} quote #{i}"
            assert q["kind"] in QUOTE_KINDS, f"{where}: bad kind {q['kind']!r}"
            if q["kind"] == "direct":
                _check_marked_span(text, q["start"], q["end"], where)
            else:
                _check_plain_span(text, q["start"], q["end"], where)
            _check_speaker(q["speaker"], where)
            cue, cs, ce = q["cue"], q["cue_start"], q["cue_end"]
            if cue is None:
                assert cs is None and ce is None, f"{where}: cue offsets without a cue"
            else:
                _check_plain_span(text, cs, ce, where + " cue")
                assert text[cs:ce] == cue, f"{where}: cue {cue!r} != text {text[cs:ce]!r}"
            assert isinstance(q.get("optional", False), bool), f"{where}: optional must be a bool"
        for i, n in enumerate(entry["not_quotes"]):
            where = f"{name} not_quote #{i}"
            _check_marked_span(text, n["start"], n["end"], where)
            assert n.get("why"), f"{where}: missing reason"
            assert "speaker" not in n, f"{where}: not_quotes have no speaker"


def test_every_quotation_mark_is_annotated():
    """Each double quotation mark must open or close a direct quote or a not-quote."""
    gold_name = "seeds_quotes.json"
    for name, entry, path in _articles(gold_name):
        text = _read_text(path)
        edges = set()
        for q in entry["quotes"]:
            if q["kind"] == "direct":
                edges.update((q["start"] - 1, q["end"]))
        for n in entry["not_quotes"]:
            edges.update((n["start"] - 1, n["end"]))
        missing = [i for i, ch in enumerate(text) if ch in DOUBLE_MARKS and i not in edges]
        assert not missing, f"{name}: unannotated quotation marks at {missing}"


def test_no_duplicate_spans():
    gold_name = "seeds_quotes.json"
    for name, entry, _ in _articles(gold_name):
        keys = [(q["kind"], q["start"], q["end"]) for q in entry["quotes"]]
        assert len(keys) == len(set(keys)), f"{name}: duplicate quote spans"
