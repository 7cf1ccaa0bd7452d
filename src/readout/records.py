"""Typed records passed between the stages: ingest → analyze → story → store → render.

Every fact carries its provenance: the document it came from and the character offsets
``[start, end)`` of its evidence in that document's text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect"]
ContactStatus = Literal["held", "planned"]
CONTACT_FORMATS = ("summit", "meeting", "video call", "phone call", "visit", "talks")


def content_key(text: str) -> str:
    """Hash of the normalised text: two copies of an article that differ only in
    whitespace, case, quote style or Unicode form share one key."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = re.sub(r"[\"'\u2018\u2019\u201c\u201d\u00ab\u00bb]", "", folded)
    folded = re.sub(r"\s+", " ", folded).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One input document, its text exactly as analysed and its metadata."""

    doc: str  # input path or id, as the user named it
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD, YYYY-MM or None
    url: str | None = None
    source_format: str = "txt"  # txt, md, html, jsonl, warc, url, stdin
    metadata_basis: dict[str, str] = field(default_factory=dict)  # field -> where it came from

    @property
    def key(self) -> str:
        return content_key(self.text)


@dataclass
class Span:
    """Where a fact stands in its document."""

    doc: str
    start: int
    end: int


@dataclass
class Actor:
    """A canonical actor: a person, a government or an organisation."""

    name: str
    country: str | None = None
    sector: str | None = None
    kind: str = "person"  # person, state, organization
    affiliation: str | None = None  # stated in the article for people not in the gazetteer
    mentions: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "sector": self.sector,
                "mentions": self.mentions, "kind": self.kind, "affiliation": self.affiliation}


@dataclass
class ActorMention:
    """One mention of an actor in the text (a name, title, pronoun or metonym)."""

    actor: str
    start: int
    end: int
    text: str
    how: str  # gazetteer, alias, surname, title, pronoun, metonym, demonym


@dataclass
class Quote:
    text: str
    speaker: str | None
    kind: QuoteKind
    cue: str | None
    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    sentence_start: int | None = None
    paragraph: int | None = None  # 1-based paragraph number, for citations

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "speaker": self.speaker, "kind": self.kind, "cue": self.cue,
                "start": self.start, "end": self.end, "paragraph": self.paragraph}


@dataclass
class Contact:
    participants: list[str]
    format: str  # one of CONTACT_FORMATS
    date: str | None
    place: str | None
    status: ContactStatus
    evidence: str
    start: int
    end: int
    paragraph: int | None = None
    trigger: str | None = None
    duration: str | None = None  # as the text puts it: "nearly an hour", "two hours"
    same_as: int | None = None  # index of the first mention of this contact in the article
    # the date expression the date came from ("December 7", "Thursday", "next month"), kept
    # even when the article has no publication date (date is then null): a story can date it
    # against its other articles
    date_text: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"participants": self.participants, "format": self.format, "date": self.date,
                "date_text": self.date_text,
                "place": self.place, "status": self.status, "evidence": self.evidence,
                "start": self.start, "end": self.end, "paragraph": self.paragraph,
                "duration": self.duration, "same_as": self.same_as}


@dataclass
class Event:
    type: str  # one of the 16 PLOVER event types
    actor: str | None
    target: str | None
    date: str | None
    evidence: str
    start: int
    end: int
    mode: str | None = None
    score: float | None = None  # PLOVER cooperation–conflict score
    negated: bool = False
    paragraph: int | None = None
    # done together by the two sides named as its actors ("They called for a halt"): aimed
    # at neither; a working fact of the events step, not part of the output contract
    joint: bool = field(default=False, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "actor": self.actor, "target": self.target, "date": self.date,
                "evidence": self.evidence, "start": self.start, "end": self.end,
                "mode": self.mode, "score": self.score, "paragraph": self.paragraph}


@dataclass
class Proposal:
    proposer: str | None
    addressee: str | None
    issue: str
    evidence: str
    start: int
    end: int
    kind: str = "proposal"  # proposal, demand, recommendation
    paragraph: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"proposer": self.proposer, "addressee": self.addressee, "issue": self.issue,
                "evidence": self.evidence, "start": self.start, "end": self.end,
                "kind": self.kind, "paragraph": self.paragraph}


@dataclass
class ArticleAnalysis:
    """Everything readout found in one article; the unit of the output contract."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        a = self.article
        return {
            "doc": a.doc,
            "title": a.title,
            "outlet": a.outlet,
            "published": a.published,
            "author": a.author,
            "url": a.url,
            "actors": [x.to_json() for x in self.actors],
            "quotes": [x.to_json() for x in self.quotes],
            "contacts": [x.to_json() for x in self.contacts],
            "events": [x.to_json() for x in self.events],
            "proposals": [x.to_json() for x in self.proposals],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], text: str) -> ArticleAnalysis:
        """Rebuild an analysis from its stored JSON (the inverse of :meth:`to_json`)."""
        article = Article(doc=data["doc"], text=text, title=data.get("title"),
                          outlet=data.get("outlet"), author=data.get("author"),
                          published=data.get("published"), url=data.get("url"))
        return cls(
            article=article,
            actors=[Actor(**_known(Actor, x)) for x in data.get("actors", [])],
            quotes=[Quote(**_known(Quote, x)) for x in data.get("quotes", [])],
            contacts=[Contact(**_known(Contact, x)) for x in data.get("contacts", [])],
            events=[Event(**_known(Event, x)) for x in data.get("events", [])],
            proposals=[Proposal(**_known(Proposal, x)) for x in data.get("proposals", [])],
        )


def _known(kind: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(kind)}
    return {k: v for k, v in data.items() if k in names}


def to_plain(obj: Any) -> Any:
    """Dataclass → plain JSON-able structure."""
    return asdict(obj)
