"""One timeline across articles: reports of the same contact merge into one entry.

Two reports are the same contact when they name the same people (or, when one names only
governments, the same sides), their formats are compatible and their dates agree within two
days (a day-level and a month-level date agree when the day is in the month). Undated reports
join the entry nearest to their article's publication date, or stay apart when that is
ambiguous. What the sources disagree on (date, duration, participants, held or planned,
format, place) is listed as conflicts with the sources on each side, never resolved silently;
the entry shows the value most sources give.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from readout.analyze.dates import DAY_MONTH, MONTH_DAY, dates_nest, resolve_date
from readout.records import ArticleAnalysis, Contact
from readout.story.actors import ActorBook
from readout.story.stories import to_day

# Formats one source may call by another name: a "video call" is also "talks" or a "meeting".
COMPATIBLE_FORMATS = {
    "video call": {"video call", "talks", "meeting", "summit", "phone call"},
    "phone call": {"phone call", "talks", "video call"},
    "talks": {"talks", "video call", "phone call", "meeting", "summit"},
    "meeting": {"meeting", "talks", "summit", "video call", "visit"},
    "summit": {"summit", "meeting", "talks", "video call"},
    "visit": {"visit", "meeting", "talks"},
}
SPECIFICITY = ["talks", "meeting", "visit", "phone call", "video call", "summit"]
GENERIC_FORMATS = frozenset({"talks", "meeting"})  # vaguer words, not a different account
DATE_TOLERANCE_DAYS = 2
MONTH_NAME = re.compile(r"\b(January|February|March|April|June|July|August|September|October|"
                        r"November|December)\b")  # "May" left out: too often the verb
UNDATED_REACH_DAYS = 45  # an undated report of a held contact looks this far back


@dataclass
class SourceReport:
    doc: str
    outlet: str | None
    contact: Contact
    participants: list[str]  # canonical across the story
    published: str | None = None
    also: list[Contact] = field(default_factory=list)  # further mentions in the same article
    sides: tuple[str, ...] = ()  # the participants' countries (a state stands for itself)
    date_basis: str | None = None  # "story" when the date was fixed by the story's other articles

    def to_json(self) -> dict[str, Any]:
        c = self.contact
        return {"doc": self.doc, "outlet": self.outlet, "evidence": c.evidence, "start": c.start,
                "end": c.end, "paragraph": c.paragraph, "date": c.date,
                "date_basis": self.date_basis, "format": c.format,
                "status": c.status, "duration": c.duration, "place": c.place,
                "participants": self.participants,
                "also": [{"evidence": m.evidence, "start": m.start, "end": m.end,
                          "paragraph": m.paragraph} for m in self.also]}

    def value(self, attribute: str) -> Any:
        """The most specific value this article gives across its mentions of the contact."""
        if attribute == "participants":
            return tuple(self.participants)
        values = [getattr(m, attribute) for m in (self.contact, *self.also)]
        values = [v for v in values if v]
        if not values:
            return None
        if attribute == "date":
            return max(values, key=len)
        if attribute == "status":
            return "held" if "held" in values else values[0]
        if attribute == "format":
            return max(values, key=SPECIFICITY.index)
        return values[0]


@dataclass
class TimelineEntry:
    participants: list[str]
    format: str
    date: str | None
    status: str
    place: str | None
    sources: list[SourceReport] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    duration: str | None = None

    @property
    def docs(self) -> list[str]:
        return list(dict.fromkeys(s.doc for s in self.sources))

    def label(self) -> str:
        return f"{self.date or 'undated'} {self.format}, {' – '.join(self.participants)}"

    def to_json(self) -> dict[str, Any]:
        outlets = sorted({s.outlet for s in self.sources if s.outlet})
        return {"date": self.date, "format": self.format, "participants": self.participants,
                "status": self.status, "place": self.place, "duration": self.duration,
                "sources": [s.to_json() for s in self.sources], "conflicts": self.conflicts,
                "outlets": outlets, "single_source": len(self.docs) == 1}


def dates_compatible(a: str | None, b: str | None, tolerance: int = 0) -> bool:
    if a is None or b is None or dates_nest(a, b):
        return True
    da, db = to_day(a), to_day(b)
    return (len(a) >= 10 and len(b) >= 10 and da is not None and db is not None
            and abs(da - db) <= tolerance)


def _people(book: ActorBook, names: list[str]) -> set[str]:
    return {n for n in names if (book.info.get(n) is None or book.info[n].kind == "person")}


def _participants_match(book: ActorBook, a: list[str], b: list[str]) -> bool:
    people_a, people_b = _people(book, a), _people(book, b)
    if people_a and people_b and not people_a & people_b:
        return False  # two meetings of different people, even between the same states
    shared = set(a) & set(b)
    if set(a) == set(b) or len(shared) >= 2:
        return True
    # One report names governments, the other their leaders: compare the sides, which must
    # be the same (a two-state visit is not four-state talks that share two of the states)
    sides_a = {book.country(n) or n for n in a}
    sides_b = {book.country(n) or n for n in b}
    return sides_a == sides_b and len(sides_a) >= 2


def _match_score(book: ActorBook, entry: TimelineEntry, report: SourceReport) -> float | None:
    """How well a report fits an entry; None when it cannot be the same contact."""
    c = report.contact
    if not _participants_match(book, entry.participants, report.participants):
        return None
    if c.format not in COMPATIBLE_FORMATS.get(entry.format, {entry.format}):
        return None
    if _remote_vs_in_person(entry, report):
        return None
    if any(s.doc == report.doc and {s.contact.format, c.format} == REMOTE_FORMATS
           for s in entry.sources):
        return None  # the article itself told a phone call from a video call: two contacts
    score = len(set(entry.participants) & set(report.participants)) + (c.format == entry.format)
    if entry.date and c.date:
        if not dates_compatible(entry.date, c.date, DATE_TOLERANCE_DAYS):
            return None
        return score + 2 + (entry.date == c.date)
    if c.date is None and entry.date is not None:
        # An undated report: the contact must fall near the article's publication date.
        published, when = to_day(report.published), to_day(entry.date)
        if published is not None and when is not None:
            reach = published - when if c.status == "held" else when - published
            if -DATE_TOLERANCE_DAYS <= reach <= UNDATED_REACH_DAYS:
                return score + 1 - reach / 100
            # Further back, the same parties meeting in the same place in the same format is the
            # contact the article looks back on ("months after the two met in Geneva").
            if (reach > 0 and c.status == "held" and c.place and entry.place in (None, c.place)
                    and c.format == entry.format):
                return score
            return None
        # Neither the report nor its article is dated: only a report of the same status can be
        # matched without a date (a planned meeting is not shown as held on someone's word).
        return score if entry.status == c.status else None
    # Neither is dated (or only the entry is not): held and planned reports stay apart, and
    # without a date to anchor them only reports naming the same parties are read as one.
    if entry.status != c.status:
        return None
    same_parties = any(set(s.participants) == set(report.participants) for s in entry.sources)
    return score if same_parties else None


REMOTE_FORMATS = frozenset({"video call", "phone call"})
IN_PERSON_FORMATS = frozenset({"summit", "meeting", "visit"})


def _remote_vs_in_person(entry: TimelineEntry, report: SourceReport) -> bool:
    """A contact held somewhere in person is not a call: a report of a summit "in Geneva"
    and one of a video call are two contacts, even between the same leaders."""
    def kinds(formats: set[str], placed: bool) -> tuple[bool, bool]:
        return bool(formats & REMOTE_FORMATS), bool(formats & IN_PERSON_FORMATS) and placed
    mentions = [m for s in entry.sources for m in (s.contact, *s.also)]
    entry_formats = {m.format for m in mentions} | {entry.format}
    entry_remote, entry_placed = kinds(entry_formats, any(m.place for m in mentions))
    own = [report.contact, *report.also]
    report_remote, report_placed = kinds({m.format for m in own}, any(m.place for m in own))
    return (entry_remote and report_placed) or (report_remote and entry_placed)


HOURS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "half": 0.5, "several": 3}


def duration_minutes(text: str | None) -> float | None:
    """'nearly an hour' → 60, 'two-hour' → 120, '90 minutes' → 90; None if unreadable."""
    if not text:
        return None
    t = text.casefold().replace("-", " ")
    total = 0.0
    if re.search(r"\bhalf an hour\b|\bhalf hour\b", t):
        total += 30
        t = re.sub(r"\bhalf an hour\b|\bhalf hour\b", " ", t)
    for number, unit in re.findall(r"(\d+(?:\.\d+)?|[a-z]+)\s+(hours?|minutes?|mins?)\b", t):
        value = float(number) if number[0].isdigit() else HOURS.get(number)
        if value is None:
            continue
        total += value * (60 if unit.startswith("hour") else 1)
    if re.search(r"\band a half\b", t):
        total += 30
    return total or None


def _conflicts(entry: TimelineEntry) -> list[dict[str, Any]]:
    found = []
    by_doc: dict[str, SourceReport] = {}
    for report in entry.sources:
        by_doc.setdefault(report.doc, report)
    for attribute in ("date", "duration", "status", "format", "participants", "place"):
        values: dict[Any, list[str]] = {}
        for doc, report in by_doc.items():
            value = report.value(attribute)
            if value:
                values.setdefault(value, []).append(doc)
        distinct = list(values)
        if attribute == "date":
            # "2021-12" and "2021-12-07" agree; only different days or months disagree.
            distinct = [v for v in distinct if not any(o != v and o.startswith(v) for o in distinct)]
        elif attribute == "duration":
            minutes = {v: duration_minutes(v) for v in distinct}
            groups: dict[float, list[Any]] = {}
            for v, m in minutes.items():
                if m is None:
                    continue
                key = next((k for k in groups if abs(k - m) <= 0.2 * max(k, m)), m)
                groups.setdefault(key, []).append(v)
            if len(groups) < 2:
                continue
            distinct = [vs[0] for vs in groups.values()]
            for vs in groups.values():  # equal lengths in other words count as one side
                for extra in vs[1:]:
                    values[vs[0]] = values[vs[0]] + values[extra]
        elif attribute == "format":
            specific = [v for v in distinct if v not in GENERIC_FORMATS]
            distinct = specific
        elif attribute == "participants":
            # A source naming fewer people is not a contradiction when all it names are
            # among the others'; a different set of people is.
            sets = [set(v) for v in distinct]
            distinct = [v for v, s in zip(distinct, sets, strict=True)
                        if not any(s < o for o in sets)]
            # "Biden and Putin" vs "the United States and Russia" name the same sides.
            sides = {by_doc[docs[0]].sides for v in distinct if (docs := values[v])}
            if len(sides) == 1:
                continue
        if attribute == "status" and len(distinct) > 1 and \
                not _planned_after_the_fact(entry, values):
            continue  # a plan reported before the contact took place contradicts nothing
        if len(distinct) > 1:
            item: dict[str, Any] = {
                "field": attribute,
                "values": [{"value": list(v) if isinstance(v, tuple) else v,
                            "sources": sorted(set(values[v]))} for v in distinct]}
            found.append(item)
    return found


def _planned_after_the_fact(entry: TimelineEntry, values: dict[Any, list[str]]) -> bool:
    """Whether a report calling the contact planned was published after its day: only then
    do 'held' and 'planned' disagree (an undated plan may well precede the contact)."""
    when = to_day(entry.date)
    planned = [s for s in entry.sources if s.doc in values.get("planned", [])]
    return when is not None and any(
        (d := to_day(s.published)) is not None and d > when for s in planned)


def _report(book: ActorBook, analysis: ArticleAnalysis, contact: Contact) -> SourceReport:
    participants = sorted({book.canon(p) or p for p in contact.participants})
    a = analysis.article
    sides = tuple(sorted({book.country(p) or p for p in participants}))
    return SourceReport(doc=a.doc, outlet=a.outlet, contact=contact, participants=participants,
                        published=a.published, sides=sides)


def story_reference_date(analyses: list[ArticleAnalysis]) -> str | None:
    """The median publication date of the story's dated articles."""
    days = sorted(a.article.published for a in analyses
                  if a.article.published and len(a.article.published) == 10)
    return days[(len(days) - 1) // 2] if days else None


def date_by_story(contact: Contact, reference: str | None) -> Contact | None:
    """An undated article's "December 7" gets its year from the story it belongs to.

    Only calendar expressions (a month name, with or without a day) are resolved this way:
    "Thursday" or "tomorrow" count from the article's own, unknown, publication day.
    """
    expression = getattr(contact, "date_text", None)
    calendar = expression and (MONTH_DAY.search(expression) or DAY_MONTH.search(expression)
                                or MONTH_NAME.search(expression))
    if contact.date or not expression or not calendar or not reference:
        return None
    resolved = resolve_date(expression, reference, future=contact.status == "planned")
    return replace(contact, date=resolved) if resolved else None


def _vote(values: list[Any]) -> Any:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def build_timeline(analyses: list[ArticleAnalysis], book: ActorBook | None = None
                   ) -> list[TimelineEntry]:
    book = book or ActorBook(analyses)
    entries: list[TimelineEntry] = []
    reports: list[SourceReport] = []
    repeats: list[tuple[SourceReport, Contact]] = []
    reference = story_reference_date(analyses)
    for analysis in analyses:
        first: list[SourceReport | None] = []
        for contact in analysis.contacts:
            dated = date_by_story(contact, reference) if not analysis.article.published else None
            contact = dated or contact
            same_as = getattr(contact, "same_as", None)
            if same_as is not None and 0 <= same_as < len(first) and first[same_as] is not None:
                repeats.append((first[same_as], contact))
                first.append(None)
                continue
            report = _report(book, analysis, contact)
            if dated is not None:
                report.date_basis = "story"
            reports.append(report)
            first.append(report)
    for report, contact in repeats:
        report.also.append(contact)
    # Dated reports first, so that undated ones can find the contact they speak of.
    ordered = sorted(reports, key=lambda r: (r.contact.date is None, -len(r.contact.date or "")))
    for report in ordered:
        scored = [(s, i) for i, e in enumerate(entries)
                  if (s := _match_score(book, e, report)) is not None]
        if report.contact.date is None and len(scored) > 1:
            best = sorted(scored, reverse=True)
            if best[0][0] == best[1][0]:
                scored = []  # ambiguous: which of several contacts? keep it apart
        if not scored:
            c = report.contact
            entries.append(TimelineEntry(participants=list(report.participants), format=c.format,
                                         date=c.date, status=c.status, place=c.place,
                                         sources=[report]))
            continue
        entry = entries[max(scored)[1]]
        entry.sources.append(report)
        if entry.date is None or (report.contact.date and len(report.contact.date) > len(entry.date)):
            entry.date = report.contact.date or entry.date
        entry.participants = sorted(set(entry.participants) | set(report.participants))
        if SPECIFICITY.index(report.contact.format) > SPECIFICITY.index(entry.format):
            entry.format = report.contact.format
    for entry in entries:
        docs = {s.doc: s for s in entry.sources}.values()
        # Shown values: what most sources say (the conflicts list the others).
        day_dates = [s.value("date") for s in docs if s.value("date")]
        if day_dates:
            finest = [d for d in day_dates if len(d) == max(len(x) for x in day_dates)]
            entry.date = _vote(finest)
        entry.status = "held" if any(s.value("status") == "held" for s in docs) else "planned"
        entry.place = _vote([s.value("place") for s in docs])
        entry.duration = _vote([s.value("duration") for s in docs])
        entry.sources.sort(key=lambda s: (s.published or "9999", s.doc))
        entry.conflicts = _conflicts(entry)
    entries.sort(key=lambda e: (e.date or "9999", e.format, e.participants))
    return entries
