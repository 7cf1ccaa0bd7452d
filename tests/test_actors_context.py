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
