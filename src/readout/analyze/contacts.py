"""Contacts: summits, meetings, calls, video calls, visits and talks.

Each clause is read for trigger words ("met", "spoke with", "call", "summit", "visit", "talks");
one clause may report several contacts. For each trigger:
- the format comes from the word and its context ("virtual", "by phone", "secure video");
- wishes, conditions and recommendations ("if Biden meets", "should meet", "would really like"
  a meeting, "open to speaking") are not contacts;
- "will meet", "is scheduled", "planning to meet", "upcoming" make it planned;
- participants are the actors of the trigger's own clause (purpose clauses and topics such as
  "to discuss Russia's war" are left out); people win over the states they represent;
- a definite noun with no new party ("the call", "their meeting", "the conversation") refers
  back to the latest contact of a compatible format and inherits its parties, date and place;
  "X joined the call" adds X to that contact;
- the date comes from the clause's date words resolved against the publication date; an
  official readout that names no day reports a contact of its publication day.
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

NOUN_FORMATS = {
    "summit": "summit", "meeting": "meeting", "sit-down": "meeting", "visit": "visit",
    "trip": "visit", "talks": "talks", "negotiation": "talks", "negotiations": "talks",
    "consultation": "talks", "consultations": "talks", "call": "phone call",
    "phone": "phone call", "videoconference": "video call", "teleconference": "video call",
    "conversation": "talks", "discussion": "talks", "ministerial": "meeting",
    "chat": "talks", "contact": "talks",
}
VERB_FORMATS = {"meet": "meeting", "visit": "visit", "travel": "visit", "host": "meeting",
                "convene": "meeting", "speak": "phone call", "talk": "phone call",
                "call": "phone call", "welcome": "meeting", "negotiate": "talks"}
# nouns that only refer back to a contact already reported, never open a new one alone
ANAPHORIC_NOUNS = {"conversation", "discussion", "event", "contact", "chat"}
VIDEO_CUES = re.compile(r"\b(video|virtual(?:ly)?|videoconference|teleconference|online)\b", re.I)
PHONE_CUES = re.compile(r"\b(phone|telephone|by phone|call)\b", re.I)
PLANNED_WORDS = {"will", "shall", "'ll", "upcoming", "planned", "scheduled", "forthcoming",
                 "next", "tomorrow", "expected", "going"}
PLANNED_LEMMAS = {"plan", "schedule", "prepare", "expect", "invite", "set", "arrange", "agree"}
HYPOTHETICAL_WORDS = {"if", "should", "would", "could", "might", "whether", "unless", "ought",
                      "may", "can"}
WISH_LEMMAS = {"like", "want", "wish", "hope", "urge", "propose", "suggest", "need",
               "recommend", "consider", "imagine", "open", "push", "deny", "bother"}
NOT_A_CONTACT_AFTER_CALL = {"on", "upon", "for"}
TOPIC_PREPS = {"about", "on", "regarding", "over", "concerning"}
SAME_DAY = re.compile(r"\b(today|tonight|this (?:morning|afternoon|evening)|just)\b", re.I)
# official statements and readouts: a contact they report without a day word is of that day
READOUT_TITLE = re.compile(r"^(?:readout|statement|remarks)\b", re.I)
GROUP_LABEL = re.compile(r"\b(European|Western|Arab|African|Asian|Baltic|Nordic)\s+"
                         r"(leaders|officials|diplomats|allies|governments)\b")


FORMAT_SPECIFICITY = ["video call", "phone call", "summit", "visit", "meeting", "talks"]


@dataclass
class ContactsConfig:
    require_two_parties: bool = True


@dataclass
class _Found:
    contact: Contact
    index: int
    parties: list[str]


class ContactExtractor:
    """spaCy component: assigns doc._.contacts."""

    def __init__(self, nlp: Language, config: ContactsConfig) -> None:
        self.config = config
        self.gazetteer = load_gazetteer(None)

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[ActorMention] = doc._.actor_mentions or []
        quoted = [(q.start, q.end) for q in find_quoted_spans(doc.text)]
        readout = bool(READOUT_TITLE.search(doc._.title or ""))
        contacts: list[Contact] = []
        for clause in _clauses(doc):
            for contact in self._from_clause(doc, clause, mentions, quoted, contacts, readout):
                contacts.append(contact)
        _share_attributes(contacts)
        doc._.contacts = contacts
        return doc

    # ------------------------------------------------------------------ triggers
    def _triggers(self, clause: Span, quoted: list[tuple[int, int]]) -> list[tuple[Token, str]]:
        found = []
        for token in clause:
            if any(a <= token.idx < b for a, b in quoted):
                continue
            lemma = token.lemma_.casefold()
            lower = token.lower_
            fmt = None
            if token.pos_ in ("NOUN", "PROPN") or lower in NOUN_FORMATS:
                fmt = NOUN_FORMATS.get(lower) or NOUN_FORMATS.get(lemma)
                if fmt and token.pos_ == "VERB":
                    fmt = None
            if fmt is None and token.pos_ in ("VERB", "AUX") or (fmt is None and lemma in VERB_FORMATS
                                                                 and token.tag_.startswith("VB")):
                fmt = VERB_FORMATS.get(lemma)
                if fmt and not self._verb_is_contact(token, lemma):
                    fmt = None
            if fmt == "phone call" and lemma == "call" and _next_word(token) in \
                    NOT_A_CONTACT_AFTER_CALL:
                fmt = None  # "call on", "called for": an appeal or a demand
            if fmt:
                found.append((token, fmt))
        return found

    @staticmethod
    def _verb_is_contact(token: Token, lemma: str) -> bool:
        children = {c.lower_ for c in token.children}
        if lemma in ("speak", "talk"):
            # "spoke with X" / "spoke by phone" / "the two leaders spoke": a call;
            # "spoke about" / "spoke out": not
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            plural = any(s.tag_ == "NNS" or any(c.dep_ == "conj" for c in s.children)
                         for s in subjects)
            return "with" in children or "by" in children or plural
        if lemma == "call":
            return any(c.dep_ in ("dobj",) and c.ent_type_ == "PERSON" for c in token.children)
        if lemma == "travel":
            return "to" in children or any(c.lower_ == "to" for c in token.subtree)
        if lemma == "welcome":
            return any(c.dep_ == "dobj" and c.ent_type_ in ("PERSON",) for c in token.children)
        return True

    # ------------------------------------------------------------------ one clause
    def _from_clause(self, doc: Doc, clause: Span, mentions: list[ActorMention],
                     quoted: list[tuple[int, int]], earlier: list[Contact], readout: bool
                     ) -> list[Contact]:
        out: list[Contact] = []
        triggers = self._triggers(clause, quoted)
        if any(t.lower_ not in ANAPHORIC_NOUNS for t, _ in triggers):
            # "the summit … an opportunity for productive conversation": the real trigger wins
            triggers = [(t, f) for t, f in triggers if t.lower_ not in ANAPHORIC_NOUNS]
        for trigger, fmt in triggers:
            if _is_hypothetical(trigger, clause):
                continue
            if fmt in ("phone call", "meeting", "talks", "summit") and \
                    VIDEO_CUES.search(clause.text):
                fmt = "video call"
            parties = self._parties(doc, clause, trigger, mentions, quoted)
            reference = self._refers_back(trigger, parties, earlier + out, fmt)
            if reference is not None:
                joined = trigger.head.lemma_ == "join" and trigger.dep_ == "dobj"
                if joined:
                    for name in parties:
                        if name not in reference.participants:
                            reference.participants.append(name)
                            reference.participants.sort()
                if any(c.start == clause.start_char and c.participants == reference.participants
                       for c in out):
                    continue
                out.append(self._contact(doc, clause, trigger, reference.participants,
                                         reference.format, reference.date, reference.place,
                                         reference.status, same_as=earlier.index(reference)
                                         if reference in earlier else None))
                continue
            if trigger.lower_ in ANAPHORIC_NOUNS and len(parties) < 2:
                continue
            if self.config.require_two_parties and len(parties) < 2 and fmt != "visit":
                continue
            if not parties:
                continue
            planned = _is_planned(trigger, clause)
            date = self._date(clause, doc, planned, trigger)
            if date is None and not planned and readout and trigger.pos_ == "VERB":
                date = doc._.published  # a readout names no day for its own contacts
            same = _same_parties(earlier + out, parties, fmt)
            if same is not None and same in out:
                continue  # "spoke by phone": two trigger words, one call
            if same is not None and (date is None or same.date in (None, date)):
                # the same parties again in a compatible format: a further mention
                out.append(self._contact(doc, clause, trigger, same.participants, same.format,
                                         same.date or date, same.place, same.status,
                                         same_as=(earlier + out).index(same)))
                continue
            place = _place(clause, parties, self.gazetteer, trigger)
            if fmt == "visit" and place is None:
                place = _destination(trigger)
            if any(c.start == clause.start_char and set(c.participants) == set(parties)
                   and c.format == fmt for c in out):
                continue
            out.append(self._contact(doc, clause, trigger, parties, fmt, date, place,
                                     "planned" if planned else "held", same_as=None))
        return out

    def _contact(self, doc: Doc, clause: Span, trigger: Token, parties: list[str], fmt: str,
                 date: str | None, place: str | None, status: str, same_as: int | None
                 ) -> Contact:
        start, end = clause.start_char, clause.end_char
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        while start < end and doc.text[start].isspace():
            start += 1
        return Contact(participants=parties, format=fmt, date=date, place=place,
                       status=status,  # type: ignore[arg-type]
                       evidence=doc.text[start:end], start=start, end=end,
                       paragraph=paragraph_number(doc.text, start), trigger=trigger.text,
                       duration=_duration(clause.text), same_as=same_as)

    def _refers_back(self, trigger: Token, parties: list[str], earlier: list[Contact],
                     fmt: str) -> Contact | None:
        """'the call', 'their meeting', 'the conversation', 'joined the call' → an earlier
        contact, when the phrase brings no party the earlier contact lacks."""
        if trigger.pos_ not in ("NOUN", "PROPN") or not earlier:
            return None
        dets = {c.lower_ for c in trigger.children if c.dep_ in ("det", "poss")}
        definite = bool(dets & {"the", "this", "that", "our", "their", "such", "his", "her"})
        if not definite and trigger.lower_ not in ANAPHORIC_NOUNS:
            return None
        for contact in reversed(earlier):
            compatible = (contact.format == fmt or trigger.lower_ in ANAPHORIC_NOUNS
                          or fmt in ("talks", "meeting") or
                          {fmt, contact.format} <= {"phone call", "video call"})
            if not compatible:
                continue
            # states named beside a known pair ("Putin said the conversation …, Moscow's
            # summary …") do not make it a different contact; a new person does
            new = [p for p in parties if p not in contact.participants and self._is_person(p)]
            joined = trigger.head.lemma_ == "join"
            if not new or joined or len(parties) <= 1:
                return contact
        return None

    def _is_person(self, name: str) -> bool:
        entry = self.gazetteer.entries.get(name)
        return entry.kind == "person" if entry else " " in name

    # ------------------------------------------------------------------ parties
    def _parties(self, doc: Doc, clause: Span, trigger: Token, mentions: list[ActorMention],
                 quoted: list[tuple[int, int]]) -> list[str]:
        if trigger.pos_ in ("NOUN", "PROPN"):
            # "Ukraine's negotiations with Russia", "a meeting between Biden and Putin"
            own = self._collect(doc, clause, {t.i for t in trigger.subtree}, mentions, quoted)
            if len(own) >= 2:
                return own
        return self._collect(doc, clause, _clause_tokens(trigger, clause), mentions, quoted)

    def _collect(self, doc: Doc, clause: Span, region: set[int], mentions: list[ActorMention],
                 quoted: list[tuple[int, int]]) -> list[str]:
        people: list[str] = []
        groups: list[str] = []
        for m in mentions:
            if not clause.start_char <= m.start < clause.end_char:
                continue
            if any(a <= m.start < b for a, b in quoted):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not any(t.i in region for t in span):
                continue
            entry = self.gazetteer.entries.get(m.actor)
            if entry is None and m.how == "ner":
                continue  # organisations only the NER vouches for are too noisy to be parties
            kind = entry.kind if entry else (
                "person" if m.how in ("person", "title", "pronoun", "group") else "organization")
            if kind == "person":
                if m.actor not in people:
                    people.append(m.actor)
            elif _describes_person(span):
                continue  # "Russian" in "Russian President Vladimir Putin"
            elif m.actor not in groups:
                groups.append(m.actor)
        for match in GROUP_LABEL.finditer(clause.text):
            label = match.group(0)
            start = clause.start_char + match.start()
            span = doc.char_span(start, start + len(label), alignment_mode="expand")
            if span is not None and any(t.i in region for t in span):
                groups.append(label[0].upper() + label[1:])
        if len(people) >= 2:
            return sorted(people)
        return sorted(set(people) | set(groups))

    def _date(self, clause: Span, doc: Doc, planned: bool, trigger: Token) -> str | None:
        published = doc._.published
        candidates = []
        for ent in clause.ents:
            if ent.label_ in ("DATE", "TIME"):
                resolved = resolve_date(ent.text, published, future=planned)
                if resolved:
                    candidates.append((abs(ent.start - trigger.i), resolved))
        if candidates:
            return min(candidates)[1]
        text = clause.text
        resolved = resolve_date(text, published, future=planned) if published else None
        if resolved and len(resolved) == 10:
            return resolved
        if published and len(published) == 10 and SAME_DAY.search(text):
            return published
        return None


def _clauses(doc: Doc) -> list[Span]:
    """Sentences, split again where a header runs into the text ("readout:Under Secretary")
    and at line breaks."""
    out = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.i == start:
                continue
            prev = doc[token.i - 1]
            glued = prev.text == ":" and not prev.whitespace_ and token.text[:1].isupper()
            if glued or "\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text:
                if token.i > start:
                    out.append(doc[start:token.i])
                start = token.i
        if start < sent.end:
            out.append(doc[start:sent.end])
    return [s for s in out if s.text.strip()]


def _clause_tokens(trigger: Token, clause: Span) -> set[int]:
    """Tokens that can name the trigger's parties: the trigger's own clause, without purpose
    clauses, topics ("about …", "to discuss …") and relative clauses."""
    head = trigger
    while head.pos_ not in ("VERB", "AUX") and head.dep_ not in ("ROOT",) and head.head is not head:
        if head.head.i < clause.start or head.head.i >= clause.end:
            break
        head = head.head
    excluded: set[int] = set()
    for node in [head, *([trigger] if trigger is not head else [])]:
        for child in node.children:
            if child.i in (trigger.i,) or trigger in child.subtree and child is not trigger:
                continue
            if child.dep_ in ("advcl", "xcomp", "ccomp", "relcl", "acl", "conj", "parataxis") \
                    and child.i > trigger.i or child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
                excluded.update(t.i for t in child.subtree)
    region = {t.i for t in head.subtree if clause.start <= t.i < clause.end} - excluded
    # "I am in Kyiv to meet with …", "X is travelling to Y to meet …": the subject of the
    # governing verbs takes part too
    node = head
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass", "agent") and child.i < trigger.i:
                region |= {t.i for t in child.subtree}
        if node.dep_ not in ("xcomp", "advcl", "conj", "ccomp", "pcomp", "pobj", "prep") or \
                node.head is node:
            break
        node = node.head
    if head.dep_ == "ROOT" or len(region) < 3:
        region |= {t.i for t in clause} - excluded
    return region


def _describes_person(span: Span) -> bool:
    """A demonym or country that only qualifies a person ("Ukrainian President Zelenskyy",
    "President Zelenskyy of Ukraine", "Russian Minister of Defense Sergey Shoygu")."""
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod") and (root.head.ent_type_ == "PERSON" or
                                                      root.head.pos_ == "PROPN"):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and (
            root.head.head.ent_type_ == "PERSON" or root.head.head.pos_ == "PROPN"):
        return True
    if root.dep_ == "poss" and root.head.pos_ in ("PROPN", "NOUN") and \
            root.head.lower_ in ("president", "minister", "leader", "secretary"):
        return True
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.lower_ in ("president", "minister", "leader", "foreign",
                                             "defense", "defence", "prime", "secretary")


def _next_word(token: Token) -> str:
    doc = token.doc
    return doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""


def _is_hypothetical(trigger: Token, clause: Span) -> bool:
    if trigger.pos_ in ("NOUN", "PROPN"):
        return _noun_is_hypothetical(trigger, clause)
    chain = [trigger, *list(trigger.ancestors)[:4]]
    for token in chain:
        for child in token.children:
            if child.lower_ in HYPOTHETICAL_WORDS and child.dep_ in ("aux", "mark", "advmod"):
                return True
        if token is not trigger and token.lemma_.casefold() in WISH_LEMMAS:
            return True
    for child in trigger.children:
        if child.lower_ in ("any", "no") and child.dep_ == "det":
            return True  # "any such meeting", "no meeting"
    return clause.text.rstrip().endswith("?")


def _noun_is_hypothetical(trigger: Token, clause: Span) -> bool:
    """A named meeting is real even under a modal ("the summit should be about …"); it is a
    wish when it is the object of one ("would like a meeting", "any such meeting")."""
    for child in trigger.children:
        if child.lower_ in ("any", "no") and child.dep_ == "det":
            return True
        if child.dep_ == "relcl" and any(
                c.lemma_ in WISH_LEMMAS or c.lower_ in ("would", "could", "should")
                for c in [child, *child.children]):
            return True
    head = trigger.head
    if trigger.dep_ in ("dobj", "pobj") and (head.lemma_ in WISH_LEMMAS or
                                             head.head.lemma_ in WISH_LEMMAS):
        return True
    return bool(any(t.lower_ in ("if", "unless", "whether") and t.dep_ == "mark" for t in trigger.head.children))


def _same_parties(earlier: list[Contact], parties: list[str], fmt: str) -> Contact | None:
    for contact in reversed(earlier):
        if contact.same_as is not None:
            continue
        calls = {"phone call", "video call", "talks"}
        meetings = {"meeting", "summit", "visit"}
        compatible = contact.format == fmt or {fmt, contact.format} <= calls or \
            {fmt, contact.format} <= meetings
        if compatible and sorted(contact.participants) == sorted(parties):
            return contact
    return None


def _share_attributes(contacts: list[Contact]) -> None:
    """Every mention of one contact carries what the whole article establishes about it
    (a headline "call" gets the day the body gives)."""
    groups: dict[int, list[Contact]] = {}
    for i, contact in enumerate(contacts):
        root = i
        while contacts[root].same_as is not None and contacts[root].same_as != root:
            root = contacts[root].same_as  # type: ignore[assignment]
        groups.setdefault(root, []).append(contact)
    for members in groups.values():
        date = next((c.date for c in members if c.date and len(c.date) == 10), None) or \
            next((c.date for c in members if c.date), None)
        place = next((c.place for c in members if c.place), None)
        # the most specific format any mention gives ("conversation" → "meet virtually")
        fmt = min((c.format for c in members), key=FORMAT_SPECIFICITY.index)
        for c in members:
            c.format = fmt
            c.date = date
            c.place = c.place or place


def _is_planned(trigger: Token, clause: Span) -> bool:
    for token in [trigger, *trigger.children, *list(trigger.ancestors)[:3]]:
        if token.lower_ in PLANNED_WORDS or token.lemma_ in PLANNED_LEMMAS:
            return True
        for child in token.children:
            if child.lower_ in ("will", "'ll") and child.dep_ == "aux":
                return True
    return bool(re.search(r"\blook(?:s|ing)? forward to\b", clause.text, re.I))


def _place(clause: Span, participants: list[str], gazetteer: object, trigger: Token
           ) -> str | None:
    """"met … in Istanbul", "a meeting at the Pentagon": a place attached to the trigger (or
    to the verb that governs it), not any place the sentence names."""
    anchors = {trigger.i, trigger.head.i}
    for ent in clause.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC", "ORG") or ent.text in participants:
            continue
        prep = clause.doc[ent.start - 1] if ent.start > 0 else None
        if prep is not None and prep.lower_ == "the" and ent.start > 1:
            prep = clause.doc[ent.start - 2]
        if prep is None or prep.lower_ not in ("in", "at"):
            continue
        if prep.head.i in anchors or prep.head.head.i in anchors:
            return re.sub(r"^the\s+", "", ent.text)
    return None


def _destination(trigger: Token) -> str | None:
    for token in trigger.subtree:
        if token.lower_ == "to" and token.head is trigger:
            for obj in token.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC"):
                    return obj.text
    return None


def _duration(text: str) -> str | None:
    match = re.search(r"\b((?:nearly|almost|about|more than|over|just under|roughly)?\s*"
                      r"(?:an?|one|two|three|four|five|\d+)[- ](?:hours?|minutes?))\b", text, re.I)
    return match.group(1).strip() if match else None


def make_contact_extractor(nlp: Language, name: str, require_two_parties: bool
                           ) -> ContactExtractor:
    return ContactExtractor(nlp, ContactsConfig(require_two_parties=require_two_parties))
