"""Proposals: the general kinds of error found on the written diplomacy news set
(tests/gold/written_proposals_dev.json), each on sentences of the project's own."""

from __future__ import annotations

from readout.records import Proposal
from tests import text_analysis


def proposals_of(text: str, author: str | None = None) -> list[Proposal]:
    return text_analysis.proposals_of(text, author=author, published="2023-05-02")


def test_list_items_on_single_lines_are_one_proposal_each_with_their_own_addressee() -> None:
    found = proposals_of(
        "Opinion: the grain talks can still be saved\n\n"
        "The mediators should therefore act in three ways:\n\n"
        "- Ankara should set a firm date for the next round, instead of waiting for a sign.\n"
        "- Germany and France should say what inspections they would fund.\n"
        "- Moscow must let the ships leave port before anything else.\n\n"
        "None of this is easy.", author="Ana Ruiz")
    assert [p.proposer for p in found] == ["Ana Ruiz"] * 3
    assert [p.addressee for p in found] == ["Turkey", "Germany", "Russia"]
    assert found[0].issue.startswith("set a firm date")


def test_a_demand_that_is_the_subject_of_a_judgement_is_its_owners() -> None:
    found = proposals_of("Serbia has made the talks harder. Its demand that every border post "
                         "be handed back before the vote is not serious.")
    assert [(p.proposer, p.issue) for p in found] == [
        ("Serbia", "every border post handed back")]


def test_a_demand_cut_in_two_by_the_parse_keeps_its_thing_and_the_second_demand() -> None:
    found = proposals_of("Serbia demands that all fines imposed since the court ruled in 2019 "
                         "be cancelled before it signs, and wants a guarantee that no future "
                         "government will revive them.")
    assert [p.proposer for p in found] == ["Serbia", "Serbia"]
    assert found[0].issue == "fines cancelled"
    assert found[1].issue.startswith("guarantee")


def test_naming_something_with_call_is_no_call_for_it() -> None:
    assert proposals_of("The Danish premier called it a very good day for the Baltic states.") \
        == []
    found = proposals_of("The mayor of Turku called Friday for releasing the harbour files.")
    assert len(found) == 1


def test_two_leaders_together_are_no_one_proposer() -> None:
    found = proposals_of("The Indian and Japanese leaders met in Tokyo. The two men reiterated "
                         "that the sea lanes should stay open to all.")
    assert [p.proposer for p in found] == [None]


def test_a_second_that_clause_is_told_by_the_verb_above_both() -> None:
    found = proposals_of("The NATO spokesman Lars Holm said the alliance believed Moscow was "
                         "moving troops north, and that Finland should be ready for drills "
                         "near its border.")
    assert [p.proposer for p in found] == ["Lars Holm"]


def test_he_after_a_verb_of_saying_goes_on_with_the_speaker() -> None:
    found = proposals_of("Foreign Minister Annalena Baerbock said on Monday that President "
                         "Emmanuel Macron had accepted the plan, and she called on Poland to do "
                         "the same.")
    assert [(p.proposer, p.addressee) for p in found] == [("Annalena Baerbock", "Poland")]


def test_it_opening_a_sentence_goes_on_with_the_previous_speaker() -> None:
    found = proposals_of("Hamas rejected the plan on Sunday. In a statement, the group said "
                         "the plan ignored its terms. It demanded instead that the mediators "
                         "hold Israel to the July framework.")
    assert [(p.proposer, p.addressee) for p in found] == [("Hamas", None)]


def test_third_parties_and_things_are_not_the_parties_of_the_contact_in_view() -> None:
    found = proposals_of("Modi and Xi met on the sidelines of the BRICS summit in Kazan on "
                         "Wednesday. Xi said the two countries should strengthen trade.")
    assert [p.addressee for p in found] == ["India"]
    found = proposals_of("Blinken met Netanyahu in Jerusalem on Monday. Blinken said the "
                         "mediators should present a final text.")
    assert [p.addressee for p in found] == [None]


