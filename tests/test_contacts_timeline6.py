"""Contacts batch 6 (international news, timelines): a capital the small model tags as a person
is still the place; an outlet that reports a contact is not
its side; sentences written for these tests."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2022-11-04"):
    return analyze_text(text, published=published).contacts


def test_a_capital_tagged_as_a_person_is_still_the_place():
    # after a list of counterparts the tagger reads "Kyiv" as a name; it is where they met
    found = contacts("Antony Blinken met with Dmytro Kuleba, Defense Minister Oleksii Reznikov, "
                     "and others in Kyiv today to discuss air defence.")
    assert [c.place for c in found] == ["Kyiv"]
    found = contacts("Lloyd Austin held talks with Volodymyr Zelensky, his aides and others in "
                     "Kyiv on Monday.")
    assert [(c.participants, c.place) for c in found] == [
        (["Lloyd Austin", "Volodymyr Zelensky"], "Kyiv")]


def test_a_person_after_in_is_no_place():
    found = contacts("Antony Blinken met with Dmytro Kuleba in Paris today.")
    assert [c.place for c in found] == ["Paris"]


def test_an_outlet_reporting_a_meeting_is_not_its_side():
    # the paper is where the news came from; the counterpart is not named, so no contact
    assert contacts("Emails published by The New York Times show Donald Trump Jr. arranged "
                    "the meeting at Trump Tower in New York.", published="2017-07-12") == []


def test_an_outlet_met_in_the_contacts_own_words_is_a_side():
    found = contacts("Donald Trump met with executives of the New York Times on Tuesday.",
                     published="2016-11-24")
    assert [set(c.participants) for c in found] == [{"Donald Trump", "New York Times"}]


def test_meet_misread_as_a_noun_is_still_the_meeting():
    # the tagger reads "meet" after a quoted name as a noun; the grouping met, that day
    found = contacts('"Friends of Yemen" meet in Riyadh, agreeing to send more aid.',
                     published="2012-05-23")
    assert [(c.participants, c.date, c.place) for c in found] == [
        (["Friends of Yemen"], "2012-05-23", "Riyadh")]


def test_a_track_meet_is_no_meeting():
    assert contacts("The school's track meet in Ohio drew large crowds on Saturday.") == []
