"""Headline verbs the tagger took for nouns, read again in the past tense.

A headline drops its articles and auxiliaries, and the small English model then often reads
the verb after the subject as a noun: "Trump and Kim pledge new relationship" is one noun
phrase with "pledge" at its head, "Raisi seals 20 accords" has "seals" as a plural noun and
"Raisi" as its adjective, "Sunak and Biden unveil 'Atlantic declaration'" has no verb at all.
Every later step (contacts, events, proposals, quotes, actors) then reads a headline with no
act in it. The past form of the same verb is not ambiguous ("pledged", "sealed", "unveiled"),
and the model reads the line right when given it.

So after the model has run, ``readout_headline_verbs`` looks in the headline's sentences for a
word that can only be the predicate: right after a subject (a name, a noun, a pronoun, or the
subject of the clause before, across a comma), agreeing with it in number ("Russia and China
close", "Raisi seals"), in a clause that has no finite verb of its own. The headline alone is
parsed again with that word in the past tense; the new reading is kept only when the word is
now a verb with a subject (or the conjunct of one) and the line has more predicates than
before. The word keeps its text and lemma and takes the past tag of the form the model read:
a headline's present tells an act already done ("Xi's Moscow visit shows …" is no visit of the
day the analysis appeared), and a present tag would date it to the publication day. Only the
analysis of the headline's tokens changes, so every character offset stays as it was.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from readout.analyze.headline_case import recased_tokens

# the model's own steps, run again on the headline alone (the readout steps come later)
MODEL_STEPS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
SPLICED_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP]
# marks and words after which a headline starts a clause of its own
CLAUSE_MARKS = {",", ";", ":", "—", "–", "|", "(", ")", '"', "“", "”", "‘", "’", "'"}
CLAUSE_WORDS = {"as", "while", "when", "but", "because", "though", "although", "if", "so",
                "yet", "whereas"}
# words that open a clause inside a phrase ("shows who needs whom"): its verb is not the line's
RELATIVE_WORDS = {"who", "whom", "whose", "which", "that", "what", "how", "why", "where"}
FINITE_TAGS = {"VBZ", "VBP", "VBD", "MD"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
PLURAL_PRONOUNS = {"they", "we", "you", "i"}
SINGULAR_PRONOUNS = {"he", "she", "it"}
PARTICIPLE_ENDINGS = ("en", "wn", "ne", "un", "ung", "unk")
# verbs whose past is their base ("Allies set terms", "Envoys cut short …"): no past tells
# them apart, and the auxiliaries, which the tagger reads right
UNREADABLE = {"be", "have", "do", "set", "put", "cut", "hit", "let", "cost", "shut", "spread",
              "quit", "bid", "burst", "cast", "hurt", "read", "split", "thrust", "upset", "bet",
              "broadcast", "forecast", "beat", "shed", "wed", "rid", "slit", "spit"}
MAX_READINGS = 3  # at most so many words of one headline are tried


class HeadlineVerbs:
    """spaCy component (after the model): a headline's verb read as a noun is read again."""

    def __init__(self, nlp: Language) -> None:
        # (imported here: the actor finder imports the headline modules)
        from readout.analyze.actors import TITLE_WORDS

        self.nlp = nlp
        self.title_words = TITLE_WORDS
        self.verbs: set[str] = set()
        self.past: dict[str, str] = {}
        if "lemmatizer" not in nlp.pipe_names:
            return
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index"):
            return
        index = lookups.get_table("lemma_index")
        if "verb" in index:
            self.verbs = set(index["verb"])
        if lookups.has_table("lemma_exc") and "verb" in lookups.get_table("lemma_exc"):
            self.past = _past_forms(lookups.get_table("lemma_exc")["verb"])

    def __call__(self, doc: Doc) -> Doc:
        if not self.verbs or not doc.has_annotation("DEP"):
            return doc
        title_case = bool(recased_tokens(doc))
        for sent in _headline_sentences(doc):
            self._read_again(doc, sent, title_case)
        return doc

    def _read_again(self, doc: Doc, sent: Span, title_case: bool) -> None:
        words = [t.text for t in sent]
        spaces = [bool(t.whitespace_) for t in sent]
        current: Doc | Span = sent
        lemmas: dict[int, str] = {}  # sentence index -> the word's base
        tried: set[int] = set()  # clauses whose word was tried, by their first token
        for _ in range(MAX_READINGS):
            found = next(((i, tag, base, clause) for i, tag, base, clause
                          in self._candidates(current, title_case) if clause not in tried), None)
            if found is None:
                break
            i, _, base, clause = found
            tried.add(clause)
            trial = list(words)
            trial[i] = self._past_of(base)
            reading = self._parse_alone(trial, spaces)
            if not _better(reading, current, i, shared=_shares_subject(current, i)):
                continue
            words, current = trial, reading
            lemmas[i] = base
        if not lemmas:
            return
        assert isinstance(current, Doc)
        rows: Any = doc.to_array(SPLICED_ATTRS)  # (spaCy's stubs type the array as floats)
        rows[sent.start:sent.end] = current.to_array(SPLICED_ATTRS)
        doc.from_array(SPLICED_ATTRS, rows)
        for i, base in lemmas.items():
            doc[sent.start + i].lemma_ = base

    def _candidates(self, sent: Doc | Span, title_case: bool
                    ) -> list[tuple[int, str, str, int]]:
        """(index in the sentence, present tag, base, first index of its clause) of the word
        that can only be the predicate of its clause but was not read as a verb: the first
        such word of a clause, and no other ("Ruto seals port deal": if not "seals", not
        "port" either). In a title-case headline the caser keeps the capital of a title before
        a name, so a verb that is also a title keeps it too ("Macron and von der Leyen Press
        Xi"): such a word, in its base form, may be the verb."""
        out = []
        tokens = list(sent)
        seen: set[int] = set()
        for i, token in enumerate(tokens):
            if i == 0 or not token.is_alpha or token.pos_ in ("VERB", "AUX"):
                continue
            form = self._present_form(token.lower_)
            if form is None or not (token.text[:1].islower() or title_case and form[0] == "VBP"
                                    and token.lower_ in self.title_words):
                continue
            tag, base = form
            if base in UNREADABLE:
                continue
            start = _clause_start(tokens, i)
            if start in seen or (i + 1 < len(tokens) and tokens[i + 1].text == ":") or \
                    "-" in tokens[i - 1].text:
                continue  # a label ("U.S.-Russia talks: …"), or a word a pair of names qualifies
            subject = tokens[start:i]
            rest = tokens[i + 1:_clause_end(tokens, i)]
            if any(_finite(t) for t in rest):
                continue  # ("Biden and Xi summit ends …": the word is inside the subject)
            if subject:
                if any(_finite(t) for t in subject) or not _subject_like(subject):
                    continue
                plural = _plural(subject, self.title_words)
            else:
                shared = _shared_subject(tokens, i)
                if shared is None:
                    continue
                plural = shared
            if (tag == "VBP") == plural:
                out.append((i, tag, base, start))
                seen.add(start)
        return out

    def _present_form(self, word: str) -> tuple[str, str] | None:
        """("VBP", base) for a base form, ("VBZ", base) for a third-person form ("seals",
        "presses", "carries"), None for a word no verb has."""
        if word in self.verbs:
            return "VBP", word
        if word.endswith("s"):
            for stem in (word[:-1], word[:-2] if word.endswith("es") else "",
                         word[:-3] + "y" if word.endswith("ies") else ""):
                if stem and stem in self.verbs:
                    return "VBZ", stem
        return None

    def _past_of(self, base: str) -> str:
        if base in self.past:
            return self.past[base]
        if base.endswith("e"):
            return base + "d"
        if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
            return base[:-1] + "ied"
        return base + "ed"

    def _parse_alone(self, words: list[str], spaces: list[bool]) -> Doc:
        alone = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for token in alone:
            token.is_sent_start = token.i == 0  # one sentence, as in the article
        for name in MODEL_STEPS:
            if name in self.nlp.pipe_names:
                alone = self.nlp.get_pipe(name)(alone)
        return alone


