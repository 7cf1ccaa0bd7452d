"""Diplomacy news articles written for this project (bench/written_news/), and their loader.

The shared corpora hold little full news about diplomacy: BASIL and PolNeAR are mostly US
domestic politics and their development text is used up. So project members write news
articles about real diplomatic episodes (facts from the record, sentences written here) in the
styles of wire copy, newspaper reports and analysis. Each article is annotated from its text
alone, before readout runs on it.

Layout: ``bench/written_news/<split>/<slug>.txt``: the headline, a blank line, then the body
paragraphs separated by blank lines. ``manifest.json`` beside the folders lists every article
with its split, publication date, outlet and writer. Splits: ``dev`` (ten articles by the
writer "newsroom", sixth session) and ``dev2`` (twelve by "desk2", seventh session), ``dev3``,
``dev4`` and ``dev5`` (six each by "desk4", "desk5" and "desk7", eighth session; dev5 as web
pages saved as text, with the site's menus, captions and teasers around the article) for
development; ``heldout``,
``heldout2``, ``heldout3``, ``heldout4`` and ``heldout5`` (six each, by five further writers) held out. Each
held-out split is written by a writer who worked on nothing else, and is scored in aggregate
only (bench/written_heldout.py): nobody develops on it or reads readout's output on it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from readout.ingest.metadata import metadata_from_text

WRITTEN = Path(__file__).resolve().parent / "written_news"
MANIFEST = WRITTEN / "manifest.json"


@dataclass(frozen=True)
class WrittenArticle:
    """One written article: its path under written_news/, split, date, outlet and text."""

    path: str
    split: str
    published: str
    outlet: str | None
    text: str

    @property
    def doc(self) -> str:
        return "written:" + Path(self.path).stem

    @property
    def sha1(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()

    @property
    def title(self) -> str:
        """The headline as ingest finds it in a plain-text file (a saved page's masthead and
        menus above it are passed over), else the first line."""
        return metadata_from_text(self.text).title or self.text.split("\n", 1)[0].strip()


def written_articles(split: str | None = None) -> list[WrittenArticle]:
    """The manifest's articles (of one split, or all), with their text read from disk."""
    entries = json.loads(MANIFEST.read_text("utf-8"))["articles"] if MANIFEST.exists() else []
    out = []
    for entry in entries:
        if split is not None and entry["split"] != split:
            continue
        text = (WRITTEN / entry["path"]).read_text("utf-8")
        out.append(WrittenArticle(path=entry["path"], split=entry["split"],
                                  published=entry["published"], outlet=entry.get("outlet"),
                                  text=text))
    return out


def checked_written(path: str, sha1: str) -> WrittenArticle:
    """One gold file's written article, after checking its text against the stored sha1 (an
    edited article would shift every offset of the gold)."""
    for article in written_articles():
        if article.path == path:
            if article.sha1 != sha1:
                raise SystemExit(f"{path}: written article changed since the gold was made")
            return article
    raise SystemExit(f"{path}: not in bench/written_news/manifest.json")
