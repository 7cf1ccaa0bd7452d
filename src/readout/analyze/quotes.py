"""Quotes: direct (full and partial) and indirect speech, with speaker, cue and offsets.

Direct quotes come from quotation marks (curly, straight, mixed, NYT-style ``''`` pairs),
paired left to right with recovery: a mark that cannot be paired is dropped and reading goes
on, so one stray mark never costs the rest of the article. Each quoted stretch then looks for
its attribution frame: a speech verb outside any quotation in the sentences it touches (its
subject, passive agent, or "according to X"), the sentence before when that one ends in a
colon, and otherwise the quote before it when the quote merely continues a speaker's words.
Short quoted stretches with no frame are scare quotes, titles or terms: they are not quotes.

Indirect quotes are clauses reported by a speech verb outside any quotation ("X said (that)
…", "X warned that …", "X denied any intention …", "…, X said"), skipped when they are
hypothetical ("would say"), negated or contain quoted words (then the quoted words are the
quote). Speakers are resolved by ``readout.analyze.speakers.SpeakerResolver``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from readout.analyze.gazetteer import Gazetteer, load_gazetteer
from readout.analyze.speakers import (
    AUTHOR,
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    PERSON_NOUNS,
    SpeakerResolver,
    term_fits,
)
from readout.analyze.text import DATELINE, datelines, doc_text, headline_end, paragraph_number
from readout.records import ActorMention, Quote

# Verbs that attribute words to a speaker (lemmas).
SPEECH_VERBS = {
    "say", "tell", "add", "state", "warn", "stress", "insist", "argue", "claim", "note",
    "explain", "declare", "announce", "write", "ask", "reply", "respond", "answer", "suggest",
    "remark", "acknowledge", "admit", "deny", "assert", "affirm", "emphasize", "emphasise",
    "caution", "urge", "predict", "promise", "vow", "pledge", "conclude", "observe", "recall",
    "report", "confirm", "tweet", "quip", "complain", "concede", "contend", "maintain",
    "reiterate", "threaten", "continue", "joke", "shout", "yell", "chant", "testify", "allege",
    "charge", "counter", "retort", "boast", "lament", "exclaim", "plead", "recount", "read",
    "post", "agree", "muse", "scoff", "whisper", "proclaim", "disclose", "reveal",
    "indicate", "signal", "hint", "point", "put", "mention", "repeat", "demand", "propose",
    "describe", "call", "dub", "label", "brand", "term", "characterize", "characterise",
    "deride", "praise", "slam", "blast", "mock", "hail", "accuse", "criticize", "criticise",
    "wonder", "brag", "speak", "broach", "tout", "dismiss", "assure", "inform",
    "underline", "underscore", "highlight", "estimate", "forecast", "advise",
    "sing", "exhort", "liken", "compare", "rate", "rule", "condemn", "cite", "quote",
    "decry", "denounce", "lambaste", "ridicule", "tease", "thunder", "rail", "vent", "gush",
    "refer", "deem", "clarify", "reason",
}
# Verbs that take a quoted term as their object: the quote may be a single word.
NAMING_VERBS = {"call", "describe", "dub", "label", "brand", "term", "characterize",
                "characterise", "deride", "praise", "slam", "blast", "mock", "hail", "accuse",
                "criticize", "criticise", "refer", "tout", "dismiss", "liken", "compare", "rate",
                "condemn", "cite", "quote", "decry", "denounce", "lambaste", "ridicule", "tease",
                "deem"}
# Verbs whose object names a deed ('alleged "shadow banning"', 'denied "price fixing"'): a
# short quoted noun phrase there is a term, not words the subject said.
TERM_OBJECT_VERBS = {"allege", "deny"}
# Naming verbs that cue only the quoted term they govern, never a quote nearby.
GOVERNING_ONLY = {"refer"}
# Verbs whose clause complement is reported speech (indirect quotes).
INDIRECT_VERBS = (SPEECH_VERBS - NAMING_VERBS - {"ask", "write", "read", "continue", "put",
                                                  "point", "speak", "wonder", "agree", "post",
                                                  "inform", "estimate", "forecast"}) | {
    "tell"}
# Verbs left out of INDIRECT_VERBS ('wrote a book', 'estimated 50 dead') that report speech
# when a that-clause follows them ("The Times wrote that ...", "the center estimates that
# the plan would raise ...").
THAT_CLAUSE_VERBS = {"write", "post", "estimate", "forecast"}
# Nouns that carry their owner's words: "Trump's claim that there have been "thousands of
# shootings"" (the owner is the possessor; the quote must sit inside the noun's phrase).
CUE_NOUNS = {"claim", "remark", "comment", "statement", "promise", "warning", "assertion",
             "pledge", "vow", "description", "prediction", "charge", "accusation", "boast",
             "insistence", "argument", "quip", "declaration", "suggestion", "contention",
             "threat", "denial", "allegation", "assurance", "insinuation", "message", "report"}
# Media a statement is made in ('said in a statement that ...', 'in an interview', 'in a
# post'): a that-clause the parser hangs on such a noun is what the speaker said.
STATEMENT_NOUNS = {"statement", "interview", "letter", "notice", "post", "tweet", "email",
                   "e-mail", "release", "filing", "memo", "speech", "op-ed", "essay", "column",
                   "message", "video", "broadcast", "briefing", "testimony", "appearance"}
# Verbs that put a thing in a light ('defended its decision as "..."', 'portrayed the plan
# as "..."'): the quoted label after 'as' is the subject's words even when the parser hangs
# 'as' on the object.
CHARACTERISING_VERBS = {"defend", "justify", "portray", "paint", "cast", "present", "frame",
                        "tout", "hail", "praise", "dismiss", "criticize", "criticise", "attack",
                        "pitch", "describe", "characterize", "characterise", "label", "brand",
                        "denounce", "condemn", "welcome", "decry", "deride", "mock"}
# Verbs whose noun-phrase object is reported content ("denied any intention of ...").
NP_CONTENT_VERBS = {"deny", "announce", "reiterate", "broach", "confirm", "reject", "propose",
                    "rule", "acknowledge", "admit", "concede", "claim", "allege", "promise",
                    "pledge", "vow", "disclose", "reveal", "cite", "mention", "note"}
# Verbs that report a request or warning as an object and an infinitive ('told aides to
# leave', 'urged Congress to act'), and verbs whose infinitive alone is the reported
# commitment ('vowed to fight', 'threatened to walk out').
OBJECT_INFINITIVE_VERBS = {"tell", "warn", "urge", "ask", "advise", "exhort", "implore", "plead"}
INFINITIVE_VERBS = {"promise", "vow", "pledge", "threaten", "urge", "propose", "swear"}
# Speech verbs left out of INDIRECT_VERBS whose content is read only from the object
# structures above ('called for', 'accused X of', 'asked X to' / 'asked whether', 'cited X',
# 'described X as Y', 'pointed out that', 'agreed that', 'spoke of X').
OBJECT_ONLY_VERBS = {"call", "accuse", "ask", "cite", "describe", "point", "agree", "speak",
                     "criticize", "criticise", "praise", "blast", "slam", "mock", "condemn",
                     "denounce", "decry", "lambaste", "ridicule", "deride"}
# Of those, verbs of judging whose object is what they judge, with the ground after 'for'
# ('criticized the party's lack of awareness', 'blasted him for not paying taxes').
JUDGING_VERBS = {"criticize", "criticise", "praise", "blast", "slam", "mock", "condemn",
                 "denounce", "decry", "lambaste", "ridicule", "deride"}
# Findings reported like speech when a document or a ruling body is their subject.
FINDING_VERBS = {"show", "find"}
FINDING_SOURCES = {"poll", "survey", "study", "report", "analysis", "data", "research",
                   "review", "audit", "investigation", "inquiry", "probe", "census", "average",
                   "tally", "count", "assessment", "transcript", "record", "document", "filing",
                   "video", "footage", "evidence", "figure", "number", "statistic", "estimate",
                   "model", "forecast", "paper", "memo", "letter", "readout", "summary"}
RULING_BODIES = {"judge", "court", "jury", "panel", "committee", "commission", "inspector",
                 "tribunal", "regulator", "watchdog", "auditor", "investigator"}
# Words that make a clause subordinate: a cue they introduce reports no clause before it.
SUBORDINATORS = {"after", "before", "when", "since", "until", "while", "because", "if",
                 "once", "although", "though", "whereas", "unless"}
HYPOTHETICAL_AUX = {"will", "would", "could", "might", "may", "should", "can", "shall", "must",
                    "wo", "'ll", "’ll", "'d", "’d"}
OPEN_ONLY = {"\u201c", "``", "\u201e", "\u00ab"}
CLOSE_ONLY = {"\u201d", "\u00bb"}
MARK = re.compile(r"''|``|[\u201c\u201d\u201e\"\u00ab\u00bb]")
SENTENCE_END = ".!?:;\u2026"
# '"..." ― Name Surname' (dash signature ending its line): vox pops, reader comments.
# A name, then a dash and the opening mark: 'Mara Olsen -- "...'.
DASH_ASIDE = re.compile(
    r"\b(?P<name>[A-Z][\w\u2019'.\-]*(?:[^\S\n]+[A-Z][\w\u2019'.\-]*){0,3})[^\S\n]*"
    r"(?P<dash>\u2014|\u2013|--)[^\S\n]*(?:''|``|[\"\u201c\u201e])$")
# ...and the closing mark followed by a dash or the sentence's end.
DASH_AFTER = re.compile(r"(?:''|[\"\u201d])?[^\S\n]*(?:\u2014|\u2013|--|[.,;]|$)")
SIGNATURE = re.compile(
    r"[^\S\n]*(?P<dash>\u2015|\u2014|\u2013|--?)[^\S\n]*"
    r"(?P<name>[A-Z][\w'\u2019.\-]*(?:[^\S\n]+(?:[A-Z][\w'\u2019.\-]*|de|da|del|van|von|la|le"
    r"|bin|al)){0,4})[^\S\n]*[.,]?[^\S\n]*(?=\n|$)")
# A transcript turn inside the marks: a speaker's name in capitals (or Title Case with an
# honorific) and a colon, then the words ('"PENCE: Well, ..."', '"MR. SMITH: ..."').
TRANSCRIPT_LABEL = re.compile(
    r"(?P<name>(?:(?:MR|MRS|MS|DR|SEN|REP|GOV)\.? )?[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2}):\s")
NOT_LABELS = {"note", "update", "updated", "breaking", "warning", "correction", "editor",
              "question", "answer", "us", "u.s", "usa", "ok", "fact", "watch", "read", "video",
              "photos", "live", "exclusive", "opinion", "analysis", "important", "explainer",
              "transcript", "factbox", "timeline", "interview", "review", "editorial",
              "letters", "obituary", "profile", "quiz", "poll", "report", "briefing"}
# A transcript line without quotation marks: a speaker label in capitals, a colon, the words.
LINE_TURN = re.compile(
    r"(?m)^[ \t]*(?P<label>(?:[A-Z]{2,4}\.[ \t])?(?:[A-Z][A-Z'\-]+[ \t]){0,3}[A-Z][A-Z'\-]+):"
    r"[ \t]+(?P<said>\S[^\n]*)$")
# First words of a label that make it a person's ('MS. PSAKI', 'PRESIDENT BIDEN').
TURN_TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "amb", "gen", "president",
               "secretary", "ambassador", "minister", "senator", "governor", "general",
               "admiral", "chancellor", "vice", "prime", "foreign", "representative"}
# A headline opening with a name and a colon ('Putin: the West ignored us').
HEADLINE_SPEAKER = re.compile(
    r"\s*(?P<name>[A-Z][\w.'\u2019\-]*(?: (?:[A-Z][\w.'\u2019\-]*|de|van|von|bin|al)){0,3})"
    r":\s+(?P<said>\S.*)$")
NAME_PARTICLES = {"de", "da", "del", "van", "von", "la", "le", "bin", "al"}


@dataclass
class QuotesConfig:
    min_words_without_cue: int = 6  # a quoted span this long is a quote even without a cue


@dataclass
class MarkedSpan:
    open_at: int  # offset of the opening mark
    start: int  # first char inside
    end: int  # first char of the closing mark
    close_end: int


def _role(text: str, pos: int, mark: str) -> str:
    """'open', 'close' or 'either' for one mark, from the mark and its neighbours."""
    if mark in OPEN_ONLY:
        # A left mark glued to the word or stop before it and followed by a space, a
        # paragraph's end or a stop is a misprinted closing mark ('... organization.“'),
        # as in German-style '„...“'.
        before = text[pos - 1] if pos > 0 else "\n"
        after = text[pos + len(mark)] if pos + len(mark) < len(text) else "\n"
        if mark == "“" and not before.isspace() and before not in "([{—–-/" and (
                after.isspace() or after in ".,;:!?)]}"):
            return "close"
        return "open"
    if mark in CLOSE_ONLY:
        # A right mark that opens a paragraph and is glued to its first word is a misprinted
        # opening mark ('\n”Fear. I am ...').
        line_start = text.rfind("\n", 0, pos) + 1
        after = text[pos + len(mark): pos + len(mark) + 1]
        if not text[line_start:pos].strip() and after and not after.isspace():
            return "open"
        line_end = text.find("\n", pos)
        rest = text[pos + len(mark): len(text) if line_end < 0 else line_end]
        if not text[line_start:pos].strip() and after == " " and re.match(
                r" (?:\u2026|\.\.\.)", rest) and mark in rest:
            return "open"  # '\n” … what I learned ...,” he said': a misprinted opener
        return "close"
    before = text[pos - 1] if pos > 0 else "\n"
    after = text[pos + len(mark)] if pos + len(mark) < len(text) else "\n"
    left_open = before.isspace() or before in "([{\u2014\u2013-/:;,"
    right_open = not after.isspace() and after not in ".,;:!?)]}"
    if left_open and right_open:
        return "open"
    if not left_open and not right_open:
        return "close"
    if left_open and not right_open:
        return "close" if before in ",;:" else "either"
    return "either"  # glued on both sides: 'word"word'


def _paragraph_break_allowed(text: str, inside: str) -> bool:
    """May an open quote run across the paragraph breaks inside ``inside``?

    Yes when each later paragraph reopens with a mark (the news convention for quotes over
    several paragraphs) or simply continues a broken sentence (it starts in lower case, or
    the paragraph before does not end a sentence)."""
    paragraphs = re.split(r"\n\s*\n", inside)
    for before, after in zip(paragraphs, paragraphs[1:], strict=False):
        head = after.lstrip()
        if not head:
            continue
        if head[:1] in "\u201c\"'`\u2018\u00ab":
            continue
        if head[:1].islower() or not before.rstrip() or before.rstrip()[-1] not in SENTENCE_END + "\u201d\"'":
            continue
        return False
    return True


def _nested_straight(text: str, marks: list[tuple[int, str]], index: int, open_pos: int,
                     open_len: int) -> bool:
    """Does the straight mark ``marks[index]``, met while a straight quote is open, open a pair
    nested in it? Yes when the next two marks, in the same paragraph, both close: the first
    ends the inner pair, the second the outer quote (open, open, close, close)."""
    if text[open_pos:open_pos + open_len] != '"' or marks[index][1] != '"' or (
            index + 2 >= len(marks)):
        return False
    (p1, m1), (p2, m2) = marks[index + 1], marks[index + 2]
    if m1 != '"' or m2 != '"' or "\n" in text[open_pos:p2]:
        return False
    if _role(text, p1, m1) not in ("close", "either") or _role(text, p2, m2) != "close":
        return False
    # the outer quote goes on after the inner pair closes
    return bool(text[p1 + 1:p2].strip(" ,.;:"))


def find_quoted_spans(text: str) -> list[MarkedSpan]:
    """Pair quotation marks left to right, recovering from marks that cannot be paired.

    A paragraph that opens a quote without closing it is continued by the next paragraph's
    opening mark; a quote left open at the end of a paragraph that the next paragraph does not
    continue is closed there if it is long enough to be a quote, so the rest of the article is
    still read. Nested single quotes stay inside their double-quoted span.
    """
    marks = [(m.start(), m.group()) for m in MARK.finditer(text)]
    spans: list[MarkedSpan] = []
    open_pos: int | None = None
    open_len = 1
    nested = 0  # curly pairs open inside a straight-quoted stretch
    skip: set[int] = set()  # closing marks of straight pairs nested in straight quotes
    for index, (pos, mark) in enumerate(marks):
        if index in skip:
            continue
        role = _role(text, pos, mark)
        if open_pos is None:
            if role in ("open", "either"):
                open_pos, open_len = pos, len(mark)
                nested = 0
            continue
        outer = text[open_pos:open_pos + open_len]
        if outer in ('"', "''") and mark in OPEN_ONLY and "\n\n" not in text[open_pos:pos]:
            nested += 1  # a curly quotation nested inside a straight one
            continue
        if nested and mark in CLOSE_ONLY:
            nested -= 1
            continue
        inside = text[open_pos + open_len: pos]
        if re.search(r"\n\s*\n", inside) and not _paragraph_break_allowed(text, inside):
            # The quote was never closed in its paragraph: keep what it holds up to the break
            # when that reads like a quotation, then start afresh from this mark.
            cut = re.search(r"\n\s*\n", inside)
            assert cut is not None
            piece_end = open_pos + open_len + cut.start()
            if len(text[open_pos + open_len: piece_end].split()) >= 3:
                spans.append(MarkedSpan(open_pos, open_pos + open_len, piece_end, piece_end))
            open_pos = pos if role in ("open", "either") else None
            open_len = len(mark)
            continue
        if role in ("close", "either"):
            if inside.strip():
                spans.append(MarkedSpan(open_pos, open_pos + open_len, pos, pos + len(mark)))
                open_pos = None
            else:
                open_pos, open_len = pos, len(mark)  # '""': an empty pair, reopen here
        else:
            # Two openers in a row: the first was a stray mark (or a multi-paragraph quote
            # that reopens): restart from this one unless a paragraph break explains it.
            if re.search(r"\n\s*\n", inside):
                continue  # the paragraph reopening of a multi-paragraph quote
            if _nested_straight(text, marks, index, open_pos, open_len):
                skip.add(index + 1)  # '"... once called a "gold standard," Clinton ...," X
                continue  # said': a straight pair inside a straight quote
            open_pos, open_len = pos, len(mark)
    if open_pos is not None:
        tail = text[open_pos + open_len:]
        cut = re.search(r"\n\s*\n", tail)
        end = open_pos + open_len + (cut.start() if cut else len(tail.rstrip()))
        if len(text[open_pos + open_len: end].split()) >= 3:
            spans.append(MarkedSpan(open_pos, open_pos + open_len, end, end))
    return spans


# A transcript turn opening a paragraph inside a quoted stretch: '\n\n"PENCE: Well, …'.
# A stage direction between turns ("(CROSSTALK)") also ends the turn before it.
TURN_START = re.compile(r"\n\s*\n[ \t]*(?:\"|“|'')?(?=" + TRANSCRIPT_LABEL.pattern + r"|[(\[])")


def split_transcript_turns(text: str, spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """A quoted transcript runs over many paragraphs, each reopened with a mark and led by a
    speaker label; each turn is its own quote, so every speaker keeps their own words."""
    out: list[MarkedSpan] = []
    for span in spans:
        cuts = [m for m in TURN_START.finditer(text, span.start, span.end)
                if (m.group("name") or "").casefold() not in NOT_LABELS]
        if not any(m.group("name") for m in cuts):
            out.append(span)
            continue
        begin, open_at = span.start, span.open_at
        for cut in cuts:
            piece_end = cut.start()
            if text[begin:piece_end].strip():
                out.append(MarkedSpan(open_at, begin, piece_end, piece_end))
            open_at = cut.start() + len(cut.group(0)) - len(cut.group(0).lstrip("\n \t"))
            begin = cut.end()
        out.append(MarkedSpan(open_at, begin, span.end, span.close_end))
    return out


# 'His response: "..."', 'Lee's answer:' right before a quote: whose answer it is.
OWNED_ANSWER = re.compile(
    r"(?:^|(?<=[.!?\"\u201d\n])[^\S\n]*)(?P<owner>His|Her|Their|(?:[A-Z][\w.\-]*[^\S\n]){0,3}"
    r"[A-Z][\w\-]*(?:'s|\u2019s))[^\S\n]+(?:\w+[^\S\n]+)?(?P<noun>response|reply|answer|retort|"
    r"rejoinder|explanation|verdict|assessment)[^\S\n]*:[^\S\n]*$")


@dataclass
class Frame:
    cue: Token
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    subject: Token | None


class QuoteExtractor:
    """spaCy component: assigns doc._.quotes (direct and indirect, with speakers)."""

    def __init__(self, nlp: Language, config: QuotesConfig) -> None:
        self.config = config
        self.nlp = nlp

    @property
    def gazetteer(self) -> Gazetteer:
        # Share the actors component's gazetteer (it may come from --gazetteer).
        if "readout_actors" in self.nlp.pipe_names:
            actors: Any = self.nlp.get_pipe("readout_actors")
            found: Gazetteer = actors.gazetteer
            return found
        return load_gazetteer(None)

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[ActorMention] = doc._.actor_mentions or []
        marked = split_transcript_turns(doc_text(doc), find_quoted_spans(doc_text(doc)))
        inside = [(m.open_at, m.close_end) for m in marked]
        resolver = SpeakerResolver(doc, mentions, self.gazetteer, inside)
        quotes: list[Quote] = []
        previous: Quote | None = None
        for span in marked:
            quote = self._direct(doc, span, inside, resolver, previous)
            if quote is not None:
                quotes.append(quote)
                previous = quote
                resolver.note_speaker(quote.speaker, quote.cue_start if quote.cue_start
                                      is not None else quote.start)
        _speaker_from_next(doc, quotes)
        _interview_answers(doc, quotes, resolver)
        quotes.extend(self._unquoted_turns(doc, inside, resolver))
        quotes.extend(self._indirect(doc, inside + [(q.start, q.end) for q in quotes
                                                    if q.cue is None and q.kind == "direct"],
                                     resolver))
        headline = self._headline(doc, inside, resolver)
        if headline is not None and headline.speaker in {
                q.speaker for q in quotes if q.start >= headline.end} and not any(
                q.start < headline.end and headline.start < q.end
                for q in quotes if q.kind == "direct"):
            # 'Name: point' is that person's point only when the story quotes them too; a
            # name opening a headline is as often its subject ('Name: driver charged').
            # a clause read across the headline into the body yields to the headline
            quotes = [q for q in quotes if not (q.start < headline.end and headline.start < q.end)]
            quotes.append(headline)
        _participle_shares_quote_speaker(doc, quotes)
        _complete_cut_speakers(doc, quotes)
        _speakers_as_resolved(doc, quotes, self.gazetteer)
        _pronoun_speakers_as_quoted(doc, quotes)
        quotes.sort(key=lambda q: (q.start, q.kind))
        doc._.quotes = quotes
        return doc

    # ------------------------------------------------------------------ direct
    def _direct(self, doc: Doc, span: MarkedSpan, inside: list[tuple[int, int]],
                resolver: SpeakerResolver, previous: Quote | None) -> Quote | None:
        start, end = span.start, span.end
        while start < end and doc_text(doc)[start].isspace():
            start += 1
        while end > start and doc_text(doc)[end - 1].isspace():
            end -= 1
        if start >= end:
            return None
        text = doc_text(doc)[start:end]
        words = len(text.split())
        if _is_title(doc, span, text):
            return None  # a show, book or event name ('on "Fox News Sunday"'), or a nickname
        if _names_a_measure(doc, span, text):
            return None  # 'the "zero tolerance" policy': the name of a policy, not words said
        if re.fullmatch(r"\([^()]*\)|\[[^\[\]]*\]", text):
            return None  # a stage direction in a transcript: "(CROSSTALK)", "[Applause]"
        tokens = _tokens_between(doc, span.open_at, span.close_end)
        label = TRANSCRIPT_LABEL.match(text)
        if label is not None and words > 3 and label.group("name").casefold() not in NOT_LABELS:
            # 'PENCE: Well, look, ...': a transcript turn carries its speaker as a label.
            name = label.group("name")
            name = name.title() if name.isupper() else name
            # A bare surname is the person the article names, never a gazetteer namesake.
            known = resolver.people.get(name.split()[-1].casefold())
            speaker = known.name if known is not None else resolver.person_name(name) if len(
                name.split()) > 1 else name
            if speaker and speaker.isupper():
                speaker = speaker.title()  # the label's capitals are typography, not the name
            # the quote is the turn's words, after its label
            said_from = start + label.end()
            return Quote(text=doc_text(doc)[said_from:end], speaker=speaker, kind="direct",
                         cue=None, start=said_from, end=end,
                         speaker_start=start + label.start("name"),
                         speaker_end=start + label.end("name"),
                         paragraph=paragraph_number(doc_text(doc), start))
        frame = self._frame_for(doc, span, tokens, inside, resolver, words)
        standalone = _is_standalone(doc, span)
        if frame is None:
            if words < self.config.min_words_without_cue and not standalone:
                return None  # a scare quote, title or term: no speaker is invented for it
            if not standalone and words < 10:
                return None
            speaker = None
            intro = self._intro_sentence(doc, span, inside, resolver) if standalone else None
            if intro is not None:
                return Quote(text=text, speaker=intro.speaker, kind="direct",
                             cue=intro.cue.text, start=start, end=end,
                             speaker_start=intro.speaker_start, speaker_end=intro.speaker_end,
                             cue_start=intro.cue.idx, cue_end=intro.cue.idx + len(intro.cue),
                             paragraph=paragraph_number(doc_text(doc), start))
            if previous is not None and _starts_sentence(doc, span) and _continues(
                    doc, previous, span):
                return Quote(text=text, speaker=previous.speaker, kind="direct", cue=previous.cue,
                             start=start, end=end, speaker_start=previous.speaker_start,
                             speaker_end=previous.speaker_end, cue_start=previous.cue_start,
                             cue_end=previous.cue_end,
                             paragraph=paragraph_number(doc_text(doc), start))
            return Quote(text=text, speaker=speaker, kind="direct", cue=None, start=start,
                         end=end, paragraph=paragraph_number(doc_text(doc), start))
        return Quote(text=text, speaker=frame.speaker, kind="direct", cue=frame.cue.text,
                     start=start, end=end, speaker_start=frame.speaker_start,
                     speaker_end=frame.speaker_end, cue_start=frame.cue.idx,
                     cue_end=frame.cue.idx + len(frame.cue),
                     paragraph=paragraph_number(doc_text(doc), start))

    def _frame_for(self, doc: Doc, span: MarkedSpan, tokens: list[Token],
                   inside: list[tuple[int, int]], resolver: SpeakerResolver,
                   words: int) -> Frame | None:
        sents = _sentences_touching(doc, span.open_at, span.close_end)
        if not sents:
            return None
        signed = self._signature(doc, span, resolver) or self._dash_aside(doc, span, resolver)
        if signed is not None:
            return signed
        answer = self._owned_answer(doc, span, inside, resolver)
        if answer is not None:
            return answer
        first, last = sents[0], sents[-1]
        candidates: list[tuple[float, Frame]] = []
        quote_ids = {t.i for t in tokens}
        region = list(range(first.start, last.end))
        # A cue right after the sentence end: '"...." said Smith.' parsed as a new sentence.
        if last.end < len(doc) and not _para_break(doc, last.end_char, doc[last.end].idx):
            nxt = doc[last.end].sent
            if len(nxt) <= 12 and not any(_in_any(t.idx, inside) for t in nxt):
                region += list(range(nxt.start, nxt.end))
            elif not re.match(r"[^\S\n]*[a-z]", doc_text(doc)[span.close_end:]) and (
                    doc_text(doc)[span.start:span.end].rstrip(" '\u2019\u201d\"")[-1:] in ",?!"
                    and _starts_sentence(doc, span) and _short_cue_follows(doc, span)):
                # '"...?’” Mrs. Clinton said, aligning herself ...' and '"...,’ ” Sanders said
                # on CBS' "Face the Nation."': the sentence after the marks is long or holds a
                # title in marks, but opens with the quote's cue; take its first words (not
                # when a cue before the quote introduced it: 'Asked, "...?" X replied, "..."').
                region += [t.i for t in nxt[:6] if not _in_any(t.idx, inside)]
                cue = _cue_after_subject(doc, span)
                if cue is not None and cue.i not in region:
                    region.append(cue.i)
            elif re.match(r"[^\S\n]*[a-z]", doc_text(doc)[span.close_end:]):
                # '"You winning?" she said, but ...': a lower-case word right after the marks
                # goes on the quote's sentence, however long the rest; its cue is among the
                # first words.
                region += [t.i for t in nxt[:4] if not _in_any(t.idx, inside)]
        inner = doc_text(doc)[span.start:span.end].rstrip()
        after = doc_text(doc)[span.close_end:].lstrip(" \t")
        # '"....." Next sentence' and 'Previous sentence. "....."': the small model often
        # glues these together; a cue across such a boundary is not this quote's.
        # A question or exclamation keeps its cue after the marks ('"Why?" Graham asked.'),
        # so only a full stop closes the quote off from what follows.
        closes_sentence = bool(inner) and (
            inner[-1] == "." or (inner[-1] in "!?" and not _short_cue_follows(doc, span))) and (
            not after or after[0].isupper() or after[0] == "\n")
        opens_sentence = _starts_sentence(doc, span)
        for i in region:
            token = doc[i]
            if i in quote_ids or _in_any(token.idx, inside):
                continue
            if closes_sentence and token.idx >= span.close_end:
                continue
            if opens_sentence and token.idx < span.open_at and doc_text(doc)[
                    token.idx:span.open_at].rstrip()[-1:] in ".!?":
                continue
            frame = self._frame_at(token, inside, resolver)
            if frame is None:
                continue
            frame = self._relayed(frame, inside, resolver)
            governor = token.head if token.lower_ == "according" else token
            if token.pos_ == "NOUN" and not _governs(token, tokens):
                continue  # a noun cue owns only the words inside its own phrase
            if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.casefold() in (
                    LABELLING_VERBS):
                continue  # 'calling her remarks "rude"': the remarks are labelled, not quoted
            if token.lemma_.casefold() in TERM_OBJECT_VERBS and words <= 3 and _names_deed(
                    token, tokens):
                continue  # 'critics alleged "shadow banning"': the name of a practice
            if token.lemma_.casefold() in GOVERNING_ONLY and (
                    words > 6 or not _governs(token, tokens)):
                continue  # 'referred to his "secret deals"': only a short term it names
            if words < 4 and not _governs(governor, tokens) and not (
                    opens_sentence and 0 < token.i - tokens[-1].i <= 3) and not (
                    _cue_over_sentence(token, tokens)):
                # A short quoted term is the speaker's only when the cue governs it, or when
                # it is a whole utterance followed by its cue ('"Absolutely," he said').
                continue
            distance = _distance(token, tokens)
            if _governs(token, tokens):
                # of two cues that both govern the quote, one with a known speaker wins ('an
                # architect who said ..., saying, "..."')
                distance = min(distance, 1) + (0.001 if frame.speaker is None else 0.0)
                # and of two that govern it, a contrasting clause with a subject of its own
                # hung inside the other's ('X said the talks were "useful," while Y called
                # them "frank"': Y's word, not part of what X said)
                if frame.speaker is not None and token.dep_ == "advcl" and any(
                        c.dep_ == "mark" and c.lower_ in ("while", "whereas")
                        for c in token.children) and any(
                        c.dep_ in ("nsubj", "nsubjpass") and not _in_any(c.idx, inside)
                        for c in token.children) and not _in_any(token.idx, inside) and (
                        not _open_mark_before(doc_text(doc), token.idx)):
                    distance -= 0.0001
            if frame.speaker is None and frame.subject is None:
                distance += 50
            candidates.append((distance, frame))
        if not candidates:
            # 'Caddell continued:' / 'In a statement, Peabody said:' right before the quote,
            # possibly in the paragraph above.
            before = doc_text(doc)[:span.open_at].rstrip()
            comma = before.endswith(",") and "\n" in doc_text(doc)[len(before):span.open_at] \
                and bool(re.search(r"[a-z]+,$", before)) and _cue_before_comma(doc, len(before) - 1)
            if before.endswith(":") or comma:
                # ('He added,' closing the paragraph above the quote counts as well)
                colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
                if colon is not None and len(colon):
                    intro = colon[0].sent
                    for token in doc[intro.start: colon[0].i]:
                        if _in_any(token.idx, inside):
                            continue
                        frame = self._frame_at(token, inside, resolver)
                        if frame is not None:
                            # 'X reported that reading the text aloud is new:' → X, not the
                            # subjectless 'reading' nearer the colon
                            far = 50 if frame.speaker is None and frame.subject is None else 0
                            candidates.append((_distance(token, tokens) + far, frame))
                    candidates = _drop_answered_nouns(candidates)
                    if not candidates:
                        frame = self._colon_subject(doc[intro.start: colon[0].i], inside,
                                                    resolver)
                        if frame is not None:
                            candidates.append((0.0, frame))
        if not candidates:
            frame = self._as_characterisation(doc, span, inside, resolver)
            if frame is not None:
                return frame
        if not candidates and words >= 4:
            frame = self._governing_clause(tokens, inside, resolver)
            if frame is not None:
                return frame
        if not candidates:
            return None
        candidates = _innermost_report(candidates, tokens)
        candidates.sort(key=lambda c: c[0])
        best = candidates[0][1]
        if best.speaker is None and best.subject is not None and best.subject.pos_ == "NOUN":
            # 'The spot ends with footage of Trump saying, "..."': a thing that carries the
            # words (an ad, a video) yields to a named speaker's cue standing between it and
            # the quote.
            lo, hi = sorted((best.cue.i, tokens[0].i if best.cue.i < tokens[0].i
                             else tokens[-1].i))
            nearer = [f for _, f in candidates if f.speaker is not None and lo < f.cue.i < hi
                      and f.subject is not None and f.subject.pos_ == "PROPN"]
            if nearer:
                return nearer[0]
        return best

    def _owned_answer(self, doc: Doc, span: MarkedSpan, inside: list[tuple[int, int]],
                      resolver: SpeakerResolver) -> Frame | None:
        """'His response: "..."', 'Lee's reply:': a verbless intro naming the words as
        somebody's answer, right before the quote, is theirs (the small model often glues it
        to the question before it, whose cue would otherwise win)."""
        before = doc_text(doc)[:span.open_at]
        m = OWNED_ANSWER.search(before)
        if m is None:
            return None
        owner = doc.char_span(m.start("owner"), m.start("owner") + 1, alignment_mode="expand")
        noun = doc.char_span(m.start("noun"), m.end("noun"), alignment_mode="expand")
        if owner is None or noun is None or not len(owner) or not len(noun) or _in_any(
                owner[0].idx, inside):
            return None
        head = owner[0]
        if head.lower_ not in ("his", "her", "their"):
            # the possessor's name: its last word before the "'s"
            name = doc.char_span(m.start("owner"), m.end("owner"), alignment_mode="expand")
            if name is None or not len(name):
                return None
            head = name[-1] if name[-1].tag_ != "POS" else name[-2] if len(name) > 1 else name[0]
        speaker, s0, s1 = resolver.resolve(head)
        if speaker is None:
            return None
        return Frame(noun[0], speaker, s0, s1, head)

    def _as_characterisation(self, doc: Doc, span: MarkedSpan, inside: list[tuple[int, int]],
                             resolver: SpeakerResolver) -> Frame | None:
        """'Reid has gone after Trump as a "con artist"', 'admires Putin as a "strong
        leader"': a quoted label introduced by 'as' under a verb whose subject is a named
        person is that person's characterisation (cue: the verb)."""
        before = doc.char_span(0, span.open_at, alignment_mode="contract")
        if before is None or not len(before):
            return None
        i = len(before) - 1
        while i >= 0 and doc[i].lower_ in ("a", "an", "the"):
            i -= 1
        if i < 0 or doc[i].lower_ != "as" or _in_any(doc[i].idx, inside):
            return None
        verb = doc[i].head
        if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN") and verb.head.pos_ == "VERB" and (
                verb.head.lemma_.casefold() in CHARACTERISING_VERBS):
            verb = verb.head  # 'defended its decision as "..."': the parser hangs 'as' on
            # the object; the characterisation is the verb's
        if verb.pos_ != "VERB" or _in_any(verb.idx, inside) or verb.i > doc[i].i:
            return None
        frame = _named_frame(verb, _subject_of(verb), inside, resolver)
        if frame is None:
            name = _name_before(verb)
            if name is None or _in_any(name.idx, inside) or not (
                    name.ent_type_ == "PERSON" or name.lower_ in resolver.people):
                return None
            speaker = resolver.person_name(name.text)
            if speaker is None:
                return None
            return Frame(verb, speaker, name.idx, name.idx + len(name), name)
        return frame

    def _governing_clause(self, tokens: list[Token], inside: list[tuple[int, int]],
                          resolver: SpeakerResolver) -> Frame | None:
        """'Trump attacked "the hateful ideology of radical Islam"', 'as Trump went on about
        "how the system is rigged"': with no speech cue anywhere, quoted words that are an
        argument of a verb whose subject is a named person (or he/she) are that person's;
        the verb stands as the cue. Only the quote's own clause counts (the nearest verb
        above it, outside the marks), and only a phrase of four words or more (shorter ones
        are too often the author's terms)."""
        words = [t for t in tokens if t.is_alpha and _in_any(t.idx, inside)]
        if not words:
            return None
        node = words[0]
        for _ in range(8):
            if node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ == "NOUN" and node.lemma_.casefold() in CUE_NOUNS:
                return None  # "dismissed Clinton's claim that he is "unfit ..."": nested
            if _in_any(node.idx, inside) or node.pos_ not in ("VERB",):
                continue
            lo, hi = sorted((node.idx, words[0].idx))
            if _para_break(node.doc, lo, hi):
                return None  # a verb of another paragraph: the parser glued two sentences
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is None:
                return None
            frame = _named_frame(node, subject, inside, resolver)
            if frame is None or frame.speaker is None or _surname_key(frame.speaker) not in (
                    resolver.people):
                return None  # only people: "The Post sent its "enterprise reporter"" is not
            return frame
        return None

    def _intro_sentence(self, doc: Doc, span: MarkedSpan, inside: list[tuple[int, int]],
                        resolver: SpeakerResolver) -> Frame | None:
        """'Schiff said the administration may wait. "The other factor is ..."': a whole
        quoted sentence with no cue of its own, right after a sentence of the same paragraph
        whose main verb is a speech verb with a named speaker (or any verb with a named person
        as subject), continues that speaker."""
        text = doc_text(doc)
        before = text[:span.open_at].rstrip(" \t")
        across = False
        if "\n" in text[len(before.rstrip()):span.open_at]:
            # 'Olsen said the plan would fail.' closing a paragraph with no quotation in
            # it, then a paragraph that is one quotation without a cue: Olsen goes on
            # (only after a speech verb; the paragraph must be the quotation alone).
            before = before.rstrip()
            paragraph = before[before.rfind("\n") + 1:]
            rest = text[span.close_end:]
            if not re.fullmatch(r"[ \t]*\n\s*\n[ \t]*", text[len(before):span.open_at]) or (
                    MARK.search(paragraph) or not re.match(r"[ \t]*(?:\n|$)", rest)):
                return None
            across = True
        if not before or before[-1] not in ".!?:":
            return None
        end = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if end is None or not len(end) or _in_any(end[0].idx, inside):
            return None
        sent = end[0].sent
        if across or "\n" in text[sent.start_char:len(before)]:
            # the small model often runs a sentence on across a paragraph break (into the
            # quotation below it, or from the paragraph above): the paragraph's own part
            lo = max(sent.start_char, before.rfind("\n") + 1)
            own = doc.char_span(lo, len(before), alignment_mode="expand")
            if own is None or not len(own):
                return None
            sent = own
        root = sent.root
        if _in_any(root.idx, inside):
            return None
        if not across and sent.start_char < span.open_at and _para_break(
                doc, sent.start_char, span.open_at):
            return None
        if across and root.lemma_.casefold() not in INDIRECT_VERBS:
            # 'According to Ann Lee of the Post, the cost is $1 million.' closing a paragraph,
            # then a paragraph that is one quotation: the source named for the claim goes on
            accord = next((t for t in sent if t.lower_ == "according" and t.i + 1 < len(doc)
                           and doc[t.i + 1].lower_ == "to" and not _in_any(t.idx, inside)),
                          None)
            found = self._frame_at(accord, inside, resolver) if accord is not None else None
            return found if found is not None and found.speaker is not None else None
        if root.lemma_.casefold() not in SPEECH_VERBS or root.lemma_.casefold() in NAMING_VERBS:
            # 'Sanders singled out young voters' fatigue. "The younger people are ..."': a
            # sentence about what a named person did, then their words with no cue of their
            # own, in the same paragraph: theirs (the verb stands as the cue).
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if root.pos_ not in ("VERB", "AUX") or subject is None:
                return None
            frame = _named_frame(root, subject, inside, resolver)
            if frame is None or frame.speaker is None or _surname_key(frame.speaker) not in (
                    resolver.people):
                return None
            return frame
        frame = self._frame_at(root, inside, resolver)
        if frame is None or frame.speaker is None:
            return None
        return frame

    def _signature(self, doc: Doc, span: MarkedSpan, resolver: SpeakerResolver) -> Frame | None:
        """'"...." ― Pamela Padilla': a quote signed with a dash and a name that ends its
        line (vox pops, reader comments, epigraphs). The dash is the cue."""
        match = SIGNATURE.match(doc_text(doc), span.close_end)
        if match is None:
            return None
        name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        dash = doc.char_span(match.start("dash"), match.end("dash"), alignment_mode="expand")
        if name is None or dash is None or not len(dash):
            return None
        if not all(t.text[:1].isupper() or t.text in (".", "-") or t.lower_ in NAME_PARTICLES
                   for t in name):
            return None
        head = name[-1] if name[-1].is_alpha else name[0]
        speaker = resolver.person_name(name.text.rstrip(". "))
        return Frame(dash[0], speaker, name.start_char, name.end_char, head)

    def _dash_aside(self, doc: Doc, span: MarkedSpan, resolver: SpeakerResolver
                    ) -> Frame | None:
        """'including the senator Mara Olsen -- "It is a disgrace" -- and others': a quote
        set off by dashes right after a person's name is that person's. The name must be
        a person the article knows (or the NER tags), not a possessor ("Olsen's remark")."""
        text = doc_text(doc)
        match = DASH_ASIDE.search(text, max(0, span.open_at - 120), span.start)
        if match is None:
            return None
        if not DASH_AFTER.match(text, span.close_end):
            return None
        name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        dash = doc.char_span(match.start("dash"), match.end("dash"), alignment_mode="expand")
        if name is None or dash is None or not len(dash) or not len(name):
            return None
        head = name[-1]
        if not (head.ent_type_ == "PERSON" or head.lower_ in resolver.people):
            return None
        speaker = resolver.person_name(name.text)
        if speaker is None:
            return None
        return Frame(dash[0], speaker, name.start_char, name.end_char, head)

    def _frame_at(self, token: Token, inside: list[tuple[int, int]],
                  resolver: SpeakerResolver) -> Frame | None:
        """An attribution frame whose cue is ``token``: speech verb or 'according to'."""
        low = token.lower_
        if low == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            obj = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
            if obj is None:
                return None
            speaker, s0, s1 = resolver.resolve(obj)
            if speaker is None and obj.lemma_.casefold() in STATEMENT_NOUNS:
                # 'according to a statement from the Qatari foreign ministry': the issuer
                issuer = next((g for c in obj.children if c.dep_ == "prep"
                               and c.lower_ in ("from", "by", "of") for g in c.children
                               if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
                if issuer is not None:
                    speaker, s0, s1 = resolver.resolve(issuer)
            if speaker is not None and _cites_legal_text(token, obj):
                speaker = None  # the law's words, not those of whoever analysed it
            return Frame(token, speaker, s0, s1, obj)
        misread = _misread_verb(token)
        if token.pos_ == "NOUN" and token.lemma_.casefold() in CUE_NOUNS and not misread:
            owner = next(iter(_noun_source(token)), None)
            if owner is None or owner.lower_ in AUTHOR or _in_any(owner.idx, inside):
                return None
            speaker, s0, s1 = resolver.resolve(owner)
            return Frame(token, speaker, s0, s1, owner) if speaker else None
        if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB") and not misread:
            return None
        lemma = token.lemma_.casefold()
        if lemma not in SPEECH_VERBS and _made_clear_clause(token) is None:
            return None
        if token.i >= 2 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ == "so":
            return None  # "so-called": the author's distance, not a speech act
        if token.i >= 1 and token.doc[token.i - 1].lower_ in ("so-", "so"):
            return None
        if token.lower_ == "said" and token.i + 1 < len(token.doc) and (
                token.nbor().lower_ == "to" and token.nbor().pos_ == "PART") and any(
                c.dep_ == "xcomp" and c.tag_ == "VB" for c in token.children):
            return None  # 'the team, said to include ten experts': hearsay, no one's words
        subject = _subject_of(token)
        if token.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in token.children):
            # 'with Biden's adviser stating that ...': the object of 'with', not the subject
            # of the clause the participle hangs from.
            subject = _with_subject(token) or subject
        if subject is not None and _in_any(subject.idx, inside):
            # The parser often hangs a subject from inside the quotation on the cue
            # ('"..., it will," said Acton'): look for the real one outside the marks.
            subject = next((c for c in token.children if c.dep_ == "nsubj"
                            and not _in_any(c.idx, inside)), None)
            if subject is None:
                subject = _adjacent_subject(token)
                if subject is None or _in_any(subject.idx, inside):
                    return None
        if subject is not None and _para_break(token.doc, min(subject.idx, token.idx),
                                               max(subject.idx, token.idx)):
            # A headline parsed together with the paragraph below it ('Biden Tries Again' /
            # 'Larry Summers, the chairman, told ...'): a subject in another paragraph is not
            # the cue's; a name right beside the cue may still be.
            own = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and not
                   _para_break(token.doc, min(c.idx, token.idx), max(c.idx, token.idx))]
            subject = own[-1] if own else _adjacent_subject(token)
            if subject is None and token.dep_ in ("advcl", "xcomp", "conj") and (
                    token.head.i < token.i):
                # 'X released a statement Tuesday saying:' with X glued to the paragraph
                # above: the name right before the governing verb
                subject = _adjacent_subject(token.head)
            if subject is not None and _para_break(token.doc, min(subject.idx, token.idx),
                                                   max(subject.idx, token.idx)):
                subject = None
        if subject is None:
            subject = _adjacent_subject(token)
            if subject is not None and _para_break(token.doc, min(subject.idx, token.idx),
                                                   max(subject.idx, token.idx)):
                subject = None
        elif subject.ent_type_ != "PERSON" and subject.pos_ != "PRON" and token.i > 0:
            # '12:15 p.m. Donald Trump says', '― Trump boasted': a misparse picked a word
            # further away while a name stands right before the cue.
            before = token.doc[token.i - 1]
            if before.ent_type_ == "PERSON" and before.pos_ == "PROPN" and before.i != subject.i \
                    and not (before.dep_ == "pobj" and any(
                        t.i == before.i for t in subject.subtree)):
                # (a name in the subject's own modifier is not it: 'An email from Tanden to
                # Podesta said')
                subject = before
        elif subject.ent_type_ == "PERSON" and token.i > 0 and token.dep_ == "parataxis":
            # 'To understand the real Dred Scott, Chief Justice Roberts said, one should ...':
            # an inserted cue's name parsed as an apposition of a name before the comma; the
            # name right before the cue speaks.
            before = token.doc[token.i - 1]
            appos = before
            while appos.dep_ in ("compound", "flat") and appos.head.i != appos.i:
                appos = appos.head
            if (before.ent_type_ == "PERSON" and before.pos_ == "PROPN" and appos.dep_ == "appos"
                    and appos.head.i == subject.i and before.i > subject.i):
                subject = before
        if subject is not None and _in_any(subject.idx, inside):
            return None
        if subject is not None and not subject.text[:1].isalnum():
            # Markup parsed as a subject ('[readout](#) struck'): the word before it.
            prior = [t for t in subject.doc[max(0, subject.i - 4): subject.i] if t.is_alpha]
            subject = prior[-1] if prior else None
        if subject is None:
            return Frame(token, None, None, None, None)
        if subject.lower_ in AUTHOR:
            return None  # the author's own voice ("as I said")
        speaker, s0, s1 = resolver.resolve(subject)
        if speaker is not None and subject.lower_ in ("he", "she") and token.dep_ == "parataxis":
            # 'Putin, he said, "made clear ..."': the pronoun of a cue inserted into a clause
            # is not that clause's own subject (who would be 'Putin said he ...')
            host = next((c for c in token.head.children if c.dep_ == "nsubj" and c.i < token.i
                         and c.pos_ == "PROPN"), None)
            if host is not None and resolver.resolve(host)[0] == speaker:
                speaker = resolver.pronoun(subject.lower_, subject.idx, exclude=speaker)
        if _misread_name(subject) and (speaker is None or _surname_key(speaker) != subject.lower_
                                       or not _a_person(resolver, speaker)):
            return Frame(token, None, None, None, None)
        return Frame(token, speaker, s0, s1, subject)

    def _relayed(self, frame: Frame, inside: list[tuple[int, int]],
                 resolver: SpeakerResolver) -> Frame:
        """'"...," aides said Mr. Ryan told his colleagues': unnamed people relay what a
        named one said; the quoted words are his (the cue's own clause, after it, is a speech
        verb with a named speaker)."""
        subject = frame.subject
        if frame.speaker is not None or subject is None or subject.tag_ not in ("NNS", "NNPS"):
            return frame
        for clause in frame.cue.children:
            if clause.dep_ == "ccomp" and clause.i > frame.cue.i and (
                    clause.lemma_.casefold() in SPEECH_VERBS) and not _in_any(clause.idx, inside):
                inner = self._frame_at(clause, inside, resolver)
                if inner is not None and inner.speaker is not None:
                    return inner
        return frame

    def _colon_subject(self, intro: Span, inside: list[tuple[int, int]],
                       resolver: SpeakerResolver) -> Frame | None:
        """'Stoltenberg was blunt: "..."': a quote set off by a colon after a clause whose
        subject is a named actor belongs to that actor (cue: the clause's verb)."""
        if not len(intro):
            return None
        root = intro.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return _named_frame(root, subject, inside, resolver)

    def _unquoted_turns(self, doc: Doc, inside: list[tuple[int, int]],
                        resolver: SpeakerResolver) -> list[Quote]:
        """A transcript printed without quotation marks ('MS. PSAKI: Good afternoon.',
        'PRESIDENT BIDEN: We will respond.'): each line led by a speaker label in capitals
        is that speaker's turn. Only in a text with two such lines or more (a transcript,
        not a dateline or a 'BREAKING:' banner), and only labels that name a person: a
        title or honorific, or a surname the article or the gazetteer knows as a person.
        The questioner's 'Q:' turns have no speaker to give and are left out."""
        text = doc_text(doc)
        found = [m for m in LINE_TURN.finditer(text)
                 if m.group("label").casefold().rstrip(".") not in NOT_LABELS
                 and len(m.group("said").split()) >= 3 and not _in_any(m.start("said"), inside)]
        if len(found) < 2:
            return []
        out = []
        for match in found:
            label = match.group("label")
            words = label.replace(".", " ").split()
            titled = words[0].casefold() in TURN_TITLES
            surname = words[-1].casefold()
            known = resolver.people.get(surname)
            people = [e for e in resolver.gazetteer.lookup(words[-1]) if e.kind == "person"]
            if not (titled or known is not None or people) or len(words) > 4:
                continue
            name = label.title()
            speaker = known.name if known is not None else resolver.person_name(name)
            start, end = match.start("said"), match.end("said")
            while end > start and text[end - 1].isspace():
                end -= 1
            out.append(Quote(text=text[start:end], speaker=speaker, kind="direct", cue=None,
                             start=start, end=end, speaker_start=match.start("label"),
                             speaker_end=match.end("label"),
                             paragraph=paragraph_number(text, start)))
        return out if len(out) >= 2 else []

    # ------------------------------------------------------------------ indirect
    def _headline(self, doc: Doc, inside: list[tuple[int, int]],
                  resolver: SpeakerResolver) -> Quote | None:
        """'Sanders: Clinton must change course': a headline that opens with a name and a
        colon gives that speaker's point in brief. Only a name the resolver knows counts
        ('Poll: ...', 'Analysis: ...' are labels, not speakers)."""
        text = doc_text(doc)
        line = text[:headline_end(text)]
        found = HEADLINE_SPEAKER.match(line)
        if found is None or found.group("name").casefold().rstrip(".") in NOT_LABELS:
            return None
        start, end = found.start("said"), found.end("said")
        while end > start and (text[end - 1] in ".;,!" or text[end - 1].isspace()):
            end -= 1
        if len(text[start:end].split()) < 3 or _in_any(start, inside) or MARK.search(
                text[start:end]):
            return None
        raw = found.group("name")
        # Only a person: 'Ukraine: fear grows in Donetsk', 'Mariupol: why the city matters'
        # name the story's subject, not who speaks.
        person = resolver.people.get(raw.split()[-1].casefold())
        hits = resolver.namesakes(raw)
        speaker = person.name if person is not None else hits[0].name if len(hits) == 1 else None
        if person is not None and resolver.gazetteer.lookup(raw) and not hits:
            speaker = None  # a place or body the gazetteer knows, tagged as a name
        if speaker is None:
            return None
        return Quote(text=text[start:end], speaker=speaker, kind="indirect", cue=":",
                     start=start, end=end, speaker_start=found.start("name"),
                     speaker_end=found.end("name"),
                     cue_start=found.end("name"), cue_end=found.end("name") + 1,
                     paragraph=paragraph_number(text, start))

    def _noun_report(self, doc: Doc, noun: Token, inside: list[tuple[int, int]],
                     resolver: SpeakerResolver) -> Quote | None:
        """'Russia's warning that it would respond', 'Trump's claim that the deal was dead':
        a speech noun owned by its speaker, with a that-clause giving what was said."""
        # the clause may hang on the noun, or on the source after it ('warnings from his
        # lawyer that ...')
        hosts = [noun] + _noun_source(noun)
        clause = next((c for h in hosts for c in h.children if c.dep_ in ("acl", "ccomp", "relcl")
                       and c.i > noun.i and any(g.dep_ == "mark" and g.lower_ == "that"
                                                for g in c.children)), None)
        if clause is None and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "that" and (
                doc[noun.i + 1].dep_ == "mark"):
            # 'seized on a Post report that X' with the clause hung on the verb: a that
            # right after the noun still opens its content
            verb = doc[noun.i + 1].head
            if verb.dep_ == "ccomp" and noun in verb.head.subtree and noun not in verb.subtree:
                clause = verb
        if clause is None:
            return None
        span = _clean_content(doc[clause.left_edge.i: clause.right_edge.i + 1])
        if len(span) < 3 or any(_in_any(t.idx, inside) for t in span) or MARK.search(span.text):
            return None
        frame = self._frame_at(noun, inside, resolver)
        if frame is None or frame.speaker is None:
            return None
        return Quote(text=span.text, speaker=frame.speaker, kind="indirect", cue=noun.text,
                     start=span.start_char, end=span.end_char,
                     speaker_start=frame.speaker_start, speaker_end=frame.speaker_end,
                     cue_start=noun.idx, cue_end=noun.idx + len(noun),
                     paragraph=paragraph_number(doc_text(doc), span.start_char))

    def _nominal_cue_quote(self, doc: Doc, cue: Token, content: tuple[int, int],
                           inside: list[tuple[int, int]],
                           resolver: SpeakerResolver) -> Quote | None:
        """The report of a cue the tagger read as a plural noun (', the paper reports,'):
        the word before the cue is the head of its subject."""
        span = _clean_content(doc[content[0]:content[1]], cue)
        if len(span) < 3 or any(_in_any(t.idx, inside) for t in span) or MARK.search(span.text):
            return None
        subject = doc[cue.i - 1]
        if subject.lower_ in AUTHOR:
            return None
        speaker, s0, s1 = resolver.resolve(subject)
        speaker = speaker or _outlet_before(resolver, subject)
        resolver.note_speaker(speaker, cue.idx)
        return Quote(text=span.text, speaker=speaker, kind="indirect", cue=cue.text,
                     start=span.start_char, end=span.end_char, speaker_start=s0,
                     speaker_end=s1, cue_start=cue.idx, cue_end=cue.idx + len(cue),
                     paragraph=paragraph_number(doc_text(doc), span.start_char))

    def _indirect(self, doc: Doc, inside: list[tuple[int, int]],
                  resolver: SpeakerResolver) -> list[Quote]:
        found: list[Quote] = []
        taken: list[tuple[int, int]] = []
        for token in doc:
            if _in_any(token.idx, inside):
                continue
            nominal = _cue_read_as_noun(token)
            if nominal is not None:
                quote = self._nominal_cue_quote(doc, token, nominal, inside, resolver)
                if quote is not None and (quote.start, quote.end) not in taken:
                    found.append(quote)
                    taken.append((quote.start, quote.end))
                continue
            misread = _misread_verb(token)
            if token.pos_ == "NOUN" and token.lemma_.casefold() in CUE_NOUNS and not misread:
                noun_quote = self._noun_report(doc, token, inside, resolver)
                if noun_quote is not None and (noun_quote.start, noun_quote.end) not in taken:
                    found.append(noun_quote)
                    taken.append((noun_quote.start, noun_quote.end))
                continue
            if not token.tag_.startswith("VB") and not misread:
                continue
            lemma = token.lemma_.casefold()
            accord = token.lower_ == "according" and token.i + 1 < len(doc) and token.nbor().lower_ == "to"
            source = _finding_source(token) if lemma in FINDING_VERBS else None
            if (lemma not in INDIRECT_VERBS and lemma not in OBJECT_ONLY_VERBS and not accord
                    and source is None and not (lemma in THAT_CLAUSE_VERBS and _that_clause(token))
                    and _fronted_as_cue(token) is None and _made_clear_clause(token) is None):
                continue
            if not accord and (_hypothetical_or_negated(token) or _withheld(token)):
                continue
            if not accord and _put_to_subject(token):
                continue  # 'X, asked if she backed it, said ...': the question was put to X
            if token.lower_ == "saying" and token.i > 0 and doc[token.i - 1].lower_ == "without":
                continue  # 'it goes without saying that ...': the writer's own idiom
            if _in_question(token):
                continue  # 'asked whether he was suggesting that X': nobody said X
            span = None
            block = None if accord or lemma not in INDIRECT_VERBS else _block_after_colon(token)
            if block is not None and not any(_in_any(t.idx, inside) for t in block):
                span = block  # 'The governor added:' and a paragraph of his words, unmarked
            for lo, hi in [] if span is not None else _content_candidates(token, accord):
                piece = _clean_content(doc[lo:hi], token)
                if len(piece) < 3 or not any(t.pos_ in ("VERB", "AUX", "NOUN") for t in piece):
                    continue
                if any(_in_any(t.idx, inside) for t in piece) or MARK.search(piece.text):
                    # the content is (partly) a direct quote, reported as such; when the cue
                    # interrupts it ('The plan, she said, would "fail"'), the words before
                    # the attribution are still the speaker's point in her own voice
                    head = _before_inserted_cue(piece, token, inside) or _before_dash(
                        piece, token, inside) or _unquoted_conjunct(piece, token, inside) or (
                        _before_quoted_aside(piece, token, inside))
                    if head is None:
                        continue
                    piece = head
                span = piece
                break
            if span is None or (span.start_char, span.end_char) in taken:
                continue
            between = doc_text(doc)[min(token.idx, span.start_char):max(token.idx,
                                                                         span.start_char)]
            if span is not block and re.search(r"\n\s*\n", between):
                continue  # a headline's cue ("X warns Y") does not report the next paragraph
            if source is not None:
                # a poll, study or court finding: its issuer when named, else no speaker
                speaker, s0, s1 = resolver.resolve(_issuer(source))
                frame: Frame | None = Frame(token, speaker, s0, s1, source)
            else:
                frame = self._frame_at(token, inside, resolver)
            if frame is None:
                continue
            if frame.subject is None:
                # 'aside from saying he wants a diverse delegation': what was said is
                # clear, who said it is not; the quote stands with no speaker (never a guess)
                if _unattributed_ok(token, span):
                    found.append(Quote(text=span.text, speaker=None, kind="indirect",
                                       cue=token.text, start=span.start_char,
                                       end=span.end_char, cue_start=token.idx,
                                       cue_end=token.idx + len(token),
                                       paragraph=paragraph_number(doc_text(doc),
                                                                  span.start_char)))
                    taken.append((span.start_char, span.end_char))
                continue
            if span.start <= frame.subject.i < span.end and not (
                    token.left_edge.i <= frame.subject.i <= token.right_edge.i):
                continue  # the speaker sits in the content (outside a set-off cue)
            if span.start == frame.subject.left_edge.i and span.start < token.i < span.end:
                continue  # the content opens with its own speaker and cue ('she said, but ...')
            if frame.speaker is None and frame.subject is not None:
                # 'the paper said that ...': the outlet the article just named
                frame = replace(frame, speaker=_outlet_before(resolver, frame.subject))
            if not any(a <= token.idx < b for a, b in taken):
                # (one told inside another's report, 'X said Y had told him ...', does not
                # take the floor from X for a later 'he said')
                resolver.note_speaker(frame.speaker, token.idx)
            found.append(Quote(text=span.text, speaker=frame.speaker, kind="indirect",
                               cue=token.text, start=span.start_char, end=span.end_char,
                               speaker_start=frame.speaker_start, speaker_end=frame.speaker_end,
                               cue_start=token.idx, cue_end=token.idx + len(token),
                               paragraph=paragraph_number(doc_text(doc), span.start_char)))
            taken.append((span.start_char, span.end_char))
        return found


