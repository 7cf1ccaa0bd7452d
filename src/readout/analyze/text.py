"""Small helpers over article text shared by the components."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc

_PARA_BREAK = re.compile(r"\n\s*\n")


@lru_cache(maxsize=64)
def paragraph_starts(text: str) -> tuple[int, ...]:
    """Offsets where each paragraph begins (paragraphs are separated by blank lines)."""
    starts = [0]
    starts.extend(m.end() for m in _PARA_BREAK.finditer(text))
    return tuple(starts)


def paragraph_number(text: str, offset: int) -> int:
    """1-based paragraph number of the character at ``offset``, for citations."""
    return bisect_right(paragraph_starts(text), offset)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a span to exclude surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def doc_text(doc: Doc) -> str:
    """The Doc's text, computed once: spaCy's ``Doc.text`` rebuilds the string from every
    token on each access, which made per-mention lookups quadratic in article length."""
    cached = doc.user_data.get("readout_text")
    if cached is None:
        cached = doc.text
        doc.user_data["readout_text"] = cached
    return str(cached)
