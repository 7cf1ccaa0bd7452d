"""Contacts: summits, meetings, calls, video calls, visits and talks.

Each clause is read for trigger words ("met", "spoke with", "call", "summit", "visit", "talks");
one clause may report several contacts. For each trigger:
- the format comes from the word and its context ("virtual", "by phone", "secure video");
- wishes, conditions and recommendations ("if Biden meets", "should meet", "would really like"
  a meeting, "open to speaking") are not contacts;
- "will meet", "is scheduled", "planning to meet", "upcoming" make it planned;
- participants are the actors of the trigger's own clause (purpose clauses and topics such as
  "to discuss Russia's war" are left out); people win over the states they represent;
- a definite noun with no new party ("the call", "their meeting", "the conversation") refers
  back to the latest contact of a compatible format and inherits its parties, date and place;
  "X joined the call" adds X to that contact;
- the date comes from the clause's date words resolved against the publication date; an
  official readout that names no day reports a contact of its publication day.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from readout.analyze.actors import TITLE_WORDS
from readout.analyze.contact_sense import internal_gathering, is_negated, not_a_contact
from readout.analyze.dates import (
    DAY_OFFSET,
    MONTHS,
    dates_nest,
    day_offset,
    find_date_expression,
    last_date_expression,
    resolve_date,
    shift_day,
)
from readout.analyze.gazetteer import LEADER_ROLES, Gazetteer, load_gazetteer, normalise_form
from readout.analyze.quotes import find_quoted_spans
from readout.analyze.text import datelines, doc_text, headline_end, paragraph_number
from readout.records import ActorMention, Contact

NOUN_FORMATS = {
    "summit": "summit", "meeting": "meeting", "sit-down": "meeting", "visit": "visit",
    "trip": "visit", "talks": "talks", "negotiation": "talks", "negotiations": "talks",
    "consultation": "talks", "consultations": "talks", "call": "phone call",
    "phone": "phone call", "telephone": "phone call", "videoconference": "video call",
    "teleconference": "video call",
    "conversation": "talks", "discussion": "talks", "ministerial": "meeting",
    "chat": "talks", "contact": "talks", "conference": "meeting",
    "lunch": "meeting", "dinner": "meeting", "breakfast": "meeting", "luncheon": "meeting",
    "tea": "meeting",
}
MEAL_NOUNS = {"lunch", "dinner", "breakfast", "luncheon", "tea"}
# words that put a second party's part after the first's ("and later by Salih")
SEQUEL_WORDS = {"later", "then", "afterwards", "subsequently", "next"}
# a verb's meetings held with each counterpart alone
# ("sitting down with Erdogan, Sunak and Meloni in turn": with each alone, one after another)
ONE_ON_ONE = re.compile(r"\bone[- ]on[- ]one\b|\bin turn\s*[.,;]", re.I)
# sectors of bodies whose meetings are their own sessions, not contacts between their members
PRIVATE_BODY_SECTORS = {"political_party", "business", "media", "think_tank", "civil_society",
                        "ngo"}
# the body a region's officials meet as ("Arab foreign ministers met in Cairo")
REGIONAL_BODIES = {"Arab": "Arab League", "African": "African Union",
                   "European": "European Union"}
# "a delegation of African leaders": a mission the region's body sends
DELEGATION_NOUNS = {"delegation", "panel", "mission", "team"}
# conferences that are no meeting of parties: "a press conference", "a party conference"
NOT_MEETING_CONFERENCES = {"press", "news", "party", "academic", "annual", "scientific",
                           "industry", "media", "investor", "earnings"}
VERB_FORMATS = {"meet": "meeting", "visit": "visit", "travel": "visit", "host": "meeting",
                "tour": "visit",
                "convene": "meeting", "speak": "phone call", "talk": "phone call",
                "call": "phone call", "welcome": "meeting", "negotiate": "talks",
                "sit": "meeting", "reach": "phone call", "dispatch": "visit", "send": "visit",
                "reconvene": "meeting", "come": "visit", "fly": "visit", "receive": "meeting",
                "arrive": "visit", "phone": "phone call", "telephone": "phone call",
                "confer": "talks", "huddle": "meeting", "gather": "meeting", "go": "visit",
                "head": "visit", "greet": "meeting", "spend": "meeting", "discuss": "talks",
                "land": "visit", "stop": "visit", "leave": "visit", "depart": "visit",
                "dine": "meeting", "lunch": "meeting", "see": "meeting",
                "din": "meeting",  # (the small model's lemma of "dined")
                "raise": "talks", "chat": "talks", "shake": "meeting"}
# the time one spends with someone in a meeting ("spent three hours with")
SPENT_TIME = {"hour", "minute", "day", "time", "morning", "afternoon", "evening"}
# verbs of motion that are a trip only with a destination ("came to Washington", "flew to
# Kyiv"; not "came to an agreement")
MOTION_LEMMAS = {"come", "fly", "arrive", "go", "head", "land", "stop", "leave", "depart"}
TRIP_LEMMAS = {"travel", "visit", "tour", "dispatch", "send", "come", "fly", "arrive", "go", "head",
               "land", "stop", "leave", "depart"}
# asking for a contact is not having one: "called for a meeting", "renewed his calls for talks",
# "requested a call", "offered talks"
APPEAL_LEMMAS = {"call", "appeal", "press", "push", "ask", "plead", "lobby", "request",
                 "demand", "seek", "offer"}
# participles that tell what a counterpart is part of ("officials involved in the probe")
INVOLVED_LEMMAS = {"involve", "engage", "implicate", "embroil", "entangle", "interest"}
# "the last meeting", "the previous call", "the next summit": not the contact just reported
ORDINAL_OTHER = {"last", "previous", "prior", "next", "earlier", "former"}
# a contact of some of a group's members apart from the group's ("their own talks")
OWN_WORDS = {"own", "bilateral", "separate"}
# "his counterparts", "her host": the possessor takes part in the contact too
COUNTERPART_NOUNS = {"counterpart", "colleague", "host", "guest", "delegation", "team",
                     "interlocutor", "visitor", "opposite"}
# plural people of a state or body ("NATO foreign ministers", "EU leaders")
OFFICIALS = {"minister", "leader", "official", "diplomat", "envoy", "negotiator", "delegate",
             "representative", "counterpart", "chief"}
# offices whose holder one calls by phone ("called his counterpart", "called world leaders")
CALLED_OFFICES = {"counterpart", "leader", "president", "minister", "chancellor", "premier",
                  "king", "secretary", "envoy"}
# verbs whose object "call" is a call held ("had a call to discuss …")
CALL_HOLDERS = {"have", "hold", "make", "host", "join", "take", "conduct", "end", "place",
                "set", "schedule", "arrange", "receive", "get"}
# the unnamed other side of a contact ("with Allies and partners", "with counterparts")
COUNTERPART_PLURALS = {"ally", "partner", "counterpart", "leader", "official", "minister",
                       "nation", "country", "government", "delegation", "diplomat", "envoy"}
# verbs that take up talks again ("continue the talks on Friday"): another round
RESUMING = {"continue", "resume"}
# words for a meeting that only count as one after "since" on a contact noun ("the first
# talks since a tense session in May"); alone they name sittings of a body
SINCE_GATHERINGS = {"session", "encounter", "gathering"}
# people who sit for a party or chamber ("Democratic leaders", "congressional lawmakers")
SIDE_PEOPLE = {"leader", "lawmaker", "legislator", "member", "senator", "congressman",
               "congresswoman", "representative", "mp", "deputy", "negotiator"}
CHAMBER_ADJECTIVES = {"congressional": "US Congress"}
# a contact offered or declined, not had: "an invitation to meet", "a chance to talk"
CHANCE_NOUNS = {"opportunity", "chance", "invitation", "offer", "proposal", "request", "bid",
                "attempt", "effort", "refusal", "willingness", "readiness", "desire",
                "pressure", "demand", "call", "calls", "appeal", "idea", "prospect",
                "possibility"}
# prepositions that place a contact in time or space, not as the object of a wish
PLACE_TIME_PREPS = {"in", "during", "at", "on", "after", "before", "since", "following", "by"}
# a contact named only as the time of something else ("after the meeting, Treasury released …")
TIME_PREPS = {"after", "before", "following", "ahead", "since", "prior"}
# verbs that send someone else: the object travels, the subject stays at home
SENDING_LEMMAS = {"dispatch", "send"}
# the purpose of a trip ("travel to Poland to meet Duda", "to participate in the ministerial")
PURPOSE_LEMMAS = {"meet", "participate", "attend", "join", "visit", "hold"}
# verbs of a meeting whose "for talks" names its purpose rather than a second contact
MEETING_FOR_LEMMAS = {"host", "meet", "receive", "welcome"}
# what a contact is about: "talks over Ukraine", "policy toward Russia", "a call about Iran"
TOPIC_PREPS = {"over", "about", "toward", "towards", "regarding", "concerning", "on"}
# people a pair noun counts ("the two presidents discussed …"): who talk, not the states
PAIR_PEOPLE = {"president", "leader", "minister", "man", "woman", "premier", "chancellor",
               "counterpart", "envoy", "negotiator", "diplomat"}
DISCUSS_LEMMAS = {"discuss", "address", "review", "debate", "consider"}
# "in an attempt to unblock the alliance's enlargement": the aim of a contact, not its sides
AIM_NOUNS = {"attempt", "effort", "bid", "push", "drive", "hope"}
# verbs whose subject reports a contact rather than taking part in it
REPORTING_LEMMAS = {"say", "tell", "recall", "note", "add", "explain", "write", "report",
                    "confirm", "claim", "recount", "disclose", "reveal",
                    # "emails published by the Times show X arranged the meeting": the source
                    "show", "indicate"}
# gatherings an organisation holds ("NATO's 2008 summit", "the UDCG meeting"): the
# organisation alone stands for the participants unless the text names a counterpart
GATHERING_NOUNS = {"summit", "meeting", "ministerial", "session", "conference"}
# nouns that name a meeting only with a counterpart ("a session with Macron", "an audience
# with the Pope", "an encounter with Blinken")
SESSION_NOUNS = {"session", "audience", "encounter", "tête-à-tête", "huddle"}
# nouns that are talks when held with someone ("a further round with Turkish officials", "a
# strategic dialogue with Manila"), not a vote's round or a dialogue of cultures
TALKS_WITH_NOUNS = {"round", "dialogue"}
# taking part in such a gathering makes the subject a participant
ATTEND_LEMMAS = {"attend", "participate", "join", "host", "chair", "convene", "conduct", "lead",
                 "hold"}
# a member state's leader doing these to the gathering of its own body is on the body's side
# ("a GCC summit chaired by the Saudi crown prince"), no counterpart of it
HOSTING_LEMMAS = {"host", "co-host", "cohost", "chair", "co-chair", "open", "preside"}
# calling a contact off: a trip owned by others ("cancelled the lawmakers' trip") is not the
# canceller's
CALLED_OFF_LEMMAS = {"cancel", "postpone", "delay", "scrap", "nix", "block", "deny", "veto"}
# quotations shorter than this are scare quotes or fragments ("really like"), not reports
SHORT_QUOTE_WORDS = 12
# nouns that only refer back to a contact already reported, never open a new one alone
# the people who run a body: "came to meet the company's management"
STAFF_NOUNS = {"management", "leadership", "executive", "owner", "board", "staff"}
# a part of the day named before ("that evening")
SAME_DAY_WORDS = re.compile(r"that\s+(?:evening|night|morning|afternoon)", re.I)
ANAPHORIC_NOUNS = {"conversation", "discussion", "event", "contact", "chat"}
DEICTIC_REACH = 3  # paragraphs back "those discussions" may still point
VIDEO_CUES = re.compile(r"\b(video|virtual(?:ly)?|videoconference|teleconference|online)\b", re.I)
PHONE_CUES = re.compile(r"\b(phone|telephone|by phone|call)\b", re.I)
PLANNED_WORDS = {"will", "shall", "'ll", "upcoming", "planned", "scheduled", "forthcoming",
                 "next", "tomorrow", "expected", "going", "due", "slated", "poised", "coming"}
PLANNED_LEMMAS = {"plan", "schedule", "prepare", "expect", "invite", "set", "arrange", "agree",
                  "slate",
                  # a contact called off or put back was planned, never held
                  "cancel", "postpone", "delay", "scrap", "nix", "reschedule"}
# "the Kremlin said Putin would hold talks with Macron on Monday": a future told in reported
# speech, not a condition
REPORT_LEMMAS = {"say", "announce", "tell", "confirm", "report", "add", "state", "disclose",
                 "reveal", "indicate", "write"}
# nouns of an issue or a situation: a state that only modifies one ("the Ukraine crisis", "the
# Iran deal") is what a contact is about, not a party to it
ISSUE_NOUNS = {"crisis", "war", "conflict", "border", "buildup", "build-up", "deal", "issue",
               "question", "policy", "invasion", "offensive", "standoff", "dispute", "tension",
               "tensions", "programme", "program", "file", "frontier"}
# words that tell several travellers' visits apart ("both visited", "back-to-back visits")
DISTRIBUTIVE_WORDS = {"both", "each", "separate", "separately", "back"}  # back-to-back
HYPOTHETICAL_WORDS = {"if", "should", "would", "could", "might", "whether", "unless", "ought",
                      "may", "can", "must"}
WISH_LEMMAS = {"like", "want", "wish", "hope", "urge", "propose", "suggest", "need",
               "recommend", "consider", "imagine", "open", "push", "deny", "bother", "ready",
               "willing", "eager",
               # refused or impossible: "refused to meet", "unable to negotiate with"
               "refuse", "decline", "reject", "unable", "able", "fail", "rule"}
# the small model lemmatises "hoped" as "hop": the forms of "hope" read as a wish
HOPE_FORMS = {"hope", "hopes", "hoped", "hoping"}
NOT_A_CONTACT_AFTER_CALL = {"on", "upon", "for"}
# a sentence end, but not the point of a month written short ("on Feb. 12 and met …")
# a date used as a noun's modifier ("the October 7 attacks", "the May 9 parade"), after "the"
ATTRIBUTIVE_DATE = re.compile(r"\s+(?!(?:in|at|on|and|or|to|for|when|after|before|as|with|"
                              r"by|from|last|this|next|of|that|the|a|an|morning|afternoon|"
                              r"evening|night|midday|noon|local|ago|again|alone|too|also|"
                              r"only|while|where|during|until|through|following|because|"
                              r"but|he|she|they|it|we|said|says)\b)[a-z]+")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])" + "".join(
    rf"(?<!\b{m}\.)" for m in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct",
                                "Nov", "Dec")) + r"(?<!\bSept\.)\s+")
# the words that set a name as a leader's spouse: "the first lady, Jill Biden", "his wife Akie"
SPOUSE_BEFORE = re.compile(r"\b(?:first lady|wife|husband|spouse)\b,? (?:[A-Z][\w.]* ){0,1}$",
                           re.I)
SAME_DAY_AS_BEFORE = re.compile(r"\b(?:later|earlier) (?:in the|that) day\b|\bthe same day\b|"
                                r"\blater that (?:morning|afternoon|evening|night)\b", re.I)
# the day after the contact just told ("He met Marcos the next day", "held talks the following
# morning", "a day later")
NEXT_DAY_AFTER_BEFORE = re.compile(r"\b(?:the )?(?:next|following) (?:day|morning|afternoon|"
                                   r"evening)\b|\ba day later\b", re.I)
# ("just as", "just after": when, relative to another act, not "just now")
SAME_DAY = re.compile(r"\b(today|tonight|this (?:morning|afternoon|evening)|"
                      r"just(?! (?:as|when|after|before|days?|weeks?|months?|hours?)\b))\b", re.I)
# a time of day with no day named ("in the evening", "at 07:00", "overnight")
TIME_OF_DAY = re.compile(r"\b(?:in the (?:early |late )?(?:morning|afternoon|evening)|overnight|"
                         r"(?:early|late)-(?:morning|afternoon|evening|night)|"
                         r"during the night|at (?:[01]?\d|2[0-3])[:.][0-5]\d|at (?:noon|midnight|"
                         r"dawn))\b", re.I)
# a clock time ("around 4:30 p.m.", "at 10 a.m.")
CLOCK_TIME = re.compile(r"\b(?:at|around|about|by|before|after)\s+\d{1,2}(?::\d{2})?\s*"
                        r"[ap]\.?m\b\.?", re.I)


def _told_as_an_earlier(trigger: Token) -> bool:
    """A contact verb told as an earlier one than those before it: "they last met",
    "the last time the three met", "the previous time they spoke"."""
    if trigger.pos_ != "VERB":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("last", "previously") for c in trigger.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ == "before" and c.pos_ == "ADV"
           for c in trigger.children):
        return True  # "had spoken only once before, by telephone in April"
    time = trigger.head if trigger.dep_ in ("relcl", "acl") else None
    return time is not None and time.lemma_.casefold() == "time" and any(
        c.dep_ == "amod" and c.lower_ in ORDINAL_OTHER | {"first"} for c in time.children)


def _names_joined_inside(subject: Token) -> bool:
    """"Kenyan President William Ruto and Somali President Hassan Mohamud spoke", parsed
    with the last name as the head: two people joined by "and" inside the subject."""
    words = list(subject.subtree)
    starts = sum(1 for t in words if t.ent_type_ == "PERSON" and t.ent_iob_ == "B")
    return starts >= 2 and any(t.lower_ == "and" and t.dep_ == "cc" for t in words)


def _discussed_jointly(trigger: Token) -> bool:
    """"Macron and Scholz discussed energy prices", "the two men discussed …": talks told by
    "discuss" with the two sides as its subject, no "with"."""
    return trigger.pos_ == "VERB" and trigger.lemma_.casefold() == "discuss" and (
        _named_pair_subject(trigger) or _pair_people_subject(trigger))


def _pair_people_subject(verb: Token) -> bool:
    """The verb's subject is people counted as a pair ("the two presidents", "both men")."""
    return any(c.dep_ == "nsubj" and _pair_noun(c) and c.lemma_.casefold() in PAIR_PEOPLE
               for c in verb.children)


def _named_pair_subject(verb: Token) -> bool:
    """The verb's subject is named people joined by "and" ("he and Johnson")."""
    return any(c.dep_ == "nsubj" and _named_people_joined(c) for c in verb.children)


def _named_people_joined(subject: Token) -> bool:
    """A subject of people joined by "and", each a named person or a personal pronoun, one of
    them named ("Macron and Scholz", "he and Johnson"; not "experts and officials")."""
    people = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    return len(people) >= 2 and all(
        p.ent_type_ in ("PERSON", "GPE") and p.pos_ == "PROPN" or
        p.lower_ in ("he", "she") for p in people) and \
        any(p.pos_ == "PROPN" for p in people)


def _set_off_aside(noun: Token) -> bool:
    """A noun phrase set off by a comma after what it describes: an apposition, or one the
    parser hung on the verb before ("will travel to Paris next week, his first trip …")."""
    if noun.dep_ == "appos":
        return True
    first = noun.left_edge
    return noun.dep_ in ("dobj", "npadvmod") and first.i > 0 and \
        noun.doc[first.i - 1].text == "," and noun.head.i < first.i


def _meal_joined(meal: Token) -> bool:
    """"joined Biden and Lopez Obrador for dinner", "hosted Xi for lunch": a meal shared with
    the people the verb names."""
    if meal.dep_ == "dobj" and meal.head.lemma_.casefold() in ("have", "share", "eat") and \
            (any(c.lower_ == "together" for c in [*meal.head.children, *meal.children]) or
             meal.i + 1 < len(meal.doc) and meal.nbor().lower_ == "together"):
        return True  # "the two leaders had dinner together": shared by the verb's subject
    if meal.dep_ != "pobj" or meal.head.lower_ not in ("for", "to"):
        return False
    verb = meal.head.head
    return verb.pos_ == "VERB" and verb.lemma_.casefold() in ("join", "host") and \
        any(c.dep_ == "dobj" for c in verb.children)


def _days_apart(trigger: Token) -> int | None:
    """"a day after X spoke with Y", "two days before they met", "came a day after Biden's
    trip": the days from the contact of the governing verb back (after) or forward (before)
    to this one; None otherwise."""
    if trigger.pos_ == "VERB":
        mark = next((c.lower_ for c in trigger.children if c.dep_ == "mark"), None)
        counted = trigger
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "pobj":
        mark, counted = trigger.head.lower_, trigger.head
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and \
            trigger.head.lemma_.casefold() in CALL_HOLDERS:
        # "a week after the two leaders had dinner together": the verb holding the noun
        counted = trigger.head
        mark = next((c.lower_ for c in counted.children if c.dep_ == "mark"), None)
    else:
        return None
    if mark not in ("after", "before"):
        return None
    for span in counted.children:
        unit = {"day": 1, "week": 7}.get(span.lemma_.casefold())
        if span.dep_ == "npadvmod" and unit:
            count = next((c.lower_ for c in span.children if c.dep_ in ("det", "nummod")), "")
            n = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}.get(
                count) or (int(count) if count.isdigit() else None)
            if n is not None:
                return -n * unit if mark == "after" else n * unit
    return None


def _counted_from(trigger: Token) -> set[int]:
    """The tokens whose contact a day count (``_days_apart``) starts from: the verb the
    clause or the noun after "after"/"before" hangs on, and that verb's subject ("Her visit
    came a day after Biden's trip", "The visit came a day after Ruto spoke with Abiy")."""
    verb = trigger.head if trigger.pos_ == "VERB" else trigger.head.head
    return {verb.i} | {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}


# verbs whose object noun is the contact itself ("held talks", "attended the summit")
HELD_BY_VERBS = ("hold", "have", "conduct", "join", "attend")
# subordinators of a clause that times a contact by another one ("a day after they spoke")
TIMING_MARKS = ("after", "before", "since")
# how far back "the city" may look for the city it means (characters)
CITY_REACH = 1500
SIDELINES = re.compile(r"\b(?:sidelines?|margins?)\b", re.I)
# a gathering told as lasting more than a day: no one day of it dates what happened on its side
MULTI_DAY = re.compile(r"\b(?:opened|opens|began|begins|kicked off|ran|runs|(?:two|three|four|"
                       r"\d)-day|from \d{1,2}(?:st|nd|rd|th)? (?:to|until|through))\b", re.I)
# official statements and readouts: a contact they report without a day word is of that day
READOUT_TITLE = re.compile(r"^(?:readout|statement|remarks)\b", re.I)
GROUP_LABEL = re.compile(r"\b(European|Western|Arab|African|Asian|Baltic|Nordic|Caribbean|Gulf|"
                         r"Balkan|Latin American|Central Asian)\s+"
                         r"(leaders|officials|diplomats|allies|governments)\b")


FORMAT_SPECIFICITY = ["video call", "phone call", "summit", "visit", "meeting", "talks"]


@dataclass
class ContactsConfig:
    require_two_parties: bool = True
    # the user's gazetteer file; None: the one the pipeline's actor resolver reads (so a
    # user's entries reach contacts as they reach actors), else the shipped one
    gazetteer_path: str | None = None


# The gazetteer of the extractor now reading a document, for the module's helpers that have
# no extractor at hand (a state's capital, a destination's state); unset: the shipped one.
_ACTIVE_GAZETTEER: ContextVar[Gazetteer | None] = ContextVar("contacts_gazetteer", default=None)


def _gazetteer() -> Gazetteer:
    active = _ACTIVE_GAZETTEER.get()
    return active if active is not None else load_gazetteer(None)


@dataclass
class _Found:
    contact: Contact
    index: int
    parties: list[str]


class ContactExtractor:
    """spaCy component: assigns doc._.contacts."""

    def __init__(self, nlp: Language, config: ContactsConfig) -> None:
        self.config = config
        self.gazetteer = self._pipeline_gazetteer(nlp, config)
        self._pair_words: set[str] = set()
        self._clause_triggers: list[Token] = []
        # where each contact's trigger stands (by the contact's id, for this document)
        self._trigger_index: dict[int, tuple[int, int]] = {}

    @staticmethod
    def _pipeline_gazetteer(nlp: Language, config: ContactsConfig) -> Gazetteer:
        """The gazetteer of the config, else the one the pipeline's actors were resolved with:
        contacts read those actors' names and must know the same states, cities and bodies."""
        if config.gazetteer_path:
            return load_gazetteer(config.gazetteer_path)
        if "readout_actors" in nlp.pipe_names:
            found = getattr(nlp.get_pipe("readout_actors"), "gazetteer", None)
            if isinstance(found, Gazetteer):
                return found
        return load_gazetteer(None)

    def __call__(self, doc: Doc) -> Doc:
        active = _ACTIVE_GAZETTEER.set(self.gazetteer)
        try:
            return self._read(doc)
        finally:
            _ACTIVE_GAZETTEER.reset(active)

    def _read(self, doc: Doc) -> Doc:
        mentions: list[ActorMention] = doc._.actor_mentions or []
        # a quoted statement can report a contact ("“Austin spoke by phone …”"); short
        # quotations are fragments of someone's words and are read as theirs, not as reports
        quoted = [(q.start, q.end) for q in find_quoted_spans(doc_text(doc))
                  if len(doc_text(doc)[q.start:q.end].split()) < SHORT_QUOTE_WORDS]
        # ... unless the speaker tells of their own contact ("“I spoke with Zelensky this
        # morning,” Biden said"): "I"/"we" inside it are the speaker
        own = self._first_person_reports(doc, quoted)
        if own:
            quoted = [(a, b) for a, b in quoted if not any(a <= m.start < b for m in own)]
            mentions = sorted([*mentions, *own], key=lambda m: m.start)
        sides = self._side_people(doc, mentions)
        if sides:
            mentions = sorted([*mentions, *sides], key=lambda m: m.start)
        readout = bool(READOUT_TITLE.search(doc._.title or ""))
        self._dateline_spans = _datelines(doc_text(doc))
        # each actor of the article as (kind, country)
        kinds = {a.name: (a.kind, a.country) for a in doc._.actors or []}
        self._actor_country = {name: country for name, (_, country) in kinds.items() if country}
        self._trigger_index = {}
        # ids of earlier contacts named after "since" or where a trip set out from
        self._background: set[int] = set()
        self._many: set[int] = set()  # ids of contacts told as many ("dozens of times")
        contacts: list[Contact] = []
        self._tenseless: set[int] = set()  # ids of contacts only nouns have named so far
        # the people who last acted together ("Sherman, Finer and Kahl met …"): "they" or
        # "the delegation" in a later subject
        self._crew: list[str] = []
        # the last meeting one named person held with people the article does not name ("the
        # attorney general met with several students"): who "attended the meeting" later met
        # that person
        self._lone: tuple[str, str | None, str | None, int] | None = None
        for clause in _clauses(doc):
            # the people "the two leaders" or "the men" stand for in this clause
            self._pair_words = {m.actor for m in mentions if m.how == "group" and
                                clause.start_char <= m.start < clause.end_char}
            found = self._from_clause(doc, clause, mentions, quoted, contacts, readout)
            if not found and contacts:
                found = self._joined(doc, clause, mentions, quoted, contacts)
            contacts.extend(self._each_their_own_visit(clause, found))
        _share_attributes(contacts, self._tenseless)
        _headline_day_from_lead(contacts, doc._.published)
        for contact in contacts:
            contact.participants = _one_name_per_side(
                self._without_name_parts(contact.participants), kinds)
        _places_of_the_trip(contacts, self._is_person)
        _days_of_the_trip(contacts, self._is_person, self._state_of)
        _dateline_places(contacts, doc_text(doc), doc._.published)
        for contact in contacts:
            if contact.place and re.fullmatch(r"[A-Z.]{2,6}", contact.place):
                # "a visit to the US": a state written by its initials is given its name
                contact.place = self._state_of(contact.place) or contact.place
        triggers = {key: doc[at] for key, (doc_key, at) in self._trigger_index.items()
                    if doc_key == id(doc)}
        for contact in contacts:
            if contact.status == "held" and _after_publication(contact.date, doc._.published):
                trigger = triggers.get(id(contact))
                if trigger is not None and _past_without_year(trigger, contact.date_text):
                    # "Scholz visited Beijing in June" written in May: last June
                    contact.date = _year_before(contact.date)
                else:
                    contact.status = "planned"  # "on the sidelines of next month's meeting"
        # each participant's side: a state is its own, a person or body that of their country
        side_of = {name: name if kind == "state" else country
                   for name, (kind, country) in kinds.items()}
        contacts = _gatherings_ahead(contacts, mentions, triggers)
        doc._.contacts = _without_unbound_back_references(_without_asked_echoes(contacts),
                                                          mentions, side_of, triggers)
        return doc

    def _met_in_person(self, doc: Doc, clause: Span, trigger: Token,
                       mentions: list[ActorMention], quoted: list[tuple[int, int]], lead: int,
                       earlier: list[Contact]) -> str | None:
        """The format of the in-person contact the same parties were last reported in, when
        "spoke" names no phone and no day of its own: they spoke while they met."""
        if not earlier:
            return None
        day, _ = self._date(clause, doc, False, trigger)
        parties = set(self._parties(doc, clause, trigger, mentions, quoted, lead))
        if self._crew and _group_subject(trigger) and not parties & set(self._crew):
            parties |= set(self._crew)
        latest = next((c for c in reversed(earlier) if set(c.participants) == parties), None)
        if latest is None or latest.format not in IN_PERSON_FORMATS + ("talks",) or \
                day is not None and latest.date not in (None, day):
            return None
        return latest.format

    def _unknown_body_gathering(self, trigger: Token, mentions: list[ActorMention]) -> bool:
        """A meeting named after an organisation the gazetteer does not know ("one of his
        first DNC meetings", "a board meeting"), with no one from outside ("with …"): that
        body's own session; who else the sentence names did not meet in it."""
        if trigger.pos_ != "NOUN" or trigger.lemma_.casefold() not in ("meeting", "session") \
                or _pobjs_with(trigger):
            return False
        names = [t for t in trigger.lefts if t.dep_ == "compound" or
                 any(a.i == t.head.i for a in trigger.lefts)]
        names = [t for t in names if t.ent_type_ == "ORG"]
        known = [m.actor for m in mentions for t in names if m.start <= t.idx < m.end]
        # a party's or another private body's own meetings ("his first DNC meetings") are its
        # session too; those of states' bodies ("a NATO meeting") bring their members together
        return bool(names) and not any(
            name in self.gazetteer.entries and
            self.gazetteer.entries[name].sector not in PRIVATE_BODY_SECTORS for name in known)

    def _without_name_parts(self, names: list[str]) -> list[str]:
        """"Bashar" beside "Bashar al-Assad": a part of a person's name read as a person of its
        own is that person, not a further participant (states and bodies keep their names)."""
        words = {n: set(n.replace("-", " ").split()) for n in names}
        keep = []
        for name in names:
            entry = self.gazetteer.entries.get(name)
            part = (entry is None or entry.kind == "person") and any(
                other != name and words[name] < words[other] for other in names)
            if not part:
                keep.append(name)
        return keep

    def _earlier_since(self, doc: Doc, clause: Span, trigger: Token,
                       mentions: list[ActorMention], quoted: list[tuple[int, int]],
                       lead: int) -> list[str] | None:
        """"the first face-to-face meeting with Democratic leaders since a combative session
        last month": a contact noun after "since" that hangs on another contact noun is an
        earlier contact of the same people (who the later one names), with a date of its
        own. None when the phrase is not of that shape."""
        head = trigger.head
        if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or \
                head.lower_ != "since" or head.head.pos_ not in ("NOUN", "PROPN"):
            return None
        later = head.head
        if not _noun_format(later):
            return None
        parties = self._parties(doc, clause, later, mentions, quoted, lead)
        return parties if len(parties) >= 2 else None

    def _side_people(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """People named only by the party or chamber they sit for: "Democratic leaders",
        "Democratic and Republican leaders", "congressional leaders", "Conservative MPs".
        The party's adjective is its gazetteer name without "Party" ("Democratic" for the
        Democratic Party); "congressional" is the Congress. A party adjective wins over the
        chamber ("Democratic congressional leaders" are the party's, as "Senate Democrats"
        are). Mentions the actor step already made are kept as they are."""
        parties = self._party_adjectives()
        taken = [(m.start, m.end) for m in mentions]
        found: list[ActorMention] = []
        for token in doc:
            if token.tag_ not in ("NNS", "NNPS") or \
                    token.lemma_.casefold() not in SIDE_PEOPLE:
                continue
            # the words set before the noun ("Democratic and Republican leaders"; "Trump and
            # Democratic congressional leaders", where the parser may hang the adjective on
            # another word of the phrase)
            words = [t for t in token.subtree if t.i < token.i]
            sides = [(w, parties[w.text]) for w in words if w.text in parties]
            if not sides:
                sides = [(w, CHAMBER_ADJECTIVES[w.lower_]) for w in words
                         if w.lower_ in CHAMBER_ADJECTIVES]
            for word, actor in sides:
                if any(a <= word.idx < b for a, b in taken):
                    continue
                found.append(ActorMention(actor=actor, start=word.idx,
                                          end=word.idx + len(word), text=word.text,
                                          how="alias"))
        return found

    def _party_adjectives(self) -> dict[str, str]:
        if not hasattr(self, "_adjectives"):
            self._adjectives = {
                e.name[:-len(" Party")]: e.name for e in self.gazetteer.entries.values()
                if e.sector == "political_party" and e.name.endswith(" Party") and
                len(e.name.split()) == 2}
        return self._adjectives

    def _first_person_reports(self, doc: Doc, quoted: list[tuple[int, int]]
                              ) -> list[ActorMention]:
        """Mentions of a direct quote's speaker for the first-person pronouns of a short quote
        that is a whole sentence of its own (a capital first letter)."""
        found: list[ActorMention] = []
        text = doc_text(doc)
        taken = {m.start for m in doc._.actor_mentions or []}
        for q in doc._.quotes or []:
            if q.kind != "direct" or not q.speaker or not any(
                    a <= q.start < b or q.start <= a < q.end for a, b in quoted):
                continue
            inner = text[q.start:q.end].lstrip("“\"‘' ")
            if not inner[:1].isupper():
                continue  # a fragment woven into the reporter's sentence
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            for token in span or []:
                if token.lower_ in ("i", "we", "me", "us", "my", "our") and \
                        token.idx not in taken and token.text != "US":
                    found.append(ActorMention(actor=q.speaker, start=token.idx,
                                              end=token.idx + len(token), text=token.text,
                                              how="pronoun"))
        return found

    # ------------------------------------------------------------------ triggers
    def _triggers(self, clause: Span, quoted: list[tuple[int, int]]) -> list[tuple[Token, str]]:
        found = []
        for token in clause:
            if any(a <= token.idx < b for a, b in quoted):
                continue
            lemma = token.lemma_.casefold()
            lower = token.lower_
            fmt = None
            if token.pos_ in ("NOUN", "PROPN") or lower in NOUN_FORMATS:
                fmt = NOUN_FORMATS.get(lower) or NOUN_FORMATS.get(lemma)
                if fmt and token.pos_ == "VERB":
                    fmt = None
            if fmt is None and _hyphenated_meeting(token):
                fmt = "meeting"  # "a sit-down with Putin", "a one-on-one with Macron"
            if fmt is None and lemma in SESSION_NOUNS | TALKS_WITH_NOUNS and \
                    token.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and c.lower_ in ("with", "between")
                    for c in [*token.children, *(token.head.children if token.dep_ == "dobj" and
                                                 token.head.lemma_ in ("hold", "have") else [])]) \
                    and all(t.pos_ in ("DET", "ADJ", "ADV", "NUM", "PRON")
                            for t in token.doc[token.left_edge.i:token.i]):
                # "held a longer session alone with Macron": a session with someone is a
                # meeting (not a body's own session, "a session of the council", nor a kind
                # of session named before it: "a question-and-answer session with a host")
                fmt = "talks" if lemma in TALKS_WITH_NOUNS else "meeting"
            if fmt is None and token.pos_ in ("VERB", "AUX") or (fmt is None and lemma in VERB_FORMATS
                                                                 and token.tag_.startswith("VB")):
                fmt = VERB_FORMATS.get(lemma)
                if fmt and not self._verb_is_contact(token, lemma):
                    fmt = None
            if fmt is None and lemma == "spend" and _spent_in_a_place(token):
                fmt = "visit"  # "spent less than two days in Pyongyang": a stay there
            if fmt is None and lemma in SAID_TO_LEMMAS and token.pos_ == "VERB" and \
                    _said_to_someone_there(token):
                # "presented it to Biden in the Oval Office on Thursday", "told Lavrov in
                # Geneva that …": words said to a person where both were, so a meeting
                fmt = "meeting"
            if fmt is None and lemma == "play" and _plays_host(token):
                fmt = "meeting"  # "played host to Xi": hosting him
            if fmt is None and _verb_read_as_noun(token):
                fmt = "meeting"  # '"Friends of Syria" meet in Paris', "meet" tagged a noun
            if fmt is None and lower in ("tour", "tours") and token.pos_ == "NOUN" and \
                    _destinations(token):
                fmt = "visit"  # "a tour that took him to Qatar" (not "a tour of the plant")
            if fmt is None and lower == "expected" and token.tag_ == "VBN" and any(
                    c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in token.children) \
                    and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children) and \
                    _in_a_place_named(token):
                fmt = "visit"  # "Blinken is expected in Beijing later this month"
            if fmt is None and lower == "due" and token.pos_ == "ADJ" and \
                    _in_a_place_named(token):
                fmt = "visit"  # "Gantz is due in Washington next week": a trip planned
            if fmt == "meeting" and lower in ("conference", "conferences") and (
                    token.text[0].isupper() or any(
                        c.dep_ in ("compound", "amod", "nmod") and
                        c.lower_ in NOT_MEETING_CONFERENCES for c in token.children) or
                    token.i > 0 and token.doc[token.i - 1].lower_ in NOT_MEETING_CONFERENCES):
                # "told a news conference", "the party conference"; a conference's own name
                # ("the Expert Conference on Recovery") names an event, not who met
                fmt = None
            if lower in ("conference", "conferences") and token.i > 0 and \
                    token.doc[token.i - 1].lower_ in ("video", "phone", "telephone"):
                # "a video conference with Zelensky", "a phone conference"
                fmt = "video call" if token.doc[token.i - 1].lower_ == "video" else "phone call"
            if lower in ("link", "links") and token.i > 0 and \
                    token.doc[token.i - 1].lower_ == "video" and token.dep_ == "pobj" and \
                    token.head.lower_ in ("by", "via", "over") and \
                    token.head.head.lemma_.casefold() not in VERB_FORMATS:
                # "exchanged views by video link": a video call (not "spoke by video link",
                # whose verb is the trigger)
                fmt = "video call"
            if fmt == "phone call" and lemma == "call" and token.pos_ == "NOUN" and (
                    _appeal_to_act(token) or any(c.dep_ == "prep" and c.lower_ == "for"
                                                 for c in [*token.children, *token.head.children]
                                                 if token.dep_ == "nsubj" or c.head.i == token.i)):
                fmt = None  # "ignoring all calls from the U.S. to stop": appeals
            if fmt == "phone call" and lemma == "call" and token.pos_ == "NOUN" and any(
                    c.dep_ == "compound" and c.pos_ == "NOUN" and
                    c.lower_ not in CALL_KIND_NOUNS for c in token.children) and not any(
                    c.lower_ in ("with", "between") for c in token.children):
                fmt = None  # "a nuclear safety call", "a ceasefire call": an appeal
            if lemma == "stop" and token.pos_ == "NOUN" and _stop_places(token) and \
                    _stops_to_meet(token):
                fmt = "visit"  # "will make stops in Estonia and Germany": a visit to each
            if fmt and token.pos_ in ("NOUN", "PROPN") and \
                    lower_run(token.doc, token.i + 1, token.i + 3) == "-level":
                fmt = None  # "a summit-level meeting": the head noun is the contact
            if fmt == "phone call" and _courtesy_call(token):
                fmt = "meeting"  # "paid a courtesy call on the president": a call in person
            if fmt == "phone call" and lemma == "call" and (_next_word(token) in (
                    NOT_A_CONTACT_AFTER_CALL if token.pos_ == "VERB" else {"for", "upon"}) or
                    token.pos_ == "VERB" and _appeal_call(token)):
                # "call on", "called for", "calls for", "called Friday for Trump to cancel":
                # an appeal or a demand
                fmt = None
            if lower in MEAL_NOUNS and not any(c.dep_ == "prep" and c.lower_ == "with"
                                               for c in [*token.children, *token.head.children]) \
                    and not _meal_joined(token):
                fmt = None  # a lunch is a contact only with someone ("lunch with Macron")
            if lower in MEAL_NOUNS and token.dep_ == "pobj" and \
                    token.head.lower_ in ("to", "for", "over") and \
                    token.head.head.lemma_.casefold() in VERB_FORMATS:
                fmt = None  # "sat down to dinner with …", "met for lunch": the verb's contact
            if fmt == "phone call" and lower in ("phone", "telephone") and \
                    token.dep_ == "compound" and token.head.pos_ == "NOUN" and (
                        token.head.lower_ in NOUN_FORMATS or
                        token.head.lemma_.casefold() in NOUN_FORMATS):
                fmt = None  # "a phone call", "telephone talks": the head noun is the trigger
            if fmt == "phone call" and lower in ("phone", "telephone") and \
                    token.dep_ == "pobj" and token.head.lower_ in ("by", "over", "via") and \
                    token.head.head.pos_ == "VERB" and \
                    token.head.head.lemma_.casefold() in VERB_FORMATS:
                fmt = None  # "spoke by phone": the verb is the trigger, the noun its means
            if fmt in ("talks", "meeting") and token.pos_ == "NOUN" and any(
                    c.dep_ in ("compound", "amod") and c.lower_ in ("phone", "telephone",
                                                                   "telephonic")
                    for c in token.children):
                fmt = "phone call"  # "a telephone conversation", "phone talks"
            if _joint_appearance(token):
                fmt = "meeting"  # "at a joint news conference with Netanyahu": the two met
            if fmt is None and _one_held_with(token):
                fmt = "meeting"  # "as contentious as the one that he led with the senators"
            if fmt is None and _headline_verb(token):
                fmt = VERB_FORMATS[token.lower_[:-1]]  # "Biden hosts Zelensky", read as a noun
            if lemma in ("meeting", "session") and token.pos_ == "NOUN" and _addressed(token):
                fmt = "visit"  # "will address a joint meeting of Congress": a guest's visit
            if fmt is None and lemma in SINCE_GATHERINGS and token.dep_ == "pobj" and \
                    token.head.lower_ == "since" and _noun_format(token.head.head):
                fmt = "meeting"  # "their first meeting since a combative session in May"
            if fmt:
                found.append((token, fmt))
        return found

    @staticmethod
    def _verb_is_contact(token: Token, lemma: str) -> bool:
        children = {c.lower_ for c in token.children}
        if lemma in ("dine", "din", "lunch"):
            # "dined with Sassou Nguesso", "the two leaders lunched together"; not "dined
            # at the palace" alone
            return bool(children & {"with", "together"})
        if lemma in ("speak", "talk", "chat"):
            # "spoke with X" / "spoke by phone" / "the two leaders spoke": a call;
            # "spoke about" / "spoke out": not ("X and Y were seen chatting": talks in person)
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            node = token
            while not subjects and (node.dep_ in ("xcomp", "acomp") or node.dep_ in (
                    "conj", "dep") and node.head.pos_ in ("VERB", "AUX")) and \
                    node.head.i != node.i:
                # "are set to speak", "are expected to talk"; "met in May and talked
                # again in June": the subject of the verb it is joined to
                node = node.head
                subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            plural = any(s.tag_ == "NNS" or s.lower_ in ("they", "we") or
                         any(c.dep_ == "conj" for c in s.children) or
                         _headline_subjects(s, s.sent) or _names_joined_inside(s)
                         for s in subjects)  # ("Scholz, Macron talk": a headline's pair)
            # ("Trump and Putin, who have talked before": a relative clause on a pair)
            plural = plural or token.dep_ == "relcl" and any(
                s.lower_ in ("who", "that") for s in subjects) and (
                    token.head.dep_ == "conj" or
                    any(c.dep_ == "conj" for c in token.head.children))
            if "to" in children and any(  # "spoke to Zelensky", not "spoke to reporters"
                    c.lower_ == "to" and any(g.dep_ == "pobj" and (
                        g.ent_type_ in ("PERSON", "GPE", "NORP") or g.pos_ == "PROPN")
                        for g in c.children) for c in token.children):
                return True
            return "with" in children or "by" in children or plural
        if lemma == "discuss":
            # "Erdogan discussed the plan with Putin": talks with a named person or state
            # (not "discussed it with reporters", nor the purpose of another contact: "met
            # Xi to discuss trade with him")
            if token.dep_ in ("xcomp", "advcl", "acl", "relcl") or token.head.lemma_.casefold() \
                    in VERB_FORMATS and token.head.i != token.i:
                return False
            # ("with Putin" hung on the object by the parser: "discussed the plan with Putin")
            # (there only a person: "continued work with the United Nations" is no talks)
            objects = [c for c in token.children if c.dep_ == "dobj"]
            if any(c.dep_ == "prep" and c.lower_ in ("by", "over", "via") and any(
                    g.lower_ in ("phone", "telephone") for g in c.subtree)
                    for c in token.children) and any(
                    c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children)
                    for c in token.children):
                return True  # "Tokayev and Xi discussed the war by phone": a call of the two
            if _named_pair_subject(token) and \
                    not any(c.dep_ == "prep" and any(g.dep_ == "pobj" and _noun_format(g)
                                                     for g in c.children)
                            for c in token.children):
                # "he and Johnson had also discussed security guarantees" (not "discussed the
                # deal in a telephone call": the call's noun tells that contact)
                return True
            if _pair_people_subject(token) and not any(
                    c.dep_ == "advmod" and c.lower_ == "also" or c.dep_ == "prep" and any(
                        g.dep_ == "pobj" and _noun_format(g) for g in c.children)
                    for c in token.children):
                # "The two presidents had first discussed the idea when …" (not "the two men
                # also discussed …": what a contact told before was about)
                return True
            return any(c.dep_ == "prep" and c.lower_ == "with" and any(
                g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or h.i == token.i and (
                    g.ent_type_ == "GPE" or g.pos_ == "PROPN"))
                for g in c.children) for h in [token, *objects] for c in h.children)
        if lemma == "raise":
            # "raised the detentions with Wang": a matter put to a person face to face or
            # on a call (not "raised money with donors", "raised concerns with the agency")
            # ("with Wang" may hang anywhere in the object: "raised the case of the
            # detained Americans with Wang")
            objects = [c for c in token.children if c.dep_ == "dobj"]
            reach = [token, *(t for o in objects for t in o.subtree)]
            return bool(objects) and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(
                    g.dep_ == "pobj" and g.ent_type_ == "PERSON" for g in c.children)
                for h in reach for c in h.children)
        if lemma in ("phone", "telephone"):  # "phoned Putin", "telephoned with Scholz"
            return "with" in children or any(
                c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
                for c in token.children)
        if lemma in ("confer", "huddle"):  # "conferred with his counterparts", "huddled with"
            # ("Ryan and Trump huddled behind closed doors": the two together)
            return "with" in children or any(
                c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children)
                for c in token.children) or any(  # "conferred by phone with X", "with" on "phone"
                c.lower_ in ("by", "over") and any(g.lower_ == "with" for g in c.subtree)
                for c in token.children)
        if lemma == "call":
            # "called Zelensky"; not "called Putin a killer" (a name for someone)
            kids = list(token.children)
            predicates = [c for c in kids if c.dep_ == "oprd"]
            if not any(c.dep_ == "dobj" for c in kids) and len(predicates) == 1 and (
                    predicates[0].ent_type_ == "PERSON" or
                    predicates[0].lemma_.casefold() in OFFICE_NOUNS and any(
                        c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP")
                        for c in predicates[0].children)):
                # "then called Zelensky", "Pope called Ukraine president": parsed as a name
                # given to someone, with no one named
                return True
            purpose = [c for c in kids if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
            if purpose and any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or
                                                     c.lower_ in ("him", "her"))
                               for c in kids):
                return True  # "called Lavrov to discuss Syria": a call with a purpose
            if any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in kids):
                return False
            if any(c.dep_ == "dobj" and any(
                    a.dep_ == "appos" and a.pos_ == "NOUN" and
                    any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children)
                    for a in c.children) for c in kids):
                return False  # "calling Gattine a “socialist …”": a name for someone
            # ("called his Indian counterpart", "will call the leaders of NATO countries and
            # Zelensky": an office or a name joined to one)
            objects = [c for c in token.children if c.dep_ == "dobj"]
            objects += [g for c in objects for g in c.conjuncts]
            return any(c.ent_type_ == "PERSON" or c.pos_ == "PROPN" or
                       c.lower_ in ("him", "her") or
                       c.lemma_.casefold() in CALLED_OFFICES for c in objects)
            # ("Clinton called him last summer")
        if lemma == "spend":
            # "spent seven hours with Qin", "spent three hours together": time with someone
            # is a meeting; "spent billions on arms", "spent the day with his family" are not
            # ("spent the day at the State Department with Blinken": the "with" the parser
            # hangs on the place)
            holders = [token] + [g for c in token.children if c.dep_ == "prep" and
                                 c.lower_ in ("at", "in") for g in c.children
                                 if g.dep_ == "pobj" and not _noun_format(g)]  # ("in talks with")
            with_someone = any(c.dep_ == "prep" and c.lower_ == "with" and any(
                g.dep_ == "pobj" and (g.ent_type_ in ("PERSON", "NORP") or
                                      g.lemma_.casefold() in OFFICIALS | COUNTERPART_PLURALS)
                for g in c.children) for h in holders for c in h.children)
            together = any(c.lower_ == "together" for c in token.children)
            # ("much of Thursday": a share of a day is time spent too)
            timed = any(c.dep_ in ("dobj", "npadvmod") and (
                c.lemma_.casefold() in SPENT_TIME or c.ent_type_ == "DATE" or
                c.lower_ in ("much", "most", "part") and any(
                    g.lower_ == "of" and any(o.ent_type_ in ("DATE", "TIME") or
                                             o.lemma_.casefold() in SPENT_TIME
                                             for o in g.children) for g in c.children))
                for c in token.children) or \
                token.dep_ == "relcl" and token.head.lemma_.casefold() in SPENT_TIME and any(
                    c.dep_ in ("dobj", "nsubj") and c.lower_ in ("that", "which")
                    for c in token.children)  # "the hour that X and Y spent together"
            return timed and (with_someone or together)
        if lemma == "tour":
            # "had toured Israel and Saudi Arabia"; not "toured a factory"
            return any(c.dep_ == "dobj" and c.ent_type_ == "GPE" for c in token.children)
        if lemma == "travel":
            return "to" in children or any(c.lower_ == "to" for c in token.subtree)
        # "Landing in Ankara, X …", "will fly to Tokyo and will stop in Manila": the subject
        # of the verb the subjectless one hangs on
        subject_of = token.head if (token.dep_ == "advcl" and token.tag_ == "VBG" or
                                    token.dep_ == "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children) else token
        if lemma in ("go", "head", "land", "stop", "leave", "depart") and not any(
                c.dep_ in ("nsubj", "nsubjpass") and _names_someone(c)
                for c in subject_of.children):
            # "Kerry went to Moscow"; not "the money went to Ukraine", "a drone landed in …"
            return False
        if lemma in MOTION_LEMMAS:
            return bool(_destinations(token))
        if lemma == "meet":
            # "met resistance", "meet the targets": a common noun as object is no counterpart
            # ("met face to face": how, not whom)
            objects = [c for c in token.children if c.dep_ == "dobj" and
                       lower_run(token.doc, c.i, c.i + 3) != "facetoface"]
            if objects and all(o.pos_ == "NOUN" and o.ent_type_ == "" and
                               o.lemma_.casefold() not in OFFICIALS | COUNTERPART_PLURALS |
                               {"president", "head", "chief", "secretary", "people"} |
                               STAFF_NOUNS and
                               not _names_a_person(o) and
                               not any(c.dep_ == "compound" and c.ent_type_ == "PERSON"
                                       for c in o.children) and
                               # ("met an IMF mission", "met a Chinese delegation")
                               not (o.lemma_.casefold() in DELEGATION_NOUNS and any(
                                   c.dep_ in ("compound", "amod", "nmod") and
                                   c.ent_type_ in ("ORG", "GPE", "NORP") for c in o.children))
                               for o in objects) and "with" not in children:
                return False
        if lemma in ("host", "convene") and any(
                c.dep_ == "dobj" and c.pos_ == "NOUN" and (
                    _noun_format(c) is not None or _round_of_contact(c) is not None)
                for c in token.children):
            # "hosted talks between …", "hosted two rounds of talks": the talks are the
            # contact, reported once
            return False
        # "Putin received Widodo at the Kremlin", not "received aid"; "Widodo was received by
        # Putin", "was welcomed by Putin": the guest is the passive subject
        guest = ("dobj",) if "by" not in children else ("dobj", "nsubjpass")
        if lemma == "receive":
            # ("received him at the palace", "he was received by Xi"; "X toured the region
            # and was received by Y": the subject the joined verb shares)
            guests = [c for c in token.children if c.dep_ in guest]
            if "by" in children and any(c.dep_ == "auxpass" for c in token.children):
                guests += _shared_subjects(token)  # (a passive's shared subject is the guest)
            return any(c.ent_type_ == "PERSON" or c.pos_ == "PROPN" or _office_guest(c) or
                       c.lower_ in ("him", "her", "he", "she") for c in guests)
        if lemma in ("welcome", "greet"):  # "greeted Macron at the White House"
            # ("greeted his Ugandan counterpart", "Albanese was welcomed by Prabowo": a
            # guest named by office or by a name the tagger did not read as a person; not
            # "welcomed the decision", nor a state "welcomed into NATO")
            hosts = [g for c in token.children if c.dep_ == "agent" for g in c.children
                     if g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or g.pos_ == "PROPN")]
            if hosts and any(c.dep_ == "auxpass" for c in token.children) and any(
                    s.lower_ in ("he", "she") or any(t.ent_type_ == "PERSON" for t in s.subtree)
                    for s in _shared_subjects(token)):
                return True  # "X arrived in Nairobi and was greeted by Ruto": the guest shared
            return any(c.dep_ in guest and (c.ent_type_ == "PERSON" or _office_guest(c) or
                                            c.dep_ == "dobj" and c.lower_ in ("him", "her") or
                                            c.dep_ == "nsubjpass" and bool(hosts) and (
                                                c.pos_ == "PROPN" and
                                                c.ent_type_ not in ("GPE", "ORG") or
                                                c.lower_ in ("he", "she")))
                       for c in token.children)
        if lemma == "sit":  # "sitting down with Putin"
            # ("Ramaphosa and Lula sat down (together)", "the two leaders sat down": a pair
            # named as the subject; one person sitting down is no contact)
            across = any(c.dep_ == "prep" and c.lower_ == "across" and any(
                g.lemma_.casefold() == "table" for g in c.children) for c in token.children)
            if across and any(t.lower_ == "from" for t in token.subtree):
                # "sat across a table from each other", "sat across the table from Putin"
                return True
            return "down" in children and (any(t.lower_ == "with" for t in token.subtree) or
                                           any(c.dep_ == "nsubj" and any(
                                               g.dep_ == "conj" for g in c.children)
                                               for c in token.children) or
                                           _pair_subject(token))
        if lemma == "see":
            # "met the emir in Doha and saw the crown prince in Riyadh a day later": a person
            # seen, and nothing seen done or judged ("saw Putin as a threat", "saw him win")
            return any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or _office_guest(c) or
                                             c.lower_ in ("him", "her"))
                       for c in token.children) and not any(
                c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") or
                c.dep_ == "prep" and c.lower_ in ("as", "in") and
                not any(g.ent_type_ in ("GPE", "FAC", "LOC") for g in c.children)
                for c in token.children) and _person_subject(token)
        if lemma == "shake":
            # "shook hands with Sharif", "the two leaders shook hands": met in person; not
            # "shook the markets"
            return any(c.dep_ == "dobj" and c.lower_ == "hands" for c in token.children)
        if lemma == "reach":  # "Zelensky reached out to me"
            return "out" in children and "to" in children
        if lemma == "gather":  # "EU leaders gathered in Prague", not "protesters gathered"
            # ("gather in Madrid for a summit": the noun is the contact; "they gathered" may
            # stand for a group of officials just told, which the parties then need)
            return (_officials_subject(token) or _they_hold(token)) and not any(
                c.dep_ == "prep" and c.lower_ == "for" and any(
                    NOUN_FORMATS.get(o.lower_) for o in c.children) for c in token.children)
        if lemma in SENDING_LEMMAS:  # "dispatched Burns to Moscow": an envoy's trip
            # ("Burns was sent to Moscow": the passive subject is the envoy)
            return any(c.dep_ in ("dobj", "nsubjpass") and
                       (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
                       for c in token.children) and _destinations(token) != []
        return True

    # ------------------------------------------------------------------ one clause
    def _from_clause(self, doc: Doc, clause: Span, mentions: list[ActorMention],
                     quoted: list[tuple[int, int]], earlier: list[Contact], readout: bool
                     ) -> list[Contact]:
        out: list[Contact] = []
        triggers = self._triggers(clause, quoted)
        if not triggers and not earlier and (stay := self._headline_stay(doc, clause, mentions,
                                                                        quoted)):
            return [stay]
        # each coordinated contact verb has its own date and means ("spoke by phone in
        # February, held a video call in November"): see _branch_region
        self._clause_triggers = [t for t, _ in triggers]
        if any(t.lower_ not in ANAPHORIC_NOUNS for t, _ in triggers):
            # "the summit … an opportunity for productive conversation": the real trigger
            # wins over a generic noun; a definite one ("the conversation") still refers back
            triggers = [(t, f) for t, f in triggers
                        if t.lower_ not in ANAPHORIC_NOUNS or _is_definite(t)]
        # "On the sidelines of Tuesday's summit, X held talks with Y": the gathering is the
        # setting of the clause's other contact, not a contact of the same people
        settings = {t.i for t, _ in triggers if (
            (verb := _on_the_sidelines(t) or _gathering_at(t)) is not None and
            any(o.i == verb.i or o.head.i == verb.i and o.dep_ == "dobj"
                for o, _ in triggers if o.i != t.i))}
        triggers = [(t, f) for t, f in triggers if t.i not in settings]
        # "Readout:Secretary …", "Attributed to …: “Secretary …": what precedes the colon
        # names the statement, not the contact
        lead = _lead_end(clause)
        for trigger, fmt in triggers:
            if trigger.pos_ == "VERB" and trigger.lemma_.casefold() == "meet" and \
                    _met_unnamed(trigger) and not _is_hypothetical(trigger, clause):
                holder = self._subject_parties(doc, clause, trigger, mentions, quoted, lead)
                if len(holder) == 1 and self._is_person(holder[0]):
                    day, _ = self._date(clause, doc, False, trigger)
                    self._lone = (holder[0], day, _place(clause, holder, self.gazetteer, trigger),
                                  trigger.idx)
            if self._lone is not None and trigger.idx - self._lone[3] < LONE_REACH and \
                    _attended_that(trigger):
                # "McCoy, who attended the smaller meeting, said …": the meeting just told of
                # that a named person held with people the article did not name
                guest = self._attendee(trigger, mentions)
                host, day, where, _ = self._lone
                if guest is not None and guest != host:
                    self._lone = None
                    out.append(self._contact(doc, clause, trigger, sorted([host, guest]), fmt,
                                             day, where, "held", None, lead=lead))
                    continue
            if _is_hypothetical(trigger, clause) or not_a_contact(trigger, fmt):
                continue  # a condition or wish, or a sense that is no contact (contact_sense)
            if _called_off(trigger):
                continue  # cancelled or put off with no new day: neither held nor planned
            if self._unknown_body_gathering(trigger, mentions):
                continue  # "at one of his first DNC meetings": a body's own session
            if _serves_a_trip(trigger) or _purpose_of_a_meeting(trigger):
                continue  # "travel to Poland to meet Duda", "hosted Macron for talks": once
            if _names_the_trip_told(trigger):
                continue  # "is to fly to Egypt …, on his ninth trip to the region": that trip
            if trigger.pos_ == "NOUN" and _set_off_aside(trigger) and not any(
                    c.dep_ == "poss" and c.pos_ != "PRON" for c in trigger.children) and any(
                    o.i != trigger.i and (o.i == trigger.head.i or
                                          trigger.head.i in {t.i for t in o.subtree})
                    for o, f in triggers if f == fmt):
                # "their trip to Kyiv, the highest-level visit since …", "will travel to
                # Paris …, his first trip to Europe in five years": the same trip (not
                # "Macron's visit: Scholz's visit", whose own possessor makes it another)
                continue
            if _hosted_gathering_aside(trigger, [t for t, _ in triggers]):
                continue  # "met Biden at the G7 summit, hosted by Meloni": the summit's host
            if fmt == "visit" and _bare_setting(trigger, [t for t, _ in triggers]):
                continue  # "During the visit, X will hold talks with Y": the talks are it
            if trigger.pos_ == "NOUN" and _is_definite(trigger) and any(
                    t.i < trigger.i and internal_gathering(t) for t in trigger.sent):
                continue  # "during a caucus lunch … who was in the private meeting": that one
            if fmt in ("phone call", "meeting", "talks", "summit") and \
                    VIDEO_CUES.search(_cue_text(trigger, clause, self._clause_triggers)) and \
                    not (fmt != "phone call" and _partly_remote(trigger)):
                fmt = "video call"
            elif fmt in ("talks", "meeting") and trigger.pos_ == "VERB" and any(
                    c.dep_ in ("prep", "agent") and c.lower_ in ("by", "over") and any(
                        g.lower_ in ("phone", "telephone") for g in c.subtree)
                    for c in trigger.children):
                fmt = "phone call"  # "conferred by phone", "negotiated over the phone"
            elif fmt == "phone call" and _spoke_in_person(trigger):
                fmt = "meeting"  # "Lavrov and Blinken spoke briefly in New Delhi"
            elif fmt == "phone call" and trigger.pos_ == "VERB" and \
                    trigger.lemma_.casefold() in ("speak", "talk") and \
                    not PHONE_CUES.search(trigger.sent.text):
                # "X hosted Y … The two leaders spoke for four hours": still the meeting
                fmt = self._met_in_person(doc, clause, trigger, mentions, quoted, lead,
                                          earlier + out) or fmt
            parties = self._parties(doc, clause, trigger, mentions, quoted, lead)
            if trigger.pos_ == "VERB" and len(parties) >= 3:
                # "Greek, Turkish leaders meet at NATO summit": the body whose gathering is
                # the setting is no party of a meeting of two others held there
                setting = {t.i for s in _settings(trigger) for t in doc[s].subtree}
                owners = [p for p in parties if self._is_body(p) and
                          self._mentioned_in(doc, p, mentions, setting)]
                if owners and len(parties) - len(owners) >= 2:
                    parties = [p for p in parties if p not in owners]
            if self._crew and _group_subject(trigger) and \
                    not any(p in self._crew for p in parties):
                parties = sorted(set(parties) | set(self._crew))
            else:
                side = [p for p in self._subject_side(doc, clause, trigger, mentions, quoted,
                                                      lead) if self._is_person(p)]
                if len(side) >= 2:
                    self._crew = side
            if not parties and _since_clause(trigger) and _group_subject(trigger) and \
                    (earlier or out):
                # "their first talks since they met in Paris": they are the people of the
                # contact just told
                parties = list((earlier + out)[-1].participants)
            if len(parties) < 2 and _they_subject(trigger) and \
                    trigger.lemma_.casefold() not in ANAPHORIC_NOUNS:
                # "McConnell found Trump eager to end it, and in a series of calls they ironed
                # out the details": "they" are the two people the sentence has just named
                before = list(dict.fromkeys(
                    m.actor for m in mentions
                    if trigger.sent.start_char <= m.start < trigger.idx and
                    self._is_person(m.actor) and m.how != "pronoun"))
                # ("Republicans urged the president to press Putin when they meet": the body
                # that urged is no party, so "they" are the two people it named)
                if len(before) == 2 and (set(parties) <= set(before) or
                                         trigger.pos_ == "VERB" and
                                         not any(self._is_person(p) for p in parties)):
                    parties = before
                elif len(before) > 2 and (urged := self._urged_pair(doc, clause, trigger,
                                                                    mentions, quoted, lead)):
                    # "a handful — X, Y and Z — urged the president to get tough with Putin
                    # when they meet": "they" are whom they urge and the one to face
                    parties = urged
            # ("the two leaders will meet again at the G20": the body is where they meet)
            at_body = bool(parties) and all(
                self._is_body(p) and self._mentioned_in(doc, p, mentions, {
                    t.i for c in trigger.children if c.dep_ == "prep" and
                    c.lower_ in ("at", "on", "during") for t in c.subtree})
                for p in parties)
            if (not parties or at_body or _between_them(trigger) or
                    set(parties) <= self._pair_words and not any(
                    set(c.participants) == set(parties) for c in earlier + out)) and \
                    (_pair_subject(trigger) or not parties and _they_hold(trigger) and
                     not self._named_before_in_sentence(trigger, mentions)):
                # "The two women spoke for five minutes", "the two sides met again": the
                # people of the contact the article is telling, not the last pair named
                pair = next((c for c in _antecedents(earlier + out, fmt, _told_as_past(trigger))
                             if len(c.participants) == 2 and
                             clause.start_char - c.start <= LONE_REACH), None)
                officials = self._officials_named_before(doc, trigger, mentions)
                if officials:
                    # "… attended by their trade ministers, Goyal and Farrell. The trade
                    # ministers had met on Wednesday": the people named with that office
                    parties, pair = officials, None
                if pair is not None and not self._names_the_hosts(parties, pair.participants):
                    parties = list(pair.participants)
                    if _their_officials_subject(trigger) or _states_counted_as_two(trigger):
                        # "Lula and Petro agreed their environment ministers would meet":
                        # the ministers, unnamed, stand for the leaders' states (as "the
                        # two governments" do)
                        stated = {a.name: a.country for a in doc._.actors or []}
                        # (a person the gazetteer lacks has the state the article gives)
                        homes = [self._home_of(p) or stated.get(p) or p for p in parties]
                        if len(set(homes)) == 2:
                            parties = sorted(set(homes))
                    if fmt == "phone call" and not PHONE_CUES.search(trigger.sent.text):
                        fmt = pair.format  # they spoke in the format they met in
                elif pair is None and not parties:
                    # "Thailand and Cambodia traded fire. Envoys from both sides met …": with
                    # no contact told before, the two sides the sentence before names
                    parties = self._pair_named_before(trigger, mentions)
                    just_told = self._group_told_just_before(trigger, earlier + out)
                    if not parties and _they_hold(trigger) and just_told is not None:
                        # "The five ministers met on Saturday. The text was agreed when
                        # they gathered in Moscow": they are the group just told of
                        parties = list(just_told.participants)
            if len(parties) == 2 and _pair_subject(trigger):
                # "The two held talks" after a trip told as its traveller and the state
                # visited: the traveller and the host the article named
                trip = next((c for c in reversed(earlier + out) if c.format == "visit" and
                             set(c.participants) == set(parties)), None)
                if trip is not None:
                    parties = self._people_of_the_trip(trip, mentions, trigger) or parties
            if len(parties) < 2 and trigger.pos_ == "NOUN" and any(
                    c.dep_ == "poss" and c.lower_ == "their" for c in trigger.children):
                # "Modi and Xi met in Kazan. Their last meeting was in 2019": "their" are the
                # people of the contact just told
                latest = next((c for c in reversed(earlier + out)
                               if len(c.participants) >= 2 and
                               all(self._is_person(p) for p in c.participants) and
                               clause.start_char - c.start <= LONE_REACH), None)
                if latest is not None and set(parties) <= set(latest.participants):
                    parties = list(latest.participants)
            count = _group_count(trigger)
            if count is not None and len(parties) < count:
                # "The three met at the Élysée": the people of the contact of that many just
                # told, else the that many the sentence before names
                told_group = next((c for c in _antecedents(earlier + out, fmt,
                                                           _told_as_past(trigger))
                                   if len(c.participants) == count and
                                   clause.start_char - c.start <= LONE_REACH), None)
                counted_parties = list(told_group.participants) if told_group is not None else \
                    self._pair_named_before(trigger, mentions, count)
                if counted_parties and (_states_counted(trigger) or _ministers_counted(
                        trigger) and self._leaders_among(counted_parties, told_group, doc)):
                    # "the three countries met": the states of the people just told; so are
                    # "the five foreign ministers" after the five presidents' summit (the
                    # ministers are other people, of the same states)
                    states = sorted({self._side_state(p) or p for p in counted_parties})
                    counted_parties = states if len(states) == count else counted_parties
                if counted_parties:
                    parties = counted_parties
            if trigger.lemma_.casefold() == "shake" and \
                    len({self._side_state(p) for p in parties} - {None}) < 2:
                # a handshake between sides of two states is a meeting; one at a debate or a
                # ceremony at home is none
                parties = []
            if trigger.lemma_.casefold() == "gather" and not _officials_subject(trigger) and \
                    self._group_told_just_before(trigger, earlier + out) is None:
                parties = []  # "they gathered" with no group of officials just told
            if count is None and parties and _countless_leaders_subject(trigger):
                # "The leaders agreed to meet again" after a summit of five: all five, not
                # the last two leaders named (as the actor step reads a count-less group)
                summit = next((c for c in reversed(earlier + out)
                               if len(c.participants) >= 3 and set(parties) < set(
                                   c.participants) and
                               all(self._is_person(p) for p in c.participants)), None)
                if summit is not None:
                    parties = list(summit.participants)
            hosted = self._gathering_of(doc, trigger, mentions)
            purpose = _hosted_leaders(trigger)
            if purpose is not None:
                # "X hosted the leaders of A, B and C for a summit of the Quad": the host
                # meets the leaders of the states named, in the format of the noun, not
                # the body the states belong to
                whose = {t.i for c in trigger.children if c.dep_ == "dobj"
                         for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
                         for t in g.subtree}
                leaders_of = self._collect(doc, clause, whose, mentions, quoted, lead)
                hoster = self._subject_parties(doc, clause, trigger, mentions, quoted, lead)
                if len(leaders_of) >= 2 and hoster and not set(hoster) & set(leaders_of):
                    hosted, parties = [], sorted(set(hoster) | set(leaders_of))
                    fmt = NOUN_FORMATS.get(purpose, fmt)
            if not hosted and trigger.pos_ == "NOUN" and \
                    trigger.lemma_.casefold() in GATHERING_NOUNS and len(parties) == 1 and \
                    self._is_body(parties[0]):
                hosted = list(parties)  # "NATO leaders will gather in Madrid for a summit"
            if hosted:
                parties = hosted + self._attendees(doc, clause, trigger, mentions, quoted, lead)
                if set(parties) == set(hosted) and _theirs(trigger) and (earlier or out):
                    # "their discussions at NATO ministerial meetings": the people of the
                    # contact just reported attended
                    latest = (earlier + out)[-1]
                    parties += [p for p in latest.participants if self._is_person(p)]
                parties = sorted(set(parties))
            if len(parties) >= 2 and \
                    (hosts := self._member_hosts(doc, clause, trigger, parties, mentions)):
                # "ACTO leaders met in Belém, hosted by Lula": the body's own gathering
                parties = [p for p in parties if p not in hosts]
                hosted = hosted or (list(parties) if len(parties) == 1 else [])
            own = self._own_parties(doc, clause, trigger, mentions, quoted, lead)
            if trigger.lower_ in ANAPHORIC_NOUNS and _advised(trigger):
                continue  # "the discussion should avoid …": advice about it, not a report
            near = parties
            if trigger.pos_ in ("NOUN", "PROPN") and not own and _is_definite(trigger):
                # "McConnell said he had not been told what was said in the meeting": only
                # the people of the clause the noun sits in can make it another contact
                verb = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if verb is not None and verb.dep_ in ("ccomp", "pcomp", "csubj", "relcl"):
                    near = self._collect(doc, clause, {t.i for t in verb.subtree}, mentions,
                                         quoted, lead)
            if trigger.pos_ in ("NOUN", "PROPN") and not own and _is_definite(trigger) and \
                    self._names_a_mention_just_before(trigger, fmt, earlier + out):
                continue  # "… in talks to restore it. The negotiations have stalled": those
            # "the first talks since Biden and Xi met in Bali": the contact after "since" is an
            # earlier one, never the one its own sentence reports
            reference = None if _one_held_with(trigger) else \
                self._refers_back(trigger, near, own,
                                  earlier if _since_clause(trigger) else earlier + out, fmt)
            if reference is not None and hosted and \
                    not set(hosted) <= set(reference.participants):
                reference = None  # "the NATO Defense Ministerial" is not the visit before it
            if reference is not None and reference.status == "planned" and \
                    _setting_of_a_past_act(trigger):
                reference = None  # "agreed …, in their first meeting": held, not the plan
            if reference is not None and reference.status == "held" and \
                    trigger.pos_ == "VERB" and _present_of_a_future(trigger):
                reference = None  # "will become clear only when the negotiators meet"
            if reference is not None and trigger.pos_ == "NOUN" and reference.place and \
                    self._in_another_state(_compound_place(trigger, reference.participants,
                                                           self.gazetteer), reference.place):
                reference = None  # "the Paris summit" is not a visit to Ukraine told before
            if reference is not None and fmt == "visit" and reference.format != "visit" and \
                    trigger.pos_ == "NOUN" and self._trip_to_a_third_state(trigger, reference):
                # "Putin held talks with Xi in Samarkand … The trip to Uzbekistan is Xi's
                # first …": a trip to a state neither side is from is the trip itself
                reference = None
            if reference is not None and reference.date and \
                    (own_time := _possessive_time(trigger, doc._.published)) and \
                    not dates_nest(own_time, reference.date):
                reference = None  # "will host next year's summit": not this year's meeting
            if reference is not None and _time_of_something_else(trigger) and not any(
                    c.format == fmt or self._also_named(doc, c, fmt)
                    for c in _mentions_of(earlier + out, reference)):
                # "their talks at the G20 summit … On the eve of the summit, Putin told …":
                # a noun of another kind that only dates something else is the gathering
                # around the contact, not the contact
                continue
            another = any(c.dep_ in ("amod", "advmod") and c.lower_ in ORDINAL_OTHER
                          for c in trigger.children)
            if reference is None and hosted and not another:
                # "Austin will be joined by Milley to conduct an in-person meeting of the UDCG":
                # the gathering announced before, with one more attendee
                reference = _grown_gathering(earlier + out, hosted, parties, fmt)
                if reference is None and set(parties) == set(hosted):
                    # "10 a.m. – Ukraine Defense Contact Group Meeting": the gathering the
                    # article already reported, with its attendees
                    reference = _gathering_again(earlier + out, hosted, fmt,
                                                 "planned" if _is_planned(trigger, clause)
                                                 else None, _own_year(trigger))
                    day = _noun_phrase_when(trigger)
                    if reference is not None and reference.date and day and \
                            not dates_nest(day, reference.date):
                        # "lifted the sanctions at a summit in February": the body's
                        # gathering of another month, not the one told in July
                        reference = None
                if reference is not None:
                    root = (earlier + out)[_root_index(earlier + out, reference)]
                    root.participants = sorted(set(root.participants) | set(parties))
                    reference = root
            if reference is not None:
                joined = trigger.head.lemma_ == "join" and trigger.dep_ == "dobj"
                if joined:
                    for name in parties:
                        if name not in reference.participants:
                            reference.participants.append(name)
                            reference.participants.sort()
                if any(max(clause.start_char, lead) <= c.start < clause.end_char and
                       c.participants == reference.participants for c in out):
                    continue
                when, when_text = reference.date, reference.date_text
                own_day, own_text = self._noun_date(doc, trigger, reference.status == "planned")
                if own_day and (when is None or own_day.startswith(when)):
                    when, when_text = own_day, own_text  # "the Feb. 15 meeting": its day
                elif when_text is None and reference.paragraph == 1 and \
                        paragraph_number(doc_text(doc), clause.start_char) == 2:
                    # the lead paragraph tells the headline's contact with its day ("Biden and
                    # Xi meet in Bali" / "… spent three hours together on Monday, their
                    # first meeting"): the headline had only the publication day, or none
                    day, day_text = self._date(clause, doc, reference.status == "planned",
                                               trigger)
                    if day is not None and day_text is not None:
                        when, when_text = day, day_text
                if trigger.dep_ == "dobj" and trigger.head.lemma_.casefold() in RESUMING:
                    # "asked them to return on Friday to continue the talks": a further round
                    # of the same people on a day of its own, not the one told before
                    # ("to continue the talks", "will continue them": a round still ahead)
                    ahead = _is_planned(trigger, clause) or trigger.head.tag_ == "VB"
                    day, day_text = self._date(clause, doc, ahead, trigger)
                    if day is not None and day != reference.date:
                        out.append(self._contact(
                            doc, clause, trigger, list(reference.participants), fmt, day,
                            None, "planned" if ahead else "held", None, lead=lead,
                            date_text=day_text))
                        continue
                # "his trip to Washington", "the meeting in Helsinki": a place its own words
                # give when the contact referred to has none yet
                where = reference.place or _place(clause, reference.participants,
                                                  self.gazetteer, trigger)
                if where is None and fmt == "visit" and (goes := _destinations(trigger)):
                    where = _dest_name(goes[0])
                out.append(self._contact(doc, clause, trigger, reference.participants,
                                         fmt, when, where,
                                         reference.status, same_as=_root_index(
                                             earlier + out, reference), lead=lead,
                                         date_text=when_text))
                continue
            convener: str | None = None
            if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and \
                    trigger.head.lower_ in TIME_PREPS and not _is_definite(trigger) and \
                    (not parties or len(parties) == 1 and self._is_body(parties[0])):
                # "Following a late meeting, the Security Council issued a statement": the
                # body that acts after a meeting of its own held it
                convener = self._acting_body(doc, clause, trigger, mentions, quoted, lead)
            earlier_one = self._earlier_since(doc, clause, trigger, mentions, quoted, lead)
            if earlier_one is not None:
                if len(parties) < 2:
                    parties = earlier_one  # "their first meeting since a session last month"
            elif convener is None and trigger.pos_ in ("NOUN", "PROPN") and \
                    _time_of_something_else(trigger) and (
                        _is_definite(trigger) or fmt not in ("talks", "meeting") and not (
                            # ("their fourth meeting, after a working visit by Putin to
                            # Minsk in June": a trip told with its traveller and destination)
                            fmt == "visit" and len(parties) >= 2 and _destinations(trigger)) or
                        len(parties) < 2 and not (
                            len(parties) == 1 and _after_talks(trigger) and
                            self._guest_of(parties[0], earlier + out) is not None)):
                # "after the meeting, X released …", no such meeting told ("agreed to stop
                # firing after talks in Geneva" reports talks of those who agreed, "after
                # talks, Erdogan said" those of the host with the visitor just told; "after a
                # call from two officials" is their appeal, not a call between them)
                continue
            if _talks_as_a_matter(trigger) and (not own or len(own) < 2 and
                                                not _pobjs_with(trigger)):
                # "his role in negotiations to build a tower", "touching on China trade
                # talks": talks as a matter, with at most one side of their own named
                continue
            generic = trigger.pos_ != "VERB" and (
                trigger.lower_ in ANAPHORIC_NOUNS or
                trigger.lemma_.casefold() in ANAPHORIC_NOUNS)  # "discussions" too
            if generic and (len(parties) < 2 or not _reports_an_exchange(trigger)):
                continue  # "contact is desirable", "discussions over limited issues": generic
            planned = _is_planned(trigger, clause)
            if fmt == "visit" and trigger.pos_ == "NOUN" and _addressed(trigger):
                chambers = [p for p in parties if self._is_legislature(p)]
                if not chambers or any(set(parties) - set(chambers) <= set(c.participants)
                                       for c in out):
                    continue  # the address is part of a visit this sentence already reports
            if fmt == "visit":
                other_trip = _another_trips_words(trigger, clause)
                if other_trip and trigger.pos_ != "NOUN":
                    # "is due in South Africa, at the end of a tour that has taken her to
                    # Senegal and Zambia": the places of the other trip are not this one's
                    clause_tokens = {t.i for t in clause} - other_trip
                    kept = [p for p in parties
                            if self._mentioned_in(doc, p, mentions, clause_tokens)]
                    parties = kept if kept else parties
                out.extend(self._visits(doc, clause, trigger, mentions, quoted, lead, parties,
                                        planned, readout, earlier + out))
                continue
            alone = False  # one body meeting as a whole, no one else needed
            if convener is not None:
                parties, hosted, alone = [convener], [], True
            if trigger.pos_ == "VERB" and _officials_subject(trigger) and (not parties or (
                    len(parties) == 1 and parties[0] not in self.gazetteer.entries and
                    GROUP_LABEL.fullmatch(parties[0]))):
                # "Arab foreign ministers met in Cairo": the region's own body meets
                body = self._regional_body(trigger)
                if body:
                    parties = [body]
            elif trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and \
                    trigger.head.lower_ == "at" and trigger.head.head.pos_ == "VERB" and \
                    not _pobjs_with(trigger) and _officials_subject(trigger.head.head):
                # "At an extraordinary meeting in Cairo, Arab foreign ministers told Syria …":
                # the ministers' body met; whom they then addressed was not in the meeting
                body = self._regional_body(trigger.head.head)
                if body:
                    parties = [body]
                    hosted = []
                    alone = True
            members = _members_meeting(trigger)
            if members is not None and not _pobjs_with(trigger) and \
                    (body := self._regional_body_of(members)) is not None:
                # "Arab foreign ministers meeting in Cairo urge Syria …", "a meeting of African
                # leaders": the region's body met; whom it then addressed was not in it
                parties, hosted, alone = [body], [], True
            named = _named_body_meets(trigger) if len(parties) <= 1 else None
            if named and not any(named in p or p in named for p in parties if
                                 self.gazetteer.entries.get(p) is None or self._is_body(p)):
                # "An International Contact Group on Libya meets in Abu Dhabi": a grouping the
                # gazetteer does not know meets as a body, under the name the article gives
                parties = [named]
                hosted = []
                alone = True
            if len(parties) == 1 and not hosted and not alone and \
                    (guest := self._visitor_named_back(trigger, earlier + out)) is not None and \
                    guest not in parties:
                # "X arrived in Tokyo on Monday. The visiting president met Ishiba": the
                # traveller of the visit just told
                parties = sorted(parties + [guest])
            if len(parties) == 1 and not hosted and not alone and trigger.pos_ == "NOUN" and \
                    (any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children) or
                     _after_talks(trigger)) and \
                    (guest := self._guest_of(parties[0], earlier + out)) is not None:
                # "Xi arrived in Moscow on Monday. Formal talks with Putin followed": the
                # talks with the host are the visitor's ("After talks at the palace, Erdogan
                # said …" after Zelensky's arrival in Istanbul: the host speaks of them)
                parties = sorted(parties + [guest])
            if len(parties) == 1 and not hosted and not alone and fmt in ("talks", "meeting") \
                    and self._is_person(parties[0]) and \
                    (stay_state := self._stay_host(trigger, parties[0])) is not None:
                # "Sheinbaum was in Ottawa for talks", a headline's "Ramaphosa in Nairobi for
                # trade talks": the stay is a visit to the city's state
                parties, fmt = sorted([parties[0], stay_state]), "visit"
            if self.config.require_two_parties and len(parties) < 2 and not hosted and \
                    not alone and not (trigger.pos_ == "VERB" and len(parties) == 1 and
                         self._is_body(parties[0]) and _officials_subject(trigger)):
                continue  # ("EU defence ministers will meet on Monday": the body's meeting)
            if not parties:
                continue
            groups = [parties]
            if _individually(trigger):
                # "spoke individually with ministers from Canada and Turkey": one call each
                subject = self._subject_parties(doc, clause, trigger, mentions, quoted, lead)
                if not subject and trigger.dep_ in ("advcl", "xcomp") and trigger.tag_ == "VBG":
                    # ("Erdogan spent the day with them, meeting each separately": the
                    # participle's subject is its head's)
                    subject = self._subject_parties(doc, clause, trigger.head, mentions, quoted,
                                                    lead)
                others = [p for p in parties if p not in subject]
                if not subject or len(others) < 2:
                    # ("after phone conversations with X and Y, Trump wrote": the named
                    # counterparts against whoever else the clause gives)
                    counterparts = {t.i for c in trigger.children if c.dep_ in ("prep", "dative")
                                    and c.lower_ in ("with", "to") for t in c.subtree}
                    others = [p for p in parties
                              if self._mentioned_in(doc, p, mentions, counterparts)]
                    subject = [p for p in parties if p not in others]
                if subject and len(others) >= 2:
                    groups = [sorted(subject + [o]) for o in others]
                elif len(subject) >= 2 and len(others) == 1 and \
                        all(self._is_person(p) for p in subject) and any(
                            c.lower_ in ("separate", "individual", "separately",
                                         "individually", "each")
                            for c in [*trigger.children, *trigger.head.children]):
                    # "Billstrom and Valtonen each held separate talks with Fidan": one
                    # contact for each of the people named as its subject
                    groups = [sorted([p, others[0]]) for p in subject]
            # a contact after "since" has only its own words' date ("since their meeting in
            # Bali", in a sentence dated Wednesday, is not on Wednesday)
            date, date_text = self._date(_since_span(trigger) or clause, doc, planned, trigger)
            same_day = SAME_DAY_AS_BEFORE.search(clause.text) if date is None else None
            dated = [c for c in earlier + out if c.date and len(c.date) == 10]
            # ("said he would convene a meeting next month. Harris met Zelensky the same
            # day": the last day named, not the month of a plan)
            named = self._day_named_before(doc, clause.start_char + same_day.start(),
                                           planned, day_only=True) if same_day else None
            if same_day and named and len(named) == 10:
                # "Le Yucheng spoke on Friday … On the same day, Xi held a video summit": the
                # day the text named last, whatever it dated
                date, date_text = named, same_day.group(0)
            elif same_day and dated:
                # "Erdogan also spoke with Zelensky later in the day": the day of the contact
                # just told
                date, date_text = dated[-1].date, same_day.group(0)
            own_count = any(e.label_ == "DATE" and day_offset(e.text) is not None and
                            e.root.head.i == trigger.i for e in clause.ents)
            if (date is None or own_count) and \
                    (counted := self._counted_day(doc, clause, planned)):
                # "He met Biden the next day", "Two days later he called Lavrov": a day
                # counted from the one the text named last
                date, date_text = counted
            # (a noun's own date words may be those of an aside: "Biden's trip, his first since
            # the war began in February")
            if (date is None or trigger.pos_ == "NOUN") and \
                    (counted_day := self._counted_from_main(doc, trigger, earlier + out)):
                # "met Shoukry on Monday, a day after Shoukry spoke with Amir-Abdollahian": the
                # call is dated from the contact of the verb its clause hangs on
                date, date_text = counted_day, None
            if date is None and SIDELINES.search(clause.text):
                # "The APEC summit was held in Lima on 15 November. On its sidelines, Biden
                # met Xi": a meeting on the sidelines of a one-day gathering told before is
                # of its day (of a summit that "opened" on a day, no day is sure)
                gathering = next((c for c in reversed(earlier + out)
                                  if len(c.participants) == 1 and
                                  c.format in ("summit", "meeting") and c.date and
                                  len(c.date) == 10 and
                                  clause.start_char - c.start <= LONE_REACH), None)
                if gathering is not None and not MULTI_DAY.search(gathering.evidence):
                    date, date_text = gathering.date, gathering.date_text
            next_day = NEXT_DAY_AFTER_BEFORE.search(clause.text) if date is None else None
            named = self._day_named_before(doc, clause.start_char + next_day.start(),
                                           planned) if next_day else None
            if next_day and named and len(named) < 10:
                # "met the emir in January and saw the crown prince a day later": the day
                # after a month is in that month, not after the last contact with a day
                date, date_text = named, next_day.group(0)
            elif next_day and dated:
                date, date_text = shift_day(dated[-1].date, 1), next_day.group(0)
            if date is None and not planned and doc._.published and \
                    len(doc._.published) == 10 and \
                    (hour := TIME_OF_DAY.search(clause.text)) is not None:
                # "In the evening, Obama called Netanyahu": the evening of the day last named
                # ("The council on Friday condemned … Following a late-afternoon meeting"), or
                # with no day named before, of the day the story reports
                date = _day_last_named(_without_datelines(doc_text(doc)[:clause.start_char]),
                                       doc._.published)
                date_text = hour.group(0) if date else None
            elif date is None and planned and (clocked := _clock_time_date(doc, clause)):
                date, date_text = clocked
            if date is None and not planned and readout and \
                    (trigger.pos_ == "VERB" or not _is_definite(trigger)):
                date = doc._.published  # a readout names no day for its own contacts
            pairs = self._person_place_pairs(doc, trigger, mentions) \
                if trigger.pos_ == "VERB" and trigger.lemma_.casefold() == "meet" else []
            where_of: dict[str, str] = {}
            legs = self._object_legs(doc, clause, trigger, mentions, quoted, lead, planned) \
                if len(groups) == 1 else []
            day_of: dict[int, tuple[str | None, str | None, str | None]] = {}
            if legs and (subject := [p for p in self._subject_parties(
                    doc, clause, trigger, mentions, quoted, lead)
                    if not any(p in g for g, _, _, _ in legs)]):
                groups = [sorted(set(subject + g)) for g, _, _, _ in legs]
                day_of = {i: (d, w, at) for i, (_, d, w, at) in enumerate(legs)}
            elif len(pairs) >= 2 and all(a in parties for a, _ in pairs):
                # "met Putin in Moscow and Zelensky in Kyiv": one meeting each, each in its
                # own place
                subject = [p for p in parties if p not in dict(pairs)]
                if subject:
                    groups = [sorted(subject + [a]) for a, _ in pairs]
                    where_of = {a: w for a, w in pairs}
            for number, group in enumerate(groups):
                if number in day_of:
                    date, date_text, leg_place = day_of[number]
                contact = self._new_or_repeat(doc, clause, trigger, group, fmt, date, date_text,
                                              planned, earlier, out, lead)
                if contact is not None and day_of:
                    contact.place = leg_place or contact.place
                    out.append(contact)  # a leg has its own day and place only
                elif contact is not None:
                    place_of = next((where_of[p] for p in group if p in where_of), None)
                    if place_of is not None:
                        contact.place = place_of
                    out.append(contact)
                    # "met in Vietnam in November and in Hamburg in July": one more meeting
                    # of the same people for each further place, with its own date
                    occasions = _enumerated_occasions(trigger) \
                        if contact.same_as is None else []
                    for place, when in [] if occasions else _further_places(trigger):
                        day = resolve_date(when, doc._.published, future=planned) \
                            if when else None
                        out.append(self._contact(doc, clause, trigger, group, fmt, day, place,
                                                 contact.status, None, lead=lead,
                                                 date_text=when))
                    # "spoke in February and again in September", "talked twice, in March
                    # and in July": one more contact of the same people for each further date
                    for number, (where_ent, when_ent) in enumerate(occasions):
                        # one contact for each occasion listed after their count
                        day = self._resolve_in_sentence(doc, when_ent, planned) \
                            if when_ent is not None else None
                        where = _place_name(where_ent) if where_ent is not None else None
                        if number == 0:
                            contact.date = day
                            contact.date_text = when_ent.text if when_ent is not None else None
                            contact.place = where
                            continue
                        out.append(self._contact(
                            doc, clause, trigger, group, fmt, day, where, contact.status, None,
                            lead=lead, date_text=when_ent.text if when_ent is not None else None))
                    further = [] if occasions else _further_dates(trigger)
                    if further and contact.same_as is None:
                        first, rest = further[0], further[1:]
                        if first[0] is not None:
                            day = self._resolve_in_sentence(doc, first[0], planned)
                            if day is not None:
                                contact.date, contact.date_text = day, first[0].text
                        for when_ent, where in rest:
                            if when_ent is None:
                                continue
                            day = self._resolve_in_sentence(doc, when_ent, planned)
                            out.append(self._contact(doc, clause, trigger, group, fmt, day,
                                                     where, contact.status, None, lead=lead,
                                                     date_text=when_ent.text))
        if not out and triggers and not earlier and \
                (stay := self._headline_stay(doc, clause, mentions, quoted)):
            # ("Biden in Kyiv: … says on surprise visit": a visit noun naming no one)
            return [stay]
        return out

    def _joined(self, doc: Doc, clause: Span, mentions: list[ActorMention],
                quoted: list[tuple[int, int]], earlier: list[Contact]) -> list[Contact]:
        """"We were joined today by Sweden, Finland and the EU", "Blinken joined us": more
        parties of the latest contact, and a further mention of it."""
        for token in clause:
            if token.lemma_ != "join" or token.pos_ not in ("VERB", "AUX"):
                continue
            if _is_hypothetical(token, clause):
                continue  # "Berlin and London should join him": advice, no one joined
            children = list(token.children)
            agents = [c for c in children if c.dep_ == "agent"]
            if agents:
                # "joined by representatives from 45 nations, the EU and NATO", however the
                # parser hangs the "from" phrase
                region = {t.i for a in agents for t in a.subtree} | {
                    t.i for c in children if c.dep_ == "prep" and c.lower_ == "from"
                    for t in c.subtree}
            elif any(c.dep_ == "dobj" and c.lower_ in ("us", "me", "him", "her", "them")
                     for c in children):
                region = {t.i for c in children if c.dep_ == "nsubj" for t in c.subtree}
            else:
                continue  # "join NATO": membership, not a contact
            # ("joined by Kim Yong Chol, who had carried his letter to the White House": what
            # a relative clause tells of the joiner names no one who joined)
            region -= {t.i for i in region for r in doc[i].children if r.dep_ == "relcl"
                       for t in r.subtree}
            added = self._collect(doc, clause, region, mentions, quoted)
            if not added:
                continue
            # (not one told as the past of another: "flew into Juba from Kinshasa, where he
            # had spent four days. For the South Sudan leg he was joined by …")
            latest = next((c for c in reversed(earlier) if id(c) not in self._background),
                          earlier[-1])
            if latest.paragraph is not None and paragraph_number(
                    doc_text(doc), clause.start_char) - latest.paragraph > JOIN_REACH:
                return []  # a contact paragraphs back: "joining them" is another scene
            reference = earlier[_root_index(earlier, latest)]
            subject = {t.i for c in children if c.dep_ == "nsubjpass" and c.pos_ == "PROPN"
                       for t in c.subtree}
            if agents and subject and all(self._is_person(a) for a in added) and \
                    sum(self._is_person(p) for p in reference.participants) >= 2 and any(
                        self._mentioned_in(doc, p, mentions, subject)
                        for p in reference.participants):
                # "Kim was joined by Kim Yong Chol": an aide at one named leader's side in a
                # meeting of leaders is of that side's delegation, not a further party
                continue
            for name in added:
                if name not in reference.participants:
                    reference.participants.append(name)
            reference.participants.sort()
            return [self._contact(doc, clause, token, reference.participants, reference.format,
                                  reference.date, reference.place, reference.status,
                                  same_as=_root_index(earlier, reference),
                                  date_text=reference.date_text)]
        return []

    def _new_or_repeat(self, doc: Doc, clause: Span, trigger: Token, parties: list[str],
                       fmt: str, date: str | None, date_text: str | None, planned: bool,
                       earlier: list[Contact], out: list[Contact], lead: int) -> Contact | None:
        status = "planned" if planned else "held"
        if self._home_side_only(parties, doc._.published, _named_in(trigger)) and \
                not _unnamed_counterparts(trigger):
            return None  # "meet with U.S. service members": a minister among their own
        # a noun carries no tense: "a superpower summit between Biden and Putin" is the
        # summit the article announced, whatever its status
        tenseless = trigger.pos_ in ("NOUN", "PROPN") and len(parties) >= 2 and not planned \
            and not _setting_of_a_past_act(trigger)
        # a contact after "since" is an earlier one than those the sentence is about: a new
        # record, never a further mention of one told before
        pool = [] if _since_clause(trigger) else earlier + out
        # (a count of calls, "has spoken to him dozens of times", is no one contact to name
        # again)
        pool = [c for c in pool if id(c) not in self._many]
        many = _many_occasions(trigger)
        same = None if _one_held_with(trigger) else _same_parties(
            pool, parties, fmt, None if tenseless else status, self._tenseless,
            # ("The meeting follows a call …": a definite noun points back, whatever its tense)
            None if _is_definite(trigger) else doc._.published)
        if same is not None and trigger.pos_ == "VERB" and any(
                c.dep_ == "advmod" and c.lower_ == "again" for c in trigger.children):
            same = None  # "The two met again at Davos": another meeting of the same people
        if same is not None and trigger.pos_ == "VERB" and trigger.tag_ == "VBN" and \
                any(c.dep_ == "advmod" and c.lower_ == "first" for c in trigger.children) and \
                any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in trigger.children):
            same = None  # "The two had first discussed the idea in January": an earlier one
        if same is not None and trigger.pos_ == "NOUN" and same is (earlier + out)[-1] and any(
                c.dep_ in ("amod", "advmod") and c.lower_ in ORDINAL_OTHER
                for c in trigger.children):
            same = None  # "Modi and Xi met in Kazan. Their previous meeting …": another one
        if same is not None and same.status == "held" and trigger.pos_ == "NOUN" and any(
                c.dep_ == "amod" and c.lower_ in ("next", "upcoming", "coming")
                for c in trigger.children):
            same = None  # "at their next summit": one still ahead, not the one held
        if same is not None and trigger.pos_ == "NOUN" and (
                any(c.dep_ in ("amod", "det") and c.lower_ in ("another", "second", "longer",
                                                               "further", "new", "return")
                    for c in trigger.children) or
                trigger.dep_ == "pobj" and trigger.head.head.lemma_.casefold() == "return"):
            same = None  # "invited Modi to return for a longer visit": a visit still to come
        year = _own_year(trigger) if trigger.pos_ in ("NOUN", "VERB") else None
        if same is not None and set(same.participants) != set(parties) and any(
                c.dep_ == "amod" and c.lower_ in OWN_WORDS for c in trigger.children):
            same = None  # "Putin and Raisi held their own talks" beside the three's summit
        if same is not None and year and not (same.date or doc._.published or "").startswith(
                year):
            same = None  # "Their meeting in 2009" is not the one just told in 2014
        if same is not None and same.status != "held" and _setting_of_a_past_act(trigger):
            same = None  # "agreed …, in their first meeting": held, whatever was announced
        if same is not None and self._another_branch(trigger, same, fmt, date):
            same = None  # "met in Sochi in May, spoke by phone in August": two contacts
        if same is not None and same in out and date and same.date and \
                len(date) == len(same.date) == 10 and date != same.date:
            same = None  # "held talks on 2 June; the next day their ministers met": two days
        if same is not None and same.date is None and date and _told_as_an_earlier(trigger):
            same = None  # "sat down with Raisi for a summit … The three last met in 2018"
        if same is not None and trigger.pos_ == "VERB" and date and same.date and \
                not dates_nest(date, same.date) and not _time_mark_for_another(trigger):
            # "their third meeting this year; they last met in April": a contact of another
            # day is another contact, however the sentence joins them
            same = None
        if same is not None and (same in out or
                                 max(clause.start_char, lead) <= same.start < clause.end_char):
            if fmt == "summit" and same.format in ("meeting", "talks") and \
                    _joint_meeting_at(trigger):
                # "Biden and Putin met at a summit in Geneva": one contact, their summit
                # ("May met Merkel at a summit": a meeting on the side of a larger one)
                same.format = fmt
            return None  # "spoke by phone": two trigger words, one call
        if same is not None and any(
                max(clause.start_char, lead) <= c.start < clause.end_char and
                c.same_as == _root_index(earlier + out, same) for c in out):
            return None  # "are expected to speak by phone": one further mention, not two
        own_place = (_place(clause, parties, self.gazetteer, trigger)
                     or _compound_place(trigger, parties, self.gazetteer))
        if same is not None and _place_clash(same, fmt, own_place):
            same = None  # "the Geneva summit" is not the video call mentioned before it
        if same is not None and _discussed_jointly(trigger) and (earlier + out) and \
                (earlier + out)[-1] in _mentions_of(earlier + out, same) and \
                (earlier + out)[-1].paragraph == paragraph_number(doc_text(doc),
                                                                  clause.start_char):
            # "Adeyemo spoke with Marchenko … Adeyemo and Marchenko also discussed the price
            # cap": what the contact just told was about, no further mention of it
            return None
        if same is not None and _mode_clash(earlier + out, same, fmt):
            same = None  # "held face-to-face talks … had spoken by telephone in April"
        if same is not None and many:
            same = None  # "has spoken to Zelensky by phone dozens of times": not that one
        if same is not None and _joint_appearance(trigger):
            return None  # the press appearance of a meeting already told: no new mention
        if same is not None and (date is None or same.date in (None, date)):
            # the same parties again in a compatible format: a further mention
            repeat = self._contact(doc, clause, trigger, same.participants, fmt,
                                   same.date or date, same.place or own_place, same.status,
                                   same_as=_root_index(earlier + out, same), lead=lead,
                                   date_text=same.date_text or date_text)
            if tenseless:
                self._tenseless.add(id(repeat))
            else:
                repeat.status = status  # type: ignore[assignment]
            return repeat
        place = own_place
        if not _since_clause(trigger) and any(
                max(clause.start_char, lead) <= c.start < clause.end_char and
                set(c.participants) == set(parties) and c.format == fmt and
                # ("agreed to begin negotiations …, after talks at the palace": talks held
                # and talks planned are two)
                (c.status == status or not _setting_of_a_past_act(trigger)) and
                not self._another_branch(trigger, c, fmt, date) and
                not (trigger.pos_ == "VERB" and date and c.date and
                     not dates_nest(date, c.date)) for c in out):
            return None
        contact = self._contact(doc, clause, trigger, parties, fmt, date, place, status,
                                same_as=None, lead=lead, date_text=date_text)
        if _since_clause(trigger) or _origin_clause(trigger) is not None:
            # ("… since their talks in May", "… from Kinshasa, where he had spent four days":
            # told as the past of another contact, not what later words go back to)
            self._background.add(id(contact))
        if many:
            self._many.add(id(contact))
        if tenseless:
            self._tenseless.add(id(contact))
        return contact

    def _pair_named_before(self, trigger: Token, mentions: list[ActorMention],
                           count: int = 2) -> list[str]:
        """The two (or ``count``) states or people, no more, no fewer, the sentence before
        names."""
        sent = trigger.sent
        if sent.start == 0:
            return []
        before = trigger.doc[sent.start - 1].sent
        named = list(dict.fromkeys(
            m.actor for m in mentions if before.start_char <= m.start < before.end_char and
            m.how != "pronoun" and (self._is_person(m.actor) or _is_state(m.actor))))
        people = [n for n in named if self._is_person(n)]
        if count > 2 and len(people) == count:
            return sorted(people)  # "the three": people, whatever states the sentence names
        return sorted(named) if len(named) == count else []

    def _object_legs(self, doc: Doc, clause: Span, trigger: Token, mentions: list[ActorMention],
                     quoted: list[tuple[int, int]], lead: int, planned: bool
                     ) -> list[tuple[list[str], str | None, str | None, str | None]]:
        """"met Lavrov in Beijing on Tuesday and Laos's premier in Vientiane on Thursday",
        "spoke to Trump on Sunday and to Zelensky on Monday": one contact verb whose objects,
        joined by "and", each carry their own day or place are one contact each. Returns the
        counterparts of each leg with its date, date words and place; [] when the objects share
        one contact ("met Lavrov and Wang in Beijing"), or when a leg starts another clause."""
        if trigger.pos_ != "VERB" or trigger.lemma_.casefold() not in LEG_LEMMAS:
            return []
        end = min(trigger.sent.end, clause.end)
        starts = [trigger.i + 1]
        for token in doc[trigger.i + 1:end]:
            if token.tag_ in FINITE_TAGS or token.dep_ == "relcl":
                return []  # "… and Kagame hosted him": another clause, not another object
            if token.lower_ != "and" or token.i == starts[-1]:
                continue
            k = token.i + 1
            while k < end and doc[k].lower_ in LEG_OPENERS:
                k += 1
            if k < end and any(doc[k].idx <= m.start < doc[min(k + 3, end - 1)].idx + 1
                               for m in mentions if m.how != "pronoun"):
                starts.append(token.i + 1)
        if len(starts) < 2:
            return []
        subject = set(self._subject_parties(doc, clause, trigger, mentions, quoted, lead))
        legs: list[tuple[list[str], str | None, str | None, str | None]] = []
        for a, b in zip(starts, [*starts[1:], end], strict=True):
            leg = doc[a:b]
            parties = [p for p in self._collect(doc, clause, set(range(a, b)), mentions, quoted,
                                                lead) if p not in subject]
            expression = find_date_expression(leg.text)
            day = resolve_date(expression, doc._.published, future=planned) \
                if expression and doc._.published else None
            counted = day_offset(leg.text)
            if expression is None and counted is not None and legs:
                day = shift_day(legs[-1][1], counted[0])
                expression = DAY_OFFSET.search(leg.text).group(0)  # type: ignore[union-attr]
            place = next((_place_name(e) for e in leg.ents if e.label_ in ("GPE", "LOC", "FAC")
                          and e.start > a and doc[e.start - 1].lower_ in ("in", "at")), None)
            if not parties or not (expression or place):
                return []
            legs.append((parties, day, expression, place))
        if all(leg[2] is None for leg in legs[:-1]):
            # "met Putin in Moscow and Zelensky in Kyiv in late April": a date only at the
            # end of the list is the date of every leg
            legs = [(p, legs[-1][1], legs[-1][2], w) for p, _, _, w in legs]
        return legs

    def _person_place_pairs(self, doc: Doc, trigger: Token, mentions: list[ActorMention]
                            ) -> list[tuple[str, str]]:
        """The people a meeting verb names each with a place right after ("met Putin in
        Moscow and Zelensky in Kyiv"), in order; the parser often joins the second name to
        the first place, so the words are read in sequence."""
        out: list[tuple[str, str]] = []
        end = trigger.sent.end
        for m in mentions:
            if not (trigger.idx < m.start < doc[end - 1].idx) or not self._is_person(m.actor):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.end + 1 >= end or doc[span.end].lower_ not in ("in", "at"):
                continue
            place = next((e for e in doc.ents if e.start == span.end + 1 and
                          e.label_ in ("GPE", "LOC", "FAC")), None)
            # (a capital the tagger missed: "Zelenskiy in Kyiv")
            city = next((doc.char_span(c.start, c.end, alignment_mode="expand") for c in mentions
                         if c.start == doc[span.end + 1].idx and
                         c.text != c.actor and
                         getattr(self.gazetteer.entries.get(c.actor), "kind", None) == "state"),
                        None)
            if place is None and city is None:
                continue
            if out and doc[span.start - 1].lower_ not in ("and", ","):
                break  # only names joined in one list
            out.append((m.actor, _place_name(place) if place is not None else
                        city.text if city is not None else ""))
        return out

    def _another_branch(self, trigger: Token, same: Contact, fmt: str, date: str | None
                        ) -> bool:
        """The earlier contact was told by another coordinated verb of this sentence, with
        another date or in a format of another kind (a call beside a meeting)."""
        doc_id, at = self._trigger_index.get(id(same), (-1, -1))
        if doc_id != id(trigger.doc) or not trigger.sent.start <= at < trigger.sent.end:
            return False
        other = trigger.doc[at]
        if at not in _other_branches(trigger, self._clause_triggers) and \
                trigger.i not in _other_branches(other, self._clause_triggers):
            return False
        remote = {"phone call", "video call"}
        return (date is not None and same.date is not None and date != same.date) or \
            (fmt in remote) != (same.format in remote) and "talks" not in (fmt, same.format)

    def _headline_stay(self, doc: Doc, clause: Span, mentions: list[ActorMention],
                       quoted: list[tuple[int, int]]) -> Contact | None:
        """"Japan's Sato in Tehran to ease US-Iran tensions", "Blinken in Kyiv": a headline
        that puts a leader in another state's city is the leader's visit there, of the news
        day."""
        if clause.start_char != 0 or not _in_headline(doc[clause.start]):
            return None  # the headline only: the first line of an article with a body
        # (however it ends: "Biden in Kyiv: …" is a clause of its own before the colon)
        for token in clause:
            if token.lower_ != "in" or token.dep_ != "prep" or not (
                    token.head.pos_ == "PROPN" or token.head.ent_type_ == "PERSON"):
                continue  # (the name by a mention: the tagger may call a surname a place)
            # (a headline's city the tagger left without an entity type: "Biden in Kyiv:")
            places = [o for o in token.children if o.dep_ == "pobj" and (
                o.ent_type_ == "GPE" or o.pos_ == "PROPN" and not o.ent_type_ and
                self._state_at(o.text) is not None)]
            person = self._collect(doc, clause, {token.head.i}, mentions, quoted, 0)
            if len(places) != 1 or len(person) != 1 or not self._is_person(person[0]):
                continue
            name = _dest_name(places[0].doc[places[0].left_edge.i:places[0].i + 1])
            state = self._state_at(name)
            if state is None or state == self._country_of(person[0]):
                continue  # ("Zelensky in Kyiv": at home)
            return self._contact(doc, clause, token, sorted([person[0], state]), "visit",
                                 doc._.published, name, "held", same_as=None)
        return None

    def _counted_from_main(self, doc: Doc, trigger: Token, told: list[Contact]) -> str | None:
        """The day of a contact told as some days after or before the dated contact of the
        clause it hangs on (``_days_apart``), else None."""
        gap = _days_apart(trigger)
        if gap is None:
            return None
        start = _counted_from(trigger)
        main = next((c for c in reversed(told)
                     if self._trigger_index.get(id(c), (0, -1))[0] == id(doc) and
                     self._trigger_index[id(c)][1] in start and c.date and len(c.date) == 10),
                    None)
        return shift_day(main.date, gap) if main is not None else None

    def _visits(self, doc: Doc, clause: Span, trigger: Token, mentions: list[ActorMention],
                quoted: list[tuple[int, int]], lead: int, parties: list[str], planned: bool,
                readout: bool, earlier: list[Contact]) -> list[Contact]:
        """A trip: the travellers with the people they go to meet or the gatherings they
        attend ("travel to Poland to meet Duda"); without them, with each country they go
        to ("to Moscow in November and Germany in January": two visits, two dates)."""
        out: list[Contact] = []
        if _private_travellers(trigger):
            return out  # "Chinese tourists flew to Bangkok": no one travels for a state
        if trigger.lemma_.casefold() in ("leave", "depart") and \
                self._leaves_for_home(doc, clause, trigger, mentions, quoted, lead):
            return out  # "left Singapore for Washington": going home, a departure
        if _goes_back(trigger) and \
                self._leaves_for_home(doc, clause, trigger, mentions, quoted, lead):
            return out  # "before flying back to Washington": the way home, no visit
        destinations = _destinations(trigger)
        compared = _compared_trip(trigger)
        if not destinations and compared is not None:
            # "Obama's 2012 visit to Burma was preceded by a visit from Clinton": to Burma too
            destinations = _destinations(compared)
        dest_tokens = {t.i for d in destinations for t in d}
        travellers = self._travellers(doc, clause, trigger, mentions, quoted, lead)
        if travellers:
            # "flew to Abu Dhabi alongside Ben-Shabbat", "at the head of a delegation that
            # includes Baghaei": companions travel too, they are no hosts
            travellers += [p for p in self._collect(doc, clause, _companions(trigger), mentions,
                                                    quoted, lead)
                           if p not in travellers and self._is_person(p)]
        purpose = [c for c in trigger.children if c.dep_ in ("xcomp", "advcl")
                   and c.lemma_ in PURPOSE_LEMMAS and not _another_event(c)]
        # "traveled to the Capitol for a private meeting with House Democrats": the meeting's
        # counterparts are whom the trip is for, as with "to meet"
        purpose += [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
                    for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and
                    NOUN_FORMATS.get(o.lower_) in ("meeting", "talks", "summit") and
                    any(g.dep_ == "prep" and g.lower_ == "with" for g in o.children)]
        # ("for a further round of talks with Burns": the talks the round is of)
        purpose += [n for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
                    for o in c.children if o.dep_ == "pobj" and
                    o.lemma_.casefold() in ROUND_NOUNS
                    for of in o.children if of.lower_ == "of"
                    for n in of.children if n.dep_ == "pobj" and
                    NOUN_FORMATS.get(n.lower_) in ("meeting", "talks") and
                    any(g.dep_ == "prep" and g.lower_ == "with" for g in n.children)]
        hosts: list[list[str]] = []
        for verb in purpose:
            # ("to attend a ceremony …, where he may meet Putin": only a chance to meet)
            region = {t.i for t in verb.subtree} - _maybe_clauses(verb)
            # ("to attend a conference on Ukraine's reconstruction": the topic is no host)
            region -= {t.i for n in verb.subtree if n.lemma_.casefold() in GATHERING_NOUNS
                       for c in n.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
                       for t in c.subtree}
            # ("arrives in Europe for Ukraine war summits": the war's state is their topic)
            region -= _topics(verb)
            found = self._collect(doc, clause, region, mentions, quoted, lead)
            found = [f for f in found if f not in travellers]
            if verb.lemma_ in ("meet", "visit") or verb.pos_ == "NOUN":
                if found:
                    hosts.append(found)
            else:  # "to participate in the UDCG and the NATO ministerial": one gathering each
                # in the order the text names them (a later "the meeting" means the last one)
                first_at = {m.actor: m.start for m in reversed(mentions)
                            if clause.start_char <= m.start < clause.end_char}
                hosts.extend([f] for f in sorted(found, key=lambda f: first_at.get(f, 0)))
        if not hosts and trigger.lemma_ not in SENDING_LEMMAS:  # the sender stays home
            homes = {e.country for e in (self.gazetteer.entries.get(t) for t in travellers)
                     if e is not None and e.kind == "person"}
            # the travellers' own agencies ("announced aid through USAID") are no hosts
            # ("an unannounced visit, his fourth since Russia's invasion": an aside on the
            # trip names no host)
            aside = _aside_tokens(trigger)
            rest = {t.i for t in clause} - aside
            # ("…, just as Xi was holding talks with Putin in Moscow": another contact's
            # branch names no host of this trip; "arrived in Moscow from Kyiv": nor does the
            # place the traveller comes from)
            aside |= _other_branches(trigger, getattr(self, "_clause_triggers", []))
            aside |= {t.i for c in _origins(trigger) for t in c.subtree}
            # ("ended a visit to Japan with a meeting with Kishida, after talks with the
            # emperor": whom the contacts told within the trip's sentence were with are those
            # contacts' parties, each told on its own)
            aside |= {t.i for other in getattr(self, "_clause_triggers", [])
                      if other.i != trigger.i and other.pos_ == "NOUN" and
                      other.dep_ == "pobj" and other.head.lower_ in ("with", "after") and
                      trigger.i not in {k.i for k in other.subtree}
                      for t in other.subtree}
            # ("arrives in Europe for Ukraine war summits": a topic hosts nothing)
            aside |= _topics(trigger, clause)
            if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and \
                    trigger.head.lower_ in TIME_PREPS:
                # "Scholz arrived in Kyiv two days after Macron's visit to the city": who acts
                # in the clause the trip only dates is no host of it
                aside |= {t.i for t in clause} - {t.i for t in trigger.head.subtree}
            rest -= aside
            if compared is not None:
                # the other trip's traveller is no host of this one
                others = {t.i for t in compared.subtree}
                parties = [p for p in parties if not self._mentioned_in(doc, p, mentions, others)]
            host_side = [p for p in parties if p not in travellers and p not in homes and
                         self._country_of(p) not in homes and
                         not self._mentioned_in(doc, p, mentions, dest_tokens) and
                         not (self._mentioned_in(doc, p, mentions, aside) and
                              not self._mentioned_in(doc, p, mentions, rest))]
            # a trip's host is a person, a state or a government's or states' body; a
            # legislature hosts only a trip made to address it ("will go to Washington to
            # address Congress"), not one whose host is named beside it ("meeting Biden and
            # appealing to Congress"); the plane's air force, a union or a weapon named
            # beside the trip host nothing
            hosting = [p for p in host_side if self._may_host(p)]
            host_side = hosting or [p for p in host_side if self._legislature(p)]
            if host_side:
                hosts.append(host_side)
        countries = {self._country_of(t) for t in travellers}
        if not hosts and travellers and trigger.lemma_ not in SENDING_LEMMAS:
            # "Scholz visited Odesa": the state a listed city lies in hosts the visit (a
            # traveller's own country does not: "Zelensky visited Kharkiv" is no contact)
            for dest in destinations:
                state = self.gazetteer.state_of_city(_dest_name(dest))
                if state is not None and state not in countries and state not in travellers:
                    hosts.append([state])
                    break
        if not hosts and travellers and (trigger.lemma_.casefold() == "visit" or
                                         trigger.lemma_.casefold() in TRIP_LEMMAS -
                                         SENDING_LEMMAS and trigger.pos_ == "VERB"):
            # "Schumer and Pelosi visited the White House", "their visit to the White House":
            # lawmakers going to their own government's seat meet the executive (a minister
            # going to their own ministry is no contact: the home-side check drops it)
            goes_to = [o for o in trigger.children if o.dep_ == "dobj"] + [
                o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"
                for o in c.children if o.dep_ == "pobj"]
            for place in goes_to:
                # (the vice president going to Capitol Hill meets the Congress there)
                seat = self._seat_named(doc[place.i:place.i + 1], mentions,
                                        ("government", "legislature"))
                if seat is not None and seat not in travellers and \
                        self._country_of(seat) in countries:
                    hosts.append([seat])
                    break
        date, date_text = self._date(clause, doc, planned, trigger)
        if date is None and planned and (clocked := _clock_time_date(doc, clause)):
            date, date_text = clocked
        counted_day = self._counted_from_main(doc, trigger, earlier + out)
        if counted_day is not None:
            date, date_text = counted_day, None  # "came a day after Biden's trip to Kyiv"
        if (date is None or _own_day_count(trigger, clause)) and \
                (counted := self._counted_day(doc, clause, planned)):
            # "Two days later Macron arrived in Kyiv"; "Last Sunday Putin brushed aside the
            # truce the leaders had demanded during a visit to Kyiv the day before"
            date, date_text = counted
        if date is None and not planned and readout:
            date = doc._.published
        # the date words between a destination and the next belong to it; "Estonia and
        # Germany later in the week": a destination joined by "and" to the next shares its
        own_dates = []
        for k, dest in enumerate(destinations):
            stop = destinations[k + 1].start if k + 1 < len(destinations) else clause.end
            if _compared_by(trigger):
                stop = min(stop, trigger.right_edge.i + 1)  # not the other trip's date
            # ("to Moscow from Kyiv, where on Monday he met Zelensky": not Kyiv's day)
            stop = min([stop] + [c.left_edge.i for c in _origins(trigger) if c.i >= dest.end])
            # ("and then to Qatar, on his ninth trip since the attack on Oct. 7": the day of
            # the "since" clause dates something else)
            stop = next((t.i for t in doc[dest.end:stop] if t.lower_ == "since"), stop)
            own_dates.append(self._date_between(doc, dest.end, stop, planned)
                             if compared is None else (None, None))  # (its place borrowed)
        year = _own_year(trigger) if trigger.pos_ in ("NOUN", "PROPN") else None
        if year:
            # "his 2012 visit to Burma, preceded by one in December 2011": not its day
            own_dates = [d if d[0] and d[0].startswith(year) else (None, None)
                         for d in own_dates]
        if counted_day is not None:
            own_dates = [(counted_day, None) for _ in destinations]
        for k in range(len(destinations) - 2, -1, -1):
            between = doc[destinations[k].end:destinations[k + 1].start]
            # ("Berlin, Germany, and Warsaw next week": the state locating a city is no break)
            if own_dates[k][0] is None and all(t.lower_ in (",", "and") or t.ent_type_ == "GPE"
                                               for t in between):
                own_dates[k] = own_dates[k + 1]
        if hosts and travellers and len(destinations) >= 2 and \
                (legs := self._legs_by_state(destinations, hosts, travellers)) is not None:
            # "visited Bamako and Ouagadougou, meeting Goïta and Traoré": each leader is met
            # in the capital of the state they lead
            for k, dest in enumerate(destinations):
                own_date, own_text = own_dates[k]
                contact = self._new_or_repeat(doc, clause, trigger,
                                              sorted(set(travellers + legs[k])), "visit",
                                              own_date or date, own_text or date_text,
                                              planned, earlier, out, lead)
                if contact is not None:
                    contact.place = _dest_name(dest)
                    out.append(contact)
            return out
        if hosts and travellers and _separate_legs(destinations, own_dates):
            legs = self._legs(clause, destinations, hosts, mentions, travellers)
            if legs is not None:
                for k, dest in enumerate(destinations):
                    group = sorted(set(travellers + legs[k]))
                    if len(group) < 2:
                        continue
                    own_date, own_text = own_dates[k]
                    contact = self._new_or_repeat(doc, clause, trigger, group, "visit",
                                                  own_date, own_text, planned, earlier, out,
                                                  lead)
                    if contact is not None:
                        contact.place = _dest_name(dest)
                        out.append(contact)
                return out
        if not hosts and destinations and travellers:
            for k, dest in enumerate(destinations):
                state = self._state_of(_dest_name(dest))
                if state is None or state in travellers:
                    continue
                own_date, own_text = own_dates[k]
                when = own_date or (date if len(destinations) == 1 else None)
                when_text = own_text or (date_text if len(destinations) == 1 else None)
                contact = self._new_or_repeat(doc, clause, trigger, sorted(travellers + [state]),
                                              "visit", when, when_text, planned, earlier, out,
                                              lead)
                if contact is not None:
                    contact.place = _dest_name(dest)
                    out.append(contact)
            return out
        if not travellers:
            # (nor whom only a time phrase on the trip names: "since Russia's invasion")
            aside = _aside_tokens(trigger)
            parties = [p for p in parties if not self._mentioned_in(doc, p, mentions, aside) or
                       self._mentioned_in(doc, p, mentions, {t.i for t in clause} - aside)]
        if not travellers and len(parties) >= 2:
            # no one known to travel: the parties meet, unless they are only the places the
            # trip goes to ("X's trip to Warsaw follows his visit to Kyiv", X unknown)
            hosts, travellers = [parties], []
            if all(self._mentioned_in(doc, p, mentions, dest_tokens) or
                   self._mentioned_in(doc, p, mentions, {t.i for d in _destinations(
                       trigger) for t in d}) for p in parties) or \
                    len([p for p in parties if self._state_of(p) is None]) == 0 and \
                    all(self._mentioned_in(doc, p, mentions, _place_tokens(clause))
                        for p in parties):
                hosts = []
        venue = self._state_where(_dest_name(destinations[0])) if destinations else None
        for host in hosts:
            group = sorted(set(travellers + host))
            if len(group) < 2:
                continue
            fmt = "visit"
            if purpose and venue is not None and travellers and all(
                    p != venue and self._home_of(p) not in (None, venue) for p in group):
                # "would travel to Rome for a round of talks with Burns": neither side is at
                # home there, so they meet on neutral ground; the talks are the contact
                fmt = _purpose_format(purpose[0])
            contact = self._new_or_repeat(doc, clause, trigger, group, fmt, date, date_text,
                                          planned, earlier, out, lead)
            if contact is not None:
                if destinations and (contact.place is None or self._state_of(contact.place) !=
                                     self._state_of(_dest_name(destinations[0]))):
                    # "attended the NATO meeting in Brussels and visited Britain": the visit
                    # is where it goes, not the first place its sentence names
                    contact.place = _dest_name(destinations[0])
                if contact.place is None:
                    contact.place = _venue_visited(trigger)
                out.append(contact)
        return out

    def _legs_by_state(self, destinations: list[Span], hosts: list[list[str]],
                       travellers: list[str]) -> list[list[str]] | None:
        """The people met on each leg of a trip to several states, told as one list of places
        and one of people: each host goes to the destination in the state they belong to (one
        host whose state the text does not give takes the one destination left). None unless
        every destination is a different state and every host finds one."""
        states = [self._state_of(_dest_name(d)) for d in destinations]
        if None in states or len(set(states)) < len(states) or \
                any(self._side_state(t) in states for t in travellers):
            return None
        legs: list[list[str]] = [[] for _ in destinations]
        unplaced = []
        for name in dict.fromkeys(n for group in hosts for n in group):
            home = self._side_state(name)
            if home in states:
                legs[states.index(home)].append(name)
            elif home is None and self._is_person(name):
                unplaced.append(name)
            else:
                return None
        empty = [k for k, leg in enumerate(legs) if not leg]
        if len(unplaced) > 1 or unplaced and len(empty) != 1 or \
                len(unplaced) + sum(1 for leg in legs if leg) < 2:
            return None
        if unplaced:
            legs[empty[0]].append(unplaced[0])
        for k, leg in enumerate(legs):
            if not leg:
                leg.append(states[k])  # type: ignore[arg-type]
        return legs

    def _side_state(self, name: str) -> str | None:
        """The state a party is of: a state itself, a gazetteer person's country, or the
        country the article gives a person ("Colonel Assimi Goïta of Mali")."""
        return self._home_of(name) or self._actor_country.get(name)

    def _legs(self, clause: Span, destinations: list[Span], hosts: list[list[str]],
              mentions: list[ActorMention], travellers: list[str]) -> list[list[str]] | None:
        """The people met on each leg of a trip with several legs ("to Kyiv to meet Zelensky,
        then to Berlin for talks with Scholz"): each host belongs to the destination the text
        names last before it (the first one when it comes before them all); a leg that names
        nobody is a visit to the destination's state. None when that cannot be told."""
        first_at: dict[str, int] = {}
        for m in mentions:
            if clause.start_char <= m.start < clause.end_char:
                first_at.setdefault(m.actor, m.start)
        legs: list[list[str]] = [[] for _ in destinations]
        for name in dict.fromkeys(n for group in hosts for n in group):
            if name in travellers or name not in first_at:
                return None
            k = max((i for i, d in enumerate(destinations) if d.start_char <= first_at[name]),
                    default=0)
            legs[k].append(name)
        for k, dest in enumerate(destinations):
            if not legs[k]:
                state = self._state_of(_dest_name(dest))
                if state is None or state in travellers:
                    return None
                legs[k].append(state)
        return legs

    def _travellers(self, doc: Doc, clause: Span, trigger: Token, mentions: list[ActorMention],
                    quoted: list[tuple[int, int]], lead: int) -> list[str]:
        """Who makes the trip: the object of "dispatched"/"invited … to visit", else the
        subject of the trip verb or of the verbs governing it."""
        node: Token | None = trigger
        if trigger.pos_ in ("NOUN", "PROPN"):
            # "Bolsonaro's visit to Moscow", "his trip to Kyiv": the possessor travels
            # (a headline's "Netanyahu's Planned Visit" may come parsed as "nmod" + "'s")
            owners = [c for c in trigger.children if c.dep_ == "poss" or c.dep_ == "nmod" and
                      any(g.dep_ == "case" and g.lower_ in ("'s", "’s") for g in c.children)]
            region = {t.i for o in owners for t in o.subtree}
            found = self._collect(doc, clause, region, mentions, quoted, lead) if region else []
            if found:
                return self._people_only(found)
            # "preceded by a visit from Clinton", "a trip by McConnell": the noun's own agent
            agents = [g for c in trigger.children if c.dep_ == "prep" and
                      c.lower_ in ("by", "from") for g in c.children if g.dep_ == "pobj"]
            # "the Ukraine visit of Macron": a name after "of" is the visitor too
            agents += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj" and
                       (g.ent_type_ == "PERSON" or g.pos_ == "PROPN")]
            region = {t.i for a in agents for t in a.subtree}
            found = self._people_only(self._collect(doc, clause, region, mentions, quoted,
                                                    lead)) if region else []
            if found:
                return found
            # "the trip took Blinken to Israel", "a tour that took him to Qatar": whom it took
            region = {t.i for v in _trip_takers(trigger)
                      for c in v.children if c.dep_ == "dobj" for t in c.subtree}
            found = self._people_only(self._collect(doc, clause, region, mentions, quoted,
                                                    lead)) if region else []
            if found:
                return found
            if _trip_of_others(trigger):
                # "Trump cancelled a Democratic congressional trip": the trip is the
                # lawmakers'; who called it off did not travel
                return []
            prep = trigger.head
            if trigger.dep_ == "pobj" and prep.lower_ == "in" and prep.head.dep_ == "ROOT" and \
                    prep.head.pos_ in ("PROPN", "NOUN") and prep.head.i < prep.i:
                # a verbless headline "Johnson in surprise Kyiv visit": the name it opens with
                region = {t.i for t in prep.head.subtree if t.i < prep.i}
                found = self._collect(doc, clause, region, mentions, quoted, lead)
                if found:
                    return self._people_only(found)
        if trigger.lemma_ in SENDING_LEMMAS:
            objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
            region = {t.i for o in objects for t in o.subtree}
            return self._people_only(self._collect(doc, clause, region, mentions, quoted, lead))
        headline = _headline_names(trigger, clause)
        if headline:  # "Harris, Austin to travel to Warsaw", parsed with no subject
            region = {t.i for t in headline}
            found = self._collect(doc, clause, region, mentions, quoted, lead)
            if found:
                return found
        for _ in range(4):
            if node is None:
                break
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            holder = _ranked_traveller(node)
            if holder is not None and not subjects:
                # "Kishida became the last G7 leader to visit Ukraine": who became it
                found = self._collect(doc, clause, {t.i for t in holder.subtree},
                                      mentions, quoted, lead)
                if found:
                    return self._people_only(found)
            described = _relative_antecedent(node)
            if described is not None:
                # "Kushner, the president's adviser, who flew to Abu Dhabi": the person
                found = self._collect(doc, clause, {t.i for t in described.subtree
                                                    if t.i <= described.i},
                                      mentions, quoted, lead)
                if found:
                    return self._people_only(found)
            # the object travels only when the trip is its complement ("invited Zelensky to
            # visit"); "during her trip, Harris announced $53 million from …" has no guest
            guest = node.i != trigger.i and (node.lemma_ == "join" or any(
                c.dep_ in ("xcomp", "ccomp", "oprd") and trigger.i in {t.i for t in c.subtree}
                for c in node.children))
            objects = [c for c in node.children if c.dep_ == "dobj" and
                       trigger.i not in {t.i for t in c.subtree}] if guest else []
            if node.lemma_ == "join":  # "Kahl joined Sherman and Finer during travel to Kyiv"
                objects, subjects = objects + subjects, []
            if subjects:
                subjects += _headline_subjects(subjects[0], clause)
            for group in (objects, subjects):  # "invited Zelensky to visit": the guest
                # (not whom a relative clause on them names: "Moon, who has met Kim, …")
                region = {t.i for c in group for t in c.subtree} - {
                    t.i for c in group for r in c.children if r.dep_ == "relcl" and
                    not r.i <= trigger.i <= r.right_edge.i for t in r.subtree}
                # "Biden's chief of staff, Ron Klain, went to Moscow": whose aide the named
                # traveller is does not travel
                region -= {t.i for c in group if any(
                    a.dep_ == "appos" and (a.ent_type_ == "PERSON" or a.pos_ == "PROPN")
                    for a in c.children)
                    for o in c.children if o.dep_ == "poss" for t in o.subtree}
                # "Raisi, the first state visit to China by an Iranian president, …" (a trip
                # noun the parser hangs on the subject): where that trip went is no traveller
                region -= {t.i for c in group for n in c.subtree if n.i != trigger.i and
                           n.pos_ == "NOUN" and _noun_format(n) == "visit"
                           for t in n.subtree}
                if node.i != trigger.i:
                    # "X's trip to Warsaw follows his visit to Kyiv": where another trip
                    # went is no traveller
                    region -= _place_tokens(clause)
                    # "Netanyahu's upcoming Capitol Hill address … the visit": a name
                    # modifying a common noun subject tells where, not who travels
                    region -= {t.i for c in group if c.pos_ == "NOUN" for k in c.children
                               if k.dep_ == "compound" for t in k.subtree}
                found = self._collect(doc, clause, region, mentions, quoted, lead)
                if found:
                    return found
            if node.i == trigger.i and _accepter(trigger) is not None:
                node = _accepter(trigger)  # "accepted an invitation to visit": the accepter
                continue
            if node.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "pobj", "prep", "acl") and \
                    not (node.i == trigger.i and node.dep_ in ("dobj", "acomp")) and \
                    not _copula_adjective(node) or \
                    node.head.i == node.i:  # ("is due in Washington": who is due travels)
                # ("made stops in …": the maker travels; "Wanjiru, who is due to visit
                # Mogadishu": up through "due" to the relative clause's person)
                break
            node = node.head
        return []

    def _subject_side(self, doc: Doc, clause: Span, trigger: Token,
                      mentions: list[ActorMention], quoted: list[tuple[int, int]], lead: int
                      ) -> list[str]:
        """Who acts in a verb trigger's clause (the travellers, the people who meet)."""
        if trigger.pos_ != "VERB":
            return []
        if _misparsed_subject(trigger):
            region = {t.i for t in clause if t.i < trigger.i}
            return self._collect(doc, clause, region, mentions, quoted, lead)
        return self._travellers(doc, clause, trigger, mentions, quoted, lead)

    def _named_before_in_sentence(self, trigger: Token, mentions: list[ActorMention]) -> bool:
        """Some actor is named in the trigger's sentence before it ("Officials from X and Y
        said they met …"): "they" may be those, not the pair of the contact told before."""
        return any(trigger.sent.start_char <= m.start < trigger.idx and m.how != "pronoun"
                   for m in mentions)

    def _urged_pair(self, doc: Doc, clause: Span, trigger: Token,
                    mentions: list[ActorMention], quoted: list[tuple[int, int]], lead: int
                    ) -> list[str] | None:
        """For "they meet" in a clause of time under an urging verb ("urged the president to
        press Putin when they meet"): the person urged and the one named in the act urged,
        if that makes two people."""
        if trigger.pos_ != "VERB" or trigger.dep_ != "advcl":
            return None
        urging = next((a for a in list(trigger.ancestors)[:3] if _urges(a)), None)
        if urging is None:
            return None
        own = {t.i for t in trigger.subtree}
        region = {t.i for c in urging.children if c.dep_ in ("dobj", "xcomp", "ccomp")
                  for t in c.subtree} - own
        pair = [p for p in self._collect(doc, clause, region, mentions, quoted, lead)
                if self._is_person(p)]
        return pair if len(pair) == 2 else None

    def _people_only(self, names: list[str]) -> list[str]:
        people = [n for n in names if self._is_person(n)]
        return people or names

    def _also_named(self, doc: Doc, contact: Contact, fmt: str) -> bool:
        """The words of the contact's trigger also call it by a noun of ``fmt`` ("met Putin
        on Monday for a summit in Helsinki"), one that names no gathering of its own around
        it ("their talks at the Group of 20 summit")."""
        doc_id, at = self._trigger_index.get(id(contact), (-1, -1))
        if doc_id != id(doc):
            return False
        # (nor the gathering it was held at: "a meeting on the sidelines of a regional
        # summit", "met during a summit" do not call the meeting a summit)
        settings = _settings(doc[at])
        return any(_noun_format(t) == fmt and t.pos_ == "NOUN" and not _named_gathering(t) and
                   t.i not in settings and _on_the_sidelines(t) is None
                   for t in doc[at].subtree if t.i != at)

    def _mentioned_in(self, doc: Doc, name: str, mentions: list[ActorMention],
                      tokens: set[int]) -> bool:
        for m in mentions:
            if m.actor != name:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and any(t.i in tokens for t in span):
                return True
        return False

    def _people_of_the_trip(self, trip: Contact, mentions: list[ActorMention],
                            trigger: Token) -> list[str]:
        """"Putin arrived in Beijing. … The two held talks": after a trip told as a person
        and the state visited, "the two" are the traveller and the person of that state the
        article named last; [] when it names none (or the contact is no such trip)."""
        people = [p for p in trip.participants if self._is_person(p)]
        states = [p for p in trip.participants if not self._is_person(p) and
                  self._home_of(p) == p]
        if trip.format != "visit" or len(people) != 1 or len(states) != 1:
            return []
        host = next((m.actor for m in reversed(mentions) if m.start < trigger.idx and
                     m.actor != people[0] and self._is_person(m.actor) and
                     self._home_of(m.actor) == states[0]), None)
        return sorted([people[0], host]) if host is not None else []

    def _names_the_hosts(self, group: list[str], told: list[str]) -> bool:
        """"Macron arrived in Moscow. The two leaders held talks": the pair the actor
        resolver gives (Macron, Putin) only sharpens the visit's (Macron, Russia), each state
        of which is the country of one of the pair; then the pair is kept."""
        if len(group) != 2 or set(group) == set(told) or \
                not all(self._is_person(p) for p in group):
            return False
        countries = {self._home_of(p) for p in group if p not in told}
        return all(p in group or p in countries for p in told)

    def _trip_to_a_third_state(self, trigger: Token, contact: Contact) -> bool:
        """The trip noun's own destination is a state none of the contact's parties is
        from."""
        states = {self._state_of(_dest_name(d)) for d in _destinations(trigger)} - {None}
        homes = {self._home_of(p) for p in contact.participants}
        return bool(states) and not states & homes

    def _home_of(self, name: str) -> str | None:
        entry = self.gazetteer.entries.get(name)
        if entry is None:
            return None
        return entry.name if entry.kind == "state" else entry.country

    def _attendee(self, trigger: Token, mentions: list[ActorMention]) -> str | None:
        """The person who attended the meeting noun: the verb's subject, or for "who" the
        person the relative clause describes."""
        verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subject = verb.head
        if subject is None:
            return None
        for m in mentions:
            if m.start <= subject.idx < m.end and self._is_person(m.actor):
                return m.actor
        return None

    def _acting_body(self, doc: Doc, clause: Span, trigger: Token,
                     mentions: list[ActorMention], quoted: list[tuple[int, int]], lead: int
                     ) -> str | None:
        """The one body (no person, no state) that is the subject of the verb a time phrase
        with a contact noun hangs from."""
        verb = trigger.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    for t in c.subtree}
        found = self._collect(doc, clause, subjects, mentions, quoted, lead)
        return found[0] if len(found) == 1 and self._is_body(found[0]) else None

    def _member_at(self, name: str, contact: Contact) -> bool:
        """A person of a member state at a body's own gathering ("Merkel told reporters after
        the day-long meeting" of the EU's leaders): an attendee, not a new party."""
        if len(contact.participants) != 1:
            return False
        body = self.gazetteer.entries.get(contact.participants[0])
        return body is not None and bool(body.members) and self._home_of(name) in body.members

    def _member_hosts(self, doc: Doc, clause: Span, trigger: Token, parties: list[str],
                      mentions: list[ActorMention]) -> list[str]:
        """The parties of a member state of the one body with members among the parties
        that host, chair or open its gathering ("the GCC summit, chaired by Mohammed bin
        Salman"): the body's own, not its counterparts (a guest from outside stays one)."""
        bodies = [p for p in parties if self._is_body(p) and self.gazetteer.entries[p].members]
        if len(bodies) != 1:
            return []
        members = self.gazetteer.entries[bodies[0]].members
        hosts: list[str] = []
        for m in mentions:
            if m.actor not in parties or m.actor in bodies or m.actor in hosts or \
                    not clause.start_char <= m.start < clause.end_char or \
                    self._home_of(m.actor) not in members:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and _hosts_the_gathering(span.root, trigger):
                hosts.append(m.actor)
        return hosts

    def _is_body(self, name: str) -> bool:
        entry = self.gazetteer.entries.get(name)
        return entry is not None and entry.kind == "organization" and \
            entry.sector in ("intergovernmental", None)

    def _seat_named(self, span: Span, mentions: list[ActorMention],
                    sectors: tuple[str, ...] = ("government",)) -> str | None:
        """The government body a destination names ("the White House"), if any."""
        for m in mentions:
            if m.start < span.end_char and span.start_char < m.end:
                entry = self.gazetteer.entries.get(m.actor)
                if entry is not None and entry.kind == "organization" and \
                        entry.sector in sectors:
                    return m.actor
        return None

    @staticmethod
    def _group_told_just_before(trigger: Token, told: list[Contact]) -> Contact | None:
        """The contact of three or more parties told in the sentence before the trigger's
        (the one "they" of the next sentence most likely stand for), else None."""
        first = trigger.sent.start
        if first == 0:
            return None
        before = trigger.doc[first - 1].sent
        return next((c for c in reversed(told) if len(c.participants) >= 3 and
                     before.start_char <= c.start < before.end_char), None)

    def _leaders_among(self, people: list[str], told: Contact | None, doc: Doc) -> bool:
        """Whether a group is of states' leaders: the people of a summit, or people the
        gazetteer has leading a state or government on the article's day."""
        if told is not None and told.format == "summit":
            return True
        day = doc._.published
        return any(r.role in LEADER_ROLES for p in people
                   for r in self.gazetteer.roles_of(p, day))

    def _country_of(self, name: str) -> str | None:
        entry = self.gazetteer.entries.get(name)
        return entry.country if entry is not None and entry.kind != "state" else None

    def _leaves_for_home(self, doc: Doc, clause: Span, trigger: Token,
                         mentions: list[ActorMention], quoted: list[tuple[int, int]],
                         lead: int) -> bool:
        """A departure whose "for" names no foreign place: the traveller goes home, and the
        place left is no host."""
        travellers = self._travellers(doc, clause, trigger, mentions, quoted, lead)
        homes = {self._country_of(t) for t in travellers}
        states = {self._state_of(_dest_name(d)) or
                  self.gazetteer.state_of_city(_dest_name(d)) for d in _destinations(trigger)}
        return not states - homes - {None}

    def _visitor_named_back(self, trigger: Token, told: list[Contact]) -> str | None:
        """The traveller of the latest visit when the trigger's subject is "the visiting
        president", "the visitor" or "the guest" and names no one itself."""
        verb = trigger if trigger.pos_ == "VERB" else trigger.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not any(s.pos_ == "NOUN" and (s.lemma_.casefold() in ("visitor", "guest") or any(
                c.dep_ == "amod" and c.lower_ == "visiting" for c in s.children)) and
                s.ent_type_ != "PERSON" for s in subjects):
            return None
        for contact in reversed(told):
            if contact.format != "visit":
                continue
            people = [p for p in contact.participants if self._is_person(p)]
            states = [p for p in contact.participants if not self._is_person(p)]
            if len(people) == 1 and states:
                return people[0]
            return None
        return None

    def _guest_of(self, host: str, told: list[Contact]) -> str | None:
        """The traveller of the latest visit told, when it was to the host's own state."""
        home = self._country_of(host)
        for contact in reversed(told):
            if contact.format != "visit":
                continue
            people = [p for p in contact.participants if self._is_person(p)]
            states = [p for p in contact.participants if not self._is_person(p)]
            if len(people) == 1 and home is not None and home in states and people[0] != host:
                return people[0]
            return None
        return None

    def _stay_host(self, trigger: Token, person: str) -> str | None:
        """The state whose capital or city a person is in for a contact named by a noun
        ("was in Ottawa for talks", "X in Nairobi for trade talks"), unless it is the
        person's own."""
        if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
            return None
        stay = trigger.head.head
        if not (stay.lemma_ == "be" or stay.dep_ == "ROOT" and stay.pos_ == "PROPN"):
            return None
        places = [g for c in stay.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")]
        for place in places:
            name = place.doc[place.left_edge.i:place.i + 1].text
            name = re.sub(r"^the\s+", "", name, flags=re.I)
            state = self._state_at(name)
            if state is not None and state != self._country_of(person) and state != person:
                return state
        return None

    def _state_at(self, place: str) -> str | None:
        """The state a place name stands for or lies in: a state or its capital, else a city
        the gazetteer lists."""
        return self._state_of(place) or self.gazetteer.state_of_city(place)

    def _in_another_state(self, place: str | None, other: str) -> bool:
        """Both places lie in known states, and not the same one."""
        if place is None:
            return False
        here, there = self._state_where(place), self._state_where(other)
        return here is not None and there is not None and here != there

    def _state_where(self, place: str) -> str | None:
        """The state a place is or lies in ("Paris" → France, "Odesa" → Ukraine)."""
        return self._state_of(place) or self.gazetteer.state_of_city(place)

    def _state_of(self, place: str) -> str | None:
        capital = re.fullmatch(r"(?:the\s+)?(\S+(?:\s\S+)?)\s+capital", place, re.I)
        if capital and normalise_form(capital.group(1)) in self.gazetteer.demonyms:
            return self.gazetteer.demonyms[normalise_form(capital.group(1))]  # "the Kazakh capital"
        for entry in self.gazetteer.lookup(place):
            if entry.kind == "state":
                return entry.name
        return None

    def _resolve_in_sentence(self, doc: Doc, ent: Span, planned: bool) -> str | None:
        day = resolve_date(ent.text, doc._.published, future=planned)
        if day and not re.search(r"\b\d{4}\b", ent.text):
            day = _year_of_the_sentence(ent, day)
        return day

    def _noun_date(self, doc: Doc, trigger: Token, planned: bool
                   ) -> tuple[str | None, str | None]:
        """A full date inside a contact noun's own phrase ("the Feb. 15 meeting", "a
        meeting Feb. 14 of the UDCG")."""
        if trigger.pos_ not in ("NOUN", "PROPN"):
            return None, None
        own = {t.i for t in trigger.subtree}
        for ent in doc.ents:
            if ent.label_ == "DATE" and any(t.i in own for t in ent):
                text = find_date_expression(ent.text)
                day = resolve_date(ent.text, doc._.published, future=planned) if text else None
                if day and len(day) == 10:
                    return day, text
        return None, None

    def _date_between(self, doc: Doc, start: int, stop: int, planned: bool
                      ) -> tuple[str | None, str | None]:
        for ent in doc[start:stop].ents:
            if ent.label_ in ("DATE", "TIME"):
                text = find_date_expression(ent.text)
                if text:
                    return resolve_date(ent.text, doc._.published, future=planned), text
        words = doc[start:stop].text  # "later in the week": the entity is only "the week"
        text = find_date_expression(words)
        if text and doc._.published:
            return resolve_date(text, doc._.published, future=planned), text
        return None, None

    def _gathering_of(self, doc: Doc, trigger: Token, mentions: list[ActorMention]
                      ) -> list[str]:
        """"NATO's 2008 summit", "the NATO Defense Ministerial", "the ninth meeting of the
        UDCG": a gathering of one organisation, when no counterpart is named with it."""
        if trigger.pos_ not in ("NOUN", "PROPN") or trigger.lower_.rstrip("s") not in \
                GATHERING_NOUNS or trigger.lemma_.casefold() not in GATHERING_NOUNS:
            return []
        children = list(trigger.children)
        if any(c.lower_ in ("with", "between") for c in children):
            return []
        owners: list[Token] = []
        for c in children:
            before = c.dep_ in ("compound", "poss", "nmod", "amod") and c.i < trigger.i
            if before or c.dep_ == "prep" and c.lower_ == "of":
                owners.extend(t for t in c.subtree)
        # a multi-word name ahead of the noun ("Ukraine Defense Contact Group meeting")
        k = trigger.i - 1
        while k >= 0 and doc[k].pos_ == "PROPN":
            owners.append(doc[k])
            k -= 1
        tokens = {t.i for t in owners}
        found = []
        for m in mentions:
            entry = self.gazetteer.entries.get(m.actor)
            if entry is None or entry.kind not in ("organization",) or \
                    entry.sector not in ("intergovernmental", None):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and any(t.i in tokens for t in span) and m.actor not in found:
                found.append(m.actor)
        return found

    def _attendees(self, doc: Doc, clause: Span, trigger: Token, mentions: list[ActorMention],
                   quoted: list[tuple[int, int]], lead: int) -> list[str]:
        """"Austin will attend the NATO summit": the subject of a verb of taking part."""
        node = trigger
        for _ in range(3):
            node = node.head
            if node.lemma_.casefold() in ATTEND_LEMMAS:
                subjects = []
                verb = node
                for _ in range(3):  # "will travel … to participate in": the traveller
                    subjects = [c for c in verb.children
                                if c.dep_ in ("nsubj", "nsubjpass", "agent")]
                    if subjects or verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
                        break
                    verb = verb.head
                region = {t.i for s in subjects for t in s.subtree}
                return self._people_only(self._collect(doc, clause, region, mentions, quoted,
                                                       lead))
            if node.head.i == node.i:
                break
        return []

    def _subject_parties(self, doc: Doc, clause: Span, trigger: Token,
                         mentions: list[ActorMention], quoted: list[tuple[int, int]],
                         lead: int) -> list[str]:
        verb = trigger
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and \
                trigger.head.lemma_.casefold() in CALL_HOLDERS:
            verb = trigger.head  # "Blinken held separate talks with …": who held them
        # ("Albanese called on Murmu and held separate talks with …": the shared subject)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or \
            _shared_subjects(verb)
        region = {t.i for s in subjects for t in s.subtree}
        if verb.dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in subjects):
            # "Suu Kyi, who had breakfast with Biden": the one the clause describes
            region |= {t.i for t in verb.head.subtree if t.i < verb.i and
                       t.i not in {u.i for u in verb.subtree}}
            region &= {t.i for t in verb.head.subtree}
        return self._collect(doc, clause, region, mentions, quoted, lead)

    def _own_parties(self, doc: Doc, clause: Span, trigger: Token, mentions: list[ActorMention],
                     quoted: list[tuple[int, int]], lead: int) -> list[str]:
        """Parties named inside a contact noun's own phrase ("the talks between Russia and
        Ukraine", "the UDCG meeting"), topics left out."""
        if trigger.pos_ not in ("NOUN", "PROPN"):
            return []
        # the modifiers before the noun and its "with"/"between" phrases: a parse that hangs
        # the rest of the sentence from the noun does not make those words its parties
        kept = [c for c in trigger.children if c.i < trigger.i or c.dep_ == "prep" and (
            c.lower_ in ("with", "between", "among") or _is_gathering_of(c) or
            _call_paid_on(c))]
        region = ({t.i for c in kept for t in c.subtree} | {trigger.i}) & _noun_region(trigger)
        if trigger.dep_ == "nsubj" and trigger.head.lemma_ == "be":
            # "Monday's meeting was the first between Xi and von der Leyen": the predicate's
            # "between" phrase names the noun's parties
            region |= {t.i for a in trigger.head.children if a.dep_ == "attr"
                       for c in a.children if c.dep_ == "prep" and
                       c.lower_ in ("between", "with") for t in c.subtree}
        return self._collect(doc, clause, region, mentions, quoted, lead)

    def _contact(self, doc: Doc, clause: Span, trigger: Token, parties: list[str], fmt: str,
                 date: str | None, place: str | None, status: str, same_as: int | None,
                 lead: int = 0, date_text: str | None = None) -> Contact:
        start, end = max(clause.start_char, lead), clause.end_char
        while end > start and doc_text(doc)[end - 1].isspace():
            end -= 1
        while start < end and (doc_text(doc)[start].isspace() or doc_text(doc)[start] in "“\"'‘"):
            start += 1
        contact = Contact(participants=list(parties), format=fmt, date=date, place=place,
                          status=status,  # type: ignore[arg-type]
                          evidence=doc_text(doc)[start:end], start=start, end=end,
                          paragraph=paragraph_number(doc_text(doc), start),
                          trigger=trigger.text, duration=_duration(clause.text),
                          same_as=same_as, date_text=date_text)
        self._trigger_index[id(contact)] = (id(trigger.doc), trigger.i)
        return contact

    def _refers_back(self, trigger: Token, parties: list[str], own: list[str],
                     earlier: list[Contact], fmt: str) -> Contact | None:
        """'the call', 'their meeting', 'the conversation', 'joined the call' → an earlier
        contact, when the phrase brings no party the earlier contact lacks. Only a definite
        phrase refers back: "regular contact between ministers" or "a discussion of X" is
        generic, and "the talks between Russia and Ukraine" names other parties."""
        if trigger.pos_ not in ("NOUN", "PROPN") or not earlier or not _is_definite(trigger):
            return None
        if any(c.dep_ in ("amod", "advmod") and c.lower_ in ORDINAL_OTHER for c in
               trigger.children):
            return None  # "the last UDCG meeting", "the next call": another contact
        if len(parties) >= 2 and any(c.dep_ == "amod" and c.lower_ in OWN_WORDS
                                     for c in trigger.children):
            return None  # "Putin and Raisi held their own talks": theirs, not the summit
        year = _own_year(trigger)
        own_day = _noun_phrase_day(trigger)
        # "the conversation", "the discussion" name no format of their own: the latest
        generic = trigger.lower_ in ANAPHORIC_NOUNS or \
            trigger.lemma_.casefold() in ANAPHORIC_NOUNS
        # "those discussions", "these talks" point at something just told
        deictic = any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those")
                      for c in trigger.children)
        here = paragraph_number(doc_text(trigger.doc), trigger.idx)
        candidates = _antecedents(earlier, None if generic else fmt, _told_as_past(trigger),
                                  trigger.lemma_.casefold(), self._background,
                                  self._told_aside(trigger.doc, earlier))
        if fmt == "visit" and not generic:
            # "Xi also held talks with Mishustin … the visit produced little": a visit noun
            # is the trip told before, not the talks held during it, when a trip was told
            candidates = sorted(candidates, key=lambda c: c.format != "visit")
        named_body = _named_body_of(trigger)
        # "… telephoned Putin last Tuesday. In their first call, in January, they agreed …":
        # a first one its sentence dates apart from the one told is an earlier contact
        told = find_date_expression(trigger.sent.text) if any(
            c.dep_ == "amod" and c.lower_ == "first" for c in trigger.children) else None
        first_day = resolve_date(told, trigger.doc._.published) if told else None
        for contact in candidates:
            if first_day and contact.date and not dates_nest(first_day, contact.date):
                continue
            if named_body is not None and not any(
                    m.actor in contact.participants for m in trigger.doc._.actor_mentions or []
                    if named_body.start_char <= m.start < named_body.end_char):
                continue  # "the first summit of the Alliance of Sahel States": another body's
            if generic and deictic and contact.paragraph is not None and \
                    here - contact.paragraph > DEICTIC_REACH:
                continue  # "those discussions" are ones just told, not a meeting pages back
            compatible = (contact.format == fmt or trigger.lower_ in ANAPHORIC_NOUNS
                          or fmt in ("talks", "meeting") or
                          {fmt, contact.format} <= {"phone call", "video call"} or
                          {fmt, contact.format} <= {"summit", "meeting", "visit"} or
                          # "this visit" after the talks held during it (not after talks
                          # of states told with no place: "amid negotiations between
                          # Washington and Tehran … The visit")
                          {fmt, contact.format} == {"visit", "talks"} and (
                              contact.place is not None or
                              any(self._is_person(p) for p in contact.participants)))
            if not compatible or len(contact.participants) < 2 and contact.format != fmt:
                continue  # one organisation's gatherings differ by kind (ministerial, summit)
            if year and contact.date and not contact.date.startswith(year):
                continue  # "the 2022 Madrid Summit" is not this year's meeting
            published = trigger.doc._.published
            if year and not contact.date and published and not published.startswith(year) \
                    and year not in contact.evidence:
                # "Obama's landmark 2012 visit" in a 2016 article is not the undated meeting
                # just told of (an undated contact is of the article's own time)
                continue
            if own_day and contact.date and len(contact.date) == 10 and contact.date != own_day:
                continue  # "the March 3 meeting" is not the one held on March 1
            own_when = _noun_phrase_when(trigger)
            if own_when and contact.date and not dates_nest(contact.date, own_when):
                continue  # "his visit to Moscow in July" is not Tuesday's meeting in October
            if {fmt, contact.format} <= {"phone call", "video call"} and \
                    _told_medium(trigger.sent.text) not in (None, _told_medium(contact.evidence)):
                continue  # "the presidents' video call" after a call "by phone": the one before
            if own and not set(own) <= set(contact.participants):
                continue  # its own phrase names parties this contact lacks
            if len(own) >= 2 and set(own) < set(contact.participants):
                # "the meeting between Xi and von der Leyen" after their talks with Macron:
                # two of the parties on their own are another contact
                continue
            if fmt == "visit" and contact.place and self._elsewhere(trigger, contact.place):
                continue  # "his visit to Kyiv" is not the trip to Warsaw just reported
            if fmt == "visit" and contact.format != "visit" and _destinations(trigger) and \
                    any(c.dep_ == "poss" for c in trigger.children) and trigger.dep_ != "pobj":
                # "It was his second trip to China": the trip, not a meeting held on it (not
                # "met Biden on his first trip to Washington": the setting of that meeting)
                continue
            # states named beside a known pair ("Putin said the conversation …, Moscow's
            # summary …") do not make it a different contact; a new person does
            named = parties
            if own and any(c.dep_ == "poss" for c in trigger.children):
                named = own  # "Mr. Biden's visit and the president's comments": whose visit
            # "the two leaders" are the people of the contact referred to, whoever the two
            # people named last were
            elsewhere = {p for c in candidates if c.format == fmt for p in c.participants}
            new = [p for p in named if p not in contact.participants and self._is_person(p)
                   and p not in self._pair_words and not self._member_at(p, contact) and
                   # ("For Kim, the trip was a reward" after Xi's visit to North Korea: the
                   # host state's own leader, named beside the noun, not as its possessor)
                   not (named is parties and fmt == contact.format == "visit" and
                        p not in elsewhere and self._home_of(p) in contact.participants)]
            joined = trigger.head.lemma_ == "join"
            if not new or joined:
                return contact  # (a person new to it, even alone, is another contact's)
        return None

    def _names_a_mention_just_before(self, trigger: Token, fmt: str,
                                     told: list[Contact]) -> bool:
        """A definite contact noun whose nearest antecedent, in the sentence before, is a
        noun of its kind that told no contact ("would take part in talks to restore the deal.
        The negotiations have stalled"): it points there, not at a contact told further back."""
        doc = trigger.doc
        if trigger.sent.start == 0:
            return False
        before = doc[trigger.sent.start - 1].sent
        if paragraph_number(doc_text(doc), before.start_char) != \
                paragraph_number(doc_text(doc), trigger.idx):
            return False
        triggers = {where[1] for c in told
                    if (where := self._trigger_index.get(id(c))) is not None and
                    where[0] == id(doc)}
        if any(before.start <= k < trigger.i for k in triggers):
            return False
        # (a first mention there, not a definite one pointing back in its turn: "The
        # meeting was brokered by …" before "also attended the meeting")
        return any(t.pos_ == "NOUN" and _noun_format(t) == fmt and not _is_definite(t)
                   for t in before)

    def _told_aside(self, doc: Doc, contacts: list[Contact]) -> set[int]:
        """Ids of the contacts of this document told aside from the story's main contact:
        with "also" on their word or the verb it hangs from ("also met", "also held talks
        with"), or in a clause that times another one ("came a day after Ruto spoke with
        Abiy"; a noun after "before" is often the very gathering the story leads up to, so
        only a clause counts)."""
        out: set[int] = set()
        for contact in contacts:
            where = self._trigger_index.get(id(contact))
            if where is None or where[0] != id(doc):
                continue
            word = doc[where[1]]
            verb = word
            if word.pos_ not in ("VERB", "AUX") and word.head.lemma_ in HELD_BY_VERBS:
                verb = word.head  # "also held talks with"; not "also discussed the summit"
            also = any(c.dep_ == "advmod" and c.lower_ == "also"
                       for c in (*word.children, *verb.children))
            # (and "a week after the two leaders had dinner": the verb holding the noun)
            timing = verb.pos_ == "VERB" and verb.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in TIMING_MARKS for c in verb.children)
            if also or timing:
                out.add(id(contact))
        return out

    def _elsewhere(self, trigger: Token, place: str) -> bool:
        """The trip noun names destinations and none is the place (or in the state) given."""
        destinations = _destinations(trigger)
        if not destinations:
            return False
        state = self._state_of(place) or place
        return all(d.text != place and (self._state_of(d.text) or d.text) != state
                   for d in destinations)

    def _home_side_only(self, parties: list[str], published: str | None = None,
                        named: set[str] | None = None) -> bool:
        """One known person and nothing but that person's own state; or parties that all
        belong to one state (a party caucus, a minister with their own parliament): no
        diplomatic contact. ``named``: the people the sentence names by name."""
        if len(parties) == 2 and all(self._is_person(p) and p in (named or ())
                                     for p in parties):
            # product decision: a one-to-one meeting or call of two named people of one
            # government ("Biden met Austin", "Putin phoned Shoigu") is reported; a gathering
            # of a government's own staff or cabinet (no second named person) stays out
            return False
        countries = [self._home_of(p) for p in parties]
        if len(parties) >= 2 and None not in countries and len(set(countries)) == 1:
            # a president with the Speaker, a minister with an opposition leader: branches or
            # camps of one state meeting are a contact; a president with their own ministers
            # and commanders is not
            return len(self._branches(parties, published)) < 2
        people = [p for p in parties if self._is_person(p)]
        if len(people) != 1 or len(parties) < 2:
            return False
        entry = self.gazetteer.entries.get(people[0])
        home = entry.country if entry else None
        return home is not None and all(p == home for p in parties if p != people[0])

    def _regional_body(self, verb: Token) -> str | None:
        """The body whose members a regional label names ("Arab foreign ministers": the Arab
        League), when the gazetteer knows it."""
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            body = self._regional_body_of(subject)
            if body:
                return body
        return None

    def _regional_body_of(self, people: Token) -> str | None:
        """The body of the region an officials noun is labelled with ("Arab foreign
        ministers", "African leaders"), when the gazetteer knows it."""
        for word in people.children:
            body = REGIONAL_BODIES.get(word.text)
            if word.dep_ in ("amod", "compound") and body and body in self.gazetteer.entries:
                return body
        return None

    def _branches(self, parties: list[str], published: str | None = None) -> set[str]:
        """The branches of state the parties belong to: the executive (government and
        military), the legislature, civil society; each political party is a camp of its own
        ("Biden met House Democrats", "the president with both parties' leaders"). A person
        and their own state or capital ("Biden and Washington") add no branch. A person whose
        every listed office ended before the article's date (a former president) speaks for
        no branch: a side of their own. (Offices before the first listed one are not all in
        the gazetteer, so a later office does not make someone an outsider before it.)"""
        found = set()
        arms = False  # an executive body named (the White House, a ministry)
        # two named lawmakers ("McConnell and Schumer huddled") each speak for themselves and
        # their caucus, not for one branch: a meeting of two of them is a contact
        lawmakers = {name for name in parties if (entry := self.gazetteer.entries.get(name))
                     and entry.kind == "person" and entry.sector == "legislature"}
        for name in parties:
            entry = self.gazetteer.entries.get(name)
            if entry is None or not entry.sector or entry.kind not in ("person", "organization"):
                continue
            if entry.kind == "person" and published and entry.roles and all(
                    r.end and r.end <= published[:10] for r in entry.roles):
                found.add(f"out of office:{entry.name}")
                continue
            if entry.kind == "person" and published and entry.roles and \
                    entry.sector in ("government", "military") and all(
                    r.start and r.start > published[:10] for r in entry.roles):
                # a future president as a private citizen: no branch of state yet
                found.add(f"not yet in office:{entry.name}")
                continue
            if entry.sector == "political_party":
                found.add(f"party:{entry.name}")
            elif entry.kind == "organization" and entry.sector in ("government", "military"):
                # ministries, agencies, the White House: the executive's own arms (a
                # same-country charity, think tank, firm or newspaper is a side of its own)
                arms = True
                continue
            elif len(lawmakers) >= 2 and name in lawmakers:
                found.add(f"lawmaker:{name}")
            else:
                found.add("executive" if entry.sector in ("government", "military")
                          else entry.sector)
        if arms and "executive" not in found and found:
            # "Schumer and Pelosi visited the White House": with no one of the executive
            # named, its seat stands for it
            found.add("executive")
        return found

    def _is_legislature(self, name: str) -> bool:
        entry = self.gazetteer.entries.get(name)
        return entry is not None and entry.sector == "legislature" and \
            entry.kind == "organization"

    def _each_their_own_visit(self, clause: Span, found: list[Contact]) -> list[Contact]:
        """"Truss and Wallace made back-to-back visits to Moscow", "Macron and Starmer both
        visited the White House": travellers told apart by a word of their own ("both",
        "each", "separate", "back-to-back" on them or on the visit) made one visit each, not
        one together. The travellers are the people named before that word."""
        # (not "both agreements": a word on a thing)
        text = doc_text(clause.doc)
        cue = next((t for t in clause if t.lower_ in DISTRIBUTIVE_WORDS and not (
            t.dep_ in ("det", "predet", "amod") and t.head.pos_ == "NOUN" and
            t.head.lemma_.casefold() not in ("visit", "trip")) and (
            t.lower_ != "back" or text[t.idx:t.idx + 12].casefold() == "back-to-back")), None)
        if cue is None:
            return found
        before = text[clause.start_char:cue.idx]
        out = []
        for contact in found:
            travellers = [p for p in contact.participants if self._is_person(p) and
                          p.split()[-1] in before]
            stay = [p for p in contact.participants if p not in travellers]
            if contact.format != "visit" or contact.same_as is not None or \
                    len(travellers) < 2 or not stay:
                out.append(contact)
                continue
            for traveller in travellers:
                one = replace(contact, participants=sorted([traveller, *stay]))
                if id(contact) in self._trigger_index:
                    self._trigger_index[id(one)] = self._trigger_index[id(contact)]
                if id(contact) in self._tenseless:
                    self._tenseless.add(id(one))
                out.append(one)
        return out

    def _legislature(self, name: str) -> bool:
        entry = self.gazetteer.entries.get(name)
        return entry is not None and entry.sector == "legislature"

    def _may_host(self, name: str) -> bool:
        entry = self.gazetteer.entries.get(name)
        if entry is None:
            return self._is_person(name)
        return entry.kind in ("person", "state") or \
            entry.sector in ("government", "intergovernmental")

    def _is_person(self, name: str) -> bool:
        entry = self.gazetteer.entries.get(name)
        return entry.kind == "person" if entry else " " in name

    # ------------------------------------------------------------------ parties
    def _parties(self, doc: Doc, clause: Span, trigger: Token, mentions: list[ActorMention],
                 quoted: list[tuple[int, int]], lead: int = 0) -> list[str]:
        parties = self._clause_parties(doc, clause, trigger, mentions, quoted, lead)
        sender = trigger.head
        if trigger.dep_ in ("xcomp", "advcl") and sender.lemma_ in SENDING_LEMMAS and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
            # "Trump sent Rubio to meet Lavrov": who is sent meets, not who sends
            sent = {t.i for c in sender.children if c.dep_ == "dobj" for t in c.subtree}
            source = sender
            while source.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in source.children):
                source = source.head  # "spoke with Putin and sent Rubio …": one subject
            senders = {t.i for c in source.children if c.dep_ == "nsubj" for t in c.subtree}
            envoys = self._collect(doc, clause, sent, mentions, quoted, lead) if sent else []
            home = set(self._collect(doc, clause, senders, mentions, quoted, lead)) - \
                set(envoys)
            if envoys:
                parties = sorted(set(envoys) | {p for p in parties if p not in home})
        seat = self._seat_before(trigger, mentions)
        if seat in parties and any(
                self._is_person(p) and self._country_of(p) == self._country_of(seat)
                for p in parties if p != seat):
            # "Trump and the Democrats … after a White House meeting": the seat names where
            # and whose meeting it was; its own leader already stands for it
            parties = [p for p in parties if p != seat]
        located = [p for p in parties if self._only_as_place(doc, clause, p, mentions) and any(
            q != p and self._is_person(q) and self._home_of(q) == self._home_of(p)
            for q in parties)]
        if located:
            # "held talks with Putin in the Kremlin": the seat is where, and its leader is
            # already the side
            parties = [p for p in parties if p not in located]
        outlets = [p for p in parties if self._is_outlet(p)]
        if outlets:
            # "emails published by The New York Times show he arranged the meeting": an outlet
            # reporting on a contact is its source, not its side; it is a party only when
            # named within the contact's own words ("met the Times's editorial board")
            words = {t.i for t in trigger.subtree} if trigger.pos_ != "VERB" else \
                {t.i for c in trigger.children if c.dep_ not in ("advcl", "ccomp", "conj")
                 for t in c.subtree}
            spans = [(doc[i].idx, doc[i].idx + len(doc[i])) for i in words]
            kept = [p for p in outlets if any(
                m.actor == p and any(a < m.end and m.start < b for a, b in spans)
                for m in mentions if clause.start_char <= m.start < clause.end_char)]
            parties = [p for p in parties if p not in outlets or p in kept]
        spouses = [p for p in parties if self._named_as_spouse(doc, clause, p, mentions)]
        if spouses and len(parties) - len(spouses) >= 2:
            # "greeted by Biden and the first lady, Jill Biden": a spouse comes along with
            # the leader, whose side they are on, and is no side of their own
            parties = [p for p in parties if p not in spouses]
        aside = _side_clauses(trigger)
        if aside and len(parties) > 2:
            # "As Kishida toured the ruins, Xi sat down with Putin": who acts in a clause
            # of its own set beside the contact ("as", "while", "after" with a subject) is no
            # party to it
            inside = {doc[i].idx for i in aside}
            kept_parties = [p for p in parties if any(
                m.actor == p and m.start not in inside and
                clause.start_char <= m.start < clause.end_char for m in mentions)]
            if len(kept_parties) >= 2:
                parties = kept_parties
        if len(parties) <= 1 and (above := _them_of_a_contact_above(
                trigger, getattr(self, "_clause_triggers", []))) is not None:
            # "spent the day with Abiy and Hassan Sheikh, meeting each of them separately":
            # "them" are the counterparts of the contact the clause hangs on
            parties = sorted(set(parties) |
                             set(self._parties(doc, clause, above, mentions, quoted, lead)))
        return parties

    def _named_as_spouse(self, doc: Doc, clause: Span, name: str,
                         mentions: list[ActorMention]) -> bool:
        """Every mention of the name in the clause comes as a leader's spouse ("the first
        lady, Jill Biden", "First Lady Jill Biden", "his wife, Akie")."""
        text = doc_text(doc)
        spans = [m for m in mentions if m.actor == name and m.how != "pronoun" and
                 clause.start_char <= m.start < clause.end_char]
        return bool(spans) and all(SPOUSE_BEFORE.search(text[max(0, m.start - 30):m.start]) or
                                   re.match(r"(?:the )?first lady\b", m.text, re.I)
                                   for m in spans)

    def _only_as_place(self, doc: Doc, clause: Span, name: str, mentions: list[ActorMention]
                       ) -> bool:
        """Every mention of the name in the clause is the object of "in" or "at"."""
        spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions
                 if m.actor == name and clause.start_char <= m.start < clause.end_char]
        return bool(spans) and all(
            span is not None and span.root.dep_ == "pobj" and
            span.root.head.lower_ in ("in", "at") for span in spans)

    def _is_outlet(self, name: str) -> bool:
        entry = self.gazetteer.entries.get(name)
        return entry is not None and entry.kind == "organization" and entry.sector == "media"

    def _seat_before(self, trigger: Token, mentions: list[ActorMention]) -> str | None:
        """The government body named as a modifier of a contact noun ("a White House
        meeting", "the Kremlin talks"), if any."""
        if trigger.pos_ not in ("NOUN", "PROPN"):
            return None
        for child in trigger.children:
            if child.dep_ == "compound" and child.i < trigger.i:
                seat = self._seat_named(child.doc[child.i:child.i + 1], mentions)
                if seat is not None:
                    return seat
        return None

    def _clause_parties(self, doc: Doc, clause: Span, trigger: Token,
                        mentions: list[ActorMention], quoted: list[tuple[int, int]],
                        lead: int = 0) -> list[str]:
        if trigger.pos_ in ("NOUN", "PROPN"):
            # "Ukraine's negotiations with Russia", "a meeting between Biden and Putin"
            topics = _topics(trigger) - _between_people(trigger)
            own = self._collect(doc, clause, _noun_region(trigger) - topics -
                                _descriptions(trigger, clause), mentions, quoted, lead)
            # ("hosted two rounds of talks": the rounds stand where the talks would)
            held = _round_held(trigger) or trigger
            hosting = held.head.lemma_.casefold() in ("host", "convene", "chair")
            joined_holder = len(own) == 1 and held.head.dep_ == "conj" and \
                held.head.head.pos_ in ("VERB", "AUX")
            if (len(own) >= 2 or joined_holder) and held.dep_ == "dobj" and \
                    held.head.lemma_.casefold() in CALL_HOLDERS | {"chair", "convene"} and \
                    not any(c.dep_ == "poss" or c.lower_ in ("between", "among") and
                            not hosting for c in trigger.children):
                # "Blinken held talks with Kuleba and Lavrov": who held them takes part
                # ("is to be received by the king and hold talks with X": the guest and X,
                # not whom the joined verb names)
                holders = self._subject_parties(doc, clause, held, mentions, quoted, lead)
                own = sorted(set(own) | set(holders))
            verb = _governing_verb(trigger)
            # ("after phone conversations with Zelensky and Macron, Trump wrote": the
            # counterparts a "with" names leave the subject of the verb the noun dates)
            with_only = any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children) \
                and not any(c.dep_ == "poss" or c.lower_ in ("between", "among")
                            for c in trigger.children)
            if len(own) >= 2 and not (with_only and verb is not None and
                                      trigger.head.lower_ in ("after", "following")):
                return own
            act = _reported_act_at(trigger, verb) or _address_set_off(trigger, verb)
            if act is not None:
                # "During Thursday's meeting, officials said that Trump asked Mattis to stay":
                # the meeting is the setting of the act reported, whose doer and addressee
                # met; who reports it took no part
                people = {t.i for c in act.children if c.dep_ in ("nsubj", "dobj", "dative")
                          for t in c.subtree}
                found = self._collect(doc, clause, (_noun_region(trigger) - topics) | people,
                                      mentions, quoted, lead)
                if len(found) >= 2:
                    return found
            timed = _verb_timed_by(trigger)
            if verb is None and timed is not None and not _pobjs_with(trigger):
                # "Ahead of the Helsinki summit, Trump criticized NATO": the contact only
                # dates the act; whom the act is aimed at took no part in the contact
                subjects = {t.i for c in timed.children if c.dep_ in ("nsubj", "nsubjpass")
                            for t in c.subtree} - _reporters(trigger)
                return sorted(set(own) | set(self._collect(doc, clause, subjects, mentions,
                                                           quoted, lead)))
            if verb is not None and _pobjs_with(trigger):
                # "praised Clinton at a luncheon with congressional leaders": the noun names
                # its counterparts; of the rest of the clause only who was there (the verb's
                # subject) takes part, not whom the verb acts on; "Speaking at a joint news
                # conference with X, Trump said": the subject of the verb it modifies
                while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
                        verb.dep_ in ("advcl", "xcomp", "conj"):
                    if verb.head.pos_ in ("VERB", "AUX"):
                        verb = verb.head  # ("agreed to lift … and provide … in the summit")
                    elif verb.dep_ == "xcomp" and _copula_adjective(verb.head):
                        verb = verb.head.head  # "Straw is due to arrive for a meeting with X"
                    else:
                        break
                # (of a passive verb, the doer: "announced by Trump after a call with X")
                # (only after the contact: "announced by Rosenstein days before the summit
                # with Putin" is no party to it)
                after = trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "following")
                doers = [c for c in verb.children if c.dep_ == "agent" and after] or \
                    [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                if verb.lemma_.casefold() == "join":
                    # "were joined by Scholz for a call with Xi": who joins takes part too
                    doers += [c for c in verb.children if c.dep_ == "agent"]
                subjects = {t.i for c in doers for t in c.subtree} - _reporters(trigger)
                person = _relative_antecedent(verb)
                if person is not None:
                    # "Witkoff, the envoy, who was in Moscow for a meeting with Putin"
                    subjects |= {t.i for t in person.subtree if t.i <= person.i}
                if not subjects and verb.dep_ == "ROOT" and verb.i == clause.start and \
                        verb.is_title and verb.i < trigger.i:
                    # "Blinken in talks with Wang Yi": a headline's name read as its verb
                    subjects = {verb.i}
                return sorted(set(own) | set(self._collect(doc, clause, subjects, mentions,
                                                           quoted, lead)))
        region = _clause_tokens(trigger, clause) - _reporters(trigger) - \
            _topics(trigger, clause) - _descriptions(trigger, clause) - \
            _relations(trigger, clause) - _setting_of_a_refusal(trigger)
        region |= _participle_doer(trigger) | _relative_object(trigger)
        if trigger.pos_ in ("NOUN", "PROPN"):
            region -= _appos_across_a_clause(trigger)
        found = self._collect(doc, clause, region, mentions, quoted, lead)
        if len(found) < 2 and trigger.pos_ == "NOUN" and _in_headline(trigger) and \
                (root := _headline_setting_root(trigger)) is not None:
            # "Xi, Biden agree to resume military dialogue … at Filoli estate meeting": the
            # headline's subjects met where they acted
            subjects = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") or
                        c.dep_ == "npadvmod" and c.ent_type_ in ("PERSON", "GPE", "NORP") and
                        c.i + 1 < len(doc) and doc[c.i + 1].text == "," for t in c.subtree}
            joined = self._collect(doc, clause, subjects, mentions, quoted, lead)
            if len(set(found) | set(joined)) >= 2:
                found = sorted(set(found) | set(joined))
        if trigger.pos_ in ("NOUN", "PROPN") and len(own) == 1 and own[0] not in found and \
                self._home_of(own[0]) == own[0] and \
                not any(self._home_of(p) == own[0] for p in found):
            if _pobjs_with(trigger):
                # "Podesta and Stern began negotiations with China": the counterpart the
                # noun names stays beside the people who hold them
                return sorted(set(found) | set(own))
            # "touching on China trade talks and his summit with Kim": the state the noun
            # names has no one among the clause's people, who are then no parties of it
            return own
        return found

    def _collect(self, doc: Doc, clause: Span, region: set[int], mentions: list[ActorMention],
                 quoted: list[tuple[int, int]], lead: int = 0) -> list[str]:
        people: list[str] = []
        groups: list[str] = []
        venues: list[str] = []
        for m in mentions:
            if not clause.start_char <= m.start < clause.end_char and \
                    not (m.start < clause.start_char < m.end):
                continue
            if m.end <= lead:
                continue  # the spokesperson before "Readout:" or "Attributed to …:"
            if any(a <= m.start < b for a, b in self._dateline_spans):
                continue  # "RAMSTEIN AIR BASE, Germany, April 26 –": where the report was filed
            if any(a <= m.start < b for a, b in quoted):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not any(t.i in region for t in span):
                continue
            if _inside_a_building_name(span):
                continue  # "the Trump Tower Moscow talks": a building's name, not a party
            if _compared(span):
                continue  # "Like Patrick, Cowan came to Boston": a comparison, not a party
            if _at_someones_side(span):
                continue  # "accompanied by his foreign minister": of a side's delegation
            if m.how == "title" and span.root.dep_ == "appos" and any(
                    o is not m and o.start <= span.root.head.idx < o.end for o in mentions):
                continue  # "met Putin, the leader who …": the apposition is that name again
            if m.how == "title" and any(
                    c.dep_ == "appos" and any(o is not m and o.how != "title" and
                                              o.start <= c.idx < o.end for o in mentions)
                    for c in span.root.children):
                continue  # "Niger's leader, General Tiani, received …": the name says who
            if span.end + 1 < len(doc) and doc[span.end].text == "-" and \
                    doc[span.end + 1].tag_ == "VBN":
                continue  # "a Kremlin-backed attorney": who backs the one met, not a party
            if any(c.lower_ == "fellow" for c in span.root.children) or \
                    span.start > 0 and doc[span.start - 1].lower_ == "fellow":
                continue  # "an e-mail to fellow Republicans": the subject's own side
            entry = self.gazetteer.entries.get(m.actor)
            if entry is None and m.how == "ner":
                continue  # organisations only the NER vouches for are too noisy to be parties
            if entry is None and span.root.dep_ == "pobj" and span.root.head.lower_ == "at" and \
                    not any(t.dep_ == "case" for t in span):
                continue  # "hosted him at Qasr Al Watan": a palace the tagger read as a name
            if m.how == "pronoun" and span[0].dep_ == "poss" and \
                    span[0].head.lower_ not in NOUN_FORMATS and \
                    span[0].head.lemma_.casefold() not in COUNTERPART_NOUNS and \
                    not any(c.dep_ == "acl" and c.lemma_.casefold() in VERB_FORMATS
                            for c in span[0].head.children):  # ("her decision to meet X")
                continue  # "Burns, his most senior Russia expert": whose, not who meets
            kind = entry.kind if entry else (
                "person" if m.how in ("person", "title", "pronoun", "group") else "organization")
            if kind != "person" and (office := _whose_aide(span)) is not None and (
                    office.dep_ == "appos" and office.head.pos_ == "PROPN" or any(
                        c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
                        for c in office.children)):
                continue  # "the EU's foreign policy chief, Josep Borrell": whose office he holds
            if kind == "person" and _sender_of_a_thing(span):
                continue  # "with a pledge of support from Xi": who sent it, not who met
            if kind == "person" and (office := _whose_aide(span)) is not None:
                # "met Zelensky's chief of staff", "an aide to President Asare": the one met
                # is of that person's side, the person was not there; unnamed, the aide
                # stands for the side ("Kerry, Biden's envoy": named, and a party already)
                named = office.dep_ == "appos" or any(c.dep_ == "appos"
                                                      for c in office.children)
                if not named and entry is not None and entry.country and \
                        entry.country not in groups:
                    groups.append(entry.country)
                continue
            if kind == "person":
                if m.actor not in people:
                    people.append(m.actor)
            elif _describes_person(span) and not self._official_unnamed(span, mentions):
                continue  # "Russian" in "Russian President Vladimir Putin"
            elif kind == "state" and _describes_person(span) and not (
                    span.start > 0 and doc[span.start - 1].lower_ in ("a", "an")) and not any(
                    t.text == "," and t.i + 1 < len(doc) and
                    self._person_at(doc[t.i + 1], mentions)
                    for t in doc[span.end:span.end + 8]):
                # "met Lavrov and Laos's prime minister": the state stands for its official,
                # a person of the meeting beside the people named (not "the US Deputy
                # Secretary of State, Victoria Nuland", who is named after the title)
                if m.actor not in people:
                    people.append(m.actor)
            elif span.end < len(doc) and doc[span.end].lower_ in HEAD_WORDS and any(
                    o.start <= doc[span.end].idx < o.end and o.actor != m.actor and
                    self._is_person(o.actor) for o in mentions):
                # "NATO chief to visit Ankara", "IAEA head Grossi met …": the body only says
                # whose head the person is, however the headline was parsed
                continue
            elif kind == "state" and _labels_a_non_state_group(span):
                continue  # "talks with some Iraqi insurgents": not the Iraqi state
            elif kind == "state" and _is_location(span):
                continue  # "met with Putin in Moscow": where, not who
            elif kind == "organization" and entry is not None and \
                    entry.sector in ("government", "legislature") and _at_venue(span):
                # "met Democrats at the White House": the venue, not a party (unless no one
                # else is named)
                if m.actor not in venues:
                    venues.append(m.actor)
            elif kind == "organization" and entry is not None and \
                    entry.sector == "legislature" and self._caucus_of(m, mentions):
                continue  # "Senate Democrats": the party's caucus in the chamber, one party
            elif kind == "state" and entry is not None and _names_the_venue(span, entry):
                continue  # "the Vilnius Summit": the city hosting it, not Lithuania
            elif m.actor not in groups:
                groups.append(m.actor)
        for match in GROUP_LABEL.finditer(clause.text):
            label = match.group(0)
            start = clause.start_char + match.start()
            span = doc.char_span(start, start + len(label), alignment_mode="expand")
            if span is not None and any(t.i in region for t in span):
                body = REGIONAL_BODIES.get(match.group(1))
                if body and body in self.gazetteer.entries and \
                        span.root.head.lower_ == "of" and \
                        span.root.head.head.lemma_.casefold() in DELEGATION_NOUNS:
                    # "a delegation of four African leaders": the region's body sent them
                    groups.append(body)
                    continue
                groups.append(label[0].upper() + label[1:])
        if not people and not groups:
            groups = venues
        if len(people) >= 2:
            return sorted(people)
        # "the Bucharest Nine (B-9) Countries – Bulgaria, …, Slovakia": the list spells out
        # the grouping's members, who are not further parties
        for group in list(groups):
            entry = self.gazetteer.entries.get(group)
            # (a spelled-out list follows the grouping: "the ministers of Norway, Sweden and
            # Finland … the alliance's enlargement" names three sides, then their alliance)
            first = min((m.start for m in mentions if m.actor == group and
                         clause.start_char <= m.start < clause.end_char), default=-1)
            listed = [g for g in groups if entry is not None and g in entry.members and any(
                m.actor == g and first < m.start for m in mentions
                if clause.start_char <= m.start < clause.end_char)]
            if len(listed) >= 3:  # an enumeration, not "U.S. and NATO allies"
                groups = [g for g in groups if g not in listed]
        return sorted(set(people) | set(groups))

    def _official_unnamed(self, span: Span, mentions: list[ActorMention]) -> bool:
        """A state before a title that no known person's mention covers ("Malaysia foreign
        minister meets …" with the minister not in the gazetteer): the state stands for its
        official rather than being lost."""
        doc = span.doc
        root = span.root
        if root.dep_ == "poss" and root.head.lower_ in OFFICE_NOUNS and \
                root.head.dep_ != "appos" and \
                not any(c.dep_ == "appos" for c in root.head.children):
            # ("Al Busaidi, Oman's Minister of Foreign Affairs": the office describes him)
            # "Ghana's president paid a visit" with no known holder of the office: the state
            # stands for him ("Kenya's president" is read as the holder the gazetteer knows)
            return not self._person_at(root.head, mentions)
        after = span.end + 1 if span.end < len(doc) and doc[span.end].text in ("'s", "’s") \
            else span.end  # "Laos's prime minister"
        if not after < len(doc) or doc[after].lower_ not in TITLE_LEAD_WORDS:
            return False
        k = after
        while k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN", "ADJ") and \
                doc[k].ent_type_ != "PERSON":
            k += 1
        if k < len(doc) and doc[k].ent_type_ == "PERSON":
            return False  # "Russian Foreign Minister Sergei Lavrov"
        if k < len(doc) and doc[k].text in (",", "(") and any(
                t.ent_type_ == "PERSON" or self._person_at(t, mentions)
                for t in doc[k + 1:k + 4]):
            return False  # "the Sudanese Foreign Minister, Professor Ibrahim Ghandour"
        if not any(t.tag_ in ("NN", "NNP") and t.lower_ in OFFICE_NOUNS
                   for t in doc[after:k]):
            return False  # no one official named ("NATO defence ministerial meetings")
        last = doc[max(k - 1, after)]
        start, end = doc[after].idx, last.idx + len(last)
        return not any(o.start < end and start < o.end and self._is_person(o.actor)
                       for o in mentions)

    def _person_at(self, token: Token, mentions: list[ActorMention]) -> bool:
        return any(o.start <= token.idx < o.end and self._is_person(o.actor) for o in mentions)

    def _officials_named_before(self, doc: Doc, trigger: Token, mentions: list[ActorMention]
                                ) -> list[str]:
        """The people a definite plural office ("the trade ministers") stands for: those
        named in apposition to the same office, with the same qualifying words, in the two
        sentences before it or earlier in its own ("their trade ministers, Goyal and
        Farrell"); empty when there are not two of them."""
        subject = _subject_noun(trigger)
        if subject is None or not _definite_officials(subject):
            return []
        sentence = subject.sent
        start = sentence.start
        for _ in range(2):
            if start > 0:
                start = doc[start - 1].sent.start
        words = _modifier_words(subject)
        for noun in reversed(doc[start:subject.i]):
            if noun.lemma_ != subject.lemma_ or noun.tag_ != "NNS" or \
                    _modifier_words(noun) != words:
                continue
            named = {t.i for a in noun.children if a.dep_ == "appos" for t in a.subtree}
            people = sorted({m.actor for m in mentions if self._is_person(m.actor) and any(
                t.i in named for t in doc.char_span(m.start, m.end,
                                                    alignment_mode="expand") or [])})
            if len(people) >= 2:
                return people
        return []

    def _caucus_of(self, mention: ActorMention, mentions: list[ActorMention]) -> bool:
        """A chamber named right before a political party ("House Republicans")."""
        for other in mentions:
            if 0 <= other.start - mention.end <= 1:
                entry = self.gazetteer.entries.get(other.actor)
                return entry is not None and entry.sector == "political_party"
        return False

    @staticmethod
    def _counted_day(doc: Doc, clause: Span, planned: bool) -> tuple[str, str] | None:
        """The day a clause's "the next day" / "two days later" / "the day before" names,
        counted from the last day the text names before the phrase (None when none is)."""
        found = day_offset(clause.text)
        if found is None:
            return None
        days, at = found
        named = ContactExtractor._day_named_before(doc, clause.start_char + at, planned)
        if named is None:
            return None  # (nothing named before: never a day counted from the report's own)
        day = shift_day(named, days)
        phrase = DAY_OFFSET.match(clause.text, at)
        return (day, phrase.group(0) if phrase else "") if day else None

    @staticmethod
    def _day_named_before(doc: Doc, cut: int, planned: bool, day_only: bool = False
                          ) -> str | None:
        """The day of the last date words the text gives before offset ``cut`` (datelines
        aside), resolved against the publication date; None when there are none. With
        ``day_only``, words that name no single day ("next month") are passed over."""
        published = doc._.published
        if not published or len(published) != 10:
            return None
        # ("ISLAMABAD, March 24 -": the report's day, not the one counted from)
        before = _without_datelines(doc_text(doc)[:cut])[-DAY_REACH:]
        for sentence in reversed(SENTENCE_BREAK.split(before)):
            expression = last_date_expression(sentence)
            while expression:
                at = sentence.rfind(expression)
                rest = sentence[at + len(expression):] if at >= 0 else ""
                if at < 0 or not ATTRIBUTIVE_DATE.match(rest) or \
                        not re.search(r"\bthe\s*$", sentence[:at], re.I):
                    day = resolve_date(expression, published, future=planned)
                    if not day_only or day and len(day) == 10 or at < 0:
                        return day
                # passed over, look further back: a date naming an event ("since the
                # October 7 attacks"), or, with day_only, words naming no single day
                sentence = sentence[:at]
                expression = last_date_expression(sentence)
        return None

    def _date(self, clause: Span, doc: Doc, planned: bool, trigger: Token
              ) -> tuple[str | None, str | None]:
        """The contact's date and the words it comes from. The words are kept when the
        article has no publication date to resolve them against."""
        published = doc._.published
        if _time_mark_for_another(trigger):
            # "met on Monday on the eve of the G20 summit": Monday is not the summit's day
            return self._noun_date(doc, trigger, planned)
        if trigger.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when"
                                           for c in trigger.children):
            # "their first since March 2022, when Mitsotakis travelled to Istanbul": the
            # date the "when" clause hangs on is the contact's
            when = next((e for e in doc.ents if e.label_ == "DATE" and
                         e.start <= trigger.head.i < e.end), None)
            day = resolve_date(when.text, published, future=planned) \
                if when is not None and published else None
            if day:
                return day, when.text if when is not None else None
        candidates = []
        own_words = {t.i for t in trigger.subtree}
        others = _other_branches(trigger, getattr(self, "_clause_triggers", []))
        if others:
            own_words &= _branch_region(trigger, self._clause_triggers)
        elsewhere = False  # a date word the clause gives another event
        origin = {t.i for c in _origins(trigger) for t in c.subtree} \
            if trigger.lemma_ in TRIP_LEMMAS else set()
        part_of_day = next((t for t in clause if t.i in own_words and t.dep_ == "det" and
                            SAME_DAY_WORDS.fullmatch(f"{t.text} {t.head.text}")), None)
        if part_of_day is not None and published and (prior := last_date_expression(
                doc_text(doc)[clause.start_char:part_of_day.idx])):
            # "flew in on Tuesday, shook hands with Sharif at a dinner that evening and left
            # on Wednesday": the day named last before "that evening"
            candidates.append((False, 0, 0, 0, 0, resolve_date(prior, published, planned),
                               prior))
        for ent in clause.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            if _in_dateline(ent):
                continue  # "SAN FRANCISCO, Nov. 16 --": the day of the report, not of the contact
            if ent.root.i in others:
                elsewhere = True
                continue  # "met in May, spoke by phone in August": August is the call's
            if ent.root.i in origin:
                elsewhere = True
                continue  # "arrived from Kyiv, where on Monday he met Zelensky": Kyiv's day
            words = ent.text
            if ent.start > 0 and ent.text.casefold() == "may" and \
                    ent.doc[ent.start - 1].lower_ in ("in", "last", "next", "since", "early",
                                                      "late", "mid"):
                # "in May": the month (a bare "May" may be the modal verb)
                words = f"{ent.doc[ent.start - 1].text} {ent.text}"
            text = find_date_expression(words)
            # (a date word of another event, or of a past act above a planned contact)
            another = _dates_another_event(ent, trigger) or \
                planned and _dates_a_past_act_above(ent, trigger)
            if text and another:
                elsewhere = True
            if not text or another:
                continue
            resolved = resolve_date(words, published, future=planned)
            # a calendar date beats a relative word for the same day ("Tomorrow, December 7")
            calendar = 0 if re.search(r"\d", text) else 1
            # "spoke by phone on Friday and agreed to meet … next month": the word inside the
            # trigger's own phrase before one that dates a verb above it
            outside = 0 if trigger.pos_ != "VERB" or ent.root.i in own_words else 1
            if others and resolved and not re.search(r"\b\d{4}\b", text):
                resolved = _year_of_the_sentence(ent, resolved)
            # (a word of the trigger's own branch beats a calendar date of another verb:
            # "met in May 2019, spoke by phone in August")
            candidates.append((resolved is None, outside, calendar,
                               outside, abs(ent.start - trigger.i), resolved, text))
        if _compared_trip(trigger) is not None or _compared_by(trigger):
            # "X's visit … preceded by a visit from Y in December 2011 … followed by a trip by
            # Z a month later": each trip has the dates of its own phrase only
            candidates = [c for c in candidates
                          if any(ent.start <= t.i < ent.end for t in trigger.subtree
                                 for ent in clause.ents if ent.text == c[6] or
                                 c[6] in ent.text)]
        year = _own_year(trigger) if trigger.pos_ in ("NOUN", "PROPN") else None
        if year:
            # "Obama's 2012 visit … preceded by a visit from Clinton in December 2011": the
            # year the noun carries dates it; a date word of that year may sharpen it
            candidates = [c for c in candidates if c[5] and c[5].startswith(year)]
            if not candidates:
                return None, None  # (a year alone is no date of the output)
        if trigger.pos_ == "VERB" and trigger.dep_ in ("relcl", "acl") and any(
                e.label_ == "DATE" and e.root.i in own_words for e in clause.ents):
            # "Wanjiru and Alemu, who met in Addis Ababa last year, spoke on Monday": the
            # clause's own date words only (a year alone is no date of the output)
            candidates = [c for c in candidates if c[1] == 0]
            if not candidates:
                return None, None
        if candidates:
            best = min(candidates, key=lambda c: c[:5])
            return best[5], best[6]
        main = _simultaneous_with(trigger)
        if main is not None and elsewhere:
            # "arrived in Kyiv on Tuesday, just as Xi was holding talks with Putin": the
            # day of the clause it happens alongside
            return self._date(clause, doc, planned, main)
        root = _branch_root(trigger, getattr(self, "_clause_triggers", []))
        if elsewhere and root.dep_ == "conj" and root.head.lemma_.casefold() in TRIP_LEMMAS and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
            # "arrived in Seoul on Sunday and held talks with Yoon": on the day of the trip
            # it is joined to
            return self._date(clause, doc, planned, root.head)
        text = clause.text
        expression = find_date_expression(text)
        resolved = resolve_date(text, published, future=planned) if published and \
            not elsewhere else None
        if resolved and len(resolved) == 10:
            return resolved, expression
        same_day = SAME_DAY.search(text)
        if same_day:
            day = published if published and len(published) == 10 else None
            word = same_day.group(0)
            return day, None if word.lower() == "just" else word
        if not planned and published and len(published) == 10 and _news_present(trigger):
            return published, None  # "Kerry meets Lavrov in Paris": the news of the day
        return None, None


def _own_day_count(trigger: Token, clause: Span) -> bool:
    """The trigger's own clause counts its day from another ("during a visit to Kyiv the day
    before", the date words hung on the verb the trip noun depends on)."""
    verb = _nearest_verb(trigger)
    # (the time phrase of the trip noun itself or of the clause verb it depends on; the
    # tagger does not always read "the day before" as a date)
    holders = [trigger] + ([verb] if verb.i != trigger.i and
                           verb.dep_ in ("relcl", "acl", "advcl") else [])
    return trigger.pos_ == "NOUN" and any(
        c.dep_ == "npadvmod" and c.lemma_.casefold() == "day" and
        day_offset(clause.doc[c.left_edge.i:c.right_edge.i + 1].text) is not None
        for h in holders for c in h.children)


PRESENT_TAGS = {"VBZ", "VBP"}


def _news_present(trigger: Token) -> bool:
    """The trigger is told in the simple or progressive present of a news report ("X meets Y",
    "X holds talks with Y", "in a call with Y, X expresses alarm", "X is visiting Y"): the
    reporter's now, so the contact is of the publication day. Perfect tenses ("has met"),
    infinitives that depend on another verb ("aims to finalize talks") and the present of
    reporting verbs ("says it met") do not count."""
    if _headline_verb(trigger) or _verb_read_as_noun(trigger):
        return True  # (a misread "meet"/"meets" is a present verb: "met" is never misread)
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "attr") and \
            trigger.head.lemma_.casefold() not in CALL_HOLDERS:
        return False  # "criticizes the talks", "follows his visit": not told as happening
    verb = _nearest_verb(trigger)
    while verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "mark") for c in verb.children):
        verb = verb.head  # "Speaking during a visit to Basra, Blair suggests …": his now
    directive = verb.lemma_.casefold() == "tell" and any(c.dep_ == "xcomp"
                                                         for c in verb.children)
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.casefold() in REPORT_LEMMAS and \
            not directive:  # "tell Syria to end the bloodshed" orders, it reports nothing
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.casefold() in ("have", "will", "shall") or a.tag_ == "MD" for a in auxes):
        return False
    if verb.tag_ in PRESENT_TAGS:
        return True
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and not auxes and \
            any(c.dep_ == "nsubj" for c in verb.children):
        return True  # "ministers meeting in Cairo urge Syria …": a plural present tagged VB
    # "is holding talks", "is received by": a present auxiliary carries the tense
    return verb.tag_ in ("VBG", "VBN") and any(a.tag_ in PRESENT_TAGS for a in auxes)


# verbs of pressing someone to act: their date is the appeal's, not the contact's
URGING_LEMMAS = APPEAL_LEMMAS | {"urge", "pressure", "implore", "warn", "advise"}


BRANCH_DEPS = ("conj", "dep", "advcl", "parataxis")


def _one_name_per_side(names: list[str], kinds: dict[str, tuple[str, str | None]]
                       ) -> list[str]:
    """A state named beside its own leader or official ("Scholz met Xi in China": China, Xi
    Jinping) is that person's side, not a further party: a contact lists each side once."""
    people_of = {kinds[n][1] for n in names if n in kinds and kinds[n][0] == "person"}
    return [n for n in names
            if not (n in kinds and kinds[n][0] == "state" and n in people_of)]


def _datelines(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in datelines(text))


def _without_datelines(text: str) -> str:
    """The text with its datelines blanked ("BRASILIA, July 29 -": the report's day, never
    the day a later "in the afternoon" belongs to), offsets kept."""
    for a, b in _datelines(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _in_dateline(ent: Span) -> bool:
    """The date of a dateline ("LISBON, Nov. 16 --") dates the report, not what it tells."""
    return any(a <= ent.start_char < b for a, b in _datelines(doc_text(ent.doc)))


def _nearest_verb(token: Token) -> Token:
    """The token itself when a verb, else the nearest verb above it (the root when none)."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _origins(trigger: Token) -> list[Token]:
    """The "from" phrases of a trip verb: where the traveller comes from ("arrived in Moscow
    from Kyiv"), also when the parse hangs one on a time of the verb ("flew into Juba in
    the afternoon from Kinshasa")."""
    times = [o for c in trigger.children if c.dep_ in ("prep", "npadvmod")
             for o in ([c] if c.dep_ == "npadvmod" else c.children)
             if o.ent_type_ in ("DATE", "TIME")]
    return [c for t in [trigger, *times] for c in t.children
            if c.dep_ == "prep" and c.lower_ == "from"]


def _side_clauses(trigger: Token) -> set[int]:
    """The tokens of the adverbial clauses with a subject of their own hung on the verb
    that tells a contact ("As Kishida toured …, Xi sat down with Putin"; "while protesters
    gathered outside"), which do not hold the trigger."""
    verb = _nearest_verb(trigger)
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" for c in child.children) and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children) and \
                trigger.i not in {t.i for t in child.subtree}:
            out.update(t.i for t in child.subtree)
    # ("a meeting with Trump in Manhattan, a day after he laid out his plan to Biden": a
    # clause of its own hung on the span of time, wherever the parser put that span)
    for token in trigger.sent:
        if token.dep_ in ("relcl", "advcl") and token.head.lemma_.casefold() in (
                "day", "week", "hour", "month") and any(
                c.dep_ == "mark" and c.lower_ in ("after", "before", "since")
                for c in token.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and \
                trigger.i not in {t.i for t in token.subtree}:
            out.update(t.i for t in token.subtree)
    return out


def _dates_a_past_act_above(ent: Span, trigger: Token) -> bool:
    """"agreed on Thursday to resume talks", "announced on Monday that Xi will visit": the
    day hangs on a verb in the past above the contact still to come; it dates that act
    (the agreement, the announcement), not the contact."""
    verb = _nearest_verb(ent.root)
    if verb.tag_ != "VBD" or verb.i == trigger.i:
        return False
    return verb.i in {a.i for a in trigger.ancestors}


def _simultaneous_with(trigger: Token) -> Token | None:
    """The verb of the clause a contact is told as happening alongside: "…, just as Xi was
    holding talks", "while Blinken met Wang" hang on a clause whose day is theirs too (past
    participles with no subject of their own, "becoming the last leader …", are climbed)."""
    verb = _nearest_verb(trigger)
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("as", "while")
                                       for c in verb.children):
        return None
    head = verb.head
    if _past_aside(verb) and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                 for c in head.children):
        head = verb.sent.root  # (a fact told beside the sentence, not beside its condition)
    while head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i != head.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _branch_root(trigger: Token, triggers: list[Token]) -> Token:
    """The verb of the trigger's own branch of a sentence that coordinates several contacts
    ("spoke by phone in February, held a video call in November, and talked again in
    March"): the highest verb above it that is joined to a head whose other words hold
    another trigger."""
    node = trigger
    while node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and node.dep_ in BRANCH_DEPS:
            inside = {t.i for t in node.subtree}
            head_part = {t.i for t in node.head.subtree} - inside
            if any(t.i in head_part for t in triggers):
                return node
        node = node.head
    return node


def _branch_region(trigger: Token, triggers: list[Token]) -> set[int]:
    """The tokens of the trigger's own branch, without the branches joined to it that hold
    other triggers."""
    root = _branch_root(trigger, triggers)
    region = {t.i for t in root.subtree}
    for child in root.subtree:
        if child.i != root.i and child.pos_ in ("VERB", "AUX") and child.dep_ in BRANCH_DEPS:
            inside = {t.i for t in child.subtree}
            if trigger.i not in inside and any(t.i in inside for t in triggers):
                if child.head.i == root.i and _arrival_participle(child):
                    # "Arriving in Brasília on Wednesday, Prabowo was greeted by Lula": the
                    # arrival's day is the greeting's too; its place is no party
                    region -= {t.i for t in child.subtree if t.ent_type_ not in ("DATE", "TIME")}
                    continue
                region -= inside
    return region


def _arrival_participle(verb: Token) -> bool:
    """A participle of arrival with no subject of its own that opens a sentence ("Arriving
    in Kyiv on Monday, …", "Landing in Ankara late on Sunday, …"): it happens when the main
    clause does."""
    if verb.dep_ == "advcl" and verb.i < verb.head.i and \
            verb.lemma_.casefold() in ("arrive", "land") and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as") for c in verb.children):
        return True  # "When Sunak landed in Rome on Thursday, Meloni greeted him": then too
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i < verb.head.i and \
        verb.lemma_.casefold() in ("arrive", "land") and \
        not any(c.dep_ in ("nsubj", "mark") for c in verb.children)


def _other_branches(trigger: Token, triggers: list[Token]) -> set[int]:
    """Tokens that belong to another contact's branch of the sentence and come after its
    trigger (a date before the first verb, "On Monday, X met Y and spoke with Z", is
    shared)."""
    own = _branch_region(trigger, triggers)
    out: set[int] = set()
    for other in triggers:
        if other.i in own:
            continue
        region = _branch_region(other, triggers)
        if trigger.i in region:
            continue
        top = _branch_root(other, triggers)
        if _arrival_participle(top) and top.head.i == _branch_root(trigger, triggers).i:
            # (the day of "Arriving in Brasília on Wednesday, …" dates the main clause too)
            region = {k for k in region if trigger.doc[k].ent_type_ not in ("DATE", "TIME")}
        # (the words of a joined verb's branch are all its own; the main verb's only from
        # the verb on)
        out |= {k for k in region if k >= _branch_root(other, triggers).i}
    return out


def _cue_text(trigger: Token, clause: Span, triggers: list[Token]) -> str:
    """The clause's words without other contacts' branches ("spoke by phone …, held a video
    call …": the video is the second contact's)."""
    if trigger.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and
                                       c.lower_ in ("who", "that") for c in trigger.children) \
            and any(t.i != trigger.i and t.i not in {k.i for k in trigger.subtree}
                    for t in triggers):
        # "The two leaders, who last met in Sydney, spoke by video link": the relative
        # clause's own words
        return " ".join(t.text for t in trigger.subtree)
    others = _other_branches(trigger, triggers)
    # "has met Wang three times …, while the vice ministers held a dialogue by video": a
    # contrasting clause with its own subject tells of other people's means
    others |= {u.i for t in clause if t.dep_ == "advcl" and t.i != trigger.i and
               trigger not in t.subtree and
               any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in t.children)
               and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
               for u in t.subtree}
    if not others:
        return clause.text
    return " ".join(t.text for t in clause if t.i not in others)


def _year_of_the_sentence(ent: Span, resolved: str) -> str:
    """A month or day without a year that follows a date with one in the same sentence
    ("met in May 2019, spoke by phone in August", "in September of that year") is of that
    year, or of the next when its month comes earlier ("in November 2021 … in January")."""
    # (not the year a span of time starts from: "a dozen meetings since 2020, most recently
    # in Astana in July")
    before = [e for e in ent.sent.ents if e.label_ == "DATE" and e.end <= ent.start and
              re.search(r"\b(?:19|20)\d{2}\b", e.text) and
              not (e.start > 0 and ent.doc[e.start - 1].lower_ == "since") and
              not e.text.lower().startswith("since")]
    if not before or not re.match(r"\d{4}-\d{2}", resolved):
        return resolved
    last = before[-1]
    year = int(re.findall(r"\b(?:19|20)\d{2}\b", last.text)[-1])
    # (the dates module's month table, by its three-letter keys, in calendar order)
    months = sorted(k for name, k in MONTHS.items() if len(name) == 3 and re.search(
        rf"\b{name}", last.text, re.I))
    if months and int(resolved[5:7]) < months[-1] and \
            not re.search(r"\bthat year\b", ent.text, re.I):
        year += 1
    return f"{year}{resolved[4:]}"


def _origin_clause(trigger: Token) -> Token | None:
    """"arrived in Kyiv on Friday from Warsaw, where he had met Tusk": the relative clause on
    the place a trip set out from that holds the trigger, if any; what it tells came
    before the trip."""
    return next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "relcl" and
                 a.head.dep_ == "pobj" and a.head.head.lower_ == "from"), None)


def _dates_another_event(ent: Span, trigger: Token) -> bool:
    """Is the date inside a clause about something else? "met Biden … on his first visit
    since taking office in December": December dates the taking of office, not the meeting.
    The date's nearest governing verb must be the trigger, a verb above it, or a clause
    attached to the trigger noun ("the meeting, which took place on Monday")."""
    verb = next((a for a in [trigger, *trigger.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and _another_event(verb) and any(
            c.dep_ == "mark" and c.lower_ in TIME_PREPS for c in verb.children) and \
            ent.root.i not in {t.i for t in verb.subtree}:
        return True  # "arrived on Wednesday after Zelensky met Sunak": not the meeting's day
    if _date_of_a_since_phrase(ent, trigger):
        return True
    origin = _origin_clause(trigger)
    if origin is not None and ent.root.i not in {t.i for t in origin.subtree}:
        return True  # "arrived on Friday from Warsaw, where he had met Tusk": before Friday
    token = ent.root
    while token.head.i != token.i:  # (spaCy makes a new Token per access: compare indices)
        token = token.head
        if token.i == trigger.i:
            return False
        if token.lower_ == "since" and token.dep_ == "prep":
            # "their first meeting since a session last month", "have met twice since June":
            # the date is where a span of time starts, never the contact's own day
            return True
        if token.pos_ == "NOUN" and token.lemma_.casefold() in ("trip", "visit") and \
                trigger.pos_ == "NOUN" and trigger.i not in {t.i for t in token.subtree}:
            return True  # "X's trip to Warsaw on Tuesday follows his visit to Kyiv"
        if token.pos_ == "NOUN" and token.i != trigger.i and \
                _noun_format(token) is not None and \
                trigger.i not in {t.i for t in token.subtree} and \
                trigger.i not in (token.head.i, token.head.head.i) and \
                token.i not in _settings(trigger) and \
                getattr(_on_the_sidelines(token), "i", None) not in (trigger.i, _holder(trigger).i):
            # ("meet on the sidelines of the summit on Tuesday": held within it, on its day)
            # (a noun hung on the trigger describes this contact: "spoke by phone in their
            # second conversation this month")
            return True  # "talked about his meeting with Putin during a Cabinet meeting on
            # Wednesday": the other meeting's day
        if token.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "mark" and c.lower_ == "since" for c in token.children):
                # "the first meeting since the war began two weeks ago": the clause's date is
                # where a span of time starts (or a cause's), never the contact's own day
                return True
            above = {a.i for a in trigger.ancestors}
            if token.i in above and token.lemma_.casefold() in REPORT_LEMMAS | \
                    REPORTING_LEMMAS | URGING_LEMMAS and trigger.pos_ in ("VERB", "AUX", "NOUN"):
                # "will hold a summit early next year, officials said on Monday": Monday is
                # when it was said; "urged him on Friday to cancel the summit": when it was
                # urged (unless the contact is how it was said or urged: "told Putin by
                # telephone on Sunday", "warned Xi in a call on Monday")
                if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and \
                        getattr(_address_set_off(trigger, trigger.head.head), "i", None) == \
                        token.i:
                    return False  # "told Putin on Friday that …, at a meeting": its day
                return not (trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and
                            trigger.head.head.i == token.i and
                            trigger.head.lower_ in ("by", "in", "over", "on", "during"))
            if trigger.dep_ == "conj" and token.i == trigger.head.i and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children) and any(
                    c.lower_ == "since" and c.dep_ == "advmod" or
                    c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children):
                # "Kishida returned the favour in May, and the two leaders have since met":
                # the verb joined before, with a subject of its own, is another event, and
                # the perfect tells of a time after it
                return True
            return not (token.i in above or token.head.i == trigger.i)
    return False


def _clauses(doc: Doc) -> list[Span]:
    """Sentences, split again where a header runs into the text ("readout:Under Secretary"),
    at line breaks, and at a semicolon between two clauses with subjects of their own ("in
    Luanda he sat down with Lourenço; in Brazzaville he dined with Sassou Nguesso")."""
    out = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.i == start:
                continue
            prev = doc[token.i - 1]
            glued = prev.text == ":" and not prev.whitespace_ and token.text[:1].isupper()
            if glued or "\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text or \
                    prev.text == ";" and _own_clause(doc[start:prev.i]) and \
                    _own_clause(doc[token.i:_next_semicolon(sent, token.i)]) and \
                    not any(t.text == ":" for t in doc[sent.start:prev.i]):
                # (not a list a colon opens: "met three candidates: A; B; and C")
                if token.i > start:
                    out.append(doc[start:token.i])
                start = token.i
        if start < sent.end:
            out.append(doc[start:sent.end])
    return [s for s in out if s.text.strip()]


def _own_clause(span: Span) -> bool:
    """The words hold a verb with its own subject among them."""
    inside = range(span.start, span.end)
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i in inside and
               t.head.pos_ in ("VERB", "AUX") for t in span)


def _next_semicolon(sent: Span, start: int) -> int:
    """Where the words from ``start`` end: the next semicolon of the sentence, or its end."""
    return next((t.i for t in sent if t.i >= start and t.text == ";"), sent.end)


def _clause_tokens(trigger: Token, clause: Span) -> set[int]:
    """Tokens that can name the trigger's parties: the trigger's own clause, without purpose
    clauses, topics ("about …", "to discuss …") and relative clauses."""
    head = trigger
    while head.pos_ not in ("VERB", "AUX") and head.dep_ not in ("ROOT",) and head.head.i != head.i:
        if head.head.i < clause.start or head.head.i >= clause.end:
            break
        head = head.head
    excluded: set[int] = set()
    for node in [head, *([trigger] if trigger.i != head.i else [])]:
        for child in node.children:
            if child.i in (trigger.i,) or trigger in child.subtree and child.i != trigger.i:
                continue
            if child.dep_ == "relcl" and child.lemma_ in ("have", "hold"):
                continue  # "the conversation the men will have": its subject takes part
            if child.dep_ == "conj" and child.pos_ == "ADP" and child.lower_ in ("by", "with"):
                continue  # "was met by X, and by Y": a second party of the same verb
            if child.dep_ in ("advcl", "xcomp", "ccomp", "relcl", "acl", "conj", "parataxis") \
                    and child.i > trigger.i or child.dep_ == "prep" and \
                    child.lower_ in TOPIC_PREPS and not _call_paid_on(child):
                excluded.update(t.i for t in child.subtree)
                if child.dep_ == "prep":
                    excluded -= _people_met_inside(child, trigger)
            elif child.dep_ == "prep" and child.lower_ in TIME_PREPS and child.i > trigger.i \
                    and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in child.children):
                # "met Scholz in Berlin before flying to Warsaw to meet Duda": another event
                excluded.update(t.i for t in child.subtree)
    # "Peskov, Putin's spokesman, met …": the possessor in a description of a person says
    # whose aide or relative they are, not who took part
    # ("Yermak, head of President Zelensky's office": deeper in the description too)
    described = {t.i for token in clause if token.dep_ == "appos" and token.pos_ == "NOUN" and
                 (token.head.ent_type_ == "PERSON" or token.head.pos_ == "PROPN")
                 for c in token.subtree if c.dep_ == "poss" and c.head.pos_ == "NOUN" and
                 c.head.i != trigger.i and trigger.i not in {u.i for u in token.subtree}
                 for t in c.subtree}
    # "Mr. Obama's transportation secretary, Ray LaHood, …": the same, with the name in
    # apposition to the described office
    described |= {t.i for token in clause if token.pos_ == "NOUN" and any(
                      a.dep_ == "appos" and (a.ent_type_ == "PERSON" or a.pos_ == "PROPN")
                      for a in token.children)
                  for c in token.children if c.dep_ == "poss" for t in c.subtree}
    # the office word in apposition itself ("Peskov, Putin's spokesman, met …") is the
    # person it describes, whoever else holds such an office
    described |= {token.i for token in clause if token.dep_ == "appos" and
                  token.pos_ == "NOUN" and
                  (token.head.ent_type_ == "PERSON" or token.head.pos_ == "PROPN")}
    excluded |= described
    # "met Biden in Washington, where he also spoke with Harris": what else happened there is
    # another clause (for a trip it is what the trip was for, and stays)
    for token in head.subtree:
        if token.dep_ in ("relcl", "advcl") and token.i > trigger.i and \
                trigger not in token.subtree and any(
                    c.dep_ == "advmod" and c.lower_ in ("where", "when")
                    for c in token.children) and (
                    trigger.lemma_ not in TRIP_LEMMAS or _only_maybe(token)):
            # (for a trip what happens there is what it was for, unless it only may:
            # "will travel to Paris …, where he may meet Putin")
            excluded.update(t.i for t in token.subtree)
    # "spoke with counterparts regarding Russia's war against Ukraine": a topic wherever
    # the parser attached it
    asides: set[int] = set()
    for token in clause:
        if token.i > trigger.i and token.dep_ == "prep" and (
                token.lower_ in TOPIC_PREPS - {"on"} or token.lower_ == "against"):
            # ("visited Kyiv in a show of support against Russia": whom it is against)
            excluded.update(t.i for t in token.subtree)
        elif token.i > trigger.i and token.dep_ == "prep" and _under_pressure(token):
            # "cancelled a visit to Malaysia under pressure from Saudi Arabia": the cause
            excluded.update(t.i for t in token.subtree)
        elif token.i > trigger.i and _busy_with(token):
            # "met officials of the FBI office investigating Brown's death": what the
            # counterpart is busy with names no further party
            excluded.update(t.i for t in token.subtree)
        elif _aside_of_another(token, trigger):
            asides.update(t.i for t in token.subtree)
    # "a virtual European Quint meeting with his counterparts": the name of the format
    if any(c.lower_ in ("with", "between") for c in trigger.children):
        excluded.update(t.i for c in trigger.children if c.dep_ == "compound"
                        for t in c.subtree)
    excluded |= asides
    region = {t.i for t in head.subtree if clause.start <= t.i < clause.end} - excluded
    if trigger.dep_ == "acl" and trigger.pos_ == "VERB" and trigger.head.pos_ == "NOUN":
        # "her decision to meet with Bill Clinton": whose decision it was meets
        region |= {t.i for c in trigger.head.children if c.dep_ == "poss" for t in c.subtree}
    accepter = _accepter(trigger)
    if accepter is not None:
        # "Trump accepted Erdogan's invitation to visit": who accepts and who invited
        region |= {t.i for c in accepter.children if c.dep_ in ("nsubj", "nsubjpass")
                   for t in c.subtree}
        region |= {t.i for c in trigger.head.children if c.dep_ == "poss" for t in c.subtree}
    # "I am in Kyiv to meet with …", "X is travelling to Y to meet …": the subject of the
    # governing verbs takes part too
    node = head
    for _ in range(5):
        # ("Widodo was received by Naruhito before holding talks with Kishida": who holds the
        # talks is the passive verb's subject, not its doer)
        passive = node.i != trigger.i and any(c.dep_ == "nsubjpass" for c in node.children)
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass", "agent") and child.i < trigger.i and \
                    not (passive and child.dep_ == "agent" and
                         not child.left_edge.i <= trigger.i <= child.right_edge.i) and \
                    not (child.dep_ == "agent" and node.i != trigger.i and
                         not any(c.dep_ == "auxpass" for c in node.children)):
                # (not "spoke by telephone with Putin … and received Tokayev", the "by" of
                # an active verb the parser called an agent: how the other contact was held)
                # ("Moon, who has met Kim three times, is expected to visit …": not whom the
                # subject's relative clause names)
                region |= {t.i for t in child.subtree} - {
                    t.i for r in child.children if r.dep_ == "relcl" and
                    not (r.i <= trigger.i <= r.right_edge.i) for t in r.subtree}
            if node.lemma_ == "join" and child.dep_ == "dobj" and child.i < trigger.i:
                region |= {t.i for t in child.subtree}  # "Kahl joined Sherman … to meet"
        if node.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) \
                and any(c.dep_ == "mark" and c.lower_ in TIME_PREPS | {"when", "while", "as"}
                        for c in node.children):
            break  # "Blinken's trip came days after Zelensky spoke with Sunak": a clause of its own
        described_person = _relative_antecedent(node)
        if (node.i == trigger.i or trigger.dep_ == "dobj" and trigger.head.i == node.i and
                node.lemma_.casefold() in CALL_HOLDERS) and described_person is not None and \
                described_person.i != node.head.i and node.pos_ == "VERB":
            # "Kushner, the president's adviser, who flew to Abu Dhabi": the relative
            # clause hangs on the office in apposition; the person it names acts
            region |= {t.i for t in described_person.subtree if t.i <= described_person.i}
            break
        if (node.i == trigger.i or trigger.dep_ == "dobj" and trigger.head.i == node.i and
                node.lemma_.casefold() in CALL_HOLDERS) and \
                node.dep_ in ("relcl", "acl") and node.pos_ == "VERB" and \
                (node.head.pos_ == "PROPN" or _pair_noun(node.head)) and (node.dep_ == "acl" or any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")
                    for c in node.children)):
            # "Macron, who met Putin on Monday, said …", "Scholz, meeting Biden on Monday,
            # said …": the person the clause describes is its subject (not for a contact
            # named inside it: "Ushakov, who briefed reporters after the call")
            region |= {t.i for t in node.head.subtree if t.i < node.head.i or
                       t.i == node.head.i} | {node.head.i}
            # "Kuleba and Lavrov, who met in Antalya": the joined names too
            region |= {t.i for c in node.head.children if c.dep_ == "conj" and c.i < node.i
                       for t in c.subtree}
            first = node.head.head
            if node.head.dep_ == "conj" and first.pos_ == "PROPN":
                # "Wanjiru and Alemu, who met in Addis Ababa": the clause hangs on the last
                # name; the names joined before it met too
                region |= {t.i for t in first.subtree if t.i < node.head.i}
            break
        if node.dep_ == "acl" and node.pos_ == "VERB" and node.head.dep_ in ("dobj", "attr") \
                and node.head.lemma_.casefold() in PLAN_NOUNS | {"intention"}:
            node = node.head.head  # "the G8 announced plans to hold a summit": its planner
            continue
        # ("had talked by telephone in April, then met in Osaka": a verb the parser leaves
        # as a loose "dep" of the one before shares its subject, as a joined verb does)
        loose = node.dep_ == "dep" and node.pos_ == "VERB" and node.head.pos_ == "VERB"
        if node.dep_ not in ("xcomp", "advcl", "conj", "ccomp", "pcomp", "pobj", "prep",
                             "acomp") and not loose or \
                node.head.i == node.i:
            break
        if node.dep_ in ("conj", "dep") and any(c.dep_ in ("nsubj", "nsubjpass") for c in
                                                node.children):
            break  # "the speaker jammed it through and then Obama negotiated": its own subject
        if node.dep_ == "xcomp" and _urges(node.head):
            # "urged Trump to cancel his summit with Putin": whom they urge is the one to act
            region |= {t.i for c in node.head.children if c.dep_ == "dobj" and c.i < node.i
                       for t in c.subtree}
            # ("called on Trump to cancel …": whom they call on)
            region |= {t.i for c in node.head.children if c.dep_ == "prep" and
                       c.lower_ in ("on", "upon") and c.i < node.i for t in c.subtree}
        node = node.head
    if head.dep_ == "ROOT" or len(region) < 3:
        region |= {t.i for t in clause} - excluded
    # "Macron and Scholz to meet in Rome": a headline's subject, which the parser makes the
    # head the "to meet" clause hangs from, meets too
    region |= {t.i for t in _headline_names(trigger, clause)}
    if _misparsed_subject(trigger):
        # "While in Kyiv, Sherman, Finer, and Kahl met with …" parsed with the names inside
        # the opening phrase: the words before the verb are its subject
        region |= {t.i for t in clause if t.i < trigger.i}
    region -= described | asides
    # "spoke with Minister Reznikov to reiterate …" parsed with the minister as the subject
    # of "reiterate": the words right after "with" name the counterpart whatever the parse
    for child in [*trigger.children, *(head.children if head.i != trigger.i else [])]:
        if child.lower_ == "with" and child.dep_ == "prep" and not list(child.children) and \
                child.i + 1 < clause.end and clause.doc[child.i + 1].text in ("—", "–", "-", "and"):
            # "met with — and apologized to — Gattine": the object "with" shares with the
            # verb coordinated after it (the noun phrase only, not what describes it)
            shared = next((t for t in clause if child.i < t.i <= child.i + 8 and
                           t.dep_ in ("pobj", "dobj")), None)
            if shared is not None:
                region |= set(range(shared.left_edge.i, shared.i + 1))
            continue
        if child.lower_ in ("with", "between") and child.dep_ == "prep":
            k = child.i + 1
            while k < clause.end and clause.doc[k].pos_ not in ("VERB", "AUX", "PART") and \
                    clause.doc[k].text not in (".", ";", "—", "–", "(") and \
                    clause.doc[k].lower_ not in TOPIC_PREPS | {"to", "who", "which"} and \
                    not (clause.doc[k].pos_ == "SCONJ" or clause.doc[k].dep_ == "mark") and \
                    not _new_clause_at(clause.doc, k) and \
                    not (clause.doc[k].dep_ == "cc" and clause.doc[k].head.pos_ in ("VERB", "AUX")):
                # (", and his foreign minister met …": an "and" joining verbs opens another
                # clause, whose subject is no counterpart of this contact)
                region.add(k)
                k += 1
    if _trip_of_others(trigger):
        # "Trump cancelled a Democratic congressional trip to Afghanistan": the trip is
        # someone else's; who called it off did not travel
        region -= {t.i for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")
                   for t in c.subtree}
    return region


ASIDE_PREPS = {"despite", "amid", "amidst", "notwithstanding"}
RELATIVE_WORDS = {"who", "whom", "which", "that", "whose", "where", "when"}


def _aside_of_another(token: Token, trigger: Token) -> bool:
    """A phrase around a contact that names people outside it: the source ("according to
    X"), a circumstance ("despite warnings from X", "amid criticism by X"), a comment on the
    contact ("…, a move criticized by X") or on a party ("Putin, whom Clinton has called a
    thug"), another event after "since" ("the first summit since Obama left office")."""
    if trigger in token.subtree:
        return False
    if token.dep_ == "prep" and token.lower_ == "according":
        return True
    if token.dep_ in ("prep", "advmod") and token.lower_ in TIME_PREPS and \
            trigger.pos_ == "VERB" and any(
            t.dep_ == "pobj" and _noun_format(t) is not None for t in token.subtree):
        return True  # "Ahead of talks with Kim, Moon flew to Washington": another contact
    if token.i < trigger.i:
        return False
    if token.dep_ == "prep" and token.lower_ in ASIDE_PREPS:
        return True
    if token.dep_ in ("acl", "relcl") and token.pos_ in ("VERB", "AUX") and \
            token.head.i != trigger.i and token.lemma_.casefold() not in ("have", "hold") and (
                token.head.lower_ not in NOUN_FORMATS and
                token.head.lemma_.casefold() not in NOUN_FORMATS or
                not _takes_part(token)):
        # its own doer, named ("criticized by McCain", "whom Clinton has called …"); on a
        # contact's noun only one who does not take part in it ("a meeting arranged by his
        # aide", "talks that the minister called decisive", not "the summit Modi attended")
        return any(c.dep_ == "agent" or c.dep_ in ("nsubj", "nsubjpass") and
                   c.lower_ not in RELATIVE_WORDS for c in token.children)
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in token.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


# verbs whose doer takes part in the contact a clause on its noun describes ("the summit that
# Modi attended", "talks hosted by Qatar", "a meeting called by France")
TAKING_PART_VERBS = {"attend", "host", "join", "chair", "co-chair", "lead", "head", "conduct",
                     "convene", "mediate", "broker", "facilitate", "sponsor", "organise",
                     "organize", "open", "address", "call", "have", "hold", "co-host", "cohost",
                     "participate", "take"}


def _takes_part(verb: Token) -> bool:
    """The clause's doer takes part in the contact the clause describes: a verb of attending,
    hosting or convening ("called by France"), not of judging it ("talks that the minister
    called decisive") or getting it arranged ("a meeting his aide had pushed for")."""
    if verb.lemma_.casefold() not in TAKING_PART_VERBS:
        return False
    # "called decisive", "described as": a judgement, not a convening
    return not any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") for c in verb.children)


def _descriptions(trigger: Token, clause: Span) -> set[int]:
    """"the UN, which has sanctioned North Korea, called a meeting", "a summit in China,
    which is Pyongyang's only ally": a relative clause set off by a comma describes a name;
    whom it names took no part (unless the contact is told inside it)."""
    out: set[int] = set()
    for token in clause:
        if token.dep_ != "relcl" or token.lemma_ in ("have", "hold"):
            continue
        inner = {t.i for t in token.subtree}
        first = token.left_edge
        if trigger.i not in inner and first.i > 0 and first.doc[first.i - 1].text == "," \
                and first.lower_ in ("which", "who", "whose"):
            out |= inner
        elif trigger.i not in inner and token.head.dep_ == "appos" and \
                token.head.i < first.i:
            # "with WikiLeaks, the group that released Democrats' emails": an apposition's
            # own relative clause describes the name too
            out |= inner
    # "travels on to Serbia and Hungary, two European governments that …": a description of
    # named states names no further party
    for token in clause:
        if token.dep_ == "appos" and token.pos_ == "NOUN" and \
                (token.head.ent_type_ == "GPE" or
                 any(c.dep_ == "conj" and c.ent_type_ == "GPE" for c in token.head.children)) \
                and trigger.i not in {t.i for t in token.subtree}:
            out |= {t.i for t in token.subtree}
        elif token.dep_ == "dobj" and token.pos_ == "NOUN" and token.head.i == trigger.i and \
                trigger.lemma_.casefold() in TRIP_LEMMAS - {"visit"} - SENDING_LEMMAS and \
                token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ",":
            # (the same description read as the object of a verb of going that takes none)
            out |= {t.i for t in token.subtree}
    # "led by Yermak, head of President Zelensky's office": whose office a person heads is
    # no party of the contact the person takes part in
    for token in clause:
        if token.dep_ == "appos" and token.pos_ == "NOUN" and \
                (token.head.ent_type_ == "PERSON" or token.head.pos_ == "PROPN") and \
                trigger.i not in {t.i for t in token.subtree}:
            out |= {t.i for c in token.subtree if c.dep_ == "poss" and c.head.pos_ == "NOUN"
                    for t in c.subtree}
    return out


PRESSURE_NOUNS = {"pressure", "threat", "protest", "protests", "criticism", "sanctions"}
# nouns of a standing bond between sides: whom they join is no party of a contact beside them
RELATION_NOUNS = {"relationship", "relations", "ties", "rapport", "friendship", "rift",
                  "feud", "partnership", "alliance", "bond", "tension", "tensions"}


def _relations(trigger: Token, clause: Span) -> set[int]:
    """"The visit has strained the relationship between Obama and Netanyahu": the sides of a
    relation the sentence speaks of are not the contact's parties (unless the contact is told
    inside that phrase)."""
    out: set[int] = set()
    for token in clause:
        if token.pos_ == "NOUN" and token.lemma_.casefold() in RELATION_NOUNS and \
                token.i != trigger.i and trigger.i not in {t.i for t in token.subtree}:
            out |= {t.i for c in token.children if c.dep_ == "prep" and
                    c.lower_ in ("between", "with", "among") for t in c.subtree}
    return out


def _setting_of_a_refusal(trigger: Token) -> set[int]:
    """"The president will not meet with him during his visit": the visit is the setting of a
    meeting denied, so who refuses it and whom he will not meet are no hosts of the visit
    (the visit's own words still name its traveller)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or \
            trigger.head.lower_ not in ("during", "on", "in", "at"):
        return set()
    verb = trigger.head.head
    if verb.pos_ not in ("VERB", "AUX") or not (
            any(c.dep_ == "neg" for c in verb.children) or is_negated(verb)):
        return set()
    own = {t.i for t in trigger.subtree}
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "prep")
            for t in c.subtree} - own


def _under_pressure(prep: Token) -> bool:
    """"cancelled a visit to Malaysia under pressure from Saudi Arabia", "amid protests by
    …": who pushes or protests is the cause of the decision, not a party of the contact."""
    if prep.lower_ == "amid":
        return True
    return prep.lower_ in ("under", "despite", "after") and any(
        g.dep_ == "pobj" and g.lemma_.casefold() in PRESSURE_NOUNS for g in prep.children)


GROUP_SUBJECTS = {"delegation", "team", "group", "envoys", "officials"}
# contact verbs whose coordinated objects may each be a contact of their own
LEG_LEMMAS = {"meet", "speak", "talk", "call", "phone", "telephone", "host", "receive",
              "welcome", "visit"}
# words between "and" and the next counterpart: "and then with Y", "and to Y"
LEG_OPENERS = {"to", "with", "then", "later", "also", "again", ","}


def _between_them(trigger: Token) -> bool:
    """"a phone call between them": a contact noun whose parties are a pronoun alone."""
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "prep" and c.lower_ == "between" and
        any(o.dep_ == "pobj" and o.lower_ == "them" for o in c.children)
        for c in trigger.children)


def _contact_verb(trigger: Token) -> Token:
    """The verb whose subject takes part in a contact: the trigger verb itself; the verb
    holding a contact noun ("the two leaders held talks"); the verb a contact noun is the
    setting of ("their interior ministers prepared the ground at a meeting in Rome"); the
    verb a gerund's phrase hangs from ("the two watched a match before moving on to formal
    talks"). The trigger itself when none is."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return trigger
    if trigger.dep_ != "pobj":
        return _holder(trigger)
    node = trigger
    for _ in range(4):
        if node.pos_ == "VERB" or node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ == "VERB" and node.dep_ == "pcomp" and node.head.dep_ == "prep":
        return node.head.head
    if node.pos_ == "VERB" and trigger.head.lower_ in ("at", "during") and \
            trigger.head.head.i == node.i and node.lemma_.casefold() not in VERB_FORMATS:
        return node
    return trigger


def _subject_verb(verb: Token) -> Token:
    """The verb whose subject a verb shares through "to" ("the two men agreed to meet":
    "agreed"): up the infinitives that have no subject of their own."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def _pair_subject(trigger: Token) -> bool:
    """The subject of a contact verb is a pair named by number alone: "the two women", "the
    two sides", "both leaders", "the two"; or a contact noun is "between them"."""
    if _between_them(trigger):
        return True  # "days after a phone call between them": the pair just told
    trigger = _contact_verb(trigger)
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    trigger = _subject_verb(trigger)  # "the two men agreed to meet again": whose verb it is
    for child in trigger.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in ("two", "both"):
            return True
        # ("envoys from both sides", "the foreign ministers of the two countries")
        # ("the two countries' ministers")
        heads = [child, *(g for c in child.children if c.dep_ == "prep" and
                          c.lower_ in ("from", "of") for g in c.children if g.dep_ == "pobj"),
                 *(c for c in child.children if c.dep_ == "poss")]
        if _their_officials(child) or _definite_officials(child):
            return True  # "the next day their defence ministers met", "the ministers met"
        return any(_counted_as_two(h) for h in heads)
    return False


def _modifier_words(noun: Token) -> set[str]:
    """The lowercase words a noun is qualified by ("trade" in "the trade ministers")."""
    return {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}


def _definite_officials(subject: Token) -> bool:
    """"the ministers", "the trade ministers": officials named by a definite plural noun
    with nothing to say whose they are, so the ones the story has just told of."""
    return subject.tag_ == "NNS" and subject.lemma_.casefold() in OFFICIALS - {"counterpart"} \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) and all(
            c.dep_ == "det" or c.dep_ in ("amod", "compound") and c.is_lower and not c.ent_type_
            for c in subject.children)


def _subject_noun(trigger: Token) -> Token | None:
    """The subject of the verb a contact is told by (of the verb holding a contact noun)."""
    verb = _subject_verb(_contact_verb(trigger))
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


GROUP_COUNTS = {"three": 3, "four": 4, "five": 5}
# the nouns of offices below a state's leader that a counted group is named by
MINISTER_GROUP_NOUNS = {"minister", "secretary", "envoy", "negotiator", "diplomat", "deputy",
                        "ambassador"}


def _group_count(trigger: Token) -> int | None:
    """"The three met", "the three leaders held talks", "all four sat down": how many people
    the subject counts, beyond a pair (``_pair_subject``)."""
    verb = trigger
    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj") and \
            verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "the three held talks": whose talks they are
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        words = [child, *(d for d in child.children if d.dep_ in ("nummod", "det", "predet"))]
        return next((GROUP_COUNTS[w.lower_] for w in words if w.lower_ in GROUP_COUNTS), None)
    return None


def _subject_noun_in(trigger: Token, nouns: set[str]) -> bool:
    """The subject of the trigger's verb (or of the verb holding the contact noun) is one of
    ``nouns``."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.casefold() in nouns
               for c in verb.children)


def _states_counted(trigger: Token) -> bool:
    """"the three countries met", "the two nations held talks": the subject counts states."""
    return _subject_noun_in(trigger, {"country", "nation", "state", "government"})


def _countless_leaders_subject(trigger: Token) -> bool:
    """"The leaders agreed to meet again", "the presidents will meet": the subject of the
    verb at or above the trigger is "the leaders" with no count of its own."""
    verb = next((a for a in [trigger, *trigger.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    for node in (verb, *([verb.head] if verb.dep_ == "xcomp" else [])):
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c.tag_ == "NNS" and \
                    c.lemma_.casefold() in ("leader", "president", "head") and \
                    any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) and \
                    not any(d.dep_ == "nummod" or d.lower_ in ("both", "two")
                            for d in c.children)
    return False


def _ministers_counted(trigger: Token) -> bool:
    """"the five foreign ministers met", "the three envoys held talks": the subject counts
    holders of offices below a state's leader."""
    return _subject_noun_in(trigger, MINISTER_GROUP_NOUNS)


def _group_subject(trigger: Token) -> bool:
    """"They also met with …", "In a meeting with X, they reviewed …", "the delegation
    heard from …": the subject of the trigger (or of the verb governing it) is a group
    named only by a pronoun or a collective noun."""
    node = trigger
    for _ in range(3):
        for child in node.children:
            if child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if child.lower_ == "they":
                return True
            return child.lower_ in GROUP_SUBJECTS and any(
                d.lower_ == "the" and d.dep_ == "det" for d in child.children)
        if node.pos_ in ("VERB", "AUX") and node.i != trigger.i or node.head.i == node.i:
            break
        node = node.head
    return False


def _hyphenated_meeting(token: Token) -> bool:
    """The head of "sit-down" or the first word of "one-on-one" (the tokenizer splits them)
    used as a noun: a meeting."""
    if token.lower_ not in ("down", "one"):
        return False  # (asked of every token: the cheap test first)
    doc = token.doc
    if lower_run(doc, token.i - 2, token.i + 1) == "sit-down":
        return token.pos_ in ("NOUN", "PROPN")
    return lower_run(doc, token.i, token.i + 5) == "one-on-one" and \
        token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr") and \
        _pobjs_with(token)


def lower_run(doc: Doc, start: int, end: int) -> str:
    """The text of doc[start:end] in lower case with no spaces, "" past either edge."""
    if start < 0 or end > len(doc):
        return ""
    return "".join(t.lower_ for t in doc[start:end])


def _trip_of_others(trigger: Token) -> bool:
    """A contact noun called off by the subject but owned by others: "cancelled a Democratic
    congressional trip", "scrapped the lawmakers' visit"."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and \
        trigger.head.lemma_.casefold() in CALLED_OFF_LEMMAS and any(
            c.dep_ == "poss" and c.lower_ not in ("his", "her", "its", "their", "my", "our")
            or c.dep_ in ("amod", "compound") and (
                c.ent_type_ in ("NORP", "ORG") or c.lower_ in CHAMBER_ADJECTIVES or
                c.lower_ in ("parliamentary", "legislative"))
            for c in trigger.children)


def _they_subject(trigger: Token) -> bool:
    """"In a series of calls, they ironed out …", "they met": the first verb at or above the
    trigger has "they" for its subject."""
    verb = next((a for a in [trigger, *trigger.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "they"
                                    for c in verb.children)


def _shared_subjects(verb: Token) -> list[Token]:
    """The subject a verb joined to another shares ("Albanese called on Murmu and held
    talks with …", "X toured the region and was received by Y"): empty when the verb has a
    subject of its own."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    head = verb.head
    while head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        head = head.head  # "he is to be received by X and hold talks with Y": he holds them
    return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]


# homes of leaders named after a place ("his Chequers country residence", "the Mar-a-Lago estate")
RESIDENCE_NOUNS = {"residence", "retreat", "estate", "resort", "dacha", "ranch", "home", "club"}
# the rooms and buildings where leaders receive one another
MEETING_ROOMS = {"office", "palace", "residence", "house", "kremlin", "chancellery", "hall"}


def _said_to_someone_there(verb: Token) -> bool:
    """A person addressed ("told Lavrov", "presented it to Biden") and a place the words were
    said in ("in Geneva", "in the Oval Office"), by a person, with no means of distance."""
    if verb.lemma_.casefold() == "lay" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                                   for c in verb.children):
        return False  # "laid out his plan to Biden"; not "laid a wreath"
    addressees = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
        g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for g in c.children if g.dep_ == "pobj"]
    if not any(a.ent_type_ == "PERSON" for a in addressees):
        return False
    # (the place may hang on the one addressed: "to Biden in the Oval Office")
    places = [g for c in [*verb.children, *(c for a in addressees for c in a.children)]
              if c.dep_ == "prep" and c.lower_ in ("in", "at")
              for g in c.children if g.dep_ == "pobj"]
    if not any(g.ent_type_ in ("GPE", "FAC") or g.lemma_.casefold() in MEETING_ROOMS
               for g in places):
        return False
    means = {"phone", "call", "telephone", "letter", "message", "statement", "speech",
             "interview", "video", "post", "tweet", "address", "conference"}
    if any(t.lemma_.casefold() in means for t in verb.subtree):
        return False  # ("told Xi in a call", "warned Putin in a speech in Kyiv")
    return _person_subject(verb)


def _person_subject(verb: Token) -> bool:
    """The verb's subject (its own, or the one a joined verb shares) is a person: a name, a
    personal pronoun or an office ("the secretary saw …"), not a state or a thing."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or _shared_subjects(verb)
    return any(s.ent_type_ == "PERSON" or s.lower_ in ("he", "she", "i", "we") or
               s.pos_ == "PROPN" and s.ent_type_ not in ("GPE", "ORG", "NORP", "LOC") or
               _office_guest(s) for s in subjects)


def _counted_as_two(word: Token) -> bool:
    """"the two leaders", "both sides": a word counted as a pair by "two" or "both"."""
    return any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet")
               for c in word.children)


def _pair_noun(noun: Token) -> bool:
    """"the two leaders", "both men": a noun counted as a pair."""
    return noun.pos_ == "NOUN" and _counted_as_two(noun)


def _their_officials_subject(trigger: Token) -> bool:
    """"their foreign ministers met": the subject of the contact verb is the pair's own
    officials, not named."""
    verb = _subject_verb(_contact_verb(trigger))
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and _their_officials(c) for c in verb.children)


# "the two governments will hold a meeting": a pair named as states, whatever people the
# contact told before them had
STATE_PAIR_NOUNS = {"government", "country", "nation", "state", "capital"}


def _states_counted_as_two(trigger: Token) -> bool:
    """The contact's subject is a pair of states counted by number ("the two governments",
    "both countries")."""
    verb = _subject_verb(_contact_verb(trigger))
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.casefold() in STATE_PAIR_NOUNS and
               _counted_as_two(c) for c in verb.children)


def _their_officials(subject: Token) -> bool:
    """"their foreign ministers", "their envoys": a pair's own officials, unnamed."""
    return subject.tag_ == "NNS" and subject.lemma_.casefold() in OFFICIALS and any(
        d.lower_ == "their" and d.dep_ == "poss" for d in subject.children)


def _they_hold(trigger: Token) -> bool:
    """"They met in Berlin", "they held talks": "they" is the subject of the contact verb
    itself (or of the verb holding the contact noun), not of a verb further up ("they can
    turn this channel into visits")."""
    verb = trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and \
            trigger.head.head.pos_ == "NOUN":
        verb = trigger.head.head  # "they held ninety minutes of talks"
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj" and \
            verb.head.lemma_.casefold() in CALL_HOLDERS:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "they" for c in verb.children)


def _misparsed_subject(trigger: Token) -> bool:
    """A finite contact verb the parser left without a subject, hung as a conjunct of a
    phrase before it."""
    return trigger.pos_ == "VERB" and trigger.tag_ in ("VBD", "VBZ", "VBP") and \
        trigger.dep_ == "conj" and trigger.head.pos_ not in ("VERB", "AUX") and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)


def _grown_gathering(earlier: list[Contact], hosted: list[str], parties: list[str], fmt: str
                     ) -> Contact | None:
    """An earlier in-person contact with the same organisation whose attendees are all among
    these parties: the same gathering, named again with more attendees."""
    in_person = {"meeting", "summit", "visit"}
    for contact in reversed(earlier):
        if fmt in in_person and contact.format in in_person and \
                set(hosted) <= set(contact.participants) < set(parties):
            return contact
    return None


def _named_body_of(noun: Token) -> Span | None:
    """The name after "of" that a gathering noun is named for ("the first summit of the
    Alliance of Sahel States", "a meeting of the Quad"), if the noun has one."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for name in prep.children:
                # (a body's name, not a person's: "the visit of Mr. President of the United
                # States")
                if name.dep_ == "pobj" and name.pos_ == "PROPN" and \
                        name.ent_type_ in ("ORG", "FAC", "EVENT"):
                    return noun.doc[name.left_edge.i:name.right_edge.i + 1]
    return None


def _gathering_again(earlier: list[Contact], hosted: list[str], fmt: str, status: str | None,
                     year: str | None) -> Contact | None:
    """The latest in-person contact with these organisations, of the same status when the
    mention states one and of the year it names."""
    in_person = {"meeting", "summit", "visit"}
    for contact in reversed(earlier):
        if fmt not in in_person or contact.format not in in_person or \
                not set(hosted) <= set(contact.participants) or \
                len(contact.participants) <= len(hosted):
            continue
        if status and contact.status != status or year and contact.date and \
                not contact.date.startswith(year):
            return None
        return contact
    return None


def _stop_places(trigger: Token) -> list[Token]:
    """"stops in Estonia and Germany": the prepositions naming the states stopped in."""
    return [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
            and any(g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in c.children)]


def _stops_to_meet(trigger: Token) -> bool:
    """Stops made to meet or visit people are visits; stops "to review" a programme are
    legs of a journey."""
    verbs = [*trigger.children, *trigger.head.children]
    return any(v.dep_ in ("advcl", "xcomp", "acl", "relcl") and v.lemma_ in ("meet", "visit")
               for v in verbs)


def _advised(trigger: Token) -> bool:
    """The subject of advice or obligation ("the discussion should avoid …")."""
    return trigger.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in trigger.head.children)


def _reports_an_exchange(trigger: Token) -> bool:
    """A generic noun ("conversation", "discussion", "contact") reports a contact of its own
    when it names a counterpart ("a conversation with Putin") or is had or held by someone
    ("the two held a discussion")."""
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "between"):
            return True
        if c.dep_ in ("poss", "compound", "nmod") and (c.pos_ == "PROPN" or c.lower_ in (
                "their", "his", "her")):
            return True  # "the Putin/Biden conversation", "their conversation"
        if c.dep_ == "relcl" and c.lemma_ in ("have", "hold"):
            return True  # "the conversation the men will have"
        if c.dep_ in ("compound", "amod") and c.lower_ in ("phone", "telephone", "telephonic",
                                                          "video"):
            return True  # "in a telephone conversation, X and Y discussed …": a call
    return trigger.dep_ == "dobj" and trigger.head.lemma_ in ("have", "hold", "conduct")


# how many paragraphs after the latest contact "X joined them" may still add X to it
JOIN_REACH = 2
TALK_LEMMAS = {"negotiation", "discussion", "talk", "talks", "conversation"}
# nouns that treat talks as a matter of record or of someone's conduct ("his role in the
# negotiations", "knowledge of the discussions"), not as something held
MATTER_NOUNS = {"role", "involvement", "length", "knowledge", "detail", "details", "record",
                "account", "information", "news", "secrecy", "existence", "content",
                "contents", "nature", "transcript", "notes", "leak", "leaks", "memo",
                "testimony", "question", "questions", "inquiry", "investigation", "probe"}


def _talks_as_a_matter(trigger: Token) -> bool:
    """Talks that name no party of their own and are only a matter something else is about or
    belongs to: "lied about negotiations over a deal", "his role in the discussions",
    "the length of the negotiations", "briefed them about the negotiations". Without an
    earlier contact they refer to, such a phrase reports no talks of its own (a clause-wide
    guess at the parties picks up whoever the sentence is about). "Took part in talks", "a
    round of talks", "progress in the talks" still place someone at them."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or \
            trigger.lemma_.casefold() not in TALK_LEMMAS and trigger.lower_ not in TALK_LEMMAS:
        return False
    prep = trigger.head
    if prep.lower_ in TOPIC_PREPS:
        return True  # talks as what is said, asked or lied about
    owner = prep.head
    return owner.pos_ in ("NOUN", "PROPN") and (owner.lemma_.casefold() in MATTER_NOUNS or
                                                 owner.lower_ in MATTER_NOUNS)


def _possessive_time(trigger: Token, published: str | None) -> str | None:
    """The time a contact noun's possessive gives it ("next year's summit", "Friday's
    talks"), resolved against the publication date; None without one."""
    if trigger.pos_ not in ("NOUN", "PROPN") or not published:
        return None
    owner = next((c for c in trigger.children if c.dep_ == "poss" and c.ent_type_ == "DATE"),
                 None)
    if owner is None:
        return None
    words = " ".join(t.text for t in owner.subtree if t.dep_ != "case").casefold()
    # (a year alone is no date for dates.resolve_date; here only which year matters)
    shift = {"last year": -1, "this year": 0, "next year": 1}.get(words)
    if shift is not None:
        return str(int(published[:4]) + shift)
    return resolve_date(words, published, future=words.startswith("next"))


def _own_year(trigger: Token) -> str | None:
    """The year a contact noun carries in its own phrase ("the 2022 Madrid Summit"), or a
    verb after it ("last met in 2018")."""
    for child in trigger.children:
        if child.i < trigger.i and child.dep_ != "poss" and trigger.pos_ != "VERB":
            # "the 2022 Madrid Summit", "Obama's landmark 2012 visit" (hung on 'landmark')
            for token in child.subtree:
                if re.fullmatch(r"(?:19|20)\d\d", token.text):
                    return token.text
        if child.dep_ == "prep" and child.lower_ == "in" and child.i > trigger.i:
            # "my first meeting with him in 2011", "a visit in December 2011"
            for obj in child.children:
                if obj.dep_ == "pobj" and re.fullmatch(r"(?:19|20)\d\d", obj.text):
                    return obj.text
                years = [t.text for t in obj.children
                         if t.dep_ in ("nummod", "npadvmod", "appos") and
                         re.fullmatch(r"(?:19|20)\d\d", t.text)]
                if obj.dep_ == "pobj" and obj.ent_type_ == "DATE" and years:
                    return years[0]
    return None


def _names_the_venue(span: Span, entry: object) -> bool:
    """A capital city set before a contact noun ("the Vilnius Summit", "the Geneva
    meeting") names where it meets; the state's own name ("the U.S.-Russia summit") names
    a party."""
    capitals = {c.casefold() for c in getattr(entry, "capitals", [])}
    if span.text.casefold().removeprefix("the ") not in capitals:
        return False
    last = span[-1]  # "the Vilnius": the article and the name both hang from the noun
    head = last.head
    return last.dep_ in ("compound", "nmod", "amod") and \
        head.lower_ in set(NOUN_FORMATS)


def _theirs(trigger: Token) -> bool:
    """A gathering reached through a noun "their …" ("their talks at the NATO meeting")."""
    node = trigger
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return False
        if any(c.dep_ == "poss" and c.lower_ == "their" for c in node.children):
            return True
    return False


def _new_clause_at(doc: Doc, k: int) -> bool:
    """", and the United States … will": a comma and a conjunction opening a clause with its
    own subject, not the last item of a list of counterparts."""
    if doc[k].text != "," or k + 2 >= len(doc) or doc[k + 1].dep_ != "cc":
        return False
    j = k + 2
    if doc[j].dep_ == "det" and j + 1 < len(doc):
        j += 1
    node = doc[j]
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass")


def _named_in(trigger: Token) -> set[str]:
    """The actors the trigger's sentence names by (part of) their own name ("Biden", "Lloyd
    Austin"), not only by a title ("the president") or a pronoun."""
    sent = trigger.sent
    out = set()
    for m in trigger.doc._.actor_mentions or []:
        if sent.start_char <= m.start < sent.end_char and \
                set(re.findall(r"[\w'-]+", m.text)) & set(m.actor.split()):
            out.add(m.actor)
    return out


def _describes_person(span: Span) -> bool:
    """A demonym or country that only qualifies a person ("Ukrainian President Zelenskyy",
    "President Zelenskyy of Ukraine", "Russian Minister of Defense Sergey Shoygu")."""
    if span[-1].head.lower_ in NOUN_FORMATS and span[-1].dep_ in ("compound", "nmod"):
        return False  # "the NATO Defense Ministerial": the gathering's owner
    # (joined without a space: "SHANGHAI — New Zealand Prime Minister …" is a dateline's dash)
    if span.end < len(span.doc) and span.doc[span.end].text in HYPHENS and \
            not span.doc[span.end - 1].whitespace_ or \
            span.start > 0 and span.doc[span.start - 1].text in HYPHENS and \
            not span.doc[span.start - 1].whitespace_:
        return False  # "Russia-Ukraine talks": a pair of sides, not a person's description
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i and root.head.i < root.i:
        root = root.head  # "the Chinese and Russian foreign ministers": as the first one
    head = root.head
    # a singular title ("Russian President"); "Russian officials" are the state's people
    personal = head.ent_type_ == "PERSON" or head.lower_.rstrip(".") in TITLE_WORDS and \
        head.tag_ not in ("NNS", "NNPS")
    if root.dep_ in ("compound", "amod", "nmod") and (personal or head.pos_ == "PROPN" and
                                                      head.tag_ != "NNPS" and
                                                      head.lower_ not in ("allies", "ally")):
        return True  # "Russian President Putin" (not "NATO Allies": the alliance itself)
    if root.dep_ in ("compound", "amod") and head.tag_ == "NN" and \
            head.lemma_.casefold() in OFFICIALS and head.dep_ == "compound" and \
            (head.head.ent_type_ == "PERSON" or head.head.pos_ == "PROPN"):
        return True  # "Palestinian negotiator Saeb Erakat", "Russian envoy Vasily Nebenzia"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and (
            root.head.head.ent_type_ == "PERSON" or root.head.head.pos_ == "PROPN"):
        return True
    if root.dep_ == "poss" and root.head.pos_ in ("PROPN", "NOUN") and \
            root.head.lower_ in ("president", "minister", "leader", "secretary"):
        return True
    if root.dep_ == "poss" and root.head.ent_type_ == "PERSON" and root.head.pos_ == "PROPN":
        return True  # "New Zealand's Christopher Luxon": whose leader he is
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if root.head.tag_ in ("NNS", "NNPS") and root.dep_ in ("compound", "amod", "nmod") and \
            root.head.lemma_.casefold() in OFFICIALS:
        return False  # "NATO foreign ministers": the body's people, the body takes part
    return nxt is not None and nxt.lower_ in ("president", "minister", "leader", "foreign",
                                             "defense", "defence", "prime", "secretary")


# people who are of a state without standing for it: its demonym before them names no side
NON_STATE_GROUPS = {"insurgent", "rebel", "militant", "opposition", "protester", "protestor",
                    "demonstrator", "activist", "dissident", "exile", "refugee", "civilian",
                    "journalist", "student", "separatist", "jihadist", "fighter", "militia",
                    "militiaman", "tribesman", "hostage", "detainee", "prisoner", "defector",
                    "insurgency", "guerrilla", "extremist", "gunman",
                    # firms and their people: "talks with Chinese battery makers" are business
                    "maker", "manufacturer", "producer", "company", "firm", "carmaker",
                    "automaker", "lender", "investor", "exporter", "importer", "supplier",
                    "executive", "shareholder", "buyer", "businessman", "businessmen"}


def _labels_a_non_state_group(span: Span) -> bool:
    """A demonym or state name modifying a group outside its government ("some Iraqi
    insurgents", "Syrian rebels", "Libyan protesters")."""
    root = span.root
    if span.end < len(span.doc) and span.doc[span.end].lower_ == "shadow":
        return True  # "Myanmar shadow government": the opposition's, not the state's
    return root.dep_ in ("amod", "compound", "nmod") and \
        root.head.lemma_.casefold() in NON_STATE_GROUPS


def _next_word(token: Token) -> str:
    doc = token.doc
    return doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""


# verbs that make the plan they take a proposal, not a schedule ("backed a plan to meet X")
PROPOSING_LEMMAS = {"back", "support", "endorse", "approve", "propose", "pitch", "float",
                    "suggest", "reject", "oppose", "discuss", "consider", "weigh", "draft",
                    "devise", "hatch", "promote", "push", "favor", "favour"}
PLAN_NOUNS = {"plan", "idea", "scheme", "proposal", "option", "blueprint"}


def _infinitive_sibling(trigger: Token) -> Token | None:
    """The infinitive a bare verb continues when the parser hung it elsewhere ("a plan to
    visit Russia, meet Putin and …": "meet" made a conjunct of the main verb)."""
    if trigger.tag_ != "VB" or trigger.dep_ != "conj" or trigger.head.tag_ == "VB" or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in trigger.children):
        return None
    for k in range(trigger.i - 1, trigger.sent.start - 1, -1):
        token = trigger.doc[k]
        if token.i == trigger.head.i:
            return None  # the head comes first: an ordinary conjunct
        if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                      for c in token.children):
            return token
    return None


def _proposed(trigger: Token) -> bool:
    """A contact that is the content of a plan someone backs, floats or rejects ("Trump
    backed a plan to visit Russia and meet Putin"): a proposal, not a scheduled contact."""
    for token in list(trigger.ancestors)[:4]:
        if token.pos_ == "NOUN" and token.lemma_.casefold() in PLAN_NOUNS:
            return token.dep_ in ("dobj", "nsubjpass") and \
                token.head.lemma_.casefold() in PROPOSING_LEMMAS
    return False


# prepositions and conjunctions that open a participle whose doer is the clause's subject
GERUND_OPENERS = frozenset({"in", "while", "after", "before", "when", "since", "by"})


def _participle_governor(trigger: Token) -> Token | None:
    """The verb a participle trigger is governed by: the clause it hangs from ("When meeting
    Xi, she must …") or the verb of the preposition that opens it ("In talking with Putin,
    Biden has to …"); None for other triggers."""
    if trigger.tag_ != "VBG":
        return None
    if trigger.dep_ == "advcl":
        governor = trigger.head
    elif trigger.dep_ == "pcomp" and trigger.head.lower_ in GERUND_OPENERS:
        governor = trigger.head.head
    else:
        return None
    return governor if governor.pos_ in ("VERB", "AUX") else None


# verbs that judge someone for a deed ("criticized the president for meeting Xi")
JUDGED_FOR_LEMMAS = {"criticize", "criticise", "praise", "thank", "blame", "fault", "attack",
                     "slam", "blast", "condemn", "chide", "rebuke", "commend", "applaud", "hail",
                     "congratulate", "scold", "mock", "lambaste", "berate"}


def _judged_for(trigger: Token) -> Token | None:
    """The verb of judging whose "for" phrase holds the gerund trigger ("Republicans
    criticized the president for meeting Xi"), if any."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "pcomp" or trigger.head.lower_ != "for":
        return None
    verb = trigger.head.head
    return verb if verb.lemma_.casefold() in JUDGED_FOR_LEMMAS else None


def _participle_doer(trigger: Token) -> set[int]:
    """"Speaking with Putin by phone, Biden warned …", "After meeting Putin in Geneva, Biden
    said …": a participle with no subject of its own is done by the subject of the clause it
    opens (its tokens; none for other triggers). "Criticized the president for meeting Xi":
    the one judged did the deed."""
    judging = _judged_for(trigger)
    if judging is not None:
        return {t.i for c in judging.children if c.dep_ == "dobj" for t in c.subtree}
    governor = _participle_governor(trigger)
    if governor is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return set()
    if governor.i < trigger.i:
        return set()  # (only a participle that opens its clause, before the verb)
    return {t.i for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree}


def _gerund_under_an_obligation(trigger: Token) -> bool:
    """"In talking with Putin, Biden has to avoid …", "When meeting Xi, she must raise …":
    the talk is the setting of an advice or duty, not a contact the article reports."""
    verb = _participle_governor(trigger)
    if verb is None:
        return False
    must = any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought")
               for c in verb.children)
    has_to = verb.lemma_.casefold() in ("have", "need") and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children)
    return must or has_to


def _is_hypothetical(trigger: Token, clause: Span) -> bool:
    if trigger.pos_ in ("NOUN", "PROPN"):
        # "either could pick up the phone", "might hold talks": a possibility, not a contact
        # ("would hold talks next month" is often a plan told in reported speech)
        return _noun_is_hypothetical(trigger, clause) or (
            trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "can")
                for c in trigger.head.children))
    sibling = _infinitive_sibling(trigger)
    if sibling is not None and _is_hypothetical(sibling, clause):
        return True
    if _gerund_under_an_obligation(trigger):
        return True
    if _proposed(trigger):
        return True
    if any(c.dep_ == "neg" or c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in ("nobody", "none", "noone") or
            any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
           for c in trigger.children):
        # "will not meet with Netanyahu", "nobody negotiated with him", "no senator had
        # called him"
        return True
    if trigger.dep_ == "ccomp" and trigger.head.lemma_.casefold() in \
            APPEAL_LEMMAS - {"call"} | {"urge", "want", "insist"}:
        return True  # "Kyiv demands Red Cross visit the prison"
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children) and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return True  # "called for Ukraine and Russia to negotiate", "time for them to meet"
    if trigger.dep_ in ("acl", "relcl", "xcomp") and \
            trigger.head.lemma_.casefold() in CHANCE_NOUNS and _accepter(trigger) is None:
        return True  # "an invitation to meet", "declined an opportunity to meet with him"
    if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in trigger.head.children):
        return True  # "has no plans to meet Chinese officials", "no intention to travel"
    chain = [trigger]
    for ancestor in list(trigger.ancestors)[:4]:
        below = chain[-1]
        if below.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass")
                                        for c in below.children):
            break  # "the speaker pushed it through and then Obama negotiated": its own clause
        if below.dep_ == "advcl" and below.tag_ in ("VBZ", "VBP", "VBD") and any(
                c.dep_ == "mark" and c.lower_ in ("while", "as", "because", "before", "after",
                                                  "since", "when") or
                # ("urged him to press Putin when they meet": the urging is about the act)
                c.dep_ == "advmod" and c.lower_ == "when" and (
                    below.tag_ == "VBD" or  # ("When Biden telephoned Putin, he proposed …")
                    below.head.lemma_.casefold() in WISH_LEMMAS | APPEAL_LEMMAS or
                    any(g.dep_ == "aux" and g.lower_ == "to" for g in below.head.children))
                for c in below.children) and (not any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") or
                # ("should meet NATO leaders before he sits down with Putin": the advice
                # covers the time it names)
                c.dep_ == "aux" and c.lower_ in ("should", "must", "ought")
                for a in below.ancestors for c in a.children) or _past_aside(below)):
            # "may be reluctant to act while Kerry negotiates with Russia", "before he met
            # them, he rejected the offer": a fact of its own
            break
        if below.dep_ == "relcl" and below.tag_ == "VBD" and any(
                c.dep_ == "advmod" and c.lower_ == "when" for c in below.children):
            # "would be their first since March 2022, when Mitsotakis travelled to
            # Istanbul": a past fact told on a date, whatever the sentence supposes
            break
        if below.i != trigger.i and below.dep_ in ("nsubj", "nsubjpass"):
            # "X called Y on Monday and urged him to …" parsed with "called" hung on its own
            # subject: what the subject's verb wishes is not the call
            break
        chain.append(ancestor)
    told = _reported_future(trigger)
    for token in chain:
        for child in token.children:
            if child.lower_ in HYPOTHETICAL_WORDS and child.dep_ in ("aux", "mark", "advmod"):
                if told and child.lower_ == "would" and token.i == trigger.i:
                    continue  # "said Biden would speak with Putin on Thursday"
                if child.lower_ == "would" and _future_of_being_there(trigger) and \
                        token.i == trigger.head.i:
                    continue  # "said he would be in Geneva negotiating with Iran"
                return True
            if token.i != trigger.i and token.pos_ in ("NOUN", "PROPN") and \
                    child.dep_ == "advcl" and any(c.lower_ in ("if", "unless") and
                                                  c.dep_ == "mark" for c in child.children):
                return True  # "no point in Biden meeting Putin unless …"
        if token.i != trigger.i and (token.lemma_.casefold() in WISH_LEMMAS or
                                     token.lower_ in HOPE_FORMS):
            return True
        if token.i != trigger.i and token.lemma_.casefold() in APPEAL_LEMMAS - {"call"} and \
                trigger.dep_ == "xcomp" and trigger.head.i == token.i:
            return True  # "asked to meet Putin", "offered to hold talks"
        if token.i != trigger.i and _calls_on(token) and \
                any(b.dep_ == "xcomp" and b.head.i == token.i for b in chain):
            return True  # "called on Ethiopia and Eritrea to hold talks": an appeal, no call
        if token.i != trigger.i and any(c.dep_ == "acomp" and c.lemma_.casefold() in
                                        WISH_LEMMAS for c in token.children):
            return True  # "Biden is open to speaking with Putin", "ready to meet"
    for child in trigger.children:
        if child.lower_ in ("any", "no", "every", "each") and child.dep_ == "det":
            # "any such meeting", "no meeting"; "every call with the Kremlin should …": a rule,
            # not a contact
            return True
        if child.dep_ == "advcl" and any(c.lower_ in ("if", "unless") and c.dep_ == "mark"
                                         for c in child.children):
            return True  # "speaking with Putin if doing so would help"
    return clause.text.rstrip().endswith("?")


def _past_aside(verb: Token) -> bool:
    """A past verb in an "as"/"while" clause set off by a comma: a fact told beside the
    sentence, whatever condition the parser hung it on ("told them Rome would act if the
    shipments continued, as Erdogan received him in Ankara")."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("as", "while")]
    return verb.tag_ == "VBD" and bool(marks) and marks[0].i > 0 and \
        verb.doc[marks[0].i - 1].text == "," and not any(
            c.dep_ == "aux" for c in verb.children)


ACCEPT_LEMMAS = {"accept", "take"}


def _accepter(trigger: Token) -> Token | None:
    """The verb that accepts the invitation or offer a contact verb completes ("has accepted
    an invitation to meet Kim", "took up the offer to visit"), unless it is negated or itself
    a wish; the contact is then planned, with the accepter's subject among its parties."""
    chance = trigger.head
    if trigger.dep_ not in ("acl", "relcl", "xcomp") or \
            chance.lemma_.casefold() not in CHANCE_NOUNS or chance.dep_ != "dobj":
        return None
    verb = chance.head
    if verb.lemma_.casefold() not in ACCEPT_LEMMAS or \
            verb.lemma_.casefold() == "take" and not any(c.lower_ == "up" for c in verb.children):
        return None
    if _verb_chain_is_hypothetical(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


def _accepted_chance(chance: Token) -> bool:
    """"accepted the offer", "took up the invitation" (not negated, not itself wished)."""
    verb = chance.head
    if chance.dep_ != "dobj" or verb.lemma_.casefold() not in ACCEPT_LEMMAS or \
            verb.lemma_.casefold() == "take" and not any(c.lower_ == "up" for c in verb.children):
        return False
    return not _verb_chain_is_hypothetical(verb) and not any(c.dep_ == "neg"
                                                            for c in verb.children)


def _names_a_person(noun: Token) -> bool:
    """A common noun with a person's name in apposition ("its rival, Prime Minister Abe",
    "regional rival Japan's Prime Minister Shinzo Abe")."""
    return any(c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and any(
        g.ent_type_ == "PERSON" for g in c.subtree)) for c in noun.children)


def _verb_chain_is_hypothetical(verb: Token) -> bool:
    for token in [verb, *list(verb.ancestors)[:3]]:
        if token.lemma_.casefold() in WISH_LEMMAS and token.i != verb.i:
            return True
        if any(c.lower_ in HYPOTHETICAL_WORDS and c.dep_ in ("aux", "mark")
               for c in token.children):
            return True
    return False


def _said_that(trigger: Token, clause: Token) -> bool:
    """"told the Democrats in a meeting that Republicans need to act": a "that" clause the
    parser hung on the contact noun is what was said in it, not a wish about it."""
    said = trigger.dep_ == "pobj" and trigger.head.head.lemma_.casefold() in REPORT_LEMMAS
    return said and clause.left_edge.lower_ == "that"


# adjectives that leave a contact noun a mere possibility ("a possible visit", "a potential
# summit", "a hypothetical meeting")
HEDGED_CONTACT_WORDS = {"possible", "potential", "hypothetical", "prospective", "eventual",
                        "conceivable", "mooted", "rumoured", "rumored", "speculated"}


# verbs that tell a contact coming about ("a meeting could follow", "talks may resume")
HAPPEN_LEMMAS = {"follow", "happen", "occur", "take", "come", "resume", "materialize",
                 "materialise", "go"}


def _noun_is_hypothetical(trigger: Token, clause: Span) -> bool:
    """A named meeting is real even under a modal ("the summit should be about …"); it is a
    wish when it is the object of one ("would like a meeting", "any such meeting")."""
    for child in trigger.children:
        if child.lower_ in ("any", "no", "every", "each") and child.dep_ == "det":
            return True  # ("every call with the Kremlin should …": a rule, not a contact)
        if child.dep_ == "amod" and child.lower_ in HEDGED_CONTACT_WORDS:
            return True  # "speculation about a possible visit by Putin": maybe, not arranged
    for child in trigger.subtree:
        if child.dep_ == "relcl" and any(
                c.lemma_ in WISH_LEMMAS or c.lower_ in ("would", "could", "should")
                for c in child.subtree) and not _said_that(trigger, child):
            return True  # "a meeting between Biden and Putin, which Putin would like"
    if _asked_for(trigger):
        return True
    # ("declined an invitation to meet them during his trip": the trip is the setting, real)
    setting = trigger.dep_ == "pobj" and trigger.head.lower_ in PLACE_TIME_PREPS
    for ancestor in [] if setting else list(trigger.ancestors)[:4]:
        if ancestor.pos_ == "NOUN" and ancestor.lemma_.casefold() in OFFERED_CHANCES and \
                ancestor.dep_ in ("dobj", "nsubj", "nsubjpass") and \
                not _accepted_chance(ancestor):
            # "offered him an opportunity to balance the invitation with a private meeting":
            # the meeting is what was offered
            return True
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("acl", "relcl"):
            break  # (a verb of its own owns the noun: "a chance to see what the talks did")
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ in ("of", "for") and \
            head.head.lemma_.casefold() in CHANCE_NOUNS and not _accepted_chance(head.head):
        return True  # "rejected Trump's offer of talks", "a proposal for a summit"
    if trigger.dep_ in ("nsubj", "nsubjpass") and not _is_definite(trigger) and \
            head.lemma_.casefold() in HAPPEN_LEMMAS and any(
            c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in head.children) \
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children):
        # "A meeting at the leaders' level could follow", "talks may resume": only possible
        # (not "the upcoming summit could become a step forward", a named one judged)
        return True
    if trigger.dep_ == "nsubj" and not _is_definite(trigger) and \
            head.pos_ in ("VERB", "AUX") and head.lemma_.casefold() not in HAPPEN_LEMMAS and \
            any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in
                head.children) and not _reported_future(head) and \
            not any(c.dep_ == "auxpass" for c in head.children) and \
            not clause.text.rstrip().endswith("?"):
        # "A meeting of the three ministers with their counterpart would send a signal":
        # what a contact would do, so one only imagined ("a summit would be held" is a plan;
        # a question asks about one told before: "Did anyone think a meeting between Macron
        # and Scholz would settle it?")
        return True
    if trigger.dep_ in ("dobj", "pobj") and not _is_definite(trigger):
        verb = head if trigger.dep_ == "dobj" else head.head
        # ("told Xi that trade must be fair, at a meeting": the telling's setting)
        verb = _address_set_off(trigger, verb) or verb
        modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        # ("said the leaders could be invited for a meeting": told or not, only possible)
        if modals & {"would", "could", "might", "should", "must"} and not (
                _reported_future(verb) and not modals & {"could", "might"}) and \
                not _calls_off(verb):  # ("should cancel Putin meeting": a real plan)
            # "would engage in a discussion": an offer, not an arrangement; "must mediate
            # peace talks": a demand
            return True
    if trigger.dep_ == "dobj" and head.lemma_.casefold() in PROSPECT_LEMMAS and \
            not _is_definite(trigger):
        return True  # "enough to justify a meeting between the presidents": a prospect
    if head.lower_ == "on" and trigger.dep_ == "pobj" and trigger.lower_ in ("phone", "call"):
        # "needs to be on the phone with X": the idiom reads like the verb "speak"
        return _verb_chain_is_hypothetical(head.head)
    # "hopes for a meeting", "would like talks"; not "urged Putin in a call" (where the call
    # was held, the wish is something else)
    if trigger.dep_ == "dobj" and head.lemma_ in WISH_LEMMAS or trigger.dep_ == "pobj" and \
            head.lower_ not in PLACE_TIME_PREPS and (head.lemma_ in WISH_LEMMAS or
                                                     head.head.lemma_ in WISH_LEMMAS):
        return True
    # "offered to host talks", "wants to hold a summit": the verb that takes the noun is
    # itself wished, offered or asked for
    taker: Token | None = head if trigger.dep_ == "dobj" else head.head if \
        trigger.dep_ == "pobj" and head.lower_ not in PLACE_TIME_PREPS else None
    if taker is not None and _calls_off(taker):
        # "urged Trump to cancel his summit with Putin": the wish is to call it off, so the
        # summit itself is a real plan
        return False
    if taker is not None and taker.pos_ in ("NOUN", "PROPN") and \
            taker.dep_ in ("dobj", "pobj") and (head.lower_ == "of" or trigger.dep_ == "dobj"):
        # "to accept a new round of talks": the verb that takes the noun's phrase
        taker = taker.head if taker.dep_ == "dobj" else None
    if trigger.dep_ == "pobj" and head.lower_ == "in" and (
            head.head.lemma_.casefold() in ("participate", "join") or
            head.head.lemma_.casefold() == "take" and
            any(c.lower_ == "part" for c in head.head.children)):
        taker = head.head  # "take part in a summit", "participate in talks"
    if taker is not None and _wished_clause(taker):
        # ("called on Ethiopia and Eritrea to hold talks": an appeal; "hopes to host talks",
        # "wants Xi to attend a conference", "press Putin … to accept a round of talks",
        # "asked that Turkey take part in a summit")
        return True
    # "if Trump oversteps … and abandons negotiations with Congress": a conjunct verb shares
    # the condition of the first
    takers = [head, head.head] if head.dep_ == "conj" else [head]
    if any(t.lower_ in ("if", "unless", "whether") and t.dep_ == "mark"
           for verb in takers for t in verb.children):
        return True
    if trigger.dep_ == "dobj" and any(t.lower_ in ("how", "whether") and
                                      t.dep_ in ("advmod", "mark") for t in head.children) \
            and any(t.dep_ == "aux" and t.lower_ == "to" for t in head.children):
        return True  # "views on how to handle the talks with Iran": a question, not a report
    # "no point in a meeting with Putin unless …": the verb governing the noun is conditional
    governing = next((a for a in list(trigger.ancestors)[:3] if a.pos_ in ("VERB", "AUX")), None)
    return governing is not None and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") and
                                  not (m.i > 0 and m.doc[m.i - 1].lower_ == "even")
                                  for m in c.children)
        for c in governing.children)


def _wished_clause(verb: Token) -> bool:
    """The verb heads a clause of what someone wishes, urges or asks for: an infinitive under
    a verb of wishing or appealing ("hopes to host", "wants Xi to attend", "pressed Putin to
    keep grain moving and to accept …") or a that-clause under a verb of asking ("asked that
    Turkey take part")."""
    if verb.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head  # the first of joined infinitives
    infinitive = verb.dep_ == "xcomp" or verb.dep_ in ("ccomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    governor = verb.head
    lemma = governor.lemma_.casefold()
    # (a that-clause under a verb of asking is what is asked for, whatever its verb's form)
    asked = verb.dep_ == "ccomp" and lemma in APPEAL_LEMMAS - {"call", "offer"} | {
        "urge", "insist"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    if not (infinitive or asked):
        return False
    if verb.dep_ == "advcl" and lemma not in APPEAL_LEMMAS | {"urge"}:
        return False  # ("flew to Paris to attend the summit": what the trip was for)
    return lemma in WISH_LEMMAS | (APPEAL_LEMMAS - {"call"}) | {"insist"} or \
        governor.lower_ in HOPE_FORMS or _calls_on(governor)


def _calls_on(verb: Token) -> bool:
    """"called on X to …", "calls upon both sides to …": an appeal, not a phone call."""
    return verb.lemma_.casefold() == "call" and any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children)


# verbs whose object is a contact only in prospect ("justify a meeting", "warrant talks")
PROSPECT_LEMMAS = {"justify", "warrant", "merit", "deserve", "enable", "allow", "permit"}


def _calls_off(verb: Token) -> bool:
    """"cancel", "postpone", "nix", "call off": a verb that calls a planned contact off."""
    lemma = verb.lemma_.casefold()
    return lemma in CALLED_OFF_LEMMAS - {"block", "deny", "veto"} or lemma == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


# nouns of calling a contact off: "the cancellation of the summit"
CALLING_OFF_NOUNS = {"cancellation", "postponement", "cancelling", "scrapping", "delay"}
# a day a contact is put back to: "postponed the talks to March 3", "until next week"
NEW_DAY_PREPS = {"to", "until", "till", "for"}
# verbs over a call-off that leave it undone: "urged Trump to cancel", "threatened to scrap"
UNDONE_CALL_OFF = WISH_LEMMAS | APPEAL_LEMMAS | {"threaten", "consider", "weigh", "mull",
                                                   "warn"} - {"refuse", "decline",
                                                                     "reject", "fail"}

# verbs over an infinitive call-off that make it done: "decided to cancel the talks"
DONE_CALL_OFF = {"decide", "choose", "opt", "agree", "vote", "move", "elect"}


def _hosted_leaders(trigger: Token) -> str | None:
    """"hosted the leaders of A, B and C (for a summit)": the purpose noun ("summit"), or ""
    when none is given; None when the verb does not host the leaders of named states."""
    if trigger.pos_ != "VERB" or trigger.lemma_.casefold() != "host":
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.casefold() in ("leader", "head", "president",
                                                            "counterpart") and
               any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
               for c in trigger.children):
        return None
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            for noun in child.children:
                if noun.dep_ == "pobj" and noun.lower_ in NOUN_FORMATS:
                    return noun.lower_
    return ""


def _called_off(trigger: Token) -> bool:
    """A contact called off, cancelled or put back with no new day named ("cancelled their
    summit", "the talks were postponed", "called off his trip", "the cancelled visit"): by
    the project's rule it neither happened nor stands planned, so it is no contact. One only
    urged, threatened or proposed to be called off ("urged Trump to cancel", "should
    postpone") stays a plan, and one moved to a named day ("postponed to March 3",
    "rescheduled for next week") is planned at that day."""
    if trigger.pos_ == "VERB" and _called_off_after(trigger):
        return True  # "was due to visit Warsaw on Monday, but the trip was cancelled"
    node = trigger
    if trigger.pos_ == "VERB" and trigger.dep_ in ("xcomp", "acl") and \
            trigger.head.pos_ == "NOUN" and trigger.head.lemma_.casefold() in (
                "plan", "trip", "visit"):
        node = trigger.head  # "cancelled plans to visit Kyiv": the plan is called off
    if node.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("cancelled", "canceled", "postponed",
                                             "scrapped", "aborted")
           for c in node.children):
        return True  # "the cancelled summit"
    verb: Token | None = None
    if node.dep_ in ("dobj", "nsubjpass"):
        verb = node.head
    elif node.dep_ == "pobj" and node.head.lower_ == "of" and \
            node.head.head.lemma_.casefold() in CALLING_OFF_NOUNS:
        return not _new_day(node.head.head)  # "the postponement of the talks"
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.casefold()
    if not (_calls_off(verb) or lemma == "put" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)):
        return False
    if lemma in ("block", "deny", "veto"):
        return False
    if any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_WORDS for c in verb.children):
        return False  # "did not cancel", "should postpone": still a plan
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not (
            verb.dep_ in ("xcomp", "conj") and verb.head.lemma_.casefold() in DONE_CALL_OFF):
        # "pressed Merkel to call off her summit" (the parse may hang the infinitive
        # anywhere): a call-off still to be done, unless decided ("decided to postpone")
        return False
    chain = verb
    while chain.dep_ in ("xcomp", "ccomp", "conj") and chain.head.i != chain.i:
        chain = chain.head
        if chain.lemma_.casefold() in UNDONE_CALL_OFF or chain.lower_ in HOPE_FORMS or \
                any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_WORDS
                    for c in chain.children):
            return False  # "urged Merkel to call off her summit": the summit is still set
    if verb.dep_ in ("advcl", "relcl") and any(c.dep_ == "mark" and c.lower_ in (
            "if", "unless", "whether") for c in verb.children):
        return False
    return not _new_day(verb)


def _called_off_after(trigger: Token) -> bool:
    """A clause joined to the trigger's says the contact it tells was called off: "X was
    due to visit Warsaw on Monday, but the trip was cancelled" (a definite trip or visit
    noun, the subject of a verb of calling off conjoined to a verb above the trigger)."""
    above = {trigger.i} | {a.i for a in trigger.ancestors}
    for noun in trigger.sent:
        if noun.i <= trigger.i or noun.pos_ != "NOUN" or \
                NOUN_FORMATS.get(noun.lower_) not in ("visit", "meeting", "talks", "summit") or \
                not any(c.dep_ in ("det", "poss") for c in noun.children) or \
                any(c.dep_ in ("prep", "compound", "amod") and c.lower_ not in (
                    "planned", "scheduled") for c in noun.children):
            continue  # ("but his trip to Berlin was postponed": another trip)
        verb = noun.head
        if noun.dep_ == "nsubjpass" and verb.dep_ == "conj" and verb.head.i in above and \
                _called_off(noun):
            return True
    return False


def _new_day(word: Token) -> bool:
    """"postponed the talks to March 3", "delayed until next week": put back to a day."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in NEW_DAY_PREPS and any(
                t.ent_type_ in ("DATE", "TIME") or t.lower_ in WEEKDAYS or
                t.lower_ in MONTHS for t in child.subtree):
            return True
        if child.dep_ == "npadvmod" and child.ent_type_ == "DATE" and \
                child.lower_ not in ("today", "yesterday") and \
                word.lemma_.casefold() not in ("cancel", "scrap", "nix", "call") and \
                not any(t.lower_ in ("last", "ago", "earlier") for t in child.subtree):
            # ("postponed it a week"; not "had called off a meeting last December": when
            # it was called off)
            return True
    return False


OFFERED_CHANCES = {"opportunity", "chance", "offer", "invitation", "proposal"}


def _partly_remote(trigger: Token) -> bool:
    """"Others attended in person, and Haitian groups joined part of the discussion by
    video": some took part from afar in a contact held in a room; it stays a meeting."""
    verb = trigger.head if trigger.dep_ in ("dobj", "pobj") else trigger
    while verb.dep_ == "prep" or verb.pos_ == "ADP":
        verb = verb.head
    return verb.lemma_.casefold() == "join" or re.search(
        r"\bin person\b", trigger.sent.text, re.IGNORECASE) is not None


def _told_medium(text: str) -> str | None:
    """"video" or "phone" when a sentence names one way of calling and not the other."""
    video = VIDEO_CUES.search(text) is not None
    phone = re.search(r"\b(?:tele)?phone[ds]?\b", text, re.IGNORECASE) is not None
    return None if video == phone else "video" if video else "phone"


def _same_parties(earlier: list[Contact], parties: list[str], fmt: str, status: str | None,
                  tenseless: set[int] | None = None, published: str | None = None
                  ) -> Contact | None:
    """An earlier contact these parties already had in a compatible format. An announced
    contact is not the same as a held one, and an organisation's gatherings (one party)
    are told apart by their kind ("the NATO ministerial", "the NATO summit"). A contact told
    by a noun alone has no tense and may be either, unless its day is already past when a
    planned one is told ("held talks at Chequers on Friday … invited him for a state
    visit": not those talks)."""
    for contact in reversed(earlier):
        if contact.same_as is not None or status is not None and \
                contact.status != status and id(contact) not in (tenseless or set()):
            continue
        if status == "planned" and contact.status == "held" and published and \
                contact.date and len(contact.date) == 10 and contact.date < published[:10]:
            continue
        calls = {"phone call", "video call", "talks"}
        meetings = {"meeting", "summit", "visit"}
        # ("welcomed Trump to the Great Hall … The two leaders held talks": the same visit;
        # talks are held in person as often as by phone)
        compatible = contact.format == fmt or {fmt, contact.format} <= calls or \
            {fmt, contact.format} <= meetings or {fmt, contact.format} <= meetings | {"talks"}
        if len(parties) < 2:
            compatible = contact.format == fmt
        if compatible and sorted(contact.participants) == sorted(parties):
            return contact
    return None


def _noun_phrase_day(trigger: Token) -> str | None:
    """The full date a contact noun's own phrase gives it: "Monday's meeting", "the March 3
    call", "the meeting on March 3" (a date word hung on the noun or on its preposition)."""
    doc = trigger.doc
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        root = ent.root
        if root.head.i == trigger.i and root.dep_ in ("poss", "compound", "nmod", "npadvmod",
                                                      "amod") or \
                root.head.dep_ == "prep" and root.head.lower_ in ("on", "of") and \
                root.head.head.i == trigger.i:
            day = resolve_date(ent.text, doc._.published) if find_date_expression(ent.text) \
                else None
            if day and len(day) == 10:
                return day
    return None


def _noun_phrase_when(trigger: Token) -> str | None:
    """The date (day or month) a date phrase inside a contact noun's own phrase gives it
    ("his visit to Moscow in July", "the talks in March"); relative clauses left out."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = trigger.doc
    inside = {t.i for t in trigger.subtree} - {
        t.i for r in trigger.subtree if r.dep_ in ("relcl", "acl") for t in r.subtree}
    for ent in doc.ents:
        if ent.label_ != "DATE" or ent.root.i not in inside or ent.root.i == trigger.i or \
                not find_date_expression(ent.text):
            continue
        # only a date the noun's own phrases give it: not through a verb, another contact
        # noun ("ahead of tomorrow's meeting") or a preposition of relative time
        path, node = [], ent.root
        while node.i != trigger.i:
            path.append(node)
            node = node.head
        if any(t.pos_ in ("VERB", "AUX") or t.lower_ in TIME_PREPS or
               _noun_format(t) is not None for t in path[1:]):
            continue
        when = resolve_date(ent.text, doc._.published)
        if when:
            return when
    return None


def _told_as_past(trigger: Token) -> bool:
    """The verb a contact noun hangs from is in the past tense ("the talks were
    constructive", "joined the talks"): a contact held, not one still planned."""
    verb = next((a for a in [trigger, *trigger.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.tag_ != "VBD":
        return False
    return not any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "should")
                   for c in verb.children)


def _antecedents(earlier: list[Contact], fmt: str | None, past: bool = False,
                 noun: str | None = None, background: set[int] | None = None,
                 added: set[int] | None = None) -> list[Contact]:
    """The contacts a definite noun ("the summit", "the talks", "the visit") may refer back
    to, best first: when the noun is told in the past tense, contacts held before those only
    planned; then those the article has named with a noun of the same format or told with
    the same word (for "the summit" also a meeting told as held at a summit, for "the
    meeting" a "summit meeting"); among them, one the article reports as
    such before a single body's gathering named once in passing, outside the lead, as the
    setting of another contact ("on the sidelines of the APEC summit"); then one the
    article tells of more than once before an earlier one named once after "since" ("their
    first meeting since a session last month … the officials at the meeting": this one);
    then the latest. Before all but tense, a contact told aside ("Mohamud also met the
    foreign minister", "a day after he spoke with Abiy"; ``added``, by id) comes after the
    others: "the talks" later on are the ones the story is about, not the side meeting."""
    roots = [_root_index(earlier, c) for c in earlier]
    same: set[int] = set()
    count: dict[int, int] = {}
    for k, contact in enumerate(earlier):
        count[roots[k]] = count.get(roots[k], 0) + 1
        if fmt is None or contact.format == fmt or noun and len(noun) > 3 and \
                re.search(rf"\b{re.escape(noun)}", contact.evidence, re.I):
            same.add(roots[k])

    def passing(k: int) -> bool:
        contact = earlier[k]
        return count[roots[k]] == 1 and len(contact.participants) < 2 and \
            (contact.paragraph or 0) > 1

    def told_once_since(k: int) -> bool:
        return id(earlier[k]) in (background or set()) and count[roots[k]] == 1

    order = sorted(range(len(earlier)), key=lambda k: (
        past and earlier[k].status == "planned", id(earlier[roots[k]]) in (added or set()),
        roots[k] not in same, passing(k),
        told_once_since(k), -k))
    return [earlier[k] for k in order]


def _root_index(contacts: list[Contact], contact: Contact) -> int:
    """Index of the first mention of the contact ``contact`` belongs to."""
    return _root_at(contacts, contacts.index(contact))


def _root_at(contacts: list[Contact], index: int) -> int:
    """Index of the first mention of the contact the mention at ``index`` belongs to."""
    while contacts[index].same_as is not None and contacts[index].same_as != index:
        index = contacts[index].same_as  # type: ignore[assignment]
    return index


def _is_definite(trigger: Token) -> bool:
    """"the call", "their meeting", "Biden's call", "this contact"."""
    for child in trigger.children:
        if child.dep_ == "det" and child.lower_ == "that" and child.i > 0 and \
                child.doc[child.i - 1].pos_ == "VERB":
            continue  # "indicate that contact is desirable": a conjunction the parser misread
        if child.dep_ == "det" and child.lower_ in ("the", "this", "that", "these", "those",
                                                     "such"):
            return True
        if child.dep_ == "poss":
            return True
    return False


def _lead_end(clause: Span) -> int:
    """End of an attribution or header before a colon ("Readout:Secretary …",
    "… Pat Ryder:“Secretary …"), as a character offset; the clause start if none."""
    text = clause.text
    matches = list(re.finditer(r":\s*[“\"]?(?=[A-Z])", text))
    match = matches[-1] if matches else None
    if match is None or match.start() > len(text) * 0.6:
        return clause.start_char
    return clause.start_char + match.end()


def _names_the_trip_told(trigger: Token) -> bool:
    """A trip noun after "on" hung in the clause of a verb of travel ("will fly to Egypt on
    Tuesday to see Sisi, on his ninth trip to the region"): it counts the trip that verb
    tells, no other."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.casefold() not in TRIP_NOUNS | {"visit"} or \
            trigger.dep_ != "pobj" or trigger.head.lower_ != "on":
        return False
    node = trigger.head.head
    for _ in range(3):
        if node.pos_ == "VERB" and node.lemma_ in TRIP_LEMMAS:
            return bool(_destinations(node))
        if node.dep_ not in ("advcl", "xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _serves_a_trip(trigger: Token) -> bool:
    """"travel to Kyiv to meet with Zelensky", "flew to Moscow for talks with Putin": the
    meeting is the trip's purpose."""
    noun = trigger
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.casefold() in ROUND_NOUNS and noun.head.head.dep_ == "pobj":
        noun = noun.head.head  # "would travel to Rome for a further round of talks with …"
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "for":
        trip = noun.head.head
        for _ in range(3):  # "… and then to Berlin for talks": the leg's "to", then the trip
            if trip.lower_ != "to" and trip.dep_ not in ("conj", "xcomp", "advcl") or \
                    trip.lemma_ in TRIP_LEMMAS or trip.head.i == trip.i:
                break
            trip = trip.head
        return trip.lemma_ in TRIP_LEMMAS and (trip.lemma_ not in MOTION_LEMMAS or
                                               bool(_destinations(trip)))
    if trigger.pos_ != "VERB" or trigger.lemma_ not in PURPOSE_LEMMAS or \
            trigger.dep_ not in ("xcomp", "advcl") or _another_event(trigger):
        return False
    head = trigger.head
    if head.lemma_ in MOTION_LEMMAS | SENDING_LEMMAS and not _destinations(head):
        # "came to meet the company's management", "sent Rubio to meet Lavrov": no trip
        # told, the meeting is
        return False
    return head.lemma_ in TRIP_LEMMAS and head.lemma_ != trigger.lemma_


def _named_gathering(noun: Token) -> bool:
    """A contact noun named for a body or a series ("the G20 summit", "the Group of 20
    summit", "the NATO summit"): a gathering of many, not one contact of a few."""
    if any(c.dep_ in ("compound", "nmod", "amod", "nummod") and c.pos_ in ("PROPN", "NUM")
           for c in noun.children):
        return True
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "PROPN"


def _noun_format(token: Token) -> str | None:
    """The contact format a noun names, by its word or its lemma ("talks", "summit"); None
    for any other noun."""
    return NOUN_FORMATS.get(token.lower_) or NOUN_FORMATS.get(token.lemma_.casefold())


def _purpose_format(purpose: Token) -> str:
    """The format of what a trip is for: "to meet" a meeting, "for talks" talks."""
    if purpose.pos_ == "NOUN":
        return _noun_format(purpose) or "meeting"
    return "talks" if purpose.lemma_.casefold() in ("negotiate", "discuss", "talk") \
        else "meeting"


def _joint_meeting_at(noun: Token) -> bool:
    """The noun is where a meeting verb with a joint subject and no object took place
    ("the two men met at a summit"), so it names that meeting itself."""
    prep = noun.head
    verb = prep.head
    return noun.dep_ == "pobj" and prep.lower_ in ("at", "during", "for") and \
        verb.pos_ == "VERB" and VERB_FORMATS.get(verb.lemma_.casefold()) == "meeting" and \
        not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with"
                for c in verb.children)


def _another_event(verb: Token) -> bool:
    """A clause of time with a subject of its own ("arrived in Kyiv after Zelensky met
    Sunak in London", "while Austin met ministers in Brussels"): an event beside the trip,
    not what the trip was for."""
    return verb.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in
                                        verb.children) and any(
        c.dep_ == "mark" and c.lower_ in TIME_PREPS | {"when", "while", "until", "once"}
        for c in verb.children)


def _spoke_in_person(trigger: Token) -> bool:
    """"spoke briefly in New Delhi", "talked at the summit": speaking at a place named for the
    verb itself, with no word of a phone, is speaking face to face."""
    if trigger.pos_ != "VERB" or trigger.lemma_.casefold() not in ("speak", "talk"):
        return False
    if PHONE_CUES.search(trigger.sent.text) or VIDEO_CUES.search(trigger.sent.text):
        return False
    # (and a participle telling how they spoke: "spoke briefly, exchanging a few words at a
    # dinner at the G20 summit")
    preps = [*trigger.children, *(g for c in trigger.children
                                  if c.dep_ == "advcl" and c.tag_ == "VBG" for g in c.children)]
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        # "At the summit, Lula held a meeting with Arce and spoke briefly with Rodríguez": the
        # place of the verb it is joined to (before that verb, not an object's own phrase)
        preps += [c for c in trigger.head.children if c.i < trigger.head.i]
    # (the parser hangs the place on a duration: "talked for two hours at the palace")
    preps += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
              for d in c.children if d.dep_ == "pobj" and d.ent_type_ in ("TIME", "DATE")
              for g in d.children]
    if trigger.dep_ == "conj" and trigger.head.lemma_.casefold() in ("visit", "tour") and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return True  # "visited Belgrade and Pristina and spoke with both leaders": there
    return any(prep.dep_ == "prep" and prep.lower_ in ("in", "at", "on", "during") and any(
        obj.dep_ == "pobj" and (
            prep.lower_ in ("in", "at") and (obj.ent_type_ in ("GPE", "FAC", "LOC") or
                                            BUILDING_VENUE.search(obj.text) is not None) or
            prep.lower_ != "on" and obj.lemma_.casefold() in GATHERING_NOUNS | MEAL_NOUNS |
            {"visit", "trip"}
            or prep.lower_ == "on" and obj.lower_ in ("sidelines", "sideline", "margins"))
        for obj in prep.children) for prep in preps)  # "on the sidelines of …"


def _place_tokens(clause: Span) -> set[int]:
    """Tokens of the clause that name where someone goes ("to Warsaw", "to Kyiv")."""
    return {t.i for t in clause if t.head.lower_ == "to" and t.dep_ == "pobj"
            for t in t.subtree}


ROUND_NOUNS = {"round", "session", "series"}


def _round_held(trigger: Token) -> Token | None:
    """"hosted two rounds of talks": for the contact noun a round noun is of, that round noun
    when it is a verb's object (the rounds stand where the talks would); else None."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return None
    held = trigger.head.head
    return held if held.dep_ == "dobj" and _round_of_contact(held) is not None else None


def _round_of_contact(noun: Token) -> Token | None:
    """"two rounds of indirect talks", "a series of meetings": the contact noun a round noun
    is of, if any."""
    if noun.lemma_.casefold() not in ROUND_NOUNS:
        return None
    return next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and
                 _noun_format(o) in ("meeting", "talks")), None)


def _purpose_of_a_meeting(trigger: Token) -> bool:
    """"Merkel hosted Macron for talks", "met in Paris for talks": the talks are what the
    meeting was for, reported once as the meeting."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    node = trigger
    if node.head.lower_ == "of" and node.head.head.lemma_.casefold() in ROUND_NOUNS | {
            "day", "hour", "week"} and node.head.head.dep_ == "pobj":
        # "met for a third round of talks", "for two days of negotiations": the meeting
        node = node.head.head
    if node.head.lower_ == "in" and node.head.head.lemma_ == "meet" and \
            node.lemma_.casefold() in TALK_LEMMAS | {"negotiations", "consultation"}:
        return True  # "met in Brussels in talks chaired by the EU": the meeting's own talks
    if node.head.lower_ != "for":
        return False
    return node.head.head.lemma_ in MEETING_FOR_LEMMAS


def _reporters(trigger: Token) -> set[int]:
    """Tokens of whoever reports the contact: the subject of a verb of saying whose clause
    holds it ("Merrill says Clinton called Machado", "…, Mitchell recalled") is the source, not
    a party, unless the same person is the contact's own subject."""
    own = {t.i for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    out: set[int] = set()
    # "Both presidents, Ushakov said, backed the talks": a speech verb set into the clause
    for node in (trigger, *trigger.ancestors):
        for aside in node.children:
            if aside.dep_ == "parataxis" and aside.lemma_ in REPORTING_LEMMAS:
                out |= {t.i for c in aside.children if c.dep_ in ("nsubj", "nsubjpass")
                        for t in c.subtree} - own
    node = trigger
    while node.head.i != node.i:
        clause_dep = node.dep_
        below, node = node, node.head
        if node.lemma_ in REPORTING_LEMMAS and clause_dep == "prep" and \
                below.lower_ in ("of", "about") and trigger.pos_ in ("NOUN", "PROPN") and \
                node.pos_ in ("VERB", "AUX"):
            # "'A disgrace,' the congressman said of the summit with Putin": the one who
            # speaks of a contact reports it (one's own: "his summit" keeps its owner)
            out |= {t.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                    for t in c.subtree} - own
        if (node.lemma_ in REPORTING_LEMMAS or node.lemma_ in AGREED_LEMMAS and own and
                clause_dep == "ccomp") and clause_dep in ("ccomp", "parataxis", "xcomp") \
                and not any(trigger.doc[i].dep_ == "poss" and trigger.doc[i].lower_ == "its"
                            for i in own):
            # ("agreed that their envoys would meet": those who agree are no party; "the
            # Kremlin said its envoy met Ukrainian officials": the speaking body's own
            # people met, so the body is a side; "said his boss met" keeps the speaker out)
            sayer = node
            if node.lemma_ in AGREED_LEMMAS and node.dep_ == "conj" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                sayer = node.head  # "endorsed the deal and agreed that …": a shared subject
            for child in sayer.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    out |= {t.i for t in child.subtree} - own
        if node.lemma_ in REPORTING_LEMMAS:
            # "news of the conversation was first reported by Sargent": the reporter
            out |= {t.i for c in node.children if c.dep_ == "agent" for t in c.subtree} - own
        if clause_dep in ("dobj", "oprd") and node.lemma_.casefold() in JUDGING_LEMMAS and \
                node.pos_ == "VERB" and trigger.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "poss" or c.dep_ == "nmod" and any(
                        g.dep_ == "case" for g in c.children) for c in trigger.children):
            # "Obama aide calls Netanyahu's planned visit destructive": who judges another's
            # contact is no party to it (one may judge one's own: "called the meeting good")
            out |= {t.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                    for t in c.subtree} - own
        if node.i == trigger.head.head.i and _judged_for(trigger) is not None:
            # "Republicans criticized the president for meeting Xi": the judges are no party
            out |= {t.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                    for t in c.subtree} - own
        if clause_dep == "prep" and node.pos_ == "ADJ" and \
                node.lemma_.casefold() in ATTITUDE_ADJECTIVES and node.dep_ == "acomp":
            # "Netanyahu has long been skeptical of the negotiations": who judges talks is
            # no party to them
            out |= {t.i for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")
                    for t in c.subtree} - own
        if clause_dep in ("xcomp", "ccomp", "advcl") and _urges(node):
            # "Democrats urged Trump to cancel his summit with Putin", "Royce called for
            # Trump to challenge Putin at the summit": who presses for an act is no party to
            # the contact the act concerns
            out |= {t.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                    for t in c.subtree} - own
    return out


# verbs of judging a contact ("called the visit destructive", "criticized the trip")
JUDGING_LEMMAS = {"call", "describe", "criticize", "criticise", "slam", "blast", "condemn",
                  "denounce", "decry", "label", "brand", "term", "deride", "question"}
# adjectives of a view held about a contact ("skeptical of the talks")
ATTITUDE_ADJECTIVES = {"skeptical", "sceptical", "critical", "wary", "suspicious", "doubtful",
                       "dismissive", "supportive", "opposed", "hostile", "cynical"}


def _urges(verb: Token) -> bool:
    """A verb of pressing someone to act: "urge", "press", "pressure", "demand", "call
    for"/"call on" (not "call" alone, which may be the call itself)."""
    lemma = verb.lemma_.casefold()
    if lemma == "call":
        return _appeal_call(verb)
    return lemma in URGING_LEMMAS


def _appeal_call(verb: Token) -> bool:
    """The verb "call" as an appeal: "called for", "called on X to", also with a word between
    ("called Friday for Trump to …", where "for" may hang on the clause); not "called him on
    Monday", whose "on" is a time."""
    for child in verb.children:
        if child.dep_ not in ("mark", "prep", "prt"):
            continue
        if child.lower_ == "for":
            return True
        if child.lower_ in ("on", "upon") and not any(
                g.ent_type_ in ("DATE", "TIME") or g.lower_ in WEEKDAYS for g in child.children):
            return True
    return any(g.dep_ == "mark" and g.lower_ == "for" for c in verb.children
               if c.dep_ in ("advcl", "ccomp", "xcomp") for g in c.children)


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _topics(trigger: Token, clause: Span | None = None) -> set[int]:
    """Tokens naming what a contact is about rather than who takes part: "talks with Russia
    over Ukraine", "discussions of policy toward Russia", "a meeting to discuss the test"
    (in the trigger's phrase, or anywhere in its clause that does not hold the trigger)."""
    out: set[int] = set()
    above = {a.i for a in trigger.ancestors}  # tokens whose subtree holds the trigger
    for token in (clause if clause is not None else trigger.subtree):
        if token.i in above:
            continue
        if token.i in out:
            continue
        if token.dep_ == "prep" and token.lower_ in TOPIC_PREPS and not (
                token.lower_ in ("on", "upon") and token.head.pos_ == "VERB" and
                token.head.lemma_.casefold() == "call" and _appeal_call(token.head) or
                _call_paid_on(token)):
            # (not "called on Trump to cancel …": whom they call on; nor "paid a courtesy
            # call on the king": whom they visit)
            out |= {t.i for t in token.subtree} - _people_met_inside(token, trigger)
        elif token.dep_ == "prep" and token.lower_ == "in" and any(
                o.dep_ == "pobj" and o.lemma_.casefold() in AIM_NOUNS and
                any(c.dep_ == "acl" and c.pos_ == "VERB" for c in o.children)
                for o in token.children):
            out |= {t.i for t in token.subtree}
        elif token.pos_ == "VERB" and token.lemma_ in DISCUSS_LEMMAS and token.i != trigger.i:
            out |= {t.i for c in token.children if c.dep_ in ("dobj", "prep")
                    for t in c.subtree}
        elif token.dep_ == "compound" and token.ent_type_ in ("GPE", "NORP") and \
                token.head.i != trigger.i and token.head.lemma_.casefold() in ISSUE_NOUNS:
            out.add(token.i)  # "as the Ukraine border buildup alarms Washington": an issue
        elif token.dep_ == "compound" and token.ent_type_ in ("GPE", "NORP") and \
                token.i + 1 < len(token.doc) and token.nbor().dep_ == "compound" and \
                token.nbor().head.i == token.head.i and \
                token.nbor().lemma_.casefold() in ISSUE_NOUNS:
            out.add(token.i)  # "for Ukraine war summits", parsed flat: the war's state
    return out


def _people_met_inside(topic: Token, trigger: Token) -> set[int]:
    """"a video summit on climate with Macron and Merkel": a "with" hung on the topic's words
    whose objects are people names whom the contact is with, when the trigger has no "with"
    of its own (tokens of those phrases)."""
    if any(c.lower_ == "with" for c in trigger.children):
        return set()
    return {t.i for w in topic.subtree if w.lower_ == "with" and w.dep_ == "prep" and
            any(o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in w.children)
            for t in w.subtree}


def _individually(trigger: Token) -> bool:
    """"spoke individually with …", "held separate talks with …", "spoke with X and later
    with Y": one contact with each of the others."""
    if any(c.lower_ in ("individually", "separately", "respectively") for c in
           trigger.children):
        return True
    if trigger.pos_ == "VERB" and ONE_ON_ONE.search(
            trigger.doc[trigger.i:max(trigger.right_edge.i + 1,
                                      min(trigger.right_edge.i + 4, trigger.sent.end))].text):
        return True  # "met several leaders one on one, among them X and Y": each alone
    if trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ("separate",
                                                                       "individual")
                                      for c in trigger.children):
        return True
    # a second "with" beside or joined to the first: "with Putin and later with Zelensky"
    # ("received by Kadhimi and later by Salih": two agents, one after the other)
    withs = [c for c in trigger.children if c.lower_ == "with" and c.dep_ in ("prep", "conj")]
    agents = [c for c in trigger.children if c.lower_ == "by" and
              c.dep_ in ("agent", "prep", "conj")]
    if len(agents) >= 2 and any(c.dep_ == "advmod" and c.lower_ in SEQUEL_WORDS
                                for a in agents for c in a.children):
        return True
    if len(withs) >= 2 or any(g.dep_ == "conj" and g.lower_ == "with"
                              for c in withs for g in c.children):
        return True
    # "phone conversations with Zelensky and Macron", "calls with X and Y": a plural of a
    # single exchange names one with each; "spoke to both Trump and Zelensky": one call each
    objects = [o for c in trigger.children if c.dep_ in ("prep", "dative") and
               c.lower_ in ("with", "to") for o in c.children if o.dep_ == "pobj"]
    joined = any(g.dep_ == "conj" for o in objects for g in o.children)
    plural = trigger.tag_ == "NNS" and trigger.lemma_.casefold() in (
        "call", "conversation", "meeting", "phone call")
    both = trigger.lemma_.casefold() in ("speak", "talk", "call", "phone") and any(
        g.dep_ in ("preconj", "det") and g.lower_ == "both" for o in objects for g in o.children)
    if joined and (plural or both):
        return True
    if both and any(o.tag_ == "NNS" for o in objects):
        return True  # "spoke with both leaders": one conversation each
    # "called Macron and Rutte", "phoned the emir and the crown prince": a telephone verb with
    # several people as objects is one call each (a call of three is told as one: "a
    # three-way call", "a conference call")
    if _leaders_met_in_turn(trigger):
        return True
    called = [o for o in trigger.children if o.dep_ == "dobj"]
    return trigger.pos_ == "VERB" and \
        trigger.lemma_.casefold() in ("call", "phone", "telephone", "ring") and \
        any(g.dep_ == "conj" and (g.ent_type_ == "PERSON" or g.pos_ == "PROPN")
            for o in called for g in o.children) and \
        all(o.ent_type_ == "PERSON" or o.pos_ == "PROPN" for o in called)


# the titles of heads of state and government ("prime" for "Prime Minister"): two of them
# met by one visitor are received one after the other, each in their own meeting
HEAD_TITLES = {"president", "prime", "premier", "chancellor", "king", "queen", "emir",
               "sultan", "crown"}
# words that make a meeting of several one gathering of them all
TOGETHER_WORDS = {"together", "jointly", "joint", "three-way", "trilateral", "tripartite",
                  "four-way", "all"}


def _leaders_met_in_turn(trigger: Token) -> bool:
    """"Putin met Iranian President Ebrahim Raisi and Pakistani Prime Minister Shehbaz
    Sharif", "Xi met President Vo Van Thuong and Prime Minister Pham Minh Chinh": heads of
    state or government named by their titles as the objects of one verb of meeting are
    each met in a meeting of their own, unless the sentence brings them together ("for a
    three-way summit", "met them together")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.casefold() not in ("meet", "see", "receive"):
        return False
    objects = [o for o in trigger.children if o.dep_ == "dobj"]
    objects += [g for o in objects for g in o.conjuncts]
    words = {t.i for o in objects for t in o.subtree}
    # (the names themselves, as the tagger found them: a parse may hang the second name
    # inside the first one's phrase)
    people = [e for e in trigger.doc.ents if e.label_ == "PERSON" and e.root.i in words]
    sentence = trigger.sent.text.casefold()
    if len(people) < 2 or any(re.search(rf"\b{re.escape(w)}\b", sentence)
                              for w in TOGETHER_WORDS):
        return False
    return all(any(t.lower_ in HEAD_TITLES for t in e.doc[max(e.start - 2, 0):e.start])
               for e in people)


def _them_of_a_contact_above(trigger: Token, triggers: list[Token]) -> Token | None:
    """"…, meeting each of them separately before bringing them together for talks": a
    participle clause whose object is "them" ("each of them", "both of them") under another
    contact trigger of the clause; that trigger, whose counterparts "them" are."""
    verb = next((a for a in [trigger, *list(trigger.ancestors)[:4]] if a.pos_ == "VERB"), None)
    if verb is None or verb.tag_ != "VBG" or not any(
            o.lower_ == "them" or o.lower_ in ("each", "both", "all") and any(
                g.lower_ == "them" for g in o.subtree)
            for o in verb.children if o.dep_ == "dobj"):
        return None
    at = {t.i for t in triggers}
    return next((a for a in verb.ancestors if a.i in at and a.i != trigger.i), None)


def _goes_back(trigger: Token) -> bool:
    """"before flying back to Washington", "headed home": a trip verb told as going back,
    with no contact it is for ("flew back to Kyiv for talks", "went back to meet him" are
    trips)."""
    if trigger.pos_ != "VERB" or not any(c.dep_ in ("advmod", "prt") and
                                         c.lower_ in ("back", "home") for c in trigger.children):
        return False
    purposes = [c for c in trigger.children if c.dep_ in ("xcomp", "advcl") and
                any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    purposes += [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
                 for o in c.children if o.dep_ == "pobj" and _noun_format(o) is not None]
    return not purposes


def _at_venue(span: Span) -> bool:
    """An office or chamber after "at" ("at the White House", "at the Capitol"): where."""
    k = span.start - 1
    if k >= 0 and span.doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and span.doc[k].lower_ == "at"


def _governing_verb(trigger: Token) -> Token | None:
    """The verb a contact noun's phrase hangs from ("praised X at a luncheon", "said in a
    call"), when the noun is that verb's prepositional object."""
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and \
            trigger.head.head.pos_ in ("VERB", "AUX"):
        return trigger.head.head
    return None


def _companions(trigger: Token) -> set[int]:
    """Tokens naming who travels with the traveller: "alongside X", "accompanied by X",
    "a delegation that includes X" / "including X"."""
    out: set[int] = set()
    for token in trigger.subtree:
        if token.lower_ == "alongside" and token.dep_ == "prep" or \
                token.lower_ == "accompanied" and token.pos_ == "VERB":
            out |= {t.i for t in token.subtree if t.i != token.i}
        elif token.lower_ == "with" and token.dep_ == "prep" and token.head.i == trigger.i and \
                trigger.pos_ == "VERB" and trigger.lemma_.casefold() in MOTION_LEMMAS | {
                    "travel"} and any(
                    o.dep_ == "pobj" and (o.ent_type_ == "PERSON" or
                                          o.lemma_.casefold() in OFFICE_NOUNS | OFFICIALS)
                    for o in token.children):
            # "arrived in Budapest with Trade Minister Ibe": who came along, not a host
            out |= {t.i for t in token.subtree if t.i != token.i}
        elif token.lemma_.casefold() in DELEGATION_NOUNS:
            out |= {t.i for c in token.children if c.dep_ in ("relcl", "prep", "acl") and
                    (c.lemma_.casefold() in ("include", "including") or
                     c.lower_ == "including") for t in c.subtree}
    return out


def _ranked_traveller(verb: Token) -> Token | None:
    """"X became the first leader to visit Y", "X is the only minister to travel to Y",
    "arrived …, becoming the last leader to travel to Y": an infinitive on a noun that names
    what someone is or becomes; that someone (the subject of the verb, or of the clause a
    participle hangs on) is who travels."""
    if verb.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                   for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ not in ("attr", "oprd"):
        return None
    link = noun.head
    for _ in range(2):
        subject = next((c for c in link.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if link.dep_ not in ("advcl", "xcomp", "conj") or link.head.i == link.i:
            return None
        link = link.head  # "…, becoming the last leader to …": the clause's subject
    return None


def _relative_object(verb: Token) -> set[int]:
    """The name a relative pronoun object stands for: "It was Sharif whom Modi visited",
    "the envoy that Putin received" (the head noun and its compounds)."""
    # ("whom" is an object whatever the parser calls it)
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or not any(
            c.lower_ == "whom" or c.dep_ == "dobj" and c.lower_ in ("who", "that")
            for c in verb.children):
        return set()
    head = verb.head
    return {head.i} | {c.i for c in head.children if c.dep_ in ("compound", "flat")}


def _relative_antecedent(verb: Token) -> Token | None:
    """The person a "who" clause describes: "Moon, who met Kim" (Moon), "Kushner, the
    president's adviser, who flew to Abu Dhabi" (Kushner, past the office in apposition)."""
    if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"
                                       for c in verb.children):
        return None
    head = verb.head
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if head.pos_ != "PROPN" and named is not None:
        return named  # "his wife, Laura, who spoke of …": the name set beside the description
    # (up the description: "Kushner, the president's son-in-law and senior adviser, who …",
    # "Witkoff, the special envoy for the Middle East, who …")
    for _ in range(6):
        if head.pos_ == "PROPN" and head.ent_type_ == "PERSON" or \
                head.dep_ not in ("appos", "conj", "pobj", "prep") or head.head.i == head.i:
            break
        head = head.head
    return head if head.pos_ == "PROPN" else None


def _hosts_the_gathering(token: Token, trigger: Token) -> bool:
    """"Kishida hosted the summit", "a summit chaired by Tiani", "met in Belém, hosted by
    Lula": the token is the subject or agent of a verb of hosting whose gathering is the
    contact's trigger or a gathering noun, told as its object or as what the verb describes."""
    if token.dep_ == "nsubj":
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "agent":
        verb = token.head.head
    else:
        return False
    if verb.lemma_.casefold() not in HOSTING_LEMMAS:
        return False
    anchors = [verb] + ([verb.head] if verb.dep_ in ("advcl", "acl", "relcl") else [])
    for anchor in anchors:
        held = [c for c in anchor.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")] + \
            [g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "over"
             for g in c.children if g.dep_ == "pobj"]  # "presided over the summit"
        for noun in [anchor] + held:
            gathering = noun.i == trigger.i and noun.i != verb.i or \
                noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.casefold() in GATHERING_NOUNS
            if gathering and not any(c.lower_ in ("with", "between") for c in noun.children):
                return True  # (a meeting "with" someone has a counterpart)
    return False


def _members_meeting(trigger: Token) -> Token | None:
    """The plural officials noun whose own gathering a meeting word is: "ministers meeting in
    Cairo" (a participle on the noun, or the noun read as a modifier of "meeting"), "a meeting
    of foreign ministers"."""
    if trigger.lemma_.casefold() not in ("meet", "meeting", "summit", "gather", "gathering"):
        return None

    def officials(token: Token) -> bool:
        return token.tag_ in ("NNS", "NNPS") and token.lemma_.casefold() in OFFICIALS
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and officials(trigger.head):
        return trigger.head
    if trigger.pos_ != "NOUN":
        return None
    for child in trigger.children:
        if child.dep_ == "compound" and child.i == trigger.i - 1 and officials(child):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj" and officials(g)), None)
    return None


def _names_someone(subject: Token) -> bool:
    """The subject is a person by name, or an office the name is set beside ("Biden's chief
    of staff, Ron Klain"); whose office it is ("Biden's aid") does not count."""
    whose = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
    if subject.lemma_.casefold() in OFFICE_NOUNS | OFFICIALS | DELEGATION_NOUNS and any(
            t.ent_type_ in ("GPE", "NORP") for t in subject.subtree if t.i != subject.i):
        return True  # "Presidents of Estonia, Latvia … head to Ukraine", "a Chinese delegation"
    return any(t.ent_type_ == "PERSON" and t.i not in whose for t in subject.subtree) or \
        any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children) or \
        subject.pos_ == "PROPN" and _a_person_named_at(subject)


def _a_person_named_at(token: Token) -> bool:
    """The actor step read the token as (part of) a person's name the tagger missed
    ("Niinistö goes to Stockholm")."""
    return any(m.start <= token.idx < m.end and m.how in ("person", "surname", "alias")
               for m in token.doc._.actor_mentions or [])


def _copula_adjective(token: Token) -> bool:
    """An adjective completing a copula whose subject then does what the infinitive says:
    "is due to arrive", "is set to travel", "is likely to meet"."""
    return token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.pos_ in ("VERB", "AUX")


def _compared(span: Span) -> bool:
    """A name in a comparison hung on the verb ("Like Patrick, Cowan came …", "unlike
    Obama, he met …"); "leaders like Macron" (hung on a noun) gives examples and stays."""
    for token in span.root.ancestors:
        if token.dep_ == "prep" and token.lower_ in ("like", "unlike"):
            return token.head.pos_ in ("VERB", "AUX")
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _hosted_gathering_aside(trigger: Token, triggers: list[Token]) -> bool:
    """"Zelensky met Biden at the G7 summit, hosted by Meloni": a participle "hosted by X"
    with no subject of its own, hung on another contact word of the sentence, tells who
    hosted that gathering, not a further contact of the host with the subject."""
    if trigger.lemma_.casefold() != "host" or trigger.tag_ != "VBN" or \
            trigger.dep_ not in ("advcl", "acl") or any(
                c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in trigger.children):
        return False
    # (not a visit: "arrived in Rome, hosted by Meloni" names the visitor's host)
    return trigger.head.i in {t.i for t in triggers} and trigger.head.lemma_.casefold() in (
        "meet", "talk", "speak", "confer", "negotiate") or \
        trigger.head.lemma_.casefold() in GATHERING_NOUNS


ACCOMPANY_LEMMAS = {"accompany", "flank", "escort"}


def _sender_of_a_thing(span: Span) -> bool:
    """A person named as the source of a thing ("a pledge of support from Xi", "a letter from
    Biden", "a message from Putin"), not of a contact ("a call from Biden", "a visit from
    Xi") nor of people ("a delegation from Kyiv")."""
    prep = span.root.head
    thing = prep.head
    if any(c.dep_ in ("relcl", "acl") for c in span.root.children):
        return False  # "a request from Scholz, who visited Brasília": the visitor all the same
    # (only what a contact ended or came "with": "The comments from Blinken came after their
    # trip" names the travellers the pronoun points back to)
    node, brought = thing, False
    while node.pos_ != "VERB" and node.head.i != node.i:
        brought = brought or node.dep_ == "prep" and node.lower_ == "with"
        node = node.head
    return brought and span.root.dep_ == "pobj" and prep.lower_ == "from" and \
        thing.pos_ == "NOUN" and \
        _noun_format(thing) is None and \
        thing.lemma_.casefold() not in DELEGATION_NOUNS | OFFICIALS | COUNTERPART_NOUNS | \
        STAFF_NOUNS | MEAL_NOUNS


def _at_someones_side(span: Span) -> bool:
    """A person told as at a principal's side: "accompanied by X", "flanked by X", "with X at
    his side". The gold conventions leave a delegation's members optional; they are no side of
    their own."""
    root = span.root
    while root.dep_ in ("compound", "appos", "conj", "flat") and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ == "by" and prep.head.lemma_.casefold() in ACCOMPANY_LEMMAS:
        return True
    return prep.lower_ == "with" and any(
        t.lower_ == "side" and t.dep_ == "pobj" for t in [*prep.subtree, *(
            g for c in prep.head.children if c.dep_ == "prep" and c.lower_ == "at"
            for g in c.children)])


def _inside_a_building_name(span: Span) -> bool:
    """A name that is only part of a longer building or facility name ("Trump" and "Moscow" in
    "Trump Tower Moscow", "Kennedy" in "the Kennedy Center")."""
    return span[0].ent_type_ == "FAC" and any(
        e.label_ == "FAC" and e.start <= span.start and span.end <= e.end and
        any(t.pos_ not in ("DET", "PUNCT") and not span.start <= t.i < span.end for t in e)
        for e in span.doc.ents)


def _is_location(span: Span) -> bool:
    """A state or capital after "in"/"at" ("in Moscow", "at the White House")."""
    k = span.start - 1
    doc = span.doc
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 1 and doc[k].text == "," and doc[k - 1].ent_type_ in ("GPE", "LOC", "FAC", "ORG") \
            and span.root.dep_ in ("appos", "npadvmod") and span.root.head.i == k - 1:
        # "in Riga, Latvia", "at State House, Nairobi": the state or city locating the place
        # just named
        start = k - 1
        while start > 0 and doc[start].ent_iob_ == "I":  # back to the place's first word
            start -= 1
        return _is_location(doc[start:k])
    return k >= 0 and doc[k].lower_ in ("in", "at")


def _addressed(token: Token) -> bool:
    """A joint meeting or session addressed by a speaker ("address a joint meeting of
    Congress", "his speech to a joint session of parliament"): the speaker's visit."""
    joint = any(c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in token.children)
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.casefold() == "address":
        return joint or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    speech = {"speech", "address", "speak", "appear", "remark", "remarks"}
    if not (joint and token.dep_ == "pobj" and head.lower_ in ("to", "before")):
        return False
    taker = head.head  # "his speech to …", "spoke before …", "gave a speech to …"
    return taker.lemma_.casefold() in speech or any(
        c.dep_ == "dobj" and c.lemma_.casefold() in speech for c in taker.children)


def _busy_with(token: Token) -> bool:
    """A present participle with an object describing a noun ("officials investigating the
    shooting", "envoys negotiating a release")."""
    if token.dep_ != "acl" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.tag_ == "VBN":  # "officials involved in the Russia probe"
        return token.lemma_.casefold() in INVOLVED_LEMMAS
    return token.tag_ == "VBG" and any(c.dep_ == "dobj" for c in token.children)


def _appos_across_a_clause(noun: Token) -> set[int]:
    """"The talks came two days after Austin travelled to Kyiv …, the most senior American
    visit to Ukraine": an apposition the parse hangs on the noun across a clause with a verb
    of its own describes what that clause tells, not the noun."""
    doc = noun.doc
    return {t.i for c in noun.children if c.dep_ == "appos" and c.i > noun.i and
            any(doc[k].pos_ == "VERB" for k in range(noun.i + 1, c.left_edge.i))
            for t in c.subtree}


def _noun_region(trigger: Token) -> set[int]:
    """A contact noun's phrase without its topics ("consultations on Iran")."""
    excluded = {t.i for c in trigger.children
                if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS | {"of"} and
                not _is_gathering_of(c) and not _call_paid_on(c) for t in c.subtree}
    excluded -= _between_people(trigger)
    excluded |= {t.i for c in trigger.children if c.dep_ in ("relcl", "acl")
                 for t in c.subtree}
    # "the fifth meeting since Sunak succeeded Truss", "talks with Russia as the EU bans
    # flights": a clause with its own subject is another event (but "talks as Russia bombards
    # cities", with no party named beside the noun, are Russia's)
    named_beside = _pobjs_with(trigger)
    excluded |= {t.i for c in trigger.children if c.dep_ == "advcl" and
                 any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and
                 (named_beside or any(g.dep_ == "mark" and g.lower_ in (
                     "since", "after", "before", "until", "once", "when") for g in c.children))
                 for t in c.subtree}
    # "a meeting with officials from the FBI office investigating Brown's death": what the
    # counterpart is busy with names no further party
    excluded |= {t.i for d in trigger.subtree if _busy_with(d) for t in d.subtree}
    # "a visit to Malaysia under pressure from Saudi Arabia": the cause, not a party
    excluded |= {t.i for c in trigger.children if c.dep_ == "prep" and _under_pressure(c)
                 for t in c.subtree}
    # "trade talks and his coming summit with Kim", "Biden's visit and the president's
    # comments": the next item of a list has its own parties
    excluded |= {t.i for c in trigger.children if c.dep_ == "conj" and c.i > trigger.i
                 for t in c.subtree}
    excluded |= _appos_across_a_clause(trigger)
    if named_beside:
        # "a Ukraine summit with Putin": the modifier is the topic, the "with" names the party
        excluded |= {t.i for c in trigger.children if c.dep_ in ("compound", "nmod")
                     and c.i < trigger.i and c.ent_type_ != "PERSON" for t in c.subtree}
    return {t.i for t in trigger.subtree} - excluded


# buildings named after the body they house ("the RNC headquarters", "the Russian embassy")
BUILDING_NOUNS = {"headquarters", "offices", "building", "residence", "embassy", "compound",
                  "estate", "mansion", "hotel", "club"}
# "where a meeting with Putin is possible": a chance, not a plan
MAYBE_WORDS = {"possible", "likely", "unlikely", "uncertain", "unclear", "conceivable"}


def _only_maybe(clause_verb: Token) -> bool:
    """A clause that only says something may happen ("where he may meet Putin", "where a
    meeting is possible")."""
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_WORDS or
               c.dep_ == "acomp" and c.lemma_.casefold() in MAYBE_WORDS
               for c in clause_verb.children)


def _maybe_clauses(token: Token) -> set[int]:
    """The tokens of the relative and adverbial clauses under ``token`` that only say
    something may happen."""
    return {t.i for r in token.subtree if r.dep_ in ("relcl", "advcl") and _only_maybe(r)
            for t in r.subtree}


def _place_name(ent: Span) -> str:
    """A place entity's name without a leading "the" or the preposition the tagger sometimes
    runs on with ("the Great Hall of the People on")."""
    words = list(ent)
    while words and (words[-1].pos_ in ("ADP", "DET", "PUNCT", "CCONJ")):
        words.pop()
    if not words:
        return ent.text
    text = ent.doc[words[0].i:words[-1].i + 1].text
    return re.sub(r"^the\s+", "", text, flags=re.I)


def _demonym_capital(token: Token) -> str | None:
    """The state of "the Kazakh capital", "the Mexican capital": its demonym's."""
    if token.lemma_.casefold() != "capital" or token.pos_ != "NOUN":
        return None
    demonyms = _gazetteer().demonyms
    # (with the words of a two-word demonym: "the North Korean capital")
    forms = [normalise_form(token.doc[c.left_edge.i:c.i + 1].text) for c in token.children
             if c.dep_ in ("amod", "compound")]
    forms += [normalise_form(c.text) for c in token.children if c.dep_ in ("amod", "compound")]
    return next((demonyms[form] for form in forms if form in demonyms), None)


def _dest_name(span: Span) -> str:
    """A destination as a place name: "to the United Kingdom" is a visit to "United
    Kingdom" (a capital "The" that begins a name stays: "The Hague"); "the city" is the city
    named last before it."""
    # ("visits to the Russian capital": Moscow)
    return _city_named_before(span) or _capital_of(span.root) or \
        re.sub(r"^the\s+", "", span.text)


def _city_named_before(span: Span) -> str | None:
    """"the city", "the capital" with no words of their own: the last capital or city of a
    known state named before them in the article (within a few paragraphs' reach)."""
    if not re.fullmatch(r"the (?:city|capital)", span.text, re.I):
        return None
    for ent in reversed([e for e in span.doc.ents if e.end <= span.start]):
        if span.start_char - ent.start_char > CITY_REACH:
            return None
        if ent.label_ != "GPE" or _city_as_government(ent):
            continue  # ("Moscow has accused Britain …": the government, no place named)
        name = normalise_form(ent.text)
        if _gazetteer().state_of_city(ent.text) is not None or any(
                name in {normalise_form(c) for c in e.capitals}
                for e in _gazetteer().lookup(ent.text) if e.kind == "state"):
            return ent.text
    return None


def _city_as_government(ent: Span) -> bool:
    """A city named for the government seated there: the subject or owner of an act ("Moscow
    has accused", "Beijing's warning"), or whom a measure or talk is aimed at ("sanctions on
    Moscow", "talks with Beijing")."""
    root = ent.root
    return root.dep_ in ("nsubj", "nsubjpass", "poss") or root.dep_ == "pobj" and \
        root.head.lower_ in ("on", "against", "with", "by")


def _capital_of(token: Token) -> str | None:
    """"the Qatari capital", "the Afghan capital": the capital the gazetteer gives the state
    the adjective names."""
    if token.lemma_.casefold() != "capital" or token.pos_ != "NOUN":
        return None
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.i < token.i:
            gazetteer = _gazetteer()
            state = gazetteer.demonyms.get(child.lower_)
            entry = gazetteer.entries.get(state) if state else None
            if entry is not None and entry.capitals:
                return entry.capitals[0]
    return None


def _further_places(trigger: Token) -> list[tuple[str, str | None]]:
    """"met in Vietnam in November and in Hamburg in July": the places a meeting verb's place
    phrase is coordinated with ("and in Hamburg"), each with the date phrase right after it."""
    if trigger.pos_ != "VERB" or trigger.lemma_.casefold() not in ("meet", "talk", "speak"):
        return []
    doc = trigger.doc
    out: list[tuple[str, str | None]] = []
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        for extra in (t for t in prep.subtree if t.dep_ == "conj" and
                      t.lower_ in ("in", "at") and t.head.dep_ == "prep"):
            obj = next((g for g in extra.children if g.dep_ == "pobj"), None)
            ent = next((e for e in doc.ents if obj is not None and e.start <= obj.i < e.end
                        and e.label_ in ("GPE", "LOC", "FAC")), None)
            if ent is None:
                continue
            when = None
            if ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("in", "on") and \
                    doc[ent.end + 1].ent_type_ == "DATE":
                date_ent = next(e for e in doc.ents if e.start <= ent.end + 1 < e.end)
                when = date_ent.text
            out.append((_place_name(ent), when))
    return out


# "have met three times since 2022 - in Bali …, in London in April and in Rome": a count of
# occasions, then the list of them after a colon or dash
OCCASION_COUNT = re.compile(r"\b(?:twice|(?:two|three|four|five|six|several|\d+) times)\b[^:;—–]{0,40}?"
                            r"(?::|—|–|\s-\s)\s*", re.I)
OCCASION_END = re.compile(r"\s*(?:—|–|\s-\s|;|\.\s|\.$)")


def _enumerated_occasions(trigger: Token) -> list[tuple[Span | None, Span | None]]:
    """The occasions listed after a count of them ("has met Wang three times - in Qingdao in
    August, at the UN in September, and in Phnom Penh in November"): for each listed item,
    its place and date entities; empty unless two or more items name a place or a date."""
    if trigger.pos_ != "VERB":
        return []
    sent = trigger.sent
    text = sent.text
    at = trigger.idx - sent.start_char
    count = OCCASION_COUNT.search(text, at)
    if count is None or count.start() - at > 60:
        return []
    end = OCCASION_END.search(text, count.end())
    stop = end.start() if end else len(text)
    items: list[tuple[Span | None, Span | None]] = []
    base = previous = count.end()
    for match in re.finditer(r",\s*(?:and\s+)?|\s+and\s+|$", text[base:stop]):
        a, b = sent.start_char + previous, sent.start_char + base + match.start()
        ents = [e for e in sent.ents if a <= e.start_char and e.end_char <= b]
        place = next((e for e in ents if e.label_ in ("GPE", "LOC", "FAC")), None)
        when = next((e for e in ents if e.label_ == "DATE"), None)
        if place is not None or when is not None:
            items.append((place, when))
        previous = base + match.end()
        if previous >= stop:
            break
    return items if len(items) >= 2 else []


def _further_dates(trigger: Token) -> list[tuple[Span | None, str | None]]:
    """The dated parts of a contact verb that tells several contacts of the same people:
    "spoke in February and again in September" (split at "again"), "talked twice, in March
    and in late July" (date phrases joined by "and"). Each part gives its first date and the
    first place named in it; empty when there is a single part."""
    if trigger.pos_ != "VERB":
        # ("hosted two rounds of talks in July and again in August": the verb's parts)
        held = _round_held(trigger)
        if held is None or held.head.pos_ != "VERB":
            return []
        trigger = held.head
    doc = trigger.doc
    preps = [c for c in trigger.children if c.dep_ == "prep" and c.i > trigger.i]
    cuts = sorted({c.i for c in trigger.children if c.lower_ == "again" and c.i > trigger.i} |
                  {a.i for p in preps for a in p.children if a.lower_ == "again"} |
                  {a.i for p in preps for a in p.subtree if a.dep_ == "conj" and
                   a.lower_ in ("in", "on") and a.head.i == p.i and any(
                       g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in a.children)})
    if not cuts:
        return []
    # the branch ends where another verb joined to the trigger begins
    end = min([c.left_edge.i for c in trigger.children if c.i > trigger.i and
               c.pos_ in ("VERB", "AUX") and c.dep_ in BRANCH_DEPS] + [trigger.right_edge.i + 1])
    bounds = [trigger.i + 1, *[c for c in cuts if c < end], end]
    parts: list[tuple[Span | None, str | None]] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        # (the last date word of the part is the sharpest: "this year, in March")
        when = next((e for e in reversed(doc.ents) if a <= e.start and e.end <= b and
                     e.label_ == "DATE" and find_date_expression(e.text)), None)
        where = next((_place_name(e) for e in doc.ents if a <= e.start and e.end <= b and
                      e.label_ in ("GPE", "LOC", "FAC")), None)
        parts.append((when, where))
    if len(parts) < 2 or sum(w is not None for w, _ in parts) < 2:
        return []
    return parts


def _venue_visited(trigger: Token) -> str | None:
    """"visited the White House", "traveled to Capitol Hill": a named building or quarter the
    trip goes to (the tagger makes them bodies, so they are no destinations), as its place."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"] + [
        g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children if g.dep_ == "pobj"]
    for obj in objects:
        ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
        if ent is not None and ent.label_ in ("ORG", "FAC") and obj.pos_ == "PROPN" and \
                ent.root.i == obj.i and ent[-1].lower_ in VENUE_WORDS:
            return _place_name(ent)
    return None


# last words of the buildings and quarters seats of power are named by
VENUE_WORDS = {"house", "hill", "kremlin", "pentagon", "capitol", "palace", "street",
               "office", "building", "tower", "lago", "david"}


def _between_people(trigger: Token) -> set[int]:
    """"negotiations on the budget between the speaker and President Obama", parsed with
    "between" on the topic: the people named after it are the parties all the same."""
    return {t.i for c in trigger.subtree if c.dep_ == "prep" and c.lower_ == "between" and
            c.head.i != trigger.i and any(g.ent_type_ == "PERSON" for g in c.subtree)
            for t in c.subtree}


def _is_gathering_of(prep: Token) -> bool:
    """"meeting of the UDCG" names who meets; "discussion of extraterritoriality" a topic."""
    return prep.lower_ == "of" and prep.head.lemma_.casefold() in GATHERING_NOUNS


def _path_to(token: Token, top: Token) -> list[Token]:
    """The heads between ``token`` and its ancestor ``top`` (exclusive)."""
    # spaCy makes a new Token object at each access: compare positions, never identity
    path = []
    node = token.head
    while node.i != top.i and node.head.i != node.i:
        path.append(node)
        node = node.head
    return path


def _spent_in_a_place(verb: Token) -> bool:
    """"spent two days in Pyongyang", "spent the weekend in Moscow": time spent in a named
    place is a stay there (not "spent billions in Africa", nor time with someone, which is a
    meeting)."""
    if verb.pos_ != "VERB":
        return False
    timed = any(c.dep_ in ("dobj", "npadvmod") and (
        c.lemma_.casefold() in SPENT_TIME or c.ent_type_ == "DATE") for c in verb.children)
    there = any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for g in c.children)
        for c in verb.children)
    return timed and there


TRIP_NOUNS = {"trip", "tour", "journey", "swing"}


def _another_trips_words(trigger: Token, clause: Span) -> set[int]:
    """The words of a trip noun of the clause outside the trigger's own phrase, with what
    it says of where the trip went ("at the end of a tour that has also taken her to Senegal
    and Zambia")."""
    own = {t.i for t in trigger.subtree}
    out: set[int] = set()
    for noun in clause:
        if noun.i in own or noun.pos_ != "NOUN" or noun.lemma_.casefold() not in TRIP_NOUNS or \
                noun.is_ancestor(trigger):
            continue
        out |= {t.i for t in noun.subtree}
    return out


def _destinations(trigger: Token) -> list[Span]:
    """Places a trip goes to: "to Moscow … and Germany", "visit Washington"."""
    doc = trigger.doc
    # every "to" of the trip itself ("to Moscow in November and to Germany in January",
    # "on to Poland"), not those of a purpose clause ("to meet …")
    # ("flew into the North Korean capital": "into" after a verb of motion too)
    into = ("to", "into") if trigger.pos_ == "VERB" and trigger.lemma_ == "fly" else ("to",)
    heads = [t for t in trigger.subtree if t.lower_ in into and t.dep_ in ("prep", "dative",
                                                                           "conj")
             and (not any(a.pos_ in ("VERB", "AUX") for a in _path_to(t, trigger))
                  or _leg_after_purpose(t, trigger))]
    if trigger.pos_ == "NOUN" and trigger.lemma_.casefold() in TRIP_NOUNS | {"visit"}:
        # "the trip took Blinken to Israel and Jordan", "a tour that took him to Qatar": the
        # places the trip took its traveller to
        heads += [c for v in _trip_takers(trigger)
                  for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    if trigger.lemma_ == "stop":
        heads = _stop_places(trigger)
    if trigger.lemma_ in ("leave", "depart"):
        # "leaves for Kyiv on Friday": only a "for" names where the trip goes ("left
        # Moscow" is a departure)
        heads = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"]
    if trigger.lemma_ in ("arrive", "land", "spend") or trigger.lower_ in ("due", "expected") \
            or trigger.lemma_ == "stop" and trigger.pos_ == "VERB":
        # "arrived in Warsaw", "will stop in Seoul on the way back"
        heads = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    objects: list[Token] = []
    for prep in heads:
        objects.extend(c for c in prep.children if c.dep_ == "pobj")
    if trigger.lemma_ in ("visit", "tour"):
        objects.extend(c for c in trigger.children if c.dep_ == "dobj")
    if objects:
        # "to Moscow in November and Germany in January" parsed with Germany joined to the
        # month: a place joined to the date of a leg is the next destination
        for prep in trigger.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
                for when in prep.children:
                    if when.dep_ == "pobj" and when.ent_type_ == "DATE":
                        objects.extend(c for c in when.children if c.dep_ == "conj"
                                       and c.ent_type_ == "GPE")
    places: list[Span] = []
    if trigger.pos_ == "NOUN" and not objects:
        # "a surprise Kyiv visit", "his Moscow trip": a capital or state named as the trip
        # noun's modifier (tagged as an adjective as often as as a name)
        for mod in trigger.children:
            if mod.dep_ in ("compound", "amod") and mod.i < trigger.i and mod.is_title and (
                    _is_state_or_capital(mod.text) or
                    _gazetteer().state_of_city(mod.text) is not None):
                places.append(doc[mod.i:mod.i + 1])
    queue = list(objects)
    while queue:
        obj = queue.pop(0)
        queue.extend(c for c in obj.children if c.dep_ in ("conj", "appos"))
        if obj.ent_type_ == "GPE":
            # "Egypt, the Republic of Congo, Uganda and Ethiopia": the list goes on from the
            # last word of a name of several words
            inside = next((e for e in doc.ents if e.start <= obj.i < e.end), None)
            if inside is not None:
                queue.extend(c for t in inside if t.i != obj.i for c in t.children
                             if c.dep_ == "conj" and not inside.start <= c.i < inside.end)
        joined = [c for c in obj.children if c.dep_ == "cc" and c.i == obj.i + 1]
        if joined and not any(c.dep_ == "conj" for c in obj.children) and \
                obj.i + 2 < len(doc) and doc[obj.i + 2].dep_ == "conj" and \
                doc[obj.i + 2].pos_ == "PROPN" and _is_state_or_capital(doc[obj.i + 2].text):
            # "IAEA head to visit Moscow and Kiev": the parser hung the second capital on
            # another word; the "and" left on the first still joins them
            queue.append(doc[obj.i + 2])
        # the small model tags some capitals as people ("to Kyiv"): the gazetteer knows them
        # (with the words of its name before it: "Abu Dhabi", tagged an organisation)
        first = min([c.i for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] +
                    [obj.i])
        name = doc[first:obj.i + 1]
        if _demonym_capital(obj) is not None:
            # "arrived in the Kazakh capital": the capital of the state the demonym names
            places.append(doc[obj.left_edge.i:obj.i + 1])
            continue
        if _city_named_before(doc[obj.left_edge.i:obj.i + 1]) is not None:
            # "Macron's visit to the city", Kyiv named before: that city
            places.append(doc[obj.left_edge.i:obj.i + 1])
            continue
        known = obj.pos_ == "PROPN" and any(
            _is_state_or_capital(n.text) or
            _gazetteer().state_of_city(n.text) is not None for n in (obj, name))
        if obj.ent_type_ not in ("GPE", "LOC") and not known:
            continue
        ent = next((e for e in doc.ents if e.start <= obj.i < e.end), None)
        if ent is None or ent.label_ not in ("GPE", "LOC"):
            ent = name
        if all(ent.start != p.start for p in places):
            places.append(ent)
    places.sort(key=lambda e: e.start)
    # "Brussels, Belgium": a state set off by a comma after a place that is not one names
    # where that place lies, not a further stop
    return [p for k, p in enumerate(places)
            if not (k and _locates_previous(places[k - 1], p))]


def _separate_legs(destinations: list[Span], own_dates: list[tuple[str | None, str | None]]
                   ) -> bool:
    """A trip of several legs told one by one ("to Kyiv on Monday and to Moscow on Tuesday",
    "to Kyiv …, and then to Berlin"): each destination has its own "to" or its own date. A
    plain list ("to Kyiv and Warsaw to meet Zelensky and Duda") cannot say who is met where."""
    if len(destinations) < 2:
        return False
    preps = set()
    for dest in destinations:
        head = dest.root.head
        while head.dep_ == "conj" and head.head.i != head.i and head.lower_ != "to":
            head = head.head  # "to Kyiv and Warsaw": Warsaw hangs from Kyiv
        preps.add(head.i if head.lower_ == "to" else -1)
    days = [d for d, _ in own_dates]
    return len(preps - {-1}) == len(destinations) or (None not in days and len(set(days)) > 1)


def _locates_previous(before: Span, place: Span) -> bool:
    """``place`` is the state of the place named just before it ("Kyiv, Ukraine")."""
    doc = place.doc
    between = doc[before.end:place.start]
    if [t.text for t in between] != [","]:
        return False
    # "Warsaw, Berlin": two cities; "Poland, Germany": two states. Only a state after a place
    # that is not one names where it lies.
    return _is_state(place.text) and not _is_state(before.text)


def _is_state(word: str) -> bool:
    """The name is a state's own name ("Belgium", "the United Arab Emirates"), not only one
    of its cities."""
    word = re.sub(r"^the\s+", "", word, flags=re.I)
    return any(entry.kind == "state" and (entry.name == word or word in entry.aliases)
               for entry in _gazetteer().lookup(word))


def _headline_subjects(subject: Token, clause: Span) -> list[Token]:
    """"Blinken, Austin to travel to Kyiv": in headline style a comma joins the subjects, and
    the parser hangs all but the last elsewhere. Names and commas alone between the clause's
    start and the subject are subjects too."""
    doc = subject.doc
    before = list(doc[clause.start:subject.left_edge.i])
    if len(before) < 2 or before[-1].text != "," or before[0].pos_ != "PROPN":
        return []
    if not all(t.pos_ == "PROPN" or t.text == "," or t.lower_ == "and" for t in before):
        return []
    return [t for t in before if t.pos_ == "PROPN"]


HEADLINE_VERBS = {"hosts", "meets", "visits", "receives", "welcomes"}


def _headline_verb(token: Token) -> bool:
    """"Biden hosts Zelensky", "Putin receives Lukashenko": a present-tense verb between two
    names that the small model reads as a plural noun."""
    if token.lower_ not in HEADLINE_VERBS or token.tag_ not in ("NNS", "NNPS") or \
            token.ent_type_ or token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    return all(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")
               for t in (before, after))


# nouns that make "a … call" a conversation, not an appeal ("a ceasefire call")
CALL_KIND_NOUNS = {"phone", "telephone", "video", "conference", "courtesy", "leader", "leaders",
                   "morning", "afternoon", "evening", "night", "weekend", "hour", "minute",
                   "follow", "zoom", "teleconference", "way", "party"}  # "three-way", "four-party"
# the first word of a state office's title ("foreign minister", "prime minister"); a bare
# "leader" is too loose ("Burma leader" may be a de facto or opposition leader)
TITLE_LEAD_WORDS = {"foreign", "defence", "defense", "prime", "interior", "finance", "trade",
                    "economy", "deputy", "vice"}
HYPHENS = {"-", "–", "—"}
OFFICE_NOUNS = {"minister", "president", "leader", "envoy", "ambassador", "secretary", "premier",
                "chancellor", "chief", "head"}
HEAD_WORDS = {"chief", "head", "boss", "leader", "president", "secretary-general"}
HEADLINE_SUBJECT_MAX = 8  # tokens: "Foreign ministers of Baltic states"
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
NOT_IN_HEADLINE_SUBJECT = {"ADP", "SCONJ", "PRON", "ADV", "PART", "AUX"}


def _headline_names(trigger: Token, clause: Span) -> list[Token]:
    """A headline's subject: "Harris, Austin to travel to Warsaw" (names, commas and "and"
    alone before the "to" of the trip verb, which the parser leaves without a subject)."""
    if trigger.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return []
    to = next((c for c in trigger.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return []
    before = list(trigger.doc[clause.start:to.i])
    if not before or len(before) > HEADLINE_SUBJECT_MAX or \
            not (before[0].is_title or before[0].is_upper):
        return []
    # a noun phrase or a list of them ("Scholz", "Macron and Scholz", "NATO chief", "IAEA
    # head", which the small model often tags as a common noun or even a verb), never a
    # clause of its own ("In order to meet Putin, …", "He says …")
    # ("WHO head Tedros to visit China": a role word the tagger read as a finite verb)
    if any(t.tag_ in FINITE_TAGS and t.lower_ not in HEADLINE_ROLE_WORDS or
           t.pos_ in NOT_IN_HEADLINE_SUBJECT and t.lower_ not in HEADLINE_ROLE_WORDS and
           not (t.is_upper and len(t.text) > 1) or  # ("WHO" read as a pronoun)
           t.is_punct and t.text != "," for t in before):
        return []
    return [t for t in before if t.text != "," and t.lower_ != "and"]


HEADLINE_ROLE_WORDS = {"head", "chief", "boss", "envoy", "leader", "heads", "chiefs",
                       "leaders", "envoys"}


def _leg_after_purpose(to: Token, trigger: Token) -> bool:
    """"flies to Kyiv to meet Zelensky, and then to Berlin": the next leg's "to" is parsed as
    joined to the purpose verb; it is a destination of the trip when it names a place."""
    if to.dep_ != "conj" or to.head.head.i != trigger.i or \
            to.head.dep_ not in ("xcomp", "advcl") or \
            to.head.lemma_ not in PURPOSE_LEMMAS | {"see"}:  # ("to see Sisi and then to Qatar")
        return False
    return any(c.dep_ == "pobj" and (c.ent_type_ in ("GPE", "LOC") or (
        c.pos_ == "PROPN" and _is_state_or_capital(c.text))) for c in to.children)


def _officials_subject(verb: Token) -> bool:
    """The verb's subject is a body's people in the plural ("EU defence ministers"), or the
    body itself meeting with no one else named ("the Security Council meets on Yemen")."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            itself = verb.lemma_ in ("meet", "convene", "reconvene") and not any(
                c.dep_ == "dobj" or c.lower_ in ("with", "between") for c in verb.children)
            return any(s.tag_ in ("NNS", "NNPS") and s.lemma_.casefold() in OFFICIALS or
                       itself and s.ent_type_ == "ORG" for s in subjects)
        if node.head.i == node.i:
            break
        node = node.head
    return False


LONE_REACH = 1200  # characters: a few short paragraphs of news

BODY_HEADS = {"group", "friends", "quartet", "coalition", "forum", "alliance", "league",
              "union", "contact"}


def _verb_read_as_noun(token: Token) -> bool:
    """"meet" tagged a noun at the root of its sentence with a subject of its own: a verb
    the tagger misread ('"Friends of Syria" meet in Paris, agreeing …')."""
    return token.lower_ in ("meet", "meets") and token.pos_ == "NOUN" and \
        token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children)


def _named_body_meets(trigger: Token) -> str | None:
    """The name of a grouping of states that is itself the subject of an intransitive "meet"
    ("The Contact Group on Libya meets in Abu Dhabi", "the Friends of Syria met in Tunis"):
    a capitalised head noun of the kind such groupings are called by, no one met named."""
    if (trigger.pos_ != "VERB" and not _verb_read_as_noun(trigger)) or \
            trigger.lemma_.casefold() not in ("meet", "convene", "reconvene", "gather"):
        return None
    if any(c.dep_ in ("dobj", "agent") or c.lower_ in ("with", "between")
           for c in trigger.children):
        return None
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in BODY_HEADS or not subject.text[:1].isupper() \
            or subject.i == subject.sent.start and not subject.ent_type_:
        return None  # a sentence-initial capital alone does not make a name
    words = [t for t in subject.subtree if t.dep_ != "det" and not t.is_punct]
    if not words or any(b.i - a.i != 1 for a, b in zip(words, words[1:], strict=False)):
        return None
    if not all(t.text[:1].isupper() or t.lower_ in ("of", "on", "for", "and")
               for t in words) or words[-1].lower_ in ("of", "on", "for", "and"):
        return None
    return " ".join(t.text for t in words)


def _one_held_with(token: Token) -> bool:
    """"his visit with the House members … the one that he led with their Senate
    colleagues on Tuesday": "one" standing for a contact noun earlier in the sentence, with a
    clause of its own that names who held it with whom."""
    if token.lower_ != "one" or token.pos_ not in ("NOUN", "PRON"):
        return False
    if not any(t.i < token.i and t.pos_ == "NOUN" and
               _noun_format(t) is not None for t in token.sent):
        return False
    return any(c.dep_ == "relcl" and c.lemma_.casefold() in ("lead", "hold", "have", "host")
               and c.tag_ in ("VBD", "VBN") and
               any(g.dep_ == "prep" and g.lower_ == "with" for g in c.children)
               for c in token.children)


# what two leaders stand before the press at together ("a joint news conference with X")
JOINT_APPEARANCES = {"conference", "appearance", "availability", "briefing", "event"}


def _joint_appearance(token: Token) -> bool:
    """"at a joint news conference with Netanyahu", "a joint appearance with Komorowski":
    standing before the press together is a meeting of the two; a conference that is not
    joint ("told a news conference") or joint with no named partner is none."""
    if token.pos_ != "NOUN" or token.lemma_.casefold() not in JOINT_APPEARANCES:
        return False
    if not any(c.dep_ == "amod" and c.lower_ == "joint" for c in token.children):
        return False
    if token.dep_ == "dobj" and token.head.lemma_.casefold() in ("hold", "give", "host") and \
            any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children)
                for c in token.head.children):
        return True  # "Obama and Cameron held a joint news conference"
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or
                              g.pos_ == "PROPN") for g in c.children)
        for c in token.children)


def _after_talks(trigger: Token) -> bool:
    """An indefinite contact noun in an "after" phrase ("After talks at the palace, Erdogan
    said …"): the talks are told, not only a time, when the sentence gives their sides."""
    return trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "following") and \
        not _is_definite(trigger)


def _in_a_place_named(word: Token) -> bool:
    """"due in Washington", "expected in Beijing": an "in"/"to" phrase on the word names a
    state or city."""
    # (or a state the tagger took for something else: "due in Samoa" tagged ORG)
    return any(c.dep_ == "prep" and c.lower_ in ("in", "to") and any(
        g.dep_ == "pobj" and (g.ent_type_ == "GPE" or g.pos_ == "PROPN" and _is_state(g.text))
        for g in c.children) for c in word.children)


def _trip_takers(trip: Token) -> list[Token]:
    """"the trip took Blinken to Israel", "a tour that took him to Qatar": the verbs of
    taking a trip noun is the subject of, whose objects travel and whose "to" goes where."""
    verbs = [trip.head] if trip.dep_ == "nsubj" else []
    verbs += [c for c in trip.children if c.dep_ == "relcl"]
    return [v for v in verbs if v.lemma_.casefold() in ("take", "bring")]


def _courtesy_call(token: Token) -> bool:
    """A call paid on someone ("paid a courtesy call on the king", "made a call on Modi"): a
    visit in person, whose "on" phrase names the one visited (not "a call on Russia to
    withdraw", an appeal)."""
    if token.lemma_.casefold() != "call" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.lower_ == "courtesy" for c in token.children) and \
            token.i + 1 < len(token.doc) and not token.nbor().lower_.startswith("to"):
        return True  # "received a courtesy call from X": a visit in person (not "a courtesy
        # call to congratulate him", which may be by phone)
    on = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and
          any(g.dep_ == "pobj" for g in c.children)]
    if not on:
        return False
    if any(c.lower_ == "courtesy" for c in token.children):
        return True
    # ("made a call on Russia to withdraw": an appeal, whose infinitive may hang anywhere)
    return token.dep_ == "dobj" and token.head.lemma_.casefold() in ("pay", "make") and \
        not any(c.lower_ in ("to", "for") and c.i > token.i for c in token.head.subtree)


def _call_paid_on(prep: Token) -> bool:
    """The "on" of "paid a courtesy call on the king": it names whom the call visits, not
    a topic."""
    return prep.lower_ in ("on", "upon") and prep.dep_ == "prep" and _courtesy_call(prep.head)


def _pobjs_with(trigger: Token) -> bool:
    """The word names its counterparts itself: a "with" or "between" phrase hangs on it ("a
    meeting with Lavrov"), or an "on" names whom a call paid visits ("a courtesy call on the
    king")."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") or _call_paid_on(c)
               for c in trigger.children)


def _met_unnamed(verb: Token) -> bool:
    """"met with several students", "met with local leaders": the people met are a plural
    common noun, no one named."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and g.tag_ == "NNS" and not g.ent_type_ for g in c.children)
        for c in verb.children)


def _attended_that(trigger: Token) -> bool:
    """"who attended the smaller meeting", "was at the meeting": a definite meeting noun that
    someone attended, in the past."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.casefold() not in ("meeting", "session") or \
            not any(c.dep_ == "det" and c.lower_ in ("the", "that") for c in trigger.children):
        return False
    verb = trigger.head
    if trigger.dep_ == "pobj" and verb.lower_ == "at":
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBN") and \
        verb.lemma_.casefold() in ("attend", "be", "join", "sit") and \
        (trigger.dep_ == "dobj" or trigger.dep_ == "pobj")


def _unnamed_counterparts(trigger: Token) -> bool:
    """"consultations with over a dozen other Allies and partners", "spoke with counterparts":
    the other side is there, only not named."""
    preps = [c for c in [*trigger.children, *trigger.head.children]
             if c.dep_ == "prep" and c.lower_ in ("with", "between", "among")]
    return any(t.tag_ in ("NNS", "NNPS") and t.lemma_.casefold() in COUNTERPART_PLURALS
               for p in preps for t in p.subtree)


def _past_without_year(trigger: Token, date_text: str | None) -> bool:
    """A contact told in the simple past ("visited", "held talks") whose date was named
    without its year: a date after the publication is a misread year, not a plan."""
    if not date_text or re.search(r"\b\d{4}\b", date_text):
        return False
    verb = next((a for a in [trigger, *trigger.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    perfect = verb.tag_ == "VBN" and {c.lower_ for c in verb.children if c.dep_ == "aux"} & {
        "had", "has", "have", "'d"} and not any(c.dep_ == "aux" and c.tag_ == "MD"
                                                  for c in verb.children)
    if not (perfect or _told_as_past(trigger)):
        return False
    return not any(t.dep_ == "mark" and t.lower_ in ("if", "unless", "once", "until")
                   for t in verb.children)


def _year_before(day: str | None) -> str | None:
    if not day or not re.match(r"\d{4}-", day):
        return day
    return f"{int(day[:4]) - 1:04d}{day[4:]}"


def _after_publication(day: str | None, published: str | None) -> bool:
    """A contact dated after the article's day (a day's lag allowed; a month after the
    publication month) cannot have been held yet."""
    if not day or not published or len(published) < 10:
        return False
    if len(day) == 7:
        return day > published[:7]
    try:
        from datetime import date, timedelta
        return date.fromisoformat(day) > date.fromisoformat(published) + timedelta(days=1)
    except ValueError:
        return False


def _is_state_or_capital(word: str) -> bool:
    return any(entry.kind == "state" for entry in _gazetteer().lookup(word))


def _appeal_to_act(call: Token) -> bool:
    """A noun "call" that asks someone to act: "a call to end the war", "calls from the U.S.
    to stop" (the infinitive may hang from the verb after the noun's phrase). A call that
    something happened in ("urged Putin in a call on Saturday to hold talks") is a call."""
    if call.dep_ == "pobj" and call.head.lower_ in PLACE_TIME_PREPS:
        return False
    for child in call.children:
        if child.dep_ in ("acl", "relcl", "xcomp") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return True
    end = max(t.i for t in call.subtree) + 1
    doc = call.doc
    infinitive = end + 1 < len(doc) and doc[end].lower_ == "to" and doc[end].tag_ == "TO" and \
        doc[end + 1].tag_ == "VB"
    if not infinitive or any(c.lower_ in ("with", "between") for c in call.children):
        return False
    # "held a call to discuss Ukraine" is a call with a purpose; "echoed Trump's earlier
    # call to release the report", "calls from the U.S. to stop" are appeals
    return call.head.lemma_.casefold() not in CALL_HOLDERS


def _asked_for(trigger: Token) -> bool:
    """"called for a meeting", "renewed his calls for talks", "requested a call", "offered
    talks": the contact is what someone asks for or offers."""
    head = trigger.head
    if trigger.dep_ == "dobj" and head.lemma_.casefold() in APPEAL_LEMMAS - {"call"}:
        return True
    if trigger.dep_ == "pobj" and head.lower_ == "for":
        asker = head.head
        if asker.lemma_.casefold() in APPEAL_LEMMAS:
            return True
        return any(c.dep_ == "dobj" and c.lemma_.casefold() in APPEAL_LEMMAS
                   for c in asker.children)
    return False


# verbs of one person addressing another: done at a meeting, the two of them were in it
ADDRESS_LEMMAS = {"ask", "tell", "urge", "press", "warn", "assure", "inform", "promise", "thank",
                  "invite", "remind", "brief", "implore", "congratulate", "pressure", "beg"}
# the same, and handing something over, as contact verbs: a meeting when told with a place
# ("presented it to Biden in the Oval Office", "told Lavrov in Geneva"; an invitation is a
# contact of its own kind)
# (kept out of VERB_FORMATS: "told Putin by telephone" is the telephone's call)
SAID_TO_LEMMAS = ADDRESS_LEMMAS - {"invite"} | {"present", "outline", "explain", "hand", "lay"}


def _reported_act_at(trigger: Token, verb: Token | None) -> Token | None:
    """For a contact noun set before a verb of saying ("During the meeting, aides said that
    X asked Y to …"), the reported verb of X addressing Y, if that is how the clause runs."""
    if verb is None or verb.lemma_ not in REPORTING_LEMMAS or \
            trigger.head.lower_ not in SETTING_PREPS or trigger.i > verb.i:
        return None
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i and \
                child.lemma_.casefold() in ADDRESS_LEMMAS and \
                any(c.dep_ in ("dobj", "dative") for c in child.children):
            return child
    return None


def _address_set_off(trigger: Token, verb: Token | None) -> Token | None:
    """"X told Y on Friday that …, at a meeting in Samarkand": a setting set off by a comma
    after what was told belongs to the telling, though the parse hangs it on the clause told;
    the verb of addressing, if that is how the sentence runs."""
    if verb is None or verb.dep_ != "ccomp" or trigger.head.lower_ not in SETTING_PREPS or \
            trigger.head.i == 0 or trigger.doc[trigger.head.i - 1].text != ",":
        return None
    teller = verb.head
    if teller.lemma_.casefold() not in ADDRESS_LEMMAS or teller.i > verb.i or \
            not any(c.dep_ in ("dobj", "dative") for c in teller.children):
        return None
    return teller


def _compared_trip(trigger: Token) -> Token | None:
    """For a trip noun that precedes or follows another ("X's visit to Burma was preceded by a
    visit from Y", "… followed by a trip by Z"), that other trip noun."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.dep_ != "agent":
        return None
    verb = trigger.head.head
    if verb.lemma_.casefold() not in ("precede", "follow"):
        return None
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in verb.children):
        verb = verb.head  # "… was preceded by X but was also followed by Y"
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and
                 c.lemma_.casefold() in ("visit", "trip", "journey", "tour")), None)


def _compared_by(trigger: Token) -> bool:
    """The trip noun is the one another trip precedes or follows (see _compared_trip)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubjpass":
        return False
    verbs = [trigger.head, *(c for c in trigger.head.children if c.dep_ == "conj")]
    compared = [_compared_trip(g) for v in verbs for c in v.children
                if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(trip is not None and trip.i == trigger.i for trip in compared)


def _verb_timed_by(trigger: Token) -> Token | None:
    """The verb a contact noun dates from "ahead of" ("Ahead of the summit, X criticized
    Y"), if that is how the noun is set."""
    head = trigger.head
    if trigger.dep_ != "pobj":
        return None
    if head.lower_ == "of" and head.head.lower_ == "ahead" and \
            head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head
    return None


def _time_of_something_else(trigger: Token) -> bool:
    """"After the meeting, Treasury released …": a definite contact noun that only dates
    another event, with no party of its own."""
    head = trigger.head
    if trigger.dep_ != "pobj" or head.lower_ not in TIME_PREPS and not (
            head.lower_ == "of" and head.head.lower_ in ("ahead", "eve")):
        return False  # ("On the eve of the summit, Putin told the Financial Times …")
    return not any(c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "prep" and
                   c.lower_ in ("with", "between", "of") for c in trigger.children)


def _share_attributes(contacts: list[Contact], tenseless: set[int] | None = None) -> None:
    """Every mention of one contact carries what the whole article establishes about it
    (a headline "call" gets the day the body gives)."""
    groups: dict[int, list[Contact]] = {}
    for i, contact in enumerate(contacts):
        groups.setdefault(_root_at(contacts, i), []).append(contact)
    for members in groups.values():
        # (a day the text names wins over the publication day a headline's present gave)
        dated = next((c for c in members if c.date and len(c.date) == 10 and c.date_text),
                     None) or \
            next((c for c in members if c.date and len(c.date) == 10), None) or \
            next((c for c in members if c.date), None)
        date = dated.date if dated else None
        date_text = dated.date_text if dated else next(
            (c.date_text for c in members if c.date_text), None)
        place = next((c.place for c in members if c.place), None)
        # the most specific format any mention gives ("conversation" → "meet virtually")
        fmt = min((c.format for c in members), key=FORMAT_SPECIFICITY.index)
        if fmt == "visit" and members[0].format == "meeting":
            fmt = "meeting"  # "met with Johnson … Holder's visit": the meeting held on the trip
        # "holding talks with Zelensky … had travelled to meet him … after their talks": the
        # talks held on a trip stay talks, and what names the trip stays the visit
        trip_talks = fmt == "visit" and members[0].format == "talks"
        held_talks = min((c.format for c in members if c.format != "visit"),
                         key=FORMAT_SPECIFICITY.index, default="talks")
        # the status a verb gives ("will meet") holds for the nouns naming the same contact
        told = [c.status for c in members if id(c) not in (tenseless or set())]
        for c in members:
            c.format = held_talks if trip_talks and c.format != "visit" else fmt
            c.date = date
            c.date_text = date_text
            # parties the article adds later ("X joined the call") are the contact's own
            c.participants = list(members[0].participants)
            if told:
                c.status = told[0]
            c.place = c.place or place


def _headline_day_from_lead(contacts: list[Contact], published: str | None) -> None:
    """A headline in the present ("Modi and Xi hold talks") was given the publication day;
    when the lead paragraph tells the same people's contact on a day it names ("met on
    Wednesday"), that day is the headline's too (a report published the day after)."""
    for head in contacts:
        if head.paragraph != 1 or head.date_text is not None or head.date != published:
            continue
        lead = next((c for c in contacts if c.paragraph == 2 and c.date_text and c.date and
                     set(c.participants) == set(head.participants) and
                     len(c.participants) >= 2), None)
        if lead is None:
            # "Greek, Turkish leaders meet at NATO summit" over "Mitsotakis met Erdogan … on
            # Tuesday": the headline names the sides by state, the lead by name; when the lead
            # tells one dated contact of the same kind, it is the one the headline sums up
            remote = head.format in REMOTE_FORMATS
            dated = [c for c in contacts if c.paragraph == 2 and c.date_text and c.date and
                     len(c.date) == 10 and c.same_as is None and len(c.participants) >= 2 and
                     (c.format in REMOTE_FORMATS) == remote]
            lead = dated[0] if len(dated) == 1 and len(head.participants) >= 2 else None
        if lead is not None:
            head.date, head.date_text = lead.date, lead.date_text


TRIP_REACH = 3  # paragraphs: what a traveller does after arriving is told soon after


BUILDING_VENUE = re.compile(r"\b(?:White House|Capitol|Kremlin|Pentagon|Palace|Downing Street|"
                            r"Élysée|Elysee|Chancellery|Oval Office|Situation Room)\b")


THIS_PART_OF_DAY = re.compile(r"\bthis (?:morning|afternoon|evening)\b", re.I)
DAY_REACH = 700  # characters back a time of day may look for the day it belongs to


def _clock_time_date(doc: Doc, clause: Span) -> tuple[str | None, str | None] | None:
    """A plan at a clock time or a part of the day ("Biden will travel to the Hill around
    4:30 p.m.", "were due to hold talks over tea in the evening"): later on the day last
    named, or on the report's day, with the time as the date's words ((None, None) when that
    day is not sure); None when the clause names no such time."""
    published = doc._.published
    hour = (CLOCK_TIME.search(clause.text) or TIME_OF_DAY.search(clause.text)) \
        if published and len(published) == 10 else None
    if hour is None:
        return None
    date = _day_last_named(doc_text(doc)[:clause.start_char], published, future=True)
    return date, hour.group(0) if date else None


def _day_last_named(before: str, published: str, future: bool = False) -> str | None:
    """The day the last date expression of the text before names (nearby), the publication
    day when the text names none at all; None when the last one names no single day."""
    if not find_date_expression(before):
        return published
    sentences = re.split(r"(?<=[.!?])\s+", before[-DAY_REACH:])
    for sentence in reversed(sentences):
        if THIS_PART_OF_DAY.search(sentence):
            return published  # "planned to return this afternoon": the report's day
        expression = find_date_expression(sentence)
        if expression:
            day = resolve_date(expression, published)
            if future and day and len(day) < 10 and day < published[:len(day)]:
                # ("raised those concerns late last month … due to hold talks in the
                # evening": a past month dates something else; the plan is the report's day)
                return published
            if future and day != published:
                return None  # a plan later in a day: only the report's own day is sure
            return day if day and len(day) == 10 else None
    return None


def _dateline_places(contacts: list[Contact], text: str, published: str | None) -> None:
    """"HELSINKI — President Trump met Vladimir Putin on Monday …": a dispatch's dateline is
    where the reporter is, and so where the meeting, summit or talks its own opening sentence
    reports as held that day took place, when that sentence names no place."""
    for m in datelines(text):
        city = m.group("place").strip()
        if len(city) < 3 or city in ("AP", "UPI", "AFP"):
            continue
        start = m.end()
        stop = text.find(". ", start)
        stop = len(text) if stop < 0 else stop
        for contact in contacts:
            if not (m.start() <= contact.start <= start + 1 or
                    start <= contact.start < stop) or contact.place or \
                    contact.format not in ("meeting", "summit", "talks") or \
                    contact.status != "held" or not _near_day(contact.date, published) or \
                    BUILDING_VENUE.search(contact.evidence):
                continue  # ("a White House meeting": the building is the closer place)
            contact.place = " ".join(w.capitalize() if w.isalpha() else w
                                     for w in city.split())


def _near_day(day: str | None, published: str | None) -> bool:
    """The contact's day is the publication day or the two before it."""
    if day is None or published is None or len(day) != 10 or len(published) < 10:
        return False
    try:
        gap = (datetime.date.fromisoformat(published[:10]) - datetime.date.fromisoformat(day))
    except ValueError:
        return False
    return 0 <= gap.days <= 2


def _places_of_the_trip(contacts: list[Contact], is_person: Callable[[str], bool]) -> None:
    """"Blinken arrived in Kyiv on Monday. … He also met Prime Minister Shmyhal": a contact in
    person that names no place of its own, held by someone on a visit the article has just
    placed (or, in the same paragraph, someone it has just placed at a meeting), with the same
    status and no other day, takes that place."""
    latest: Contact | None = None
    for contact in contacts:
        if contact.place and contact.format in IN_PERSON_FORMATS + ("talks",):
            if contact.format == "visit" or latest is None or latest.format != "visit" or \
                    contact.paragraph != latest.paragraph:
                latest = contact
            continue
        if latest is None or contact.place or contact.format not in IN_PERSON_FORMATS + (
                "talks",) or contact.status != latest.status:
            continue
        if contact.paragraph is None or latest.paragraph is None:
            continue
        reach = TRIP_REACH if latest.format == "visit" else 0
        if not 0 <= contact.paragraph - latest.paragraph <= reach:
            continue
        if contact.date and latest.date and not dates_nest(contact.date, latest.date) and \
                not (latest.format == "visit" and _days_into(latest.date, contact.date)):
            continue  # another day, not in the first days of the visit: maybe another place
        shared = [p for p in contact.participants if p in latest.participants and is_person(p)]
        if shared:
            contact.place = latest.place
    # every mention of one contact keeps one place
    for k, contact in enumerate(contacts):
        root = contacts[_root_at(contacts, k)]
        if root.place and not contact.place:
            contact.place = root.place
        elif contact.place and not root.place:
            root.place = contact.place


def _days_of_the_trip(contacts: list[Contact], is_person: Callable[[str], bool],
                      state_of: Callable[[str], str | None]) -> None:
    """"Orban arrived in Kyiv on Tuesday. … Orban held talks with Zelensky at the palace": a
    contact in person held with no date of its own by the traveller of a one-day visit told
    just before (in its paragraph or the next) is of the visit's day. A visit of several days
    ("a three-day visit") leaves the day open."""
    latest: Contact | None = None
    for contact in contacts:
        if contact.same_as is not None and contact.format != "visit":
            continue  # (a further mention of a visit places it again: "arrived in Kyiv")
        if contact.format == "visit" and contact.status == "held":
            several = MULTI_DAY.search(contact.evidence) or LONG_STAY.search(contact.evidence)
            latest = contact if contact.date and len(contact.date) == 10 and \
                not several else None
            continue
        if contact.date:
            latest = None  # another day told since: the visit's day is no longer in play
            continue
        if latest is None or contact.status != "held" or contact.date_text or \
                contact.format not in IN_PERSON_FORMATS + ("talks",):
            continue
        if contact.place and latest.place and None not in (
                here := state_of(contact.place), there := state_of(latest.place)) and \
                here != there:
            continue  # "arrived in Kyiv from Warsaw, where he had met Tusk": not in Kyiv
        if contact.paragraph is None or latest.paragraph is None or \
                not 0 <= contact.paragraph - latest.paragraph <= 1:
            continue
        travellers = [p for p in latest.participants if is_person(p)]
        if any(p in contact.participants for p in travellers):
            contact.date = latest.date
    # the further mentions of a contact dated so carry its day too
    for k, contact in enumerate(contacts):
        root = contacts[_root_at(contacts, k)]
        if contact.date is None and root.date and root.format == contact.format:
            contact.date = root.date


# besides MULTI_DAY's "a two-day visit": "a week-long trip", "spent three days", a stay of
# more than a day
LONG_STAY = re.compile(r"\b(?:five|six|seven)[- ]day\b|\bweek-long\b|"
                       r"\b(?:two|three|four|five|several|\d+) days\b", re.I)
TRIP_DAYS = 2  # days after an arrival a meeting with no place of its own is still there


def _days_into(arrived: str, day: str) -> bool:
    """Is ``day`` one of the first days after ``arrived`` ("arrived in Helsinki on Sunday …
    met Putin on Monday")? Both must be whole ISO days."""
    if len(arrived) != 10 or len(day) != 10:
        return False
    try:
        gap = (datetime.date.fromisoformat(day) - datetime.date.fromisoformat(arrived)).days
    except ValueError:
        return False
    return 0 < gap <= TRIP_DAYS


AGREED_LEMMAS = {"agree", "decide", "resolve"}


def _reported_future(verb: Token) -> bool:
    """"said Biden would speak with Putin on Thursday": "would" under a verb of saying,
    with no condition ("if", "unless") and no wish around it."""
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return False
    node = verb
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "ROOT" and _next_period(verb) and not any(
            t.lower_ in ("if", "unless", "whether", "only") or t.lemma_.casefold() in WISH_LEMMAS
            for t in verb.sent):
        # "The EU would step up its efforts and would hold talks with Abbas next month": a
        # plan told in reported speech whose "said" the wire sentence left out
        return True
    # ("agreed that Doval and Wang would meet at an early date": a plan the parties made)
    if node.dep_ != "ccomp" or node.head.lemma_.casefold() not in REPORT_LEMMAS | AGREED_LEMMAS:
        return False
    return not any(t.lower_ in ("if", "unless", "whether") or
                   t.lemma_.casefold() in WISH_LEMMAS and t.i != verb.i
                   for t in verb.subtree if t.i < verb.i or t.dep_ in ("advcl", "mark", "xcomp"))


def _next_period(verb: Token) -> bool:
    """The verb is dated to a coming period of its own ("next month", "next week")."""
    return any(t.lower_ == "next" and t.dep_ == "amod" and t.ent_type_ == "DATE"
               for t in verb.subtree)


# what is agreed or prepared at a meeting does not make the meeting a plan ("at a conference
# in London, the allies agree on aid"), unlike "agreed to meet"
SETTING_DECISIONS = {"agree", "invite", "prepare", "arrange"}


def _setting_prep(trigger: Token) -> Token | None:
    """The "at"/"during"/"in" that makes a contact noun the setting of a verb ("at a
    conference, X and Y agree …")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return None
    prep = trigger.head
    return prep if prep.lower_ in ("at", "during", "in") and prep.dep_ == "prep" else None


def _time_mark_for_another(trigger: Token) -> bool:
    """A gathering named only to date another contact ("on the eve of the summit", "ahead of
    the ministerial", "in the run-up to the talks"): the other contact's day is not its day."""
    head = trigger.head
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and (
        head.lower_ == "of" and head.head.lower_ in ("eve", "ahead", "wake", "aftermath") or
        head.lower_ == "to" and head.head.lower_ in ("run-up", "lead-up", "up"))


def _without_asked_echoes(contacts: list[Contact]) -> list[Contact]:
    """"What does the meeting tell us?", "Did Washington warn Moscow about the trip?": a
    question that names a contact already told only by a definite noun, none of its parties,
    asks about it and reports nothing; the echo is left out (later ``same_as`` indices follow
    the shift). ("Did anyone think a video call between Putin and Biden would …?" names them
    and stays.)"""
    drop = {k for k, c in enumerate(contacts)
            if c.same_as is not None and c.evidence.rstrip(" \"'”’)").endswith("?") and
            not any(re.search(rf"\b{re.escape(part)}\b", c.evidence)
                    for name in c.participants for part in name.split() if len(part) > 2)}
    return _without(contacts, drop)


def _without_unbound_back_references(contacts: list[Contact], mentions: list[ActorMention],
                                     side_of: dict[str, str | None],
                                     triggers: dict[int, Token]) -> list[Contact]:
    """"The talks were candid", "before the visit", "Scholz, who defended the trip": a repeat
    whose sentence leaves a party unnamed (and gives no date of its own) is bound to an earlier
    contact only by the article's order. When the article has told of more than one contact
    those named could belong to (other parties, other trips), that binding is a guess, and most
    such guesses in news are wrong (the wrong trip's host, the last meeting instead of the
    talks): the repeat is left out. Only contacts its noun can name are candidates ("the visit"
    is a trip, not the talks held during it), and candidates count by the states on their
    sides (Lula meeting Xi and Lula's visit to China are Brazil and China both). With one
    candidate ("Biden and Putin" alone, as in a call's readout) it stays. A repeat naming none
    of its two or more parties that only marks the time of something else ("before the talks
    begin", "after those meetings") tells nothing of the contact and is left out whatever the
    candidates ("Merkel said after the summit" tells she was there, and stays; so does a
    body's own session, whose members speak "after the meeting"). Later ``same_as`` indices
    follow the shift."""
    drop: set[int] = set()
    for k, contact in enumerate(contacts):
        if contact.same_as is None or (contact.date_text and
                                       contact.date_text in contact.evidence):
            continue
        named = {m.actor for m in mentions if contact.start <= m.start < contact.end} & \
            set(contact.participants)
        if len(named) >= min(2, len(contact.participants)):
            continue
        trigger = triggers.get(id(contact))
        if not named and len(contact.participants) >= 2 and trigger is not None and \
                _time_anchor(trigger):
            drop.add(k)
            continue
        noun = contact.trigger.casefold() if contact.trigger else ""
        told = NOUN_FORMATS.get(noun) or NOUN_FORMATS.get(noun.removesuffix("s"))
        candidates = {frozenset(side_of.get(p) or p for p in c.participants)
                      for c in contacts[:k]
                      if named <= set(c.participants) and _may_be_called(c.format, told)}
        if len(candidates) >= 2:
            drop.add(k)
    return _without(contacts, drop)


# time words that set an act before a gathering: acting then says nothing of attending it
AHEAD_WORDS = {"before", "ahead", "eve", "run-up", "until", "till", "pending"}


def _gathering_ahead(trigger: Token) -> bool:
    """"accused Turkey … before the Vilnius summit", "urged Xi to act ahead of the G20
    summit": a gathering named only as the time something else happens before."""
    if trigger.lemma_.casefold() not in GATHERING_NOUNS - {"meeting", "session"} or \
            trigger.dep_ != "pobj" or any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("with", "between")
                for c in trigger.children):
        return False  # ("ahead of his summit with Putin": a contact of its own)
    prep = trigger.head
    word = prep.lower_
    if word in ("of", "to") and prep.head.lower_ in AHEAD_WORDS:
        word = prep.head.lower_  # "ahead of", "on the eve of", "in the run-up to"
    return prep.dep_ == "prep" and word in AHEAD_WORDS


def _gatherings_ahead(contacts: list[Contact], mentions: list[ActorMention],
                      triggers: dict[int, Token]) -> list[Contact]:
    """A gathering named only as the time another act happens before ("Erdogan criticised
    Sweden days before the NATO summit") has the parties its own phrase names (the body whose
    summit it is), not the people of the act it dates; with none named it is left out."""
    drop: set[int] = set()
    for k, contact in enumerate(contacts):
        trigger = triggers.get(id(contact))
        if trigger is None or contact.same_as is not None or \
                any(c.same_as == k for c in contacts) or not _gathering_ahead(trigger):
            continue
        start = trigger.left_edge.idx
        end = trigger.right_edge.idx + len(trigger.right_edge)
        own = {m.actor for m in mentions if start <= m.start < end}
        kept = [p for p in contact.participants if p in own]
        if not kept:
            drop.add(k)
        else:
            contact.participants = kept
    return _without(contacts, drop)


def _time_anchor(trigger: Token) -> bool:
    """"Hours before the talks began", "after those meetings", "ahead of the visit": a contact
    noun set in a time phrase of another act, which it dates."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep":
        word = head.lower_
        if word == "of" and head.head.lower_ in ("ahead", "eve"):
            return True
        return word in TIME_PREPS and word != "since"
    return trigger.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "mark" and c.lower_ in ("before", "after", "until") for c in head.children)


def _may_be_called(fmt: str, told: str | None) -> bool:
    """Whether a contact of format ``fmt`` can be what a noun of format ``told`` refers back to:
    "the visit" is a trip, "the call" a call, "the meeting" a contact in person, "the summit"
    one held at a table (not a trip); "the talks" and "the conversation" may be any."""
    if told == "visit":
        return fmt == "visit"
    if told in ("phone call", "video call"):
        return fmt in ("phone call", "video call")
    if told == "summit":
        return fmt in ("summit", "meeting", "talks")
    if told == "meeting":
        return fmt in IN_PERSON_FORMATS + ("talks",)
    return True


def _without(contacts: list[Contact], drop: set[int]) -> list[Contact]:
    """The contacts but those at the indices in ``drop``; a kept repeat of a dropped one points
    to what that one repeated."""
    if not drop:
        return contacts
    kept = [c for k, c in enumerate(contacts) if k not in drop]
    index = {id(c): k for k, c in enumerate(kept)}

    def root(k: int) -> int:
        while k in drop and contacts[k].same_as is not None:
            k = contacts[k].same_as  # type: ignore[assignment]
        return k

    for contact in kept:
        if contact.same_as is not None:
            contact.same_as = index.get(id(contacts[root(contact.same_as)]))
    return kept


def _holder(trigger: Token) -> Token:
    """The verb that holds a contact noun ("held talks", "had a call"), else the trigger."""
    if trigger.dep_ == "dobj" and trigger.head.lemma_.casefold() in CALL_HOLDERS:
        return trigger.head
    return trigger


def _on_the_sidelines(trigger: Token) -> Token | None:
    """"will meet Lavrov on the sidelines of the G20 ministerial": the verb of the contact
    held at the gathering, whose status the gathering shares."""
    head = trigger.head
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or \
            head.lower_ != "of" or head.head.lower_ not in ("sidelines", "margins", "sideline",
                                                            "margin"):
        return None
    return next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _gathering_at(trigger: Token) -> Token | None:
    """"At the Belem summit, Lula held talks with Arce": the verb a gathering named as the
    place of another contact hangs on (the gathering is its setting, as "on the sidelines")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or \
            trigger.head.lower_ not in ("at", "during") or \
            trigger.lemma_.casefold() not in GATHERING_NOUNS or _joint_meeting_at(trigger):
        return None  # ("Lula and Macron met at a summit in Rome": the summit they held)
    verb = trigger.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


SCHEDULED_LEMMAS = {"set", "schedule", "plan", "slate"}


def _talks_an_agreement_followed(trigger: Token, clause: Span) -> bool:
    """"Kenya and Ethiopia agreed to reopen the border after talks", "X, Y agree to … after
    talks" (a headline's present): the contact came before an agreement already told, though
    the parser hangs it on the infinitive agreed to."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or \
            trigger.head.lower_ not in ("after", "following"):
        return False
    infinitive = trigger.head.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children) or \
            infinitive.dep_ != "xcomp":
        return False
    told = infinitive.head
    if told.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in told.children):
        return False
    return not re.search(r"\b(?:next|coming|tomorrow|later|upcoming)\b", clause.text, re.I)


def _is_planned(trigger: Token, clause: Span) -> bool:
    if _talks_an_agreement_followed(trigger, clause):
        return False  # "agreed to reopen the border after talks in Addis Ababa": held
    if trigger.pos_ == "NOUN" and any(
            v.tag_ == "VBD" or v.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in v.children)
            for v in _trip_takers(trigger)):
        return False  # "is due in Pretoria, at the end of a tour that has taken her to Dakar"
    if _setting_of_a_past_act(trigger) and trigger.head.lower_ in ("after", "following"):
        return False  # "agreed on Friday to begin negotiations, after talks at the palace"
    if trigger.pos_ == "NOUN" and _in_headline(trigger) and \
            _headline_setting_root(trigger) is not None:
        return False  # a headline's present: "Xi, Biden agree … at Filoli estate meeting"
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("toward", "towards"):
        return True  # "as Washington and Beijing work toward a Xi summit": still to come
    if trigger.tag_ == "VBD" and trigger.dep_ == "advcl" and not any(
            c.dep_ == "aux" for c in trigger.children) and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "as", "once")
            for c in trigger.children):
        return False  # "When Xi and Biden met in Bali, they agreed to resume talks": held
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and _members_meeting(trigger) is not None:
        # "European leaders meeting in Brussels agreed …": what they did at the meeting says
        # nothing of its time; only a future on the main verb or the meeting's own words do
        main = trigger.head.head
        return any(t.lower_ in PLANNED_WORDS for t in trigger.subtree) or any(
            c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in main.children)
    sidelines = _on_the_sidelines(trigger)
    if sidelines is not None:
        return _is_planned(sidelines, clause)
    if trigger.pos_ in ("VERB", "AUX") and _reported_future(trigger):
        return True
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and _reported_future(trigger.head):
        return True  # "said Biden would hold talks with Putin": the talks are to come
    if (timed := _verb_timed_by(trigger)) is not None and trigger.head.lower_ == "of" and \
            not any(c.dep_ == "aux" and c.lower_ in ("have", "had") for c in timed.children):
        return True  # "ahead of the summit": still to come when the act was told
    if _accepter(trigger) is not None or trigger.dep_ == "pobj" and \
            trigger.head.lower_ in ("of", "for") and \
            trigger.head.head.lemma_.casefold() in CHANCE_NOUNS:
        return True  # "accepted an invitation to visit", "… the offer of talks": to come
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and any(
            c.dep_ == "dobj" and c.lemma_.casefold() in CHANCE_NOUNS and _accepted_chance(c)
            for c in trigger.head.head.children):
        return True  # "accepted an invitation to Sydney in May for a summit": to come
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and \
            trigger.head.lower_ == "for" and \
            trigger.head.head.lemma_.casefold() in ("preparation", "plan", "arrangement"):
        return True  # "discussed preparations for Xi's state visit": still to come
    # (the clause may hang on the destination: "a visit to Moscow, which is expected …")
    described = [trigger, *(g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"
                            for g in c.children if g.dep_ == "pobj")]
    if trigger.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("relcl", "acl") and c.lemma_.casefold() in ("expect", "due", "be") and
            any(t.lower_ in ("expected", "due", "scheduled", "slated") for t in c.subtree) and
            not any(g.lemma_ == "have" and g.dep_ == "aux" for g in c.children)
            for d in described for c in d.children):
        return True  # "Xi's visit, which is expected in the spring", "a visit expected in May"
    sibling = _infinitive_sibling(trigger)
    if sibling is not None and _is_planned(sibling, clause):
        return True
    if _future_of_being_there(trigger):
        return True  # "said he would be in Geneva negotiating with Iran"
    if _present_of_a_future(trigger):
        return True  # "urged him to press Putin when they meet on Monday"
    if _scheduled_trip(trigger):
        return True  # "Luxon heads to Beijing on Sunday": a timetable told in the present
    noun = trigger.head if trigger.dep_ == "compound" else trigger  # ("summit meeting")
    if trigger.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and \
            noun.head.lower_ in SETTING_PREPS and \
            (verb := _governing_verb(noun)) is not None and \
            verb.dep_ in ("xcomp", "advcl", "ccomp") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
            (_urges(verb.head) or verb.head.lemma_.casefold() in WISH_LEMMAS):
        return True  # "called for Trump to challenge Putin at Monday's summit": still to come
    if trigger.dep_ == "conj" and trigger.pos_ == "VERB" and trigger.head.pos_ == "VERB" and \
            trigger.head.lemma_.casefold() in VERB_FORMATS and \
            not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in trigger.children) and \
            _is_planned(trigger.head, clause):
        return True  # "will visit Kyiv and meet Zelensky": the second shares the first's time
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    if trigger.dep_ == "xcomp" and trigger.head.lemma_ == "be" and infinitive:
        return True  # "the leaders are to speak on Thursday"
    if trigger.dep_ == "xcomp" and infinitive and \
            trigger.head.lemma_.casefold() in ("promise", "pledge", "vow"):
        return True  # "promised then to travel to Juba once …": a promise, still to come
    holder = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and holder.dep_ == "xcomp" and \
            holder.head.lemma_ == "be" and holder.lemma_.casefold() in CALL_HOLDERS and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in holder.children):
        return True  # "he and Austin are to hold talks with their counterparts"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and holder.dep_ == "conj" and \
            holder.lemma_.casefold() in CALL_HOLDERS and holder.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in holder.children) and \
            _is_planned(holder.head, clause):
        return True  # "is to be received by the king and hold talks with X": shared future
    if _headline_names(trigger, clause):
        return True  # "Harris, Austin to travel to Warsaw": a headline's future
    if infinitive and any(c.dep_ == "nsubj" for c in trigger.children) and (
            trigger.dep_ == "ROOT" or trigger.dep_ in ("ccomp", "parataxis") and
            trigger.head.lemma_.casefold() in REPORT_LEMMAS | REPORTING_LEMMAS):
        return True  # "Kim and Trump to meet again, officials say": a headline's future
    if infinitive and (trigger.dep_ == "ROOT" or trigger.dep_ == "acl" and
                       trigger.head.pos_ in ("NOUN", "PROPN") and trigger.head.dep_ == "ROOT"):
        return True  # a headline's future: "EU defence ministers to meet on Monday"
    if trigger.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.casefold() in SCHEDULED_LEMMAS
            for c in trigger.children):
        return True  # "Biden-Xi talks set for next week", "a summit scheduled for May"
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "ROOT" and any(
            c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and
            any(g.dep_ in ("aux", "auxpass") and g.lower_ == "to" for g in c.children)
            for c in trigger.children):
        return True  # a verbless headline's future: "Russia-Ukraine talks to resume Monday"
    # not a clause joined to the trigger ("I met Scholz yesterday and we agreed on …")
    own_children = [c for c in trigger.children if c.dep_ not in (
        "conj", "cc", "ccomp", "advcl", "parataxis", "relcl", "acl")]
    if trigger.dep_ == "compound":  # "his coming summit meeting": the phrase's own words
        own_children += [c for c in trigger.head.children if c.dep_ in ("amod", "det")]
    setting = _setting_prep(trigger)
    # ("will stay on for two days of meetings": the "of" phrase is one step more)
    above = list(trigger.ancestors)[:4 if trigger.head.lower_ == "of" else 3]
    # ("discussed the deal in a call on Sunday, a day before X was due in Sochi", parsed with
    # "discussed" under "was due": a verb told in the past closes the contact's own clause)
    past = next((k for k, a in enumerate(above) if a.tag_ == "VBD" and a.pos_ == "VERB"), None)
    if past is not None:
        above = above[:past + 1]
    if trigger.tag_ == "VBD" and not any(c.dep_ == "aux" for c in trigger.children):
        above = []  # "their first since the Russian leader visited Tehran": told as done
    if trigger.dep_ == "relcl" and (trigger.tag_ == "VBD" and not any(
            c.dep_ == "aux" for c in trigger.children) or trigger.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)):
        # "Abe, who visited the White House last week, is expected to …", "Moon, who has
        # met Kim three times": done, whatever the main clause plans
        above = []
    for token in above:
        if token.lemma_.casefold() in ("call", "put") and any(
                c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
            return True  # "called off his trip", "put off the talks": never held
    held_late = trigger.dep_ == "dobj" and trigger.head.lemma_.casefold() in CALL_HOLDERS
    for token in [trigger, *own_children, *above]:
        if held_late and token.dep_ == "amod" and token.lemma_ in ("delay", "postpone"):
            continue  # "EU and China hold delayed summit": put back once, now held
        # (a verb of planning; "discussed the plan with Putin" plans nothing)
        if token.lower_ in PLANNED_WORDS or token.lemma_ in PLANNED_LEMMAS and \
                not (token.pos_ == "NOUN" and trigger.pos_ == "VERB" and
                     token.i in {c.i for c in own_children}) and not (
                setting is not None and token.i == setting.head.i and
                token.lemma_ in SETTING_DECISIONS):
            return True
        if token.i != trigger.i and any(c.dep_ == "acomp" and c.lower_ in PLANNED_WORDS
                                        for c in token.children):
            return True  # "is due in Ankara on Wednesday for talks"
        for child in token.children:
            if child.lower_ in ("will", "'ll") and child.dep_ == "aux":
                return True
    return bool(re.search(r"\blook(?:s|ing)? forward to\b", clause.text, re.I))


# nouns for people who travel or host on a state's behalf: a demonym before them names the
# state's side ("a Chinese delegation", "Iranian negotiators", "his Ugandan counterpart")
REPRESENTATIVE_NOUNS = OFFICIALS | DELEGATION_NOUNS | COUNTERPART_NOUNS | SIDE_PEOPLE | \
    STAFF_NOUNS | {"government", "authority", "administration", "side", "emissary", "monarch",
                   "president", "premier", "king", "queen", "prince", "princess", "emir",
                   "sheikh", "sultan", "chancellor", "secretary", "ambassador", "head",
                   "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide"}
# words that only count the people of a group ("thousands of tourists", "a group of students")
COUNT_NOUNS = {"thousand", "hundred", "dozen", "million", "group", "number", "busload",
               "crowd", "party", "wave", "flood", "influx"}


# people who act for someone else ("Putin's spokesman", "an aide to Modi"): named by their
# principal, who is no party to what they do
AIDE_NOUNS = {"aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "chief",
              "deputy", "envoy", "emissary", "assistant", "secretary", "minister", "wife",
              "husband", "son", "daughter", "son-in-law", "daughter-in-law", "staffer",
              "confidant", "lieutenant", "representative",
              "team"}  # ("meetings with President Ramaphosa's economic team": his side)


def _whose_aide(span: Span) -> Token | None:
    """The aide noun whose principal the person named is, if it is that: the possessor of an
    aide noun ("Zelensky's chief of staff", "the Turkish president's spokesman") or the
    object of "to" after one ("a senior adviser to Zelensky")."""
    root = span.root
    if root.dep_ == "poss":
        office = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "to":
        office = root.head.head
    else:
        return None
    return office if office.pos_ == "NOUN" and office.lemma_.casefold() in AIDE_NOUNS else None


def _office_guest(token: Token) -> bool:
    """A guest named by an office ("his Ugandan counterpart", "the Chinese premier")."""
    return token.pos_ == "NOUN" and token.lemma_.casefold() in REPRESENTATIVE_NOUNS - {
        "side", "authority", "staff", "board", "management", "owner", "team"}


def _plays_host(verb: Token) -> bool:
    """"played host to the Chinese leader": the noun "host" as object, the guest after "to"."""
    return any(c.dep_ == "dobj" and c.lower_ == "host" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
        for c in [*verb.children, *(g for c in verb.children if c.lower_ == "host"
                                    for g in c.children)])


def _private_travellers(trigger: Token) -> bool:
    """The subject of a trip verb is a group of private people named by their nationality
    ("thousands of Chinese tourists", "the Argentine footballer", "Kenyan students"): they
    travel on their own account, so the trip is no contact between states."""
    if trigger.pos_ != "VERB" or trigger.lemma_.casefold() not in TRIP_LEMMAS - SENDING_LEMMAS:
        return False
    for subject in (c for c in trigger.children if c.dep_ == "nsubj"):
        noun = subject
        if noun.lemma_.casefold() in COUNT_NOUNS or noun.pos_ == "NUM":
            noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), noun)
        if noun.pos_ != "NOUN" or noun.lemma_.casefold() in REPRESENTATIVE_NOUNS or \
                noun.lower_ in REPRESENTATIVE_NOUNS:
            continue
        # ("a Russian navy frigate": the demonym may qualify a word before the noun)
        if any(c.dep_ in ("amod", "compound", "nmod") and
               (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN")
               for c in noun.subtree if c.i < noun.i):
            return True
    return False


def _scheduled_trip(trigger: Token) -> bool:
    """A trip verb in the simple present with a day still to come ("heads to Beijing on
    Sunday", "flies to Delhi next week"): news tells a timetable that way; a trip made is
    told in the past, one under way has no such day word."""
    if trigger.pos_ != "VERB" or trigger.tag_ not in PRESENT_TAGS or \
            trigger.lemma_.casefold() not in TRIP_LEMMAS - SENDING_LEMMAS or \
            any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return False
    words = {t.lower_ for c in trigger.children if c.dep_ in ("prep", "npadvmod", "advmod")
             for t in c.subtree}
    # ("then travels on to Serbia", "later flies to Delhi": the next leg of a timetable;
    # "travels on to Vietnam": onward, from where the traveller is now)
    onward = any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("on", "onward", "onwards")
                 and c.i == trigger.i + 1 for c in trigger.children)
    return onward or bool(words & {"monday", "tuesday", "wednesday", "thursday", "friday",
                                   "saturday", "sunday", "tomorrow", "next", "then", "later",
                                   "afterwards"})


def _future_of_being_there(trigger: Token) -> bool:
    """"said Tuesday that he would be in Geneva negotiating with Iran": a contact verb hung on
    a reported "would be" (somewhere, doing it) is a plan told in reported speech."""
    head = trigger.head
    return trigger.pos_ == "VERB" and trigger.tag_ == "VBG" and \
        trigger.dep_ in ("advcl", "xcomp") and head.lemma_ == "be" and _reported_future(head)


def _present_of_a_future(trigger: Token) -> bool:
    """A present-tense contact verb in a clause of time ("when they meet", "before he visits")
    whose main verb is still to come (an infinitive, a modal, 'will'): English puts the
    future in the present there."""
    if trigger.dep_ != "advcl" or trigger.tag_ not in ("VBP", "VBZ") or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once", "before", "after",
                                                          "until")
            for c in trigger.children):
        return False
    head = trigger.head
    # (the parser often hangs the clause on the urging verb instead of its infinitive)
    return head.lemma_.casefold() in WISH_LEMMAS | APPEAL_LEMMAS or any(
        c.dep_ == "aux" and c.lower_ in ("to", "will", "'ll", "should", "must", "would")
        for c in head.children)


def _place(clause: Span, participants: list[str], gazetteer: object, trigger: Token,
           own_only: bool = False) -> str | None:
    """"met … in Istanbul", "a meeting at the Pentagon": a place attached to the trigger (or
    to the verb that governs it), not any place the sentence names."""
    if not own_only and trigger.dep_ == "conj" and trigger.pos_ == "VERB" and \
            trigger.head.pos_ == "VERB":
        # "met Wang in Beijing and then met Lavrov in Moscow": a joined verb's own place
        # before the one of the verb it is joined to
        own = _place(clause, participants, gazetteer, trigger, own_only=True)
        if own is not None:
            return own
    # (the verb a clause of time hangs from is another event's: "arrived in Vilnius after
    # Macron met Scholz in Berlin")
    anchors = {trigger.i} if own_only or _another_event(trigger) else \
        {trigger.i, trigger.head.i}
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for":
        anchors.add(trigger.head.head.i)  # "was in Kyiv for talks with Zelensky"
    # "talks with his counterpart Wang Yi in Vienna", parsed with the place on the
    # counterpart: the place of the talks
    for partner in trigger.children:
        if partner.dep_ == "prep" and partner.lower_ in ("with", "between"):
            for obj in partner.children:
                if obj.dep_ == "pobj":
                    anchors.add(obj.i)
                    anchors.update(c.i for c in obj.children if c.dep_ in ("appos", "conj"))
    # "met Xi on the sidelines of the G20 summit in Bali": the gathering's place
    # ("will hold talks with Tillerson on the sidelines of the forum in Manila": the verb
    # holding the talks carries the sidelines)
    holder = trigger.head if trigger.dep_ == "dobj" and \
        trigger.head.lemma_.casefold() in CALL_HOLDERS else trigger
    anchors.update(t.i for t in holder.subtree if t.i != trigger.i and
                   getattr(_on_the_sidelines(t), "i", None) in (trigger.i, holder.i))
    # "met for a round of talks in Minsk": the place of the talks the meeting was for
    for purpose in trigger.children:
        if purpose.dep_ == "prep" and purpose.lower_ == "for" and trigger.pos_ == "VERB":
            for obj in purpose.children:
                if obj.dep_ == "pobj":
                    anchors.add(obj.i)
                    anchors.update(g.i for of in obj.children if of.lower_ == "of"
                                   for g in of.children if g.dep_ == "pobj")
    # "meet Biden at the G20 summit in Bali": the gathering's own place
    for setting in trigger.children:
        if setting.dep_ == "prep" and setting.lower_ == "at":
            anchors.update(g.i for g in setting.subtree if g.dep_ == "pobj" and
                           g.lemma_.casefold() in GATHERING_NOUNS)
    # "meets X during their bilateral meeting at the G20 summit in Hamburg": the settings
    anchors |= _settings(trigger)
    # "met face to face in Istanbul", parsed with the place on the second "face"
    anchors.update(t.i for c in trigger.children if c.dep_ == "dobj" and
                   lower_run(trigger.doc, c.i, c.i + 3) == "facetoface"
                   for t in trigger.doc[c.i:c.i + 3])
    # "a meeting of Arab foreign ministers in Cairo", parsed with the place on its members
    if trigger.pos_ == "NOUN" and trigger.lemma_.casefold() in GATHERING_NOUNS:
        anchors.update(g.i for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj")
    # "During his stop in Beijing, Trump met Li": the trip the meeting was held on
    anchors.update(g.i for c in trigger.children if c.dep_ == "prep" and
                   c.lower_ in ("during", "on") for g in c.children if g.dep_ == "pobj" and
                   g.lemma_.casefold() in ("visit", "trip", "stop", "tour", "stay", "swing"))
    # "Merkel, who was in Paris on Thursday, held talks with Macron": where the subject is
    # said to be, in a clause on it, is where the contact was
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    anchors.update(r.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                   for r in c.children if r.dep_ == "relcl" and
                   r.lemma_.casefold() in ("be", "arrive", "stay"))
    # "welcomed Merkel to the White House", parsed with the place on the guest
    guests = [c for c in trigger.children if c.dep_ == "dobj"] if trigger.pos_ == "VERB" \
        else []
    anchors.update(g.i for g in guests)
    # "presented the plan to Biden in the Oval Office", parsed with the place on the person
    anchors.update(g.i for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON")
    preps = ("in", "at", "to") if trigger.lemma_.casefold() in GUEST_LEMMAS else ("in", "at")
    # ("… from Cairo, where he had spent two days in talks": the verb a noun is in)
    where_verb = next((a for a in [trigger, *trigger.ancestors] if a.pos_ in ("VERB", "AUX")),
                      verb)
    if where_verb.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod"
                                          for c in where_verb.children):
        # "The last stop was Abu Dhabi, where Mohamed bin Zayed hosted him": the place the
        # "where" clause hangs on
        named = next((e for e in clause.doc.ents if e.start <= where_verb.head.i < e.end and
                      e.label_ in ("GPE", "LOC", "FAC")), None)
        if named is not None and named.text not in participants:
            return _place_name(named)
    for ent in clause.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC", "ORG") or ent.text in participants:
            continue
        if ent.root.dep_ == "compound" and ent.root.head.lemma_.casefold() in GATHERING_NOUNS \
                and (ent.label_ == "ORG" or _names_a_body(ent)):
            continue  # "at the G20 summit": the gathering's name, not a place
        if ent.label_ == "ORG" and any(t.lemma_.casefold() in GATHERING_NOUNS
                                       for t in clause.doc[ent.end:ent.end + 3]):
            continue  # "at the Group of 20 summit", cut short by the tagger: a name too
        if any(t.dep_ in ("compound", "nmod", "amod") and t.head.i >= ent.end and
               t.head.lemma_.casefold() in SETTLEMENT_NOUNS and
               any(c.lower_ == "of" for c in t.head.children) for t in ent):
            continue  # "the Black Sea resort of Sochi": where the resort lies, not the resort
        if ent.end < len(clause.doc) and clause.doc[ent.end].lower_ in NAMED_FORMAT_NOUNS:
            continue  # "met in the Normandy format in Paris": a format named after a place
        prep = clause.doc[ent.start - 1] if ent.start > 0 else None
        if prep is not None and prep.lower_ == "the" and ent.start > 1:
            prep = clause.doc[ent.start - 2]
        if prep is not None and prep.lower_ == "of" and prep.head.lemma_.casefold() in \
                SETTLEMENT_NOUNS and prep.head.head.lower_ in ("in", "at"):
            prep = prep.head.head  # "in the Black Sea resort of Sochi": in Sochi
        if prep is not None and prep.lower_ == "on" and (
                ent.label_ in ("LOC", "FAC") or ent[-1].lower_ in AREA_WORDS):
            preps = (*preps, "on")  # "met senators on Capitol Hill"
        if prep is None or prep.lower_ not in preps:
            continue
        owned = clause.doc[ent.end:ent.end + 2]
        if len(owned) == 2 and owned[0].text in ("'s", "\u2019s") and \
                owned[1].is_lower and owned[1].lower_ not in BUILDING_NOUNS:
            continue  # "held at Moscow's request": whose wish, not where ("at Geneva's Villa
            # La Grange", "at the Kremlin's residence" stay places)
        if prep.head.i in anchors or prep.head.head.i in anchors or \
                prep.head.lower_ in NAMED_FORMAT_NOUNS and prep.head.head.head.i in anchors or \
                _in_a_venue(prep, anchors):
            after = clause.doc[ent.end] if ent.end < len(clause.doc) else None
            if after is not None and after.lower_ in BUILDING_NOUNS and after.head.i == prep.i:
                # "at the Republican National Committee headquarters": the building
                return f"{_place_name(ent)} {after.text}"
            return _place_name(ent)
    # "at a hotel in the Qatari capital": the capital of the state the adjective names
    for token in clause:
        capital = _capital_of(token)
        if capital is not None and token.dep_ == "pobj" and token.head.lower_ in ("in", "at") \
                and (token.head.head.i in anchors or _in_a_venue(token.head, anchors)):
            return capital
    # a capital the small model tags as no entity ("in Kyiv") or as a person ("and others in
    # Kyiv today", Kyiv tagged PERSON)
    for token in clause:
        if token.dep_ == "pobj" and token.pos_ == "PROPN" and \
                token.ent_type_ in ("", "PERSON", "NORP") and \
                token.head.lower_ in ("in", "at") and token.text not in participants and \
                (token.head.head.i in anchors or token.head.head.head.i in anchors) and \
                _is_state_or_capital(token.text):
            return token.text
    # "at his Chequers country residence", "at her Mar-a-Lago estate": the residence's name,
    # whatever the tagger made of it
    for token in clause:
        if token.dep_ == "pobj" and token.lemma_.casefold() in RESIDENCE_NOUNS and \
                token.head.lower_ in ("at", "in") and token.head.head.i in anchors:
            words = list(clause.doc[token.left_edge.i:token.i])
            while words and (words[0].dep_ in ("det", "poss") or words[0].is_punct):
                words = words[1:]
            while words and words[-1].is_lower:
                words = words[:-1]  # ("country" in "his Chequers country residence")
            residence = "".join(t.text_with_ws for t in words).strip()
            if residence[:1].isupper() and residence not in participants:
                return residence
    # "in the border village of Panmunjom": the settlement's name, whatever the tagger made
    # of it
    for token in clause:
        if token.dep_ == "pobj" and token.pos_ == "PROPN" and token.head.lower_ == "of" and \
                token.head.head.lemma_.casefold() in SETTLEMENT_NOUNS and \
                token.head.head.head.lower_ in ("in", "at") and \
                token.head.head.head.head.i in anchors:
            name = clause.doc[token.left_edge.i:token.i + 1]
            if all(t.pos_ in ("PROPN", "PUNCT") for t in name) and \
                    not any(name.text in p or p in name.text for p in participants):
                return name.text
    # "met Abe at Mar-a-Lago": a named venue the small model tags as no entity
    for token in clause:
        if token.dep_ == "pobj" and token.pos_ == "PROPN" and not token.ent_type_ and \
                token.head.lower_ == "at" and token.head.head.i in anchors and \
                token.i - token.left_edge.i >= 1 and token.text not in participants:
            name = clause.doc[token.left_edge.i:token.i + 1]
            if all(t.pos_ in ("PROPN", "PUNCT", "DET", "NOUN") and not t.ent_type_
                   for t in name) and name[0].is_title and \
                    not any(name.text in p or p in name.text for p in participants):
                return name.text
    return None


def _bare_setting(trigger: Token, triggers: list[Token]) -> bool:
    """A visit noun that only sets the scene of another contact of its clause ("During the
    one-day visit, Obama will hold talks with Kenyatta"): it names no destination and no
    traveller of its own, so the contact it frames is the one to report."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or \
            trigger.head.lower_ not in ("during", "on", "throughout"):
        return False
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("to", "by", "of")
           for c in trigger.children):
        return False
    verb = trigger.head.head
    return any(t.i != trigger.i and (t.i == verb.i or t.head.i == verb.i) for t in triggers)


SETTING_PREPS = {"during", "at", "on", "in"}


def _settings(trigger: Token) -> set[int]:
    """The contact nouns that set the scene of a trigger, hung on it by "during", "at", "on"
    or "in" (and theirs in turn): "met X during their bilateral meeting at the G20 summit"
    gives the meeting and the summit, whose day and place are the trigger's own."""
    found: set[int] = set()
    frontier = [trigger]
    for _ in range(2):
        nxt = []
        for node in frontier:
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS:
                    continue
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and (
                            obj.lemma_.casefold() in GATHERING_NOUNS or
                            obj.lower_ in NOUN_FORMATS):
                        found.add(obj.i)
                        nxt.append(obj)
        frontier = nxt
    return found


def _names_a_body(ent: Span) -> bool:
    """An entity the tagger took for a place that the gazetteer knows as an organisation only
    ("G7" tagged GPE)."""
    kinds = {e.kind for e in _gazetteer().lookup(_place_name(ent))}
    return bool(kinds) and "state" not in kinds and "person" not in kinds


def _in_a_venue(prep: Token, anchors: set[int]) -> bool:
    """"in Seoul" inside "at his office in Seoul", "at a hotel in Doha": the place of a
    building the contact was held at."""
    venue = prep.head
    return prep.lower_ == "in" and venue.dep_ == "pobj" and venue.pos_ == "NOUN" and \
        venue.head.lower_ in ("at", "in") and venue.head.head.i in anchors


# verbs of receiving a guest: "welcomed Merkel to the White House" says where they met
GUEST_LEMMAS = {"welcome", "host", "receive", "invite"}
# last words of place names that take "on" ("on Capitol Hill", "on Jeju Island")
AREA_WORDS = {"hill", "island", "islands", "peninsula", "mall", "street", "avenue"}
REMOTE_FORMATS = ("video call", "phone call")
# "the resort of Antalya", "the port city of Odesa": a settlement's common noun before its name
SETTLEMENT_NOUNS = {"city", "town", "village", "resort", "port", "capital", "spa", "island",
                    "region", "province", "enclave"}
NAMED_FORMAT_NOUNS = {"format", "formula", "process", "framework", "triangle"}
IN_PERSON_FORMATS = ("summit", "meeting", "visit")


def _aside_tokens(trigger: Token) -> set[int]:
    """Words that describe a trip rather than name whom it is to: an apposition of it ("his
    fourth since …") and a time phrase on it or its verb ("since Russia's invasion")."""
    out: set[int] = set()
    top = trigger.head if trigger.dep_ == "pobj" else trigger
    top = top.head if top.dep_ == "prep" else top
    for token in top.subtree:
        if token.dep_ in ("appos", "npadvmod") and token.pos_ != "PROPN" or \
                token.dep_ == "prep" and token.lower_ in TIME_PREPS:
            out.update(t.i for t in token.subtree)
    return out


def _in_headline(token: Token) -> bool:
    """The token is on the first line of an article that has a body."""
    text = doc_text(token.doc)
    end = headline_end(text)
    return 0 < end < len(text) and token.idx < end


def _headline_setting_root(trigger: Token) -> Token | None:
    """"Xi, Biden agree …, cooperate on drug control at Filoli estate meeting", "Erdogan drops
    block after talks in Vilnius": for a contact noun set after "at", "after", "during" or
    "following" in a headline, the headline verb it hangs on (up through joined and
    adverbial verbs), when that verb is in the headline's present (an act told as done);
    None for a future ("to meet at the summit") or any other shape."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("at", "after", "during",
                                                             "following") or \
            any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("with", "between")
                for c in trigger.children):
        return None
    verb = trigger.head.head
    while verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP") or \
            any(c.dep_ == "aux" for c in verb.children):
        return None
    return verb


def _setting_of_a_past_act(trigger: Token) -> bool:
    """"agreed on Wednesday …, in their first meeting in a year": a meeting named as where a
    past act took place was held, whatever was announced before."""
    head = trigger.head
    # ("agreed on Friday to begin negotiations …, after talks at the palace": the talks
    # the past act followed were held, whatever the act plans)
    return trigger.dep_ == "pobj" and head.lower_ in ("in", "at", "during", "after",
                                                     "following") and \
        head.head.tag_ == "VBD"


def _since_clause(trigger: Token) -> bool:
    """"since they met in Bali", "since their meeting in Bali": a contact named as the
    starting point of a span of time."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    if verb is not None:
        return any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "since"


def _since_span(trigger: Token) -> Span | None:
    """The words of a contact named after "since" (its own clause or phrase), else None."""
    if not _since_clause(trigger):
        return None
    words = list(trigger.subtree)
    end = words[-1].i + 1
    doc = trigger.doc
    if end < len(doc) and doc[end].ent_type_ in ("DATE", "TIME") and doc[end].ent_iob_ == "B":
        # "since a session last month", the date hung by the parser on the main verb
        while end < len(doc) and doc[end].ent_type_ in ("DATE", "TIME") and \
                (doc[end].ent_iob_ == "I" or end == words[-1].i + 1):
            end += 1
    return doc[words[0].i:end]


def _date_of_a_since_phrase(ent: Span, trigger: Token) -> bool:
    """A date right after a "since" phrase that holds no trigger ("their first meeting since
    a session last month", however the parser hangs "last month"): it dates that phrase."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    for token in [before, *before.ancestors]:
        if token.lower_ == "since" and token.dep_ == "prep":
            return trigger.i not in {t.i for t in token.subtree}
    return False


def _compound_place(trigger: Token, parties: list[str], gazetteer: Gazetteer) -> str | None:
    """"the Geneva summit", "the Helsinki meeting": a place named as the trigger's modifier.
    The small model tags some surnames as places ("Biden meeting"), so a word that names a
    person or a party is never taken for one."""
    for child in trigger.children:
        if child.dep_ not in ("compound", "amod", "nmod") or child.ent_type_ not in ("GPE", "LOC", "FAC"):
            continue
        if any(child.text in party.split() for party in parties):
            continue
        if any(entry.kind == "person" for entry in gazetteer.lookup(child.text)):
            continue
        whole = next((e for e in trigger.doc.ents if e.start <= child.i < e.end), None)
        if whole is not None and any(entry.kind == "organization" for entry in gazetteer.lookup(
                re.sub(r"^[Tt]he\s+", "", whole.text))):
            continue  # "the Asia-Pacific Economic Cooperation summit": a body's, not a place's
        return child.text
    return None


def _place_clash(earlier: Contact, fmt: str, place: str | None) -> bool:
    """A mention held in person somewhere is not a remote call, nor is a call the talks held
    in a room told before ("held talks in the Oval Office … had spoken by phone earlier this
    month"). (Two different place names are no clash: places nest, the Oval Office is in
    Washington.)"""
    return place is not None and earlier.format in REMOTE_FORMATS and fmt in IN_PERSON_FORMATS \
        or earlier.place is not None and earlier.format in IN_PERSON_FORMATS + ("talks",) and \
        fmt in REMOTE_FORMATS


# words that tell a contact was held in person, whatever its noun ("face-to-face talks",
# "met on the sidelines of the forum")
IN_PERSON_MARK = re.compile(r"\b(?:face[- ]to[- ]face|in[- ]person|on the sidelines|"
                            r"sat down (?:together|with)|shook hands)\b", re.I)


def _mentions_of(contacts: list[Contact], contact: Contact) -> list[Contact]:
    """Every mention of the contact ``contact`` belongs to, first mention first."""
    root = _root_index(contacts, contact)
    return [c for k, c in enumerate(contacts) if _root_at(contacts, k) == root]


def _mode_clash(contacts: list[Contact], same: Contact, fmt: str) -> bool:
    """A call is not the contact an earlier mention told as held in person: a visit, a
    contact somewhere, "face-to-face talks", talks held on a trip the same sentence tells
    ("made a visit to Kyiv, holding talks with Zelensky"). A bare "meeting" or "talks" may
    still turn out to be virtual ("will meet on Monday … the video call"), so only such
    marks count."""
    if fmt not in REMOTE_FORMATS:
        return False
    for mention in _mentions_of(contacts, same):
        if mention.format in REMOTE_FORMATS:
            continue
        if mention.format == "visit" or mention.place is not None and \
                mention.format in IN_PERSON_FORMATS + ("talks",):
            return True
        if IN_PERSON_MARK.search(mention.evidence):
            return True
        if any(c.format == "visit" and c.status == "held" and c.start == mention.start and
               set(c.participants) & set(mention.participants) for c in contacts):
            return True
    return False


# "dozens of times", "three times since", "repeatedly": a count of contacts, none of them
# the single one told before
MANY_OCCASIONS = re.compile(r"\b(?:dozens of|scores of|many|several|numerous|countless|"
                            r"(?:three|four|five|six|seven|eight|nine|ten|\d+)) times\b|"
                            r"\b(?:repeatedly|regularly|frequently)\b", re.I)


def _many_occasions(trigger: Token) -> bool:
    """A contact verb told as happening many times ("has spoken to him by phone dozens of
    times since the invasion")."""
    if trigger.pos_ != "VERB":
        return False
    words = [t for c in trigger.children if c.dep_ in ("advmod", "npadvmod", "prep", "dobj")
             for t in c.subtree]
    if not words:
        return False
    text = trigger.doc[min(t.i for t in words):max(t.i for t in words) + 1].text
    return MANY_OCCASIONS.search(text) is not None


def _duration(text: str) -> str | None:
    match = re.search(r"\b((?:nearly|almost|about|more than|over|just under|roughly)?\s*"
                      r"(?:an?|one|two|three|four|five|\d+)[- ](?:hours?|minutes?))\b", text, re.I)
    return match.group(1).strip() if match else None


def make_contact_extractor(nlp: Language, name: str, require_two_parties: bool,
                           gazetteer_path: str | None = None) -> ContactExtractor:
    return ContactExtractor(nlp, ContactsConfig(require_two_parties=require_two_parties,
                                                gazetteer_path=gazetteer_path))
