"""Article-level event rules, third round (eleventh session, task events3). Sentences are the
project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def triples(text: str, published: str = "2024-06-01") -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events]


def pairs_of(found: list[tuple[str, str | None, str | None]], etype: str) -> list[set[str | None]]:
    return [{a, t} for ty, a, t in found if ty == etype]


RUTO_HASSAN = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in "
               "Dar es Salaam on Wednesday.\n\n")


def test_pair_named_again_by_office_takes_the_exchange_up_again() -> None:
    # two paragraphs after the meeting, "the two leaders" renews the pair a bare "they" takes up
    found = triples(RUTO_HASSAN + "The talks covered trade and the railway.\n\n"
                    "The two leaders have known each other for a decade. They spoke by phone "
                    "in March and again in May.")
    assert pairs_of(found, "CONSULT").count({"William Ruto", "Samia Suluhu Hassan"}) == 2


def test_talking_over_a_line_is_a_call() -> None:
    found = triples(RUTO_HASSAN + "They spoke by phone again in July.")
    assert pairs_of(found, "CONSULT").count({"William Ruto", "Samia Suluhu Hassan"}) == 2
    # speech with no one addressed and no line stays no contact
    assert not any(t[0] == "CONSULT" for t in triples("Ruto spoke about the economy."))


def test_the_two_men_talking_are_the_pair() -> None:
    found = triples(RUTO_HASSAN + "The two men spoke for about forty minutes.")
    assert pairs_of(found, "CONSULT").count({"William Ruto", "Samia Suluhu Hassan"}) == 2


def test_the_delegations_are_the_two_sides_of_the_exchange() -> None:
    found = triples(RUTO_HASSAN + "The talks covered trade.\n\nTrade has grown.\n\n"
                    "The railway opens in May.\n\nThe delegations met three times in Arusha last "
                    "year.")
    assert pairs_of(found, "CONSULT").count({"William Ruto", "Samia Suluhu Hassan"}) == 2


def test_a_states_own_negotiators_act_for_it() -> None:
    found = triples("Kenya said on Tuesday it would reopen the border after its negotiators "
                    "met a Tanzanian delegation in Arusha.")
    assert ("CONSULT", "Kenya", "Tanzania") in found


def test_the_pair_stays_the_topic_while_its_joint_acts_are_told() -> None:
    found = triples(RUTO_HASSAN + "The talks covered trade.\n\nTrade has grown.\n\n"
                    "The two presidents reached consensus on several points. They agreed to "
                    "reopen the border post at Namanga. They agreed to set up a working group "
                    "on fisheries, to build a power line and to increase flights between the "
                    "two countries.")
    # the second "They agreed" is two sentences on from the pair's renewal, and the meeting
    # three paragraphs back: the joint acts just told keep the pair the topic
    assert pairs_of(found, "AGREE").count({"William Ruto", "Samia Suluhu Hassan"}) == 3


def test_a_deal_made_public_by_its_parties_is_their_agreement() -> None:
    found = triples("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan "
                    "on Thursday unveiled a deal on border trade.")
    assert {"William Ruto", "Samia Suluhu Hassan"} in pairs_of(found, "AGREE")
    # others' deal announced, or one told before made public, is no agreement of the teller
    assert not any(t[0] == "AGREE" for t in triples(
        "Ruto announced a deal between Ethiopia and Eritrea."))
    assert not any(t[0] == "AGREE" for t in triples(
        "As he announced the deal, Ruto thanked the negotiators."))


def test_a_joint_statement_speaks_for_the_two_sides() -> None:
    found = triples(RUTO_HASSAN + "After the talks the two presidents signed a joint statement. "
                    "The statement was sharply critical of Uganda. It accused Uganda of "
                    "blocking the lake crossings and demanded that it reopen them.")
    sides = {"William Ruto", "Samia Suluhu Hassan", "Kenya", "Tanzania"}
    assert any(t[0] == "ACCUSE" and t[1] in sides and t[2] == "Uganda" for t in found)
    assert any(t[0] == "REQUEST" and t[1] in sides and t[2] == "Uganda" for t in found)
    # a statement of one named author is that author's, not the pair's
    found = triples(RUTO_HASSAN + "Uganda's statement accused Kenya of blocking the lake "
                    "crossings.")
    assert not any(t[0] == "ACCUSE" and t[1] in sides for t in found)


def test_a_call_the_pair_makes_together_is_put_to_neither() -> None:
    found = triples(RUTO_HASSAN + "In their joint statement, Nairobi and Dodoma said any "
                    "settlement in Sudan must protect civilians. They called for a halt to "
                    "the fighting.")
    calls = [t for t in found if t[0] == "REQUEST"]
    assert calls
    sides = {"William Ruto", "Samia Suluhu Hassan", "Kenya", "Tanzania"}
    assert not any(t[2] in sides for t in calls)


def test_a_visitor_welcomed_or_greeted_in_person_is_met() -> None:
    found = triples("NAIROBI — President Ruto welcomed Tanzania's president, Samia Suluhu Hassan, "
                    "to State House on Friday.")
    assert ("CONSULT", "William Ruto", "Samia Suluhu Hassan") in found
    found = triples("Tanzanian President Samia Suluhu Hassan began a state visit to Kenya on "
                    "Monday. Ruto welcomed his guest with a ceremony before the two held talks.")
    assert ("CONSULT", "William Ruto", "Samia Suluhu Hassan") in found
    found = triples("Ruto greeted Hassan on the tarmac.")
    assert any(t[0] == "CONSULT" and t[1] == "William Ruto" for t in found)
    # welcoming a decision, or a state into a body, is no meeting
    for text in ("Ruto welcomed the agreement.", "Ruto welcomed Tanzania's decision.",
                 "The alliance welcomed Finland into its ranks."):
        assert not any(t[0] == "CONSULT" for t in triples(text)), text


def test_a_host_greeting_the_delegations_meets_both_sides() -> None:
    found = triples("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan "
                    "in Kampala on Monday. Ugandan President Yoweri Museveni greeted the two "
                    "delegations before the session.")
    met = {t[2] for t in found if t[0] == "CONSULT" and t[1] == "Yoweri Museveni"}
    assert {"William Ruto", "Samia Suluhu Hassan"} <= met


def test_what_must_be_done_told_to_a_party_is_asked_of_it() -> None:
    found = triples("Ruto told Hassan that the border closure should be lifted at once.")
    assert ("REQUEST", "William Ruto", "Hassan") in found or \
        ("REQUEST", "William Ruto", "Samia Suluhu Hassan") in found
    found = triples("Kenyan President William Ruto said he had told Tanzanian President Samia "
                    "Suluhu Hassan that it was important for Tanzania to reopen the border.")
    assert any(t[0] == "REQUEST" and t[1] == "William Ruto"
               and t[2] in ("Samia Suluhu Hassan", "Tanzania") for t in found)
    # what the world should do is no demand of the one told; nor a remark to the press
    assert not any(t[0] == "REQUEST" and t[2] in ("Hassan", "Samia Suluhu Hassan") for t in triples(
        "Ruto told Hassan that the world should oppose the use of force."))
    assert not any(t[0] == "REQUEST" for t in triples(
        "Ruto told reporters that the ban should be lifted."))


def test_a_trip_to_another_state_is_a_visit_to_it() -> None:
    found = triples("Kenyan President William Ruto travelled to Dodoma on Tuesday and assured "
                    "Tanzanian President Samia Suluhu Hassan that Kenya would keep the border "
                    "open.")
    assert ("CONSULT", "William Ruto", "Tanzania") in found
    found = triples("Kenyan Foreign Minister Musalia Mudavadi went to Addis Ababa in June.")
    assert ("CONSULT", "Musalia Mudavadi", "Ethiopia") in found
    # a trip home, within one's own state, or on the way after a meeting is no visit
    for text in ("Kenyan President William Ruto flew to Nairobi on Friday.",
                 "Kenyan President William Ruto flew back to Dodoma on Friday.",
                 "Goods that Kenya exports come to Tanzania by road.",
                 "Ruto met Hassan in Arusha before travelling on to Kampala."):
        assert not any(t[0] == "CONSULT" and t[2] in ("Kenya", "Tanzania", "Uganda")
                       and t[1] != "William Ruto" or (t[0] == "CONSULT" and t[2] in (
                           "Kenya", "Uganda")) for t in triples(text)), text


def test_a_trip_does_not_stand_for_the_meeting_told_with_it() -> None:
    found = triples("Kenyan President William Ruto arrived in Kampala directly from Dodoma, where "
                    "on Monday he met Tanzanian President Samia Suluhu Hassan.")
    assert ("CONSULT", "William Ruto", "Uganda") in found
    assert ("CONSULT", "William Ruto", "Samia Suluhu Hassan") in found


def test_a_denial_answers_the_accusation_put_to_the_denier() -> None:
    found = triples("Kenya and its regional allies have accused Somalia of arming the militias. "
                    "Mogadishu denies arming either side.")
    assert ("REJECT", "Somalia", "Kenya") in found
    # a denial with no accusation before it is aimed at no one found in the text
    found = triples("Mogadishu denies arming either side.")
    assert not any(t[0] == "REJECT" and t[2] == "Kenya" for t in found)


def test_a_call_on_everyone_or_on_no_party_is_put_to_no_one() -> None:
    found = triples(RUTO_HASSAN + '"The Games must be a moment when weapons fall silent," '
                    "Ruto said. Ruto said all sides must observe a truce during the Games.")
    calls = [t for t in found if t[0] == "REQUEST"]
    assert calls and all(t[2] is None for t in calls)
    # a call with no addressee phrase at all still goes to the other side of the talks
    found = triples(RUTO_HASSAN + "Ruto urged restraint.")
    assert ("REQUEST", "William Ruto", "Samia Suluhu Hassan") in found
