"""Proposals, ninth session: rules made from the behavioural checklist
(tests/checklist/proposals.json), each tested here on sentences written for this file (not
checklist items). Sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.text_analysis import proposals_of


def found(text: str, published: str = "2023-06-01") -> list[tuple[str | None, str | None]]:
    return [(p.proposer, p.addressee) for p in proposals_of(text, published=published)]


def test_ought_as_the_verb_of_a_second_clause_recommends() -> None:
    # the parser reads "ought" in a conjoined clause as a verb of its own
    assert found("The EU has to act, and member states ought to pay for it.") == [
        ("author", "European Union"), ("author", None)]
    assert ("author", "China") in found(
        "Washington must drop the tariffs, and Beijing ought to stop dumping steel.")


@pytest.mark.parametrize("text, addressee", [
    ("The right answer is for Congress to fund the embassy.", "US Congress"),
    ("The wisest course for Nigeria is to reopen the border.", "Nigeria"),
    ("The only realistic option is for Mali to hold elections.", "Mali"),
    ("The time has come for Chile to settle the maritime claim.", "Chile"),
    ("The moment has come for Egypt to lift the blockade.", "Egypt"),
])
def test_a_course_judged_best_or_a_time_come_recommends(text: str, addressee: str) -> None:
    assert found(text) == [("author", addressee)]


@pytest.mark.parametrize("text", [
    "The first step was to build a road to the border.",
    "By then the moment had come for him to leave.",
    "The course is to run from May to July.",
])
def test_a_past_course_a_past_moment_or_an_unjudged_course_recommends_nothing(
        text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Seoul denied that it had asked Washington for more interceptors.",
    "Officials denied claims that Ankara must give up the missiles.",
    "The ministry dismissed reports that Cairo had demanded a seat at the table.",
])
def test_a_denied_demand_is_no_demand(text: str) -> None:
    assert found(text) == []


def test_a_day_after_called_is_no_call_on_a_party() -> None:
    assert found("The Peruvian president called the Bolivian minister on Tuesday to discuss "
                 "the lithium dispute.") == []
    assert found("Ghana called on Friday on both sides to lay down their arms.") == [
        ("Ghana", None)]


@pytest.mark.parametrize("text", [
    "The talks should resume later this month, diplomats in Geneva said.",
    "The new railway should be completed by 2028, the ministry said.",
    "The vote should take place on Sunday.",
    "Economists said the trade deal should boost exports from both countries.",
    "Officials said the first joint patrols should begin in June.",
])
def test_should_of_expectation_proposes_nothing(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "The talks should focus on the fate of the prisoners.",
    "Sanctions should be lifted by March, Tehran said.",
    "The withdrawal should begin immediately, the minister said.",
])
def test_should_of_a_thing_to_be_done_still_recommends(text: str) -> None:
    assert len(found(text)) == 1


def test_the_agent_of_a_passive_urging_is_the_proposer_even_unnamed() -> None:
    assert found("Kyiv was urged by European leaders to accept the offer.") == [
        ("European leaders", "Ukraine")]


def test_an_appeal_with_its_act_is_a_proposal_and_a_court_appeal_is_not() -> None:
    assert found("Indonesia renewed its appeal for both sides to respect the truce.") == [
        ("Indonesia", None)]
    assert found("Egypt repeated its appeal to the two sides to accept a truce.") == [
        ("Egypt", None)]
    assert found("The court rejected his appeal for a retrial.") == []
    assert found("The appeal of populism is growing across Europe.") == []


def test_the_administration_pressed_unnamed_is_the_home_government() -> None:
    assert found("The Mexican foreign minister flew to Washington. She pressed the "
                 "administration to stop the flow of guns south.", "2023-10-06") == [
        ("Alicia Bárcena", "United States")]
    assert found("Protesters urged the Taliban administration to reopen schools.") == [
        ("protesters", "Taliban")]


def test_we_want_a_named_party_to_act_is_the_speakers_demand() -> None:
    assert found('"We want Pristina to withdraw the special police," Aleksandar Vučić said.',
                 "2023-06-01") == [("Aleksandar Vučić", "Kosovo")]
    assert found('"We want to win the next election," the minister said.') == []


def test_a_demand_that_came_from_a_party_is_that_partys() -> None:
    assert found("The loudest call for sanctions came from Lithuania.") == [("Lithuania", None)]


def test_an_infinitive_detached_by_a_phrase_is_still_the_act_pressed_or_offered() -> None:
    assert found("Algeria offered on Tuesday to broker talks between the rival factions.") == [
        ("Algeria", None)]
    assert found("Tinubu pressed the junta in Niamey to release the president.") == [
        ("Bola Tinubu", "Niger")]
    assert found("He pressed the button twice to start the engine.") == []
    assert found("Qatar offered its help to free the hostages.") == []


def test_a_need_whose_infinitive_is_parsed_as_a_purpose_clause_recommends() -> None:
    result = found("She told reporters that Beijing needed to lift the remaining curbs on "
                   "Australian wine before the end of the year.")
    assert [addressee for _, addressee in result] == ["China"]


def test_an_office_named_as_a_priority_or_a_negated_ask_proposes_nothing() -> None:
    assert found("Lula had called the continent a priority for Brazilian diplomacy.") == []
    assert found("The Ghanaian minister said Accra was not asking for a bailout.") == []
    assert found("Kyiv has never demanded foreign troops.") == []


def test_a_group_its_adjective_picks_out_is_not_the_contact_in_view() -> None:
    assert found("Ruto met Museveni in Kampala on Monday. Regional lenders need to extend "
                 "the loans.", "2024-02-01") == [("author", None)]


def test_the_bare_office_is_the_person_just_named_with_it() -> None:
    assert found("Kenyan President William Ruto opened the summit in Nairobi on Monday. The "
                 "president urged the rebels in Sudan to lay down their arms.", "2024-02-01") == [
        ("William Ruto", "Sudan")]


@pytest.mark.parametrize("mark", ["{n}.", "{n})", "({n})"])
def test_numbered_items_under_a_lead_in_are_one_recommendation_each(mark: str) -> None:
    items = ["a ceasefire along the whole front;", "the release of all detainees;",
             "talks on the border within a month."]
    text = "The crisis will not end by itself. Addis Ababa and Asmara should agree to the " \
        "following:\n" + "\n".join(mark.format(n=n) + " " + item
                                  for n, item in enumerate(items, 1))
    assert [proposer for proposer, _ in found(text)] == ["author"] * 3


def test_a_number_opening_a_wrapped_line_is_no_item() -> None:
    assert found("The talks began in 2019 and ran for\n12 rounds, officials said.") == []


def test_a_visit_that_should_last_hours_is_expected() -> None:
    assert found("The stop in Vilnius should last about three hours, an aide said.") == []


def test_the_bare_office_of_several_words_is_the_person_just_named_with_it() -> None:
    assert found("Malaysian Prime Minister Anwar Ibrahim arrived in Cairo on Friday. The prime "
                 "minister called on Muslim countries to send aid.", "2023-10-20") == [
        ("Anwar Ibrahim", None)]


def test_wanting_a_named_party_to_act_is_a_demand_but_an_outcome_is_not() -> None:
    assert found("Officials said Moscow wanted the West to reconnect its banks to SWIFT.") == [
        ("Russia", None)]
    assert found("Putin wants Ukraine to lose the war.") == []


def test_a_step_of_its_own_only_if_another_acts_demands_that_act() -> None:
    assert found("The spokesman said Tehran would return to talks only if Washington lifted "
                 "its sanctions first.") == [("Iran", "United States")]
    assert found("Israel will strike again if Hezbollah fires.") == []
    assert found("Under the plan, couples would receive the leave only if their marriage is "
                 "recognised by the state.") == []


def test_a_demand_inside_the_act_asked_of_others_is_part_of_that_demand() -> None:
    assert found("Anwar called on Muslim countries to use their weight to press for a "
                 "ceasefire.", "2023-10-20") == [("Anwar Ibrahim", None)]
    assert len(found("Egypt urged the two sides to accept a truce and called for aid to "
                     "enter Gaza.")) == 2


def test_he_after_an_unnamed_official_of_a_state_is_that_state() -> None:
    assert found("The Chinese ambassador said the talks were useful. She said Canberra "
                 "should drop its tariffs on steel.") == [("China", "Australia")]
    assert found("Iran's foreign ministry spokesman spoke on Saturday. He urged European "
                 "countries to stop threatening new sanctions.", "2024-11-30") == [
        ("Iran", None)]
