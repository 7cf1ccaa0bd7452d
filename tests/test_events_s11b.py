"""Article-level event rules, fourth round (eleventh session, task events4). Sentences are the
project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def triples(text: str, published: str = "2024-06-01") -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events]


def test_accusation_after_a_reported_state_is_the_speakers() -> None:
    # the reported clause only states something ("had no plan"); the accusation joined to it
    # in the speaker's tense is the speaker's, not the reported party's
    found = triples("Ruto said Museveni had no plan for the border dispute and accused the "
                    "Ugandan leader of stalling the talks.")
    assert any(t[:2] == ("ACCUSE", "William Ruto") and t[2] in ("Yoweri Museveni", "Uganda")
               for t in found)
    assert not any(t[0] == "ACCUSE" and t[1] == "Yoweri Museveni" for t in found)


def test_accusation_hung_on_a_participle_is_the_speakers() -> None:
    found = triples("India said the vessel was a fishing boat driven off course by the storm "
                    "and accused Pakistan of inventing a crisis.")
    assert ("ACCUSE", "India", "Pakistan") in found


def test_reported_party_accusing_keeps_its_own_act() -> None:
    # an act the reported party did, with its own auxiliary, stays the reported party's
    found = triples("Ruto said Museveni had met the rebels and accused them of stalling.")
    assert not any(t[0] == "ACCUSE" and t[1] == "William Ruto" for t in found)


def test_warning_given_as_an_aside_is_the_speakers() -> None:
    # "..., she warned, ..." inside the report names who warns
    found = triples("If Uganda closed the border, Ruto warned, it would face severe costs.")
    assert ("THREATEN", "William Ruto", "Uganda") in found


def test_repeating_a_warning_reports_it() -> None:
    found = triples("Ruto repeated that Uganda would face consequences.")
    assert ("THREATEN", "William Ruto", "Uganda") in found


def test_reply_held_ready_is_a_threat() -> None:
    # a reply held ready ("prepared to act against") is promised as "would act" is
    found = triples("Ruto warned that Kenya was prepared to act against Ugandan companies.")
    assert ("THREATEN", "William Ruto", "Uganda") in found
    found = triples("Kenya is ready to take measures if Uganda closes the border, Ruto said.")
    assert ("THREATEN", "William Ruto", "Uganda") in found
    # readiness to help, or a warning of a plain fact, threatens no one
    assert not any(t[0] == "THREATEN" for t in triples(
        "Kenya is ready to act to help its farmers, Ruto said."))
    assert not any(t[0] == "THREATEN" for t in triples(
        "Ruto warned that Kenya was prepared for a long drought."))


def test_judgement_after_the_noun_is_what_it_is_called() -> None:
    # the parse can hang "reckless" on "decision" as a modifier; after its noun it is the
    # label the speaker gives
    for text in ("Ruto called the Ugandan response absurd and hysterical.",
                 "On Monday, Ruto had called the Ugandan response absurd and hysterical."):
        assert ("ACCUSE", "William Ruto", "Uganda") in triples(text)
    # a modifier before its noun labels nothing
    assert not any(t[0] == "ACCUSE" for t in triples("Ruto called the reckless decision off."))


def test_rejecting_a_summed_up_report_is_aimed_at_its_author() -> None:
    # a noun set after a report sums it up; rejecting it rejects whoever made the report
    found = triples("Ruto said Uganda should open the border, a demand that Museveni rejected.")
    assert ("REJECT", "Yoweri Museveni", "William Ruto") in found or (
        "REJECT", "Museveni", "William Ruto") in found
    found = triples("Kenya's foreign ministry said talks could resume next month, a suggestion "
                    "that Ugandan officials were quick to dismiss.")
    assert ("REJECT", "Uganda", "Kenya") in found
    # not rejected: nothing
    assert not any(t[0] == "REJECT" for t in triples(
        "Ruto said Uganda should open the border, a demand that Museveni did not reject."))


def test_report_summed_up_as_a_charge_accuses() -> None:
    # what was said, summed up after it as a charge, charges the reported party
    found = triples("Kenya said Uganda had moved troops to the border, an accusation Kampala "
                    "denied.")
    assert ("ACCUSE", "Kenya", "Uganda") in found
    # a report with no such summing-up is no charge
    assert not any(t[0] == "ACCUSE" for t in triples(
        "Kenya said Uganda had moved troops to the border, a report Kampala confirmed."))


def test_an_act_weighed_is_not_done() -> None:
    for text in ("Kenya was weighing sending troops to Somalia.",
                 "Kenya is contemplating sending troops to Somalia."):
        assert not any(t[0] in ("AID", "MOBILIZE", "ASSAULT") for t in triples(text))
