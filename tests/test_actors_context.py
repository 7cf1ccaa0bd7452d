"""Actors decided by the article's context: who "the leaders" are, whose "Congress", which of
several people sharing a family name. Sentences written for these tests."""

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


def mentions(text: str, published: str) -> list[tuple[str, str]]:
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))
    return [(m.text, m.actor) for m in doc._.actor_mentions]


def test_the_leaders_are_not_the_speaker_of_a_chamber() -> None:
    # the Speaker presides over the House (a "president" of a legislature in the gazetteer)
    # but heads no state or government
    text = ("President Donald Trump received President Vladimir Putin at a lakeside palace. "
            "House Speaker Paul Ryan told reporters that sanctions would stay. "
            "The two leaders then had lunch.")
    group = sorted(a for t, a in mentions(text, "2018-07-16") if t == "The two leaders")
    assert group == ["Donald Trump", "Vladimir Putin"]


def test_congress_in_news_about_india_is_the_party() -> None:
    text = ("Opposition Congress leaders marched in New Delhi on Friday. The Congress said "
            "India's farmers had been ignored, and Indian ministers rejected the charge.")
    found = [a for t, a in mentions(text, "2021-02-05") if "Congress" in t]
    assert found and set(found) == {"Indian National Congress"}


def test_congress_in_news_about_the_united_states_stays_the_legislature() -> None:
    text = ("Congress passed the aid bill in Washington on Friday, and American officials said "
            "India would receive part of the funds.")
    found = [a for t, a in mentions(text, "2021-02-05") if "Congress" in t]
    assert found == ["US Congress"]


def test_a_bare_shared_family_name_is_the_namesake_named_last() -> None:
    # two ministers named Kim and no leader among them: "Kim" is the one named just before
    text = ("Defence Minister Kim Kwan-jin met Foreign Minister Kim Sung-hwan in Seoul. "
            "Kim said the two ministries would share intelligence.")
    found = mentions(text, "2011-05-10")
    assert [a for t, a in found if t == "Kim"] == ["Kim Sung-hwan"]


def test_a_bare_family_name_is_not_a_leader_the_article_never_names() -> None:
    text = ("Former Prime Minister Kim Hwang-sik and former Foreign Minister Kim Sung-hwan "
            "spoke at a forum in Seoul. Kim urged patience with the North.")
    found = mentions(text, "2023-05-10")
    assert [a for t, a in found if t == "Kim"] == ["Kim Sung-hwan"]


def actors(text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))
    return {a.name: (a.country, a.sector) for a in doc._.actors}


def test_a_deputy_secretary_is_not_the_secretary() -> None:
    text = "On Friday the acting US Deputy Secretary of State, Victoria Nuland, flew to Accra."
    assert "Antony Blinken" not in actors(text, "2023-08-11")


def test_another_states_senate_is_its_own() -> None:
    found = actors("The Nigerian Senate urged restraint, and the US Senate disagreed.",
                   "2023-08-11")
    assert found.get("Nigerian Senate") == ("Nigeria", "legislature")
    assert "US Senate" in found


def test_a_bare_senate_under_a_foreign_dateline() -> None:
    text = ("ABUJA - The Senate urged restraint on Tuesday. Nigeria said Nigerian troops were "
            "ready, and a US envoy arrived in Nigeria.")
    found = actors(text, "2023-08-11")
    assert "Nigerian Senate" in found and "US Senate" not in found


def test_the_commission_needs_the_eu_in_the_article() -> None:
    text = "ABUJA - ECOWAS Commission President Ama Mensah said the Commission would meet again."
    found = actors(text, "2023-08-11")
    assert "European Commission" not in found and "Commission" not in found
    assert found["Ama Mensah"][1] == "intergovernmental"
    eu = actors("The European Union said that the Commission would propose sanctions.",
                "2023-08-11")
    assert "European Commission" in eu


def test_brussels_after_the_eu_is_the_eu() -> None:
    text = ("Ministers of the European Union met on Monday. Brussels later said the plan would "
            "go ahead.")
    found = actors(text, "2023-03-21")
    assert "European Union" in found and "Belgium" not in found


def test_in_brussels_stays_the_city() -> None:
    # a place after "in" is the city (the contacts module reads it as the meeting's place);
    # a later "Brussels" that speaks is still the EU the article named
    text = ("Ministers of the European Union met in Brussels on Monday. Brussels later said the "
            "plan would go ahead.")
    found = mentions(text, "2023-03-21")
    assert [a for t, a in found if t == "Brussels"] == ["Belgium", "European Union"]


