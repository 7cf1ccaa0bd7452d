"""Benchmark: PLOVER events and proposals.

Usage: python bench/events.py
[--only pentacode|plover|tuples|seeds|timeline|timeline-dev2|timeline-dev3|basil|
        basil-dev2|basil-dev3|basil-dev4|polnear-dev|polnear-dev2|ruwa-dev|
        written-<split> for every tests/gold/written_events_<split>.json not held out]
[--verbose] [--no-write]

Seven figures, written to bench/results/events.json:

1. Pentacode macro-F1 on ../shared/data/conflibert-cameo test (451 sentences), from the
   sentence classifier trained on the train split only (reuses bench/events_pentacode.py's
   scoring). Published: BERT-base 86.4, ConfliBERT 87.9 macro-F1 (10-seed means on a
   slightly different split).
2. PLOVER type accuracy on the PLOVER gold-standard records (../shared/data/plover, old
   labels mapped to the 16 v2.0 types). Nothing is trained on them: the type comes from
   readout's lexicon and parse, with the classifier's pentacode guess breaking ties. A
   sentence with no surviving trigger counts as wrong ("coverage" reports how many had one).
   Also reported: quad accuracy of the predicted type (type → quad via PENTACODE).
3. PLOVER event tuples (type, actor country, target country) on the same gold records, each
   part also alone; reported for the dev half (even sha1 of the sentence, read while
   developing) and the held-out half (odd sha1, never inspected). See plover_tuples.
4. Seeds event-tuple F1: a system event matches a gold event when its evidence overlaps the
   gold evidence span and type, actor and target are each acceptable (lists give
   alternatives; a gold name that is an alias of one gazetteer entry also accepts that
   entry's canonical name, bench/gold_names.py; 'symmetric' gold accepts actor/target
   swapped). Gold items linked by
   'same_as' form one unit: the first system event matching a unit is a true positive,
   further ones are set aside (re-reports). Borderline gold is don't-care, as are system
   events inside ignore_spans and CONSULT/AGREE events overlapping a gold contact (per the
   gold guidelines). Recall counts non-borderline units.
5. Seeds proposals F1: same scheme, a match needing overlap and an acceptable proposer. The
   byline author and the placeholder "author" are treated as the same proposer (who wrote
   the article is metadata, not proposal extraction). Addressee accuracy on matched
   proposals is reported beside it.
6. Timeline event-tuple F1 on short dated news updates (tests/gold/timeline_events.json, see
   timeline_events): a dev set used while developing and a held-out set scored in aggregate.
   A second development set (tests/gold/timeline_events_dev2.json, annotator 3's wording of
   the same days, annotated blind) is scored the same way as timeline_dev2, and a third
   (tests/gold/timeline_events_dev3.json, 20 of annotator 2's updates of Libya, Egypt and Iraq,
   annotated blind) as timeline_dev3.
7. BASIL development event-tuple F1 on ordinary news articles (tests/gold/basil_events_dev.json,
   see basil_events); the held-out news articles are scored by bench/news_gold.py. A second
   batch of ten BASIL development articles (tests/gold/basil_events_dev2.json, annotated
   blind before readout ran on them) is scored the same way as basil_dev2_events, and a third
   (tests/gold/basil_events_dev3.json: one triplet's three versions plus one more article, also
   annotated blind) as basil_dev3_events, with the failure kinds of bench/news_gold.py. A
   fourth (tests/gold/basil_events_dev4.json: three triplets, nine articles, annotated blind)
   also annotates proposals and demands, scored as for the seeds (basil_dev4_events.proposals).
8. PolNeAR development event-tuple F1 on eleven 2016 US campaign news articles
   (tests/gold/polnear_events_dev.json, annotated blind before readout ran on them; same genre
   as the held-out news gold), scored the same way, with the failure kinds of
   bench/news_gold.py (nothing over the gold evidence, another type, actor or target). A
   fifth blind set (tests/gold/polnear_events_dev2.json: six whole PolNeAR dev articles chosen
   by bench/events_polnear_dev2_select.py, foreign affairs first) is scored the same way as
   polnear_dev2_events (--only polnear-dev2).
9. RUWA development event-tuple F1 on sixty 2022 war headlines with their subheadings
   (tests/gold/ruwa_events_dev1.json, drawn by bench/events_ruwa_select.py and annotated blind),
   scored as the timeline sets, with type accuracy where anything overlaps a required event,
   date accuracy on matched events, and the proposals of the same file scored as
   bench/proposals_fresh.py scores its sets. The first, blind figures are kept in RUWA_BLIND.
10. Written development news (tests/gold/written_events_dev.json: the ten diplomacy articles of
   bench/written_news/dev/, annotated blind before readout ran on them), scored as the PolNeAR
   sets (--only written-dev); the blind figure is kept in the gold's first_blind_run.
11. Written development news of a second writer (tests/gold/written_events_dev2.json: the
   articles of bench/written_news/dev2/, annotated batch by batch before readout ran on them),
   scored the same way (--only written-dev2); blind figures in the gold's first_blind_run.
   Any further development split with a gold tests/gold/written_events_<split>.json (dev3,
   dev4, ...) is scored the same way as written_<split>_events (--only written-<split>).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "gold"
PLOVER_GSR = SHARED / "data" / "plover" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"
CAMEO = SHARED / "data" / "conflibert-cameo" / "cameo_class"
RESULTS = REPO / "bench" / "results" / "events.json"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from readout.analyze.events import (  # noqa: E402
    PENTACODE,
    classify_pentacode,
    load_classifier,
    sentence_type,
)
from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc  # noqa: E402
from readout.ingest.sources import read_inputs  # noqa: E402
from readout.records import Article, ArticleAnalysis  # noqa: E402

sys.path.insert(0, str(REPO / "bench"))
from gold_names import name_accepted, name_accepted_folded  # noqa: E402

# Old gold-file labels → current PLOVER types (per the manual's renames and merges).
GSR_TO_V2 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}


def _options(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _sha1_file(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def _span(item: Any) -> tuple[int, int]:
    """An ignore span as stored: [start, end] or an object with evidence offsets."""
    if isinstance(item, dict):
        return item.get("evidence_start", item.get("start", 0)), item.get("evidence_end",
                                                                          item.get("end", 0))
    return int(item[0]), int(item[1])


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


# --- seeds ---------------------------------------------------------------------------------

def load_seed_analyses(gold: dict[str, Any]) -> list[tuple[ArticleAnalysis, dict[str, Any]]]:
    nlp = build_pipeline(None)
    out = []
    for name, entry in gold["files"].items():
        path = SHARED / "seeds" / name
        if _sha1_file(path) != entry["sha1"]:
            raise SystemExit(f"{name}: file changed since annotation (sha1 mismatch)")
        article = next(r for r in read_inputs([str(path)]) if isinstance(r, Article))
        article.doc = name
        if not article.published:
            article.published = entry.get("published")  # for date resolution only
        out.append((analysis_from_doc(article, nlp(make_doc(nlp, article))), entry))
    return out


def _units(items: list[dict[str, Any]]) -> list[int]:
    """Unit id of each gold item: its own index, or the index its same_as chain ends at."""
    unit = []
    for i in range(len(items)):
        j = i
        seen = set()
        while "same_as" in items[j] and j not in seen:
            seen.add(j)
            j = items[j]["same_as"]
        unit.append(j)
    return unit


def _score(system: list[dict[str, Any]], gold: list[dict[str, Any]], match,
           dont_care) -> dict[str, Any]:
    """Greedy unit matching: see the module docstring."""
    units = _units(gold)
    borderline_units = {u for u, g in zip(units, gold, strict=True) if g.get("borderline")}
    # a unit is borderline only when every member is
    for u in set(units):
        if not all(gold[i].get("borderline") for i in range(len(gold)) if units[i] == u):
            borderline_units.discard(u)
    hit_units: set[int] = set()
    tp = fp = ignored = 0
    false_pos, misses, true_pos = [], [], []
    for s in system:
        hits = [units[i] for i, g in enumerate(gold) if match(s, g)]
        if hits:
            fresh = [u for u in hits if u not in hit_units and u not in borderline_units]
            if fresh:
                hit_units.add(fresh[0])
                tp += 1
                true_pos.append(s)
            else:
                ignored += 1
        elif dont_care(s):
            ignored += 1
        else:
            fp += 1
            false_pos.append(s)
    required = {u for u in units if u not in borderline_units}
    for u in sorted(required - hit_units):
        misses.append(gold[u])
    fn = len(required - hit_units)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "ignored": ignored, "precision": round(p, 3),
            "recall": round(r, 3), "f1": round(f, 3), "_false_pos": false_pos, "_misses": misses,
            "_true_pos": true_pos}


def _accepts(gold_value: Any, value: Any) -> bool:
    return value in _options(gold_value)


def seeds_events(pairs, contacts_gold: dict[str, Any], verbose: bool) -> dict[str, Any]:
    totals = Counter()
    per_file = {}
    by_type: dict[str, Counter] = {}
    for analysis, entry in pairs:
        name = analysis.article.doc
        text = analysis.article.text
        gold = entry["events"]
        ignore = entry.get("ignore_spans", [])
        contact_spans = [(c["evidence_start"], c["evidence_end"])
                         for c in contacts_gold.get("files", {}).get(name, {}).get("contacts", [])]
        system = [e.to_json() for e in analysis.events]

        def match(s: dict[str, Any], g: dict[str, Any]) -> bool:
            if not _overlap(s["start"], s["end"], g["evidence_start"], g["evidence_end"]):
                return False
            if not _accepts(g["type"], s["type"]):
                return False
            straight = name_accepted(g["actor"], s["actor"]) and \
                name_accepted(g["target"], s["target"])
            swapped = g.get("symmetric") and name_accepted(g["actor"], s["target"]) and \
                name_accepted(g["target"], s["actor"])
            return bool(straight or swapped)

        def dont_care(s: dict[str, Any], ignore=ignore, contact_spans=contact_spans) -> bool:
            if any(_overlap(s["start"], s["end"], *_span(a)) for a in ignore):
                return True
            return s["type"] in ("CONSULT", "AGREE") and any(
                _overlap(s["start"], s["end"], a, b) for a, b in contact_spans)

        result = _score(system, gold, match, dont_care)
        for key in ("tp", "fp", "fn", "ignored"):
            totals[key] += result[key]
        # per type: hits and false alarms by the system's type, misses by the gold's first type
        for key, items in (("tp", result["_true_pos"]), ("fp", result["_false_pos"])):
            for s in items:
                by_type.setdefault(s["type"], Counter())[key] += 1
        for g in result["_misses"]:
            by_type.setdefault(_options(g["type"])[0], Counter())["fn"] += 1
        per_file[name] = {k: v for k, v in result.items() if not k.startswith("_")}
        if verbose:
            print(f"== {name} events: {per_file[name]}")
            for s in result["_false_pos"]:
                print(f"  FP {s['type']} {s['actor']} -> {s['target']} [{s['mode']}] :: "
                      f"{text[s['start']:s['end']][:110]!r}")
            for g in result["_misses"]:
                print(f"  FN {g['type']} {g['actor']} -> {g['target']} :: "
                      f"{text[g['evidence_start']:g['evidence_end']][:110]!r}")
    summary = _summary(totals, per_file)
    summary["per_type"] = {t: _prf(c) for t, c in sorted(by_type.items())}
    return summary


def _prf(c: Counter) -> dict[str, Any]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(f, 3)}


def seeds_proposals(pairs, verbose: bool) -> dict[str, Any]:
    totals = Counter()
    per_file = {}
    addressee_ok = addressee_n = 0
    for analysis, entry in pairs:
        name = analysis.article.doc
        text = analysis.article.text
        gold = entry["proposals"]
        ignore = entry.get("ignore_spans", [])
        author = entry.get("author")
        system = [p.to_json() for p in analysis.proposals]

        byline = analysis.article.author

        def proposer_ok(s: dict[str, Any], g: dict[str, Any], author=author,
                        byline=byline) -> bool:
            accepted = _options(g["proposer"])
            if s["proposer"] in accepted:
                return True
            authors = {author, "author", byline} - {None}
            return s["proposer"] in authors and bool(set(accepted) & authors)

        def match(s: dict[str, Any], g: dict[str, Any], proposer_ok=proposer_ok) -> bool:
            return _overlap(s["start"], s["end"], g["evidence_start"], g["evidence_end"]) and \
                proposer_ok(s, g)

        def dont_care(s: dict[str, Any], ignore=ignore) -> bool:
            return any(_overlap(s["start"], s["end"], *_span(a)) for a in ignore)

        result = _score(system, gold, match, dont_care)
        for s in system:
            g = next((g for g in gold if match(s, g)), None)
            if g is not None and not g.get("borderline"):
                addressee_n += 1
                addressee_ok += _accepts(g["addressee"], s["addressee"])
        for key in ("tp", "fp", "fn", "ignored"):
            totals[key] += result[key]
        per_file[name] = {k: v for k, v in result.items() if not k.startswith("_")}
        if verbose:
            print(f"== {name} proposals: {per_file[name]}")
            for s in result["_false_pos"]:
                print(f"  FP {s['proposer']} -> {s['addressee']} | {s['issue']} :: "
                      f"{text[s['start']:s['end']][:110]!r}")
            for g in result["_misses"]:
                print(f"  FN {g['proposer']} -> {g['addressee']} :: "
                      f"{text[g['evidence_start']:g['evidence_end']][:110]!r}")
    summary = _summary(totals, per_file)
    summary["addressee_accuracy"] = round(addressee_ok / addressee_n, 3) if addressee_n else None
    return summary


def _summary(totals: Counter, per_file: dict[str, Any]) -> dict[str, Any]:
    tp, fp, fn = totals["tp"], totals["fp"], totals["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp,
            "fp": fp, "fn": fn, "ignored": totals["ignored"], "per_file": per_file}


# --- timeline updates (news prose) ----------------------------------------------------------

def _accepts_folded(gold_value: Any, value: Any) -> bool:
    return name_accepted_folded(gold_value, value)


def _tuple_matches(s: dict[str, Any], g: dict[str, Any]) -> bool:
    """A system event matches a timeline-style gold tuple: evidence overlaps, the type is
    accepted, and actor and target are (either way round for a symmetric gold event)."""
    if not _overlap(s["start"], s["end"], g["evidence_start"], g["evidence_end"]):
        return False
    if not _accepts(g["type"], s["type"]):
        return False
    straight = _accepts_folded(g["actor"], s["actor"]) and \
        _accepts_folded(g["target"], s["target"])
    swapped = g.get("symmetric") and _accepts_folded(g["actor"], s["target"]) and \
        _accepts_folded(g["target"], s["actor"])
    return bool(straight or swapped)


def timeline_events(split: str, verbose: bool = False) -> dict[str, Any]:
    """Event tuples on the timeline updates of tests/gold/timeline_events.json ('dev' or
    'held_out'), or with split 'dev2' on tests/gold/timeline_events_dev2.json (annotator 3's
    updates, annotated blind). Same unit scheme as the seeds (overlap, acceptable type, actor
    and target, symmetric swap, borderline don't-care); names compare case-insensitively
    because the gold accepts plain group labels ('protesters'). The held-out split is reported
    in aggregate only: verbose listings are printed for the development sets alone. Beside the
    figures: the failure kinds of each missed required event (nothing over its evidence;
    another type; the type but another actor; the actor but another target)."""
    import timeline_docs

    if split in ("dev2", "dev3"):
        gold = json.loads((GOLD / f"timeline_events_{split}.json").read_text("utf-8"))
    else:
        gold = json.loads((GOLD / "timeline_events.json").read_text("utf-8"))[split]
    updates = timeline_docs.load_by_key(list(gold["docs"]))
    nlp = build_pipeline(None)
    articles = []
    for key, entry in gold["docs"].items():
        if updates[key].sha1 != entry["sha1"]:
            raise SystemExit(f"{key}: update text changed since annotation (sha1 mismatch)")
        articles.append(Article(doc=key, text=updates[key].text, published=entry["published"]))
    docs = nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=16)
    totals: Counter = Counter()
    by_type: dict[str, Counter] = {}
    kinds: Counter = Counter()

    for article, doc in zip(articles, docs, strict=True):
        analysis = analysis_from_doc(article, doc)
        system = [e.to_json() for e in analysis.events]
        result = _score(system, gold["docs"][article.doc]["events"], _tuple_matches, lambda s: False)
        for key in ("tp", "fp", "fn", "ignored"):
            totals[key] += result[key]
        for key, items in (("tp", result["_true_pos"]), ("fp", result["_false_pos"])):
            for s in items:
                by_type.setdefault(s["type"], Counter())[key] += 1
        for g in result["_misses"]:
            by_type.setdefault(_options(g["type"])[0], Counter())["fn"] += 1
            kinds[_miss_kind(g, system)] += 1
        if verbose and split != "held_out":
            text = article.text
            for s in result["_false_pos"]:
                print(f"  FP {article.doc} {s['type']} {s['actor']} -> {s['target']} :: "
                      f"{text[s['start']:s['end']][:110]!r}")
            for g in result["_misses"]:
                print(f"  FN {article.doc} {g['type']} {g['actor']} -> {g['target']} :: "
                      f"{text[g['evidence_start']:g['evidence_end']][:110]!r}")
    summary = _summary(totals, {})
    del summary["per_file"]
    summary["docs"] = len(articles)
    summary["missed"] = {k: kinds[k] for k in ("nothing", "type", "actor", "target")}
    if split != "held_out":
        summary["per_type"] = {t: _prf(c) for t, c in sorted(by_type.items())}
    return summary


def _miss_kind(g: dict[str, Any], system: list[dict[str, Any]]) -> str:
    """How the system stands to a missed gold event: 'nothing' over its evidence, another
    'type', the type but another 'actor', or the actor but another 'target'."""
    near = [s for s in system
            if _overlap(s["start"], s["end"], g["evidence_start"], g["evidence_end"])]
    typed = [s for s in near if _accepts(g["type"], s["type"])]
    acted = [s for s in typed if _accepts_folded(g["actor"], s["actor"])
             or (g.get("symmetric") and _accepts_folded(g["actor"], s["target"]))]
    return "nothing" if not near else "type" if not typed else "actor" if not acted \
        else "target"


# --- RUWA war headlines -----------------------------------------------------------------------

# The figures of the first run on tests/gold/ruwa_events_dev1.json, before any fix it led to.
RUWA_BLIND: dict[str, Any] = {
    "events": {"precision": 0.71, "recall": 0.431, "f1": 0.537, "tp": 22, "fp": 9, "fn": 29,
               "type_accuracy": 0.941, "type_judged": 34, "date_accuracy": 1.0},
    "proposals": {"precision": 0.75, "recall": 0.75, "f1": 0.75, "tp": 6, "fp": 2, "fn": 2},
}


def ruwa_events(verbose: bool = False) -> dict[str, Any]:
    """Event tuples and proposals on tests/gold/ruwa_events_dev1.json (see the module
    docstring, item 9). Event matching is the timeline sets' (overlap, acceptable type, actor
    and target, symmetric swap, same_as units, borderline don't-care). 'type_accuracy': of the
    required gold events with any system event over their evidence, the share where one of
    those has an acceptable type; 'date_accuracy': of the true positives, the share whose date
    the gold accepts."""
    from proposals_fresh import evaluate, load_articles

    path = GOLD / "ruwa_events_dev1.json"
    gold = json.loads(path.read_text("utf-8"))
    articles = load_articles(gold)
    nlp = build_pipeline(None)
    totals: Counter = Counter()
    kinds: Counter = Counter()
    typed = near_n = dated = 0

    docs = nlp.pipe((make_doc(nlp, articles[k]) for k in gold["docs"]), batch_size=16)
    for (key, entry), doc in zip(gold["docs"].items(), docs, strict=True):
        article = articles[key]
        system = [e.to_json() for e in analysis_from_doc(article, doc).events]
        items = entry["events"]
        result = _score(system, items, _tuple_matches, lambda s: False)
        for k in ("tp", "fp", "fn", "ignored"):
            totals[k] += result[k]
        for s in result["_true_pos"]:
            g = next(g for g in items if _tuple_matches(s, g))
            # an event the text does not date takes the publication date, as the PLOVER
            # export does (render/export.py)
            dated += (s.get("date") or article.published) in _options(g.get("date"))
        for g in items:
            if g.get("borderline"):
                continue
            near = [s for s in system if _overlap(s["start"], s["end"], g["evidence_start"],
                                                  g["evidence_end"])]
            if near:
                near_n += 1
                typed += any(_accepts(g["type"], s["type"]) for s in near)
        for g in result["_misses"]:
            kinds[_miss_kind(g, system)] += 1
        if verbose:
            text = article.text
            for s in result["_true_pos"]:
                print(f"  TP {key} {s['type']} {s['actor']} -> {s['target']} {s.get('date')}")
            for s in result["_false_pos"]:
                print(f"  FP {key} {s['type']} {s['actor']} -> {s['target']} :: "
                      f"{text[s['start']:s['end']][:110]!r}")
            for g in result["_misses"]:
                near = [f"{s['type']} {s['actor']}->{s['target']}" for s in system
                        if _overlap(s["start"], s["end"], g["evidence_start"], g["evidence_end"])]
                print(f"  FN {key} {g['type']} {g['actor']} -> {g['target']} :: "
                      f"{text[g['evidence_start']:g['evidence_end']][:110]!r} near={near}")
    summary = _summary(totals, {})
    del summary["per_file"]
    summary["docs"] = len(gold["docs"])
    summary["missed"] = {k: kinds[k] for k in ("nothing", "type", "actor", "target")}
    summary["type_accuracy"] = round(typed / near_n, 3) if near_n else None
    summary["type_judged"] = near_n
    summary["date_accuracy"] = round(dated / totals["tp"], 3) if totals["tp"] else None
    proposals = evaluate(verbose, path, strata="group", first_blind={})
    summary["proposals"] = {k: v for k, v in proposals.items() if k != "per_file"}
    summary["first_blind"] = RUWA_BLIND
    return summary


# --- ordinary news: BASIL development articles -----------------------------------------------

def basil_events(verbose: bool = False, gold_name: str = "basil_events_dev.json") -> dict[str, Any]:
    """Event tuples on the BASIL development articles of tests/gold/basil_events_dev.json
    (ordinary US news, 2010-2019; the held-out news gold lives in tests/gold/news_events.json
    and is scored by bench/news_gold.py). Same scheme as the seeds: overlap, acceptable type,
    actor and target, symmetric swap, same_as units, borderline don't-care. This set has no
    contact gold, so CONSULT/AGREE over a meeting are scored like any other event."""
    from basil_text import basil_outlet, checked_basil

    gold = json.loads((GOLD / gold_name).read_text("utf-8"))
    nlp = build_pipeline(None)
    pairs = []
    for rel in gold["complete_docs"]:
        entry = gold["files"][rel]
        data, text = checked_basil(rel, entry["sha1"], entry["text_sha1"])
        article = Article(doc=rel, text=text, title=data.get("title"), outlet=basil_outlet(data),
                          published=data.get("date"), url=data.get("url"),
                          source_format="jsonl")
        pairs.append((analysis_from_doc(article, nlp(make_doc(nlp, article))), entry))
    result = seeds_events(pairs, {}, verbose)
    result["documents"] = len(pairs)
    if gold_name != "basil_events_dev.json":
        from news_gold import event_failure_kinds

        result["failure_kinds"] = event_failure_kinds(
            gold, {a.article.doc: a for a, _ in pairs})
    # the fourth batch also annotates proposals and demands in the same articles
    if all("proposals" in entry for _, entry in pairs):
        proposals = seeds_proposals(pairs, verbose)
        result["proposals"] = {k: v for k, v in proposals.items() if k != "per_file"}
    return result


def polnear_events(verbose: bool = False,
                   gold_name: str = "polnear_events_dev.json") -> dict[str, Any]:
    """Event tuples on the PolNeAR dev articles of tests/gold/polnear_events_dev.json, or of
    the fifth blind set tests/gold/polnear_events_dev2.json (plain text files, dated by the
    gold's publication date, bytes checked against the stored sha1). Scored like the BASIL
    development sets, plus the failure-kind counts news_gold.py reports."""
    from news_gold import event_failure_kinds

    gold = json.loads((GOLD / gold_name).read_text("utf-8"))
    nlp = build_pipeline(None)
    pairs = []
    for name in gold["complete_docs"]:
        entry = gold["files"][name]
        path = SHARED / "data" / "polnear" / "dev" / "text" / name
        if _sha1_file(path) != entry["sha1"]:
            raise SystemExit(f"{name}: text changed since annotation (sha1 mismatch)")
        article = Article(doc=name, text=path.read_text("utf-8"), published=entry["published"],
                          outlet=name.split("_")[0], source_format="txt")
        pairs.append((analysis_from_doc(article, nlp(make_doc(nlp, article))), entry))
    result = seeds_events(pairs, {}, verbose)
    result["documents"] = len(pairs)
    result["failure_kinds"] = event_failure_kinds(
        gold, {a.article.doc: a for a, _ in pairs})
    return result


def written_splits() -> list[str]:
    """The development splits of the written news that have an events gold
    (tests/gold/written_events_<split>.json), held-out ones left out by name: a new writer's
    split is benched as soon as its gold is committed."""
    splits = []
    for path in sorted(GOLD.glob("written_events_*.json")):
        split = path.stem.removeprefix("written_events_")
        if "heldout" not in split:
            splits.append(split)
    return splits


def written_events(verbose: bool = False,
                   gold_name: str = "written_events_dev.json") -> dict[str, Any]:
    """Event tuples on the written development articles of bench/written_news/dev/
    (tests/gold/written_events_dev.json, annotated blind before readout ran on them; keys
    "dev/<file>", text checked against the stored sha1 by bench/written_text.py). Scored like
    the PolNeAR sets, with the failure-kind counts of bench/news_gold.py."""
    from news_gold import event_failure_kinds
    from written_text import checked_written

    gold = json.loads((GOLD / gold_name).read_text("utf-8"))
    if gold.get("held_out"):
        raise SystemExit(f"{gold_name}: a held-out gold; this bench scores development sets")
    nlp = build_pipeline(None)
    pairs = []
    for key in gold["complete_docs"]:
        entry = gold["files"][key]
        written = checked_written(key, entry["sha1"])
        article = Article(doc=key, text=written.text, title=written.title,
                          published=entry["published"], outlet=written.outlet,
                          source_format="txt")
        pairs.append((analysis_from_doc(article, nlp(make_doc(nlp, article))), entry))
    result = seeds_events(pairs, {}, verbose)
    result["documents"] = len(pairs)
    result["failure_kinds"] = event_failure_kinds(
        gold, {a.article.doc: a for a, _ in pairs})
    result["first_blind_run"] = gold.get("first_blind_run")
    return result


# --- PLOVER gold-standard records ------------------------------------------------------------

def plover_accuracy(verbose: bool) -> dict[str, Any]:
    records = [r for r in json.loads(PLOVER_GSR.read_text("utf-8"))
               if r.get("event") != "DOCUMENT" and r.get("text")]
    nlp = build_pipeline(None)
    texts = [r["text"] for r in records]
    quads = classify_pentacode(texts)
    # Only the parser is needed: the readout components would resolve actors we do not score.
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("readout_")]):
        docs = list(nlp.pipe(texts, batch_size=64))
    correct = covered = quad_ok = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for record, doc, quad in zip(records, docs, quads, strict=True):
        gold = GSR_TO_V2.get(record["event"], record["event"])
        predicted = sentence_type(doc, quad)
        if predicted is not None:
            covered += 1
            quad_ok += PENTACODE[predicted] == PENTACODE[gold]
        correct += predicted == gold
        confusion[(gold, predicted or "-")] += 1
    n = len(records)
    if verbose:
        for (g, p), c in confusion.most_common(40):
            if g != p:
                print(f"  PLOVER {g} predicted {p}: {c}")
    return {"n": n, "type_accuracy": round(correct / n, 3), "coverage": round(covered / n, 3),
            "type_accuracy_when_covered": round(correct / covered, 3) if covered else None,
            "quad_accuracy_when_covered": round(quad_ok / covered, 3) if covered else None,
            "classifier": load_classifier() is not None}


# --- PLOVER gold-standard records: event tuples -----------------------------------------------
# Codes the gold file spells its own way, and the non-state codes (IGO, NGO, militant groups),
# which are scored as one class: the gold does not name the organisation in its code.
GSR_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NON_STATE = "NON-STATE"


def plover_split(text: str) -> str:
    """'dev' for sentences whose sha1 is even (inspected while developing), 'held_out' for the
    rest (never read): the same halves as bench/events_pentacode.py uses on the test split."""
    return "dev" if int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % 2 == 0 \
        else "held_out"


def _gsr_codes(value: Any) -> set[str]:
    out = set()
    for item in value if isinstance(value, list) else []:
        if isinstance(item, dict) and item.get("code"):
            code = GSR_CODE_FIXES.get(item["code"], item["code"])
            out.add(code if len(code) == 3 and code not in ("IGO", "NGO", "IMG", "ISM")
                    else NON_STATE)
    return out


def _country_codes() -> tuple[dict[str, str], dict[str, str]]:
    """Country name → ISO alpha-3, and lower-cased demonym/capital/alias → ISO alpha-3, from
    the shipped gazetteer."""
    raw = json.loads((REPO / "src" / "readout" / "analyze" / "data" / "gazetteer.json")
                     .read_text("utf-8"))
    names, words = {}, {}
    for c in raw["countries"]:
        names[c["name"]] = c["iso3"]
        for form in [c["name"], *c.get("aliases", []), *c.get("demonyms", []),
                     *c.get("capitals", [])]:
            words.setdefault(form.casefold(), c["iso3"])
    return names, words


def _actor_code(name: str | None, actors: dict[str, Any], names: dict[str, str],
                words: dict[str, str]) -> str | None:
    """The country code PLOVER would give an actor: the state itself, a person's or body's
    state, else a country named in its stated affiliation ('British Defence Secretary') or in
    a group label ('Serb forces' → SRB), else 'NON-STATE' for an organisation."""
    if name is None:
        return None
    if name in names:
        return names[name]
    actor = actors.get(name)
    if actor is not None and actor.country in names:
        return names[actor.country]
    label = name.casefold()
    if actor is not None and actor.affiliation:
        # a person outside the gazetteer, with the affiliation the article states
        label = f"{actor.affiliation.casefold()} {label}"
    for n in (3, 2, 1):  # longest country form inside the label
        toks = label.split()
        for i in range(len(toks) - n + 1):
            code = words.get(" ".join(toks[i:i + n]))
            if code:
                return code
    if actor is not None and actor.kind == "organization":
        return NON_STATE
    return None


def plover_tuples(verbose: bool) -> dict[str, Any]:
    """Who did what to whom on the PLOVER gold records, scored on country codes.

    Each gold record is (type, source codes, target codes). A system event of the sentence is
    a hit when its type is the gold type, its actor's code is a source code and its target's
    code is a target code; with no gold target the event must have none, except for
    reciprocal records (two sources, no target: 'X and Y agreed'), where the other source is
    accepted too. Precision counts every event of the sentence (multi-event sentences list
    all their gold records); recall counts gold records. The parts are scored alone too:
    type (some event of the gold type), actor and target (on the events of the gold type,
    else on all events of the sentence).
    """
    records = [r for r in json.loads(PLOVER_GSR.read_text("utf-8"))
               if r.get("event") != "DOCUMENT" and r.get("text")]
    by_text: dict[str, list[tuple[str, set[str], set[str] | None]]] = {}
    for r in records:
        src = _gsr_codes(r.get("source"))
        tgt = _gsr_codes(r.get("target"))
        if not tgt and len(src) >= 2:
            tgt_ok: set[str] | None = set(src) | {""}  # reciprocal; no target also accepted
        else:
            tgt_ok = tgt or None
        by_text.setdefault(r["text"], []).append(
            (GSR_TO_V2.get(r["event"], r["event"]), src, tgt_ok))
    texts = list(by_text)
    nlp = build_pipeline(None)
    articles = [Article(doc=f"plover-{i}", text=t) for i, t in enumerate(texts)]
    docs = nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=32)
    names, words = _country_codes()
    out: dict[str, Any] = {}
    counts: dict[str, Counter] = {"dev": Counter(), "held_out": Counter()}
    for article, doc in zip(articles, docs, strict=True):
        analysis = analysis_from_doc(article, doc)
        split = plover_split(article.text)
        c = counts[split]
        actors = {a.name: a for a in analysis.actors}
        system = [(e.type, _actor_code(e.actor, actors, names, words),
                   _actor_code(e.target, actors, names, words)) for e in analysis.events]
        gold = by_text[article.text]

        def hit(ev: tuple[str, str | None, str | None],
                g: tuple[str, set[str], set[str] | None]) -> bool:
            etype, a, t = ev
            return etype == g[0] and a in g[1] and _target_ok(t, a, g[2])

        c["system"] += len(system)
        c["tp_system"] += sum(any(hit(ev, g) for g in gold) for ev in system)
        for g in gold:
            c["gold"] += 1
            c["tp_gold"] += any(hit(ev, g) for ev in system)
            typed = [ev for ev in system if ev[0] == g[0]]
            c["type"] += bool(typed)
            pool = typed or system
            c["actor"] += any(ev[1] in g[1] for ev in pool)
            c["target"] += any(_target_ok(ev[2], ev[1], g[2]) for ev in pool)
            if verbose and split == "dev" and not any(hit(ev, g) for ev in system):
                print(f"  PLOVER-TUPLE {g[0]} {sorted(g[1])} -> "
                      f"{sorted(g[2] or []) or None} | got {system} :: {article.text[:150]!r}")
    for split, c in counts.items():
        p = c["tp_system"] / c["system"] if c["system"] else 0.0
        r = c["tp_gold"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        n = c["gold"] or 1
        out[split] = {"records": c["gold"], "events": c["system"], "precision": round(p, 3),
                      "recall": round(r, 3), "f1": round(f, 3),
                      "type_recall": round(c["type"] / n, 3),
                      "actor_accuracy": round(c["actor"] / n, 3),
                      "target_accuracy": round(c["target"] / n, 3)}
    out["note"] = ("dev = even sha1 of the sentence (read while developing); held_out = odd "
                   "sha1, never inspected. Nothing is trained on these sentences.")
    return out


def _target_ok(code: str | None, actor: str | None, accepted: set[str] | None) -> bool:
    if accepted is None:
        return code is None
    if "" in accepted:  # reciprocal record: the other side, or no target
        return code is None or (code in accepted and code != actor)
    return code in accepted


# --- pentacode ------------------------------------------------------------------------------

def pentacode(verbose: bool) -> dict[str, Any]:
    """Macro-F1 of the shipped classifier on the ConfliBERT CAMEO test split."""
    try:
        import events_pentacode  # the classifier's own benchmark, when present
        if hasattr(events_pentacode, "evaluate"):
            return events_pentacode.evaluate()
    except ImportError:
        pass
    from sklearn.metrics import classification_report, f1_score
    rows = []
    with open(CAMEO / "test.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quotechar='"'):
            if len(row) == 2:
                rows.append((row[0], int(row[1].strip())))
    guesses = classify_pentacode([t for t, _ in rows])
    if all(g is None for g in guesses):
        return {"error": "no classifier model shipped"}
    gold = [y for _, y in rows]
    pred = [g[0] if g else -1 for g in guesses]
    if verbose:
        print(classification_report(gold, pred, digits=3))
    return {"n": len(rows), "macro_f1": round(f1_score(gold, pred, average="macro"), 4),
            "accuracy": round(sum(a == b for a, b in zip(gold, pred, strict=True)) / len(rows), 4),
            "published": {"bert_base_uncased": 0.8644, "conflibert_cont_uncased": 0.8788}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    written = written_splits()
    parser.add_argument("--only", choices=["pentacode", "plover", "tuples", "seeds", "timeline",
                                           "timeline-dev2", "timeline-dev3", "basil",
                                           "basil-dev2", "basil-dev3", "basil-dev4",
                                           "polnear-dev", "polnear-dev2", "ruwa-dev",
                                           *(f"written-{split}" for split in written)])
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    if RESULTS.exists():
        results = json.loads(RESULTS.read_text("utf-8"))
    t0 = time.perf_counter()
    if args.only in (None, "pentacode"):
        results["pentacode"] = pentacode(args.verbose)
        print("pentacode:", json.dumps(results["pentacode"]))
    if args.only in (None, "plover"):
        results["plover_gold"] = plover_accuracy(args.verbose)
        print("plover gold:", json.dumps(results["plover_gold"]))
    if args.only in (None, "tuples"):
        results["plover_tuples"] = plover_tuples(args.verbose)
        print("plover tuples:", json.dumps(results["plover_tuples"]))
    if args.only in (None, "seeds"):
        pairs = load_seed_analyses(json.loads((GOLD / "seeds_events.json").read_text("utf-8")))
        contacts = GOLD / "seeds_contacts.json"
        contacts_gold = json.loads(contacts.read_text("utf-8")) if contacts.exists() else {}
        results["seeds_events"] = seeds_events(pairs, contacts_gold, args.verbose)
        proposals_gold = json.loads((GOLD / "seeds_proposals.json").read_text("utf-8"))
        by_name = {a.article.doc: a for a, _ in pairs}
        results["seeds_proposals"] = seeds_proposals(
            [(by_name[n], e) for n, e in proposals_gold["files"].items()], args.verbose)
        for key in ("seeds_events", "seeds_proposals"):
            short = {k: v for k, v in results[key].items() if k not in ("per_file", "per_type")}
            print(f"{key}:", json.dumps(short))
        for etype, row in results["seeds_events"]["per_type"].items():
            print(f"  {etype:10} P {row['precision']:.2f} R {row['recall']:.2f} "
                  f"F1 {row['f1']:.2f}  (tp {row['tp']}, fp {row['fp']}, fn {row['fn']})")
    if args.only in (None, "timeline"):
        for split in ("dev", "held_out"):
            results[f"timeline_{split}"] = timeline_events(split, args.verbose)
            short = {k: v for k, v in results[f"timeline_{split}"].items() if k != "per_type"}
            print(f"timeline {split}:", json.dumps(short))
    for split in ("dev2", "dev3"):
        if args.only in (None, f"timeline-{split}"):
            results[f"timeline_{split}"] = timeline_events(split, args.verbose)
            short = {k: v for k, v in results[f"timeline_{split}"].items() if k != "per_type"}
            print(f"timeline {split}:", json.dumps(short))
    if args.only in (None, "basil"):
        results["basil_dev_events"] = basil_events(args.verbose)
        short = {k: v for k, v in results["basil_dev_events"].items()
                 if k not in ("per_file", "per_type")}
        print("basil dev events:", json.dumps(short))
    for split in ("dev2", "dev3", "dev4"):
        if args.only in (None, f"basil-{split}"):
            key = f"basil_{split}_events"
            results[key] = basil_events(args.verbose, f"basil_events_{split}.json")
            short = {k: v for k, v in results[key].items() if k not in ("per_file", "per_type")}
            print(f"basil {split} events:", json.dumps(short))
    if args.only in (None, "polnear-dev"):
        results["polnear_dev_events"] = polnear_events(args.verbose)
        short = {k: v for k, v in results["polnear_dev_events"].items()
                 if k not in ("per_file", "per_type")}
        print("polnear dev events:", json.dumps(short))
    if args.only in (None, "polnear-dev2"):
        results["polnear_dev2_events"] = polnear_events(args.verbose, "polnear_events_dev2.json")
        short = {k: v for k, v in results["polnear_dev2_events"].items()
                 if k not in ("per_file", "per_type")}
        print("polnear dev2 events:", json.dumps(short))
    for split in written:
        if args.only in (None, f"written-{split}"):
            key = f"written_{split}_events"
            results[key] = written_events(args.verbose, f"written_events_{split}.json")
            short = {k: v for k, v in results[key].items() if k not in ("per_file", "per_type")}
            print(f"written {split} events:", json.dumps(short))
    if args.only in (None, "ruwa-dev"):
        results["ruwa_dev_events"] = ruwa_events(args.verbose)
        print("ruwa dev events:", json.dumps(results["ruwa_dev_events"]))
    results["seconds"] = round(time.perf_counter() - t0, 1)
    results["targets"] = {"pentacode_macro_f1": 0.80, "seeds_event_tuple_f1": 0.70,
                          "seeds_proposals_f1": 0.85}
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
