"""Speaker frames found by reading fresh news: headlines glued to the body by the parser,
names that only modify a description, participles after a complement clause, 'it said',
honorifics after a question, and a son who shares his father's name.

Several of these depend on how the small parser reads a sentence, which varies with the
context; the parse is then built by hand (``parsed``) so the test checks the rule itself."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp():
    from readout.analyze.pipeline import build_pipeline

    return build_pipeline(None)


LEMMAS = {"warned": "warn", "told": "tell", "said": "say", "saying": "say", "rejected": "reject", "feel": "feel"}


def parsed(nlp, rows: list[tuple[str, int, str, str, str]], text_spaces: list[bool],
           ents: list[str] | None = None, published: str = "2016-10-10"):
    """A Doc with a hand-made parse: rows of (word, head index, dep, POS, tag)."""
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    doc = Doc(nlp.vocab, words=words, spaces=text_spaces, heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
              lemmas=[LEMMAS.get(r[0], r[0].lower()) for r in rows], ents=ents)
    doc._.published = published
    return doc


def resolver_for(nlp, doc):
    from readout.analyze.speakers import SpeakerResolver

    return SpeakerResolver(doc, [], nlp.get_pipe("readout_quotes").gazetteer, [])


def test_a_headline_word_is_not_the_subject_of_the_first_body_verb(nlp):
    from readout.analyze.quotes import QuoteExtractor

    # "Okafor Wins Again\n\nDana Whitfield , the treasurer , told reporters": the parser made
    # the headline's 'Wins' the subject of 'told'
    rows = [("Okafor", 1, "compound", "PROPN", "NNP"), ("Wins", 10, "nsubj", "PROPN", "NNP"),
            ("Again", 1, "advmod", "ADV", "RB"), ("\n\n", 2, "dep", "SPACE", "_SP"),
            ("Dana", 5, "compound", "PROPN", "NNP"), ("Whitfield", 10, "npadvmod", "PROPN", "NNP"),
            (",", 5, "punct", "PUNCT", ","), ("the", 8, "det", "DET", "DT"),
            ("treasurer", 5, "appos", "NOUN", "NN"), (",", 5, "punct", "PUNCT", ","),
            ("told", 10, "ROOT", "VERB", "VBD"), ("reporters", 10, "dobj", "NOUN", "NNS"),
            (".", 10, "punct", "PUNCT", ".")]
    spaces = [True, True, False, False, True, False, True, True, False, True, True, False, False]
    doc = parsed(nlp, rows, spaces, ents=["O", "O", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 7)
    extractor = QuoteExtractor(nlp, None)  # type: ignore[arg-type]
    frame = extractor._frame_at(doc[10], [], resolver_for(nlp, doc))
    assert frame is not None and frame.speaker == "Dana Whitfield"


def test_title_case_line_is_a_headline():
    from readout.analyze.speakers import _title_case_line

    text = "For Okafor and Brandt, Warm Ties Have Cooled\n\nThe two met on Monday in Lyon."
    assert _title_case_line(text, text.index("Ties"))
    assert not _title_case_line(text, text.index("Lyon"))


def test_title_case_headline_words_are_not_people(nlp):
    from readout.analyze import analyze_text

    text = ("For Okafor and Brandt, Warm Ties Have Cooled\n\n"
            "Lena Okafor spoke in Lyon on Monday. \u201cWe were never close,\u201d she said.")
    quotes = analyze_text(text, published="2016-10-10").quotes
    assert [q.speaker for q in quotes] == ["Lena Okafor"]


def test_a_name_compounded_onto_an_aide_is_not_the_speaker(nlp):
    # "A Romney campaign aide said": Romney modifies 'aide'; the aide is unnamed
    rows = [("A", 3, "det", "DET", "DT"), ("Romney", 3, "compound", "PROPN", "NNP"),
            ("campaign", 3, "compound", "NOUN", "NN"), ("aide", 4, "nsubj", "NOUN", "NN"),
            ("said", 4, "ROOT", "VERB", "VBD"), ("so", 4, "advmod", "ADV", "RB"),
            (".", 4, "punct", "PUNCT", ".")]
    doc = parsed(nlp, rows, [True] * 5 + [False, False],
                 ents=["O", "B-PERSON", "O", "O", "O", "O", "O"], published="2012-08-15")
    assert resolver_for(nlp, doc).resolve(doc[3])[0] is None
    # the name heading its own phrase still speaks
    assert resolver_for(nlp, doc).resolve(doc[1])[0] is not None


def test_a_participle_after_a_complement_clause_goes_with_the_main_subject(nlp):
    from readout.analyze.quotes import _subject_of

    # "Okafor rejected claims that residents feel ignored , saying that ..." with the
    # participle hung on 'feel' inside the complement clause
    rows = [("Okafor", 1, "nsubj", "PROPN", "NNP"), ("rejected", 1, "ROOT", "VERB", "VBD"),
            ("that", 4, "mark", "SCONJ", "IN"), ("residents", 4, "nsubj", "NOUN", "NNS"),
            ("feel", 1, "ccomp", "VERB", "VBP"), ("ignored", 4, "acomp", "VERB", "VBN"),
            (",", 4, "punct", "PUNCT", ","), ("saying", 4, "advcl", "VERB", "VBG"),
            ("no", 7, "intj", "INTJ", "UH"), (".", 1, "punct", "PUNCT", ".")]
    doc = parsed(nlp, rows, [True] * 5 + [False, True, True, False, False])
    subject = _subject_of(doc[7])
    assert subject is not None and subject.text == "Okafor"


def test_it_said_is_the_organisation_that_was_the_subject(nlp):
    from readout.analyze import analyze_text

    text = ("Vexmark Capital opened an office in Germany last year. It said the market there "
            "was \u201cgrowing faster than anyone expected.\u201d")
    quotes = analyze_text(text, published="2016-10-10").quotes
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Vexmark Capital"]


def test_a_question_then_an_honorific_and_the_cue(nlp):
    from readout.analyze.quotes import _short_cue_follows, find_quoted_spans

    text = "\u201cWhy wait any longer?\u201d Mr. Ortega asked on Monday."
    assert _short_cue_follows(nlp(text), find_quoted_spans(text)[0])
    text = "\u201cWhy wait any longer?\u201d Ms. Ortega was quoted as saying."
    assert _short_cue_follows(nlp(text), find_quoted_spans(text)[0])


def test_a_son_named_after_his_father_keeps_the_suffix(nlp):
    from readout.analyze import analyze_text

    text = ("Robert Vance spoke in Ohio on Monday. \u201cWe will win,\u201d Mr. Vance said.\n\n"
            "Robert Vance Jr. wrote on Twitter and asked, \u201cWhat is going on here?\u201d")
    quotes = analyze_text(text, published="2016-10-10").quotes
    assert [q.speaker for q in quotes] == ["Robert Vance", "Robert Vance Jr."]


def test_a_subject_phrase_stops_at_a_paragraph_break(nlp):
    # "... Ann Talent\n\nRomney released a statement": the previous paragraph's last name was
    # parsed into the phrase of the next paragraph's first word
    rows = [("Ann", 1, "compound", "PROPN", "NNP"), ("Talent", 3, "compound", "PROPN", "NNP"),
            ("\n\n", 1, "dep", "SPACE", "_SP"), ("Romney", 4, "nsubj", "PROPN", "NNP"),
            ("released", 4, "ROOT", "VERB", "VBD"), ("a", 6, "det", "DET", "DT"),
            ("statement", 4, "dobj", "NOUN", "NN"), (".", 4, "punct", "PUNCT", ".")]
    doc = parsed(nlp, rows, [True, False, False, True, True, True, False, False],
                 ents=["B-PERSON", "I-PERSON"] + ["O"] * 6, published="2012-08-21")
    speaker = resolver_for(nlp, doc).resolve(doc[3])[0]
    assert speaker is not None and speaker.endswith("Romney")


def test_a_day_is_not_the_name_beside_a_cue(nlp):
    from readout.analyze.quotes import _adjacent_subject

    rows = [("They", 1, "nsubj", "PRON", "PRP"), ("met", 1, "ROOT", "VERB", "VBD"),
            ("Tuesday", 1, "npadvmod", "PROPN", "NNP"), ("saying", 1, "advcl", "VERB", "VBG"),
            ("so", 3, "advmod", "ADV", "RB"), (".", 1, "punct", "PUNCT", ".")]
    doc = parsed(nlp, rows, [True] * 4 + [False, False], ents=["O", "O", "B-DATE", "O", "O", "O"])
    assert _adjacent_subject(doc[3]) is None


def test_an_inserted_cue_after_a_fronted_clause_takes_the_name_beside_it(nlp):
    from readout.analyze.quotes import QuoteExtractor

    # "To see the old Ada Vance , Judge Omar Reyes said , one should visit ." with the judge's
    # name parsed as an apposition of the name before the comma
    rows = [("To", 1, "aux", "PART", "TO"), ("see", 13, "advcl", "VERB", "VB"),
            ("the", 5, "det", "DET", "DT"), ("old", 5, "amod", "ADJ", "JJ"),
            ("Ada", 5, "compound", "PROPN", "NNP"), ("Vance", 10, "nsubj", "PROPN", "NNP"),
            (",", 5, "punct", "PUNCT", ","), ("Judge", 9, "compound", "PROPN", "NNP"),
            ("Omar", 9, "compound", "PROPN", "NNP"), ("Reyes", 5, "appos", "PROPN", "NNP"),
            ("said", 13, "parataxis", "VERB", "VBD"), (",", 10, "punct", "PUNCT", ","),
            ("one", 13, "nsubj", "PRON", "PRP"), ("visit", 13, "ROOT", "VERB", "VB"),
            (".", 13, "punct", "PUNCT", ".")]
    spaces = [True, True, True, True, True, False, True, True, True, True, False, True, True,
              False, False]
    ents = ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON"] + [
        "O"] * 5
    doc = parsed(nlp, rows, spaces, ents=ents)
    frame = QuoteExtractor(nlp, None)._frame_at(doc[10], [], resolver_for(nlp, doc))  # type: ignore[arg-type]
    assert frame is not None and frame.speaker == "Omar Reyes"


def test_stopped_short_of_calling_is_said_by_the_clause_subject(nlp):
    from readout.analyze.quotes import _adjacent_subject, _subject_of

    # "Okonjo described it , but stopped short of calling Ortiz 's actions cruel ."
    rows = [("Okonjo", 1, "nsubj", "PROPN", "NNP"), ("described", 1, "ROOT", "VERB", "VBD"),
            ("it", 1, "dobj", "PRON", "PRP"), (",", 1, "punct", "PUNCT", ","),
            ("but", 1, "cc", "CCONJ", "CC"), ("stopped", 1, "conj", "VERB", "VBD"),
            ("short", 5, "advmod", "ADV", "RB"), ("of", 6, "prep", "ADP", "IN"),
            ("calling", 7, "pcomp", "VERB", "VBG"), ("Ortiz", 11, "nmod", "PROPN", "NNP"),
            ("'s", 9, "case", "PART", "POS"), ("actions", 8, "dobj", "NOUN", "NNS"),
            ("cruel", 8, "oprd", "ADJ", "JJ"), (".", 1, "punct", "PUNCT", ".")]
    spaces = [True, True, False, True, True, True, True, True, True, False, True, True, False,
              False]
    doc = parsed(nlp, rows, spaces, ents=["B-PERSON"] + ["O"] * 8 + ["B-PERSON"] + ["O"] * 4)
    subject = _subject_of(doc[8])
    assert subject is not None and subject.text == "Okonjo"
    # the name in the participle's object is not an inverted subject ('said Smith')
    assert _adjacent_subject(doc[8]) is None


def test_of_two_subjects_the_one_in_the_cue_paragraph_speaks(nlp):
    from readout.analyze.quotes import QuoteExtractor

    # "( Harbor Press )\n\nMayor Dana Whitfield has warned ...": the credit line above was
    # parsed as a second subject of the body's first verb
    rows = [("(", 2, "punct", "PUNCT", "-LRB-"), ("Harbor", 2, "compound", "PROPN", "NNP"),
            ("Press", 9, "nsubj", "PROPN", "NNP"), (")", 2, "punct", "PUNCT", "-RRB-"),
            ("\n\n", 3, "dep", "SPACE", "_SP"), ("Mayor", 7, "compound", "PROPN", "NNP"),
            ("Dana", 7, "compound", "PROPN", "NNP"), ("Whitfield", 9, "nsubj", "PROPN", "NNP"),
            ("has", 9, "aux", "AUX", "VBZ"), ("warned", 9, "ROOT", "VERB", "VBN"),
            ("voters", 9, "dobj", "NOUN", "NNS"), (".", 9, "punct", "PUNCT", ".")]
    spaces = [False, True, False, False, False, True, True, True, True, True, False, False]
    ents = ["O", "B-ORG", "I-ORG", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    doc = parsed(nlp, rows, spaces, ents=ents)
    frame = QuoteExtractor(nlp, None)._frame_at(doc[9], [], resolver_for(nlp, doc))  # type: ignore[arg-type]
    assert frame is not None and frame.speaker == "Dana Whitfield"


def test_who_after_a_name_and_its_state_is_the_person(nlp):
    # "It was Senator Ann Lee of Ohio , who said so ." with the clause hung on 'Ohio'
    rows = [("It", 1, "nsubj", "PRON", "PRP"), ("was", 1, "ROOT", "AUX", "VBD"),
            ("Senator", 4, "compound", "PROPN", "NNP"), ("Ann", 4, "compound", "PROPN", "NNP"),
            ("Lee", 1, "attr", "PROPN", "NNP"), ("of", 4, "prep", "ADP", "IN"),
            ("Ohio", 5, "pobj", "PROPN", "NNP"), (",", 6, "punct", "PUNCT", ","),
            ("who", 9, "nsubj", "PRON", "WP"), ("said", 6, "relcl", "VERB", "VBD"),
            ("so", 9, "advmod", "ADV", "RB"), (".", 1, "punct", "PUNCT", ".")]
    spaces = [True, True, True, True, True, True, False, True, True, True, False, False]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE"] + ["O"] * 5
    doc = parsed(nlp, rows, spaces, ents=ents)
    assert resolver_for(nlp, doc).resolve(doc[8])[0] == "Ann Lee"


def test_it_after_a_document_subject_is_the_document(nlp):
    from readout.analyze.pipeline import make_doc
    from readout.records import Article

    text = ("Twelve officers from Russia were charged on Friday. The indictment alleges that "
            "they stole emails. It accuses them of fraud.")
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published="2018-07-13")))
    it = next(t for t in doc if t.text == "It")
    from readout.analyze.speakers import SpeakerResolver

    resolver = SpeakerResolver(doc, doc._.actor_mentions,
                               nlp.get_pipe("readout_quotes").gazetteer, [])
    # the indictment, whose author the sentence does not name: not Russia
    assert resolver.resolve(it)[0] is None


def test_common_given_names_tell_gender():
    from readout.analyze.speakers import given_gender

    assert given_gender("Kristin Davis") == "f"
    assert given_gender("Antonin Scalia") == "m"
    assert given_gender("Lindsey Graham") is None  # worn by both sexes: no guess


def test_a_leaders_spokesman_and_office_are_their_seat(nlp):
    from readout.analyze import analyze_text

    def speakers(text: str) -> list[str | None]:
        return [q.speaker for q in analyze_text(text, published="2022-03-10").quotes]

    # the Kremlin's press secretary, not the foreign ministry's spokeswoman
    assert speakers("Putin's spokesman said the Kremlin was \u201cready for dialogue.\u201d") == [
        "Dmitry Peskov"]
    assert speakers("Vladimir Putin met the envoy on Monday. His office said the talks had "
                    "been \u201cconstructive and frank.\u201d") == ["Russia"]  # the Kremlin
    # a senator's office speaks for the senator (issue 3, batch 5: our gold gives an office's
    # statement to the person, and PolNeAR dev changed nowhere)
    assert speakers("Senator Maria Delgado spent the week in Ohio. Her office said the "
                    "senator would \u201cvote against the bill.\u201d") == ["Maria Delgado"]


def test_the_ministry_said_is_the_ministry_named_before(nlp):
    from readout.analyze import analyze_text

    def speakers(text: str) -> list[str | None]:
        return [q.speaker for q in analyze_text(text, published="2022-03-10").quotes]

    assert speakers("Russia's Foreign Ministry issued a statement on Friday. The ministry said "
                    "that it would \u201ctake all necessary measures.\u201d") == [
        "Russian Foreign Ministry"]
    # no body of that kind named before: no speaker
    assert speakers("The committee said the report was \u201cthorough and fair.\u201d") == [None]



def test_a_title_holder_out_of_office_on_the_printed_day_is_not_the_speaker(nlp):
    from readout.analyze.speakers import SpeakerResolver
    from readout.records import ActorMention

    # no publication date given: the date printed in the header is the day offices are read
    text = ("March 14, 2022\n\nThe national security adviser said the attack could come "
            "at any moment.")
    doc = nlp(text)
    head = next(t for t in doc if t.text == "adviser")
    start = text.index("national")
    stale = ActorMention(actor="Condoleezza Rice", start=start, end=head.idx + len(head),
                         text=text[start:head.idx + len(head)], how="title")
    resolver = SpeakerResolver(doc, [stale], nlp.get_pipe("readout_quotes").gazetteer, [])
    assert resolver.resolve(head)[0] != "Condoleezza Rice"


def test_unnamed_spokespeople_speak_for_the_side_that_qualifies_them():
    from readout.analyze.pipeline import analyze_text

    def speakers(text: str) -> list[str | None]:
        return [q.speaker for q in analyze_text(text, published="2022-03-12").quotes]

    assert speakers("Russian officials said the talks would continue.") == ["Russia"]
    assert speakers("A Kremlin spokesman said the call went well.") == ["Russia"]
    assert speakers("Blinken warned Beijing, a State Department spokesman said.") == \
        ["State Department"]
    assert speakers("The Kremlin spokesman said the call went well.") == ["Dmitry Peskov"]
    # no side named: no speaker
    assert speakers("Western officials said the talks failed.") == [None]
    assert speakers("Senior officials said the talks failed.") == [None]
