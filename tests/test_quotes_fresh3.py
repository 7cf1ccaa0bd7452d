"""Speakers on constructions met in the third batch of own BASIL gold
(tests/gold/basil_quotes_dev3.json, direct and indirect speech). Every test is a sentence
written for it."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def test_a_person_named_inside_reported_speech_does_not_take_the_pronoun(quotes):
    text = ("Transit vote looms\n\n"
            "Mayor Dana Whitfield says that if re-elected she would expand the bus network "
            "across the east side. She said Councilwoman Rita Olmos, though, would probably "
            "lead the transit board next year.\n\n"
            "\u201cIf you vote for me you get someone who has ridden these buses for thirty "
            "years,\u201d she said.")
    assert quotes(text)[-1][1] == "Dana Whitfield"


def test_the_staffer_is_the_anonymous_one_introduced_not_the_named_leader(quotes):
    text = ("Floor fight ahead\n\n"
            "Speaker Marcus Delaney plans to call a vote this week on the water bill. A senior "
            "Republican staffer told the paper that the vote could come as soon as Thursday.\n\n"
            "\u201cWe have the votes lined up,\u201d said the Republican staffer, noting that "
            "two holdouts had changed their minds.")
    assert quotes(text)[-1][1] is None
    assert quotes(text, "indirect")[-1][1] is None


def test_a_junior_keeps_his_suffix_when_his_father_is_named_later(quotes):
    text = ("Alan Pierce Jr. Admits Fraud in Court\n\n"
            "Alan R. Pierce Jr., a former state senator, admitted on Tuesday that he had spent "
            "campaign money on a boat.\n\n"
            "\u201cI let my voters down,\u201d Mr. Pierce said. His father, the Rev. Alan R. "
            "Pierce, sat behind him.\n\n"
            "\u201cI will repay every cent,\u201d Mr. Pierce added.")
    assert [s for _, s in quotes(text)] == ["Alan R. Pierce Jr.", "Alan R. Pierce Jr."]


def test_a_colon_intro_names_the_reporter_not_a_gerund_in_its_clause(quotes):
    text = ("Council rules\n\n"
            "Columnist Ruth Abano reported on Sunday that reading the town charter aloud at "
            "every meeting would be a first for the council:\n\n"
            "\u201cThe clerk estimates each reading will take forty minutes, and the members "
            "will pay for the overtime out of their own budgets.\u201d")
    assert quotes(text) == [(text[text.index("The clerk"):text.rindex("\u201d")],
                             "Ruth Abano")]


def test_a_quote_paragraph_after_according_to_is_that_sources(quotes):
    text = ("Fence costs\n\n"
            "According to Nadia Stroud at the Ledger, $2 million is the likely cost of the new "
            "fence along the river.\n\n"
            "\u201cThe figure I reach is close to two million dollars, though that is a rough "
            "sum and the final bill could run higher once the lawyers are paid.\u201d")
    assert [s for _, s in quotes(text)] == ["Nadia Stroud"]


def test_a_body_whose_name_runs_on_through_of_the_is_named_in_full(quotes):
    text = ("Rule delayed\n\n"
            "WASHINGTON -- The U.S. Department of the Treasury announced Monday that it will "
            "delay the new reporting rule for small banks by a full year.")
    assert [s for _, s in quotes(text, "indirect")] == ["Treasury"]


def test_the_aide_is_the_spokesperson_introduced_never_the_rival(quotes):
    text = ("Farm feud\n\n"
            "Governor Ray Dunmore mocked Senator Paul Okafor at a dinner on Friday. He said "
            "Okafor would chair the farm panel next year.\n\n"
            "A spokesperson for Okafor fired back on Saturday, telling the Gazette that the "
            "governor had never worked a field in his life.\n\n"
            "\u201cThe senator has farmed the same land for forty years and knows what a drought "
            "costs,\u201d the aide said.")
    # the aide speaks for Okafor; nobody is named, so no speaker (Okafor also acceptable)
    assert quotes(text)[-1][1] in (None, "Paul Okafor")


def _parsed(words, heads, deps, lemmas):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)


def test_a_cue_in_a_clause_of_time_reports_nothing_before_it():
    from readout.analyze.quotes import _content_of

    # 'Lee restated that she opposes it, hours after Kim said .': the sentence is Lee's
    # words, not Kim's, even when the parser hangs it on 'said'
    words = ["Lee", "restated", "that", "she", "opposes", "it", ",", "hours", "after", "Kim",
             "said", "."]
    heads = [1, 10, 4, 4, 1, 4, 10, 10, 10, 10, 10, 10]
    deps = ["nsubj", "ccomp", "mark", "nsubj", "ccomp", "dobj", "punct", "npadvmod", "mark",
            "nsubj", "ROOT", "punct"]
    lemmas = ["Lee", "restate", "that", "she", "oppose", "it", ",", "hour", "after", "Kim",
              "say", "."]
    doc = _parsed(words, heads, deps, lemmas)
    assert _content_of(doc[10], False) is None
    # the same sentence with the cue set off as an attribution ('..., Kim said') reports it
    words2 = [w for w in words if w not in ("hours", "after")]
    heads2 = [1, 8, 4, 4, 1, 4, 8, 8, 8, 8]
    deps2 = [d for w, d in zip(words, deps, strict=True) if w not in ("hours", "after")]
    lemmas2 = [m for w, m in zip(words, lemmas, strict=True) if w not in ("hours", "after")]
    assert _content_of(_parsed(words2, heads2, deps2, lemmas2)[8], False) == (0, 6)


def test_promises_to_be_is_a_likelihood_not_reported_speech(quotes):
    text = ("Race ahead\n\n"
            "The clock is now ticking. It promises to be another long campaign, with two "
            "congressmen likely to face off in a spring primary. Governor Ann Tull promised to "
            "stay neutral.")
    assert quotes(text, "indirect") == [("to stay neutral", "Ann Tull")]