# ---------------------------------------------------------------------- syntax helpers

# Texts whose words an article quotes as what they provide: 'the law bars companies from
# "sharing records"'. Whoever analysed or reported on them did not write those words.
LEGAL_TEXTS = {"law", "bill", "act", "statute", "legislation", "measure", "constitution",
               "treaty", "amendment", "provision", "regulation", "rule", "ordinance", "order",
               "agreement", "accord", "contract", "charter", "resolution", "clause", "code",
               "policy", "proposal", "plan", "platform", "budget"}
PROJECTING = {"would", "could", "will", "might", "may", "should"}


def _cites_legal_text(according: Token, source: Token) -> bool:
    """'The law bars X from "...", according to an analysis by Y': the clause 'according to'
    hangs from describes what a law or similar text provides (its subject is the text, the
    verb states rather than predicts), and Y is named through a document (an analysis, a
    report), not as a speaker in its own right."""
    if source.lemma_.casefold() not in FINDING_SOURCES:
        return False
    verb = according.head
    while verb.dep_ in ("prep", "pobj", "advmod") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.casefold() not in LEGAL_TEXTS:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in PROJECTING for c in verb.children)


# Verbs of perceiving or recording whose passive subject is the one heard speaking ('X was
# heard saying', 'X is seen telling', 'X was caught on tape boasting').
PERCEIVING = {"hear", "see", "catch", "record", "film", "tape", "overhear", "show", "capture",
              "quote"}

