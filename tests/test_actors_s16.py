"""Actor resolution and quote speakers, session 16: mechanisms found on probe articles written
for the project (/tmp/t16/a5/p) and seen again on dev11/dev12. Sentences written for these
tests."""

from spacy.tokens import Doc

from tests.text_analysis import doc_of


def _doc(text: str, day: str) -> Doc:
    return doc_of(text, published=day)


def mentions(text: str, day: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor) for m in _doc(text, day)._.actor_mentions]


def speakers(text: str, day: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in _doc(text, day)._.quotes]


# --- quote speakers: one person under one name

def test_a_speaker_cut_at_a_hyphen_of_a_gazetteer_name_is_the_person() -> None:
    text = ("Chinese leader Xi Jinping landed in Pyongyang on Thursday. South Korean President "
            "Moon Jae-in has asked China to help restart the stalled nuclear talks.")
    found = speakers(text, "2019-06-20")
    assert any(who == "Moon Jae-in" and "nuclear talks" in said for who, said in found)
    assert not any(who == "Moon Jae" for who, _ in found)


def test_a_speaker_cut_at_a_hyphen_of_a_given_name_is_the_person_named() -> None:
    text = ("Macron hosted Modi on Friday. An Elysee adviser, Jean-Marc Bouvier, told "
            "reporters that the two men had spoken alone. He said they had also covered the "
            "war in Sudan.")
    found = speakers(text, "2023-07-14")
    assert [who for who, said in found if "Sudan" in said] == ["Jean-Marc Bouvier"]


def test_a_speaker_printed_without_accents_is_the_gazetteer_person() -> None:
    text = ("Mexico's Foreign Minister Alicia Barcena met U.S. Secretary of State Antony "
            "Blinken on Tuesday. Barcena said the two sides would set up a working group.")
    found = speakers(text, "2023-10-04")
    assert [who for who, said in found if "working group" in said] == ["Alicia Bárcena"]


# --- possessives

def test_his_after_an_office_nobody_is_named_to_is_no_person_of_the_article() -> None:
    text = ("Jake Sullivan met Wang Yi in Beijing on Wednesday. The White House said Biden and "
            "Xi would speak soon, and that the head of the U.S. Pacific Fleet and his "
            "counterpart in the Chinese navy would also hold a call.")
    found = mentions(text, "2024-08-29")
    people = {"Joe Biden", "Xi Jinping", "Jake Sullivan", "Wang Yi"}
    assert not [(said, who) for said, who in found
                if said in ("his", "counterpart") and who in people]


def test_his_after_an_office_with_its_holder_named_is_that_holder() -> None:
    text = ("Officials said the head of the chancellery, Wolfgang Schmidt, and his "
            "counterpart in Beijing would meet again in the autumn.")
    assert ("his", "Wolfgang Schmidt") in mentions(text, "2023-04-20")


# --- "the two men" told by someone who met nobody

def test_the_two_men_told_by_a_spokeswoman_are_the_pair_who_met() -> None:
    text = ("NATO Secretary-General Jens Stoltenberg met Swedish Prime Minister Ulf "
            "Kristersson in Brussels on Thursday. Kristersson told reporters that his "
            "government would keep talking to Ankara. A NATO spokeswoman, Anna Lindqvist, said "
            "the two men had also discussed support for Ukraine.")
    pair = sorted(who for said, who in mentions(text, "2023-06-15") if said == "the two men")
    assert pair == ["Jens Stoltenberg", "Ulf Kristersson"]


def test_the_two_men_told_by_an_aide_are_the_host_and_guest() -> None:
    text = ("Macron hosted Modi on Friday. An Elysee adviser, Jean-Marc Bouvier, told reporters "
            "that the two men had spoken alone for an hour.")
    pair = sorted(who for said, who in mentions(text, "2023-07-14") if said == "the two men")
    assert pair == ["Emmanuel Macron", "Narendra Modi"]


