"""Actor resolution, session 13: a gazetteer person's full name the small tagger misses, and
"the European side". Sentences written for these tests."""

import pytest

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


def mentions(text: str, day: str = "2018-07-14") -> list[tuple[str, str]]:
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=day)))
    return [(m.actor, m.text) for m in doc._.actor_mentions]


def test_untagged_full_name_after_a_headline_is_the_person() -> None:
    found = mentions("Dinner at Blenheim\n\nTheresa May hosted Donald Trump on Thursday.")
    assert ("Theresa May", "Theresa May") in found


def test_full_name_inside_a_longer_name_is_no_person() -> None:
    found = mentions("Donors gave money to the Theresa May Foundation last year.")
    assert not any(actor == "Theresa May" for actor, _ in found)


def test_full_name_in_a_headline_cased_line_is_left_to_the_tagger() -> None:
    found = mentions("Visitors Praise Theresa May Garden Design\n\nThe garden opened in June.")
    assert not any(actor == "Theresa May" for actor, _ in found)


def test_the_european_side_is_the_eu_when_the_article_names_it() -> None:
    text = ("Officials of the European Union met a Chinese delegation in Brussels on Monday. "
            "The European side raised market access.")
    assert ("European Union", "European") in mentions(text, "2023-05-05")


def test_the_european_side_is_no_one_without_the_eu() -> None:
    text = ("Delegations from several countries met in Geneva on Monday. "
            "The European side raised market access.")
    assert not any(actor == "European Union" for actor, _ in mentions(text, "2023-05-05"))


@pytest.mark.parametrize(("text", "state"), [
    ("Officials met in Geneva on Monday. The Chinese side raised market access.", "China"),
    ("Officials met in Geneva on Monday. The Ukrainian side asked for more aid.", "Ukraine"),
])
def test_a_demonym_side_is_its_state(text: str, state: str) -> None:
    assert any(actor == state for actor, _ in mentions(text, "2023-05-05"))
