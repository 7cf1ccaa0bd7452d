"""Indirect speech, session 9 (checklist tests/checklist/quotes_reported.json): speakers of
cues whose subject the parser hung elsewhere, 'the ministry' after a ministry written in lower
case, and cues that report no statement (conditions, 'no one said'). Sentences written here."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def indirect():
    from readout.analyze import analyze_text

    def run(text: str, published: str = "2024-05-01") -> list[tuple[str, str | None]]:
        quotes = analyze_text(text, published=published).quotes
        return [(q.text, q.speaker) for q in quotes if q.kind == "indirect"]

    return run


def test_named_apposition_after_a_fronted_phrase_speaks(indirect):
    text = ("After a long dinner with his Ghanaian counterpart, Nigeria's trade minister, "
            "Tunde Bakare, told journalists that the customs dispute had been settled.")
    assert indirect(text) == [("the customs dispute had been settled", "Tunde Bakare")]


def test_named_apposition_after_a_fronted_clause_with_a_title(indirect):
    text = ("Following two rounds of talks with the Chilean delegation, Peru's envoy, "
            "Rosa Quispe, told reporters that a fishing accord was within reach.")
    assert indirect(text) == [("a fishing accord was within reach", "Rosa Quispe")]


def test_the_ministry_after_a_lower_case_state_ministry(indirect):
    text = ("Japan's foreign ministry summoned the Chinese ambassador on Monday. The ministry "
            "said the survey ship had entered Japanese waters twice.")
    assert indirect(text) == [("the survey ship had entered Japanese waters twice", "Japan")]


def test_the_ministry_after_a_state_ministry_the_gazetteer_knows(indirect):
    text = ("Russia's defence ministry published a video of the drills. The ministry said "
            "that some 30 ships had taken part.")
    assert indirect(text) == [("some 30 ships had taken part", "Russian Defence Ministry")]


def test_a_conditional_cue_reports_nothing(indirect):
    assert indirect("If Caracas says the vote was fair, the observers will ask to see the "
                    "tallies.") == []
    assert indirect("Unless Hanoi confirms that the route is open, the convoy will wait at "
                    "the border.") == []


def test_a_statement_nobody_made_is_not_reported(indirect):
    assert indirect("No one said the reform of the council would be quick.") == []
    assert indirect("Nobody in the cabinet said the budget was final.") == []
    assert indirect("No diplomat said the mission had failed.") == []


def test_a_condition_inside_a_reported_clause_keeps_the_outer_statement(indirect):
    found = indirect("Ann Roe said that if the lenders agreed, the loan could be signed in "
                     "June.")
    assert [speaker for _, speaker in found] == ["Ann Roe"]
    assert "the loan could be signed in June" in found[0][0]


# --- wire copy in context (checklist tests/checklist/quotes_context.json)

def test_a_dateline_is_neither_speaker_nor_content(indirect):
    text = ("Ghana backs regional force\n\nACCRA - Ghana said on Friday that it would send "
            "two hundred soldiers to the regional force.")
    assert indirect(text) == [("it would send two hundred soldiers to the regional force",
                               "Ghana")]
    text = ("Talks to resume\n\nLIMA - The fishing talks will resume on Monday, according to "
            "Peru's trade ministry.")
    assert indirect(text) == [("The fishing talks will resume on Monday", "Peru")]


def test_a_dateline_parsed_as_a_second_subject_gives_way_to_the_title(indirect):
    text = ("Australia seeks Pacific policing pact\n\nCANBERRA - Australia's foreign minister "
            "said on Monday that the country, which already trains police in four island "
            "states, would fund a new academy.")
    found = indirect(text, published="2024-03-04")
    assert [speaker for _, speaker in found] == ["Penny Wong"]


def test_according_to_a_statement_from_a_lower_case_ministry(indirect):
    text = ("The pledges were made at a closed meeting, according to a statement from the "
            "Kenyan foreign ministry.")
    assert indirect(text) == [("The pledges were made at a closed meeting", "Kenya")]


def test_a_ministry_in_a_capital_and_it_after_it(indirect):
    text = ("The foreign ministry in Ankara said the shelling was a reply to attacks that "
            "Damascus had allowed. It said Turkey would keep its troops in place.")
    assert [speaker for _, speaker in indirect(text)] == ["Turkey", "Turkey"]


def test_told_a_briefing_that(indirect):
    text = "Ann Roe told a regular briefing that the ships had left the area on Sunday."
    assert indirect(text) == [("the ships had left the area on Sunday", "Ann Roe")]


def test_said_to_with_an_infinitive_is_hearsay(indirect):
    assert indirect("The convoy, said to carry fuel and medicine, crossed the border at "
                    "dawn.") == []


def test_a_description_with_a_demonym_is_the_person_of_that_state(indirect):
    text = ("Talks on river quotas\n\nTIRANA - Albania's energy minister Arben Hoxha met his "
            "Greek counterpart Nikos Stavrou on Monday. The Albanian minister said the two "
            "sides had agreed on a joint survey. The Greek minister added that a treaty could "
            "follow next year.")
    assert [speaker for _, speaker in indirect(text)] == ["Arben Hoxha", "Nikos Stavrou"]


def test_an_apposition_keeps_a_given_name_the_model_left_out(indirect):
    text = ("Thailand's foreign ministry spokeswoman, Nikorndej Balankura, said on Monday "
            "the border would reopen next week.")
    assert indirect(text) == [("the border would reopen next week", "Nikorndej Balankura")]


def test_a_ministers_ministry_speaks_for_the_state(indirect):
    text = ("Badr Abdelatty met both delegations in Cairo on Monday. His ministry said in a "
            "statement that a second round would follow in March.")
    assert indirect(text, published="2024-12-09") == [
        ("a second round would follow in March", "Egypt")]


def test_a_princely_title_before_a_given_name_is_a_title(indirect):
    text = ("Saudi Arabia's foreign minister, Prince Faisal bin Farhan, arrived in Amman on "
            "Sunday. Prince Faisal said the kingdom would fund a new water plant.")
    assert indirect(text) == [("the kingdom would fund a new water plant", "Faisal bin Farhan")]
