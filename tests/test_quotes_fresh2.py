"""Speakers and quote marks on constructions met in the second batch of own BASIL gold
(tests/gold/basil_quotes_dev2.json). Every test is a sentence written for it."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def test_the_official_is_the_unnamed_one_introduced_not_a_named_director(quotes):
    text = ("Director Harlan Voss issued a statement on Friday calling the leak "
            "\"reprehensible.\"\n\n"
            "A senior administration official also pushed back, saying the law \"does not "
            "allow the targeting of citizens.\"\n\n"
            "\"The program is subject to review by the court,\" the official said.")
    assert [s for _, s in quotes(text)] == ["Harlan Voss", None, None]


def test_the_spokesperson_speaks_for_the_company_named_when_introduced(quotes):
    text = ("Director Harlan Voss praised the review on Monday.\n\n"
            "A spokesperson for Bellcorp says the firm takes privacy seriously.\n\n"
            "\"We disclose data only when the law requires it,\" the spokesperson said.")
    assert quotes(text)[-1][1] == "Bellcorp"


def test_the_spokesman_introduced_by_name_is_that_person(quotes):
    text = ("Mr. Halvorsen left early. The ministry's spokesman, Ian Dorrance, spoke on "
            "Monday. \"We will not accept this,\" the spokesman said.")
    assert [s for _, s in quotes(text)] == ["Ian Dorrance"]


def test_a_left_mark_glued_after_a_stop_closes_the_quote(quotes):
    # the quote ends with an opening-style mark; the next paragraph is narration
    text = ("Dana Ruiz said the data is \u201csubject to strict limits. The court only allows "
            "queries on a reasonable suspicion.\u201c\n\n"
            "Several hours earlier, an unnamed official pushed back, saying the law \"does not "
            "allow the targeting of citizens.\u201d")
    got = quotes(text)
    assert [q for q, _ in got] == [
        "subject to strict limits. The court only allows queries on a reasonable suspicion.",
        "does not allow the targeting of citizens."]
    assert [s for _, s in got] == ["Dana Ruiz", None]


def test_an_occupation_before_the_name_is_not_part_of_it(quotes):
    text = ("Historian Alan Brinkley of Columbia University told a reporter the reading may "
            "be \"a bit of theater.\"")
    assert [s for _, s in quotes(text)] == ["Alan Brinkley"]


def test_a_newspapers_editorial_board_speaks_for_the_newspaper(quotes):
    text = ("\u201cThey were better left unsaid,\u201d The Washington Post\u2019s editorial "
            "board said Tuesday.")
    assert [s for _, s in quotes(text)] == ["Washington Post"]


def test_an_untagged_office_keeps_its_printed_name(quotes):
    text = ("\u201cThe couple knew that many of their purchases could be made only with "
            "campaign funds,\u201d according to the U.S. Attorney\u2019s Office.")
    assert [s for _, s in quotes(text)] == ["U.S. Attorney\u2019s Office"]


def test_he_after_a_fronted_when_clause_is_the_person_it_names(quotes):
    text = ("Mr. Halvorsen, officials said, acted on his own. But when the final draft was "
            "sent to Mr. Petrak, he dismissed it, saying \u201cFrankly, I would rather not use "
            "this.\u201d")
    assert [s for _, s in quotes(text)] == ["Petrak"]


def test_a_paragraph_quote_after_a_name_the_tagger_reads_as_a_noun(quotes):
    # the no-break space before the name makes the small tagger read it as a common noun
    text = ("Claims by Sen. Bernie Sanders were checked by the site.\n\n"
            "On July 6, 2015,\u00a0Sanders made the following comment:\n\n"
            "\u201cFor young people, the jobless rate is 33 percent.\u00a0 For older "
            "workers, it is 5 percent.\u201d")
    assert [s for _, s in quotes(text)] == ["Bernie Sanders"]


def test_he_after_a_when_clause_about_someone_else_is_not_that_person(quotes):
    text = ("Mr. Halvorsen spoke at the forum. When reporters asked him about Mr. Petrak, he "
            "said: \u201cFrankly, I would rather not discuss it.\u201d")
    assert [s for _, s in quotes(text)] == ["Halvorsen"]


def test_which_after_an_organisation_is_that_organisation(quotes):
    text = ("The ruling came from the European Commission, which said that \"the deal was "
            "illegal state aid.\"")
    assert [s for _, s in quotes(text)] == ["European Commission"]
