"""Indirect speech on the blind BASIL sets tests/gold/basil_quotes_indirect_dev1.json and
_dev2.json, each scored like bench/quotes.py scores its own gold (span overlap; optional units
neither rewarded nor penalised), with ``--show`` listing the misses and the extra predictions.

    PYTHONPATH=src .venv/bin/python bench/quotes_indirect.py [--show] [--gold FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "src"))

from quotes import (  # noqa: E402  (bench/quotes.py, imported from its folder)
    GoldArticle,
    Pred,
    _overlap,
    load_basil_own,
    run_systems,
    score,
)

GOLDS = {
    "set1": REPO / "tests" / "gold" / "basil_quotes_indirect_dev1.json",
    "set2": REPO / "tests" / "gold" / "basil_quotes_indirect_dev2.json",
}


def show(articles: list[GoldArticle], preds: dict[str, list[Pred]], kind: str) -> None:
    """Required gold units no prediction overlaps, and predictions no gold unit overlaps."""
    for art in articles:
        mine = [p for p in preds.get(art.name, []) if p.kind == kind]
        for u in art.units:
            if u.kind == kind and not u.optional and not any(
                    _overlap(p.start, p.end, u.start, u.end) for p in mine):
                print(f"MISS  {art.name[:10]} {u.start}: {art.text[u.start:u.end][:100]!r}")
        for p in mine:
            if not any(_overlap(p.start, p.end, u.start, u.end) for u in art.units
                       if u.kind in (kind, "ignore")):
                print(f"EXTRA {art.name[:10]} {p.start}: [{p.speaker} / {p.cue}] "
                      f"{art.text[p.start:p.end][:100]!r}")
            else:
                best = max((u for u in art.units if u.kind == kind),
                           key=lambda u: _overlap(p.start, p.end, u.start, u.end))
                if p.speaker not in best.speakers:
                    print(f"SPKR  {art.name[:10]} {p.start}: got {p.speaker!r}, gold "
                          f"{best.speakers} {art.text[p.start:p.end][:60]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--gold", type=Path, default=None,
                        help="one other own BASIL gold file of the same schema (default: both "
                             "indirect sets)")
    args = parser.parse_args(argv)
    golds = {args.gold.stem: args.gold} if args.gold else GOLDS
    for label, gold in golds.items():
        articles = load_basil_own(gold)
        ours, _, _ = run_systems(articles, with_textacy=False)
        result = {kind: score(articles, ours, kind) for kind in ("direct", "indirect")}
        print(f"== {label} ({gold.name})")
        print(json.dumps(result, indent=1))
        if args.show:
            for kind in ("indirect", "direct"):
                print(f"--- {kind}")
                show(articles, ours, kind)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
