"""Behaviour of the shipped pentacode event classifier (accuracy lives in bench/)."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import pytest

try:
    from readout.analyze import event_classifier as ec
except ImportError:  # checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from readout.analyze import event_classifier as ec

# Written for these tests; not taken from any corpus.
SENTENCES = [
    "The two foreign ministers met in Vienna on Tuesday to discuss the ceasefire.",
    "Rebels shelled the airport overnight, killing four soldiers.",
    "The government refused to release the detained journalists.",
    "The ministry said it was studying the proposal.",
    "The bank sent 40 tonnes of medical supplies to the flooded region.",
]


@pytest.fixture(scope="module")
def clf() -> ec.EventClassifier:
    return ec.load_event_classifier()


def test_model_files_are_package_data() -> None:
    assert ec.DEFAULT_MODEL_PATH.is_file()
    assert ec.DEFAULT_MODEL_PATH.stat().st_size < 5_000_000
    meta = json.loads(ec.DEFAULT_METADATA_PATH.read_text(encoding="utf-8"))
    assert meta["labels"] == list(ec.PENTACODE_LABELS)
    assert meta["lexicon_sha1"] == ec.lexicon_fingerprint()
    assert len(meta["training_data"]["sha1"]) == 40


def test_loads_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the event classifier must not touch the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    ec._load.cache_clear()
    model = ec.load_event_classifier()
    assert model.predict(SENTENCES[:1])


def test_loader_is_cached() -> None:
    assert ec.load_event_classifier() is ec.load_event_classifier(ec.DEFAULT_MODEL_PATH)


def test_predicts_known_labels_with_probabilities(clf: ec.EventClassifier) -> None:
    assert set(clf.labels) == set(ec.PENTACODE_LABELS)
    out = clf.predict(SENTENCES)
    assert len(out) == len(SENTENCES)
    for label, prob in out:
        assert label in ec.PENTACODE_LABELS
        assert isinstance(prob, float)
        assert 0.0 < prob <= 1.0
    proba = clf.predict_proba(SENTENCES)
    assert proba.shape == (len(SENTENCES), len(ec.PENTACODE_LABELS))
    assert proba.sum(axis=1) == pytest.approx([1.0] * len(SENTENCES))


def test_deterministic(clf: ec.EventClassifier) -> None:
    first = clf.predict(SENTENCES)
    assert clf.predict(SENTENCES) == first
    # Batch composition must not change a sentence's result.
    assert [clf.predict([s])[0] for s in SENTENCES] == first


def test_empty_inputs(clf: ec.EventClassifier) -> None:
    assert clf.predict([]) == []
    [(label, prob)] = clf.predict([""])
    assert label in ec.PENTACODE_LABELS
    assert 0.0 < prob <= 1.0
    assert ec.cue_features("") == "NOCUE"


def test_cues_offsets_and_embedding() -> None:
    text = "The government refused to release the detained journalists."
    cues = ec.find_cues(text)
    assert [c.root for c in cues][:2] == ["12", "08"]
    assert text[cues[0].start : cues[0].end] == "refused"
    feats = ec.cue_features(text).split()
    # "release" sits inside the refusal, so it is marked embedded.
    assert "FIRST_C12" in feats and "EMB_C08" in feats and "C08" not in feats


def test_rejects_model_from_other_lexicon(tmp_path: Path, clf: ec.EventClassifier) -> None:
    import joblib

    bad = tmp_path / "event_classifier.joblib"
    joblib.dump({"pipeline": clf._pipeline, "lexicon_sha1": "0" * 40}, bad)
    with pytest.raises(ValueError, match="different cue lexicon"):
        ec.load_event_classifier(bad)


def test_parse_combination_weight_is_from_train_and_can_overrule(clf) -> None:
    meta = json.loads(ec.DEFAULT_METADATA_PATH.read_text(encoding="utf-8"))
    combo = meta["parse_combination"]
    assert 0.0 <= clf.parse_weight == combo["weight"] <= 1.0
    plain = clf.predict(SENTENCES)
    # no parse evidence: the classifier decides alone
    assert clf.predict_with_parse(SENTENCES, [None] * len(SENTENCES)) == plain
    # parse evidence for a class shifts the decision only by the stored weight
    probs = clf.predict_proba(SENTENCES[:1])[0]
    target = ec.PENTACODE_LABELS.index("material conflict")
    label, _ = clf.predict_with_parse(SENTENCES[:1], [target])[0]
    gap = probs.max() - probs[clf.labels.index("material conflict")]
    assert (label == "material conflict") == (gap < clf.parse_weight or gap == 0)
