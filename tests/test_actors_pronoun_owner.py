"""A "he"/"she" whose sentence has no named subject before it goes back to the owner of the
subject ("Putin's last visit was …, when he …"), not to the subject of an earlier sentence.
Sentences written for these tests."""

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


def pronouns_of(text: str, published: str) -> list[tuple[int, str]]:
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))
    return [(m.start, m.actor) for m in doc._.actor_mentions if m.text.lower() == "he"]


def test_the_owner_of_the_subject_in_the_pronouns_own_sentence() -> None:
    text = ("Scholz said the talks had been useful. Macron's first trip abroad that year was "
            "to Berlin, where he spoke of a common European budget.")
    assert pronouns_of(text, "2022-05-10") == [(text.index("he spoke"), "Emmanuel Macron")]


def test_the_owner_of_the_subject_of_the_sentence_before() -> None:
    text = ("Scholz said the talks had been useful. Macron's letter to Sunak was short. "
            "He asked for a meeting before the summit.")
    assert pronouns_of(text, "2023-02-10") == [(text.index("He asked"), "Emmanuel Macron")]


def test_a_named_subject_still_comes_first() -> None:
    text = ("Macron's adviser briefed the press. Scholz said on Monday that he would travel "
            "to Paris.")
    assert pronouns_of(text, "2023-02-10") == [(text.index("he would"), "Olaf Scholz")]
