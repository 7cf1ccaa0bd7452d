"""Headlines in title case, read in sentence case.

Many outlets capitalise every word of a headline ("Blinken Meets Xi in Beijing, Seeks to Steady
Ties"). The small English model then takes the verbs for names: "Blinken Meets Xi" becomes one
person, "Seeks" another, and the meeting the headline reports is lost to every later step. So
the article's first line, when it is in title case, is given to the tagger, parser and
recogniser in sentence case: the first word, acronyms and the words that are names keep their
capitals, every other word is lower-cased. Changing case keeps every character offset.

Two components do it. ``readout_headline_case`` runs first and hands the model a copy of the
doc whose headline words are re-cased (same tokens, same spacing); ``readout_headline_restore``
runs after the model and hands the readout steps a doc with the original words again, carrying
the model's tags, parse, lemmas and entities over token by token. Results and evidence spans
therefore quote the text as it was written.

A word keeps its capital when it is (any one suffices):
- part of a name the gazetteer knows ("White House", "Putin", "Turkey"), or a demonym;
- written with a capital inside a sentence of the article's body ("… met Xi on Monday");
- not an English word the model's lemmatizer knows ("Mariupol", "Blinken"), so most likely a
  name the gazetteer lacks.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, NORM, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from readout.analyze.gazetteer import Gazetteer, load_gazetteer, normalise_form, translit_key
from readout.analyze.speakers import given_gender

ORIGINAL_WORDS = "readout_headline_words"  # doc.user_data key: the headline's words as written
# doc.user_data key: the indices of the headline's tokens read in lower case (kept after the
# restore: the actor finder takes them for words capitalised only by the headline's style)
RECASED_TOKENS = "readout_headline_recased"
PARSED_ATTRS = [TAG, POS, MORPH, LEMMA, NORM, HEAD, DEP]
# a mark after which a headline word starts a clause of its own ("Analysis: Why …")
CLAUSE_OPENERS = {":", "—", "–", "|", '"', "“", "‘", "'"}
SENTENCE_ENDS = {".", "!", "?", ":", '"', "“", "”", "'", "‘", "’", "—", "–", "(", "-"}
LONGEST_NAME_WORDS = 5


def _headline_tokens(doc: Doc) -> list[Token]:
    """The tokens of the doc's first line when it reads as a title-case headline: at least
    three words of four letters or more, four in five of them capitalised, and no closing full
    stop (a first line that is a sentence is left alone)."""
    line: list[Token] = []
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            if token.text.strip():
                line.append(token)
            break
        line.append(token)
    words = [t for t in line if t.is_alpha and len(t) > 3]
    if len(words) < 3 or (len(line) == len(doc) and len(doc) > 40):
        return []  # (a text of one long line is a paragraph, not a headline)
    text = "".join(t.text_with_ws for t in line).rstrip()
    if text.endswith(".") or sum(t.text[:1].isupper() for t in words) < 0.8 * len(words):
        return []
    return line


def _body_capitals(doc: Doc, after: int) -> Counter[str]:
    """How a word is written inside the body's sentences: +1 for each capitalised use that no
    sentence start explains, -1 for each lower-case one."""
    votes: Counter[str] = Counter()
    previous = "."
    for token in doc[after:]:
        if token.is_space or "\n" in token.text:
            previous = "."
            continue
        if token.is_alpha:
            key = token.lower_
            if token.text[:1].isupper():
                if previous not in SENTENCE_ENDS:
                    votes[key] += 1
            else:
                votes[key] -= 1
        previous = token.text
    return votes


class HeadlineCaser:
    """spaCy component (first in the pipeline): a title-case headline in sentence case."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        # (imported here: the actor finder imports this module for recased_tokens)
        from readout.analyze.actors import TITLE_WORDS

        self.gazetteer = gazetteer
        self.title_words = TITLE_WORDS
        self.stop_words = nlp.Defaults.stop_words
        self.known_words: set[str] = set()
        if "lemmatizer" in nlp.pipe_names:
            lemmatizer = nlp.get_pipe("lemmatizer")
            lookups = getattr(lemmatizer, "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                for words in lookups.get_table("lemma_index").values():
                    self.known_words.update(words)

    def _is_name(self, words: list[Token]) -> bool:
        surface = " ".join(t.text for t in words)
        form = normalise_form(surface)
        if form in self.gazetteer.forms or form in self.gazetteer.demonyms:
            return True
        if len(words) == 1:
            return translit_key(words[0].text) in self.gazetteer.surnames or \
                self.gazetteer.state_of_city(surface) is not None
        return False

    def _named(self, line: list[Token]) -> set[int]:
        """The indices of the headline's tokens that belong to a gazetteer name, longest
        names first ("White House" as one name, not two words)."""
        named: set[int] = set()
        capitalised = [t for t in line if t.is_alpha and t.text[:1].isupper()]
        for start in range(len(capitalised)):
            for end in range(min(len(capitalised), start + LONGEST_NAME_WORDS), start, -1):
                run = capitalised[start:end]
                if any(b.i != a.i + 1 and not (b.i == a.i + 2 and doc_text_between(a, b) == "-")
                       for a, b in zip(run, run[1:], strict=False)):
                    continue  # only words next to each other make one name
                if self._is_name(run):
                    named.update(t.i for t in run)
                    break
        return named

    def _word_known(self, word: str) -> bool:
        lower = word.lower()
        if lower in self.stop_words or lower in self.known_words:
            return True
        # inflected forms the index lists by their base: "Meets", "Talks", "Warned" (by hand:
        # the model's lemmatizer needs the part of speech the tagger has not given yet)
        for suffix, base in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                             ("ing", ""), ("ing", "e")):
            if lower.endswith(suffix) and len(lower) > len(suffix) + 2 \
                    and lower[: -len(suffix)] + base in self.known_words:
                return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        line = _headline_tokens(doc)
        if not line:
            return doc
        named = self._named(line)
        votes = _body_capitals(doc, line[-1].i + 1)
        words = [t.text for t in doc]
        lowered: set[int] = set()
        first = True
        previous = ""
        for token in line:
            text = token.text
            opens_clause = first or previous in CLAUSE_OPENERS
            if token.is_alpha:
                first = False
            previous = text if not token.is_space else previous
            if not token.is_alpha or opens_clause or not text[:1].isupper() \
                    or (text.isupper() and len(text) > 1) or text == "I" or token.i in named \
                    or votes[token.lower_] > 0 or not self._word_known(text):
                continue
            lowered.add(token.i)
        # a title before a name keeps its capital ("… Demand Chairman Adam Schiff's …"): the
        # actor finder reads it as the person's title
        next_kept = False
        for token in reversed(line):
            if not token.is_alpha or token.lower_ in ("of", "the"):
                continue
            if token.i in lowered and next_kept and (token.lower_ in self.title_words or
                                                     given_gender(f"{token.text} X")):
                lowered.discard(token.i)  # (and a given name before a surname: "Adam Schiff")
            next_kept = token.i not in lowered and token.text[:1].isupper()
        if not lowered:
            return doc
        for i in lowered:
            words[i] = words[i][0].lower() + words[i][1:]
        recased = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
        # the norms the tokenizer's exceptions gave ("n't" → "not") are features of the model
        norms: Any = doc.to_array([NORM])
        recased.from_array([NORM], norms)
        # (user_data also holds the values of the doc's ._ extensions: doc id, date, title)
        recased.user_data.update(doc.user_data)
        recased.user_data[ORIGINAL_WORDS] = [t.text for t in doc]
        recased.user_data[RECASED_TOKENS] = [t.i for t in doc if t.text != words[t.i]]
        return recased


