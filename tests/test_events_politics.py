"""Events in domestic political reporting: criticism in reported speech, verbal attacks,
headline passives, demands for resignation. Every sentence here is the project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def tuples(text: str, published: str = "2016-03-09") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def test_headline_passive_does_not_make_the_accused_the_accuser() -> None:
    found = tuples("Former Mayor Tom Hadley Charged In Bribery Case")
    assert not any(e[1] == "Tom Hadley" for e in found)
    found = tuples("Senator Ann Marlow Criticized for Pipeline Vote")
    assert not any(e[0] == "ACCUSE" and e[1] == "Ann Marlow" for e in found)


def test_past_tense_verb_in_prose_keeps_its_doer() -> None:
    found = tuples("Ann Marlow criticized Tom Hadley over the pipeline vote.")
    assert ("ACCUSE", "Ann Marlow", "Tom Hadley") in found


def test_attacking_a_politician_for_a_decision_is_criticism() -> None:
    found = tuples("The Labour Party attacked Boris Johnson for cancelling the rail link.")
    assert ("ACCUSE", "Labour Party", "Boris Johnson") in found or any(
        e[0] == "ACCUSE" and e[2] == "Boris Johnson" for e in found)
    assert not any(e[0] == "ASSAULT" for e in found)


def test_attacking_a_state_stays_an_assault() -> None:
    found = tuples("Russian forces attacked Ukraine from the north on Thursday.")
    assert ("ASSAULT", "Russia", "Ukraine") in found


def test_targeting_a_government_for_its_stance_is_criticism() -> None:
    found = tuples("Mitt Romney targeted the Obama administration for not standing up to "
                   "China.")
    assert any(e[0] == "ACCUSE" and e[1] == "Mitt Romney" for e in found)


def test_act_in_the_reason_of_a_rebuke_belongs_to_the_rebuked() -> None:
    found = tuples("Germany criticized Hungary for blocking the aid package.")
    assert ("ACCUSE", "Germany", "Hungary") in found
    assert not any(e[0] == "REJECT" and e[1] == "Germany" for e in found)


def test_blasting_a_rival_is_criticism() -> None:
    found = tuples("Nancy Pelosi blasted Kevin McCarthy on Tuesday.")
    assert ("ACCUSE", "Nancy Pelosi", "Kevin McCarthy") in found


def test_resignation_asked_for_is_not_a_resignation() -> None:
    found = tuples("Party donors are calling for Tom Hadley to step down as chairman.")
    assert not any(e[0] == "RETREAT" for e in found)


def test_saying_someones_remarks_were_inaccurate_accuses_them() -> None:
    found = tuples("Senator Ann Marlow said Tom Hadley's remarks were plainly inaccurate.")
    assert ("ACCUSE", "Ann Marlow", "Tom Hadley") in found


def test_calling_someones_comments_unacceptable_accuses_them() -> None:
    found = tuples("Sergey Lavrov called the NATO statement unacceptable.")
    assert ("ACCUSE", "Sergey Lavrov", "NATO") in found


def test_judgement_of_an_unowned_report_is_no_event() -> None:
    found = tuples("Ann Marlow said the forecast was wrong.")
    assert not any(e[0] == "ACCUSE" for e in found)


def test_judgement_passed_to_someone_targets_the_one_told() -> None:
    found = tuples("A spokesman for Ann Marlow told Reuters that the report was inaccurate.")
    assert ("ACCUSE", "Ann Marlow", "Reuters") in found


def test_spokesman_for_someone_speaks_for_them() -> None:
    found = tuples("A spokesman for Ann Marlow denied the allegation by Tom Hadley.")
    assert any(e[0] == "REJECT" and e[1] == "Ann Marlow" for e in found)


def test_negated_judgement_is_no_rebuke() -> None:
    found = tuples("Ann Marlow said Tom Hadley's remarks were not inaccurate.")
    assert not any(e[0] == "ACCUSE" for e in found)


def test_hammering_someone_over_their_remarks_is_criticism() -> None:
    found = tuples("Nancy Pelosi hammered Kevin McCarthy over his remarks on the budget.")
    assert ("ACCUSE", "Nancy Pelosi", "Kevin McCarthy") in found
    assert not tuples("Israel hit the border crossing over the weekend.") & {
        ("ACCUSE", "Israel", None)}


def test_headline_passive_when_the_title_runs_into_the_body() -> None:
    text = ("Former Mayor Tom Hadley Charged In Bribery Case\n\n"
            "Prosecutors in Ohio said on Monday that the former mayor took payments.")
    assert not any(e[1] == "Tom Hadley" for e in tuples(text))


def test_standing_by_ones_own_reporting_is_no_support() -> None:
    assert not any(e[0] == "SUPPORT" for e in tuples(
        "The newspaper said it stands by its reporting."))


def test_standing_by_a_state_is_support_for_it() -> None:
    assert ("SUPPORT", "Germany", "Israel") in tuples("Germany stood by Israel on Monday.")


def test_help_with_nobody_helped_is_no_aid_event() -> None:
    assert not any(e[0] == "AID" for e in tuples(
        "The National Guard is also helping to keep the peace in the city."))


def test_members_named_after_their_party_act_for_it() -> None:
    found = tuples("Labour MPs criticised Boris Johnson on Monday.")
    assert ("ACCUSE", "Labour Party", "Boris Johnson") in found
    found = tuples("Democratic senators blasted Mitch McConnell on Tuesday.")
    assert ("ACCUSE", "Democratic Party", "Mitch McConnell") in found


def test_pressure_on_someone_is_a_demand_of_them() -> None:
    found = tuples("The United States stepped up pressure on Iran.")
    assert ("REQUEST", "United States", "Iran") in found


def test_act_the_pressure_asks_for_is_not_done() -> None:
    found = tuples("Labour MPs kept up pressure on Boris Johnson to apologise.")
    assert ("REQUEST", "Labour Party", "Boris Johnson") in found
    assert not any(e[0] == "SUPPORT" for e in found)


def test_pressure_from_a_thing_is_no_demand() -> None:
    assert not tuples("Rising prices put pressure on households.")


def test_recalling_without_an_object_is_memory_not_a_recall_of_envoys() -> None:
    assert not any(e[0] == "SANCTION" for e in tuples('"It was humiliating," Eric Holder recalled.'))
    assert ("SANCTION", "Russia", "Lithuania") in tuples(
        "Russia recalled its ambassador from Lithuania.")


def test_releasing_documents_is_publication_not_a_release() -> None:
    assert not any(e[0] == "RETREAT" for e in tuples(
        "The emails were released by the State Department on Friday."))
    assert any(e[0] == "RETREAT" for e in tuples("Israel released 26 Palestinian prisoners."))


def test_committing_a_crime_is_no_promise() -> None:
    assert not any(e[0] == "AGREE" for e in tuples("Prosecutors say Tom Hadley committed fraud."))


def test_asking_a_question_is_no_request() -> None:
    found = tuples("When Reuters asked Ann Marlow how the campaign was going, she smiled.")
    assert not any(e[0] == "REQUEST" for e in found)
    assert ("REQUEST", "Germany", "Russia") in tuples("Germany asked Russia to withdraw.")


def test_reported_agentless_penalty_accuses_nobody() -> None:
    found = tuples("Police said an officer had been suspended for pointing a rifle at marchers.")
    assert not any(e[0] == "ACCUSE" for e in found)


def test_later_mention_naming_the_target_replaces_a_targetless_one() -> None:
    found = tuples("France welcomed the decision on Monday and welcomed Kenya's bid for a "
                   "council seat.")
    assert ("SUPPORT", "France", "Kenya") in found
    assert ("SUPPORT", "France", None) not in found
