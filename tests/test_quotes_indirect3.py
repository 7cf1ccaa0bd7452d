"""Indirect speech, third set (issue 3, from the second blind indirect set and PolNeAR dev):
an attribution opened by 'as' at the head of its sentence, a cue inserted after one
sentence adverb, and 'make (it) clear (that)'. Every sentence is written for its test."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


# the "indirect" fixture (text, speaker, cue of each indirect unit) is in tests/conftest.py


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("As Lena Cole pointed out on Monday, the harbour rarely freezes in March.",
     "the harbour rarely freezes in March", "pointed"),
    ("But as Lena Cole put it, the budget is a wish list.",
     "the budget is a wish list", "put"),
    ("As Lena Cole has noted, the bridge can carry twice the load.",
     "the bridge can carry twice the load", "noted"),
])
def test_an_as_attribution_opening_the_sentence_reports_the_clause_after_it(
        indirect, text, content, cue):
    assert (content, "Lena Cole", cue) in indirect(text)


@pytest.mark.parametrize("text", [
    "As the crowd chanted, police moved in.",  # 'as' of time: nothing reported
    "As the mayor said he would, the council voted on Friday.",  # the cue has its own clause
    "As she announced the plan, protesters gathered outside.",  # ... or its own object
])
def test_an_as_clause_of_time_or_with_its_own_content_reports_nothing_after_it(indirect, text):
    assert not any(t.startswith(("police", "the council", "protesters"))
                   for t, _, _ in indirect(text))


def test_a_cue_inserted_after_a_sentence_adverb(indirect):
    text = "Instead, Mayor Tom Ruiz said, the council spent the grant on new offices."
    found = indirect(text)
    assert [(speaker, cue) for _, speaker, cue in found] == [("Tom Ruiz", "said")]
    assert found[0][0].endswith("the council spent the grant on new offices")


@pytest.mark.parametrize(("text", "content"), [
    ("Prime Minister Anna Berg made clear that the border would stay closed.",
     "the border would stay closed"),
    ("Prime Minister Anna Berg made it clear that the border would stay closed.",
     "the border would stay closed"),
    ("In a letter to the council, Prime Minister Anna Berg made clear she was not against "
     "the bridge itself.", "she was not against the bridge itself"),
])
def test_make_clear_reports_its_clause(indirect, text, content):
    assert (content, "Anna Berg", "made") in indirect(text)


@pytest.mark.parametrize("text", [
    "The storm made it clear that the old pier was unsafe.",  # a thing states nothing
    "Prime Minister Anna Berg did not make clear whether the border would reopen.",
    "Prime Minister Anna Berg made the rules clear to everyone.",
])
def test_make_clear_without_a_statement(indirect, text):
    assert indirect(text) == []


@pytest.mark.parametrize(("text", "content"), [
    # the parser hangs the that-clause on the verb the infinitive cue hangs on
    ("Mayor Tom Ruiz continues to insist, most recently in a letter to residents, that the "
     "bridge will open in May.", "the bridge will open in May"),
    # ... or reads it as an adverbial clause after a comma
    ("Mayor Tom Ruiz told reporters on Friday, after a long meeting with the board, that the "
     "plant would close.", "the plant would close"),
])
def test_a_that_clause_after_an_interruption_is_still_reported(indirect, text, content):
    assert [(t, speaker) for t, speaker, _ in indirect(text)] == [(content, "Tom Ruiz")]


def test_a_purpose_clause_is_not_reported(indirect):
    text = "Mayor Tom Ruiz spoke slowly, so that the crowd could follow him."
    assert indirect(text) == []


@pytest.mark.parametrize("text", [
    "One statement from Mayor Tom Ruiz saying that he has no plans to sell the harbour could "
    "potentially defuse the entire dispute.",
    "One letter from the mayor saying that he will not sell the harbour would end the dispute.",
])
def test_a_statement_that_would_help_is_not_one_made(indirect, text):
    # (the parser reads 'saying' as the sentence's root and 'could defuse' as its complement)
    assert indirect(text) == []


@pytest.mark.parametrize(("text", "content"), [
    # the tagger reads 'reports' / 'maintains' as plural nouns after their subject
    ("Instead, the paper reports, the council spent the grant on new offices.",
     "Instead, the paper reports, the council spent the grant on new offices"),
    ("Secrecy is nothing new to the council, the mayor's former adviser maintains.",
     "Secrecy is nothing new to the council"),
])
def test_a_cue_read_as_a_noun_still_reports_its_clause(indirect, text, content):
    assert [t for t, _, _ in indirect(text)] == [content]


def test_a_list_of_nouns_in_s_is_no_cue(indirect):
    assert indirect("The minutes, the weekly reports, and the budgets were lost in the fire.") == []


def test_the_paper_is_the_outlet_just_named(indirect):
    text = ("The New York Times reported on Monday that the council had lost the files. "
            "Instead, the paper reports, the council spent the grant on new offices.")
    assert [speaker for _, speaker, _ in indirect(text)] == ["New York Times"] * 2


def test_the_paper_with_no_outlet_named_is_nobody(indirect):
    text = "The council had lost the files. The paper said the mayor knew."
    assert indirect(text) == [("the mayor knew", None, "said")]
