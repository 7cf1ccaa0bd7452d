"""Build the analysed text of a BASIL article (../shared/data/basil/articles/<year>/<id>.json).

The text is the title, a blank line, then the body paragraphs separated by blank lines, each
paragraph being its sentences joined by single spaces. Gold files that annotate BASIL
articles store character offsets into exactly this string, so every bench that reads BASIL
should build its text here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BASIL = Path(__file__).resolve().parents[2] / "shared" / "data" / "basil"


def basil_text(article_json: dict[str, Any]) -> str:
    """Title + blank line + paragraphs (sentences joined by spaces) separated by blank lines."""
    paragraphs = [" ".join(sentences) for sentences in article_json["body-paragraphs"]]
    return article_json["title"] + "\n\n" + "\n\n".join(paragraphs)


def load_basil(relative: str) -> dict[str, Any]:
    """Read one BASIL article file given its path under the dataset folder
    (e.g. ``articles/2018/<id>_1.json``)."""
    with open(BASIL / relative, encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data
