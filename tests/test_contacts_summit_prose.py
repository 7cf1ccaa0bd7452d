"""Summit prose: a contact named after "since" is an earlier one, with its own date and place;
a body's name before "summit" is no place; being able to call is no call. The sentences are
written for these tests."""

from readout.analyze.pipeline import build_pipeline, make_doc
from readout.records import Article


def _contacts(text, published="2023-11-16"):
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))
    return [(c.format, sorted(c.participants), c.date, c.place, c.status)
            for c in doc._.contacts]


def test_the_meeting_after_since_is_an_earlier_contact_of_its_own():
    found = _contacts("Lula and Macron met in Brasilia on Wednesday, their first talks since "
                      "they met in Paris last November.")
    assert ("meeting", ["Emmanuel Macron", "Luiz Inácio Lula da Silva"], "2022-11", "Paris",
            "held") in found
    assert any(date == "2023-11-15" for _, _, date, _, _ in found)


def test_a_contact_after_since_does_not_take_its_sentences_date():
    found = _contacts("Lula and Macron met on Wednesday, their first talks since their "
                      "meeting in Paris.")
    paris = [c for c in found if c[3] == "Paris"]
    assert paris and all(c[2] is None for c in paris)


def test_a_bodys_name_before_summit_is_not_its_place():
    found = _contacts("Lula and Macron met on Wednesday on the sidelines of the "
                      "Asia-Pacific Economic Cooperation summit.")
    assert all(place != "Cooperation" for _, _, _, place, _ in found)


def test_being_able_to_pick_up_the_phone_is_no_call():
    found = _contacts("Lula met Macron on Wednesday. He said the two had agreed that either of "
                      "them could pick up the phone and call the other at any time.")
    assert [f for f, *_ in found] == ["meeting"]


def test_a_leader_known_by_one_name_alone():
    found = _contacts("Lula and Macron met in Brasilia on Wednesday.")
    assert found == [("meeting", ["Emmanuel Macron", "Luiz Inácio Lula da Silva"], "2023-11-15",
                      "Brasilia", "held")]


def test_an_aside_on_a_trip_names_no_host():
    found = _contacts("Lula arrived in Kyiv on Wednesday on an unannounced visit, his first "
                      "since Russia's invasion.", published="2023-09-06")
    assert found == [("visit", ["Luiz Inácio Lula da Silva", "Ukraine"], "2023-09-06", "Kyiv",
                      "held")]


def test_a_call_told_in_a_clause_after_another_event_has_its_own_parties():
    found = _contacts("Lula's trip came days after Zelensky spoke by phone with Olaf Scholz.",
                      published="2023-09-06")
    assert [(f, p) for f, p, *_ in found] == [("phone call", ["Olaf Scholz",
                                                              "Volodymyr Zelensky"])]


def test_met_at_a_summit_told_in_a_clause_of_time_is_one_summit():
    # the clause has its own subject, so it is no purpose of the call; its verb and its
    # noun are one contact, and the noun says which kind
    found = _contacts("Lula spoke with Macron by phone on Tuesday. The call came five months "
                      "after Lula and Macron met at a summit in Rome.", published="2023-12-08")
    rome = [f for f in found if f[3] == "Rome"]
    assert [f[0] for f in rome] == ["summit"]


def test_one_leader_meeting_another_at_a_summit_is_a_meeting_on_its_side():
    found = _contacts("Lula met Macron at a summit in Rome on Tuesday.", published="2023-12-08")
    assert [f[0] for f in found if f[3] == "Rome"] == ["meeting"]