def test_the_two_men_told_by_one_of_them_stay_the_pair() -> None:
    text = ("Biden met Scholz at the White House on Monday. Biden said the two men had "
            "discussed the diplomacy under way with the Kremlin.")
    pair = sorted(who for said, who in mentions(text, "2022-02-08") if said == "the two men")
    assert pair == ["Joe Biden", "Olaf Scholz"]


# --- clergy named by their title

def test_the_cardinal_is_the_cardinal_named_before() -> None:
    text = ("Cardinal Matteo Zuppi, the pope's peace envoy, travelled to Kyiv on Monday. "
            "Andriy Yermak, Zelensky's chief of staff, said that the cardinal had listened "
            "carefully.")
    assert ("the cardinal", "Matteo Zuppi") in mentions(text, "2023-06-06")


def test_the_ayatollah_is_the_ayatollah_named_before() -> None:
    text = ("Pope Francis met Grand Ayatollah Ali al-Sistani in Najaf on Saturday. According "
            "to his office, the ayatollah told the pope that Christians should live in peace.")
    assert ("the ayatollah", "Ali al-Sistani") in mentions(text, "2021-03-06")


def test_the_patriarch_with_no_titled_person_is_nobody() -> None:
    text = ("The accords bear the name of Abraham, the patriarch revered by Jews, Christians "
            "and Muslims alike, and Netanyahu signed them in Washington.")
    assert not [who for said, who in mentions(text, "2020-09-16") if said == "the patriarch"]


# --- a place that only locates people outside the government

def test_opposition_lawmakers_in_a_capital_are_not_its_state() -> None:
    text = ("Kishida met Albanese in Tokyo on Tuesday. Opposition lawmakers in Tokyo criticised "
            "the defence pact.")
    assert [who for said, who in mentions(text, "2023-10-17") if said == "Tokyo"] == ["Japan"]


def test_diplomats_in_a_capital_are_not_its_state_but_its_officials_are() -> None:
    text = ("Erdogan received Orban in Ankara on Thursday. Diplomats in Ankara said the visit "
            "was a message to Brussels. Officials in Ankara said the talks went well.")
    assert [who for said, who in mentions(text, "2023-05-25") if said == "Ankara"] == \
        ["Turkey", "Turkey"]
    found = mentions(text, "2023-05-25")
    ankara = [k for k, (said, _) in enumerate(found) if said == "Ankara"]
    assert len(ankara) == 2


def test_analysts_in_a_capital_are_no_state() -> None:
    text = "Biden met Xi in Woodside. Analysts in Beijing said the summit had steadied ties."
    assert not [who for said, who in mentions(text, "2023-11-16") if said == "Beijing"]


# --- a given name of two syllables joined by a hyphen

def test_a_korean_given_name_keeps_its_second_syllable() -> None:
    text = ("Opposition leader Lee Jae-myung accused President Yoon Suk Yeol of humiliating "
            "diplomacy. Lee said the deal gave everything away.")
    found = mentions(text, "2023-05-08")
    assert [who for said, who in found if said.startswith("Lee")] == \
        ["Lee Jae-myung", "Lee Jae-myung"]


def test_a_name_before_a_participle_is_still_cut_from_it() -> None:
    text = ("Michael Bloomberg-funded groups spent heavily in the race, and Bloomberg "
            "himself toured the state.")
    assert not [who for _, who in mentions(text, "2020-02-20") if "funded" in who]


# --- a possessive in a phrase set before the main clause points forward

def test_his_in_a_fronted_participle_is_the_main_clauses_subject() -> None:
    text = ("Blinken met Foreign Minister Wang Yi on Friday. Wang warned Washington not to cross "
            "red lines. Speaking to reporters at the end of his visit, Blinken said he had made "
            "progress.")
    found = mentions(text, "2024-04-26")
    assert ("his", "Antony Blinken") in found and ("his", "Wang Yi") not in found


