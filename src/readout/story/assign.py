"""Putting stored articles into stories as they are ingested."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.engine import Engine

from readout.records import ArticleAnalysis
from readout.story.stories import Assignment, StoryConfig
from readout.story.tables import load_index, save_index, unassigned_articles


def story_actors(actors: list[dict[str, Any]]) -> dict[str, int]:
    """Actor name → mentions, the actor features of an article."""
    out: dict[str, int] = {}
    for actor in actors:
        name = actor.get("name")
        if not name:
            continue
        # People by surname: articles that name "Putin" and "Vladimir Putin" share the actor even
        # when one resolver pass did not expand the short form.
        key = name.split()[-1] if actor.get("kind", "person") == "person" else name
        out[key] = out.get(key, 0) + int(actor.get("mentions") or 1)
    return out


class StoryAssigner:
    """Loads the story index from the store once, assigns articles, writes changes in batches."""

    def __init__(self, engine: Engine, config: StoryConfig | None = None) -> None:
        self.engine = engine
        self.index = load_index(engine, config)
        self.pending: list[tuple[int, int, float]] = []

    def add(self, article_id: int, analysis: ArticleAnalysis) -> Assignment:
        a = analysis.article
        assignment = self.index.add(article_id, a.title, a.text, a.published,
                                    story_actors([x.to_json() for x in analysis.actors]))
        self.pending.append((article_id, assignment.story_id, assignment.score))
        return assignment

    def flush(self) -> None:
        if not self.pending and not self.index.dirty:
            return
        with self.engine.begin() as conn:
            save_index(conn, self.index, self.pending)
        self.pending = []

    def backfill(self, batch: int = 500) -> int:
        """Assign the stored articles that are in no story (older stores, interrupted runs)."""
        with self.engine.connect() as conn:
            rows = unassigned_articles(conn)
        for n, row in enumerate(rows, start=1):
            actors = json.loads(row.analysis).get("actors", [])
            assignment = self.index.add(int(row.id), row.title, row.text, row.published,
                                        story_actors(actors))
            self.pending.append((int(row.id), assignment.story_id, assignment.score))
            if n % batch == 0:
                self.flush()
        self.flush()
        return len(rows)
