"""Quote and speaker behaviours from the written diplomacy news (tests/gold/written_quotes_dev.json,
bench/written_news/dev), each on sentences written here in new wording, and the gate of that set."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gold_checks import load_bench, quote_figures_below

pytest.importorskip("spacy")

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def analyze(quotes_dated):
    return quotes_dated("2022-03-01")


def _by_text(text, quotes, kind="direct"):
    return {text[q.start:q.end]: q.speaker for q in quotes if q.kind == kind}


QUOTED_AS = (
    "Beijing's account put trade first, quoting Mr. Li as saying that the tariffs were \"a clear "
    "mistake.\" The Chinese summary also quoted Li Qiang as telling the visitor that trade "
    "would grow.")


def test_an_account_quoting_someone_as_saying_gives_the_words_to_the_one_quoted(analyze):
    # the account that quotes (or the verb it governs the sentence with) is not the speaker
    got = analyze(QUOTED_AS)
    assert _by_text(QUOTED_AS, got)["a clear mistake."] == "Li Qiang"
    assert _by_text(QUOTED_AS, got, "indirect")["trade would grow"] == "Li Qiang"


def test_a_person_quoted_as_saying_in_the_passive_speaks(analyze):
    text = "In Tokyo, Li Qiang was quoted as saying that the talks had gone well."
    assert _by_text(text, analyze(text), "indirect")["the talks had gone well"] == "Li Qiang"


OTHER_SPOKESMAN = (
    "Defence spokesman Paul Grant said the ships were ready. Canadian Prime Minister Justin "
    "Trudeau's spokesman said Ottawa would judge the plan by its results.")


def test_a_named_leaders_spokesman_is_not_another_spokesman_named_before(analyze):
    # 'Trudeau's spokesman' is Trudeau's aide, unnamed here: not Paul Grant, who speaks for
    # the defence ministry
    got = _by_text(OTHER_SPOKESMAN, analyze(OTHER_SPOKESMAN), "indirect")
    assert got["the ships were ready"] == "Paul Grant"
    assert got["Ottawa would judge the plan by its results"] != "Paul Grant"


FAMILY_NAME_FIRST = (
    "The visit followed talks between adviser Jake Sullivan and Wang Yi in Vienna in May. "
    "Wang said the United States had to choose between talks and conflict.")


def test_a_family_name_written_first_is_the_person_named_in_full(analyze):
    # 'Wang' (tagged as an organisation) is the first word of the one full name 'Wang Yi'
    got = _by_text(FAMILY_NAME_FIRST, analyze(FAMILY_NAME_FIRST), "indirect")
    assert got["the United States had to choose between talks and conflict"] == "Wang Yi"


CLEFT = (
    "Trade grew, according to the official Tass news agency.\n\n"
    "It was Ambassador Olaf Berg who revealed the plan in Oslo on Monday, telling reporters "
    "that a deal had been reached after long talks.")


def test_a_participle_after_a_cleft_goes_with_the_one_picked_out(analyze):
    # 'It was X who ..., telling': not the 'it' of the main clause (nor the agency before it)
    got = _by_text(CLEFT, analyze(CLEFT), "indirect")
    assert got["a deal had been reached after long talks"] == "Olaf Berg"


MINISTRIES = (
    "China's foreign ministry said talks would go on. India's defence ministry said the patrols "
    "would resume.")


def test_a_states_ministry_in_lower_case_is_the_body_or_the_state(analyze):
    # the gazetteer's body when it knows the ministry, else the state speaking through it;
    # never the bare word 'ministry'
    got = _by_text(MINISTRIES, analyze(MINISTRIES), "indirect")
    assert got["talks would go on"] == "Chinese Foreign Ministry"
    assert got["the patrols would resume"] == "India"


# The written news set (the ten development articles), pinned when the gold was made: 27
# required direct quotes and 73 required indirect clauses. First (blind) measurement: direct
# P/R/F1 1.0/1.0/1.0, speaker 0.852, attributed F1 0.852; indirect 0.894/1.0/0.944, speaker
# 0.808, attributed F1 0.754. After the gold's listed corrections: direct speaker 0.889;
# indirect 0.962/1.0/0.981, speaker 0.877, attributed F1 0.849. After the fixes made on it:
# direct speaker 0.926, attributed F1 0.926; indirect 0.962/1.0/0.981, speaker 0.945,
# attributed F1 0.915. Floors leave about two errors of margin.
FLOORS = {
    "direct": {"precision": 0.95, "recall": 0.95, "f1": 0.95, "speaker_accuracy": 0.85,
               "attributed_f1": 0.85},
    "indirect": {"precision": 0.93, "recall": 0.96, "f1": 0.95, "speaker_accuracy": 0.91,
                 "attributed_f1": 0.88},
}


def test_written_news_quotes_stay_above_floors():
    bench = load_bench("quotes")
    articles = bench.load_written()
    assert articles and all(a.name.startswith("written:") for a in articles)
    low = quote_figures_below(articles, FLOORS)
    assert not low, f"written news quotes fell below their floors (got, floor): {low}"


def test_written_gold_is_offsets_and_development_only():
    import json

    gold = json.loads((REPO / "tests" / "gold" / "written_quotes_dev.json").read_text("utf-8"))
    assert gold["held_out"] is False and "blind" in gold["notes"]
    for key, entry in gold["files"].items():
        assert key.startswith("dev/") and len(entry["sha1"]) == 40
        for q in entry["quotes"]:
            assert 0 <= q["start"] < q["end"] and "text" not in q
