"""Word-sense checks for contact triggers (readout.analyze.contact_sense), on sentences written
for these tests. Each rule is tested on a sentence where the word is no contact and on a
near neighbour where it is one, so the rule cannot pass by rejecting everything."""

from __future__ import annotations

from functools import lru_cache

import pytest
from spacy.language import Language
from spacy.tokens import Token

from readout.analyze import contact_sense as cs
from readout.analyze.pipeline import analyze_text, build_pipeline


@lru_cache(maxsize=1)
def _nlp() -> Language:
    return build_pipeline(None)


def token(sentence: str, word: str) -> Token:
    doc = _nlp().make_doc(sentence)
    for _, proc in _nlp().pipeline:
        if proc.__class__.__module__.startswith("spacy"):
            doc = proc(doc)
    return next(t for t in doc if t.text == word)


def contacts(text: str):
    return analyze_text(text, published="2023-05-10").contacts


# ---------------------------------------------------------------- meet = satisfy
@pytest.mark.parametrize("sentence,word", [
    ("The candidate did not meet the 10 percent polling threshold.", "meet"),
    ("The new rules have been met by every carrier.", "met"),
    ("The plant met the new emission standards last year.", "met"),
])
def test_meeting_a_standard_is_no_contact(sentence, word):
    assert cs.meets_a_standard(token(sentence, word))


def test_meeting_a_person_is_not_a_standard():
    assert cs.meets_a_standard(token("Olaf Scholz met Emmanuel Macron in Paris.", "met")) is None


def test_meet_a_threshold_end_to_end():
    assert contacts("Olaf Scholz met the 2 percent spending target set by NATO.") == []
    assert len(contacts("Olaf Scholz met Emmanuel Macron in Berlin on Monday.")) == 1


# ---------------------------------------------------------------- met with a reaction
@pytest.mark.parametrize("sentence", [
    "The tariff plan was met with anger in Ottawa.",
    "His proposal met with stiff resistance from the Senate.",
    "The decree is being met with loud expressions of disapproval.",
])
def test_met_with_a_reaction(sentence):
    assert cs.met_with_a_reaction(token(sentence, "met"))


def test_met_with_a_minister_is_a_contact():
    assert cs.met_with_a_reaction(token("Antony Blinken met with the Turkish minister.",
                                        "met")) is None


# ---------------------------------------------------------------- negation
@pytest.mark.parametrize("sentence,word", [
    ("Joe Biden never met Kim Jong Un.", "met"),
    ("The envoy did not meet with Vladimir Putin.", "meet"),
    ("The senator had neither met the ambassador nor hired him.", "met"),
    ("Emmanuel Macron refused to meet Marine Le Pen.", "meet"),
    ("Olaf Scholz left Beijing without meeting Xi Jinping.", "meeting"),
])
def test_negated_contacts(sentence, word):
    assert cs.is_negated(token(sentence, word))


def test_not_only_is_no_negation():
    sentence = "Olaf Scholz not only met Xi Jinping but also visited a factory."
    assert cs.is_negated(token(sentence, "met")) is None


def test_negated_meeting_end_to_end():
    assert contacts("Rishi Sunak did not meet Emmanuel Macron in Paris.") == []
    assert len(contacts("Rishi Sunak met Emmanuel Macron in Paris.")) == 1


# ---------------------------------------------------------------- interviews and audiences
def test_phone_interview_is_no_call():
    sentence = "\"We will win,\" Senator Ann Ross said in a phone interview."
    assert cs.only_modifies(token(sentence, "phone"))
    assert cs.only_modifies(token("The two leaders held a phone call.", "phone")) is None


@pytest.mark.parametrize("sentence,word", [
    ("The minister spoke to reporters in Geneva.", "spoke"),
    ("They speak to Canadian business and political leaders about tariffs.", "speak"),
    ("The governor met with students at the university.", "met"),
])
def test_audiences_are_not_counterparts(sentence, word):
    assert cs.speaks_to_an_audience(token(sentence, word))


def test_named_counterpart_is_no_audience():
    sentence = "Antony Blinken spoke with Wang Yi about Taiwan."
    assert cs.speaks_to_an_audience(token(sentence, "spoke")) is None


