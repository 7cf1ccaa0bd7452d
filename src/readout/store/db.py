"""The store: one SQLite file by default, or any SQLAlchemy URL (PostgreSQL for a team).

Each article and all its facts are written in one transaction, so an interrupted run leaves
no half-stored article; articles are keyed by normalised content, so re-ingesting changes
nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from readout.errors import ReadoutError
from readout.records import ArticleAnalysis
from readout.store import schema
from readout.store.schema import MIGRATIONS, articles

DEFAULT_DB = "readout.db"


def database_url(target: str | None) -> str:
    """A path (or None → ./readout.db) becomes a SQLite URL; URLs pass through."""
    target = target or DEFAULT_DB
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers (web app) do not block the one writer
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class Store:
    """Articles and their analyses, in SQLite or PostgreSQL."""

    def __init__(self, target: str | None = None) -> None:
        self.url = database_url(target)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            with self.engine.begin() as conn:
                self._migrate(conn)
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise ReadoutError("E020", url=self.url, reason=reason) from None

    def _migrate(self, conn: Connection) -> None:
        # The stories tables register their own migration; imported here, not at module level,
        # because readout.story.tables itself imports the store's schema.
        import readout.story.tables  # noqa: F401

        schema.schema_migrations.create(conn, checkfirst=True)
        done = {row[0] for row in conn.execute(select(schema.schema_migrations.c.version))}
        for migration in MIGRATIONS:
            if migration.version in done:
                continue
            migration.apply(conn)
            conn.execute(insert(schema.schema_migrations).values(
                version=migration.version, name=migration.name,
                applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds")))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def has(self, content_key: str) -> bool:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles.c.id).where(articles.c.content_key == content_key)).first()
        return row is not None

    def add(self, analysis: ArticleAnalysis) -> tuple[int, bool]:
        """Store one analysed article with its facts; returns (id, newly stored)."""
        article = analysis.article
        key = article.key
        with self.engine.begin() as conn:
            existing = conn.execute(select(articles.c.id).where(articles.c.content_key == key)).first()
            if existing is not None:
                return int(existing[0]), False
            payload = analysis.to_json()
            result = conn.execute(insert(articles).values(
                content_key=key, doc=article.doc, title=article.title, outlet=article.outlet,
                author=article.author, published=article.published, url=article.url,
                source_format=article.source_format, text=article.text,
                analysis=json.dumps(payload, ensure_ascii=False),
                ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds")))
            assert result.inserted_primary_key is not None
            article_id = int(result.inserted_primary_key[0])
            self._add_facts(conn, article_id, analysis)
        return article_id, True

    def _add_facts(self, conn: Connection, article_id: int, analysis: ArticleAnalysis) -> None:
        rows: dict[Any, list[dict[str, Any]]] = {
            schema.actors: [{"name": a.name, "country": a.country, "sector": a.sector,
                             "kind": a.kind, "mentions": a.mentions} for a in analysis.actors],
            schema.quotes: [{"speaker": q.speaker, "kind": q.kind, "cue": q.cue, "text": q.text,
                             "start": q.start, "end": q.end} for q in analysis.quotes],
            schema.contacts: [{"participants": json.dumps(c.participants), "format": c.format,
                               "date": c.date, "place": c.place, "status": c.status,
                               "evidence": c.evidence, "start": c.start, "end": c.end}
                              for c in analysis.contacts],
            schema.events: [{"type": e.type, "actor": e.actor, "target": e.target, "date": e.date,
                             "mode": e.mode, "score": e.score, "evidence": e.evidence,
                             "start": e.start, "end": e.end} for e in analysis.events],
            schema.proposals: [{"proposer": p.proposer, "addressee": p.addressee, "issue": p.issue,
                                "kind": p.kind, "evidence": p.evidence, "start": p.start, "end": p.end}
                               for p in analysis.proposals],
        }
        for table, values in rows.items():
            if values:
                conn.execute(insert(table), [{"article_id": article_id, **v} for v in values])

    # -- reading -------------------------------------------------------------------------

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())

    def analyses(self, ids: list[int] | None = None) -> list[ArticleAnalysis]:
        """Stored analyses in ingestion order (optionally only the given article ids)."""
        return [analysis for _id, analysis in self.iter_analyses(ids)]

    def iter_analyses(self, ids: list[int] | None = None) -> Iterator[tuple[int, ArticleAnalysis]]:
        query = select(articles.c.id, articles.c.text, articles.c.analysis).order_by(articles.c.id)
        if ids is not None:
            query = query.where(articles.c.id.in_(ids))
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield int(row.id), ArticleAnalysis.from_json(json.loads(row.analysis), row.text)

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over titles and texts (FTS5 on SQLite, LIKE elsewhere)."""
        with self.engine.connect() as conn:
            if self.engine.dialect.name == "sqlite":
                rows = conn.execute(text(
                    "SELECT a.id, a.doc, a.title, a.outlet, a.published, "
                    "snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet "
                    "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                    "WHERE articles_fts MATCH :q ORDER BY rank LIMIT :n"), {"q": query, "n": limit})
            else:
                rows = conn.execute(text(
                    "SELECT id, doc, title, outlet, published, substr(text, 1, 160) AS snippet "
                    "FROM articles WHERE text ILIKE :q LIMIT :n"), {"q": f"%{query}%", "n": limit})
            return [dict(row._mapping) for row in rows]
