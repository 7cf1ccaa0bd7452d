"""Contacts: who takes part and when (ninth session, checklist tests/checklist/contacts_who_when.json).
Rules about the capability, each tested on sentences written for these tests, none taken from
the checklist."""

from readout.analyze.dates import day_offset, last_date_expression, shift_day
from readout.analyze.pipeline import analyze_text


def contacts(text, published="2024-05-17"):  # a Friday
    return analyze_text(text, published=published).contacts


def parties(found):
    return [sorted(c.participants) for c in found]


def test_day_offsets_are_read_only_where_they_count_from_a_named_day():
    assert day_offset("and met him the following day") == (1, 12)
    assert day_offset("Three days later, she called") == (3, 0)
    assert day_offset("a day earlier") == (-1, 0)
    assert day_offset("they had spoken the day before.") == (-1, 16)
    # "the day after the vote" counts from the vote, not from a day named before
    assert day_offset("the day after the vote") is None
    assert day_offset("the day after tomorrow") is None
    assert shift_day("2024-02-28", 2) == "2024-03-01"
    assert shift_day("2024-02", 1) is None  # a month has no next day


def test_the_next_day_and_days_later_count_from_the_day_named_before():
    found = contacts("Prime Minister Fumio Kishida landed in Canberra on Tuesday. He held talks "
                     "with Anthony Albanese the following day.")
    talks = [c for c in found if "Anthony Albanese" in c.participants]
    assert talks and talks[0].date == "2024-05-15"
    found = contacts("Wang Yi met Kuleba in Guangzhou on 10 May. Three days later he spoke by "
                     "phone with Annalena Baerbock.")
    call = [c for c in found if c.format == "phone call"]
    assert call and call[0].date == "2024-05-13"
    # a planned day counts forward from a planned one
    found = contacts("Scholz will arrive in Rome on Monday. He will meet Giorgia Meloni the next "
                     "day.")
    meeting = [c for c in found if "Giorgia Meloni" in c.participants]
    assert meeting and meeting[0].date == "2024-05-21" and meeting[0].status == "planned"


def test_no_day_is_counted_when_the_text_names_none_before():
    found = contacts("Scholz flew to Rome. He met Giorgia Meloni the following day.")
    meeting = [c for c in found if "Giorgia Meloni" in c.participants]
    assert meeting and meeting[0].date is None


def test_one_verb_with_objects_on_their_own_days_is_one_contact_each():
    found = contacts("Pedro Sánchez met Emmanuel Macron in Paris on Monday and Olaf Scholz in "
                     "Berlin on Wednesday.")
    assert parties(found) == [["Emmanuel Macron", "Pedro Sánchez"],
                              ["Olaf Scholz", "Pedro Sánchez"]]
    assert [c.date for c in found] == ["2024-05-13", "2024-05-15"]
    found = contacts("Rishi Sunak spoke to Joe Biden on Tuesday and to Justin Trudeau on "
                     "Thursday.")
    assert parties(found) == [["Joe Biden", "Rishi Sunak"], ["Justin Trudeau", "Rishi Sunak"]]
    assert [c.date for c in found] == ["2024-05-14", "2024-05-16"]
    # "the next day" inside the list counts from the leg before it
    found = contacts("Antony Blinken met Benjamin Netanyahu in Jerusalem on Monday and Abdel "
                     "Fattah el-Sisi in Cairo the next day.")
    assert [c.date for c in found] == ["2024-05-13", "2024-05-14"]


def test_objects_sharing_one_day_and_place_stay_one_meeting():
    found = contacts("Pedro Sánchez met Emmanuel Macron and Olaf Scholz in Paris on Monday.")
    assert parties(found) == [["Emmanuel Macron", "Olaf Scholz", "Pedro Sánchez"]]


def test_a_country_before_a_named_person_is_not_a_further_side():
    found = contacts("Kenya's William Ruto met Ghana's John Mahama in Accra on Monday.")
    assert parties(found) == [["John Mahama", "William Ruto"]]