def test_office_holders_of_2022_to_2024() -> None:
    text = ("The Chilean president, the Peruvian president and the Swiss foreign minister "
            "spoke on Tuesday.")
    found = {a for _, a in mentions(text, "2023-05-30")}
    assert {"Gabriel Boric", "Dina Boluarte", "Ignazio Cassis"} <= found


def test_a_plural_legislators_title_covers_both_names() -> None:
    text = "Representatives Jane Dorsey and Paul Whitacre said they would stay away."
    found = actors(text, "2023-06-23")
    assert found["Jane Dorsey"] == ("United States", "legislature")
    assert found["Paul Whitacre"] == ("United States", "legislature")


def test_initiatives_and_observances_are_not_actors() -> None:
    text = ("The leaders launched the Pacific Fisheries Framework and marked World Ocean Day "
            "in Tokyo.")
    found = actors(text, "2022-05-25")
    assert not {"Pacific Fisheries Framework", "World Ocean Day"} & set(found)


def test_page_furniture_names_no_actors() -> None:
    text = ("The Harbour Gazette\n"
            "Home | World | Opinion | Sign in\n\n"
            "Ministers meet in Oslo\n\n"
            "[Photo] Delegates arrive at the venue. Photo: Ida Brenn for The Harbour Gazette\n\n"
            "Share on Facebook | Share on X | Email this article\n\n"
            "Foreign Minister Sergei Lavrov met Foreign Minister Espen Barth Eide in Oslo on "
            "Monday, and Norway said the talks were useful.\n\n"
            "Related\n"
            "- Zelensky asks NATO allies for more air defence\n"
            "- Why the Arctic Council stalled\n\n"
            "Sign up for Harbour Morning, our daily newsletter.\n")
    found = actors(text, "2022-03-01")
    assert {"Sergey Lavrov", "Norway"} <= set(found)
    assert not {"Volodymyr Zelensky", "NATO", "Harbour Gazette", "Ida Brenn",
                "Harbour Morning", "Arctic Council"} & set(found)


def test_a_title_in_apposition_after_a_name_is_that_person() -> None:
    text = "Yuri Ushakov, Putin's foreign policy aide, told reporters the call was useful."
    found = mentions(text, "2022-02-13")
    assert ("foreign policy aide", "Yuri Ushakov") in found
    assert "Vladimir Medinsky" not in {a for _, a in found}


def test_a_title_before_a_titled_name_in_apposition_is_that_person() -> None:
    text = ("The bloc's new chairman, Foreign Minister Zbigniew Rau of Poland, warned of war "
            "on Thursday.")
    assert "Helga Schmid" not in {a for _, a in mentions(text, "2022-01-14")}


def test_an_envoy_to_a_union_is_his_states() -> None:
    text = "The American ambassador to the OSCE, Paul Hendry, said the talks must go on."
    assert actors(text, "2022-01-14")["Paul Hendry"] == ("United States", "government")


def test_a_bare_president_under_a_foreign_dateline() -> None:
    # a listed non-capital city as the dateline, and a story mostly about that state: "the
    # president" is its president, though the US is named once
    text = ("LAGOS - Nigeria's cabinet said on Tuesday it would cut the fuel subsidy. The "
            "president told governors in Abuja that Nigeria could no longer pay for it. A "
            "Nigerian union threatened a strike, and the United States urged calm.")
    pairs = mentions(text, "2024-05-02")
    assert ("president", "Bola Tinubu") in [(t.removeprefix("The "), a) for t, a in pairs]
    assert "Joe Biden" not in {a for _, a in pairs}


def test_a_bare_president_in_a_washington_story_stays_american() -> None:
    text = ("WASHINGTON - The president met Nigeria's leader on Tuesday. Nigeria wants more "
            "trade, and the president said America would help Nigeria.")
    assert "Joe Biden" in {a for _, a in mentions(text, "2024-05-02")}


def test_a_bare_prime_minister_under_a_capitals_dateline() -> None:
    text = ("NEW DELHI - India and Japan agreed on Monday to build ships together. The prime "
            "minister said India would buy four of them, and Indian officials welcomed it.")
    assert "Narendra Modi" in {a for _, a in mentions(text, "2024-05-02")}


def test_the_federal_assembly_is_russias_unless_the_article_is_swiss() -> None:
    found = actors("Vladimir Putin told the Federal Assembly that the talks were over.",
                   "2024-03-01")
    assert found.get("Federal Assembly of Russia") == ("Russia", "legislature")
    text = ("BERN - Swiss lawmakers said Switzerland would stay neutral. The Federal Assembly "
            "votes on the matter in June, and Switzerland's cabinet will wait.")
    assert actors(text, "2024-03-01").get("Swiss Federal Assembly") == \
        ("Switzerland", "legislature")
