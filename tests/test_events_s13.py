"""Article-level event rules, sixth round (thirteenth session, task events6). Sentences are
the project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def consults(text: str, published: str = "2024-06-01") -> list[tuple[set[str | None], str | None]]:
    return [({e.actor, e.target}, e.date) for e in analyze_text(text, published=published).events
            if e.type == "CONSULT"]


RUTO_HASSAN = {"William Ruto", "Samia Suluhu Hassan"}
INTRO = "William Ruto is Kenya's president. Samia Suluhu Hassan leads Tanzania. "


def test_two_contacts_of_one_pair_joined_in_one_sentence_are_two() -> None:
    # a meeting and a later call told by two joined verbs, each with its own date
    found = consults(INTRO + "Ruto and Hassan last met in person in Arusha in March, and spoke "
                     "by video link at the end of April.")
    assert (RUTO_HASSAN, "2024-03") in found and (RUTO_HASSAN, "2024-04") in found
    # the first verb dated by a year alone is not dated by the second verb's month
    found = consults(INTRO + "Ruto and Hassan last met in Arusha in 2019 and have spoken by telephone several times "
                     "since January.")
    assert sorted(d or "" for p, d in found if p == RUTO_HASSAN) == ["", "2024-01"]


def test_one_meeting_told_by_two_verbs_stays_one() -> None:
    found = consults(INTRO + "Ruto and Hassan met on Monday and talked for three hours about the border.")
    assert [p for p, _d in found].count(RUTO_HASSAN) == 1


def test_a_contact_with_a_new_partner_told_by_another_verb_counts() -> None:
    found = consults("Kenyan President William Ruto, who spoke to Ugandan President Yoweri "
                     "Museveni on Friday, will host Tanzanian President Samia Suluhu Hassan in "
                     "Nairobi on Sunday.")
    pairs = [p for p, _d in found]
    assert {"William Ruto", "Yoweri Museveni"} in pairs and RUTO_HASSAN in pairs
    # who takes part beside the actor is no partner of a contact of its own
    found = consults("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan "
                     "held talks with Ugandan President Yoweri Museveni on Friday in Kampala.")
    assert RUTO_HASSAN not in [p for p, _d in found]


def test_a_clause_of_time_on_a_noun_of_intent_tells_a_fact() -> None:
    # "call" also reads as an appeal (a noun of intent): the clause of its time is what happened
    found = analyze_text(INTRO + "The thaw began with a call on March 18, when the two leaders "
                         "spoke for the first time in weeks and agreed to meet in Arusha.",
                         published="2024-06-01").events
    kinds = {(e.type, frozenset((e.actor, e.target))) for e in found}
    assert ("CONSULT", frozenset(RUTO_HASSAN)) in kinds and ("AGREE", frozenset(RUTO_HASSAN)) in kinds
    # what a plan foresees stays unreal
    found = analyze_text(INTRO + "Diplomats drew up a plan for a summit, where the two presidents "
                         "would sign a border treaty.", published="2024-06-01").events
    assert not [e for e in found if e.type == "AGREE"]


def pairs(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target)
            for e in analyze_text(text, published="2024-06-01").events}


def test_a_traveller_received_or_met_in_the_passive() -> None:
    # a passive joined to the arrival is about the one who arrived
    assert ("CONSULT", "Yoweri Museveni", "William Ruto") in pairs(
        "Kenyan President William Ruto arrived on Wednesday and was met at the airport by "
        "Ugandan President Yoweri Museveni.")
    # a person received, named by a pronoun; a second by-phrase names a second host
    found = pairs("Kenyan President William Ruto flew to Kampala on Monday. He was received by "
                  "Prime Minister Robinah Nabbanja and later by President Yoweri Museveni at "
                  "the State House.")
    assert ("CONSULT", "Yoweri Museveni", "William Ruto") in found
    # a thing received is no meeting
    assert not [p for p in pairs("Kenyan President William Ruto wrote to Museveni on Monday. "
                                 "It was received by his office on Tuesday.")
                if p[0] == "CONSULT"]


def test_time_spent_talking_is_a_meeting() -> None:
    assert ("CONSULT", "William Ruto", "Yoweri Museveni") in pairs(
        "For the second time this month, President William Ruto and President Yoweri Museveni "
        "spent close to an hour talking about the border.")
    assert ("CONSULT", "William Ruto", "Yoweri Museveni") in pairs(
        "Kenyan President William Ruto spent most of the day in talks with Ugandan President "
        "Yoweri Museveni.")
    # time spent somewhere, or in talks with no one named, is no meeting
    assert not pairs("Kenyan President William Ruto spent three days in Paris.")
    assert not pairs("Kenyan President William Ruto spent the morning talking about the budget.")


def test_an_act_aimed_at_a_name_no_one_knows_is_not_the_exchange_partners() -> None:
    # the other side of the meeting told before is no target of an act that names its own
    found = pairs(INTRO + "Ruto met Hassan in Arusha on Monday.\n\nRuto accused the West of "
                  "meddling in the region.")
    assert ("ACCUSE", "William Ruto", "Samia Suluhu Hassan") not in found
    # a pronoun object still takes up the partner
    found = pairs(INTRO + "Ruto met Hassan in Arusha on Monday.\n\nRuto accused her of "
                  "meddling in the region.")
    assert ("ACCUSE", "William Ruto", "Samia Suluhu Hassan") in found


def test_a_second_party_met_with_the_verb_left_out() -> None:
    found = pairs("Kenyan President William Ruto met Ugandan President Yoweri Museveni on Tuesday "
                  "and Tanzanian President Samia Suluhu Hassan the same day.")
    assert ("CONSULT", "William Ruto", "Yoweri Museveni") in found
    assert ("CONSULT", "William Ruto", "Samia Suluhu Hassan") in found
    # a date joined to a date is no party
    found = pairs("Kenyan President William Ruto met Ugandan President Yoweri Museveni on Tuesday "
                  "and Wednesday.")
    assert {p for p in found if p[0] == "CONSULT"} == {
        ("CONSULT", "William Ruto", "Yoweri Museveni")}


def test_a_pair_met_again_with_the_verb_left_out() -> None:
    found = consults(INTRO + "Ruto and Hassan met in Arusha in March to sign a border accord, "
                     "and again in Nairobi in April.")
    assert (RUTO_HASSAN, "2024-03") in found and (RUTO_HASSAN, "2024-04") in found
    # a meeting again told by its own verb is that verb's (here a plan), not a second meeting
    found = consults(INTRO + "Ruto and Hassan met in Arusha in March and said they would meet "
                     "again in April.")
    assert found == [(RUTO_HASSAN, "2024-03")]


def test_seeing_a_person_one_travelled_to_is_a_meeting() -> None:
    assert ("CONSULT", "William Ruto", "Yoweri Museveni") in pairs(
        "Kenyan President William Ruto came to the Ugandan capital to see Yoweri Museveni.")
    # seeing a thing, or seeing someone as something, is none
    assert ("CONSULT", "William Ruto", "Yoweri Museveni") not in pairs(
        "Kenyan President William Ruto went to Kampala to see Yoweri Museveni's plan for "
        "himself.")
    assert not [p for p in pairs("Kenyan President William Ruto sees Yoweri Museveni as a "
                                 "rival.") if p[0] == "CONSULT"]


def test_being_in_contact_with_a_party_is_a_contact() -> None:
    assert ("CONSULT", "William Ruto", "Samia Suluhu Hassan") in pairs(
        INTRO + "Officials said Ruto had been in contact with Hassan before travelling to "
        "Kampala.")
    # contact with one's own relatives or with the press is none
    assert not pairs(INTRO + "Ruto has been in contact with his lawyers.")


def test_tea_taken_with_a_party_is_a_meeting() -> None:
    assert ("CONSULT", "William Ruto", "Yoweri Museveni") in pairs(
        "In the afternoon Kenyan President William Ruto and his wife took tea with Ugandan "
        "President Yoweri Museveni at State House.")
    # tea taken alone, or traded, is none
    assert not pairs("Kenyan President William Ruto took tea at his hotel.")
    assert not [p for p in pairs("Kenya sells tea to Uganda.") if p[0] == "CONSULT"]


def test_an_object_pronoun_takes_up_the_person_named_in_its_own_sentence() -> None:
    found = pairs("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on "
                  "Monday. Uganda's president, Yoweri Museveni, who received Ruto separately, "
                  "warned him that any attack on the lake would harm the whole region.")
    assert ("THREATEN", "Yoweri Museveni", "William Ruto") in found
    assert ("THREATEN", "Yoweri Museveni", "Samia Suluhu Hassan") not in found
