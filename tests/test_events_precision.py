"""Events that are not events: word senses, labels, speech and standing views in ordinary news
(the error classes of tests/gold/news_events_judged.json). Every sentence here is the
project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def tuples(text: str, published: str = "2016-05-04") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def types(text: str) -> set[str]:
    return {e[0] for e in tuples(text)}


def test_calling_someone_a_name_is_no_phone_call() -> None:
    assert "CONSULT" not in types("Angela Merkel called Viktor Orban a danger to Europe.")
    assert "CONSULT" not in types("The plan, as Lavrov called it, is a provocation.")
    assert ("CONSULT", "Joe Biden", "Vladimir Putin") in tuples(
        "Joe Biden called Vladimir Putin on Monday.")


def test_demonstrating_a_quality_is_no_protest() -> None:
    assert "PROTEST" not in types("Vladimir Putin demonstrated a disregard for the treaty.")
    assert "PROTEST" not in types(
        "France will act to demonstrate to Iran that the deal has limits.")


def test_offering_comments_is_speech_not_an_offer() -> None:
    assert "AGREE" not in types("Boris Johnson offered more comments on the talks on Friday.")
    assert "AGREE" in types("Turkey offered to mediate between Russia and Ukraine.")


def test_meeting_a_threshold_is_no_meeting() -> None:
    assert "CONSULT" not in types("Only four NATO members meet the spending bar.")


def test_discussing_a_topic_alone_is_no_consultation() -> None:
    assert "CONSULT" not in types("Boris Johnson discussed his love of cricket on the radio.")
    assert "CONSULT" in types("Boris Johnson discussed trade with Emmanuel Macron.")


def test_capturing_a_nomination_is_no_seizure() -> None:
    assert "COERCE" not in types("Donald Trump captured the Republican nomination in May.")


def test_releasing_a_set_of_documents_is_publication() -> None:
    assert "RETREAT" not in types("The State Department released a set of emails on Friday.")


def test_a_pledge_to_impose_sanctions_is_a_threat() -> None:
    found = tuples("The European Union pledged to impose further sanctions on Iran.")
    assert any(e[0] == "THREATEN" and e[1] == "European Union" for e in found)
    assert not any(e[0] == "AGREE" for e in found)
    assert "AGREE" in types("The European Union pledged to send aid to Jordan.")


def test_warning_about_a_present_fact_is_no_threat() -> None:
    assert "THREATEN" not in types(
        "Human rights groups warned that the government was losing leverage over the military.")
    assert "THREATEN" in types(
        "Russia warned that it would respond with military force if NATO expanded.")


def test_negation_on_the_modal_turns_acceptance_into_rejection() -> None:
    found = tuples("Japan does not, and never will, accept North Korea as a nuclear state.")
    assert ("REJECT", "Japan", "North Korea") in found
    assert not any(e[0] == "AGREE" for e in found)


def test_standing_views_are_not_acts() -> None:
    assert "SUPPORT" not in types(
        "The vote puts the party at odds with Mitt Romney, who supports the exceptions.")
    assert "SUPPORT" not in types("Ed Schultz generally supported Democrats on his show.")
    assert "SUPPORT" in types("Mitt Romney endorsed Paul Ryan on Monday.")


def test_a_passive_without_its_doer_names_no_actor() -> None:
    found = tuples("Aung San Suu Kyi visited the White House six years after she was "
                   "released from house arrest.")
    assert not any(e[0] == "RETREAT" and e[1] == "Aung San Suu Kyi" for e in found)


def test_a_by_phrase_one_level_down_still_names_the_doer() -> None:
    found = tuples("Todd Akin made comments that have been widely condemned, including by "
                   "Mitt Romney.")
    assert not any(e[0] == "ACCUSE" and e[1] == "Todd Akin" for e in found)


def test_officials_with_a_body_act_for_it() -> None:
    found = tuples("Officials with the European Commission denounced the plan on Monday.")
    assert any(e[0] == "ACCUSE" and e[1] == "European Commission" for e in found)


def test_they_is_not_one_named_person() -> None:
    text = ("Victoria Nuland asked for the line to be removed. Republican lawmakers were "
            "angry. They criticized Victoria Nuland for the request.")
    assert not any(e[0] == "ACCUSE" and e[1] == "Victoria Nuland" for e in tuples(text))


def test_a_dateline_is_not_part_of_a_group_name() -> None:
    found = tuples("BRUSSELS - European leaders met on Friday to discuss defence.")
    assert all(not (e[1] or "").startswith("BRUSSELS") for e in found)


def test_a_capitalised_headline_noun_is_no_actor() -> None:
    found = tuples("Lawmaker urges retaliation on Russia")
    assert all(e[1] != "Lawmaker" for e in found)


def test_the_act_named_earlier_gives_its_owner_as_target() -> None:
    found = tuples("The Security Council condemned North Korea's latest nuclear test. Later "
                   "on Friday, Barack Obama condemned Friday's test as provocative.")
    assert ("ACCUSE", "Barack Obama", "North Korea") in found


def test_a_passive_opposition_with_its_doer_targets_the_owner_of_the_subject() -> None:
    found = tuples("Barack Obama's outreach has been fiercely opposed by most Republicans.")
    assert ("REJECT", "Republican Party", "Barack Obama") in found


def test_a_named_place_outside_the_gazetteer_can_be_accused() -> None:
    found = tuples("Nebraska and Oklahoma accused Colorado of leaving holes in the rules.")
    assert ("ACCUSE", "Nebraska", "Colorado") in found


def test_speaking_out_needs_something_spoken_against() -> None:
    assert "ACCUSE" not in types("Before Barack Obama spoke out, Newt Gingrich had objected.")
    assert "ACCUSE" in types("Barack Obama spoke out against the plan on Friday.")


def test_speaking_to_an_audience_is_no_meeting() -> None:
    assert "CONSULT" not in types("Michael Steele was speaking to contributors in Connecticut.")


def test_too_high_to_accept_asserts_no_acceptance() -> None:
    assert "AGREE" not in types("The stakes are too high for us to accept anything but success.")
    assert "AGREE" not in types("There is no reason for us to accept a mosque there.")


def test_a_determination_to_deploy_is_no_deployment() -> None:
    assert "MOBILIZE" not in types(
        "Experts say the test shows North Korea's determination to deploy warheads on missiles.")


def test_an_adjective_in_a_relative_clause_describes() -> None:
    found = tuples("Marco Rubio assailed dealings with governments that have been hostile "
                   "to the United States.")
    assert not any(e[0] == "ACCUSE" and e[1] != "Marco Rubio" for e in found)


def test_a_general_truth_is_no_event() -> None:
    assert "ASSAULT" not in types("People fight over limited resources, she said.")


def test_a_law_is_no_actor() -> None:
    assert "CONCEDE" not in types("Mr. Suthers opposed Amendment 64, which legalized marijuana.")


def test_a_headline_passive_stays_passive_when_a_dateline_follows() -> None:
    text = ("Michael Steele Criticized for Afghanistan Comments\n\nWASHINGTON - Republican "
            "leaders criticized Michael Steele on Friday for his remarks.")
    found = tuples(text, published="2010-07-04")
    assert not any(e[1] == "Michael Steele" for e in found)


def test_offering_or_making_criticism_is_an_accusation() -> None:
    assert ("ACCUSE", "Michael Steele", "Barack Obama") in tuples(
        "Michael Steele offered a strong critique of President Barack Obama's military strategy.")
    assert ("ACCUSE", "UN Security Council", "North Korea") in tuples(
        "The Security Council made a strong condemnation of North Korea's nuclear test.")


def test_a_passive_relative_clause_acts_on_its_antecedent() -> None:
    found = tuples("Michael Brown, who was shot by police officer Darren Wilson, died on Saturday.")
    assert ("ASSAULT", "Darren Wilson", "Michael Brown") in found


def test_disputing_a_report_is_a_rejection_but_a_dispute_is_not() -> None:
    assert any(e[0] == "REJECT" and e[1] == "Richard Blumenthal" for e in tuples(
        "Richard Blumenthal's campaign disputed a report in the New York Times."))
    assert "REJECT" not in types("China and Japan both claim the disputed islands.")


def test_the_object_of_prompt_does_the_act_of_its_infinitive() -> None:
    found = tuples("Michael Steele's comments prompted John McCain to call for his "
                   "resignation.")
    assert not any(e[0] == "REQUEST" and e[1] == "Michael Steele" for e in found)
    assert any(e[0] == "REQUEST" and e[1] == "John McCain" for e in found)


def test_leaders_of_a_body_reporting_their_own_act_act_for_it() -> None:
    found = tuples("The leaders of the European Commission said they had subpoenaed two "
                   "banks on Tuesday.")
    assert all(e[1] != "leaders" for e in found)


def test_a_reported_need_laid_on_another_is_a_request_but_not_ones_own() -> None:
    assert ("REQUEST", "John McCain", "Michael Steele") in tuples(
        "John McCain said Michael Steele needs to assess whether he can still do his job.")
    assert "REQUEST" not in types("Barack Obama said he has to go to Chicago.")


def test_a_group_label_drops_words_that_only_rank_it() -> None:
    found = tuples("Some prominent conservatives called for Michael Steele's resignation.")
    assert ("REQUEST", "conservatives", "Michael Steele") in found


def test_sanctions_on_the_regime_target_the_state_named_before() -> None:
    found = tuples("North Korea tested a missile in January. After the test, the Security "
                   "Council imposed sweeping new sanctions on the regime.")
    assert ("SANCTION", "UN Security Council", "North Korea") in found


def test_missiles_fired_into_the_sea_show_force_without_a_target() -> None:
    found = tuples("Pyongyang fired three missiles into the sea on Monday.")
    assert ("MOBILIZE", "North Korea", None) in found
    assert not any(e[0] == "ASSAULT" for e in found)
    assert ("ASSAULT", "Iran", "Israel") in tuples("Iran fired missiles at Israel on Monday.")
