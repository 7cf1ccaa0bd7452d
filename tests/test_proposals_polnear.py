"""Proposals on whole news articles: the general causes found on
tests/gold/polnear_proposals_dev.json (PolNeAR dev articles), each on a sentence of the
project's own."""

from __future__ import annotations

from readout.records import Proposal
from tests import text_analysis


def proposals_of(text: str) -> list[Proposal]:
    return text_analysis.proposals_of(text, published="2016-09-20")


def test_that_is_why_gives_a_reason_and_the_inserted_credit_names_the_proposer() -> None:
    found = proposals_of("Tom Reed chaired the union for ten years. "
                         "That is why, he argued, the union should be ready.")
    assert [p.proposer for p in found] == ["Tom Reed"]


def test_a_modal_inside_a_whether_clause_is_a_question() -> None:
    assert proposals_of("Officials spoke about whether the report should be published.") == []
    assert proposals_of("Critics asked if the mayor must resign.") == []


def test_would_be_wise_to_is_advice_but_a_past_choice_is_not() -> None:
    found = proposals_of("Ann Lee said the league would be wise to hire a new coach before "
                         "spring.")
    assert [(p.proposer, p.issue) for p in found] == [("Ann Lee",
                                                       "hire a new coach before spring")]
    assert proposals_of("He was wise to stay away from the talks.") == []


def test_a_request_for_comment_asks_for_no_step() -> None:
    assert proposals_of("The ministry did not respond to requests for comment.") == []


def test_who_after_a_group_noun_is_that_group_when_the_parse_hangs_it_elsewhere() -> None:
    found = proposals_of("The vote became a rallying cry for farmers there, who have blocked "
                         "roads and called for the tax to be scrapped.")
    assert [p.proposer for p in found] == ["farmers"]


def test_a_demand_verb_misread_as_a_participle_after_a_long_apposition() -> None:
    found = proposals_of("Senator Ann Lee (D), the mayor's opponent in the upcoming election, "
                         "called Friday for releasing the tapes, as well, saying that openness "
                         "builds trust.")
    assert [p.proposer for p in found] == ["Ann Lee"]


def test_called_on_with_on_read_as_a_particle() -> None:
    found = proposals_of("The Lee family has called on the city to publish the report and "
                         "called on residents to stay calm.")
    assert [(p.proposer, p.issue) for p in found] == [("Lee family", "publish the report"),
                                                      ("Lee family", "stay calm")]


def test_a_named_persons_kin_are_not_that_person() -> None:
    assert [p.proposer for p in proposals_of(
        "Ann Lee's husband urged the council to act.")] == [None]
    assert [p.proposer for p in proposals_of(
        "Ann Lee's husband, Tom Lee, urged the council to act.")] == ["Tom Lee"]


def test_a_former_title_holder_does_not_speak_for_the_body() -> None:
    found = proposals_of("A former UN envoy says the council should meet.")
    assert [p.proposer for p in found] == [None]


def test_a_supposed_demand_is_not_made() -> None:
    assert proposals_of("Say Brazil demanded that Peru pay first.") == []
    assert proposals_of("It could take the firm to court, pushing for damages.") == []
    assert proposals_of("Greece might call for talks.") == []


def test_a_chance_one_has_is_no_duty() -> None:
    assert proposals_of("We welcome the chance that Ann has to speak.") == []
    assert proposals_of("Voters want the facts they need to make a choice.") == []


def test_a_party_asking_for_a_thing_without_naming_whom() -> None:
    found = proposals_of("The Senate had asked for the files.")
    assert [p.issue for p in found] == ["files"]
    assert proposals_of("The mayor did not answer when asked for comment.") == []


def test_it_is_time_to_act_recommends_and_names_who_is_to_act() -> None:
    found = proposals_of("It is time for Canada to end the subsidies.")
    assert [(p.proposer, p.addressee, p.issue) for p in found] == [
        ("author", "Canada", "end the subsidies")]
    assert len(proposals_of("Now is the time to talk to Moscow.")) == 1
    assert proposals_of("It was time to leave the party. He has no time to read.") == []


def test_party_members_named_by_their_party_act_for_it() -> None:
    found = proposals_of("Some Republican senators are now calling for a veto. "
                         "GOP lawmakers urged the governor to sign the bill.")
    assert [p.proposer for p in found] == ["Republican Party", "Republican Party"]
    named = proposals_of("The state's two Republican senators, Jeff Flake and John McCain, "
                         "called on Brewer to veto it.")
    assert [(p.proposer, p.issue) for p in named] == [("Jeff Flake", "veto it")]


