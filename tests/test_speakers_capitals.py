"""A capital speaking for its government is the state, as the actor list reads it: "Washington
says" is the United States as "Moscow says" is Russia. Sentences written for these tests."""

import pytest

from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc
from readout.records import Article


def speakers(text: str) -> list[str | None]:
    nlp = build_pipeline(None)
    article = Article(doc="t", text=text, published="2023-05-02")
    return [q.speaker for q in analysis_from_doc(article, nlp(make_doc(nlp, article))).quotes]


@pytest.mark.parametrize(("text", "state"), [
    ("Washington says the sanctions will stay in place until the troops leave.",
     "United States"),
    ("Moscow says the sanctions will fail within a year.", "Russia"),
])
def test_a_capital_speaks_as_its_state(text: str, state: str) -> None:
    assert speakers(text) == [state]
