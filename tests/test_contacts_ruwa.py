"""Contacts: fixes from the blind RUWA war-headline set (tests/gold/ruwa_contacts_dev1.json)
and the third session's product decision on people of one government. Sentences written for
these tests."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2022-05-18"):
    return analyze_text(text, published=published).contacts


def summary(found):
    return [(sorted(c.participants), c.format, c.date, c.status) for c in found]


def test_headline_subject_list_before_to_meet_is_the_meeting_people():
    found = contacts("Macron and Scholz to meet in Rome")
    assert summary(found) == [(["Emmanuel Macron", "Olaf Scholz"], "meeting", None, "planned")]
    assert found[0].place == "Rome"
    found = contacts("Macron, Scholz to meet in Rome")
    assert [sorted(c.participants) for c in found] == [["Emmanuel Macron", "Olaf Scholz"]]


def test_headline_subject_the_tagger_reads_as_a_common_noun():
    # "Scholz" alone before "to visit" is tagged as a common noun: still the traveller
    found = contacts("Scholz to visit Kyiv on Friday")
    assert summary(found) == [(["Olaf Scholz", "Ukraine"], "visit", "2022-05-20", "planned")]
    # a title as the subject ("NATO chief") and one visit per city
    found = contacts("NATO chief to visit Ankara and Athens")
    assert sorted(c.place for c in found) == ["Ankara", "Athens"]
    assert all(c.status == "planned" and "NATO" not in c.participants for c in found)
    # a clause of its own before "to" is no headline subject
    found = contacts("In order to meet Putin, Macron flew to Moscow.")
    assert all("In" not in c.participants for c in found)


def test_a_body_naming_whose_head_the_person_is_takes_no_part():
    found = contacts("NATO chief Stoltenberg to visit Ankara on Friday")
    assert summary(found) == [(["Jens Stoltenberg", "Turkey"], "visit", "2022-05-20",
                               "planned")]


def test_a_state_stands_for_its_official_the_gazetteer_does_not_know():
    found = contacts("Malaysia foreign minister meets counterpart from Myanmar in Washington")
    assert [sorted(c.participants) for c in found] == [["Malaysia", "Myanmar"]]
    # a named official keeps the state out, also when named after a comma
    found = contacts("Olaf Scholz welcomed the visit by the Malaysian Foreign Minister, "
                     "Professor Saifuddin Abdullah, to Berlin.")
    assert all("Malaysia" not in c.participants for c in found)
    found = contacts("Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing.")
    assert [sorted(c.participants) for c in found] == [["Sergey Lavrov", "Wang Yi"]]


def test_a_shadow_government_is_not_the_state():
    found = contacts("Malaysia foreign minister meets counterpart from Myanmar shadow "
                     "government in Washington")
    assert all("Myanmar" not in c.participants for c in found)


def test_whom_a_show_of_support_is_against_takes_no_part():
    found = contacts("Emmanuel Macron visited Kyiv in a show of solidarity against Russia.")
    assert [sorted(c.participants) for c in found] == [["Emmanuel Macron", "Ukraine"]]
    found = contacts("Joe Biden met Olaf Scholz to coordinate sanctions against Russia.")
    assert [sorted(c.participants) for c in found] == [["Joe Biden", "Olaf Scholz"]]


def test_a_call_named_by_its_subject_is_an_appeal():
    assert contacts("UN nuclear safety call and Russia 'gets North Korean arms'") == []
    assert contacts("Ceasefire call rejected by Moscow") == []
    found = contacts("Joe Biden and Vladimir Putin held a phone call on Monday.")
    assert summary(found) == [(["Joe Biden", "Vladimir Putin"], "phone call", "2022-05-16",
                               "held")]


def test_verbless_pair_headlines():
    found = contacts("Russia-Ukraine talks end without breakthrough")
    assert [(sorted(c.participants), c.format) for c in found] == [
        (["Russia", "Ukraine"], "talks")]
    found = contacts("Russia-Ukraine peace talks to resume on Monday")
    assert summary(found) == [(["Russia", "Ukraine"], "talks", "2022-05-23", "planned")]
    found = contacts("Biden-Xi talks set for next week")
    assert [(sorted(c.participants), c.status) for c in found] == [
        (["Joe Biden", "Xi Jinping"], "planned")]


def test_the_two_leaders_who_held_talks_are_the_pair_just_told():
    found = contacts("Olaf Scholz phoned Emmanuel Macron on Monday. The two men had a long "
                     "conversation about gas.")
    assert all(sorted(c.participants) == ["Emmanuel Macron", "Olaf Scholz"] for c in found)
    assert len(found) == 2


def test_two_named_people_of_one_government_meeting_is_a_contact():
    # product decision: one-to-one meetings and calls of two named people are reported
    found = contacts("Joe Biden met Lloyd Austin at the White House on Tuesday.")
    assert summary(found) == [(["Joe Biden", "Lloyd Austin"], "meeting", "2022-05-17", "held")]
    found = contacts("Vladimir Putin held a phone call with Sergei Shoigu on Monday.")
    assert [sorted(c.participants) for c in found] == [["Sergei Shoigu", "Vladimir Putin"]]


def test_two_people_of_one_government_named_only_by_title_stay_out():
    # "named" people: by their name, not only "the president" and "the vice president"
    assert contacts("The president met the vice president over lunch on Tuesday.",
                    published="2010-12-08") == []


def test_a_government_gathering_its_own_staff_is_no_contact():
    assert contacts("Joe Biden met with his national security team on Tuesday.") == []
    assert contacts("Vladimir Putin held a cabinet meeting on Monday.") == []
    assert contacts("Volodymyr Zelensky held a meeting of his military command on Sunday.") == []
    # three named people of one government: a gathering of the government's own, not one to one
    assert contacts("Joe Biden met Antony Blinken and Lloyd Austin at the White House.") == []


def test_a_pair_of_names_opening_a_headline_talk():
    found = contacts("Scholz, Macron talk for first time since invasion")
    assert [sorted(c.participants) for c in found] == [["Emmanuel Macron", "Olaf Scholz"]]
    assert contacts("Yesterday, Macron talked about his plans.") == []


def test_a_capital_modifying_the_visit_noun_is_where_it_goes():
    found = contacts("Boris Johnson makes surprise Kyiv visit")
    assert [(sorted(c.participants), c.place) for c in found] == [
        (["Boris Johnson", "Ukraine"], "Kyiv")]
    # a verbless headline: the name it opens with travels
    found = contacts("Johnson in surprise Kyiv visit")
    assert [(sorted(c.participants), c.place) for c in found] == [
        (["Boris Johnson", "Ukraine"], "Kyiv")]


def test_the_visit_of_a_named_person_is_theirs():
    found = contacts("Boris Johnson discussed the Ukraine visit of Macron.")
    assert [sorted(c.participants) for c in found] == [["Emmanuel Macron", "Ukraine"]]


def test_the_two_leaders_meeting_at_a_body_are_the_visitor_and_the_host():
    found = contacts("Modi visited Washington on Thursday. The two leaders will meet again at "
                     "the G20.")
    # the visit is Modi's to the United States; "the two leaders" are Modi and his host
    assert [sorted(c.participants) for c in found] == [["Narendra Modi", "United States"],
                                                       ["Joe Biden", "Narendra Modi"]]
    assert found[1].status == "planned"
    # a body's own meeting stays the body's
    found = contacts("The G20 leaders will meet in Bali in November.")
    assert [c.participants for c in found] == [["G20"]]


def test_a_headline_name_read_as_a_verb_holds_the_talks():
    found = contacts("Blinken in talks with Wang Yi over Taiwan")
    assert [(sorted(c.participants), c.format) for c in found] == [
        (["Antony Blinken", "Wang Yi"], "talks")]


def test_the_two_leaders_after_a_visit_meet_the_host_not_the_state():
    found = contacts("Scholz flew to Tokyo on Sunday. The two leaders held talks for an hour.",
                     published="2022-04-28")
    assert any(c.format == "talks" and set(c.participants) == {"Olaf Scholz", "Fumio Kishida"}
               for c in found)


def test_the_two_leaders_after_a_meeting_are_still_its_pair():
    found = contacts("Scholz met Kishida in Tokyo on Sunday. The two leaders spoke for an hour.",
                     published="2022-04-28")
    assert all(set(c.participants) == {"Olaf Scholz", "Fumio Kishida"} for c in found)
