"""Contacts: fixes from the fifth fresh golds (whole BASIL articles, tests/gold/
basil_contacts_dev5.json, and 25 timeline updates of annotators 2 and 3,
timeline_contacts_dev5.json) and from the earlier full-article sets. Sentences written for these
tests."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2019-05-10"):
    return analyze_text(text, published=published).contacts


def parties(found):
    return [sorted(c.participants) for c in found]


def test_meet_with_its_standard_in_a_relative_clause_is_no_meeting():
    assert contacts("The treaty needs ratification by ten states, a goal the negotiators from "
                    "Kenya are nowhere near able to meet.") == []
    assert contacts("The reform plan sets a deadline that Angela Merkel is unlikely to meet, "
                    "aides said.") == []
    # a person in the same place still meets: the relative clause describes someone met
    found = contacts("Angela Merkel will host the president Emmanuel Macron, whom she is due "
                     "to meet in Berlin on Friday.")
    assert ["Angela Merkel", "Emmanuel Macron"] in parties(found)


def test_a_meeting_set_before_a_report_is_held_by_the_people_reported():
    found = contacts("During Tuesday's talks in Rome, aides said that Angela Merkel urged "
                     "Emmanuel Macron to back the budget.")
    assert parties(found) == [["Angela Merkel", "Emmanuel Macron"]]
    assert found[0].date == "2019-05-07" and found[0].format == "talks"
    # the venue is no party, and who reports takes no part
    found = contacts("During Monday's meeting at the White House, officials said that Donald "
                     "Trump asked Mike Pompeo to stay on.")
    assert parties(found) == [["Donald Trump", "Mike Pompeo"]]
    # a reported act aimed at someone who was not there names no party of the meeting
    found = contacts("During Monday's meeting at the Kremlin, aides said that Vladimir Putin "
                     "criticized NATO.")
    assert ["NATO", "Vladimir Putin"] not in parties(found)


def test_a_second_capital_hung_on_another_word_is_still_a_destination():
    # the headline parse hangs the second capital on 'head'; the 'and' left on the first
    # still joins them: one visit each, each capital's state the host
    found = contacts("WHO head Tedros to visit Kabul and Kiev", published="2022-06-01")
    got = sorted((c.place, sorted(c.participants)) for c in found)
    assert got == [("Kabul", ["Afghanistan", "Tedros Adhanom Ghebreyesus"]),
                   ("Kiev", ["Tedros Adhanom Ghebreyesus", "Ukraine"])]


def test_a_contact_noun_with_a_year_of_its_own_is_not_the_undated_one_just_told():
    text = ("Justin Trudeau met Narendra Modi at the summit. After their meeting, Canada "
            "announced new visas. Modi's landmark 2015 visit to Ottawa had opened the thaw.")
    found = contacts(text, published="2018-06-09")
    assert [c.same_as for c in found if "landmark" in c.evidence] in ([], [None])
    # "the 2018 meeting" in a 2018 article still refers back to it
    text = ("Justin Trudeau met Narendra Modi at the summit. The 2018 meeting lasted an hour.")
    found = contacts(text, published="2018-06-09")
    assert [c.same_as for c in found] == [None, 0]


def test_a_year_after_the_noun_is_its_own():
    text = ("Angela Merkel met Barack Obama at the White House. Their meeting in 2009 had gone "
            "far worse, aides said.")
    found = contacts(text, published="2014-05-03")
    assert all(c.same_as is None for c in found)
    # the article's own year still refers back
    found = contacts(text.replace("2009", "2014"), published="2014-05-03")
    assert [c.same_as for c in found] == [None, 0]


def test_a_year_before_the_noun_keeps_other_dates_off_it():
    found = contacts("Emmanuel Macron's historic 2017 trip to China was preceded by a visit from "
                     "Angela Merkel in October 2016.", published="2019-03-01")
    trip = [c for c in found if "Emmanuel Macron" in c.participants]
    assert trip and all(c.date is None or c.date.startswith("2017") for c in trip)


def test_a_trip_that_precedes_or_follows_another_goes_to_the_same_place():
    found = contacts("Emmanuel Macron's historic 2017 trip to China was preceded by a visit from "
                     "Angela Merkel in October 2016 and followed by a tour by Boris Johnson.",
                     published="2019-03-01")
    got = sorted((sorted(c.participants), c.date) for c in found)
    assert (["Angela Merkel", "China"], "2016-10") in got
    # the other trips' traveller is no host, their dates are not its own
    assert all("Emmanuel Macron" not in p or "Angela Merkel" not in p for p, _ in got)
    assert (["China", "Emmanuel Macron"], None) in got
