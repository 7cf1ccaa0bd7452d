"""The brief in every format says the same thing and escapes article text."""

from __future__ import annotations

import json

from readout.analyze import analyze_text
from readout.records import Quote
from readout.render import build_brief, render

HOSTILE = ("Summit notes\n\nMay 3, 2022\n\nPresident Joe Biden met Chancellor Olaf Scholz in Berlin on "
           "Monday. \u201c<script>alert('x')</script> is not policy,\u201d Scholz said after the meeting "
           "with Biden.\n")


def test_html_escapes_article_text():
    analysis = analyze_text(HOSTILE, published="2022-05-03", doc_id="<b>doc</b>.txt")
    start = HOSTILE.index("<script>")
    end = HOSTILE.index(" is not policy")
    # The quote is given here, so the test is about escaping whatever the extractor finds.
    analysis.quotes = [Quote(text=HOSTILE[start:end], speaker="Olaf Scholz", kind="direct",
                             cue="said", start=start, end=end, paragraph=3)]
    html = render(build_brief([analysis]), "html")
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    assert "<b>doc</b>" not in html
    assert html.startswith("<!doctype html>") and "<link" not in html  # self-contained


def test_formats_agree():
    analysis = analyze_text(HOSTILE, published="2022-05-03", doc_id="berlin.txt")
    brief = build_brief([analysis])
    data = json.loads(render(brief, "json"))
    assert data["sources"][0]["doc"] == "berlin.txt"
    md = render(brief, "md")
    text = render(brief, "text")
    for speaker in data["speakers"]:
        assert speaker["speaker"] in md and speaker["speaker"] in text
    assert "## Timeline of contacts" in md and "Timeline of contacts" in text
