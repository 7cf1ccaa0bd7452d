"""Contacts: fixes from the fresh timeline gold written by the timelines' second annotator
(tests/gold/timeline_contacts_dev3.json). Sentences written for these tests."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published="2012-03-14"):
    return analyze_text(text, published=published).contacts


def parties(found):
    return [sorted(c.participants) for c in found]


def test_a_copula_adjective_passes_its_subject_to_the_infinitive():
    found = contacts("Rain delays the harvest, as Angela Merkel is due to arrive for talks "
                     "with the Russian president Vladimir Putin.")
    assert parties(found) == [["Angela Merkel", "Vladimir Putin"]]
    assert found[0].status == "planned"
    found = contacts("Angela Merkel is set to travel for a meeting with Vladimir Putin.")
    assert parties(found) == [["Angela Merkel", "Vladimir Putin"]]
    # a wish stays no contact
    assert contacts("Angela Merkel is eager to meet with Vladimir Putin.") == []


def test_regional_officials_meeting_as_a_participle_are_their_body():
    found = contacts("African foreign ministers meeting in Addis Ababa urge Sudan to hold "
                     "elections.")
    assert parties(found) == [["African Union"]]
    assert found[0].place == "Addis Ababa"
    assert found[0].date == "2012-03-14"  # a present in news is the day's report
    assert found[0].status == "held"


def test_a_meeting_of_regional_officials_is_their_body_meeting_where_they_are():
    found = contacts("A meeting of Arab foreign ministers in Doha urged Yemen to stop the "
                     "fighting.")
    assert parties(found) == [["Arab League"]]
    assert found[0].place == "Doha"


def test_what_members_do_at_their_meeting_does_not_make_it_planned():
    found = contacts("European leaders meeting in Brussels agreed on new sanctions.")
    assert parties(found) == [["European Union"]]
    assert found[0].status == "held"
    found = contacts("European leaders meeting in Brussels will agree on new sanctions.")
    assert [c.status for c in found] == ["planned"]


def test_a_participle_adjunct_takes_the_tense_of_its_main_verb():
    found = contacts("Speaking during a visit to Kabul, Tony Blair praises the troops.",
                     published="2006-11-20")
    assert [c.date for c in found] == ["2006-11-20"]
    assert found[0].place == "Kabul"
    # a past main verb gives no day
    found = contacts("Speaking during a visit to Kabul, Tony Blair praised the troops.",
                     published="2006-11-20")
    assert [c.date for c in found] == [None]


def test_a_demonym_on_insurgents_or_rebels_is_not_the_state():
    found = contacts("Britain held talks with some Syrian rebels and Turkish officials.")
    assert all("Syria" not in c.participants for c in found)
    assert contacts("Britain has been involved in negotiations with some Afghan "
                    "insurgents.") == []


def test_a_meeting_of_a_council_takes_the_place_given_after_its_name():
    found = contacts("The Syrian envoy defends his government at a meeting of the UN Human "
                     "Rights Council in Geneva.")
    assert [c.place for c in found] == ["Geneva"]


def test_a_guest_received_or_welcomed_in_the_passive():
    found = contacts("Shinzo Abe was received by Angela Merkel in Berlin on Monday.")
    assert parties(found) == [["Angela Merkel", "Shinzo Abe"]]
    assert found[0].date == "2012-03-12"
    found = contacts("Shinzo Abe was welcomed by Angela Merkel on Monday.")
    assert parties(found) == [["Angela Merkel", "Shinzo Abe"]]
    assert contacts("The letter was received by Angela Merkel on Monday.") == []


def test_a_person_going_or_heading_to_a_capital_visits_it():
    found = contacts("Hillary Clinton went to Beijing on Monday.")
    assert parties(found) == [["China", "Hillary Clinton"]]
    assert found[0].place == "Beijing"
    found = contacts("Hillary Clinton headed to Moscow on Tuesday for talks with Sergey "
                     "Lavrov.")
    assert parties(found) == [["Hillary Clinton", "Sergey Lavrov"]]
    assert found[0].format == "visit"
    found = contacts("Hillary Clinton will go to Tokyo next month.")
    assert [c.status for c in found] == ["planned"]
    # only a person travels: money, troops and voters do not visit
    assert contacts("The aid went to Ukraine.") == []
    assert contacts("Russian troops went to Ukraine.") == []
    assert contacts("Hillary Clinton went to the polls.") == []


def test_a_meeting_in_the_first_days_of_a_visit_is_where_the_visitor_arrived():
    found = contacts("Shinzo Abe arrived in Canberra on Sunday. He met Malcolm Turnbull on "
                     "Monday.", published="2017-01-16")
    assert [(c.format, c.place) for c in found] == [("visit", "Canberra"),
                                                    ("meeting", "Canberra")]
    # a week later the visit is over: the place is not carried
    found = contacts("Shinzo Abe arrived in Canberra on January 2. He met Malcolm Turnbull "
                     "on January 12.", published="2017-01-16")
    assert [c.place for c in found] == ["Canberra", None]


def test_people_around_a_contact_are_not_its_parties():
    expected = [["Angela Merkel", "Emmanuel Macron"]]
    assert parties(contacts("Emmanuel Macron met Angela Merkel on Monday, according to "
                            "Martin Schulz.")) == expected
    assert parties(contacts("According to Martin Schulz, Emmanuel Macron met Angela Merkel "
                            "on Monday.")) == expected
    assert parties(contacts("Emmanuel Macron met Angela Merkel on Monday despite warnings from "
                            "Martin Schulz.")) == expected
    assert parties(contacts("Emmanuel Macron met Angela Merkel on Monday, a move criticized by "
                            "Martin Schulz.")) == expected
    assert parties(contacts("Emmanuel Macron met Angela Merkel, whom Martin Schulz has called a "
                            "bully, on Monday.")) == expected
    assert parties(contacts("Emmanuel Macron met with Angela Merkel on Monday, the first summit "
                            "since Gerhard Schroeder left office.")) == expected


def test_whose_aide_the_named_traveller_is_does_not_travel():
    for verb in ("went", "traveled"):
        found = contacts(f"Emmanuel Macron's diplomatic adviser, Emmanuel Bonne, {verb} to "
                         "Tehran to meet with Hassan Rouhani.", published="2019-07-10")
        assert parties(found) == [["Emmanuel Bonne", "Hassan Rouhani"]]
    assert contacts("Emmanuel Macron's money went to Iran.") == []


def test_greeting_a_guest_is_a_meeting_but_a_handshake_alone_is_not():
    found = contacts("Narendra Modi greeted Shinzo Abe in New Delhi on Friday.")
    assert parties(found) == [["Narendra Modi", "Shinzo Abe"]]
    assert found[0].place == "New Delhi"
    assert contacts("Narendra Modi greeted the result with relief.") == []
    # a handshake happens at debates and ceremonies as well: no contact by itself
    assert contacts("Narendra Modi and Rahul Gandhi shook hands after the debate.") == []


def test_a_contact_ahead_of_which_something_happens_is_still_to_come():
    found = contacts("Ahead of his summit with Vladimir Putin, Emmanuel Macron criticized "
                     "NATO.")
    assert parties(found) == [["Emmanuel Macron", "Vladimir Putin"]]
    assert found[0].status == "planned"
    # whom the act aims at took no part in the contact
    found = contacts("Ahead of the Helsinki summit, Emmanuel Macron criticized NATO.")
    assert all("NATO" not in c.participants for c in found)
