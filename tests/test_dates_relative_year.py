"""A month, or a month and day, whose year a relative phrase after it fixes ("in November last
year", "December 7 of last year", "in March this year"). Phrases written for these tests."""

import pytest

from readout.analyze.dates import find_date_expression, resolve_date


@pytest.mark.parametrize(("expression", "expected"), [
    ("in November last year", "2022-11"),
    ("in November of last year", "2022-11"),
    ("on December 7 last year", "2022-12-07"),
    ("on 7 December last year", "2022-12-07"),
    ("in March this year", "2023-03"),
    ("in January next year", "2024-01"),
    ("in May last year", "2022-05"),
])
def test_month_with_a_relative_year(expression: str, expected: str) -> None:
    assert resolve_date(expression, "2023-11-16") == expected


def test_the_modal_verb_may_is_no_month() -> None:
    assert resolve_date("talks may next year resume", "2023-11-16") is None


def test_a_relative_year_alone_fixes_no_month() -> None:
    assert resolve_date("last year", "2023-11-16") is None


def test_the_expression_found_keeps_the_year_phrase() -> None:
    sentence = "The two leaders last met in Bali in November last year, at the summit."
    assert find_date_expression(sentence) == "November last year"
