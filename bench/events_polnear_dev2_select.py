"""Choose the articles of tests/gold/polnear_events_dev2.json (blind events set 5): whole
PolNeAR dev articles (../shared/data/polnear/dev/text) that no events gold names yet
(tests/gold/polnear_events_dev.json, news_events_judged.json, news_events_judged2.json),
ranked by how many foreign-affairs and conflict/cooperation cue words they hold (sanctions,
threats, accusations, agreements, aid, talks, ...), most hits first, among articles of
1,500-9,000 characters. The choice reads the source text only, never readout's output.

Usage: python bench/events_polnear_dev2_select.py [--top N]   (prints hits, size and name)
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
TEXT = REPO.parent / "shared" / "data" / "polnear" / "dev" / "text"
EVENT_GOLD = ("polnear_events_dev.json", "news_events_judged.json", "news_events_judged2.json")
# word starts of foreign-affairs and PLOVER-type cues
CUE = re.compile(
    r"\b(?:sanction|threat|warn|accus|condemn|criticiz|denounc|reject|refus|demand|urg"
    r"|agree|deal\b|treaty|accord|aid\b|assist|pledg|ally|allies|support|talks\b|negotiat"
    r"|diplomat|foreign|militar|troops|attack|strike|bomb|ceasefire|cease-fire|invad|nuclear"
    r"|embass|minister|kremlin|beijing|moscow|tehran|nato|united nations|protest|expel|ban\b)",
    re.IGNORECASE)
MIN_CHARS, MAX_CHARS = 1500, 9000


def used_names() -> set[str]:
    """PolNeAR text names any events gold file above cites."""
    used: set[str] = set()
    for name in EVENT_GOLD:
        raw = (GOLD / name).read_text(encoding="utf-8")
        used.update(re.findall(r"[\w-]+_\d{4}-\d{2}-\d{2}_[\w.-]+?\.txt", raw))
    return used


def ranked() -> list[tuple[int, int, str]]:
    used = used_names()
    rows = []
    for path in sorted(TEXT.glob("*.txt")):
        if path.name in used:
            continue
        text = path.read_text(encoding="utf-8")
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        rows.append((len(CUE.findall(text)), len(text), path.name))
    rows.sort(key=lambda r: (-r[0], r[2]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    rows = ranked()
    for hits, size, name in rows[: args.top]:
        print(f"{hits:4d} {size:6d} {name}")
    print(json.dumps({"candidates": len(rows)}))


if __name__ == "__main__":
    main()
