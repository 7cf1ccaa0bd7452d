"""Why contacts fail on a BASIL development gold: the failure-kind counts bench/news_gold.py
prints for the held-out news set (nothing found, format, participants and who is lacking or
added, date; spurious contacts beside a gold one or on open text; place), for any gold file in
the BASIL layout, so a development set can be read in the same terms as the held-out one.

Usage: python bench/contacts_kinds.py tests/gold/basil_contacts_dev3.json [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import news_gold  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    gold = json.loads(args.gold.read_text("utf-8"))
    if gold.get("held_out"):
        raise SystemExit("a held-out gold: use bench/news_gold.py, aggregate figures only")
    analyses = news_gold.analyse(news_gold.load_articles(gold))
    result = news_gold.score_contacts(gold, analyses, args.verbose)
    print(f"strict {result['strict']}  relaxed F1 {result['relaxed']['f1']}  "
          f"required {result['gold_required']}")
    kinds = news_gold.failure_kinds(gold, analyses)
    print("failure kinds:", {k: v for k, v in kinds.items() if v})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
