"""Proposals on fresh text (other annotators' timeline updates, US statements): the general
causes found on tests/gold/fresh_proposals_dev.json, each on a sentence of the project's own."""

from __future__ import annotations

from readout.records import Proposal
from tests import text_analysis


def proposals_of(text: str, title: str | None = None) -> list[Proposal]:
    return text_analysis.proposals_of(text, title=title, published="2022-03-01")


def test_the_owner_of_the_act_demanded_is_the_addressee() -> None:
    found = proposals_of("The European Union demanded Israel's withdrawal from Gaza.")
    assert [(p.proposer, p.addressee) for p in found] == [("European Union", "Israel")]


def test_the_place_a_withdrawal_leaves_is_not_the_addressee() -> None:
    found = proposals_of("Germany demanded a withdrawal from the buffer zone near Ukraine.")
    assert [(p.proposer, p.addressee) for p in found] == [("Germany", None)]


def test_a_plan_calling_for_something_is_its_owners_proposal() -> None:
    found = proposals_of("The summit welcomed the African Union's plan calling for the junta "
                         "to hand over power.")
    assert [p.proposer for p in found] == ["African Union"]
    found = proposals_of("Ministers discussed a French proposal calling for a truce in Aleppo.")
    assert [p.proposer for p in found] == ["France"]


def test_a_plan_of_no_one_calling_for_something_names_no_proposer() -> None:
    assert proposals_of("They rejected a plan calling for new elections.") == []


def test_an_event_that_shows_a_need_does_not_voice_it() -> None:
    found = proposals_of("The attacks on the grid have underlined the need for more air "
                         "defence, the Ukrainian president said.")
    assert len(found) == 1 and found[0].proposer != "author"
    found = proposals_of("Moscow's blockade has highlighted an urgent need to open new "
                         "grain routes.")
    assert [p.proposer for p in found] == ["author"]
    found = proposals_of("The ministers stressed the need for a ceasefire.")
    assert [p.proposer for p in found] == ["ministers"]


def test_demand_that_policy_reduces_is_buyers_demand() -> None:
    assert proposals_of("The plan is to reduce demand for natural gas before the winter.") == []
    found = proposals_of("Ukraine renewed its demand for more air defence systems.")
    assert [p.proposer for p in found] == ["Ukraine"]


def test_a_subject_parsed_as_an_apposition_still_issues_the_call() -> None:
    found = proposals_of("A year after Russia began its invasion of Ukraine, 141 countries "
                         "— from every corner of the world — issued a call for a just peace.")
    assert [p.proposer for p in found] == ["countries"]


def test_in_a_transcript_the_turns_speaker_proposes() -> None:
    text = ("Briefing Room\n\nPRESIDENT BIDEN: Thank you all for coming. This week shows the "
            "need to keep our alliance united through the winter.\n")
    found = proposals_of(text)
    assert [p.proposer for p in found] == ["Joe Biden"]
    text = ("MODERATOR: Thanks for joining the call.\n\nSENIOR ADMINISTRATION OFFICIAL: Thanks. "
            "Europe must cut its imports of Russian oil this year.\n")
    found = proposals_of(text)
    assert [p.proposer for p in found] == ["Senior Administration Official"]


def test_an_address_line_or_a_note_is_no_speaker() -> None:
    text = ("TO THE CONGRESS OF THE UNITED STATES:\n\nThe United States must continue to "
            "support Ukraine.\n")
    assert [p.proposer for p in proposals_of(text)] == ["author"]
    text = "UPDATE: The minister said the talks should resume next week.\n"
    assert [p.proposer for p in proposals_of(text)] != ["Update"]


def test_a_rule_the_law_states_is_no_proposal() -> None:
    assert proposals_of("Under Section 12 of the Export Act, licences must be renewed every "
                        "two years.") == []
    assert proposals_of("Pursuant to the treaty, each party must notify the other of any "
                        "missile launch.") == []
    found = proposals_of("Under pressure from its allies, Germany must send more tanks, the "
                         "minister said.")
    assert len(found) == 1


