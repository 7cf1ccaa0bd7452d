"""The articles of tests/gold/polnear_proposals_dev.json: whole PolNeAR dev articles
(../shared/data/polnear/dev/text) ranked by how many proposal and demand words they hold, most
first. Never an article a held-out gold file (tests/gold/*_heldout.json) names, nor one of the
twenty articles polnear_proposals_judged.json was drawn from (its first twenty in the
random.Random(7) order, some of which it does not name because readout reported nothing there).
Other gold files (actors, contacts, events) may name a chosen article: none of them annotates
proposals.
Articles longer than MAX_CHARS are skipped so that every chosen article can be annotated whole.
The choice reads the source text only, never readout's output.

Usage: python bench/proposals_polnear_select.py   (prints hits, length and name of the pool,
chosen ones marked with '*')
"""

from __future__ import annotations

import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
CORPUS = REPO.parent / "shared" / "data" / "polnear" / "dev" / "text"
# proposal and demand words as word starts (should, must, need to, ought, urge, call for/on,
# demand, propos, insist, recommend, plan, ask)
CUE = re.compile(r"\b(?:should|must\b|needs? to\b|ought\b|urg(?:e|ed|es|ing)\b|call(?:s|ed|ing)?"
                 r" (?:for|on)\b|demand|propos|insist|recommend|plan\b|plans\b|ask(?:s|ed)?\b)",
                 re.IGNORECASE)
NAME = re.compile(r"[a-z-]+_2016-\d\d-\d\d_[a-z0-9-]+\.txt")
COUNT, MAX_CHARS = 8, 8000


def heldout_names() -> set[str]:
    """PolNeAR file names the held-out gold files name."""
    used: set[str] = set()
    for path in GOLD.glob("*_heldout.json"):
        used.update(NAME.findall(path.read_text(encoding="utf-8")))
    return used


def judged_pool() -> list[str]:
    """The twenty articles polnear_proposals_judged.json was drawn from (its 'selection')."""
    heldout = set(NAME.findall((GOLD / "news_actor_sample_heldout.json").read_text("utf-8")))
    names = [p.name for p in sorted(CORPUS.glob("*.txt")) if p.name not in heldout]
    random.Random(7).shuffle(names)
    return names[:20]


def ranked() -> list[tuple[int, int, str]]:
    """(hits, length, name) of every eligible article, most hits first."""
    skip = heldout_names() | set(judged_pool())
    pool = []
    for path in sorted(CORPUS.glob("*.txt")):
        if path.name in skip:
            continue
        text = path.read_text(encoding="utf-8")
        pool.append((len(CUE.findall(text)), len(text), path.name))
    return sorted(pool, key=lambda t: (-t[0], t[2]))


def select() -> list[str]:
    return [name for hits, size, name in ranked() if size <= MAX_CHARS][:COUNT]


def main() -> None:
    judged = set(NAME.findall((GOLD / "polnear_proposals_judged.json").read_text("utf-8")))
    assert judged <= set(judged_pool()), "the judged set's draw is not reproduced"
    chosen = set(select())
    for hits, size, name in ranked():
        print(f"{'*' if name in chosen else ' '} {hits:3d} {size:6d} {name}")


if __name__ == "__main__":
    main()
