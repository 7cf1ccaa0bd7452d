"""Benchmark: behavioural checklists (tests/checklist/*.json), capability by capability.

Usage: python bench/checklist.py [--only AREA ...] [--verbose] [--no-write]

Why: eight sessions of fixes driven by failures on development articles raised the development
figures and left the held-out ones flat; the fixes fitted the sentences we had read. A
checklist (in the spirit of Ribeiro et al. 2020, "Beyond Accuracy: Behavioral Testing of NLP
Models with CheckList") is written the other way round: for one capability ("a planned visit",
"a denial", "a demand addressed to a state") its author lists, from knowledge of how news is
written and before looking at readout's output, the many ways reporters express it, with
varied names, tenses, word orders and distractors, and the items that must NOT produce the
record (hypotheticals, wishes, negations). A fix that passes such a list is a rule about the
capability, not about a sentence.

Data: one JSON file per area in tests/checklist/, written in the project's own words:
``{"area", "author", "notes", "floors": {layer: f1}, "items": [...]}``. An item is
``{"id", "text", "published": "YYYY-MM-DD" | null, "headline": bool (the first line of the
text is the headline), "capability": "<short label>", <layer>: [expected records], ...}`` where
a layer (contacts, events, proposals, quotes) is checked only when the item names it; an empty
list means the layer must stay empty. Expected records, each may carry ``"optional": true``
(neither rewarded nor penalised):
- contacts: ``{"participants": [name | [acceptable names, null = may be left out]],
  "format": name | [names], "date": day | [days] | null (null: not checked),
  "status": "held" | "planned" (absent: not checked)}``, matched as bench/contacts.py does;
- events: ``{"type": t | [types], "actor": name | [names], "target": name | [names] | null,
  "symmetric": bool}`` (actor and target either way round when symmetric);
- proposals: ``{"proposer": name | [names], "addressee": name | [names] | null (absent: not
  checked)}``;
- quotes: ``{"speaker": name | [names], "kind": "direct" | "indirect", "contains": text that
  must stand inside the quote}``.
An item may say ``"split": "test"``: its author wrote it with the rest but fixes nothing by it.
Test items are scored apart (``<layer>`` figures are development items only, ``<layer>@test``
the test items) and --verbose never prints them, so each area carries its own measure of
whether its fixes generalise beyond the failures they were made for.
Scoring per item and layer: a one-to-one maximum matching of system records to expected ones;
true positives, false positives (system records matching no expected or optional record) and
misses. An item passes a layer when it has neither a false positive nor a miss. Figures per
area and layer: items passed / items checked, and P/R/F1 over records.
Writes bench/results/checklist.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CHECKLISTS = REPO / "tests" / "checklist"
RESULTS = REPO / "bench" / "results" / "checklist.json"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from contacts import _max_matching, date_ok, participants_equal  # noqa: E402
from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc  # noqa: E402
from readout.records import Article  # noqa: E402

LAYERS = ("contacts", "events", "proposals", "quotes")
Record = dict[str, Any]


def _options(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _folded(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def _accepts(expected: Any, value: Any) -> bool:
    return _folded(value) in {_folded(v) for v in _options(expected)}


def contact_matches(system: Record, expected: Record) -> bool:
    if system["format"] not in _options(expected["format"]):
        return False
    if not participants_equal(system["participants"], expected["participants"]):
        return False
    if "status" in expected and system["status"] not in _options(expected["status"]):
        return False
    return date_ok(system.get("date"), expected.get("date"))


def event_matches(system: Record, expected: Record) -> bool:
    if not _accepts(expected["type"], system["type"]):
        return False
    straight = _accepts(expected["actor"], system["actor"]) and \
        _accepts(expected.get("target"), system["target"])
    swapped = bool(expected.get("symmetric")) and _accepts(expected["actor"], system["target"]) \
        and _accepts(expected.get("target"), system["actor"])
    return straight or swapped


def proposal_matches(system: Record, expected: Record) -> bool:
    if not _accepts(expected["proposer"], system["proposer"]):
        return False
    return "addressee" not in expected or _accepts(expected["addressee"], system["addressee"])


def quote_matches(system: Record, expected: Record) -> bool:
    return (system["kind"] == expected["kind"] and _accepts(expected["speaker"], system["speaker"])
            and expected["contains"].casefold() in system["text"].casefold())


MATCHERS: dict[str, Callable[[Record, Record], bool]] = {
    "contacts": contact_matches, "events": event_matches, "proposals": proposal_matches,
    "quotes": quote_matches}


def score_layer(system: list[Record], expected: list[Record], layer: str) -> dict[str, Any]:
    """tp/fp/fn of one item's layer; system records matching an optional entry are set aside."""
    match = MATCHERS[layer]
    required = [i for i, e in enumerate(expected) if not e.get("optional")]
    optional = [e for e in expected if e.get("optional")]
    pairs = {s: [g for g in required if match(rec, expected[g])] for s, rec in enumerate(system)}
    matched = _max_matching(pairs)
    false_pos = [rec for s, rec in enumerate(system)
                 if s not in matched and not any(match(rec, e) for e in optional)]
    hit = set(matched.values())
    misses = [expected[g] for g in required if g not in hit]
    return {"tp": len(matched), "fp": len(false_pos), "fn": len(misses),
            "_false_pos": false_pos, "_misses": misses}


