"""Benchmark: contacts, events and proposals on the held-out written diplomacy articles.

Usage: python bench/written_heldout.py [--set heldout|heldout2|...|heldout6|all] [--no-write]

Gold: two held-out sets, each by a writer who worked on nothing else and annotated their own
articles from the text alone before readout ever ran on them (see bench/written_text.py):
``heldout`` (tests/gold/written_{contacts,events,proposals}_heldout.json, six articles in
bench/written_news/heldout/, sixth session) and ``heldout2`` (the same files with the suffix
``_heldout2``, bench/written_news/heldout2/, seventh session) and ``heldout3`` (suffix ``_heldout3``,
bench/written_news/heldout3/, eighth session) and ``heldout4`` (suffix ``_heldout4``,
bench/written_news/heldout4/, ninth session), ``heldout5`` (suffix ``_heldout5``,
bench/written_news/heldout5/, tenth session) and ``heldout6`` (suffix ``_heldout6``,
bench/written_news/heldout6/, eleventh session). The sets are printed one by one
and pooled (contacts and events by summed counts; proposals likewise). Each set is
scored as its development counterpart is (contacts as bench/contacts.py scores
basil_contacts_dev6.json, events as bench/events.py scores polnear_events_dev2.json, proposals
as bench/proposals_polnear.py scores its set).

Held out: this script prints and writes aggregate figures and failure-kind counts only, never
an item, so the set can say how readout does on unseen diplomacy news without becoming
something to tune against. Nobody develops on these articles or reads readout's output on
them. Writes bench/results/written_heldout.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
RESULTS = REPO / "bench" / "results" / "written_heldout.json"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc  # noqa: E402
from readout.records import Article, ArticleAnalysis  # noqa: E402
from written_text import checked_written  # noqa: E402

SETS = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
        "heldout8", "heldout9", "heldout10", "heldout11", "heldout12",
        "heldout13", "heldout14", "heldout15")


def _gold_path(layer: str, split: str) -> Path:
    return GOLD / f"written_{layer}_{split}.json"


def _article(key: str, sha1: str, published: str) -> Article:
    written = checked_written(key, sha1)
    return Article(doc=written.doc, text=written.text, title=written.title,
                   published=published, outlet=written.outlet, source_format="txt")


def _analyse(articles: dict[str, Article]) -> dict[str, ArticleAnalysis]:
    nlp = build_pipeline(None)
    return {key: analysis_from_doc(a, nlp(make_doc(nlp, a))) for key, a in articles.items()}


def contacts_figures(gold: dict[str, Any]) -> dict[str, Any]:
    from contacts import score_set
    from news_gold import failure_kinds

    articles = {key: _article(key, e["sha1"], e["published"]) for key, e in gold["docs"].items()}
    analyses = _analyse(articles)
    scored = []
    for key, entry in gold["docs"].items():
        ignore = entry.get("ignore_spans") or []
        system = [c for c in analyses[key].contacts
                  if not any(a <= c.start < b for a, b in ignore)]
        scored.append((articles[key], system, entry))
    result, _ = score_set(scored, verbose=False)
    kinds = failure_kinds({"docs": {articles[k].doc: e for k, e in gold["docs"].items()}},
                          {articles[k].doc: a for k, a in analyses.items()})
    result["failure_kinds"] = kinds
    return result


def events_figures(gold: dict[str, Any]) -> dict[str, Any]:
    from events import seeds_events
    from news_gold import event_failure_kinds

    articles = {key: _article(key, gold["files"][key]["sha1"], gold["files"][key]["published"])
                for key in gold["complete_docs"]}
    analyses = _analyse(articles)
    pairs = [(analyses[key], gold["files"][key]) for key in gold["complete_docs"]]
    result = seeds_events(pairs, {}, verbose=False)
    result.pop("per_file", None)
    result["documents"] = len(pairs)
    result["failure_kinds"] = event_failure_kinds(
        {"files": {articles[k].doc: gold["files"][k] for k in gold["complete_docs"]},
         "complete_docs": [articles[k].doc for k in gold["complete_docs"]]},
        {articles[k].doc: a for k, a in analyses.items()})
    return result


def proposals_figures(path: Path) -> dict[str, Any]:
    from proposals_fresh import evaluate

    def load(gold: dict[str, Any]) -> dict[str, Article]:
        return {key: _article(key, e["sha1"], e["published"]) for key, e in gold["docs"].items()}

    result = evaluate(False, path, strata="source", first_blind={}, loader=load)
    return {k: v for k, v in result.items() if k not in ("per_file", "first_blind")}


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
            "tp": tp, "fp": fp, "fn": fn}


def set_figures(split: str) -> dict[str, Any]:
    """One held-out set's aggregate figures, layer by layer (a layer without gold is left out)."""
    figures: dict[str, Any] = {}
    contacts_gold, events_gold = _gold_path("contacts", split), _gold_path("events", split)
    proposals_gold = _gold_path("proposals", split)
    if contacts_gold.exists():
        figures["contacts"] = contacts_figures(json.loads(contacts_gold.read_text("utf-8")))
        c = figures["contacts"]
        print(f"{split} contacts: strict {c['strict']}  relaxed F1 {c['relaxed']['f1']}  "
              f"kinds {c['failure_kinds']}")
    if events_gold.exists():
        figures["events"] = events_figures(json.loads(events_gold.read_text("utf-8")))
        e = figures["events"]
        print(f"{split} events: {json.dumps({k: v for k, v in e.items() if k != 'per_type'})}")
    if proposals_gold.exists():
        figures["proposals"] = proposals_figures(proposals_gold)
        print(f"{split} proposals: {json.dumps(figures['proposals'])}")
    return figures


def pooled(per_set: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged figures over the sets: counts summed layer by layer."""
    out: dict[str, Any] = {}
    for layer in ("contacts", "events", "proposals"):
        counts = [(f[layer]["strict"] if layer == "contacts" else f[layer])
                  for f in per_set.values() if layer in f]
        if len(counts) > 1:
            out[layer] = _prf(*(sum(c[k] for c in counts) for k in ("tp", "fp", "fn")))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    report: dict[str, Any] = {"benchmark": "written_heldout"}
    splits = SETS if args.set == "all" else (args.set,)
    per_set = {split: set_figures(split) for split in splits}
    # The first set's figures stay at the top level, where earlier results files keep them.
    report.update(per_set.get("heldout", {}))
    report["sets"] = per_set
    report["pooled"] = pooled(per_set)
    if report["pooled"]:
        print(f"pooled: {json.dumps(report['pooled'])}")
    report["seconds"] = round(time.perf_counter() - started, 1)
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
