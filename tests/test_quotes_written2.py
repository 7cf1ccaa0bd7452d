"""Quote and speaker behaviours found on the second writer's diplomacy news
(tests/gold/written_quotes_dev2.json, bench/written_news/dev2), each on sentences written here
in new wording, and the gate of that set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.gold_checks import load_bench, quote_figures_below

pytest.importorskip("spacy")

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def analyze(quotes_dated):
    return quotes_dated("2024-05-01")


def _by_text(text, quotes, kind="indirect"):
    return {text[q.start:q.end]: q.speaker for q in quotes if q.kind == kind}


def test_a_surname_without_accents_is_the_accented_person_not_a_relative(analyze):
    text = ('Erdogan said the corridor would help. "We are proud of this," he said.')
    got = analyze(text)
    assert _by_text(text, got, "direct")["We are proud of this,"] == "Recep Tayyip Erdoğan"


def test_an_arabic_article_before_the_surname_is_left_out_on_second_mention(analyze):
    text = ("Bahrain's foreign minister, Abdullatif al-Zayani, arrived on Monday. Zayani said the "
            "only way forward was a settlement.")
    got = analyze(text)
    assert _by_text(text, got)["the only way forward was a settlement"] == "Abdullatif al-Zayani"


def test_a_leaders_government_speaks_for_the_state_the_leader_governs(analyze):
    text = "Putin's government warned that the treaty was void."
    assert _by_text(text, analyze(text))["the treaty was void"] == "Russia"


def test_a_contrasting_statement_of_another_speaker_ends_the_first_report(analyze):
    text = ("The Chilean president said she hoped to visit Oslo this month, while Kremlin "
            "spokesman Dmitry Peskov said Russia would wait before commenting.")
    got = _by_text(text, analyze(text))
    assert "she hoped to visit Oslo this month" in got
    assert got["Russia would wait before commenting"] == "Dmitry Peskov"


def test_a_date_between_the_cue_and_a_clause_without_that_is_not_reported(analyze):
    text = "Trump said on Tuesday he would have no problem selling the jets."
    assert "he would have no problem selling the jets" in _by_text(text, analyze(text))


def test_a_that_clause_after_a_when_phrase_or_clause_is_still_the_content(analyze):
    text = ("Antony Blinken said before the envoy arrived that the visit showed Moscow felt no "
            "pressure. Trump told reporters in the Oval Office before the ceremony that five "
            "other countries were close to joining.")
    got = _by_text(text, analyze(text))
    assert got["the visit showed Moscow felt no pressure"] == "Antony Blinken"
    assert got["five other countries were close to joining"] == "Donald Trump"


def test_a_that_the_parser_took_for_an_object_still_opens_the_report(analyze):
    text = ("He said that the sides had reached an understanding, but stressed that a settlement "
            "required removing the causes of the conflict. The aid agency has warned that "
            "farmers in the south that depend on the river face losses. The minister stressed "
            "that point again.")
    got = _by_text(text, analyze(text))
    assert "a settlement required removing the causes of the conflict" in got
    assert "farmers in the south that depend on the river face losses" in got
    assert "point again" not in " ".join(got)


def test_a_name_inside_a_reported_clause_does_not_take_the_floor_from_its_speaker(analyze):
    text = ('Tom Harlow said the plan was fair. Carl Brandt asked what kind of plan he meant. '
            'Harlow replied that it was rude for Brandt to argue his case in front of the press. '
            '"Have you read the text once?" he asked.')
    got = analyze(text)
    assert _by_text(text, got, "direct")["Have you read the text once?"] == "Tom Harlow"


def test_a_name_in_the_reason_a_speaker_gives_is_not_the_next_he(analyze):
    text = ('Carl Brandt did not apologise. Later he called the talks "useless" but said the link '
            'could be saved, and that Norway needed guarantees because Tom Harlow had broken '
            'past promises. "Thank you, thank you for your help," he wrote online.')
    got = analyze(text)
    assert _by_text(text, got, "direct")["Thank you, thank you for your help,"] == "Carl Brandt"


def test_a_name_read_as_a_verb_still_opens_the_sentence_as_its_subject(analyze):
    text = ("Sayyid Fahd bin Mahmoud Al Said, Oman's deputy prime minister, will host the "
            "meeting. Trump surprised Tehran when he announced on Monday that the United States "
            "was holding direct talks with Iran.")
    got = _by_text(text, analyze(text))
    assert got["the United States was holding direct talks with Iran"] == "Donald Trump"


def test_a_two_word_place_before_a_title_is_not_a_second_speaker(analyze):
    text = '"The shelling has started again!" Jammu and Kashmir Chief Minister Omar Abdullah wrote.'
    got = analyze(text)
    assert _by_text(text, got, "direct")["The shelling has started again!"] == "Omar Abdullah"


def test_answers_printed_after_questions_are_the_interviewees(analyze):
    text = ("Talks in Oslo end with a map\n\nOSLO - The talks ended on Friday.\n\n"
            "To understand what happened, we spoke on Saturday with Ines Varga, a historian at "
            "a Budapest institute.\n\nWas Oslo a success?\n\n"
            '"It was a success in that nobody walked out. The hard part comes later."\n\n'
            "What about the map?\n\n"
            '"The map is the whole problem. Nobody agreed on it."')
    got = [q for q in analyze(text) if q.kind == "direct"]
    assert [q.speaker for q in got] == ["Ines Varga", "Ines Varga"]


# Blind (batch 1 / batch 2): direct speaker 0.842 / 0.75, indirect F1 0.942 / 0.95; after the
# fixes they led to (both batches): direct P/R/F1 1.0/0.977/0.989, speaker 1.0; indirect
# 0.972/1.0/0.986, speaker 0.992, attributed F1 0.962. Tuned on: floors a few units under.
FLOORS = {
    "direct": {"precision": 0.97, "recall": 0.95, "f1": 0.96, "speaker_accuracy": 0.95,
               "attributed_f1": 0.95},
    "indirect": {"precision": 0.94, "recall": 0.97, "f1": 0.95, "speaker_accuracy": 0.95,
                 "attributed_f1": 0.92},
}


def test_written_news_dev2_quotes_stay_above_floors():
    bench = load_bench("quotes")
    articles = bench.load_written(bench.WRITTEN_GOLD_2)
    assert articles and all(a.name.startswith("written:") for a in articles)
    low = quote_figures_below(articles, FLOORS)
    assert not low, f"written news dev2 quotes fell below their floors (got, floor): {low}"


def test_written_dev2_gold_is_offsets_and_development_only():
    gold = json.loads((REPO / "tests" / "gold" / "written_quotes_dev2.json").read_text("utf-8"))
    assert gold["held_out"] is False and "blind" in gold["notes"]
    for key, entry in gold["files"].items():
        assert key.startswith("dev2/") and len(entry["sha1"]) == 40
        for q in entry["quotes"]:
            assert 0 <= q["start"] < q["end"] and "text" not in q


def test_a_report_before_its_cue_starts_after_a_semicolon(analyze):
    text = "The talks failed; they would resume in May, officials said."
    assert list(_by_text(text, analyze(text))) == ["they would resume in May"]


def test_a_that_clause_of_a_claim_reported_on_is_not_the_reporters(analyze):
    text = "The Daily Ledger reported on a clerk's claims that the mayor had hidden the accounts."
    assert "the mayor had hidden the accounts" not in _by_text(text, analyze(text))


def test_a_ministry_qualified_by_a_state_adjective_in_lower_case_is_that_states(analyze):
    text = ("The trade talks were suspended on Tuesday, according to the Egyptian foreign "
            "ministry. The Indian defence ministry said the exercise was routine.")
    got = _by_text(text, analyze(text))
    assert got["The trade talks were suspended on Tuesday"] == "Egypt"
    assert got["the exercise was routine"] == "India"


def test_a_bare_military_is_the_force_of_the_state_the_paragraph_named_last(analyze):
    text = ("Shells landed near a Pakistani border post overnight. The army said three guards "
            "were wounded.\n\nThe envoys met in Vienna.\n\nThe military said the talks were "
            "premature.")
    got = _by_text(text, analyze(text))
    assert got["three guards were wounded"] == "Pakistan Armed Forces"
    assert got["the talks were premature"] is None  # no state named in its paragraph


def test_one_told_inside_anothers_report_does_not_take_the_floor(analyze):
    text = ('Speaking after the talks, Dmitri Orlov said Pavel Gromov had told him the border '
            'would stay open. "We will take that at face value, but we will watch what '
            'happens," he said, adding that the mood remained tense. He said he had warned '
            'the other side that a blockade would hurt both peoples.')
    got = _by_text(text, analyze(text))
    assert got["the mood remained tense"] == "Dmitri Orlov"
    assert got["he had warned the other side that a blockade would hurt both peoples"] == \
        "Dmitri Orlov"


def test_the_people_a_fronted_question_names_are_not_the_one_who_answers(analyze):
    text = ("Foreign Minister Ivan Petrov spoke to reporters in Minsk. Asked whether Pavel "
            "Gromov would meet the Polish president, he said such a meeting could not be "
            "ruled out.")
    assert _by_text(text, analyze(text))["such a meeting could not be ruled out"] == \
        "Ivan Petrov"


def test_a_former_official_speaks_for_no_body(analyze):
    text = ("A former senior State Department official said the Kremlin saw the envoy as the "
            "president's voice.")
    assert _by_text(text, analyze(text))["the Kremlin saw the envoy as the president's voice"] \
        is None


def test_the_headlines_of_a_related_stories_block_are_no_quotes(analyze):
    text = ("The envoys met in Vienna on Monday, officials said.\n\nRelated coverage\n"
            "- Minister says the border will reopen\n- Opinion: Why the talks failed\n\n"
            "Sign up for our newsletter.")
    got = analyze(text)
    assert [text[q.start:q.end] for q in got] == ["The envoys met in Vienna on Monday"]


def test_an_inserted_cue_with_an_addressee_and_a_place(analyze):
    text = ("Trade between the two countries, he told the minister in front of cameras, was "
            "close to zero.")
    got = analyze(text)
    assert [q.kind for q in got] == ["indirect"] and "close to zero" in text[got[0].start:
                                                                            got[0].end]
