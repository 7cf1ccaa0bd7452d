"""Speakers and quote detection on constructions met in fresh news (BASIL development gold,
tests/gold/basil_quotes_dev.json): each test is a sentence written for it."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def test_they_after_two_people_named_together(quotes):
    text = ("On Monday, Ms. Harlow Benning and Mr. Tobias Quill released a joint letter. "
            "\u201cThe rule is unfair to families in rural districts,\u201d they said. "
            "They added that \u201cthe agency has ignored every warning.\u201d")
    got = quotes(text)
    assert [s for _, s in got] == ["Harlow Benning", "Harlow Benning"]


def test_they_after_a_group_stays_unnamed(quotes):
    text = ("Ms. Harlow Benning met the farmers on Monday. Several growers came too.\n\n"
            "\u201cThe rule is unfair to families in rural districts,\u201d they said.")
    assert [s for _, s in quotes(text)] == [None]


def test_the_report_speaks_for_the_body_that_wrote_it(quotes):
    text = ("A March 2009 Budget Analysis Office report found that the levy would cover "
            "the gap.\n\n\"If the levy were raised, the fund would stay solvent for decades,\" "
            "said the report.")
    assert [s for _, s in quotes(text)] == ["Budget Analysis Office"]


def test_the_letter_speaks_for_the_person_who_sent_it(quotes):
    text = ("In two letters sent in May, Deputy Minister Arlen Voss told the senators that "
            "the agency had shared its files.\n\n"
            "The letter said the panel had been told \u201cabout these programs many "
            "times\u201d before the vote.")
    assert [s for _, s in quotes(text)] == ["Arlen Voss"]


def test_a_letter_nobody_signed_stays_unnamed(quotes):
    text = ("Reporters saw a letter last week.\n\n"
            "The letter said the panel had been told \u201cabout these programs many "
            "times\u201d before the vote.")
    assert [s for _, s in quotes(text)] == [None]


def test_surname_after_full_name_whatever_its_tag(quotes):
    text = ("Utah Attorney General Dale Pickering isn't backing down. In a statement, he said "
            "he intends to defend the law.\n\n"
            "\u201cBecause nearby states have worried about this, we are not surprised by "
            "the suit,\" Pickering said. \"We will defend against it in court.\u201d")
    assert [s for _, s in quotes(text)] == ["Dale Pickering", "Dale Pickering"]


def test_long_subject_with_relative_clause(quotes):
    text = ("On Friday, the adviser, Corinne Walsh, 41, who has thousands of readers on "
            "Facebook and at the time was a spokeswoman for a small-town mayor from Ohio, "
            "wrote an open letter to the twins on her website, saying they should \u201cshow "
            "some manners\u201d and \u201cstand up straight.\u201d")
    assert [s for _, s in quotes(text)] == ["Corinne Walsh", "Corinne Walsh"]


def test_a_long_headline_after_titled_is_no_quote(quotes):
    text = ("The story drew attention, including a blog post titled \u201cThe Twins Could "
            "Not Look More Tired by the Mayor\u2019s Speech.\u201d")
    assert quotes(text) == []


def test_interview_prompts_keep_the_answering_speaker(quotes):
    text = ("Asked about each of the names on his list, Mr. Dalton obliged.\n\n"
            "Mayor Quist? \u201cTough,\u201d he said.\n\n"
            "Judge Amara Fell? \u201cA real talent.\u201d\n\n"
            "Senator Ivo Brandt? \u201cLoyal and smart.\u201d\n\n"
            "And Governor Pell? \u201cShe is a friend of mine.\u201d")
    assert [s for _, s in quotes(text)] == ["Dalton"] * 4


def test_labelling_her_remarks_is_the_labellers_quote(quotes):
    text = ("Senator Oren Malick on Monday criticised Judge Rita Vance for commenting on the "
            "race, calling her remarks about his campaign \u201ccompletely improper\u201d and "
            "asking her to step aside.")
    assert [s for _, s in quotes(text)] == ["Oren Malick"]


@pytest.fixture(scope="module")
def indirect():
    from readout.analyze import analyze_text

    def run(text: str) -> list[tuple[str, str | None]]:
        return [(text[q.start:q.end], q.speaker)
                for q in analyze_text(text, published="2016-09-01").quotes
                if q.kind == "indirect"]

    return run


def test_speech_verb_tagged_as_plural_noun(indirect):
    assert indirect("But Vance claims that she should be exempt from the rule.") == [
        ("she should be exempt from the rule", "Vance")]


def test_a_plural_noun_subject_is_no_cue(indirect):
    assert indirect("Her claims that the rule was unfair went unanswered.") == []


def test_continuing_to_say_reports_speech(indirect):
    got = indirect("Senator Ann Hale met the board. She went on to say that the plan was "
                   "doomed.")
    assert got == [("the plan was doomed", "Ann Hale")]


def test_declining_to_say_reports_nothing(indirect):
    assert indirect("Senator Ann Hale declined to say whether the plan was doomed.") == []


def test_warnings_from_a_named_source(indirect):
    text = ("The vote took place despite repeated warnings from Senator Ann Hale that the "
            "hearing was pointless.")
    assert indirect(text) == [("the hearing was pointless", "Ann Hale")]


def test_a_label_someone_deems_fitting_is_theirs(quotes):
    text = ('Mayor Lena Ortiz spoke on Monday. She deemed the council\'s budget "a sham" and '
            '"a disaster in the making."')
    assert [s for _, s in quotes(text)] == ["Lena Ortiz", "Lena Ortiz"]


def test_the_short_name_of_a_paper_is_its_full_name(quotes):
    text = ("The New York Times published a report on Sunday. Critics disputed it, but the "
            "Times reported, \"The records show no such service.\"")
    got = [s for _, s in quotes(text)]
    assert len(got) == 1 and got[0] in ("New York Times", "The New York Times")


def test_a_named_outlets_report_that(indirect):
    text = ("Senator Ann Hale seized on a Washington Post report that the mayor had lost "
            "millions in 1995.")
    got = indirect(text)
    assert [c for c, _ in got] == ["the mayor had lost millions in 1995"]
    assert got[0][1] in ("Washington Post", "The Washington Post")


def test_a_report_nobody_owns_is_no_quote(indirect):
    assert indirect("The report that the factory would close worried the workers.") == []


def test_unnamed_aides_relay_a_named_speaker(quotes):
    text = ("\u201cWe were crushed in the suburbs,\u201d aides said Senator Ann Hale told her "
            "colleagues behind closed doors.")
    assert [s for _, s in quotes(text)] == ["Ann Hale"]


def test_unnamed_aides_alone_stay_unnamed(quotes):
    text = "\u201cWe were crushed in the suburbs,\u201d aides said on Tuesday."
    assert [s for _, s in quotes(text)] == [None]


def test_an_apposition_mentioning_someone_else(quotes):
    text = ("Senator Ann Hale faces anger from liberal groups.\n\n"
            "\u201cThis was a cowardly retreat,\u201d said Citizens for Fair Budgets, one of "
            "several groups criticising Hale on Monday.")
    got = [s for _, s in quotes(text)]
    assert got != ["Ann Hale"]


def test_a_cue_closing_the_paragraph_above(quotes):
    text = ("\u201cThe tax authorities will have to decide how to handle this,\u201d Pavel "
            "Marek, a lawyer in Prague, said in an e-mail. He added,\n\n"
            "\u201cWe will need guidance from each region.\u201d")
    assert [s for _, s in quotes(text)] == ["Pavel Marek", "Pavel Marek"]


def test_a_place_before_a_comma_is_no_cue(quotes):
    text = ("Pavel Marek spoke on Monday. In Prague,\n\n"
            "\u201cWe will need guidance from each region,\u201d the note read.")
    assert [s for _, s in quotes(text)] != ["Pavel Marek"]


def test_clarifying_is_a_speech_act(quotes):
    text = ("The next day, Mayor Ann Hale clarified that she was merely speaking about "
            "budgets, not about the \"merits\" of the plan.")
    assert quotes(text) == [("merits", "Ann Hale")]


def test_it_after_a_part_of_a_document_is_the_document(quotes):
    text = ("Last year the embassy received a State Department cable about the threat. Rebel "
            "groups were active in the city. A key section of the cable, which remains "
            "secret, seemed to predict the attack itself.\n\n"
            "\"The post cannot be defended against a coordinated assault,\" it said.")
    assert [s for _, s in quotes(text)] == ["State Department"]


def test_a_one_word_body_name_inside_a_longer_one_does_not_loop(quotes):
    # 'Ministry' is the last word of 'Foreign Ministry', whose cleaned form is 'Ministry'
    # again: looking for the fuller name must stop after one step
    text = ("Iran's Foreign Ministry announced on Monday that talks would resume. "
            "\"We are ready,\" the Ministry said.")
    assert len(quotes(text)) == 1
