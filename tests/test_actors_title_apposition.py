"""A title followed by a person's name in apposition ("the Bahraini prime minister, Prince X,")
is that person, not the gazetteer's holder of the title; an undated article could otherwise
get a later holder. Sentences written for these tests."""

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


def actors_of(text: str, published: str | None) -> list[tuple[str, str]]:
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))
    return [(m.text, m.actor) for m in doc._.actor_mentions]


def test_the_name_in_apposition_is_the_holder_in_an_undated_text() -> None:
    text = ("Bahraini Prime Minister, Prince Khalifa bin Salman Al Khalifa, received the "
            "visiting trade delegation at his palace.")
    found = actors_of(text, None)
    assert ("Khalifa bin Salman Al Khalifa", "Khalifa bin Salman Al Khalifa") in found
    assert not any(actor == "Salman bin Hamad Al Khalifa" for _, actor in found)


def test_a_title_with_a_matching_name_gives_one_person() -> None:
    text = "The Russian foreign minister, Sergey Lavrov, flew to Ankara for the talks."
    people = {actor for _, actor in actors_of(text, "2022-03-11") if " " in actor}
    assert people == {"Sergey Lavrov"}
