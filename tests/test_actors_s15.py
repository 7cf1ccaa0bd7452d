"""Actor resolution and quote speakers, session 15: mechanisms found on probe articles written
for the project (/tmp/t15/a4). Sentences written for these tests."""

from spacy.tokens import Doc

from tests.text_analysis import doc_of


def _doc(text: str, day: str) -> Doc:
    return doc_of(text, published=day)


def mentions(text: str, day: str) -> list[tuple[str, int, str]]:
    return [(m.actor, m.start, m.text) for m in _doc(text, day)._.actor_mentions]


def speakers(text: str, day: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in _doc(text, day)._.quotes]


def test_a_speaker_named_by_a_hyphenated_surname_is_the_person_resolved() -> None:
    text = ("Ghana's president, Nana Akufo-Addo, met business leaders in Kumasi on Monday. "
            "Akufo-Addo said the new port would open in March.")
    assert any(who == "Nana Akufo-Addo" and "port" in said
               for who, said in speakers(text, "2022-05-09"))


def test_a_bare_shared_surname_speaker_is_the_person_resolved() -> None:
    text = ("Foreign Minister Wang Yi met envoys from the Gulf in Beijing on Monday. "
            "Spokesman Wang Wenbin later spoke to reporters. "
            "Wang said the envoys had asked for more flights.")
    assert any(who == "Wang Wenbin" and "flights" in said
               for who, said in speakers(text, "2023-03-06"))


def test_the_side_a_demonym_names_speaks_for_its_state() -> None:
    text = ("Wang Yi met the Foreign Minister of Brazil, Mauro Vieira, in Beijing on Friday. "
            "The Chinese side said the two countries should open more direct flights.")
    assert any(who == "China" and "flights" in said
               for who, said in speakers(text, "2023-04-14"))


def test_a_family_name_written_first_is_the_relative_named_last_in_full() -> None:
    text = ("North Korea's Kim Yo Jong issued a new warning on Sunday. "
            "Kim, the younger sister of leader Kim Jong Un, said the drills were a rehearsal "
            "for war. Officials in Seoul said the message from Kim was aimed at Washington.")
    found = mentions(text, "2023-03-12")
    bare = [actor for actor, _, said in found if said == "Kim"]
    assert bare == ["Kim Yo Jong", "Kim Yo Jong"]


def test_a_family_name_written_first_follows_the_latest_full_name() -> None:
    text = ("Kim Yo Jong mocked the drills on Monday. On Tuesday Kim Jong Un inspected a "
            "missile unit. Kim told the officers to be ready.")
    found = mentions(text, "2023-03-14")
    assert [actor for actor, _, said in found if said == "Kim"] == ["Kim Jong Un"]


def test_a_gendered_noun_before_a_name_rules_out_the_other_pronoun() -> None:
    text = ("Choe Son Hui met Chinese diplomats in Pyongyang on Monday, her ministry's "
            "spokesman, Ri Chol-ho, said. Ri added that she had also invited them to a "
            "concert.")
    found = mentions(text, "2023-09-18")
    she = [actor for actor, _, said in found if said == "she"]
    assert she == ["Choe Son Hui"]


def test_a_leaders_host_is_the_leader_of_the_state_visited() -> None:
    text = ("ABU DHABI - President Mohamed bin Zayed received Indian Prime Minister Narendra "
            "Modi in Abu Dhabi on Tuesday. Foreign Minister Abdullah bin Zayed also took part "
            "in the talks. Modi said his host had promised to invest in Indian ports.")
    found = mentions(text, "2024-02-13")
    assert [actor for actor, _, said in found if said == "host"] == ["Mohamed bin Zayed Al Nahyan"]


def test_a_post_held_by_several_at_once_is_the_holder_the_article_names() -> None:
    text = ("BEIJING - Foreign ministry spokeswoman Mao Ning said on Monday that China "
            "opposed the new export rules. Analysts said the Chinese spokeswoman had chosen "
            "her words with care.")
    found = mentions(text, "2024-06-03")
    assert ("Mao Ning", "the Chinese spokeswoman") in [(a, t) for a, _, t in found]


