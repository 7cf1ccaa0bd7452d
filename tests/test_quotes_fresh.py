"""Speakers and quote detection on constructions met in fresh news (BASIL development gold,
tests/gold/basil_quotes_dev.json): each test is a sentence written for it."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def direct():
    from readout.analyze import analyze_text

    def run(text: str) -> list[tuple[str, str | None]]:
        return [(text[q.start:q.end], q.speaker)
                for q in analyze_text(text, published="2014-06-01").quotes if q.kind == "direct"]

    return run


def test_they_after_two_people_named_together(direct):
    text = ("On Monday, Ms. Harlow Benning and Mr. Tobias Quill released a joint letter. "
            "\u201cThe rule is unfair to families in rural districts,\u201d they said. "
            "They added that \u201cthe agency has ignored every warning.\u201d")
    got = direct(text)
    assert [s for _, s in got] == ["Harlow Benning", "Harlow Benning"]


def test_they_after_a_group_stays_unnamed(direct):
    text = ("Ms. Harlow Benning met the farmers on Monday. Several growers came too.\n\n"
            "\u201cThe rule is unfair to families in rural districts,\u201d they said.")
    assert [s for _, s in direct(text)] == [None]


def test_the_report_speaks_for_the_body_that_wrote_it(direct):
    text = ("A March 2009 Budget Analysis Office report found that the levy would cover "
            "the gap.\n\n\"If the levy were raised, the fund would stay solvent for decades,\" "
            "said the report.")
    assert [s for _, s in direct(text)] == ["Budget Analysis Office"]


def test_the_letter_speaks_for_the_person_who_sent_it(direct):
    text = ("In two letters sent in May, Deputy Minister Arlen Voss told the senators that "
            "the agency had shared its files.\n\n"
            "The letter said the panel had been told \u201cabout these programs many "
            "times\u201d before the vote.")
    assert [s for _, s in direct(text)] == ["Arlen Voss"]


def test_a_letter_nobody_signed_stays_unnamed(direct):
    text = ("Reporters saw a letter last week.\n\n"
            "The letter said the panel had been told \u201cabout these programs many "
            "times\u201d before the vote.")
    assert [s for _, s in direct(text)] == [None]


def test_surname_after_full_name_whatever_its_tag(direct):
    text = ("Utah Attorney General Dale Pickering isn't backing down. In a statement, he said "
            "he intends to defend the law.\n\n"
            "\u201cBecause nearby states have worried about this, we are not surprised by "
            "the suit,\" Pickering said. \"We will defend against it in court.\u201d")
    assert [s for _, s in direct(text)] == ["Dale Pickering", "Dale Pickering"]


def test_long_subject_with_relative_clause(direct):
    text = ("On Friday, the adviser, Corinne Walsh, 41, who has thousands of readers on "
            "Facebook and at the time was a spokeswoman for a small-town mayor from Ohio, "
            "wrote an open letter to the twins on her website, saying they should \u201cshow "
            "some manners\u201d and \u201cstand up straight.\u201d")
    assert [s for _, s in direct(text)] == ["Corinne Walsh", "Corinne Walsh"]


def test_a_long_headline_after_titled_is_no_quote(direct):
    text = ("The story drew attention, including a blog post titled \u201cThe Twins Could "
            "Not Look More Tired by the Mayor\u2019s Speech.\u201d")
    assert direct(text) == []
