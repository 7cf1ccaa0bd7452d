"""Proposals, fourteenth session: demands and offers the proposer missed on probe articles
written for the session (a party asked by its place at the table, a condition set with 'as
long as' or 'provided that', the answers of an interview). Sentences written for these tests."""

from __future__ import annotations

from tests.text_analysis import proposals_of


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.proposer, p.addressee, p.issue) for p in proposals_of(text)]


def test_a_party_asked_by_its_place_at_the_table_is_asked() -> None:
    found = _found("Chile's trade minister, Rosa Fuentes, met her Peruvian counterpart in Lima. "
                   "Fuentes asked her guest for an early decision on the fruit quotas.")
    assert [p for p, _, _ in found] == ["Rosa Fuentes"]
    found = _found("The Finnish negotiator asked the Swedish side for its fishing figures.")
    assert [a for _, a, _ in found] == ["Sweden"]
    # no party: a crowd or an audience asked is no one's demand
    assert _found("The singer asked the crowd for a moment of silence.") == []


def test_a_condition_set_with_as_long_as_or_provided_that_asks_for_it() -> None:
    found = _found("Greece was willing to reopen the consulate as long as Albania returned "
                   "the seized archive.")
    assert [(p, a) for p, a, _ in found] == [("Greece", "Albania")]
    found = _found("Norway would sign the fisheries text provided that Iceland dropped its "
                   "claim to the northern banks.")
    assert [(p, a) for p, a, _ in found] == [("Norway", "Iceland")]
    found = _found("Kenya would join the talks on condition that Uganda withdrew its troops.")
    assert [(p, a) for p, a, _ in found] == [("Kenya", "Uganda")]


def test_as_long_as_that_tells_a_time_asks_nothing() -> None:
    assert _found("The envoys would stay in the capital as long as the talks lasted.") == []
    assert _found("Ukraine is prepared to fight as long as it takes.") == []
    assert _found("Russia will keep fighting as long as the West arms Ukraine.") == []


INTERVIEW = (
    "Interview: Estonia's defence minister on the Baltic cable\n\n"
    "Estonia's defence minister, Kalev Tamm, spoke to us in Tallinn. The interview has been "
    "edited for length.\n\n"
    "Q: What do you expect from Helsinki?\n"
    "A: We have asked Finland to share the sonar data from the night of the break.\n\n"
    "Q: And from NATO?\n"
    "A: I would urge the allies to keep their ships in the gulf through the winter.\n")

INTERVIEW_UNLABELLED = (
    "Portugal's envoy: the Atlantic route needs a rescue plan\n\n"
    "Portugal's envoy for migration, Joana Ramos, has worked on the Atlantic route for a "
    "decade. We spoke in Lisbon.\n\n"
    "What is needed now?\n"
    "The European Union should fund a search-and-rescue mission off the Canaries.\n\n"
    "And Morocco?\n"
    "Rabat has done much. We are asking it to open a second reception centre.\n")


def test_the_answers_of_an_interview_are_the_interviewees() -> None:
    found = _found(INTERVIEW)
    assert [p for p, _, _ in found] == ["Kalev Tamm", "Kalev Tamm"]
    found = _found(INTERVIEW_UNLABELLED)
    assert [p for p, _, _ in found] == ["Joana Ramos", "Joana Ramos"]


def test_a_text_that_does_not_say_it_is_an_interview_keeps_its_author() -> None:
    text = INTERVIEW_UNLABELLED.replace(" We spoke in Lisbon.", "")
    assert [p for p, _, _ in _found(text)] == ["author", "author"]


def test_no_one_and_neither_side_ask_for_nothing() -> None:
    assert _found("Neither government has called for a new round of talks.") == []
    assert _found("No country has asked for a delay of the vote.") == []
    # a recommendation to neither side stays one
    assert [p for p, _, _ in _found("Neither side should walk away from the table.")] == [
        "author"]


def test_a_need_questioned_is_no_need_urged() -> None:
    assert _found("Chile's finance minister, Tomas Vidal, questioned the need for a second "
                  "bailout.") == []
    assert len(_found("Chile stressed the need for a second bailout.")) == 1


