"""Proposals on fresh war headlines and timeline updates: the general causes found on
tests/gold/fresh_proposals_dev2.json (RUWA headlines with subheadings, annotator 3's updates),
each on a sentence of the project's own."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc
from readout.records import Article, Proposal


@lru_cache(maxsize=1)
def _nlp() -> Language:
    return build_pipeline(None)


def proposals_of(text: str) -> list[Proposal]:
    nlp = _nlp()
    article = Article(doc="t", text=text, published="2022-06-01")
    return analysis_from_doc(article, nlp(make_doc(nlp, article))).proposals


def test_a_dash_credit_after_a_headline_names_the_proposer() -> None:
    found = proposals_of("Grain corridor must stay open \u2013 Erdogan")
    assert [(p.proposer, p.issue) for p in found] == [("Recep Tayyip Erdoğan", "stay open")]


def test_a_bare_title_credit_is_the_person_the_subheading_names_with_it() -> None:
    found = proposals_of("Allies should send more air defence systems - minister\n\n"
                         "Ukrainian Defence Minister Oleksii Reznikov said on Monday that deliveries "
                         "were too slow.")
    assert [p.proposer for p in found] == ["Oleksii Reznikov"]


def test_an_unnamed_group_credited_after_a_dash_is_no_author() -> None:
    found = proposals_of("Oil embargo must be widened to work -economists")
    assert [p.proposer for p in found] == ["economists"]


def test_an_agency_credit_after_a_finished_sentence_names_no_speaker() -> None:
    found = proposals_of("Parliament said the bloc must act now. \u2014 Agency.")
    assert all(p.proposer != "Agency" for p in found)
