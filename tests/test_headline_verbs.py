"""A headline's verb the tagger read as a noun is read again (readout_headline_verbs)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from readout.analyze import analyze_text  # noqa: E402
from readout.analyze.pipeline import build_pipeline, make_doc  # noqa: E402
from readout.records import Article  # noqa: E402

BODY = "\n\nThe two sides gave no further details on Tuesday.\n"


@pytest.fixture(scope="module")
def headline():
    nlp = build_pipeline(None)

    def run(line: str) -> dict[str, object]:
        text = line + BODY
        doc = nlp(make_doc(nlp, Article(doc="probe", text=text, published="2024-03-05")))
        assert doc.text == text  # the words and offsets stay as written
        return {t.text: t for t in doc if t.idx < len(line)}
    return run


def _subjects(token) -> list[str]:
    return [c.text for c in token.children if c.dep_ == "nsubj"]


def test_a_verb_after_two_names_is_the_predicate(headline):
    words = headline("Ruto and Ramaphosa pledge new trade corridor at Pretoria summit, but "
                     "tariffs stay")
    pledge = words["pledge"]
    assert (pledge.pos_, pledge.lemma_) == ("VERB", "pledge")
    assert _subjects(pledge) == ["Ruto"]
    assert words["corridor"].head == pledge


def test_a_third_person_verb_after_one_name_is_read_as_an_act_done(headline):
    words = headline("Japan and South Korea close ranks in Tokyo as allies condemn launches")
    assert words["close"].pos_ == "VERB" and _subjects(words["close"]) == ["Japan"]
    words = headline("Analysis: In Cairo, Sisi jokes about sanctions as Netanyahu gets the "
                     "call he wanted")
    jokes = words["jokes"]
    # (tagged as the past the model read: a headline's present tells an act already done)
    assert (jokes.pos_, jokes.tag_, jokes.lemma_) == ("VERB", "VBD", "joke")
    assert _subjects(jokes) == ["Sisi"]


def test_a_verb_after_a_comma_shares_the_subject_of_the_clause_before(headline):
    words = headline("Lula walks Bogota streets with Petro, pledges joint river patrols")
    pledges = words["pledges"]
    assert pledges.pos_ == "VERB" and pledges.dep_ == "conj" and pledges.head == words["walks"]
    assert words["patrols"].head == pledges


def test_a_title_case_verb_the_caser_kept_as_a_title_is_read_as_the_verb(headline):
    words = headline("EU Ministers Press Beijing on Export Curbs at Brussels Meeting")
    press = words["Press"]
    assert press.pos_ == "VERB" and _subjects(press) == ["Ministers"]
    assert words["Beijing"].head == press


def test_nouns_of_a_headline_with_its_own_verb_stay_nouns(headline):
    # "talks" after two names is their talks when a verb follows; "US-Russian talks" after
    # a hyphen is no clause of its own
    words = headline("Erdogan and Putin talks end in Sochi without grain deal")
    assert words["talks"].pos_ == "NOUN" and words["end"].pos_ == "VERB"
    words = headline("Ankara hosts first high-level Greek-Turkish talks in years")
    assert words["talks"].pos_ == "NOUN" and words["hosts"].dep_ == "ROOT"
    # a label before a colon, named by a pair of states
    words = headline("U.K.-France talks: little as hoped")
    assert words["talks"].pos_ == "NOUN"


def test_the_act_a_headline_reports_is_found_and_quoted_as_written():
    line = "Ruto and Ramaphosa pledge new trade corridor at Pretoria summit, but tariffs stay"
    text = (line + "\n\nPRETORIA - Kenyan President William Ruto and South African President "
            "Cyril Ramaphosa met in Pretoria on Tuesday.\n")
    analysis = analyze_text(text, published="2024-03-05")
    agreed = [e for e in analysis.events if e.type == "AGREE" and e.start < len(line)]
    assert agreed, analysis.events
    assert {agreed[0].actor, agreed[0].target} == {"William Ruto", "Cyril Ramaphosa"}
    assert text[agreed[0].start:agreed[0].end].startswith("Ruto and Ramaphosa pledge")