def test_a_duty_reported_in_the_past_is_a_recommendation_of_the_speaker() -> None:
    found = proposals_of("Chancellor Olaf Scholz said Germany and France had a responsibility "
                         "to keep the bloc united.")
    assert [(p.proposer, p.addressee) for p in found] == [("Olaf Scholz", "Germany")]
    found = proposals_of("Chancellor Olaf Scholz said Berlin respected Warsaw's concerns, but "
                         "that Poland in turn had to respect the court's ruling.")
    assert [(p.proposer, p.addressee) for p in found] == [("Olaf Scholz", "Poland")]
    assert proposals_of("The chancellor said he had to leave the summit early.") == []
    assert proposals_of("The court, which has the duty to review such laws, met on Monday.") \
        == []


def test_incumbent_on_a_party_names_it() -> None:
    found = proposals_of('"It is now incumbent on Belgrade to do the same," the envoy said.')
    assert [p.addressee for p in found] == ["Serbia"]


def test_a_refused_deal_without_a_condition_met_demands_the_condition() -> None:
    found = proposals_of("Kyiv would not accept any deal, the adviser added, that had not been "
                         "approved by parliament.")
    assert [(p.proposer, p.issue) for p in found] == [("Ukraine", "approved by parliament")]
    assert proposals_of("The senator complained that Lisbon would not accept the minister's "
                        "word that the fund had not been misused.") == []


def test_a_plan_put_forward_with_its_content_is_its_proposers() -> None:
    found = proposals_of("Moldova put forward a plan under which the region would keep its own "
                         "police for ten years.")
    assert [(p.proposer, p.issue) for p in found] == [
        ("Moldova", "keep its own police for ten years")]
    assert proposals_of("The Kremlin unveiled its plan on Monday.") == []


def test_a_party_asking_leave_to_act_requests_it() -> None:
    found = proposals_of("Hungary asked to buy twelve new helicopters.")
    assert [(p.proposer, p.issue) for p in found] == [
        ("Hungary", "buy twelve new helicopters")]


def test_urging_that_takes_what_the_sentence_before_named() -> None:
    found = proposals_of('Some in Paris now talk of "tougher measures." The Polish premier has '
                         'been urging exactly that.')
    assert [p.issue for p in found] == ["tougher measures"]


def test_a_clause_named_a_request_after_a_comma_is_one() -> None:
    found = proposals_of("Egypt's foreign ministry said the Security Council could consider a "
                         "monitoring mission if both sides agreed, a suggestion that Israeli "
                         "officials rejected.")
    assert [(p.proposer, p.addressee) for p in found] == [("Egypt", "UN Security Council")]
    found = proposals_of("Qatari officials have made clear that they would welcome American "
                         "air defence systems, a request the Biden administration has not "
                         "answered.")
    assert [(p.proposer, p.addressee) for p in found] == [("Qatar", "United States")]
    assert proposals_of("The minister said talks would resume on Friday, a date the rebels "
                        "accepted.") == []


def test_do_the_same_says_what_the_same_is() -> None:
    found = proposals_of("The envoy said Serbia had accepted the new border protocol, and she "
                         "called on Kosovo to do the same.")
    assert [p.issue for p in found] == ["accept new border protocol"]


def test_a_thing_a_demand_is_about_names_no_party_of_the_contact() -> None:
    found = proposals_of("Blinken met Lavrov in Geneva on Friday. Iran demands that all "
                         "sanctions be removed first.")
    assert [(p.proposer, p.addressee) for p in found] == [("Iran", None)]


