"""Small helpers over article text shared by the components."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc

_PARA_BREAK = re.compile(r"\n\s*\n")

MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
              r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# A dispatch's dateline opening a line: the place in capitals ("KYIV", "NUSA DUA"), maybe its
# state or country, maybe the day ("Dec 8", "Dec. 31, 2021"), maybe the agency in brackets,
# then a dash: "KYIV —", "NUSA DUA, Indonesia (Reuters) -", "WASHINGTON, Dec 8 (Reuters) -".
# One pattern for every reader of datelines (ingest takes the agency and the day; the actor
# resolver skips the place; contacts take it as the place of a meeting told in the lead). A
# hyphen or a double hyphen needs a space after it, so "NATO-Russia" is no dateline; an em or
# en dash may touch the first word ("MOSCOW—President ...").
DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'’\- ]{1,30}[A-Z.])"
    r"(?:,\s*(?P<region>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?))?"
    rf"(?:,?\s*(?P<date>{MONTH_WORD}\s+\d{{1,2}}(?:,\s*(?P<year>\d{{4}}))?))?"
    r"\s*(?:\((?P<agency>[^)\n]{1,40})\))?"
    r"\s*(?:(?:—|–|--|-)(?=\s|$)|[—–](?=[A-Z\"“]))", re.MULTILINE)


@lru_cache(maxsize=32)
def datelines(text: str) -> tuple[re.Match[str], ...]:
    """Every dateline of a text ("KYIV, March 7 (wire) -"), scanned once per text: the
    entity step, contacts, events and quotes all ask where they are."""
    return tuple(DATELINE.finditer(text))


@lru_cache(maxsize=64)
def headline_end(text: str) -> int:
    """Where the text's first line (its headline) ends: the first newline, or the text's
    length when it has one line only."""
    end = text.find("\n")
    return len(text) if end < 0 else end


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
