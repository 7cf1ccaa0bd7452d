"""Dates: a day of the month named by its ordinal alone ("on the 16th")."""

from readout.analyze.dates import find_date_expression, resolve_date


def test_ordinal_day_resolves_in_the_publication_month_or_next_to_it():
    assert resolve_date("on the 16th", "2018-07-20") == "2018-07-16"
    assert resolve_date("on the 25th", "2018-07-20") == "2018-06-25"  # past: month before
    assert resolve_date("on the 25th", "2018-07-20", future=True) == "2018-07-25"
    assert resolve_date("on the 3rd", "2018-12-20", future=True) == "2019-01-03"
    assert resolve_date("on the 31st", "2018-03-05") is None  # no February 31


def test_ordinal_followed_by_a_word_is_no_day():
    assert resolve_date("the 20th century", "2018-07-20") is None
    assert resolve_date("the 16th round of talks", "2018-07-20") is None
    assert resolve_date("the 16th of July", "2018-07-20") == "2018-07-16"  # month wins


def test_ordinal_day_is_found_without_a_reference():
    assert find_date_expression("they met on the 16th.") == "the 16th"
    assert resolve_date("the 16th", None) is None
