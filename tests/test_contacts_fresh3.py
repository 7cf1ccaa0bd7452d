"""Contacts: fixes from the third blind BASIL development batch (tests/gold/
basil_contacts_dev3.json). Sentences written for these tests."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2019-01-02"):
    return analyze_text(text, published=published).contacts


def parties(found):
    return [sorted(c.participants) for c in found]


def test_leaders_named_by_their_party_are_that_party():
    found = contacts("Joe Biden met with Democratic and Republican leaders of both chambers "
                     "on Tuesday.")
    assert parties(found) == [["Democratic Party", "Joe Biden", "Republican Party"]]
    found = contacts("Joe Biden met with Democratic leaders on Thursday.")
    assert parties(found) == [["Democratic Party", "Joe Biden"]]


def test_congressional_leaders_are_the_congress_and_a_party_adjective_wins():
    found = contacts("Joe Biden met congressional leaders on Wednesday.")
    assert parties(found) == [["Joe Biden", "US Congress"]]
    found = contacts("Joe Biden and Democratic congressional leaders dug in on Wednesday "
                     "after a meeting at the White House.")
    assert all("US Congress" not in c.participants for c in found)


def test_a_party_adjective_on_a_thing_names_no_one():
    found = contacts("Joe Biden met with the Democratic candidate's family on Tuesday.")
    assert all("Democratic Party" not in c.participants for c in found)


def test_a_time_clause_before_the_main_verb_is_a_fact():
    found = contacts("Before Angela Merkel met Vladimir Putin on Wednesday, she rejected "
                     "the offer.")
    assert parties(found) == [["Angela Merkel", "Vladimir Putin"]]
    assert found[0].date == "2019-01-02"


def test_a_condition_still_makes_a_time_clause_hypothetical():
    assert contacts("If Angela Merkel wants a deal before she meets Vladimir Putin, she must "
                    "act.") == []


def test_the_earlier_contact_after_since_is_its_own_record_with_its_own_date():
    found = contacts("It was Joe Biden's first meeting with Vladimir Putin since a tense "
                     "session last month.", published="2021-11-10")
    assert [(c.participants, c.date) for c in found] == [
        (["Joe Biden", "Vladimir Putin"], None), (["Joe Biden", "Vladimir Putin"], "2021-10")]


def test_a_date_after_since_never_dates_the_contact_itself():
    found = contacts("Joe Biden and Vladimir Putin have met twice since June.",
                     published="2021-11-10")
    assert all(c.date != "2021-06" for c in found)


def test_a_seat_as_a_modifier_of_the_meeting_is_no_party_beside_its_leader():
    found = contacts("Joe Biden held a White House meeting with Chuck Schumer on Wednesday.",
                     published="2021-11-10")
    assert parties(found) == [["Chuck Schumer", "Joe Biden"]]
    found = contacts("Joe Biden and Republican leaders held a White House meeting on "
                     "Wednesday.", published="2021-11-10")
    assert parties(found) == [["Joe Biden", "Republican Party"]]


def test_who_backs_the_one_met_is_no_party():
    assert contacts("Angela Merkel met with a Kremlin-backed businessman in June 2016.") == []
    found = contacts("Joe Biden met Vladimir Putin and a Kremlin-backed businessman.")
    assert parties(found) == [["Joe Biden", "Vladimir Putin"]]


def test_a_title_in_apposition_is_the_name_before_it():
    found = contacts("Angela Merkel met Vladimir Putin, the leader who sent troops into "
                     "Ukraine, in Geneva.", published="2017-11-13")
    assert parties(found) == [["Angela Merkel", "Vladimir Putin"]]


def test_a_relative_clause_of_an_apposition_names_no_party():
    found = contacts("Angela Merkel held talks with Emmanuel Macron, the president that had "
                     "hosted Joe Biden in May.")
    assert all("Joe Biden" not in c.participants for c in found)


def test_who_in_a_relative_clause_holds_the_contact_it_tells():
    found = contacts("Washington is welcoming Moon Jae-in, who had breakfast with Joe Biden "
                     "and congressional leaders on Wednesday.")
    assert any("Moon Jae-in" in c.participants and "Joe Biden" in c.participants
               for c in found)


def test_continuing_the_talks_on_a_later_day_is_a_further_round():
    found = contacts("Joe Biden held talks with Emmanuel Macron on Wednesday. Biden invited "
                     "Macron to return to Washington on Friday to continue the talks.")
    assert [(c.date, c.status) for c in found] == [("2019-01-02", "held"),
                                                   ("2019-01-04", "planned")]


def test_the_talks_named_again_without_a_day_are_the_same_talks():
    found = contacts("Joe Biden held talks with Emmanuel Macron on Wednesday. Biden said the "
                     "talks were useful.")
    assert {c.date for c in found} == {"2019-01-02"}


def test_lawmakers_visiting_their_own_government_seat_meet_the_executive():
    found = contacts("Chuck Schumer and Nancy Pelosi visited the White House on Wednesday.")
    assert parties(found) == [["Chuck Schumer", "Nancy Pelosi", "White House"]]
    assert found[0].format == "visit"


def test_a_minister_at_their_own_government_seat_is_no_contact():
    assert contacts("Mike Pompeo visited the White House on Wednesday.") == []
