"""Article-level event rules, fifth round (twelfth session, task events5). Sentences are the
project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text
from readout.records import Event


def triples(text: str, published: str = "2024-06-01") -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events]


def test_a_joint_act_is_marked_on_the_event_itself() -> None:
    # the fact travels with the record (an id() kept aside can be reused by a later event)
    events = analyze_text("Paraguay and Uruguay met in Asuncion on Monday.\n\nIn their joint "
                          "statement, Paraguay and Uruguay said the river must stay open. They "
                          "called for an end to the blockade.", published="2024-06-01").events
    calls = [e for e in events if e.type == "REQUEST"]
    assert calls and all(e.joint and e.target is None for e in calls)
    # a working fact only: equality and the output contract ignore it
    one = Event("REQUEST", "Paraguay", None, None, "x", 0, 1)
    two = Event("REQUEST", "Paraguay", None, None, "x", 0, 1, joint=True)
    assert one == two and "joint" not in two.to_json()


def pairs_of(found: list[tuple[str, str | None, str | None]], etype: str) -> list[set[str | None]]:
    return [{a, t} for ty, a, t in found if ty == etype]


def test_an_act_told_in_a_call_is_also_the_call() -> None:
    # the contact noun sits in the act's clause: who spoke to whom is the act's actor and target
    found = triples("Kenyan President William Ruto urged Tanzanian President Samia Suluhu "
                    "Hassan in a phone call on Monday to reopen the border crossing.")
    assert ("REQUEST", "William Ruto", "Samia Suluhu Hassan") in found
    assert {"William Ruto", "Samia Suluhu Hassan"} in pairs_of(found, "CONSULT")
    found = triples("Kenyan President William Ruto thanked Tanzanian President Samia Suluhu "
                    "Hassan during a meeting in Arusha on Monday for her help with the talks.")
    assert {"William Ruto", "Samia Suluhu Hassan"} in pairs_of(found, "CONSULT")


def test_an_act_after_a_contact_told_again_is_no_new_exchange() -> None:
    found = triples("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan "
                    "in Arusha on Monday.\n\nAfter the meeting, Ruto praised Hassan for her "
                    "patience.")
    assert pairs_of(found, "CONSULT").count({"William Ruto", "Samia Suluhu Hassan"}) == 1
    # a speech to a conference is no exchange with the party the speech attacks
    found = triples("In his speech to the conference, Ruto called the Ugandan response "
                    "reckless.")
    assert not pairs_of(found, "CONSULT")


def test_readiness_to_work_with_another_party_is_agreement() -> None:
    # stated readiness to cooperate is AGREE even when the verb is no event word of its own
    assert ("AGREE", "Kenya", "Tanzania") in triples(
        "Ruto said Kenya was ready to work with Tanzania on the railway.")
    assert ("AGREE", "Kenya", "Uganda") in triples(
        "Ruto said Kenya was ready to widen market access for Ugandan farmers.")
    assert ("AGREE", "Kenya", "Uganda") in triples(
        "Ruto said Kenya stood ready to pursue dialogue with Uganda.")
    assert any(t[:2] == ("AGREE", "Kenya") for t in triples(
        "Ruto said Kenya was ready to extend power exports through Uganda."))


def test_readiness_that_is_no_cooperation_is_not_agreement() -> None:
    # war continued, a refusal, or readiness only on a condition
    for text in ("Ruto said Kenya was ready to continue the offensive.",
                 "Ruto said Kenya was not ready to work with Uganda.",
                 "Kenya was ready to discuss such steps only if Uganda withdrew its troops, "
                 "Ruto said."):
        assert not any(t[0] == "AGREE" for t in triples(text)), text


def test_a_party_warned_not_to_act_is_asked() -> None:
    # "warned X not to" puts a demand to X as "told X not to" does
    assert ("REQUEST", "Kenya", "Uganda") in triples(
        "Nairobi has warned Kampala not to close the border.")
    assert ("REQUEST", "Kenya", "Uganda") in triples(
        "Nairobi warned Kampala to reopen the border crossing.")
    # a warning of a fact puts nothing to anyone
    assert not any(t[0] == "REQUEST" for t in triples(
        "Ruto warned that the rains would come late this year."))


def test_concern_voiced_about_a_party_is_a_complaint_against_it() -> None:
    assert ("ACCUSE", "William Ruto", "Uganda") in triples(
        "Ruto voiced serious concern about Ugandan troop movements near the border.")
    assert ("ACCUSE", "William Ruto", "Uganda") in triples(
        "Ruto raised the concerns of Kenyan traders about Uganda's new tariffs.")
    # a worry about no party charges no one
    assert not any(t[0] == "ACCUSE" for t in triples(
        "Ruto expressed concern that the rains could come late."))


def test_an_inquiry_is_aimed_at_the_party_whose_goods_it_examines() -> None:
    assert ("ACCUSE", "Kenya", "Uganda") in triples(
        "Kenya opened an investigation into subsidies for Ugandan sugar last month.")
    # an inquiry into a person's death does not charge that person
    assert not any(t[0] == "ACCUSE" and t[2] == "William Ruto" for t in triples(
        "Uganda ordered an inquiry into the circumstances surrounding the death of William "
        "Ruto's driver."))


WELCOME = ("Kenyan President William Ruto welcomed Tanzanian President Samia Suluhu Hassan to "
           "Nairobi on Monday.\n\n")


def test_a_guest_or_host_is_the_other_side_of_the_visit() -> None:
    assert ("REQUEST", "William Ruto", "Samia Suluhu Hassan") in triples(
        WELCOME + "Ruto urged his guest to reopen the border.")
    found = triples(WELCOME + "Ruto said his guest had backed the idea of a joint railway.")
    assert any(t[:2] == ("SUPPORT", "Samia Suluhu Hassan") for t in found)
    assert not any(t[:2] == ("SUPPORT", "William Ruto") for t in found)
    assert ("SUPPORT", "Samia Suluhu Hassan", "William Ruto") in triples(
        "Tanzanian President Samia Suluhu Hassan arrived in Nairobi on Monday for talks with "
        "Kenyan President William Ruto.\n\nHassan thanked her host for his help.")


def test_praise_of_the_relationship_is_praise_of_the_other_side() -> None:
    meeting = "Ruto met Hassan's predecessor, John Magufuli, in Dodoma on Monday.\n\n"
    assert ("SUPPORT", "William Ruto", "John Magufuli") in triples(
        meeting + "Ruto called the relationship a priority for both countries.")
    assert ("SUPPORT", "William Ruto", "John Magufuli") in triples(
        meeting + "Ruto described his relationship with Magufuli as outstanding.")
    # a relationship called a problem is no praise
    assert not any(t[0] == "SUPPORT" for t in triples(
        meeting + "Ruto called the relationship a problem."))


def test_arms_sold_to_a_state_are_military_aid() -> None:
    assert ("AID", "Kenya", "Somalia") in triples("Kenya has sold armoured drones to Somalia.")
    # selling anything else is trade, not aid
    assert not any(t[0] == "AID" for t in triples("Kenya sold its stake to a Qatari fund."))


def test_a_state_toured_is_visited() -> None:
    found = triples("Ruto had toured Uganda and Rwanda the week before.")
    assert ("CONSULT", "William Ruto", "Uganda") in found
    assert ("CONSULT", "William Ruto", "Rwanda") in found
    # a sight toured is no state visited
    assert not any(t[0] == "CONSULT" for t in triples("Ruto toured the ruins outside Goma."))


def test_tariffs_raised_on_a_partys_goods_are_aimed_at_it() -> None:
    assert ("SANCTION", "Kenya", "Uganda") in triples(
        "Kenya raised tariffs on $200 million of Ugandan imports to 25 percent.")


def test_an_envoy_received_by_office_is_met() -> None:
    found = triples("Ruto received Uganda's top diplomat, Jeje Odongo, in Nairobi on Monday.")
    assert any(t[:2] == ("CONSULT", "William Ruto") and t[2] in ("Jeje Odongo", "Uganda")
               for t in found)
    # a thing received is no meeting
    assert not any(t[0] == "CONSULT" for t in triples(
        "Ruto received Uganda's support for the plan."))


def test_speaking_of_each_other_is_no_talk() -> None:
    found = triples("Ruto met Hassan in Arusha in May.\n\nBoth men still speak of each other "
                    "as friends.")
    assert len([t for t in found if t[0] == "CONSULT"]) == 1


def test_a_visit_by_one_sides_own_leader_is_not_hosted_by_the_other() -> None:
    found = triples("Fernandez received Brazil's top diplomat, Mauro Vieira, in Buenos Aires "
                    "and told him that Argentina was waiting for a visit by President Lula.",
                    published="2023-05-01")
    assert not any(t[0] == "CONSULT" and t[1] == "Luiz Inácio Lula da Silva"
                   and t[2] in ("Alberto Fernández", "Argentina") for t in found)


def test_a_reported_wrong_or_broken_commitment_is_a_charge() -> None:
    assert ("ACCUSE", "William Ruto", "Uganda") in triples(
        "Ruto said Uganda had never implemented the 2019 border accords.")
    assert ("ACCUSE", "William Ruto", "Uganda") in triples(
        "Ruto said Uganda had meddled in the Kenyan election.")
    assert ("ACCUSE", "William Ruto", "Uganda") in triples(
        "Ruto says Kampala walked back its compromises.")
    # a commitment kept charges no one
    assert not any(t[0] == "ACCUSE" for t in triples(
        "Ruto said Uganda had implemented the 2019 border accords."))


def test_intent_denied_with_of_is_a_refusal_aimed_at_no_one_when_toward_all() -> None:
    assert ("REJECT", "Kenya", "Uganda") in triples(
        "Nairobi has no intention of invading Uganda.")
    found = triples(RUTO_HASSAN_MET + "Nairobi has insisted all month that Kenya has no "
                    "intention of attacking anyone.")
    rejects = [t for t in found if t[0] == "REJECT"]
    assert rejects and all(t[2] is None for t in rejects)
    # intent stated is no refusal
    assert not any(t[0] == "REJECT" for t in triples(
        "Nairobi has every intention of helping Uganda."))


RUTO_HASSAN_MET = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan "
                   "in Dar es Salaam on Wednesday.\n\n")


def test_a_ban_on_another_states_goods_is_a_sanction() -> None:
    assert ("SANCTION", "Kenya", "Uganda") in triples(
        "Kenya banned all imports of Ugandan sugar in March.")
    assert ("SANCTION", "Kenya", "Uganda") in triples("Kenya banned dozens of Ugandan firms.")
    # a ban on one's own people stays coercion
    assert not any(t[0] == "SANCTION" for t in triples(
        "The Kenyan government banned opposition rallies in Nairobi."))


def test_backing_opposing_sides_in_a_war_backs_no_named_party() -> None:
    found = triples("Kenya and Uganda have backed opposing sides in South Sudan and Somalia.")
    assert not any(t[0] == "SUPPORT" for t in found)
    # backing a named side still counts
    assert ("SUPPORT", "Kenya", "Somalia") in triples("Kenya has backed Somalia in the dispute.")


def test_a_breach_recalled_is_a_charge() -> None:
    assert ("ACCUSE", "William Ruto", "Uganda") in triples(
        "Ruto recalled that Uganda had broken the ceasefire in 2019.")
    # a participle after the clause of another's words is the main speaker's
    assert ("ACCUSE", "William Ruto", "Uganda") in triples(
        "Ruto asked what kind of peace the minister meant, recalling that Uganda had broken "
        "the ceasefire in 2019.")


def test_a_measure_criticised_is_aimed_at_whoever_imposed_it() -> None:
    assert ("ACCUSE", "William Ruto", "United States") in triples(
        "Ruto criticised the sanctions imposed by the United States on Uganda.")
    # an attack 'alleged by' a party is not that party's: the accuser is not the one judged
    assert not any(t[0] == "ACCUSE" and t[1] == "William Ruto" and t[2] == "Uganda"
                   for t in triples("Ruto condemned the Somali attack alleged by Uganda."))


def test_nothing_given_up_is_no_concession() -> None:
    assert not any(t[0] == "CONCEDE" for t in triples(
        "Critics in Nairobi said Uganda had given up little."))
    assert any(t[:2] == ("CONCEDE", "Uganda") for t in triples(
        "Uganda gave up its claim to the island."))


def test_a_counterpart_or_partner_is_the_other_side_of_the_meeting() -> None:
    assert ("REQUEST", "William Ruto", "Samia Suluhu Hassan") in triples(
        WELCOME + "Ruto used the visit to press his counterpart for a quick deal.")
    # in a three-party summit (no single other side) the partners are the other parties
    found = triples("Kenyan President William Ruto hosted Tanzanian President Samia Suluhu "
                    "Hassan and Argentine President Alberto Fernandez in Nairobi on Monday."
                    "\n\nRuto used the summit to press his partners for support.",
                    published="2022-05-01")
    assert any(t[:2] == ("REQUEST", "William Ruto") and t[2] in (
        "Samia Suluhu Hassan", "Alberto Fernández") for t in found)


def test_a_counterpart_who_acts_is_the_other_side() -> None:
    found = triples(WELCOME + "Ruto said his counterpart had backed the railway plan.")
    assert any(t[:2] == ("SUPPORT", "Samia Suluhu Hassan") for t in found)
    assert not any(t[:2] == ("SUPPORT", "William Ruto") for t in found)
