"""Contacts: fixes from blind set 7 (tests/gold/basil_contacts_dev6.json: a planned summit and a
planned visit told again and again in whole news articles, beside people who are no party to
them). Sentences written for these tests."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2019-05-10"):
    return analyze_text(text, published=published).contacts


def parties(found):
    return [sorted(c.participants) for c in found]


def test_urging_to_call_off_a_summit_reports_the_planned_summit():
    # the wish is to cancel it: the summit itself is a plan, and the urgers are no party
    found = contacts("Senators pressed Chancellor Angela Merkel on Thursday to call off her "
                     "upcoming summit with Emmanuel Macron.")
    assert parties(found) == [["Angela Merkel", "Emmanuel Macron"]]
    assert found[0].status == "planned"
    assert found[0].date is None  # Thursday is when they pressed her, not the summit's day
    found = contacts("Greens urge Merkel to scrap Macron summit over farm row")
    assert parties(found) == [["Angela Merkel", "Emmanuel Macron"]]
    # a real wish for a summit is still no contact
    assert contacts("Greens urged Merkel to hold a summit with Macron.") == []


def test_who_calls_for_an_act_at_a_summit_is_no_party_to_it():
    found = contacts("On Thursday the senator called for Ms. Merkel to confront Mr. Macron at "
                     "Monday's summit meeting.")
    assert parties(found) == [["Angela Merkel", "Emmanuel Macron"]]
    assert found[0].status == "planned" and found[0].date == "2019-05-13"
    # "called for" in that word order is an appeal, never a phone call
    found = contacts("Opposition leaders called Thursday for Ms. Merkel to cancel her meeting "
                     "with Mr. Macron.")
    assert all(c.format != "phone call" for c in found)
    # "called him on Monday" is still a call
    found = contacts("Ms. Merkel called Mr. Macron on Monday to discuss the budget.")
    assert [c.format for c in found] == ["phone call"]


def test_they_meet_in_a_clause_of_time_is_the_pair_named_and_still_to_come():
    found = contacts("Liberals urged Chancellor Merkel to press Mr. Macron on trade when they meet "
                     "on Tuesday in Lisbon.")
    assert parties(found) == [["Angela Merkel", "Emmanuel Macron"]]
    assert found[0].status == "planned" and found[0].date == "2019-05-14"
    assert found[0].place == "Lisbon"


def test_the_sides_of_a_relationship_are_no_parties_of_a_visit():
    found = contacts("Ms. Merkel's visit to Washington has strained the relationship between "
                     "President Trump and Emmanuel Macron.")
    assert ["Donald Trump", "Emmanuel Macron"] not in parties(found)
    assert all("Emmanuel Macron" not in c.participants for c in found)


def test_a_visit_during_which_a_meeting_is_refused_is_not_hosted_by_the_refuser():
    found = contacts("The president has said he will not meet with Emmanuel Macron during his "
                     "visit to avoid any sign of taking sides.", published="2019-05-10")
    assert all(sorted(c.participants) != ["Donald Trump", "Emmanuel Macron"] for c in found)


def test_who_is_skeptical_of_talks_is_no_party_to_them():
    found = contacts("Envoys of Kenya and Ethiopia held talks in Nairobi on Monday. Sudan has "
                     "long been skeptical of the negotiations.")
    assert all("Sudan" not in c.participants for c in found)


def test_an_offered_meeting_is_no_contact():
    assert contacts("The senators offered the prime minister an opportunity to balance the "
                    "trip with a private meeting with their caucus.") == []


def test_a_name_modifying_the_subject_does_not_travel():
    found = contacts("French President Emmanuel Macron's upcoming Capitol Hill address will be "
                     "a turning point in French-American relations, adding weight to the "
                     "already delicate visit.")
    assert parties(found) == [["Emmanuel Macron", "US Congress"]]


def test_whose_aide_judges_a_visit_is_no_host():
    # an adviser of the host's side calling the guest's visit harmful
    found = contacts("The chancellor's aide called Mr. Macron's planned visit harmful.")
    assert all("Angela Merkel" not in c.participants for c in found)


def test_reported_would_be_somewhere_negotiating_is_a_plan():
    found = contacts("The foreign minister Sergey Lavrov said on Monday that he would be in "
                     "Vienna negotiating with the Americans.")
    assert parties(found) == [["Sergey Lavrov", "United States"]]
    assert found[0].status == "planned" and found[0].place == "Vienna"
    # under a condition it stays no contact
    assert contacts("Sergey Lavrov said that if invited he would be in Vienna negotiating "
                    "with the Americans.") == []


def test_should_cancel_and_call_on_to_cancel_keep_the_planned_meeting():
    found = contacts("Labour says Theresa May should postpone a meeting with Donald Trump.")
    assert parties(found) == [["Donald Trump", "Theresa May"]]
    assert found[0].status == "planned"
    found = contacts("Liberal MPs called on Theresa May to postpone her meeting with Donald "
                     "Trump.")
    assert parties(found) == [["Donald Trump", "Theresa May"]]
    # "talks on trade" still name a topic, not a party
    found = contacts("Theresa May held talks on Ireland with Donald Trump.")
    assert parties(found) == [["Donald Trump", "Theresa May"]]


def test_a_headline_with_an_agency_head_to_visit_is_planned():
    found = contacts("WHO head Tedros to visit China next week", published="2020-02-10")
    assert parties(found) == [["China", "Tedros Adhanom Ghebreyesus"]]
    assert found[0].status == "planned"


def test_they_meet_after_a_list_of_urgers_is_the_urged_pair():
    found = contacts("Few conservatives spoke up, though three of them — Senator Ann Baxter of "
                     "Ohio, Senator Tom Reyes of Utah and Representative Joan Fry of Iowa — "
                     "urged President Trump to use the report to press Mr. Putin when they meet "
                     "on Tuesday in Vienna.", published="2018-07-13")
    assert parties(found) == [["Donald Trump", "Vladimir Putin"]]
    assert found[0].status == "planned" and found[0].place == "Vienna"


def test_where_a_clause_on_the_subject_puts_them_is_the_contact_place():
    found = contacts("Angela Merkel, who was in Lisbon on Thursday, held talks with Emmanuel "
                     "Macron.")
    assert parties(found) == [["Angela Merkel", "Emmanuel Macron"]]
    assert found[0].place == "Lisbon"
    # a birthplace is no place of the meeting
    found = contacts("Angela Merkel, who was born in Hamburg, met Emmanuel Macron.")
    assert found[0].place is None
