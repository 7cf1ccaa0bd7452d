"""Speakers on constructions met in the fourth batch of own BASIL gold
(tests/gold/basil_quotes_dev4.json, direct and indirect speech). Every test is a sentence
written for it."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def test_a_name_after_a_title_subject_keeps_the_floor_for_the_next_he(quotes):
    # the parser makes 'Former Leader of the Senate' the subject and the name its
    # apposition: the name is still the main clause's subject, so the next 'he' is him, not
    # the one who spoke before
    text = ("Park rules debated\n\n"
            "\u201cNobody wants a guard at every gate,\u201d Rep. Peter Hollis, D-Ohio, told "
            "reporters.\n\n"
            "Former Leader of the Senate Frank Delgado lauded the current system where "
            "lawmakers meet voters in places like diners. He said the fear of the \u201crare "
            "bad visitor\u201d should not close them.\n\n"
            "\u201cWe lock the doors and we lose the country,\u201d he said.")
    assert [s for _, s in quotes(text)] == ["Peter Hollis", "Frank Delgado", "Frank Delgado"]


def test_a_female_given_name_tells_he_apart(quotes):
    text = ("Chef plans a second restaurant\n\n"
            "Host Meredith Lang asked the chef, \u201cWill you open another place?\u201d He "
            "nodded, saying, \u201cNext spring, on the harbor.\u201d")
    assert quotes(text)[-1][1] != "Meredith Lang"


def test_a_title_shows_an_uncommon_given_name(quotes):
    # 'Whip Orrey Talbot' (a given name no list holds): a later bare 'Talbot' is the same
    # person under his full name
    text = ("Budget talks resume\n\n"
            "\u201cWe will find the money,\u201d said House Majority Whip Orrey Talbot "
            "(R-Ohio). He added that the speaker was reviewing the numbers.\n\n"
            "\u201cWe are close,\u201d Talbot said.")
    assert [s for _, s in quotes(text)] == ["Orrey Talbot", "Orrey Talbot"]


def test_a_company_possessive_before_a_name_is_not_part_of_it(quotes):
    # the tagger reads "Facebook's Laura Benning" as one title: the person is Laura Benning,
    # and she is the 'she' that follows
    text = ("Site warns users\n\n"
            "\"While we cannot discuss single accounts, recent events are a good reminder to "
            "guard your password,\" Facebook's Laura Benning wrote.\n\n"
            "She urged offices to choose a \"strong password\" for their accounts.")
    assert [s for _, s in quotes(text)] == ["Laura Benning", "Laura Benning"]


def test_a_platform_the_tagger_once_took_for_a_person_is_nobody(quotes):
    # 'follows him on Twitter' tagged as a person: Twitter is named as a thing elsewhere,
    # so it is no one's name and the 'he' after "Twitter's Dan Moore wrote" is Moore
    text = ("Senator's post draws fire\n\n"
            "The senator sent the photo to a student who follows him on Twitter. A Twitter "
            "spokesman declined to comment.\n\n"
            "\"While we cannot discuss single accounts, recent events are a good reminder to "
            "guard your password,\" Twitter's Dan Moore wrote.\n\n"
            "He urged offices to choose a \"strong password\" for their accounts.")
    assert [s for _, s in quotes(text)] == ["Dan Moore", "Dan Moore"]


def test_an_answer_introduced_as_his_response_is_his(quotes):
    # the small model glues 'His answer:' to the question before it; the question's cue
    # ('asked') must not take the answer
    text = ("A second restaurant is planned\n\n"
            "Host Meredith Lang asked the chef Paul Okafor, \"Will you open another place?\" "
            "His answer: \"Next spring, on the harbor.\"")
    assert [s for _, s in quotes(text)] == ["Meredith Lang", "Paul Okafor"]
    text = text.replace("His answer:", "Okafor's reply:")
    assert [s for _, s in quotes(text)] == ["Meredith Lang", "Paul Okafor"]


def test_by_asking_is_said_by_the_subject_not_by_the_one_met_with(quotes):
    text = ("Mayor on the radio\n\n"
            "\"We will fix the roads,\" Mayor Tom Reyes said.\n\n"
            "An impatient Bob Hanley began his show with Reyes Monday by asking, \"Why has it "
            "taken four years?\"")
    assert [s for _, s in quotes(text)] == ["Tom Reyes", "Bob Hanley"]


def test_the_former_official_is_the_unnamed_former_lawyer_not_the_named_congressman(quotes):
    text = ("Scandal widens\n\n"
            "A former state election lawyer said it would take a judge only days to order a "
            "recount. Though Rep. Carl Munro said the error was not a crime, the former "
            "official said two state laws would have been broken if anyone changed the count.")
    assert [s for _, s in quotes(text, "indirect")] == [None, "Carl Munro", None]


def test_a_long_relative_clause_between_the_name_and_said(quotes):
    text = ("Farm bill stalls\n\n"
            "Senator Hal Pruitt spoke at the fair. Asked in the interview how serious his bid "
            "for governor is, Pruitt, who would have to hand over the reins of his family farm "
            "in order to run the state, said, \"I always take things seriously, but never like "
            "this.\"")
    assert [s for _, s in quotes(text)] == ["Hal Pruitt"]


def test_he_paused_then_added(quotes):
    text = ("Farm bill stalls\n\n"
            "\"The count is not over,\" Senator Hal Pruitt told reporters on Friday. He paused, "
            "then added: \"But nobody should plan a party yet. We have work to do.\"")
    assert [s for _, s in quotes(text)] == ["Hal Pruitt", "Hal Pruitt"]



def test_a_web_site_named_by_its_address_reports(quotes):
    text = ("Photo row grows\n\n"
            "The photo was deleted within minutes. Breitbart's BigGovernment.com first reported "
            "that it was sent to a student in Ohio.")
    assert quotes(text, "indirect") == [("it was sent to a student in Ohio",
                                         "BigGovernment.com")]
    text = ("Photo row grows\n\n"
            "The story first ran on GotNews.com on Friday. The site said the photo was sent to "
            "a student in Ohio.")
    assert [s for _, s in quotes(text, "indirect")] == ["GotNews.com"]


def test_the_unquoted_one_of_two_reported_that_clauses_is_indirect_speech(quotes):
    text = ("Photo row grows\n\n"
            "The student told a local paper that she had never met the mayor, and that there "
            "had \"never been any messages\" between them.")
    assert quotes(text, "indirect") == [("she had never met the mayor", None)]
    text = ("Photo row grows\n\n"
            "Mayor Dan Ortiz told a radio host that he had \"serious doubts\" about the count, "
            "and that he has hired his own auditors to check the ballots.")
    assert quotes(text, "indirect") == [("he has hired his own auditors to check the ballots",
                                         "Dan Ortiz")]


def test_names_of_programs_are_not_quotes(quotes):
    text = ("Senator on the air\n\n"
            "\"We have no defense at all,\" Senator Ann Cole said on CBS' \"Face the Nation.\" "
            "She repeated the point on Fox News' \"Evening Desk\" later that day.\n\n"
            "\"We were like sitting ducks,\" she told \"Morning Call.\"\n\n"
            "\"Today\" show host Bill Marsh asked her about it.")
    assert [q for q, _ in quotes(text)] == ["We have no defense at all,",
                                            "We were like sitting ducks,"]


def test_a_participle_after_a_measure_phrase_is_the_main_subjects(quotes):
    text = ("Mayor speaks again\n\n"
            "A day after telling reporters that she was \"done with this story,\" Mayor Ellen "
            "Voss gave three interviews on Wednesday about the audit.")
    assert quotes(text) == [("done with this story,", "Ellen Voss")]


def test_the_reported_clause_stops_before_an_aside_that_holds_the_quote(quotes):
    text = ("Mayor speaks again\n\n"
            "Mayor Ellen Voss said she would not let the audit slow the budget, as she called "
            "the leak a \"cheap trick\" by her rivals.")
    assert quotes(text, "indirect") == [("she would not let the audit slow the budget",
                                         "Ellen Voss")]


def test_a_cue_inside_an_asked_question_reports_nothing(quotes):
    # the question is put to him; nobody said that the mayor ignored the farmers
    text = ("Mayor speaks again\n\n"
            "Asked whether he was suggesting that the mayor ignored the farmers, Senator Hal "
            "Pruitt did not back down.")
    assert "the mayor ignored the farmers" not in [q for q, _ in quotes(text, "indirect")]
