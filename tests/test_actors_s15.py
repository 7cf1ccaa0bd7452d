"""Actor resolution and quote speakers, session 15: mechanisms found on probe articles written
for the project (/tmp/t15/a4). Sentences written for these tests."""

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


@lru_cache(maxsize=1)
def _nlp() -> Language:
    return build_pipeline(None)


def _doc(text: str, day: str) -> Doc:
    nlp = _nlp()
    return nlp(make_doc(nlp, Article(doc="t", text=text, published=day)))


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
    nlp = _nlp()
    text = ("Spain's foreign minister, José Manuel Albares, met Moroccan counterpart Samir "
            "Haddaoui in Rabat on Monday.")
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published="2024-02-05")))
    assert {a.name: a.country for a in doc._.actors}.get("Samir Haddaoui") == "Morocco"
