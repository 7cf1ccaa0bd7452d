"""The same words in several outlets: quotes matched across articles, shown once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from readout.records import ArticleAnalysis, Quote

MATCH_THRESHOLD = 88  # partial-ratio score at which two quotes are the same words


def normalise_quote(text: str) -> str:
    text = text.casefold().replace("\u2019", "'")
    text = re.sub(r"[^\w' ]+", " ", text)
    return " ".join(text.split())


@dataclass
class QuoteSource:
    doc: str
    outlet: str | None
    quote: Quote

    def to_json(self) -> dict[str, Any]:
        q = self.quote
        return {"doc": self.doc, "outlet": self.outlet, "text": q.text, "start": q.start,
                "end": q.end, "paragraph": q.paragraph, "speaker": q.speaker, "cue": q.cue}


@dataclass
class MergedQuote:
    text: str
    speaker: str | None
    kind: str
    sources: list[QuoteSource] = field(default_factory=list)

    @property
    def single_source(self) -> bool:
        return len({s.doc for s in self.sources}) == 1

    def to_json(self) -> dict[str, Any]:
        speakers = sorted({s.quote.speaker for s in self.sources if s.quote.speaker})
        return {"text": self.text, "speaker": self.speaker, "kind": self.kind,
                "sources": [s.to_json() for s in self.sources],
                "single_source": self.single_source,
                "speaker_conflict": speakers if len(speakers) > 1 else None}


def _same_words(a: str, b: str) -> bool:
    na, nb = normalise_quote(a), normalise_quote(b)
    if not na or not nb:
        return False
    if min(len(na), len(nb)) < 12:
        return na == nb
    return fuzz.partial_ratio(na, nb) >= MATCH_THRESHOLD


def merge_quotes(analyses: list[ArticleAnalysis], kinds: tuple[str, ...] = ("direct",)) -> list[MergedQuote]:
    merged: list[MergedQuote] = []
    for analysis in analyses:
        for quote in analysis.quotes:
            if quote.kind not in kinds:
                continue
            source = QuoteSource(doc=analysis.article.doc, outlet=analysis.article.outlet, quote=quote)
            match = next((m for m in merged if m.kind == quote.kind and _same_words(m.text, quote.text)), None)
            if match is None:
                merged.append(MergedQuote(text=quote.text, speaker=quote.speaker, kind=quote.kind,
                                          sources=[source]))
            else:
                match.sources.append(source)
                if len(quote.text) > len(match.text):
                    match.text = quote.text  # show the fullest version of the words
                match.speaker = match.speaker or quote.speaker
    return merged
