"""Event fixes made against the second BASIL development batch (tests/gold/basil_events_dev2.json).
Every sentence here is written for the test; none comes from an article."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def tuples(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in analyze_text(text, published="2022-03-10").events]


def test_publishing_documents_or_remarks_is_not_a_release() -> None:
    assert not any(t[0] == "RETREAT" for t in tuples(
        "The ministry released 2,000 of the senator's letters on Monday."))
    assert not any(t[0] == "RETREAT" for t in tuples(
        "Her comments were released on Friday by a rival campaign."))
    assert any(t[0] == "RETREAT" for t in tuples("Iran released two detained British sailors."))


def test_a_guilty_plea_is_not_a_request() -> None:
    assert not any(t[0] == "REQUEST" for t in tuples(
        "The former mayor pleaded guilty to bribery charges on Tuesday."))
    assert any(t[0] == "REQUEST" for t in tuples(
        "Volodymyr Zelensky pleaded with NATO for more air defence."))


def test_agreeing_to_attend_does_not_make_co_subjects_each_others_target() -> None:
    found = tuples("Kamala Harris and Mike Pence agreed to attend the forum hosted by the network.")
    # each accepts an invitation whose host is unnamed: no agreement between the two, and no
    # record with no other party
    assert not any(t[0] == "AGREE" for t in found)
    # a joint undertaking is still agreed between the two
    assert ("AGREE", "Russia", "Ukraine") in tuples(
        "Russia and Ukraine agreed to exchange prisoners on Sunday.")


def test_mockery_and_verbal_jabs_are_accusations() -> None:
    assert ("ACCUSE", "Emmanuel Macron", "Donald Trump") in tuples(
        "Emmanuel Macron mocked Donald Trump at the summit.")
    assert ("ACCUSE", "Emmanuel Macron", "Donald Trump") in tuples(
        "Emmanuel Macron took a swipe at Donald Trump on Monday.")
    assert ("ACCUSE", "Nancy Pelosi", "Mitch McConnell") in tuples(
        "Nancy Pelosi went after Mitch McConnell's budget on Sunday.")
    assert not any(t[0] == "ACCUSE" for t in tuples("Joe Biden took a shot of espresso."))


def test_being_put_on_notice_is_a_threat() -> None:
    assert ("THREATEN", "Angela Merkel", "Russia") in tuples(
        "Angela Merkel put Russia on notice on Friday.")


def test_a_stance_given_as_the_reason_for_praise_is_not_an_event() -> None:
    found = tuples("Joe Biden praised Angela Merkel for backing the plan.")
    assert ("SUPPORT", "Joe Biden", "Angela Merkel") in found
    assert not any(a == "Angela Merkel" for _, a, _ in found)
    # an act given as the reason is still reported
    assert any(t[0] == "REQUEST" and t[1] == "Jen Psaki" for t in tuples(
        "Republicans criticized Jen Psaki for asking the Pentagon to delay the report."))


def test_a_stated_goal_is_not_an_act() -> None:
    assert not any(t[0] == "AID" for t in tuples(
        "Emmanuel Macron's first priority will be to fund the army."))
    assert not any(t[0] == "AGREE" for t in tuples(
        "Emmanuel Macron will offer his vision of Europe's place in the world."))


def test_a_named_persons_aide_is_not_that_person() -> None:
    found = tuples("Vladimir Putin accused a former Biden aide of spreading lies.")
    assert any(t[0] == "ACCUSE" and t[1] == "Vladimir Putin" for t in found)
    assert not any(t[2] == "Joe Biden" for t in found)


def test_his_policy_in_an_attack_is_the_other_mans() -> None:
    found = tuples("Paul Ryan spoke first. Joe Biden then attacked his record on taxes.")
    assert ("ACCUSE", "Joe Biden", "Paul Ryan") in found


def test_judging_a_named_person_careless_is_an_accusation() -> None:
    assert ("ACCUSE", "James Comey", "Hillary Clinton") in tuples(
        "James Comey said Hillary Clinton was extremely careless with classified material.")
    assert ("ACCUSE", "John Cornyn", "Michael Steele") in tuples(
        "John Cornyn called Michael Steele's remarks inaccurate.")


def test_championing_sanctions_on_a_state_is_not_support_for_it() -> None:
    found = tuples("Marco Rubio has championed sanctions on Venezuela for years.")
    assert not any(t[0] == "SUPPORT" and t[2] == "Venezuela" for t in found)
    assert ("SUPPORT", "Germany", "Ukraine") in tuples("Germany backed Ukraine on Monday.")


def test_the_doer_of_made_a_point_of_doing() -> None:
    assert ("SUPPORT", "Paul Ryan", "Mitt Romney") in tuples(
        "Paul Ryan made a point of praising Mitt Romney during the debate.")


def test_talking_to_ones_parents_is_no_contact() -> None:
    assert not any(t[0] == "CONSULT" for t in tuples(
        "Boris Johnson said he spent the weekend talking to his parents."))


def test_prosecutors_saying_what_someone_did_is_an_accusation() -> None:
    assert ("ACCUSE", "federal prosecutors", "Jesse Jackson Jr.") in tuples(
        "Federal prosecutors say Jesse Jackson Jr. spent campaign funds on furs.")
    assert not any(t[0] == "ACCUSE" for t in tuples(
        "Prosecutors say the trial will begin in June."))


def test_an_object_pronoun_is_not_the_subject_itself() -> None:
    found = tuples("Paul LePage was angry. He said Drew Gattine had called him a racist.")
    assert ("ACCUSE", "Drew Gattine", "Paul LePage") in found


def test_owning_up_is_no_agreement() -> None:
    assert not any(t[0] == "AGREE" for t in tuples(
        "Boris Johnson said he accepts full responsibility for the mistakes."))
    assert any(t[0] == "AGREE" for t in tuples("Iran accepted the proposal of the European Union."))


def test_a_deal_with_an_unnamed_group_has_that_group_as_target() -> None:
    assert ("AGREE", "Jesse Jackson Jr.", "federal prosecutors") in tuples(
        "Jesse Jackson Jr. reached a plea deal with federal prosecutors.")


def test_a_meeting_on_the_calendar_is_reported() -> None:
    assert ("CONSULT", "Joe Biden", "Xi Jinping") in tuples(
        "Joe Biden is set to hold talks with Xi Jinping next week.")
    found = tuples("Vladimir Putin and Emmanuel Macron are expected to hold talks on Syria.")
    assert any(t[0] in ("AGREE", "CONSULT") and {t[1], t[2]} == {
        "Vladimir Putin", "Emmanuel Macron"} for t in found)
    # a forecast of force is still no event
    assert not any(t[0] in ("ASSAULT", "THREATEN") for t in tuples(
        "Russia is expected to invade Ukraine."))


def test_hosting_a_team_for_a_game_is_no_visit() -> None:
    assert not any(t[0] == "CONSULT" for t in tuples(
        "The New York Giants will host the Dallas Cowboys for a football game on Sunday."))
    assert any(t[0] == "CONSULT" for t in tuples(
        "Xi Jinping will host Vladimir Putin for talks in Beijing."))