# Verbs that put words in someone's mouth through 'as': 'the readout quoted Li as saying',
# 'the agency cited the minister as telling ...' (the object, or passive subject, speaks).
QUOTING_AS = {"quote", "cite", "describe", "portray", "depict", "report"}


def _cue_before_comma(doc: Doc, comma_at: int) -> bool:
    """Is the word before the comma at ``comma_at`` a speech verb ('He added,')?"""
    span = doc.char_span(comma_at, comma_at + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].i == 0:
        return False
    word = doc[span[0].i - 1]
    return word.tag_.startswith("VB") and word.lemma_.casefold() in SPEECH_VERBS


# Verbs that pass on words someone else owns ('He read out Lee's statement:'): a speech noun
# they govern keeps its owner.
RELAYING_VERBS = {"read", "quote", "cite", "repeat", "post", "tweet", "share", "recount"}


def _drop_answered_nouns(candidates: list[tuple[float, Frame]]) -> list[tuple[float, Frame]]:
    """'Ortiz answered Lee's charges in a statement:' before a quote: the words are the
    answer, so a speech noun that is the object of another candidate cue with a speaker
    (directly or through a preposition: 'responded to Lee's allegations') gives way to it."""
    verbs = {f.cue.i for _, f in candidates if f.speaker is not None and f.cue.pos_ != "NOUN"
             and f.cue.lemma_.casefold() not in RELAYING_VERBS}
    if not verbs:
        return candidates

    def answered(frame: Frame) -> bool:
        noun = frame.cue
        if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj"):
            return False
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        return head.i in verbs

    return [c for c in candidates if not answered(c[1])]


