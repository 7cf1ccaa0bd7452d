"""The same words in several outlets: quotes matched across articles, shown once.

Two quotes are the same words when their normalised texts (case, punctuation and quote marks
folded) match closely, or one is a trimmed part of the other (partial ratio, so a partial quote
of a longer sentence still matches). Candidates are found through the quotes' longest words
(an inverted index), not by comparing every pair. Quotes carried by one outlet only are marked;
the same words attributed to different speakers are kept together and flagged.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from readout.records import ArticleAnalysis, Quote
from readout.story.actors import ActorBook
from readout.story.stories import STOPWORDS

MATCH_THRESHOLD = 88  # partial-ratio score at which two quotes are the same words
MIN_WORDS_PARTIAL = 3  # shorter fragments must match in full, not as part of a longer quote
MAX_CANDIDATES = 20  # merged quotes compared in full with each new quote


def normalise_quote(text: str) -> str:
    text = text.casefold().replace("\u2019", "'")
    text = re.sub(r"[^\w' ]+", " ", text)
    return " ".join(text.split())


@dataclass
class QuoteSource:
    doc: str
    outlet: str | None
    quote: Quote
    speaker: str | None  # canonical across the story

    def to_json(self) -> dict[str, Any]:
        q = self.quote
        return {"doc": self.doc, "outlet": self.outlet, "text": q.text, "start": q.start,
                "end": q.end, "paragraph": q.paragraph, "speaker": self.speaker, "cue": q.cue}


@dataclass
class MergedQuote:
    text: str
    speaker: str | None
    kind: str
    sources: list[QuoteSource] = field(default_factory=list)
    norm: str = ""

    @property
    def single_source(self) -> bool:
        return len({s.doc for s in self.sources}) == 1

    @property
    def outlets(self) -> list[str]:
        """Outlets carrying the quote (the document stands in for an unknown outlet)."""
        return sorted({s.outlet or s.doc for s in self.sources})

    @property
    def single_outlet(self) -> bool:
        return len(self.outlets) == 1

    @property
    def speakers(self) -> list[str]:
        return sorted({s.speaker for s in self.sources if s.speaker})

    def to_json(self) -> dict[str, Any]:
        speakers = self.speakers
        return {"text": self.text, "speaker": self.speaker, "kind": self.kind,
                "sources": [s.to_json() for s in self.sources],
                "outlets": self.outlets, "single_source": self.single_source,
                "single_outlet": self.single_outlet,
                "speaker_conflict": speakers if len(speakers) > 1 else None}


def same_words(a: str, b: str) -> bool:
    """Normalised texts: the same words, allowing trimming at either end and small slips."""
    if not a or not b:
        return False
    shorter = min(a, b, key=len)
    if len(shorter) < 12 or len(shorter.split()) < MIN_WORDS_PARTIAL:
        return a == b
    if fuzz.ratio(a, b) >= MATCH_THRESHOLD:
        return True
    return fuzz.partial_ratio(a, b) >= MATCH_THRESHOLD


def _words(norm: str) -> set[str]:
    """The quote's content words: its keys in the index (a trimmed copy keeps some of them)."""
    found = {w for w in norm.split() if len(w) >= 4 and w not in STOPWORDS}
    return found or set(norm.split())


def merge_quotes(analyses: list[ArticleAnalysis], kinds: tuple[str, ...] = ("direct",),
                 book: ActorBook | None = None) -> list[MergedQuote]:
    book = book or ActorBook(analyses)
    merged: list[MergedQuote] = []
    index: dict[str, list[int]] = {}
    for analysis in analyses:
        for quote in analysis.quotes:
            if quote.kind not in kinds:
                continue
            norm = normalise_quote(quote.text)
            if not norm:
                continue
            speaker = book.canon(quote.speaker)
            source = QuoteSource(doc=analysis.article.doc, outlet=analysis.article.outlet,
                                 quote=quote, speaker=speaker)
            words = _words(norm)
            hits: Counter[int] = Counter(i for w in words for i in index.get(w, ()))
            match = next((merged[i] for i, _n in hits.most_common(MAX_CANDIDATES)
                          if merged[i].kind == quote.kind and same_words(merged[i].norm, norm)),
                         None)
            if match is None:
                merged.append(MergedQuote(text=quote.text, speaker=speaker, kind=quote.kind,
                                          sources=[source], norm=norm))
                position = len(merged) - 1
                for word in words:
                    index.setdefault(word, []).append(position)
                continue
            match.sources.append(source)
            if len(norm) > len(match.norm):
                match.text, match.norm = quote.text, norm  # show the fullest version
                position = merged.index(match)
                for word in _words(norm):
                    if position not in index.setdefault(word, []):
                        index[word].append(position)
            if match.speaker is None:
                match.speaker = speaker
    for m in merged:
        # The speaker most sources name (conflicts are flagged in to_json).
        named = [s.speaker for s in m.sources if s.speaker]
        if named:
            m.speaker = max(set(named), key=lambda n: (named.count(n), n == m.speaker))
    return merged
