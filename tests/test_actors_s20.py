"""Actor resolution, session 20: mechanisms found on written dev16 and dev15, shown on sentences
written for these tests (other wording, other actors)."""

from tests.text_analysis import actor_mentions_of as mentions
from tests.text_analysis import group_readings as group

# --- a reflexive or object pronoun under an infinitive: whoever the infinitive's verb sets


def test_himself_after_an_infinitive_is_the_object_set_to_act() -> None:
    text = "Chancellor Olaf Scholz urged President Emmanuel Macron to visit Kyiv himself."
    assert ("himself", "Emmanuel Macron") in mentions(text, "2023-05-02")


def test_herself_in_a_that_clause_is_the_object_of_its_verb() -> None:
    text = ("Senator Claire McCaskill said she would have preferred Governor Laura Kelly to come "
            "to Topeka herself.")
    assert ("herself", "Laura Kelly") in mentions(text, "2023-05-02")


def test_him_under_an_infinitive_is_not_the_one_set_to_act() -> None:
    text = ("Chancellor Olaf Scholz met President Emmanuel Macron. Scholz asked Macron to call "
            "him later.")
    assert ("him", "Olaf Scholz") in mentions(text, "2023-05-02")


# --- the teller of "the two leaders" who took part in a call of his own may be one of them

def test_a_teller_who_called_someone_before_is_no_bystander() -> None:
    text = ("Estonia's President Alar Karis telephoned Vladimir Putin on Saturday. Prime "
            "Minister Kaja Kallas backed the plan. Turkish President Recep Tayyip Erdogan said "
            "Turkey would object. Foreign Minister Urmas Reinsalu met Turkey's Mevlüt Çavuşoğlu "
            "in Riga on Friday. Karis told reporters that Erdogan had been supportive when the "
            "two leaders spoke by phone last month.")
    assert group(text, "2022-05-15", "the two leaders") == [["Alar Karis",
                                                             "Recep Tayyip Erdoğan"]]


def test_a_spokeswoman_is_still_a_bystander_to_the_pair_she_tells_of() -> None:
    text = ("President Emmanuel Macron met Chancellor Olaf Scholz in Paris. A government "
            "spokeswoman, Anna Lindqvist, said the two leaders had agreed on the budget.")
    assert group(text, "2023-05-02", "the two leaders") == [["Emmanuel Macron", "Olaf Scholz"]]


# --- heads of government the gazetteer lacked

def test_the_two_leaders_are_the_prime_minister_and_president_named_together() -> None:
    text = ("Aleksandar Vučić and Avdullah Hoti met in Brussels on Monday with Josep Borrell. "
            "Borrell said both leaders should keep up the momentum.")
    assert group(text, "2020-09-08", "both leaders") == [["Aleksandar Vučić", "Avdullah Hoti"]]


def test_a_bare_title_is_the_holder_the_gazetteer_now_knows() -> None:
    found = mentions("The Jamaican prime minister opened the talks in Kingston.", "2024-03-11")
    assert any(actor == "Andrew Holness" for _, actor in found)


# --- a body's name of common words owned by someone else is the owner's body

def test_a_church_general_assembly_is_not_the_un_one() -> None:
    found = mentions("The Presbyterian Church's General Assembly voted on Thursday to divest.",
                     "2023-06-01")
    assert not any(actor == "UN General Assembly" for _, actor in found)


def test_the_un_general_assembly_owned_by_the_un_stays() -> None:
    found = mentions("The UN's General Assembly voted on Friday.", "2023-06-01")
    assert ("General Assembly", "UN General Assembly") in found


def test_a_party_name_owned_by_a_leader_of_another_state_is_not_the_filed_party() -> None:
    text = ("Danish Prime Minister Mette Frederiksen spoke on Friday. Denmark is moving in "
            "step. Frederiksen's Social Democrats were to decide their position on Sunday.")
    found = mentions(text, "2022-05-15")
    assert ("Frederiksen", "Mette Frederiksen") in found
    assert not any(actor == "SPD" for _, actor in found)


