"""Benchmark: contacts, events and proposals on the held-out written diplomacy articles.

Usage: python bench/written_heldout.py [--no-write]

Gold: tests/gold/written_contacts_heldout.json, written_events_heldout.json and
written_proposals_heldout.json: six news articles about diplomacy written for the project by a
writer who worked on nothing else (bench/written_news/heldout/, see bench/written_text.py), and
annotated by that writer from the text alone before readout ever ran on them. Each set is
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

CONTACTS = GOLD / "written_contacts_heldout.json"
EVENTS = GOLD / "written_events_heldout.json"
PROPOSALS = GOLD / "written_proposals_heldout.json"


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    report: dict[str, Any] = {"benchmark": "written_heldout"}
    if CONTACTS.exists():
        report["contacts"] = contacts_figures(json.loads(CONTACTS.read_text("utf-8")))
        c = report["contacts"]
        print(f"contacts: strict {c['strict']}  relaxed F1 {c['relaxed']['f1']}  "
              f"kinds {c['failure_kinds']}")
    if EVENTS.exists():
        report["events"] = events_figures(json.loads(EVENTS.read_text("utf-8")))
        e = report["events"]
        print(f"events: {json.dumps({k: v for k, v in e.items() if k != 'per_type'})}")
    if PROPOSALS.exists():
        report["proposals"] = proposals_figures(PROPOSALS)
        print(f"proposals: {json.dumps(report['proposals'])}")
    report["seconds"] = round(time.perf_counter() - started, 1)
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
