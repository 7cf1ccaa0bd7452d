"""Regression gate: quotes and their speakers on our own exhaustive gold of BASIL development
articles, ten batches each annotated blind (tests/gold/basil_quotes_dev.json, _dev2.json,
_dev3.json, _dev4.json, _dev5.json, _dev6.json, _dev7.json, _dev8.json, _dev9.json, _dev10.json;
`bench/quotes.py --corpus basil-own`, one batch with `--batch N`).
Scoring is the one
bench/quotes.py uses for the seeds (span overlap, canonical speakers compared exactly against
the accepted names, optional entries neither rewarded nor penalised). Floors sit a little under
the scores measured when they were pinned."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gold_checks import load_bench, quote_figures_below

REPO = Path(__file__).resolve().parents[1]
BASIL = REPO.parent / "shared" / "data" / "basil"

# Batch 1, pinned when the gold was made (issue 3, seventh round), 18 articles, 227 required
# quotes. Before that round's fixes: P/R/F1 0.982/0.982/0.982, speaker 0.857, attributed F1
# 0.841; after: 0.987/0.987/0.987, speaker 0.964, attributed F1 0.951. About two errors of
# margin.
FLOORS_1 = {"direct": {"precision": 0.975, "recall": 0.975, "f1": 0.975,
                       "speaker_accuracy": 0.945, "attributed_f1": 0.935}}

# Batch 2, 207 required quotes. First (blind) measurement: P/R/F1 1.000/0.976/0.988, speaker
# 0.886, attributed F1 0.875; after the fixes made on it (and the lead's first-name fix in the
# gazetteer): 1.000/0.981/0.990, speaker 0.966, attributed F1 0.956. Floors leave about three
# errors of margin.
FLOORS_2 = {"direct": {"precision": 0.99, "recall": 0.97, "f1": 0.975,
                       "speaker_accuracy": 0.95, "attributed_f1": 0.94}}

# Batch 3, 81 required direct quotes and 54 required indirect clauses. First (blind)
# measurement: direct P/R/F1 1.000/0.963/0.981, speaker 0.833, attributed F1 0.818; indirect
# P/R/F1 0.765/0.907/0.830, speaker 0.878, attributed F1 0.723. After the fixes made on it:
# direct 1.000/0.963/0.981, speaker 0.936, attributed F1 0.918; indirect 0.773/0.907/0.835,
# speaker 0.959, attributed F1 0.792. Floors leave two or three errors of margin.
FLOORS_3 = {
    "direct": {"precision": 0.98, "recall": 0.94, "f1": 0.96, "speaker_accuracy": 0.90,
               "attributed_f1": 0.88},
    "indirect": {"precision": 0.72, "recall": 0.86, "f1": 0.79, "speaker_accuracy": 0.91,
                 "attributed_f1": 0.75},
}

# Batch 4 (the four triplets moved from the held-out half for it), 188 required direct quotes
# and 76 required indirect clauses. First (blind) measurement: direct P/R/F1
# 0.958/0.984/0.971, speaker 0.908, attributed F1 0.882; indirect 0.785/0.934/0.853, speaker
# 0.930, attributed F1 0.781. After the fixes made on it: direct 0.984/0.984/0.984, speaker
# 0.968, attributed F1 0.952; indirect 0.794/0.987/0.880, speaker 1.0, attributed F1 0.867.
# Floors leave two or three errors of margin.
FLOORS_4 = {
    "direct": {"precision": 0.97, "recall": 0.97, "f1": 0.97, "speaker_accuracy": 0.95,
               "attributed_f1": 0.93},
    "indirect": {"precision": 0.76, "recall": 0.95, "f1": 0.85, "speaker_accuracy": 0.96,
                 "attributed_f1": 0.83},
}

# Batch 5 (three more triplets moved from the held-out half), 126 required direct quotes and
# 38 required indirect clauses. First (blind) measurement: direct P/R/F1 1.000/0.976/0.988,
# speaker 0.919, attributed F1 0.907; indirect 0.559/0.974/0.710, speaker 0.865, attributed
# F1 0.616. After the fixes made on it: direct 1.000/0.976/0.988, speaker 0.984, attributed
# F1 0.972; indirect 0.559/0.974/0.710, speaker 0.919, attributed F1 0.653. Floors leave two
# or three errors of margin.
FLOORS_5 = {
    "direct": {"precision": 0.98, "recall": 0.95, "f1": 0.965, "speaker_accuracy": 0.95,
               "attributed_f1": 0.93},
    "indirect": {"precision": 0.52, "recall": 0.92, "f1": 0.67, "speaker_accuracy": 0.86,
                 "attributed_f1": 0.60},
}

# Batch 6 (three more triplets moved from the held-out half), 76 required direct quotes and
# 20 required indirect clauses. First (blind) measurement: direct P/R/F1 1.000/0.987/0.993,
# speaker 0.933, attributed F1 0.927; indirect 0.724/0.900/0.803, speaker 0.833, attributed
# F1 0.679. After the fixes made on it: direct 1.000/0.987/0.993, speaker 0.987, attributed
# F1 0.980; indirect 0.724/1.000/0.840, speaker 1.0, attributed F1 0.840. Floors leave two
# or three errors of margin. Re-pinned 2026-11-23 (sixth session): since title-case headlines
# are parsed in sentence case (headline_case.py), three headlines of this batch yield their
# reported speech ("F.B.I. 'Destroyed' Flynn's Life …, Trump Says"; "X Accuses Y Of …", an
# accusation the guidelines make optional), which the gold marks only as optional direct
# quotes; indirect precision 0.75 -> 0.656 from those extras alone, recall unchanged.
FLOORS_6 = {
    "direct": {"precision": 0.98, "recall": 0.96, "f1": 0.97, "speaker_accuracy": 0.95,
               "attributed_f1": 0.93},
    "indirect": {"precision": 0.63, "recall": 0.90, "f1": 0.76, "speaker_accuracy": 0.90,
                 "attributed_f1": 0.74},
}

# Batch 7 (three more triplets moved from the held-out half), 100 required direct quotes and
# 20 required indirect clauses. First (blind) measurement: direct P/R/F1 0.970/0.980/0.975,
# speaker 0.878, attributed F1 0.856; indirect 0.724/1.000/0.840, speaker 0.950, attributed
# F1 0.799. After the fixes made on it: direct 0.980/0.990/0.985, speaker 0.970, attributed
# F1 0.955; indirect 0.724/1.000/0.840, speaker 1.0, attributed F1 0.840. Floors leave two
# or three errors of margin.
FLOORS_7 = {
    "direct": {"precision": 0.96, "recall": 0.97, "f1": 0.965, "speaker_accuracy": 0.94,
               "attributed_f1": 0.93},
    "indirect": {"precision": 0.66, "recall": 0.90, "f1": 0.77, "speaker_accuracy": 0.90,
                 "attributed_f1": 0.76},
}


# Batch 8 (three more triplets moved from the held-out half), 81 required direct quotes and
# 23 required indirect clauses. First (blind) measurement: direct P/R/F1 0.988/0.988/0.988,
# speaker 0.950, attributed F1 0.938; indirect 0.667/1.000/0.800, speaker 0.913, attributed
# F1 0.717. After the fixes made on it: direct 0.988/1.000/0.994, speaker 1.0, attributed F1
# 0.994; indirect 0.667/1.000/0.800, speaker 0.957, attributed F1 0.749. Floors leave two or
# three errors of margin.
FLOORS_8 = {
    "direct": {"precision": 0.96, "recall": 0.97, "f1": 0.965, "speaker_accuracy": 0.96,
               "attributed_f1": 0.95},
    "indirect": {"precision": 0.62, "recall": 0.91, "f1": 0.75, "speaker_accuracy": 0.90,
                 "attributed_f1": 0.69},
}


# Batch 9 (three more triplets moved from the held-out half), 88 required direct quotes and
# 12 required indirect clauses. First (blind) measurement: direct P/R/F1 0.988/0.977/0.983,
# speaker 0.860, attributed F1 0.845; indirect 0.480/0.917/0.630, speaker 0.909, attributed
# F1 0.541. After the fixes made on it: direct 1.000/1.000/1.000, speaker 1.0, attributed F1
# 1.000; indirect 0.480/0.917/0.630, speaker 1.0, attributed F1 0.595. Floors leave two or
# three direct errors of margin (one indirect clause is 0.08 of its recall).
FLOORS_9 = {
    "direct": {"precision": 0.97, "recall": 0.97, "f1": 0.97, "speaker_accuracy": 0.96,
               "attributed_f1": 0.95},
    "indirect": {"precision": 0.42, "recall": 0.83, "f1": 0.56, "speaker_accuracy": 0.90,
                 "attributed_f1": 0.50},
}


# Batch 10 (two more triplets moved from the held-out half), 71 required direct quotes and 26
# required indirect clauses. First (blind) measurement: direct P/R/F1 1.000/0.986/0.993,
# speaker 0.814, attributed F1 0.809; indirect 0.706/0.923/0.800, speaker 0.75, attributed F1
# 0.600. After the fixes made on it (and correction 1 of the gold, listed in the file): direct
# 1.000/0.986/0.993, speaker 0.914, attributed F1 0.908; indirect 0.758/0.962/0.847, speaker
# 0.96, attributed F1 0.814. Floors leave two or three errors of margin.
FLOORS_10 = {
    "direct": {"precision": 0.97, "recall": 0.95, "f1": 0.96, "speaker_accuracy": 0.87,
               "attributed_f1": 0.86},
    "indirect": {"precision": 0.68, "recall": 0.88, "f1": 0.77, "speaker_accuracy": 0.88,
                 "attributed_f1": 0.72},
}


def _bench():
    return load_bench("quotes")


@pytest.mark.parametrize("batch, gold_name, floors", [
    (1, "BASIL_OWN_GOLD", FLOORS_1),
    (2, "BASIL_OWN_GOLD_2", FLOORS_2),
    (3, "BASIL_OWN_GOLD_3", FLOORS_3),
    (4, "BASIL_OWN_GOLD_4", FLOORS_4),
    (5, "BASIL_OWN_GOLD_5", FLOORS_5),
    (6, "BASIL_OWN_GOLD_6", FLOORS_6),
    (7, "BASIL_OWN_GOLD_7", FLOORS_7),
    (8, "BASIL_OWN_GOLD_8", FLOORS_8),
    (9, "BASIL_OWN_GOLD_9", FLOORS_9),
    (10, "BASIL_OWN_GOLD_10", FLOORS_10),
])
def test_basil_own_quotes_stay_above_floors(batch, gold_name, floors):
    if not BASIL.is_dir():
        pytest.skip(f"BASIL not available at {BASIL}")
    bench = _bench()
    articles = bench.load_basil_own(getattr(bench, gold_name))
    low = quote_figures_below(articles, floors)
    assert not low, f"BASIL batch-{batch} quotes fell below their floors (got, floor): {low}"
