"""Quotes: direct (full and partial) and indirect speech, with speaker, cue and offsets.

Direct quotes are found from quotation marks (curly, straight, NYT-style '' pairs), paired
by position and context; the speaker comes from the cue verb's subject in the quote's
sentence, a neighbouring sentence, or a pronoun resolved to the latest matching person.
Indirect quotes are clauses governed by a speech verb outside any quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from readout.analyze.gazetteer import load_gazetteer
from readout.analyze.text import paragraph_number
from readout.records import ActorMention, Quote

SPEECH_VERBS = {
    "say", "tell", "add", "state", "warn", "stress", "insist", "argue", "claim", "note",
    "explain", "declare", "announce", "write", "ask", "reply", "respond", "answer", "suggest",
    "remark", "acknowledge", "admit", "deny", "assert", "affirm", "emphasize", "emphasise",
    "caution", "urge", "predict", "promise", "vow", "pledge", "conclude", "observe", "recall",
    "describe", "call", "characterize", "characterise", "report", "confirm", "tweet", "quip",
    "complain", "concede", "contend", "maintain", "reiterate", "threaten", "demand", "propose",
    "believe", "think",
}
INDIRECT_VERBS = SPEECH_VERBS - {"call", "describe", "ask", "characterize", "characterise",
                                  "believe", "think", "write"}
OPENERS = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"', "''": "''", "``": "''", "«": "»"}
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "they": None, "it": None}


@dataclass
class QuotesConfig:
    min_words_without_cue: int = 6  # a quoted span this long is a quote even without a cue


@dataclass
class MarkedSpan:
    open_at: int  # offset of the opening mark
    start: int  # first char inside
    end: int  # first char of the closing mark
    close_end: int


def find_quoted_spans(text: str) -> list[MarkedSpan]:
    """Pair quotation marks; a straight mark opens after space/start and closes otherwise.

    Unclosed quotes at the end of a paragraph continue when the next paragraph opens with a
    mark (the news convention for multi-paragraph quotes); an unmatched mark elsewhere is
    dropped so the rest of the article is still read.
    """
    marks = [(m.start(), m.group()) for m in re.finditer(r"''|``|[\u201c\u201d\"«»]", text)]
    spans: list[MarkedSpan] = []
    open_pos: int | None = None
    open_len = 1
    for pos, mark in marks:
        before = text[pos - 1] if pos > 0 else "\n"
        after = text[pos + len(mark)] if pos + len(mark) < len(text) else "\n"
        is_open = mark in ("\u201c", "``", "«") or (
            mark in ('"', "''") and (before.isspace() or before in "([{\u2014-/") and not after.isspace())
        is_close = mark in ("\u201d", "»") or (mark in ('"', "''") and not is_open)
        if open_pos is None:
            if is_open:
                open_pos, open_len = pos, len(mark)
            continue
        inside = text[open_pos + open_len: pos]
        if "\n\n" in inside.strip():
            # The quote ran past its paragraph: continue only if each new paragraph reopens.
            paragraphs = inside.split("\n\n")
            if not all(p.lstrip()[:1] in ("\u201c", '"', "'") or not p.strip() for p in paragraphs[1:]):
                open_pos = pos if is_open else None
                open_len = len(mark)
                continue
        if is_close or (is_open and mark == '"' and after in ".,;:!? \n"):
            if inside.strip():
                spans.append(MarkedSpan(open_pos, open_pos + open_len, pos, pos + len(mark)))
            open_pos = None
        elif is_open:
            open_pos, open_len = pos, len(mark)  # an unclosed quote before: recover from here
    return spans


class QuoteExtractor:
    """spaCy component: assigns doc._.quotes (direct and indirect, with speakers)."""

    def __init__(self, nlp: Language, config: QuotesConfig) -> None:
        self.config = config
        self.gazetteer = load_gazetteer(None)

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[ActorMention] = doc._.actor_mentions or []
        quotes: list[Quote] = []
        marked = find_quoted_spans(doc.text)
        inside = [(m.open_at, m.close_end) for m in marked]
        last_speaker: str | None = None
        for span in marked:
            quote = self._direct(doc, span, inside, mentions, last_speaker)
            if quote is not None:
                quotes.append(quote)
                last_speaker = quote.speaker or last_speaker
        quotes.extend(self._indirect(doc, inside, mentions))
        quotes.sort(key=lambda q: q.start)
        doc._.quotes = quotes
        return doc

    def _direct(self, doc: Doc, span: MarkedSpan, inside: list[tuple[int, int]],
                mentions: list[ActorMention], last_speaker: str | None) -> Quote | None:
        text = doc.text[span.start:span.end]
        start, end = span.start, span.end
        # Offsets exclude surrounding spaces and the comma a quote often ends on before its cue.
        while start < end and doc.text[start].isspace():
            start += 1
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        text = doc.text[start:end]
        words = len(text.split())
        sents = _sentences_around(doc, span.open_at, span.close_end)
        cue, speaker_tok = self._cue_and_subject(sents, inside)
        if cue is None and words < self.config.min_words_without_cue:
            return None  # a scare quote, title or term: no speaker is invented for it
        speaker = self._speaker(doc, speaker_tok, mentions, span.open_at) if speaker_tok else None
        if cue is None:
            speaker = None
        return Quote(text=text, speaker=speaker, kind="direct", cue=cue.text if cue else None,
                     start=start, end=end,
                     cue_start=cue.idx if cue else None,
                     cue_end=cue.idx + len(cue) if cue else None,
                     paragraph=paragraph_number(doc.text, start))

    def _cue_and_subject(self, sents: list[Span], inside: list[tuple[int, int]]
                         ) -> tuple[Token | None, Token | None]:
        for sent in sents:
            for token in sent:
                if _in_any(token.idx, inside) or token.pos_ not in ("VERB", "AUX"):
                    continue
                if token.lemma_.casefold() not in SPEECH_VERBS:
                    continue
                subject = _subject_of(token)
                if subject is not None and not _in_any(subject.idx, inside):
                    return token, subject
        return None, None

    def _speaker(self, doc: Doc, token: Token, mentions: list[ActorMention], quote_at: int) -> str | None:
        phrase = doc[token.left_edge.i: token.right_edge.i + 1]
        for mention in mentions:
            if phrase.start_char <= mention.start < phrase.end_char:
                return mention.actor
        gender = PRONOUNS.get(token.lower_)
        if token.lower_ in PRONOUNS:
            return self._resolve_pronoun(mentions, min(token.idx, quote_at), gender)
        return None

    def _resolve_pronoun(self, mentions: list[ActorMention], before: int, gender: str | None) -> str | None:
        for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
            if mention.start >= before:
                continue
            entry = self.gazetteer.entries.get(mention.actor)
            if entry is not None and entry.kind != "person":
                continue
            if mention.how == "demonym":
                continue
            if gender and entry is not None and entry.gender and entry.gender != gender:
                continue
            return mention.actor
        return None

    def _indirect(self, doc: Doc, inside: list[tuple[int, int]],
                  mentions: list[ActorMention]) -> list[Quote]:
        found = []
        for token in doc:
            if token.lemma_.casefold() not in INDIRECT_VERBS or token.pos_ != "VERB":
                continue
            if _in_any(token.idx, inside):
                continue
            clause = next((c for c in token.children if c.dep_ in ("ccomp",)), None)
            subject = _subject_of(token)
            if clause is None or subject is None:
                continue
            span = doc[clause.left_edge.i: clause.right_edge.i + 1]
            if any(_in_any(t.idx, inside) for t in span):
                continue  # the content is (partly) a direct quote, reported as such
            if len(span) < 3:
                continue
            lead = span[0]
            if lead.lower_ == "that" and len(span) > 1:
                span = span[1:]
            speaker = self._speaker(doc, subject, mentions, span.start_char)
            if speaker is None:
                continue
            found.append(Quote(text=span.text, speaker=speaker, kind="indirect", cue=token.text,
                               start=span.start_char, end=span.end_char, cue_start=token.idx,
                               cue_end=token.idx + len(token),
                               paragraph=paragraph_number(doc.text, span.start_char)))
        return found


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb:
        return _subject_of(verb.head)
    return None


def _in_any(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in ranges)


def _sentences_around(doc: Doc, start: int, end: int) -> list[Span]:
    """The sentences the quote touches, then the one after and the one before."""
    touching = [s for s in doc.sents if s.end_char > start and s.start_char < end]
    if not touching:
        return []
    first, last = touching[0], touching[-1]
    ordered = list(touching)
    if last.end < len(doc):
        nxt = doc[last.end].sent
        if doc.text[last.end_char:nxt.start_char].count("\n\n") == 0:
            ordered.append(nxt)
    if first.start > 0:
        prev = doc[first.start - 1].sent
        if prev.text.rstrip().endswith(":"):
            ordered.append(prev)
    return ordered


def make_quote_extractor(nlp: Language, name: str, min_words_without_cue: int) -> QuoteExtractor:
    return QuoteExtractor(nlp, QuotesConfig(min_words_without_cue=min_words_without_cue))
