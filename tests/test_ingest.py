"""Ingest: formats, metadata from the text, duplicates, folders, globs and stdin."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from readout.errors import InputError
from readout.ingest import IngestOptions, read_inputs
from readout.ingest.metadata import metadata_from_text
from readout.records import content_key

HTML_PAGE = """<!doctype html><html><head><title>Envoys meet in Vienna | The Daily Ledger</title>
<meta name="author" content="Ana Ortiz"><meta property="og:site_name" content="The Daily Ledger">
<meta property="article:published_time" content="2022-01-13"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>Envoys meet in Vienna</h1>
<p>Diplomats from thirty countries met in Vienna on Thursday to discuss the security of Europe,
the third round of talks in a week that began with a long session in Geneva.</p>
<p>"We came to listen and we were heard," the chair of the meeting told reporters after the session,
adding that the group would meet again before the end of the month.</p>
<p>Delegates said the atmosphere was businesslike but that no agreement had been reached on any of
the proposals that had been put forward by the two largest delegations.</p></article>
<footer>Copyright The Daily Ledger. All rights reserved. Privacy policy.</footer></body></html>"""


def _articles(specs, **options):
    return [x for x in read_inputs(specs, IngestOptions(**options)) if not isinstance(x, InputError)]


def test_seed_header_metadata(seed_file):
    examiner = _articles([str(seed_file("000"))])[0]
    assert examiner.outlet == "Washington Examiner"
    assert examiner.published == "2022-02-08"
    assert examiner.author == "Katherine Doyle"
    assert examiner.title and examiner.title.startswith("European leaders meet with Putin")
    moscow = _articles([str(seed_file("003"))])[0]
    assert moscow.published == "2021-12-08"
    assert moscow.outlet == "The Moscow Times"
    assert moscow.url and moscow.url.startswith("https://www.themoscowtimes.com/")


def test_text_is_kept_exactly(seed_file):
    path = seed_file("002")
    article = _articles([str(path)])[0]
    assert article.text == path.read_text(encoding="utf-8")


def test_folder_glob_and_order(seeds):
    by_folder = [a.doc for a in _articles([str(seeds)])]
    assert len(by_folder) == 5 and by_folder == sorted(by_folder)
    by_glob = [a.doc for a in _articles([str(seeds / "00[01]_*.txt")])]
    assert len(by_glob) == 2


def test_markdown_metadata():
    meta = metadata_from_text("# Talks end without a deal\n\nBy Sam Reyes\n\nJanuary 11, 2022\n\n"
                              "Negotiators met for eight hours.\n")
    assert meta.title == "Talks end without a deal"
    assert meta.author == "Sam Reyes"
    assert meta.published == "2022-01-11"


def test_html_article_text_and_metadata(tmp_path: Path):
    page = tmp_path / "vienna.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    article = _articles([str(page)])[0]
    assert "Diplomats from thirty countries" in article.text
    assert "Subscribe" not in article.text and "Privacy policy" not in article.text
    assert article.published == "2022-01-13"
    assert article.author == "Ana Ortiz"
    assert article.source_format == "html"


def test_jsonl_metadata_wins_over_text(tmp_path: Path):
    body = "A headline that the text itself carries\n\nMarch 3, 2021\n\nThe ministers spoke by phone."
    rows = [{"id": "a1", "text": body, "published": "2021-03-04", "outlet": "Wire X"},
            {"id": "a2", "text": "Second article body about talks in Geneva.", "title": "Given title"}]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = _articles([str(path)])
    assert (first.doc, first.published, first.outlet) == ("a1", "2021-03-04", "Wire X")
    assert first.metadata_basis["published"] == "given"
    assert second.title == "Given title"


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Leaders met in Paris on Monday.")))
    (article,) = _articles(["-"])
    assert article.doc == "<stdin>" and article.text.startswith("Leaders met")


def test_duplicates_share_a_content_key():
    a = "The two leaders spoke for an hour.\n\nThey agreed to talk again."
    b = "The two  leaders spoke for an hour.\r\n\r\nThey agreed to talk again.  "
    assert content_key(a) == content_key(b)
    assert content_key(a) != content_key(a + " Later they met.")


def test_wire_dateline_gives_outlet_and_date():
    meta = metadata_from_text("Ministers trade warnings\n\nKYIV, Feb. 3, 2022 (Harbor News) - "
                              "Ukraine's foreign minister said on Thursday that talks would go on.\n")
    assert meta.outlet == "Harbor News"
    assert meta.published == "2022-02-03"
    # the state or country may follow the city
    meta = metadata_from_text("Leaders meet\n\nSPRINGDALE, Arkansas, Nov. 4, 2023 (Harbor News) "
                              "- The two leaders met on Saturday.\n")
    assert (meta.outlet, meta.published) == ("Harbor News", "2023-11-04")


def test_folder_skips_its_readme(tmp_path: Path):
    (tmp_path / "README.md").write_text("# About these files\n\nNotes for readers.\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Envoys met in Rome on Friday for talks.\n", encoding="utf-8")
    assert [Path(a.doc).name for a in _articles([str(tmp_path)])] == ["story.txt"]


def test_html_paragraphs_are_separated(tmp_path: Path):
    page = tmp_path / "p.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    article = _articles([str(page)])[0]
    assert article.text.count("\n\n") >= 2


def test_page_furniture_is_not_a_title():
    meta = metadata_from_text("Follow us on social\n\nSubscribe to our newsletter\n\n"
                              "What the envoys agreed in Vienna\n\nThe talks ended late.\n")
    assert meta.title == "What the envoys agreed in Vienna"


def test_seed_title_after_page_furniture(seed_file):
    article = _articles([str(seed_file("001"))])[0]
    assert article.title is not None and "Follow us" not in article.title
    assert article.title.startswith("What Biden needs to do")


@pytest.mark.parametrize(("text", "title"), [
    # a headline that ends with a full stop, and one with a subheading after a semicolon
    ("Harbour Pact Talks Stall Over Fishing Quotas.\n\nNegotiators from the two states left "
     "the port city on Tuesday without an agreement on quotas, officials said.\n",
     "Harbour Pact Talks Stall Over Fishing Quotas."),
    ("Envoys trade blame; \nA second round is not yet set\n\nThe envoys met twice last week.\n",
     "Envoys trade blame"),
    # no headline: the text opens with its lead or a quoted remark
    ("WASHINGTON — The two ministers spoke by phone on Monday.\n\nThey agreed to meet.\n", None),
    ("The minister said the talks would resume soon.\n\nNo date was given.\n", None),
    ("“We are ready,” the envoy said.\n\nShe spoke in Oslo on Monday before the second round "
     "of talks, which both delegations described as the last chance for a deal this year.\n", None),
])
def test_first_line_headlines(text, title):
    assert metadata_from_text(text).title == title


def test_no_title_is_taken_from_after_the_first_body_paragraph():
    body = ("The delegations met in Geneva for a third day, and both sides described the "
            "atmosphere as businesslike while declining to discuss the substance of the "
            "proposals on the table, which remain confidential.")
    text = f"{body}\n\nWhat happens next in Geneva\n\nMore talks are expected.\n"
    assert metadata_from_text(text).title is None


WIRE_NO_YEAR = ("Envoys agree to meet again\n\nOTTAWA, Mar 3 (Northern Wire) - Two envoys met in "
                "Ottawa on Tuesday and agreed to meet again within a month.\n")


def test_a_dated_file_name_dates_a_text_that_gives_no_year(tmp_path: Path):
    # The dateline's day wins; the file name, saved a day later, lends only the year.
    saved = tmp_path / "2023-03-04-envoys.txt"
    saved.write_text(WIRE_NO_YEAR, encoding="utf-8")
    article = _articles([str(saved)])[0]
    assert article.published == "2023-03-03"
    assert article.metadata_basis["published"] == "path"


def test_a_date_in_the_text_wins_over_the_file_name(tmp_path: Path):
    saved = tmp_path / "2023-03-04-envoys.txt"
    saved.write_text(WIRE_NO_YEAR.replace("Mar 3 (", "Mar 3, 2019 ("), encoding="utf-8")
    article = _articles([str(saved)])[0]
    assert article.published == "2019-03-03"
    assert article.metadata_basis["published"] == "text"


def test_a_file_name_without_a_real_date_dates_nothing(tmp_path: Path):
    saved = tmp_path / "report-2023-14-40.txt"
    saved.write_text(WIRE_NO_YEAR, encoding="utf-8")
    assert _articles([str(saved)])[0].published is None
