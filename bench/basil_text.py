"""Build the analysed text of a BASIL article (../shared/data/basil/articles/<year>/<id>.json).

The text is the title, a blank line, then the body paragraphs separated by blank lines, each
paragraph being its sentences joined by single spaces. Gold files that annotate BASIL
articles store character offsets into exactly this string, so every bench that reads BASIL
should build its text here.
"""

from __future__ import annotations

import hashlib
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


# BASIL's source codes → outlet names
OUTLETS = {"fox": "Fox News", "nyt": "The New York Times", "hpo": "HuffPost"}


def checked_basil(relative: str, sha1: str, text_sha1: str) -> tuple[dict[str, Any], str]:
    """One gold file's BASIL article and its built text, after checking both against the
    sha1s the gold stored (a changed file or text builder would shift every offset)."""
    raw = (BASIL / relative).read_bytes()
    if hashlib.sha1(raw).hexdigest() != sha1:
        raise SystemExit(f"{relative}: article file changed since the gold was made (sha1)")
    data: dict[str, Any] = json.loads(raw.decode("utf-8"))
    text = basil_text(data)
    if hashlib.sha1(text.encode("utf-8")).hexdigest() != text_sha1:
        raise SystemExit(f"{relative}: built text differs from the annotated one")
    return data, text


def basil_outlet(data: dict[str, Any]) -> str | None:
    """The outlet's name for an article's source code."""
    return OUTLETS.get(str(data.get("source", "")).lower())


# Triplets moved from the held-out half into development (2026-11-22). By then every
# development-half article was in some gold file, and fresh blind text was needed for new
# quote and contact annotations; these were chosen by title only (quote-heavy stories
# for quotes, meeting-heavy ones for contacts), never from the bench output on them. The
# held-out figures since then are over the remaining held-out triplets.
MOVED_TO_DEV: frozenset[str] = frozenset({
    # quotes batch 4
    "65cb14cb", "005a2961", "58f414e5", "c21cb217",
    # contacts, BASIL dev batch 3
    "0d10341a", "68748e7f", "526cabb7", "dd1e6e3b",
    # quotes batch 5
    "2058ec60", "70c75d68", "97b1305c",
    # quotes batch 6 (2026-11-23)
    "59f2f47c", "0c78e748", "d4a4bc34",
    # quotes batch 7 (2026-11-23, second session)
    "76810849", "8dac6c12", "d16050b3",
    # contacts and events on full news articles (2026-11-23, second session)
    "1e41e98b", "01c59743",
    # quotes batch 8 (2026-11-23, third session)
    "be026bd1", "ad409798", "1b96a5db",
    # indirect speech, blind set 1 (2026-11-23, third session)
    "e71d149d", "f688c56d",
    # 2026-11-23, fourth session, chosen by title: quotes batch 9
    "11c9f251", "86e6e27d", "f11c2566",
    # indirect speech, blind set 2
    "a4edca3f", "29ffd053",
    # contacts on full news articles, blind set 5
    "47a209b0", "84678e18",
    # events and proposals on full news articles, blind set 4
    "58ed2376", "4f473faf", "b7021938",
    # 2026-11-23, fifth session, chosen by title: quotes batch 10
    "542cd22c", "2a3fde8a",
})


def basil_triplet_is_dev(triplet: str) -> bool:
    """True for the development half: the parity of the triplet id's sha1 (all three outlets'
    versions of one story fall in the same half), plus the triplets in MOVED_TO_DEV."""
    if triplet[:8] in MOVED_TO_DEV:
        return True
    return int(hashlib.sha1(triplet.encode()).hexdigest(), 16) % 2 == 0
