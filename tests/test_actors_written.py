"""Actors in news about diplomacy: posts of foreign states named around a name, bodies whose
names end in a known body's name, places and roles that are no one (sentences written here)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from readout.analyze import analyze_text  # noqa: E402


def _actors(text: str, published: str = "2024-05-02") -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.country, a.sector) for a in analyze_text(text, published=published).actors}


def test_a_demonym_before_a_post_set_before_the_name_gives_the_country():
    actors = _actors("The Jordanian intelligence chief, Fares Haddadin, arrived in Rome.")
    assert actors["Fares Haddadin"] == ("Jordan", "government")


def test_a_ministry_named_in_lower_case_gives_the_country():
    actors = _actors("A spokeswoman for Japan's foreign ministry, Emi Tanabe, declined to comment.")
    assert actors["Emi Tanabe"] == ("Japan", "government")


def test_an_owner_before_the_post_gives_the_country():
    assert _actors("Brazil's Deputy Foreign Minister Rui Carvalho spoke first.")[
        "Rui Carvalho"][0] == "Brazil"
    actors = _actors("Erdogan's closest advisers Omer Kalkan and Taner Yasar flew to Cairo.")
    assert actors["Omer Kalkan"][0] == "Turkey" and actors["Taner Yasar"][0] == "Turkey"


def test_its_in_a_post_after_the_name_is_the_state_named_before():
    actors = _actors("Egypt sent Hassan Nour, secretary of its High Security Committee.")
    assert actors["Hassan Nour"] == ("Egypt", "government")


def test_a_longer_name_ending_in_a_known_body_is_not_that_body():
    names = set(_actors("Iran's Supreme National Security Council met on Sunday."))
    assert "National Security Council" not in names
    assert "The Atlantic" not in set(_actors("Leaders spoke of a Euro-Atlantic future."))
    assert {"United States", "NATO"} <= set(_actors("The US-NATO rift deepened on Monday."))


def test_a_lone_name_before_a_geographic_noun_is_a_place():
    names = set(_actors("Troops withdrew from the Galvan valley and the Lopez river."))
    assert not any("Galv" in n or "López" in n or "Lopez" in n for n in names)


def test_a_post_held_as_a_role_is_no_reference_to_its_holder():
    names = set(_actors("Pompeo travelled to Pyongyang twice as CIA director.", "2018-06-12"))
    assert "Gina Haspel" not in names
    assert "Donald Trump" in set(_actors("As the president said, the talks were hard.",
                                         "2018-06-12"))


def test_the_group_of_20_and_indias_congress_party():
    names = _actors("The opposition Congress party criticised the Group of 20 communique.")
    assert names.get("Indian National Congress") == ("India", "political_party")
    assert "G20" in names and "US Congress" not in names


def test_an_unknown_body_owned_by_a_state_named_before_it():
    actors = _actors("Turkey's Grand National Assembly must still ratify the protocol.")
    assert actors["Grand National Assembly"] == ("Turkey", "legislature")


def test_model_designations_are_no_people_and_relative_clauses_no_employers():
    assert not any(n.startswith("F-16") for n in _actors("Ankara wants F-16s and MiG-29s."))
    actors = _actors("Choi was joined by Park Jin-soo, the envoy who had carried a letter to "
                     "the White House.")
    assert actors["Park Jin-soo"][0] != "United States"


def _mentions(text: str, published: str = "2023-03-13") -> list[tuple[str, str | None]]:
    from readout.analyze.pipeline import build_pipeline, make_doc
    from readout.records import Article

    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))
    return [(m.text, m.actor) for m in doc._.actor_mentions]


def test_a_bare_the_two_are_the_parties_of_the_sentence_before():
    found = _mentions("Spain cut ties with Morocco in 2021 after a row over the activist Omar "
                      "Ali, whom Judge Ana Ruiz jailed. Since then the two have traded insults.")
    assert sorted(a for t, a in found if t == "the two") == ["Morocco", "Spain"]


def test_a_title_word_ending_a_body_name_stays_in_it():
    names = set(_actors("A report by Citizens for Fair Justice said the plan favours the rich."))
    assert "Citizens for Fair Justice" in names


def test_the_two_men_stay_the_pair_the_article_is_about():
    text = ("President Lula met Chancellor Olaf Scholz in Brasilia on Monday. Both men called "
            "for a trade deal. Talks on the accord stalled in June after Senator Maria Costa "
            "objected, and Secretary Paulo Mendes will travel to Brussels next month. The two "
            "men also discussed the war in Ukraine.")
    found = _mentions(text)
    pairs = [sorted(a for t, a in found if t == phrase) for phrase in ("Both men", "The two men")]
    assert pairs[0] == pairs[1] and "Olaf Scholz" in pairs[1]
    # a new pair named together just before is the one meant
    found = _mentions("Macron met Putin in Moscow. Later, Costa and Mendes met in Lisbon. The "
                      "two men signed a memorandum.")
    assert sorted(a for t, a in found if t == "The two men") != \
        ["Emmanuel Macron", "Vladimir Putin"]


def test_a_dateline_place_is_no_actor():
    names = set(_actors("Talks stall\n\nJERUSALEM — Israel said on Monday it would send a "
                        "delegation to Cairo."))
    assert "JERUSALEM" not in names and "Israel" in names


def test_a_spaced_dash_parts_a_dateline_from_the_name_after_it():
    found = _mentions("Talks\n\nLIMA, Peru - President Lula met Gabriel Boric on Monday.")
    assert ("President Lula", "Luiz Inácio Lula da Silva") in found or \
        any(t.startswith("President") for t, _ in found)
    assert not any(t.startswith("Peru -") for t, _ in found)


def test_a_top_diplomat_who_is_not_the_foreign_minister():
    # March 2023: Qin Gang was foreign minister, Wang Yi the party's foreign affairs chief
    found = _mentions("The rivals stood beside China's top diplomat in Beijing on Friday.",
                      "2023-03-13")
    assert ("top diplomat", "Wang Yi") in found
    found = _mentions("The rivals stood beside China's foreign minister on Friday.", "2023-03-13")
    assert ("foreign minister", "Qin Gang") in found


def test_a_party_name_after_a_bodys_name_is_its_members():
    names = set(_actors("Nora Vance was urged to quit by Senate Finance Committee Democrats."))
    assert "Democratic Party" in names


def test_his_in_the_object_is_the_subjects_not_a_name_in_its_apposition():
    found = _mentions("Tom Weller, Chancellor Olaf Scholz's adviser on Asia, had lunch with his "
                      "counterpart in Tokyo.")
    assert ("his", "Tom Weller") in found
    found = _mentions("John Kerry, President Joe Biden's special envoy for climate, held talks "
                      "with his Chinese counterpart in Shanghai.")
    assert ("his", "John Kerry") in found


def test_an_honorific_picks_the_namesake_of_its_gender():
    found = _mentions("Donald Trump and the first lady, Melania Trump, arrived on Thursday. "
                      "Mrs. Trump visited a hospital on Friday.", "2018-07-14")
    assert ("Mrs. Trump", "Melania Trump") in found or ("Trump", "Melania Trump") in found


def test_a_bare_arabic_surname_is_the_full_name_with_its_article():
    found = _mentions("Pope Francis met Grand Ayatollah Ali al-Sistani in Najaf. Sistani rarely "
                      "receives visitors.", "2021-03-07")
    assert {actor for text, actor in found if "Sistani" in text} == {"Ali al-Sistani"}


def test_the_prime_minister_without_one_at_home_is_the_one_named():
    found = _mentions("Opinion: A dinner at Blenheim\n\nTheresa May has much to decide. On "
                      "Thursday the prime minister welcomed Mr. Trump.", "2018-07-14")
    assert ("the prime minister", "Theresa May") in found


def test_a_short_word_near_a_surname_in_spelling_is_not_that_person():
    found = _mentions("Pope Francis celebrated Mass in Baghdad on Sunday.", "2021-03-08")
    assert not any(actor == "Heiko Maas" for _, actor in found)
    found = _mentions("Lula met Biden at the White House on Friday.", "2023-02-11")
    assert ("Lula", "Luiz Inácio Lula da Silva") in found
