"""Proposals, nineteenth session: mechanisms found studying dev15 (and the weakest other written
dev splits), written again in other words on the session's probe sentences. Sentences
written for these tests."""

from __future__ import annotations

from tests.text_analysis import proposals_of


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.proposer, p.addressee, p.issue) for p in proposals_of(text)]


def test_an_office_whose_holder_is_named_can_be_asked() -> None:
    # the parse heads the object with the title and hangs the name on it as an apposition
    assert _found("A day later the regional leaders asked Senegal's President Macky Sall to "
                  "try to bring them back.") == [
        ("regional leaders", "Macky Sall", "try to bring them back")]
    assert _found("The summit asked Ghana's President John Dramani Mahama to mediate.") == [
        (None, "John Dramani Mahama", "mediate")]
    # no party asked: a crowd, a team's captain
    assert _found("The coach asked the team's captain to speak.") == []


def test_those_meeting_somewhere_ask_not_the_place_they_meet_in() -> None:
    assert _found("The ministers meeting in Lusaka asked Kenya's President William Samoei Ruto "
                  "to lead the talks.") == [("ministers", "William Ruto", "lead the talks")]


def test_three_leaders_who_met_propose_as_the_first_of_them() -> None:
    found = _found("Prime Minister Ana Lopes received the leaders of Ghana and Togo in Lisbon on "
                   "Friday. The three leaders urged the World Bank to cancel the debt.")
    assert found == [("Ana Lopes", "World Bank", "cancel the debt")]


def test_a_speaker_labelled_in_a_live_item_head_proposes_its_words() -> None:
    found = _found("Live: Nile water talks in Addis Ababa\n\nThe ministers of Egypt, Sudan and "
                   "Ethiopia met on Monday.\n\nMonday, 16:05 – Shoukry: Ethiopia must stop "
                   "filling the dam\n\nShoukry told reporters that Ethiopia had to stop filling "
                   "the reservoir until a deal was signed.")
    assert found[0] == ("Sameh Shoukry", "Ethiopia", "stop filling the dam")
    # a line of the body that ends with a stop is no heading: its colon labels nothing
    found = _found("Talks in Vienna\n\nThe envoy was blunt on one point: Iran must return to "
                   "the talks.")
    assert [p for p, _, _ in found] != ["Iran"]


def test_a_clause_agreed_by_those_who_met_asks_nothing() -> None:
    assert _found("The foreign ministers of Chile and Peru met in Arica on Monday and agreed "
                  "that the commission should report by June.") == []
    # one alone who agrees concurs with a proposal, and so makes it
    assert [i for _, _, i in _found("Ruto flew to Addis Ababa on Monday and agreed that the "
                                    "force should deploy in May.")] == ["deploy"]


def test_an_act_some_terms_allow_on_request_tells_no_request() -> None:
    assert _found("Vanuatu signed a policing pact with Australia that permits Australian "
                  "officers to be stationed in Port Vila at Vanuatu's request.") == []
    assert _found("The 1994 treaty lets either army cross the border at the other "
                  "government's request.") == []
    # a request made and met is one
    assert [p for p, _, _ in _found("Italian troops were sent to Tirana in 1997 at Albania's "
                                    "request.")] == ["Albania"]


def test_a_time_after_for_is_not_what_is_pressed_for() -> None:
    # "for months" made "pushing the pipeline" read as pushing for something
    assert _found("Turkey has been pushing the pipeline for months to win new buyers in "
                  "Europe.") == []
    # what is pressed for comes after the time
    assert _found("Kazakhstan has pressed for years for a seat at the talks.") == [
        ("Kazakhstan", None, "seat at the talks")]
    # a day named is what is called for, not a stretch of time
    assert len(_found("Opposition leaders called for Friday to be a day of protest.")) == 1