def test_the_party_refers_back_to_the_party_just_named() -> None:
    found = proposals_of("Many Democrats are angry, and the party is calling for the report "
                         "to be released.")
    assert [p.proposer for p in found] == ["Democratic Party"]


def test_called_on_x_to_act_when_the_infinitive_is_read_as_a_purpose_clause() -> None:
    found = proposals_of("All nine Republican members of the House Intelligence Committee are "
                         "calling on Rep. Adam Schiff (D-Calif.) to resign as its chairman.")
    assert [(p.addressee, p.issue) for p in found] == [("Adam Schiff",
                                                        "resign as its chairman")]


def test_calling_back_a_witness_and_a_maxim_propose_nothing() -> None:
    assert proposals_of("The Senate panel quietly called back for another interview with "
                        "the banker.") == []
    assert proposals_of("I live by the rule that you should treat others fairly, Ann Lee "
                        "wrote.") == []


def test_an_issue_label_stops_before_a_clause_that_describes_it() -> None:
    found = proposals_of("Ann Lee urged the release of the reporter, who has been held for a "
                         "year.")
    assert [p.issue for p in found] == ["release of the reporter"]
    found = proposals_of("While Chile has pressed for access, senior Peruvian officials, "
                         "including the minister, have objected.")
    assert [p.issue for p in found] == ["access"]


def test_an_issue_label_says_not_and_keeps_hyphenated_words_whole() -> None:
    found = proposals_of("Tom Reed said the city shouldn't raise taxes, which would hurt "
                         "families.")
    assert [p.issue for p in found] == ["not raise taxes"]
    found = proposals_of("Biden called for de-escalation and a return to diplomacy.")
    assert [p.issue for p in found] == ["de-escalation"]


def test_a_list_item_label_does_not_stop_inside_an_abbreviation() -> None:
    found = proposals_of("Leaders should agree to the following:\n\n"
                         "- Agreement on regular U.S.-Mexican talks at the level of ministers, "
                         "with a hotline.\n"
                         "- Revival of the trade council in Ottawa, currently suspended, with "
                         "new members.")
    assert [p.issue for p in found] == ["Agreement on regular U.S.-Mexican talks at the level",
                                        "Revival of the trade council in Ottawa"]


def test_their_request_belongs_to_the_plural_subject_above() -> None:
    found = proposals_of("Senators met on Monday. They said the agency was slow in their "
                         "request for the files.")
    assert [p.proposer for p in found] == ["senators"]


def test_a_necessity_one_fears_is_not_urged() -> None:
    assert proposals_of("\"We are concerned that Tom may stall, he may lie, and that Ann will "
                        "have to spend all her time on defence,\" Tom Reed said.") == []
    found = proposals_of("Critics fear the plan. Ann Lee said that Congress will have to act.")
    assert [p.proposer for p in found] == ["Ann Lee"]


def test_a_speaker_named_by_first_name_is_the_article_person() -> None:
    found = proposals_of("Marcia Lopez spoke to the crowd. \"We have to show that we have his "
                         "back,\" Marcia said.")
    assert [p.proposer for p in found] == ["Marcia Lopez"]


def test_a_request_by_someone_is_theirs_not_the_authors() -> None:
    found = proposals_of("The court granted a request by Mexico to delay the hearing. "
                         "The court granted a request by the plaintiffs to delay the hearing.")
    assert [p.proposer for p in found] == ["Mexico", None]


def test_a_need_in_a_second_clause_joined_by_but_is_its_own_proposal() -> None:
    found = proposals_of("Lind has said that Finnish borders must be respected but also has "
                         "raised the need to hear Moscow's concerns.")
    assert len(found) == 2 and "hear Moscow's concerns" in found[1].issue
    assert len(proposals_of("Ann Lee said aid should not be a requirement for talks.")) == 1


def test_a_priority_for_someone_names_the_addressee_and_the_subject_is_the_step() -> None:
    found = proposals_of("Getting Russia right should be a priority for the administration. "
                         "Cutting waste must be the first task for Germany.")
    assert [(p.addressee, p.issue) for p in found] == [("United States", "Getting Russia right"),
                                                       ("Germany", "Cutting waste")]


def test_a_shared_view_is_held_by_those_who_agree_not_the_author() -> None:
    found = proposals_of("But there was more agreement that Europe should increase military "
                         "coordination. NATO members reached a consensus that Kyiv must "
                         "receive more arms.")
    assert [p.proposer for p in found] == [None, "NATO"]
