"""Proposals, eighteenth session: mechanisms found studying dev14 and the leftovers of the
session before, written again in other words on the session's probe sentences. Sentences
written for these tests."""

from __future__ import annotations

from tests.text_analysis import proposals_of


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.proposer, p.addressee, p.issue) for p in proposals_of(text)]


def test_a_second_participle_the_parse_hangs_on_the_told_clause_joins_the_first() -> None:
    found = _found("Macron spoke to Putin on Monday, telling him that Europe did not want a "
                   "war and urging him to pull back his troops.")
    assert found == [("Emmanuel Macron", "Vladimir Putin", "pull back his troops")]


def test_a_participle_after_an_inserted_credit_is_the_act_of_the_clause_credited() -> None:
    found = _found("Scholz met Erdogan in Berlin, a spokesman said, urging him to lift the veto "
                   "on Sweden.")
    assert found == [("Olaf Scholz", "Recep Tayyip Erdoğan", "lift the veto on Sweden")]
    found = _found("Erdogan met Scholz in Berlin, his aides said, pressing Germany to sell "
                   "more jets.")
    assert found == [("Recep Tayyip Erdoğan", "Germany", "sell more jets")]
    # a quotation before the credit is the speaker's, not its own subject's
    found = _found('Harris met Netanyahu on Thursday. "It is time for this war to end," she '
                   'said, urging both sides to conclude the deal on a ceasefire.')
    assert ("Kamala Harris", None, "conclude the deal on a ceasefire") in found


def test_begging_a_party_to_act_is_a_demand() -> None:
    assert _found("Merkel begged Erdogan to keep the border closed.") == [
        ("Angela Merkel", "Recep Tayyip Erdoğan", "keep the border closed")]
    assert _found("He begged the question of who would pay.") == []


def test_a_court_ordering_a_state_to_act_demands_it_a_leader_ordering_his_own_does_not() -> None:
    found = _found("The International Court of Justice ordered Israel to let aid into Gaza.")
    assert [(a, i) for _, a, i in found] == [("Israel", "let aid into Gaza")]
    found = _found("The tribunal ordered Russia to release the sailors.")
    assert [(a, i) for _, a, i in found] == [("Russia", "release the sailors")]
    assert _found("Putin ordered the army to pull back from Kherson.") == []
    assert _found("Maduro ordered the state oil company PDVSA to grant licences.") == []


def test_telling_the_powers_or_world_leaders_to_act_is_a_demand() -> None:
    found = _found("At the summit, Ramaphosa told the great powers to stop treating Africa as "
                   "a battlefield.")
    assert found == [("Cyril Ramaphosa", None, "stop treating Africa as a battlefield")]
    found = _found("Macron told world leaders to keep the promise of Paris.")
    assert [(p, i) for p, _, i in found] == [("Emmanuel Macron", "keep the promise of Paris")]
    assert _found("Sisi told reporters to wait for the statement.") == []


def test_a_headlines_bare_office_is_the_one_the_lead_names_with_it() -> None:
    found = _found("Chancellor, in Warsaw, urges Poland to drop its veto\n\nGerman Chancellor "
                   "Olaf Scholz said on Monday that the bloc needed unity.")
    assert found[0] == ("Olaf Scholz", "Poland", "drop its veto")


def test_a_place_set_off_by_commas_after_the_subject_is_where_not_whose() -> None:
    found = _found("Cardinal, in Kyiv, presses Russia to return the children")
    assert found == [(None, "Russia", "return the children")]


def test_an_order_quoted_before_its_credit_is_a_demand() -> None:
    assert _found('"Stop the shelling now," Guterres said.') == [
        ("António Guterres", None, "stop the shelling now")]
    assert _found('"Do not send troops to Belarus," Blinken told Lavrov in Geneva.') == [
        ("Antony Blinken", "Sergey Lavrov", "not send troops to Belarus")]
    # turns of speech, an order to one's own nation or a bystander's cry order no party
    assert _found('"Thank you all for coming," Macron said.') == []
    assert _found('"Stay calm," Sunak told Britons, adding that the strikes were limited.') == []
    assert _found('Rakeyia Scott filmed the police. "Don\'t shoot him," she says.') == []


def test_an_object_it_is_labelled_with_the_thing_the_clause_before_names() -> None:
    assert _found("The deal is fragile and Washington should protect it.") == [
        ("author", "United States", "protect the deal")]
    found = _found("Macron said the plan was good and that Europe should support it.")
    assert [i for _, _, i in found] == ["support the plan"]
    # a party stays 'it'
    found = _found("Russia is weak and the West should punish it.")
    assert [i for _, _, i in found] == ["punish it"]
