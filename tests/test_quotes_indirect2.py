"""Indirect speech, second set (issue 3, indirect-speech round): statements not made
(withheld, or a question put to the subject), clause reports the parser misreads, and a
paragraph of a speaker's words set as a block after a colon. Every sentence is written for
its test."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


# the "indirect" fixture (text, speaker, cue of each indirect unit) is in tests/conftest.py


def test_a_question_put_to_the_subject_is_not_the_subjects_statement(indirect):
    text = ("Senator Dana Whitfield, asked if she backed the new tariff, said she needed "
            "more time to study it.")
    found = indirect(text)
    assert ("she needed more time to study it", "Dana Whitfield", "said") in found
    assert not any(cue == "asked" for _, _, cue in found)


def test_a_sentence_opening_question_put_to_the_speaker(indirect):
    text = "Asked whether the tariff would rise, Senator Dana Whitfield said it would not."
    assert [cue for _, _, cue in indirect(text)] == ["said"]


def test_the_subject_s_own_question_stays(indirect):
    text = "Mayor Tom Ruiz asked whether the council could meet in May."
    assert indirect(text) == [("whether the council could meet in May", "Tom Ruiz", "asked")]


@pytest.mark.parametrize("text", [
    "Mayor Tom Ruiz appeared to soften his stance by avoiding saying the park would be sold.",
    "Mayor Tom Ruiz refrained from saying the park would be sold.",
    "Mayor Tom Ruiz stopped short of claiming the park would be sold.",
])
def test_a_statement_withheld_is_not_reported(indirect, text):
    assert indirect(text) == []


def test_an_aside_after_a_verb_of_withholding_is_still_a_statement(indirect):
    # 'shied away from X, saying Y': the participle is an aside, and Y was said
    text = ("Senator Ann Price shied away from calling herself a reformer, saying she ran "
            "on party principles.")
    assert ("she ran on party principles", "Ann Price", "saying") in indirect(text)


def test_a_non_reporting_verb_is_not_read_as_an_inserted_cue(indirect):
    # 'On Thursday, X spoke to ..., promising ...' looks like ', X said,' but 'spoke to' reports
    # nothing: only the promise is content
    text = ("On Thursday, Mayor Ann Price spoke to a crowd of builders, promising to cut "
            "permit fees and open more land to housing.")
    found = indirect(text)
    assert not any(cue == "spoke" for _, _, cue in found)
    assert ("to cut permit fees and open more land to housing", "Ann Price",
            "promising") in found


def test_a_reported_clause_misread_as_the_object_of_said(indirect):
    text = ("Karen Holt, who leads the tenants' union, said many of the buildings that "
            "critics describe as luxury towers in fact house working families.")
    found = indirect(text)
    assert len(found) == 1
    said, speaker, _ = found[0]
    assert said.startswith("many of the buildings") and said.endswith("working families")
    assert speaker == "Karen Holt"


def test_a_one_word_or_pronoun_object_of_said_is_no_content(indirect):
    assert indirect("Mayor Tom Ruiz said it again on Monday.") == []


def test_wrote_with_a_clause_and_no_that(indirect):
    text = ("In a joint letter on Friday, Senator Ann Price and Senator Joe Lund wrote they "
            "expect the agency to publish the audit at once.")
    found = indirect(text)
    assert [said for said, _, _ in found] == [
        "they expect the agency to publish the audit at once"]


@pytest.mark.parametrize("text", [
    "Senator Ann Price wrote a long book about the state budget.",
    "Senator Ann Price wrote what she knew about the state budget.",
])
def test_wrote_without_a_reported_clause(indirect, text):
    assert indirect(text) == []


def test_a_paragraph_of_words_set_as_a_block_after_a_colon(indirect):
    text = ("Road fight\n\n"
            "Governor Ann Price toured the roads on Monday. She was angry. The governor "
            "added:\n\n"
            "It is typical of the council. They know nothing about roads, but they never "
            "stop talking.\n\n"
            "The council did not reply.")
    found = indirect(text)
    assert len(found) == 1
    said, speaker, cue = found[0]
    assert said.startswith("It is typical of the council") and "never stop talking" in said
    assert (speaker, cue) == ("Ann Price", "added")


def test_a_quoted_paragraph_after_a_colon_is_left_to_the_direct_quote(indirect):
    text = ("Road fight\n\n"
            "Governor Ann Price toured the roads on Monday. The governor added:\n\n"
            "\u201cIt is typical of the council. They know nothing about roads.\u201d\n\n"
            "The council did not reply.")
    assert indirect(text) == []


def test_a_colon_before_a_list_of_names_is_no_block_quote(indirect):
    text = ("Road fight\n\n"
            "The council named its new members on Monday. The clerk announced:\n\n"
            "Ann Price, Joe Lund.\n\n"
            "The council did not reply.")
    assert indirect(text) == []


def test_according_to_after_a_reported_statement_adds_no_second_unit(indirect):
    # the paper is where the report came from; the statement is the mayor's, and the
    # source phrase is not part of what she said
    text = ("Mayor Ann Price said the two never met again, and that she later moved away, "
            "according to the Tribune.")
    found = indirect(text)
    assert [(speaker, cue) for _, speaker, cue in found] == [("Ann Price", "said")]
    assert "Tribune" not in found[0][0]


def test_according_to_inside_the_clause_it_sources(indirect):
    text = "The mayor's new plan, according to two aides, would cut the sales tax."
    found = indirect(text)
    assert len(found) == 1
    said, _, cue = found[0]
    assert said.startswith("The mayor's new plan") and said.endswith("cut the sales tax")
    assert cue == "according"


def test_according_to_closing_a_plain_clause(indirect):
    text = "The two never met again, according to the Tribune."
    assert indirect(text) == [("The two never met again", "Tribune", "according")]


def test_an_as_attribution_inside_the_clause_it_reports(indirect):
    text = "The harbor, as Mayor Tom Ruiz noted on Monday, rarely freezes in March."
    found = indirect(text)
    assert len(found) == 1
    said, speaker, cue = found[0]
    assert said.startswith("The harbor") and said.endswith("freezes in March")
    assert (speaker, cue) == ("Tom Ruiz", "noted")


def test_as_phrases_without_a_speaker_are_no_attribution(indirect):
    text = "The budget passed, as expected, and the mayor, as always, kept quiet."
    assert indirect(text) == []


def test_an_as_attribution_after_a_clause_is_not_stretched_over_the_sentence(indirect):
    text = ("If Senator Joe Lund does bring the bill to the floor, as Mayor Tom Ruiz said he "
            "would, the council will have to choose a side.")
    assert not any(said.startswith("If Senator") for said, _, _ in indirect(text))


def test_an_as_attribution_opening_a_new_clause_reports_that_clause(indirect):
    text = ("Mayor Tom Ruiz has long backed the plan, and, as the Ledger reported, his ward is "
            "mostly made up of renters.")
    found = [(said, cue) for said, _, cue in indirect(text) if cue == "reported"]
    assert found == [("his ward is mostly made up of renters", "reported")]


def test_a_that_clause_misread_as_a_relative_of_the_addressee_after_to(indirect):
    text = "Nadia Ortiz can be heard shouting to the guards that her brother was unarmed."
    assert indirect(text) == [("her brother was unarmed", "Nadia Ortiz", "shouting")]


def test_a_true_relative_after_to_is_no_report(indirect):
    assert indirect("Mayor Tom Ruiz spoke to the reporters that the city had hired.") == []


def test_a_time_clause_hung_on_the_cue_is_not_what_was_said(indirect):
    text = ("Protesters wore shirts with his words on them, as Omar Reed, pinned to the "
            "pavement, said before he died.")
    assert indirect(text) == []


def test_a_cue_with_its_object_gapped_reports_nothing(indirect):
    assert indirect("Everything Governor Ann Price says is a lie unless proven otherwise.") == []


def test_a_relative_clause_report_with_its_subject_gapped_is_not_the_sentence(indirect):
    text = "The plan, which Governor Ann Price said was flawed, died in committee in May."
    assert not any(said.startswith("was flawed, died") for said, _, _ in indirect(text))


def test_a_clause_before_a_colon_is_not_reported_by_the_cue_after_it(indirect):
    text = "We have seen this before: Senator Ann Price declared war on the budget office."
    assert not any(said.startswith("We have seen") for said, _, _ in indirect(text))


def test_a_clause_after_a_comma_cue_is_kept(indirect):
    text = "The plan will fail, Mayor Tom Ruiz told reporters."
    assert indirect(text) == [("The plan will fail", "Tom Ruiz", "told")]


def test_according_to_over_a_clause_whose_verb_reports_nothing_is_kept(indirect):
    # 'agreed to' takes no reported clause of its own, so the source of the claim stays
    text = "According to Mayor Tom Ruiz, the two councils agreed to share the costs."
    assert indirect(text) == [("the two councils agreed to share the costs", "Tom Ruiz",
                               "According")]


def test_according_to_over_a_speaker_s_own_report_gives_the_speaker(indirect):
    text = "According to Mayor Tom Ruiz, Senator Ann Price repeated that the plan was dead."
    assert [who for _, who, _ in indirect(text)] == ["Ann Price"]
