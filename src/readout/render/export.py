"""Exports: events as JSON Lines in a PLOVER-style record layout.

One record per event, shaped like the PLOVER/POLECAT event records (``id``, ``date``,
``event``, ``mode``, ``source`` and ``target`` as actor lists with ``actorText``, ``code``,
``sector``), plus readout's provenance (document, character offsets, evidence sentence) and
the PLOVER cooperation–conflict score and quad class.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from readout import __version__
from readout.analyze.events import PENTACODE
from readout.records import Actor, ArticleAnalysis, Event

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


def _actor_record(name: str | None, known: dict[str, Actor]) -> list[dict[str, Any]]:
    if not name:
        return []
    actor = known.get(name)
    return [{"actorText": name, "code": actor.country if actor else None,
             "sector": actor.sector if actor else None,
             "kind": actor.kind if actor else None}]


def event_id(doc: str, event: Event) -> str:
    """A stable id: the same event of the same document always gets the same id."""
    key = f"{doc}\x1f{event.start}\x1f{event.end}\x1f{event.type}\x1f{event.actor}\x1f{event.target}"
    return "readout-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def plover_records(analyses: Iterable[ArticleAnalysis]) -> Iterator[dict[str, Any]]:
    for analysis in analyses:
        article = analysis.article
        known = {a.name: a for a in analysis.actors}
        for event in analysis.events:
            quad = PENTACODE.get(event.type)
            yield {
                "id": event_id(article.doc, event),
                "date": event.date or article.published,
                "date_basis": "text" if event.date else ("published" if article.published
                                                         else None),
                "event": event.type,
                "mode": event.mode,
                "source": _actor_record(event.actor, known),
                "target": _actor_record(event.target, known),
                "text": event.evidence,
                "cooperation_conflict": event.score,
                "quad": quad,
                "quad_name": QUAD_NAMES.get(quad) if quad else None,
                "language": "en",
                "doc": article.doc,
                "start": event.start,
                "end": event.end,
                "paragraph": event.paragraph,
                "publication": article.outlet,
                "published": article.published,
                "title": article.title,
                "url": article.url,
                "coder": f"readout {__version__}",
            }


def events_jsonl(analyses: Iterable[ArticleAnalysis]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in plover_records(analyses))
