"""readout.analyze.actors.two_sides: one reading of "the two countries", "both sides", "the
two leaders" for every component. Sentences written for these tests."""

import pytest

from readout.analyze.actors import two_sides
from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


def sides(text: str, phrase_head: str, nth: int = 0) -> tuple[str, str] | None:
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published="2024-03-05")))
    token = [t for t in doc if t.text == phrase_head][nth]
    return two_sides(doc, token)


def test_the_two_countries_are_the_latest_two_states() -> None:
    text = ("Norway hosted the talks. Chile and Peru sent their foreign ministers. "
            "The two countries agreed to reopen their embassies.")
    assert sides(text, "countries") == ("Chile", "Peru")


def test_both_sides_are_the_subject_and_object_before() -> None:
    text = ("Chile broke off relations with Peru in March. Since then both sides have "
            "traded accusations.")
    assert sides(text, "sides") == ("Chile", "Peru")


def test_the_two_leaders_are_people() -> None:
    text = ("Emmanuel Macron received Olaf Scholz in Paris on Monday. The two leaders "
            "discussed the budget of France and Germany.")
    assert sides(text, "leaders") == ("Emmanuel Macron", "Olaf Scholz")


@pytest.mark.parametrize("text", [
    "Chile and Peru met. Three countries objected.",
    "Chile and Peru met. The countries objected.",
])
def test_no_two_sides_without_two_or_both(text: str) -> None:
    assert sides(text, "countries") is None
