"""Contacts: fixes for full diplomacy news (the known leftovers of issue 4 and the kinds found
in tests/gold/written_contacts_dev.json). Sentences written for these tests."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2019-05-10"):
    return analyze_text(text, published=published).contacts


def parties(found):
    return [sorted(c.participants) for c in found]


def test_who_speaks_of_a_contact_is_no_party_to_it():
    # the quotation before the cue made the speaker a party of the summit he spoke of
    found = contacts("\u201cNothing good will come of it,\u201d Senator Tim Kaine said of the "
                     "summit with Kim.")
    assert all("Tim Kaine" not in c.participants for c in found)
    found = contacts("Senator Tim Kaine wrote of the talks with Kim that they were premature.")
    assert all("Tim Kaine" not in c.participants for c in found)
    # one's own contact stays one's own
    found = contacts("Merkel spoke of her talks with Putin in Sochi.")
    assert parties(found) == [["Angela Merkel", "Vladimir Putin"]]


def test_a_title_case_headline_is_read_as_a_sentence():
    found = contacts("Macron Meets Xi in Beijing Amid Trade Row")
    assert parties(found) == [["Emmanuel Macron", "Xi Jinping"]]
    assert found[0].format == "meeting" and found[0].place == "Beijing"
    # (dated in his chancellorship: the headline alone names him by surname, which the actor
    # resolver reads by office on the day; the contacts step no longer re-reads the headline)
    found = contacts("Scholz to Visit China Next Month", published="2023-05-10")
    assert parties(found) == [["China", "Olaf Scholz"]]
    assert found[0].format == "visit" and found[0].status == "planned"
    # the evidence is the headline as written
    text = "Lavrov Holds Talks With Wang Yi in Beijing"
    found = contacts(text)
    assert found and found[0].evidence == text
    assert parties(found) == [["Sergey Lavrov", "Wang Yi"]]


def test_a_title_case_headline_takes_the_full_name_from_the_lead():
    text = ("Ferreira Visits Kyiv Ahead of Aid Vote\n\n"
            "Portuguese lawmaker Ana Ferreira arrived in Kyiv on Monday.")
    found = contacts(text)
    assert any(sorted(c.participants) == ["Ana Ferreira", "Ukraine"] and c.start == 0
               for c in found)
    # words the body writes with a capital inside a sentence stay names: a call on
    # Trump to cancel the meeting with Putin keeps Putin, and the urging senators are no party
    text = ("Senators Call On Trump To Cancel Putin Meeting\n\n"
            "Several senators urged Trump to cancel the meeting with Putin.")
    found = contacts(text)
    assert parties(found)[0] == ["Donald Trump", "Vladimir Putin"]


def test_a_sentence_case_headline_is_left_alone():
    found = contacts("Macron meets Xi in Beijing")
    assert parties(found) == [["Emmanuel Macron", "Xi Jinping"]]


def test_the_lead_gives_its_day_to_the_headline_of_a_report_published_the_day_after():
    text = ("Scholz and Macron meet in Paris, agree on energy plan\n\n"
            "PARIS - Chancellor Olaf Scholz and President Emmanuel Macron spent two hours "
            "together on Wednesday at the Elysee, their first meeting since the election.")
    found = contacts(text, published="2023-03-02")
    assert {c.date for c in found} == {"2023-03-01"}
    text = ("Scholz and Macron hold talks on energy\n\n"
            "PARIS - Olaf Scholz and Emmanuel Macron met on Wednesday in Paris.")
    found = contacts(text, published="2023-03-02")
    assert [c.date for c in found] == ["2023-03-01", "2023-03-01"]
    # a headline whose lead names no day keeps the publication day
    found = contacts("Scholz meets Macron in Paris\n\nThe two leaders discussed energy.",
                     published="2023-03-02")
    assert found[0].date == "2023-03-02"


def test_time_spent_with_someone_is_a_meeting():
    found = contacts("On Saturday the foreign minister, Annalena Baerbock, spent four hours with "
                     "Wang Yi at a guesthouse.", published="2023-04-17")
    assert parties(found) == [["Annalena Baerbock", "Wang Yi"]]
    assert found[0].format == "meeting" and found[0].date == "2023-04-15"
    assert contacts("Scholz spent the weekend with his family.") == []
    assert contacts("Germany spent billions on gas.") == []


def test_due_in_a_capital_is_a_planned_visit():
    found = contacts("Foreign Minister Annalena Baerbock is due in Beijing on Thursday.",
                     published="2023-04-10")
    assert parties(found) == [["Annalena Baerbock", "China"]]
    assert found[0].status == "planned" and found[0].date == "2023-04-13"
    assert contacts("The first payment is due in March.") == []


def test_who_is_judged_for_a_meeting_held_it_and_the_judges_are_no_party():
    found = contacts("Opposition lawmakers criticized Chancellor Scholz for meeting Xi Jinping "
                     "in Beijing.", published="2022-11-07")
    assert parties(found) == [["Olaf Scholz", "Xi Jinping"]]


def test_words_exchanged_at_a_dinner_or_summit_are_a_meeting_not_a_call():
    found = contacts("Scholz and Xi spoke only briefly, exchanging a few words at a dinner at "
                     "the G20 summit in Rome in October 2021.")
    assert [c.format for c in found if "Xi Jinping" in c.participants] == ["meeting"]


def test_a_meeting_that_proposals_would_justify_is_no_contact():
    assert contacts("The negotiator said the drafts were enough to justify a meeting between "
                    "Putin and Zelensky.") == []


def test_the_topic_of_a_conference_is_no_host_of_the_trip():
    found = contacts("Baerbock flew to London on Monday to attend a conference on Syria's "
                     "reconstruction.", published="2023-06-21")
    assert parties(found) == [["Annalena Baerbock", "United Kingdom"]]


def test_in_may_is_the_month():
    found = contacts("Sullivan held talks with Wang Yi in Vienna in May.", published="2023-06-19")
    assert found[0].date == "2023-05"
    assert contacts("Scholz may meet Xi in Bali.") == []


def test_a_relative_clause_on_who_joins_names_no_one_who_joined():
    found = contacts("Scholz met Xi in Beijing on Friday. Scholz was joined by an adviser, who "
                     "had carried a letter to the White House.", published="2022-11-05")
    assert all("White House" not in c.participants for c in found)


def test_a_trip_dated_in_its_own_phrase_is_not_the_meeting_just_told():
    found = contacts("Putin met Modi on Tuesday. Modi told him India wanted peace, as he had "
                     "since his visit to Moscow in July.", published="2024-10-24")
    assert any(c.format == "visit" and c.date == "2024-07" and c.place == "Moscow"
               for c in found)
    # a back-reference without a date of its own is still the meeting
    found = contacts("Putin met Modi in Kazan on Tuesday. The meeting lasted an hour.",
                     published="2024-10-24")
    assert [c.date for c in found] == ["2024-10-22", "2024-10-22"]


def test_an_aide_who_joins_one_leader_is_no_further_party_of_the_leaders_meeting():
    found = contacts("Scholz and Xi Jinping met in Beijing on Friday. Xi was joined by Li Qiang, "
                     "his premier.", published="2022-11-05")
    assert parties(found) == [["Olaf Scholz", "Xi Jinping"]]
    # those who join a call as parties of their own still do
    found = contacts("Biden spoke with Zelensky by phone on Monday. They were joined by Macron.")
    assert ["Emmanuel Macron", "Joe Biden", "Volodymyr Zelensky"] in parties(found)


def test_a_body_that_reports_its_own_envoy_meeting_is_a_side_of_it():
    found = contacts("The Kremlin said its envoy met Ukrainian officials in Minsk.")
    assert parties(found) == [["Russia", "Ukraine"]]
    # a person who reports the meeting of someone else stays out
    assert contacts("Peskov said his boss met Erdogan on Monday.") == [] or all(
        "Dmitry Peskov" not in c.participants for c in contacts(
            "Peskov said his boss met Erdogan on Monday."))


def test_a_day_given_to_the_gathering_a_meeting_is_held_on_the_sidelines_of_is_its_day():
    found = contacts("Scholz and Erdogan are due to meet on the sidelines of the summit on "
                     "Tuesday evening.", published="2023-07-11")
    assert found[0].date == "2023-07-11" and found[0].status == "planned"


def test_a_meeting_the_leaders_agreed_would_take_place_is_planned():
    found = contacts("The two leaders agreed that their envoys, Jens Plotner and Wang Yi, would "
                     "meet at an early date.")
    assert any(sorted(c.participants) == ["Jens Plotner", "Wang Yi"] and c.status == "planned"
               for c in found)
    assert contacts("They agreed that Plotner and Wang Yi would meet if the talks failed.") == []
    # the leaders who agree are no party of their envoys' meeting
    found = contacts("Scholz and Xi met on Friday. The two leaders agreed that Jens Plotner and "
                     "Wang Yi would meet soon.", published="2022-11-05")
    assert ["Jens Plotner", "Wang Yi"] in parties(found)
    found = contacts("Scholz and Xi met on Friday. The leaders endorsed the plan and agreed that "
                     "Jens Plotner and Wang Yi would meet soon.", published="2022-11-05")
    assert ["Jens Plotner", "Wang Yi"] in parties(found)


def test_several_contacts_of_the_same_pair_in_one_sentence():
    # each coordinated verb keeps its own date and means; "again" opens a further contact
    found = contacts("Merkel and Putin met in Sochi in May 2019, spoke by phone in August and "
                     "held talks in Berlin in January.", published="2020-06-01")
    assert [(c.format, c.date) for c in found] == [
        ("meeting", "2019-05"), ("phone call", "2019-08"), ("talks", "2020-01")]
    found = contacts("Modi and Xi met in Wuhan in April 2018 and again in Chennai in "
                     "October 2019.", published="2020-06-01")
    assert [(c.date, c.place) for c in found] == [("2018-04", "Wuhan"), ("2019-10", "Chennai")]
    text = ("Biden and Xi have known each other for years. They spoke by phone in March 2021 "
            "and again in June of that year, held a video call in October 2021, and talked "
            "twice more this year, in January and in late April.")
    found = contacts(text, published="2022-08-01")
    assert [(c.format, c.date) for c in found] == [
        ("phone call", "2021-03"), ("phone call", "2021-06"), ("video call", "2021-10"),
        ("phone call", "2022-01"), ("phone call", "2022-04")]
    # a verb the parser leaves loose after the first shares its subject
    found = contacts("Abe and Trump talked by telephone in April, then met in Osaka.",
                     published="2019-05-10")
    assert [c.format for c in found] == ["phone call", "meeting"]


def test_a_date_before_the_verbs_is_shared_by_them():
    found = contacts("On Monday, Scholz met Macron in Paris and spoke by phone with Biden.",
                     published="2023-03-08")
    assert [(sorted(c.participants), c.date) for c in found] == [
        (["Emmanuel Macron", "Olaf Scholz"], "2023-03-06"),
        (["Joe Biden", "Olaf Scholz"], "2023-03-06")]


def test_a_later_bare_mention_is_the_main_meeting_not_the_one_after_since():
    text = ("Trump met Democratic leaders at the White House on Wednesday. It was his first "
            "meeting with them since a stormy session in December. Aides who were at the "
            "meeting said it was calm.")
    found = contacts(text, published="2019-01-03")
    last = found[-1]
    assert last.date == "2019-01-02"


def test_the_dateline_day_is_not_the_day_of_the_contact():
    found = contacts("LISBON, Nov. 16 -- Portuguese Prime Minister Antonio Costa held talks with "
                     "Spanish Prime Minister Pedro Sanchez on Wednesday in Madrid.",
                     published="2023-11-16")
    assert [c.date for c in found] == ["2023-11-15"]


def test_who_acts_after_a_call_took_part_in_it():
    found = contacts("The deal was announced by Trump on Aug. 13 after a phone call with "
                     "Netanyahu.", published="2020-09-16")
    assert parties(found) == [["Benjamin Netanyahu", "Donald Trump"]]
    # calls with two people are one call each
    found = contacts("On Saturday, after phone conversations with Zelensky and Macron, Trump "
                     "wrote on social media that peace was near.", published="2025-08-16")
    assert parties(found) == [["Donald Trump", "Emmanuel Macron"],
                              ["Donald Trump", "Volodymyr Zelensky"]]
    found = contacts("Starmer, who spoke to both Trump and Zelensky on Friday evening, will host "
                     "a summit in London on Sunday.", published="2025-03-01")
    assert ["Donald Trump", "Keir Starmer"] in parties(found)
    assert ["Keir Starmer", "Volodymyr Zelensky"] in parties(found)


def test_a_relative_clause_on_an_office_in_apposition_is_the_persons():
    found = contacts("The plan was drafted by Jared Kushner, the president's senior adviser, "
                     "who flew to Riyadh at the end of August.", published="2020-09-16")
    assert parties(found) == [["Jared Kushner", "Saudi Arabia"]]
    found = contacts("The American side will be led by Steve Witkoff, the president's envoy, "
                     "who was in Moscow on Friday for a meeting with Putin.",
                     published="2025-04-11")
    assert parties(found) == [["Steve Witkoff", "Vladimir Putin"]]
    assert found[0].date == "2025-04-11"


def test_calling_a_counterpart_and_discussing_with_someone_are_contacts():
    found = contacts("The Pakistani foreign minister had called his Indian counterpart on "
                     "Saturday afternoon.", published="2025-05-11")
    assert [c.format for c in found] == ["phone call"]
    found = contacts("Erdogan discussed the plan with Putin in Tehran on Tuesday.",
                     published="2022-07-22")
    assert [(sorted(c.participants), c.date, c.status) for c in found] == [
        (["Recep Tayyip Erdoğan", "Vladimir Putin"], "2022-07-19", "held")]
    assert contacts("The minister discussed the budget with reporters on Tuesday.") == []


def test_people_met_each_in_a_place_of_their_own_and_the_seat_is_a_place():
    found = contacts("Scholz met Macron in Paris and Meloni in Rome in early May.",
                     published="2022-07-22")
    assert [(sorted(c.participants), c.place, c.date) for c in found] == [
        (["Emmanuel Macron", "Olaf Scholz"], "Paris", "2022-05"),
        (["Giorgia Meloni", "Olaf Scholz"], "Rome", "2022-05")]
    found = contacts("Witkoff held talks with Putin in the Kremlin on August 6.",
                     published="2025-08-16")
    assert parties(found) == [["Steve Witkoff", "Vladimir Putin"]]


def test_who_travels_alongside_the_traveller_is_no_host():
    found = contacts("The deal was negotiated by Jared Kushner, the president's son-in-law and "
                     "senior adviser, who flew to Abu Dhabi at the end of August alongside the "
                     "Israeli adviser Meir Ben-Shabbat.", published="2020-09-16")
    assert parties(found) == [["Jared Kushner", "Meir Ben-Shabbat", "United Arab Emirates"]]
    found = contacts("Weeks of shuttle diplomacy by Guterres, who met Russian President Vladimir "
                     "Putin in Moscow and Zelenskiy in Kyiv in late April, preceded the deal.",
                     published="2022-07-22")
    assert [(sorted(c.participants), c.place) for c in found] == [
        (["António Guterres", "Vladimir Putin"], "Moscow"),
        (["António Guterres", "Volodymyr Zelensky"], "Kyiv")]


def test_a_hope_to_speak_is_a_wish_and_whose_office_is_no_party():
    found = contacts("Trump said he hoped to speak with Putin this week and that Witkoff would "
                     "travel to Moscow.", published="2025-03-12")
    assert parties(found) == [["Russia", "Steve Witkoff"]]
    found = contacts("The talks in Geneva were held between Blinken and a delegation led by "
                     "Andriy Yermak, head of President Volodymyr Zelensky's office.",
                     published="2025-03-12")
    assert all("Volodymyr Zelensky" not in c.participants for c in found)


def test_a_who_clause_on_a_description_with_a_name_beside_it_is_that_named_person() -> None:
    # (sentence written for this test) the 'who' hangs on 'wife', whose name stands beside it
    text = ("Among the guests were the senator and his wife, Maria, who spoke of her long "
            "discussions with the director of the archive, Paul Hendry.")
    found = [c.participants for c in contacts(text, "2016-09-25")]
    assert found and all(any("Maria" in name for name in p) for p in found)
