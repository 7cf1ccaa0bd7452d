"""The timeline half of tests/gold/timeline_contacts_dev5.json: updates written by annotators 2
and 3 of five development timelines (gaza_conflict, iraq_war, libyan_war, nsa_leak,
egyptian_crisis; never the held-out ukraine_conflict or yemen_crisis), never a key any
tests/gold file names and never a text already seen. random.Random(55) shuffles each source's
pool (one source = one event and annotator); 22 updates whose text holds a contact word are
then taken round-robin over the sources (in source order), then 3 without one the same way.
The choice reads the source text only, never readout's output.

Usage: python bench/contacts_dev5_select.py   (prints key and pool, in source and row order)
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
sys.path.insert(0, str(REPO / "bench"))

from timeline_docs import HELDOUT_EVENTS, load_updates  # noqa: E402

EVENTS = ("gaza_conflict", "iraq_war", "libyan_war", "nsa_leak", "egyptian_crisis")
SOURCES = tuple((event, annotator) for event in EVENTS for annotator in (2, 3))
# contact words as word starts: meet/met, talks, visit, call, phone, summit, host, travel, trip,
# arrive, envoy, negotiate, conference, spoke/speak
CUE = re.compile(r"\b(?:meet|met\b|talk|visit|call|phon|summit|host|travel|trip\b|arriv|envoy"
                 r"|negotiat|conferen|spoke|speak)", re.IGNORECASE)
SEED, WITH_CUE, WITHOUT_CUE = 55, 22, 3
KEY = re.compile(r"\b(" + "|".join(EVENTS) + r")/(?:a(\d)/)?(\d+)\b")


def used_keys() -> set[str]:
    """Timeline keys of these events that any gold file names (every annotator)."""
    used: set[str] = set()
    for path in GOLD.glob("*.json"):
        for event, annotator, row in KEY.findall(path.read_text(encoding="utf-8")):
            used.add(f"{event}/a{annotator}/{row}" if annotator else f"{event}/{row}")
    return used


def _round_robin(pools: list[list[str]], count: int) -> list[str]:
    chosen: list[str] = []
    while len(chosen) < count and any(pools):
        for pool in pools:
            if pool and len(chosen) < count:
                chosen.append(pool.pop(0))
    return chosen


def select() -> dict[str, str]:
    """key -> "cue" or "random" for the 25 chosen updates."""
    assert not set(EVENTS) & set(HELDOUT_EVENTS)
    used = used_keys()
    seen: set[str] = set()
    cued: list[list[str]] = []
    rest: list[list[str]] = []
    for event, annotator in SOURCES:
        cued.append([])
        rest.append([])
        for update in load_updates(event, annotator):
            if update.key in used or update.text in seen:
                continue
            seen.add(update.text)
            (cued if CUE.search(update.text) else rest)[-1].append(update.key)
    rng = random.Random(SEED)
    for pools in (cued, rest):
        for pool in pools:
            rng.shuffle(pool)
    chosen = {key: "cue" for key in _round_robin(cued, WITH_CUE)}
    chosen.update({key: "random" for key in _round_robin(rest, WITHOUT_CUE)})
    return chosen


def _order(key: str) -> tuple[int, int, int]:
    event, annotator, row = key.split("/")
    return EVENTS.index(event), int(annotator[1:]), int(row)


if __name__ == "__main__":
    for key, pool in sorted(select().items(), key=lambda kv: _order(kv[0])):
        print(key, pool)
