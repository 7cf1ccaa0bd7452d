"""A speaker the story calls by a given name alone ("Maria said") is the person it named
in full, when exactly one person of that given name appears."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def speakers():
    from readout.analyze import analyze_text

    def run(text: str) -> list[str | None]:
        return [q.speaker for q in analyze_text(text, published="2016-03-01").quotes
                if q.kind == "direct"]

    return run


def test_given_name_takes_the_full_name(speakers):
    text = ('Rosa Delgado, a bus driver in Fresno, has voted in every election since 1990.\n\n'
            '"I am tired of waiting," Rosa said. "Nobody listens to us," she added.')
    assert speakers(text) == ["Rosa Delgado", "Rosa Delgado"]


def test_given_name_picks_the_right_relative(speakers):
    text = ('Frank Okafor and his wife, Helen Okafor, watched the debate at home.\n\n'
            '"He is doing well tonight," Helen said.')
    assert speakers(text) == ["Helen Okafor"]


def test_two_people_with_one_given_name_stay_unresolved(speakers):
    text = ('Rosa Delgado and Rosa Whitfield both run shops on Main Street.\n\n'
            '"Business has never been slower," Rosa said.')
    assert speakers(text) == ["Rosa"]



def test_title_case_headline_tagged_as_a_name_is_not_a_person():
    from spacy.tokens import Span

    from readout.analyze.gazetteer import load_gazetteer
    from readout.analyze.pipeline import build_pipeline
    from readout.analyze.speakers import SpeakerResolver

    nlp = build_pipeline(None)
    doc = nlp("Dunmore Backs FBI Reforms, Says Panel Was Told\n\nSenator Alan Dunmore spoke.")
    # small models tag such headlines PERSON: force the tag to test the guard
    doc.ents = [Span(doc, 0, 4, label="PERSON")] + [e for e in doc.ents if e.start >= 4]
    resolver = SpeakerResolver(doc, [], load_gazetteer(), [])
    assert all("Backs" not in p.name for p in resolver.people.values())
