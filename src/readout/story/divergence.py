"""Where the accounts diverge: per merged contact, per claim, per outlet.

For each merged contact, every source's account: the details it gives, the words it uses to
characterise the contact, what it stresses (topics in its account that no other account of the
same contact has) and what it leaves out (topics other accounts share that it never mentions).
Across the story: claims reported by several sources vs by one, explicit contradictions
(dates, durations, numbers, who said what) and each outlet's profile (whom it quotes, whose
side's voice it carries, which proposals it backs). ``differences`` turns all of this into the
brief's "How the sources differ" points, each naming the sources on both sides.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from readout.records import ArticleAnalysis
from readout.story.actors import SIDES, ActorBook
from readout.story.quotes import MergedQuote
from readout.story.stories import tokens
from readout.story.timeline import SourceReport, TimelineEntry

# Words diplomats and reporters use to characterise a contact, with their usual tone.
# ("frank" and "candid" are the customary code for open disagreement.)
CHARACTERISATION = {
    "constructive": "positive", "productive": "positive", "useful": "positive",
    "positive": "positive", "substantive": "positive", "businesslike": "positive",
    "cordial": "positive", "warm": "positive", "friendly": "positive", "fruitful": "positive",
    "successful": "positive", "respectful": "positive", "good": "positive",
    "detailed": "neutral", "thorough": "neutral", "direct": "neutral", "serious": "neutral",
    "frank": "neutral", "candid": "neutral", "open": "neutral", "lengthy": "neutral",
    "long": "neutral", "brief": "neutral", "short": "neutral", "professional": "neutral",
    "tense": "negative", "difficult": "negative", "tough": "negative", "sharp": "negative",
    "heated": "negative", "hostile": "negative", "cold": "negative", "blunt": "negative",
    "stern": "negative", "unproductive": "negative", "fruitless": "negative",
    "futile": "negative", "underwhelming": "negative", "disappointing": "negative",
    "inconclusive": "negative", "acrimonious": "negative", "combative": "negative",
    "testy": "negative", "strained": "negative",
}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
COUNTED = ("troops", "soldiers", "servicemen", "people", "civilians", "dead", "killed",
           "wounded", "injured", "tanks", "battalion", "battalions", "diplomats", "sanctions",
           "ships", "vessels", "aircraft", "missiles", "minutes", "hours", "days", "countries",
           "percent")
NUMBER = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) +
                    r")(\s+(?:thousand|million))?\s+(?:[a-z-]+\s+)?(" + "|".join(COUNTED) + r")\b",
                    re.I)
CONTEXT_CHARS = 1200
# a sentence's end: its mark (and a closing quotation mark) before a space and a capital
SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s+[\"“‘']?[A-Z])")
# a run of capitalised words, with "of (the)" and numbers inside ("Ministry of Defence")
# (a dot stays inside "U.S." but ends the run at a sentence's end)
_CAPITAL_WORD = r"[A-Z](?:[\w'’-]|\.(?=\w))*"
NAME_RUN = re.compile(rf"{_CAPITAL_WORD}(?:[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?"
                      rf"(?:{_CAPITAL_WORD}|\d+\b))*")
# leading words of a capitalised run that are not part of the name: function words, titles
LEADING_NOT_NAME = frozenset(w.capitalize() for w in ENGLISH_STOP_WORDS) | {
    "Mr", "Mrs", "Ms", "Dr", "President", "Presidents", "Prime", "Minister", "Ministers",
    "Foreign", "Secretary", "Chancellor", "Deputy", "Vice", "Sen", "Senator", "Gen", "General",
    "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Press", "Adviser", "Advisor",
    "National", "Security", "State", "Defense", "Defence", "Of", "King", "Queen", "Leader"}
CALENDAR_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                            "august", "september", "october", "november", "december", "monday",
                            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# nationality adjectives say whose side, not what a source stresses
DEMONYM_WORDS = frozenset({"american", "russian", "ukrainian", "european", "western",
                           "french", "german", "british", "chinese", "polish", "soviet"})


def _name_phrase(run: str, chunk: str, start: int) -> str | None:
    """The name in a capitalised run: without leading function words ("The", "But") and
    trailing possessives; a lone word opening a sentence is no name ("Officials said")."""
    words = run.split()
    while words and (words[0].rstrip(".") in LEADING_NOT_NAME or words[0] in ("of", "for",
                                                                               "the")):
        words = words[1:]
    if not words or (len(words) == 1 and words[0].casefold() in CALENDAR_WORDS):
        return None
    phrase = re.sub(r"(?:'s|’s)$", "", " ".join(words))
    before = chunk[max(0, start - 2):start]
    opens_sentence = not before.strip() or bool(re.search(r"[.!?\n\"“]\s*$", before))
    if len(words) == 1 and opens_sentence and run.split()[0] == words[0]:
        return None
    return phrase if len(phrase) >= 3 else None


def _context(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph holding a piece of evidence and the paragraph after it."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    following = text.find("\n", right + 1)
    while following >= 0 and not text[right + 1:following].strip():
        following = text.find("\n", following + 1)
    right = len(text) if following < 0 else following
    return left, min(right, left + CONTEXT_CHARS, len(text))


def _number_value(number: str, scale: str | None) -> float | None:
    raw = number.casefold().replace(",", "")
    value: float | None = NUMBER_WORDS.get(raw)
    if value is None:
        try:
            value = float(raw)
        except ValueError:
            return None
    if scale:
        value *= 1000 if "thousand" in scale.casefold() else 1_000_000
    return float(value)


@dataclass
class Account:
    """One source's account of a merged contact."""

    report: SourceReport
    spans: list[tuple[int, int]]
    characterisation: list[str]
    terms: Counter[str]
    surface: dict[str, str]
    numbers: dict[str, set[float]]
    phrases: set[str]  # the terms that are names, kept whole ("white house")

    def to_json(self) -> dict[str, Any]:
        c = self.report.contact
        return {"doc": self.report.doc, "outlet": self.report.outlet, "evidence": c.evidence,
                "start": c.start, "end": c.end, "paragraph": c.paragraph, "date": c.date,
                "format": c.format, "status": c.status, "duration": c.duration,
                "characterisation": self.characterisation}


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or sentences) holding a piece of evidence."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, min(len(text), start + 3))
            if m.end() <= start]
    left = max(text.rfind("\n", 0, start) + 1, *ends, 0)
    left += len(text[left:start]) - len(text[left:start].lstrip())
    after = SENTENCE_END.search(text, end)
    newline = text.find("\n", end)
    right = min(x for x in (after.start() + 1 if after else len(text),
                            newline if newline >= 0 else len(text)))
    return left, right


