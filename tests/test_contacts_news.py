"""Contacts in ordinary news prose: present-tense reports, trips of several legs, places
located by their state, headline-style subjects, envoys sent. Sentences written for these
tests."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2022-05-12"):
    return analyze_text(text, published=published).contacts


def summary(found):
    return [(c.participants, c.format, c.date, c.status, c.place) for c in found]


def test_present_tense_report_is_dated_by_publication():
    found = contacts("Antony Blinken meets Sergey Lavrov in Geneva.")
    assert [(c.date, c.status) for c in found] == [("2022-05-12", "held")]


def test_present_tense_noun_trigger_is_dated_by_publication():
    found = contacts("Emmanuel Macron, in a phone call with Vladimir Putin, expresses concern "
                     "about the grain blockade.")
    assert [(c.format, c.date) for c in found] == [("phone call", "2022-05-12")]


def test_past_and_perfect_tenses_are_not_dated_without_a_day_word():
    assert [c.date for c in contacts("Antony Blinken met Sergey Lavrov in Geneva.")] == [None]
    assert [c.date for c in contacts("Antony Blinken has met Sergey Lavrov in Geneva.")] == [None]


def test_future_is_not_dated_by_publication():
    found = contacts("Antony Blinken will meet Sergey Lavrov in Geneva.")
    assert [(c.date, c.status) for c in found] == [(None, "planned")]


def test_city_and_its_country_are_one_stop():
    found = contacts("Lloyd Austin will fly to Helsinki, Finland, next week.")
    assert [(c.participants, c.place) for c in found] == [(["Finland", "Lloyd Austin"],
                                                            "Helsinki")]


def test_two_cities_each_with_its_country_are_two_stops_sharing_the_date():
    found = contacts("Antony Blinken will travel to Paris, France, and Rome, Italy, next week.")
    assert [(c.participants, c.date, c.place) for c in found] == [
        (["Antony Blinken", "France"], "2022-05", "Paris"),
        (["Antony Blinken", "Italy"], "2022-05", "Rome")]


def test_each_leg_of_a_trip_has_its_own_host_and_date():
    found = contacts("Olaf Scholz will travel to Warsaw on May 16 and to Kyiv on May 17 for a "
                     "meeting with Volodymyr Zelensky.")
    assert summary(found) == [
        (["Olaf Scholz", "Poland"], "visit", "2022-05-16", "planned", "Warsaw"),
        (["Olaf Scholz", "Volodymyr Zelensky"], "visit", "2022-05-17", "planned", "Kyiv")]


def test_a_second_leg_after_a_purpose_clause_is_its_own_visit():
    found = contacts("Joe Biden travelled to Tokyo to meet Fumio Kishida, and then to Seoul "
                     "for talks with Yoon Suk-yeol.")
    assert [(c.participants, c.place) for c in found] == [
        (["Fumio Kishida", "Joe Biden"], "Tokyo"),
        (["Joe Biden", "Yoon Suk Yeol"], "Seoul")]


def test_a_plain_list_of_destinations_pairs_each_host_with_the_state_they_lead():
    # (the list alone cannot say who is met where; the state each host leads can)
    found = contacts("Antony Blinken will travel to Vilnius and Riga to meet Gitanas Nauseda "
                     "and Egils Levits.")
    assert [(c.participants, c.place) for c in found] == [
        (["Antony Blinken", "Gitanas Nausėda"], "Vilnius"),
        (["Antony Blinken", "Egils Levits"], "Riga")]


def test_a_plain_list_keeps_the_hosts_together_when_their_states_are_unknown():
    found = contacts("Antony Blinken will travel to Vilnius and Riga to meet Jonas Kalnietis "
                     "and Peteris Ozolins.")
    assert len(found) == 1
    assert found[0].participants == ["Antony Blinken", "Jonas Kalnietis", "Peteris Ozolins"]


def test_headline_subjects_joined_by_a_comma_all_travel():
    found = contacts("Blinken, Austin to travel to Kyiv to meet Zelensky.")
    assert [c.participants for c in found] == [
        ["Antony Blinken", "Lloyd Austin", "Volodymyr Zelensky"]]


def test_an_envoy_sent_in_the_passive_makes_the_trip():
    found = contacts("UN chief Antonio Guterres will be sent to Moscow next week.")
    assert [(c.participants, c.format, c.status, c.place) for c in found] == [
        (["António Guterres", "Russia"], "visit", "planned", "Moscow")]


def test_headline_subjects_without_a_parsed_subject_travel_too():
    found = contacts("Harris, Austin to travel to Warsaw to meet Duda.")
    assert [(c.participants, c.status) for c in found] == [
        (["Andrzej Duda", "Kamala Harris", "Lloyd Austin"], "planned")]


def test_a_body_meeting_on_its_own_is_its_meeting():
    found = contacts("The Gulf Cooperation Council meets in Riyadh.")
    assert [(c.participants, c.format, c.place) for c in found] == [
        (["Gulf Cooperation Council"], "meeting", "Riyadh")]


def test_a_body_meeting_someone_is_not_its_own_meeting():
    found = contacts("NATO met Ukraine in Vilnius on Tuesday.")
    assert [c.participants for c in found] == [["NATO", "Ukraine"]]


def test_recurring_or_future_contacts_in_general_are_not_contacts():
    assert contacts("The bloc barred Belarus from future summits.") == []
    assert contacts("Finland and Sweden hold regular consultations with Norway.") == []


def test_headline_verb_read_as_a_plural_noun_is_still_a_meeting():
    found = contacts("Biden hosts Zelensky at the White House.")
    assert [(c.participants, c.format, c.date, c.status) for c in found] == [
        (["Joe Biden", "Volodymyr Zelensky"], "meeting", "2022-05-12", "held")]


def test_a_plural_noun_between_names_that_is_no_verb_is_no_trigger():
    assert contacts("The Kremlin welcomes Trump's remarks.") == []


def test_part_of_a_persons_name_is_not_a_further_participant():
    found = contacts("Kofi Annan meets Bashar al-Assad in Damascus.")
    assert [c.participants for c in found] == [["Bashar al-Assad", "Kofi Annan"]]


def test_a_meeting_for_a_round_of_talks_is_one_contact_with_its_place():
    found = contacts("Envoys of Armenia and Azerbaijan met for a second round of talks in "
                     "Brussels.")
    assert [(c.participants, c.format, c.place) for c in found] == [
        (["Armenia", "Azerbaijan"], "meeting", "Brussels")]


def test_talks_held_where_a_trip_goes_are_the_trips_meeting():
    found = contacts("Pedro Sanchez will travel to Morocco next week, where he will hold talks "
                     "with King Mohammed VI.")
    assert len(found) == 1
    assert found[0].format == "visit" and found[0].place == "Morocco"


def test_what_else_happened_where_people_met_is_not_their_meeting():
    found = contacts("Olaf Scholz met Joe Biden in Washington, where he also saw Kamala Harris.")
    assert found[0].participants == ["Joe Biden", "Olaf Scholz"]


def test_the_place_of_talks_parsed_on_the_counterpart():
    found = contacts("Antony Blinken held talks with his Chinese counterpart Wang Yi in Vienna.")
    assert [(c.participants, c.place) for c in found] == [(["Antony Blinken", "Wang Yi"],
                                                            "Vienna")]


def test_speaking_at_a_named_place_without_a_phone_is_face_to_face():
    found = contacts("Sergey Lavrov and Antony Blinken spoke briefly in Bali on Thursday.")
    assert [(c.format, c.place) for c in found] == [("meeting", "Bali")]
    found = contacts("Joe Biden spoke with Volodymyr Zelensky by phone from Washington.")
    assert [c.format for c in found] == ["phone call"]


def test_a_gathering_named_as_the_eve_of_something_takes_no_date_from_it():
    found = contacts("Joe Biden and Xi Jinping met on Monday on the eve of the G20 summit.",
                     published="2022-11-15")
    dates = {tuple(c.participants): c.date for c in found}
    assert dates[("Joe Biden", "Xi Jinping")] == "2022-11-14"
    assert dates.get(("G20",)) is None


def test_a_gathering_whose_sidelines_host_a_planned_meeting_is_planned_and_placed():
    found = contacts("Antony Blinken will meet Sergey Lavrov on the sidelines of the G20 "
                     "summit in Bali.")
    assert {c.status for c in found} == {"planned"}
    assert found[0].participants == ["Antony Blinken", "Sergey Lavrov"]
    assert found[0].place == "Bali"


def test_a_conference_of_states_is_a_meeting_but_not_a_news_or_party_conference():
    found = contacts("Brazil and India attended a conference on climate finance in Nairobi.")
    assert [(c.participants, c.format, c.place) for c in found] == [
        (["Brazil", "India"], "meeting", "Nairobi")]
    assert contacts("Lula told a news conference in Brasilia that talks had stalled.") == []
    # a joint one is two leaders together before the press: they met (tests/test_contacts_press)
    assert [c.format for c in contacts("Scholz and Macron held a joint press conference in "
                                       "Berlin.")] == ["meeting"]
    assert contacts("Labour delegates gathered for the party conference in Liverpool.") == []


def test_what_is_agreed_at_a_meeting_does_not_make_it_planned():
    found = contacts("At a conference in Oslo, Norway and Denmark agree on fishing quotas.")
    assert [(c.status, c.date) for c in found] == [("held", "2022-05-12")]
    found = contacts("Norway and Denmark agreed to hold talks in Oslo.")
    assert [c.status for c in found] == ["planned"]


def test_speaking_after_an_in_person_meeting_is_that_meeting_again():
    text = ("Pedro Sanchez hosted Emmanuel Macron in Madrid on Tuesday. The two leaders spoke "
            "for three hours.")
    found = contacts(text)
    assert [(c.format, c.same_as) for c in found] == [("meeting", None), ("meeting", 0)]


def test_speaking_by_phone_after_a_meeting_is_a_call():
    text = ("Pedro Sanchez hosted Emmanuel Macron in Madrid on Tuesday. On Friday the two "
            "leaders spoke by phone.")
    found = contacts(text)
    assert [c.format for c in found] == ["meeting", "phone call"]


def test_the_place_of_a_meeting_at_a_named_gathering_is_the_gatherings_place():
    found = contacts("Narendra Modi will meet Joe Biden at the G20 summit in Bali.")
    assert found[0].participants == ["Joe Biden", "Narendra Modi"]
    assert found[0].place == "Bali"


def test_phoned_telephoned_and_telephone_conversations_are_calls():
    assert [c.format for c in contacts("Pedro Sanchez phoned Olaf Scholz on Sunday.")] == [
        "phone call"]
    assert [c.format for c in contacts("Olaf Scholz telephoned Emmanuel Macron.")] == [
        "phone call"]
    found = contacts("Joe Biden had a telephone conversation with Xi Jinping on Thursday.")
    assert [c.format for c in found] == ["phone call"]


def test_a_meal_together_and_conferring_are_contacts():
    found = contacts("Joe Biden had dinner with Emmanuel Macron at the White House.")
    assert [(c.participants, c.format) for c in found] == [
        (["Emmanuel Macron", "Joe Biden"], "meeting")]
    found = contacts("Antony Blinken conferred with Annalena Baerbock in Munich.")
    assert [(c.participants, c.format) for c in found] == [
        (["Annalena Baerbock", "Antony Blinken"], "talks")]


def test_conjoined_demonyms_of_plural_officials_are_both_parties():
    found = contacts("The Indian and Chinese defence ministers met in Moscow on Friday.")
    assert [c.participants for c in found] == [["China", "India"]]


def test_a_trip_following_another_keeps_each_its_place_and_date():
    found = contacts("Olaf Scholz's trip to Vilnius on Monday follows his visit to Riga.",
                     published="2022-05-19")
    assert summary(found) == [
        (["Lithuania", "Olaf Scholz"], "visit", "2022-05-16", "held", "Vilnius"),
        (["Latvia", "Olaf Scholz"], "visit", None, "held", "Riga")]


def test_a_second_trip_noun_with_the_same_place_refers_back():
    text = "Olaf Scholz travelled to Riga on Monday. His visit to Riga lasted five hours."
    found = contacts(text, published="2022-05-19")
    assert [c.same_as for c in found] == [None, 0]


def test_the_present_of_a_verb_about_a_contact_does_not_date_it():
    found = contacts("Washington criticizes the talks between Serbia and Kosovo.")
    assert all(c.date is None for c in found)


def test_separate_talks_and_a_second_with_are_one_contact_each():
    found = contacts("Antony Blinken held separate talks with Dmytro Kuleba and Sergey Lavrov.")
    assert [c.participants for c in found] == [["Antony Blinken", "Dmytro Kuleba"],
                                               ["Antony Blinken", "Sergey Lavrov"]]
    found = contacts("Recep Tayyip Erdogan spoke by phone with Vladimir Putin and later with "
                     "Volodymyr Zelensky.")
    assert [(c.participants, c.format) for c in found] == [
        (["Recep Tayyip Erdoğan", "Vladimir Putin"], "phone call"),
        (["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "phone call")]


def test_who_holds_talks_with_two_others_takes_part():
    found = contacts("Antony Blinken held talks with Dmytro Kuleba and Sergey Lavrov.")
    assert [c.participants for c in found] == [
        ["Antony Blinken", "Dmytro Kuleba", "Sergey Lavrov"]]


def test_a_meeting_before_another_trip_keeps_to_its_own_parties():
    found = contacts("Emmanuel Macron met Olaf Scholz in Berlin before flying to Warsaw to "
                     "meet Andrzej Duda.")
    assert [(c.participants, c.place) for c in found] == [
        (["Emmanuel Macron", "Olaf Scholz"], "Berlin"),
        (["Andrzej Duda", "Emmanuel Macron"], "Warsaw")]


def test_hosting_a_meeting_is_one_contact_with_the_host():
    found = contacts("Emmanuel Macron hosted a meeting with Olaf Scholz and Giorgia Meloni.")
    assert [c.participants for c in found] == [
        ["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"]]


def test_whose_aide_someone_is_does_not_make_a_participant():
    found = contacts("Dmitry Peskov, Vladimir Putin's spokesman, met Jake Sullivan in Geneva.")
    assert [c.participants for c in found] == [["Dmitry Peskov", "Jake Sullivan"]]


def test_a_trip_called_off_is_no_contact():
    # (was reported as planned until the lead's decision of session 8)
    assert contacts("Joe Biden called off his trip to Australia.") == []


def test_being_somewhere_for_talks_places_the_talks():
    found = contacts("Antony Blinken was in Kyiv on Monday for talks with Volodymyr Zelensky.")
    assert [(c.format, c.place) for c in found] == [("talks", "Kyiv")]


def test_branches_of_one_state_meeting_are_a_contact_but_a_cabinet_is_not():
    found = contacts("Joe Biden met Kevin McCarthy at the White House on Monday.")
    assert [c.participants for c in found] == [["Joe Biden", "Kevin McCarthy"]]
    assert contacts("Joe Biden met Antony Blinken and Lloyd Austin at the White House.") == []
    # (a one-to-one meeting of two named people of one government is reported since the
    # product decision of the third session: test_contacts_ruwa)
    found = contacts("Volodymyr Zelensky met Valerii Zaluzhnyi in Kyiv.")
    assert [c.participants for c in found] == [["Valerii Zaluzhnyi", "Volodymyr Zelensky"]]


def test_one_sides_own_gathering_is_no_contact_nor_is_a_later_mention_of_it():
    text = ("Boris Johnson met Leo Varadkar in Dublin on Monday. At a Conservative party "
            "lunch on Tuesday, two ministers criticised the deal, said an aide who was at the "
            "private meeting.")
    found = contacts(text)
    assert [c.participants for c in found] == [["Boris Johnson", "Leo Varadkar"]]


def test_a_lunch_is_a_contact_only_with_someone():
    assert contacts("Over lunch on Friday, Pedro Sanchez and Antonio Costa praised the "
                    "deal.") == []
    found = contacts("Pedro Sanchez had lunch with Antonio Costa in Lisbon.")
    assert [c.format for c in found] == ["meeting"]


def test_a_coming_summit_is_planned():
    found = contacts("Donald Trump spoke about his coming summit meeting with Kim Jong Un.")
    assert [c.status for c in found] == ["planned"]


def test_a_meeting_with_a_group_of_reporters_is_no_contact():
    assert contacts("Viktor Orban said during a meeting with a small group of reporters that "
                    "he would stay.") == []


def test_a_regions_officials_meeting_alone_is_the_regional_bodys_meeting():
    found = contacts("Arab foreign ministers met in Cairo on Sunday.")
    assert [(c.participants, c.format, c.place) for c in found] == [
        (["Arab League"], "meeting", "Cairo")]
    found = contacts("European leaders met in Brussels on Thursday.")
    assert [c.participants for c in found] == [["European Union"]]
    assert contacts("Asian foreign ministers met in Jakarta.") == []  # no such body known


def test_a_definite_contact_noun_with_only_a_new_person_is_not_the_earlier_contact():
    text = ("William Burns travelled to Berlin on Monday. Analysts said Emmanuel Macron taking "
            "the lead in the negotiations could help.")
    found = contacts(text)
    assert [c.participants for c in found] == [["Germany", "William Burns"]]


def test_a_definite_contact_noun_with_a_known_person_refers_back():
    text = ("Joe Biden spoke with Vladimir Putin on Tuesday. Putin said the conversation was "
            "frank.")
    found = contacts(text)
    assert [c.same_as for c in found] == [None, 0]


def test_the_state_locating_a_meeting_place_is_no_party():
    found = contacts("Joe Biden met Xi Jinping in Bali, Indonesia, on Monday.")
    assert [(c.participants, c.place) for c in found] == [(["Joe Biden", "Xi Jinping"],
                                                            "Bali")]
    found = contacts("Joe Biden met Volodymyr Zelensky in New York, United States.")
    assert [c.participants for c in found] == [["Joe Biden", "Volodymyr Zelensky"]]


def test_a_named_grouping_of_states_meets_as_a_body():
    found = contacts("The Contact Group on Somalia meets in Nairobi to weigh new funding.",
                     published="2012-03-01")
    assert summary(found) == [(["Contact Group on Somalia"], "meeting", "2012-03-01", "held",
                               "Nairobi")]


def test_a_grouping_meeting_someone_is_no_body_meeting_alone():
    found = contacts("The Contact Group met with Vladimir Putin in Moscow.")
    assert all(c.participants != ["Contact Group"] for c in found)


def test_a_meeting_struck_by_an_attack_is_the_scene_not_the_news():
    found = contacts("Two generals, Omar Haddad and Sami Nasser, are killed in a bombing during "
                     "a meeting at the army headquarters.")
    assert found == []


def test_a_meeting_between_two_sides_struck_by_an_attack_is_still_held():
    found = contacts("A bomb went off during a meeting between Afghan officials and Taliban "
                     "envoys in Doha.")
    assert [(c.participants, c.format) for c in found] == [(["Afghanistan", "Taliban"],
                                                            "meeting")]


def test_who_attended_the_meeting_met_its_host():
    text = ("Ahead of a town hall on Tuesday, Senator Maria Lopez met with a few nurses at the "
            "county clinic.\n\nJanet Crane, who attended the smaller meeting, said Lopez mostly "
            "listened.")
    found = contacts(text, published="2019-03-05")
    assert [(c.participants, c.format) for c in found] == [(["Janet Crane", "Maria Lopez"],
                                                            "meeting")]


def test_attending_a_meeting_no_one_held_before_is_no_contact():
    text = "Janet Crane, who attended the meeting, said the senator mostly listened."
    assert contacts(text, published="2019-03-05") == []


def test_regional_ministers_at_a_meeting_are_their_body_not_whom_they_address():
    found = contacts("At an emergency meeting in Addis Ababa, African foreign ministers tell "
                     "Sudan to accept a ceasefire.", published="2023-05-02")
    assert summary(found) == [(["African Union"], "meeting", "2023-05-02", "held",
                               "Addis Ababa")]
