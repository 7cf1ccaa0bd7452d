"""Proposals, fifteenth session: mechanisms found on dev11 (studied after its blind run) and
written again in other words on probe articles of the session. Sentences written for these
tests."""

from __future__ import annotations

from tests.text_analysis import proposals_of


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.proposer, p.addressee, p.issue) for p in proposals_of(text)]


def test_terms_a_party_sets_for_a_settlement_with_would_have_to_are_proposed() -> None:
    found = _found("Chile's foreign minister, Rosa Fuentes, said any agreement on the glacier "
                   "would have to include a joint survey of the border.")
    assert [p for p, _, _ in found] == ["Rosa Fuentes"]
    found = _found("The Mongolian envoy, Bat Erdene, said a lasting settlement would need to "
                   "give herders access to the winter pastures.")
    assert [p for p, _, _ in found] == ["Bat Erdene"]
    # a procedure told, or a consequence foreseen for a party, sets no terms
    assert _found("The Chilean minister, Rosa Fuentes, said any agreement would have to be "
                  "ratified by the Senate.") == []
    assert _found("The Chilean minister, Rosa Fuentes, said farmers would have to wait until "
                  "the spring.") == []


def test_a_thing_that_had_to_be_so_in_reported_speech_is_urged() -> None:
    found = _found("Peru's trade minister, Luis Ortega, said the tender had to be transparent "
                   "for foreign bidders.")
    assert [p for p, _, _ in found] == ["Luis Ortega"]
    # a party's attitude stays none
    assert _found("Luis Ortega said he had to be realistic about the tender.") == []
    assert _found("\"We have to be patient,\" said Luis Ortega, Peru's trade minister.") == []


def test_a_past_needed_to_the_tagger_takes_for_a_participle_is_reported() -> None:
    found = _found("Ghana's foreign minister, Ama Owusu, went further. She said the two "
                   "countries needed to share their customs data before the next round of talks.")
    assert [p for p, _, _ in found] == ["Ama Owusu"]


def test_a_refusal_vowed_until_or_unless_another_acts_demands_the_act() -> None:
    found = _found("Bolivia has threatened not to renew the gas contract unless Brazil pays "
                   "the arrears.")
    assert [(p, a) for p, a, _ in found] == [("Bolivia", "Brazil")]
    found = _found("Peru has vowed not to return to the commission until Chile withdraws "
                   "its survey ship.")
    assert [(p, a) for p, a, _ in found] == [("Peru", "Chile")]
    # a vow with no condition, or a refusal told as past, sets none
    assert _found("Peru has vowed not to return to the commission.") == []


def test_a_peace_step_offered_for_another_partys_act_asks_for_the_act() -> None:
    found = _found("Armenia would declare a truce and begin talks if Georgia reopened "
                   "the border crossing.")
    assert [(p, a) for p, a, _ in found] == [("Armenia", "Georgia")]
    # a threat of force on another's act asks nothing
    assert _found("Armenia would strike back if Georgia attacked its convoys.") == []


def test_a_party_pressed_on_a_matter_is_asked_about_it() -> None:
    found = _found("Japan pressed China over the detained fishermen.")
    assert [(p, a, i) for p, a, i in found] == [("Japan", "China", "detained fishermen")]
    found = _found("Kishida praises the new envoy but presses him on the fishing ban")
    assert [i for _, _, i in found] == ["fishing ban"]
    # reporters' questions and 'pressed on' (went on) ask nothing
    assert _found("Reporters pressed him on the fishing ban.") == []
    assert _found("Japan pressed on with the survey.") == []


def test_what_a_party_is_told_cannot_be_done_is_asked() -> None:
    found = _found("Kenya's foreign minister, Grace Wanjiru, told Uganda that the pipeline "
                   "could not cross the lake without a study.")
    assert [p for p, _, _ in found] == ["Grace Wanjiru"]
    # told to reporters, or the teller's own limits, asks nothing
    assert _found("Grace Wanjiru told reporters that the pipeline could not cross the lake.") \
        == []
    assert _found("Grace Wanjiru told Uganda that she could not attend the summit.") == []
    assert _found("Australia's foreign minister, Mark Hollis, told Fiji that Canberra could "
                  "not lift the visa rule this year.") == []


def test_a_plan_or_ideas_laid_out_to_a_party_are_proposed() -> None:
    found = _found("Chile's foreign minister, Rosa Fuentes, laid out her plan for a joint "
                   "glacier survey to the Argentine delegation.")
    assert [p for p, _, _ in found] == ["Rosa Fuentes"]
    found = _found("Bolivia put forward several ideas, including a joint river patrol.")
    assert [p for p, _, _ in found] == ["Bolivia"]
    found = _found("Peru set out its counterproposal to the Chilean delegation on Monday.")
    assert [p for p, _, _ in found] == ["Peru"]
    # its own plan told, or a route's end, puts nothing to anyone
    assert _found("Russia unveiled its plan for a corridor from Moscow to Minsk.") == []
    assert _found("Chile laid out its plan for the budget.") == []


def test_a_demand_whose_that_clause_the_parse_hung_elsewhere_keeps_it() -> None:
    found = _found("The talks in Oslo stalled over Norway's demand that Russia stop fishing in "
                   "the zone.")
    assert [(p, i) for p, _, i in found] == [("Norway", "stop fishing in the zone")]
    # a demand named in passing, with no content, stays none
    assert _found("The talks in Oslo stalled over Norway's demands.") == []


def test_a_call_to_act_named_as_a_noun_is_a_call() -> None:
    found = _found("Kenyan envoy ends Kampala visit with call to reopen the rail link")
    assert [i for _, _, i in found] == ["reopen the rail link"]
    found = _found("Norway's embassy issued a call to all shipping companies to avoid the "
                   "disputed channel.")
    assert [(p, i) for p, _, i in found] == [("Norway", "avoid the disputed channel")]
    # a telephone call, or a hard choice, calls for nothing
    assert _found("Putin took a call to discuss the grain deal.") == []
    assert _found("It was a tough call to make.") == []


def test_what_a_party_made_clear_it_wanted_of_another_is_reported() -> None:
    found = _found("Peru's envoy made clear that Lima wanted Quito to reopen the border "
                   "crossing by May.")
    assert [(p, a) for p, a, _ in found] == [("Peru", "Ecuador")]
    assert _found("Peru's envoy made it clear that Lima had no plans to close the border.") \
        == []


def test_an_ask_that_is_the_act_wanted_of_another_party_is_not_its_own() -> None:
    found = _found("Spain wants Morocco to urge Mauritania to reopen the fishing grounds.")
    assert [(p, a) for p, a, _ in found] == [("Spain", "Morocco")]
    # one who asks on its own still asks
    found = _found("Morocco urged Mauritania to reopen the fishing grounds.")
    assert [(p, a) for p, a, _ in found] == [("Morocco", "Mauritania")]