def test_a_person_named_for_a_described_subject_asks() -> None:
    found = _found("The governor of the northern province, Lina Castro, is seeking a new "
                   "bridge over the river.")
    assert [p for p, _, _ in found] == ["Lina Castro"]
    found = _found("The defence minister, Tomas Berg, spoke first. His rival in the cabinet, "
                   "Anna Lind, rejected the plan and demanded that Sweden buy Norwegian tanks.")
    assert [p for p, _, _ in found] == ["Anna Lind"]


def test_a_party_that_answers_with_a_proposal_makes_it() -> None:
    found = _found("Hungary's delegation, led by Peter Szabo, answered with a proposal to share "
                   "the river's water by season.")
    assert [p for p, _, _ in found] == ["Peter Szabo"]


def test_a_group_led_by_a_named_person_asks_through_them() -> None:
    found = _found("The growers' cooperative, led by its president Ana Duarte, has pushed for "
                   "lower tariffs on fertiliser.")
    assert [p for p, _, _ in found] == ["Ana Duarte"]


def test_a_standing_offer_to_give_is_a_proposal() -> None:
    found = _found("Norway's envoy, Lars Berge, said Oslo was willing to extend the loan to the "
                   "port of Beira.")
    assert [(p, i) for p, _, i in found] == [("Norway", "extend the loan to the port of Beira")]
    assert _found("Poland is prepared to use every instrument it has.") == []
    assert _found("Austria is not ready to lift the ban.") == []


def test_a_step_given_for_another_partys_act_asks_for_that_act() -> None:
    found = _found("Latvia would reopen the crossing if Belarus released the detained drivers.")
    assert [(p, a) for p, a, _ in found] == [("Latvia", "Belarus")]
    found = _found("Peru would attend the summit only if the agenda included the border dispute.")
    assert [(p, i) for p, _, i in found] == [("Peru", "agenda included the border dispute")]
    # a step taken against another (a threat), or a past unreal condition, asks nothing here
    assert _found("Latvia would close the crossing if Belarus sent more migrants.") == []
    assert _found("Latvia would have reopened the crossing if Belarus had released them.") == []


def test_asks_a_colon_lists_after_the_noun_are_made() -> None:
    found = _found("Croatia's transport minister, Ivan Horvat, made three requests: a new "
                   "bridge, a ferry subsidy and a customs post.")
    assert [(p, i) for p, _, i in found] == [("Ivan Horvat", "new bridge")]
    assert _found("Hungary rejected three demands: a tax, a quota and a fine.") == []


def test_the_best_thing_and_what_a_party_needs_recommend() -> None:
    found = _found("The best thing would be for the Arctic Council to meet again in Tromso.")
    assert [p for p, _, _ in found] == ["author"]
    found = _found("What the island needs now is a second undersea cable.")
    assert [(p, i) for p, _, i in found] == [("author", "second undersea cable")]
    assert _found("What Ottawa needs to do is simple.") == []
    assert _found("What Kyiv needed was air defence.") == []


def test_a_condition_set_by_we_in_an_interview_answer_is_the_interviewees() -> None:
    text = ("Ireland's envoy to the Arctic, Siobhan Kelly, spoke to us in Dublin. The interview "
            "has been edited for length.\n\n"
            "What do you offer Iceland?\n"
            "We are ready to share our research vessel if Reykjavik opens its fishing data to "
            "us.\n\n"
            "And Norway?\n"
            "Oslo has been helpful.\n")
    found = _found(text)
    assert [p for p, _, _ in found] == ["Siobhan Kelly"]


def test_let_us_proposes_a_step_to_share() -> None:
    found = _found('"Let us reopen the border crossings before the harvest," Mirzo Rahimov '
                   'said.')
    assert [i for _, _, i in found] == ["reopen the border crossings before the harvest"]
    assert _found('"Let me be clear about the harvest," Mirzo Rahimov said.') == []


def test_it_is_time_a_party_did_recommends_it_also_as_a_question() -> None:
    found = _found("It is time Ottawa treated the Arctic as a front line.")
    assert [(p, a) for p, a, _ in found] == [("author", "Canada")]
    found = _found("Isn't it time Ottawa treated the Arctic as a front line?")
    assert [(p, a) for p, a, _ in found] == [("author", "Canada")]
    assert _found("Is it time to leave the talks?") == []
    assert _found("It was time the guests left.") == []