def _noun_source(noun: Token) -> list[Token]:
    """Who owns a speech noun: its possessor ('Trump's claim'), else the object of 'from' or
    'by' right after it ('warnings from his lawyer', 'a claim by the ministry')."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        # 'a New York Times report that ...': a name compounded right onto the noun
        owner = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1
                      and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON", "GPE")), None)
    if owner is not None:
        return [owner]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by") and prep.i == noun.i + 1:
            return [c for c in prep.children if c.dep_ == "pobj"][:1]
    return []


# Nouns for a news outlet ('the paper reports').
MEDIA_NOUNS = {"paper", "newspaper", "daily", "weekly", "outlet", "magazine", "network",
               "channel", "broadcaster", "site", "newsletter", "tabloid"}
def _outlet_before(resolver: SpeakerResolver, subject: Token) -> str | None:
    """'The Times reports that ... Instead, the paper reports, ...': 'the paper' (a media
    noun after 'the') is the news outlet named last in the 1,500 characters before it, when
    the article named one; else None."""
    if subject.lower_ not in MEDIA_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children) and not (
            subject.i > 0 and subject.doc[subject.i - 1].lower_ == "the"):
        return None
    outlet = None
    for mention in resolver.mentions:
        if mention.start >= subject.idx:
            break
        entry = resolver.gazetteer.entries.get(mention.actor)
        if entry is not None and entry.sector == "media" and (
                subject.idx - mention.start <= 1500):
            outlet = mention.actor
    return outlet


# Tags of the words of a short subject before a cue ('the paper', 'his former doctor').
SUBJECT_TAGS = {"DT", "PRP$", "JJ", "NN", "NNP", "NNPS", "POS", "HYPH", "CD"}


def _cue_read_as_noun(token: Token) -> tuple[int, int] | None:
    """'Instead, the paper reports, the council spent ...', '<clause>, his former doctor
    maintains.': a cue in -s after a short subject, set off by a comma, that the tagger read
    as a plural noun ending a noun phrase (or as a verb whose subject the parser folded into
    a compound with it). Returns the token range of the clause it reports:
    the whole sentence when the cue is inserted (the offsets stay contiguous), the clause
    before it when it closes the sentence."""
    if token.tag_ not in ("NNS", "VBZ") or not token.lower_.endswith("s") or token.i < 2:
        return None
    stem = token.lower_[:-1] if token.tag_ == "NNS" else token.lemma_.casefold()
    if stem not in INDIRECT_VERBS and stem not in THAT_CLAUSE_VERBS:
        return None
    doc = token.doc
    sent = token.sent
    head = doc[token.i - 1]
    if token.tag_ == "VBZ" and (head.dep_ != "compound" or head.head.i != token.i or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children)):
        return None  # (a verb: only when the parser folded its subject into a compound)
    if head.tag_ not in ("NN", "NNP") or not (_may_speak(head) or head.lower_ in MEDIA_NOUNS):
        return None  # (the subject's head, someone who can speak, stands right before it)
    lo = token.i - 1
    while lo - 1 > sent.start and doc[lo - 1].tag_ in SUBJECT_TAGS and token.i - lo < 7:
        lo -= 1
    if doc[lo - 1].text != "," or lo - 1 <= sent.start:
        return None
    after = doc[token.i + 1] if token.i + 1 < sent.end else None

    def finite(a: int, b: int) -> bool:
        return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[a:b])

    if after is not None and after.text == "," and after.i + 1 < sent.end and (
            doc[after.i + 1].lower_ not in ("and", "or")):
        # inserted: words of the clause on both sides ('Instead,' alone will do before it)
        before_ok = lo - 1 - sent.start >= 2 or doc[sent.start].tag_ in ("RB", "CC")
        if before_ok and sent.end - after.i >= 4 and finite(after.i + 1, sent.end):
            return sent.start, sent.end
        return None
    closing = after is None or (after.text in (".", "!", "?") and after.i + 1 >= sent.end)
    if closing and lo - 1 - sent.start >= 3 and finite(sent.start, lo - 1):
        return sent.start, lo - 1  # closing the sentence: the clause before the subject
    return None


def _misread_verb(token: Token) -> bool:
    """'Trump claims that he ...' tagged as a plural noun: a word in -s that heads its
    sentence with a subject before it and a clause after it, and is a speech verb, is the
    verb the tagger missed."""
    if token.tag_ not in ("NNS", "NNPS") or not token.lower_.endswith("s") or (
            token.dep_ != "ROOT") or token.lemma_.casefold() not in SPEECH_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.i < token.i and c.pos_ in ("PROPN", "PRON", "NOUN")
               for c in token.children) and any(
        c.dep_ == "ccomp" and c.i > token.i for c in token.children)


def _subject_of(verb: Token) -> Token | None:
    """The speaker of a cue: its subject, its passive agent, or its governing verb's subject."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        # 'JAKARTA - Indonesia's foreign minister said': the dateline's place is no subject
        subjects = [c for c in subjects if not _dateline_word(c)] or subjects
    if len(subjects) > 1:
        # '"...," said Indivisible co-founder Ezra Levin' parsed with three subjects: the
        # name among them
        named = [c for c in subjects if c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG")]
        return named[-1] if named else subjects[0]
    if subjects:
        return subjects[0]
    for child in verb.children:
        if child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if verb.dep_ == "ROOT" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        # 'the aide, Ann Roe, who ... and at the time was a spokeswoman for X, wrote ...':
        # a long subject whose relative clause the parser turned into a complement clause
        # before the verb, taking the subject with it. An unquoted clause with no 'that'.
        for child in verb.lefts:
            if child.dep_ != "ccomp" or any(c.dep_ == "mark" for c in child.children) or any(
                    t.is_quote for t in child.subtree):
                continue
            found = next((c for c in child.children if c.dep_ == "nsubj"
                          and c.pos_ in ("NOUN", "PROPN") and c.i < child.i), None)
            if found is not None:
                return found
    for child in verb.children:
        if child.dep_ == "nsubjpass" and verb.lemma_.casefold() in PERCEIVING:
            return child  # 'Trump can be heard saying': who was heard says it
        if child.dep_ == "nsubjpass" and verb.lemma_.casefold() not in ("say", "tell", "report"):
            return None
    if (verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.lemma_.casefold() in
            SPEECH_VERBS and verb.head.head.lemma_.casefold() in SPEECH_VERBS):
        # 'X said it was opposed and warned Y ...' parsed with 'warned' joined to the reported
        # clause: the second speech verb shares the first one's subject.
        return _subject_of(verb.head.head)
    if verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBZ") and verb.head.pos_ == "VERB" and (
            verb.head.i < verb.i and any(t.text == "," for t in verb.doc[verb.head.i: verb.i])):
        # 'He paused, then added: "..."': the parser left the second verb loose; it shares
        # the first one's subject like a conjunct
        return _subject_of(verb.head)
    obj = _object_as_subject(verb)
    if obj is not None:
        return obj
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and verb.head.i < verb.i and not any(
            t.dep_ == "cc" or t.text in (",", ";") for t in verb.doc[verb.head.i + 1: verb.i]):
        # 'Lee changed course after a poll in Ohio said she ...': a conjunct with no 'and'
        # or comma before it is a misparse; its subject is the noun phrase that ends right
        # before it (inside a prepositional phrase), not the head verb's subject
        phrase = next((t for t in verb.doc[verb.head.i + 1: verb.i] if t.dep_ == "pobj"
                       and t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == verb.i - 1), None)
        if phrase is not None:
            return phrase
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        if verb.dep_ == "advcl" and verb.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1
                for c in verb.children):
            # 'Lee, who ..., went on to argue that ...': an infinitive hung on a verb shares
            # that verb's subject ('went so far as to say': through the adverbs it hangs on)
            governor = verb.head
            for _ in range(3):
                if governor.pos_ in ("VERB", "AUX") or governor.head.i == governor.i:
                    break
                governor = governor.head
            return _subject_of(governor)
        if verb.dep_ == "advcl" and verb.tag_ not in ("VBG",):
            return None
        if (verb.dep_ == "advcl" and verb.head.dep_ in ("relcl", "ccomp") and verb.i > 0
                and verb.doc[verb.i - 1].text == "," and verb.sent.root.i != verb.i
                and (verb.head.dep_ == "relcl" or verb.head.head.i == verb.sent.root.i)):
            # 'Trump was defensive about an architect who said ..., saying, "..."', 'Obama
            # disputed that Democrats feel betrayed, saying ...': a participle set off by a
            # comma after a relative or complement clause goes with the sentence's main
            # clause (the parser hangs it on the nearest verb). Not when that 'main clause' is
            # the quotation itself ('Trump defended his plan, saying on Twitter: "What ... is
            # ..."' hangs the clause on the quote's verb).
            root = verb.sent.root
            # 'It was Berg who revealed the plan, telling reporters that ...': in a cleft
            # the main clause is only 'it was'; the one it picks out speaks
            cleft = root.lemma_.casefold() == "be" and verb.head.dep_ == "relcl" and (
                verb.head.head.head.i == root.i and verb.head.head.dep_ == "attr") and any(
                c.dep_ == "nsubj" and c.lower_ == "it" for c in root.children)
            if not cleft and not (
                    root.i > verb.i and any(t.is_quote for t in verb.doc[verb.i: root.i])) and (
                    _object_as_subject(verb.head) is None):
                return _subject_of(root)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 1 and (
                verb.doc[verb.i - 1].text == ","):
            # 'The row grew when Reuters reported it, saying that ...': the parser hangs the
            # participle on the main verb, but a speech clause ending right at the comma
            # (a sibling under the same verb) is the one it continues
            sibling = next((c for c in verb.head.children if c.i < verb.i and c.dep_ in (
                "advcl", "ccomp", "conj") and c.right_edge.i == verb.i - 2
                and c.lemma_.casefold() in SPEECH_VERBS), None)
            found = next((c for c in sibling.children if c.dep_ == "nsubj"), None) if (
                sibling is not None) else None
            if found is not None:
                return found
        return _subject_of(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "a readout saying ...", "Moscow's summary, saying ..."
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in ("NOUN", "PROPN") and (
            verb.head.i < verb.i and verb.head.left_edge.i > 0
            and verb.doc[verb.head.left_edge.i - 1].lower_ in ("which", "that", "whom")):
        # 'the bill, which the bank's economist, Ann Lee, called "...",': the relative
        # clause's subject, which the parser took for the noun the verb describes
        return verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        quoter = verb.head.head
        if verb.head.lower_ == "as" and quoter.lemma_.casefold() in QUOTING_AS:
            # 'the readout quoted Li as saying that ...', 'Li was quoted as telling ...': the
            # one quoted speaks, not the account quoting them
            quoted = next((c for c in quoter.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if quoted is not None:
                return quoted
        # "by saying ...", "After saying ..., she was whisked off": the governing clause's
        # subject, passive or not.
        governor = verb.head.head
        if governor.i == verb.head.i:
            return None
        for _ in range(3):
            # 'stopped short of calling': up to the verb the phrase modifies
            # ('A day after telling ...': through the measure phrase too)
            if governor.pos_ in ("VERB", "AUX") or governor.head.i == governor.i or (
                    governor.dep_ not in ("advmod", "acomp", "prep", "amod", "npadvmod")):
                break
            governor = governor.head
        found = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return found if found is not None else _subject_of(governor)
    return None


def _dateline_word(token: Token) -> bool:
    """Is the token part of the dateline that opens its line ('CAIRO -', 'NEW DELHI -')?"""
    text = doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    return any(m.start() == line_start and token.idx < m.end() for m in datelines(text))


def _innermost_report(candidates: list[tuple[float, Frame]], tokens: list[Token]
                      ) -> list[tuple[float, Frame]]:
    """Of two verb cues that both govern the quote, the one inside the other's reported
    clause ('The Times reports Lee spoke on Friday, saying it was a matter for "voters"'):
    the quoted words are what the inner cue's speaker said, the outer one reports that."""
    governing = [f.cue for _, f in candidates if f.cue.pos_ == "VERB" and _governs(f.cue, tokens)]
    out = []
    for distance, frame in candidates:
        cue = frame.cue
        # (a participle introducing the words, 'saying': a finite verb there may be a
        # document's paraphrase, 'the cable warned that the agency advised "..."')
        if frame.speaker is not None and cue.tag_ == "VBG" and cue.dep_ == "advcl" and (
                cue.lemma_.casefold() not in NAMING_VERBS) and cue.i < tokens[0].i and (
                cue in governing) and any(
                other.i < cue.i and any(c.dep_ == "ccomp" and cue in c.subtree
                                        for c in other.children)
                for other in governing if other.i != cue.i):
            distance -= 0.00001
        if frame.speaker is not None and cue.dep_ == "pcomp" and cue.head.lower_ == "as" and (
                cue.head.head.lemma_.casefold() in QUOTING_AS) and cue in governing:
            # 'the account put X first, quoting Li as saying that ... "..."': the words are
            # the quoted one's, whatever verb of the account governs the sentence
            distance -= 0.00001
        out.append((distance, frame))
    return out


def _names_deed(verb: Token, tokens: list[Token]) -> bool:
    """Is the quote a short noun phrase with no finite verb that is ``verb``'s object?"""
    words = [t for t in tokens if t.is_alpha]
    if not words or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.pos_ == "PRON"
                        for t in words):
        return False
    head = next((t for t in words if t.head.i == verb.i and (t.dep_ == "dobj" or (
        t.dep_ == "xcomp" and t.tag_ == "VBG"))), None)
    return head is not None and all(t.i == head.i or head in t.ancestors for t in words)


def _cue_over_sentence(verb: Token, tokens: list[Token]) -> bool:
    """'But, Mr. Lee added, the party must not make "a hero" of him': a cue set off by
    commas inside its sentence, or after at most a conjunction opening it, reports the whole
    sentence, short quoted terms in it included."""
    if not tokens:
        return False
    span = _inserted_cue(verb)
    if span is None and _parenthetical(verb):
        span = (verb.sent.start, verb.sent.end)
    if span is None:
        doc, sent = verb.doc, verb.sent
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        lo = subject.left_edge.i if subject is not None else 0
        comma = next((t for t in doc[verb.i + 1: verb.i + 6] if t.text == ","), None)
        if subject is not None and lo > sent.start and doc[lo - 1].text == "," and (
                lo - 1 - sent.start <= 2 and verb.i - lo <= 6 and comma is not None
                and comma.i < sent.end - 3 and all(t.pos_ in ("CCONJ", "ADV", "SCONJ")
                                                     for t in doc[sent.start: lo - 1])):
            span = (comma.i + 1, sent.end)
    return span is not None and span[0] <= tokens[0].i < span[1]


def _object_as_subject(verb: Token) -> Token | None:
    """'The Times reports Lee on Friday set out her view': a subjectless reported clause
    whose subject the parser made the object of the reporting verb before it."""
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.i > verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in (
        "PROPN", "NOUN") and verb.head.i < c.i < verb.i), None)


