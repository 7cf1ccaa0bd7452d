"""Contacts in one-sentence wire reports of diplomacy: the kinds of mistake found on the CAMEO
development sentences (bench/contacts_cameo.py), each tested on a sentence written here."""

from readout.analyze.pipeline import analyze_text


def contacts(text, published=None):
    return [(c.participants, c.format, c.status, c.place)
            for c in analyze_text(text, published=published).contacts]


def test_call_then_urged_is_a_held_call():
    # the parser hangs "phoned/called" on its subject; the wish verb after "and" is not the call's
    found = contacts("Emmanuel Macron called Vladimir Putin on Friday and urged him to lift "
                     "the siege of the port.")
    assert found == [(["Emmanuel Macron", "Vladimir Putin"], "phone call", "held", None)]


def test_call_with_an_infinitive_of_purpose():
    found = contacts("On a Monday in May, Antony Blinken called Sergey Lavrov to raise the "
                     "fate of two detained citizens.")
    assert [(p, f) for p, f, _, _ in found] == [(["Antony Blinken", "Sergey Lavrov"],
                                                 "phone call")]
    # a name given to someone is still no call
    assert contacts("Joe Biden called Vladimir Putin a killer in an interview.") == []


def test_meeting_a_state_rival_is_diplomacy_not_a_race():
    found = contacts("Narendra Modi will meet regional rival China's President Xi Jinping "
                     "next week.")
    assert found == [(["Narendra Modi", "Xi Jinping"], "meeting", "planned", None)]


def test_accepted_invitation_is_a_planned_contact():
    found = contacts("Olaf Scholz has accepted an invitation to meet with Joe Biden to discuss "
                     "energy.")
    assert found == [(["Joe Biden", "Olaf Scholz"], "meeting", "planned", None)]
    visit = contacts("Joe Biden has accepted Olaf Scholz's invitation to visit the country.")
    assert [(p, f, s) for p, f, s, _ in visit] == [(["Joe Biden", "Olaf Scholz"], "visit",
                                                   "planned")]
    # an invitation declined or only received is no contact
    assert contacts("Olaf Scholz declined an invitation to meet with Joe Biden.") == []


def test_place_of_a_building_in_a_city():
    found = contacts("Pedro Sanchez held talks with Emmanuel Macron at his residence in Madrid "
                     "on Tuesday.")
    assert [pl for _, _, _, pl in found] == ["Madrid"]


def test_the_capital_named_by_its_state_adjective():
    found = contacts("Antony Blinken met Sergey Lavrov at a hotel in the Finnish capital on "
                     "Thursday.")
    assert found == [(["Antony Blinken", "Sergey Lavrov"], "meeting", "held", "Helsinki")]


def test_visit_destination_without_article():
    found = contacts("Joe Biden will pay a state visit to the Netherlands in the spring.")
    assert [pl for _, f, _, pl in found if f == "visit"] == ["Netherlands"]


def test_city_after_a_venue_is_no_party():
    found = contacts("Joe Biden will hold talks with William Ruto at State House, Nairobi, "
                     "before flying home.")
    assert found == [(["Joe Biden", "William Ruto"], "talks", "planned", "State House")]


def test_who_pressed_for_a_cancelled_trip_is_no_party():
    # (put back to a named day, so still planned; cancelled outright it is no contact at
    # all since the lead's decision of session 8)
    found = contacts("Viktor Orban has postponed a planned visit to Ukraine until May 3 under "
                     "pressure from Russia.")
    assert [(p, f, s) for p, f, s, _ in found] == [(["Ukraine", "Viktor Orbán"], "visit",
                                                   "planned")]
    assert contacts("Viktor Orban has cancelled a planned visit to Ukraine under pressure "
                    "from Russia.") == []


def test_a_visit_that_only_frames_the_talks():
    found = contacts("During the two-day visit, Olaf Scholz will hold talks with Fumio Kishida "
                     "in Tokyo.")
    assert [(p, f) for p, f, _, _ in found] == [(["Fumio Kishida", "Olaf Scholz"], "talks")]


def test_bringing_a_side_to_the_table_is_an_aim():
    assert contacts("The sanctions are meant to force Iran to the negotiating table.") == []


def test_talks_someone_must_mediate_are_a_demand():
    assert contacts("Recep Tayyip Erdogan said Qatar must mediate Hamas-Israel truce "
                    "talks.") == []


