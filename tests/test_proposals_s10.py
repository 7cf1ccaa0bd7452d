"""Proposals, tenth session: requests the article names as such without an act of asking, and
proposers the article names elsewhere (sentences written for these tests)."""

from __future__ import annotations

from tests.text_analysis import proposals_of


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(p.proposer, p.issue) for p in proposals_of(text)]


def test_at_the_request_of_a_side_names_the_asker() -> None:
    found = _pairs("The meeting in Tokyo took place at the request of the Australian side, "
                   "the ministry said.")
    assert found == [("Australia", "meeting")]


def test_at_someones_request_asks_the_act_of_the_clause() -> None:
    found = _pairs("Foreign Minister Penny Wong was in Suva. The envoy said he was leading a "
                   "delegation of senior officials at Wong's request.")
    assert [p for p, _ in found] == ["Penny Wong"]
    assert "delegation" in found[0][1]


def test_a_request_from_someone_for_something() -> None:
    found = _pairs("Seoul rejected a request from Tokyo for talks on the fishing dispute.")
    assert found == [("Japan", "talks on the fishing dispute")]


def test_a_request_from_someone_without_content_is_no_proposal() -> None:
    assert proposals_of("The request from the school was unusual.") == []


def test_requests_refused_are_the_requesters_not_the_refusers() -> None:
    found = _pairs("Foreign Minister Penny Wong visited Suva on Monday. The junta refused her "
                   "requests to see the detained president.")
    assert found == [("Penny Wong", "see the detained president")]


def test_a_thing_named_as_a_partys_demand() -> None:
    found = _pairs("He repeated that a full ceasefire was Beijing's central demand.")
    assert found == [("China", "full ceasefire")]


def test_a_contact_a_party_requested_in_a_relative_clause() -> None:
    found = _pairs("Thursday's telephone call, which the Kremlin requested, lasted about fifty "
                   "minutes.")
    assert found == [("Russia", "telephone call")]


def test_a_surname_left_unlinked_is_the_person_named_in_full_before() -> None:
    found = _pairs("Chancellor Olaf Scholz arrived in Warsaw on Monday. On Tuesday Scholz urged "
                   "both sides to return to talks.")
    assert found == [("Olaf Scholz", "return to talks")]


def test_a_body_in_apposition_asks_not_the_state_of_its_description() -> None:
    found = _pairs("The lower house of Russia's parliament, the State Duma, voted to ask Putin "
                   "to recognise the two regions.")
    assert [p for p, _ in found] == ["State Duma"]


def test_a_namesake_body_of_another_state_is_not_taken() -> None:
    found = _pairs("The upper house of Kazakhstan's parliament, the Senate, voted to ask "
                   "Tokayev to sign the bill.")
    assert [p for p, _ in found] == ["Kazakhstan"]


def test_a_proposal_presented_to_named_parties_needs_no_content() -> None:
    found = _pairs("Chancellor Olaf Scholz met President Emmanuel Macron. Scholz, together with "
                   "envoys from Italy and Spain, presented the original French proposal to "
                   "Vucic and Kurti in March.")
    assert len(found) == 1 and "proposal" in found[0][1]


def test_a_draft_treaty_published_proposes_what_it_would_do() -> None:
    found = _pairs("The Chinese demands are already known. Last week the foreign ministry "
                   "published a draft agreement that would bar foreign warships from the strait.")
    assert found == [("China", "bar foreign warships from the strait")]


def test_a_ministry_among_two_states_is_no_state() -> None:
    found = _pairs("Indian and Chinese diplomats met in Delhi. The foreign ministry published "
                   "a draft agreement that would reopen the border posts.")
    assert [p for p, _ in found] == ["ministry"]


def test_a_report_published_proposes_nothing() -> None:
    assert proposals_of("The ministry published its annual report on Monday.") == []


def test_the_allies_in_an_article_on_nato_are_the_alliance() -> None:
    found = _pairs("NATO envoys met Russian diplomats in Brussels. The secretary-general said "
                   "the allies had proposed a series of further meetings on arms control.")
    assert [p for p, _ in found] == ["NATO"]


def test_the_allies_with_no_alliance_named_stay_a_group() -> None:
    found = _pairs("The allies urged Iran to return to the talks.")
    assert [p for p, _ in found] == ["allies"]


def test_pressed_to_act_across_an_inserted_and_phrase() -> None:
    found = proposals_of("Ramaphosa urged Kagame in Kigali, and again at the summit in Addis "
                         "Ababa, to withdraw support for the rebels.")
    assert [p.issue for p in found] == ["withdraw support for the rebels"]


