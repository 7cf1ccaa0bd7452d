"""One call for everything the brief needs across a story's articles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from readout.records import ArticleAnalysis
from readout.story.actors import ActorBook
from readout.story.divergence import claims, differences, outlet_profiles
from readout.story.quotes import MergedQuote, merge_quotes
from readout.story.timeline import TimelineEntry, build_timeline


@dataclass
class StoryComparison:
    timeline: list[TimelineEntry]
    quotes: list[MergedQuote]
    differences: list[dict[str, Any]]  # points, each with the sources on each side (docs)
    accounts: dict[int, list[dict[str, Any]]]  # timeline position → each source's account
    claims: dict[str, Any]
    outlets: list[dict[str, Any]]


def compare(analyses: list[ArticleAnalysis]) -> StoryComparison:
    book = ActorBook(analyses)
    timeline = build_timeline(analyses, book)
    quotes = merge_quotes(analyses, book=book)
    texts = {a.article.doc: a.article.text for a in analyses}
    docs = list(dict.fromkeys(a.article.doc for a in analyses))
    points, accounts = differences(timeline, quotes, texts, docs)
    return StoryComparison(timeline=timeline, quotes=quotes, differences=points,
                           accounts=accounts, claims=claims(timeline, quotes, analyses, book),
                           outlets=outlet_profiles(analyses, book))
