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


def test_html_brief_embeds_the_cooperation_conflict_plot():
    from readout.records import Article, ArticleAnalysis, Event

    text = "Washington sanctioned Moscow. Moscow threatened Washington. They agreed to talk."
    events = [Event(type="SANCTION", actor="United States", target="Russia", date="2022-02-22",
                    evidence=text[:29], start=0, end=29, score=-8.0),
              Event(type="THREATEN", actor="Russia", target="United States", date="2022-02-23",
                    evidence=text[30:58], start=30, end=58, score=-4.4),
              Event(type="AGREE", actor="Joe Biden", target="Vladimir Putin", date=None,
                    evidence=text[59:], start=59, end=len(text), score=3.0)]
    analysis = ArticleAnalysis(article=Article(doc="a.txt", text=text, published="2022-03-01"),
                               events=events)
    brief = build_brief([analysis])
    assert (brief["series"]["a"], brief["series"]["b"]) == ("Russia", "United States")
    # The undated AGREE between the two presidents counts on the publication day.
    assert [row["period"] for row in brief["series"]["daily"]] == ["2022-02-22", "2022-02-23",
                                                                   "2022-03-01"]
    html = render(brief, "html")
    assert "Cooperation–conflict over time: Russia – United States" in html
    assert html.count("<svg") == 1 and "<?xml" not in html
