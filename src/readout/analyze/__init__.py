"""Analyze: per-article NLP as spaCy pipeline components (actors, quotes, contacts, proposals)."""

from readout.analyze.pipeline import AnalyzeOptions, analyze_articles, analyze_text, build_pipeline

__all__ = ["AnalyzeOptions", "analyze_articles", "analyze_text", "build_pipeline"]
