"""Date expressions resolved against the publication date; nothing is invented."""

import pytest

from readout.analyze.dates import resolve_date


@pytest.mark.parametrize(("expression", "published", "future", "expected"), [
    ("on March 3", "2022-03-09", False, "2022-03-03"),
    ("3 March 2021", None, False, "2021-03-03"),
    ("yesterday", "2022-05-10", False, "2022-05-09"),
    ("tomorrow", "2022-05-10", True, "2022-05-11"),
    ("Thursday", "2021-12-31", False, "2021-12-30"),    # a Friday: last Thursday
    ("Thursday", "2021-12-27", True, "2021-12-30"),     # a Monday: the coming Thursday
    ("next month", "2021-05-20", True, "2021-06"),
    ("next month", "2021-05", True, "2021-06"),         # only the month is known
    ("in June", "2022-02-08", False, "2021-06"),        # reported: the June before
    ("in November", "2021-10-02", True, "2021-11"),     # planned: the November after
    ("December 7", None, True, None),                   # no year anywhere: not invented
    ("Thursday", None, False, None),
    ("last week", "2022-02-16", False, "2022-02"),      # the whole week lies in February
    ("later in the week", "2023-02-10", True, "2023-02"),
    ("later this week", "2022-05-31", True, None),      # the week spans May and June
    ("a year", "2022-02-16", False, None),
])
def test_resolve(expression, published, future, expected):
    assert resolve_date(expression, published, future=future) == expected


def test_may_the_verb_is_not_the_month():
    assert resolve_date("talks may resume", "2022-03-01") is None


def test_a_reported_day_after_publication_is_not_read_as_almost_a_year_back():
    # "met on March 12" in an article of 2023-03-10: a reporter would give the year of a
    # meeting a year ago, so the date a few days ahead is meant (the contacts component then
    # treats a contact dated after publication as planned)
    assert resolve_date("March 12", "2023-03-10") == "2023-03-12"
    assert resolve_date("March 11", "2023-03-10") == "2023-03-11"  # a day's lag is tolerated
    assert resolve_date("June 12", "2023-03-10") == "2022-06-12"  # months ahead: last year
    assert resolve_date("March 12", "2023-03-10", future=True) == "2023-03-12"
    assert resolve_date("in March", "2023-03-10") == "2023-03"


def test_a_planned_weekday_named_on_that_weekday_is_today():
    assert resolve_date("on Wednesday", "2022-06-15", future=True) == "2022-06-15"
    assert resolve_date("next Wednesday", "2022-06-15", future=True) == "2022-06-22"


@pytest.mark.parametrize(("expression", "expected"), [
    ("two days ago", "2023-02-18"), ("a week ago", "2023-02"), ("three weeks ago", "2023-01"),
    ("one year ago this week", "2022-02"), ("six months ago", "2022-08")])
def test_spans_ago(expression, expected):
    assert resolve_date(expression, "2023-02-20") == expected


def test_a_yearless_date_is_not_read_as_almost_a_year_back_when_it_is_weeks_ahead():
    from readout.analyze.dates import resolve_date
    # written on New Year's Eve, "January 10" is the coming one even if the tense was missed
    assert resolve_date("January 10", "2021-12-31") == "2022-01-10"
    assert resolve_date("in January", "2021-12-28") == "2022-01"
    # a recent past date, or one far ahead, keeps the past reading
    assert resolve_date("December 20", "2021-12-31") == "2021-12-20"
    assert resolve_date("March 5", "2022-01-10") == "2021-03-05"