def test_an_unnamed_official_of_a_state_stays_beside_named_people():
    found = contacts("Sergey Lavrov met Wang Yi and Mongolia's foreign minister in Beijing on "
                     "Tuesday.")
    assert parties(found) == [["Mongolia", "Sergey Lavrov", "Wang Yi"]]
    found = contacts("Sergey Lavrov met Wang Yi and the Mongolian prime minister on Tuesday.")
    assert parties(found) == [["Mongolia", "Sergey Lavrov", "Wang Yi"]]


def test_called_on_to_hold_talks_is_an_appeal_not_a_call():
    assert contacts("The European Union called on Serbia and Kosovo to resume talks.") == []
    assert contacts("The pope called upon Israel and Hamas to meet without conditions.") == []
    # a real call with a purpose is still a call
    found = contacts("Biden called Netanyahu on Wednesday to discuss the hostages.")
    assert [c.format for c in found] == ["phone call"]


def test_two_people_discussing_a_matter_by_phone_held_a_call():
    found = contacts("Erdoğan and Pezeshkian discussed the fighting in Lebanon by telephone on "
                     "Thursday.", published="2024-10-05")
    assert parties(found) == [["Masoud Pezeshkian", "Recep Tayyip Erdoğan"]]
    assert found[0].format == "phone call" and found[0].date == "2024-10-03"
    # one person discussing something by phone names no counterpart
    assert contacts("Erdoğan discussed the fighting by telephone on Thursday.") == []


def test_a_three_way_call_is_a_call():
    found = contacts("Keir Starmer, Emmanuel Macron and Olaf Scholz held a three-way call on "
                     "Sunday.", published="2024-09-10")
    assert parties(found) == [["Emmanuel Macron", "Keir Starmer", "Olaf Scholz"]]
    assert found[0].format == "phone call"


def test_talks_a_meeting_is_held_in_are_that_meeting():
    found = contacts("Negotiators from Armenia and Turkey met in Vienna on Monday in talks "
                     "hosted by Austria.")
    assert len(found) == 1 and found[0].format == "meeting"


def test_both_sides_named_in_the_sentence_before_are_the_parties():
    found = contacts("Ecuador and Peru have argued over fishing rights for months. Officials "
                     "from both sides met in Lima on Tuesday.")
    assert parties(found) == [["Ecuador", "Peru"]]
    assert found[0].date == "2024-05-14"
    found = contacts("Chile and Bolivia have no diplomatic relations. The two countries' "
                     "foreign ministers will meet in Brasília next month.")
    assert parties(found) == [["Bolivia", "Chile"]]


def test_a_pair_sitting_down_together_met():
    found = contacts("Pedro Sánchez and Olaf Scholz sat down together in Madrid on Thursday.")
    assert parties(found) == [["Olaf Scholz", "Pedro Sánchez"]]
    assert found[0].format == "meeting" and found[0].date == "2024-05-16"
    assert contacts("Sánchez sat down together with his family on Thursday.") == []


def test_their_officials_meeting_on_another_day_is_a_further_contact():
    found = contacts("The leaders of Ghana and Togo held talks in Accra on 6 May; the following "
                     "day their foreign ministers met.")
    assert [(sorted(c.participants), c.date) for c in found] == [
        (["Ghana", "Togo"], "2024-05-06"), (["Ghana", "Togo"], "2024-05-07")]
    found = contacts("Wang Yi met Penny Wong on Monday and spoke with Marise Payne the next day.")
    assert [c.date for c in found] == ["2024-05-13", "2024-05-14"]


def test_the_day_counted_from_is_the_last_one_named_and_never_a_dateline():
    assert last_date_expression("Lavrov met Araghchi in Moscow on 18 April.") == "18 April"
    assert last_date_expression("met on 2 June and again on Tuesday") == "Tuesday"
    found = contacts("TUNIS, May 17 (wire) - Giorgia Meloni met Kais Saied in Tunis on Monday.\n\n"
                     "Two days later she spoke by phone with Algerian President Abdelmadjid Tebboune.")
    call = [c for c in found if c.format == "phone call"]
    assert call and call[0].date == "2024-05-15"  # from Monday, not from the dateline's day


def test_a_spaced_dash_of_a_dateline_does_not_join_a_demonym_to_the_place():
    found = contacts("ISLAMABAD, May 17 (wire) - Pakistani Finance Minister Ishaq Dar met an "
                     "International Monetary Fund mission on Tuesday.")
    assert parties(found) == [["IMF", "Ishaq Dar"]]


