"""Page furniture: the parts of a saved web page that are not the article.

A news page saved as text keeps the site's menus, share buttons, photo captions and credits,
"Related" link lists, teasers of other stories ("… keep reading") and newsletter prompts around
the report. None of it is the article: a teaser's "Trump met Rutte on Monday" is another story's
contact, a caption names people who do nothing in the report. ``page_furniture`` finds those
spans from the text's lines; the pipeline's last step drops every quote, contact, event and
proposal whose evidence starts in one, and the actor mentions made there.

Written by hand: trafilatura removes such furniture from HTML by the page's markup, which a
plain-text save no longer has; what is left are line shapes, read here conservatively (a
line of the report must never be taken for furniture).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A line of navigation: three or more short items between bars, arrows or wide gaps
# ("World | Politics | Business", "Home > Opinion > Guest Essays", "News  Politics  World"),
# or a section label of two ("Analysis | Europe").
MENU_SEPARATOR = re.compile(r"\s+[|>»/•·]\s+|\s{2,}")
# A prompt to share, follow, sign up or subscribe opens with its verb and names what it offers
# ("Get our daily briefing in your inbox. Sign up now.", "Share on Facebook | Email").
PROMPT_OPENING = re.compile(
    r"^\W{0,3}(?:sign|get|subscribe|never miss|want|like this|follow|share|join|don'?t miss|"
    r"email|receive|enjoy|support|become|log|download|listen|watch|click|tap|register|stay|"
    r"keep up)\b", re.IGNORECASE)
PROMPT_OFFER = re.compile(
    r"\b(?:sign[- ]?up|newsletters?|inbox|subscri\w*|twitter|facebook|linkedin|instagram|"
    r"telegram|whatsapp|rss|e-?mail|member(?:ship)?|log ?in|digest|briefing|brief|alerts?|"
    r"podcasts?|our app|this (?:article|story|column))\b", re.IGNORECASE)
MARKER_LINE = re.compile(
    r"^(?:advertisement|sponsored(?: content)?|comments?|\d+ comments?|share|print|email|"
    r"latest|trending|most (?:read|popular|viewed)|keep reading(?:show less)?|show less|"
    r"read more|continue reading|follow us on social|menu|search|home)\W*$", re.IGNORECASE)
# "Related article: …", "Read more: …", "See also: …" on one line
LINK_LINE = re.compile(r"^\W{0,8}(?:related(?: article| story| coverage| content)?|read more|"
                       r"see also|more on this|also read|recommended)\W{0,4}:", re.IGNORECASE)
# The heading of a list of links to other stories; the short lines under it are the links.
LINK_LIST_HEADING = re.compile(
    r"^\W{0,4}(?:related(?: coverage| stories| articles| content| reading| links)?|read more|"
    r"see also|more (?:in|from|on) [\w' ]{1,30}|more stories|most (?:read|popular|viewed)|"
    r"recommended(?: for you)?|you may also like|latest(?: news)?|trending(?: now)?|"
    r"editor'?s picks|top stories)\W{0,4}$", re.IGNORECASE)
# A photo's caption or credit: "[Photo] …", "Photo: …", "Top photo credit: …", "Credit: …",
# "… (Name/Shutterstock)", "Getty Images"; and, in capitals as agencies sign, "(AP Photo/…)",
# "REUTERS/Name", "KCNA via REUTERS".
CREDIT = re.compile(
    r"^\W{0,3}(?:photo(?:graph)?s?|images?|pictures?|caption|file photo)\s*(?:\]|:|by\b|credits?\b)"
    r"|\b(?:top )?photo credit\b|\bcredit:\s|\bshutterstock\b|\bgetty images\b",
    re.IGNORECASE)
AGENCY_CREDIT = re.compile(r"\((?:AP|AFP|EPA|Reuters|REUTERS) Photo\b|\b(?:REUTERS|AFP|AP|EPA|TASS|"
                           r"Xinhua|KCNA)/[A-Z]|\bvia (?:REUTERS|Reuters|AP|AFP|Getty)\b")
# A stock picture's alternative text, its words joined by commas ("Close-up,Of,Two,Hands").
ALT_TEXT = re.compile(r"^[\w'-]+(?:,[\w'-]+){3,}$")
# A teaser of another story ends with a marker ("keep reading", "Show less", "Read more").
TEASER_END = re.compile(r"^\W*(?:keep reading(?:\s*show less)?|show less|read more|"
                        r"continue reading)\W*$", re.IGNORECASE)
# After a comments heading, only the page's own matter follows.
COMMENTS = re.compile(r"^\W*(?:\d+\s+)?comments?\W*$|^join the (?:conversation|discussion)\W*$",
                      re.IGNORECASE)

SHORT_LINE_WORDS = 30  # a prompt or caption is short; a paragraph of the report may be long
CAPTION_WORDS = 60
LINK_WORDS = 20  # a link's title under a "Related" heading
TEASER_REACH = 14  # lines: a teaser's picture credit stands this close above its end marker
PREAMBLE_SHARE = 0.2  # what stands above the headline is furniture if it is this short


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def _lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


# a masthead: one of the page's first lines, a few words long, above a menu line
MASTHEAD_LINES = 3
MASTHEAD_WORDS = 6


def _is_credit(text: str) -> bool:
    return bool(CREDIT.search(text) or AGENCY_CREDIT.search(text))


def is_menu_line(text: str) -> bool:
    """A line of navigation or a section label ("World | Politics | Business")."""
    return bool(text.strip()) and _is_menu(Line(0, len(text.strip()), text.strip()))


def _is_menu(line: Line) -> bool:
    """Navigation or a section label: short items, no sentence."""
    if line.text[-1:] in ".!?\"”" or line.words > 16:
        return False
    items = [i for i in MENU_SEPARATOR.split(line.text.removeprefix("Sections:").strip()) if i]
    if len(items) < 2 or any(len(i.split()) > 4 for i in items):
        return False
    # two items need a bar between them ("Analysis | Europe"); a wide gap alone may be a
    # table row or a name
    return len(items) >= 3 or "|" in line.text


def _is_line_furniture(line: Line) -> bool:
    if MARKER_LINE.match(line.text) or LINK_LINE.match(line.text) or ALT_TEXT.match(line.text):
        return True
    if line.words <= SHORT_LINE_WORDS and PROMPT_OPENING.match(line.text) and \
            PROMPT_OFFER.search(line.text):
        return True
    if line.words <= CAPTION_WORDS and _is_credit(line.text):
        return True
    return _is_menu(line)


def _is_link(line: Line) -> bool:
    """A link's title under a list heading: a dash item, or a short line with no full stop."""
    if line.text[:1] in "-–•*·" or re.match(r"\d+\.\s", line.text):
        return line.words <= LINK_WORDS + 1
    return line.words <= LINK_WORDS and line.text[-1:] not in ".:;,"


