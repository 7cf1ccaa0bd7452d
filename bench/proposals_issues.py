"""Benchmark: how the brief groups proposals under issues, on the seeds.

Usage: python bench/proposals_issues.py [--verbose] [--no-write]

Gold: tests/gold/seeds_proposals.json gives every proposal of the five seed articles an
'issue_key' (its guidelines list the keys). The seeds are analysed, their proposals grouped by
readout.story.issues.group_proposals as the brief groups them, and each gold item some output
overlaps is checked: is the output under the gold's topic? The gold's 'security_architecture'
is the taxonomy's 'security_guarantees'; 'broad_agenda' has no heading of its own, so an
output left under its own label (an 'other:' group) is right for it. Reported: accuracy over
the gold items found, and the items found. Writes bench/results/proposals_issues.json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from events import load_seed_analyses  # noqa: E402
from proposals_fresh import bench_main  # noqa: E402
from readout.story.issues import TAXONOMY, group_proposals  # noqa: E402

GOLD = REPO / "tests" / "gold" / "seeds_proposals.json"
RESULTS = REPO / "bench" / "results" / "proposals_issues.json"
# gold keys named otherwise in the taxonomy
SAME_TOPIC = {"security_architecture": "security_guarantees"}


def run(verbose: bool = False) -> dict[str, Any]:
    gold = json.loads(GOLD.read_text("utf-8"))
    pairs = load_seed_analyses(gold)
    groups = group_proposals([a for a, _ in pairs])
    # (one sentence may hold two proposals: the key holds the label too)
    key_of = {(item["doc"], item["start"], item["end"], item["issue"]): group.key
              for group in groups for item in group.items}
    found = right = 0
    misses = []
    for analysis, entry in pairs:
        doc = analysis.article.doc
        for item in entry["proposals"]:
            near = [p for p in analysis.proposals
                    if p.start < item["evidence_end"] and item["evidence_start"] < p.end]
            if not near or "issue_key" not in item:
                continue
            found += 1
            want = SAME_TOPIC.get(item["issue_key"], item["issue_key"])
            got = key_of.get((doc, near[0].start, near[0].end, near[0].issue), "")
            ok = got == want or (want not in TAXONOMY and got.startswith("other:"))
            right += ok
            if not ok:
                misses.append({"doc": doc, "gold": want, "system": got,
                               "issue": near[0].issue})
    if verbose:
        for miss in misses:
            print("  MISS", json.dumps(miss, ensure_ascii=False))
    return {"accuracy": round(right / found, 3) if found else None, "found": found,
            "right": right, "groups": len(groups)}


def main() -> None:
    bench_main(__doc__ or "", "proposal issues (seeds)", "proposals_issues", RESULTS, run)


if __name__ == "__main__":
    main()
