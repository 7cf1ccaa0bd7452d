"""Actor lists on full news articles, fifth set: people introduced by a US party's name,
demonyms that name a language or an origin, committees written "Senate Committee on …",
middle initials that tell two people apart, and people whose gazetteer office had not begun on the article's day. The
sentences are written for these tests."""

import pytest

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(None)


def _actors(nlp, text, published="2015-06-10"):
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))
    return {a.name: (a.country, a.sector) for a in doc._.actors}


@pytest.mark.parametrize("text, name", [
    ("Republican challenger Dana Whitcombe raised $4 million in May.", "Dana Whitcombe"),
    ("The Democratic hopeful Arlo Pennick spoke in Iowa on Tuesday.", "Arlo Pennick"),
    ("Republican Corin Maddox said he would vote no.", "Corin Maddox"),
])
def test_a_person_introduced_by_a_us_party_is_an_american_partisan(nlp, text, name):
    assert _actors(nlp, text)[name] == ("United States", "political_party")


def test_a_party_word_of_another_state_s_name_is_no_us_party(nlp):
    found = _actors(nlp, "A Democratic Republic of Congo official, Jean-Paul Mbeki, spoke.")
    assert found.get("Jean-Paul Mbeki", (None, None))[0] != "United States"


@pytest.mark.parametrize("text, state", [
    ("The Spanish-language network aired the interview on Sunday.", "Spain"),
    ("The Mexican-born reporter asked the first question.", "Mexico"),
    ("Cuban-American voters in Miami were divided.", "United States"),
    ("French speakers in the province protested the law.", "France"),
])
def test_a_demonym_naming_a_language_or_an_origin_is_no_state(nlp, text, state):
    assert state not in _actors(nlp, text)


def test_a_demonym_before_a_body_still_names_the_state(nlp):
    found = _actors(nlp, "Spanish officials said the Mexican government had agreed.")
    assert {"Spain", "Mexico"} <= set(found)


def test_a_committee_written_with_on_belongs_to_the_us_congress(nlp):
    found = _actors(nlp, "She sits on the Senate Committee on Finance and the House Committee "
                         "on Veterans' Affairs.")
    assert found["Senate Committee on Finance"] == ("United States", "legislature")


def test_other_middle_initials_are_another_person_than_the_gazetteer_s(nlp):
    found = _actors(nlp, "Former President George H.W. Bush met the delegation in Houston.")
    assert "George W. Bush" not in found


def test_the_same_middle_initial_still_finds_the_gazetteer_person(nlp):
    found = _actors(nlp, "George W. Bush spoke at the library on Friday.")
    assert "George W. Bush" in found


def test_initials_of_places_stay_out_of_names(nlp):
    found = _actors(nlp, "U.S. Sen. Marco Rubio spoke, and the U.S. Senate voted.")
    assert "Marco Rubio" in found
    assert "US Senate" in found


def test_a_gazetteer_office_not_yet_begun_gives_no_sector(nlp):
    # the gazetteer knows Rubio as a secretary of state from 2025 and Trump as president from
    # 2017; before that, the article's own words say what they were
    found = _actors(nlp, "U.S. Sen. Marco Rubio and Republican candidate Donald Trump spoke.",
                    published="2015-06-10")
    assert found["Marco Rubio"] == ("United States", "legislature")
    assert found["Donald Trump"] == ("United States", "political_party")
    later = _actors(nlp, "Donald Trump spoke in Ohio.", published="2022-06-10")
    assert later["Donald Trump"] == ("United States", "government")


def test_us_networks_known_by_their_short_names(nlp):
    found = _actors(nlp, "She told NBC on Sunday, and CBS and Univision aired it.")
    assert found["NBC News"] == ("United States", "media")
    assert found["Univision"] == ("United States", "media")


def test_a_post_named_before_the_name_and_closed_by_commas_describes_the_person(nlp):
    found = _actors(nlp, "The former Danish envoy to Canada, Lars Holmvik, said nobody expected "
                         "the vote.", published="2021-05-03")
    assert found["Lars Holmvik"][0] == "Denmark"
    found = _actors(nlp, "The Greek foreign minister's adviser, Nikos Varelas, said talks would "
                         "go on.", published="2021-05-03")
    assert found["Nikos Varelas"] == ("Greece", "government")


def test_a_place_before_the_name_is_no_post(nlp):
    found = _actors(nlp, "In Athens, Eleni Markou, a lawyer, spoke to reporters.")
    assert found["Eleni Markou"][0] is None


def test_the_complement_of_is_names_the_person_s_post(nlp):
    found = _actors(nlp, "Tomas Lindqvist is a senior fellow at the Cato Institute.")
    assert found["Tomas Lindqvist"] == ("United States", "think_tank")


def test_a_complement_that_is_no_post_says_nothing_of_the_person(nlp):
    found = _actors(nlp, "Hal Brenner is a disaster for the Republican Party, the senator said.")
    assert found["Hal Brenner"] == (None, None)