def test_the_ambassador_is_the_person_apposed_to_that_post_before() -> None:
    text = ("Chile's ambassador to Japan, Rosa Ibarra, met trade officials in Tokyo on "
            "Monday. The ambassador said the two countries would sign a fisheries accord.")
    found = mentions(text, "2024-05-06")
    assert ("Rosa Ibarra", "The ambassador") in [(a, t) for a, _, t in found]


def test_a_king_named_with_title_and_regnal_number_is_the_gazetteer_person() -> None:
    for text in ("The Egyptian president also spoke by phone with King Abdullah II of Jordan. "
                 "The king thanked Sisi for his help.",
                 "Sisi later spoke with King Abdullah II by phone. The king said Jordan would "
                 "send more aid."):
        found = [(a, t) for a, _, t in mentions(text, "2023-11-06")]
        assert any(a == "Abdullah II" and t.startswith("King Abdullah") for a, t in found)
        assert ("Abdullah II", "The king") in found


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_owner_of_an_office() -> None:
    text = ("When Germany's chancellor met Poland's prime minister in Warsaw, the two spoke "
            "about air defence.")
    found = [(a, t) for a, _, t in mentions(text, "2024-07-02")]
    assert ("Olaf Scholz", "chancellor") in found
    assert ("Donald Tusk", "prime minister") in found


def test_a_demonym_before_counterpart_gives_the_person_a_state() -> None:
    text = ("Spain's foreign minister, José Manuel Albares, met Moroccan counterpart Samir "
            "Haddaoui in Rabat on Monday.")
    doc = _doc(text, "2024-02-05")
    assert {a.name: a.country for a in doc._.actors}.get("Samir Haddaoui") == "Morocco"


def test_a_dateline_parsed_as_the_subject_gives_the_speaker_to_the_person_after_it() -> None:
    text = ("SEOUL (Reuters) - North Korea's Kim Yo Jong on Friday warned Japan that it "
            "would \"pay dearly\" for the joint drills.\n\n"
            "Tokyo said it would not be intimidated.")
    assert any(who == "Kim Yo Jong" and said.startswith("pay dearly")
               for who, said in speakers(text, "2023-08-18"))


def test_the_two_leaders_of_a_named_body_are_its_office_holders() -> None:
    text = ("European Council President Charles Michel and European Commission President "
            "Ursula von der Leyen flew to Tokyo on Wednesday, where Fumio Kishida met them. "
            "The two EU leaders later visited a hydrogen plant.")
    found = [(a, t) for a, _, t in mentions(text, "2023-07-12")]
    assert ("Charles Michel", "The two EU leaders") in found
    assert ("Ursula von der Leyen", "The two EU leaders") in found


def test_the_successor_of_a_former_holder_is_who_took_his_last_office() -> None:
    text = ("Shigeru Ishiba flew to Lima on Thursday. Fumio Kishida, the former prime "
            "minister, spent years mending ties with Seoul. His successor has promised to "
            "keep that course.")
    found = [(a, t) for a, _, t in mentions(text, "2024-11-20")]
    assert ("Shigeru Ishiba", "successor") in found


def test_lower_case_words_the_tagger_takes_for_a_name_are_no_person() -> None:
    text = "The Qatari emir met the envoy on Tuesday, the emiri diwan said."
    assert not any(t == "diwan" for _, _, t in mentions(text, "2024-01-09"))
    assert all(who != "diwan" for who, _ in speakers(text, "2024-01-09"))


def _sides(text: str, day: str, word: str) -> tuple[str, str] | None:
    from readout.analyze.actors import two_sides
    doc = _doc(text, day)
    token = next(t for t in doc if t.lower_ == word)
    return two_sides(doc, token)


def test_both_sides_are_the_pair_last_met_not_the_topics_named_since() -> None:
    text = ("Secretary of State Antony Blinken spoke by phone with Egyptian Foreign Minister "
            "Sameh Shoukry on Monday. Blinken thanked Shoukry for help with aid to Sudan and "
            "Libya, spokesman Matthew Miller said. Miller said both sides would stay in touch.")
    assert set(_sides(text, "2023-05-08", "sides") or ()) == {"Antony Blinken", "Sameh Shoukry"}


