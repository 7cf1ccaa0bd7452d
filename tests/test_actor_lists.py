"""The per-article actor list: country and sector of people the gazetteer does not know, from
the words around their names; bodies named in the possessive; what is not an actor at all.
The sentences are written for these tests."""

import pytest

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


def _actors(text, published="2022-06-01"):
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))
    return {a.name: (a.country, a.sector) for a in doc._.actors}


@pytest.mark.parametrize("text, name, country, sector", [
    ("Borys Hnatenko, a spokesman for the Ukrainian Foreign Ministry, said the talks were over.",
     "Borys Hnatenko", "Ukraine", None),
    ("Pavel Sorokin, Moscow's envoy to the grain talks, said a deal was near.",
     "Pavel Sorokin", "Russia", "government"),
    ("Karim Haddad, an aide to the Lebanese prime minister, said the border was calm.",
     "Karim Haddad", "Lebanon", "government"),
    ("Syrian government spokesman Fadi Mansour denied the report.",
     "Fadi Mansour", "Syria", "government"),
    ("Polish journalist Ewa Zielinska was detained at the border.",
     "Ewa Zielinska", "Poland", "media"),
])
def test_the_office_around_an_unknown_name_gives_country_and_sector(text, name, country, sector):
    found = _actors(text)
    assert found[name][0] == country
    if sector is not None:
        assert found[name][1] == sector


def test_a_topic_in_an_expert_s_apposition_is_not_the_expert_s_country():
    found = _actors("Laura Pennington, a China specialist at a London think tank, doubted it.")
    assert found["Laura Pennington"][0] != "China"


def test_a_signature_line_gives_the_signatory_s_state():
    text = ("The ministers signed the statement below.\n\n"
            "Helmut Brandauer, Federal Minister of Transport, Austria\n\n"
            "Lucia Ferrante MP, Minister for Trade, Italy")
    found = _actors(text)
    assert found["Helmut Brandauer"] == ("Austria", "government")
    assert found["Lucia Ferrante"][0] == "Italy"
    assert "Lucia Ferrante MP" not in found


def test_a_possessive_state_picks_its_own_body_among_namesakes():
    found = _actors("The United States sanctioned two members of Russia's Security Council.")
    assert "Security Council of Russia" in found
    assert "UN Security Council" not in found


def test_kin_of_a_known_leader_share_his_country():
    found = _actors("Muammar Gaddafi stayed hidden. Saif al-Islam Gaddafi spoke to reporters "
                    "outside the hotel.", published="2011-08-22")
    assert found["Saif al-Islam Gaddafi"][0] == "Libya"


def test_another_transliteration_of_a_known_leader():
    found = _actors("Moammar Kadafi's forces held the city.", published="2011-08-20")
    assert "Muammar Gaddafi" in found


@pytest.mark.parametrize("text, not_an_actor", [
    ("Shells fell on the villages of Tell Harmaz and Qasr Abyad overnight.", "Tell Harmaz"),
    ("Government troops seized Wadi Safra on Tuesday.", "Wadi Safra"),
    ("She served as Minister for Economic Affairs and Climate Action.", "Climate Action"),
    ("Missiles struck the Lysychansk Oil Refinery overnight.", "Lysychansk Oil Refinery"),
    ("Staff at the Enerhodar Nuclear Power Plant were detained.", "Enerhodar Nuclear Power Plant"),
])
def test_places_and_fields_of_office_are_not_actors(text, not_an_actor):
    assert not_an_actor not in _actors(text)


@pytest.mark.parametrize("text, not_an_actor", [
    ("The Iron Dome intercepted most of the rockets fired at the coast.", "Iron Dome"),
    ("Dear Madam Speaker: I write to report a new proclamation.", "Dear Madam"),
    ("The rule follows the National Defense Authorization Act (NDAA), and the NDAA sets the "
     "budget.", "NDAA"),
])
def test_weapons_salutations_and_the_letters_of_a_law_are_not_actors(text, not_an_actor):
    assert not_an_actor not in _actors(text)


def test_a_militant_and_a_soldier_described_before_their_names():
    found = _actors("Militant leader Abu Harith al-Tamimi escaped, and 24-year-old British "
                    "soldier Tom Ashcroft was wounded.", published="2006-05-01")
    assert found["Abu Harith al-Tamimi"][1] == "rebel"
    assert found.get("Tom Ashcroft", ("United Kingdom", "military")) == ("United Kingdom",
                                                                          "military")


