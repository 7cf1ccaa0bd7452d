"""Train the pentacode event classifier shipped in readout's package data.

Reads ONLY the ConfliBERT CAMEO train split. The test split and the PLOVER
gold records are never opened here: most PLOVER gold sentences are also in the
ConfliBERT test split, so both are kept for evaluation (bench/events_pentacode.py).

Then the weight given to readout's own parse-and-lexicon event type (its pentacode) when
combined with the classifier's probabilities is chosen on out-of-fold predictions on train
(see choose_parse_weight); it is stored in the metadata as parse_combination.

Several candidate pipelines are scored by stratified 5-fold cross-validation
on train (macro-F1); the best one is refitted on all of train and written to
src/readout/analyze/data/event_classifier.joblib with a JSON metadata file.

Usage: python scripts/train_event_classifier.py [--train PATH] [--out-dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import platform
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import sklearn
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from readout.analyze.event_classifier import (  # noqa: E402
    DATA_DIR,
    FEATURE_VERSION,
    PENTACODE_LABELS,
    featurize,
    lexicon_fingerprint,
    read_cameo_split,
)

DEFAULT_TRAIN = REPO.parent / "shared" / "data" / "conflibert-cameo" / "cameo_class" / "train.tsv"
SEED = 0
FOLDS = 5





def _folds() -> StratifiedKFold:
    return StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)


def _features(cue_weight: float, word_min_df: int = 2) -> ColumnTransformer:
    # Column 0: masked sentence (word 1-2-grams and char 2-5-grams);
    # column 1: cue features from the hand-written CAMEO lexicon.
    blocks: list[tuple[str, Any, int]] = [
        (
            "words",
            TfidfVectorizer(
                ngram_range=(1, 2), sublinear_tf=True, min_df=word_min_df, dtype=np.float32
            ),
            0,
        ),
        (
            "chars",
            TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=(2, 5),
                sublinear_tf=True,
                min_df=2,
                dtype=np.float32,
            ),
            0,
        ),
    ]
    weights = {"words": 1.0, "chars": 1.0}
    if cue_weight > 0:
        blocks.append(
            (
                "cues",
                TfidfVectorizer(
                    token_pattern=r"\S+", lowercase=False, sublinear_tf=True, dtype=np.float32
                ),
                1,
            )
        )
        weights["cues"] = cue_weight
    return ColumnTransformer(blocks, transformer_weights=weights)


def _svc(c: float) -> CalibratedClassifierCV:
    # Sigmoid calibration on out-of-fold scores gives probabilities; one final
    # SVC (ensemble=False) keeps the model file small.
    return CalibratedClassifierCV(
        LinearSVC(C=c, random_state=SEED), method="sigmoid", cv=_folds(), ensemble=False
    )


def _lr(c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=5000)


def candidates() -> dict[str, Callable[[], Pipeline]]:
    """Named pipeline factories; kept small because the machine is shared."""
    return {
        "tfidf+svc C=0.5 (no cues)": lambda: Pipeline([("f", _features(0.0)), ("m", _svc(0.5))]),
        "tfidf+cues0.5+svc C=0.5": lambda: Pipeline([("f", _features(0.5)), ("m", _svc(0.5))]),
        "tfidf+cues0.5+svc C=1": lambda: Pipeline([("f", _features(0.5)), ("m", _svc(1.0))]),
        "tfidf+cues0.3+svc C=0.5": lambda: Pipeline([("f", _features(0.3)), ("m", _svc(0.5))]),
        "tfidf+cues0.8+svc C=0.5": lambda: Pipeline([("f", _features(0.8)), ("m", _svc(0.5))]),
        "tfidf+cues0.5+lr C=20": lambda: Pipeline([("f", _features(0.5)), ("m", _lr(20.0))]),
        "tfidf+cues1.0+lr C=20": lambda: Pipeline([("f", _features(1.0)), ("m", _lr(20.0))]),
    }


def _drop_volatile_state(model: Pipeline) -> None:
    """Remove fitted state that differs between identical runs.

    TfidfVectorizer caches ``id(stop_words)`` (a memory address) in
    ``_stop_words_id``; pickled, it makes the model file differ run to run.
    scikit-learn recomputes it on demand, so dropping it is safe.
    """
    for _, transformer, _ in model.named_steps["f"].transformers_:
        if hasattr(transformer, "_stop_words_id"):
            del transformer._stop_words_id


PARSE_WEIGHTS = [round(0.1 * i, 1) for i in range(11)]
PARSE_TOLERANCE = 0.002


def parse_onehot(texts: list[str], classes: list[str]) -> np.ndarray:
    """One-hot pentacode of readout's own parse-and-lexicon event type per sentence (all
    zeros when the parse finds no event)."""
    from readout.analyze.events import PENTACODE, sentence_type
    from readout.analyze.pipeline import build_pipeline

    nlp = build_pipeline(None)
    out = np.zeros((len(texts), len(classes)))
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("readout_")]):
        for i, doc in enumerate(nlp.pipe(texts, batch_size=64)):
            etype = sentence_type(doc, None)
            if etype is not None:
                out[i, classes.index(PENTACODE_LABELS[PENTACODE[etype]])] = 1.0
    return out


def choose_parse_weight(make: Callable[[], Pipeline], x: np.ndarray, y: np.ndarray,
                        texts: list[str]) -> dict[str, Any]:
    """Weight of the parse's pentacode added to the classifier's probabilities, chosen on
    out-of-fold predictions on train: the largest weight whose macro-F1 stays within
    PARSE_TOLERANCE of the best. Train is in-domain for the n-gram model, so when train
    cannot tell the weights apart the one leaning more on the parse, which does not depend
    on the era's vocabulary, is preferred (a prior fixed before any test figure was read)."""
    classes = sorted(set(y.tolist()))
    oof = cross_val_predict(make(), x, y, cv=_folds(), method="predict_proba")
    onehot = parse_onehot(texts, classes)
    scores = {}
    for w in PARSE_WEIGHTS:
        pred = np.array(classes)[(oof + w * onehot).argmax(axis=1)]
        scores[str(w)] = round(float(f1_score(y, pred, average="macro")), 4)
        print(f"  parse weight {w:.1f}: oof macro-F1 {scores[str(w)]:.4f}", flush=True)
    best = max(scores.values())
    weight = max(float(w) for w, v in scores.items() if v >= best - PARSE_TOLERANCE)
    coverage = round(float(onehot.sum(axis=1).mean()), 4)
    return {"weight": weight, "oof_macro_f1": scores, "tolerance": PARSE_TOLERANCE,
            "parse_coverage_train": coverage}


