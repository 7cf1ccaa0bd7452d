"""Quotes whose speaker is given without a speech verb: a dash aside after a name, and a
quoted label under a verb whose sentence-opening subject the parser misread."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def direct():
    from readout.analyze import analyze_text

    def run(text: str) -> list[tuple[str, str | None]]:
        return [(text[q.start:q.end], q.speaker) for q in
                analyze_text(text, published="2016-03-01").quotes if q.kind == "direct"]

    return run


def test_quote_set_off_by_dashes_after_a_name(direct):
    text = ("Several Republicans have said the same, among them the former governor Tom Reyes "
            "-- ''No nominee should hide his returns from voters'' -- and a former tax official.")
    assert [s for _, s in direct(text)] == ["Tom Reyes"]


def test_em_dash_aside_with_curly_marks(direct):
    text = ("Several Republicans objected, among them Senator Mara Olsen \u2014 \u201cThis is "
            "a disgrace to the party\u201d \u2014 and two governors.")
    assert [s for _, s in direct(text)] == ["Mara Olsen"]


def test_possessor_before_a_dash_is_not_a_speaker(direct):
    text = "Mara Olsen's favourite phrase -- \"the people's house\" -- appears in every speech."
    assert all(s != "Mara Olsen" for _, s in direct(text))


def test_label_under_a_misparsed_opening_subject(direct):
    text = ('Donald Trump toured a steel plant on Tuesday.\n\nTrump plainly admires Chinese '
            'President Xi Jinping as a "smart leader," contrasting him with Biden.')
    assert [s for _, s in direct(text)] == ["Donald Trump"]


def test_a_term_she_referred_to_is_hers(direct):
    text = ('Mara Olsen spoke in Ohio on Monday.\n\nShe did not discuss the late-night posts in '
            'which she referred to a rival\'s "secret deals."')
    assert [s for _, s in direct(text)] == ["Mara Olsen"]


def test_referring_to_a_report_does_not_claim_its_words(direct):
    text = ('Mara Olsen spoke in Ohio on Monday.\n\nOlsen referred to the audit, which said '
            'that "the program failed on every count and must end."')
    assert [s for _, s in direct(text)] != ["Mara Olsen"]
