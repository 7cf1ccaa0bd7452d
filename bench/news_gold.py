"""Benchmark: contacts and PLOVER events on ordinary news prose (HELD OUT, never tuned on).

Usage: python bench/news_gold.py [--verbose] [--no-write]

Gold: tests/gold/news_contacts.json and tests/gold/news_events.json, 11 BASIL articles
(../shared/data/basil: Fox News, The New York Times, HuffPost, 2012-2018) annotated from the
text alone before readout was ever run on them. The set exists to measure, not to develop
against: do not look at its misses to tune rules. Only figures go to the report; --verbose
prints the misses for diagnosis of a regression, not for tuning.

Texts are built with bench/basil_text.basil_text and published dates come from the articles'
``date`` field. Scoring is imported unchanged from the other benches:
- contacts: bench/contacts.py (score_document with strict_match and relaxed_match; optional
  gold entries are neither rewarded nor penalised);
- events: bench/events.py (seeds_events: evidence overlap + acceptable type, actor, target;
  same_as units; borderline gold and CONSULT/AGREE over a gold contact span are don't-care),
  over the articles listed in the gold's ``complete_docs``.
Also reported: system contacts that land on a not_contacts span (tempting non-contacts).
Writes bench/results/news_gold.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
RESULTS = REPO / "bench" / "results" / "news_gold.json"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

import contacts as contacts_bench  # noqa: E402
import events as events_bench  # noqa: E402
from basil_text import basil_outlet, checked_basil  # noqa: E402
from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc  # noqa: E402
from readout.records import Article, ArticleAnalysis  # noqa: E402

HELD_OUT_NOTE = ("HELD OUT: annotated from the text before any system run; never tuned on. "
                 "Report the figures; do not develop against the misses.")


def code_state() -> dict[str, Any]:
    """The commit the measured code comes from, and whether src/ had uncommitted edits (in a
    shared tree the figures then include other people's work in progress)."""
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True,
                                  text=True, timeout=20).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""
    return {"commit": git("rev-parse", "--short", "HEAD") or None,
            "src_uncommitted_changes": bool(git("status", "--porcelain", "--", "src"))}


def load_articles(gold: dict[str, Any]) -> list[Article]:
    """The gold's BASIL articles as readout sees them, after checking the stored sha1s."""
    articles = []
    for rel, entry in gold["docs"].items():
        data, text = checked_basil(rel, entry["sha1"], entry["text_sha1"])
        articles.append(Article(doc=rel, text=text, title=data.get("title"),
                                outlet=basil_outlet(data),
                                published=data.get("date"), url=data.get("url"),
                                source_format="jsonl"))
    return articles


def analyse(articles: list[Article]) -> dict[str, ArticleAnalysis]:
    nlp = build_pipeline(None)
    return {a.doc: analysis_from_doc(a, nlp(make_doc(nlp, a))) for a in articles}


def score_contacts(gold: dict[str, Any], analyses: dict[str, ArticleAnalysis], verbose: bool
                   ) -> dict[str, Any]:
    docs = [(analyses[rel].article, list(analyses[rel].contacts), entry)
            for rel, entry in gold["docs"].items()]
    result, per_doc = contacts_bench.score_set(docs, verbose)
    result["gold_required"] = sum(1 for e in gold["docs"].values() for c in e["contacts"]
                                  if not c.get("optional"))
    result["per_doc"] = {rel: {k: strict[k] for k in ("tp", "fp", "fn")}
                         for rel, strict in per_doc.items()}
    return result


def _domestic_optional(gold: dict[str, Any]) -> dict[str, Any]:
    docs = {rel: {**entry, "contacts": [{**c, "optional": c.get("optional") or
                                         bool(c.get("domestic"))} for c in entry["contacts"]]}
            for rel, entry in gold["docs"].items()}
    return {**gold, "docs": docs}


def score_events(events_gold: dict[str, Any], contacts_gold: dict[str, Any],
                 analyses: dict[str, ArticleAnalysis], verbose: bool) -> dict[str, Any]:
    complete = set(events_gold.get("complete_docs") or [])
    pairs = [(analyses[rel], entry) for rel, entry in events_gold["files"].items()
             if rel in complete]
    result = events_bench.seeds_events(pairs, {"files": contacts_gold["docs"]}, verbose)
    result["documents"] = len(pairs)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    contacts_gold = json.loads((GOLD / "news_contacts.json").read_text("utf-8"))
    events_gold = json.loads((GOLD / "news_events.json").read_text("utf-8"))
    if set(events_gold["files"]) - set(contacts_gold["docs"]):
        raise SystemExit("news_events.json names articles news_contacts.json does not")
    articles = load_articles(contacts_gold)
    analyses = analyse(articles)
    report: dict[str, Any] = {"command": "python bench/news_gold.py", "held_out": True,
                              "note": HELD_OUT_NOTE, "code": code_state()}
    report["contacts"] = score_contacts(contacts_gold, analyses, args.verbose)
    # readout reports diplomatic contacts and leaves meetings among one state's politicians
    # out on purpose; the gold marks those "domestic", and this view makes them optional
    report["contacts_international"] = score_contacts(_domestic_optional(contacts_gold),
                                                      analyses, False)
    report["events"] = score_events(events_gold, contacts_gold, analyses, args.verbose)
    report["seconds"] = round(time.perf_counter() - started, 1)
    c, e = report["contacts"], report["events"]
    print(HELD_OUT_NOTE)
    print(f"news (held out) contacts: strict {c['strict']}  relaxed F1 {c['relaxed']['f1']}  "
          f"on not_contacts {c['false_positives_on_not_contacts']}")
    ci = report["contacts_international"]
    print(f"news (held out) contacts, domestic meetings optional: strict {ci['strict']}  "
          f"relaxed F1 {ci['relaxed']['f1']}")
    print(f"news (held out) events: P {e.get('precision')} R {e.get('recall')} F1 {e.get('f1')} "
          f"(tp {e.get('tp')} fp {e.get('fp')} fn {e.get('fn')} ignored {e.get('ignored')})")
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
