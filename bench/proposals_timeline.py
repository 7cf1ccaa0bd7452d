"""Benchmark: proposals and demands in war-and-ceasefire news updates (recall and precision).

Usage: python bench/proposals_timeline.py [--verbose] [--no-write]

Gold: tests/gold/timeline_proposals.json, the first twelve updates of the gaza_conflict
timeline (../shared/data/background-summaries-pratapa2023), every proposal, demand, request,
offer and call annotated from the text before readout ran on them (offsets only). The seeds'
proposal gold is opinion writing; this set is reported diplomacy ("X called for a ceasefire",
"requesting that Egypt mediate", "no deal without the destruction of the tunnels").

Scored with the seeds scheme of bench/events.py: a system proposal is right when it overlaps a
gold item and names one of its acceptable proposers (case-insensitive); borderline items are
neither required nor penalised. Addressee accuracy on matched required items is reported
beside it. Writes bench/results/proposals_timeline.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "timeline_proposals.json"
RESULTS = REPO / "bench" / "results" / "proposals_timeline.json"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from events import _accepts_folded, _overlap, _score, _summary  # noqa: E402
from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc  # noqa: E402
from readout.records import Article  # noqa: E402
from timeline_docs import load_by_key  # noqa: E402


def evaluate(verbose: bool = False) -> dict[str, Any]:
    gold = json.loads(GOLD.read_text("utf-8"))
    updates = load_by_key(list(gold["docs"]))
    nlp = build_pipeline(None)
    started = time.perf_counter()
    totals: Counter = Counter()
    per_doc: dict[str, Any] = {}
    addressee_ok = addressee_n = 0
    for key, entry in gold["docs"].items():
        update = updates[key]
        if update.sha1 != entry["sha1"]:
            raise SystemExit(f"{key}: update text changed since annotation (sha1 mismatch)")
        article = Article(doc=key, text=update.text, published=entry["published"])
        analysis = analysis_from_doc(article, nlp(make_doc(nlp, article)))
        system = [p.to_json() for p in analysis.proposals]
        items = entry["proposals"]

        def match(s: dict[str, Any], g: dict[str, Any]) -> bool:
            return _overlap(s["start"], s["end"], g["evidence_start"], g["evidence_end"]) \
                and _accepts_folded(g["proposer"], s["proposer"])

        result = _score(system, items, match, lambda s: False)
        for s in result["_true_pos"]:
            g = next(g for g in items if match(s, g))
            if not g["borderline"]:
                addressee_n += 1
                addressee_ok += _accepts_folded(g["addressee"], s["addressee"])
        for k in ("tp", "fp", "fn", "ignored"):
            totals[k] += result[k]
        per_doc[key] = {k: v for k, v in result.items() if not k.startswith("_")}
        if verbose:
            for s in result["_false_pos"]:
                print(f"  FP {key}: {s['proposer']} -> {s['addressee']} | {s['issue']} :: "
                      f"{update.text[s['start']:s['end']][:100]!r}")
            for g in result["_misses"]:
                near = [s for s in system if _overlap(s["start"], s["end"], g["evidence_start"],
                                                      g["evidence_end"])]
                print(f"  FN {key}: {g['proposer']} :: "
                      f"{update.text[g['evidence_start']:g['evidence_end']][:100]!r}"
                      + (f"  (system: {[s['proposer'] for s in near]})" if near else ""))
    summary = _summary(totals, per_doc)
    summary["addressee_accuracy_of_matched"] = round(addressee_ok / addressee_n, 3) \
        if addressee_n else None
    summary["seconds"] = round(time.perf_counter() - started, 1)
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    result = evaluate(args.verbose)
    print("timeline proposals: " + json.dumps({k: v for k, v in result.items()
                                               if k != "per_file"}))
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps({"benchmark": "proposals_timeline", **result}, indent=2)
                           + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
