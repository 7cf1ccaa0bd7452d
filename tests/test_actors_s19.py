"""Actor resolution, session 19: mechanisms found on written dev14 and dev15, shown on sentences
written for these tests (other wording, other actors)."""

from tests.text_analysis import actor_mentions_of as mentions
from tests.text_analysis import group_readings as group

# --- a shortened name of three generations

def test_a_name_that_opens_a_longer_name_of_the_article_is_that_person() -> None:
    text = ("Jubaland's leader Ahmed Mohamed Islam met Abdi Warsame Yusuf, the governor of "
            "Gedo, in Kismayo on Friday. Abdi Warsame said the road would reopen.")
    assert ("Abdi Warsame", "Abdi Warsame Yusuf") in mentions(text, "2024-03-05")


def test_a_father_is_not_the_son_named_with_a_suffix() -> None:
    text = ("Jesse Jackson Jr. pleaded guilty on Friday. He had backed the campaign of his "
            "father, the Rev. Jesse Jackson, in 1988. Jesse Jackson said he was proud.")
    found = mentions(text, "2013-02-20")
    assert ("Rev. Jesse Jackson", "Jesse Jackson") in found
    assert ("Jesse Jackson", "Jesse Jackson") in found


# --- the one who acts on the pair is not one of it

def test_the_subject_acting_on_the_two_leaders_is_not_one_of_them() -> None:
    text = ("When Cyril Ramaphosa stood between Paul Kagame and Felix Tshisekedi in Pretoria "
            "on Tuesday, he said the deal was historic. Ramaphosa spent the morning with the "
            "two leaders before their joint statement. Analysts said Ramaphosa had offered "
            "both men a way out of the crisis.")
    pairs = group(text, "2024-03-05", "the two leaders") + group(text, "2024-03-05", "both men")
    assert pairs == [["Felix Tshisekedi", "Paul Kagame"]] * 2


def test_the_two_leaders_as_subject_keep_the_pair_named_together() -> None:
    text = ("Cyril Ramaphosa hosted Paul Kagame and Felix Tshisekedi in Pretoria on Tuesday. "
            "Kagame met Tshisekedi in private. The two leaders agreed on a ceasefire.")
    assert group(text, "2024-03-05", "the two leaders") == [["Felix Tshisekedi", "Paul Kagame"]]


# --- the chief of a ministry is its minister

def test_the_chief_of_a_defence_or_foreign_ministry_is_its_minister() -> None:
    text = ("Grant Shapps flew to Tallinn on Monday. The Ministry of Defence chief said the "
            "alliance would hold. In Moscow, the head of the Russian Foreign Ministry met "
            "envoys from Africa.")
    found = mentions(text, "2024-03-05")
    assert ("chief", "Grant Shapps") in found
    assert ("the head", "Sergey Lavrov") in found


# --- dev15: ranks, an apposed leader, places, labels, bodies, a delegation's leader, a pair

def test_a_rank_written_out_is_no_part_of_the_name() -> None:
    text = ("Lieutenant Colonel Paul-Henri Damiba received Colonel Mamadi Doumbouya in "
            "Ouagadougou. Colonel Doumbouya said the talks went well.")
    found = mentions(text, "2022-05-10")
    assert ("Colonel Mamadi Doumbouya", "Mamadi Doumbouya") in found
    assert ("Colonel Doumbouya", "Mamadi Doumbouya") in found
    assert ("Lieutenant Colonel Paul-Henri Damiba", "Paul-Henri Damiba") in found


def test_a_leader_apposed_to_a_ranked_name_is_that_person() -> None:
    # the gazetteer's head of government of Niger on the day is not the one apposed
    text = ("Niger's leader, General Abdourahamane Tiani, received Chad's Mahamat Deby in "
            "Niamey on Saturday.")
    found = mentions(text, "2024-07-08")
    assert ("leader", "Abdourahamane Tchiani") in found
    assert not any(actor == "Ali Mahaman Lamine Zeine" for _, actor in found)


def test_a_state_opening_the_name_of_a_sea_or_peninsula_is_no_party() -> None:
    text = ("Destroyers sailed through the Taiwan Strait into the South China Sea, and talks "
            "on the Korean Peninsula stalled. Japan said it was watching.")
    actors = {actor for _, actor in mentions(text, "2024-07-08")}
    assert actors == {"Japan"}


def test_a_region_or_forest_is_no_actor() -> None:
    text = ("Ministers of the South Pacific met in Apia, where Pacific leaders spoke first. "
            "Brazil and Peru, the Amazon countries, signed a pact, and the Amazon summit "
            "closed.")
    actors = {actor for _, actor in mentions(text, "2024-07-08")}
    assert not actors & {"South Pacific", "Pacific", "Amazon"}, actors
    assert {"Brazil", "Peru"} <= actors


def test_a_company_keeps_its_name_where_the_forest_is_not_told() -> None:
    assert ("Amazon", "Amazon") in mentions("Amazon cut 900 jobs in Seattle.", "2024-07-08")


def test_section_labels_and_mass_are_no_people() -> None:
    text = ("Kenya hosts talks\n\nBackground: a long dispute\n\nPresident William Ruto "
            "attended Mass in Nairobi. After Mass, Ruto met the envoys. Analysis: a hard road.")
    actors = {actor for _, actor in mentions(text, "2024-07-08")}
    assert not actors & {"Background", "Mass", "Analysis"}, actors


def test_a_name_after_the_kind_of_body_is_no_person() -> None:
    text = ("Chile's state copper company Codelco will expand its mine, and the campaign "
            "group Avaaz said it would sue.")
    actors = {actor for _, actor in mentions(text, "2024-07-08")}
    assert not actors & {"Codelco", "Avaaz"}, actors


def test_he_after_a_delegation_a_person_led_is_that_person() -> None:
    text = ("Macron spoke in Paris on Monday. London sent a team headed by Foreign Secretary "
            "David Cameron to Kyiv, where he held talks with Zelensky.")
    assert ("he", "David Cameron") in mentions(text, "2024-01-05")


def test_the_two_secretaries_are_the_two_secretaries_named() -> None:
    text = ("Defense Secretary Lloyd Austin and Secretary of State Antony Blinken flew to "
            "Warsaw on Monday, where the two secretaries announced new aid.")
    assert group(text, "2022-04-26", "the two secretaries") == [["Antony Blinken",
                                                                 "Lloyd Austin"]]


def test_their_counterparts_are_the_holders_of_each_owners_office() -> None:
    text = "Blinken and Austin met their Japanese counterparts in Tokyo on Monday."
    assert group(text, "2024-07-26", "Japanese counterparts") == [["Minoru Kihara",
                                                                   "Yoko Kamikawa"]]


def test_the_archbishop_of_canterbury_is_no_body() -> None:
    text = ("The Archbishop of Canterbury said the churches would keep talking, and the "
            "Patriarch of Moscow disagreed.")
    assert not any("Archbishop" in actor or "Patriarch" in actor
                   for _, actor in mentions(text, "2023-02-04"))