def _adjacent_subject(verb: Token) -> Token | None:
    """A name or pronoun right before ('Sullivan [affirmed]') or right after ('Reported
    Reuters:', 'said Smith') a cue the parser left without a subject (markup, inversions)."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and (doc[j].text in "[(*_" or doc[j].tag_ == "RB") and verb.i - j <= 3:
        j -= 1
    if j >= 1 and doc[j].text == ",":
        # 'Trump, who would have to hand over his empire to run, said': skip a relative
        # clause of any length that ends right before the comma, to the name it describes
        clause = next((t for t in doc[max(0, j - 40): j] if t.dep_ == "relcl"
                       and t.right_edge.i == j - 1 and t.head.pos_ == "PROPN"
                       and t.head.i < t.i and doc[t.head.i + 1].text == ","), None)
        if clause is not None:
            return clause.head
    if j >= 1 and doc[j].text == "," and doc[j - 1].pos_ == "PROPN" and (
            doc[j - 1].ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "CARDINAL")):
        # 'After talks with his counterpart, Egypt's foreign minister, Ann Roe, told ...':
        # the parser hung the subject on a noun of the fronted phrase as its apposition,
        # leaving the cue without one; the name closing that apposition speaks
        name = doc[j - 1]
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:
            name = name.head
        if name.i == j - 1 and name.dep_ == "appos" and name.head.i < name.i and (
                name.head.pos_ == "NOUN"):
            return name  # (the name of a description: 'minister, Ann Roe,', not 'Roe, R-Ohio,')
    if j >= 0 and doc[j].text == ",":
        # 'Burns, a former ambassador to Moscow, wrote': skip the apposition.
        k = j - 1
        while k >= 0 and j - k <= 12 and doc[k].text != "," and not doc[k].is_sent_start:
            k -= 1
        if k > 0 and doc[k].text == "," and doc[k - 1].pos_ == "PROPN":
            return doc[k - 1]
    if j >= 0 and (doc[j].pos_ == "PROPN" and doc[j].ent_type_ not in ("DATE", "TIME")
                   or doc[j].lower_ in ("he", "she", "they", "it")):
        return doc[j]
    if j >= 0 and _misread_name(doc[j]):
        return doc[j]  # kept only if it resolves to a person of that surname (_frame_at)
    if verb.tag_ == "VBG":
        found = _with_subject(verb)
        if found is not None:
            return found
    if verb.tag_ in ("VBG", "VB"):
        return None  # a participle does not invert its subject ('said Smith', 'Reported
        # Reuters:', but not 'calling Smith')
    k = verb.i + 1
    while k < len(doc) and doc[k].text in "])*_#(" and k - verb.i <= 4:
        k += 1
    if k < len(doc) and doc[k].pos_ == "PROPN" and not any(
            c.dep_ in ("dobj", "dative", "oprd", "ccomp") and c.left_edge.i <= k <= c.right_edge.i
            for c in verb.children):
        while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
            k += 1
        return doc[k]
    return None


def _with_subject(verb: Token) -> Token | None:
    """'with Biden's adviser over the weekend stating that ...': the object of 'with' in the
    dozen words before a participle, when nothing but its modifiers stands between them."""
    doc = verb.doc
    if verb.dep_ == "pcomp" and verb.head.lower_ != "with":
        return None  # 'began his interview with X by asking': the 'by' phrase has its own doer
    for k in range(verb.i - 1, max(-1, verb.i - 12), -1):
        tok = doc[k]
        if tok.text in (".", ";", ":", ",") or tok.tag_.startswith("VB"):
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.pos_ in (
                "NOUN", "PROPN", "PRON"):
            return tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.pos_ == "PROPN" and (
                k == verb.i - 1):
            if tok.ent_type_ in ("GPE", "LOC") and tok.head.head.ent_type_ == "PERSON":
                return tok.head.head  # 'caught Senator Ann Lee of Ohio promising ...': the
                # person the home state follows, not the state
            return tok  # 'footage of Brandt saying ...': the name right before the participle
    return None


def _finding_source(verb: Token) -> Token | None:
    """The subject of 'show' / 'find' when it is a document, a poll or a body that rules
    ('a new poll shows that ...', 'the study found ...', 'an arbitration panel found ...'),
    else None: 'everyone finds it compelling' reports nobody's words."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    if subject.lemma_.casefold() in FINDING_SOURCES:
        return subject
    if verb.lemma_.casefold() == "find" and (
            subject.lemma_.casefold() in RULING_BODIES or subject.ent_type_ == "ORG"):
        return subject
    return None


def _issuer(source: Token) -> Token:
    """Who stands behind a document: 'a study by X' / 'research conducted by X' → X,
    'a Gallup poll' / 'Gallup's poll' → Gallup; else the document itself."""
    for child in source.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if child.dep_ == "acl":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if obj is not None:
                return obj
    named = [c for c in source.lefts if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
             and c.ent_type_ in ("ORG", "PERSON", "GPE")]
    return named[-1] if named else source


QUESTION_VERBS = {"ask", "inquire", "wonder", "query"}


def _in_question(verb: Token) -> bool:
    """Is the cue inside an indirect question ('asked whether he was suggesting that ...')?"""
    node = verb
    for _ in range(4):
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in ("whether", "if")
               and c.i < verb.i for c in node.children):
            return node.head.lemma_.casefold() in QUESTION_VERBS
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _hypothetical_or_negated(verb: Token) -> bool:
    if verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in verb.head.head.children):
        return True  # 'a statement saying X could defuse the crisis': no such statement yet
    if verb.tag_ == "VBG" and verb.dep_ == "ROOT" and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children) and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
            c.dep_ in ("ccomp", "conj") and c.i > verb.i and not any(
                g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) and any(
                g.dep_ == "aux" and g.lower_ in HYPOTHETICAL_AUX for g in c.children)
            for c in verb.children):
        # the same sentence parsed with the participle as its root and the modal predicate
        # ('could defuse') as the participle's complement with no subject of its own
        return True
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless") and child.i < verb.i:
            return True  # 'If Tehran says it is ready, ...': a condition, not a statement
        if child.dep_ == "nsubj" and (child.lower_ in NOBODY or any(
                c.dep_ == "det" and c.lower_ in ("no", "neither") for c in child.children)):
            return True  # 'No one said the talks would be easy', 'Neither side said ...'
        if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX:
            return True
        if child.dep_ == "aux" and child.lower_ == "to" and not _ongoing(verb):
            return True  # "declined to say", "is expected to announce"
    return False


# Audiences and occasions a speaker tells something to ('told a briefing that ...').
AUDIENCE_NOUNS = {"briefing", "conference", "meeting", "audience", "reporter", "journalist",
                  "parliament", "lawmaker", "session", "forum", "summit", "gathering", "crowd",
                  "rally", "committee", "hearing", "assembly", "legislator", "press"}

# Subjects that deny the statement was made by anyone ('nobody said', 'none of them said').
NOBODY = {"nobody", "none", "neither", "noone"}

# Verbs whose gerund or infinitive complement is a statement not made ('avoided saying',
# 'refrained from claiming', 'stopped short of saying').
WITHHOLDING = {"avoid", "refrain", "decline", "refuse", "stop", "fail", "hesitate",
               "shy", "balk", "evade", "dodge", "sidestep"}
# Verbs whose passive or bare participle has the addressee as its subject ('X, asked
# whether ..., said'; 'X was told that ...'): the subject did not say the content.
ADDRESSEE_VERBS = {"ask", "tell", "warn", "urge", "advise", "inform", "assure", "remind",
                   "exhort", "question", "press"}


def _block_after_colon(verb: Token) -> Span | None:
    """'The governor added:' closing its paragraph, then a paragraph of the speaker's words
    set as a block without quotation marks (transcripts, long excerpts): that paragraph.
    Only a cue in the past or present with its subject right before it, and a paragraph
    of at least a sentence's length that opens with a word, not a mark or a label."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i + 2 >= len(doc):
        return None
    if doc[verb.i + 1].text != ":" or not any(c.dep_ == "nsubj" and c.i < verb.i
                                              for c in verb.children):
        return None
    text = doc_text(doc)
    colon_end = doc[verb.i + 1].idx + 1
    gap = re.match(r"[^\S\n]*\n\s*\n\s*", text[colon_end:])
    if gap is None:
        return None  # the paragraph goes on after the colon
    start = colon_end + gap.end()
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    if not text[start:start + 1].isalpha() or TRANSCRIPT_LABEL.match(text, start):
        return None
    if len(text[start:end].split()) < 6 or MARK.search(text, start, end):
        return None
    return doc.char_span(start, end, alignment_mode="contract")


def _withheld(verb: Token) -> bool:
    """Is the cue a gerund governed by a verb of withholding ('avoiding saying it would
    end', 'stopped short of claiming')? Nobody made that statement."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "pcomp", "dobj", "ccomp"):
        return False  # ('shied away from it, saying ...': an aside, a statement made)
    node = verb
    for _ in range(3):  # through 'from' / 'short of' to the governing verb
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node.lemma_.casefold() in WITHHOLDING
        # only 'refrained from', 'stopped short of' ('aside from saying' is no refusal)
        if not (node.lower_ in ("from", "of") and node.dep_ == "prep" or node.lower_ == "short"):
            return False
    return False


def _put_to_subject(verb: Token) -> bool:
    """A bare past participle of a verb of asking or telling set off in the sentence
    ('X, asked if she backed the tariff, said ...', 'Asked about it, X said'): the
    question or message was put to the subject by someone else; reported content of
    the subject it is not. (A perfect 'has asked whether' is the subject's own.)"""
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.casefold() not in ADDRESSEE_VERBS:
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children):
        return False  # 'has asked' (active) or 'was asked' (passive, kept with no speaker)
    doc = verb.doc
    sent = verb.sent
    # set off at the start of the sentence or after a comma, and followed by a comma and
    # the sentence's own finite verb ('..., said she needed time'); the parser tags the
    # bare participle as a past tense, at times with the main verb's subject as its own
    if not (verb.i == sent.start or doc[verb.i - 1].text in (",", "\u2014", "--")):
        return False
    if verb.dep_ not in ("acl", "advcl", "parataxis", "ROOT"):
        return False
    comma = next((t.i for t in doc[verb.i + 1:sent.end] if t.text in (",", "\u2014", "--")),
                 None)
    return comma is not None and any(t.tag_ in ("VBD", "VBZ", "VBP") and t.pos_ == "VERB"
                                     for t in doc[comma + 1:sent.end])


def _ongoing(verb: Token) -> bool:
    """'continues to insist', 'went on to say', 'proceeded to claim': the infinitive is a
    statement made (or still being made), not one declined or expected. (The parser hangs
    the infinitive as a complement or, after 'went on', as an adverbial clause.)"""
    if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
        return False
    governor = verb.head
    if any(c.dep_ in ("neg", "aux") and c.lower_ in HYPOTHETICAL_AUX | {"not", "n't", "to"}
           for c in governor.children):
        return False  # 'will continue to say', 'did not go on to say'
    lemma = governor.lemma_.casefold()
    return lemma in ("continue", "proceed", "keep") or (lemma == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in governor.children))


def _clean_content(span: Span, cue: Token | None = None) -> Span:
    """Reported content without a leading 'that' or punctuation, within one paragraph (the
    cue's, when the content comes before the cue), without trailing punctuation."""
    while len(span) and (span[0].lower_ in ("that", ",", "—", "-", ":") or span[0].is_space):
        span = span[1:]
    dateline = DATELINE.match(span.doc.text, span.start_char) if len(span) else None
    if dateline is not None and dateline.end() < span.end_char:
        # 'DOHA - The pledges were made ..., according to X': the dateline is the reporter's
        start = next(t.i for t in span if t.idx >= dateline.end())
        span = span.doc[start: span.end]
    span = _within_paragraph(span, keep_last=cue is not None and span.end <= cue.i)
    if cue is not None and span.end <= cue.i:
        # 'The talks failed; they would resume, officials said': a content before its cue
        # starts after the last semicolon, which closes another statement
        cut = max((t.i for t in span if t.text == ";"), default=None)
        if cut is not None and span.end - cut > 3:
            span = span.doc[cut + 1:span.end]
    if cue is not None and cue.lower_ != "according":
        # '<X said Y>, according to the Tribune': the source of the report closes the
        # sentence; it is not part of what X said
        for tok in span[1:]:
            if (tok.lower_ == "according" and tok.i + 1 < span.end
                    and tok.nbor().lower_ == "to" and tok.nbor(-1).text == ","
                    and tok.i - 1 > span.start and span.end <= tok.sent.end
                    and not any(t.is_sent_start for t in span.doc[tok.i + 1:span.end])):
                span = span.doc[span.start:tok.i - 1]
                break
    while len(span) and (span[-1].is_punct or span[-1].is_space) and span[-1].text not in ")]":
        span = span[:-1]
    return span


def _content_candidates(verb: Token, accord: bool) -> list[tuple[int, int]]:
    """Token ranges that may hold the reported content of a speech verb, best first: the
    caller takes the first one free of quotation marks."""
    found: list[tuple[int, int]] = []
    if not accord and _parenthetical(verb):
        # 'The plan, she said, would fail': the cue interrupts the clause it reports; the
        # content is the whole clause (the offsets stay contiguous, so they enclose the cue).
        head = verb.head
        found.append((head.left_edge.i, head.right_edge.i + 1))
    elif not accord:
        inserted = _inserted_cue(verb) or _as_inserted_cue(verb) or _fronted_as_cue(verb)
        if inserted is not None:
            found.append(inserted)
    content = _content_of(verb, accord)
    if content is not None:
        other = _other_statement_end(verb.doc, content)
        if other is not None:
            content = (content[0], other)
        found.append(content)
        own = _own_clause_end(verb.doc, content)
        if own is not None:
            # 'she said X, and when pressed, the aide replied "..."': a coordinated clause
            # with a subject of its own is another statement; X alone is the content.
            found.append((content[0], own))
    return found


def _time_clause(clause: Token) -> bool:
    """'as Garner said before he died': a clause of time or cause the parser hung on the cue
    as its complement tells when or why it was said, not what."""
    return any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS - {"if"} and c.i < clause.i
               for c in clause.children)


def _gapped(verb: Token, clause: Token) -> bool:
    """'Everything Price says is a lie': a finite complement with no subject of its own after
    the cue is the sentence's own predicate (the cue sits in a relative clause with its
    object gapped), not something said. (When the parser hung the clause's subject on the
    cue as an object, 'explaining the firings amounted to ...', the clause is reported.)"""
    if clause.tag_ not in ("VBZ", "VBD", "VBP"):
        return False
    if any(c.dep_ in ("dobj", "dative", "attr") and verb.i < c.i < clause.i
           for c in verb.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for c in clause.children):
        return False
    doc = clause.doc
    first = doc[clause.left_edge.i]
    return first.i == clause.i or first.dep_ in ("aux", "auxpass", "neg", "advmod")


def _own_clause_end(doc: Doc, content: tuple[int, int]) -> int | None:
    """Where the reported clause ends when a coordinated clause with its own subject
    follows it inside ``content`` (the token index of the joining comma or conjunction)."""
    lo, hi = content
    heads = [t for t in doc[lo:hi] if t.head.i < lo or t.head.i >= hi or t.head.i == t.i]
    for head in heads:
        for conj in head.children:
            if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or conj.i >= hi:
                continue
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) and not (
                    conj.lemma_.casefold() in SPEECH_VERBS and conj.tag_ in ("VBD", "VBZ")):
                # ('said the plan failed and said ...': a second cue of the same speaker,
                # hung on the first one's clause, starts a statement of its own)
                continue
            cut = conj.left_edge.i
            while cut > lo and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            return cut if cut - lo >= 3 else None
    return None


def _other_statement_end(doc: Doc, content: tuple[int, int]) -> int | None:
    """Where the reported clause ends when a contrasting clause of another speaker follows
    it inside ``content`` (the token index of the comma that sets it off)."""
    lo, hi = content
    for sub in doc[lo:hi]:
        # 'Ann said she would come, while Bo said he would not': a contrasting clause set
        # off by a comma whose own subject speaks is another statement, not part of Ann's
        if sub.dep_ != "advcl" or sub.lemma_.casefold() not in SPEECH_VERBS or not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in sub.children):
            continue
        mark = next((c for c in sub.children if c.dep_ == "mark" and c.i < sub.i
                     and c.lower_ in CONTRAST_MARKS), None)
        if mark is None:
            continue
        cut = mark.i - 1 if mark.i > 0 and doc[mark.i - 1].lower_ == "even" else mark.i
        if cut > lo and doc[cut - 1].text == "," and cut - 1 - lo >= 3:
            return cut - 1
    return None


# Subordinators of a clause that sets another party's statement against the reported one.
CONTRAST_MARKS = {"while", "whereas", "as", "whilst"}


