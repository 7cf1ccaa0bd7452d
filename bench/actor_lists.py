"""Benchmark: the per-article actor list (name, country, sector), as `readout analyze` prints it.

Usage: python bench/actor_lists.py [--verbose] [--no-write]
       [--only dev1|…|dev5|written|written-dev2|…|written-dev5]

Gold: tests/gold/actor_lists_dev1.json, ten documents (US government statements and timeline
updates on Syria and Libya), and tests/gold/actor_lists_dev2.json, eleven more (White House and
State Department texts, timeline updates on Egypt, Gaza, Iraq and Syria), whose expected actor
lists were written from the text before readout was run on them (see the files' guidelines);
tests/gold/actor_lists_dev3.json, 28 war headlines with their subheadings (RUWA); and
tests/gold/actor_lists_dev4.json, four full news articles on foreign affairs (PolNeAR dev); and
tests/gold/actor_lists_dev5.json, four whole BASIL development articles with foreign actors; and
tests/gold/actor_lists_written_dev.json ("written"), the ten diplomacy articles written for the
project (bench/written_news/dev/), annotated by their writer before readout ran on them; and
tests/gold/actor_lists_written_dev2.json ("written-dev2"), twelve more written by desk2
(bench/written_news/dev2/), annotated the same way; and tests/gold/actor_lists_written_dev3.json
and ..._dev4.json ("written-dev3", "written-dev4"), the articles of the eighth session's writers
(bench/written_news/dev3/, dev4/), annotated blind by the actors helper before readout ran on them;
and ..._dev5.json ("written-dev5"), six saved web pages with page furniture (dev5/), the same way.
For each document, a predicted actor is matched to the gold entry one of whose acceptable names it
carries (case-insensitive; a gazetteer actor also by its aliases, so a gold written with another
spelling of the same person, "Mohammed" for "Mohamed", still matches):
- recall: required gold actors matched / required gold actors;
- precision: predicted actors matched to any gold entry (required or not) / predicted actors;
- country and sector: share of matched actors whose value is one the gold accepts;
- duplicates: gold entries matched by more than one predicted actor (one actor listed twice).
Writes bench/results/actor_lists.json.
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
GOLD = REPO / "tests" / "gold" / "actor_lists_dev1.json"
GOLD2 = REPO / "tests" / "gold" / "actor_lists_dev2.json"
GOLD3 = REPO / "tests" / "gold" / "actor_lists_dev3.json"
GOLD4 = REPO / "tests" / "gold" / "actor_lists_dev4.json"
GOLD5 = REPO / "tests" / "gold" / "actor_lists_dev5.json"
GOLD_WRITTEN = REPO / "tests" / "gold" / "actor_lists_written_dev.json"
GOLD_WRITTEN2 = REPO / "tests" / "gold" / "actor_lists_written_dev2.json"
GOLD_WRITTEN3 = REPO / "tests" / "gold" / "actor_lists_written_dev3.json"
GOLD_WRITTEN4 = REPO / "tests" / "gold" / "actor_lists_written_dev4.json"
GOLD_WRITTEN5 = REPO / "tests" / "gold" / "actor_lists_written_dev5.json"
RESULTS = REPO / "bench" / "results" / "actor_lists.json"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from actors_news import _text_of  # noqa: E402
from readout.analyze.gazetteer import load_gazetteer  # noqa: E402
from readout.analyze.pipeline import build_pipeline, make_doc  # noqa: E402
from readout.records import Article  # noqa: E402


def _ratio(right: int, total: int) -> float | None:
    return round(right / total, 3) if total else None


def _doc_text(key: str) -> tuple[str, str | None]:
    """The text and title of a gold key; the written dev2 to dev5 splits are read here
    because actors_news._text_of only knows the dev/ and heldout/ folders."""
    if key.startswith(("dev2/", "dev3/", "dev4/", "dev5/")):
        from written_text import WRITTEN

        text = (WRITTEN / key).read_text(encoding="utf-8")
        return text, text.split("\n", 1)[0].strip()
    return _text_of(key)


def evaluate(gold_path: Path = GOLD, verbose: bool = False) -> dict[str, Any]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    nlp = build_pipeline(None)
    gazetteer = load_gazetteer()
    started = time.perf_counter()
    required = found_required = predicted = matched = 0
    country_right = sector_right = duplicates = 0
    for key, entry in gold["docs"].items():
        text, title = _doc_text(key)
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != entry["text_sha1"]:
            raise SystemExit(f"{key}: text changed since the gold was annotated")
        doc = nlp(make_doc(nlp, Article(doc=key, text=text, title=title,
                                        published=entry["published"])))
        wanted = entry["actors"]
        hits: dict[int, int] = {}
        for actor in doc._.actors:
            predicted += 1
            entry = gazetteer.entries.get(actor.name)
            # (full names only: a one-word alias such as "Congress" is shared by other bodies)
            forms = {actor.name.lower(), *(a.lower() for a in (entry.aliases if entry else [])
                                           if len(a.split()) > 1)}
            index = next((i for i, g in enumerate(wanted)
                          if forms & {n.lower() for n in g["names"]}), None)
            if index is None:
                if verbose:
                    print(f"  {key}: false actor {actor.name!r} ({actor.country}, {actor.sector})")
                continue
            matched += 1
            hits[index] = hits.get(index, 0) + 1
            g = wanted[index]
            country_right += int(actor.country in g["country"])
            sector_right += int(actor.sector in g["sector"])
            if verbose and actor.country not in g["country"]:
                print(f"  {key}: {actor.name!r} country {actor.country!r}, gold {g['country']}")
            if verbose and actor.sector not in g["sector"]:
                print(f"  {key}: {actor.name!r} sector {actor.sector!r}, gold {g['sector']}")
        duplicates += sum(1 for n in hits.values() if n > 1)
        for i, g in enumerate(wanted):
            if g["required"]:
                required += 1
                found_required += int(i in hits)
                if verbose and i not in hits:
                    print(f"  {key}: missed {g['names'][0]!r}")
    precision, recall = _ratio(matched, predicted), _ratio(found_required, required)
    f1 = round(2 * precision * recall / (precision + recall), 3) if precision and recall else 0.0
    return {"documents": len(gold["docs"]), "required": required, "predicted": predicted,
            "precision": precision, "recall": recall, "f1": f1,
            "country_accuracy": _ratio(country_right, matched),
            "sector_accuracy": _ratio(sector_right, matched), "duplicates": duplicates,
            "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--only", choices=["dev1", "dev2", "dev3", "dev4", "dev5", "written",
                                             "written-dev2", "written-dev3", "written-dev4",
                                             "written-dev5"])
    args = parser.parse_args()
    results = {}
    for name, path in (("dev1", GOLD), ("dev2", GOLD2), ("dev3", GOLD3), ("dev4", GOLD4),
                       ("dev5", GOLD5), ("written", GOLD_WRITTEN),
                       ("written-dev2", GOLD_WRITTEN2), ("written-dev3", GOLD_WRITTEN3),
                       ("written-dev4", GOLD_WRITTEN4), ("written-dev5", GOLD_WRITTEN5)):
        if args.only and name != args.only or not path.exists():
            continue
        result = evaluate(path, args.verbose)
        results[name] = result
        print(f"actor lists {name}: P {result['precision']} R {result['recall']} "
              f"F1 {result['f1']}; country {result['country_accuracy']}, sector "
              f"{result['sector_accuracy']}, duplicates {result['duplicates']} "
              f"({result['documents']} documents, {result['required']} required actors)")
    if not args.no_write and not args.only:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
