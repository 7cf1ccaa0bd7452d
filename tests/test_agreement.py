"""The matchers bench/agreement.py uses to compare two annotators' golds."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import agreement  # noqa: E402


def _contact(participants, fmt="meeting", date=None, start=0, end=50, **extra):
    return {"participants": participants, "format": fmt, "date": date,
            "evidence_start": start, "evidence_end": end, **extra}


def test_contacts_agree_when_one_reading_of_each_fits() -> None:
    a = _contact([["Joe Biden", "United States"], ["Xi Jinping", "China"]], ["meeting", "talks"],
                 ["2023-11-15", None])
    b = _contact(["Xi Jinping", ["Joe Biden", "White House"], ["Antony Blinken", None]], "talks",
                 "2023-11-15")
    assert agreement.contacts_compatible(b, a)
    assert not agreement.contacts_compatible({**b, "format": "visit"}, a)
    assert not agreement.contacts_compatible({**b, "date": "2023-11-16"}, a)
    assert not agreement.contacts_compatible({**b, "evidence_start": 60, "evidence_end": 90}, a)


def test_an_optional_entry_of_one_annotator_is_set_aside() -> None:
    a = {"docs": {"d": {"contacts": [_contact(["A", "B"]), _contact(["A", "C"], optional=True)]}}}
    b = {"docs": {"d": {"contacts": [_contact(["A", "B"]), _contact(["A", "C"])]}}}
    assert agreement.contacts_agreement(b, a) == {"precision": 1.0, "recall": 1.0, "f1": 1.0,
                                                  "tp": 1, "fp": 0, "fn": 0}
    # the other way round the optional entry is not B's to claim, nor A's to miss
    assert agreement.contacts_agreement(a, b)["fn"] == 1


def test_events_agree_on_shared_options_and_either_way_when_symmetric() -> None:
    a = {"type": ["AGREE", "SUPPORT"], "actor": ["Israel"], "target": ["Bahrain"],
         "symmetric": True, "evidence_start": 0, "evidence_end": 40}
    b = {"type": "AGREE", "actor": ["Bahrain", "Hamad bin Isa Al Khalifa"], "target": "Israel",
         "evidence_start": 10, "evidence_end": 30}
    assert agreement.events_compatible(b, a)
    assert not agreement.events_compatible({**b, "type": "REJECT"}, a)
    assert not agreement.events_compatible(b, {**a, "symmetric": False})


def test_the_primary_reading_keeps_the_first_option_of_every_field() -> None:
    gold = {"docs": {"d": {"contacts": [_contact([["Joe Biden", "United States"], ["Xi Jinping"],
                                                  [None, "Wang Yi"]], ["talks", "meeting"],
                                                 ["2023-11-15", None])]}}}
    (entry,) = agreement.primary_contacts(gold)["docs"]["d"]["contacts"]
    assert (entry["participants"], entry["format"], entry["date"]) == (
        ["Joe Biden", "Xi Jinping"], "talks", "2023-11-15")