def _that_clause_in_object(verb: Token) -> Token | None:
    """'told a meeting of island leaders that few people understood ...': the complement
    clause the parser hung as a relative clause inside the object. A true relative 'that'
    fills a gap of its clause (subject or object); here it is a mere marker and the clause
    has a subject of its own."""
    lemma = verb.lemma_.casefold()
    obj = None
    if lemma in INDIRECT_VERBS:
        # 'yelled to the officers that her husband was unarmed': the same misparse inside
        # the addressee after 'to'
        to = next((c for c in verb.children if c.dep_ in ("prep", "dative")
                   and c.lower_ == "to" and c.i > verb.i), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if obj is None:
            # 'said in a statement that the agent was fired ...': the same misparse inside
            # the medium the words came in
            within = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                           and c.i > verb.i), None)
            obj = next((c for c in within.children if c.dep_ == "pobj"
                        and c.lemma_.casefold() in STATEMENT_NOUNS), None) if within else None
    if obj is None and lemma in INDIRECT_VERBS:
        late = _that_clause_after_adjunct(verb)
        if late is not None:
            return late
    if obj is None and lemma not in ("tell", "inform", "assure", "remind", "warn"):
        return None
    obj = obj or next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if obj is None or any(t.lower_ in ("so", "such") for t in obj.subtree):
        return None  # 'tells so many lies that ...': a result clause
    for tok in obj.subtree:
        if tok.dep_ not in ("relcl", "acl") or tok.i <= obj.i:
            continue
        first = tok.doc[tok.left_edge.i]
        # ('told a regular briefing that ships had acted ...': 'that' read as the object of
        # the clause's verb; an audience has no such relative clause in news prose)
        marker = first.dep_ == "mark" or (first.dep_ == "dobj" and first.head.i == tok.i
                                          and obj.lemma_.casefold() in AUDIENCE_NOUNS)
        if first.lower_ == "that" and marker and any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") and c.i != first.i
                for c in tok.children):
            return tok  # (a clause for a subject too: 'that allowing X will raise money')
    return None


def _marked_that_clause(clause: Token) -> bool:
    """Does ``clause`` open with a marker 'that' and have a subject of its own?"""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ == "that" and first.dep_ == "mark" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in clause.children)


# Prepositions of a phrase saying when or where something was said ('before the ceremony').
WHEN_WHERE_PREPS = {"before", "after", "during", "at", "in", "following", "ahead", "from"}


def _that_clause_after_adjunct(verb: Token) -> Token | None:
    """'told reporters in the Oval Office before the ceremony that ...', 'said before the
    envoy arrived that ...': a when-phrase or when-clause between the cue and its 'that'
    clause, which the parser took for the clause's head (a relative clause of 'ceremony',
    a complement of 'arrived'). The cue has no complement of its own then."""
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    for adjunct in verb.children:
        if adjunct.i < verb.i:
            continue
        if adjunct.dep_ == "prep" and adjunct.lower_ in WHEN_WHERE_PREPS:
            # (not 'reported on her claims that ...': the clause is the claim's, not the cue's)
            nouns = [c for c in adjunct.children if c.dep_ == "pobj"
                     and c.lemma_.casefold() not in CUE_NOUNS]
            holders = [t for n in nouns for t in n.children if t.dep_ in ("relcl", "acl")
                       and t.i > n.i]
        elif adjunct.dep_ == "advcl" and adjunct.lemma_.casefold() not in SPEECH_VERBS and any(
                c.dep_ == "mark" and c.lower_ in ("before", "after", "when", "as", "while")
                for c in adjunct.children):
            holders = [t for t in adjunct.children if t.dep_ in ("ccomp", "advcl")
                       and t.i > adjunct.i]
        else:
            continue
        for clause in holders:
            if _marked_that_clause(clause):
                return clause
    return None


def _that_read_as_object(verb: Token) -> tuple[int, int] | None:
    """'stressed that a settlement required ...', 'warned that countries ... face shortages'
    parsed with the complementizer 'that' as a pronoun object (beside a second object) or as
    a demonstrative of a plural noun ('that countries' cannot be one): the content is the
    clause after 'that'."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "that":
        return None
    that = doc[verb.i + 1]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > that.i]
    if that.dep_ == "dobj" and that.head.i == verb.i and objects:
        noun = objects[0]
    elif that.dep_ == "det" and that.head.tag_ in ("NNS", "NNPS") and that.head.dep_ == "dobj" and (
            that.head.head.i == verb.i):
        noun = that.head
    else:
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in noun.subtree):
        return None  # ('noted that point'): no clause, no report
    hi = noun.right_edge.i + 1
    while hi > that.i + 1 and doc[hi - 1].is_punct:
        hi -= 1
    return that.i + 1, hi


def _comma_that(mark: Token) -> bool:
    """A plain 'that' right after a comma, marking the clause it opens ('..., that the plant
    would close'), not part of 'so that' / 'now that'."""
    return mark.dep_ == "mark" and mark.lower_ == "that" and mark.i > 0 and (
        mark.doc[mark.i - 1].text == ",")


def _that_clause_ahead(verb: Token) -> tuple[int, int] | None:
    """'The nominee continues to insist, most recently in an interview, that he wants ...'
    parsed with the that-clause as the sentence's main clause and the cue (or the verb it
    hangs on) as that clause's complement before it: the content is the clause after the
    comma and 'that'."""
    governor = verb.head if _ongoing(verb) else verb
    head = governor.head
    if governor.dep_ != "ccomp" or head.i <= verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    that = next((c for c in head.children if _comma_that(c) and c.i > verb.i), None)
    if that is None or head.left_edge.i != governor.left_edge.i:
        return None  # (the cue's own part must open the sentence the clause closes)
    return that.i + 1, head.right_edge.i + 1


def _that_clause(verb: Token) -> bool:
    """Does a clause opened by 'that' follow the verb as its complement? After 'write' and
    'post' a finite clause with a subject of its own will do without the 'that' ('the
    chairs wrote they expect the report soon'); 'estimated 50 dead' keeps needing it."""
    bare = verb.lemma_.casefold() in ("write", "post")
    # ("wrote on Telegram that the West was lying": the parser may take that "that" for a
    # pronoun of the clause; opening it, it still marks it)
    return any(c.dep_ == "ccomp" and c.i > verb.i and (any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children) or
        c.left_edge.lower_ == "that" and c.left_edge.i > verb.i or (
        bare and c.tag_ in ("VBD", "VBZ", "VBP", "MD") and not c.left_edge.tag_.startswith("W")
        and any(
            g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children)))
        for c in verb.children)


def _inserted_cue(verb: Token) -> tuple[int, int] | None:
    """The sentence around ', <subject> said,' when the parser did not read the cue as
    inserted: a comma, a short subject (a name, a pronoun or a short description), the cue
    with at most a few modifiers, a comma, and words of the sentence on both sides."""
    doc = verb.doc
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None  # the parser found the reported clause: no need to guess
    if verb.lemma_.casefold() in OBJECT_ONLY_VERBS:
        return None  # 'On Monday, X spoke to builders, promising ...' reports no clause
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return None
    lo = subject.left_edge.i
    if lo < 1 or doc[lo - 1].text != "," or verb.i - lo > 6:
        return None
    if any(t.text in (",", ";", ":") for t in doc[lo:verb.i]):
        return None
    k = verb.i + 1
    # a few modifiers, or a few more when none is a verb ('he told Wallace in front of
    # cameras,'): an addressee and a place or time, not a clause of its own
    while k < len(doc) and doc[k].text != "," and not doc[k].is_sent_start and (
            k - verb.i <= 5 or k - verb.i <= 8 and not any(
                t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1:k + 1])):
        k += 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    sent = verb.sent
    # ('Instead, the paper reports, the council spent it': one sentence adverb before the
    # attribution will do; the clause it reports is all after it)
    opener = lo - 1 - sent.start == 1 and doc[sent.start].tag_ in ("RB", "CC") and (
        verb.head.i > k)
    if (lo - 1 - sent.start < 2 and not opener) or sent.end - k < 4:
        return None
    return sent.start, sent.end


def _as_inserted_cue(verb: Token) -> tuple[int, int] | None:
    """'The harbor, as the mayor noted, rarely freezes': an attribution opened by 'as' set
    off by commas inside the clause it reports. The content is the whole sentence (the
    offsets stay contiguous, so they enclose the cue). Only a short subject between 'as'
    and the cue, a particle or adverb or two after it, and words on both sides."""
    doc = verb.doc
    sent = verb.sent
    opener = next((k for k in range(verb.i - 1, max(sent.start, verb.i - 10) - 1, -1)
                   if doc[k].lower_ == "as"), None)
    if opener is None or opener - 1 <= sent.start or doc[opener - 1].text != ",":
        return None
    # '..., and, as TPM notes, his district is 35 percent Latino': a new clause opens
    # after the attribution; it alone is the content
    fresh = opener - 2 > sent.start and doc[opener - 2].lower_ in ("and", "but", "so")
    if not fresh and any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:opener - 1]):
        # 'If X does it, as the president said he would, ...', 'X lashed out, as he has
        # alleged before, ...': the aside follows a clause, not the subject of the clause
        # it interrupts; where the report begins and ends is unclear
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(t.is_punct for t in doc[opener + 1:verb.i]) or len(subjects) != 1 or not (
            opener < subjects[0].i < verb.i):
        return None  # (a second subject hung on the cue would be taken for the speaker)
    k = verb.i + 1
    while k < sent.end and k - verb.i <= 5 and doc[k].text != "," and (
            verb.left_edge.i <= k <= verb.right_edge.i) and verb.is_ancestor(doc[k]):
        k += 1  # 'pointed out', 'noted on Monday'
    if k >= sent.end or doc[k].text != "," or sent.end - k < 4:
        return None
    return (k + 1, sent.end) if fresh else (sent.start, sent.end)


# Verbs that attribute a clause when they open it as 'As X noted, ...' ('as' of manner, not
# of time: 'As the crowd chanted, police moved in' reports nothing).
AS_ATTRIBUTION_VERBS = {
    "say", "note", "point", "observe", "argue", "report", "explain", "write", "remark",
    "state", "mention", "suggest", "predict", "warn", "acknowledge", "concede", "claim", "put",
    "recall", "reveal", "indicate", "emphasize", "emphasise", "stress", "confirm", "contend",
    "insist", "tell", "tweet", "announce", "assert", "conclude", "add", "allege", "testify",
}


def _fronted_as_cue(verb: Token) -> tuple[int, int] | None:
    """'As the mayor noted on Monday, the harbour rarely freezes': an attribution opened by
    'as' at the head of the sentence (after 'But,' or 'And' at most) reports the clause
    after its comma. Not when the cue has a clause or object of its own ('As he said he
    would, ...', 'As she announced the plan, ...'), except 'As X put it'."""
    doc = verb.doc
    sent = verb.sent
    lemma = verb.lemma_.casefold()
    if verb.dep_ != "advcl" or verb.i > verb.head.i or lemma not in AS_ATTRIBUTION_VERBS:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or mark.i != verb.left_edge.i:
        return None
    if any(not (t.is_punct or t.dep_ in ("cc", "advmod")) for t in doc[sent.start:mark.i]) or (
            mark.i - sent.start > 3):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and mark.i < c.i < verb.i for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp", "advcl", "conj"):
            return None
        if child.dep_ == "dobj" and not (lemma == "put" and child.lower_ == "it"):
            return None
    if lemma == "put" and not any(c.dep_ == "dobj" for c in verb.children):
        return None
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    comma = verb.right_edge.i + 1
    if comma >= sent.end or doc[comma].text != "," or verb.head.right_edge.i - comma < 3:
        return None
    return comma + 1, verb.head.right_edge.i + 1


def _may_speak(subject: Token) -> bool:
    """Can ``subject`` be someone who states something: a name, a personal pronoun, or a
    common noun for people, a body or a document ('officials', 'the ministry', 'the letter'),
    as opposed to things and events ('the storm', 'the vote')?"""
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "they", "we", "i", "you", "who")
    lemma = subject.lemma_.casefold()
    if lemma in PERSON_NOUNS or lemma in BODY_NOUNS or lemma in DOCUMENT_NOUNS:
        return True
    # plural nouns of agents ('engineers', 'scientists', 'historians')
    return subject.tag_ == "NNS" and subject.lower_.endswith(("ers", "ors", "ists", "ians"))


def _made_clear_clause(verb: Token) -> Token | None:
    """'X made (it) clear (that) Y': a statement whose cue is 'make clear'; the clause Y (a
    finite clause with a subject of its own, not a question: 'did not make clear whether'
    reports nothing)."""
    if verb.lemma_.casefold() != "make":
        return None
    subject = _subject_of(verb)
    if subject is None or not _may_speak(subject):
        return None  # 'The storm made it clear that the pier was unsafe': nobody said so
    doc = verb.doc
    at = verb.i + 2 if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "it" else verb.i + 1
    if at >= len(doc) or doc[at].lower_ != "clear" or not verb.is_ancestor(doc[at]):
        return None
    clear = doc[at]  # (hung on the verb, or at times on the clause it introduces)
    for node in (clear, verb):
        for clause in node.children:
            if clause.dep_ not in ("ccomp", "advcl", "csubj") or clause.i <= clear.i:
                continue
            if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children):
                continue
            if any(g.dep_ == "mark" and g.lower_ != "that" for g in clause.children):
                return None
            return clause
    return None


def _before_inserted_cue(piece: Span, verb: Token,
                         inside: list[tuple[int, int]]) -> Span | None:
    """The part of ``piece`` before a cue that interrupts it ('Many visitors were older, she
    said, and "..."'), when that part is free of quotation and reads as a clause: at least
    three words with a verb, set off from the attribution by a comma or dash."""
    doc = verb.doc
    if not piece.start < verb.i < piece.end or verb.dep_ == "relcl":
        return None
    subject = _subject_of(verb)
    if subject is not None and subject.lower_ in ("who", "which", "that"):
        return None  # 'Wonder, who joked of it, "..."': a relative clause interrupts nothing
    cut = verb.i
    if subject is not None and subject.i < verb.i:
        cut = min(cut, subject.left_edge.i)
    while cut > piece.start and doc[cut - 1].lower_ in ("as", "but", "and"):
        cut -= 1
    if cut <= piece.start or doc[cut - 1].text not in (",", "\u2014", "\u2013", "--"):
        return None
    head = _clean_content(doc[piece.start:cut - 1])
    if len(head) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in head):
        return None
    if head[0].tag_ in ("VBG", "VBN") or not any(
            t.dep_ in ("nsubj", "nsubjpass", "expl") for t in head):
        return None  # 'Asked about it, she said, "..."' sets the scene, it is not her point
    if any(_in_any(t.idx, inside) for t in head) or MARK.search(head.text):
        return None
    return head


def _unquoted_conjunct(piece: Span, verb: Token,
                       inside: list[tuple[int, int]]) -> Span | None:
    """'told Y that she had never met him, and that there had "never been ..."': of two
    reported that-clauses joined by 'and that', the one with no quotation marks in it is
    reported speech in the writer's words (the quoted one is left to the direct quote)."""
    doc = piece.doc
    m = re.search(r",?\s+and\s+that\s+", piece.text)
    if m is None or piece.start <= verb.i:
        return None
    lo, hi = piece.start_char, piece.end_char
    for a, b in ((lo, lo + m.start()), (lo + m.end(), hi)):
        part = doc.char_span(a, b, alignment_mode="contract")
        if part is None or len(part) < 3 or MARK.search(part.text) or any(
                _in_any(t.idx, inside) for t in part):
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in part):
            return _clean_content(part)
    return None


ASIDE_OPENERS = {"as", "while", "though", "although", "but", "because", "even", "adding",
                 "saying", "noting", "calling", "describing", "contending", "arguing"}


def _before_quoted_aside(piece: Span, verb: Token,
                         inside: list[tuple[int, int]]) -> Span | None:
    """'he said he would not allow it to distract him, as he likened what he described as a
    "prank" to ...': the reported clause ends at the comma that opens an aside (as, while,
    adding, ...) holding the quoted words; what stands before it is the speaker's point in
    the writer's words."""
    doc = piece.doc
    if piece.start <= verb.i:
        return None  # (only a clause the cue introduces, not one the parser hung before it)
    first = next((t.i for t in piece if MARK.fullmatch(t.text) or _in_any(t.idx, inside)), None)
    if first is None:
        return None
    for comma in range(first - 1, piece.start + 2, -1):
        if doc[comma].text == "," and comma + 1 < len(doc) and (
                doc[comma + 1].lower_ in ASIDE_OPENERS):
            part = doc[piece.start: comma]
            if len(part) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in part) and not (
                    MARK.search(part.text)):
                return _clean_content(part)
    return None


def _unattributed_ok(verb: Token, span: Span) -> bool:
    """May a cue without a subject report ``span`` with no speaker? Only a cue in the past
    or present that reports a clause (not an imperative, a bare infinitive or a question
    of what someone will say), outside its own content."""
    if verb.tag_ in ("VB",) or span.start <= verb.i < span.end:
        return False
    if verb.head.lower_ == "worth":
        return False  # 'it is worth noting that ...': the author's own voice
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in span)


def _before_dash(piece: Span, verb: Token, inside: list[tuple[int, int]]) -> Span | None:
    """The content of a cue up to a dash or semicolon that ends it before a quotation
    begins ('called on Obama to retaliate -- meddling that he said would "sow discord"'):
    what follows the break is a new thought, the part before it is the speaker's."""
    doc = verb.doc
    if piece.start <= verb.i:
        return None  # only a content after its cue
    first = next((t.i for t in piece if _in_any(t.idx, inside) or MARK.search(t.text)), None)
    if first is None:
        return None
    brk = next((t.i for t in reversed(doc[piece.start:first])
                if t.text in ("—", "–", "--", ";")), None)
    if brk is None:
        return None
    head = _clean_content(doc[piece.start:brk])
    if len(head) < 3 or not any(t.pos_ in ("VERB", "AUX", "NOUN") for t in head):
        return None
    return head


def _parenthetical(verb: Token) -> bool:
    """Is the cue set off by commas inside the clause it reports ('..., he said, ...')?"""
    if verb.dep_ != "parataxis" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    doc = verb.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i
    before = doc[lo] if doc[lo].text in (",", "—", "--") else doc[lo - 1] if lo > 0 else None
    after = doc[hi] if doc[hi].text in (",", "—", "--") else (
        doc[hi + 1] if hi + 1 < len(doc) else None)
    if before is None or after is None or before.i >= after.i:
        return False
    if before.text not in (",", "—", "--") or after.text not in (",", "—", "--"):
        return False
    # words of the reported clause on both sides of the cue
    return before.i > verb.head.left_edge.i and after.i < verb.head.right_edge.i - 1


