"""A bare surname shared by a leader in office and a relative the article names in full is the
leader: news writes kin in full ("the first lady, Jill Biden") and keeps the bare surname for the
head of state. Sentences written for these tests."""

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


def actors_of(text: str, published: str) -> list[tuple[str, str]]:
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))
    return [(m.text, m.actor) for m in doc._.actor_mentions]


def test_bare_surname_after_a_relative_named_in_full_is_the_leader() -> None:
    text = ("Macron arrived at the state dinner on Tuesday. The first lady, Jill Biden, "
            "greeted the guests, and Biden raised a toast to the alliance.")
    found = actors_of(text, "2022-12-01")
    assert ("Biden", "Joe Biden") in found
    assert ("Jill Biden", "Jill Biden") in found


def test_bare_surname_of_someone_named_in_full_who_is_no_leader_stays_theirs() -> None:
    # the gazetteer's press secretary of 2017-2019 leads nothing: the senator keeps his name
    text = ("Senator Bernie Sanders spoke at the rally in Iowa. Sanders told the crowd that "
            "the trade deal had failed workers.")
    found = actors_of(text, "2019-05-04")
    assert ("Sanders", "Bernie Sanders") in found


def test_a_leader_out_of_office_leaves_the_surname_to_the_relative() -> None:
    text = ("Michelle Obama opened the library's new wing on Monday. Obama told the audience "
            "that reading had shaped her life.")
    found = actors_of(text, "2023-06-12")
    assert ("Obama", "Michelle Obama") in found
