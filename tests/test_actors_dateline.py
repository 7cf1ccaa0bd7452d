"""The one dateline pattern (readout.analyze.text.DATELINE) and its readers: ingest takes the
agency and the day, the actor resolver skips the place. Lines written for these tests."""

import pytest

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.analyze.text import DATELINE
from readout.ingest.metadata import metadata_from_text
from readout.records import Article


@pytest.mark.parametrize(("line", "place", "region", "date", "agency"), [
    ("OSLO, Norway, March 3 (Wirenews) - Talks resumed", "OSLO", "Norway", "March 3", "Wirenews"),
    ("LIMA, Feb. 2, 2024 (Wirenews) — The envoys met", "LIMA", None, "Feb. 2, 2024", "Wirenews"),
    ("NEW DELHI — The minister arrived", "NEW DELHI", None, None, None),
    ("BAKU—Officials said the border was calm", "BAKU", None, None, None),
])
def test_the_parts_of_a_dateline(line: str, place: str, region: str | None, date: str | None,
                                 agency: str | None) -> None:
    match = DATELINE.match(line)
    assert match is not None
    assert (match.group("place"), match.group("region"), match.group("date"),
            match.group("agency")) == (place, region, date, agency)


@pytest.mark.parametrize("line", ["EU-China talks open", "NATO-Russia council met",
                                  "THE END", "Kyiv — the capital"])
def test_no_dateline(line: str) -> None:
    assert DATELINE.match(line) is None


def test_ingest_reads_the_agency_and_the_day() -> None:
    meta = metadata_from_text("Envoys meet again\n\nOSLO, March 3 (Wirenews) - Talks resumed "
                              "on Tuesday between the two delegations.\n")
    assert meta.outlet == "Wirenews"
    assert meta.dateline_day == "March 3"


def test_the_place_of_a_dateline_is_no_actor() -> None:
    nlp = build_pipeline(None)
    text = ("Ceasefire talks stall\n\nDOHA—The Foreign Ministry said on Monday that the "
            "delegations would stay another day.")
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published="2024-05-06")))
    found = [(m.text, m.actor) for m in doc._.actor_mentions]
    assert not any(t == "DOHA" for t, _ in found)
    # the unowned ministry is the one of the state whose capital the dateline names
    assert any(a in ("Qatar", "Qatari Foreign Ministry") for _, a in found), found


@pytest.mark.parametrize("text, party", [
    ("LIMA, May 5 - Peruvian officials said talks with Chile would resume.", "Peru"),
    ("PARIS, July 14 - French President Emmanuel Macron called his Chinese counterpart.",
     "France"),
    ("SEOUL, Jan 8 - South Korea summoned Japan's ambassador on Monday.", "South Korea")])
def test_the_dash_closing_a_dateline_joins_no_entity(text: str, party: str) -> None:
    """Left to itself the small model reads "May 5 - Peruvian" as one date, and the state that
    acts is then lost to actors, events and contacts alike."""
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published="2024-05-06")))
    dash = next(t for t in doc if t.text in ("-", "--", "—"))
    assert not any(e.start <= dash.i < e.end for e in doc.ents), [e.text for e in doc.ents]
    assert party in {m.actor for m in doc._.actor_mentions}


def test_only_a_dateline_dash_is_set_before_the_recognizer() -> None:
    from readout.analyze.pipeline import _dateline_dash

    nlp = build_pipeline(None)
    doc = _dateline_dash(nlp.make_doc("ROME, May 2 - Italy and Greece met. Talks ran 2019 - 2021."))
    fixed = [t.text for t in doc if t.ent_iob_]
    assert fixed == ["-"] and doc[4].text == "-"
