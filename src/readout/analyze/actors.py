"""Actors: names, titles, metonyms and demonyms → canonical actors with country and sector.

Resolution order inside one document: gazetteer forms (exact case, so "US" is not "us"),
role phrases resolved by the publication date ("the Russian president" → the holder of that
office on that day), then people and organisations found by the NER that the gazetteer does
not know, whose surnames are learned as aliases of the fullest name the article gives.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from readout.analyze.gazetteer import LEADER_ROLES, ROLE_WORDS, Gazetteer, load_gazetteer, normalise_form
from readout.records import Actor, ActorMention

_ROLE_ALTERNATION = "|".join(sorted((re.escape(w) for w in ROLE_WORDS), key=len, reverse=True))
# "the Russian president", "Russia's foreign minister", "the president", "the U.S. secretary of state"
ROLE_PHRASE = re.compile(
    rf"\b(?:(?P<det>[Tt]he)\s+)?(?:(?P<who>[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?)(?:'s|’s)?\s+)?"
    rf"(?:(?:former|then|top|new|current)\s+)?(?P<role>{_ROLE_ALTERNATION})\b",
    re.IGNORECASE,
)
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "secretary",
              "gen", "general", "senator", "sen", "rep", "chancellor", "director", "ambassador"}


@dataclass
class ActorsConfig:
    gazetteer_path: str | None = None


class ActorResolver:
    """spaCy component: assigns doc._.actor_mentions and doc._.actors."""

    def __init__(self, nlp: Language, config: ActorsConfig) -> None:
        self.config = config
        self.gazetteer: Gazetteer = load_gazetteer(config.gazetteer_path)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        patterns: dict[str, list[Doc]] = {}
        for form, names in self.gazetteer.forms.items():
            for surface in _surface_variants(form, self.gazetteer, names):
                patterns.setdefault(surface, []).append(nlp.make_doc(surface))
        for surface, docs in patterns.items():
            self.matcher.add(surface, docs)
        self._originals = {normalise_form(s): s for s in patterns}

    def __call__(self, doc: Doc) -> Doc:
        day = doc._.published
        mentions: list[ActorMention] = []
        claimed: list[Span] = []
        for match_id, start, end in self.matcher(doc):
            claimed.append(Span(doc, start, end, label=match_id))
        claimed = filter_spans(claimed)
        taken = set()
        for span in claimed:
            entries = self.gazetteer.lookup(span.text)
            if len(entries) != 1:
                continue  # ambiguous surname or unknown form: not resolved by the gazetteer
            mentions.append(ActorMention(actor=entries[0].name, start=span.start_char,
                                         end=span.end_char, text=span.text, how="gazetteer"))
            taken.update(range(span.start, span.end))
        mentions.extend(self._demonyms(doc, taken))
        mentions.extend(self._roles(doc, day, mentions, taken))
        mentions.extend(self._ner_people_and_orgs(doc, taken))
        mentions.sort(key=lambda m: m.start)
        doc._.actor_mentions = mentions
        doc._.actors = self._aggregate(doc, mentions)
        return doc

    def _demonyms(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        found = []
        for token in doc:
            if token.i in taken or not token.text[:1].isupper():
                continue
            country = self.gazetteer.demonyms.get(normalise_form(token.text))
            if country:
                found.append(ActorMention(actor=country, start=token.idx, end=token.idx + len(token),
                                          text=token.text, how="demonym"))
                taken.add(token.i)
        return found

    def _roles(self, doc: Doc, day: str | None, known: list[ActorMention],
               taken: set[int]) -> list[ActorMention]:
        found = []
        text = doc.text
        for match in ROLE_PHRASE.finditer(text):
            role_word = match.group("role").casefold()
            role = ROLE_WORDS.get(role_word)
            if role is None:
                continue
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(t.i in taken for t in span):
                continue
            nxt = doc[span.end] if span.end < len(doc) else None
            if nxt is not None and nxt.ent_type_ == "PERSON":
                continue  # "President Joe Biden": the name itself is the mention
            of = None
            who = match.group("who")
            if who:
                of = self.gazetteer.demonyms.get(normalise_form(who))
                if of is None:
                    hits = self.gazetteer.lookup(who)
                    of = hits[0].country if len(hits) == 1 else None
                if of is None and who.casefold() not in ("the",):
                    continue  # "Fellows Program director": a role of something we do not know
            elif not match.group("det"):
                continue
            holder = None
            roles = LEADER_ROLES if role == "president" and role_word == "leader" else (role,)
            if of is not None:
                for candidate in roles:
                    entry = self.gazetteer.office_holder(candidate, of, day)
                    if entry:
                        holder = entry.name
                        break
            else:
                holder = self._recent_holder(role, match.start(), known + found, day)
            if holder:
                found.append(ActorMention(actor=holder, start=match.start(), end=match.end(),
                                          text=match.group(0), how="title"))
                taken.update(t.i for t in span)
        return found

    def _recent_holder(self, role: str, before: int, mentions: list[ActorMention],
                       day: str | None) -> str | None:
        """'the president' → the latest person mentioned before it who held that role then."""
        for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
            if mention.start >= before:
                continue
            if any(r.role == role for r in self.gazetteer.roles_of(mention.actor, day)):
                return mention.actor
        return None

    def _ner_people_and_orgs(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        people: list[Span] = []
        found = []
        for ent in doc.ents:
            if any(t.i in taken for t in ent):
                continue
            if ent.label_ == "PERSON":
                people.append(_strip_honorifics(ent))
            elif ent.label_ in ("ORG", "NORP") and ent.label_ == "ORG":
                name = re.sub(r"^[Tt]he\s+", "", ent.text.strip())
                name = re.sub(r"(?:'s|’s)$", "", name)
                if len(name) > 1:
                    found.append(ActorMention(actor=name, start=ent.start_char, end=ent.end_char,
                                              text=ent.text, how="ner"))
        full_names: dict[str, str] = {}  # surname → fullest name the article gives
        for span in people:
            words = _name_words(span.text)
            if len(words) >= 2:
                current = full_names.get(words[-1])
                if current is None or len(current) < len(" ".join(words)):
                    full_names[words[-1]] = " ".join(words)
        for span in people:
            words = _name_words(span.text)
            if not words:
                continue
            name = " ".join(words)
            if len(words) == 1:
                name = full_names.get(words[0], name)
                # A surname the gazetteer knows as an alias of one person resolves to them.
                hits = [e for e in self.gazetteer.lookup(words[0]) if e.kind == "person"]
                if name == words[0] and len(hits) == 1:
                    name = hits[0].name
            else:
                hits = [e for e in self.gazetteer.lookup(name) if e.kind == "person"]
                if len(hits) == 1:
                    name = hits[0].name
            found.append(ActorMention(actor=name, start=span.start_char, end=span.end_char,
                                      text=span.text, how="ner"))
        return found

    def _aggregate(self, doc: Doc, mentions: list[ActorMention]) -> list[Actor]:
        counts = Counter(m.actor for m in mentions)
        actors = []
        for name, count in counts.most_common():
            entry = self.gazetteer.entries.get(name)
            if entry is not None:
                actors.append(Actor(name=name, country=entry.country, sector=entry.sector,
                                    kind=entry.kind, mentions=count))
            else:
                kinds = {m.how for m in mentions if m.actor == name}
                kind = "organization" if kinds == {"ner"} and _is_org(doc, name, mentions) else "person"
                actors.append(Actor(name=name, kind=kind, mentions=count,
                                    affiliation=_affiliation(doc, name, mentions)))
        return actors


def _surface_variants(form: str, gazetteer: Gazetteer, names: list[str]) -> set[str]:
    """The cased spellings to match for one normalised form."""
    variants = set()
    for name in names:
        entry = gazetteer.entries[name]
        for surface in [entry.name, *entry.aliases, *entry.capitals]:
            if normalise_form(surface) == form:
                bare = re.sub(r"^(?:[Tt]he)\s+", "", surface)
                variants.add(bare)
    return variants


def _strip_honorifics(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_.rstrip(".") in HONORIFICS:
        start += 1
    end = span.end
    while end > start + 1 and span.doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return span.doc[start:end]


def _name_words(text: str) -> list[str]:
    text = re.sub(r"(?:'s|’s)$", "", text.strip())
    return [w for w in re.split(r"\s+", text) if w and w[0].isalpha()]


def _is_org(doc: Doc, name: str, mentions: list[ActorMention]) -> bool:
    for m in mentions:
        if m.actor == name:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            return span is not None and any(e.label_ == "ORG" for e in span.ents)
    return False


def _affiliation(doc: Doc, name: str, mentions: list[ActorMention]) -> str | None:
    """The apposition after a person's fullest mention: "Richard Fontaine, CEO of …"."""
    for m in mentions:
        if m.actor != name or m.text.strip() != name:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for child in span.root.children:
            if child.dep_ == "appos" and child.i > span.root.i:
                phrase = doc[child.left_edge.i: child.right_edge.i + 1].text
                if 2 < len(phrase) < 120:
                    return phrase
    return None


def make_actor_resolver(nlp: Language, name: str, gazetteer_path: str | None) -> ActorResolver:
    return ActorResolver(nlp, ActorsConfig(gazetteer_path=gazetteer_path))
