"""Benchmark: precision of proposals on ordinary political news (PolNeAR dev).

Usage: python bench/proposals_precision.py [--no-write] [--verbose]

Gold: tests/gold/polnear_proposals_judged.json judges, by hand, every proposal readout reported
on twenty PolNeAR dev articles (see the file's selection and guidelines): whether the evidence
sentence proposes anything at all, and which proposer names are right. Only offsets, sha1s and
verdicts are stored.

The articles are analysed now and each reported proposal is looked up by file and evidence
span. Reported:
- precision: share of judged outputs that are proposals;
- precision with proposer: share that are proposals with an acceptable proposer;
- kept: judged real proposals (spans) still reported, out of all of them (the recall proxy:
  a rule that removes wrong outputs must not remove right ones);
- unjudged: outputs the gold does not know (new behaviour to judge by hand).
Writes bench/results/proposals_precision.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "polnear" / "dev" / "text"
GOLD = REPO / "tests" / "gold" / "polnear_proposals_judged.json"
RESULTS = REPO / "bench" / "results" / "proposals_precision.json"
sys.path.insert(0, str(REPO / "src"))

from readout.analyze.pipeline import build_pipeline, make_doc  # noqa: E402
from readout.records import Article  # noqa: E402


def load_articles(gold: dict[str, Any]) -> list[Article]:
    articles = []
    for name, sha1 in gold["docs"].items():
        text = (CORPUS / name).read_text(encoding="utf-8")
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != sha1:
            raise SystemExit(f"{name}: text changed since it was judged (sha1 mismatch)")
        # PolNeAR file names carry the publication day: <outlet>_<YYYY-MM-DD>_<slug>.txt
        articles.append(Article(doc=name, text=text, published=name.split("_")[1]))
    return articles


def analyse(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Every proposal readout reports on the judged articles, keyed as the gold is."""
    nlp = build_pipeline()
    outputs = []
    for article in load_articles(gold):
        doc = nlp(make_doc(nlp, article))
        outputs += [{"doc": article.doc, "start": p.start, "end": p.end, "proposer": p.proposer,
                     "issue": p.issue} for p in doc._.proposals]
    return outputs


def score(gold: dict[str, Any], outputs: list[dict[str, Any]]) -> dict[str, Any]:
    judged = {(j["doc"], j["start"], j["end"]): j for j in gold["judged"]}
    found = proposals = with_proposer = 0
    unjudged: list[dict[str, Any]] = []
    still: set[tuple[str, int, int]] = set()
    for out in outputs:
        verdict = judged.get((out["doc"], out["start"], out["end"]))
        if verdict is None:
            unjudged.append(out)
            continue
        found += 1
        if verdict["is_proposal"]:
            proposals += 1
            still.add((out["doc"], out["start"], out["end"]))
            with_proposer += out["proposer"] in verdict["proposers"]
    real = [k for k, j in judged.items() if j["is_proposal"]]
    return {
        "judged_outputs": found,
        "precision": round(proposals / found, 3) if found else None,
        "precision_with_proposer": round(with_proposer / found, 3) if found else None,
        "kept": f"{len(still)}/{len(real)}",
        "unjudged": len(unjudged),
        "unjudged_items": [{k: u[k] for k in ("doc", "start", "end", "proposer", "issue")}
                           for u in unjudged],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list unjudged outputs")
    args = parser.parse_args()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    began = time.perf_counter()
    result = score(gold, analyse(gold))
    result["seconds"] = round(time.perf_counter() - began, 1)
    print(f"proposals precision (PolNeAR dev, {len(gold['docs'])} articles): "
          f"{result['precision']} ({result['judged_outputs']} judged outputs); with proposer "
          f"{result['precision_with_proposer']}; kept {result['kept']}; "
          f"unjudged {result['unjudged']}")
    if args.verbose:
        for item in result["unjudged_items"]:
            print("  unjudged", json.dumps(item, ensure_ascii=False))
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps({"benchmark": "proposals_precision", **result}, indent=1,
                                      ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
