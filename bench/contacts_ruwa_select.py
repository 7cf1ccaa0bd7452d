"""The selection behind tests/gold/ruwa_contacts_dev1.json: RUWA war headlines (title, blank
line, subheading when there is one; document 'ruwa:<row>' as bench/actors_news.py builds it),
EVEN rows only (the events sets draw from the odd ones), never a row any tests/gold file names
and never a text already seen (duplicates, and copies of gold rows). random.Random(2031)
shuffles each site's pool; 45 documents whose text holds a contact word are then taken
round-robin over the sites (in site-name order), then 15 without one the same way.

Usage: python bench/contacts_ruwa_select.py [--seed N --cue N --random N]
   (prints row, site, pool, in row order). The defaults are those of ruwa_contacts_dev1.json;
tests/gold/ruwa_contacts_dev2.json was drawn afterwards with --seed 2032 --cue 110 --random 20
(rows of dev1 then named by a gold file, so never drawn again).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
RUWA = SHARED / "data" / "ruwa-russia-ukraine-war-news" / "RUWA_04.08.23.csv"
GOLD = REPO / "tests" / "gold"

# contact words as word starts ("arriv" for arrive/arrival, "talk" for talks, ...)
CUE = re.compile(r"\b(?:meet|met|talk|call|phone|visit|summit|host|travel|trip|arriv|hold|spoke"
                 r"|speak|negotiat)", re.IGNORECASE)
SEED, WITH_CUE, WITHOUT_CUE = 2031, 45, 15


def rows() -> list[dict[str, str]]:
    with RUWA.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def text_of(row: dict[str, str]) -> str:
    """The headline, then the subheading after a blank line when there is one."""
    desc = row["desc"].strip()
    return row["title"].strip() + ("\n\n" + desc if desc else "")


def used_rows() -> set[int]:
    """Rows any gold file names as 'ruwa:<row>'."""
    used: set[int] = set()
    for path in GOLD.glob("*.json"):
        used.update(int(m) for m in re.findall(r"ruwa:(\d+)", path.read_text(encoding="utf-8")))
    return used


def _round_robin(pools: dict[str, list[int]], count: int) -> list[int]:
    chosen: list[int] = []
    while len(chosen) < count and any(pools.values()):
        for site in sorted(pools):
            if pools[site] and len(chosen) < count:
                chosen.append(pools[site].pop(0))
    return chosen


def select(seed: int = SEED, with_cue: int = WITH_CUE, without_cue: int = WITHOUT_CUE
           ) -> dict[int, tuple[str, str]]:
    """row -> (site, "cue" or "random") for the chosen rows."""
    data = rows()
    used = used_rows()
    seen = {text_of(data[i]) for i in used}
    cued: dict[str, list[int]] = {}
    rest: dict[str, list[int]] = {}
    for index in range(0, len(data), 2):
        text = text_of(data[index])
        if index in used or text in seen:
            continue
        seen.add(text)
        pool = cued if CUE.search(text) else rest
        pool.setdefault(data[index]["Site"], []).append(index)
    rng = random.Random(seed)
    for pools in (cued, rest):
        for site in sorted(pools):
            rng.shuffle(pools[site])
    chosen = {i: (data[i]["Site"], "cue") for i in _round_robin(cued, with_cue)}
    chosen.update({i: (data[i]["Site"], "random") for i in _round_robin(rest, without_cue)})
    return chosen


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Draw RUWA headlines for a contacts gold.")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--cue", type=int, default=WITH_CUE)
    parser.add_argument("--random", type=int, default=WITHOUT_CUE)
    options = parser.parse_args()
    for row, (site, pool) in sorted(select(options.seed, options.cue, options.random).items()):
        print(row, site, pool)
