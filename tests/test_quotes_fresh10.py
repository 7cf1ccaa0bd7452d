"""Quote and speaker behaviours from the tenth blind BASIL batch (tests/gold/basil_quotes_dev10.json)
and from PolNeAR dev, each on sentences written here in new wording."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def analyze(quotes_dated):
    return quotes_dated("2019-01-05")


def _by_text(text, quotes, kind="direct"):
    return {text[q.start:q.end]: q.speaker for q in quotes if q.kind == kind}


AGENCY = (
    "The United States Fish and Wildlife Service had planned to lift the ban. On Monday, the "
    "service said on its website that it would start issuing permits.\n\n"
    "\"Hunting can help some herds,\" the agency said in a statement.")


def test_agency_named_with_and_keeps_its_whole_name_and_is_the_agency(analyze):
    # the tagger cuts the name at 'and' ('Wildlife Service'); 'the service' and 'the agency'
    # refer back to the whole body
    quotes = analyze(AGENCY)
    assert _by_text(AGENCY, quotes, "indirect")["it would start issuing permits"] == (
        "United States Fish and Wildlife Service")
    assert _by_text(AGENCY, quotes)["Hunting can help some herds,"] == (
        "United States Fish and Wildlife Service")


INITIALS = (
    "The Federal Mine Safety and Health Review Commission said on Tuesday that the fines were "
    "too low. The FMSHRC also said that the mine would stay shut.")


def test_initials_of_a_body_named_in_full_are_that_body(analyze):
    got = _by_text(INITIALS, analyze(INITIALS), "indirect")
    assert got["the mine would stay shut"] == "Federal Mine Safety and Health Review Commission"


SHORT_FORM = (
    "A spokesman for the Coastal Rangers Alliance International said the rules were a gift to "
    "poachers. A day later the Coastal Rangers Alliance sent out a letter. \"We will not give "
    "up,\" the group wrote.")


def test_a_body_called_by_the_first_words_of_its_name_is_that_body(analyze):
    got = _by_text(SHORT_FORM, analyze(SHORT_FORM))
    assert got["We will not give up,"] == "Coastal Rangers Alliance International"


def test_a_parent_body_run_into_an_office_name_is_left_out(analyze):
    text = "In an interview, the board's Office of Internal Review said that the case was closed."
    got = _by_text(text, analyze(text), "indirect")
    assert got["the case was closed"] == "Office of Internal Review"


LAWYER = (
    "Kay Rivera had been dismissed without notice, Ms. Rivera's lawyer said on Monday.\n\n"
    "Tom Greer, the head of the board, denied it.\n\n"
    "\"The appeal would be the last step,\" Ms. Rivera's attorney said. He added, \"We will "
    "win.\"\n\n"
    "Paul Derrick, Ms. Rivera's lawyer, called the ruling unfair.")


def test_someones_lawyer_is_the_person_named_as_their_lawyer(analyze):
    # named later in apposition ('X, Ms. Rivera's lawyer,'); 'attorney' is the same role, and
    # 'He added' goes on with him, not with the man named in between
    quotes = analyze(LAWYER)
    assert _by_text(LAWYER, quotes, "indirect")[
        "Kay Rivera had been dismissed without notice"] == "Paul Derrick"
    direct = _by_text(LAWYER, quotes)
    assert direct["The appeal would be the last step,"] == "Paul Derrick"
    assert direct["We will win."] == "Paul Derrick"


def test_someones_lawyer_named_before_by_a_compound(analyze):
    text = ("Rivera attorney Paul Derrick filed the appeal. Later, Ms. Rivera's lawyer told the "
            "court that the board \"broke every rule it has.\"")
    assert _by_text(text, analyze(text))["broke every rule it has."] == "Paul Derrick"


def test_a_possessors_lawyer_nobody_names_stays_unresolved(analyze):
    text = ("Paul Derrick met Kay Rivera on Friday. \"We will appeal,\" Ms. Rivera's lawyer "
            "said.")
    assert _by_text(text, analyze(text))["We will appeal,"] is None


def test_that_clause_after_said_in_a_statement_is_reported(analyze):
    # the parser hangs the clause on 'statement' as if it described the statement
    text = ("Mary Holt, the mayor's lawyer, said in a statement that the mayor was removed on "
            "Friday on the orders of the council chairman.")
    got = _by_text(text, analyze(text), "indirect")
    assert got == {"the mayor was removed on Friday on the orders of the council chairman":
                   "Mary Holt"}


def test_a_relative_that_after_in_a_statement_is_no_content(analyze):
    text = "Mary Holt said in a statement that was released on Friday that she had resigned."
    got = _by_text(text, analyze(text), "indirect")
    assert "was released on Friday that she had resigned" not in got


def test_a_party_member_described_and_named_in_apposition_is_that_person(analyze):
    text = ("Rep. Dana Whitfield voted no. The top Democrat on the panel, Rep. Ann Lee, said the "
            "plan was \"a gift to donors.\"")
    assert _by_text(text, analyze(text))["a gift to donors."] == "Ann Lee"


def test_a_party_member_described_but_not_named_is_not_the_party(analyze):
    # 'the top Republican on the committee' is one person the sentence does not name
    text = ("The top Republican on the House Budget Committee called on the administration to "
            "drop the plan, labeling it a \"reckless gamble.\"")
    assert _by_text(text, analyze(text))["reckless gamble."] is None


def test_the_conference_is_the_conference_named_before(analyze):
    text = ("The Pacific Fisheries Conference opened in Suva on Monday. \"We need quotas now,\" "
            "the conference said in its final statement.")
    assert _by_text(text, analyze(text))["We need quotas now,"] == "Pacific Fisheries Conference"


def test_a_participle_after_a_name_and_its_home_state_is_the_persons(analyze):
    text = ("A phone camera caught Senator Ann Lee of Ohio promising loudly to block the bill as "
            "she drew cheers from her supporters.")
    assert set(_by_text(text, analyze(text), "indirect").values()) == {"Ann Lee"}


def test_a_label_after_as_on_the_object_of_defended_is_the_subjects(analyze):
    # the parser hangs 'as' on 'decision'; initials again stand for the body named before
    text = ("The National Park Service opened the trails to bikes on Monday. Hours before the "
            "vote, the NPS defended its decision as \u201cpart of a broad plan that seeks to "
            "bring visitors to rural towns.\u201d")
    got = _by_text(text, analyze(text))
    assert got["part of a broad plan that seeks to bring visitors to rural towns."] == (
        "National Park Service")


def test_they_after_a_named_organisation_is_that_organisation(analyze):
    text = ("A day after the vote, the Coastal Rangers Alliance sent out a letter urging members "
            "to write to the mayor. And they slammed \u201creckless developers and their friends "
            "in the press.\u201d")
    got = _by_text(text, analyze(text))
    assert got["reckless developers and their friends in the press."] == "Coastal Rangers Alliance"


def test_they_after_two_named_people_stays_with_the_pair_convention(analyze):
    # (the pair speaks with one voice; the first named stands for it)
    text = "Ann Lee and Tom Greer met on Friday. They said the talks \"went well.\""
    assert _by_text(text, analyze(text))["went well."] == "Ann Lee"


def test_a_that_clause_with_a_clausal_subject_after_a_notice_is_reported(analyze):
    text = ("The National Park Service said in a written notice issued Tuesday that allowing "
            "bikes from Ohio and Utah to be ridden on the trails will raise money for rural "
            "towns.")
    got = _by_text(text, analyze(text), "indirect")
    assert list(got.values()) == ["National Park Service"]
    assert next(iter(got)).startswith("allowing bikes")


def test_according_to_between_two_clauses_sources_both(analyze):
    text = ("The richest fifth paid 61.2 percent of all federal taxes in 2014, according to the "
            "Tax Research Center, and the top tenth paid 52 percent of all taxes.")
    got = _by_text(text, analyze(text), "indirect")
    assert list(got) == [text[:text.index(" of all taxes") + len(" of all taxes")]]


def test_according_to_after_one_clause_sources_that_clause(analyze):
    text = "Prices rose 3 percent last year, according to the Tax Research Center."
    assert list(_by_text(text, analyze(text), "indirect")) == ["Prices rose 3 percent last year"]
