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