def test_both_sides_told_by_one_party_are_that_partys_pair() -> None:
    text = ("Penny Wong met Wang Yi in Beijing on Monday. A day earlier Wong had met "
            "Indonesian Foreign Minister Retno Marsudi in Jakarta. Wang told reporters that "
            "both sides wanted stable ties.")
    assert set(_sides(text, "2023-07-24", "sides") or ()) == {"Penny Wong", "Wang Yi"}


def test_sides_of_a_thing_are_no_two_parties() -> None:
    text = ("Mark Rutte met Keir Starmer in London on Monday. Starmer said people on both "
            "sides of the Channel wanted the deal.")
    assert _sides(text, "2024-10-07", "sides") is None


def test_two_delegations_named_by_their_demonyms_are_the_two_sides() -> None:
    text = ("Armenian and Turkish delegations met in Vienna on Friday. Turkish Foreign "
            "Minister Hakan Fidan welcomed the meeting. An envoy said the two sides had "
            "agreed to open the border crossing for diplomats.")
    assert set(_sides(text, "2024-07-05", "sides") or ()) == {"Armenia", "Turkey"}


def test_the_tail_of_a_name_cut_in_two_is_the_same_person() -> None:
    text = ("Steve Witkoff met Qatar's emir, Sheikh Tamim bin Hamad Al Thani, on Monday. He "
            "later met Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani, who also "
            "serves as foreign minister.")
    tail = [a for a, _, t in mentions(text, "2025-03-10") if t == "Al Thani"]
    assert tail == ["Mohammed bin Abdulrahman Al Thani"]


def test_a_capitals_envoy_is_the_envoy_of_that_state_named_before() -> None:
    text = ("Iran's chief negotiator, Reza Tavakoli, met European officials in Vienna on "
            "Monday. Tehran's envoy told reporters that Iran wanted firm guarantees.")
    found = [(a, t) for a, _, t in mentions(text, "2022-08-08")]
    assert ("Reza Tavakoli", "envoy") in found
    assert any(who == "Reza Tavakoli" and "guarantees" in said
               for who, said in speakers(text, "2022-08-08"))


def test_a_palace_the_tagger_takes_for_a_person_is_none() -> None:
    text = ("Volodymyr Zelensky met Giorgia Meloni at Palazzo Chigi on Saturday. Meloni "
            "promised more air defence.")
    assert not any(t == "Palazzo Chigi" for _, _, t in mentions(text, "2023-05-13"))


def test_a_possessive_in_the_subject_of_a_joined_clause_is_the_first_subject() -> None:
    text = ("Olaf Scholz held talks with Polish Prime Minister Donald Tusk, and his foreign "
            "minister, Annalena Baerbock, met her counterpart Radoslaw Sikorski.")
    his = [a for a, _, t in mentions(text, "2024-07-02") if t == "his"]
    assert his == ["Olaf Scholz"]


def test_a_pronoun_that_a_quote_cue_gives_a_named_speaker_is_that_speaker() -> None:
    text = ("Emmanuel Macron met Olaf Scholz in Berlin on Monday.\n\n"
            "At a news conference after Scholz left for Brussels, Macron was asked about "
            "the tanks. \"We will send more,\" he said.")
    doc = _doc(text, "2023-01-23")
    quote = next(q for q in doc._.quotes if q.text.startswith("We will send"))
    he = next(m for m in doc._.actor_mentions if m.text == "he")
    assert he.actor == quote.speaker == "Emmanuel Macron"


def test_an_object_pronoun_may_be_the_possessor_inside_the_subject() -> None:
    text = ("Yoon Suk Yeol met Antony Blinken in Seoul on Monday. Yoon's ratings are low, and "
            "his critics accuse him of giving too much away.")
    him = [a for a, _, t in mentions(text, "2024-11-04") if t == "him"]
    assert him == ["Yoon Suk Yeol"]