def test_wire_future_with_would_and_a_coming_period():
    found = contacts("NATO would widen its patrols and would hold talks with Finland's president, "
                     "Sauli Niinisto, next week.")
    assert [(f, s) for _, f, s, _ in found] == [("talks", "planned")]
    # a condition keeps it hypothetical
    assert contacts("NATO would hold talks with Sauli Niinisto next week if Finland "
                    "applied.") == []


def test_reported_would_makes_talks_planned():
    found = contacts("Aides said Joe Biden would hold talks with Fumio Kishida on Thursday.")
    assert [(p, f, s) for p, f, s, _ in found] == [(["Fumio Kishida", "Joe Biden"], "talks",
                                                   "planned")]


def test_meeting_inside_a_summit_takes_its_place_and_day():
    found = analyze_text("Emmanuel Macron meets Narendra Modi during their bilateral meeting at "
                         "the G7 summit in Elmau, Germany June 27, 2022.").contacts
    meeting = [c for c in found if c.format == "meeting"]
    assert meeting and meeting[0].participants == ["Emmanuel Macron", "Narendra Modi"]
    assert (meeting[0].place, meeting[0].date) == ("Elmau", "2022-06-27")


def test_no_one_called_is_no_call():
    assert contacts("Viktor Orban said that no minister had called him to ask about the "
                    "veto.") == []


def test_contacts_on_a_placed_visit_take_its_place():
    found = analyze_text("Antony Blinken arrived in Kyiv on Monday for a visit. He met Volodymyr "
                         "Zelensky and later held talks with Denys Shmyhal.").contacts
    assert [(c.format, c.place) for c in found] == [("visit", "Kyiv"), ("meeting", "Kyiv"),
                                                    ("talks", "Kyiv")]
    # a call from there names no place, and someone who is not on the trip keeps none
    other = analyze_text("Antony Blinken arrived in Kyiv on Monday for a visit. Olaf Scholz "
                         "met Emmanuel Macron the same day.").contacts
    assert [c.place for c in other if c.format == "meeting"] == [None]


def test_demonym_before_an_office_noun_describes_the_person():
    # "Palestinian negotiator X": the demonym is X's side, not a second party
    assert contacts("Chief Israeli negotiator Ron Dermer voiced doubts about the next "
                    "cabinet's value as a partner in negotiations.") == []
    found = contacts("Russian envoy Vasily Nebenzia met Chinese diplomat Zhang Jun in New York.")
    assert [(f, pl) for _, f, _, pl in found] == [("meeting", "New York")]
    assert len(found[0][0]) == 2 and "Zhang Jun" in found[0][0]


def test_subject_of_a_coordinated_verb_attends_the_summit():
    found = contacts("Joe Biden had agreed to ease tariffs and offer new credits at the summit "
                     "with Xi Jinping.")
    assert [(p, f) for p, f, _, _ in found] == [(["Joe Biden", "Xi Jinping"], "summit")]


def test_hyphenated_given_name_is_still_a_counterpart():
    # "Jae-in" is split so that its last piece reads as a common noun object of "met"
    found = contacts("Kim Jong Un met Moon Jae-in at the border village of Panmunjom.")
    assert found == [(["Kim Jong Un", "Moon Jae-in"], "meeting", "held", "Panmunjom")]
    assert contacts("The plan failed to meet the Paris climate targets.") == []


def test_talks_held_on_the_sidelines_take_the_gathering_place():
    found = contacts("Sergey Lavrov is expected to hold talks with Antony Blinken on the "
                     "sidelines of the OSCE forum in Vienna.")
    assert [(f, s, pl) for _, f, s, pl in found] == [("talks", "planned", "Vienna")]


def test_a_telephone_conversation_is_a_call():
    found = contacts("In a telephone conversation on Monday, Olaf Scholz and Justin Trudeau "
                     "discussed gas supplies.")
    assert found == [(["Justin Trudeau", "Olaf Scholz"], "phone call", "held", None)]


def test_agreed_in_a_phone_call_is_a_held_call():
    found = contacts("Olaf Scholz and Justin Trudeau agreed in a phone call to deepen energy "
                     "ties.")
    assert found == [(["Justin Trudeau", "Olaf Scholz"], "phone call", "held", None)]


def test_an_offer_of_talks_is_no_contact_until_accepted():
    assert contacts("Kim Jong Un on Monday rejected Joe Biden's offer of direct talks.") == []
    found = contacts("Kim Jong Un on Monday accepted Joe Biden's offer of direct talks.")
    assert found == [(["Joe Biden", "Kim Jong Un"], "talks", "planned", None)]
