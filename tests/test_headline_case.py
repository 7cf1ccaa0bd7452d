"""A title-case headline is read in sentence case, and reported as written."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from readout.analyze import analyze_text  # noqa: E402
from readout.analyze.pipeline import build_pipeline  # noqa: E402

BODY = ("\n\nSecretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on "
        "Monday, the first such meeting in years.")


@pytest.fixture(scope="module")
def recase():
    nlp = build_pipeline(None)
    caser = nlp.get_pipe("readout_headline_case")

    def run(text: str) -> str:
        return caser(nlp.make_doc(text)).text.split("\n", 1)[0]
    return run


def test_verbs_of_a_title_case_headline_are_read_in_lower_case(recase):
    assert recase("Blinken Meets Xi in Beijing, Seeks to Steady Ties" + BODY) == \
        "Blinken meets Xi in Beijing, seeks to steady ties"


def test_names_the_gazetteer_knows_keep_their_capitals(recase):
    # "White House" is one name; "Turkey" is a word too, but here the state
    assert recase("White House Rebuffs Turkey Over Plan for Talks\n\nOfficials spoke.") == \
        "White House rebuffs Turkey over plan for talks"


def test_words_no_dictionary_knows_are_taken_for_names(recase):
    assert recase("Shelling Resumes Near Vuhledar as Envoys Gather") == \
        "Shelling resumes near Vuhledar as envoys gather"


def test_words_the_body_capitalises_mid_sentence_keep_their_capitals(recase):
    text = "Leaders Meet at Camp Liberty Ahead of Vote\n\nThe talks at Camp Liberty began."
    assert recase(text) == "Leaders meet at Camp Liberty ahead of vote"


def test_a_clause_after_a_colon_opens_with_its_capital(recase):
    assert recase("Analysis: Why Talks With Iran Stalled Again") == \
        "Analysis: Why talks with Iran stalled again"


def test_a_first_line_written_as_a_sentence_is_left_alone(recase):
    line = "Ministers From Both Sides Met In Vienna On Tuesday."
    assert recase(line + BODY) == line
    assert recase("The envoy met the Foreign Minister in Doha" + BODY) == \
        "The envoy met the Foreign Minister in Doha"


def test_the_headline_contact_and_actors_are_found_and_quoted_as_written():
    text = "Blinken Meets Xi in Beijing, Seeks to Steady Ties" + BODY
    analysis = analyze_text(text, published="2023-06-19")
    names = {a.name for a in analysis.actors}
    assert {"Antony Blinken", "Xi Jinping"} <= names
    assert not any("Meets" in name or name == "Seeks" for name in names)
    headline = [c for c in analysis.contacts if c.evidence.startswith("Blinken Meets Xi")]
    assert headline and set(headline[0].participants) == {"Antony Blinken", "Xi Jinping"}
    assert analysis.article.text == text


def test_a_warning_in_a_headline_names_its_target():
    analysis = analyze_text("Biden Warns Putin of Sanctions in Call\n\nThe two leaders spoke "
                            "for an hour on Tuesday.", published="2021-12-08")
    threats = [e for e in analysis.events if e.type == "THREATEN"]
    assert threats and threats[0].actor == "Joe Biden" and threats[0].target == "Vladimir Putin"
    assert threats[0].evidence == "Biden Warns Putin of Sanctions in Call"


def test_a_headline_saying_verb_shares_the_first_clause_subject():
    analysis = analyze_text("Erdogan Slams Sweden, Says NATO Bid Is Dead\n\nThe Turkish "
                            "president spoke in Ankara on Tuesday.", published="2022-06-01")
    said = [(q.speaker, q.text) for q in analysis.quotes]
    assert said == [("Recep Tayyip Erdoğan", "NATO Bid Is Dead")]


def test_a_body_sentence_with_its_speaker_after_the_quote_is_left_alone():
    analysis = analyze_text("Talks Resume\n\nThe deal is dead, says the Turkish president.",
                            published="2022-06-01")
    assert [q.speaker for q in analysis.quotes] == ["Recep Tayyip Erdoğan"]


def test_a_title_and_a_given_name_before_a_surname_keep_their_capitals(recase):
    assert recase("Senators Demand Chairman Adam Kowalczyk's Resignation\n\nThey spoke.") == \
        "Senators demand Chairman Adam Kowalczyk's resignation"
