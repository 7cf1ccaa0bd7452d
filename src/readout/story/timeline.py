"""One timeline across articles: reports of the same contact merge into one entry.

Two reports are the same contact when their participants overlap in at least two actors (or
match exactly), their formats are compatible and their dates do not contradict each other.
Details on which the sources differ (date, duration, status) are kept as conflicts, not
resolved silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from readout.records import ArticleAnalysis, Contact

# Formats one source may call by another name: a "video call" is also "talks" or a "meeting".
COMPATIBLE_FORMATS = {
    "video call": {"video call", "talks", "meeting", "summit", "phone call"},
    "phone call": {"phone call", "talks", "video call"},
    "talks": {"talks", "video call", "phone call", "meeting", "summit"},
    "meeting": {"meeting", "talks", "summit", "video call", "visit"},
    "summit": {"summit", "meeting", "talks", "video call"},
    "visit": {"visit", "meeting"},
}
SPECIFICITY = ["talks", "meeting", "visit", "phone call", "video call", "summit"]


@dataclass
class SourceReport:
    doc: str
    outlet: str | None
    contact: Contact

    def to_json(self) -> dict[str, Any]:
        c = self.contact
        return {"doc": self.doc, "outlet": self.outlet, "evidence": c.evidence, "start": c.start,
                "end": c.end, "paragraph": c.paragraph, "date": c.date, "format": c.format,
                "status": c.status, "duration": c.duration}


@dataclass
class TimelineEntry:
    participants: list[str]
    format: str
    date: str | None
    status: str
    place: str | None
    sources: list[SourceReport] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "format": self.format, "participants": self.participants,
                "status": self.status, "place": self.place,
                "sources": [s.to_json() for s in self.sources], "conflicts": self.conflicts}


def dates_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def same_contact(entry: TimelineEntry, contact: Contact) -> bool:
    shared = set(entry.participants) & set(contact.participants)
    if not (shared == set(contact.participants) == set(entry.participants) or len(shared) >= 2):
        return False
    if contact.format not in COMPATIBLE_FORMATS.get(entry.format, {entry.format}):
        return False
    if entry.date and contact.date:
        return dates_compatible(entry.date, contact.date)
    # Without dates, only a held and a planned report of the same pair stay apart.
    return entry.status == contact.status


def _more_specific(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if len(a) >= len(b) else b


def _conflicts(entry: TimelineEntry) -> list[dict[str, Any]]:
    found = []
    for attribute in ("date", "duration", "status", "format"):
        values: dict[str, list[str]] = {}
        for source in entry.sources:
            value = getattr(source.contact, attribute)
            if value:
                values.setdefault(str(value), []).append(source.doc)
        distinct = list(values)
        if attribute == "date":
            # "2021-12" and "2021-12-07" agree; only different days or months disagree.
            distinct = [v for v in distinct if not any(o != v and o.startswith(v) for o in distinct)]
        if attribute == "format":
            continue  # formats are merged by compatibility; the most specific one is shown
        if len(distinct) > 1:
            found.append({"field": attribute,
                          "values": [{"value": v, "sources": values[v]} for v in distinct]})
    return found


def build_timeline(analyses: list[ArticleAnalysis]) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for analysis in analyses:
        for contact in analysis.contacts:
            report = SourceReport(doc=analysis.article.doc, outlet=analysis.article.outlet,
                                  contact=contact)
            match = next((e for e in entries if same_contact(e, contact)), None)
            if match is None:
                entries.append(TimelineEntry(participants=sorted(contact.participants),
                                             format=contact.format, date=contact.date,
                                             status=contact.status, place=contact.place,
                                             sources=[report]))
                continue
            match.sources.append(report)
            match.date = _more_specific(match.date, contact.date)
            match.place = match.place or contact.place
            if SPECIFICITY.index(contact.format) > SPECIFICITY.index(match.format):
                match.format = contact.format
            if contact.status == "held":
                match.status = "held"
            match.participants = sorted(set(match.participants) | set(contact.participants))
    for entry in entries:
        entry.conflicts = _conflicts(entry)
    entries.sort(key=lambda e: (e.date or "9999", e.format))
    return entries