def test_common_verbs_of_pressing_and_offering_in_diplomacy_news() -> None:
    cases = {
        "Norway offered to host a new round of talks in Oslo.":
            ("Norway", None, "host a new round of talks in Oslo"),
        "Scholz pressed Erdogan to let the convoy through.":
            ("Olaf Scholz", "Recep Tayyip Erdoğan", "let the convoy through"),
        "Paris is pushing Rome to reopen its ports to the rescue ships.":
            ("France", "Italy", "reopen its ports to the rescue ships"),
        "Blinken encouraged both sides to return to the negotiating table.":
            ("Antony Blinken", None, "return to the negotiating table"),
        "Poland has been lobbying for a cap on Russian gas prices.":
            ("Poland", None, "cap on Russian gas prices"),
        "The European Union wants Athens and Ankara to normalise relations.":
            ("European Union", "Greece", "normalise relations"),
        "Iran conditioned any deal on the lifting of all sanctions.":
            ("Iran", None, "lifting of all sanctions"),
    }
    for text, want in cases.items():
        found = proposals_of(text)
        assert [(p.proposer, p.addressee, p.issue) for p in found] == [want], text


def test_offers_of_things_and_being_encouraged_propose_nothing() -> None:
    for text in ("The king offered his condolences to the families.",
                 "The minister was encouraged by the result.",
                 "Rome pressed ahead with the reform.",
                 "It was time to leave the city."):
        assert proposals_of(text) == [], text


def test_time_to_act_reported_in_the_past_is_the_speakers_recommendation() -> None:
    found = proposals_of("The UN chief said it was time for the parties to negotiate in good "
                         "faith.")
    assert [(p.proposer, p.issue) for p in found] == [("António Guterres",
                                                       "negotiate in good faith")]


def test_a_condition_set_on_ones_own_step_demands_it() -> None:
    found = proposals_of("Serbia said it was ready to reopen the crossing if Kosovo withdrew "
                         "its special police.")
    assert [(p.proposer, p.addressee, p.issue) for p in found] == [
        ("Serbia", "Kosovo", "Kosovo withdrew its special police")]
    found = proposals_of("Armenia will not sign the treaty until Azerbaijan returns the "
                         "prisoners.")
    assert [(p.proposer, p.addressee) for p in found] == [("Armenia", "Azerbaijan")]
    for text in ("The army was ready to help if needed.", "He did not leave until Monday."):
        assert proposals_of(text) == [], text


def test_more_ways_of_asking_in_diplomacy_news() -> None:
    cases = {
        "The Kremlin renewed its calls for Moldova to abandon its bid to join the bloc.":
            ("Russia", "Moldova", "abandon its bid to join the bloc"),
        "The EU told Hungary to drop its veto.": ("European Union", "Hungary", "drop its veto"),
        "Washington has made any sanctions relief conditional on verified steps by Caracas.":
            ("United States", None, "verified steps by Caracas"),
        '"We need more air defence systems," the Ukrainian president told the summit.':
            ("Volodymyr Zelensky", None, "more air defence systems"),
    }
    for text, want in cases.items():
        found = proposals_of(text)
        assert [(p.proposer, p.addressee, p.issue) for p in found] == [want], text
    found = proposals_of("France and Italy agreed on the need to strengthen border controls.")
    assert [p.proposer for p in found] == ["France"]  # those who agree, not the author
    for text in ("The spokesman told reporters to expect a statement.",
                 '"We need it now," he said.', "The aid they need is stuck at the border."):
        assert proposals_of(text) == [], text


def test_effects_seats_and_ones_own_needs_are_no_asks() -> None:
    for text in ("The tax plan would encourage investors to hold assets longer.",
                 "The senator invited a former rival to sit in the front row.",
                 '"We need money to pay our staff," the producer said.'):
        assert proposals_of(text) == [], text


def test_a_threat_on_a_condition_asks_nothing():
    from readout.analyze import analyze_text

    text = ("Lisbon said it was ready to impose tariffs if Madrid raised its fishing quotas. "
            "Madrid said it was ready to reopen the border if Lisbon dropped the tariffs.")
    issues = [p.issue for p in analyze_text(text, published="2024-05-02").proposals]
    assert not any("quotas" in (i or "") for i in issues)
    assert any("tariffs" in (i or "") for i in issues)
