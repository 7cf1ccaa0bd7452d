"""Speakers on constructions met in the fifth batch of own BASIL gold
(tests/gold/basil_quotes_dev5.json, direct and indirect speech). Every test is a sentence
written for it."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def test_a_new_paragraph_naming_somebody_takes_the_floor_from_the_last_speaker(quotes):
    # the lawyer spoke last, but the next paragraph brings in the judge (as an object) right
    # before '"...," he said': the judge is the one talking
    text = ("Court weighs zoning case\n\n"
            "Mr. Dorsey, a lawyer for the town, said the rule was clear. It had been posted "
            "for years, he added.\n\n"
            "\u201cOwners knew the limits,\u201d he said. \u201cThey bought the land "
            "anyway.\u201d\n\n"
            "That did not persuade Judge Carl Wexford. \u201cIf the limits were so clear,\u201d "
            "he said, \u201cwhy did the town change them twice?\u201d")
    assert [s for _, s in quotes(text)][-2:] == ["Carl Wexford", "Carl Wexford"]


def test_who_right_after_a_name_is_that_person_where_the_parser_hung_it_on_a_group(quotes):
    # the parser hangs 'who said' on 'critics'; 'who' is the person named right before it
    text = ("Critics pile on\n\n"
            "The bill angered critics like Mr. Paul Renner who said the measure amounted to "
            "a tax on renters.")
    assert quotes(text, "indirect") == [
        ("the measure amounted to a tax on renters", "Paul Renner")]


def test_hilary_is_a_given_name_of_men_too(quotes):
    text = ("Group adopts a statement\n\n"
            "The final text \u201ccalls on every member to speak up,\u201d said Hilary Brandt, "
            "director of the group's city bureau.\n\n"
            "\u201cI hope it will make people look at what is going on around them,\u201d he "
            "said.")
    assert [s for _, s in quotes(text)] == ["Hilary Brandt", "Hilary Brandt"]


def test_the_role_a_lawyer_never_had_is_not_the_lawyer(quotes):
    # the lawyer spoke last, but 'the chief judge' is the one the article called a judge
    text = ("Appeal heard\n\n"
            "\u201cWas the fee higher than elsewhere?\u201d Chief Judge Peter Hale asked "
            "Mr. Dorsey, a lawyer for the tenants.\n\n"
            "Mr. Dorsey said that was the wrong test. \u201cThe test is what the lease "
            "promised,\u201d he said. He added that \u201cno tenant was told of the fee.\u201d\n\n"
            "The chief judge also asked Mr. Dorsey \u201chow many tenants must complain "
            "before the fee counts as a policy?\u201d")
    assert quotes(text)[-1][1] == "Peter Hale"


def test_a_described_subject_with_a_name_in_apposition_is_the_named_person(quotes):
    text = ("Offer draws reactions\n\n"
            "Another leading Dem, Sen. Laura Finch of Vermont, who joined the race last "
            "month, said the offer was a \u201cbad deal.\u201d")
    assert quotes(text)[-1][1] == "Laura Finch"


def test_a_paragraph_of_quotation_after_a_partial_quote_goes_on_with_its_speaker(quotes):
    text = ("Shutdown goes on\n\n"
            "Then there was Sen. Rob Tilden's response. He bluntly accused the mayor of "
            "forcing \u201ca pointless closure\u201d to pay for the stadium.\n\n"
            "\u201cThis is about thousands of workers who are being held hostage by a mayor "
            "who wants a stadium more than he wants an open city hall.\u201d")
    assert [s for _, s in quotes(text)] == ["Rob Tilden", "Rob Tilden"]


def test_he_after_a_described_speaker_is_that_speaker(quotes):
    # 'The chief judge ... asked' was resolved to Hale; his speech is the latest subject, so
    # the next 'he said' is Hale, not the lawyer he was asking
    text = ("Appeal heard\n\n"
            "\u201cWas the fee higher than elsewhere?\u201d Chief Judge Peter Hale asked "
            "Mr. Dorsey, a lawyer for the tenants.\n\n"
            "Mr. Dorsey said that was the wrong test. \u201cThe test is what the lease "
            "promised,\u201d he said. He added that \u201cno tenant was told of the fee.\u201d\n\n"
            "The chief judge also asked Mr. Dorsey \u201chow many tenants must complain "
            "before the fee counts as a policy?\u201d After all, he said, \u201cany landlord "
            "will have a few angry tenants.\u201d")
    assert [s for _, s in quotes(text)][-2:] == ["Peter Hale", "Peter Hale"]


def test_a_topic_named_in_the_pronouns_own_sentence_leaves_the_floor_alone(quotes):
    text = ("Developer weighs a run\n\n"
            "\u201cI am only interested if the numbers work,\u201d Ray Kessler said.\n\n"
            "Of Mayor Dan Ortiz, he said, \u201cI want him to do well, but the city is "
            "drifting.\u201d")
    assert quotes(text)[-1][1] == "Ray Kessler"