def test_his_in_a_fronted_phrase_is_the_person_named_after_it() -> None:
    text = ("Penny Wong met her New Zealand counterpart, Winston Peters, in Canberra on Thursday. "
            "Peters said Wellington wanted a seat at the table. In his first public remarks on "
            "the matter, Chinese Premier Li Qiang said the region needed no new alliances.")
    assert ("his", "Li Qiang") in mentions(text, "2024-03-15")


def test_her_in_a_fronted_clause_without_a_subject_is_the_main_subject() -> None:
    text = ("Penny Wong met Winston Peters in Canberra on Thursday. Peters said the two "
            "countries would coordinate their aid. After briefing her cabinet colleagues on "
            "Friday, Wong told ABC radio that she welcomed the visit.")
    assert ("her", "Penny Wong") in mentions(text, "2024-03-15")


def test_his_inside_the_main_clause_keeps_its_reading() -> None:
    text = "Macron met Scholz in Paris on Monday. In a speech afterwards, Scholz praised his host."
    assert ("his", "Olaf Scholz") in mentions(text, "2024-04-26")


# --- "the leaders" after a group named by its states

def test_the_leaders_after_leaders_of_four_states_are_those_states() -> None:
    text = ("Last week the leaders of France, Germany, Italy and Poland travelled together to "
            "Kyiv. Two days later Zelensky flew to Ankara and met President Recep Tayyip "
            "Erdogan. The leaders who stood in Kyiv said Russia would face new sanctions.")
    found = sorted(who for said, who in mentions(text, "2025-05-20") if said == "The leaders")
    assert found == ["France", "Germany", "Italy", "Poland"]


def test_the_two_leaders_stay_the_pair_after_a_list() -> None:
    text = ("Last week the leaders of France, Germany, Italy and Poland travelled together to "
            "Kyiv. Two days later Zelensky flew to Ankara and met President Recep Tayyip "
            "Erdogan. The two leaders discussed a prisoner exchange.")
    found = sorted(who for said, who in mentions(text, "2025-05-20") if said == "The two leaders")
    assert found == ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"]


# --- Brussels: the one body seated there that the article names

def test_brussels_urged_beside_the_commission_is_the_eu() -> None:
    text = ("Italian Prime Minister Giorgia Meloni met European Commission President Ursula von "
            "der Leyen in Rome on Monday. Meloni urged Brussels to release funds for Tunisia "
            "quickly. Officials in Brussels said the plan would include money for coast guards.")
    found = [who for said, who in mentions(text, "2023-06-12") if said == "Brussels"]
    assert found == ["European Union", "European Union"]


def test_met_in_brussels_stays_the_city() -> None:
    text = ("Ursula von der Leyen met Olaf Scholz in Brussels on Monday, and the European "
            "Commission said the talks had gone well.")
    assert [who for said, who in mentions(text, "2023-06-12") if said == "Brussels"] == \
        ["Belgium"]


# --- a he/she that a verb of saying gives a named speaker, in reported speech too

def test_a_parenthetical_he_said_is_the_teller_not_the_man_named_before_it() -> None:
    text = ("U.S. envoy Steve Witkoff met Russian negotiator Kirill Dmitriev in Geneva on Monday. "
            "Witkoff said afterwards that the talks had been useful. Dmitriev, he said, had "
            "promised to take the proposal to Moscow.")
    found = mentions(text, "2025-03-10")
    assert [who for said, who in found if said == "he"] == ["Steve Witkoff"]


def test_asked_whether_another_would_come_he_said_is_the_one_asked() -> None:
    text = ("Dmitriev told Russian television that Moscow wanted sanctions eased first. Asked "
            "whether Donald Trump would visit Moscow, he said the Kremlin would welcome such "
            "a visit.")
    found = mentions(text, "2025-03-10")
    assert [who for said, who in found if said == "he"] == ["Kirill Dmitriev"]