def test_an_office_s_short_name_is_its_department():
    found = _actors("The Secretary of Homeland Security will issue the rules.")
    assert "Department of Homeland Security" in found
    assert "Homeland Security" not in found


def test_an_escaped_line_break_separates_words_and_sentences():
    nlp_text = r"Talks ended on Monday.\nNetanyahu said the operation would go on."
    found = _actors(nlp_text, published="2014-08-03")
    assert "Benjamin Netanyahu" in found


@pytest.mark.parametrize("headline, people", [
    ("Lavrov, Guterres discuss grain corridor", {"Sergey Lavrov", "António Guterres"}),
    ("Raisi and Erdogan hold talks in Tehran", {"Ebrahim Raisi", "Recep Tayyip Erdoğan"}),
    ("Erdogan-Putin meeting set for Sochi", {"Recep Tayyip Erdoğan", "Vladimir Putin"}),
])
def test_a_headline_s_bare_surnames_of_office_holders_are_people(headline, people):
    assert people <= set(_actors(headline, published="2022-07-20"))


def test_a_surname_that_is_an_english_word_needs_the_tagger():
    found = _actors("Price increases hit the region hard, the ministry said.",
                    published="2022-07-20")
    assert not any(name.endswith("Price") for name in found)


def test_a_surname_qualifying_a_noun_is_not_the_person():
    found = _actors("Critics spoke of anti-Blinken sentiment and a Blinken doctrine.",
                    published="2022-07-20")
    assert "Antony Blinken" not in found


@pytest.mark.parametrize("text, not_an_actor", [
    ("Paris and Berlin want to revive the Minsk agreements.", "Belarus"),
    ("Two people died in the Oslo shooting, police said.", "Norway"),
    ("Strikes near the Hartwell B nuclear plant alarmed inspectors.", "Hartwell B"),
    ("Kuleba thanked partners « World | Pravda.NET", "NET"),
    ("Shelling hit Zaporozhye and Nikolaev overnight.", "Zaporozhye"),
])
def test_a_city_naming_a_thing_a_site_and_a_web_address_are_not_actors(text, not_an_actor):
    assert not_an_actor not in _actors(text, published="2022-07-20")


def test_a_capital_still_speaks_for_its_government():
    assert "Belarus" in _actors("Minsk says the border will stay open.", published="2022-07-20")


def _they(text):
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published="2021-12-08")))
    return sorted(m.actor for m in doc._.actor_mentions if m.text.lower() == "they")


def test_they_after_two_named_parties_is_both():
    assert _they("Scholz and Macron spoke by phone on Monday. They agreed to meet in May.") == \
        ["Emmanuel Macron", "Olaf Scholz"]
    assert _they("Serbia and Kosovo sent envoys, and they signed the text.") == \
        ["Kosovo", "Serbia"]


def test_they_for_things_or_unnamed_groups_stays_unresolved():
    assert _they("Scholz and Macron discussed the tariffs. They were raised in May.") == []
    assert _they("Farmers blocked the roads. They demanded lower fuel prices.") == []


def test_a_title_with_its_holder_named_beside_it_is_that_holder():
    nlp = build_pipeline(None)
    text = ("The White House press secretary, Karine Jean-Pierre, took questions. She said the "
            "talks would go on.")
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published="2022-01-10")))
    actors = {m.text: m.actor for m in doc._.actor_mentions}
    assert actors["press secretary"] == "Karine Jean-Pierre"
    assert actors["She"] == "Karine Jean-Pierre"
    assert "Jen Psaki" not in {a.name for a in doc._.actors}


def _group(text, published):
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))
    return sorted(m.actor for m in doc._.actor_mentions if m.text.lower() == "the two leaders")


def test_the_two_leaders_after_a_visit_are_the_visitor_and_the_host():
    assert _group("Scholz flew to Tokyo on Sunday. The two leaders discussed trade.",
                  "2022-04-28") == ["Fumio Kishida", "Olaf Scholz"]
    assert _group("Erdogan arrived in Kyiv on Thursday. The two leaders signed a deal.",
                  "2022-08-18") == ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"]


def test_the_two_leaders_without_a_visit_are_not_guessed():
    assert _group("Scholz spoke about Tokyo. The two leaders discussed trade.",
                  "2022-04-28") == []
