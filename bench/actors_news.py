"""Benchmark: actor resolution in ordinary news (tests/gold/news_actor_sample.json).

Usage: python bench/actors_news.py [--verbose] [--no-write]

Three samples of eighty entity mentions, each judged from the text alone (see the gold files'
guidelines): tests/gold/news_actor_sample.json, ten BASIL articles (development half), which
were not inspected when first scored but have since been developed on; and
tests/gold/news_actor_sample_heldout.json, ten PolNeAR dev articles annotated after the actor
rules were written, HELD OUT: scored in aggregate only (--verbose never lists it); and
tests/gold/news_actor_sample_dev2.json, ten further PolNeAR dev articles annotated before readout
was run on them, for development on the kind of text the held-out sample has; and
tests/gold/news_actor_sample_cameo_dev.json, 110 mentions in fifty single sentences of
international news (ConfliBERT CAMEO, development half), annotated before readout was run on
them: foreign leaders, governments, armed groups and agencies rather than US campaign politics;
and tests/gold/news_actor_sample_dev3.json, eighty mentions in ten more PolNeAR dev articles,
annotated the same way before readout was run on them; and
tests/gold/news_actor_sample_timeline_dev.json, 118 mentions in 45 dated timeline updates on the
2005 Iraq war and the 2014 Gaza conflict, annotated before readout was run on them: people of
an era the gazetteer mostly does not cover, armed groups, and towns the tagger takes for bodies;
and tests/gold/news_actor_sample_dev4.json, eighty mentions in ten further PolNeAR dev articles
annotated before readout was run on them; and tests/gold/news_actor_sample_usgov.json, eighty
mentions in ten Defense Department and Treasury statements of 2022-23 (aid packages, sanctions
designations), annotated before readout was run on them; and
tests/gold/news_actor_sample_ruwa.json, 115 mentions in sixty 2021-22 war headlines with their
subheadings (RUWA: Reuters, Al Jazeera, BBC, Ukrinform, RT, TASS, MSNBC), annotated before
readout was run on them; and tests/gold/news_actor_sample_basil7.json, ten BASIL articles of
the triplets moved to development on 2026-11-23, whose sample adds definite role references
('the president', 'the committee') and subject pronouns to the entities, annotated before
readout was run on them; and tests/gold/news_actor_sample_timeline_dev2.json, thirty
annotator-2 timeline updates on the 2008 financial crisis, the BP oil spill, the Haiti
earthquake and MH370 (companies, central banks, agencies), annotated before readout was run
on them.
For every mention, the readout actor mention that overlaps it most is compared with the gold:
- ``actor``: right when it carries one of the acceptable canonical names;
- ``place``: wrong when readout makes it a person or an organisation (a state or no mention
  is fine: readout reads capitals as their governments by design);
- ``not_actor``: wrong when readout makes it any actor;
- ``dont_care``: not scored.
Writes bench/results/actors_news.json.
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "news_actor_sample.json"
HELD_OUT = REPO / "tests" / "gold" / "news_actor_sample_heldout.json"
POLNEAR_DEV = REPO / "tests" / "gold" / "news_actor_sample_dev2.json"
CAMEO_DEV = REPO / "tests" / "gold" / "news_actor_sample_cameo_dev.json"
POLNEAR_DEV3 = REPO / "tests" / "gold" / "news_actor_sample_dev3.json"
TIMELINE_DEV = REPO / "tests" / "gold" / "news_actor_sample_timeline_dev.json"
POLNEAR_DEV4 = REPO / "tests" / "gold" / "news_actor_sample_dev4.json"
USGOV_DEV = REPO / "tests" / "gold" / "news_actor_sample_usgov.json"
USGOV = REPO.parent / "shared" / "data" / "us-gov-russia-ukraine-statements-2022" / "government_statements.jsonl"
RUWA_DEV = REPO / "tests" / "gold" / "news_actor_sample_ruwa.json"
BASIL_MOVED = REPO / "tests" / "gold" / "news_actor_sample_basil7.json"
TIMELINE_DEV2 = REPO / "tests" / "gold" / "news_actor_sample_timeline_dev2.json"
RUWA = REPO.parent / "shared" / "data" / "ruwa-russia-ukraine-war-news" / "RUWA_04.08.23.csv"
POLNEAR_TEXT = REPO.parent / "shared" / "data" / "polnear" / "dev" / "text"
RESULTS = REPO / "bench" / "results" / "actors_news.json"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from basil_text import basil_text, load_basil  # noqa: E402
from cameo_source import LABELLED  # noqa: E402
from readout.analyze.pipeline import build_pipeline, make_doc  # noqa: E402
from readout.records import ActorMention, Article  # noqa: E402
from timeline_docs import load_by_key  # noqa: E402


def best_overlap(mentions: list[ActorMention], start: int, end: int) -> ActorMention | None:
    """The mention sharing most characters with [start, end), if any."""
    scored = [(min(end, m.end) - max(start, m.start), m) for m in mentions]
    scored = [(n, m) for n, m in scored if n > 0]
    return max(scored, key=lambda x: x[0])[1] if scored else None


@functools.cache
def _cameo_by_sha1() -> dict[str, str]:
    sentences = (line.rsplit("\t", 1)[0] for line in LABELLED.read_text("utf-8").splitlines())
    return {hashlib.sha1(t.encode("utf-8")).hexdigest(): t for t in sentences}


def _cameo_sentence(sha1: str) -> str:
    """The CAMEO sentence whose text has this sha1 (the sample stores no text)."""
    if sha1 not in _cameo_by_sha1():
        raise SystemExit(f"cameo:{sha1}: no such sentence in {LABELLED}")
    return _cameo_by_sha1()[sha1]


@functools.cache
def _usgov_rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in USGOV.read_text("utf-8").splitlines() if line.strip()]


@functools.cache
def _ruwa_rows() -> list[dict[str, str]]:
    with RUWA.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _text_of(path: str) -> tuple[str, str | None]:
    """The analysed text and title of a sample document (BASIL JSON, PolNeAR text, a CAMEO
    sentence, a timeline update or a US government statement)."""
    if path.startswith("ruwa:"):
        # the headline, then the subheading after a blank line when there is one
        row = _ruwa_rows()[int(path.split(":", 1)[1])]
        desc = row["desc"].strip()
        return row["title"].strip() + ("\n\n" + desc if desc else ""), None
    if path.startswith("usgov:"):
        row = _usgov_rows()[int(path.split(":", 1)[1])]
        return row["text"], row.get("title")
    if path.startswith("timeline:"):
        key = path.split(":", 1)[1]
        return load_by_key([key])[key].text, None
    if path.startswith("cameo:"):
        return _cameo_sentence(path.split(":", 1)[1]), None
    if path.startswith(("dev/", "heldout/")):
        # an article written for the project (bench/written_text.py); its gold checks the sha1
        from written_text import WRITTEN

        text = (WRITTEN / path).read_text(encoding="utf-8")
        return text, text.split("\n", 1)[0].strip()
    if path.startswith("articles/"):
        data = load_basil(path)
        return basil_text(data), data.get("title")
    return (POLNEAR_TEXT / path).read_text(encoding="utf-8"), None


def evaluate(verbose: bool = False, gold_path: Path = GOLD) -> dict[str, Any]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    verbose = verbose and not gold.get("held_out")
    nlp = build_pipeline(None)
    kinds: dict[str, dict[str, int]] = {}
    started = time.perf_counter()
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for item in gold["mentions"]:
        by_doc.setdefault(item["doc"], []).append(item)
    for path, items in by_doc.items():
        text, title = _text_of(path)
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != gold["docs"][path]["text_sha1"]:
            raise SystemExit(f"{path}: text changed since the gold was annotated")
        article = Article(doc=path, text=text, title=title,
                          published=gold["docs"][path]["published"])
        doc = nlp(make_doc(nlp, article))
        kinds_of = {a.name: a.kind for a in doc._.actors}
        for item in items:
            kind = item["kind"]
            if kind == "dont_care":
                continue
            found = best_overlap(doc._.actor_mentions, item["start"], item["end"])
            name = found.actor if found is not None else None
            if kind == "actor":
                right = name in item["names"]
            elif kind == "place":
                right = name is None or kinds_of.get(name) not in ("person", "organization")
            else:
                right = name is None
            tally = kinds.setdefault(kind, {"total": 0, "right": 0})
            tally["total"] += 1
            tally["right"] += int(right)
            if verbose and not right:
                print(f"  {kind:9} {text[item['start']:item['end']]!r:40} gold "
                      f"{item.get('names')} system {name!r}")
    for tally in kinds.values():
        tally["accuracy"] = round(tally["right"] / tally["total"], 3) if tally["total"] else None
    scored = sum(t["total"] for t in kinds.values())
    right = sum(t["right"] for t in kinds.values())
    return {"mentions_scored": scored, "accuracy": round(right / scored, 3) if scored else None,
            "by_kind": kinds, "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    results = {}
    for name, path in (("basil_dev", GOLD), ("polnear_dev2", POLNEAR_DEV),
                       ("cameo_dev", CAMEO_DEV), ("polnear_dev3", POLNEAR_DEV3), ("timeline_dev", TIMELINE_DEV),
                       ("polnear_dev4", POLNEAR_DEV4), ("usgov_dev", USGOV_DEV),
                       ("ruwa_dev", RUWA_DEV), ("basil_moved_dev", BASIL_MOVED),
                       ("timeline_dev2", TIMELINE_DEV2),
                       ("polnear_heldout", HELD_OUT)):
        result = evaluate(args.verbose, path)
        results[name] = result
        print(f"news actor sample {name}: accuracy {result['accuracy']} over "
              f"{result['mentions_scored']} mentions; " + ", ".join(
                  f"{k} {v['right']}/{v['total']}" for k, v in sorted(result["by_kind"].items())))
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