def _content_of(verb: Token, accord: bool) -> tuple[int, int] | None:
    """Token range of the reported content of a speech verb."""
    doc = verb.doc
    if accord:
        # "According to X, <clause>" / "<clause>, according to X": the governing clause.
        head = verb.head
        while head.dep_ not in ("ROOT",) and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
            head = head.head
        if any(a.lemma_.casefold() in SPEECH_VERBS and a.pos_ == "VERB" and any(
                c.dep_ == "nsubj" for c in a.children) and any(
                c.dep_ == "ccomp" for c in a.children) for a in [head, *head.ancestors]):
            # 'X said Y, according to the Tribune': the paper is where the report came
            # from; the statement is X's, reported from the cue 'said'
            return None
        sent = verb.sent
        phrase_lo = verb.i
        phrase_hi = max(t.i for t in verb.subtree) + 1
        obj = verb.nbor()
        phrase_hi = max(phrase_hi, obj.right_edge.i + 1)
        if head.dep_ in ("relcl", "advcl") and head.left_edge.i <= phrase_lo and (
                head.right_edge.i >= phrase_hi) and verb.head.i == head.i:
            # 'the caucus, in which, according to polls, Lee won 44 percent': the claim is
            # the clause the phrase sits in, not the whole sentence around it
            before = (head.left_edge.i, phrase_lo)
            after = (phrase_hi, head.right_edge.i + 1)
            return max(before, after, key=lambda r: r[1] - r[0])
        if phrase_lo <= sent.start + 1:
            return phrase_hi, sent.end
        if doc[phrase_lo - 1].text == "," and phrase_hi < sent.end - 3 and (
                doc[phrase_hi].text == ",") and head.i > phrase_hi:
            # 'The plan, according to aides, would cut taxes': the phrase interrupts the
            # clause it sources; the content is the whole clause (offsets stay contiguous)
            return sent.start, sent.end
        tail = next((t for t in head.children if t.dep_ == "conj" and t.i > phrase_hi
                     and t.pos_ in ("VERB", "AUX") and any(
                         c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
        if tail is not None and doc[phrase_lo - 1].text == "," and phrase_hi + 1 < sent.end and (
                doc[phrase_hi].text == "," and doc[phrase_hi + 1].lower_ == "and"):
            # '<clause>, according to X, and <clause>': the phrase sources both clauses of
            # the sentence it sits in (offsets stay contiguous)
            end = tail.right_edge.i + 1
            while end > tail.i + 1 and doc[end - 1].is_punct:
                end -= 1
            return sent.start, end
        return sent.start, phrase_lo
    made_clear = _made_clear_clause(verb)
    if made_clear is not None:  # 'made clear that ...'
        clear = next(t.i for t in doc[verb.i + 1:verb.i + 3] if t.lower_ == "clear")
        return max(made_clear.left_edge.i, clear + 1), made_clear.right_edge.i + 1
    if any(c.dep_ == "dobj" and c.tag_ == "WP" and c.i < verb.i for c in verb.children):
        # 'did not cite what Clinton said that he considered a lie': the cue's object is the
        # 'what' before it; the clause after it describes that, it is nothing reported
        return None
    if verb.lemma_.casefold() in OBJECT_ONLY_VERBS:
        asked = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if verb.lemma_.casefold() == "ask" and asked is not None and (
                asked.left_edge.lower_ in ("whether", "if") or asked.left_edge.tag_.startswith("W")):
            return asked.left_edge.i, asked.right_edge.i + 1  # 'asked whether / why ...'
        return _object_content(verb)
    # the clause after the cue first: 'Writing for a panel that agreed Pence won, X noted
    # that ...' also hangs the misparsed 'won' on the cue
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None) or (
        next((c for c in verb.children if c.dep_ == "ccomp"), None))
    if clause is not None and clause.i > verb.i and (_time_clause(clause)
                                                     or _gapped(verb, clause)):
        return None
    if clause is None:
        # 'said after the meeting he would stay': the parser hangs the reported clause as an
        # adverbial one; with a subject of its own and no subordinator it is the content.
        # ('told reporters, after a long meeting, that the plant would close': a plain 'that'
        # after a comma marks a complement too, never a clause of time or purpose.)
        clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                       and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                       and not any(g.dep_ in ("mark", "advmod") and g.i < c.i
                                   and not _comma_that(g) for g in c.children)), None)
    if clause is None and _ongoing(verb):
        # 'continues to insist, most recently in ..., that ...': the parser hangs the
        # clause on 'continues'
        clause = next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i > verb.i
                       and any(_comma_that(g) for g in c.children)), None)
    if clause is None:
        clause = _that_clause_in_object(verb)
    if clause is None:
        ahead = _that_clause_ahead(verb)
        if ahead is not None:
            return ahead
    if clause is None and verb.lemma_.casefold() in INDIRECT_VERBS:
        misread = _that_read_as_object(verb)
        if misread is not None:
            return misread
    if clause is None and verb.dep_ == "advcl" and verb.i > verb.head.i:
        # '<clause>, as police have said': the clause the 'as' attribution closes
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (mark is not None and subject is not None and mark.i > 0 and doc[mark.i - 1].text
                == "," and verb.right_edge.i + 2 >= verb.sent.end and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)):
            lo = verb.head.left_edge.i
            return (lo, mark.i - 1) if mark.i - 1 - lo >= 3 else None
    if clause is not None and clause.i > verb.i:
        lo = clause.left_edge.i
        if clause.dep_ == "advcl":
            own = next(g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass"))
            lo = max(lo, own.left_edge.i)
        elif lo == verb.i + 1 and not any(c.dep_ == "mark" for c in clause.children):
            # 'said on Tuesday he would ...': a time phrase between the cue and the subject
            # of a clause without 'that' tells when it was said, not what
            doer = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            lead = [c for c in clause.children if c.i < (doer.i if doer is not None else lo)]
            if doer is not None and lead and all(
                    c.dep_ in ("prep", "npadvmod") and c.right_edge.i < doer.left_edge.i
                    and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
                    for c in lead):
                lo = doer.left_edge.i
        return lo, clause.right_edge.i + 1
    if clause is not None and clause.i < verb.i:
        # "<clause>, X said": the clause ends before the subject of the cue.
        if any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS and clause.i < c.i < verb.i
               for c in verb.children):
            # 'Kim restated her view, hours after Lee said ...': the cue sits in a clause of
            # time or cause hung on the sentence; the sentence is not its content
            return None
        if any(t.text in (":", ";") for t in doc[clause.right_edge.i:verb.i]):
            # '<clause>: X declared war on Y': a colon introduces what follows it; the
            # clause before it is not what the cue after it reports (nor the clause before
            # a semicolon: 'A and B agree to talks; Delhi says no mediator')
            return None
        return clause.left_edge.i, clause.right_edge.i + 1
    if verb.dep_ in ("parataxis", "ccomp") and verb.i > verb.head.i and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        lo = head.left_edge.i
        hi = min(verb.left_edge.i, verb.i)
        subject = _subject_of(verb)
        if subject is not None:
            hi = min(hi, subject.left_edge.i)
        if hi < 1 or doc[hi - 1].text not in (",", "\u2014", "\u2013", "--"):
            # '<clause>, X said' sets the cue off with a comma or dash; without one the
            # cue belongs to the clause ('readers let editorials tell them', 'Mook asserted
            # that Trump tells ...') and reports nothing before it.
            return None
        return (lo, hi) if hi - lo >= 3 else None
    if verb.dep_ == "parataxis" and verb.i < verb.head.i and verb.head.pos_ in ("VERB", "AUX"):
        # 'The museum, Mr. Obama said, would make ...': the clause the cue interrupts; its
        # part after the attribution stands for the whole (the offsets stay contiguous).
        lo = verb.right_edge.i + 1
        hi = verb.head.right_edge.i + 1
        return (lo, hi) if hi - lo >= 3 else None
    found = _object_content(verb)
    if found is not None:
        return found
    if verb.lemma_.casefold() == "say":
        # 'said many of the buildings that critics describe as towers in fact house
        # families': the parser took the reported clause for an object; any object of
        # 'say' of more than one word is what was said ('said the same thing')
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                      and c.pos_ in ("NOUN", "ADJ", "NUM", "DET")), None)
        if thing is not None and thing.right_edge.i > thing.left_edge.i:
            return thing.left_edge.i, thing.right_edge.i + 1
    if verb.lemma_.casefold() in NP_CONTENT_VERBS:
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if thing is not None and thing.pos_ in ("NOUN",) and thing.lower_ not in ("report", "reports"):
            return thing.left_edge.i, thing.right_edge.i + 1
    del doc
    return None


def _object_content(verb: Token) -> tuple[int, int] | None:
    """Reported content carried by objects rather than a clause: 'called for X', 'called
    on X to Y', 'called X a Y', 'accused X of Y', 'told / urged X to Y', 'vowed to Y',
    'warned of X'."""
    lemma = verb.lemma_.casefold()
    kids = [c for c in verb.children if c.i > verb.i]
    dobj = next((c for c in kids if c.dep_ == "dobj"), None)
    xcomp = next((c for c in kids if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                  and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)), None)
    preps = {c.lower_: c for c in kids if c.dep_ == "prep"}

    def whole(*nodes: Token) -> tuple[int, int]:
        return min(n.left_edge.i for n in nodes), max(n.right_edge.i for n in nodes) + 1

    def after(prep: Token, *more: Token) -> tuple[int, int] | None:
        objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not objs:
            return None
        return objs[0].left_edge.i, max([prep.right_edge.i] + [m.right_edge.i for m in more]) + 1

    if lemma == "call":
        if "for" in preps:
            # 'called for contestants to wear ...': the infinitive hangs on the verb
            wanted = [xcomp] if xcomp is not None and xcomp.i > preps["for"].i else []
            return after(preps["for"], *wanted)
        for_clause = next((c for c in kids if c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ == "for" and g.i == verb.i + 1 for g in c.children)),
            None)
        if for_clause is not None:
            # the same request parsed as a for-to clause ('for regulators to halt it')
            return verb.i + 2, for_clause.right_edge.i + 1
        if "on" in preps and xcomp is not None and xcomp.i > preps["on"].i:
            return after(preps["on"], xcomp)
        label = next((c for c in kids if c.dep_ in ("oprd", "dobj", "attr") and c is not dobj),
                     None)
        if dobj is not None and label is None:
            label = next((c for c in dobj.children if c.dep_ in ("dobj", "appos", "attr")
                          and c.pos_ in ("NOUN", "ADJ") and c.i > dobj.i), None)
        if dobj is not None and label is not None and label.pos_ != "PRON":
            return whole(dobj, label)  # 'called the plan a gamble', 'called him a master'
        return None
    clause = next((c for c in kids if c.dep_ == "ccomp"), None)
    if lemma in ("cite", "describe") and dobj is not None and dobj.pos_ != "PRON":
        # 'cited the figure', 'described the plan as a disaster'
        return whole(dobj, preps["as"]) if "as" in preps else whole(dobj)
    if lemma in JUDGING_VERBS and dobj is not None and (
            "for" in preps or (dobj.pos_ in ("NOUN", "PROPN") and len(list(dobj.subtree)) >= 3)):
        # 'criticized Obama for not acting', 'praised the officers' calm handling of it'; a
        # bare short object ('slammed the door') is no statement
        return whole(dobj, preps["for"]) if "for" in preps else whole(dobj)
    if lemma == "speak" and ("of" in preps or "about" in preps):
        return after(preps.get("of") or preps["about"])  # 'spoke of the legacy of ...'
    if lemma == "propose" and xcomp is None:
        gerund = next((c for c in kids if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"), None)
        if gerund is not None:
            return whole(gerund)  # 'proposed dropping the tax break'
    if lemma == "point":
        if any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            target = clause if clause is not None else dobj
            return whole(target) if target is not None else None  # 'pointed out that ...'
        return after(preps["to"]) if "to" in preps else None  # 'pointed to ...'
    if lemma == "agree" and clause is not None:
        return whole(clause)  # 'agreed that ...', not 'agreed to act'
    if lemma == "accuse" and dobj is not None:
        charge = preps.get("of") or next((c for c in dobj.children if c.lower_ == "of"
                                          and c.dep_ == "prep"), None)
        return whole(dobj, charge) if charge is not None else None
    if lemma in OBJECT_INFINITIVE_VERBS and dobj is not None and xcomp is not None:
        return whole(dobj, xcomp)
    if lemma in INFINITIVE_VERBS and xcomp is not None and dobj is None:
        if xcomp.lemma_.casefold() in ("be", "become", "get") and lemma in ("promise",
                                                                          "threaten"):
            return None  # 'the race promises to be close', 'it threatens to become a rout':
            # a likelihood, not a commitment anyone made
        return whole(xcomp)
    if lemma in FINDING_VERBS and dobj is not None and dobj.pos_ in ("NOUN", "PROPN"):
        return whole(dobj)  # 'the survey found 31 cases of ...'
    if lemma == "warn" and dobj is None:
        prep = preps.get("of") or preps.get("against") or preps.get("about")
        if prep is not None:
            return after(prep)
    return None


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _governs(verb: Token, tokens: list[Token]) -> bool:
    """Is (part of) the quote inside the verb's syntactic subtree?"""
    if not tokens:
        return False
    lo, hi = verb.left_edge.i, verb.right_edge.i
    inside = [t for t in tokens if lo <= t.i <= hi and t.is_alpha]
    return bool(inside) and any(_ancestor(verb, t) for t in inside[:3])


def _ancestor(verb: Token, token: Token) -> bool:
    """Is ``verb`` an ancestor of ``token`` through its own clause? A coordinated verb in
    between ("claiming X, gaining a 'buffer'") starts another statement."""
    node = token
    for _ in range(40):
        if node.i == verb.i:
            return True
        if node.head.i == node.i:
            return False
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.head.i == verb.i and (
                not any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)) and (
                not _loose_conjunct(verb, node)):
            return False  # (but 'said X "..." and that "...": a second reported clause the
            # parser joined to the cue itself)
        if node.dep_ in ("conj", "advcl") and node.tag_ == "VBG" and node.i != verb.i and (
                node.lemma_.casefold() not in SPEECH_VERBS) and node.head.pos_ in ("VERB", "AUX"):
            # 'claiming X, demanding Y, gaining a "buffer" state': a participle clause of its
            # own, chained onto the cue, says what someone does, not what the cue's subject said.
            return False
        node = node.head
    return False


def _open_mark_before(text: str, offset: int) -> bool:
    """Whether an odd number of double quotation marks stands between the paragraph's start
    and ``offset``: the words there are inside a quotation left open (a nested one, or one
    whose closing mark is missing), not the author's."""
    para = text.rfind("\n\n", 0, offset)
    return len(MARK.findall(text, para + 1 if para >= 0 else 0, offset)) % 2 == 1


def _loose_conjunct(verb: Token, node: Token) -> bool:
    """'He claimed that a tape of him, which ..., was "just talk"': the parser cut a long
    that-clause in two and joined its verb to the cue as a conjunct. A true second clause
    has a coordinator ('and', 'but') before it or a subject of its own; this one has
    neither, and a that-clause of the cue opened before it."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children):
        return False
    if any(t.dep_ == "cc" or t.lower_ in ("and", "but", "or", "then")
           for t in verb.doc[verb.i + 1: node.i] if t.head.i in (verb.i, node.i)):
        return False
    return any(c.dep_ == "ccomp" and c.i < node.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)


def _distance(token: Token, tokens: list[Token]) -> float:
    if not tokens:
        return 100.0
    if token.i > tokens[-1].i:
        return float(token.i - tokens[-1].i)
    if token.i < tokens[0].i:
        return float(tokens[0].i - token.i) + 0.5  # cues after the quote are the norm
    return 0.0


def _surname_key(name: str) -> str:
    words = [w for w in name.split() if w.casefold().rstrip(".") not in ("jr", "sr", "ii", "iii")]
    return (words or [name])[-1].casefold()


def _in_any(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in ranges)


def _name_before(verb: Token) -> Token | None:
    """'Trump openly admires X': the small parser sometimes reads a sentence-initial name
    as the verb and the real verb as its object. A proper noun or he/she right before the
    verb (past adverbs), opening its sentence, is then taken as the subject."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ == "ADV":
        i -= 1
    if i < verb.sent.start:
        return None
    name = verb.doc[i]
    if name.lower_ not in ("he", "she") and not (name.text[:1].isupper() and name.is_alpha):
        return None
    start = i
    while start > verb.sent.start and verb.doc[start - 1].text[:1].isupper() and verb.doc[
            start - 1].is_alpha:
        start -= 1
    return name if start == verb.sent.start else None


def _named_frame(cue: Token, subject: Token | None, inside: list[tuple[int, int]],
                 resolver: SpeakerResolver) -> Frame | None:
    """A frame whose speaker is a name or he/she outside the quotes, resolved to an actor."""
    if subject is None or _in_any(subject.idx, inside) or subject.lower_ in AUTHOR:
        return None
    if subject.pos_ != "PROPN" and subject.lower_ not in ("he", "she") and not (
            subject.pos_ == "NOUN" and any(t.dep_ == "appos" for t in subject.subtree)) and not (
            subject.ent_type_ == "PERSON" and subject.text[:1].isupper()):
        return None  # (a name the tagger read as a common noun is still a name: 'Sanders')
    speaker, s0, s1 = resolver.resolve(subject)
    if speaker is None:
        return None
    if subject.pos_ == "NOUN" and _surname_key(speaker) not in {
            t.lower_ for t in subject.subtree}:
        return None  # 'His partner, Lawrence Cummings,' names its person; 'the senator' not
    return Frame(cue, speaker, s0, s1, subject)


def _misread_name(token: Token) -> bool:
    """'Trump accused X of "..."' tagged with 'Trump' as a common noun heading the sentence
    and 'accused' as an adjective: a capitalised singular noun opening its sentence, no
    entity but a person or organisation, may be a surname the tagger missed."""
    return bool(token.pos_ == "NOUN" and token.tag_ == "NN" and token.is_sent_start and (
        token.text[:1].isupper() and token.is_alpha and token.ent_type_ in ("", "PERSON", "ORG")))


def _a_person(resolver: SpeakerResolver, name: str) -> bool:
    """Whether a resolved speaker is a person (one the article names, or the gazetteer's)."""
    entry = resolver.gazetteer.entries.get(name)
    return any(p.name == name for p in resolver.people.values()) or (
        entry is not None and entry.kind == "person")


def _within_paragraph(span: Span, keep_last: bool = False) -> Span:
    """Cut reported content at a paragraph that starts a new sentence: a headline without a
    full stop is otherwise parsed together with the byline and body below it. (A paragraph
    opening in lower case continues the sentence: scraped pages break sentences so.)
    ``keep_last``: the content stands before its cue, so the part next to the cue stays."""
    cuts = []
    for token in span[1:]:
        previous = token.doc[token.i - 1]
        gap = previous.text if previous.is_space else previous.whitespace_
        if ("\n\n" in gap or gap.count("\n") >= 2) and not token.text[:1].islower():
            if not keep_last:
                return span.doc[span.start:token.i]
            cuts.append(token.i)
    return span.doc[cuts[-1]:span.end] if cuts else span


def _para_break(doc: Doc, a: int, b: int) -> bool:
    return "\n" in doc_text(doc)[a:b] and bool(re.search(r"\n\s*\n", doc_text(doc)[a:b]))


def _sentences_touching(doc: Doc, start: int, end: int) -> list[Span]:
    """The sentences the quoted stretch overlaps, kept inside the quote's own paragraph(s)."""
    if not len(doc):
        return []
    text = doc_text(doc)
    while end - 1 > start and text[end - 1].isspace():
        end -= 1  # 'the FBI. ' left open at a paragraph's end: a space is in no token
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(max(start, end - 1), end, alignment_mode="expand")
    if first is None or last is None or not len(first) or not len(last):
        return []
    s0 = first[0].sent
    s1 = last[-1].sent
    out = [s0]
    cursor = s0
    while cursor.end < len(doc) and cursor.end_char < s1.end_char:
        cursor = doc[cursor.end].sent
        out.append(cursor)
    # Trim sentence material that lies in another paragraph than the quote (a break
    # followed by a lower-case word only splits a sentence, as in broken web copy).
    trimmed = []
    for sent in out:
        lo, hi = sent.start_char, sent.end_char
        pre = doc_text(doc)[lo:start]
        cut = [m for m in re.finditer(r"\n\s*\n", pre) if not pre[m.end():m.end() + 1].islower()]
        if cut:
            lo = lo + cut[-1].end()
        post = doc_text(doc)[end:hi]
        cut2 = next((m for m in re.finditer(r"\n\s*\n", post)
                     if not post[m.end():m.end() + 1].islower()), None)
        if cut2:
            hi = end + cut2.start()
        piece = doc.char_span(lo, hi, alignment_mode="contract")
        if piece is not None and len(piece):
            trimmed.append(piece)
    return trimmed


def _is_standalone(doc: Doc, span: MarkedSpan) -> bool:
    """Does the quoted stretch stand as whole sentence(s) (not woven into the author's)?"""
    text = doc_text(doc)
    before = text[:span.open_at].rstrip(" \t")
    after = text[span.close_end:].lstrip(" \t")
    starts_clean = not before or before[-1] in ".!?\n:\u201d\"'" or before.endswith("''")
    inner = text[span.start:span.end].rstrip()
    ends_clean = (not after or after[0] == "\n" or (inner and inner[-1] in ".!?\u2026,-\u2014"))
    return starts_clean and bool(ends_clean)


# Verbs that put a quoted label on their object ('called her remarks "rude"'): the object
# is what is labelled, whoever spoke it.
LABELLING_VERBS = {"call", "deem", "label", "brand", "dub", "term", "describe", "declare"}
TITLE_SMALL_WORDS = {"of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "with", "&",
                     "by", "from", "or", "as"}
TITLE_LEAD_WORDS = {"on", "in", "at", "to", "from", "of", "the", "a", "an", "'s", "\u2019s",
                    "titled", "entitled", "called", "named", "dubbed", "show", "program",
                    "programme", "book", "film", "song", "forum", "series", "anthem", "album", "movie",
                    "documentary", "episode", "column", "essay", "poem", "play", "podcast"}


# Kinds of works whose names follow 'called' / 'named' ('a video called "..."').
WORK_NOUNS = {"video", "film", "movie", "documentary", "book", "novel", "memoir", "song",
              "album", "show", "series", "episode", "podcast", "play", "poem", "essay",
              "article", "column", "report", "ad", "advert", "advertisement", "clip", "game",
              "app", "exhibit", "exhibition", "painting", "photo", "program", "programme"}


def _is_title(doc: Doc, span: MarkedSpan, text: str) -> bool:
    """A capitalised name in marks introduced like a name ('on "Face the Nation"', "MSNBC's
    "Morning Joe"", 'a "Commander-in-Chief Forum"') or set inside a person's name
    ('Marcia "Cia" Price'): a title, not somebody's words."""
    words = re.findall(r"[\w'\u2019\-]+", text)
    # American style sets the sentence's comma or full stop inside the closing mark
    # ('on "Face the Nation," he said'): it is not part of the title.
    bare = re.sub(r"[.,;:]+$", "", text.rstrip())
    before = re.findall(r"[\w'\u2019]+", doc_text(doc)[max(0, span.open_at - 30):span.open_at])
    # 'an article titled "..."' names a headline, which may run long
    named = bool(before) and before[-1].casefold() in ("titled", "entitled", "headlined")
    # 'a YouTube video called "Behind the scenes with ..."': a work named by a naming verb
    # after its kind may be set in sentence case
    work = len(before) >= 2 and before[-1].casefold() in ("called", "named", "dubbed") and (
        before[-2].casefold() in WORK_NOUNS or before[-2].casefold()[:-1] in WORK_NOUNS)
    if not words or len(words) > (20 if named or work else 8) or text.rstrip()[-1:] in "!?" or (
            re.search(r"[.!?,;:]\s", bare + " ") and len(words) > 1):
        return False
    if not words[0][:1].isupper() or not (work or all(
            w[:1].isupper() or w[:1].isdigit() or w.casefold() in TITLE_SMALL_WORDS
            for w in words)):
        return False
    after = doc_text(doc)[span.close_end:span.close_end + 30].lstrip()
    lead = before[-1].casefold() if before else ""
    if lead in TITLE_LEAD_WORDS or lead.endswith(("'s", "\u2019s", "'", "\u2019")):
        return True  # ("CBS' \"Face the Nation\"", "Fox News' \"...\"")
    if re.match(r"(?:show|program|programme|host|anchor|series|podcast)\b", after):
        return True  # '"Today" show host Ann Lee': the show's name
    if lead == "told" and re.fullmatch(r"[^.!?]*[.,]?", text.strip()) and len(words) <= 4 and (
            doc_text(doc)[span.close_end:span.close_end + 4].lstrip(" \t")[:1] in ("\n", "")
            or after[:1] == "(" or re.match(r"(?:on|in|that|last|this)\b", after)):
        return True  # 'he told "Fox & Friends."': the program he spoke to
    # a nickname between a first name and a surname
    return bool(before) and before[-1][:1].isupper() and len(words) == 1 and bool(
        re.match(r"[A-Z][\w\-]+", after)) and doc_text(doc)[span.open_at - 1:span.open_at] == " "


# Nouns a quoted name can modify: 'the "don't ask, don't tell" policy', 'its "open door" rule'.
MEASURE_NOUNS = ("policy", "policies", "law", "laws", "doctrine", "rule", "rules", "act",
                 "bill", "amendment", "provision", "program", "programme", "initiative",
                 "movement", "slogan", "legislation", "regime", "era", "agenda")
MEASURE_AFTER = re.compile(r"[\s,.]*(?:" + "|".join(MEASURE_NOUNS) + r")\b")


def _names_a_measure(doc: Doc, span: MarkedSpan, text: str) -> bool:
    """A short quoted phrase between a determiner or possessive and a noun like 'policy'
    ('the military's former "don't ask, don't tell" policy'): it names the measure. Not
    when a naming verb governs the noun ('called it the "worst ever" policy')."""
    if len(text.split()) > 8 or re.search(r"[.!?]\s", text + " ") or text.rstrip()[-1:] in "!?":
        return False
    after = doc_text(doc)[span.close_end:span.close_end + 20]
    if not MEASURE_AFTER.match(after) or after[:1] in ",.":
        return False
    before = doc.char_span(max(0, span.open_at - 40), span.open_at, alignment_mode="contract")
    if before is None or not len(before):
        return False
    last = before[-1]
    if not (last.pos_ in ("DET", "ADJ", "PRON", "PART") or last.tag_ in ("POS", "PRP$")):
        return False
    noun = doc.char_span(span.close_end + len(after) - len(after.lstrip(" ")),
                         span.close_end + len(after), alignment_mode="expand")
    if noun is None or not len(noun):
        return True
    head = noun[0]
    while head.head.i != head.i and head.dep_ in ("compound", "amod", "nmod"):
        head = head.head
    return head.head.lemma_.casefold() not in NAMING_VERBS


HONORIFIC_STOP = re.compile(
    r"\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Jr|Sr|Amb|Pres)\.")


def _short_cue_follows(doc: Doc, span: MarkedSpan) -> bool:
    """'"...?" Graham asked.' / '"...!" said the senator,': a speech verb within the first
    few words after the closing mark, before any sentence end."""
    tail = doc_text(doc)[span.close_end:span.close_end + 80]
    # an honorific's full stop ('"Why?" Mr. Lee asked.') ends no sentence
    stop = re.search(r"[.!?;:\n\u201c\"]", HONORIFIC_STOP.sub(lambda m: m.group(1) + "_", tail))
    piece = doc.char_span(span.close_end, span.close_end + (stop.start() if stop else len(tail)),
                          alignment_mode="contract")
    if piece is None:
        return False
    return any(t.lemma_.casefold() in SPEECH_VERBS and t.tag_.startswith("VB")
               for t in piece[:6]) or _cue_after_subject(doc, span) is not None


def _cue_after_subject(doc: Doc, span: MarkedSpan) -> Token | None:
    """'"...?" Representative Ann Lee of Ohio, the party's whip, asked.': a speech verb
    whose subject (with its appositions, however long) opens right after the closing mark."""
    first = doc.char_span(span.close_end, min(len(doc_text(doc)), span.close_end + 40),
                          alignment_mode="contract")
    if first is None:
        return None
    start = next((t for t in first if not t.is_space and not t.is_punct), None)
    if start is None or not start.text[:1].isupper():
        return None
    for verb in start.sent:
        if verb.i <= start.i or verb.i - start.i > 20:
            continue
        if verb.lemma_.casefold() not in SPEECH_VERBS or not verb.tag_.startswith("VB"):
            continue
        if any(c.dep_ == "nsubj" and c.left_edge.i == start.i and c.right_edge.i < verb.i
               for c in verb.children):
            return verb
    return None


def _starts_sentence(doc: Doc, span: MarkedSpan) -> bool:
    before = doc_text(doc)[:span.open_at].rstrip(" \t")
    return not before or before[-1] in ".!?\n:\u201d\"'\u2026" or before.endswith("''")


def _continues(doc: Doc, previous: Quote, span: MarkedSpan) -> bool:
    """A quote with no cue continues the previous quote's speaker when it follows it in the
    same paragraph (the attribution stands between them: '"A," said X. "B."') or opens the
    very next paragraph with nothing else in between."""
    if previous.speaker is None and previous.cue is None:
        return False
    gap = doc_text(doc)[previous.end:span.open_at]
    breaks = len(re.findall(r"\n\s*\n", gap))
    if breaks > 1:
        return False
    if breaks == 1:
        if len(gap.strip().strip("\"\u201c\u201d'")) < 3:
            return True
        # '"...," he said.' closing its paragraph, then a paragraph that is only a quotation:
        # the speaker goes on. The gap must hold nothing but the previous quote's own
        # attribution (its cue after the quote, one clause, no further sentence or mark).
        tail = gap[:re.search(r"\n\s*\n", gap).start()]  # type: ignore[union-attr]
        cue_in_gap = previous.cue_start is not None and previous.end <= previous.cue_start < (
            previous.end + len(tail))
        body = tail.strip().lstrip("\"\u201c\u201d'").strip()
        lead = gap[re.search(r"\n\s*\n", gap).end():].strip()  # type: ignore[union-attr]
        if not body and lead.endswith("?") and len(lead) < 80 and not MARK.search(lead):
            # an interview set out as prompts and answers ('Governor Lee? "A fighter."' in
            # paragraph after paragraph): the one answering goes on
            return True
        short_tail = not MARK.search(body) and len(body) < 120 and not re.search(
            r"[.!?]\s+\S", body)
        if short_tail and not lead.strip("\"\u201c\u201d' ") and _partial_after_cue(
                doc, previous):
            # 'Lee accused him of forcing "a pointless shutdown" to pay for it.' closing its
            # paragraph, then a paragraph that is only a quotation: Lee goes on
            return True
        return cue_in_gap and short_tail
    return True


def _complete_cut_speakers(doc: Doc, quotes: list[Quote]) -> None:
    """A speaker name cut short inside a longer name ('Ursula von der' of 'Ursula von der
    Leyen', 'Yoon Suk' of 'Yoon Suk Yeol') is the one actor of the article whose name it begins;
    the speaker must be an actor the article lists."""
    names = {a.name for a in (doc._.actors or [])}
    for k, quote in enumerate(quotes):
        speaker = quote.speaker
        if not speaker or speaker in names or len(speaker.split()) < 2:
            continue
        longer = [n for n in names if n.startswith(speaker + " ")]
        if len(longer) == 1:
            quotes[k] = replace(quote, speaker=longer[0])


def _name_words(name: str) -> set[str]:
    # (accents folded: 'Alicia Barcena' printed is the gazetteer's 'Alicia Bárcena')
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.casefold())
                     if not unicodedata.combining(c))
    return {w for w in re.split(r"[\s\-‐‑–]+", folded) if w}


