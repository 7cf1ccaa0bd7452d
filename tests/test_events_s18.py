"""Event rules, eleventh round (eighteenth session, task events11): mechanisms found reading
the dev14 articles, each shown on the project's own sentences (other wording, other parties)
with the readings that must stay as they were."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text
from tests.text_analysis import actor_mentions_of
from tests.text_analysis import event_triples as triples


def test_a_bare_name_the_article_gives_in_full_is_not_a_leader_it_only_ends_an_alias() -> None:
    # "Ali" closes the gazetteer's "Abiy Ahmed Ali" (a grandfather's name), not his family name
    found = triples("Ghana's President Kwame Ali met Kenya's President William Ruto on Monday. "
                    "Blinken spoke to Ali by phone on Tuesday.")
    assert ("CONSULT", "Antony Blinken", "Kwame Ali") in found
    assert not {t for t in found if "Abiy Ahmed" in t}
    # a leader keeps his own family name beside kin the article names in full
    assert ("CONSULT", "Joe Biden", "Olaf Scholz") in triples(
        "The first lady, Jill Biden, visited a school in Ohio. Biden met Chancellor Olaf Scholz "
        "at the White House on Friday.", published="2023-05-05")


def test_the_partner_of_a_memorandum_of_understanding_is_its_other_signatory() -> None:
    # (signing an accord stays SUPPORT: CAMEO 057 "Sign formal agreement" is PLOVER SUPPORT)
    assert ("SUPPORT", "Kenya", "Ethiopia") in triples(
        "Kenya signed a memorandum of understanding with Ethiopia in Nairobi.")
    assert ("SUPPORT", "Chile", "Peru") in triples("Chile signed a treaty of friendship with Peru.")


def test_training_another_states_forces_is_military_aid() -> None:
    assert ("AID", "United Kingdom", "Ukraine") in triples(
        "Britain has trained Ukrainian soldiers since 2015.")
    assert ("AID", "United States", "Iraq") in triples("The United States trained Iraq's police.")
    # one's own recruits, or a gun trained on a target, are no aid
    assert not {t for t in triples("The army trained its recruits in the desert.")
                if t[0] == "AID"}


def test_an_it_subject_carries_the_party_of_the_it_before_it() -> None:
    found = triples("France is a close partner of Chad. It has stationed troops near N'Djamena "
                    "for years and signed an arms deal with Niger. It also sells helicopters "
                    "to Mali.")
    assert ("AID", "France", "Mali") in found
    assert ("AID", "Niger", "Mali") not in found
    # an 'it' the actors read already stays as read ("the United States ..., and it has
    # warned that it will enforce its sanctions" is Washington's, not Tehran's)
    found = triples("The United States has accused Iran of supplying drones to Russia, an "
                    "accusation Tehran denies, and it has warned that it will enforce its "
                    "sanctions on Iranian oil sales.")
    assert ("SANCTION", "United States", "Iran") in found
    assert ("SANCTION", "Iran", "United States") not in found
    # an 'it' carried from an 'it' that stood for no named subject adds no party
    text = ("The final text calls for the plant to be run under the supervision of the "
            "International Atomic Energy Agency. It demands that ports not be attacked. "
            "It also calls for the release of all prisoners.")
    last = text.index("It also calls")
    assert not [e for e in analyze_text(text, published="2024-06-17").events
                if e.start >= last and e.actor == "IAEA"]
    # an 'it' of no act ("it is clear") carries nothing: the named subject before it stays
    assert ("AID", "Egypt", "Sudan") in triples(
        "Egypt has long backed the army. It is clear that the war will go on. Cairo also sells "
        "drones to Sudan.")


def test_talks_hosted_between_two_sides_are_with_those_sides() -> None:
    found = triples("Lula met Macron in Paris on Monday. Norway's foreign minister hosted three "
                    "days of talks in Oslo between Colombia and the ELN rebels.")
    assert ("CONSULT", "Espen Barth Eide", "Colombia") in found
    assert ("CONSULT", "Espen Barth Eide", "ELN") in found
    # not the pair of the meeting told before
    assert ("CONSULT", "Espen Barth Eide", "Emmanuel Macron") not in found
    found = triples("Ruto met Abiy Ahmed in Nairobi on Monday. Foreign Minister Penny Wong hosted "
                    "two rounds of talks in Canberra between her Indonesian and Malaysian "
                    "counterparts, Retno Marsudi and Zambry Abdul Kadir, in June.")
    assert ("CONSULT", "Penny Wong", "Retno Marsudi") in found
    assert not {t for t in found if t[0] == "CONSULT" and t[1] == "Penny Wong"
                and t[2] in ("Abiy Ahmed", "William Ruto")}


def test_the_presidents_are_the_two_presidents_not_a_prime_minister_named_since() -> None:
    opening = ("Kenya's President William Ruto and Ghana's President Kwame Osei met in Barbados "
               "on Thursday. Barbados Prime Minister Mia Mottley read out a joint statement. ")
    found = triples(opening + "The presidents agreed to meet again in Accra.")
    assert {("AGREE", "Kwame Osei", "William Ruto"), ("AGREE", "William Ruto", "Kwame Osei")} \
        & found
    assert not {t for t in found if t[0] == "AGREE" and "Mia Mottley" in t}


def test_an_invitation_accepted_by_two_parties_is_agreed_toward_the_one_who_asked() -> None:
    found = triples("Israel and Hamas accepted Egypt's invitation to talks in Cairo.")
    assert ("AGREE", "Israel", "Egypt") in found
    assert ("AGREE", "Israel", "Hamas") not in found
    # an accord both accept is still agreed between them
    assert ("AGREE", "Israel", "Hamas") in triples("Israel and Hamas accepted the ceasefire.")


def test_the_government_is_not_the_state_of_a_venue_but_the_one_a_leader_called_his() -> None:
    found = triples("Fighting has gone on since Eritrea split from Ethiopia. Kenya's President "
                    "William Ruto said his government would resume peace talks in Rome with the "
                    "rebel groups. The talks were halted in May after the government accused "
                    "the rebels of stalling.")
    assert ("ACCUSE", "Kenya", "rebels") in found
    assert not {t for t in found if t[1] in ("Italy", "Ethiopia")}
    # a state named as where things happen, not as a venue of talks, still has the government
    assert ("COERCE", "Niger", "Mohamed Bazoum") in triples(
        "Ivory Coast condemned the coup. Soldiers seized power in Niger last week. The junta "
        "detained Bazoum at his residence.", published="2023-08-01")


def test_his_on_what_a_named_speaker_says_is_the_speakers() -> None:
    # (not the pope, the man named last before it)
    assert ("his", "William Ruto") in actor_mentions_of(
        "Pope Francis flew into Nairobi on Friday. President William Ruto, speaking before the "
        "pope, said his government would resume peace talks with the rebels.", "2024-03-04")
