"""Contacts: fixes for full diplomacy news (the known leftovers of issue 4 and the kinds found
in tests/gold/written_contacts_dev.json). Sentences written for these tests."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2019-05-10"):
    return analyze_text(text, published=published).contacts


def parties(found):
    return [sorted(c.participants) for c in found]


def test_who_speaks_of_a_contact_is_no_party_to_it():
    # the quotation before the cue made the speaker a party of the summit he spoke of
    found = contacts("\u201cNothing good will come of it,\u201d Senator Tim Kaine said of the "
                     "summit with Kim.")
    assert all("Tim Kaine" not in c.participants for c in found)
    found = contacts("Senator Tim Kaine wrote of the talks with Kim that they were premature.")
    assert all("Tim Kaine" not in c.participants for c in found)
    # one's own contact stays one's own
    found = contacts("Merkel spoke of her talks with Putin in Sochi.")
    assert parties(found) == [["Angela Merkel", "Vladimir Putin"]]


def test_a_title_case_headline_is_read_as_a_sentence():
    found = contacts("Macron Meets Xi in Beijing Amid Trade Row")
    assert parties(found) == [["Emmanuel Macron", "Xi Jinping"]]
    assert found[0].format == "meeting" and found[0].place == "Beijing"
    found = contacts("Scholz to Visit China Next Month")
    assert parties(found) == [["China", "Olaf Scholz"]]
    assert found[0].format == "visit" and found[0].status == "planned"
    # the evidence is the headline as written
    text = "Lavrov Holds Talks With Wang Yi in Beijing"
    found = contacts(text)
    assert found and found[0].evidence == text
    assert parties(found) == [["Sergey Lavrov", "Wang Yi"]]


def test_a_title_case_headline_takes_the_full_name_from_the_lead():
    text = ("Ferreira Visits Kyiv Ahead of Aid Vote\n\n"
            "Portuguese lawmaker Ana Ferreira arrived in Kyiv on Monday.")
    found = contacts(text)
    assert any(sorted(c.participants) == ["Ana Ferreira", "Ukraine"] and c.start == 0
               for c in found)
    # words the body writes with a capital inside a sentence stay names: a call on
    # Trump to cancel the meeting with Putin keeps Putin, and the urging senators are no party
    text = ("Senators Call On Trump To Cancel Putin Meeting\n\n"
            "Several senators urged Trump to cancel the meeting with Putin.")
    found = contacts(text)
    assert parties(found)[0] == ["Donald Trump", "Vladimir Putin"]


def test_a_sentence_case_headline_is_left_alone():
    found = contacts("Macron meets Xi in Beijing")
    assert parties(found) == [["Emmanuel Macron", "Xi Jinping"]]
