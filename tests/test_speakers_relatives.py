"""People who share a surname, and names given in an apposition after a modifier."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def quotes():
    from readout.analyze import analyze_text

    def run(text: str, published: str = "2016-09-14") -> list[tuple[str, str | None]]:
        return [(q.kind, q.speaker) for q in analyze_text(text, published=published).quotes]

    return run


def test_bare_surname_stays_with_the_person_named_first(quotes):
    text = ("Hillary Clinton spoke in Ohio on Monday. Her husband, former President Bill "
            "Clinton, campaigned in Florida.\n\n"
            "\u201cWe have work to do,\u201d Clinton said in Columbus.\n\n"
            "Later she added, \u201cThe race is close.\u201d")
    direct = [s for k, s in quotes(text) if k == "direct"]
    assert direct == ["Hillary Clinton", "Hillary Clinton"]


def test_apposition_after_a_name_in_a_modifier_names_the_speaker(quotes):
    text = ("A spokesman for Clinton, Nick Merrill, said the report was "
            "\u201cfalse from start to finish.\u201d")
    assert quotes(text) == [("direct", "Nick Merrill")]


def test_apposition_after_a_role_names_the_role_holder_not_the_speaker(quotes):
    text = ("An aide to the foreign minister, Sergei Lavrov, said the talks were "
            "\u201ca waste of everyone's time.\u201d")
    assert quotes(text) == [("direct", None)]


def test_sentence_naming_a_partner_by_apposition_introduces_the_next_quote(quotes):
    text = ("His former partner at Lenox, Lawrence B. Cummings, called him a master of "
            "hard deals. \u201cHe showed again and again that he could close what others "
            "could not.\u201d\n\nLenox was a success, Mr. Clarke said.")
    direct = [s for k, s in quotes(text) if k == "direct"]
    assert direct == ["Lawrence B. Cummings"]


def test_office_title_with_of_refers_back_to_the_person(quotes):
    text = ("Hillary Clinton spoke in Ohio on Monday.\n\n"
            "\u201cWe will win this state,\u201d the former secretary of state said.")
    assert [s for k, s in quotes(text) if k == "direct"] == ["Hillary Clinton"]


def test_head_of_something_is_somebody_else(quotes):
    text = ("Sergei Lavrov met John Kerry in Geneva.\n\n"
            "\u201cWe made progress,\u201d the head of the delegation said.")
    assert [s for k, s in quotes(text) if k == "direct"] == [None]


def test_a_relative_named_in_full_is_not_the_person_named_first(quotes):
    text = ("Martin Kessler opened the plant on Monday. Anna Kessler said the family "
            "would keep the jobs in town.")
    assert ("indirect", "Anna Kessler") in quotes(text)
    assert ("indirect", "Martin Kessler") not in quotes(text)


def test_a_title_before_the_surname_is_still_the_person(quotes):
    text = ("Martin Kessler opened the plant on Monday. Mayor Kessler said the town "
            "would keep the jobs.")
    assert quotes(text) == [("indirect", "Martin Kessler")]