def test_a_section_label_on_its_own_line_makes_an_opinion_piece() -> None:
    text = ("The Arctic needs rules before it needs ships\n\nCommentary\n\n"
            "By Lena Berg\n\nThe ice is going. Start the talks now.")
    assert [i for _, _, i in _found(text)] == ["Start the talks now"]
    # a menu that lists the section among others is no label
    menu = text.replace("Commentary", "Home | World | Opinion | Business")
    assert _found(menu) == []


def test_he_or_she_who_asks_for_something_asks() -> None:
    found = _found("Ferro met the lenders in Paris. She asked for a delay of two years.")
    assert [i for _, _, i in found] == ["delay of two years"]
    assert _found("She asked for comment on the report.") == []


def test_insisting_that_something_not_be_done_demands_it() -> None:
    found = _found("The union, Dock Workers United, insisted that no ship be unloaded during "
                   "the strike.")
    assert [p for p, _, _ in found] == ["Dock Workers United"]
    assert _found("Ankara insisted that no talks were planned.") == []


def test_a_step_offered_in_exchange_for_something_asks_for_it() -> None:
    found = _found("Tunisia would take back the migrants in exchange for a guarantee of "
                   "visas for its students.")
    assert [(p, i) for p, _, i in found] == [("Tunisia", "guarantee of visas for its students")]
    assert _found("The company would sell the plant in exchange for cash.") == []


def test_a_partys_condition_stated_is_a_demand() -> None:
    found = _found("Kyiv's condition is that Russia withdraw its troops.")
    assert [(p, i) for p, _, i in found] == [("Ukraine", "Russia withdraw its troops")]
    assert _found("The condition of the roads is that they are poor.") == []


def test_a_bodys_office_acts_for_the_body_its_names() -> None:
    found = _found("The African Union welcomed the truce. Its peace and security chief called on "
                   "both armies to pull back from the river.")
    assert [p for p, _, _ in found] == ["African Union"]


def test_terms_told_to_a_party_with_would_have_to_are_demanded() -> None:
    found = _found("Anna Berg has told the government that any new loan would have to include "
                   "a cap on spending.")
    assert [p for p, _, _ in found] == ["Anna Berg"]
    # a consequence foreseen, told to the press, asks nothing
    assert _found("Anna Berg told reporters that the economy would have to adjust.") == []


def test_wanting_a_thing_done_by_others_is_a_demand() -> None:
    found = _found('"We want the disputed villages demarcated by spring," Aibek Osmonov said.')
    assert [p for p, _, _ in found] == ["Aibek Osmonov"]
    assert _found("Poland wants jets made in America.") == []
    assert _found("He wants his name cleared.") == []


def test_a_party_that_sought_something_asked_for_it() -> None:
    found = _found("Chile renewed its call for an inquiry, as Peru sought assurances that its "
                   "trawlers would be left alone.")
    assert [p for p, _, _ in found] == ["Chile", "Peru"]
    assert _found("The company sought to expand in Asia.") == []


def test_it_would_be_wise_for_a_party_to_act_recommends_the_act() -> None:
    found = _found('"It would be wise for both capitals to lower the temperature," said Rui '
                   'Matos, a former ambassador.')
    assert [(p, i) for p, _, i in found] == [("Rui Matos", "lower the temperature")]
    assert _found("He was wise to stay away.") == []


def test_a_party_suggests_a_step() -> None:
    found = _found("Chile's foreign minister, Rosa Pinto, suggested that the two navies hold a "
                   "meeting of their commanders.")
    assert [p for p, _, _ in found] == ["Rosa Pinto"]
    assert _found("The data suggest that prices rise.") == []
    assert _found("Rosa Pinto suggested that it was a mistake.") == []


def test_an_idea_floated_with_its_content_is_proposed() -> None:
    found = _found("Peru's foreign minister, Hugo Salas, floated the idea of a buffer zone on "
                   "each bank.")
    assert [p for p, _, _ in found] == ["Hugo Salas"]
