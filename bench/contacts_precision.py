"""Benchmark: precision of contacts on ordinary political news (PolNeAR dev).

Usage: python bench/contacts_precision.py [--from-json FILE] [--no-write] [--verbose]

Gold: tests/gold/polnear_contacts_judged.json holds every contact readout reported on the
PolNeAR dev articles (../shared/data/polnear/dev/text) before the word-sense filter
(readout.analyze.contact_sense) was added, each judged by hand:
- ``correct``: a real contact (or a further mention of one) with the right participants;
- ``partial``: a real contact or mention, but participants, format or status are off;
- ``wrong``: no contact between identifiable parties (an interview, a trade flow, "meet a
  threshold", a debate, ...).
Entries store the file name, its sha1, the evidence offsets and the verdict; no article text.
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
Writes bench/results/contacts_precision.json; --without-filter (contact_sense switched off on
the same tree) adds its figures to that file under "without_filter".
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


def system_contacts(from_json: Path | None, without_filter: bool = False
                    ) -> list[dict[str, Any]]:
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
    for article in read_inputs([str(CORPUS)]):
        if not isinstance(article, Article):
            continue
        analysis = analysis_from_doc(article, nlp(make_doc(nlp, article)))
        for c in analysis.contacts:
            out.append({"doc": Path(article.doc).name, "start": c.start, "end": c.end,
                        "format": c.format, "participants": list(c.participants),
                        "status": c.status, "evidence": c.evidence})
    return out


def check_gold(gold: dict[str, Any]) -> list[str]:
    """Files whose text no longer has the sha1 the judgements were made on."""
    drift = []
    for name in sorted({e["doc"] for e in gold["contacts"]}):
        path = CORPUS / name
        sha = next(e["sha1"] for e in gold["contacts"] if e["doc"] == name)
        if not path.is_file() or _sha1(path.read_text("utf-8")) != sha:
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from-json", type=Path, help="output of readout analyze --format json")
    parser.add_argument("--without-filter", action="store_true",
                        help="switch the contact_sense filter off (baseline on this tree)")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"{CORPUS} is not available", file=sys.stderr)
        return 2
    gold = json.loads(GOLD.read_text("utf-8"))
    drift = check_gold(gold)
    if drift:
        print(f"texts changed since judged: {drift}", file=sys.stderr)
    started = time.time()
    system = system_contacts(args.from_json, args.without_filter)
    pairs, unjudged = match(gold["contacts"], system)
    baseline = [g for g in gold["contacts"] if not g.get("added_after_baseline")]
    before = _figures([g["verdict"] for g in baseline])
    after = _figures([g["verdict"] for g, _ in pairs])
    kept_ids = {id(g) for g, _ in pairs}
    real_total = sum(g["verdict"] in REAL for g in baseline)
    dropped_real = [g for g in baseline if g["verdict"] in REAL and id(g) not in kept_ids]
    dropped_wrong = [g for g in baseline if g["verdict"] == "wrong" and id(g) not in kept_ids]
    result = {
        "corpus": "polnear/dev/text", "gold": str(GOLD.relative_to(REPO)),
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
    print(f"before: {before}")
    print(f"after:  {after}")
    print(f"kept real {result['kept_real']}, removed wrong {result['removed_wrong']}, "
          f"unjudged {len(unjudged)}")
    if args.verbose:
        for g in dropped_real:
            print(f"  DROPPED REAL {g['doc']} [{g['start']},{g['end']}] {g['reason']}")
        for item in result["still_wrong"]:
            print(f"  STILL WRONG {item['doc']} [{item['start']},{item['end']}] {item['reason']}")
        for c in unjudged:
            print(f"  UNJUDGED {c['doc']} [{c['start']},{c['end']}] {c['format']} "
                  f"{c['participants']}")
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        if args.without_filter:
            # the same tree with the filter off: stored beside the main figures
            stored = json.loads(RESULTS.read_text("utf-8")) if RESULTS.is_file() else {}
            stored["without_filter"] = {k: result[k] for k in (
                "after", "kept_real", "removed_wrong", "unjudged", "seconds")}
            result = stored
        RESULTS.write_text(json.dumps(result, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
