"""A blank line ends a sentence before the parser runs, unless the line leads into the next
(a colon or comma), the next starts in lower case (a page that broke a sentence) or is a list
item. The texts are written for these tests."""

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


def _starts(text):
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published="2023-11-15")))
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def test_a_headline_without_a_full_stop_is_its_own_sentence():
    sents = _starts("Leaders agree to restore talks at lakeside summit\n\nGENEVA, Nov 15, 2023 "
                    "(Wire) - The two leaders agreed on Wednesday to resume talks.")
    assert sents[0] == "Leaders agree to restore talks at lakeside summit"


def test_a_broken_sentence_a_lead_in_and_list_items_stay_joined():
    sents = _starts("It was hard to overstate the cost of offering\n\nmembership to them.")
    assert len(sents) == 1
    sents = _starts("The envoys proposed:\n\nregular talks between ministers.")
    assert len(sents) == 1


def test_a_meeting_told_below_a_headline_keeps_its_own_status_and_day():
    nlp = build_pipeline(None)
    text = ("Lula and Macron agree to restore trade talks at Brasilia summit\n\nBRASILIA, "
            "Nov 15, 2023 (Wire) - Brazilian President Luiz Inacio Lula da Silva and French "
            "President Emmanuel Macron agreed on Wednesday to resume trade talks and to curb "
            "deforestation, in their first face-to-face meeting in a year.")
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published="2023-11-15")))
    held = [c for c in doc._.contacts if c.status == "held"]
    assert any(c.date == "2023-11-15" and c.format == "meeting" for c in held)


def test_a_single_line_break_ends_a_headline_in_text_of_one_paragraph_per_line():
    sents = _starts("Kenya and Tanzania pledge to reopen border posts after Arusha meeting\n"
                    "ARUSHA - The two presidents met on Tuesday and agreed to reopen the posts.\n"
                    "Officials said trucks would move again by the end of the month.")
    assert sents[0] == "Kenya and Tanzania pledge to reopen border posts after Arusha meeting"
    assert sents[1].startswith("ARUSHA")


def test_lines_wrapped_at_a_fixed_width_stay_one_sentence():
    sents = _starts("The delegations from both capitals spent most of the afternoon on\n"
                    "Tuesday going over the draft text of the accord that Norway and\n"
                    "Sweden had sent to the other members of the council in March\n"
                    "and that Finland had asked to amend before it could be signed.")
    assert len(sents) == 1
