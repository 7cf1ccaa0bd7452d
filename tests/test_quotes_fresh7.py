"""Speakers on constructions met in the seventh batch of own BASIL gold
(tests/gold/basil_quotes_dev7.json, direct and indirect speech) and among the pronoun
speakers of PolNeAR dev. Every test is a sentence written for it."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def test_a_cue_after_a_spaced_closing_mark_with_a_show_title_in_marks(quotes):
    # the nested quote closes with a space before the outer closing mark, and the sentence
    # of the cue holds a programme title in marks of its own
    text = ("Budget fight\n\n"
            "Senator Ruth Calloway opposes the budget.\n\n"
            "\"It is a bad budget, and I hope the governor joins us in saying, 'No, we will "
            "not pass this plan,' \u201d Calloway said on NBC's \"Morning Desk.\"")
    assert quotes(text)[0][1] == "Ruth Calloway"


def test_a_cue_that_opens_a_long_sentence_after_a_question_in_nested_marks(quotes):
    text = ("Budget fight\n\n"
            "Senator Ruth Calloway met voters in Dayton on Monday.\n\n"
            "\u201cMy advice is the mayor should call the council and ask, \u2018What would "
            "it take to pass a better budget for the city?\u2019\u201d Ms. Calloway said, "
            "siding with a likely partner on the council (Mr. Byrne) against a weak "
            "mayor.")
    assert quotes(text)[0][1] == "Ruth Calloway"


def test_went_so_far_as_to_say_has_the_subject_of_went(quotes):
    # the infinitive hangs on the adverbs 'so far', not on a verb
    text = ("Race heats up\n\n"
            "Mark Delaney attacked the governor on Monday.\n\n"
            "Delaney went so far as to say the governor should \u201cresign at once\u201d "
            "over the budget.")
    assert quotes(text) == [("resign at once", "Mark Delaney")]


def test_a_participle_before_a_colon_quote_is_the_main_clause_s_subject(quotes):
    # the parser hangs 'defended ...' on the verb inside the quotation, which has no subject
    text = ("Race heats up\n\n"
            "Mark Delaney is running for governor.\n\n"
            "In the wake of the Toledo attack, Delaney again defended his proposals, saying "
            "on Twitter: \u201cWhat has happened in Toledo is just the beginning. Our "
            "leadership is weak. I called it. Must be tough.\u201d")
    assert quotes(text)[0][1] == "Mark Delaney"


def test_a_straight_pair_nested_in_a_straight_quote(quotes):
    # open, open, close, close: the inner pair is the critic quoting the governor; the
    # outer quotation is the critic's, not a term the governor 'called' something
    text = ("Budget fight\n\n"
            "The plan drew fire from party spokesman Leo Marsh on Sunday.\n\n"
            "\"By dodging a budget she helped write and once called a \"model plan,\" the "
            "governor keeps showing why voters do not trust her,\" Marsh said in a "
            "statement.")
    found = quotes(text)
    assert len(found) == 1
    assert found[0][0].startswith("By dodging a budget") and found[0][1] == "Leo Marsh"


def test_a_candidate_s_campaign_speaks_for_the_candidate(quotes):
    text = ("Race heats up\n\n"
            "Mark Delaney held a rally in Toledo on Saturday.\n\n"
            "Delaney's campaign said he would give a \"major address\" on Monday about "
            "\"jobs, schools and roads.\"\n\n"
            "Governor Ann Whitley spoke in Akron. Before her speech, her campaign said she "
            "would not debate him until the fall.")
    assert [s for _, s in quotes(text)] == ["Mark Delaney", "Mark Delaney"]
    assert quotes(text, "indirect")[-1] == (
        "she would not debate him until the fall", "Ann Whitley")


def test_a_wife_filed_under_her_husband_s_surname_keeps_the_floor(quotes):
    # 'Zuleyka' tells no gender; the surname's entry is the husband's (a man): the woman who
    # spoke last is still the 'she' several sentences on
    text = ("Video shows arrest\n\n"
            "Police stopped Darnell Lee Okafor, 40, on Tuesday as he sat in his parked car. "
            "He was not armed, his lawyer said.\n\n"
            "Zuleyka Okafor can be heard shouting to the officers that her husband had no "
            "gun.\n\n"
            "\u201cStop,\u201d she says. \u201cHe has nothing. He has nothing.\u201d\n\n"
            "She then begs her husband to get out of the car and keeps saying, \u201cDon't "
            "move,\u201d until shots ring out. At this point, the phone points at the ground. "
            "She grows more upset. She cries out as she runs closer to the car. Two officers "
            "kneel over a man lying in the street.\n\n"
            "\u201cIs he hurt? He better be fine,\u201d she yells as she runs.")
    assert [s for _, s in quotes(text)] == ["Zuleyka Okafor"] * 4


def test_a_work_named_after_called_may_be_in_sentence_case(quotes):
    text = ("Photo row\n\n"
            "Photographer Lena Marsh defended the picture on Tuesday.\n\n"
            "Marsh posted a link to a short film called \"Making of the river shoot with "
            "Dana Cole\" but the film has since been taken down.")
    assert quotes(text) == []


def test_a_second_partial_quote_after_and_that_has_the_same_cue(quotes):
    # the parser joins 'and that "..."' to the cue as a coordinated verb
    text = ("Apology\n\n"
            "Dana Cole apologised on Wednesday.\n\n"
            "In a post late Tuesday, Cole said the joke \"was badly judged,\" and that \"it "
            "wasn't funny.\"")
    assert quotes(text) == [("was badly judged,", "Dana Cole"), ("it wasn't funny.", "Dana Cole")]
