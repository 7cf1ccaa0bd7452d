"""Benchmark: precision of contacts on ordinary political news (PolNeAR dev, BASIL dev).

Usage: python bench/contacts_precision.py [--corpus polnear|basil] [--from-json FILE]
       [--without-filter] [--no-write] [--verbose]

Gold: tests/gold/polnear_contacts_judged.json holds every contact readout reported on the
PolNeAR dev articles (../shared/data/polnear/dev/text) before the word-sense filter
(readout.analyze.contact_sense) was added; tests/gold/basil_contacts_judged.json every contact
it reported on the 114 BASIL development-half articles that no other gold annotates (texts
built by bench/basil_text.py; the held-out news triplets are left out whole by the ids listed
in the held-out gold files, never opened). Each is judged by hand:
- ``correct``: a real contact (or a further mention of one) with the right participants;
- ``partial``: a real contact or mention, but participants, format or status are off;
- ``wrong``: no contact between identifiable parties (an interview, a trade flow, "meet a
  threshold", a debate, ...).
Entries store the file name, its sha1, the evidence offsets and the verdict (the BASIL set also
an ``error_class`` per mistake: talks_as_topic, internal_gathering, wrong_participants, ...);
no article text.
Entries marked ``added_after_baseline`` were judged later (contacts that other changes to the
extractor brought in); they count in "after" but not in "before" nor in "kept real".

The articles are analysed now (or the output of ``readout analyze … --format json`` is read
with --from-json) and each reported contact is looked up in the gold by file and evidence span.
Reported:
- precision (contact): share of judged outputs that are real contacts (correct + partial);
- precision (strict): share of judged outputs that are correct;
- kept real: how many of the judged real contacts are still reported (the recall proxy: the
  filter may only remove wrong ones);
- unjudged: outputs not in the gold (new behaviour to judge by hand).
Writes bench/results/contacts_precision.json (one section per corpus); --without-filter
(contact_sense switched off on the same tree) adds its figures under "without_filter".
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
CORPUS = SHARED / "data" / "polnear" / "dev" / "text"
GOLD = REPO / "tests" / "gold" / "polnear_contacts_judged.json"
BASIL_GOLD = REPO / "tests" / "gold" / "basil_contacts_judged.json"
# gold files whose articles (their whole triplets) stay out of every development set
HELD_OUT_GOLD = ("news_contacts.json", "news_events.json")
USED_GOLD = ("basil_contacts_dev.json",)
RESULTS = REPO / "bench" / "results" / "contacts_precision.json"
sys.path.insert(0, str(REPO / "src"))

REAL = ("correct", "partial")


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _figures(verdicts: list[str]) -> dict[str, Any]:
    counts = Counter(verdicts)
    n = len(verdicts)
    real = sum(counts[v] for v in REAL)
    return {"contacts": n, **{v: counts[v] for v in ("correct", "partial", "wrong")},
            "precision_contact": round(real / n, 4) if n else None,
            "precision_strict": round(counts["correct"] / n, 4) if n else None}


def _gold_docs(names: tuple[str, ...]) -> set[str]:
    """The BASIL articles (paths under the dataset folder) the gold files list (keys only)."""
    out: set[str] = set()
    for name in names:
        path = REPO / "tests" / "gold" / name
        if path.is_file():
            data = json.loads(path.read_text("utf-8"))
            out |= set(data.get("docs", {})) | set(data.get("files", {}))
    return out


def _triplets(names: tuple[str, ...]) -> set[str]:
    """The BASIL triplet ids of the articles the gold files list."""
    return {Path(rel).stem.rsplit("_", 1)[0] for rel in _gold_docs(names)}


def basil_articles() -> list[tuple[str, Any]]:
    """(relative path, Article) for every BASIL development-half article no other gold
    annotates (the other outlets' versions of a development gold's story included); the
    held-out triplets are skipped whole, before their files are read."""
    sys.path.insert(0, str(REPO / "bench"))
    from basil_text import BASIL, basil_text
    from readout.records import Article

    held, used = _triplets(HELD_OUT_GOLD), _gold_docs(USED_GOLD)
    out = []
    for path in sorted((BASIL / "articles").glob("*/*.json")):
        triplet = path.stem.rsplit("_", 1)[0]
        rel = str(path.relative_to(BASIL))
        if triplet in held or rel in used or \
                int(hashlib.sha1(triplet.encode()).hexdigest(), 16) % 2:
            continue
        data = json.loads(path.read_text("utf-8"))
        out.append((rel, Article(doc=f"basil:{path.stem}", text=basil_text(data),
                                 title=data["title"], published=data.get("date"),
                                 source_format="txt")))
    return out


def system_contacts(from_json: Path | None, without_filter: bool = False,
                    corpus: str = "polnear") -> list[dict[str, Any]]:
    """Every reported contact as {doc (file name), start, end, format, participants}.
    ``without_filter`` switches the contact_sense check off (the same tree without it)."""
    if from_json is not None:
        analyses = json.loads(from_json.read_text("utf-8"))
        return [{"doc": Path(a["doc"]).name, **c} for a in analyses for c in a["contacts"]]
    from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc
    from readout.ingest.sources import read_inputs
    from readout.records import Article

    if without_filter:
        import readout.analyze.contacts as contacts

        contacts.not_a_contact = lambda trigger, fmt=None: None  # type: ignore[assignment]
    nlp = build_pipeline(None)
    out = []
    if corpus == "basil":
        articles = basil_articles()
    else:
        articles = [(Path(a.doc).name, a) for a in read_inputs([str(CORPUS)])
                    if isinstance(a, Article)]
    for name, article in articles:
        analysis = analysis_from_doc(article, nlp(make_doc(nlp, article)))
        for c in analysis.contacts:
            out.append({"doc": name, "start": c.start, "end": c.end,
                        "format": c.format, "participants": list(c.participants),
                        "status": c.status, "evidence": c.evidence})
    return out


def check_gold(gold: dict[str, Any], corpus: str = "polnear") -> list[str]:
    """Files whose text no longer has the sha1 the judgements were made on (for BASIL: the
    article file's bytes, and the built text)."""
    drift = []
    for name in sorted({e["doc"] for e in gold["contacts"]}):
        entry = next(e for e in gold["contacts"] if e["doc"] == name)
        if corpus == "basil":
            sys.path.insert(0, str(REPO / "bench"))
            from basil_text import BASIL, basil_text

            path = BASIL / name
            raw = path.read_bytes() if path.is_file() else b""
            if hashlib.sha1(raw).hexdigest() != entry["sha1"] or \
                    _sha1(basil_text(json.loads(raw or b"{}") or
                                     {"title": "", "body-paragraphs": []})) != entry["text_sha1"]:
                drift.append(name)
            continue
        path = CORPUS / name
        if not path.is_file() or _sha1(path.read_text("utf-8")) != entry["sha1"]:
            drift.append(name)
    return drift


def match(gold: list[dict[str, Any]], system: list[dict[str, Any]]
          ) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[dict[str, Any]]]:
    """Pair outputs with judged entries of the same file and evidence span (participants
    break ties when one sentence gave several contacts)."""
    free = list(gold)
    pairs, unjudged = [], []
    for contact in system:
        same = [g for g in free if g["doc"] == contact["doc"] and g["start"] == contact["start"]
                and g["end"] == contact["end"]]
        if not same:
            unjudged.append(contact)
            continue
        best = next((g for g in same if g["participants"] == contact["participants"]), same[0])
        free.remove(best)
        pairs.append((best, contact))
    return pairs, unjudged


