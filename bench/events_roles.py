"""Benchmark: who did what to whom - event actor and target on real news sentences.

Usage: python bench/events_roles.py [--split dev|held_out|both] [--verbose] [--no-write]
                                     [--limit N]

Data: ../shared/data/conflibert-cameo (see its SOURCE.md). cameo_ner/train.txt tags the tokens
of 1,153 news sentences of 2017-2018 with S (source: who acts), T (target: to whom) and R (the
reciprocal parties of a meeting or talks). No part of readout is trained on these tags (the
pentacode classifier is trained on the LABELS of cameo_class/train.tsv, so event TYPE is not
scored here: only actor and target).

Alignment. Each tagged sentence is looked up in cameo_class/train.tsv by its characters with
whitespace removed and typographic variants folded (curly quotes and apostrophes, dashes,
accents: 'Erdoğan' matches 'Erdogan'). A sentence that matches gives its raw text (the text
readout reads) and its pentacode label, and each token is mapped to character offsets in the
raw text by walking both in step. Sentences with no exact match (about a fifth: the annotators
shortened or edited them, so their raw form does not exist) are SKIPPED, not detokenised.

Split. DEV = raw text whose sha1 (UTF-8) is even, read while developing; HELD-OUT = odd sha1,
scored in aggregate only (the same rule as the PLOVER halves of bench/events.py).

Readout runs on each raw sentence alone, with no publication date.

Names of a gold span: the canonical actors of readout's own actor mentions that overlap the
span (so 'Iraqi troops' names Iraq, 'Russian President Vladimir Putin' names Vladimir Putin
and, when tagged as a separate mention, Russia). A span none of whose words is an actor
mention readout knows ('a car bomb', 'gunmen') is UNNAMED: it cannot be checked by canonical
name and is counted apart. R spans count on both sides. A state's armed force named in a span ('The U.S. military' → US
Armed Forces) also names its state, since readout codes a force's acts as its state's.

Scored per sentence, separately for pentacode 1-4 (events) and 0 (statements):
- found: the sentence has an S or R span and readout reports at least one event in it;
- actor accuracy: over sentences with a named S/R span, some event's actor is one of the
  names of the S/R spans (an event whose actor a gold S span names, whatever its type: the
  sentence may carry more than one event and the gold does not say which verb);
- target accuracy: over sentences with a named T/R span, some event's target is one of the
  names of the T/R spans (for R, other than the event's actor);
- pair F1: a sentence is a true positive when one event has a correct actor and a correct
  target at once; precision divides by the sentences where readout gave an event with both
  actor and target, recall by the sentences with a named actor side and a named target side.
Writes bench/results/events_roles.json. With --verbose, dev misses are printed.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cameo_source import LABELLED, TAGGED, is_development, tagged_sentences

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "events_roles.json"
# sha1 of the two files as read when the benchmark was written: a changed file stops it
SHA1 = {TAGGED: "3d548f5e4677eb7bff5166ab5516b56099def8fc",
        LABELLED: "0b510b68b114af71d3ebe12cf46e4c2cf8b488c4"}
sys.path.insert(0, str(REPO / "src"))

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"',
                       "\u201d": '"', "\u2013": "-", "\u2014": "-", "`": "'", "\u00b4": "'"})


def _fold_char(ch: str) -> str:
    """One character as compared: '' for whitespace, else a folded form (may be empty for a
    lone combining mark)."""
    if ch.isspace():
        return ""
    base = unicodedata.normalize("NFKD", ch.translate(_FOLD))
    return "".join(c for c in base if not unicodedata.combining(c)).casefold()


def _key(text: str) -> str:
    return "".join(_fold_char(c) for c in text)


@dataclass
class Sentence:
    text: str
    label: int
    split: str
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # S/T/R → offsets


def split_of(text: str) -> str:
    return "dev" if is_development(text) else "held_out"


def _offsets(raw: str, tokens: list[str]) -> list[tuple[int, int]] | None:
    """Character offsets of each token in the raw text, walking both in step."""
    folded: list[tuple[str, int]] = []  # (folded char, raw index)
    for i, ch in enumerate(raw):
        for f in _fold_char(ch):
            folded.append((f, i))
    pos = 0
    out = []
    for tok in tokens:
        want = _key(tok)
        if not want:
            return None
        got = "".join(f for f, _ in folded[pos:pos + len(want)])
        if got != want:
            return None
        start = folded[pos][1]
        end = folded[pos + len(want) - 1][1] + 1
        out.append((start, end))
        pos += len(want)
    return out if pos == len(folded) else None


def _spans(tags: list[str], offs: list[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """BIO tags → spans of each role; a stray I- opens a span of its own."""
    out: dict[str, list[tuple[int, int]]] = {"S": [], "T": [], "R": []}
    cur: str | None = None
    for tag, (s, e) in zip(tags, offs, strict=True):
        if tag == "O":
            cur = None
            continue
        bio, role = tag.split("-", 1)
        if bio == "I" and cur == role:
            out[role][-1] = (out[role][-1][0], e)
        else:
            out[role].append((s, e))
        cur = role
    return out


def load_sentences() -> tuple[list[Sentence], dict[str, int]]:
    for path, sha1 in SHA1.items():
        if hashlib.sha1(path.read_bytes()).hexdigest() != sha1:
            raise SystemExit(f"{path}: changed since the benchmark was written (sha1)")
    rows: dict[str, tuple[str, int]] = {}
    with open(LABELLED, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quotechar='"'):
            if len(row) == 2:
                rows.setdefault(_key(row[0]), (row[0], int(row[1].strip())))
    out: list[Sentence] = []
    stats: Counter[str] = Counter()
    seen: set[str] = set()
    for toks in tagged_sentences():
        stats["tagged"] += 1
        found = rows.get(_key("".join(t for t, _ in toks)))
        if found is None:
            stats["skipped_no_raw_text"] += 1
            continue
        raw, label = found
        offs = _offsets(raw, [t for t, _ in toks])
        if offs is None:
            stats["skipped_unaligned"] += 1
            continue
        if raw in seen:
            stats["skipped_duplicate"] += 1
            continue
        seen.add(raw)
        out.append(Sentence(raw, label, split_of(raw), _spans([t for _, t in toks], offs)))
        stats["aligned"] += 1
    return out, dict(stats)


def _names(mentions: list[Any], spans: list[tuple[int, int]], armed: dict[str, str]
           ) -> set[str]:
    """The canonical actors named inside the spans, with the state of any armed force among
    them (readout codes a state's forces as the state, as PLOVER does)."""
    names = {m.actor for m in mentions for s, e in spans if m.start < e and s < m.end}
    return names | {armed[n] for n in names if n in armed}


def score(sentences: list[Sentence], verbose: bool = False) -> dict[str, Any]:
    from readout.analyze.pipeline import build_pipeline, make_doc
    from readout.records import Article

    nlp = build_pipeline(None)
    articles = [Article(doc=f"cameo-{i}", text=s.text) for i, s in enumerate(sentences)]

    def analysed() -> Iterator[Any]:
        """Each sentence's doc, None where the pipeline raised (counted, scored as nothing
        found), so that one crash does not stop the benchmark."""
        for lo in range(0, len(articles), 32):
            batch = articles[lo:lo + 32]
            try:
                yield from list(nlp.pipe(make_doc(nlp, a) for a in batch))
            except Exception:  # noqa: BLE001 - retried one by one below
                for a in batch:
                    try:
                        yield nlp(make_doc(nlp, a))
                    except Exception:  # noqa: BLE001
                        yield None

    counts: dict[str, Counter[str]] = {}
    kinds: Counter[str] = Counter()
    for sent, doc in zip(sentences, analysed(), strict=True):
        group = f"{sent.split}/{'statement' if sent.label == 0 else 'event'}"
        c = counts.setdefault(group, Counter())
        c["pipeline_errors"] += doc is None
        mentions = (doc._.actor_mentions or []) if doc is not None else []
        events = (doc._.events or []) if doc is not None else []
        sp = sent.spans
        armed = {a.name: a.country for a in ((doc._.actors or []) if doc is not None else [])
                 if a.sector == "military" and a.country and a.kind != "person"}
        actors = _names(mentions, sp["S"] + sp["R"], armed)
        targets = _names(mentions, sp["T"] + sp["R"], armed)
        c["sentences"] += 1
        has_source = bool(sp["S"] or sp["R"])
        has_target = bool(sp["T"] or sp["R"])
        c["with_source"] += has_source
        c["found"] += has_source and bool(events)
        c["events"] += len(events)
        c["source_unnamed"] += has_source and not actors
        c["target_unnamed"] += has_target and not targets

        def target_ok(e: Any, targets: set[str] = targets) -> bool:
            return e.target is not None and e.target in targets and e.target != e.actor

        actor_hit = any(e.actor in actors for e in events)
        target_hit = any(target_ok(e) for e in events)
        pair_hit = any(e.actor in actors and target_ok(e) for e in events)
        if actors:
            c["actor_gold"] += 1
            c["actor_ok"] += actor_hit
        if targets:
            c["target_gold"] += 1
            c["target_ok"] += target_hit
        if actors and targets:
            c["pair_gold"] += 1
            c["pair_tp"] += pair_hit
        if any(e.actor and e.target for e in events):
            c["pair_system"] += 1
            c["pair_tp_system"] += pair_hit
        if sent.split == "dev" and sent.label != 0:
            kind = ("no_event" if not events else
                    "ok" if (not actors or actor_hit) and (not targets or target_hit)
                    else "actor" if actors and not actor_hit and (not targets or target_hit)
                    else "target" if actors and actor_hit or not actors else "both")
            kinds[kind] += 1
            if verbose and kind != "ok":
                show = {r: [sent.text[s:e] for s, e in sp[r]] for r in "STR" if sp[r]}
                print(f"[{kind}] L{sent.label} {sent.text}\n   gold {show} names "
                      f"{sorted(actors)} -> {sorted(targets)}\n   got "
                      f"{[(e.type, e.actor, e.target, e.evidence[:40]) for e in events]}")
    out: dict[str, Any] = {}
    for group, c in sorted(counts.items()):
        p = c["pair_tp_system"] / c["pair_system"] if c["pair_system"] else 0.0
        r = c["pair_tp"] / c["pair_gold"] if c["pair_gold"] else 0.0
        out[group] = {
            "sentences": c["sentences"], "events": c["events"],
            "found": round(c["found"] / c["with_source"], 3) if c["with_source"] else None,
            "actor_accuracy": round(c["actor_ok"] / c["actor_gold"], 3) if c["actor_gold"]
            else None,
            "target_accuracy": round(c["target_ok"] / c["target_gold"], 3) if c["target_gold"]
            else None,
            "pair_precision": round(p, 3), "pair_recall": round(r, 3),
            "pair_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "actor_scored": c["actor_gold"], "target_scored": c["target_gold"],
            "pair_scored": c["pair_gold"],
            "source_unnamed": c["source_unnamed"], "target_unnamed": c["target_unnamed"],
            "pipeline_errors": c["pipeline_errors"]}
    if kinds:
        out["dev_event_outcomes"] = dict(kinds)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "held_out", "both"], default="both")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--limit", type=int, default=0, help="first N sentences of the split")
    args = parser.parse_args()
    t0 = time.perf_counter()
    sentences, stats = load_sentences()
    if args.split != "both":
        sentences = [s for s in sentences if s.split == args.split]
    if args.limit:
        sentences = sentences[:args.limit]
    results: dict[str, Any] = {"alignment": stats}
    results.update(score(sentences, args.verbose))
    results["seconds"] = round(time.perf_counter() - t0, 1)
    results["note"] = ("dev = even sha1 of the raw sentence (read while developing); held_out "
                       "= odd sha1, aggregate only. Event type is not scored (the pentacode "
                       "classifier is trained on these sentences' labels).")
    # one line per key, so every held-out figure sits on a line that names held_out and a
    # filter on that word removes all of them (a multi-line dump let held-out numbers through)
    for key, value in results.items():
        print(f"{key}: {json.dumps(value)}")
    if not args.no_write and args.split == "both" and not args.limit:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
