"""Proposals, sixteenth session: mechanisms found on dev11/dev12 (studied after their blind
runs) and written again in other words on the session's probe articles. Sentences written
for these tests."""

from __future__ import annotations

from tests.text_analysis import proposals_of


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.proposer, p.addressee, p.issue) for p in proposals_of(text)]


def test_asks_announced_then_spelled_out_after_among_them_or_a_colon_are_the_announcers() -> None:
    found = _found("Chile's foreign minister, Rosa Fuentes, listed three conditions for a "
                   "settlement, among them that Bolivia should drop its case at the court.")
    assert [p for p, _, _ in found] == ["Rosa Fuentes"]
    found = _found("Norway's envoy, Tor Haugland, made a proposal of his own: the two "
                   "delegations should meet every month in Oslo.")
    assert [p for p, _, _ in found] == ["Tor Haugland"]
    # a second step joined to the first goes with it
    found = _found("Ghana's president, Kofi Mensah, set out two principles, namely that the "
                   "junta must free the prisoners and should hold elections within a year.")
    assert [p for p, _, _ in found] == ["Kofi Mensah", "Kofi Mensah"]
    # asks another party rejected are not the rejecter's (nor the writer's)
    found = _found("Bolivia's foreign minister, Ana Quispe, rejected the demands, among them "
                   "that La Paz should drop its case at the court.")
    assert [p for p, _, _ in found] == [None]
    # no picking word: the clause is no item of what was announced
    found = _found("Ana Quispe made an offer on Monday, and Chile should accept it.")
    assert [p for p, _, _ in found] == ["author"]


def test_a_credit_of_in_his_view_or_in_her_words_names_who_urges() -> None:
    found = _found("Kenya's foreign minister, Daniel Otieno, spoke after the talks. Any "
                   "commission, in his view, should include the herders' elders.")
    assert [p for p, _, _ in found] == ["Daniel Otieno"]
    found = _found("Opening the debate, the Labour MP Helen Ashby attacked the government. "
                   "Ministers, in her words, must stop hiding behind the figures.")
    assert [p for p, _, _ in found] == ["Helen Ashby"]
    # one's own view is the speaker's, not a credit
    assert [p for p, _, _ in _found(
        "In my view, the government should publish the figures.")] == ["author"]


def test_a_second_step_joined_to_a_first_with_an_inserted_credit_is_the_credited() -> None:
    found = _found("Daniel Otieno met his Somali counterpart. Somalia, he said, must open the "
                   "crossing and should end the \"unilateral\" closures.")
    assert [p for p, _, _ in found] == ["Daniel Otieno", "Daniel Otieno"]


def test_a_warning_to_it_a_state_named_before_is_a_demand() -> None:
    found = _found("Vietnam's foreign minister, Bui Thanh Son, met the Chinese envoy. He "
                   "accused China of breaking the law of the sea and warned it not to send the "
                   "survey ship back.")
    assert [(p, a) for p, a, _ in found] == [("Bui Thanh Son", "China")]
    # 'it' that is no party asks nothing
    assert _found("The finance minister spoke about the new levy. He warned it not to rise "
                  "too fast.") == []


def test_a_former_official_speaks_for_no_state_unless_named() -> None:
    found = _found("A former Kenyan diplomat, writing in a newspaper, said Nairobi should "
                   "reopen the border.")
    assert [p for p, _, _ in found] == [None]
    found = _found("A former Kenyan ambassador to Somalia, Peter Kamau, said Nairobi should "
                   "reopen the border.")
    assert [p for p, _, _ in found] == ["Peter Kamau"]
    found = _found("Kenya's ambassador to Somalia urged Mogadishu to reopen the border.")
    assert [p for p, _, _ in found] == ["Kenya"]


def test_a_group_in_a_leaders_own_party_is_not_the_leader() -> None:
    found = _found("Prime Minister Rishi Sunak flew to Rome. Hardliners in his own party "
                   "have called for a referendum on the treaty.")
    assert [p for p, _, _ in found] == ["hardliners"]
    found = _found("Chancellor Olaf Scholz met Xi Jinping. The Greens in his coalition have "
                   "pushed for a tougher line on Beijing.")
    assert [p for p, _, _ in found] not in ([], ["Olaf Scholz"])


def test_a_that_clause_after_where_or_when_it_was_said_is_reported() -> None:
    # the parse hangs the clause as a relative one on the noun of the phrase between
    found = _found("Guatemala's foreign minister, Andres Morales, told reporters after the "
                   "talks that Mexico needed to stop deporting migrants without notice.")
    assert [(p, a) for p, a, _ in found] == [("Andres Morales", "Mexico")]
    found = _found("Mexico's foreign minister, Lucia Ferrer, insisted during the two-hour "
                   "meeting that both governments needed to share their passenger lists.")
    assert [p for p, _, _ in found] == ["Lucia Ferrer"]
    # a relative clause on a thing told about stays none
    assert _found("Andres Morales told reporters about the information that Mexico needed "
                  "to make a choice.") == []


def test_naming_what_others_put_forward_proposals_or_demands_is_a_judgement() -> None:
    found = _found("\"These are not proposals for peace. These are demands for retreat,\" said "
                   "Levon Hakobyan, the opposition leader.")
    assert found == []
    found = _found("Levon Hakobyan said of the plan: \"They are proposals for surrender.\"")
    assert found == []
    # a call made is still one
    found = _found("Levon Hakobyan, the opposition leader, issued a call for a referendum.")
    assert [p for p, _, _ in found] == ["Levon Hakobyan"]
