"""'last November' / 'next March': a qualified month is the latest one before, or the first
after, the month of publication."""

import pytest

from readout.analyze.dates import find_date_expression, resolve_date


@pytest.mark.parametrize(("expression", "expected"), [
    ("last November", "2022-11"), ("last October", "2023-10"), ("last December", "2022-12"),
    ("next March", "2024-03"), ("next December", "2023-12"), ("next November", "2024-11"),
    ("last May", "2023-05"), ("in November", "2023-11")])
def test_a_qualified_month(expression, expected):
    assert resolve_date(expression, "2023-11-16") == expected
    assert resolve_date(expression, "2023-11") == expected  # only the month known


def test_the_qualifier_is_kept_with_the_expression():
    assert find_date_expression("the two last met last November in Bali") == "last November"
    assert resolve_date("may", "2023-11-16") is None  # the verb
