"""Page furniture of a web page saved as text: found, and left out of the analysis."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text
from readout.ingest.furniture import in_furniture, is_menu_line, page_furniture
from readout.ingest.metadata import metadata_from_text

PAGE = """THE HARBOUR GAZETTE
News | World | Opinion | Sport

World | Asia

Foreign ministers of Chile and Peru agree to reopen border crossings

The two governments will set up a joint commission, officials said

By Ana Ruiz
Published March 4, 2024

Share on Facebook | Share on X | Email this article

[Photo] The two ministers shake hands in Lima. Photo: Jorge Paz for the Gazette

LIMA, March 4 - The foreign ministers of Chile and Peru met in Lima on Monday and agreed to reopen two border crossings that were closed last year.

Many in both capitals share this hope, though some lawmakers said they would not sign up to the plan without a vote.

Related
- Bolivia's president to visit Santiago next month
- Analysis: a decade of border disputes

Get our morning briefing in your inbox. Sign up now.
"""

TEASERS = """What the ministers did not say

The talks in Lima lasted four hours and ended with a short statement.

Ana Soto, the Chilean foreign minister, will meet Luis Vega, her Peruvian counterpart, again in May.

A crowd at a rally (Photographer Name/Shutterstock)
Top photo credit: A rally in a capital, 2023. REUTERS/Some One

Another country's leader hosts a neighbour

The president of Brazil met the president of Argentina in Brasília on Friday and promised closer ties.

keep readingShow less
Newsletter
"""


def _furniture_text(text: str, title: str | None = None) -> list[str]:
    return [text[a:b] for a, b in page_furniture(text, title)]


def test_menus_prompts_captions_and_link_lists_are_furniture() -> None:
    found = _furniture_text(PAGE)
    assert "News | World | Opinion | Sport" in found
    assert "World | Asia" in found
    assert "Share on Facebook | Share on X | Email this article" in found
    assert any(f.startswith("[Photo] The two ministers") for f in found)
    assert any(f.startswith("Related\n- Bolivia's president") and f.endswith("border disputes")
               for f in found)
    assert "Get our morning briefing in your inbox. Sign up now." in found


def test_the_report_is_not_furniture() -> None:
    # "share this hope" and "sign up to the plan" are the report's words, not prompts
    found = "\n".join(_furniture_text(PAGE))
    for kept in ("LIMA, March 4", "Many in both capitals", "The two governments will set up",
                 "Foreign ministers of Chile and Peru agree"):
        assert kept not in found


def test_teasers_of_other_stories_after_the_article_are_furniture() -> None:
    spans = page_furniture(TEASERS)
    assert spans[-1][1] == len(TEASERS)
    tail = TEASERS[spans[-1][0]:]
    assert tail.startswith("Top photo credit") and "met the president of Argentina" in tail
    assert "again in May" not in "".join(TEASERS[a:b] for a, b in spans)


def test_lines_above_the_headline_are_furniture_when_short() -> None:
    text = "Home\nfbpx\nPolitics Culture Fellows\n\nA headline about the talks\n\n" + \
        "The envoys met on Tuesday. " * 40
    spans = page_furniture(text, "A headline about the talks")
    assert spans[0] == (0, text.index("A headline"))


def test_a_menu_line_is_short_items_between_bars_not_a_sentence() -> None:
    assert is_menu_line("Home > Opinion > Guest Essays")
    assert is_menu_line("News  Politics  World  Business")
    assert not is_menu_line("The minister said the talks were over | and left.")
    assert not is_menu_line("Chile and Peru agree")


def test_the_masthead_above_a_menu_is_the_outlet_not_the_title() -> None:
    meta = metadata_from_text(PAGE)
    assert meta.title == "Foreign ministers of Chile and Peru agree to reopen border crossings"
    assert meta.outlet == "The Harbour Gazette"


def test_what_stands_in_furniture_is_left_out_of_the_analysis() -> None:
    analysis = analyze_text(TEASERS, published="2024-03-05")
    evidence = [c.evidence for c in analysis.contacts]
    assert not any("president of Argentina" in e for e in evidence)
    assert not any(e.startswith("Top photo credit") for e in evidence)
    assert any("again in May" in e for e in evidence)


def test_the_site_name_above_the_top_menu_is_furniture() -> None:
    text = ("Harbour Ledger\nWorld | Region | Opinion | Subscribe\n\n"
            "Ministers meet in Tallinn\n\nThe two ministers met on Monday.")
    spans = page_furniture(text)
    assert in_furniture(spans, 0) and in_furniture(spans, text.index("World"))
    assert not in_furniture(spans, text.index("Ministers"))