# --- Georgia the American state

def test_georgia_joined_with_texas_is_the_american_state() -> None:
    found = mentions("Hyundai is building plants in Georgia and Texas, and Seoul wants relief.",
                     "2023-04-28")
    assert not any(actor == "Georgia" for _, actor in found)


def test_georgia_with_its_governor_and_atlanta_is_the_american_state() -> None:
    text = ("Governor Brian Kemp said Georgia would appeal. The ruling angered Atlanta "
            "officials, and Georgia's senators asked for a review.")
    assert not any(actor == "Georgia" for _, actor in mentions(text, "2023-06-01"))


def test_georgia_with_its_own_president_stays_the_country() -> None:
    text = ("Georgia's President Salome Zourabichvili met Emmanuel Macron. Georgia's governor "
            "of the central bank resigned.")
    assert ("Georgia", "Georgia") in mentions(text, "2023-06-01")


# --- the government of the state a sentence is set in

def test_the_military_government_after_in_a_state_is_that_states() -> None:
    text = ("In Guinea, France agreed to close its base after the military government ended "
            "the treaty.")
    assert ("the military government", "Guinea") in mentions(text, "2024-07-08")


# --- the host told by a verb of hosting

def test_his_host_is_the_one_who_hosted_the_summit() -> None:
    text = ("Leaders of eight countries met in the city of Belém for a summit hosted by "
            "President Luiz Inácio Lula da Silva. Colombia's President Gustavo Petro said "
            "governments that kept drilling were in denial, a remark read as aimed at his host.")
    assert ("host", "Luiz Inácio Lula da Silva") in mentions(text, "2023-08-09")


def test_his_host_is_the_one_who_received_him() -> None:
    text = ("President Cyril Ramaphosa received Prime Minister Narendra Modi in Pretoria. Modi "
            "thanked his host for the welcome.")
    assert ("host", "Cyril Ramaphosa") in mentions(text, "2023-08-22")


# --- a word that only qualifies a plural noun of people is no person

def test_a_faith_before_activists_is_no_person() -> None:
    found = mentions("Albanese presses Modi over Sikh activists at summit", "2023-09-10")
    assert not any(text == "Sikh" for text, _ in found)


# --- a headline's surname the tagger took for a verb, yet the subject

def test_a_headline_surname_tagged_as_a_verb_is_the_person_named_in_full() -> None:
    text = ("Modi presses Sunak over fugitives at summit\n\nPrime Minister Narendra Modi raised "
            "the issue with Rishi Sunak on Friday.")
    assert mentions(text, "2023-05-24")[0] == ("Modi", "Narendra Modi")


# --- "the leaders" after a list of three or more leaders named together

def test_the_leaders_after_a_host_and_a_list_of_guests_are_all_of_them() -> None:
    text = ("Kenyan President Uhuru Kenyatta received Uganda's Yoweri Museveni, Rwanda's Paul "
            "Kagame and Tanzania's John Magufuli at State House. The leaders agreed to meet "
            "again in Arusha.")
    assert group(text, "2019-06-01", "the leaders") == [
        ["John Magufuli", "Paul Kagame", "Uhuru Kenyatta", "Yoweri Museveni"]]


def test_the_leaders_after_no_list_stay_the_latest_two() -> None:
    text = ("Kenyan President Uhuru Kenyatta met Uganda's Yoweri Museveni. Paul Kagame and John "
            "Magufuli stayed home. The leaders agreed to meet again in Arusha.")
    assert group(text, "2019-06-01", "the leaders") == [["John Magufuli", "Paul Kagame"]]


def test_a_body_owned_by_a_day_is_the_body_itself() -> None:
    found = mentions("They discussed tomorrow's Ukraine Defense Contact Group in Ramstein.",
                     "2023-01-19")
    assert ("Ukraine Defense Contact Group", "Ukraine Defense Contact Group") in found
