"""spaCy makes a new Token object on every access (doc[i], token.head, children), so two
tokens are the same word when their indices agree, never when they are the same object:
`token.head is token` is always False. This guard keeps identity tests on tokens out of
the analysis code (they silently turned clause cuts and loop ends into no-ops)."""

import re
from pathlib import Path

import spacy

SRC = Path(__file__).resolve().parents[1] / "src" / "readout"
TOKEN_WORDS = r"(?:token|verb|trigger|head|node|child|conj|anc|tok|word|root)"
IDENTITY = re.compile(rf"(?:\.head\s+is\b|\bis\s+(?:not\s+)?(?:\w+\.)*{TOKEN_WORDS}\b(?!\s*\())")


def test_spacy_tokens_are_new_objects_on_each_access():
    doc = spacy.blank("en")("Talks began.")
    assert doc[0] is not doc[0] and doc[0] == doc[0]


def test_analysis_code_compares_tokens_by_index():
    offenders = []
    for path in SRC.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if IDENTITY.search(code):
                offenders.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
