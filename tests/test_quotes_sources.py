"""Who speaks a quote that 'according to' ties to an analysis of a law or other text."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def speakers():
    from readout.analyze import analyze_text

    def run(text: str) -> list[str | None]:
        return [q.speaker for q in analyze_text(text, published="2014-03-01").quotes
                if q.kind == "direct"]

    return run


def test_words_of_a_law_are_not_the_analysts(speakers):
    text = ('The statute forbids lenders from "charging any fee not disclosed in advance," '
            'according to an analysis by the Carver Institute.')
    assert speakers(text) == [None]


def test_a_prediction_about_a_bill_is_the_analysts(speakers):
    text = ('The bill would "leave most renters worse off," according to a study by the '
            'Carver Institute.')
    assert speakers(text) == ["Carver Institute"]


def test_according_to_a_person_keeps_the_person(speakers):
    text = ('The treaty is "a gift to our rivals," according to Senator Mara Olsen.')
    assert speakers(text) == ["Mara Olsen"]