# ---------------------------------------------------------------- trade flows
@pytest.mark.parametrize("sentence", [
    "About $3 of every $4 of the grain that Brazil sells comes to China.",
    "Most of the steel exports come to the European Union.",
])
def test_goods_do_not_travel(sentence):
    assert cs.goods_travel(token(sentence, next(w for w in ("comes", "come")
                                                if f" {w} " in sentence)))


def test_a_president_travels():
    assert cs.goods_travel(token("The Brazilian president came to China in April.",
                                 "came")) is None


# ---------------------------------------------------------------- contests, kin, acquaintances
def test_rivals_in_a_race_are_no_meeting():
    sentence = "She met her Republican opponents three times in two Senate races."
    assert cs.is_a_contest(token(sentence, "met"))
    assert cs.is_a_contest(token("She met her Republican counterpart in Rome.", "met")) is None


def test_meeting_ones_wife_is_personal():
    assert cs.meets_kin(token("In Peru he met his wife, a doctor from Lima.", "met"))


def test_contacts_as_acquaintances():
    assert cs.contacts_are_people(token("She introduced the banker to her legal contacts.",
                                        "contacts"))
    sentence = "Paris kept contacts with Moscow throughout the war."
    assert cs.contacts_are_people(token(sentence, "contacts")) is None


# ---------------------------------------------------------------- other senses
def test_calling_out_is_criticism():
    assert cs.phrasal_call(token("The coach called out the referee for his mistakes.",
                                 "called"))
    assert cs.phrasal_call(token("Joe Biden called Olaf Scholz on Monday.", "called")) is None


def test_hosting_events_and_visiting_sites():
    assert cs.hosts_an_event(token("She will host rallies in two counties next week.", "host"))
    assert cs.hosts_an_event(token("Joe Biden will host Olaf Scholz next week.", "host")) is None
    assert cs.visits_a_facility(token("The mayor visited another bridge on Tuesday.",
                                      "visited"))
    assert cs.visits_a_facility(token("The minister visited a base in Poland.",
                                      "visited")) is None


# ---------------------------------------------------------------- talks in general
def test_talks_only_supported_or_observed():
    sentence = "The talks on trade cooperation are backed by a broad group of states."
    assert cs.talks_as_topic(token(sentence, "talks"))
    sentence = "Officials involved in the negotiations said the deal was close."
    assert cs.talks_as_topic(token(sentence, "negotiations"))
    sentence = "The talks with Iran were held in Vienna."
    assert cs.talks_as_topic(token(sentence, "talks")) is None


def test_talks_asked_about_or_braced_for():
    sentence = "The spokesman would not say whether the president is bracing for long talks."
    assert cs.in_prospect(token(sentence, "talks"))
    sentence = "Putin warned Biden during their call that sanctions would be a mistake."
    assert cs.in_prospect(token(sentence, "call")) is None


def test_not_a_contact_runs_every_check():
    assert cs.not_a_contact(token("Joe Biden never met Kim Jong Un.", "met"))
    assert cs.not_a_contact(token("Joe Biden met Kim Jong Un in Hanoi.", "met")) is None


def test_speech_at_a_rally_is_no_call():
    sentence = "The two candidates spoke at a rally in Ohio on Friday."
    assert cs.gives_a_speech(token(sentence, "spoke"))
    sentence = "The two leaders spoke at length on Monday."
    assert cs.gives_a_speech(token(sentence, "spoke")) is None
    sentence = "Olaf Scholz spoke with Joe Biden at the summit."
    assert cs.gives_a_speech(token(sentence, "spoke")) is None


def test_a_close_call_is_no_phone_call():
    assert cs.call_as_decision(token("It was a close call for the senator.", "call"))
    sentence = "Their call on Monday lasted an hour."
    assert cs.call_as_decision(token(sentence, "call")) is None


def test_a_meeting_that_never_took_place():
    assert cs.is_negated(token("The summit in Minsk never took place.", "summit"))
    assert cs.is_negated(token("The summit in Minsk took place in May.", "summit")) is None


