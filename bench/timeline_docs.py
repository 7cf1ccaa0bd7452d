"""Short news-style documents from the background-summaries timelines (Pratapa et al. 2023).

Each row of ``events/<event>/annotator1.tsv`` under
../shared/data/background-summaries-pratapa2023 is a dated update written by a professional
annotator from the news of that day ("Kerry meets Lavrov in Paris", "The Arab League suspends
Syria"). Read as a document whose publication date is the row's date, an update is a compact
sample of the diplomatic news prose readout must handle: contacts, threats, demands,
sanctions, with the actors named the way reporters name them.

A document's key is ``<event>/<row>`` (row counted from 0 after the header) for the first
annotator's timeline and ``<event>/a<N>/<row>`` for annotator N's (annotators 2 and 3 wrote
their own updates for the same days: the same news in other words). Gold files store
offsets into the ``Update`` field exactly as the csv module returns it, plus the sha1 of that
text, so drift in the source shows up as a mismatch instead of shifted spans.

The split is by event: DEV_EVENTS are for development; HELDOUT_EVENTS are annotated from the
text before any system run and only ever scored in aggregate.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TIMELINES = REPO.parent / "shared" / "data" / "background-summaries-pratapa2023" / "events"

DEV_EVENTS = ("syrian_crisis", "libyan_war", "egyptian_crisis")
HELDOUT_EVENTS = ("ukraine_conflict", "yemen_crisis")


@dataclass(frozen=True)
class TimelineUpdate:
    key: str          # "<event>/<row>"
    published: str    # ISO date of the update
    text: str         # the Update field, as read

    @property
    def sha1(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


def load_updates(event: str, annotator: int = 1) -> list[TimelineUpdate]:
    """Every update of one event's timeline, in file order."""
    path = TIMELINES / event / f"annotator{annotator}.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    prefix = event if annotator == 1 else f"{event}/a{annotator}"
    return [TimelineUpdate(key=f"{prefix}/{i}", published=row["Date"].strip("[] "),
                           text=row["Update"].strip())
            for i, row in enumerate(rows) if row.get("Update", "").strip()]


def key_source(key: str) -> tuple[str, int]:
    """The event and annotator a key names: ``iraq_war/7`` → (iraq_war, 1),
    ``iraq_war/a2/7`` → (iraq_war, 2)."""
    parts = key.split("/")
    if len(parts) == 3 and parts[1].startswith("a") and parts[1][1:].isdigit():
        return parts[0], int(parts[1][1:])
    return parts[0], 1


def load_by_key(keys: list[str]) -> dict[str, TimelineUpdate]:
    """The updates named by ``<event>/<row>`` or ``<event>/a<N>/<row>`` keys."""
    by_source: dict[tuple[str, int], dict[str, TimelineUpdate]] = {}
    found: dict[str, TimelineUpdate] = {}
    for key in keys:
        source = key_source(key)
        if source not in by_source:
            by_source[source] = {u.key: u for u in load_updates(*source)}
        found[key] = by_source[source][key]
    return found


if __name__ == "__main__":
    for name in DEV_EVENTS + HELDOUT_EVENTS:
        updates = load_updates(name)
        print(f"{name}: {len(updates)} updates, {updates[0].published} .. {updates[-1].published}")
