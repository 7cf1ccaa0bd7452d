"""The store: migrations, idempotent ingest, one transaction per article, search."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from readout.analyze import analyze_text
from readout.store import Store
from readout.store.schema import MIGRATIONS, schema_migrations

TEXT = ("Talks in Vienna\n\nJanuary 13, 2022\n\nPresident Joe Biden spoke with President Vladimir "
        "Putin by phone on Thursday. \u201cWe had a frank exchange,\u201d Biden said afterwards.\n")


@pytest.fixture(scope="module")
def analysis():
    return analyze_text(TEXT, published="2022-01-13", doc_id="vienna.txt")


def test_migrations_are_recorded(tmp_path):
    with Store(str(tmp_path / "m.db")) as store, store.engine.connect() as conn:
        versions = [r[0] for r in conn.execute(select(schema_migrations.c.version))]
    assert versions == [m.version for m in MIGRATIONS]
    # Opening again applies nothing twice.
    with Store(str(tmp_path / "m.db")) as store, store.engine.connect() as conn:
        assert len(list(conn.execute(select(schema_migrations.c.version)))) == len(MIGRATIONS)


def test_adding_twice_stores_once(tmp_path, analysis):
    with Store(str(tmp_path / "s.db")) as store:
        first_id, created = store.add(analysis)
        again_id, created_again = store.add(analysis)
        assert created and not created_again and first_id == again_id
        assert store.count() == 1
        (stored,) = store.analyses()
    assert stored.article.text == TEXT
    assert stored.to_json() == analysis.to_json()


def test_failed_write_leaves_no_half_article(tmp_path, analysis, monkeypatch):
    db = tmp_path / "t.db"
    with Store(str(db)) as store:
        def explode(*_a, **_k):
            raise RuntimeError("disk full")
        monkeypatch.setattr(store, "_add_facts", explode)
        with pytest.raises(RuntimeError):
            store.add(analysis)
        assert store.count() == 0
    rows = sqlite3.connect(db).execute("SELECT COUNT(*) FROM quotes").fetchone()
    assert rows == (0,)


def test_full_text_search(tmp_path, analysis):
    with Store(str(tmp_path / "f.db")) as store:
        store.add(analysis)
        hits = store.search("frank")
        assert [h["doc"] for h in hits] == ["vienna.txt"]
        assert "[frank]" in hits[0]["snippet"]
        assert store.search("Helsinki") == []