def sha1_of(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--out-dir", type=Path, default=DATA_DIR)
    args = ap.parse_args(argv)

    texts, labels = read_cameo_split(args.train)
    x = featurize(texts)
    y = np.array(labels)
    print(f"train: {len(texts)} sentences {dict(sorted(Counter(labels).items()))}")

    scores: dict[str, float] = {}
    for name, make in candidates().items():
        t0 = time.time()
        pred = cross_val_predict(make(), x, y, cv=_folds())
        scores[name] = round(float(f1_score(y, pred, average="macro")), 4)
        print(f"  cv macro-F1 {scores[name]:.4f}  {name}  ({time.time() - t0:.0f}s)", flush=True)
    # Highest CV score wins; ties go to the earlier (simpler) candidate.
    best = max(scores, key=lambda n: (scores[n], -list(scores).index(n)))
    print(f"chosen: {best}")

    parse = choose_parse_weight(candidates()[best], x, y, texts)
    print(f"parse weight: {parse['weight']}")

    model = candidates()[best]().fit(x, y)
    _drop_volatile_state(model)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    model_path = args.out_dir / "event_classifier.joblib"
    payload = {
        "pipeline": model,
        "lexicon_sha1": lexicon_fingerprint(),
        "feature_version": FEATURE_VERSION,
    }
    joblib.dump(payload, model_path, compress=3)

    try:
        train_ref = str(args.train.resolve().relative_to(REPO.parent))
        train_ref = "../" + train_ref  # relative to the repository root
    except ValueError:
        train_ref = str(args.train)
    metadata = {
        "task": "CAMEO pentacode sentence classification",
        "labels": list(PENTACODE_LABELS),
        "conflibert_label_ids": {str(i): n for i, n in enumerate(PENTACODE_LABELS)},
        "training_data": {
            "path": train_ref,
            "sha1": sha1_of(args.train),
            "sentences": len(texts),
            "class_counts": dict(sorted(Counter(labels).items())),
        },
        "trained_on": dt.date.today().isoformat(),
        "model_file": model_path.name,
        "model_sha1": sha1_of(model_path),
        "model_bytes": model_path.stat().st_size,
        "chosen": best,
        "cv": {
            "folds": FOLDS,
            "seed": SEED,
            "metric": "macro-F1",
            "scores": scores,
            "best": scores[best],
        },
        "parse_combination": parse,
        "feature_version": FEATURE_VERSION,
        "lexicon_sha1": lexicon_fingerprint(),
        "sklearn_version": sklearn.__version__,
        "python_version": platform.python_version(),
        "notes": [
            "Fitted on the ConfliBERT train split only; this script never opens the test "
            "split or the PLOVER gold records.",
            "The train split has pentacode labels only (0-4), no CAMEO root codes, so PLOVER's "
            "16 event types cannot be learned from it.",
            "The cue lexicon was written from CAMEO codebook knowledge and refined after reading "
            "cross-validation errors on train and errors on one half of the test split (sentences "
            "whose sha1 is even); the CV score is therefore optimistic, and "
            "bench/events_pentacode.py reports the uninspected half separately.",
            "The pickle needs a compatible scikit-learn version (see sklearn_version).",
            "parse_combination: at prediction time the classifier's probabilities plus "
            "weight x one-hot(pentacode of readout's parse-and-lexicon event type) decide; the "
            "weight was chosen on out-of-fold predictions on train only.",
        ],
    }
    meta_path = args.out_dir / "event_classifier.json"
    meta_path.write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {model_path} ({metadata['model_bytes']:,} bytes) and {meta_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
