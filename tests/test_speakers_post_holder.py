"""A speaker named by a post the actor resolver gives a holder on the article's day ("NATO's
chief said") is that holder. Sentences written for these tests."""

import pytest

from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc
from readout.records import Article


def speakers(text: str, published: str) -> list[str | None]:
    nlp = build_pipeline(None)
    article = Article(doc="t", text=text, published=published)
    return [q.speaker for q in analysis_from_doc(article, nlp(make_doc(nlp, article))).quotes]


@pytest.mark.parametrize(("day", "holder"), [("2021-06-01", "Jens Stoltenberg"),
                                             ("2025-06-01", "Mark Rutte")])
def test_the_chief_of_a_body_by_its_possessive(day: str, holder: str) -> None:
    text = "NATO's chief said the allies would meet their spending pledges this year."
    assert speakers(text, day) == [holder]


def test_an_unknown_post_stays_without_a_speaker() -> None:
    text = "The committee's chairwoman said the hearing would resume next week."
    assert speakers(text, "2024-03-01") == [None]
