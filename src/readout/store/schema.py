"""Tables and the migrations that create them, registered in code and applied in order.

Each migration has a version number and a function; the ``schema_migrations`` table records
which have run, so opening an older store upgrades it in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Connection

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("content_key", String(64), nullable=False, unique=True),
    Column("doc", Text, nullable=False),
    Column("title", Text), Column("outlet", Text), Column("author", Text),
    Column("published", String(10)), Column("url", Text),
    Column("source_format", String(20)),
    Column("text", Text, nullable=False),
    Column("analysis", Text, nullable=False),  # the article's output-contract JSON
    Column("ingested_at", String(40), nullable=False),
)

actors = Table(
    "actors", metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False), Column("country", Text), Column("sector", Text),
    Column("kind", String(20)), Column("mentions", Integer, nullable=False),
    UniqueConstraint("article_id", "name"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("speaker", Text), Column("kind", String(10), nullable=False), Column("cue", Text),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
)

contacts = Table(
    "contacts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("participants", Text, nullable=False),  # JSON list of canonical names
    Column("format", String(20), nullable=False), Column("date", String(10)),
    Column("place", Text), Column("status", String(10), nullable=False),
    Column("evidence", Text, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(20), nullable=False), Column("actor", Text), Column("target", Text),
    Column("date", String(10)), Column("mode", Text), Column("score", Float),
    Column("evidence", Text, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
)

proposals = Table(
    "proposals", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("proposer", Text), Column("addressee", Text), Column("issue", Text, nullable=False),
    Column("kind", String(20)), Column("evidence", Text, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
)

FACT_TABLES = (actors, quotes, contacts, events, proposals)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _create_core(conn: Connection) -> None:
    for table in (articles, *FACT_TABLES):
        table.create(conn, checkfirst=True)


def _full_text_search(conn: Connection) -> None:
    """SQLite FTS5 index over title and text, kept in step by triggers."""
    if conn.dialect.name != "sqlite":
        conn.execute(text("CREATE INDEX IF NOT EXISTS articles_published ON articles (published)"))
        return
    conn.execute(text(
        "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
        "title, text, content='articles', content_rowid='id')"))
    conn.execute(text(
        "CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN "
        "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"))
    conn.execute(text(
        "CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN "
        "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
        "VALUES ('delete', old.id, old.title, old.text); END"))


def _fact_indexes(conn: Connection) -> None:
    for table, column in (("quotes", "speaker"), ("contacts", "date"), ("events", "date"),
                          ("actors", "name"), ("proposals", "issue")):
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {table}_{column} ON {table} ({column})"))


MIGRATIONS: list[Migration] = [
    Migration(1, "articles and per-article facts", _create_core),
    Migration(2, "full-text search", _full_text_search),
    Migration(3, "indexes on facts", _fact_indexes),
]


def register_migration(migration: Migration) -> None:
    """Add a migration (used by subpackages that own their own tables, e.g. stories)."""
    if any(m.version == migration.version for m in MIGRATIONS):
        raise ValueError(f"migration {migration.version} is already registered")
    MIGRATIONS.append(migration)
    MIGRATIONS.sort(key=lambda m: m.version)
