"""Of a state's many ambassadors, the speaker is the one on file for the post the phrase names
("the US ambassador to the United Nations"); with no post named, nobody is guessed. Sentences
written for these tests."""

import pytest

from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc
from readout.records import Article


def speakers(text: str, published: str) -> list[str | None]:
    nlp = build_pipeline(None)
    article = Article(doc="t", text=text, published=published)
    return [q.speaker for q in analysis_from_doc(article, nlp(make_doc(nlp, article))).quotes]


@pytest.mark.parametrize(("text", "expected"), [
    ("The US ambassador to the United Nations said the draft would be vetoed.",
     "Linda Thomas-Greenfield"),
    ("The American ambassador to Russia said the embassy would keep its doors open.",
     "Lynne Tracy"),
    ("The US ambassador in Moscow said the embassy would keep its doors open.", "Lynne Tracy"),
    ("The US ambassador said the draft would be vetoed.", None),
])
def test_an_ambassador_by_the_post_named(text: str, expected: str | None) -> None:
    assert speakers(text, "2023-03-01") == [expected]