def _classes(entries: list[dict[str, Any]]) -> dict[str, int]:
    """Mistakes by kind (the judged entries that carry an error class)."""
    counts = Counter(e["error_class"] for e in entries if e.get("error_class"))
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def evaluate(corpus: str, from_json: Path | None, without_filter: bool, verbose: bool
             ) -> dict[str, Any]:
    gold_path = BASIL_GOLD if corpus == "basil" else GOLD
    gold = json.loads(gold_path.read_text("utf-8"))
    drift = check_gold(gold, corpus)
    if drift:
        print(f"{corpus}: texts changed since judged: {drift}", file=sys.stderr)
    started = time.time()
    system = system_contacts(from_json, without_filter, corpus)
    pairs, unjudged = match(gold["contacts"], system)
    baseline = [g for g in gold["contacts"] if not g.get("added_after_baseline")]
    before = _figures([g["verdict"] for g in baseline])
    after = _figures([g["verdict"] for g, _ in pairs])
    kept_ids = {id(g) for g, _ in pairs}
    real_total = sum(g["verdict"] in REAL for g in baseline)
    dropped_real = [g for g in baseline if g["verdict"] in REAL and id(g) not in kept_ids]
    dropped_wrong = [g for g in baseline if g["verdict"] == "wrong" and id(g) not in kept_ids]
    result = {
        "corpus": "polnear/dev/text" if corpus == "polnear" else
        "basil articles, development half not used by other golds",
        "gold": str(gold_path.relative_to(REPO)),
        "before": before, "after": after,
        "kept_real": {"kept": real_total - len(dropped_real), "of": real_total},
        "removed_wrong": {"removed": len(dropped_wrong), "of": before["wrong"]},
        "unjudged": len(unjudged),
        "dropped_real": [{k: g[k] for k in ("doc", "start", "end", "verdict", "reason")}
                         for g in dropped_real],
        "still_wrong": [{k: g[k] for k in ("doc", "start", "end", "reason")}
                        for g, _ in pairs if g["verdict"] == "wrong"],
        "unjudged_contacts": [{k: c[k] for k in ("doc", "start", "end", "format",
                                                 "participants")} for c in unjudged],
        "drift": drift, "seconds": round(time.time() - started, 1),
    }
    if any(g.get("error_class") for g in gold["contacts"]):
        result["error_classes"] = {"before": _classes(baseline),
                                   "after": _classes([g for g, _ in pairs])}
    print(f"{corpus} before: {before}")
    print(f"{corpus} after:  {after}")
    print(f"{corpus} kept real {result['kept_real']}, removed wrong {result['removed_wrong']}, "
          f"unjudged {len(unjudged)}")
    if "error_classes" in result:
        print(f"{corpus} mistakes by class: {result['error_classes']}")
    if verbose:
        for g in dropped_real:
            print(f"  DROPPED REAL {g['doc']} [{g['start']},{g['end']}] {g['reason']}")
        for item in result["still_wrong"]:
            print(f"  STILL WRONG {item['doc']} [{item['start']},{item['end']}] {item['reason']}")
        for c in unjudged:
            print(f"  UNJUDGED {c['doc']} [{c['start']},{c['end']}] {c['format']} "
                  f"{c['participants']}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("polnear", "basil"),
                        help="one corpus only (default: both)")
    parser.add_argument("--from-json", type=Path, help="output of readout analyze --format json")
    parser.add_argument("--without-filter", action="store_true",
                        help="switch the contact_sense filter off (baseline on this tree)")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"{CORPUS} is not available", file=sys.stderr)
        return 2
    corpora = [args.corpus] if args.corpus else ["polnear", "basil"]
    results = {c: evaluate(c, args.from_json, args.without_filter, args.verbose)
               for c in corpora}
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        stored = json.loads(RESULTS.read_text("utf-8")) if RESULTS.is_file() else {}
        if "before" in stored:
            stored = {"polnear": stored}  # the older one-corpus layout
        for corpus, result in results.items():
            if args.without_filter:
                # the same tree with the filter off: stored beside the main figures
                stored.setdefault(corpus, {})["without_filter"] = {k: result[k] for k in (
                    "after", "kept_real", "removed_wrong", "unjudged", "seconds")}
            else:
                keep = stored.get(corpus, {}).get("without_filter")
                stored[corpus] = result | ({"without_filter": keep} if keep else {})
        RESULTS.write_text(json.dumps(stored, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
