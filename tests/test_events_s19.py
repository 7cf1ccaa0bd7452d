"""Event rules, twelfth round (nineteenth session, task events12): mechanisms found reading
the dev15 articles, each shown on the project's own sentences (other wording, other parties)
with the readings that must stay as they were."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text
from tests.text_analysis import event_triples as triples


def test_a_military_rank_written_out_is_no_part_of_the_name() -> None:
    found = triples("Chad's president, General Mahamat Deby, received Colonel Mamady Doumbouya "
                    "of Guinea in N'Djamena.")
    assert ("CONSULT", "Mahamat Idriss Déby", "Mamady Doumbouya") in found
    assert not {t for t in found if "Colonel Mamady Doumbouya" in t}
    found = triples("Captain Ibrahim Traoré met Senegal's President Macky Sall in Dakar.")
    assert ("CONSULT", "Ibrahim Traoré", "Macky Sall") in found


def test_a_rank_before_the_name_apposed_to_a_post_does_not_hide_the_name() -> None:
    # the post alone would go to the gazetteer's holder (Niger's prime minister), but the
    # article names its leader between commas, a rank before the name
    found = triples("Niger's leader, General Abdourahamane Tiani, received Ibrahim Traoré of "
                    "Burkina Faso in Niamey.")
    assert ("CONSULT", "Abdourahamane Tchiani", "Ibrahim Traoré") in found
    assert not {t for t in found if "Ali Mahaman Lamine Zeine" in t}
    found = triples("Guinea's president, Colonel Mamady Doumbouya, met Senegal's president "
                    "Macky Sall in Dakar.")
    assert ("CONSULT", "Mamady Doumbouya", "Macky Sall") in found


def test_he_in_a_clause_hung_on_a_main_clause_with_no_person_subject_is_the_one_named() -> None:
    found = triples("Putin spoke to Erdogan on Monday. He thanked him. Berlin dispatched a team "
                    "headed by the envoy Jens Plötner to Kyiv, where he held talks with President "
                    "Volodymyr Zelensky.")
    assert ("CONSULT", "Jens Plötner", "Volodymyr Zelensky") in found
    assert ("CONSULT", "Vladimir Putin", "Volodymyr Zelensky") not in found
    # a person subject of the main clause is still who 'he' continues
    found = triples("Macron met Scholz in Berlin on Monday. On Tuesday Macron flew to Warsaw, "
                    "where he held talks with President Andrzej Duda.")
    assert ("CONSULT", "Emmanuel Macron", "Andrzej Duda") in found


def test_fighting_an_ill_is_no_attack() -> None:
    found = triples("The five states signed a charter creating a task force to fight drug "
                    "trafficking.")
    assert not {t for t in found if t[0] == "ASSAULT"}
    found = triples("Kenya and Tanzania launched a joint programme to combat poaching.")
    assert not {t for t in found if t[0] == "ASSAULT"}
    # fighting a party stays an attack
    assert ("ASSAULT", "Kenya", "al-Shabaab") in triples("Kenya's army will fight al-Shabaab "
                                                         "in Somalia.")
    assert ("ASSAULT", "Ukraine", "Russia") in triples("Ukrainian forces fought Russian troops "
                                                       "near Bakhmut.")


def test_a_region_after_the_is_no_person_for_the_role_beside_it() -> None:
    # "…, the last stop of a tour of the South Pacific, Australia's foreign minister …": the
    # role belongs to the subject to come, not to the region set before it
    analysis = analyze_text("When Penny Wong landed in Nuku'alofa last Friday, the last stop of "
                            "a week-long tour of the South Pacific, Australia's foreign minister "
                            "carried a new aid package. She met Tonga's prime minister on "
                            "Saturday, and Pacific leaders praised the package.",
                            published="2024-03-04")
    assert "South Pacific" not in {a.name for a in analysis.actors}
    assert not {e for e in analysis.events if e.actor == "South Pacific"}
    # a name beside a role with no article before it stays a person
    found = triples("Merkel's chief of staff, Helge Braun, met Poland's president Andrzej Duda "
                    "in Warsaw.")
    assert any(t[0] == "CONSULT" and t[1] == "Helge Braun" for t in found)


def test_each_guest_with_a_place_of_their_own_is_received() -> None:
    # the parse hangs the second guest on the first one's place ("of Ethiopia and …")
    found = triples("Ruto hosted Prime Minister Abiy Ahmed of Ethiopia and President Samia "
                    "Suluhu Hassan of Tanzania in Nairobi.")
    assert ("CONSULT", "William Ruto", "Abiy Ahmed") in found
    assert ("CONSULT", "William Ruto", "Samia Suluhu Hassan") in found
    # a second place is no second guest
    found = triples("Blinken met Lavrov of Russia and China in Bali.")
    assert ("CONSULT", "Antony Blinken", "China") not in found


def test_leaders_meeting_among_themselves_do_not_meet_the_one_they_ask() -> None:
    found = triples("The European Union's leaders meeting in Brussels asked Norway's prime "
                    "minister to mediate.")
    assert ("REQUEST", "European Union", "Jonas Gahr Støre") in found
    assert ("CONSULT", "European Union", "Jonas Gahr Støre") not in found
    # a meeting of the two stays their exchange
    found = triples("At their meeting in Brussels, Scholz asked Macron to back the plan.")
    assert ("CONSULT", "Olaf Scholz", "Emmanuel Macron") in found


def test_a_host_of_a_gathering_still_to_come_meets_no_earlier_guest() -> None:
    found = triples("Erdogan and Aliyev met in Baku on Monday. Azerbaijan will host next year's "
                    "summit.", published="2024-06-05")
    assert not {t for t in found if t[1] == "Azerbaijan"}
    # hosting the talks just told is meeting their parties
    found = triples("Ruto met Museveni in Kampala on Monday. Kenya will host the talks.",
                    published="2024-06-05")
    assert ("CONSULT", "Kenya", "Museveni") in found


def test_the_two_governments_asked_are_the_two_named_before_not_the_asker() -> None:
    found = triples("India and Pakistan exchanged fire on Sunday. The United States asked both "
                    "governments to step back.")
    assert ("REQUEST", "United States", "India") in found
    assert ("REQUEST", "United States", "Pakistan") in found
    found = triples("Armenia and Azerbaijan clashed on the border. Russia called on the two "
                    "countries to show restraint.")
    assert ("REQUEST", "Russia", "Armenia") in found
    assert ("REQUEST", "Russia", "Azerbaijan") in found


def test_states_that_recognise_another_are_described_not_acting() -> None:
    found = triples("Ministers from the twelve states that recognise Taiwan met in Taipei.")
    assert not {t for t in found if t[0] == "SUPPORT"}
    assert ("SUPPORT", "Ghana", "Kosovo") in triples("Ghana recognised Kosovo on Monday.")


def test_it_to_be_recognised_is_the_state_named_before() -> None:
    assert ("REJECT", "Serbia", "Kosovo") in triples(
        "Kosovo declared independence in 2008. Serbia has refused to recognise it.")
    # a truce told after the state is what 'it' stands for
    found = triples("Israel and Hamas agreed a truce on Monday, but Iran would not recognise "
                    "it.")
    assert ("REJECT", "Iran", "Israel") not in found


def test_missiles_fired_at_a_pace_or_on_a_day_are_a_launch_not_an_attack() -> None:
    for text in ("Iran has fired missiles at an unprecedented rate this year.",
                 "North Korea fired two ballistic missiles on Sunday."):
        found = triples(text)
        assert not {t for t in found if t[0] == "ASSAULT"}, text
        assert {t for t in found if t[0] == "MOBILIZE"}, text
    assert ("ASSAULT", "North Korea", "Japan") in triples("North Korea fired missiles at Japan.")
    # rockets fired are an attack, with or without a target named
    assert {t for t in triples("Hamas fired rockets on Sunday.") if t[0] == "ASSAULT"}


def test_reaffirming_what_one_would_do_is_a_pledge() -> None:
    found = triples("Turkey reaffirmed that it would keep its troops in Cyprus.")
    assert ("AGREE", "Turkey", None) in found
    assert not {t for t in found if t[0] == "SUPPORT"}
    # reaffirmed support stays support
    assert ("SUPPORT", "India", None) in triples("India reaffirmed its support for the treaty.")



def test_calling_off_ones_own_trip_or_meeting_is_a_rejection() -> None:
    # PLOVER manual: "Cancellation of meetings are REJECT"
    assert ("REJECT", "Joe Biden", "Vladimir Putin") in triples(
        "Biden cancelled his meeting with Putin.")
    found = triples("Nicolás Maduro cancelled his trip to Brasília at the last minute.")
    assert {t for t in found if t[0] == "REJECT" and t[1] == "Nicolás Maduro"}
    assert not {t for t in found if t[0] == "SANCTION"}
    # a deal scrapped still cuts relations
    assert ("SANCTION", "Mexico", "Guatemala") in triples(
        "Mexico scrapped the gas contract with Guatemala on Friday.")


def test_an_accord_signed_while_meeting_is_signed_with_the_one_met() -> None:
    assert ("SUPPORT", "Narendra Modi", "Anthony Albanese") in triples(
        "Modi met Albanese in Sydney on Tuesday, signing a migration agreement.")
    assert ("SUPPORT", "Emmanuel Macron", "Olaf Scholz") in triples(
        "Macron held talks with Scholz in Berlin, signing a defence pact.")


def test_confirming_a_hostile_step_is_no_pledge() -> None:
    found = triples("NATO confirmed on Tuesday it would tighten the naval blockade of Libya.")
    assert not {t for t in found if t[0] == "AGREE"}
