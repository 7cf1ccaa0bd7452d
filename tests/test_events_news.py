"""Events in ordinary news prose: coordinated doers, groups without a gazetteer entry,
passives and event nouns. Every sentence here is the project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def tuples(text: str, published: str = "2012-05-04") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def test_each_coordinated_subject_acts() -> None:
    found = tuples("Brazil and India rejected the draft resolution on Tuesday.")
    assert {e[1] for e in found if e[0] == "REJECT"} == {"Brazil", "India"}


def test_coordinated_modifiers_inside_a_subject_each_act() -> None:
    found = tuples("Danish jets and Dutch and Belgian frigates fired rockets at Serbian "
                   "radar sites.")
    assert {("ASSAULT", a, "Serbia") for a in ("Denmark", "Netherlands", "Belgium")} <= found


def test_symmetric_meeting_subjects_stay_two_sides_of_one_event() -> None:
    found = tuples("Brazil and India held talks in Geneva.")
    assert len([e for e in found if e[0] == "CONSULT"]) == 1


def test_firing_missiles_at_a_target_is_an_attack_not_a_test() -> None:
    assert ("ASSAULT", "Iran", "Israel") in tuples("Iran fired missiles at Israel overnight.")
    assert all(e[0] != "ASSAULT" for e in tuples("Iran test-fired two missiles on Monday."))


def test_vetoed_resolution_does_not_threaten_on_behalf_of_the_vetoer() -> None:
    found = tuples("Norway vetoed a draft threatening Chile with sanctions.")
    assert ("REJECT", "Norway", None) in found or any(
        e[:2] == ("REJECT", "Norway") for e in found)
    assert not any(e[0] == "THREATEN" and e[1] == "Norway" for e in found)


def test_singular_collective_subject_is_a_group_actor() -> None:
    assert any(e[:2] == ("ASSAULT", "army") for e in tuples(
        "The army shelled the northern districts overnight."))
    assert any(e[:2] == ("ASSAULT", "angry mob") for e in tuples(
        "An angry mob attacked the embassy of Denmark."))


def test_hyphenated_group_keeps_its_printed_form() -> None:
    found = tuples("Residents say they are under attack by pro-government militias.")
    assert any(e[0] == "ASSAULT" and e[1] == "pro-government militias" for e in found)


def test_group_named_by_a_modifier_of_an_event_noun() -> None:
    found = tuples("The airport was closed after repeated rebel attacks.")
    assert any(e[:2] == ("ASSAULT", "rebels") for e in found)


def test_clashes_between_two_sides() -> None:
    found = tuples("Clashes broke out in the capital between Kenya's police and Somalia's "
                   "border guards.")
    assert any(e[0] == "ASSAULT" and {e[1], e[2]} == {"Kenya", "Somalia"} for e in found)


def test_air_strikes_are_attacks_not_labour_strikes() -> None:
    found = tuples("Turkish air strikes on Iraq's north killed four people.")
    assert any(e[:3] == ("ASSAULT", "Turkey", "Iraq") for e in found)
    assert not any(e[0] == "ASSAULT" for e in tuples("Teachers in Chile began a strike."))


def test_passive_relative_rejection_targets_the_doer_of_what_is_rejected() -> None:
    found = tuples("Omar Bashir announces that he will stay in office, which is promptly "
                   "rejected by angry students.")
    assert ("REJECT", "angry students", "Omar Bashir") in found


def test_group_object_of_blame_is_the_target() -> None:
    found = tuples("Villagers blamed border guards for the fire.")
    assert ("ACCUSE", "villagers", "border guards") in found


def test_moving_own_forces_has_no_group_target() -> None:
    found = tuples("Washington has moved forces east.")
    assert all(e[2] != "forces" for e in found)


def test_retaking_a_town_is_seizure_and_taking_control_too() -> None:
    assert any(e[:2] == ("COERCE", "Ethiopia") for e in tuples(
        "Ethiopian troops recaptured the town on Friday."))
    assert any(e[0] == "COERCE" for e in tuples(
        "Government forces took control of the port city."))


def test_escalating_attacks_is_an_attack() -> None:
    assert ("ASSAULT", "NATO", "Serbia") in tuples("NATO intensified its attacks on Serbia.")
    assert ("ASSAULT", "NATO", "Serbia") in tuples("NATO increased attacks on Serbia.")


def test_opening_a_border_crossing_eases_a_closure() -> None:
    assert any(e[:2] == ("CONCEDE", "Jordan") for e in tuples(
        "Jordan opened the border crossing with Syria."))


def test_present_tense_report_of_anothers_wrong_by_a_party_is_an_accusation() -> None:
    found = tuples("Amnesty International says Belarus is holding hundreds of detainees "
                   "in its prisons.")
    assert ("ACCUSE", "Amnesty International", "Belarus") in found
    # a prediction in the present is no report of a wrong done
    assert not any(e[0] == "ACCUSE" for e in tuples(
        "Amnesty International says Belarus will hold more detainees."))


def test_group_that_reports_its_own_act() -> None:
    found = tuples("Insurgents claim they shot down a helicopter.")
    assert any(e[0] == "ASSAULT" and e[1] and e[1].casefold() == "insurgents" for e in found)


def test_crowd_vows_are_part_of_its_protest() -> None:
    found = tuples("Demonstrators filled the square, vowing to stay until the president quits.")
    assert any(e[0] == "PROTEST" for e in found)
    assert not any(e[0] == "AGREE" for e in found)


def test_talks_between_a_named_side_and_a_group() -> None:
    found = tuples("Talks have been taking place between Kabila envoys and Goma-based rebels.")
    assert any(e[0] == "CONSULT" and "rebels" in {e[1], e[2]} for e in found)


def test_coordinated_parties_to_a_deal_or_a_clash_face_each_other() -> None:
    found = tuples("Somalia's army and the clan militias agreed a truce on Sunday.")
    assert any(e[0] == "AGREE" and e[2] is not None for e in found)
    found = tuples("Kenya's police and Somalia's border guards clashed at the crossing.")
    assert any(e[0] == "ASSAULT" and {e[1], e[2]} == {"Kenya", "Somalia"} for e in found)


def test_arriving_on_a_visit_is_hosted_by_the_state_arrived_in() -> None:
    assert ("CONSULT", "Hillary Clinton", "Tunisia") in tuples(
        "Hillary Clinton arrived in Tunisia on a surprise visit.")


def test_envoys_visiting_a_place_together_do_not_meet_each_other() -> None:
    found = tuples("Ambassador Robert Ford and Ambassador Eric Chevallier visited the town.")
    assert ("CONSULT", "Robert Ford", "Eric Chevallier") not in found
    assert ("CONSULT", "Eric Chevallier", "Robert Ford") not in found


def test_denial_of_an_act_against_a_group_does_not_target_the_group() -> None:
    found = tuples("The minister denies police fired on protesters.")
    assert not any(e[0] == "REJECT" and e[2] == "protesters" for e in found)


def test_observers_suspending_their_operations_stand_down() -> None:
    found = tuples("UN observers suspended operations after the shelling.")
    assert any(e[0] == "RETREAT" for e in found)
    assert not any(e[0] == "SANCTION" for e in found)


def test_an_unnamed_crowd_that_marches_protests() -> None:
    found = tuples("Thousands marched through Minsk on Sunday.")
    assert any(e[:2] == ("PROTEST", "protesters") for e in found)


def test_possessive_suspension_is_a_sanction() -> None:
    assert ("SANCTION", "Arab League", "Syria") in tuples(
        "The Arab League's suspension of Syria angered Damascus.")


def test_police_and_states_as_groups() -> None:
    assert any(e[:2] == ("COERCE", "police") for e in tuples(
        "Police detained dozens of students in Minsk."))
    assert any(e[0] == "SANCTION" and e[1] == "Gulf states" for e in tuples(
        "Gulf states withdrew their ambassadors from Damascus."))


def test_coordinated_owners_of_an_event_noun_each_act() -> None:
    found = tuples("Turkish and Qatari aid to the rebels arrived on Monday.")
    assert {e[1] for e in found if e[0] == "AID"} >= {"Turkey", "Qatar"}


def test_army_reporting_its_own_attack() -> None:
    assert any(e[:2] == ("ASSAULT", "army") for e in tuples(
        "The army says it killed 20 militants."))


def test_firing_tear_gas_at_protesters_is_repression() -> None:
    found = tuples("Riot police fired tear gas at protesters.")
    assert any(e[0] == "ASSAULT" and e[2] == "protesters" for e in found)


def test_refusing_to_step_down_is_no_resignation() -> None:
    found = tuples("Western governments criticise Kabila's refusal to step down.")
    assert not any(e[0] == "RETREAT" for e in found)


def test_calling_for_someone_to_act_is_a_request_to_them() -> None:
    assert ("REQUEST", "world powers", "Gbagbo") in tuples(
        "World powers call for Gbagbo to leave office.")


def test_leaders_of_a_body_act_for_it() -> None:
    assert ("REQUEST", "European Union", "Belarus") in tuples(
        "Leaders of the European Union urge Belarus to release political prisoners.")


def test_a_move_welcomed_by_someone_supports_its_maker() -> None:
    assert ("SUPPORT", "NATO", "Russia") in tuples(
        "The Russian parliament repeals the law in a move welcomed by NATO leaders.")


def test_apology_is_support() -> None:
    assert ("SUPPORT", "Mugabe", "South Africa") in tuples("Mugabe apologized to South Africa.")


def test_present_tense_verb_misread_as_a_plural_noun() -> None:
    # the small parser reads "apologises" and "denies" in headline style as nouns
    assert ("SUPPORT", "Mugabe", "South Africa") in tuples("Mugabe apologises to South Africa.")
    assert any(e[:2] == ("REJECT", "Kenya") for e in tuples("Kenya denies the charges."))


def test_protests_in_a_state_with_no_named_doer_are_its_peoples() -> None:
    assert ("PROTEST", "Egypt", None) in tuples(
        "Egypt is hit by a new wave of protests as the military postpones the vote.")
    assert ("PROTEST", "Libya", None) in tuples(
        "Massive protests take place in Libyan cities, including Tripoli.")
    assert not any(e[0] == "PROTEST" for e in tuples("Further protests in Sudan are possible."))
    assert not any(e[0] == "PROTEST" for e in tuples("There were no protests in Ghana."))


def test_an_act_promised_unless_the_other_side_complies_is_a_threat() -> None:
    assert ("THREATEN", "Ghana", "Togo") in tuples(
        "Ghana will boycott the summit unless Togo frees the prisoners.")
    assert ("AGREE", "Ghana", "Togo") in tuples("Ghana will send aid to Togo.")


def test_put_out_of_a_body_is_that_bodys_sanction() -> None:
    assert ("SANCTION", "Arab League", "Syria") in tuples("Syria was suspended from the Arab League.")


def test_coordinated_signatories_and_modifier_sides_face_each_other() -> None:
    assert ("SUPPORT", "Israel", "Jordan") in tuples("Israel and Jordan sign a water agreement.")
    found = tuples("Chinese and Russian diplomats met in Beijing.")
    assert any(e[0] == "CONSULT" and {e[1], e[2]} == {"China", "Russia"} for e in found)


def test_bare_people_is_no_target_label() -> None:
    found = tuples("Israeli air strikes killed 10 people in Gaza.")
    assert not any(e[2] == "people" for e in found)


def test_calls_for_protests_are_not_protests() -> None:
    assert not any(e[0] == "PROTEST" for e in tuples(
        "There have been calls for protests in Algeria."))


def test_subject_hung_on_as_by_the_parser() -> None:
    found = tuples("Protesters return to the square as the Muslim Brotherhood and other groups "
                   "protest the council's actions.")
    assert any(e[:2] == ("PROTEST", "Muslim Brotherhood") for e in found)
    assert not any(e[1] == "other groups" for e in found)


def test_protest_named_as_the_purpose_of_a_clause() -> None:
    found = tuples("Students poured into the streets in protest of Museveni's decree.")
    assert ("PROTEST", "students", "Museveni") in found
    assert any(e[:2] == ("PROTEST", "protesters") for e in tuples(
        "Protesters returned to the square for a sit-in."))


def test_own_forces_named_inside_a_rejected_plan_are_no_target() -> None:
    found = tuples("President Barack Obama ruled out a unilateral US military campaign.")
    assert ("REJECT", "Barack Obama", "United States") not in found


def test_doer_of_an_event_noun_under_an_aspectual_verb() -> None:
    assert ("RETREAT", "United States", "Panama") in tuples(
        "The United States sped up the withdrawal of its forces from Panama.")


def test_mediation_between_two_states_by_a_third() -> None:
    found = tuples("The emir of Qatar launched a mediation effort between the Emirates and "
                   "Saudi Arabia.")
    assert {e[2] for e in found if e[:2] == ("CONSULT", "Qatar")} == {
        "United Arab Emirates", "Saudi Arabia"}


def test_evacuating_the_wounded_is_aid_not_withdrawal() -> None:
    found = tuples("UN helicopters evacuated the wounded from the town.")
    assert any(e[0] == "AID" for e in found) and not any(e[0] == "RETREAT" for e in found)
    assert any(e[0] == "RETREAT" for e in tuples("Italy evacuated its troops from the town."))


def test_conjoined_objects_name_the_act() -> None:
    assert any(e[:2] == ("AID", "United States") for e in tuples(
        "The United States is providing photographs and other intelligence to Ukraine."))


def test_a_month_and_a_campaign_rally_are_no_protests() -> None:
    assert not any(e[0] == "PROTEST" for e in tuples("Kenya's election is due in March."))
    assert not any(e[0] == "PROTEST" for e in tuples(
        "Museveni's campaign rally in Gulu drew large crowds."))
