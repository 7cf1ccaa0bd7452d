"""Throughput: readout's full analysis vs bare spaCy ``nlp.pipe`` on the same texts, same run.

    .venv/bin/python bench/throughput.py [--articles 200] [--processes 1]

Copies of the seed articles (read from ../shared/seeds) make up the workload. Both sides
run back to back in one process so machine noise hits them alike; the figure kept is the
ratio of articles per second.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

import spacy

from readout.analyze.pipeline import AnalyzeOptions, build_pipeline, model_name
from readout.api import _analyse_batch, _batches
from readout.ingest import read_inputs
from readout.records import Article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
RESULTS = ROOT / "bench" / "results" / "throughput.json"


def workload(count: int) -> list[Article]:
    seeds = [a for a in read_inputs([str(SEEDS)]) if isinstance(a, Article)]
    return [Article(doc=f"{seeds[i % len(seeds)].doc}#{i}", text=seeds[i % len(seeds)].text,
                    published=seeds[i % len(seeds)].published) for i in range(count)]


def time_bare(texts: list[str], processes: int, batch_size: int) -> float:
    nlp = spacy.load(model_name())
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
        pass
    return time.perf_counter() - start


def time_readout(articles: list[Article], options: AnalyzeOptions) -> float:
    build_pipeline(options.gazetteer)  # loading is not throughput
    from readout.api import RunReport
    report = RunReport()
    start = time.perf_counter()
    for batch in _batches(articles, options.batch_size * options.processes):
        _analyse_batch(batch, options, report, None)
    elapsed = time.perf_counter() - start
    assert not report.errors, report.errors
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    articles = workload(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    options = AnalyzeOptions(processes=args.processes, batch_size=args.batch_size)
    bare = time_bare([a.text for a in articles], args.processes, args.batch_size)
    full = time_readout(articles, options)
    result = {
        "articles": len(articles), "words": words, "processes": args.processes,
        "batch_size": args.batch_size, "model": model_name(),
        "spacy_articles_per_s": round(len(articles) / bare, 2),
        "readout_articles_per_s": round(len(articles) / full, 2),
        "readout_over_spacy_time": round(full / bare, 2),
        "python": platform.python_version(), "machine": platform.machine(),
    }
    print(f"bare spaCy nlp.pipe : {result['spacy_articles_per_s']:8.2f} articles/s")
    print(f"readout (full)      : {result['readout_articles_per_s']:8.2f} articles/s")
    print(f"readout time / spaCy time: {result['readout_over_spacy_time']:.2f}x")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
