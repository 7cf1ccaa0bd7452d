"""Events of the kinds the written development news (tests/gold/written_events_dev.json) showed
missing in whole diplomacy articles: a visit or summit called off, time spent with another
party and a handshake (meetings), objections raised, the two sides of one mutual act found
apart ('They also agreed ...', 'talks between Ethiopian and Eritrean officials'), and the host
of such talks. Every sentence here is the project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def tuples(text: str, published: str = "2023-04-12") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def test_a_visit_called_off_is_a_rejection_not_a_request() -> None:
    found = tuples("Macron called off his visit to Algeria after the dispute.")
    assert ("REJECT", "Emmanuel Macron", "Algeria") in found
    assert not any(e[0] == "REQUEST" for e in found)
    assert any(e[:2] == ("REJECT", "Emmanuel Macron") for e in tuples(
        "Macron called the summit off on Friday."))


def test_time_spent_with_another_party_is_a_meeting() -> None:
    assert ("CONSULT", "Emmanuel Macron", "Olaf Scholz") in tuples(
        "Macron spent two hours with Scholz at the chancellery.")
    assert ("CONSULT", "Emmanuel Macron", "Olaf Scholz") in tuples(
        "Macron and Scholz spent the evening together in Aachen.")
    assert not tuples("Macron spent three days in Paris.")


def test_a_handshake_is_a_meeting() -> None:
    assert ("CONSULT", "Emmanuel Macron", "Olaf Scholz") in tuples(
        "Macron shook hands with Scholz.")


def test_objections_raised_are_criticism_of_their_object() -> None:
    assert ("ACCUSE", "Emmanuel Macron", "Algeria") in tuples(
        "Macron had raised objections to Algeria's visa policy.")
    assert ("AGREE", "Germany", None) in tuples("Germany has no objection to the plan.")


def test_two_sides_of_one_mutual_act_are_each_others_party() -> None:
    found = tuples("Ethiopia and Eritrea signed a peace deal in July. They also agreed to reopen "
                   "their embassies.")
    assert ("AGREE", "Ethiopia", "Eritrea") in found
    assert ("AGREE", "Ethiopia", None) not in found


def test_separate_agreements_are_not_paired() -> None:
    found = tuples("Kenya agreed to the plan and Uganda agreed to the timetable.")
    assert ("AGREE", "Kenya", "Uganda") not in found


def test_the_host_of_talks_between_two_sides() -> None:
    found = tuples("Qatar hosted three rounds of talks between Ethiopian and Eritrean officials.")
    assert ("CONSULT", "Ethiopia", "Eritrea") in found
    assert ("CONSULT", "Qatar", "Ethiopia") in found
    assert ("CONSULT", "Qatar", None) not in found


def test_a_past_act_told_as_the_time_of_another_is_a_fact() -> None:
    assert ("ASSAULT", "Russia", "Ukraine") in tuples(
        "Finland abandoned its neutrality after Russia invaded Ukraine.")
    assert not any(e[0] == "ASSAULT" for e in tuples(
        "Finland would join NATO if Russia invaded Sweden."))


def test_applying_to_join_a_body_asks_it_for_membership() -> None:
    assert ("REQUEST", "Moldova", "European Union") in tuples(
        "Moldova applied for membership of the European Union in March.")
    assert ("REQUEST", "Sweden", "NATO") in tuples("Sweden applied to join NATO in May.")
    assert not tuples("He applied for a job at the bank.")


def test_observers_sent_and_guarantees_given() -> None:
    assert ("AID", "Canada", "Armenia") in tuples("Canada sent observers to Armenia.")
    assert ("AGREE", "France", "Armenia") in tuples(
        "The joint communique said Paris would provide security guarantees to Armenia.")


def test_asked_to_buy_from_a_seller_asks_the_seller() -> None:
    assert ("REQUEST", "Turkey", "Germany") in tuples(
        "Ankara asked to buy 30 new tanks from Germany in 2021.")


def test_a_group_in_a_title_case_headline_is_read_as_the_caser_read_it() -> None:
    assert ("ACCUSE", "young activists", "Viktor Orbán") in tuples(
        "Young Activists Rip Viktor Orban As A 'Disgrace'\n\nThey spoke on Sunday.")


def test_the_forum_a_summit_is_held_in_is_no_party() -> None:
    # "the G20 summit", "a NATO meeting": the grouping hosts; it meets no one
    found = tuples("Scholz and Macron talked for an hour on the margins of the G20 summit.")
    assert ("CONSULT", "Olaf Scholz", "Emmanuel Macron") in found
    assert not any(e[1] == "G20" for e in found)
    assert not any(e[1] == "NATO" for e in tuples(
        "Sunak and Scholz discussed drones before the NATO meeting in Madrid."))


def test_they_is_not_the_place_nor_the_body_in_a_title() -> None:
    found = tuples("Erdogan met European Council President Charles Michel in Lisbon, and "
                   "Michel said later that they had discussed trade.")
    assert ("CONSULT", "Recep Tayyip Erdoğan", "Charles Michel") in found
    assert not any(e[1] in ("Portugal", "European Council") for e in found)


def test_they_after_the_two_leaders_is_both_sides() -> None:
    found = tuples("Biden said he wanted to see Xi soon; the two leaders last met in Lima, "
                   "where they agreed to reopen military channels.", "2024-11-20")
    assert any(e[0] == "AGREE" and {e[1], e[2]} == {"Joe Biden", "Xi Jinping"} for e in found)
    # a joint stance reported by the pair is toward a third thing, not toward each other
    stance = tuples("Scholz and Macron met in Paris. The two leaders have said they would "
                    "support more money for border patrols.")
    assert not any(e[0] == "AGREE" and e[2] in ("Olaf Scholz", "Emmanuel Macron")
                   for e in stance)


def test_holding_a_party_responsible_charges_it_and_will_hold_warns() -> None:
    assert ("ACCUSE", "Poland", "Belarus") in tuples(
        "Warsaw holds Minsk responsible for the border crisis.")
    assert ("THREATEN", "France", "Algeria") in tuples(
        "The minister said Paris would hold Algiers accountable for any attack.")
    assert not tuples("Kyiv does not hold Warsaw responsible for the blast.")


def test_described_as_a_dictator_is_an_accusation() -> None:
    assert ("ACCUSE", "Olaf Scholz", "Vladimir Putin") in tuples(
        'Later that day, Scholz again described Putin as a "dictator".')
    assert ("SUPPORT", "Angela Merkel", "Emmanuel Macron") in tuples(
        "Merkel described Macron as a hero.")
    assert not tuples("Scholz did not describe Putin as a dictator.")


def test_a_meal_with_a_named_party_is_a_meeting() -> None:
    assert ("CONSULT", "Emmanuel Macron", "Olaf Scholz") in tuples(
        "Macron had breakfast with Scholz on Friday.")
    assert not tuples("Macron had dinner with his wife.")


def test_a_headline_joins_two_subjects_with_a_comma() -> None:
    found = tuples("Scholz, Macron agree to revive joint cabinet talks\n\nThe two leaders "
                   "spoke in Paris.")
    assert any(e[0] == "AGREE" and {e[1], e[2]} == {"Olaf Scholz", "Emmanuel Macron"}
               for e in found)
    signed = tuples("Russia, Ukraine sign separate deals with Turkey\n\nThe deals were "
                    "signed on Friday.", "2022-07-22")
    assert {e[1] for e in signed if e[2] == "Turkey"} >= {"Russia", "Ukraine"}


def test_the_two_heads_of_state_met_each_other_not_the_forum() -> None:
    found = tuples("Biden met Xi in Lima. The two heads of state last met in Bali in November "
                   "last year, on the sidelines of the G20 summit.", "2023-11-16")
    assert [e for e in found if e[0] == "CONSULT" and e[1] != e[2]]
    assert not any(e[2] in ("G20", None) for e in found if e[0] == "CONSULT")


def test_a_labelled_object_is_judged_even_when_the_tagger_misses_the_name() -> None:
    found = tuples("The talks ended badly. Scholz then called Putin a \"dictator without "
                   "elections\" after the Russian leader mocked him.")
    assert ("ACCUSE", "Olaf Scholz", "Vladimir Putin") in found


def test_rallying_to_a_party_is_support_not_a_street_rally() -> None:
    assert ("SUPPORT", "NATO", "Poland") in tuples("NATO allies rallied behind Warsaw after "
                                                   "the strike.")
    assert all(e[0] == "PROTEST" for e in tuples("Protesters rallied to the square."))


def test_the_three_governments_and_the_sides_are_the_parties_just_named() -> None:
    found = tuples("Biden met Kishida and Yoon at Camp David. The three governments agreed "
                   "to hold a summit every year.", "2023-08-20")
    assert any(e[0] == "AGREE" and {e[1], e[2]} <= {"United States", "Japan", "South Korea"}
               and e[1] != e[2] for e in found)
    sides = tuples("Macron met Scholz in Paris. Their aides said that the two sides had "
                   "reached an understanding.")
    assert any(e[0] == "AGREE" and {e[1], e[2]} == {"Emmanuel Macron", "Olaf Scholz"}
               for e in sides)


def test_pressing_an_offensive_and_an_arrest_warrant() -> None:
    assert any(e[:2] == ("ASSAULT", "Russia") for e in tuples(
        "Russian forces pressed an offensive in the Kursk region."))
    assert ("ACCUSE", "International Criminal Court", "Vladimir Putin") in tuples(
        "The International Criminal Court issued an arrest warrant for Putin last Friday.")
    assert ("SUPPORT", "Vladimir Putin", "Xi Jinping") in tuples(
        "Putin called Xi a dear friend.")


def test_an_invasion_without_its_object_is_of_the_state_the_article_is_about() -> None:
    found = tuples("Talks in Istanbul\n\nUkraine and Russia met in Istanbul. Ukraine offered "
                   "neutrality. The session was the latest in a series of contacts since "
                   "Russian troops invaded on Feb. 24.", "2022-03-29")
    assert ("ASSAULT", "Russia", "Ukraine") in found


def test_an_invited_visit_has_not_happened_and_a_state_visit_has_no_party_state() -> None:
    found = tuples("Scholz invited Macron to visit Berlin this year.")
    assert ("REQUEST", "Olaf Scholz", "Emmanuel Macron") in found
    assert not any(e[0] == "CONSULT" for e in found)
    assert not tuples("The three-day state visit began on Monday with a dinner.")
    assert ("CONSULT", "Olaf Scholz", "France") in tuples("Scholz paid a state visit to France.")


def test_the_two_presidents_are_the_heads_of_state_named_last() -> None:
    found = tuples("Trump met Putin in Helsinki. Paul Ryan said Russia had interfered. Lavrov "
                   "told reporters the talks went well. He said the two presidents had agreed "
                   "that their ministries would keep in contact.", "2018-07-16")
    assert any(e[0] == "AGREE" and {e[1], e[2]} == {"Donald Trump", "Vladimir Putin"}
               for e in found)
    assert not any("Paul Ryan" in (e[1], e[2]) for e in found if e[0] == "AGREE")


def test_a_dateline_place_is_not_the_doer() -> None:
    # the parse can take the filing place for the subject and the doers for its apposition
    found = tuples("BRASILIA, Brazil — Prime Minister Modi and President Lula met on Thursday "
                   "on the sidelines of the summit.")
    assert ("CONSULT", "Narendra Modi", "Luiz Inácio Lula da Silva") in found
    assert not any("Brazil" in (e[1] or "") + (e[2] or "") for e in found)
    assert ("ACCUSE", "Norway", "Sweden") in tuples(
        "OSLO, Norway — The Norwegian government condemned Sweden's expulsion of its envoy.")
    # (a condemned attack is aimed at whoever made it, not at the embassy it hit)
    assert ("ACCUSE", "Norway", None) in tuples(
        "OSLO, Norway — The Norwegian government condemned the attack on Sweden's embassy.")


def test_their_meeting_is_between_the_clauses_doers() -> None:
    # the parties of "their meeting" are the coordinated subject, not a place named between
    found = tuples("CAIRO, Egypt - President Macron and Japan's prime minister, Fumio Kishida, "
                   "talked for two hours on Friday at a palace in the Egyptian capital, their "
                   "first meeting since the G7.")
    assert any(e[0] == "CONSULT" and {e[1], e[2]} == {"Emmanuel Macron", "Fumio Kishida"}
               for e in found)
    assert not any(e[1] == "Egypt" for e in found)


def test_you_in_addressed_speech_is_the_addressee() -> None:
    assert ("ACCUSE", "Antony Blinken", "Sergey Lavrov") in tuples(
        '"You have lied to the world," Blinken told Lavrov.')
    assert ("ACCUSE", "Emmanuel Macron", "Vladimir Putin") in tuples(
        'Macron said to Putin: "You are lying to the world."')
    # speech addressed to no named party leaves the target open
    assert ("ACCUSE", "Antony Blinken", None) in tuples(
        '"You are lying to the world," Blinken said.')


def test_talks_broken_off_are_with_the_other_side_of_the_last_exchange() -> None:
    found = tuples("Peru and Chile met in Lima in June. Santiago suspended the talks in "
                   "August after a border incident.")
    assert ("SANCTION", "Chile", "Peru") in found


def test_a_host_meets_the_parties_of_the_meeting_it_holds() -> None:
    # (a host only thanked "for hosting" is no new act: tests/test_events_s10b.py)
    found = tuples("Blinken and Wang Yi met in Jakarta on Friday. President Joko Widodo "
                   "hosted the meeting.")
    assert ("CONSULT", "Joko Widodo", "Antony Blinken") in found
    assert ("CONSULT", "Joko Widodo", "Wang Yi") in found
    # a host with no meeting known is no record, and co-hosts are not each other's guests
    assert not any(e[0] == "CONSULT" for e in tuples(
        "The talks were hosted by Prime Minister Mark Rutte and Foreign Minister Wopke "
        "Hoekstra."))
    found = tuples("Lula flew to Paris and was hosted by President Macron and Brigitte Macron "
                   "at a dinner.")
    assert not any(e[0] == "CONSULT" and e[2] == "Brigitte Macron" for e in found)


def test_people_from_two_coordinated_sides_meet_each_other() -> None:
    assert ("CONSULT", "Peru", "Chile") in tuples("Diplomats from Peru and Chile met in Lima.")
    assert ("CONSULT", "Japan", "China") in tuples(
        "Senior officials from Japan and China met in Beijing on Tuesday for four hours.")


def test_troops_counted_or_concentrated_are_mobilised() -> None:
    assert ("MOBILIZE", "Turkey", "Syria") in tuples(
        "Turkey has massed thousands of troops near the Syrian border.")
    assert ("MOBILIZE", "Iran", "Iraq") in tuples(
        "Iran has concentrated its forces near the Iraqi border.")
    assert not any(e[0] == "MOBILIZE" for e in tuples(
        "Protesters gathered outside the embassy in Paris."))


def test_foreign_envoys_ordered_to_leave_are_expelled() -> None:
    assert ("SANCTION", "Iran", "Germany") in tuples(
        "Tehran replied on Friday, ordering five German diplomats to leave the country.")
    assert ("SANCTION", "Norway", "Russia") in tuples(
        "Oslo ordered the Russian ambassador to leave within 48 hours.")
    # one's own diplomats sent out of a war zone are not expelled
    assert not any(e[0] == "SANCTION" for e in tuples(
        "Biden ordered American diplomats to leave Kabul."))


def test_a_plan_or_intent_disowned_is_a_denial_not_a_threat() -> None:
    found = tuples("Serbia does not plan to sanction Kosovo.")
    assert ("REJECT", "Serbia", "Kosovo") in found
    assert not any(e[0] == "SANCTION" for e in found)
    assert not any(e[0] == "THREATEN" for e in tuples(
        "Austria said Belgrade did not intend to attack Kosovo."))


def test_a_related_link_list_and_photo_captions_are_page_furniture() -> None:
    text = ("Lula meets Macron in Belem\n\nLula and Macron met in Belem on Tuesday to discuss "
            "the Amazon fund.\n\nRelated\n- Argentina asks IMF for new loan\n- Chile rejects "
            "Bolivia's claim to the sea\n\n[Photo caption: Macron visited Belem last year.]\n\n"
            "France pledged new aid to Brazil for the fund.")
    found = tuples(text)
    assert ("AGREE", "France", "Brazil") in found
    assert not any(e[1] in ("Argentina", "Chile") for e in found)
    assert not any(e[0] == "CONSULT" and e[2] is None for e in found)


def test_talks_ended_by_both_sides_were_held_not_broken_off() -> None:
    found = tuples("Peru and Chile ended two days of talks in Lima on Friday.")
    assert ("CONSULT", "Peru", "Chile") in found
    assert not any(e[0] == "SANCTION" for e in found)
    assert ("SANCTION", "Chile", "Peru") in tuples(
        "Chile ended the talks with Peru after the incident.")


def test_the_target_of_a_hostile_act_on_an_event_is_its_doer() -> None:
    found = tuples("The senators said they would boycott the speech by the Indian prime "
                   "minister.")
    assert any(e[2] == "Narendra Modi" for e in found)
