"""The per-article actor list on full news articles: legislators and the bodies of a
legislature, people whose first name is also a state's, double surnames, suffixes, former
posts, and words the tagger takes for names that are no actors. The sentences are written for
these tests."""

import pytest

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(None)


def _actors(nlp, text, published="2016-09-20"):
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))
    return {a.name: (a.country, a.sector) for a in doc._.actors}


def test_a_state_that_opens_a_two_word_name_is_the_person_s_first_name(nlp):
    found = _actors(nlp, "“Tariffs cut both ways,” said Jordan Ellery, an economist at a Geneva "
                         "research institute. Mr. Ellery has studied the dispute for years.")
    assert "Jordan" not in found
    assert "Jordan Ellery" in found


@pytest.mark.parametrize("text, name", [
    ("Rep. Mara Quillon said the bill would pass the House next week.", "Mara Quillon"),
    ("Ohio congressman Dale Prentiss voted against the measure.", "Dale Prentiss"),
    ("Senator Tomas Reyburn told reporters the vote would be close.", "Tomas Reyburn"),
    ("Leah Corvin, the top Republican on the House Budget Committee, objected.", "Leah Corvin"),
])
def test_members_of_the_us_congress_are_american_legislators(nlp, text, name):
    assert _actors(nlp, text)[name] == ("United States", "legislature")


def test_a_trade_representative_is_no_legislator(nlp):
    found = _actors(nlp, "U.S. Trade Representative Ann Keeling said the talks would resume.")
    assert found["Ann Keeling"][1] != "legislature"


@pytest.mark.parametrize("text, name, sector", [
    ("The House Armed Services Committee will hold a hearing on the base closures.",
     "House Armed Services Committee", "legislature"),
    ("The Republican State Leadership Committee spent heavily on the race.",
     "Republican State Leadership Committee", "political_party"),
])
def test_committees_of_congress_and_of_the_parties(nlp, text, name, sector):
    assert _actors(nlp, text)[name] == ("United States", sector)


def test_a_suffix_the_gazetteer_records_finds_the_person(nlp):
    found = _actors(nlp, "The plan was drafted with then-Senator Joseph R. Biden, Jr., in 1998. "
                         "Donald Trump Jr. mocked it this week.", published="2019-05-01")
    assert "Joe Biden" in found
    assert "Donald Trump Jr." in found
    assert "Donald Trump" not in found


def test_a_former_post_gives_no_sector_now(nlp):
    found = _actors(nlp, "Lena Ortwin, a former adviser to the prime minister of Norway, spoke.")
    assert found["Lena Ortwin"][1] != "government"


@pytest.mark.parametrize("text, name, country, sector", [
    ("It led the Estonian journalist Kaja Vendt to write a book.", "Kaja Vendt", "Estonia",
     "media"),
    ("He owns it with the Brazilian billionaire Paulo Mendonca (who also owns a bank).",
     "Paulo Mendonca", "Brazil", "business"),
])
def test_a_demonym_and_role_before_a_name_describe_the_person(nlp, text, name, country, sector):
    assert _actors(nlp, text)[name] == (country, sector)


def test_a_double_surname_without_the_given_name_is_the_same_person(nlp):
    found = _actors(nlp, "Rosa Elena Castillo Ibarra, the minister of trade, arrived on Monday. "
                         "Ms. Castillo Ibarra said the talks would be hard.")
    assert "Castillo Ibarra" not in found
    assert any(name.endswith("Castillo Ibarra") and name != "Castillo Ibarra" for name in found)


@pytest.mark.parametrize("text, not_actor", [
    ("Exports rose under the rules of Nafta, which the candidate wants to tear up.", "Nafta"),
    ("Russia threatens Eastern and Central Europe with its drills.", "Eastern"),
    ("A slide shows what the 2019 Honda Civic would cost with the tariff.", "Honda Civic"),
    ("Battleground polls are tight. Several battleground states are close.", "Battleground"),
    ("Critics say the channel is Beijing's Trojan horse in the port.", "Trojan"),
])
def test_words_the_tagger_takes_for_names_are_no_actors(nlp, text, not_actor):
    assert not_actor not in _actors(nlp, text)


def test_a_capitalised_coalition_name_the_tagger_misses_is_a_body(nlp):
    found = _actors(nlp, "Leaders of the diaspora worry, but the Northern and Central Baltic "
                         "Coalition, which speaks for two million voters, stays neutral.")
    assert "Northern and Central Baltic Coalition" in found


def test_a_state_abbreviation_before_a_title_does_not_end_the_sentence(nlp):
    doc = nlp(make_doc(nlp, Article(doc="t", published="2014-02-25", text=(
        "Party leaders urged Ariz. Gov. Dana Whitcomb to veto the bill. They live in Tempe, "
        "Ariz. Mr. Lowe said so."))))
    sentences = [s.text for s in doc.sents]
    assert sentences[0] == "Party leaders urged Ariz. Gov. Dana Whitcomb to veto the bill."
    assert "Mr. Lowe said so." in sentences
    actors = {a.name: (a.country, a.sector) for a in doc._.actors}
    assert actors["Dana Whitcomb"] == ("United States", "government")


@pytest.mark.parametrize("text", [
    "Washington state will stop official travel to the region.",
    "Washington Gov. Tom Reddick signed the order on Monday.",
])
def test_the_us_state_of_washington_is_not_the_us_government(nlp, text):
    assert "United States" not in _actors(nlp, text)


def test_a_ministry_without_its_state_is_the_ministry_of_the_state_in_sight(nlp):
    found = _actors(nlp, "MOSCOW - The Foreign Ministry said on Monday that its envoy would "
                         "travel to Beijing.", published="2022-05-02")
    assert "Russian Foreign Ministry" in found
    found = _actors(nlp, "Iran rejected the plan on Sunday. The Foreign Ministry called the "
                         "sanctions illegal.", published="2022-05-02")
    assert found["Iranian Foreign Ministry"] == ("Iran", "government")
    found = _actors(nlp, "The envoys of Chile and Peru met. The Foreign Ministry said nothing.",
                    published="2022-05-02")
    assert not any("Foreign Ministry" in name for name in found)


def test_a_demonym_before_a_lawmaker_gives_the_legislature_s_state(nlp):
    found = _actors(nlp, "Libyan lawmaker Salem Bensaud said the vote was postponed.")
    assert found["Salem Bensaud"] == ("Libya", "legislature")
