"""Events: general causes found on the third blind sets (tests/gold/basil_events_dev3.json, a
budget stand-off told by three outlets plus a resignation story, and
tests/gold/timeline_events_dev3.json, annotator 2's updates on Libya, Egypt and Iraq). Each
test is a sentence of the project's own that shows one cause; the negative cases guard
against over-reach."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def triples(text: str, published: str = "2019-01-25") -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events]


# --- verbs of political reporting: huddling, venting at someone, caving to someone ----------

def test_two_leaders_who_huddle_consult_each_other() -> None:
    found = triples("Mr. McConnell and Mr. Schumer huddled late on Monday after the vote.")
    assert any(t == "CONSULT" and {a, g} == {"Mitch McConnell", "Chuck Schumer"}
               for t, a, g in found)


def test_venting_at_a_colleague_is_criticism() -> None:
    found = triples("Senator Ron Johnson vented at Mr. McConnell for calling the vote.")
    assert ("ACCUSE", "Ron Johnson", "Mitch McConnell") in found


def test_caving_to_a_rival_is_a_concession_to_it() -> None:
    found = triples("Britain caved in to pressure from France over the fishing rights.")
    assert ("CONCEDE", "United Kingdom", "France") in found


def test_refusing_to_cave_is_no_concession() -> None:
    found = triples("Republicans will not cave on the funding demands, the senator said.")
    assert not any(t == "CONCEDE" for t, _, _ in found)


def test_a_cave_in_of_a_roof_is_no_event() -> None:
    assert triples("The roof of the embassy caved in after the storm.") == []


# --- who is called on: 'calls for remaining X to surrender' --------------------------------

def test_called_for_remaining_loyalists_to_surrender_asks_their_leader() -> None:
    found = triples("Obama called for remaining Gaddafi loyalists to surrender.",
                    published="2011-09-20")
    assert ("REQUEST", "Barack Obama", "Muammar Gaddafi") in found


# --- resigning in protest ------------------------------------------------------------------

def test_resigning_in_protest_over_a_policy_protests_its_owner() -> None:
    found = triples("The Japanese ambassador resigned in protest over China's trade policy.")
    assert ("PROTEST", "Japan", "China") in found


def test_resigning_without_protest_is_no_protest() -> None:
    found = triples("The Japanese ambassador resigned on Friday after ten years in Beijing.")
    assert not any(t == "PROTEST" for t, _, _ in found)


# --- a body's resolution does what its infinitive says --------------------------------------

def test_a_resolution_adopted_to_suspend_a_state_is_the_bodys_sanction() -> None:
    found = triples("The UN General Assembly adopted a resolution to suspend Syria from the "
                    "council.", published="2012-03-01")
    assert ("SANCTION", "UN General Assembly", "Syria") in found


def test_removing_a_state_from_its_seat_on_a_body_is_a_sanction() -> None:
    found = triples("The Arab League passed a motion to remove Syria from its seat in the "
                    "league.", published="2011-11-12")
    assert any(t == "SANCTION" and a == "Arab League" and g == "Syria" for t, a, g in found)


def test_a_vetoed_resolution_suspends_nobody() -> None:
    found = triples("Russia vetoed a resolution to suspend Syria from the council.",
                    published="2012-03-01")
    assert not any(t == "SANCTION" for t, _, _ in found)


# --- 'there will be no apology': a refusal -------------------------------------------------

def test_saying_there_will_not_be_an_apology_is_a_refusal() -> None:
    found = triples("Turkish officials said there will not be an apology for the raid.",
                    published="2010-06-02")
    assert any(t == "REJECT" and a == "Turkey" for t, a, _ in found)


def test_an_apology_that_will_be_made_is_no_refusal() -> None:
    found = triples("Turkish officials said there will be an apology for the raid.",
                    published="2010-06-02")
    assert not any(t == "REJECT" for t, _, _ in found)


# --- unnamed protesters in 'cities across X' -----------------------------------------------

def test_protests_continuing_in_cities_across_a_country_are_its_peoples() -> None:
    found = triples("Protests continue to erupt in cities across Yemen.", published="2011-02-20")
    assert any(t == "PROTEST" and a == "Yemen" for t, a, _ in found)


# --- a party's trip called off; an inquiry's finding of fault --------------------------------

def test_cancelling_a_partys_trip_is_done_to_the_party() -> None:
    found = triples("The White House canceled a Democratic congressional trip to Egypt.")
    assert any(t == "SANCTION" and g == "Democratic Party" for t, _, g in found)


def test_an_inquiry_concluding_that_an_agency_was_wrong_faults_it() -> None:
    found = triples("The Senate Intelligence Committee concluded that the CIA was wrong "
                    "about Iraq.", published="2004-07-09")
    assert ("ACCUSE", "Senate Intelligence Committee", "CIA") in found


def test_concluding_that_the_weather_was_wrong_faults_no_one() -> None:
    found = triples("The Senate Intelligence Committee concluded that the weather was wrong "
                    "for flying.", published="2004-07-09")
    assert not any(t == "ACCUSE" for t, _, _ in found)


# --- promises that rule an act out; what never happened; pressure to act --------------------

def test_vowing_never_to_recognise_a_state_is_a_refusal() -> None:
    found = triples("Iran vowed never to recognise Israel.", published="2012-05-01")
    assert ("REJECT", "Iran", "Israel") in found
    assert not any(t == "AGREE" for t, _, _ in found)


def test_vowing_to_release_prisoners_is_still_a_promise() -> None:
    found = triples("Egypt vowed to release the prisoners.", published="2012-05-01")
    assert not any(t == "REJECT" for t, _, _ in found)


def test_an_act_a_campaign_failed_to_force_did_not_happen() -> None:
    found = triples("The standoff failed to force Democrats to give Trump billions for the wall.")
    assert not any(t == "AID" for t, _, _ in found)


def test_pressing_a_leader_to_agree_is_a_request_not_his_agreement() -> None:
    found = triples("Republicans pressured Mr. Trump to agree to the temporary truce.")
    assert any(t == "REQUEST" and g == "Donald Trump" for t, _, g in found)
    assert not any(t == "AGREE" and a == "Donald Trump" for t, a, _ in found)


def test_a_threat_mentioned_in_passing_is_not_the_act_threatened() -> None:
    found = triples("He made reference to his earlier threats to declare martial law.")
    assert not any(t == "COERCE" for t, _, _ in found)


# --- ruling a term out of any deal ---------------------------------------------------------

def test_saying_any_deal_will_not_include_a_term_is_a_refusal() -> None:
    found = triples("Iran said any deal will not include its missile programme.",
                    published="2015-03-01")
    assert any(t == "REJECT" and a == "Iran" for t, a, _ in found)


def test_describing_what_a_deal_leaves_out_is_no_refusal() -> None:
    found = triples("Iran said the deal does not include sanctions relief.",
                    published="2015-03-01")
    assert not any(t == "REJECT" for t, _, _ in found)


def test_failing_to_reach_a_deal_is_no_agreement() -> None:
    found = triples("Britain and the European Union failed to reach a deal on the border.")
    assert any(t == "REJECT" for t, _, _ in found)
    assert not any(t == "AGREE" for t, _, _ in found)
