"""Article-level event rules (tenth session, task events-article): what a whole article tells
about an act that its own sentence leaves open. A meeting with no counterpart in an article
of exchanges between named parties is background; aid, praise and directed acts with no
stated recipient go to the other side of the exchange told just before. Sentences are the
project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def triples(text: str, published: str = "2024-06-01") -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events]


def test_side_visit_without_counterpart_is_dropped_in_an_article_of_exchanges() -> None:
    found = triples(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Dar es "
        "Salaam on Monday.\n\nEarlier in the day, Ruto visited Bagamoyo, a coastal town north "
        "of the city.")
    assert ("CONSULT", "William Ruto", "Samia Suluhu Hassan") in found or \
        ("CONSULT", "Samia Suluhu Hassan", "William Ruto") in found
    assert not any(t[0] == "CONSULT" and t[2] is None for t in found)


def test_meeting_of_one_body_is_dropped_beside_paired_exchanges() -> None:
    found = triples(
        "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on "
        "Tuesday.\n\nThe next day the UN Security Council met for the first time since March.")
    assert not any(t[0] == "CONSULT" and t[2] is None for t in found)


def test_lone_visit_in_a_short_item_is_kept() -> None:
    # with no paired exchange in the text, the visit is the item's event and stays
    found = triples("The Dutch foreign minister visited Kharkiv on Thursday in a show of "
                    "support.", published="2023-05-12")
    assert ("CONSULT", "Netherlands", None) in found


def test_aid_announced_after_a_meeting_goes_to_the_guest() -> None:
    found = triples(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Dar es "
        "Salaam on Monday.\n\nRuto then announced a new $20 million aid package.")
    assert ("AID", "William Ruto", "Samia Suluhu Hassan") in found


def test_praise_after_a_call_goes_to_the_other_caller() -> None:
    found = triples(
        "Indonesian President Joko Widodo spoke by phone with Australian Prime Minister "
        "Anthony Albanese on Wednesday.\n\nWidodo praised the new visa arrangements.")
    assert ("SUPPORT", "Joko Widodo", "Anthony Albanese") in found


def test_no_recipient_taken_from_a_meeting_in_the_same_sentence() -> None:
    # the host of talks between others welcoming their outcome is no act toward either side
    found = triples(
        "Qatar, which hosted Ethiopian and Eritrean officials in Doha last month, welcomed "
        "the outcome in a statement.")
    assert not any(t[0] == "SUPPORT" and t[1] == "Qatar" and t[2] is not None for t in found)


def test_no_recipient_when_the_actor_is_neither_side_of_the_last_exchange() -> None:
    found = triples(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Dar es "
        "Salaam on Monday.\n\nUgandan President Yoweri Museveni praised the new arrangements.")
    assert not any(t[0] == "SUPPORT" and t[1] == "Yoweri Museveni" and t[2] is not None
                   for t in found)


def test_diplomatic_act_of_unnamed_officials_is_dropped_beside_named_exchanges() -> None:
    found = triples(
        "Peruvian President Dina Boluarte met Ecuadorian President Daniel Noboa in Lima on "
        "Friday.\n\nSeveral countries offered to host a follow-up meeting, and senior officials "
        "agreed to meet again in Quito.")
    assert not any(t[1] and t[1] == t[1].lower() for t in found)


def test_group_named_by_a_proper_word_is_kept() -> None:
    found = triples(
        "Peruvian President Dina Boluarte met Ecuadorian President Daniel Noboa in Lima on "
        "Friday.\n\nAndean leaders welcomed the meeting.")
    assert any(t[0] == "SUPPORT" and t[1] == "Andean leaders" for t in found)


def test_unnamed_group_kept_in_a_short_item_without_exchanges() -> None:
    found = triples("Hundreds of protesters stormed the parliament building in Nairobi on "
                    "Tuesday, and opposition lawmakers called for new elections.")
    assert any(t[1] and t[1] == t[1].lower() for t in found)


def test_bare_they_after_an_exchange_is_its_two_sides() -> None:
    found = triples(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Dar es "
        "Salaam on Monday.\n\nThey agreed to reopen the border crossing at Namanga.")
    assert any(t[0] == "AGREE" and {t[1], t[2]} == {"William Ruto", "Samia Suluhu Hassan"}
               for t in found)


def test_they_met_again_after_a_nominal_reference_is_the_exchange_pair() -> None:
    found = triples(
        "Indonesian President Joko Widodo met Australian Prime Minister Anthony Albanese in "
        "Jakarta on Monday. The talks were the third between the two men this year. They met "
        "in Bali in March.")
    meetings = [t for t in found if t[0] == "CONSULT"]
    assert len(meetings) >= 2
    assert all({t[1], t[2]} == {"Joko Widodo", "Anthony Albanese"} for t in meetings)


def test_they_after_a_nearer_plural_group_is_not_the_exchange_pair() -> None:
    found = triples(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Dar es "
        "Salaam on Monday.\n\nFarmers' unions criticised the tariffs. They met in Arusha "
        "on Tuesday.")
    assert not any(t[0] == "CONSULT" and t[2] is not None and t[1] != "William Ruto"
                   and t[1] != "Samia Suluhu Hassan" for t in found)
    assert sum(1 for t in found if t[0] == "CONSULT") == 1


def test_request_put_to_an_unnamed_group_goes_to_the_other_side_of_the_talks() -> None:
    found = triples(
        "Peruvian President Dina Boluarte met Ecuadorian President Daniel Noboa in Lima on "
        "Friday.\n\nBoluarte said she had asked that civilians be allowed to cross the "
        "border at Tumbes.")
    assert not any(t[2] == "civilians" for t in found)
    assert ("REQUEST", "Dina Boluarte", "Daniel Noboa") in found


def test_force_against_an_unnamed_crowd_keeps_its_target() -> None:
    found = triples(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Dar es "
        "Salaam on Monday.\n\nKenyan police fired tear gas at protesters in Nairobi.")
    assert any(t[0] == "ASSAULT" and (t[2] or "").startswith("protesters") for t in found)