def test_a_purpose_clause_after_and_is_no_demand() -> None:
    assert proposals_of("The minister visited the port and met the governor, and to mark the "
                        "day she planted a tree.") == []


def test_asked_about_someone_the_pronoun_is_the_one_asked() -> None:
    found = proposals_of("Foreign Minister Wang Yi spoke in Beijing. Asked whether Xi Jinping "
                         "would meet Narendra Modi, he said the Chinese president would not "
                         "refuse such a meeting, but that it should be well prepared.")
    assert [p.proposer for p in found] == ["Wang Yi"]


def test_asked_about_a_topic_keeps_the_speaker() -> None:
    found = proposals_of("Foreign Minister Wang Yi spoke in Beijing. Asked about the border, "
                         "he said both sides should show restraint.")
    assert [p.proposer for p in found] == ["Wang Yi"]


def test_a_span_of_time_given_to_act_is_an_ultimatum() -> None:
    found = _pairs("Kenya gave Ethiopia's envoy 48 hours to leave the country.")
    assert found == [("Kenya", "leave the country")]


def test_time_given_to_rest_asks_nothing() -> None:
    assert proposals_of("The coach gave the players a day to rest.") == []


def test_an_ultimatum_in_a_relative_when_clause() -> None:
    found = proposals_of("The summit in Abuja on July 30, when the bloc gave the junta one week "
                         "to free the president, ended late.")
    assert [p.issue for p in found] == ["free the president"]


def test_a_capital_offered_as_a_venue() -> None:
    found = _pairs("Egypt offered Cairo as a venue for the next round of talks.")
    assert [p for p, _ in found] == ["Egypt"]
    assert found[0][1].startswith("Cairo as a venue")


def test_condolences_offered_as_a_friend_propose_nothing() -> None:
    assert proposals_of("Qatar offered its condolences as a friend of the family.") == []


def test_a_deal_refused_unless_reached_with_a_step() -> None:
    found = _pairs("India will not accept any border deal reached without a vote in "
                   "parliament.")
    assert found == [("India", "vote in parliament")]


def test_a_past_refusal_of_a_deal_made_without_a_step_asks_nothing() -> None:
    assert proposals_of("Delhi did not accept the deal reached without a vote.") == []


def test_someones_task_is_urged_on_them() -> None:
    found = proposals_of("Scholz's first task is to persuade Warsaw to drop its veto.")
    assert [p.issue for p in found] and "persuade" in found[0].issue


def test_a_task_with_no_owner_is_a_plan_or_a_difficulty() -> None:
    assert proposals_of("Sunak said the first task would be to reopen the two consulates.") == []
    assert proposals_of('"The harder task is to bring Caracas into that room," an analyst '
                        "said.") == []


def test_the_office_told_before_with_its_state_is_that_state() -> None:
    found = proposals_of("Kuwait's emir received the envoy in the capital on Monday. The emir "
                         "urged both sides to return to the table.")
    assert [p.proposer for p in found] == ["Kuwait"]


def test_the_office_told_before_with_two_states_names_no_state() -> None:
    found = proposals_of("Kuwait's emir and Qatar's emir met in the capital on Monday. The emir "
                         "urged both sides to return to the table.")
    assert [p.proposer for p in found] != ["Kuwait"] and [p.proposer for p in found] != ["Qatar"]


def test_a_dateline_place_is_not_the_proposer_of_the_lead() -> None:
    found = proposals_of("UNITED NATIONS, Aug. 14 (Wire) — UN Secretary-General António "
                         "Guterres on Monday urged the Security Council to send monitors to "
                         "the border.")
    assert [p.proposer for p in found] == ["António Guterres"]


def test_a_lead_with_a_dateline_keeps_its_named_state() -> None:
    found = proposals_of("NAIROBI, March 3 (Wire) — Kenya urged Ethiopia to reopen the border.")
    assert [p.proposer for p in found] == ["Kenya"]


def test_a_request_refused_is_put_to_the_refuser() -> None:
    found = proposals_of("Seoul rejected a request from Tokyo for talks on the fishing dispute.")
    assert [(p.proposer, p.addressee) for p in found] == [("Japan", "South Korea")]


def test_an_ultimatum_is_put_to_the_one_given_the_time() -> None:
    found = proposals_of("Kenya gave Ethiopia's envoy 48 hours to leave the country.")
    assert [p.addressee for p in found] == ["Ethiopia"]


def test_at_someones_request_is_put_to_the_one_who_acts() -> None:
    found = proposals_of("Foreign Minister Penny Wong was in Suva. Fiji's prime minister "
                         "Sitiveni Rabuka joined the talks at Wong's request.")
    assert [(p.proposer, p.addressee) for p in found] == [("Penny Wong", "Sitiveni Rabuka")]
