"""Story: what happens across articles (merged timeline, shared quotes, divergences)."""

from readout.story.quotes import MergedQuote, merge_quotes
from readout.story.timeline import TimelineEntry, build_timeline

__all__ = ["MergedQuote", "TimelineEntry", "build_timeline", "merge_quotes"]
