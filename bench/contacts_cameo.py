"""Benchmark: contacts in single news sentences of diplomacy (ConfliBERT CAMEO training sentences).

Usage: python bench/contacts_cameo.py [--split dev|heldout] [--verbose] [--no-write]
       python bench/contacts_cameo.py --list dev|heldout   (the selected sentences, to annotate)

Source: ../shared/data/conflibert-cameo (see its SOURCE.md): 1,153 news sentences of 2017-2018
tagged with source (S), target (T) and reciprocal (R) actor spans in cameo_ner/train.txt; most of
them also occur untokenised in cameo_class/train.tsv.

Text: a tagged sentence is used only when its raw text is found in cameo_class/train.tsv (matched
on lower-cased letters and digits alone, so tokenisation and quote marks do not matter); the raw
line is the document, read with csv.reader (tab, '"' as quote char), exactly as it is there. The
rest (about 200 sentences) are skipped, never detokenised.

Split: a sentence belongs to the DEVELOPMENT half when int(sha1(raw text as UTF-8), 16) is even,
to the HELD-OUT half when it is odd. Repeated sentences count once.

Selection (deterministic, sentences ordered by sha1):
- dev: every dev sentence with an R span, every dev sentence with a contact cue (CUE below), and
  the 40 first dev sentences with neither (tempting or plain non-contacts, for precision);
- held-out: the 45 first held-out sentences with an R span or a cue and the 15 first with neither.

Gold: tests/gold/cameo_contacts_dev.json and tests/gold/cameo_contacts_heldout.json, keyed by the
sentence's sha1 (no text stored), annotated from the sentence alone before readout was run on it
(the held-out one never looked at beside readout's output). Same entry schema and scoring as
bench/contacts.py (participants canonical, lists of acceptable names, format list, status,
place list, optional entries); evidence is the whole sentence.

Dates: there is no publication date, so readout is given none; a gold date is set only where
the sentence fixes the day with its year, and is then checked (otherwise dates are not scored).

Reports strict and relaxed P/R/F1, status accuracy and place accuracy of matched contacts per
split (the held-out one in aggregate only); writes bench/results/contacts_cameo.json.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

from cameo_source import LABELLED, is_development, tagged_sentences

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
GOLD_FILES = {"dev": GOLD / "cameo_contacts_dev.json",
              "heldout": GOLD / "cameo_contacts_heldout.json"}
RESULTS = REPO / "bench" / "results" / "contacts_cameo.json"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

CUE = re.compile(
    r"\b(?:met|meets?|meetings?|talks|visit\w*|summits?|calls?|called|phoned?|phone|spoke|"
    r"hosted|hosts?|sat down|telephone\w*|conversations?|trip|travel\w*|gather\w*|"
    r"negotiat\w*|consultations?|received)\b", re.I)
DEV_NONE, HELDOUT_CUED, HELDOUT_NONE = 40, 45, 15


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", unicodedata.normalize("NFKC", text).lower())


def raw_sentences() -> list[str]:
    with LABELLED.open(encoding="utf-8", newline="") as handle:
        return [row[0] for row in csv.reader(handle, delimiter="\t", quotechar='"') if row]


def sentences() -> dict[str, dict[str, Any]]:
    """sha1 -> {text, half, reciprocal, cue, spans}: the tagged sentences found raw in the TSV."""
    raw = raw_sentences()
    by_key: dict[str, str] = {}
    for text in raw:
        by_key.setdefault(_key(text), text)
    out: dict[str, dict[str, Any]] = {}
    for tagged in tagged_sentences():
        text = by_key.get(_key("".join(token for token, _ in tagged)))
        if text is None or sha1(text) in out:
            continue
        spans: list[tuple[str, str]] = []
        prev = "O"
        for token, tag in tagged:
            if tag.startswith("B-") or (tag.startswith("I-") and (
                    not spans or spans[-1][0] != tag[2:] or prev == "O")):
                spans.append((tag[2:], token))
            elif tag.startswith("I-"):
                spans[-1] = (spans[-1][0], spans[-1][1] + " " + token)
            prev = tag
        digest = sha1(text)
        out[digest] = {"text": text, "half": "dev" if is_development(text) else "heldout",
                       "reciprocal": any(kind == "R" for kind, _ in spans),
                       "cue": bool(CUE.search(text)), "spans": spans}
    return out


def selection(split: str) -> list[str]:
    """The sha1s of the sentences a split's gold annotates (see the module docstring)."""
    pool = sentences()
    half = sorted(d for d, s in pool.items() if s["half"] == split)
    cued = [d for d in half if pool[d]["reciprocal"] or pool[d]["cue"]]
    plain = [d for d in half if d not in set(cued)]
    if split == "dev":
        return cued + plain[:DEV_NONE]
    return cued[:HELDOUT_CUED] + plain[:HELDOUT_NONE]


def list_split(split: str) -> None:
    pool = sentences()
    for n, digest in enumerate(selection(split)):
        s = pool[digest]
        spans = "; ".join(f"{kind}:{words}" for kind, words in s["spans"])
        print(f"[{n}] {digest[:10]} len={len(s['text'])}\n    {s['text']}\n    {{{spans}}}")


def run_split(split: str, verbose: bool) -> dict[str, Any]:
    from contacts import score_set
    from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc
    from readout.records import Article

    gold = json.loads(GOLD_FILES[split].read_text("utf-8"))
    pool = sentences()
    nlp = build_pipeline(None)
    scored = []
    for digest, entry in gold["sentences"].items():
        if digest not in pool:
            raise SystemExit(f"{split} sentence {digest}: not found (the source changed?)")
        text = pool[digest]["text"]
        article = Article(doc=f"cameo:{digest[:10]}", text=text, published=None,
                          source_format="txt")
        analysis = analysis_from_doc(article, nlp(make_doc(nlp, article)))
        scored.append((article, analysis.contacts, entry))
    result, per_doc = score_set(scored, verbose and split != "heldout")
    if verbose and split != "heldout":
        for article, system, entry in scored:
            for s, g in per_doc[article.doc]["matched"].items():
                want = entry["contacts"][g].get("place")
                if want and system[s].place not in (want if isinstance(want, list) else [want]):
                    print(f"  PLACE {article.doc} got {system[s].place!r}, gold {want!r}: "
                          f"{article.text[:110]!r}")
    result["sentences"] = result.pop("documents")
    print(f"cameo {split}: strict {result['strict']}  relaxed F1 {result['relaxed']['f1']}  "
          f"status {result['status_accuracy_of_matched']}  "
          f"place {result['place_accuracy_of_matched']}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout"))
    parser.add_argument("--list", choices=("dev", "heldout"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    if args.list:
        list_split(args.list)
        return 0
    started = time.perf_counter()
    report: dict[str, Any] = {"command": "python bench/contacts_cameo.py",
                              "publication_date": None}
    for split in (args.split,) if args.split else ("dev", "heldout"):
        if GOLD_FILES[split].is_file():
            report[split] = run_split(split, args.verbose)
    report["seconds"] = round(time.perf_counter() - started, 1)
    if not args.no_write and args.split is None:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
        print(f"wrote {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