def test_people_a_participle_describes_as_calling_are_the_proposers() -> None:
    found = proposals_of("Protesters calling for new elections marched through the capital.")
    assert [p.proposer for p in found] == ["protesters"]
    found = proposals_of("The envoys went to Homs to meet the thousands of Syrians calling for "
                         "Assad to step down.")
    assert [(p.proposer, p.addressee) for p in found] == [("Syrians", "Bashar al-Assad")]


def test_an_unnamed_body_of_government_urges() -> None:
    found = proposals_of("Clashes went on, as the cabinet urged people to stop the protests.")
    assert [p.proposer for p in found] == ["cabinet"]


def test_a_statements_title_names_its_voice() -> None:
    found = proposals_of("Today the world stood together. We must hold Russia accountable.",
                         title="Statement by President Joe Biden on the UN Vote")
    assert [p.proposer for p in found] == ["Joe Biden"]
    found = proposals_of("Today the world stood together. We must hold Russia accountable.",
                         title="Readout of President Joe Biden's Call with Chancellor Scholz")
    assert [p.proposer for p in found] != ["Joe Biden"]


def test_the_subject_of_a_that_clause_demanded_is_the_addressee() -> None:
    found = proposals_of("Russia demanded that Ukraine withdraw its forces from the region.")
    assert [(p.proposer, p.addressee) for p in found] == [("Russia", "Ukraine")]


def test_they_after_a_statement_is_its_issuer() -> None:
    found = proposals_of("On Monday the Arab League issued a statement condemning the raids. "
                         "They added that the government should release the detainees.")
    assert [p.proposer for p in found] == ["Arab League"]
    found = proposals_of("On Monday the Arab League met in Cairo. They added that the "
                         "government should release the detainees.")
    assert [p.proposer for p in found] != ["Arab League"]


def test_who_rejects_or_judges_a_demand_did_not_make_it() -> None:
    found = proposals_of("Russia rejected the demand for a withdrawal of its troops.")
    assert [p.proposer for p in found] == [None]
    found = proposals_of("Democrats called the demand for her public appearance a ploy.")
    assert [p.proposer for p in found] == [None]
    found = proposals_of("Russia rejected Ukraine's demand for a withdrawal of its troops.")
    assert [p.proposer for p in found] == ["Ukraine"]
    found = proposals_of("Iran repeated its demand for the lifting of sanctions.")
    assert [p.proposer for p in found] == ["Iran"]


def test_words_quoted_after_a_colon_are_the_first_named_actors() -> None:
    found = proposals_of("Zelensky to the West: \u201cYou must send us fighter jets now.\u201d")
    assert [p.proposer for p in found] == ["Volodymyr Zelensky"]
    found = proposals_of("In short: the government should resign.")
    assert [p.proposer for p in found] == ["author"]


def test_a_case_argued_for_a_step_is_a_recommendation() -> None:
    found = proposals_of("\u201cThere is a strong case for Germany sending tanks to Kyiv,\u201d "
                         "said Richard Fontaine.")
    assert [(p.proposer, p.addressee) for p in found] == [("Richard Fontaine", "Germany")]
    found = proposals_of("Britain made the case for new sanctions on Iran.")
    assert [p.proposer for p in found] == ["United Kingdom"]
    assert proposals_of("The lawyer presented the case for the defence.") == []
    assert proposals_of("In the case of Ukraine, the talks failed.") == []


def test_a_leaders_staff_propose_for_the_leaders_state() -> None:
    found = proposals_of("Putin's people had been pushing for a summit for weeks.")
    assert [p.proposer for p in found] == ["Russia"]
    found = proposals_of("Biden's aides called for a pause in the talks.")
    assert [(p.proposer, p.addressee) for p in found] == [("United States", None)]


def test_the_owner_of_a_release_is_not_asked_to_act() -> None:
    found = proposals_of("The senators demanded Navalny's release on Tuesday.")
    assert found and all(p.addressee != "Alexei Navalny" for p in found)
