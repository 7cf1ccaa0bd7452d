"""Stories in the store: tables, their migration, and loading/saving the story index.

``stories`` holds each story's compact state (heaviest terms, date span, actors), so a later
``readout ingest`` continues the same stories without re-reading the articles;
``story_articles`` says which story each article is in; ``story_terms`` holds the document
frequency of each hashed term (the IDF of the corpus seen so far).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine

from readout.store.schema import MIGRATIONS, Migration, articles, metadata, register_migration
from readout.story.stories import Story, StoryConfig, StoryIndex, day_to_iso, to_day

stories = Table(
    "stories", metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text),
    Column("first_date", String(10)), Column("last_date", String(10)),
    Column("size", Integer, nullable=False),
    Column("state", Text, nullable=False),  # JSON: centroid, actors, labels, best score
    Column("touched", Integer, nullable=False),  # order of last update, for the index's recency
)

story_articles = Table(
    "story_articles", metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("score", Float, nullable=False),
)

story_terms = Table(
    "story_terms", metadata,
    # crc32 values reach 2**32 - 1, past a signed 32-bit INTEGER on PostgreSQL.
    Column("term", BigInteger, primary_key=True, autoincrement=False),
    Column("df", Integer, nullable=False),
)

STORY_MIGRATION = 10  # leaves 4–9 free for the core store


def _create(conn: Connection) -> None:
    for table in (stories, story_articles, story_terms):
        table.create(conn, checkfirst=True)


if not any(m.version == STORY_MIGRATION for m in MIGRATIONS):
    register_migration(Migration(STORY_MIGRATION, "stories", _create))


def _state(story: Story) -> str:
    return json.dumps({"centroid": {str(t): round(w, 5) for t, w in story.centroid.items()},
                       "actor_centroid": {str(t): round(w, 5)
                                          for t, w in story.actor_centroid.items()},
                       "actors": dict(story.actors.most_common(30)),
                       "labels": dict(story.labels.most_common(40)),
                       "best": round(story.best_score, 4)}, ensure_ascii=False)


def load_index(engine: Engine, config: StoryConfig | None = None) -> StoryIndex:
    """The story index as stored (empty for a new store)."""
    index = StoryIndex(config)
    with engine.connect() as conn:
        for row in conn.execute(select(story_terms.c.term, story_terms.c.df)):
            index.df[int(row.term)] = int(row.df)
        index.n_docs = int(conn.execute(select(func.count()).select_from(story_articles))
                           .scalar_one())
        for row in conn.execute(select(stories).order_by(stories.c.touched)):
            state = json.loads(row.state)
            centroid = {int(t): float(w) for t, w in state["centroid"].items()}
            actor_centroid = {int(t): float(w) for t, w in state.get("actor_centroid", {}).items()}
            story = Story(id=int(row.id), title=row.title, first_day=to_day(row.first_date),
                          last_day=to_day(row.last_date), size=int(row.size), centroid=centroid,
                          actor_centroid=actor_centroid,
                          actors=Counter(state.get("actors", {})),
                          labels=Counter(state.get("labels", {})),
                          best_score=float(state.get("best", -1.0)))
            story.norm = sum(w * w for w in centroid.values()) ** 0.5 or 1.0
            story.actor_norm = sum(w * w for w in actor_centroid.values()) ** 0.5 or 1.0
            index.restore(story)
        index.touched = int(conn.execute(select(func.max(stories.c.touched))).scalar() or 0)
    return index


def _upsert_terms(conn: Connection, delta: Counter[int]) -> None:
    if not delta:
        return
    known: set[int] = set()
    items = list(delta.items())
    for i in range(0, len(items), 500):
        chunk = [t for t, _n in items[i:i + 500]]
        known.update(int(r[0]) for r in conn.execute(
            select(story_terms.c.term).where(story_terms.c.term.in_(chunk))))
    new = [{"term": t, "df": n} for t, n in items if t not in known]
    if new:
        conn.execute(insert(story_terms), new)
    for t, n in items:
        if t in known:
            conn.execute(update(story_terms).where(story_terms.c.term == t)
                         .values(df=story_terms.c.df + n))


def save_index(conn: Connection, index: StoryIndex, assignments: list[tuple[int, int, float]]
               ) -> None:
    """Write what changed since the last save: stories, memberships, term frequencies."""
    for story_id in sorted(index.dirty):
        story = index.stories[story_id]
        index.touched += 1
        values: dict[str, Any] = {
            "title": story.title, "first_date": day_to_iso(story.first_day),
            "last_date": day_to_iso(story.last_day), "size": story.size, "state": _state(story),
            "touched": index.touched}
        done = conn.execute(update(stories).where(stories.c.id == story_id).values(**values))
        if done.rowcount == 0:
            conn.execute(insert(stories).values(id=story_id, **values))
    if assignments:
        conn.execute(insert(story_articles), [
            {"article_id": a, "story_id": s, "score": score} for a, s, score in assignments])
    _upsert_terms(conn, index.df_delta)
    index.dirty.clear()
    index.df_delta.clear()


def unassigned_articles(conn: Connection) -> list[Any]:
    """Stored articles that are in no story yet (stored before stories existed)."""
    query = (select(articles.c.id, articles.c.title, articles.c.text, articles.c.published,
                    articles.c.analysis)
             .where(articles.c.id.not_in(select(story_articles.c.article_id)))
             .order_by(articles.c.published.is_(None), articles.c.published, articles.c.id))
    return list(conn.execute(query))


def count_unassigned(conn: Connection) -> int:
    """How many stored articles are in no story yet."""
    query = (select(func.count()).select_from(articles)
             .where(articles.c.id.not_in(select(story_articles.c.article_id))))
    return int(conn.execute(query).scalar_one())


def story_title(engine: Engine, story_id: int) -> str | None:
    with engine.connect() as conn:
        row = conn.execute(select(stories.c.title).where(stories.c.id == story_id)).first()
    return row.title if row is not None else None


def list_stories(engine: Engine) -> list[dict[str, Any]]:
    """Every story with its articles (docs in publication order), largest first."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(story_articles.c.story_id, articles.c.id, articles.c.doc, articles.c.title,
                   articles.c.outlet, articles.c.published, story_articles.c.score)
            .join(articles, articles.c.id == story_articles.c.article_id)
            .order_by(story_articles.c.story_id, articles.c.published.is_(None),
                      articles.c.published, articles.c.id))
        members: dict[int, list[dict[str, Any]]] = {}
        for row in rows:
            members.setdefault(int(row.story_id), []).append(
                {"id": int(row.id), "doc": row.doc, "title": row.title, "outlet": row.outlet,
                 "published": row.published, "score": row.score})
        heads = {int(r.id): r for r in conn.execute(select(stories))}
    out: list[dict[str, Any]] = []
    for story_id, items in members.items():
        head = heads.get(story_id)
        out.append({"id": story_id, "title": head.title if head is not None else None,
                    "first_date": head.first_date if head is not None else None,
                    "last_date": head.last_date if head is not None else None,
                    "outlets": sorted({i["outlet"] for i in items if i["outlet"]}),
                    "articles": [i["doc"] for i in items], "members": items})
    out.sort(key=lambda s: (-len(s["articles"]), s["id"]))
    return out


def story_article_ids(engine: Engine, story_id: int) -> list[int]:
    with engine.connect() as conn:
        return [int(r[0]) for r in conn.execute(
            select(story_articles.c.article_id).where(story_articles.c.story_id == story_id)
            .order_by(story_articles.c.article_id))]


def clear_stories(conn: Connection) -> None:
    """Forget all stories (before a rebuild with other settings)."""
    for table in (story_articles, stories, story_terms):
        conn.execute(delete(table))
