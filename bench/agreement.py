"""Benchmark: how far two annotators agree on contacts, events and proposals, beside readout
against each.

Usage: python bench/agreement.py [--split dev6] [--no-write]

Why: held-out figures stayed near 0.40 through two changes of method (fixes found on
development articles, then behavioural checklists). Before more rules, the team needs the
ceiling: if two careful annotators who follow the same written guidelines agree at about the
same level, the strict figure says as much about the convention as about readout.

Data: the written articles of one split (bench/written_news/<split>/), annotated twice, each
annotator from the text alone and without seeing the other's work or readout's output:
annotator A's golds are tests/gold/written_{contacts,events,proposals}_<split>.json,
annotator B's tests/gold/iaa/written_{contacts,events,proposals}_<split>_b.json (proposals
only where both annotations exist).

Scoring:
- annotator against annotator: B's entries stand as the "system" against A's gold, then the
  other way round. Two entries match when their evidence overlaps and their options are
  compatible: some choice among B's listed alternatives (participants, format, date; type,
  actor, target) is accepted by A's entry. Entries one annotator marked optional or borderline
  are set aside as readout's optional outputs are (contacts: neither rewarded nor penalised;
  events and proposals: the unit scoring of bench/events.py). Proposals match as the proposals
  benches match readout: evidence overlaps and one proposer is shared. Because readout gives
  one reading where an annotator lists alternatives, each direction is also scored with the
  "system" annotator cut to a primary reading (the first listed option of every field,
  proposer and addressee included; a participant whose first option is null left out): the
  fairer ceiling for readout's single answers.
- readout against each annotator: exactly as bench/written_heldout.py scores a set (contacts as
  bench/contacts.py, events as bench/events.py, proposals as bench/proposals_written.py).
Writes bench/results/agreement.json (dev6) or agreement_<split>.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
RESULTS = REPO / "bench" / "results" / "agreement.json"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from contacts import _max_matching, date_ok, participants_equal  # noqa: E402
from events import _score  # noqa: E402
from written_heldout import (  # noqa: E402
    _prf,
    contacts_figures,
    events_figures,
    proposals_figures,
)

Entry = dict[str, Any]
MAX_CHOICES = 512  # participant alternatives multiply; a cap keeps the product small


def _options(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _overlap(a: Entry, b: Entry) -> bool:
    return a["evidence_start"] < b["evidence_end"] and b["evidence_start"] < a["evidence_end"]


def _folded(values: Any) -> set[Any]:
    return {v.casefold() if isinstance(v, str) else v for v in _options(values)}


def contacts_compatible(b: Entry, a: Entry) -> bool:
    """Some reading of B's contact entry is one A's entry accepts."""
    if not _overlap(a, b) or not set(_options(b["format"])) & set(_options(a["format"])):
        return False
    if not any(date_ok(day, a.get("date")) for day in _options(b.get("date"))):
        return False
    choices = [_options(p) for p in b["participants"]]
    for k, choice in enumerate(itertools.product(*choices)):
        if k >= MAX_CHOICES:
            break
        if participants_equal([p for p in choice if p is not None], a["participants"]):
            return True
    return False


def events_compatible(b: Entry, a: Entry) -> bool:
    if not _overlap(a, b) or not _folded(b["type"]) & _folded(a["type"]):
        return False
    straight = _folded(b["actor"]) & _folded(a["actor"]) and \
        _folded(b.get("target")) & _folded(a.get("target"))
    swapped = (a.get("symmetric") or b.get("symmetric")) and \
        _folded(b["actor"]) & _folded(a.get("target")) and \
        _folded(b.get("target")) & _folded(a["actor"])
    return bool(straight or swapped)


def proposals_compatible(b: Entry, a: Entry) -> bool:
    """As the proposals benches match readout: evidence overlaps and a proposer is shared."""
    return _overlap(a, b) and bool(_folded(b["proposer"]) & _folded(a["proposer"]))


def contacts_agreement(system_gold: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """One annotator's required contact entries scored against the other's gold."""
    tp = fp = fn = 0
    for key, entry in gold["docs"].items():
        theirs = entry["contacts"]
        ours = [c for c in system_gold["docs"].get(key, {}).get("contacts", [])
                if not c.get("optional")]
        required = [i for i, g in enumerate(theirs) if not g.get("optional")]
        optional = [g for g in theirs if g.get("optional")]
        pairs = {s: [g for g in required if contacts_compatible(c, theirs[g])]
                 for s, c in enumerate(ours)}
        matched = _max_matching(pairs)
        tp += len(matched)
        fp += sum(1 for s, c in enumerate(ours) if s not in matched
                  and not any(contacts_compatible(c, g) for g in optional))
        fn += len(required) - len(matched)
    return _prf(tp, fp, fn)


def events_agreement(system_gold: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    tp = fp = fn = 0
    for key in gold["complete_docs"]:
        ours = [e for e in system_gold["files"].get(key, {}).get("events", [])
                if not e.get("borderline")]
        result = _score(ours, gold["files"][key]["events"],
                        lambda s, g: events_compatible(s, g), lambda s: False)
        tp, fp, fn = tp + result["tp"], fp + result["fp"], fn + result["fn"]
    return _prf(tp, fp, fn)


def proposals_agreement(system_gold: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    tp = fp = fn = 0
    for key, entry in gold["docs"].items():
        ours = [p for p in system_gold["docs"].get(key, {}).get("proposals", [])
                if not p.get("borderline")]
        result = _score(ours, entry["proposals"], proposals_compatible, lambda s: False)
        tp, fp, fn = tp + result["tp"], fp + result["fp"], fn + result["fn"]
    return _prf(tp, fp, fn)


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def primary_contacts(gold: dict[str, Any]) -> dict[str, Any]:
    """The contacts gold with each entry cut to one reading, as a system would give it."""
    docs = {}
    for key, entry in gold["docs"].items():
        docs[key] = {**entry, "contacts": [
            {**c, "participants": [_first(p) for p in c["participants"]
                                   if _first(p) is not None],
             "format": _first(c["format"]), "date": _first(c.get("date"))}
            for c in entry["contacts"]]}
    return {**gold, "docs": docs}


def primary_events(gold: dict[str, Any]) -> dict[str, Any]:
    files = {}
    for key, entry in gold["files"].items():
        files[key] = {**entry, "events": [
            {**e, **{k: _first(e.get(k)) for k in ("type", "actor", "target")}}
            for e in entry["events"]]}
    return {**gold, "files": files}


def primary_proposals(gold: dict[str, Any]) -> dict[str, Any]:
    docs = {}
    for key, entry in gold["docs"].items():
        docs[key] = {**entry, "proposals": [
            {**p, "proposer": _first(p["proposer"]), "addressee": _first(p.get("addressee"))}
            for p in entry["proposals"]]}
    return {**gold, "docs": docs}


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", default="dev6")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    started = time.time()
    a_contacts = _load(GOLD / f"written_contacts_{args.split}.json")
    b_contacts = _load(GOLD / "iaa" / f"written_contacts_{args.split}_b.json")
    a_events = _load(GOLD / f"written_events_{args.split}.json")
    b_events = _load(GOLD / "iaa" / f"written_events_{args.split}_b.json")
    report: dict[str, Any] = {"benchmark": "agreement", "split": args.split}
    report["contacts"] = {
        "B_against_A": contacts_agreement(b_contacts, a_contacts),
        "A_against_B": contacts_agreement(a_contacts, b_contacts),
        "B_primary_against_A": contacts_agreement(primary_contacts(b_contacts), a_contacts),
        "A_primary_against_B": contacts_agreement(primary_contacts(a_contacts), b_contacts),
        "readout_against_A": contacts_figures(a_contacts)["strict"],
        "readout_against_B": contacts_figures(b_contacts)["strict"]}
    report["events"] = {
        "B_against_A": events_agreement(b_events, a_events),
        "A_against_B": events_agreement(a_events, b_events),
        "B_primary_against_A": events_agreement(primary_events(b_events), a_events),
        "A_primary_against_B": events_agreement(primary_events(a_events), b_events),
        "readout_against_A": {k: v for k, v in events_figures(a_events).items()
                              if k in ("precision", "recall", "f1", "tp", "fp", "fn")},
        "readout_against_B": {k: v for k, v in events_figures(b_events).items()
                              if k in ("precision", "recall", "f1", "tp", "fp", "fn")}}
    a_proposals_path = GOLD / f"written_proposals_{args.split}.json"
    b_proposals_path = GOLD / "iaa" / f"written_proposals_{args.split}_b.json"
    if a_proposals_path.exists() and b_proposals_path.exists():
        a_proposals, b_proposals = _load(a_proposals_path), _load(b_proposals_path)
        readout = {name: {k: v for k, v in proposals_figures(path).items()
                          if k in ("precision", "recall", "f1", "tp", "fp", "fn")}
                   for name, path in (("A", a_proposals_path), ("B", b_proposals_path))}
        report["proposals"] = {
            "B_against_A": proposals_agreement(b_proposals, a_proposals),
            "A_against_B": proposals_agreement(a_proposals, b_proposals),
            "B_primary_against_A": proposals_agreement(primary_proposals(b_proposals),
                                                       a_proposals),
            "A_primary_against_B": proposals_agreement(primary_proposals(a_proposals),
                                                       b_proposals),
            "readout_against_A": readout["A"], "readout_against_B": readout["B"]}
    for layer in ("contacts", "events", "proposals"):
        if layer not in report:
            continue
        for name, figures in report[layer].items():
            print(f"{args.split} {layer} {name}: P {figures['precision']} R {figures['recall']} "
                  f"F1 {figures['f1']} (tp {figures['tp']} fp {figures['fp']} fn {figures['fn']})")
    report["seconds"] = round(time.time() - started, 1)
    if not args.no_write:
        results = RESULTS if args.split == "dev6" else \
            RESULTS.with_name(f"agreement_{args.split}.json")
        results.write_text(json.dumps(report, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
