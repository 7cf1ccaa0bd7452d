"""Event rules, ninth round (sixteenth session, task events9): recall on probe articles,
checked against the traps. Sentences are the project's own; the aides, analysts and
officials are invented."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def triples(text: str, published: str = "2025-03-04") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def consults(text: str) -> set[tuple[str, str | None, str | None]]:
    return {t for t in triples(text) if t[0] == "CONSULT"}


def test_time_spent_that_the_parse_hangs_as_an_adverbial_is_a_meeting() -> None:
    # a day named as the span, and a span hung on 'together' or on the verb
    assert consults("William Ruto spent Monday and Tuesday in talks with Ethiopian Prime "
                    "Minister Abiy Ahmed.")
    assert consults("Ruto and Tinubu spent nearly four hours together in Abuja on Monday.")
    assert consults("The two days Jake Sullivan and Wang Yi spent together on Friday and "
                    "Saturday deserve more attention.")
    # time spent in a place, or alone, or on a hypothesis is no meeting
    for text in ("Albanese spent Tuesday in Jakarta before flying home.",
                 "Ramaphosa spent the weekend at his farm.",
                 "If Modi and Sharif spent a day together, analysts said, little would change."):
        assert not consults(text), text


def test_another_partys_conduct_raised_is_a_complaint() -> None:
    assert ("ACCUSE", "William Ruto", "Ethiopia") in triples(
        "Ruto also raised Ethiopia's treatment of Kenyan truck drivers detained at the border, "
        "the official said.")
    assert ("ACCUSE", "Badr Albusaidi", "Iran") in triples(
        "Oman's foreign minister, Badr Albusaidi, said he had raised Iran's detention of two "
        "European sailors with Araghchi.")
    assert ("ACCUSE", "John Kerry", "China") in triples(
        "Kerry said he had raised China's continued building of coal-fired power plants.")
    # what is raised but nobody's conduct, a negation, a question and a forecast are none
    for text in ("The visit raised Kenya's profile in the region.",
                 "Exxon raised Guyana's oil exports in 2024.",
                 "The summit raised China's role in the region.",
                 "The deal raised India's hopes of a seat on the council.",
                 "Lula did not raise Venezuela's treatment of opposition candidates with Maduro.",
                 "Will Scholz raise China's support for Russia when he meets Xi?",
                 "Analysts said Sunak could raise Beijing's crackdown in Hong Kong if pressed."):
        assert not [t for t in triples(text) if t[0] == "ACCUSE"], text


def test_time_spent_at_a_place_with_a_party_is_a_meeting() -> None:
    # the parse hangs 'with X' on the place, not on 'spent'
    assert ("CONSULT", "Badr Albusaidi", "Mohammed bin Abdulrahman Al Thani") in triples(
        "Oman's foreign minister, Badr Albusaidi, spent the weekend in Doha with Qatari Prime "
        "Minister Mohammed bin Abdulrahman Al Thani.")
    assert consults("Kenyan Foreign Minister Musalia Mudavadi spent much of Friday at the "
                    "Foreign Ministry with Ethiopian Foreign Minister Taye Atske Selassie.")
    # with one's family, or with no party at all, it is none
    for text in ("Ruto spent Wednesday in Hawassa with his wife.",
                 "Lula spent the morning at a school with children and teachers."):
        assert not consults(text), text


def test_the_speaker_goes_on_after_a_demand_or_an_answer() -> None:
    # the parse hangs the second act on the clause demanded or answered
    assert ("ACCUSE", "Albin Kurti", "Serbia") in triples(
        "Kosovo's prime minister, Albin Kurti, answered that he would not take orders from "
        "Belgrade, and accused Serbia of arming Serb militants in the north.")
    assert ("REQUEST", "Enrique Manalo", "China") in triples(
        "Philippine Foreign Secretary Enrique Manalo replied that the Philippines would not "
        "leave the shoal and urged China to respect the 2016 ruling.")
    found = triples("Ruto insisted that Ethiopia release more water from the dam and accused "
                    "Addis Ababa of breaking its word.")
    assert ("ACCUSE", "William Ruto", "Ethiopia") in found
    # an act with a subject of its own inside what is demanded is not the speaker's
    assert not [t for t in triples("Kallas demanded that Belgrade explain why its officials "
                                   "met the militants who attacked Kosovo police.")
                if t[0] == "ACCUSE"]