def test_contacts_with_a_country_stay():
    sentence = "He lied to investigators about his Russia contacts."
    assert cs.contacts_are_people(token(sentence, "contacts")) is None
    sentence = "He lied to investigators about his business contacts."
    assert cs.contacts_are_people(token(sentence, "contacts"))


def test_unlikely_and_possible_contacts():
    assert cs.is_negated(token("Olaf Scholz is unlikely to meet Emmanuel Macron.", "meet"))
    assert cs.is_negated(token("Olaf Scholz is eager to meet Emmanuel Macron.", "meet")) is None
    sentence = "Talks between Israel and Hamas might resume in Cairo."
    assert cs.only_possible(token(sentence, "Talks"))
    sentence = "Talks between Israel and Hamas resumed in Cairo."
    assert cs.only_possible(token(sentence, "Talks")) is None


def test_receiving_support_is_no_visit():
    sentence = "The senator received 38 percent support in the poll."
    assert cs.receives_a_thing(token(sentence, "received"))
    sentence = "Vladimir Putin received Joko Widodo at the Kremlin."
    assert cs.receives_a_thing(token(sentence, "received")) is None


def test_received_support_beside_other_candidates():
    sentence = ("In the new survey the governor received 41 percent support, the mayor "
                "Tom Baker 6 percent and Ann Ross 2 percent.")
    assert cs.receives_a_thing(token(sentence, "received"))


def test_what_a_real_summit_could_do_is_no_speculation():
    sentence = "The upcoming Paris summit could become a turning point for the alliance."
    assert cs.only_possible(token(sentence, "summit")) is None
    sentence = "A summit in Paris could take place next month."
    assert cs.only_possible(token(sentence, "summit"))



def test_contacts_in_general_only_without_article_or_owner():
    assert cs.contacts_in_general(token("The council suspended Iran from future meetings.",
                                        "meetings"))
    assert cs.contacts_in_general(token("Their future meetings will take place in Oslo.",
                                        "meetings")) is None
    assert cs.contacts_in_general(token("Two regular meetings were held in Oslo.",
                                        "meetings")) is None


def test_internal_gathering_unless_someone_from_outside_is_named():
    assert cs.internal_gathering(token("The Cabinet meeting ran late.", "meeting"))
    assert cs.internal_gathering(token("They spoke at a Democratic caucus lunch.", "lunch"))
    assert cs.internal_gathering(token("The Cabinet meeting with the Polish president ran "
                                       "late.", "meeting")) is None


def test_the_publics_travel_is_no_contact():
    assert cs.the_public_travels(token("Japan eased visas for Chinese to visit Tokyo.", "visit"))
    assert cs.the_public_travels(token("Tourists travel to Crete every summer.", "travel"))
    assert cs.the_public_travels(token("Greek officials will visit Ankara.", "visit")) is None


def test_meeting_for_a_debate_is_a_contest_but_meeting_for_talks_is_not():
    assert analyze_text("Donald Trump and Hillary Clinton meet for the first of three "
                        "presidential debates on Monday.", published="2016-09-23").contacts == []
    found = analyze_text("Donald Trump and Hillary Clinton met for talks on the election.",
                         published="2016-09-23").contacts
    assert [c.participants for c in found] == [["Donald Trump", "Hillary Clinton"]]


def test_calls_as_surveillance_traffic_are_no_contact():
    assert cs.calls_as_traffic(token("The chancellor protested the tapping of her phone calls.",
                                     "calls"))
    assert cs.calls_as_traffic(token("Analysts read texts and calls collected from abroad.",
                                     "calls"))
    assert cs.calls_as_traffic(token("The agency recorded calls without a warrant.", "calls"))
    # a call whose sides the noun names stays a contact, surveillance or not
    assert cs.calls_as_traffic(token("The agency intercepted a call between the two generals.",
                                     "call")) is None
    assert cs.calls_as_traffic(token("The two leaders held a phone call on Monday.",
                                     "call")) is None


def test_a_leaders_tapped_calls_are_no_contact_in_the_output():
    assert contacts("Angela Merkel condemned the eavesdropping on her phone calls by the "
                    "National Security Agency.") == []
