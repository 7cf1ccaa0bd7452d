"""Event rules, thirteenth round (twentieth session, task events13): mechanisms found reading
the dev16 articles, each shown on the project's own sentences (other wording, other parties)
with the readings that must stay as they were."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text
from tests.text_analysis import event_triples as triples


def test_an_active_verb_joined_to_a_passive_shares_its_subject_not_its_agent() -> None:
    found = triples("Lavrov was met at the airport by Wang Yi and then held talks with Xi "
                    "Jinping.")
    assert ("CONSULT", "Sergey Lavrov", "Xi Jinping") in found
    assert ("CONSULT", "Wang Yi", "Xi Jinping") not in found
    found = triples("Scholz flew to Lisbon, where he is to be received by President Marcelo "
                    "Rebelo de Sousa and hold talks with Prime Minister Antonio Costa.")
    assert ("CONSULT", "Olaf Scholz", "António Costa") in found
    assert ("CONSULT", "Marcelo Rebelo de Sousa", "António Costa") not in found
    # the passive's own agent still acts in it
    assert ("CONSULT", "Wang Yi", "Sergey Lavrov") in triples(
        "Lavrov was met at the airport by Wang Yi.")


def test_a_subject_left_after_a_list_is_no_passive_subject_to_share() -> None:
    # "withdrew" is parsed as a conjunct of "left"; the bloc left with few members did not
    # withdraw
    found = triples("The bloc has since been left with only a handful of active members after "
                    "Brazil, Chile and others withdrew from it.")
    assert not {t for t in found if t[0] == "RETREAT"}


def test_co_subjects_holding_talks_with_a_third_party_meet_that_party() -> None:
    found = triples("Scholz and Macron held talks with Xi on Friday.")
    assert ("CONSULT", "Olaf Scholz", "Xi Jinping") in found
    assert ("CONSULT", "Emmanuel Macron", "Xi Jinping") in found
    assert ("CONSULT", "Olaf Scholz", "Emmanuel Macron") not in found
    found = triples("Scholz and Macron held talks with Xi in Beijing on Friday.")
    assert ("CONSULT", "Olaf Scholz", "Emmanuel Macron") not in found
    assert {t[2] for t in found if t[0] == "CONSULT"} <= {"Xi Jinping", "China"}
    found = triples("Merkel and Macron held a video summit with Putin on Monday.")
    assert ("CONSULT", "Angela Merkel", "Vladimir Putin") in found
    assert ("CONSULT", "Angela Merkel", "Emmanuel Macron") not in found
    # co-subjects with no third party still meet each other
    assert ("CONSULT", "Joe Biden", "Fumio Kishida") in triples(
        "Biden and Kishida held a meeting on Friday.")


def test_a_name_inside_a_longer_name_is_no_second_party() -> None:
    found = triples("Arab leaders, US Secretary of State Antony Blinken and other partners met "
                    "in Amman on Monday.")
    assert not {t for t in found if "United States" in t}
    assert ("CONSULT", "Antony Blinken", None) in found


def test_a_wish_for_anothers_visit_is_no_intent_of_that_other() -> None:
    found = triples("Erdogan said he would have liked Putin to come to Ankara himself.")
    assert not {t for t in found if t[1] == "Vladimir Putin"}
    assert not {t for t in triples("Erdogan wants Putin to come to Turkey.")
                if t[1] == "Vladimir Putin"}
    assert not {t for t in triples("Scholz said he hoped Macron would visit Berlin soon.")
                if t[1] == "Emmanuel Macron"}
    # one's own wish to meet is still an intent to meet
    assert ("AGREE", "Recep Tayyip Erdoğan", "Vladimir Putin") in triples(
        "Erdogan wants to meet Putin.")


def test_revoking_a_granted_standing_is_no_concession() -> None:
    found = triples("Moscow revoked the special status of the region in March.")
    assert not {t for t in found if t[0] == "CONCEDE"}
    found = triples("Moscow revoked the accreditation of two German journalists.")
    assert not {t for t in found if t[0] == "CONCEDE"}
    # revoking a measure still eases it
    assert ("CONCEDE", "United States", "Venezuela") in triples(
        "Washington revoked the sanctions on Venezuela's oil sector.")


def test_two_measures_of_different_kinds_in_one_sentence_are_two_events() -> None:
    found = triples("Algeria expelled Morocco's ambassador and suspended trade with Rabat.")
    assert ("SANCTION", "Algeria", "Morocco") in found
    modes = sorted(e.mode or "" for e in analyze_text(
        "Algeria expelled Morocco's ambassador and suspended trade with Rabat.",
        published="2024-03-04").events if e.type == "SANCTION")
    assert modes == ["discontinue", "expel"]


def test_pausing_talks_is_putting_them_off_not_holding_them() -> None:
    found = triples("Britain has paused its trade negotiations with Canada.")
    assert ("REJECT", "United Kingdom", "Canada") in found
    assert ("CONSULT", "United Kingdom", "Canada") not in found
    # a meeting held in the same sentence as a call-off is still a meeting
    found = triples("Biden called the summit off in a letter in May, then restored it in June "
                    "after receiving Kim Yong Chol in the Oval Office.")
    assert ("CONSULT", "Joe Biden", "Kim Yong Chol") in found


def test_turning_to_a_party_for_help_asks_it() -> None:
    assert ("REQUEST", "Mali", "Russia") in triples(
        "Mali turned to Moscow for military assistance.")
    assert ("REQUEST", "Serbia", "Russia") in triples("Serbia turned to Russia for help.")
    # turning to face someone asks nothing
    assert not {t for t in triples("Macron turned to Scholz and smiled.") if t[0] == "REQUEST"}


def test_opening_an_offensive_is_an_attack() -> None:
    assert ("ASSAULT", "Ukraine", "Russia") in triples(
        "Ukraine opened an offensive against Russian forces in Kursk.")


def test_sanctions_imposed_again_are_sanctions() -> None:
    assert ("SANCTION", "United States", "Iran") in triples(
        "The talks came five days after Washington reimposed sanctions on Iran.")


def test_lifting_tariffs_eases_them() -> None:
    assert ("RETREAT", "United States", "Mexico") in triples(
        "Washington lifted tariffs on Mexican steel.")

