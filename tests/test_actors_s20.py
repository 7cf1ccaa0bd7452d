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