def doc_text_between(a: Token, b: Token) -> str:
    return a.doc.text[a.idx + len(a):b.idx]


def restore_headline(doc: Doc) -> Doc:
    """The doc with the words as written again, keeping the model's analysis of them (and a
    headline's misread "…, says …" mended)."""
    original = doc.user_data.get(ORIGINAL_WORDS)
    if original is None:
        mend_headline_says(doc)
        return doc
    restored = Doc(doc.vocab, words=original, spaces=[bool(t.whitespace_) for t in doc])
    parsed: Any = doc.to_array(PARSED_ATTRS)  # (spaCy's stubs type the array as floats)
    restored.from_array(PARSED_ATTRS, parsed)
    restored.ents = [Span(restored, e.start, e.end, label=e.label_, kb_id=e.kb_id_)
                     for e in doc.ents]
    restored.tensor = doc.tensor
    restored.user_data.update({k: v for k, v in doc.user_data.items() if k != ORIGINAL_WORDS})
    mend_headline_says(restored)
    return restored


# verbs of saying a headline adds to its first clause ("Obama Defends Programs, Says …")
HEADLINE_SAY_LEMMAS = {"say", "tell", "insist", "warn", "claim", "add", "argue"}


def mend_headline_says(doc: Doc) -> None:
    """"Erdogan slams Sweden, says NATO bid is dead": a headline's second verb shares the first
    one's subject, but the small model reads the first clause as what is said and leaves
    "says" with no subject. The first clause becomes the root again and "says" its conjunct,
    so the saying has its speaker and the first clause is no quote of nobody's."""
    line_end = next((t.i for t in doc if "\n" in t.text), len(doc))
    for say in doc[:line_end]:
        # (a clause after the verb is what is said, even where the model calls it a subject)
        said = [c for c in say.rights if c.dep_ in ("nsubj", "ccomp") and c.pos_ in ("VERB", "AUX")]
        if say.dep_ != "ROOT" or say.lemma_.casefold() not in HEADLINE_SAY_LEMMAS or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") and c not in said
                for c in say.children):
            continue
        first = next((c for c in say.lefts if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                      and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
        if first is None or not any(t.text in (",", ";") for t in doc[first.i:say.i]):
            continue
        for punct in [c for c in say.lefts if c.dep_ == "punct" and c.i > first.i]:
            punct.head = first
        first.head = first
        first.dep_ = "ROOT"
        say.head = first
        say.dep_ = "conj"
        for clause in said:
            clause.dep_ = "ccomp"


def recased_tokens(doc: Doc) -> set[int]:
    """The indices of the tokens the headline caser read in lower case."""
    return set(doc.user_data.get(RECASED_TOKENS, ()))


def make_headline_caser(nlp: Language, gazetteer_path: str | None) -> HeadlineCaser:
    return HeadlineCaser(nlp, load_gazetteer(gazetteer_path))
