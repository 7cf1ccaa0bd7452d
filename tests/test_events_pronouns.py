"""Who a pronoun stands for when it is an event's actor or target, and other actor and target
choices in news prose: gender, the reporter of a clause, quotations, possessed groups,
arguments about others. Every sentence here is the project's own; the people are invented."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def tuples(text: str, published: str = "2015-03-10") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def actors_of(text: str, etype: str) -> set[str | None]:
    return {e[1] for e in tuples(text) if e[0] == etype}


def test_reported_subject_pronoun_is_the_reporter_not_the_latest_subject() -> None:
    text = ("Governor Tom Brandt announced on Monday that Mayor Paul Okafor would sign the "
            "budget, adding that he had rejected the union's offer.")
    assert actors_of(text, "REJECT") == {"Tom Brandt"}


def test_a_lawyer_reports_for_the_client() -> None:
    text = ("Senator Karen Whitfield questioned the contractor on Monday. Paul Okafor's lawyer "
            "said he will refuse to hand over the documents to the committee.")
    # (not "refuse to answer questions": declining to answer is no event, CAMEO 011)
    assert actors_of(text, "REJECT") == {"Paul Okafor"}


def test_pronoun_follows_gender() -> None:
    text = ("Paul Okafor spoke to reporters after Karen Whitfield left the hall. She then "
            "rejected the proposal of the unions.")
    assert actors_of(text, "REJECT") == {"Karen Whitfield"}


def test_he_inside_a_quotation_is_not_its_speaker() -> None:
    text = ("Paul Okafor visited the port in May. Tom Brandt spoke to reporters on Monday. "
            "\u201cHe threatened to cut our funding,\u201d Brandt said.")
    assert "Tom Brandt" not in actors_of(text, "THREATEN")


def test_i_inside_a_quotation_is_its_speaker() -> None:
    text = ("Paul Okafor met the board on Monday. \u201cI reject this ultimatum outright,\u201d "
            "Karen Whitfield said afterwards.")
    assert actors_of(text, "REJECT") == {"Karen Whitfield"}


def test_possessed_fellows_and_critics_are_not_the_possessor() -> None:
    text = "Tom Brandt lost the vote. His fellow senators urged him to resign."
    found = {e for e in tuples(text) if e[0] == "REQUEST"}
    assert found and all(e[1] != "Tom Brandt" and e[2] == "Tom Brandt" for e in found)


def test_it_does_not_refer_back_to_a_plural_people() -> None:
    text = "The Danish people were divided over the treaty, so it demanded a recount."
    assert "Denmark" not in actors_of(text, "REQUEST")


def test_asking_what_someone_thought_is_a_question() -> None:
    assert not actors_of("Karen Whitfield asked Tom Brandt what he thought of the treaty.",
                         "REQUEST")


def test_a_topic_is_not_whom_a_refusal_is_aimed_at() -> None:
    found = tuples("Paul Okafor refused to testify about the contracts Karen Whitfield signed.")
    assert not any(e[0] == "REJECT" and e[2] == "Karen Whitfield" for e in found)


def test_hostile_acts_of_one_sentence_share_their_target() -> None:
    found = tuples("The UN Security Council condemned Iran's missile test on Friday and "
                   "pledged to impose further sanctions.")
    assert ("THREATEN", "UN Security Council", "Iran") in found


def test_what_one_side_argues_the_other_did_is_its_accusation() -> None:
    found = tuples("Republican lawmakers have argued that the State Department ignored "
                   "warnings from the CIA.")
    assert ("ACCUSE", "Republican Party", "State Department") in found
    assert not any(e[0] == "REJECT" and e[1] == "State Department" for e in found)


def test_one_party_member_is_not_the_party() -> None:
    found = tuples("The Republican governor refused to apologize for the message.")
    assert not any(e[1] == "Republican Party" for e in found)


def test_kin_are_not_the_person_they_belong_to() -> None:
    found = tuples("Paul Okafor's wife pleaded with the officers for his release.")
    assert not any(e[1] == "Paul Okafor" for e in found)


def test_should_have_done_is_a_reproach_not_a_request() -> None:
    found = tuples("Democrats said Paul Okafor should have vetoed the bill last week.")
    assert not any(e[0] == "REQUEST" for e in found)


def test_not_willing_to_give_up_is_a_refusal() -> None:
    found = tuples("\u201cI am not willing to give up my seat,\u201d Paul Okafor said on Monday.")
    assert not any(e[0] == "AGREE" for e in found)
    assert any(e[:2] == ("REJECT", "Paul Okafor") for e in found)


def test_acts_on_oneself_have_no_other_party() -> None:
    assert not any(e[0] == "ASSAULT" for e in tuples("Paul Okafor shot himself in the garage."))
    assert not any(e[0] == "SANCTION" for e in tuples(
        "Asked where he was going, Tom Brandt cut himself off and smiled."))


def test_campaigning_is_no_protest_or_sanction() -> None:
    assert not tuples("Karen Whitfield suspended her presidential campaign in March.")
    assert not any(e[0] == "PROTEST" for e in tuples(
        "Karen Whitfield spent the week rallying the party base."))


def test_releasing_an_analysis_is_publication() -> None:
    found = tuples("An analysis released by the Defense Department last month shows a rise in "
                   "suicides.")
    assert not any(e[0] == "RETREAT" for e in found)


def test_a_day_is_no_actor() -> None:
    found = tuples("The troops will stay in the city through Sunday, when the Lions host the "
                   "Bears.")
    assert not any(e[1] == "Sunday" for e in found)


def test_the_government_supported_is_not_a_co_supporter() -> None:
    found = tuples("Killings continue in Darfur in Sudan as China and Russia support the "
                   "government.")
    assert ("SUPPORT", "China", "Sudan") in found
    assert ("SUPPORT", "China", "Russia") not in found


def test_they_after_a_group_subject_is_the_group() -> None:
    found = tuples("Armed separatists bombed the National Museum in 1998. In 2003 they attacked "
                   "a navy ship.")
    assert not any(e[1] == "National Museum" for e in found)


def test_attacking_an_ideology_is_criticism() -> None:
    found = tuples("Karen Whitfield attacked the ideology of the militants in a long speech.")
    assert not any(e[0] == "ASSAULT" for e in found)


def test_a_subject_pronoun_prefers_the_person_known_to_share_its_gender() -> None:
    text = ("Governor Robin Castellano described Senator Karen Whitfield as a disgrace after "
            "she rejected the budget.")
    assert actors_of(text, "REJECT") == {"Karen Whitfield"}


def test_the_people_a_relative_clause_describes_act() -> None:
    found = tuples("Tom Brandt and Paul Okafor were the only two senators who refused to vote.")
    assert {e[1] for e in found if e[0] == "REJECT"} <= {"Tom Brandt", "Paul Okafor"}
    assert any(e[0] == "REJECT" for e in found)


def test_bare_leaders_are_too_vague_to_act() -> None:
    assert not tuples("She said leaders had agreed to draft a reform plan by March.")


def test_a_spouse_is_the_other_person_of_the_surname() -> None:
    text = ("Tom Brandt and Helen Brandt were charged on Tuesday. Tom Brandt had blamed his wife "
            "for most of the improper payments.")
    assert ("ACCUSE", "Tom Brandt", "Helen Brandt") in tuples(text)


def test_the_home_state_and_party_refer_back_to_the_last_speaker() -> None:
    text = ("Speaking on Sunday, Sen. Karen Whitfield said Okafor's comments were wrong. "
            "The Ohio Republican said Paul Okafor must apologize to the veterans.")
    assert any(e[:2] == ("REQUEST", "Karen Whitfield") for e in tuples(text))


def test_means_open_to_an_actor_are_not_acts() -> None:
    assert not tuples("Congress has two ways to seek enforcement of its subpoena: by "
                      "filing a civil lawsuit, or by asking federal prosecutors to charge the "
                      "witness.")


def test_a_titled_form_of_the_actor_is_not_its_target() -> None:
    found = tuples("Whitfield's Republican counterpart, Sen. Tom Brandt, on Tuesday offered a "
                   "vote of confidence in the attorney general.")
    assert not any(e[1] == "Tom Brandt" and e[2] and "Tom Brandt" in e[2] for e in found)


def test_for_the_record_is_no_call_for_anything() -> None:
    assert not tuples("Karen Whitfield, for the record, called the night a clear win for Tom "
                      "Brandt.")
    assert any(e[:2] == ("REQUEST", "Karen Whitfield") for e in tuples(
        "Karen Whitfield was emotional as she called for the ratification of the treaty."))


def test_slow_to_act_is_not_acting() -> None:
    assert not any(e[0] == "SUPPORT" for e in tuples("Russia has been slow to embrace the "
                                                     "new proposals."))


def test_a_musing_is_not_an_act() -> None:
    assert not tuples("\u201cMaybe I can, by speaking directly to young people, say, \u2018Look, "
                      "this is not who we are,\u2019\u201d Karen Whitfield said.")


def test_restated_support_for_a_thing_is_a_stance() -> None:
    found = tuples("Karen Whitfield stressed her support of the 2011 raid during the forum.")
    assert not any(e[0] == "SUPPORT" for e in found)


def test_what_an_unnamed_government_is_asked_to_act_on_is_not_the_addressee() -> None:
    found = tuples("Karen Whitfield called on the administration to \u201creally call out "
                   "Russia on this\u201d and consider further action.")
    assert not any(e[0] == "REQUEST" and e[2] == "Russia" for e in found)
    assert ("REQUEST", "Karen Whitfield", "Russia") in tuples(
        "Karen Whitfield called for sanctions against Russia.")