def _own_context(text: str, start: int, end: int, elsewhere: list[tuple[int, int]]
                 ) -> tuple[int, int]:
    """The paragraphs around a mention, or only its sentence when they also report another
    contact: "the first talks since the Geneva summit" in a paragraph on a video call says
    nothing about the summit beyond that sentence."""
    left, right = _context(text, start, end)
    if any(left <= s < right and not (s < end and start < e) for s, e in elsewhere):
        return _sentence_around(text, start, end)
    return left, right


def _account(report: SourceReport, text: str, participants: list[str],
             elsewhere: list[tuple[int, int]] | None = None) -> Account:
    spans = [_own_context(text, m.start, m.end, elsewhere or [])
             for m in (report.contact, *report.also)]
    names = {w for p in participants for w in tokens(p)}
    terms: Counter[str] = Counter()
    surface: dict[str, str] = {}
    words: list[str] = []
    numbers: dict[str, set[float]] = defaultdict(set)
    phrases: set[str] = set()
    for left, right in dict.fromkeys(spans):
        chunk = text[left:right]
        # A name ("White House", "Situation Room", "Nord Stream 2") is one topic and counts at
        # once; common words count when the account repeats them.
        in_names: set[int] = set()
        for found in NAME_RUN.finditer(chunk):
            phrase = _name_phrase(found.group(), chunk, found.start())
            if phrase is None:
                continue
            in_names.update(range(found.start(), found.end()))
            key = phrase.casefold()
            if not (set(tokens(phrase)) <= names) and key not in DEMONYM_WORDS:
                terms[key] += 2
                surface.setdefault(key, phrase)
                phrases.add(key)
        for found in re.finditer(r"[A-Za-z][A-Za-z'-]+", chunk):
            raw = found.group()
            words.append(raw.casefold())
            if found.start() in in_names or raw[0].isupper():
                continue  # part of a name, or capitalised only as a sentence's first word
            for stem in tokens(raw):
                if len(stem) >= 4 and stem not in names and stem not in ENGLISH_STOP_WORDS:
                    terms[stem] += 1
                    surface.setdefault(stem, raw)
        for match in NUMBER.finditer(chunk):
            value = _number_value(match.group(1), match.group(2))
            if value is not None:
                numbers[match.group(3).casefold()].add(value)
    characterisation = list(dict.fromkeys(w for w in words if w in CHARACTERISATION))
    return Account(report=report, spans=spans, characterisation=characterisation, terms=terms,
                   surface=surface, numbers=dict(numbers), phrases=phrases)


