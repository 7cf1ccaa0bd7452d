"""Sanity of readout's output on many real development texts (no gold needed).

Benches score what golds cover; this script checks invariants any user would notice on whatever
text readout is given. It runs the real path (``readout.ingest.read_inputs`` and the analysis
pipeline) over development text only:

- ``../shared/seeds/`` and the written development splits ``bench/written_news/dev*/``;
- the US-government statements (first ``--usgov`` of them, read as a JSON Lines file);
- BASIL development-half articles (``bench/basil_text.basil_triplet_is_dev``; first ``--basil``);
- PolNeAR **dev** articles (first ``--polnear``; never the test split).

It counts violations per invariant, prints the first examples of each (doc, offsets, excerpt)
to the terminal only (never into the results file, which holds counts), and writes
``bench/results/output_sanity.json``.

    .venv/bin/python bench/output_sanity.py [--usgov 100] [--basil 60] [--polnear 40] [--top 6]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from basil_text import BASIL, basil_outlet, basil_text, basil_triplet_is_dev  # noqa: E402
from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc  # noqa: E402
from readout.ingest import read_inputs  # noqa: E402
from readout.records import Article  # noqa: E402

SHARED = REPO.parent / "shared"
USGOV = SHARED / "data" / "us-gov-russia-ukraine-statements-2022" / "government_statements.jsonl"
POLNEAR_DEV = SHARED / "data" / "polnear" / "dev" / "text"
POLNEAR_META = SHARED / "data" / "polnear" / "metadata.tsv"
WRITTEN = REPO / "bench" / "written_news"
RESULTS = REPO / "bench" / "results" / "output_sanity.json"
GAZETTEER = REPO / "src" / "readout" / "analyze" / "data" / "gazetteer.json"

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec"}
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# words of a web page's furniture a user would never take for an actor
FURNITURE = {"share", "follow", "follow us", "subscribe", "sign up", "newsletter", "comments",
             "advertisement", "related", "read more", "menu", "home", "search", "log in",
             "print", "email", "tweet", "facebook", "twitter", "linkedin", "whatsapp", "photo",
             "video", "getty images", "reuters photo", "ap photo", "image", "caption", "live"}
TITLES = {"president", "prime minister", "minister", "foreign minister", "secretary",
          "secretary of state", "chancellor", "ambassador", "envoy", "spokesman", "spokeswoman",
          "spokesperson", "senator", "sen.", "rep.", "governor", "king", "queen", "general",
          "gen.", "mr.", "mrs.", "ms.", "dr.", "director", "chairman", "leader", "official",
          "officials", "the president", "vice president", "premier", "mayor", "judge"}


def _common_words() -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS
    return {w.lower() for w in STOP_WORDS} | {"today", "yesterday", "tomorrow", "people", "news",
                                              "world", "state", "government", "country"}


def _state_names() -> set[str]:
    data = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    return {c["name"] for c in data["countries"]}


# --- inputs -----------------------------------------------------------------------------

def _read(specs: list[str]) -> Iterator[Article]:
    for result in read_inputs(specs):
        if isinstance(result, Article):
            yield result
        else:  # an InputError: the real CLI would print it; count it as an exception
            yield Article(doc=f"<input error: {result}>", text="")


def collect(usgov: int, basil: int, polnear: int, tmp: Path) -> list[tuple[str, Article]]:
    out: list[tuple[str, Article]] = []
    out += [("seeds", a) for a in _read([str(SHARED / "seeds")])]
    for split in sorted(p for p in WRITTEN.iterdir() if p.is_dir() and p.name.startswith("dev")):
        out += [(f"written-{split.name}", a) for a in _read([str(split)])]
    # the statements file as a user would pass it, with its date field named as readout reads it
    lines = USGOV.read_text(encoding="utf-8").splitlines()[:usgov]
    jsonl = tmp / "usgov.jsonl"
    with open(jsonl, "w", encoding="utf-8") as handle:
        for line in lines:
            rec = json.loads(line)
            handle.write(json.dumps({"id": f"usgov:{rec['row']}", "text": rec["text"],
                                     "title": rec.get("title"), "url": rec.get("url"),
                                     "published": rec.get("date_raw")}) + "\n")
    out += [("usgov", a) for a in _read([str(jsonl)])]
    files = sorted((BASIL / "articles").glob("*/*.json"))
    picked = [f for f in files if basil_triplet_is_dev(f.name.split("_")[0])][:basil]
    for path in picked:
        data = json.loads(path.read_text(encoding="utf-8"))
        published = str(data.get("date") or "")[:10] or None
        out.append(("basil-dev", Article(doc=f"basil:{path.parent.name}/{path.name}",
                                         text=basil_text(data), title=data.get("title"),
                                         outlet=basil_outlet(data), published=published)))
    pol = sorted(POLNEAR_DEV.glob("*.txt"))[:polnear]
    out += [("polnear-dev", a) for a in _read([str(p) for p in pol])]
    return out


# --- invariants ---------------------------------------------------------------------------

Violation = tuple[str, str, int, int, str]  # invariant, doc, start, end, note


def _iso(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def check(doc: str, text: str, out: dict[str, Any], common: set[str],
          states: set[str]) -> list[Violation]:
    v: list[Violation] = []

    def add(name: str, start: int, end: int, note: str) -> None:
        v.append((name, doc, start, end, note))

    # exact substrings
    for layer, field in (("quotes", "text"), ("contacts", "evidence"), ("events", "evidence"),
                         ("proposals", "evidence")):
        seen: list[tuple[int, int, str]] = []
        for rec in out[layer]:
            s, e = rec["start"], rec["end"]
            if not (0 <= s <= e <= len(text)) or text[s:e] != rec[field]:
                add(f"{layer}: {field} not text[start:end]", s, e, repr(rec[field][:80]))
            key = json.dumps({k: rec.get(k) for k in rec if k not in ("paragraph", "same_as",
                                                                      "score", "date_text")},
                             sort_keys=True)
            if any(key == k for _, _, k in seen):
                add(f"{layer}: duplicate record", s, e, repr(rec[field][:80]))
            seen.append((s, e, key))
    actors = {a["name"] for a in out["actors"]}
    published = _iso(out.get("published"))
    for a in out["actors"]:
        name: str = a["name"]
        low = name.lower().strip()
        where = text.find(name)
        s, e = (where, where + len(name)) if where >= 0 else (-1, -1)
        if low in MONTHS or low in DAYS:
            add("actors: a month or weekday", s, e, name)
        elif low in FURNITURE:
            add("actors: page furniture word", s, e, name)
        elif low in TITLES:
            add("actors: a title alone", s, e, name)
        elif low in common and not name.isupper():  # 'WHO' is an acronym, not 'who'
            add("actors: a common word", s, e, name)
        if name[:1].islower():
            add("actors: lower-case name", s, e, name)
        if len(name.split()) > 6:
            add("actors: over six words", s, e, name)
        if a.get("kind") == "person" and name in states:
            add("actors: person named as a state", s, e, name)
    for q in out["quotes"]:
        if q["speaker"] and q["speaker"] not in actors:
            add("quotes: speaker not an actor of the article", q["start"], q["end"],
                f"{q['speaker']}: {q['text'][:60]!r}")
    for c in out["contacts"]:
        parts = c["participants"]
        if len(parts) < 2:
            add("contacts: fewer than two participants", c["start"], c["end"],
                f"{parts}: {c['evidence'][:70]!r}")
        if len(set(parts)) != len(parts):
            add("contacts: a participant twice", c["start"], c["end"], f"{parts}")
        when = _iso(c["date"])
        if when and published:
            if c["status"] == "held" and when > published:
                add("contacts: held after publication", c["start"], c["end"],
                    f"{c['date']} > {out['published']}: {c['evidence'][:60]!r}")
            if c["status"] == "planned" and (published - when).days > 1:
                add("contacts: planned before publication", c["start"], c["end"],
                    f"{c['date']} < {out['published']}: {c['evidence'][:60]!r}")
    for ev in out["events"]:
        if ev["actor"] and ev["actor"] == ev["target"]:
            add("events: actor equals target", ev["start"], ev["end"],
                f"{ev['type']} {ev['actor']}: {ev['evidence'][:60]!r}")
    for p in out["proposals"]:
        issue = (p["issue"] or "").strip()
        if not issue:
            add("proposals: empty issue", p["start"], p["end"], repr(p["evidence"][:70]))
        elif len(issue.split()) > 12:
            add("proposals: issue over 12 words", p["start"], p["end"], repr(issue[:90]))
    return v


def run(usgov: int, basil: int, polnear: int, top: int) -> dict[str, Any]:
    common, states = _common_words(), _state_names()
    nlp = build_pipeline(None)
    with tempfile.TemporaryDirectory() as tmp:
        items = collect(usgov, basil, polnear, Path(tmp))
    violations: list[Violation] = []
    per_corpus: dict[str, int] = defaultdict(int)
    records: dict[str, int] = defaultdict(int)
    slow: list[tuple[float, str]] = []
    for corpus, article in items:
        per_corpus[corpus] += 1
        if article.doc.startswith("<input error"):
            violations.append(("exception or input error", article.doc, 0, 0, ""))
            continue
        t0 = time.perf_counter()
        try:
            out = analysis_from_doc(article, nlp(make_doc(nlp, article))).to_json()
        except Exception as exc:  # noqa: BLE001 - a crash on real text is what we count
            violations.append(("exception or input error", article.doc, 0, 0, repr(exc)[:120]))
            continue
        took = time.perf_counter() - t0
        if took > 10:
            violations.append(("article over 10 s", article.doc, 0, len(article.text),
                               f"{took:.1f} s, {len(article.text)} chars"))
        slow.append((took, article.doc))
        for layer in ("actors", "quotes", "contacts", "events", "proposals"):
            records[layer] += len(out[layer])
        for item in check(article.doc, article.text, out, common, states):
            violations.append(item)
    texts = {a.doc: a.text for _, a in items}
    by_kind: dict[str, list[Violation]] = defaultdict(list)
    for item in violations:
        by_kind[item[0]].append(item)
    print(f"articles: {dict(per_corpus)}; records: {dict(records)}")
    for kind in sorted(by_kind, key=lambda k: -len(by_kind[k])):
        print(f"\n== {kind}: {len(by_kind[kind])}")
        if kind.startswith("quotes: speaker"):  # which names: a pattern, not single cases
            names = Counter(note.split(":")[0] for *_, note in by_kind[kind])
            print("  most frequent:", names.most_common(12))
        for _, doc, s, e, note in by_kind[kind][:top]:
            text = texts.get(doc, "")
            excerpt = text[max(0, s - 40):min(len(text), e + 40)].replace("\n", " ")[:160]
            print(f"  {doc} [{s}:{e}] {note}\n      …{excerpt}…")
    slow.sort(reverse=True)
    result = {"articles": dict(per_corpus), "records": dict(records),
              "violations": {k: len(x) for k, x in sorted(by_kind.items())},
              "total_violations": len(violations),
              "slowest_s": round(slow[0][0], 2) if slow else None,
              "options": {"usgov": usgov, "basil": basil, "polnear": polnear}}
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--usgov", type=int, default=100)
    parser.add_argument("--basil", type=int, default=60)
    parser.add_argument("--polnear", type=int, default=40)
    parser.add_argument("--top", type=int, default=6)
    args = parser.parse_args()
    result = run(args.usgov, args.basil, args.polnear, args.top)
    print("\n" + json.dumps(result["violations"], indent=2))


if __name__ == "__main__":
    main()
