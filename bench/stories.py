"""Stories benchmark: story grouping against event labels and triplets, time and memory.

- RUWA (../shared/data/ruwa-russia-ukraine-war-news): 16,545 dated war headlines with nine
  coarse event labels. Stories are grouped on the lightweight path (headline + subheading +
  date, no spaCy) in date order; reported: cluster purity, inverse purity and pairwise
  precision/recall/F1 against the labels, time and peak memory; then the same for 100,000
  articles (the set repeated with every date shifted at random by up to ±10 days).
- BASIL (../shared/data/basil): 100 triplets of articles (Fox, NYT, HuffPost) on one event each.
  Reported: how often a triplet lands in one story, and how many of the annotated quote spans
  readout's quote extraction and cross-outlet quote merge align across the triplet.

Each timed run happens in a fresh process so its peak resident memory is its own.
Usage: python bench/stories.py [--quick] [--no-basil-quotes]
Writes bench/results/stories.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing as mp
import random
import resource
import sys
import time
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from math import comb
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
RUWA = SHARED / "data" / "ruwa-russia-ukraine-war-news" / "RUWA_04.08.23.csv"
BASIL = SHARED / "data" / "basil"
OUT = REPO / "bench" / "results" / "stories.json"
sys.path.insert(0, str(REPO / "src"))

from readout.story.stories import StoryConfig, StoryIndex  # noqa: E402


def ruwa_rows() -> list[dict[str, str]]:
    with RUWA.open(encoding="utf-8", newline="") as handle:
        rows = []
        for row in csv.DictReader(handle):
            day = datetime.strptime(row["Date"], "%m/%d/%Y").date().isoformat()
            rows.append({"title": row["title"], "text": row["desc"], "date": day,
                         "label": row["Event"]})
    return rows


def scale_rows(rows: list[dict[str, str]], target: int, seed: int = 7) -> list[dict[str, str]]:
    """The set repeated until ``target`` rows, each copy's dates shifted by up to ±10 days."""
    rng = random.Random(seed)
    out = list(rows)
    while len(out) < target:
        for row in rows:
            shifted = date.fromisoformat(row["date"]) + timedelta(days=rng.randint(-10, 10))
            out.append({**row, "date": shifted.isoformat()})
            if len(out) >= target:
                break
    return out


def clustering_scores(pred: list[int], gold: list[str]) -> dict[str, Any]:
    cells = Counter(zip(pred, gold, strict=True))
    sizes, classes = Counter(pred), Counter(gold)
    tp = sum(comb(n, 2) for n in cells.values())
    pred_pairs = sum(comb(n, 2) for n in sizes.values())
    gold_pairs = sum(comb(n, 2) for n in classes.values())
    p = tp / pred_pairs if pred_pairs else 0.0
    r = tp / gold_pairs if gold_pairs else 0.0
    best_class: dict[int, int] = defaultdict(int)
    best_cluster: dict[str, int] = defaultdict(int)
    for (cluster, label), n in cells.items():
        best_class[cluster] = max(best_class[cluster], n)
        best_cluster[label] = max(best_cluster[label], n)
    n = len(pred)
    return {"articles": n, "stories": len(sizes), "labels": len(classes),
            "purity": round(sum(best_class.values()) / n, 4),
            "inverse_purity": round(sum(best_cluster.values()) / n, 4),
            "pairwise_precision": round(p, 4), "pairwise_recall": round(r, 4),
            "pairwise_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "singleton_stories": sum(1 for s in sizes.values() if s == 1),
            "largest_story": max(sizes.values())}


def _run_ruwa(args: tuple[int, float | None], queue: Any) -> None:
    """In a child process: cluster ``n`` rows, report scores, seconds and peak memory."""
    n, threshold = args
    rows = ruwa_rows()
    rows = scale_rows(rows, n) if n > len(rows) else rows
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["date"], i))
    base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    config = StoryConfig() if threshold is None else StoryConfig(threshold=threshold)
    index = StoryIndex(config)
    start = time.perf_counter()
    pred = [0] * len(rows)
    for i in order:
        row = rows[i]
        pred[i] = index.add(i, row["title"] or None, row["text"], row["date"]).story_id
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scores = clustering_scores(pred, [r["label"] for r in rows])
    queue.put({**scores, "threshold": config.threshold, "seconds": round(seconds, 2),
               "articles_per_second": round(len(rows) / seconds, 1),
               "peak_rss_mb": round(peak_kb / 1024, 1),
               "index_rss_mb": round((peak_kb - base_kb) / 1024, 1)})


