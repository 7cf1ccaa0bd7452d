"""Events of the kinds the fifth blind events set (tests/gold/polnear_events_dev2.json, whole
PolNeAR dev articles) showed missing in full news: trade penalties, military manoeuvres and
incursions, ordered deployments, a public split or a verbal onslaught named by a phrasal
verb, insults hurled, a label pinned on a named person, attacks on a rival's family, praise by
admiration, contempt votes, and a body or party referred back to by a plain noun ('the
panel', 'the lawmakers', 'one Republican'). Every sentence here is the project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def tuples(text: str, published: str = "2016-09-20") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def test_tariffs_slapped_or_imposed_on_a_state_are_a_sanction() -> None:
    assert ("SANCTION", "Canada", "United States") in tuples(
        "Canada slapped steep tariffs on American steel last year.")
    assert ("SANCTION", "India", "China") in tuples("India imposed tariffs on China in May.")


def test_military_manoeuvres_and_incursions() -> None:
    assert any(e[:2] == ("MOBILIZE", "China") for e in tuples(
        "China carried out a large naval maneuver of 40 warships near the strait."))
    found = tuples("Turkey has made repeated incursions into Syrian territory.")
    assert any(e[:2] == ("ASSAULT", "Turkey") and e[2] == "Syria" for e in found)


def test_an_ordered_deployment_is_mobilization_not_a_request() -> None:
    found = tuples("The alliance summit in Riga ordered the deployment of two brigades to "
                   "Lithuania, NATO said.")
    found |= tuples("NATO ordered the deployment of two brigades to Lithuania.")
    assert ("MOBILIZE", "NATO", "Lithuania") in found
    assert not any(e[0] == "REQUEST" and e[1] == "NATO" for e in found)


def test_breaking_with_a_party_is_a_rejection_breaking_with_a_habit_is_not() -> None:
    assert ("REJECT", "Hillary Clinton", "Barack Obama") in tuples(
        "Hillary Clinton broke with Barack Obama over the trade pact on Tuesday.")
    assert not tuples("The senator broke with tradition and spoke first.")


def test_backing_out_of_a_deal_is_a_rejection() -> None:
    assert any(e[:2] == ("REJECT", "Mexico") for e in tuples(
        "Mexico backed out of the gas deal with Guatemala in March."))


def test_unloading_on_a_rival_is_criticism() -> None:
    assert ("ACCUSE", "Marco Rubio", "Jeb Bush") in tuples(
        "Jeb Bush spoke first. Then Marco Rubio unloaded on Jeb Bush at the debate.")


def test_insults_hurled_at_someone_are_criticism() -> None:
    assert ("ACCUSE", "Marco Rubio", "Jeb Bush") in tuples(
        "Marco Rubio hurled insults at Jeb Bush during the debate.")


def test_a_label_pinned_on_a_named_person_blames_that_person() -> None:
    found = tuples('Jeb Bush spoke first. Marco Rubio later called Bush a "serial liar" who is '
                   '"utterly unfit," a "coward" and a "fraud."')
    assert ("ACCUSE", "Marco Rubio", "Jeb Bush") in found


def test_attacking_a_rivals_family_is_verbal_not_armed() -> None:
    found = tuples("Marco Rubio said Jeb Bush had personally attacked his wife and his mother.")
    assert not any(e[0] == "ASSAULT" for e in found)
    found = tuples('"I will never back a man who attacks my wife," Marco Rubio said.')
    assert not any(e[0] == "ASSAULT" for e in found)


def test_admiring_a_leader_is_support_admiring_a_view_is_nothing() -> None:
    assert ("SUPPORT", "Marco Rubio", "Angela Merkel") in tuples(
        "Marco Rubio openly admires German Chancellor Angela Merkel.")
    assert not tuples("Marco Rubio admired the view from the balcony.")


def test_holding_someone_in_contempt_is_a_charge_by_the_panel_named_before() -> None:
    found = tuples("The House Judiciary Committee met on Monday. On Tuesday the panel held "
                   "Ellen Marsh in contempt of Congress.")
    assert ("ACCUSE", "House Judiciary Committee", "Ellen Marsh") in found


def test_the_lawmakers_and_the_party_refer_back_to_the_party_named() -> None:
    found = tuples("Senate Republicans wrote to Eric Holder on Monday. In the letter, the "
                   "lawmakers criticized Holder for the delay.")
    assert ("ACCUSE", "Republican Party", "Eric Holder") in found
    found = tuples("The Democrats gathered in Denver. The party is calling for the Justice "
                   "Department to release the memo.")
    assert any(e[:2] == ("REQUEST", "Democratic Party") for e in found)


def test_one_unnamed_member_acts_for_the_party() -> None:
    found = tuples("One Democrat threatened to subpoena Eric Holder.")
    assert any(e[:2] == ("THREATEN", "Democratic Party") for e in found)


def test_asked_about_it_the_speaker_makes_no_request() -> None:
    found = tuples('Asked to describe the suspect, the police commissioner said, '
                   '"I will not go into that."')
    assert not any(e[0] == "REQUEST" for e in found)


def test_the_two_countries_are_the_two_states_named_last() -> None:
    found = tuples("Peru imposed duties on Chilean wine in 2009. In 2012 the two countries "
                   "signed an agreement to end the dispute.")
    assert ("SUPPORT", "Peru", "Chile") in found  # PLOVER: signing an accord is SUPPORT
    assert not any(e[1] == "countries" for e in found)


def test_a_promised_veto_is_a_threat_not_an_agreement() -> None:
    found = tuples("The White House has promised a veto of the spending bill.")
    assert any(e[0] == "THREATEN" for e in found)
    assert not any(e[0] == "AGREE" for e in found)


def test_a_promise_to_sign_a_bill_backs_no_party() -> None:
    assert not tuples('Her spokesman said Elena Ruiz "would sign this bill if it reached her '
                      'desk."')


def test_the_cause_of_a_reversal_is_not_its_target() -> None:
    found = tuples("Under pressure from the Teamsters, Washington backed out.")
    assert not any(e[2] == "Teamsters" for e in found)


def test_a_fought_battle_between_rivals_is_no_attack() -> None:
    found = tuples('"We have fought the battle and he was a tough opponent," Jeb Bush said.')
    assert not any(e[0] == "ASSAULT" for e in found)
    assert any(e[0] == "ASSAULT" for e in tuples("Israel fought a battle against Hamas in Gaza."))


def test_an_announced_cut_in_dealings_is_a_sanction_a_conditional_one_a_threat() -> None:
    found = tuples("Anna Berg said on Monday that her company would halt all corporate travel "
                   "to Idaho.")
    assert ("SANCTION", "Anna Berg", "Idaho") in found
    found = tuples("The United States will suspend aid to Egypt if the army fires on "
                   "protesters.")
    assert any(e[0] == "THREATEN" for e in found)
    assert not any(e[0] == "SANCTION" for e in found)


def test_abandoning_a_deal_with_a_state_is_a_sanction() -> None:
    found = tuples("Mexico scrapped the gas contract with Guatemala on Friday.")
    assert ("SANCTION", "Mexico", "Guatemala") in found
    assert not tuples("The senator abandoned his plan.")


def test_questioning_someones_eligibility_is_criticism() -> None:
    found = tuples("During the primary Jeb Bush questioned Marco Rubio's eligibility to run.")
    assert ("ACCUSE", "Jeb Bush", "Marco Rubio") in found
    found = tuples("The Senate Judiciary Committee questioned Marco Rubio for six hours.")
    assert not any(e[0] == "ACCUSE" for e in found)


def test_a_second_clause_misread_as_an_object_keeps_its_subject() -> None:
    found = tuples("The leak set off a new fight on Friday: Republicans said the report "
                   "was flawed and Democrats accused the GOP of stoking the issue.")
    assert ("ACCUSE", "Democratic Party", "Republican Party") in found


def test_saying_a_body_mishandled_a_case_blames_it() -> None:
    found = tuples("Senator Ann Kerr said the State Department botched the evacuation.")
    assert ("ACCUSE", "Ann Kerr", "State Department") in found
    found = tuples("Republicans said they are convinced the Justice Department mishandled the "
                   "inquiry.")
    assert ("ACCUSE", "Republican Party", "Department of Justice") in found


def test_a_generic_attacker_of_ones_family_is_no_actor() -> None:
    found = tuples('"I will not vote for people who attack my wife and attack my father," '
                   'Marco Rubio said.')
    assert not any(e[1] == "people" or e[0] == "ASSAULT" for e in found)


def test_a_title_case_headline_is_read_again_in_sentence_case() -> None:
    found = tuples("Hillary Clinton Breaks With Obama On Trade Pact\n\nHillary Clinton spoke "
                   "in Miami on Tuesday.")
    assert ("REJECT", "Hillary Clinton", "Barack Obama") in found
    found = tuples("Former Mayor Tom Hadley Charged In Bribery Case\n\nTom Hadley spoke.")
    assert not any(e[1] == "Tom Hadley" for e in found)


def test_the_act_charged_is_not_the_accusers_deed() -> None:
    found = tuples("Serbia accused Kosovo of shelling the border post.")
    assert ("ACCUSE", "Serbia", "Kosovo") in found
    assert not any(e[0] == "ASSAULT" and e[1] == "Serbia" for e in found)


def test_a_vow_to_retaliate_aims_at_who_just_acted() -> None:
    found = tuples("Canada on Monday imposed tariffs on Chinese steel, and Beijing vowed to "
                   "retaliate.")
    assert ("THREATEN", "China", "Canada") in found


def test_being_in_touch_with_a_party_is_a_consultation() -> None:
    found = tuples("Secretary Antony Blinken has been in touch with Ukrainian President "
                   "Volodymyr Zelensky all week.")
    assert ("CONSULT", "Antony Blinken", "Volodymyr Zelensky") in found
    found = tuples("Joe Biden is in touch with reality, his aides insist.")
    assert not any(e[0] == "CONSULT" for e in found)
