"""Which cue introduces a quote when several could: participles after a relative clause, a
named speaker's cue nearer the quote than a thing's, a cue in a run-on sentence after the
marks, and ties between candidate antecedents of a pronoun."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def speakers():
    from readout.analyze import analyze_text

    def run(text: str) -> list[str | None]:
        return [q.speaker for q in analyze_text(text, published="2021-06-01").quotes
                if q.kind == "direct"]

    return run


def test_participle_after_a_relative_clause_is_the_main_subject(speakers):
    text = ("Tomas Varga was dismissive of a diplomat who said talks had stalled after a "
            "meeting in Vienna, saying, \u201cHe was not in the room, and he does not know "
            "what was agreed.\u201d")
    assert speakers(text) == ["Tomas Varga"]


def test_named_speaker_nearer_than_a_video_wins(speakers):
    text = ("The advertisement ends with footage of Helena Brandt saying at the summit, "
            "\u201cWe will never accept this border,\u201d as the crowd cheers.")
    assert speakers(text) == ["Helena Brandt"]


def test_a_thing_that_carries_words_alone_gives_no_person(speakers):
    text = ("The advertisement ends with a narrator saying, \u201cThe border is not for "
            "sale,\u201d over pictures of the coast.")
    assert speakers(text) == [None]


def test_cue_after_a_question_in_a_long_run_on_sentence(speakers):
    text = ("Helena Brandt arrived late at the talks.\n\n"
            "\u201cAre we finished?\u201d she asked, but the ministers were still arguing "
            "about the wording of the final paragraph, and nobody answered her for a while "
            "until the chairman closed the session for the night.")
    assert speakers(text) == ["Helena Brandt"]


def test_pronoun_tie_goes_to_the_later_subject(speakers):
    text = ("Tomas Varga listened as the ministers spoke. Later Marek Holub rose and "
            "thanked the hosts.\n\n"
            "\u201cWe have done what we came to do,\u201d he said.")
    assert speakers(text) == ["Marek Holub"]


def test_quote_paragraph_after_a_reported_statement_is_the_reporters(speakers):
    text = ("Senator Mara Olsen said on Tuesday that the treaty would fail in the chamber.\n\n"
            "\u201cIt is a disaster. Nobody here wants it, and we will vote it down.\u201d")
    assert speakers(text) == ["Mara Olsen"]


def test_quote_paragraph_after_a_paragraph_without_speech_is_not_guessed(speakers):
    text = ("Senator Mara Olsen arrived in Vienna on Tuesday for the treaty talks.\n\n"
            "\u201cIt is a disaster. Nobody here wants it, and we will vote it down.\u201d")
    assert speakers(text) == [None]


def test_pronoun_follows_a_given_name_gender(speakers):
    text = ("Huma Abedin met Robby Mook in Brooklyn on Monday.\n\n"
            "\u201cWe are ready for the last week,\u201d she said.")
    assert speakers(text) == ["Huma Abedin"]


def test_someone_heard_saying_on_a_recording_speaks(speakers):
    text = ("On the recording, Tomas Varga can be heard telling an aide, \u201cWe will sign "
            "whatever they put in front of us.\u201d")
    assert speakers(text) == ["Tomas Varga"]


def test_an_email_from_someone_is_theirs_not_its_addressees(speakers):
    text = ("An email from Neera Tanden to John Podesta said the campaign had "
            "\u201cterrible instincts.\u201d")
    assert speakers(text) == ["Neera Tanden"]


def test_a_pronoun_tells_the_gender_of_whom_it_resolved_to(speakers):
    text = ("Raddatz pressed him on the ceasefire. \u201cWhat would you do about the "
            "city?\u201d she asked.\n\n\u201cI think the city is a disaster,\u201d he replied.")
    assert speakers(text) == ["Raddatz", None]


def test_intro_sentence_glued_to_the_paragraph_above_still_introduces(speakers):
    text = ("\u201cWe should not paint the police with a broad brush,\u201d Mike Pence said on "
            "CNN's \"State of the Union.\"\n\n"
            "On \"Face the Nation,\" Sen. Bernie Sanders (Vt.), who lost the primaries to "
            "Clinton, singled out young voters' fatigue with bigotry. \"The younger people are "
            "sick and tired of discrimination and racism.\"")
    assert speakers(text)[-1] == "Bernie Sanders"


def test_possessor_of_the_main_subject_is_the_topic_for_a_pronoun(speakers):
    text = ("Benjamin Rhodes, one of the president's closest aides, said Barack Obama had "
            "read the book twice.\n\n"
            "Mr. Obama's Pacific roots also came into play. In Honolulu, he told island "
            "leaders, \u201cNobody understands the stakes better than you do.\u201d")
    assert speakers(text) == ["Barack Obama"]
