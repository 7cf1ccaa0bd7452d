"""Actor resolution on kinds of text official statements bring (aid packages, sanctions
designations, treasury notices), on sentences written for these tests."""

import pytest

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


def mentions(text, published="2022-11-04"):
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))
    return [(m.text, m.actor) for m in doc._.actor_mentions]


@pytest.mark.parametrize("text", [
    "The package adds a Patriot air-defense battery and more rounds for Kyiv.",
    "Soldiers trained on Javelin anti-tank missiles near the border.",
    "Poland sent Leopard tanks, and Bradley Fighting Vehicles followed.",
    "Most of the illicit Bitcoin received by the exchange came from a darknet market.",
])
def test_arms_and_currencies_are_no_actors(text):
    names = {actor for _, actor in mentions(text)}
    assert not names & {"Patriot", "Javelin", "Leopard", "Bradley", "Bitcoin"}, names


def test_a_person_named_after_a_long_office_joined_by_and():
    text = ("Today, Deputy Secretary for Energy Resources and Development Maria Kowalska "
            "signed the grant. Kowalska said it would help.")
    found = mentions(text)
    assert ("Deputy Secretary for Energy Resources and Development Maria Kowalska",
            "Maria Kowalska") in found
    assert ("Kowalska", "Maria Kowalska") in found
    assert all(actor not in ("Development", "Resources", "Energy Resources") for _, actor in found)


def test_bracketed_letters_name_the_body_for_the_rest_of_the_article():
    text = ("The Nordic Fund for Reconstruction and Development (NFRD) approved a loan. "
            "Later the NFRD said payments would start, and NFRD staff went to Lviv.")
    found = mentions(text)
    assert ("The Nordic Fund for Reconstruction and Development",
            "Nordic Fund for Reconstruction and Development") in found  # no "(NFRD" in it
    letters = [actor for surface, actor in found if surface == "NFRD"]
    assert len(letters) >= 2
    assert set(letters) == {"Nordic Fund for Reconstruction and Development"}


def test_short_form_of_a_body_the_gazetteer_found_earlier():
    text = ("Austin hosted the Ukraine Defense Contact Group in Brussels. Members of the Contact "
            "Group pledged more ammunition.")
    assert ("the Contact Group", "Ukraine Defense Contact Group") in mentions(text) or \
        ("Contact Group", "Ukraine Defense Contact Group") in mentions(text)


def test_capitalised_alias_of_a_body_written_in_lower_case_in_the_gazetteer():
    text = "The contract adds capabilities to Ukraine's Armed Forces over the long term."
    assert ("Ukraine's Armed Forces", "Ukrainian Armed Forces") in mentions(text)


def test_words_in_a_heading_in_capitals_are_no_bodies():
    text = "WHY THE PRICE CAP MATTERS\nThe cap keeps oil flowing while it cuts revenue."
    assert mentions(text) == []


def test_a_section_heading_line_is_no_person():
    text = "Gender Equality.\nThe ministers agreed to fund shelters in every region."
    assert mentions(text) == []
    text = "Anna Berg:\nThe ministers agreed to fund shelters in every region."
    assert ("Anna Berg", "Anna Berg") in mentions(text)


def test_an_armed_group_named_army_of_someone_is_one_body():
    found = mentions("Militant group Army of Ansar al-Kareem claimed the attack on Tuesday.",
                     published="2005-03-01")
    assert ("Army of Ansar al-Kareem", "Army of Ansar al-Kareem") in found
    assert all(actor not in ("Army", "Ansar al Kareem") for _, actor in found)
