"""The articles of tests/gold/polnear_contacts_dev2.json: whole PolNeAR dev articles
(../shared/data/polnear/dev/text) that no contacts gold (polnear_contacts_dev.json,
polnear_contacts_judged.json) uses, ranked by how many contact cues their text holds (meet/met,
talks, visit, trip, call with/phone, summit, spoke with, negotiat..., hosted, traveled, and the
tempting interview/invited), most hits first, ties broken by file name. The pool is poor in
contacts: set 1 had already taken every article that reports one by a plain cue, so most of
these articles report none and the set mostly tests that tempting words give no contact. The choice reads the source text only, never readout's
output; the first COUNT articles are annotated.

Usage: python bench/contacts_polnear_dev2_select.py [--all]   (prints hits and file names)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
TEXT = REPO.parent / "shared" / "data" / "polnear" / "dev" / "text"
USED_BY = ("polnear_contacts_dev.json", "polnear_contacts_judged.json")
COUNT = 8
# contact cues as word starts; 'call' only with a contact-like neighbour, since 'called X' and
# 'call for' are frequent and report no contact. Interviews and invitations count too: they are
# the tempting non-contacts a full-recall gold has to list.
CUE = re.compile(r"\b(?:meet(?:s|ing|ings)?\b|met\b|talks\b|visit|trip\b|trips\b|summit|phone"
                 r"|spoke (?:with|to)\b|negotiat|hosted\b|travel|calls? with\b|conference call"
                 r"|sat down with|(?:dinner|lunch|breakfast) with|invited|interview)", re.IGNORECASE)


def used_files() -> set[str]:
    names: set[str] = set()
    for gold_name in USED_BY:
        text = (GOLD / gold_name).read_text(encoding="utf-8")
        names.update(re.findall(r"[\w.-]+_2016-\d\d-\d\d_[^\"/\s]+?\.txt", text))
        docs = json.loads(text).get("docs")
        if isinstance(docs, dict):
            names.update(docs)
    return names


def ranked() -> list[tuple[int, str]]:
    used = used_files()
    rows = []
    for path in sorted(TEXT.glob("*.txt")):
        if path.name in used:
            continue
        hits = len(CUE.findall(path.read_text(encoding="utf-8")))
        rows.append((hits, path.name))
    rows.sort(key=lambda row: (-row[0], row[1]))
    return rows


def select() -> list[str]:
    return [name for hits, name in ranked()[:COUNT] if hits]


def main(argv: list[str]) -> int:
    rows = ranked()
    for hits, name in rows if "--all" in argv else rows[:COUNT]:
        print(hits, name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
