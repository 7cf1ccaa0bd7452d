"""Actor resolution, session 14: second references found on probe articles written for the
project ("his counterpart" with no state, "the host", "her guest", "the visiting minister").
Sentences written for these tests."""

from functools import lru_cache

from spacy.language import Language

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


@lru_cache(maxsize=1)
def _nlp() -> Language:
    return build_pipeline(None)


def mentions(text: str, day: str) -> list[tuple[str, str]]:
    nlp = _nlp()
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=day)))
    return [(m.actor, m.text) for m in doc._.actor_mentions]


def test_a_bare_counterpart_is_the_holder_of_the_same_office_named_before() -> None:
    text = ("Penny Wong and Subrahmanyam Jaishankar held talks in Canberra on Tuesday. "
            "Later Jaishankar said his counterpart had promised more lithium.")
    assert ("Penny Wong", "counterpart") in mentions(text, "2023-03-07")


def test_a_bare_counterpart_of_a_leader_may_hold_the_other_leading_office() -> None:
    text = ("Emmanuel Macron spoke with Fumio Kishida by phone on Friday. "
            "Macron said afterwards that his counterpart shared his worries.")
    assert ("Fumio Kishida", "counterpart") in mentions(text, "2023-02-10")


def test_a_bare_counterpart_is_no_one_when_no_holder_of_the_office_was_named() -> None:
    text = ("Penny Wong flew to Jakarta on Tuesday, where she met business leaders. "
            "She said her counterpart would come to Australia in June.")
    assert not any(text_ == "counterpart" for _, text_ in mentions(text, "2023-03-07"))


def test_the_host_is_the_person_of_the_state_visited() -> None:
    text = ("Olaf Scholz arrived in Tokyo on Saturday and met Fumio Kishida. "
            "The chancellor thanked his host for a warm welcome.")
    assert ("Fumio Kishida", "host") in mentions(text, "2023-03-18")


def test_the_guest_and_the_visiting_minister_are_the_visitor() -> None:
    text = ("CANBERRA - Penny Wong welcomed Subrahmanyam Jaishankar on Monday for the "
            "visiting minister's first stay in two years. Wong pressed her guest on trade.")
    found = mentions(text, "2023-03-06")
    assert ("Subrahmanyam Jaishankar", "visiting minister") in found
    assert ("Subrahmanyam Jaishankar", "guest") in found


def test_a_qualified_guest_is_no_one_named() -> None:
    text = ("Joe Biden hosted Fumio Kishida in Washington on Friday. "
            "Biden said his next guest would come from Africa.")
    assert not any(text_ == "guest" for _, text_ in mentions(text, "2023-01-13"))


def test_no_host_without_a_visit() -> None:
    text = ("Olaf Scholz spoke with Fumio Kishida by phone. He said the host of the next "
            "summit would be chosen in June.")
    assert not any(text_ == "host" for _, text_ in mentions(text, "2023-03-18"))


def test_the_prime_minister_is_the_holder_just_named_though_out_of_office_now() -> None:
    text = ("When Boris Johnson visited Paris in 2021, the prime minister promised a new deal "
            "on migration. It never came.")
    assert ("Boris Johnson", "the prime minister") in mentions(text, "2024-02-01")


def test_the_prime_minister_is_not_someone_who_took_the_office_only_later() -> None:
    text = ("Boris Johnson met Mike Pompeo in London. Later the prime minister hosted "
            "a dinner at Chequers.")
    found = mentions(text, "2018-05-01")
    assert ("Boris Johnson", "the prime minister") not in found


def test_the_secretary_of_state_is_not_a_foreign_minister_just_named() -> None:
    text = ("Antony Blinken will meet Sergey Lavrov in Vienna. The secretary of state said he "
            "expected little.")
    assert ("Sergey Lavrov", "The secretary of state") not in mentions(text, "2021-11-30")


def test_the_two_ministers_are_the_two_latest_ministers_not_the_leader_between() -> None:
    text = ("Annalena Baerbock met Hakan Fidan in Ankara. President Recep Tayyip Erdogan "
            "received Baerbock later. An aide, Selim Kaya, said the two ministers would "
            "meet again soon.")
    found = {actor for actor, text_ in mentions(text, "2023-07-02")
             if text_ == "the two ministers"}
    assert found == {"Annalena Baerbock", "Hakan Fidan"}


def test_a_title_after_a_staff_noun_is_not_the_name_apposed() -> None:
    text = ("Penny Wong arrived in Jakarta on Monday. An adviser to the foreign minister, "
            "Tom Reilly, said she would stay two days.")
    found = mentions(text, "2023-03-06")
    assert ("Tom Reilly", "the foreign minister") not in found


def people_and_bodies(text: str, day: str) -> dict[str, str]:
    nlp = _nlp()
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=day)))
    return {a.name: a.kind for a in doc._.actors}


def test_a_name_beside_a_leaders_office_is_a_person_whatever_the_tagger_says() -> None:
    text = ("Kenya's leader welcomed Ghana's president, Nana Akufo-Addo, to Nairobi on "
            "Monday for talks on trade.")
    assert people_and_bodies(text, "2023-10-02").get("Nana Akufo-Addo") == "person"


def test_a_name_followed_by_an_office_in_apposition_is_a_person() -> None:
    text = ("Xi's envoy worked with Cui Tiankai, China's ambassador, on the arrangements "
            "for the visit.")
    assert people_and_bodies(text, "2017-04-02").get("Cui Tiankai") == "person"


