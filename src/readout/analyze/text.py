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


# Page furniture a saved web page keeps around the report: link lists under a "Related" or
# "More in …" heading, bracketed photo captions with their credits, menus and breadcrumbs
# ("Home | Opinion | …", "Home > Opinion"), and share, follow and sign-up prompts. The names
# in it (the outlet, a teaser's people) are no actors of the report.
_LINK_LIST_HEADING = re.compile(
    r"^[ \t]*(?:related(?: coverage| stories| articles| content| reading)?|read more|"
    r"see also|more on this(?: story)?|more (?:in|from) [\w ]{1,30}|most read|recommended|"
    r"you may also like)[ \t]*:?[ \t]*\n", re.IGNORECASE | re.MULTILINE)
_LINK_ITEM = re.compile(r"[ \t]*(?:[-–•*]|\d+\.)[ \t]+\S[^\n]*(?:\n|$)")
_CAPTION_LINE = re.compile(r"^[ \t]*\[(?:photo|image|picture|caption)[^\n]*$",
                           re.IGNORECASE | re.MULTILINE)
_PROMPT_LINE = re.compile(
    r"^[ \t]*(?:share\b|follow\b|sign up\b|subscribe\b|get (?:our|the)\b|like this\b|"
    r"want the\b|never miss\b|email this\b|newsletter\b)[^\n]{0,160}$",
    re.IGNORECASE | re.MULTILINE)
_LINE = re.compile(r"^[^\n]+$", re.MULTILINE)


def _menu_line(line: str) -> bool:
    """"Home | Opinion | Letters", "News  Politics  World", "Home > Opinion > Guest Essays":
    short labels in a row, no sentence."""
    parts = [p.strip() for p in re.split(r"\s\|\s|\s{2,}|\s>\s|\s/\s", line.strip())]
    parts = [p for p in parts if p]
    return len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts) and \
        not re.search(r"[.!?]\s*$", line.strip())


@lru_cache(maxsize=32)
def page_furniture(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of a page's furniture (see above), in no particular order."""
    spans = [(m.start(), m.end()) for m in _CAPTION_LINE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _PROMPT_LINE.finditer(text)]
    lines = list(_LINE.finditer(text))
    menus = [i for i, m in enumerate(lines) if _menu_line(m.group(0))]
    spans += [(lines[i].start(), lines[i].end()) for i in menus]
    # the site's name on the line above its menu ("Northgate Review" / "Home | Opinion")
    spans += [(lines[i - 1].start(), lines[i - 1].end()) for i in menus if i > 0
              and len(lines[i - 1].group(0).split()) <= 5
              and not re.search(r"[.!?:]\s*$", lines[i - 1].group(0))]
    for heading in _LINK_LIST_HEADING.finditer(text):
        end = heading.end()
        while (item := _LINK_ITEM.match(text, end)) is not None and item.end() > end:
            end = item.end()
        if end > heading.end():
            spans.append((heading.start(), end))
    return tuple(spans)
