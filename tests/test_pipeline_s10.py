"""Sentence bounds and headline style around a paragraph's start (session 10). The texts are
the project's own."""

from __future__ import annotations

from tests.text_analysis import analysis_of


def _contacts(text: str) -> list[tuple]:
    return [(c.format, sorted(c.participants), c.evidence)
            for c in analysis_of(text, published="2024-05-10").contacts]


def test_a_headline_without_a_full_stop_is_one_sentence() -> None:
    found = _contacts("Ramaphosa visits Nairobi\n\nSouth African President Cyril Ramaphosa met "
                      "Kenyan President William Ruto on Monday.")
    assert ("visit", ["Cyril Ramaphosa", "Kenya"], "Ramaphosa visits Nairobi") in found


def test_an_abbreviation_opening_a_paragraph_does_not_end_a_sentence() -> None:
    found = _contacts("Talks in Nairobi\n\nU.S. Secretary of State Antony Blinken met Kenyan "
                      "President William Ruto on Monday.")
    assert [f[2] for f in found if f[0] == "meeting"] == [
        "U.S. Secretary of State Antony Blinken met Kenyan President William Ruto on Monday."]


def test_a_line_of_names_with_a_short_lower_case_verb_is_prose_not_a_headline() -> None:
    # the headline's "president" is lower case; the lead's capitals are names, not style
    found = _contacts('Ruto in Berlin: "We are partners," president says on state visit\n\n'
                      "Kenyan President William Ruto met German Chancellor Olaf Scholz on "
                      "Monday.")
    assert ("meeting", ["Olaf Scholz", "William Ruto"],
            "Kenyan President William Ruto met German Chancellor Olaf Scholz on Monday.") in found