def compare_accounts(entry: TimelineEntry, texts: dict[str, str], top: int = 6,
                     elsewhere: dict[str, list[tuple[int, int]]] | None = None
                     ) -> list[dict[str, Any]]:
    """Each source's account of one contact: details, characterisation, stresses, omissions.
    ``elsewhere``: per document, the evidence of the other contacts it reports."""
    by_doc: dict[str, SourceReport] = {}
    for report in entry.sources:
        by_doc.setdefault(report.doc, report)
    elsewhere = elsewhere or {}
    accounts = [_account(r, texts.get(r.doc, ""), entry.participants, elsewhere.get(r.doc))
                for r in by_doc.values()]
    whole = {doc: Counter(tokens(texts.get(doc, ""))) for doc in by_doc}
    out = []
    for account in accounts:
        others = [a for a in accounts if a is not account]
        other_terms = set().union(*(a.terms for a in others)) if others else set()
        own = whole[account.report.doc]
        # Repeated words first, then longer (more specific) ones; short one-offs are noise.
        ranked = sorted(account.terms.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
        stresses = [t for t, n in ranked if (n >= 2 or len(t) >= 5) and t not in other_terms
                    ][:top] if others else []
        # Left out: what the other accounts make a point of (repeated, or several of them say
        # it) and this article never mentions anywhere.
        weight: Counter[str] = Counter()
        for a in others:
            weight.update(a.terms)
        backers = Counter(t for a in others for t in a.terms)
        whole_text = texts.get(account.report.doc, "").casefold()
        phrases = set().union(*(a.phrases for a in others))
        leaves_out = [t for t, n in weight.most_common()
                      if (t not in whole_text if t in phrases else t not in own)
                      and (n >= 2 if len(others) == 1 else backers[t] >= 2)]
        item = account.to_json()
        item["stresses"] = [account.surface.get(t, t) for t in stresses]
        item["leaves_out"] = [_surface(t, others) for t in leaves_out[:top]]
        item["numbers"] = {k: sorted(v) for k, v in account.numbers.items()}
        out.append(item)
    return out


def _surface(term: str, accounts: list[Account]) -> str:
    return next((a.surface[term] for a in accounts if term in a.surface), term)


def number_contradictions(accounts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Counts of the same thing (troops, hours, ...) that the accounts give differently."""
    found = []
    units = {u for a in accounts for u in a["numbers"]}
    for unit in sorted(units):
        single = {a["doc"]: a["numbers"][unit][0] for a in accounts
                  if len(a["numbers"].get(unit, [])) == 1}
        values: dict[float, list[str]] = defaultdict(list)
        for doc, value in single.items():
            values[value].append(doc)
        if len(values) > 1:
            found.append({"field": f"number of {unit}",
                          "values": [{"value": _plain(v), "sources": docs}
                                     for v, docs in sorted(values.items())]})
    return found


def _plain(value: float) -> int | float:
    return int(value) if value == int(value) else value


def claims(entries: list[TimelineEntry], quotes: list[MergedQuote],
           analyses: list[ArticleAnalysis], book: ActorBook) -> dict[str, Any]:
    """Claims reported by several sources vs by one source only."""
    items: list[dict[str, Any]] = []
    for e in entries:
        items.append({"kind": "contact", "claim": e.label(), "sources": e.docs})
    for q in quotes:
        who = q.speaker or "unattributed"
        items.append({"kind": "quote", "claim": f"{who}: “{q.text}”",
                      "sources": list(dict.fromkeys(s.doc for s in q.sources))})
    grouped: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for analysis in analyses:
        for p in analysis.proposals:
            proposer = book.canon(p.proposer) or "unattributed"
            key = (p.kind, proposer if proposer != "author" else "the article's author",
                   " ".join(p.issue.split()).casefold())
            grouped[key].append(analysis.article.doc)
        for ev in analysis.events:
            key = ("event", f"{book.canon(ev.actor) or '?'} → {book.canon(ev.target) or '?'}",
                   f"{ev.type} {ev.date or ''}".strip())
            grouped[key].append(analysis.article.doc)
    for (kind, who, what), docs in grouped.items():
        items.append({"kind": "event" if kind == "event" else "proposal",
                      "claim": f"{who}: {what}" if kind == "event" else f"{who} ({kind}): {what}",
                      "sources": list(dict.fromkeys(docs))})
    several = [i for i in items if len(i["sources"]) > 1]
    single = [i for i in items if len(i["sources"]) == 1]
    return {"several": several, "single": single,
            "counts": {"several": len(several), "single": len(single)}}


def outlet_profiles(analyses: list[ArticleAnalysis], book: ActorBook) -> list[dict[str, Any]]:
    """Per outlet: whom it quotes, the share of voice per side, which proposals it backs."""
    profiles: dict[str, dict[str, Any]] = {}
    for analysis in analyses:
        a = analysis.article
        name = a.outlet or f"unknown outlet ({a.doc})"
        p = profiles.setdefault(name, {"outlet": name, "articles": [], "quoted": Counter(),
                                       "voice": Counter(), "proposals": [], "backs": Counter()})
        p["articles"].append(a.doc)
        for q in analysis.quotes:
            speaker = book.canon(q.speaker)
            if not speaker:
                p["voice"]["unattributed"] += 1
                continue
            p["quoted"][speaker] += 1
            p["voice"][book.side(speaker)] += 1
        for prop in analysis.proposals:
            proposer = book.canon(prop.proposer)
            own_voice = proposer in (None, "author", a.author) or (
                book.side(proposer) == "independent experts")
            item = {"issue": prop.issue, "proposer": proposer, "kind": prop.kind,
                    "doc": a.doc, "paragraph": prop.paragraph, "evidence": prop.evidence}
            p["proposals"].append(item)
            if own_voice and prop.kind in ("recommendation", "proposal"):
                p["backs"][" ".join(prop.issue.split())] += 1
    out = []
    for p in profiles.values():
        attributed = sum(n for side, n in p["voice"].items() if side != "unattributed")
        voice = {side: round(p["voice"][side] / attributed, 3) if attributed else 0.0
                 for side in SIDES if p["voice"][side]}
        out.append({"outlet": p["outlet"], "articles": p["articles"],
                    "quotes": sum(p["voice"].values()),
                    "quoted": [{"speaker": s, "side": book.side(s), "quotes": n}
                               for s, n in p["quoted"].most_common()],
                    "voice": voice, "voice_counts": dict(p["voice"]),
                    "proposals": p["proposals"],
                    "backs": [issue for issue, _n in p["backs"].most_common()]})
    out.sort(key=lambda p: (-len(p["articles"]), p["outlet"]))
    return out


def _point(kind: str, about: str, text: str, sides: list[tuple[str, list[str]]]
           ) -> dict[str, Any]:
    return {"kind": kind, "about": about, "text": text,
            "sides": [{"says": says, "sources": docs} for says, docs in sides if docs]}


def _conflict_text(field: str) -> str:
    return {"date": "the date", "duration": "how long it lasted", "status": "whether it took place",
            "format": "what kind of contact it was", "participants": "who took part",
            "place": "where it took place"}.get(field, field)


def differences(entries: list[TimelineEntry], quotes: list[MergedQuote],
                texts: dict[str, str], all_docs: list[str], max_single: int = 8
                ) -> tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]]]:
    """The brief's "How the sources differ" points, and each entry's accounts (by position)."""
    points: list[dict[str, Any]] = []
    accounts_of: dict[int, list[dict[str, Any]]] = {}
    # every contact's evidence, by document, with the timeline entry it belongs to
    evidence: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for position, entry in enumerate(entries):
        for report in entry.sources:
            for m in (report.contact, *report.also):
                evidence[report.doc].append((position, m.start, m.end))
    for position, entry in enumerate(entries):
        about = entry.label()
        for conflict in entry.conflicts:
            sides = [(f"{conflict['field']}: "
                      f"{', '.join(v['value']) if isinstance(v['value'], list) else v['value']}",
                      v["sources"]) for v in conflict["values"]]
            points.append(_point(f"conflict:{conflict['field']}", about,
                                 f"{about}: sources differ on "
                                 f"{_conflict_text(conflict['field'])}:", sides))
        if len(entry.docs) < 2:
            continue
        elsewhere = {doc: [(start, end) for other, start, end in evidence[doc]
                           if other != position] for doc in entry.docs}
        accounts = compare_accounts(entry, texts, elsewhere=elsewhere)
        accounts_of[position] = accounts
        for contradiction in number_contradictions(accounts):
            entry.conflicts.append(contradiction)
            points.append(_point("contradiction:number", about,
                                 f"{about}: sources give different {contradiction['field']}:",
                                 [(f"{v['value']} {contradiction['field'][10:]}", v["sources"])
                                  for v in contradiction["values"]]))
        words = {a["doc"]: tuple(a["characterisation"]) for a in accounts}
        if len(set(words.values())) > 1 and any(words.values()):
            groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
            for doc, ws in words.items():
                groups[ws].append(doc)
            points.append(_point("characterisation", about,
                                 f"{about}: characterised differently:",
                                 [(f"calls it {', '.join(ws)}" if ws else "does not characterise it",
                                   docs) for ws, docs in groups.items()]))
        stressing = [a for a in accounts if a["stresses"]]
        if len(stressing) >= 2:
            points.append(_point("emphasis", about,
                                 f"{about}: each account stresses something else:",
                                 [(f"stresses {', '.join(a['stresses'][:4])}"
                                   + (f"; leaves out {', '.join(a['leaves_out'][:3])}"
                                      if a["leaves_out"] else ""), [a["doc"]])
                                  for a in stressing]))
    for q in quotes:
        if len(q.speakers) > 1:
            sides = [(f"said by {speaker}", list(dict.fromkeys(
                s.doc for s in q.sources if s.speaker == speaker))) for speaker in q.speakers]
            points.append(_point("contradiction:speaker", f"“{q.text}”",
                                 f"“{q.text}”: the same words are given to different speakers:",
                                 sides))
    single = [e for e in entries if len(e.docs) == 1 and e.date]
    if len(all_docs) > 1:
        for entry in single[:max_single]:
            silent = [d for d in all_docs if d not in entry.docs]
            points.append(_point("single-source", entry.label(),
                                 f"{entry.label()}: reported by one source only:",
                                 [("reports it", entry.docs), ("no report of it found", silent)]))
    return points, accounts_of