def test_for_to_clauses_are_wishes_and_business_groups_no_state():
    assert contacts("Lula has long called for Ukraine and Russia to negotiate.") == []
    assert contacts("Vale held talks with Chinese steel makers on Monday.") == []


def test_a_telephone_verb_with_several_people_is_one_call_each():
    found = contacts("Keir Starmer called Olaf Scholz and Giorgia Meloni on Tuesday.")
    assert sorted(parties(found)) == [["Giorgia Meloni", "Keir Starmer"], ["Keir Starmer", "Olaf Scholz"]]


def test_the_two_men_agreeing_to_meet_are_the_pair_that_met():
    found = contacts("Pedro Sánchez met Olaf Scholz on Monday, as Emmanuel Macron waited for "
                     "news. The two men agreed to meet again in June.")
    assert [sorted(c.participants) for c in found if c.status == "planned"] == [
        ["Olaf Scholz", "Pedro Sánchez"]]


def test_the_body_whose_summit_is_the_setting_is_no_party_of_two_others_meeting():
    found = contacts("Rishi Sunak and Mark Rutte met at the NATO summit in Vilnius on Tuesday.",
                     published="2023-07-14")
    meeting = [c for c in found if c.format != "summit"]
    assert parties(meeting) == [["Mark Rutte", "Rishi Sunak"]]


def test_a_headline_takes_the_day_of_the_one_dated_contact_its_lead_tells():
    found = analyze_text("Polish, Lithuanian leaders meet over border\n\n"
                         "Polish President Andrzej Duda met Lithuanian President Gitanas Nausėda "
                         "in Vilnius on Tuesday.", published="2024-05-17").contacts
    assert [c.date for c in found] == ["2024-05-14", "2024-05-14"]


def test_people_at_a_principals_side_are_no_side_of_their_own():
    found = contacts("Pedro Sánchez met Emmanuel Macron on Monday, accompanied by Foreign "
                     "Minister José Manuel Albares.")
    assert parties(found) == [["Emmanuel Macron", "Pedro Sánchez"]]
    found = contacts("Fumio Kishida, with Foreign Minister Yoko Kamikawa at his side, received "
                     "Penny Wong in Tokyo on Tuesday.")
    assert parties(found) == [["Fumio Kishida", "Penny Wong"]]


def test_an_indefinite_official_is_no_further_side():
    found = contacts("Penny Wong met Wang Yi in Beijing on Wednesday, the first visit by an "
                     "Australian foreign minister in years.", published="2022-12-23")
    assert parties(found) == [["Penny Wong", "Wang Yi"]]


def test_the_host_of_the_summit_where_two_met_is_no_party_of_their_meeting():
    found = contacts("Lula met Xi Jinping at the BRICS summit in Johannesburg on Tuesday, "
                     "hosted by Cyril Ramaphosa.", published="2023-08-25")
    assert [sorted(c.participants) for c in found if c.format != "summit"] == [
        ["Luiz Inácio Lula da Silva", "Xi Jinping"]]


def test_a_meeting_on_the_sidelines_takes_the_day_of_a_one_day_gathering_told_before():
    found = contacts("The ASEAN summit was held in Vientiane on 9 October. On its sidelines, "
                     "Shigeru Ishiba met Li Qiang.", published="2024-10-12")
    meeting = [c for c in found if len(c.participants) == 2]
    assert meeting and meeting[0].date == "2024-10-09"
    # a summit that opened on a day lasted longer: no day is sure
    found = contacts("The ASEAN summit opened in Vientiane on 9 October. On its sidelines, "
                     "Shigeru Ishiba met Li Qiang.", published="2024-10-12")
    meeting = [c for c in found if len(c.participants) == 2]
    assert meeting and meeting[0].date is None


def test_a_contact_told_as_days_after_or_before_another_is_dated_from_it():
    found = contacts("Penny Wong met Wang Yi in Canberra on Wednesday, a day after Wang spoke "
                     "with New Zealand Foreign Minister Winston Peters.", published="2024-03-22")
    assert sorted((sorted(c.participants), c.date) for c in found)[0][1] in (
        "2024-03-19", "2024-03-20")
    assert {c.date for c in found} == {"2024-03-20", "2024-03-19"}