def test_a_hyphenated_surname_alone_is_the_person_named_in_full() -> None:
    text = ("Ghana's president, Nana Akufo-Addo, flew to Nairobi on Monday. "
            "Akufo-Addo said Africa could not wait for others.")
    assert ("Nana Akufo-Addo", "Akufo-Addo") in mentions(text, "2023-10-02")


def test_the_demonym_negotiator_is_the_latest_person_of_that_state_named() -> None:
    text = ("Iran's chief negotiator Ali Bagheri Kani arrived in Vienna on Monday. "
            "The Iranian negotiator said his team brought new ideas.")
    assert ("Ali Bagheri Kani", "The Iranian negotiator") in mentions(text, "2021-12-06")


def test_the_demonym_minister_is_not_the_leader_of_that_state() -> None:
    text = ("Recep Tayyip Erdogan met Dmytro Kuleba on Friday, and Turkish Foreign Minister "
            "Mevlut Cavusoglu joined them. Erdogan spoke first. The Turkish minister then "
            "urged restraint.")
    found = mentions(text, "2022-03-11")
    assert ("Mevlüt Çavuşoğlu", "The Turkish minister") in found


def test_the_demonym_diplomat_is_no_one_when_no_one_of_that_state_was_named() -> None:
    text = ("Antony Blinken arrived in Vienna on Monday. The Russian diplomat at the talks "
            "said little.")
    found = mentions(text, "2021-12-06")
    assert not any(text_ == "The Russian diplomat" for _, text_ in found)


def test_the_former_president_is_the_one_named_who_left_office() -> None:
    text = ("Yoon Suk Yeol met business leaders in Seoul, and Moon Jae-in spoke at his home "
            "in Yangsan. The former president said the talks with Tokyo had been rushed.")
    assert ("Moon Jae-in", "The former president") in mentions(text, "2022-09-01")


def test_his_predecessor_is_the_one_named_who_held_his_office_before_him() -> None:
    text = ("Moon Jae-in stayed silent for weeks. Yoon Suk Yeol spoke about Japan on Monday, "
            "and his predecessor answered the next day.")
    assert ("Moon Jae-in", "predecessor") in mentions(text, "2022-09-01")


def test_a_predecessor_is_no_one_when_the_article_names_none() -> None:
    text = "Yoon Suk Yeol spoke about Japan on Monday, and his predecessor kept silent."
    assert not any(text_ == "predecessor" for _, text_ in mentions(text, "2022-09-01"))


def test_a_day_opening_the_sentence_is_no_part_of_the_name_after_it() -> None:
    found = mentions("On Monday Yoon Suk Yeol spoke about Japan.", "2022-09-01")
    assert ("Yoon Suk Yeol", "Yoon Suk Yeol") in found



def test_the_president_is_the_one_named_when_the_home_president_never_is() -> None:
    text = ("ROME - Emmanuel Macron met Giorgia Meloni in Rome on Thursday. An Elysee "
            "spokeswoman said the president had raised the war in Ukraine.")
    assert ("Emmanuel Macron", "the president") in mentions(text, "2023-06-22")


def test_the_leader_who_speaks_is_the_head_of_government_where_it_leads() -> None:
    nlp = _nlp()
    text = ("ROME - Emmanuel Macron and Giorgia Meloni met in Rome on Thursday.\n\n"
            "The Italian leader said the two governments would work together on returns.")
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published="2023-06-22")))
    assert [q.speaker for q in doc._.quotes] == ["Giorgia Meloni"]


def test_the_two_presidents_a_seat_speaks_of_include_its_leader() -> None:
    text = ("Joe Biden met Luiz Inacio Lula da Silva in February. In March Lula called Vladimir "
            "Putin. A White House spokesman said the two presidents had a strong relationship.")
    found = {actor for actor, text_ in mentions(text, "2023-11-20")
             if text_ == "the two presidents"}
    assert found == {"Joe Biden", "Luiz Inácio Lula da Silva"}


def test_a_day_opening_the_sentence_leaves_a_lone_known_surname_a_person() -> None:
    found = mentions("Talks went on all week. On Friday Scholz urged both sides to talk.",
                     "2022-02-16")
    assert ("Olaf Scholz", "Scholz") in found



def test_an_occupation_opening_a_sentence_is_no_part_of_the_name() -> None:
    found = mentions("Analyst Priya Natarajan said the plan would fail.", "2023-03-15")
    assert ("Priya Natarajan", "Analyst Priya Natarajan") in found


def test_a_colleague_of_a_state_is_the_counterpart_there() -> None:
    text = ("Pedro Sanchez and Alexander De Croo visited Jerusalem on Thursday. De Croo said "
            "he and his Spanish colleague wanted a lasting ceasefire.")
    assert ("Pedro Sánchez", "Spanish colleague") in mentions(text, "2023-11-23")


def test_a_colleague_with_no_state_is_left_alone() -> None:
    text = ("Pedro Sanchez met Alexander De Croo on Thursday. De Croo said his cabinet "
            "colleague would travel to Madrid.")
    assert not any(text_.endswith("colleague") for _, text_ in mentions(text, "2023-11-23"))


def test_the_minister_is_the_latest_minister_named_not_a_prime_minister() -> None:
    text = ("Belgian Prime Minister Alexander De Croo met Israeli Foreign Minister Eli Cohen. "
            "Later Prime Minister Benjamin Netanyahu spoke. The minister said little.")
    assert ("Eli Cohen", "The minister") in mentions(text, "2023-11-23")