def _preamble_end(text: str, lines: list[Line], title: str | None) -> int:
    """Where the headline's line starts, when only a short stretch of lines stands above it
    (the site's name, menus, tags); 0 otherwise."""
    if not title or not title.strip():
        return 0
    wanted = title.strip().lstrip("#").strip()
    for line in lines:
        if line.start > PREAMBLE_SHARE * len(text):
            break
        if line.text.lstrip("#").strip().strip("*").strip() == wanted:
            return line.start
    return 0


@lru_cache(maxsize=64)
def page_furniture(text: str, title: str | None = None) -> tuple[tuple[int, int], ...]:
    """Character spans of the page's furniture, in text order (merged where they touch)."""
    lines = _lines(text)
    spans: list[tuple[int, int]] = []
    preamble = _preamble_end(text, lines, title)
    if preamble:
        spans.append((0, preamble))
    for line in lines:
        if line.start >= preamble and _is_line_furniture(line):
            spans.append((line.start, line.end))
    # the site's name on the line above the top menu (ingest reads it as the outlet)
    for above, below in zip(lines[:MASTHEAD_LINES], lines[1:MASTHEAD_LINES + 1], strict=False):
        if above.words <= MASTHEAD_WORDS and _is_menu(below):
            spans.append((above.start, above.end))
    # link lists: a heading and the short lines below it
    for k, line in enumerate(lines):
        if not LINK_LIST_HEADING.match(line.text):
            continue
        last = k
        while last + 1 < len(lines) and _is_link(lines[last + 1]):
            last += 1
        if last > k:
            spans.append((line.start, lines[last].end))
    # teasers of other stories: from the picture credit above an end marker down to it, and
    # from the first such teaser in the page's second half to the end of the page
    tail_from: int | None = None
    previous_end = -1
    for k, line in enumerate(lines):
        if not TEASER_END.match(line.text):
            continue
        top = next((j for j in range(k - 1, max(previous_end, k - TEASER_REACH), -1)
                    if _is_credit(lines[j].text) and lines[j].words <= CAPTION_WORDS), None)
        previous_end = k
        if top is None:
            continue
        spans.append((lines[top].start, line.end))
        if tail_from is None and lines[top].start > len(text) / 2:
            tail_from = lines[top].start
    for line in lines:
        if COMMENTS.match(line.text) and line.start > 0.6 * len(text):
            tail_from = min(tail_from, line.start) if tail_from is not None else line.start
            break
    if tail_from is not None:
        spans.append((tail_from, len(text)))
    return _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def in_furniture(spans: tuple[tuple[int, int], ...], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)
