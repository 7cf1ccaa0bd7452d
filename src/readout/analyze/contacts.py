"""Contacts: summits, meetings, calls, video calls, visits and talks.

A trigger word sets the format; participants are the actors named in the trigger's sentence
outside quotations (people first, then governments); the date comes from the sentence's date
expressions resolved against the publication date; modal and conditional triggers ("should
meet", "if Biden meets", "would really like" a meeting) are wishes, not contacts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from readout.analyze.dates import resolve_date
from readout.analyze.gazetteer import load_gazetteer
from readout.analyze.quotes import find_quoted_spans
from readout.analyze.text import paragraph_number
from readout.records import ActorMention, Contact

# lemma (or lower-cased phrase) → format
TRIGGER_LEMMAS = {
    "summit": "summit", "meet": "meeting", "meeting": "meeting", "sit-down": "meeting",
    "visit": "visit", "trip": "visit", "travel": "visit", "talk": "talks", "talks": "talks",
    "negotiation": "talks", "dialogue": "talks", "call": "phone call", "phone": "phone call",
    "conversation": "talks", "videoconference": "video call", "host": "meeting",
}
VIDEO_CUES = re.compile(r"\b(video|virtual(?:ly)?|videoconference|online|secure video)\b", re.I)
PHONE_CUES = re.compile(r"\b(phone|telephone|call(?:ed|s)?\b)", re.I)
PLANNED_CUES = {"will", "shall", "'ll", "upcoming", "planned", "scheduled", "plan", "planning",
                "expected", "next", "tomorrow", "prepare", "preparing", "set", "agree", "going"}
HYPOTHETICAL_CUES = {"if", "should", "would", "could", "might", "whether", "unless", "like", "want",
                     "wish", "hope", "propose", "suggest", "urge", "ought"}
TALK_NOUN_GUARD = {"talk": ("NOUN",), "call": ("NOUN", "VERB"), "host": ("VERB",)}


@dataclass
class ContactsConfig:
    require_two_parties: bool = True


class ContactExtractor:
    """spaCy component: assigns doc._.contacts."""

    def __init__(self, nlp: Language, config: ContactsConfig) -> None:
        self.config = config
        self.gazetteer = load_gazetteer(None)

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[ActorMention] = doc._.actor_mentions or []
        quoted = [(q.start, q.end) for q in find_quoted_spans(doc.text)]
        contacts: list[Contact] = []
        for sent in doc.sents:
            contact = self._from_sentence(doc, sent, mentions, quoted)
            if contact is not None:
                contacts.append(contact)
        doc._.contacts = contacts
        return doc

    def _trigger(self, sent: Span, quoted: list[tuple[int, int]]) -> tuple[Token, str] | None:
        for token in sent:
            if any(a <= token.idx < b for a, b in quoted):
                continue
            lemma = token.lemma_.casefold()
            fmt = TRIGGER_LEMMAS.get(lemma) or TRIGGER_LEMMAS.get(token.lower_)
            if fmt is None:
                continue
            guard = TALK_NOUN_GUARD.get(lemma)
            if guard and token.pos_ not in guard:
                continue
            if lemma == "call" and token.pos_ == "VERB" and any(c.lower_ == "for" for c in token.children):
                continue  # "called for" is a demand, not a call
            if lemma == "call" and token.pos_ == "VERB" and not PHONE_CUES.search(sent.text):
                continue
            if lemma == "talk" and token.pos_ == "VERB":
                continue
            return token, fmt
        return None

    def _from_sentence(self, doc: Doc, sent: Span, mentions: list[ActorMention],
                       quoted: list[tuple[int, int]]) -> Contact | None:
        found = self._trigger(sent, quoted)
        if found is None:
            return None
        trigger, fmt = found
        if _is_hypothetical(trigger):
            return None
        if fmt in ("phone call", "meeting", "talks") and VIDEO_CUES.search(sent.text):
            fmt = "video call"
        participants = self._participants(doc, sent, mentions, quoted)
        if self.config.require_two_parties and len(participants) < 2 and fmt != "visit":
            return None
        if not participants:
            return None
        status = "planned" if _is_planned(trigger, sent) else "held"
        date = self._date(sent, doc._.published, status == "planned")
        start, end = sent.start_char, sent.end_char
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        return Contact(participants=participants, format=fmt, date=date, place=_place(sent, participants),
                       status=status, evidence=doc.text[start:end], start=start, end=end,
                       paragraph=paragraph_number(doc.text, start), trigger=trigger.text,
                       duration=_duration(sent.text))

    def _participants(self, doc: Doc, sent: Span, mentions: list[ActorMention],
                      quoted: list[tuple[int, int]]) -> list[str]:
        people: list[str] = []
        groups: list[str] = []
        for m in mentions:
            if not sent.start_char <= m.start < sent.end_char:
                continue
            if any(a <= m.start < b for a, b in quoted):
                continue
            entry = self.gazetteer.entries.get(m.actor)
            kind = entry.kind if entry else ("person" if m.how in ("ner", "title") else "organization")
            if kind == "person":
                if m.actor not in people:
                    people.append(m.actor)
            elif m.how == "demonym" and _modifies_person(doc, m):
                continue
            elif m.actor not in groups:
                groups.append(m.actor)
        if len(people) >= 2:
            return sorted(people)
        return sorted(set(people) | set(groups))

    def _date(self, sent: Span, published: str | None, future: bool) -> str | None:
        for ent in sent.ents:
            if ent.label_ == "DATE":
                resolved = resolve_date(ent.text, published, future=future)
                if resolved:
                    return resolved
        return None


def _modifies_person(doc: Doc, mention: ActorMention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    return head.ent_type_ == "PERSON" or head.lower_ in ("president", "leader", "minister", "officials", "counterpart")


def _is_hypothetical(trigger: Token) -> bool:
    chain = [trigger, *list(trigger.ancestors)[:3]]
    for token in chain:
        for child in token.children:
            if child.lower_ in HYPOTHETICAL_CUES and child.dep_ in ("aux", "mark", "advmod"):
                return True
        if token.lemma_.casefold() in ("like", "want", "wish", "hope", "urge", "propose", "suggest"):
            return True
    return False


def _is_planned(trigger: Token, sent: Span) -> bool:
    for token in [trigger, *trigger.children, *list(trigger.ancestors)[:2]]:
        if token.lower_ in PLANNED_CUES or token.lemma_ in ("plan", "schedule", "prepare"):
            return True
    return trigger.dep_ == "xcomp" and trigger.head.lemma_ in ("plan", "agree", "expect", "hope")


def _place(sent: Span, participants: list[str]) -> str | None:
    for ent in sent.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.text not in participants:
            before = sent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if before in ("in", "at"):
                return ent.text
    return None


def _duration(text: str) -> str | None:
    match = re.search(r"\b((?:nearly|almost|about|more than|over|just under|roughly)?\s*"
                      r"(?:an?|one|two|three|four|five|\d+)[- ](?:hours?|minutes?))\b", text, re.I)
    return match.group(1).strip() if match else None


def make_contact_extractor(nlp: Language, name: str, require_two_parties: bool) -> ContactExtractor:
    return ContactExtractor(nlp, ContactsConfig(require_two_parties=require_two_parties))
