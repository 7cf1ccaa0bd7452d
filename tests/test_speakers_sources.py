"""An unnamed source the parser hung as an apposition of the last name before the verb is
who spoke, not that name. The sentences are written for these tests."""

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


def _speakers(text):
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published="2024-03-04")))
    return [q.speaker for q in doc._.quotes]


def test_a_source_after_a_named_counterpart_is_not_that_person():
    text = ("Turkish Foreign Minister Hakan Fidan will travel to Moscow next week for talks "
            "with his Russian counterpart Sergei Lavrov, a diplomatic source said. Fidan met "
            "U.S. Secretary of State Antony Blinken in Washington in January.")
    assert _speakers(text) == [None]


def test_a_named_speaker_with_a_description_still_speaks():
    text = ("Marco Bellini, Italy's finance minister, said the talks would go on. Ruiz met "
            "Bellini in May.")
    assert _speakers(text) == ["Marco Bellini"]
