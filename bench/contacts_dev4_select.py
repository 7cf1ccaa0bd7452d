"""The selection behind tests/gold/timeline_contacts_dev4.json: updates of four timelines never
used for contacts before (annotator 1 of gaza_conflict, financial_crisis and
mh370_disappearance, annotator 3 of nsa_leak; never the held-out ukraine_conflict or
yemen_crisis), 25 drawn with random.Random(44) from those whose text holds a contact word and
5 from the rest.

Usage: python bench/contacts_dev4_select.py   (prints the keys, in key order, with their pool)
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from contacts_dev3_select import draw  # noqa: E402
from timeline_docs import HELDOUT_EVENTS, load_updates  # noqa: E402

SOURCES = (("gaza_conflict", 1), ("financial_crisis", 1), ("mh370_disappearance", 1),
           ("nsa_leak", 3))
SEED, WITH_CUE, WITHOUT_CUE = 44, 25, 5


def select() -> dict[str, str]:
    """key -> "cue" or "random" for the 30 chosen updates."""
    assert not {event for event, _ in SOURCES} & set(HELDOUT_EVENTS)
    return draw([u for event, annotator in SOURCES for u in load_updates(event, annotator)],
                SEED, WITH_CUE, WITHOUT_CUE)


def _order(key: str) -> tuple[int, int]:
    parts = key.split("/")
    return [event for event, _ in SOURCES].index(parts[0]), int(parts[-1])


if __name__ == "__main__":
    for key, pool in sorted(select().items(), key=lambda kv: _order(kv[0])):
        print(key, pool)
