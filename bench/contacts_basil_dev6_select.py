"""The articles of tests/gold/basil_contacts_dev6.json: whole BASIL articles of the development
half (bench/basil_text.py ``basil_triplet_is_dev``; never a triplet moved there for other work,
never the held-out half) that no contacts recall gold names (basil_contacts_dev*.json), ranked
by triplet: a triplet's score is the number of contact cues in its three articles' text
(meet/met, talks, summit, visit, trip, phone/call with, spoke with, negotiat..., hosted,
traveled), most first, ties by triplet id; the top TRIPLETS triplets are annotated whole. The
choice reads the source text only, never readout's output. (Run now, it lists the next
candidates: the triplets it chose are named by basil_contacts_dev6.json itself.)

Usage: python bench/contacts_basil_dev6_select.py [--all]   (prints score, triplet, titles)
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
sys.path.insert(0, str(REPO / "bench"))

from basil_text import BASIL, MOVED_TO_DEV, basil_text, basil_triplet_is_dev  # noqa: E402

TRIPLETS = 2
# the held-out news bench (bench/news_gold.py) keeps these development-half triplets apart: never
# candidates. (The two this script chose, c6a0e65c and 2b9468af, were also in that bench when
# the set was drawn; the lead declared them development text afterwards, commit 750a5cb.)
NEWS_HELD_OUT = ("eadabee7", "cad4bba5", "8abec8d9")
CUE = re.compile(r"\b(?:meet(?:s|ing|ings)?\b|met\b|talks\b|summit|visit|trip\b|trips\b|phone"
                 r"|calls? with\b|spoke (?:with|to)\b|negotiat|hosted\b|travel)", re.IGNORECASE)


def used_articles() -> set[str]:
    """Article paths (articles/<year>/<id>.json) that a contacts recall gold names."""
    used: set[str] = set()
    for path in GOLD.glob("basil_contacts_dev*.json"):
        used.update(json.loads(path.read_text(encoding="utf-8")).get("docs", {}))
    return used


def ranked() -> list[tuple[int, str, list[str]]]:
    used = used_articles()
    scores: dict[str, int] = defaultdict(int)
    members: dict[str, list[str]] = defaultdict(list)
    blocked: set[str] = set()
    for path in sorted((BASIL / "articles").glob("*/*.json")):
        rel = str(path.relative_to(BASIL))
        data = json.loads(path.read_text(encoding="utf-8"))
        triplet = str(data["triplet-uuid"])
        if not basil_triplet_is_dev(triplet) or triplet[:8] in MOVED_TO_DEV or \
                triplet[:8] in NEWS_HELD_OUT:
            continue
        if rel in used:
            blocked.add(triplet)  # a triplet is taken whole or not at all
        scores[triplet] += len(CUE.findall(basil_text(data)))
        members[triplet].append(rel)
    rows = [(score, triplet, sorted(members[triplet])) for triplet, score in scores.items()
            if triplet not in blocked]
    rows.sort(key=lambda row: (-row[0], row[1]))
    return rows


def select() -> list[str]:
    return [rel for _, _, rels in ranked()[:TRIPLETS] for rel in rels]


def main(argv: list[str]) -> int:
    rows = ranked()
    for score, triplet, rels in rows if "--all" in argv else rows[:TRIPLETS]:
        titles = [json.loads((BASIL / rel).read_text(encoding="utf-8"))["title"] for rel in rels]
        print(score, triplet, rels, titles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
