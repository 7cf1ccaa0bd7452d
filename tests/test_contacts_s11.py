"""Contacts, eleventh session: who is named around a contact without taking part in it. The
sentences are the project's own."""

from __future__ import annotations

from tests.text_analysis import analysis_of


def parties(text: str) -> list[list[str]]:
    return [sorted(c.participants) for c in analysis_of(text, published="2024-05-10").contacts]


def test_who_arranged_a_meeting_takes_no_part() -> None:
    found = parties("Erdogan met Putin in Sochi on Monday in a meeting arranged by Turkish "
                    "intelligence chief Ibrahim Kalin.")
    assert found and all(p == ["Recep Tayyip Erdoğan", "Vladimir Putin"] for p in found)


def test_who_pushed_for_a_meeting_takes_no_part() -> None:
    found = parties("Blinken met Wang Yi in Munich on Saturday, a meeting that national "
                    "security adviser Jake Sullivan had pushed for.")
    assert found == [["Antony Blinken", "Wang Yi"]]


def test_who_judges_the_talks_takes_no_part() -> None:
    found = parties("Macron met Zelensky at the Elysee on Monday, in talks that Foreign "
                    "Minister Stephane Sejourne called decisive.")
    assert found and all(p == ["Emmanuel Macron", "Volodymyr Zelensky"] for p in found)


def test_who_attended_the_talks_takes_part() -> None:
    found = parties("Scholz met Li Qiang in Berlin on Tuesday, in talks that Vice Chancellor "
                    "Robert Habeck also attended.")
    assert ["Li Qiang", "Olaf Scholz", "Robert Habeck"] in found


def test_a_clause_of_its_own_inside_a_contact_noun_names_no_party() -> None:
    found = parties("Sunak met Biden in Washington on Thursday, the fifth meeting between the "
                    "two leaders since Sunak succeeded Liz Truss.")
    assert found and all("Liz Truss" not in p for p in found)
