"""Proposals and demands: who proposes or demands what of whom.

Triggers are modal recommendations ("should", "must", "need to", "ought to") and verbs of
demanding or proposing ("called for", "urged", "demanded", "proposed", "insisted on"). The
proposer is the quote's speaker inside a quotation, the verb's subject for "X demanded", and
the article's author when the article itself recommends.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from readout.analyze.text import paragraph_number
from readout.records import ActorMention, Proposal, Quote

MODALS = {"should", "must", "ought"}
DEMAND_VERBS = {"demand": "demand", "urge": "proposal", "propose": "proposal", "insist": "demand",
                "call": "proposal", "recommend": "proposal", "suggest": "proposal", "request": "demand",
                "ask": "demand", "seek": "demand"}


@dataclass
class ProposalsConfig:
    max_issue_words: int = 8


class ProposalExtractor:
    """spaCy component: assigns doc._.proposals."""

    def __init__(self, nlp: Language, config: ProposalsConfig) -> None:
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[ActorMention] = doc._.actor_mentions or []
        quotes: list[Quote] = [q for q in (doc._.quotes or []) if q.kind == "direct"]
        found: list[Proposal] = []
        for sent in doc.sents:
            proposal = self._from_sentence(doc, sent, mentions, quotes)
            if proposal is not None:
                found.append(proposal)
        doc._.proposals = found
        return doc

    def _from_sentence(self, doc: Doc, sent: Span, mentions: list[ActorMention],
                       quotes: list[Quote]) -> Proposal | None:
        for token in sent:
            kind = self._kind(token)
            if kind is None:
                continue
            verb = token.head if token.lower_ in MODALS or token.lower_ == "need" else token
            if token.lower_ in MODALS and sent.text.rstrip().endswith("?"):
                return None  # a question ("Should Biden?") recommends nothing
            issue = self._issue(verb)
            if not issue:
                continue
            quote = next((q for q in quotes if q.start <= token.idx < q.end), None)
            if quote is not None:
                proposer = quote.speaker
            elif kind == "demand" or verb is token:
                proposer = _actor_of(doc, _subject(verb), mentions)
            else:
                proposer = None
            if proposer is None and kind != "demand" and quote is None:
                proposer = doc._.author or "author"
            addressee = _actor_of(doc, _subject(verb), mentions) if token.lower_ in MODALS else None
            if addressee == proposer:
                addressee = None
            start, end = sent.start_char, sent.end_char
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            return Proposal(proposer=proposer, addressee=addressee, issue=issue,
                            evidence=doc.text[start:end], start=start, end=end, kind=kind,
                            paragraph=paragraph_number(doc.text, start))
        return None

    def _kind(self, token: Token) -> str | None:
        if token.lower_ in MODALS and token.dep_ == "aux":
            return "recommendation"
        if token.lower_ == "need" and any(c.dep_ == "xcomp" for c in token.children):
            return "recommendation"
        lemma = token.lemma_.casefold()
        if token.pos_ == "VERB" and lemma in DEMAND_VERBS:
            if lemma == "call" and not any(c.lower_ == "for" for c in token.children):
                return None
            if lemma == "ask" and not any(c.dep_ == "xcomp" for c in token.children):
                return None
            return DEMAND_VERBS[lemma]
        return None

    def _issue(self, verb: Token) -> str | None:
        """A short label: the verb and its object phrase, cut to a few words."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "xcomp", "ccomp")), None)
        if obj is None:
            prep = next((c for c in verb.children if c.dep_ == "prep"), None)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        words: list[str] = []
        if verb.lemma_ not in ("call", "demand", "urge", "insist", "propose", "need"):
            words.append(verb.lemma_)
        if obj is not None:
            phrase = verb.doc[obj.left_edge.i: obj.right_edge.i + 1]
            words.extend(t.text for t in phrase if not t.is_punct)
        words = words[: self.config.max_issue_words]
        return " ".join(words).strip() or None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _actor_of(doc: Doc, token: Token | None, mentions: list[ActorMention]) -> str | None:
    if token is None:
        return None
    phrase = doc[token.left_edge.i: token.right_edge.i + 1]
    for mention in mentions:
        if phrase.start_char <= mention.start < phrase.end_char:
            return mention.actor
    return None


def make_proposal_extractor(nlp: Language, name: str, max_issue_words: int) -> ProposalExtractor:
    return ProposalExtractor(nlp, ProposalsConfig(max_issue_words=max_issue_words))
