"""Speakers on constructions met in the sixth batch of own BASIL gold
(tests/gold/basil_quotes_dev6.json, direct and indirect speech). Every test is a sentence
written for it."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def test_an_answer_introduced_by_a_colon_is_the_answerer_s_not_the_accuser_s(quotes):
    # 'Lee's charges' is a speech noun nearer the colon, but the words are Ortiz's answer
    text = ("Feud grows\n\n"
            "Mayor Dan Ortiz answered Lee's charges in a statement on Monday evening:\n\n"
            "\u201cI had nothing to do with the leak and I never read the memo. I do not hire "
            "people to attack my rivals.\n\n"
            "The trouble is his and his alone.\u201d")
    assert [s for _, s in quotes(text)][:1] == ["Dan Ortiz"]


def test_the_front_runner_is_the_one_the_article_called_a_candidate(quotes):
    # the tokenizer splits 'front-runner'; the governor spoke last and is the subject of
    # most sentences, but only the Senate candidate stands in a race
    text = ("Governor rejects toll plan\n\n"
            "Governor Ann Whitley says the state will not pay for a new bridge over the river, "
            "despite what Senate candidate Mark Delaney may claim.\n\n"
            "\"We are not going to fund that bridge,\" Whitley told reporters on Monday.\n\n"
            "The Republican front-runner, who has made many sharp remarks about the governor, "
            "including calling her \"reckless\" and \"lazy,\" insists he'll force the state into "
            "paying for the bridge if he's elected.")
    assert [s for _, s in quotes(text)][1:] == ["Mark Delaney", "Mark Delaney"]
    assert quotes(text, "indirect")[-1] == (
        "he'll force the state into paying for the bridge if he's elected", "Mark Delaney")


def test_trump_read_as_a_verb_is_still_the_person(quotes):
    # 'Trump over the weekend again denied' is parsed as the verb 'trump over'
    text = ("Mayor faces questions\n\n"
            "President Donald Trump spoke to the mayor on Friday.\n\n"
            "Trump over the weekend again denied that he asked the mayor to drop the "
            "inquiry.")
    assert quotes(text, "indirect")[0] == (
        "he asked the mayor to drop the inquiry", "Donald Trump")


def test_a_quote_left_open_before_a_trailing_space_keeps_its_cue(quotes):
    # the paragraph that opens the quotation ends in a space before the blank line
    text = ("Mayor faces questions\n\n"
            "Mayor Ann Whitley spoke to reporters on Friday about the budget.\n\n"
            "This was after Whitley\u2019s account posted Sunday: \u201cI let the deputy go "
            "because she misled the council. \n\n"
            "She has admitted it.\u201d\n")
    assert quotes(text)[0] == ("I let the deputy go because she misled the council.",
                               "Ann Whitley")


def test_according_to_inside_a_relative_clause_reports_only_that_clause(quotes):
    text = ("Mayor wins again\n\n"
            "While Ortiz said that he expects voters to back the plan, he is worried about "
            "the turnout in the north, where, according to exit polls, Whitley won 40 percent "
            "of the vote.")
    # (not the whole sentence from 'While Ortiz said', which hid Ortiz's own clause)
    assert quotes(text, "indirect") == [("he expects voters to back the plan", "Ortiz"),
                                        ("Whitley won 40 percent of the vote", None)]


def test_went_on_to_argue_that_is_a_statement_made(quotes):
    # the parser hangs 'argue' on 'went' as an adverbial clause
    text = ("Rivals trade charges\n\n"
            "Mr. Paul Renner, who was mayor from 2004 until 2010, went on to argue that the "
            "new budget was built on bad numbers and that the cuts would hurt the city.")
    assert quotes(text, "indirect") == [
        ("the new budget was built on bad numbers and that the cuts would hurt the city",
         "Paul Renner")]


def test_a_second_said_joined_to_the_first_clause_ends_it(quotes):
    # 'said X and said Y "..."': X is reported on its own even when Y holds quoted words
    text = ("Mayor weighs in\n\n"
            "Mayor Ann Whitley on Monday said the agency ruined the career of her former "
            "deputy and said her opponent, Mark Delaney, faced no penalty after he lied "
            "\u201cmany times\u201d to the agency.")
    assert quotes(text, "indirect")[0] == (
        "the agency ruined the career of her former deputy", "Ann Whitley")


def test_what_somebody_said_is_an_object_not_a_report(quotes):
    text = ("Mayor weighs in\n\n"
            "Mayor Ann Whitley did not say exactly what Mr. Delaney said that she considered "
            "false.")
    assert quotes(text, "indirect") == []


def test_a_release_from_somebody_s_office_is_theirs(quotes):
    text = ("Senator backs the bill\n\n"
            "Senator Ann Whitley will vote for the measure, aides said on Tuesday.\n\n"
            "\"This bill protects families,\" a release from Whitley's office noted.")
    assert quotes(text) == [("This bill protects families,", "Ann Whitley")]


def test_the_company_is_the_business_named_last(quotes):
    # no organisation's name holds the word 'company'; the one with a corporate form does
    text = ("Plant to close\n\n"
            "Acme Corp. plans to cut 300 jobs in Ohio, state officials said. The company says "
            "the plant will close in May.")
    assert quotes(text, "indirect")[-1] == ("the plant will close in May", "Acme Corp.")


def test_a_quote_without_a_cue_takes_the_speaker_named_after_the_next_one(quotes):
    # the attribution comes once, after the second of two quoted sentences
    text = ("Campaign hits back\n\n"
            "Campaign spokesman Ben Lasky also issued a statement on Saturday.\n\n"
            "The remark was \"the newest low in a primary race that has run on distortions "
            "and gloom.\" It was \"a sharp contrast with a governor who is focused every day "
            "on jobs,\" Lasky said.\n")
    assert [s for _, s in quotes(text)] == ["Ben Lasky", "Ben Lasky"]


def test_the_company_is_the_organisation_the_sentence_before_has_as_subject(quotes):
    # no corporate form in its name; a government department as subject is no company, so
    # the second "The company" is the business the article keeps naming (the actor resolver
    # reads it back to Costco), never the department
    text = ("Plant to close\n\n"
            "Costco calls the report unfair and misleading. The company says the plant in "
            "Ohio will stay open.\n\n"
            "The Justice Department sued Costco on Monday. The company says the suit has no "
            "merit.\n")
    found = quotes(text, "indirect")
    assert found[1:] == [("the plant in Ohio will stay open", "Costco"),
                         ("the suit has no merit", "Costco")]