def _past_forms(exceptions: dict[str, list[str]]) -> dict[str, str]:
    """The past form of each verb the lemmatizer's exceptions list ("met", "held",
    "planned"), preferring the simple past to a participle ("began", not "begun")."""
    forms: dict[str, list[str]] = {}
    for form, bases in exceptions.items():
        if form.endswith(("ing", "s")) or not form.isalpha():
            continue
        for base in bases:
            forms.setdefault(base, []).append(form)
    past = {}
    for base, options in forms.items():
        simple = sorted(f for f in options if not f.endswith(PARTICIPLE_ENDINGS))
        if simple:  # (a verb listed by its participle alone is regular: "shown", "showed")
            past[base] = min(simple, key=len)
    return past


def _headline_sentences(doc: Doc) -> list[Span]:
    """The sentences of the doc's first line (a headline has no full stop, but an opinion's
    may have two: "The truce buys time. Now use it")."""
    end = next((t.i for t in doc if "\n" in t.text), len(doc))
    if end == len(doc) or end < 3:
        return []  # (a text of one line is no headline with an article below it)
    out = []
    for sent in doc.sents:
        if sent.start >= end:
            break
        if sent.end > end + 1 or sent[0].is_space:
            return []  # a first line the parser joined to the next is left alone
        out.append(sent)
    return out


