"""Draw the RUWA development set for events (tests/gold/ruwa_events_dev1.json).

Usage: python bench/events_ruwa_select.py

Prints the drawn documents (key, site, date, stratum) as JSON lines. The rule:
- documents are rows of ../shared/data/ruwa-russia-ukraine-war-news/RUWA_04.08.23.csv, key
  'ruwa:<0-based row>', text = the title, then a blank line and the subheading when there is one
  (as bench/actors_news.py _text_of builds it), published = the row's Date column (M/D/Y);
- ODD rows only (the contacts set draws from even rows); rows named by the gold files that
  used RUWA before this set (EARLIER_GOLD) are skipped, and so is a text seen before (in an
  earlier row or in such a gold file's row);
- seven sites as in the earlier RUWA sets: Reuters, Al Jazeera, BBC, Ukrinform, RT, TASS, MSNBC;
- stratum 'event_word': 45 rows whose text holds one of EVENT_STEMS at a word start; stratum
  'no_event_word': 15 rows without; each taken round-robin over the sites from each site's pool
  shuffled by one random.Random(2032) (sites in the order above, event-word pools first).
"""

from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUWA = REPO.parent / "shared" / "data" / "ruwa-russia-ukraine-war-news" / "RUWA_04.08.23.csv"
GOLD = REPO / "tests" / "gold"
OUT_NAME = "ruwa_events_dev1.json"
SITES = ["reuters.com", "aljazeera.com", "bbc.co.uk", "ukrinform.net", "rt.com", "tass.com",
         "www.msnbc.com"]
EVENT_STEMS = ["accus", "warn", "threat", "sanction", "agree", "deal", "reject", "deni", "den",
               "demand", "urge", "support", "aid", "send", "weapon", "strike", "attack", "shell",
               "withdraw", "retreat", "protest", "mobiliz", "expel", "ban"]
EVENT_WORD = re.compile(r"\b(?:" + "|".join(EVENT_STEMS) + ")", re.IGNORECASE)
SEED = 2032
SIZES = {"event_word": 45, "no_event_word": 15}


def ruwa_text(row: dict[str, str]) -> str:
    desc = row["desc"].strip()
    return row["title"].strip() + ("\n\n" + desc if desc else "")


def iso_date(value: str) -> str:
    month, day, year = value.strip().split("/")
    return f"{year}-{int(month):02d}-{int(day):02d}"


# The gold files that named RUWA rows when this set was drawn; later sets (the contacts set of
# the same day on even rows, the lead's actor lists) drew after it and leave the draw alone.
EARLIER_GOLD = ("fresh_proposals_dev2.json", "news_actor_sample_ruwa.json")


def used_rows() -> set[int]:
    """Rows the earlier gold files name (keys 'ruwa:<n>')."""
    rows: set[int] = set()
    for name in EARLIER_GOLD:
        path = GOLD / name
        rows.update(int(n) for n in re.findall(r"ruwa:(\d+)", path.read_text("utf-8")))
    return rows


def draw() -> list[dict[str, object]]:
    with RUWA.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    used = used_rows()
    seen = {ruwa_text(rows[n]) for n in used if n < len(rows)}
    pools: dict[str, dict[str, list[int]]] = {s: {site: [] for site in SITES} for s in SIZES}
    for n, row in enumerate(rows):
        text = ruwa_text(row)
        if text in seen:
            continue
        seen.add(text)
        if n % 2 == 0 or n in used or row["Site"] not in SITES:
            continue
        stratum = "event_word" if EVENT_WORD.search(text) else "no_event_word"
        pools[stratum][row["Site"]].append(n)
    rng = random.Random(SEED)
    drawn: list[dict[str, object]] = []
    for stratum, size in SIZES.items():
        for site in SITES:
            rng.shuffle(pools[stratum][site])
        taken = 0
        while taken < size:
            progress = False
            for site in SITES:
                if taken < size and pools[stratum][site]:
                    n = pools[stratum][site].pop(0)
                    drawn.append({"key": f"ruwa:{n}", "row": n, "site": site,
                                  "published": iso_date(rows[n]["Date"]), "group": stratum})
                    taken += 1
                    progress = True
            if not progress:
                break
    return drawn


def main() -> None:
    for item in draw():
        print(json.dumps(item))


if __name__ == "__main__":
    main()
