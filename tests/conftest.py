"""Shared fixtures: the ../shared corpus (read in place, never copied) and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    return SEEDS


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def seed_file(seeds: Path):
    def find(prefix: str) -> Path:
        return next(seeds.glob(f"{prefix}_*.txt"))
    return find


@pytest.fixture(scope="session")
def quotes():
    """The quotes readout finds in a text written for a test, as (quoted text, speaker) of
    one kind ("direct" unless asked), dated 2014-06-01 (shared by the fresh-news quote
    tests; a module may define its own ``quotes`` with another date or shape)."""
    pytest.importorskip("spacy")
    from readout.analyze import analyze_text

    def run(text: str, kind: str = "direct") -> list[tuple[str, str | None]]:
        return [(text[q.start:q.end], q.speaker)
                for q in analyze_text(text, published="2014-06-01").quotes if q.kind == kind]

    return run


@pytest.fixture(scope="session")
def quotes_dated():
    """A maker of the quote finder for tests: ``quotes_dated(day)`` gives ``run(text,
    published=day)``, the article's quote records (modules name their own default date)."""
    pytest.importorskip("spacy")
    from readout.analyze import analyze_text

    def make(default: str | None):
        def run(text: str, published: str | None = default):
            return analyze_text(text, published=published).quotes

        return run

    return make


@pytest.fixture(scope="module")
def indirect():
    """The indirect-speech units readout finds in a text written for a test, as (reported
    text, speaker, cue), dated 2021-05-03 (shared by the indirect-speech tests; a module may
    define its own ``indirect`` with another date or shape)."""
    pytest.importorskip("spacy")
    from readout.analyze import analyze_text

    def run(text: str) -> list[tuple[str, str | None, str | None]]:
        quotes = analyze_text(text, published="2021-05-03").quotes
        return [(q.text, q.speaker, q.cue) for q in quotes if q.kind == "indirect"]

    return run
