"""Metadata printed in an article's own text: title, outlet, byline, date line, "Original url:".

Plain-text news dumps often keep the page's header lines (outlet, headline, byline, date)
above the body; these functions read them back without altering the text itself.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse

import dateparser

from readout.analyze.text import DATELINE, MONTH_WORD
from readout.ingest.furniture import is_menu_line

HEAD_LINES = 20  # header metadata, when present, stands in the first lines

# A line that is only a date, possibly with a weekday or a time: "February 08, 2022",
# "8 February 2022", "2022-02-08", "Tuesday, December 7, 2021 10:05 AM".
DATE_LINE = re.compile(
    r"^\s*(?:(?:Published|Updated|Posted)\s*:?\s*)?(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?:{MONTH_WORD}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_WORD},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:[\s,]+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\s*$"
)
BYLINE = re.compile(r"^\s*(?:By|BY|by)\s+(.{3,80}?)\s*$")
# A date written into a file name or a URL path ("2021-12-08-call.txt", "/2021/12/08/"): the
# same signal htmldate reads from URLs, used for plain-text files that carry no date of their own.
PATH_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[-_/.])(?P<month>0?[1-9]|1[0-2])"
                       r"(?P=sep)(?P<day>0?[1-9]|[12]\d|3[01])(?!\d)")
URL_LINE = re.compile(r"^\s*Original url:\s*<?(\S*?)>?\s*$", re.IGNORECASE)
MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
NAME_LINE = re.compile(r"^(?:[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\.?\s){1,3}[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?$")
# Page furniture a scraped text keeps above the headline: never a title.
FURNITURE = re.compile(
    r"^(?:follow us|subscribe|sign (?:up|in)|log ?in|share (?:this|on)|advertisement|skip to|"
    r"read more|related|newsletter|accept (?:all )?cookies|cookie|menu|search|home\b|"
    r"most (?:read|popular)|you may also like|listen to|watch:?)", re.IGNORECASE)
FUNCTION_WORDS = {"a", "an", "the", "of", "to", "in", "on", "for", "with", "and", "or", "is",
                  "are", "was", "be", "can", "could", "should", "what", "how", "why", "at", "as",
                  "its", "his", "her", "their", "from", "by", "after", "over", "into", "not"}


@dataclass
class TextMetadata:
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    dateline_day: str | None = None  # "Dec 8" of a dateline that gives no year


@lru_cache(maxsize=1)
def known_outlets() -> dict[str, str]:
    """Outlet names and web domains → canonical outlet name (from the package data file)."""
    raw = resources.files("readout.ingest").joinpath("outlets.json").read_text("utf-8")
    table: dict[str, str] = {}
    for entry in json.loads(raw)["outlets"]:
        for form in [entry["name"], *entry.get("aliases", []), *entry.get("domains", [])]:
            table[form.casefold()] = entry["name"]
    return table


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlparse(url).hostname or "").casefold().removeprefix("www.")
    outlets = known_outlets()
    while host:
        if host in outlets:
            return outlets[host]
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return None


def parse_date(text: str) -> str | None:
    """A date string → YYYY-MM-DD (dateparser handles the many printed forms)."""
    parsed = dateparser.parse(text.strip(), languages=["en"],
                              settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None


def date_from_path(path: str | None, dateline_day: str | None = None) -> str | None:
    """The date a file name or URL path carries, as YYYY-MM-DD; None when it has none.

    A dateline's day without a year ("Dec 8") wins over the path's day, taking the year that puts
    it nearest the path's date: a file saved the day after a story ran keeps the story's day.
    """
    if not path:
        return None
    found = None
    for match in PATH_DATE.finditer(path):
        found = match  # the last one: folders dated by year come before the file's own date
    if found is None:
        return None
    try:
        path_day = date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        return None
    if dateline_day:
        candidates = []
        for year in (path_day.year - 1, path_day.year, path_day.year + 1):
            parsed = parse_date(f"{dateline_day} {year}")
            if parsed:
                candidates.append(date.fromisoformat(parsed))
        near = [day for day in candidates if abs((day - path_day).days) <= 31]
        if near:
            return min(near, key=lambda day: abs((day - path_day).days)).isoformat()
    return path_day.isoformat()


def _clean(line: str) -> str:
    line = MD_LINK.sub(r"\1", line)
    return line.strip().strip("#*_ ").strip()


def _looks_like_title(line: str, first: bool = False) -> bool:
    """A headline-shaped line. ``first``: the text's first line, standing alone or followed by
    a subheading; there a headline may end with a full stop or a semicolon ("Poll: Voters
    Shift.") and needs no small word."""
    if FURNITURE.match(line):
        return False
    words = line.split()
    if not 3 <= len(words) <= 30 or len(line) > 220:
        return False
    if line[:1] in "\"“‘'" and re.search(r"\b(?:said|says|told|asked)\b", line):
        return False  # a quoted remark with its speaker opens the body
    if first:
        if re.match(r"^[A-Z][A-Z .'\-]{2,30}(?:,[^—–]{2,30})?\s+(?:—|–|--?)\s", line) or \
                line.endswith(".") and re.search(r"\b(?:said|says|told|according to)\b", line):
            return False  # "WASHINGTON — …" or a reported statement: the lead, not a headline
        # a lead sentence is longer, and a headline seldom has more than two sentences
        sentences = 1 + len(re.findall(r"[.!?][”\"’']?\s+[A-Z“\"]", line[:-1]))
        return len(line) <= 160 and sentences <= 2 and not line.endswith((":", ","))
    if line.endswith((".", ":", ";", ",")) and not line.endswith("..."):
        return False
    # Navigation bars are runs of capitalised words; headlines have at least one small word.
    return any(w.casefold().strip("()?,.") in FUNCTION_WORDS for w in words) or line.endswith("?")


def _is_body_paragraph(line: str) -> bool:
    return len(line) > 220 or len(line.split()) > 30


def _outlet_in_line(line: str) -> str | None:
    outlets = known_outlets()
    key = line.casefold().strip(" .*_")
    if key in outlets:
        return outlets[key]
    return None


def _outlet_mentioned(text: str) -> str | None:
    """An outlet naming itself in a disclaimer or credit line near the end of the text."""
    tail = text[-1500:]
    match = re.search(r"(?:position|views|opinion|property|copyright)\s+of\s+(?:the\s+)?"
                      r"([A-Z][\w.&' ]{2,40}?)\s*[.*]", tail)
    if match:
        name = match.group(1).strip()
        outlets = known_outlets()
        for form in (name, "the " + name):
            if form.casefold() in outlets:
                return outlets[form.casefold()]
    return None


def metadata_from_text(text: str) -> TextMetadata:
    """Read header lines (title, outlet, byline, date) and an "Original url:" line."""
    meta = TextMetadata()
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for index, raw in enumerate(lines):
        match = URL_LINE.match(raw)
        if match:
            url = match.group(1) or (lines[index + 1].strip(" <>") if index + 1 < len(lines) else "")
            if url.startswith("http"):
                meta.url = url
    raw_lines = text.splitlines()
    # lines that stand alone: a blank line (or the end) follows them
    alone = {ln for i, ln in enumerate(raw_lines)
             if ln.strip() and (i + 1 == len(raw_lines) or not raw_lines[i + 1].strip())}
    in_body = False  # past the first paragraph of running text: no title comes after it
    for position, raw in enumerate(lines[:HEAD_LINES]):
        line = _clean(raw)
        if not line:
            continue
        dateline = DATELINE.match(line)
        # a wire dateline gives the agency, perhaps the day ("WASHINGTON, Dec 8 (Reuters) -")
        if dateline and dateline.group("agency"):
            meta.outlet = meta.outlet or dateline.group("agency").strip()
            if dateline.group("year") and meta.published is None:
                meta.published = parse_date(dateline.group("date"))
            elif dateline.group("date") and not dateline.group("year"):
                meta.dateline_day = dateline.group("date")
            continue
        if meta.published is None and DATE_LINE.match(line):
            meta.published = parse_date(re.sub(r"^(?:Published|Updated|Posted)\s*:?\s*", "", line))
            continue
        byline = BYLINE.match(line)
        if byline and meta.author is None:
            meta.author = byline.group(1).strip()
            continue
        outlet = _outlet_in_line(line)
        if outlet and meta.outlet is None:
            meta.outlet = outlet
            continue
        if meta.title is None and not in_body and position + 1 < len(lines) and \
                is_menu_line(_clean(lines[position + 1])) and not is_menu_line(line):
            # the site's name above its menu ("THE DAILY LEDGER" / "World | Politics"): a
            # masthead, not the headline
            meta.outlet = meta.outlet or (line.title() if line.isupper() else line)
            continue
        if meta.title is None and not in_body and _looks_like_title(
                line, first=position == 0 and (raw in alone or line.endswith(";"))):
            meta.title = line.rstrip(";").rstrip()
            continue
        if _is_body_paragraph(line):
            in_body = True
        # A bare personal name right after the title is a byline without "By".
        if meta.title and meta.author is None and NAME_LINE.match(line):
            meta.author = line
    # The page's own address is the surest sign of its outlet; a header line may be a section name.
    meta.outlet = outlet_from_url(meta.url) or meta.outlet or _outlet_mentioned(text)
    return meta
