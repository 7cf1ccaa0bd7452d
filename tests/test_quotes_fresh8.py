"""Quote behaviours from the eighth blind BASIL batch (tests/gold/basil_quotes_dev8.json), each
on sentences written here in new wording."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def analyze(quotes_dated):
    return quotes_dated("2022-01-10")


def _by_text(text, quotes, kind):
    return {text[q.start:q.end]: q.speaker for q in quotes if q.kind == kind}


def test_surname_tagged_as_noun_still_speaks(analyze):
    # the small model reads 'Trump' as a common noun heading the sentence and 'accused' as an
    # adjective; the surname is still the speaker of the partial quote
    text = "Trump accused cable news giants of \u201chiding the real numbers from the public.\u201d"
    got = _by_text(text, analyze(text), "direct")
    assert got == {"hiding the real numbers from the public.": "Donald Trump"}


def test_capitalised_common_noun_is_not_made_a_speaker(analyze):
    text = "Management accused the union of \u201clying to its own members.\u201d"
    got = _by_text(text, analyze(text), "direct")
    assert got == {"lying to its own members.": None}


def test_the_tech_giant_and_its_statement_are_the_company_named_before(analyze):
    text = ("Critics say Zentrix hides posts. Zentrix said on Friday the fault was fixed.\n\n"
            "\"We do not hide posts for their politics,\" the software giant said in a "
            "statement. \"Our rules apply to everyone.\"\n\n"
            "\"We review every complaint within a day,\" the statement said.")
    got = _by_text(text, analyze(text), "direct")
    assert got == {"We do not hide posts for their politics,": "Zentrix",
                   "Our rules apply to everyone.": "Zentrix",
                   "We review every complaint within a day,": "Zentrix"}


def test_participle_after_a_reporting_clause_goes_with_its_subject(analyze):
    text = ("The dispute grew last week when Reuters reported the matter, saying that loans to "
            "several farmers had been frozen without notice.")
    got = _by_text(text, analyze(text), "indirect")
    assert got == {"loans to several farmers had been frozen without notice": "Reuters"}


def test_that_clause_split_by_a_relative_clause_keeps_its_partial_quote(analyze):
    # the parser joins 'was' to 'claimed' as a conjunct with no 'and' and no subject of its
    # own; the quoted words are still what he claimed
    text = ("Senator Hal Brody spoke. He claimed that a 2016 video of him bragging about tax "
            "evasion, which was aired last winter, was \u201charmless banter.\u201d")
    got = _by_text(text, analyze(text), "direct")
    assert got == {"harmless banter.": "Hal Brody"}



def test_role_of_a_country_run_into_the_name_is_the_person(analyze):
    # 'the first lady of Ukraine Olena Zelenska': the small model tags the country and the
    # name as one organisation; the speaker is the person, not 'Ukraine Olena Zelenska'
    text = "The first lady of Ukraine Olena Zelenska said \u201cwe will not give up.\u201d"
    assert _by_text(text, analyze(text), "direct") == {"we will not give up.": "Olena Zelenska"}
    text = "Foreign Minister of Latvia Edgars Rinkevics said \u201cwe seek peace.\u201d"
    assert _by_text(text, analyze(text), "direct") == {"we seek peace.": "Edgars Rinkēvičs"}


def test_role_of_a_company_run_into_the_name_is_the_person(analyze):
    text = "The chief executive of Acme Corp John Kellerman said \u201cwe seek growth.\u201d"
    assert _by_text(text, analyze(text), "direct") == {"we seek growth.": "John Kellerman"}


def test_a_country_run_into_a_name_is_dropped_when_the_surname_recurs(analyze):
    text = ("Speaking in Kyiv, Ukraine Olena Zelenska said \u201cwe will endure.\u201d "
            "Zelenska later left for Warsaw.")
    assert _by_text(text, analyze(text), "direct") == {"we will endure.": "Olena Zelenska"}


def test_a_company_named_after_a_country_is_not_split(analyze):
    text = "The head of Ukraine International Airlines said \u201cflights resume on Monday.\u201d"
    got = _by_text(text, analyze(text), "direct")
    assert got["flights resume on Monday."] not in ("International Airlines",)


def test_the_posts_read_is_whoever_posted_them(analyze):
    # no earlier 'posts' to read an issuer from: the group shown posting them speaks
    text = ("A group opposed to the mayor ran ads this week. Liberty Forward PAC paid for the "
            "ads and posted them on Instagram.\n\nThe ads show the mayor at a rodeo. The social "
            "media posts read, \u201cVote for real change on Tuesday.\u201d")
    got = _by_text(text, analyze(text), "direct")
    assert got == {"Vote for real change on Tuesday.": "Liberty Forward PAC"}


def test_a_title_with_its_holder_named_beside_it_is_that_person(analyze):
    # on this date the gazetteer's press secretary is someone else; the article names its own
    text = ("The White House press secretary, Karine Jean-Pierre, took questions on Monday. "
            "\u201cWe have nothing to announce,\u201d she said.")
    got = _by_text(text, analyze(text, published="2022-01-10"), "direct")
    assert got == {"We have nothing to announce,": "Karine Jean-Pierre"}


def test_a_surname_with_particles_is_not_cut_short(analyze):
    # the tagger stops 'Ursula von der' before 'Leyen': no person ends on a particle
    text = ("Ursula von der Leyen and Charles Michel met in Brussels on Tuesday. The former "
            "said the summit had been \u201cvery productive.\u201d")
    got = _by_text(text, analyze(text), "direct")
    assert got == {"very productive.": "Ursula von der Leyen"}


def test_a_cue_with_its_own_subject_inside_another_cue_clause_wins(analyze):
    # 'while the latter called them "frank"' hangs under 'said'; both govern the word, the
    # nested clause with a subject of its own is whose word it is
    text = ("Ursula von der Leyen and Charles Michel spoke on Tuesday. The former said the "
            "talks were \u201cuseful,\u201d while the latter called them \u201cfrank.\u201d")
    got = _by_text(text, analyze(text), "direct")
    assert got == {"useful,": "Ursula von der Leyen", "frank.": "Charles Michel"}


def test_the_group_is_the_organisation_named_as_a_subject_before(analyze):
    text = ("Amnesty International published a report on Tuesday. \u201cCivilians have paid the "
            "price,\u201d the group said.")
    got = _by_text(text, analyze(text), "direct")
    assert got == {"Civilians have paid the price,": "Amnesty International"}
    text = "Protesters gathered outside the embassy. \u201cWe want answers,\u201d the group said."
    assert _by_text(text, analyze(text), "direct") == {"We want answers,": None}


def test_a_person_described_by_party_is_not_the_party(analyze):
    text = ("Senator Mitt Romney criticised the plan on Monday. \u201cIt is reckless,\u201d the "
            "Utah Republican said.")
    got = _by_text(text, analyze(text), "direct")
    assert got == {"It is reckless,": "Mitt Romney"}


def test_pronoun_of_an_inserted_cue_is_not_the_clause_subject(analyze):
    # 'Senator Tom Hale, she said, "..."': she is the aide reporting, not the senator
    text = ("Aide Maria Gomez spoke after the meeting. Senator Tom Hale, she said, \u201cwants "
            "a deal before summer.\u201d")
    got = _by_text(text, analyze(text), "direct")
    assert got == {"wants a deal before summer.": "Maria Gomez"}
    text = ("Kremlin aide Yuri Ushakov briefed reporters after the call. Putin, he said, "
            "\u201cmade clear that Russia has red lines.\u201d")
    got = _by_text(text, analyze(text), "direct")
    assert got == {"made clear that Russia has red lines.": "Yuri Ushakov"}
