"""Transcripts printed without quotation marks: each labelled turn is its speaker's."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def test_a_transcript_without_quotation_marks_gives_each_turn_its_speaker():
    from readout.analyze import analyze_text

    text = ("MS. PSAKI: Good afternoon, everyone. We have two updates for you today.\n\n"
            "Q: Will the president call his counterpart again this week?\n\n"
            "MS. PSAKI: I do not have a call to preview at this point.\n\n"
            "PRESIDENT BIDEN: We will stand with our allies and respond decisively.")
    quotes = analyze_text(text, published="2022-02-10").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("direct", "Jen Psaki"), ("direct", "Jen Psaki"), ("direct", "Joe Biden")]
    assert quotes[0].text.startswith("Good afternoon") and text[
        quotes[0].start:quotes[0].end] == quotes[0].text


def test_a_dateline_or_banner_is_not_a_transcript():
    from readout.analyze import analyze_text

    text = ("MOSCOW: Russia said on Monday that it would respond to the new sanctions.\n\n"
            "BREAKING: The talks have collapsed in Geneva tonight, officials said.")
    assert all(q.kind == "indirect" for q in analyze_text(text).quotes)
