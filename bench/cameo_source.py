"""The ConfliBERT CAMEO training files the CAMEO benches read (bench/contacts_cameo.py,
bench/events_roles.py), and the rule that splits their sentences into a development and a
held-out half. The text stays in ../shared; nothing here is copied into the project."""

from __future__ import annotations

import hashlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CAMEO = REPO.parent / "shared" / "data" / "conflibert-cameo"
TAGGED = CAMEO / "cameo_ner" / "train.txt"  # CoNLL: "token tag" lines, blank between sentences
LABELLED = CAMEO / "cameo_class" / "train.tsv"  # text<TAB>pentacode label


def tagged_sentences() -> list[list[tuple[str, str]]]:
    """Each tagged sentence as (token, BIO tag) pairs, in file order."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in TAGGED.read_text("utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
            continue
        token, tag = line.rsplit(" ", 1)
        current.append((token, tag))
    if current:
        sentences.append(current)
    return sentences


def is_development(text: str) -> bool:
    """A raw sentence whose sha1 (UTF-8) is even is in the development half, odd held out."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % 2 == 0
