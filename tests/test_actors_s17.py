"""Actor resolution, session 17: mechanisms found on written dev13 and the leftovers of session
16, shown on sentences written for these tests (other wording, other actors)."""

from tests.text_analysis import actor_mentions_of as mentions
from tests.text_analysis import group_readings as group

# --- "the President" after a president the gazetteer does not know

def test_the_president_after_an_unknown_titled_president_is_that_president() -> None:
    text = ("President Elena Varga of Moldavia arrived in Paris on Wednesday. The President "
            "told reporters that her country wanted closer ties with the European Union.")
    found = mentions(text, "2031-04-03")
    assert ("The President", "Elena Varga") in found
    assert ("her", "Elena Varga") in found


def test_the_president_with_a_demonym_title_is_that_president() -> None:
    text = ("Moldovan President Tomas Reyes met European officials in Brussels on Wednesday. "
            "The president said his government would hold elections next year.")
    assert ("The president", "Tomas Reyes") in mentions(text, "2024-04-03")


def test_the_president_after_a_vice_president_stays_unread_as_him() -> None:
    text = ("Vice President Tomas Reyes of Costa Verde met European officials in Brussels. "
            "The president will visit in May.")
    assert ("The president", "Tomas Reyes") not in mentions(text, "2024-04-03")


# --- "the two leaders" beside the pair of the same sentence

def test_the_two_leaders_after_a_host_and_guest_in_the_sentence_are_that_pair() -> None:
    text = ("Zelensky met Macron in Paris on Thursday. The two leaders signed a security pact. "
            "On Friday, Meloni hosted Polish President Andrzej Duda in Rome, where the two "
            "leaders discussed grain imports.")
    assert group(text, "2024-03-01", "the two leaders") == [
        ["Emmanuel Macron", "Volodymyr Zelensky"], ["Andrzej Duda", "Giorgia Meloni"]]


def test_the_two_leaders_after_one_named_in_passing_stay_the_pair_of_the_article() -> None:
    text = ("Zelensky met Macron in Paris on Thursday. The two leaders signed a security pact. "
            "Meloni said Rome would follow. Later the two leaders visited a hospital.")
    assert group(text, "2024-03-01", "the two leaders")[-1] == [
        "Emmanuel Macron", "Volodymyr Zelensky"]


# --- "both men" past a person named only as the owner of a thing

def test_both_men_past_a_person_named_only_as_an_owner_are_the_pair_who_met() -> None:
    text = ("Scholz met Macron in Berlin on Monday. Scholz repeated Biden's offer of talks "
            "with Beijing. Both men said they wanted calm.")
    assert group(text, "2024-03-01", "Both men") == [["Emmanuel Macron", "Olaf Scholz"]]


def test_both_men_after_a_new_pair_stays_that_pair() -> None:
    text = ("Scholz met Macron in Berlin on Monday. On Tuesday Biden met Trudeau in Ottawa. "
            "Both men said they wanted calm.")
    assert group(text, "2024-03-01", "Both men") == [["Joe Biden", "Justin Trudeau"]]


# --- "it" as a party's subject

def test_it_after_the_government_said_is_the_government() -> None:
    text = ("Floods hit southern Pakistan on Sunday. The government said 40 people had died. "
            "It urged residents to move to higher ground.")
    assert ("It", "Pakistan") in mentions(text, "2024-04-03")


def test_it_joined_to_a_clause_of_a_capital_is_that_state() -> None:
    text = "Berlin and Paris agreed the plan without Warsaw. Warsaw was not consulted, and it " \
           "protested loudly."
    assert ("it", "Poland") in mentions(text, "2024-04-03")


def test_it_after_a_ministry_of_a_state_is_that_state() -> None:
    text = ("Ghana's finance ministry said on Monday that talks with creditors had stalled. "
            "It accused bondholders of delaying a deal.")
    assert ("It", "Ghana") in mentions(text, "2024-04-03")


def test_it_that_does_no_act_is_no_party() -> None:
    text = ("The government of Peru said on Monday that the talks had stalled. It is not clear "
            "when they will resume.")
    assert not [m for m in mentions(text, "2024-04-03") if m[0] == "It"]


def test_it_after_a_person_is_no_party() -> None:
    text = "Petro said the plan had failed. It wants a new deal."
    assert not [m for m in mentions(text, "2024-04-03") if m[0] == "It"]


# --- "the administration"

def test_the_administration_is_the_state_of_the_president_named() -> None:
    text = ("Biden met Zelensky at the White House on Tuesday. The administration announced a "
            "new package of military aid for Ukraine.")
    assert ("The administration", "United States") in mentions(text, "2024-03-01")


def test_the_administration_of_a_territory_is_no_president_s() -> None:
    text = ("Biden met Abbas in Bethlehem on Tuesday. He said the administration of Gaza "
            "after the war was a matter for Palestinians.")
    assert not [m for m in mentions(text, "2024-03-01") if m[0].startswith("the administration")]


# --- a pronoun in what an unnamed person says

def test_his_in_what_an_unnamed_diplomat_said_is_not_a_named_leader() -> None:
    text = ("Trump met Erdogan in Washington on Monday. A senior European diplomat said his "
            "government had hoped Trump would raise the detained journalists.")
    assert not [m for m in mentions(text, "2019-11-13") if m[0] == "his"]


def test_he_in_what_a_spokesman_said_is_the_one_served() -> None:
    text = ("Putin flew to Beijing on Monday. Putin's spokesman said he would meet Xi on "
            "Tuesday.")
    assert ("he", "Vladimir Putin") in mentions(text, "2024-05-13")


def test_him_asked_by_a_reporter_is_still_read() -> None:
    text = ("Macron sat beside Scholz before their talks. A reporter asked him whether he "
            "would raise the budget.")
    found = mentions(text, "2024-05-13")
    assert [who for said, who in found if said == "him"]


# --- given names of one gender

def test_a_woman_named_by_an_eastern_european_given_name_is_not_he() -> None:
    text = ("Zelensky met Scholz in Berlin on Friday. \"This was a visit to remember,\" said "
            "Oksana Hrytsenko, an analyst in Lviv. \"He came with money, not only with "
            "promises.\"")
    assert ("He", "Oksana Hrytsenko") not in mentions(text, "2024-01-12")


def test_winston_is_a_man_s_name() -> None:
    from readout.analyze.speakers import given_gender

    assert given_gender("Winston Moyo") == "m"
    assert given_gender("Olena Marchuk") == "f"
    assert given_gender("Priti Patel") == "f"

