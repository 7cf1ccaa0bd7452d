"""Regression gate: contacts and actor resolution on the gold files may not fall below the
floors pinned here (the figures measured when they were set, minus a small margin). Raise the
floors when the extractor improves; bench/contacts.py reports the full figures."""

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FLOORS = {"seeds": 0.94, "usgov": 0.935, "usgov_dev2": 0.76, "timeline": 0.72,
          "basil_dev": 0.78, "basil_dev2": 0.72, "basil_dev3": 0.78, "polnear_dev": 0.76,
          "timeline_dev2": 0.5, "timeline_dev3": 0.72, "timeline_dev4": 0.8, "basil_dev4": 0.65,
          "timeline_dev5": 0.85, "basil_dev6": 0.78, "written_dev": 0.70, "written_dev2": 0.55,
          "written_dev3": 0.50, "written_dev4": 0.40, "written_dev5": 0.53,
          "ruwa_dev": 0.8, "ruwa_dev_relaxed": 0.8}
ACTOR_FLOOR = 0.96


def _bench():
    spec = importlib.util.spec_from_file_location("bench_contacts", REPO / "bench" / "contacts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench():
    if not (SHARED / "seeds").is_dir() or not (SHARED / "data").is_dir():
        pytest.skip("../shared is not available")
    return _bench()


def test_seeds_contacts_floor(bench):
    import json
    gold = json.loads((REPO / "tests/gold/seeds_contacts.json").read_text("utf-8"))
    result, _, _ = bench.run_set("seeds", bench.load_seeds(gold, gold_published=True), False)
    assert result["strict"]["f1"] >= FLOORS["seeds"]


def test_usgov_contacts_and_actor_floors(bench):
    import json
    gold = json.loads((REPO / "tests/gold/usgov_contacts.json").read_text("utf-8"))
    result, analyses, mentions = bench.run_set("usgov", bench.load_usgov(gold), False)
    assert result["strict"]["f1"] >= FLOORS["usgov"]
    actors = bench.actor_accuracy(gold["actor_sample"], analyses, mentions, "usgov:", False)
    assert actors["total"] == len(gold["actor_sample"])
    assert actors["accuracy"] >= ACTOR_FLOOR


def test_usgov_dev2_contacts_floor(bench):
    """Twenty more varied statements (remarks, interviews, Treasury and State documents),
    annotated from the text before the system was run on them."""
    import json
    gold = json.loads((REPO / "tests/gold/usgov_contacts_dev2.json").read_text("utf-8"))
    result, _, _ = bench.run_set("usgov_dev2", bench.load_usgov(gold), False)
    assert result["strict"]["f1"] >= FLOORS["usgov_dev2"]


def test_timeline_contacts_floor(bench):
    """Ordinary news prose: dated updates of the Syria, Libya and Egypt timelines, annotated
    from the text before the system was run on them."""
    import json
    gold = json.loads((REPO / "tests/gold/timeline_contacts.json").read_text("utf-8"))
    result, _, _ = bench.run_set("timeline", bench.load_timeline(gold), False)
    assert result["documents"] == len(gold["docs"])
    assert result["strict"]["f1"] >= FLOORS["timeline"]


def test_timeline_dev2_contacts_floor(bench):
    """International news prose of 2005 and 2014: 50 iraq_war updates and all nsa_leak updates,
    annotated before the system was run on them (few contacts: the floor is coarse)."""
    import json
    gold = json.loads((REPO / "tests/gold/timeline_contacts_dev2.json").read_text("utf-8"))
    result, _, _ = bench.run_set("timeline_dev2", bench.load_timeline(gold), False)
    assert result["documents"] == len(gold["docs"]) == 79
    assert result["strict"]["f1"] >= FLOORS["timeline_dev2"]
    assert result["strict"]["precision"] >= 0.6


def test_timeline_dev3_contacts_floor(bench):
    """Fresh wording: 60 updates by the timelines' second annotator (four development events),
    annotated before the system was run on them (blind first figure 0.571)."""
    import json
    gold = json.loads((REPO / "tests/gold/timeline_contacts_dev3.json").read_text("utf-8"))
    result, _, _ = bench.run_set("timeline_dev3", bench.load_timeline(gold), False)
    assert result["documents"] == len(gold["docs"]) == 60
    assert result["strict"]["f1"] >= FLOORS["timeline_dev3"]
    assert result["strict"]["precision"] >= 0.75


def test_basil_dev_contacts_floor(bench):
    """Ordinary political news: 15 articles of the BASIL development half (long articles with
    many names, US politics and foreign visits), annotated before the system was run."""
    import json
    gold = json.loads((REPO / "tests/gold/basil_contacts_dev.json").read_text("utf-8"))
    result, _, _ = bench.run_set("basil_dev", bench.load_basil_dev(gold), False)
    assert result["documents"] == len(gold["docs"]) == 15
    assert result["strict"]["f1"] >= FLOORS["basil_dev"]


def test_basil_dev2_contacts_floor(bench):
    """A second BASIL development set: 13 articles (other outlets' versions of the first set's
    stories and fresh stories), annotated before the system was run on them."""
    import json
    gold = json.loads((REPO / "tests/gold/basil_contacts_dev2.json").read_text("utf-8"))
    result, _, _ = bench.run_set("basil_dev2", bench.load_basil_dev(gold), False)
    assert result["documents"] == len(gold["docs"]) == 13
    assert result["strict"]["f1"] >= FLOORS["basil_dev2"]


def test_basil_dev3_contacts_floor(bench):
    """A third BASIL development set: the 12 articles of four triplets moved from the held-out
    half, annotated before the system was run on them (first blind figure strict F1 0.16,
    0.69 when the floor was set: two errors of margin)."""
    import json
    gold = json.loads((REPO / "tests/gold/basil_contacts_dev3.json").read_text("utf-8"))
    result, _, _ = bench.run_set("basil_dev3", bench.load_basil_dev(gold), False)
    assert result["documents"] == len(gold["docs"]) == 12
    assert result["strict"]["f1"] >= FLOORS["basil_dev3"]


def test_timeline_dev4_contacts_floor(bench):
    """Four timelines never used for contacts (Gaza 2014, the 2008 crisis, MH370; the NSA leak
    by its third annotator): 30 updates annotated before the system was run on them (first
    blind figure strict F1 0.545, 1.0 when the floor was set: one error of margin)."""
    import json
    gold = json.loads((REPO / "tests/gold/timeline_contacts_dev4.json").read_text("utf-8"))
    result, _, _ = bench.run_set("timeline_dev4", bench.load_timeline(gold), False)
    assert result["documents"] == len(gold["docs"]) == 30
    assert result["strict"]["f1"] >= FLOORS["timeline_dev4"]
    assert result["place_accuracy_of_matched"] in (None, 1.0)


def test_basil_dev4_contacts_floor(bench):
    """Six whole BASIL articles of two triplets moved to development (the end of the 2019
    shutdown, the defence secretary's resignation), annotated before the system was run (first
    blind figure strict F1 0.0, 0.571 when the floor was set, 0.75 when it was raised: two of
    the five required contacts are a president with his own secretary told without a meeting
    word or as a job interview).
    Most of the six articles hold only tempting non-contacts: at most one may be reported."""
    import json
    gold = json.loads((REPO / "tests/gold/basil_contacts_dev4.json").read_text("utf-8"))
    result, _, _ = bench.run_set("basil_dev4", bench.load_basil_dev(gold), False)
    assert result["documents"] == len(gold["docs"]) == 6
    assert result["strict"]["f1"] >= FLOORS["basil_dev4"]
    assert result["false_positives_on_not_contacts"] <= 1


def test_timeline_dev5_contacts_floor(bench):
    """25 updates never used by any gold (annotators 2 and 3 of five development timelines,
    bench/contacts_dev5_select.py), annotated before the system was run on them (first blind
    figure strict F1 1.0: one error of margin)."""
    import json
    gold = json.loads((REPO / "tests/gold/timeline_contacts_dev5.json").read_text("utf-8"))
    result, _, _ = bench.run_set("timeline_dev5", bench.load_timeline(gold), False)
    assert result["documents"] == len(gold["docs"]) == 25
    assert result["strict"]["f1"] >= FLOORS["timeline_dev5"]
    assert result["false_positives_on_not_contacts"] == 0


def test_basil_dev5_contacts_floor(bench):
    """Six whole BASIL articles of two more moved triplets (a Supreme Court filibuster, a tax
    official at a House hearing), annotated before the system was run: hearings, interviews,
    letters and subpoenas, no required contact. The blind run reported one false contact ('a
    threshold he is not on track to meet'), none when the gate was set: at most one may be."""
    import json
    gold = json.loads((REPO / "tests/gold/basil_contacts_dev5.json").read_text("utf-8"))
    result, _, _ = bench.run_set("basil_dev5", bench.load_basil_dev(gold), False)
    assert result["documents"] == len(gold["docs"]) == 6
    assert result["strict"]["fp"] <= 1
    assert result["strict"]["fn"] == 0


def test_polnear_dev_contacts_floor(bench):
    """A recall gold on 17 PolNeAR dev articles (US political news of 2016), every contact
    annotated before the system was run on them; first blind figure strict F1 0.500, 0.760 when
    the floor was set."""
    import json
    gold = json.loads((REPO / "tests/gold/polnear_contacts_dev.json").read_text("utf-8"))
    result, _, _ = bench.run_set("polnear_dev", bench.load_polnear_dev(gold), False)
    assert result["documents"] == len(gold["docs"]) == 17
    assert result["strict"]["f1"] >= FLOORS["polnear_dev"]


def test_ruwa_dev_contacts_floor(bench):
    """60 RUWA war headlines with their subheadings (bench/contacts_ruwa_select.py), every
    contact annotated before the system was run on them; first blind figure strict F1 0.615
    (relaxed 0.615), 0.833 (relaxed 0.833) when the floor was raised. The many non-contact
    'calls' of headlines are gated too."""
    import json
    gold = json.loads((REPO / "tests/gold/ruwa_contacts_dev1.json").read_text("utf-8"))
    result, _, _ = bench.run_set("ruwa_dev", bench.load_ruwa(gold), False)
    assert result["documents"] == len(gold["docs"]) == 60
    assert result["strict"]["f1"] >= FLOORS["ruwa_dev"]
    assert result["relaxed"]["f1"] >= FLOORS["ruwa_dev_relaxed"]
    assert result["false_positives_on_not_contacts"] == 0


def test_scorer_counts_matches_and_misses(bench):
    """The scorer itself: one exact match, one wrong date, one optional entry."""
    from readout.records import Contact

    def contact(start, end, parties, fmt, date):
        return Contact(participants=parties, format=fmt, date=date, place=None, status="held",
                       evidence="", start=start, end=end)

    gold = [
        {"participants": ["A", "B"], "format": "meeting", "date": "2022-01-02",
         "evidence_start": 0, "evidence_end": 10},
        {"participants": ["A", "C"], "format": ["phone call", "video call"],
         "date": "2022-01-03", "evidence_start": 11, "evidence_end": 20},
        {"participants": ["D", "E"], "format": "visit", "date": None, "optional": True,
         "evidence_start": 21, "evidence_end": 30},
    ]
    system = [contact(0, 10, ["A", "B"], "meeting", "2022-01-02"),
              contact(11, 20, ["A", "C"], "video call", "2022-01-04"),
              contact(21, 30, ["D", "E"], "visit", None)]
    result = bench.score_document(system, gold, bench.strict_match)
    assert (result["tp"], result["fp"], result["fn"]) == (1, 1, 1)


def test_scorer_reads_alternatives_fairly(bench):
    """Alternatives are paired as a matching, a null alternative lets a participant or a date
    be left out, and nothing else is loosened."""
    equal = bench.participants_equal
    # a person with their government as an alternative, beside that government: a greedy
    # reading takes "United States" for the first slot and then misses the second
    assert equal(["Joe Biden", "United States"], [["Joe Biden", "United States"],
                                                  "United States"])
    assert equal(["Joe Biden", "United States"], ["United States",
                                                  ["United States", "Joe Biden"]])
    assert equal(["United States", "Joe Biden"], [["United States", "Joe Biden"],
                                                  "United States"])
    assert equal(["Joe Biden", "Vladimir Putin"], ["Joe Biden", ["Vladimir Putin", "Russia"]])
    assert not equal(["Joe Biden", "Russia", "Vladimir Putin"],
                     ["Joe Biden", ["Vladimir Putin", "Russia"]])
    # an optional participant (null among the alternatives)
    assert equal(["Joe Biden", "Vladimir Putin"], ["Joe Biden", "Vladimir Putin",
                                                   [None, "Kremlin"]])
    assert equal(["Joe Biden", "Kremlin", "Vladimir Putin"],
                 ["Joe Biden", "Vladimir Putin", [None, "Kremlin"]])
    assert not equal(["Joe Biden"], ["Joe Biden", "Vladimir Putin", [None, "Kremlin"]])
    # dates: a list with a null accepts no date; a single date must be met
    assert bench.date_ok(None, [None, "2023-02"]) and bench.date_ok("2023-02", [None, "2023-02"])
    assert not bench.date_ok("2023-03", [None, "2023-02"])
    assert not bench.date_ok(None, "2023-02-14")
    assert bench.date_ok("2023-02-14", None)


def test_polnear_dev2_contacts_precision(bench):
    """Eight further PolNeAR dev articles (bench/contacts_polnear_dev2_select.py), annotated
    before the system was run on them: interviews, a Senate hearing, court arguments, a
    televised forum, debate invitations and rallies, and only optional contacts (a UN chief's
    trips without a host, multilateral talks). The blind run reported no contact at all."""
    import json
    gold = json.loads((REPO / "tests/gold/polnear_contacts_dev2.json").read_text("utf-8"))
    result, _, _ = bench.run_set("polnear_dev2", bench.load_polnear_dev(gold), False)
    assert result["documents"] == len(gold["docs"]) == 8
    assert result["strict"]["fp"] <= 1
    assert result["false_positives_on_not_contacts"] == 0


def test_basil_dev6_contacts_floor(bench):
    """Six whole foreign-affairs BASIL articles of two development triplets no contacts gold had
    used (bench/contacts_basil_dev6_select.py): a planned summit and a planned visit told again
    and again beside people who are no party to them. Blind figure strict F1 0.259; 0.833
    after the fixes of tests/test_contacts_fresh7.py."""
    import json
    gold = json.loads((REPO / "tests/gold/basil_contacts_dev6.json").read_text("utf-8"))
    result, _, _ = bench.run_set("basil_dev6", bench.load_basil_dev(gold), False)
    assert result["documents"] == len(gold["docs"]) == 6
    assert result["strict"]["f1"] >= FLOORS["basil_dev6"]


# The diplomacy news written for the project, each set annotated blind in two batches:
# - written_dev (tests/gold/written_contacts_dev.json, ten articles of bench/written_news/dev/:
#   wire copy with datelines, reports published the day after, analysis and an op-ed): blind
#   strict F1 0.465 (0.492 against the corrected gold); 0.720 after the fixes of
#   tests/test_contacts_written.py, 0.740 after those of the seventh session (several contacts
#   of one pair in one sentence);
# - written_dev2 (tests/gold/written_contacts_dev2.json, twelve articles by a second writer in
#   bench/written_news/dev2/: live updates, a state-media report, an editorial, an interview,
#   wire briefs): blind strict F1 0.323; 0.580 after the seventh session's fixes and the listed
#   corrections;
# - written_dev3 and written_dev4 (six articles each by the eighth session's writers desk4 and
#   desk5, bench/written_news/dev3/ and dev4/): blind strict F1 0.485 and 0.407; 0.563 and
#   0.453 at commit 07336bf (since clauses, talking at a venue, sidelines, asked echoes);
# - written_dev5 (six saved web pages with page furniture by desk7, bench/written_news/dev5/):
#   blind strict F1 0.571 (commit 07336bf).
@pytest.mark.parametrize(("name", "gold_file", "documents"), [
    ("written_dev", "written_contacts_dev.json", 10),
    ("written_dev2", "written_contacts_dev2.json", 12),
    ("written_dev3", "written_contacts_dev3.json", 6),
    ("written_dev4", "written_contacts_dev4.json", 6),
    ("written_dev5", "written_contacts_dev5.json", 6),
])
def test_written_contacts_floor(bench, name, gold_file, documents):
    import json
    gold = json.loads((REPO / "tests/gold" / gold_file).read_text("utf-8"))
    for entry in gold["docs"].values():
        for k, contact in enumerate(entry["contacts"]):
            assert 0 <= contact["evidence_start"] < contact["evidence_end"]
            assert "evidence" not in contact  # offsets only
            if "same_as" in contact:
                assert contact["same_as"] < k
    result, _, _ = bench.run_set(name, bench.load_written(gold), False)
    assert result["documents"] == len(gold["docs"]) == documents
    assert result["strict"]["f1"] >= FLOORS[name]
