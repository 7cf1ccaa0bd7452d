"""Reported speech the lead met on sentences of diplomacy news written for these tests: a that-
clause after "wrote on <platform>" which the parser misreads, and a ministry named with its
state's possessive, which the tagger cuts after the owner."""

import pytest

from readout.analyze import analyze_text


def _indirect(text: str) -> list[tuple[str, str | None]]:
    result = analyze_text(text, published="2023-03-21")
    return [(q.text, q.speaker) for q in result.quotes if q.kind == "indirect"]


def test_wrote_on_a_platform_that_reports_the_clause():
    assert _indirect("Olga Marchenko wrote on Telegram that the West was lying.") == [
        ("the West was lying", "Olga Marchenko")]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_state_s_ministry_speaks_under_its_full_name(apostrophe):
    found = _indirect(f"Russia{apostrophe}s Foreign Ministry said in a statement that the "
                      "sanctions were illegal.")
    assert found == [("the sanctions were illegal", "Russian Foreign Ministry")]
