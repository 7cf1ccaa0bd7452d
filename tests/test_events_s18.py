"""Event rules, eleventh round (eighteenth session, task events11): mechanisms found reading
the dev14 articles, each shown on the project's own sentences (other wording, other parties)
with the readings that must stay as they were."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from readout.analyze.pipeline import analyze_text, build_pipeline, make_doc
from readout.records import Article


def triples(text: str, published: str = "2024-03-04") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def test_a_bare_name_the_article_gives_in_full_is_not_a_leader_it_only_ends_an_alias() -> None:
    # "Ali" closes the gazetteer's "Abiy Ahmed Ali" (a grandfather's name), not his family name
    found = triples("Ghana's President Kwame Ali met Kenya's President William Ruto on Monday. "
                    "Blinken spoke to Ali by phone on Tuesday.")
    assert ("CONSULT", "Antony Blinken", "Kwame Ali") in found
    assert not {t for t in found if "Abiy Ahmed" in t}
    # a leader keeps his own family name beside kin the article names in full
    assert ("CONSULT", "Joe Biden", "Olaf Scholz") in triples(
        "The first lady, Jill Biden, visited a school in Ohio. Biden met Chancellor Olaf Scholz "
        "at the White House on Friday.", published="2023-05-05")


def test_the_presidents_are_the_two_presidents_not_a_prime_minister_named_since() -> None:
    opening = ("Kenya's President William Ruto and Ghana's President Kwame Osei met in Barbados "
               "on Thursday. Barbados Prime Minister Mia Mottley read out a joint statement. ")
    found = triples(opening + "The presidents agreed to meet again in Accra.")
    assert {("AGREE", "Kwame Osei", "William Ruto"), ("AGREE", "William Ruto", "Kwame Osei")} \
        & found
    assert not {t for t in found if t[0] == "AGREE" and "Mia Mottley" in t}


def test_his_on_what_a_named_speaker_says_is_the_speakers() -> None:
    # (not the pope, the man named last before it)
    assert ("his", "William Ruto") in _mentions(
        "Pope Francis flew into Nairobi on Friday. President William Ruto, speaking before the "
        "pope, said his government would resume peace talks with the rebels.")


@lru_cache(maxsize=1)
def _nlp() -> Language:
    return build_pipeline()


def _mentions(text: str) -> set[tuple[str, str]]:
    nlp = _nlp()
    doc = nlp(make_doc(nlp, Article(doc="probe", text=text, published="2024-03-04")))
    return {(m.text, m.actor) for m in doc._.actor_mentions}
