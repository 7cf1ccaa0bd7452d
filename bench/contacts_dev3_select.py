"""The selection behind tests/gold/timeline_contacts_dev3.json: annotator 2's updates of four
development timelines (never the held-out ukraine_conflict or yemen_crisis), 40 drawn with
random.Random(40) from those whose text holds a contact word and 20 from the rest.

Usage: python bench/contacts_dev3_select.py   (prints the keys, in key order, with their pool)
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from timeline_docs import HELDOUT_EVENTS, TimelineUpdate, load_updates  # noqa: E402

EVENTS = ("syrian_crisis", "libyan_war", "egyptian_crisis", "iraq_war")
CUE = re.compile(r"\b(?:met|meet\w*|talks|visit\w*|call\w*|phone\w*|summit\w*|conference\w*"
                 r"|negotiat\w*|envoy\w*)\b", re.IGNORECASE)
SEED, WITH_CUE, WITHOUT_CUE = 40, 40, 20


def draw(updates: list[TimelineUpdate], seed: int, with_cue: int, without_cue: int
         ) -> dict[str, str]:
    """key -> "cue" or "random": ``with_cue`` updates drawn from those holding a contact word,
    then ``without_cue`` from the rest, with one generator seeded ``seed``."""
    cued = [u.key for u in updates if CUE.search(u.text)]
    rest = [u.key for u in updates if not CUE.search(u.text)]
    rng = random.Random(seed)
    chosen = {key: "cue" for key in rng.sample(cued, with_cue)}
    chosen.update({key: "random" for key in rng.sample(rest, without_cue)})
    return chosen


def select() -> dict[str, str]:
    """key -> "cue" or "random" for the 60 chosen updates."""
    assert not set(EVENTS) & set(HELDOUT_EVENTS)
    return draw([u for event in EVENTS for u in load_updates(event, 2)], SEED, WITH_CUE,
                WITHOUT_CUE)


def _order(key: str) -> tuple[int, int]:
    event, _, row = key.split("/")
    return EVENTS.index(event), int(row)


if __name__ == "__main__":
    for key, pool in sorted(select().items(), key=lambda kv: _order(kv[0])):
        print(key, pool)
