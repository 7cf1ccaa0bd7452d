"""Story: what happens across articles (stories, merged timeline, shared quotes, divergences)."""

from readout.story.compare import StoryComparison, compare
from readout.story.quotes import MergedQuote, merge_quotes
from readout.story.stories import StoryConfig, StoryIndex
from readout.story.timeline import TimelineEntry, build_timeline

__all__ = ["MergedQuote", "StoryComparison", "StoryConfig", "StoryIndex", "TimelineEntry",
           "build_timeline", "compare", "merge_quotes"]
