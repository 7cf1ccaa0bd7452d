"""Proposals, seventeenth session: mechanisms found studying dev13 and the leftovers of the
session before, written again in other words on the session's probe sentences. Sentences
written for these tests."""

from __future__ import annotations

from tests.text_analysis import proposals_of


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.proposer, p.addressee, p.issue) for p in proposals_of(text)]


def test_a_verb_of_demanding_in_an_embedded_question_asks_nothing() -> None:
    assert _found("Asked whether Manila would ask Washington to send more ships, Marcos said "
                  "the alliance was strong.") == []
    assert _found("Asked whether he had pressed Netanyahu to allow more aid into Gaza, "
                  "Cameron said the talks had been frank.") == []
    # the asker's own next act, in a tense of its own, is outside the question
    found = _found("Wong asked whether Iran would attend and urged Tehran to free the "
                   "prisoners.")
    assert [(a, i) for _, a, i in found] == [("Iran", "free the prisoners")]


def test_a_demand_there_is_no_sign_of_was_not_made() -> None:
    assert _found("There is no sign that Macron pressed Xi for the release of the detained "
                  "journalists.") == []
    assert _found("There was no indication that Scholz urged Modi to condemn the "
                  "invasion.") == []
    # 'no sign of' something else leaves a demand beside it
    found = _found("There was no sign of a deal, but Macron urged both sides to keep talking.")
    assert [(p, i) for p, _, i in found] == [("Emmanuel Macron", "keep talking")]


def test_no_need_for_a_thing_urges_no_step() -> None:
    assert _found('Erdogan told Mitsotakis that the region had no need for what he called '
                  '"new tensions", and that the two countries would keep talking.') == []
    # a need stated stays a recommendation
    found = _found("Erdogan told Mitsotakis that the region had a need for calm.")
    assert [i for _, _, i in found] == ["calm"]


def test_an_order_in_direct_speech_after_a_colon_is_a_demand_on_the_one_spoken_to() -> None:
    found = _found('Meloni turned to Saied and said firmly: "Stop the boats leaving Sfax."')
    assert found == [("Giorgia Meloni", "Kais Saied", "stop the boats")]
    found = _found('Asked about the drills, Blinken looked at Wang Yi and added: "Please '
                   'don\'t send the balloons again."')
    assert [(p, a, i) for p, a, i in found] == [
        ("Antony Blinken", "Wang Yi", "not send the balloons again")]
    # turns of speech and statements after a colon order no one
    assert _found('He looked at the cameras and said: "Thank you all for coming."') == []
    assert _found('The president said: "Never again will we accept such terms."') == []


def test_a_promise_to_press_for_something_later_is_a_pledge_not_a_demand() -> None:
    assert _found("The deal dropped the threat of sanctions in return for French promises to "
                  "support the new fund and to push for tougher rules if Moscow used gas as a "
                  "weapon.") == []
    assert _found("Berlin promised to press for new sanctions if Minsk held the opposition "
                  "leader.") == []
    # a promise beside a demand of one's own leaves the demand
    found = _found("Germany promised aid and urged Minsk to free the prisoners.")
    assert [(p, a) for p, a, _ in found] == [("Germany", "Belarus")]


def test_the_two_ministers_and_their_they_ask_as_the_first_of_the_two() -> None:
    found = _found("Kenya's foreign minister Alfred Mutua and his Ethiopian counterpart "
                   "Demeke Mekonnen met in Nairobi on Monday. On Sudan, the two ministers urged "
                   "the generals to return to the talks in Jeddah, and they called on Egypt to "
                   "stop arming either side.")
    assert [(p, a) for p, a, _ in found] == [("Alfred Mutua", None),
                                            ("Alfred Mutua", "Egypt")]
    found = _found("Chancellor Karl Nehammer hosted Czech Prime Minister Petr Fiala in Vienna. "
                   "Both men called on the European Commission to tighten controls at the "
                   "external border.")
    assert [p for p, _, _ in found] == ["Karl Nehammer"]


def test_a_statement_or_report_asks_as_its_issuer() -> None:
    found = _found("The International Crisis Group published a report on Monday. The report "
                   "urges the government to publish the full figures on arms sales.")
    assert [p for p, _, _ in found] == ["International Crisis Group"]
    found = _found("The Arab League issued a statement on Sunday. The statement urges Israel "
                   "to open the crossings.")
    assert [(p, a) for p, a, _ in found] == [("Arab League", "Israel")]
    # a report no one is named as issuing asks as no one named
    found = _found("Lawmakers rejected a report on Monday. The report urges the government "
                   "to publish the figures.")
    assert [p for p, _, _ in found] == [None]


def test_would_like_a_party_to_act_is_a_want_put_to_it() -> None:
    found = _found('"We would like Washington to return to the table," Lavrov said.')
    assert found == [("Sergey Lavrov", "United States", "return to the table")]
    found = _found("Turkey would like Sweden to extradite the suspects, Cavusoglu said.")
    assert [(a, i) for _, a, i in found] == [("Sweden", "extradite the suspects")]
    # a wish for one's own act or a courtesy asks no one
    assert _found('"I would like to thank our hosts," Lavrov said.') == []


def test_a_label_keeps_the_modal_of_a_clause_it_holds_and_ends_on_no_stranded_subject() -> None:
    assert [i for _, _, i in _found("Seoul should send Kyiv shells it can fire at once.")] == [
        "send Kyiv shells it can fire at once"]
    assert [i for _, _, i in _found("Ankara should spell out what it will do if the ceasefire "
                                    "collapses.")] == ["spell out what it will do"]
    # cut at its length, the label does not end on a clause's subject nor on its modal
    assert [i for _, _, i in _found("The credit line should be turned into a fund Chisinau "
                                    "can draw on quickly.")] == ["credit line turned into a fund"]
    # the modal of the step itself goes, as before
    assert [i for _, _, i in _found('"Russia must be held accountable," the minister '
                                    'said.')] == ["Russia held accountable"]