def system_records(analysis: Any, layer: str) -> list[Record]:
    return [record.to_json() for record in getattr(analysis, layer)]


def _article(item: Record) -> Article:
    text = item["text"]
    title = text.split("\n", 1)[0].strip() if item.get("headline") else None
    return Article(doc=f"checklist:{item['id']}", text=text, title=title,
                   published=item.get("published"), source_format="txt")


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def score_checklist(data: dict[str, Any], nlp: Any, verbose: bool = False) -> dict[str, Any]:
    """Figures of one checklist file, per layer (test items apart) and per capability."""
    totals: dict[str, dict[str, int]] = {}
    capabilities: dict[str, dict[str, int]] = {}
    for item in data["items"]:
        article = _article(item)
        analysis = analysis_from_doc(article, nlp(make_doc(nlp, article)))
        held_back = item.get("split") == "test"
        for layer in LAYERS:
            if layer not in item:
                continue
            result = score_layer(system_records(analysis, layer), item[layer], layer)
            passed = not result["fp"] and not result["fn"]
            key = f"{layer}@test" if held_back else layer
            for bucket in (totals.setdefault(key, {}),
                           capabilities.setdefault(item.get("capability", "-"), {})):
                for key in ("tp", "fp", "fn"):
                    bucket[key] = bucket.get(key, 0) + result[key]
                bucket["items"] = bucket.get("items", 0) + 1
                bucket["passed"] = bucket.get("passed", 0) + int(passed)
            if verbose and not passed and not held_back:
                print(f"  FAIL {item['id']} [{layer}] {item['text'][:150]!r}")
                for rec in result["_false_pos"]:
                    print(f"     FP {_brief(rec, layer)}")
                for rec in result["_misses"]:
                    print(f"     FN {_brief(rec, layer)}")
    layers = {layer: {**counts, **_prf(counts["tp"], counts["fp"], counts["fn"])}
              for layer, counts in totals.items()}
    per_capability = {name: {"items": c["items"], "passed": c["passed"]}  # test items too
                      for name, c in sorted(capabilities.items())}
    return {"items": len(data["items"]), "layers": layers, "capabilities": per_capability}


def _brief(record: Record, layer: str) -> str:
    keys = {"contacts": ("participants", "format", "date", "status"),
            "events": ("type", "actor", "target"), "proposals": ("proposer", "addressee", "issue"),
            "quotes": ("speaker", "kind", "text", "contains")}[layer]
    return str({k: record[k] for k in keys if k in record})


def checklist_files(only: list[str] | None = None) -> list[Path]:
    paths = sorted(CHECKLISTS.glob("*.json"))
    return [p for p in paths if not only or p.stem in only]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", help="area names (file stems in tests/checklist)")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    started = time.time()
    nlp = build_pipeline(None)
    report: dict[str, Any] = {"benchmark": "checklist", "areas": {}}
    for path in checklist_files(args.only):
        data = json.loads(path.read_text("utf-8"))
        if args.verbose:
            print(f"== {path.stem}")
        result = score_checklist(data, nlp, args.verbose)
        report["areas"][path.stem] = result
        for layer, figures in result["layers"].items():
            print(f"{path.stem} {layer}: passed {figures['passed']}/{figures['items']} items, "
                  f"P {figures['precision']} R {figures['recall']} F1 {figures['f1']} "
                  f"(tp {figures['tp']} fp {figures['fp']} fn {figures['fn']})")
    report["seconds"] = round(time.time() - started, 1)
    if not args.no_write and not args.only:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