def _cut_at_hyphen(speaker: str, actor: str) -> bool:
    """'Jean Bouvier' of 'Jean-Marc Bouvier', 'Moon Jae' of 'Moon Jae-in': every word the
    speaker lacks is glued by a hyphen to a word it has (the name was cut, not widened)."""
    have = _name_words(speaker)
    for whole in actor.split():
        parts = _name_words(whole)
        if not parts <= have and not parts & have:
            return False
    return True


def _speakers_as_resolved(doc: Doc, quotes: list[Quote], gazetteer: Gazetteer) -> None:
    """A speaker named by part of a name ('Moon' kept as 'Moon Jae', 'Akufo-Addo', a bare
    'Wang' with two Wangs in the story) is the person the actor mention at the speaker's words
    resolved to, when that person's name holds every word of it: contacts, events and
    proposals then speak of one person under one name. A name of several words changes only
    into a gazetteer person's, and never into an office holder's whose term lies years from
    the story's day (a bare 'Baird' in 2024 stays as printed)."""
    people = {a.name for a in (doc._.actors or []) if a.kind == "person"}
    mentions: list[ActorMention] = doc._.actor_mentions or []
    for k, quote in enumerate(quotes):
        speaker, start, end = quote.speaker, quote.speaker_start, quote.speaker_end
        if not speaker or start is None or end is None or speaker in people:
            continue
        # (or the name the speaker's last word is cut from: 'President Moon Jae' of the
        # mention 'President Moon Jae-in')
        named = {m.actor for m in mentions if m.actor in people and (
            start <= m.start and m.end <= end or m.start < end < m.end)}
        if len(named) != 1:
            continue
        actor = next(iter(named))
        entry = gazetteer.entries.get(actor)
        if entry is not None and not term_fits(entry, doc._.published):
            continue
        if entry is None and " " in speaker.strip() and not _cut_at_hyphen(speaker, actor):
            continue  # a full name printed stays ('Meredith Lang', not 'Host Meredith Lang')
        if _name_words(speaker) <= _name_words(actor):
            quotes[k] = replace(quote, speaker=actor)


# verbs that report what was said, as said ('he said', 'she told reporters', 'he added')
SAYING_CUES = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "warned",
                         "warns", "insisted", "insists", "noted", "notes", "stressed",
                         "argued", "argues", "explained", "replied", "answered",
                         "acknowledged", "recalled", "claimed", "declared", "asserted"})


def _pronoun_speakers_as_quoted(doc: Doc, quotes: list[Quote]) -> None:
    """'"No longer a factor," he said': the "he" or "she" that a quotation's cue gives a
    named speaker is that speaker in the actor mentions too (the speaker reading weighs the
    quotation's turns, which the actor resolver's pronoun reading does not), so contacts and
    events that read the mention agree with the quote."""
    people = {a.name for a in (doc._.actors or []) if a.kind == "person"}
    text = doc_text(doc)
    # (a quotation, or words reported by a verb of saying: "Dmitriev, he said, had
    # promised …", "Asked whether Putin would come, he said …"; "He called for a corridor"
    # reports no words whose turns weigh more than the pronoun's own reading)
    speaker_at = {q.speaker_start: q.speaker for q in quotes if q.speaker in people
                  and (q.kind == "direct" or (q.cue or "").split()[:1] and
                       (q.cue or "").split()[0].casefold() in SAYING_CUES)
                  and q.speaker_start is not None and q.speaker_end is not None
                  and text[q.speaker_start:q.speaker_end].casefold() in ("he", "she")}
    if not speaker_at:
        return
    doc._.actor_mentions = [
        replace(m, actor=speaker_at[m.start]) if m.how == "pronoun" and m.start in speaker_at
        and m.actor in people and m.actor != speaker_at[m.start] else m
        for m in doc._.actor_mentions or []]


def _speaker_from_next(doc: Doc, quotes: list[Quote]) -> None:
    """'The comment was "the latest low." It was "a stark contrast," Lee said.': a quote
    with no cue and no speaker, whose sentence is followed in the same paragraph by a short
    lead-in and a quote that its cue after it gives to a named speaker, is that speaker's
    (the attribution closes the pair)."""
    text = doc_text(doc)
    for k in range(len(quotes) - 1):
        quote, nxt = quotes[k], quotes[k + 1]
        if quote.kind != "direct" or nxt.kind != "direct" or quote.speaker is not None or (
                quote.cue is not None) or nxt.speaker is None or nxt.cue_start is None or (
                nxt.cue_start < nxt.end):
            continue
        gap = re.fullmatch(r"[\"\u201d]?([.!?]?)([^\"\u201c\u201d\n]{1,40})[\"\u201c]",
                           text[quote.end:nxt.start])
        if gap is None or not (quote.text.rstrip().endswith((".", "!", "?")) or gap.group(1)):
            continue
        lead = gap.group(2)
        if re.search(r"[.!?]", lead) or re.search(r"\b[A-Z][a-z]+\b", lead.strip()[1:]):
            continue  # another sentence, or a name, between the two
        between = text[nxt.end:nxt.cue_start]
        if "\n" in between or re.search(r"[.!?]\s", between):
            continue
        quotes[k] = replace(quote, speaker=nxt.speaker, cue=nxt.cue,
                            speaker_start=nxt.speaker_start, speaker_end=nxt.speaker_end,
                            cue_start=nxt.cue_start, cue_end=nxt.cue_end)


def _interview_answers(doc: Doc, quotes: list[Quote], resolver: SpeakerResolver) -> None:
    """An interview printed as questions and answers: a quotation that makes up a paragraph
    of its own, right after a paragraph that asks a question (and quotes nobody), is the
    answer of the person the article says it spoke with."""
    text = doc_text(doc)
    found = None
    for k, quote in enumerate(quotes):
        if quote.kind != "direct" or quote.speaker is not None or quote.cue is not None:
            continue
        line_start = text.rfind("\n", 0, quote.start) + 1
        line_end = text.find("\n", quote.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:quote.start].strip() not in OPEN_MARKS or (
                text[quote.end:line_end].strip() not in CLOSE_MARKS):
            continue
        before = text[:line_start].rstrip()
        question = before[before.rfind("\n") + 1:]
        if not question.endswith("?") or MARK.search(question):
            continue
        found = found or resolver.interviewee()
        if found is None or found[1] > quote.start:
            return
        quotes[k] = replace(quote, speaker=found[0])


OPEN_MARKS = {"\"", "\u201c", "``", "\u00ab"}
CLOSE_MARKS = {"\"", "\u201d", "''", "\u00bb"}


def _partial_after_cue(doc: Doc, previous: Quote) -> bool:
    """Was ``previous`` a named speaker's words quoted after its cue in one sentence
    ('Lee accused him of forcing "a pointless shutdown"')?"""
    if previous.speaker is None or previous.cue_start is None or (
            previous.cue_start >= previous.start):
        return False
    between = doc_text(doc)[previous.cue_start:previous.start]
    return "\n" not in between and not re.search(r"[.!?]\s+[A-Z]", between)


def make_quote_extractor(nlp: Language, name: str, min_words_without_cue: int) -> QuoteExtractor:
    return QuoteExtractor(nlp, QuotesConfig(min_words_without_cue=min_words_without_cue))


def _participle_shares_quote_speaker(doc: Doc, quotes: list[Quote]) -> None:
    """'"We will look at what they do," he said, adding that ...': the clause of a participle
    hung on the cue of a direct quote is told by that quote's speaker (the pronoun resolver,
    reading 'he' on its own, may pick someone the sentence before reported)."""
    by_cue = {q.cue_start: q for q in quotes if q.kind == "direct" and q.cue_start is not None
              and q.speaker}
    if not by_cue:
        return
    starts = {t.idx: t for t in doc}
    for k, q in enumerate(quotes):
        if q.kind != "indirect" or q.cue_start is None or q.cue_start not in starts:
            continue
        cue = starts[q.cue_start]
        told = by_cue.get(cue.head.idx)
        if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "conj", "xcomp") and told is not None \
                and told.speaker != q.speaker:
            quotes[k] = replace(q, speaker=told.speaker)