@pytest.mark.parametrize("text, name, country", [
    ("Palestinian President Mahmoud Abbas met the envoy in Ramallah.", "Mahmoud Abbas", "Palestine"),
    ("The Iraqi prime minister flew to Tehran on Monday.", "Mohammed Shia al-Sudani", "Iraq"),
    ("Georgia's president vetoed the bill.", "Salome Zourabichvili", "Georgia"),
])
def test_leaders_beyond_the_g20_resolve_by_date(nlp, text, name, country):
    assert _actors(nlp, text, published="2023-11-05")[name][0] == country


def test_a_first_name_that_is_another_leader_s_surname_keeps_the_full_name(nlp):
    # "Abbas" is also Mahmoud Abbas's surname; "Putin Trump" (two surnames) stays no one
    found = _actors(nlp, "Abbas Araghchi arrived in Oman for the talks.", published="2025-04-12")
    assert found["Abbas Araghchi"] == ("Iran", "government")
    assert "Mahmoud Abbas" not in found
    assert not {"Vladimir Putin", "Donald Trump"} & set(_actors(nlp, "Topics: Putin Trump"))


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_state_s_ministry_is_found_with_either_apostrophe(nlp, apostrophe):
    found = _actors(nlp, f"Russia{apostrophe}s Foreign Ministry said the talks had ended.",
                    published="2023-03-21")
    assert "Russian Foreign Ministry" in found


@pytest.mark.parametrize("text, reference, person", [
    ("The Norwegian envoy Siri Dahl met both delegations. The envoy said the talks would resume.",
     "The envoy", "Siri Dahl"),
    ("Comedian Sarah Finch apologized on Tuesday. The comedian said she had gone too far.",
     "The comedian", "Sarah Finch"),
    ("Former NSA Director Paul Remy testified. The former director said he was worried.",
     "The former director", "Paul Remy"),
])
def test_a_post_named_before_a_name_refers_back_to_that_person(nlp, text, reference, person):
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published="2021-05-03")))
    found = {m.text: m.actor for m in doc._.actor_mentions}
    assert found[reference] == person


def test_the_holder_of_a_post_is_not_its_former_holder(nlp):
    doc = nlp(make_doc(nlp, Article(doc="t", text="Former Sen. Ada Brill spoke first. The "
                                    "senator from Iowa spoke next.", published="2021-05-03")))
    assert "Ada Brill" not in {m.actor for m in doc._.actor_mentions if m.text.startswith("The")}


def test_a_leader_s_surname_before_government_names_the_state(nlp):
    doc = nlp(make_doc(nlp, Article(doc="t", text="He said the communist Castro government "
                                    "would cling to power.", published="2015-05-13")))
    assert [(m.text, m.actor) for m in doc._.actor_mentions] == [("Castro government", "Cuba")]


def test_the_government_of_an_article_naming_no_state_is_the_paper_s_own(nlp):
    def mentions(text):
        doc = nlp(make_doc(nlp, Article(doc="t", text=text, published="2010-06-01",
                                        outlet="Fox News")))
        return {m.text: m.actor for m in doc._.actor_mentions}

    found = mentions("Gulfco said the leak was slowing. The government said it would hold the "
                     "firm to account.")
    assert found["The government"] == "United States"
    # another state named anywhere: whose government is left to the rules that read it
    found = mentions("The rebels took the town. The government said it would respond. "
                     "Chad's army was absent.")
    assert found.get("The government") != "United States"


def test_a_us_cabinet_title_is_no_part_of_the_name_and_says_the_country(nlp):
    found = _actors(nlp, "Secretary of the Interior Dale Morton said the ban would stay. "
                         "Secretary of Energy Lena Voss agreed.", published="2018-01-10")
    assert found["Dale Morton"] == ("United States", "government")
    assert found["Lena Voss"] == ("United States", "government")
    assert "Interior Dale Morton" not in found


def test_a_bare_surname_stays_with_the_leader_of_the_day():
    # Iraq's Barham Salih is also spelt "Saleh"; a bare "Saleh" in 2011 is Yemen's president
    from readout.analyze import analyze_text

    result = analyze_text("Saleh left for Riyadh for treatment.", published="2011-06-05")
    assert "Ali Abdullah Saleh" in {a.name for a in result.actors}


def test_an_office_owned_by_the_leader_of_the_day_is_his_state_s(nlp):
    doc = nlp(make_doc(nlp, Article(doc="t", text="President Obama's national security adviser "
                                    "said the visit was destructive.", published="2015-02-25")))
    assert ("national security adviser", "Susan Rice") in {
        (m.text, m.actor) for m in doc._.actor_mentions}
    # anyone but a leader of the day: whoever serves them is unknown here
    doc = nlp(make_doc(nlp, Article(doc="t", text="Hillary Clinton's spokesman said so.",
                                    published="2015-02-25")))
    assert [m.actor for m in doc._.actor_mentions] == ["Hillary Clinton"]
