"""Benchmark: precision of PLOVER events on ordinary news prose (fresh development articles).

Usage: python bench/events_precision.py [--no-write] [--verbose] [--only first|second]

Two judged sets, each every event readout reported on fresh development articles, judged by
hand from its sentence (see each file's description for the verdicts); entries store the file,
its sha1, the evidence offsets, the event's type, actor and target and the verdict; no article
text.
- first (tests/gold/news_events_judged.json): 8 BASIL development articles (none of them in
  tests/gold/basil_events_dev.json nor in the held-out news gold) and 7 PolNeAR dev articles.
- second (tests/gold/news_events_judged2.json): 10 further articles (3 BASIL development, 7
  PolNeAR dev) no other gold names, judged blind after the first set's fixes were made, to
  find error kinds the first set does not show.

The articles are analysed now and each reported event is looked up in its set's gold by
document, evidence span, type, actor and target. Reported per set:
- precision: share of the judged outputs that are correct;
- error classes: counts of each verdict among the judged outputs;
- kept correct: how many of the events judged correct at the start are still reported (the
  recall proxy: a change should remove errors, not good events);
- unjudged: outputs not in the gold (new behaviour; --verbose lists them for judging).
"before" is the judged set as first output; "after" the outputs of the current tree.
Writes bench/results/events_precision.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
POLNEAR = SHARED / "data" / "polnear" / "dev" / "text"
GOLD = REPO / "tests" / "gold" / "news_events_judged.json"
GOLDS = {"first": GOLD, "second": REPO / "tests" / "gold" / "news_events_judged2.json"}
RESULTS = REPO / "bench" / "results" / "events_precision.json"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

VERDICTS = ("correct", "not_event", "wrong_type", "wrong_actor", "wrong_target", "duplicate")


def _figures(verdicts: list[str]) -> dict[str, Any]:
    counts = Counter(verdicts)
    n = len(verdicts)
    return {"events": n, **{v: counts[v] for v in VERDICTS},
            "precision": round(counts["correct"] / n, 4) if n else None}


def _articles(gold: dict[str, Any]) -> list[Any]:
    """The judged documents as readout Articles, after checking their sha1s."""
    from basil_text import basil_outlet, checked_basil
    from readout.ingest.sources import read_inputs
    from readout.records import Article

    out = []
    seen: set[str] = set()
    for entry in gold["events"]:
        if entry["doc"] in seen:
            continue
        seen.add(entry["doc"])
        if entry["corpus"] == "basil":
            data, text = checked_basil(entry["doc"], entry["sha1"], entry["text_sha1"])
            out.append(Article(doc=entry["doc"], text=text, title=data.get("title"),
                               outlet=basil_outlet(data), published=data.get("date"),
                               url=data.get("url"), source_format="jsonl"))
            continue
        path = POLNEAR / entry["doc"]
        text = path.read_text("utf-8")
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != entry["sha1"]:
            raise SystemExit(f"{entry['doc']}: file changed since judged (sha1)")
        article = next(a for a in read_inputs([str(path)]) if isinstance(a, Article))
        article.doc = entry["doc"]
        out.append(article)
    return out


def system_events(gold: dict[str, Any]) -> list[dict[str, Any]]:
    from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc

    nlp = build_pipeline(None)
    out = []
    for article in _articles(gold):
        analysis = analysis_from_doc(article, nlp(make_doc(nlp, article)))
        out += [{"doc": article.doc, **e.to_json()} for e in analysis.events]
    return out


def _fold(name: str | None) -> str | None:
    return name.casefold() if name else name


def _key(item: dict[str, Any]) -> tuple[Any, ...]:
    # names compared without case: "Protesters" opening a sentence and "protesters" are the
    # same judged label (bench/events.py compares labels the same way)
    return (item["doc"], item["start"], item["end"], item["type"], _fold(item["actor"]),
            _fold(item["target"]))


def score(gold_path: Path, verbose: bool = False) -> dict[str, Any]:
    """One judged set's figures for the current tree (--verbose prints what is unjudged or
    lost)."""
    gold = json.loads(gold_path.read_text("utf-8"))
    started = time.time()
    system = system_events(gold)
    judged: dict[tuple[Any, ...], dict[str, Any]] = {}
    for entry in gold["events"]:
        judged.setdefault(_key(entry), entry)
    matched = [judged[_key(s)] for s in system if _key(s) in judged]
    unjudged = [s for s in system if _key(s) not in judged]
    baseline = [g for g in gold["events"] if not g.get("added_after_baseline")]
    reported = {_key(s) for s in system}
    correct_then = [g for g in baseline if g["verdict"] == "correct"]
    lost = [g for g in correct_then if _key(g) not in reported]
    result = {
        "gold": str(gold_path.relative_to(REPO)),
        "documents": len({g["doc"] for g in gold["events"]}),
        "before": _figures([g["verdict"] for g in baseline]),
        "after": _figures([g["verdict"] for g in matched]),
        "kept_correct": {"kept": len(correct_then) - len(lost), "of": len(correct_then)},
        "unjudged": len(unjudged),
        "seconds": round(time.time() - started, 1),
    }
    if verbose:
        for s in unjudged:
            print("UNJUDGED", json.dumps({k: s[k] for k in ("doc", "start", "end", "type",
                                                            "actor", "target")}))
        for g in lost:
            print("LOST", json.dumps({k: g[k] for k in ("doc", "start", "end", "type", "actor",
                                                        "target")}))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--verbose", action="store_true",
                        help="list unjudged outputs and judged-correct events no longer reported")
    parser.add_argument("--only", choices=sorted(GOLDS))
    args = parser.parse_args()
    results = {name: score(path, args.verbose) for name, path in GOLDS.items()
               if args.only in (None, name)}
    print(json.dumps(results, indent=1))
    if not args.no_write and args.only is None:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
