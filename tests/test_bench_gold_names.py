"""The contacts and events benches read a gold name through the gazetteer's forms: an alias
of one entry accepts that entry's canonical name, and nothing else is loosened."""

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from gold_names import name_accepted, name_accepted_folded  # noqa: E402


def _contacts_bench():
    spec = importlib.util.spec_from_file_location("bench_contacts", REPO / "bench" / "contacts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_alias_of_one_entry_accepts_its_canonical_name() -> None:
    assert name_accepted("Republic of Congo", "Republic of the Congo")
    assert name_accepted(["Tayyip Erdogan", "Turkey"], "Recep Tayyip Erdoğan")
    assert name_accepted(["Abdel Fattah al-Sisi", "Egypt"], "Abdel Fattah el-Sisi")


def test_nothing_else_is_loosened() -> None:
    # names compare as written otherwise, and a null accepts only a missing name
    assert name_accepted(["Irfaan Ali", "Guyana"], "Irfaan Ali")
    assert not name_accepted(["Irfaan Ali", "Guyana"], "Abiy Ahmed")
    assert name_accepted([None, "Kremlin"], None)
    assert not name_accepted("Recep Tayyip Erdoğan", None)
    # a capital is no alias of its state, nor a demonym, nor a surname the gazetteer does
    # not list as an alias
    assert not name_accepted("Kinshasa", "Democratic Republic of the Congo")
    assert not name_accepted("Turkish", "Turkey")
    assert not name_accepted("Maduro", "Nicolás Maduro")
    # the canonical name does not accept its aliases the other way round
    assert not name_accepted("Republic of the Congo", "Republic of Congo")
    # another entry's canonical name stays a miss
    assert not name_accepted("Republic of Congo", "Democratic Republic of the Congo")


def test_case_folded_reading_for_the_timeline_golds() -> None:
    assert name_accepted_folded("republic of congo", "Republic of the Congo")
    assert name_accepted_folded("turkey", "Turkey")
    assert not name_accepted_folded("kinshasa", "Democratic Republic of the Congo")


def test_contact_participants_read_gold_aliases() -> None:
    bench = _contacts_bench()
    gold = [["Tayyip Erdogan", "Turkey"], ["Abdel Fattah al-Sisi", "Egypt"]]
    assert bench.participants_equal(["Abdel Fattah el-Sisi", "Recep Tayyip Erdoğan"], gold)
    assert not bench.participants_equal(["Abdel Fattah el-Sisi", "Recep Tayyip Erdoğan",
                                         "Turkey"], gold)
    assert bench.participants_overlap(["Recep Tayyip Erdoğan"], gold) == 0.5