def in_child(target: Any, args: Any) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=target, args=(args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


# -- BASIL ---------------------------------------------------------------------------------


def basil_articles() -> list[dict[str, Any]]:
    """Each article's text (sentences joined; paragraphs apart) and its annotated quote spans
    as offsets into that text."""
    out = []
    for path in sorted((BASIL / "articles").rglob("*.json")):
        art = json.loads(path.read_text(encoding="utf-8"))
        ann_path = BASIL / "annotations" / path.parent.name / (path.stem + "_ann.json")
        ann = json.loads(ann_path.read_text(encoding="utf-8")) if ann_path.exists() else {}
        parts, offsets = [], []
        cursor = 0
        for p_index, paragraph in enumerate(art["body-paragraphs"]):
            if p_index:
                parts.append("\n\n")
                cursor += 2
            for s_index, sentence in enumerate(paragraph):
                if s_index:
                    parts.append(" ")
                    cursor += 1
                offsets.append(cursor)
                parts.append(sentence)
                cursor += len(sentence)
        text = "".join(parts)
        spans = []
        for span in ann.get("phrase-level-annotations", []):
            if span.get("quote") != "yes" or not str(span.get("id", "")).startswith("p"):
                continue
            k = int(span["id"][1:])
            if k < len(offsets):
                spans.append((offsets[k] + span["start"], offsets[k] + span["end"]))
        out.append({"doc": str(path.relative_to(BASIL)), "title": art.get("title"),
                    "date": art.get("date"), "outlet": str(art.get("source", "")).lower(),
                    "triplet": art.get("triplet-uuid"), "text": text, "quote_spans": spans})
    return out


def basil_triplets(articles: list[dict[str, Any]]) -> dict[str, Any]:
    index = StoryIndex()
    order = sorted(range(len(articles)), key=lambda i: (articles[i]["date"] or "", i))
    story: dict[int, int] = {}
    start = time.perf_counter()
    for i in order:
        a = articles[i]
        story[i] = index.add(i, a["title"], a["text"], a["date"]).story_id
    seconds = time.perf_counter() - start
    members: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        members[a["triplet"]].append(i)
    together = sum(1 for ids in members.values() if len({story[i] for i in ids}) == 1)
    pairs = [(a, b) for ids in members.values() for a, b in
             ((ids[x], ids[y]) for x in range(len(ids)) for y in range(x + 1, len(ids)))]
    scores = clustering_scores([story[i] for i in range(len(articles))],
                               [a["triplet"] for a in articles])
    return {"triplets": len(members), "triplets_in_one_story": together,
            "share_in_one_story": round(together / len(members), 4),
            "triplet_pairs_together": round(sum(story[a] == story[b] for a, b in pairs)
                                            / len(pairs), 4),
            "stories": scores["stories"], "purity_vs_triplets": scores["purity"],
            "pairwise_f1_vs_triplets": scores["pairwise_f1"], "seconds": round(seconds, 2),
            "path": "lightweight (title + text + date, no actors)"}


def basil_quotes(articles: list[dict[str, Any]]) -> dict[str, Any]:
    """Full pipeline on the 300 articles; per annotated quote span: is it inside a readout
    quote, and is that quote merged with a quote of another article of the triplet?"""
    from readout.analyze.pipeline import analyze_articles
    from readout.records import Article
    from readout.story.quotes import merge_quotes, normalise_quote, same_words

    records = [Article(doc=a["doc"], text=a["text"], title=a["title"], outlet=a["outlet"],
                       published=a["date"]) for a in articles]
    start = time.perf_counter()
    analyses = list(analyze_articles(records))
    analyse_seconds = time.perf_counter() - start
    by_triplet: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        by_triplet[a["triplet"]].append(i)
    spans = covered = aligned = present = aligned_present = 0
    for ids in by_triplet.values():
        merged = merge_quotes([analyses[i] for i in ids], kinds=("direct", "indirect"))
        group_of: dict[tuple[str, int, int], set[str]] = {}
        for m in merged:
            docs = {s.doc for s in m.sources}
            for s in m.sources:
                group_of[(s.doc, s.quote.start, s.quote.end)] = docs
        for i in ids:
            a = articles[i]
            others = [articles[j] for j in ids if j != i]
            for start_, end_ in a["quote_spans"]:
                spans += 1
                words = normalise_quote(a["text"][start_:end_])
                elsewhere = any(_words_in(words, normalise_quote(o["text"]), same_words)
                                for o in others)
                present += elsewhere
                inside = [q for q in analyses[i].quotes if q.start < end_ and start_ < q.end]
                if not inside:
                    continue
                covered += 1
                docs = set().union(*(group_of.get((a["doc"], q.start, q.end), set())
                                     for q in inside))
                if len(docs) > 1:
                    aligned += 1
                    aligned_present += elsewhere
    return {"annotated_quote_spans": spans, "inside_a_readout_quote": covered,
            "aligned_across_triplet": aligned,
            "words_present_in_another_triplet_article": present,
            "aligned_among_present": aligned_present,
            "alignment_recall_among_present": round(aligned_present / present, 4) if present else None,
            "analyse_seconds": round(analyse_seconds, 1)}


def _words_in(needle: str, haystack: str, same_words: Any) -> bool:
    """Does a span's wording occur in another article (exact, or fuzzily in a window)?"""
    if not needle:
        return False
    if needle in haystack:
        return True
    if len(needle.split()) < 3:
        return False
    from rapidfuzz import fuzz
    return fuzz.partial_ratio(needle, haystack) >= 92


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="skip the 100k run and the sweep")
    parser.add_argument("--no-basil-quotes", action="store_true",
                        help="skip the full-pipeline quote alignment on BASIL")
    args = parser.parse_args()
    results: dict[str, Any] = {"config": StoryConfig().__dict__}
    print("RUWA full set ...", flush=True)
    results["ruwa"] = in_child(_run_ruwa, (0, None))
    print(json.dumps(results["ruwa"]), flush=True)
    if not args.quick:
        results["ruwa_threshold_sweep"] = []
        for threshold in (0.15, 0.28, 0.35):
            row = in_child(_run_ruwa, (0, threshold))
            print(json.dumps(row), flush=True)
            results["ruwa_threshold_sweep"].append(row)
        print("RUWA 100k ...", flush=True)
        results["ruwa_100k"] = in_child(_run_ruwa, (100_000, None))
        print(json.dumps(results["ruwa_100k"]), flush=True)
    articles = basil_articles()
    results["basil_triplets"] = basil_triplets(articles)
    print(json.dumps(results["basil_triplets"]), flush=True)
    if not args.no_basil_quotes:
        results["basil_quotes"] = basil_quotes(articles)
        print(json.dumps(results["basil_quotes"]), flush=True)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    existing = json.loads(OUT.read_text()) if OUT.exists() else {}
    existing.update(results)
    OUT.write_text(json.dumps(existing, indent=2) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
