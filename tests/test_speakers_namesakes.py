"""A bare surname is read as a gazetteer office holder only when the story's date or titles
fit that person; otherwise the speaker keeps the name the article prints."""

from __future__ import annotations

import pytest

from readout.analyze.gazetteer import Entry, Role
from readout.analyze.speakers import term_fits, title_fits

pytest.importorskip("spacy")


def _minister(start: str, end: str | None) -> Entry:
    return Entry(name="Ada Quill", kind="person", country="Canada", sector=None,
                 roles=[Role(role="foreign_minister", of="Canada", start=start, end=end)])


def test_term_fits_inside_and_near_a_term_only():
    ada = _minister("2011-05-18", "2015-02-03")
    assert term_fits(ada, "2013-06-01")
    assert term_fits(ada, "2010-09-01")  # months before taking office
    assert term_fits(ada, "2017-01-01")  # a former minister, two years on
    assert not term_fits(ada, "2024-03-01")
    assert not term_fits(ada, "1998-03-01")


def test_term_fits_when_nothing_rules_the_namesake_out():
    assert term_fits(_minister("2011-05-18", None), "2030-01-01")  # still in office
    assert term_fits(_minister("2011-05-18", "2015-02-03"), None)  # undated story
    assert term_fits(Entry(name="Bo Rell", kind="person", country=None, sector=None), "1990-01-01")


def test_title_fits_role_words():
    ada = _minister("2011-05-18", "2015-02-03")
    assert title_fits(ada, {"former", "foreign", "minister"})
    assert not title_fits(ada, {"coach"})


@pytest.fixture(scope="module")
def analyze():
    from readout.analyze import analyze_text

    def run(text: str, published: str | None):
        return [q.speaker for q in analyze_text(text, published=published).quotes
                if q.kind == "direct"]

    return run


def test_bare_surname_of_an_old_office_holder_stays_the_articles(analyze):
    # John Baird was Canada's foreign minister 2011-2015; a 2024 story's "Baird" is someone else.
    text = ('The school board met on Tuesday.\n\n'
            '"We will reopen the library in the autumn," Baird said after the meeting.')
    assert analyze(text, "2024-05-01") == ["Baird"]


def test_bare_surname_in_the_holders_term_is_the_holder(analyze):
    text = ('Canada pressed its allies on Tuesday.\n\n'
            '"We will not stand by while this goes on," Baird said after the meeting.')
    assert analyze(text, "2013-05-01") == ["John Baird"]


def test_a_fitting_title_keeps_the_holder_out_of_term(analyze):
    text = ('Former foreign minister Baird spoke on Tuesday.\n\n'
            '"The alliance matters more than ever," Baird said after the meeting.')
    assert analyze(text, "2024-05-01") == ["John Baird"]


def test_bare_surname_is_the_article_full_name_not_a_gazetteer_namesake():
    from readout.analyze import analyze_text

    text = ("Clinton spokesman Brian Fallon responded on Twitter.\n\n"
            "\u201cThis is a desperate attempt to change the subject,\u201d Fallon wrote.")
    speakers = [q.speaker for q in analyze_text(text, published="2016-10-20").quotes
                if q.kind == "direct"]
    assert speakers == ["Brian Fallon"]
