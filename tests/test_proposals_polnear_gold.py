"""Gate: proposals and demands on whole PolNeAR dev articles (tests/gold/polnear_proposals_dev.json,
annotated from the text before readout ran on them). First blind figures: P 0.531, R 0.567,
F1 0.548 (addressee 0.882, proposer 0.739 of found, 3 outputs over tempting non-proposals);
after the fixes it led to P/R/F1 0.9/0.9/0.9, addressee 0.926, proposer 0.933, no tempting
output. The floors sit about one item under the measured figures."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.gold_checks import assert_proposal_items_well_formed, load_bench

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "polnear_proposals_dev.json"
CORPUS = REPO.parent / "shared" / "data" / "polnear" / "dev" / "text"

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="PolNeAR not available")


def test_gold_holds_offsets_only_and_no_held_out_or_judged_article() -> None:
    gold = json.loads(GOLD.read_text("utf-8"))
    assert gold["held_out"] is False
    select = load_bench("proposals_polnear_select")
    assert sorted(gold["docs"]) == sorted(select.select())
    heldout = select.heldout_names()
    judged = set(select.judged_pool())
    for name, entry in gold["docs"].items():
        assert name not in heldout and name not in judged
        assert len(entry["sha1"]) == 40 and entry["source"] == "polnear"
        assert_proposal_items_well_formed(entry, len((CORPUS / name).read_text("utf-8")))
    assert re.search(r"F1 0\.548", gold["notes"])  # the blind figure stays recorded


def test_polnear_proposals_floor() -> None:
    result = load_bench("proposals_polnear").run()
    assert result["f1"] >= 0.86, result
    assert result["precision"] >= 0.86, result
    assert result["recall"] >= 0.86, result
    assert result["proposer_accuracy_of_found"] >= 0.89, result
    assert result["addressee_accuracy_of_matched"] >= 0.88, result
    assert result["tempting_fp"] <= 1, result