def _finite(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.tag_ in FINITE_TAGS


def _opens_clause(tokens: list[Token], k: int) -> bool:
    """Whether a clause starts after tokens[k]: a mark, a conjunction of clauses, or a
    spaced hyphen ("Talks end - envoys leave"; not "US-Russian")."""
    token = tokens[k]
    return token.text in CLAUSE_MARKS or token.lower_ in CLAUSE_WORDS or (
        token.text == "-" and bool(token.whitespace_) and k > 0 and bool(tokens[k - 1].whitespace_))


def _clause_start(tokens: list[Token], i: int) -> int:
    start = i
    while start > 0 and not _opens_clause(tokens, start - 1):
        start -= 1
    return start


def _clause_end(tokens: list[Token], i: int) -> int:
    end = i + 1
    while end < len(tokens) and not _opens_clause(tokens, end) and not tokens[end].is_space \
            and tokens[end].lower_ not in RELATIVE_WORDS:
        end += 1
    return end


def _subject_like(subject: list[Token]) -> bool:
    """Names or nouns joined by 'and', maybe owned ("China's Wei"): no preposition, no
    infinitive marker, and a name, noun or pronoun last."""
    last = subject[-1]
    if any(t.pos_ in ("ADP", "SCONJ", "VERB", "AUX", "DET") and t.i != subject[0].i
           for t in subject) or any(t.lower_ == "to" for t in subject):
        return False
    return last.pos_ in ("PROPN", "NOUN", "PRON") or last.text[:1].isupper()


def _plural(subject: list[Token], title_words: set[str] | frozenset[str]) -> bool:
    last = subject[-1]
    if last.lower_ in PLURAL_PRONOUNS:
        return True
    if last.lower_ in SINGULAR_PRONOUNS:
        return False
    # (a title in the plural that title case left capitalised: "EU Leaders Press Xi")
    return any(t.lower_ == "and" for t in subject) or last.tag_ in ("NNS", "NNPS") or (
        last.lower_.endswith("s") and last.lower_[:-1] in title_words)


def _shared_subject(tokens: list[Token], i: int) -> bool | None:
    """A word right after a comma or 'and' that follows a clause with a finite verb and a
    subject shares that subject ("Johnson walks Kyiv streets with Zelensky, pledges …"):
    whether that subject is plural; None when there is no such clause."""
    if tokens[i - 1].text not in (",", "and"):
        return None
    verb = next((t for t in reversed(tokens[:i - 1]) if _finite(t)), None)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return None
    subject = subjects[0]
    return bool(subject.conjuncts) or subject.tag_ in ("NNS", "NNPS") or \
        subject.lower_ in PLURAL_PRONOUNS


def _shares_subject(sent: Doc | Span, i: int) -> bool:
    tokens = list(sent)
    return _clause_start(tokens, i) == i


def _predicates(sent: Doc | Span) -> int:
    """Verbs with a subject of their own, or joined to one that has."""
    counted: set[int] = set()
    for token in sent:
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in token.children):
            counted.add(token.i)
    for token in sent:
        if token.pos_ in ("VERB", "AUX") and token.dep_ == "conj" and token.head.i in counted:
            counted.add(token.i)
    return len(counted)


def _better(reading: Doc, current: Doc | Span, i: int, shared: bool) -> bool:
    """Whether the new reading makes the word a verb of the line and the line has more
    predicates than before."""
    word = reading[i]
    if word.pos_ != "VERB":
        return False
    if shared:
        ok = word.dep_ == "conj" and word.head.pos_ in ("VERB", "AUX") and word.head.i < i
    else:
        ok = any(c.dep_ in SUBJECT_DEPS and c.i < i for c in word.children)
    return ok and _predicates(reading) > _predicates(current)


def make_headline_verbs(nlp: Language) -> HeadlineVerbs:
    return HeadlineVerbs(nlp)
