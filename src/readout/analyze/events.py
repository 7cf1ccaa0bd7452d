"""Events: who did what to whom, typed with the 16 PLOVER event types.

Three sources of evidence are combined:

* a trigger lexicon of readout's own (verb lemmas, verb + object pairs such as "impose
  sanctions" or "mass troops", and a few nouns), each entry naming a PLOVER type and mode;
* the dependency parse, which gives the actor (subject, or the agent of a passive) and the
  target (object, or the object of "with/to/against/from/on"), and tells whether the
  trigger is negated, conditional, recommended, asked about or wrapped in a denial, a threat,
  a demand or a promise;
* optionally the sentence classifier trained on the ConfliBERT CAMEO data
  (:mod:`readout.analyze.event_classifier`), whose pentacode guess breaks ties between
  candidate triggers of one sentence and supplies a type when the lexicon has none.

Context decides the type, not only the word: "Russia has denied any intention of attacking
Ukraine" is a REJECT by Russia (the attack sits under the denial and is dropped), "sanctions
if Russia invades" is not a SANCTION (conditional), "warned that the US could impose
sanctions" is a THREATEN with mode "sanctions", and "Biden should offer" is a proposal (left
to :mod:`readout.analyze.proposals`), not an event.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from readout.analyze.dates import resolve_date
from readout.analyze.gazetteer import load_gazetteer
from readout.analyze.headline_case import recased_tokens
from readout.analyze.speakers import given_gender
from readout.analyze.text import (
    DATELINE,
    datelines,
    doc_text,
    headline_end,
    paragraph_number,
    sentence_bounds,
)
from readout.records import ActorMention, Contact, Event, Quote

log = logging.getLogger("readout")

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")

# Quad class of each type: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict. This follows the CAMEO cue-category split that the ConfliBERT
# pentacode labels use (CONCEDE, CAMEO 08 "yield", is material cooperation there), so the
# same table maps readout's types onto the pentacode; pentacode 0 (statements) has no type.
PENTACODE: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "CONCEDE": 2, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

PENTACODE_NAMES = {"statement": 0, "verbal cooperation": 1, "material cooperation": 2,
                   "verbal conflict": 3, "material conflict": 4}

# PLOVER v2.0 cooperation–conflict scores (manual, "Numeric conflict/cooperation scores"):
# base score per type and per type:mode, on the -10..+10 scale. The manual prints ACCUSE's
# base as +3; every ACCUSE mode is negative and earlier versions had -3, so -3 is used.
SCORES: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10,
    "RETREAT": 6.5, "REQUEST": 0, "ACCUSE": -3, "REJECT": -2, "THREATEN": -3.5,
    "PROTEST": -5, "SANCTION": -6, "MOBILIZE": -5.5, "COERCE": -7, "ASSAULT": -9,
}
MODE_SCORES: dict[tuple[str, str], float] = {
    ("CONSULT", "visit"): 4, ("CONSULT", "third-party"): 1, ("CONSULT", "multilateral"): 4,
    ("CONSULT", "phone"): 1.5,
    ("RETREAT", "withdraw"): 8, ("RETREAT", "release"): 6.5, ("RETREAT", "disarm"): 10,
    ("RETREAT", "ceasefire"): 7.5, ("RETREAT", "access"): 6.5, ("RETREAT", "resign"): 4.5,
    ("REQUEST", "assist"): 0.5, ("REQUEST", "change"): -1, ("REQUEST", "yield"): -1,
    ("REQUEST", "meet"): 0,
    ("ACCUSE", "disapprove"): -2, ("ACCUSE", "investigate"): -3.5, ("ACCUSE", "allege"): -3.5,
    ("REJECT", "assist"): -1.5, ("REJECT", "change"): -2, ("REJECT", "yield"): -2,
    ("REJECT", "meet"): -2,
    ("THREATEN", "restrict"): -3, ("THREATEN", "arrest"): -3.5, ("THREATEN", "relations"): -3.5,
    ("THREATEN", "expel"): -3.5, ("THREATEN", "territory"): -4, ("THREATEN", "violence"): -3.5,
    ("PROTEST", "demo"): -5, ("PROTEST", "riot"): -7, ("PROTEST", "strike"): -5,
    ("PROTEST", "hunger"): -4.5, ("PROTEST", "boycott"): -4.5, ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", "convict"): -6, ("SANCTION", "expel"): -5.5, ("SANCTION", "withdraw"): -6,
    ("SANCTION", "discontinue"): -6,
    ("MOBILIZE", "troops"): -6.5, ("MOBILIZE", "weapons"): -6.5, ("MOBILIZE", "police"): -5.5,
    ("MOBILIZE", "militia"): -6,
    ("COERCE", "seize"): -7, ("COERCE", "restrict"): -7, ("COERCE", "censor"): -6.5,
    ("COERCE", "curfew"): -6.5, ("COERCE", "martial-law"): -7.5, ("COERCE", "arrest"): -7,
    ("COERCE", "deport"): -7, ("COERCE", "withhold"): -7, ("COERCE", "misinformation"): -6.5,
    ("COERCE", "cyber"): -7,
    ("ASSAULT", "abduct"): -8.5, ("ASSAULT", "beat"): -7.5, ("ASSAULT", "torture"): -8.5,
    ("ASSAULT", "sexual"): -8.5, ("ASSAULT", "targeted"): -9.5, ("ASSAULT", "destroy"): -8.5,
    ("ASSAULT", "primitive"): -8, ("ASSAULT", "firearms"): -9, ("ASSAULT", "explosives"): -9,
    ("ASSAULT", "suicide-attack"): -9.5, ("ASSAULT", "aerial"): -9.5, ("ASSAULT", "drone"): -9.5,
    ("ASSAULT", "heavy-weapons"): -9.5, ("ASSAULT", "crowd-control"): -7.5,
    ("ASSAULT", "unconventional"): -10,
}
# readout's plain-language modes for threats map onto PLOVER's THREATEN modes for scoring.
MODE_ALIASES: dict[tuple[str, str], str] = {
    ("THREATEN", "sanctions"): "restrict", ("THREATEN", "force"): "violence",
    ("CONSULT", "video"): "phone",
}


def plover_score(event_type: str, mode: str | None = None) -> float | None:
    """The PLOVER cooperation–conflict score of a type, refined by its mode when PLOVER
    scores that mode."""
    if event_type not in SCORES:
        return None
    if mode:
        key = (event_type, MODE_ALIASES.get((event_type, mode), mode).casefold())
        if key in MODE_SCORES:
            return MODE_SCORES[key]
    return SCORES[event_type]


# --- the lexicon -------------------------------------------------------------------------
# Verb lemma → (type, mode). Written for news about diplomacy and war; deliberately small
# and general (no entry exists for one sentence of one article).
VERBS: dict[str, tuple[str, str | None]] = {
    # AGREE: promises, offers, willingness
    "agree": ("AGREE", None), "promise": ("AGREE", None), "pledge": ("AGREE", None),
    "offer": ("AGREE", None), "vow": ("AGREE", None), "commit": ("AGREE", None),
    "accept": ("AGREE", None), "consent": ("AGREE", None),
    # CONSULT: meetings and conversations
    "meet": ("CONSULT", None), "visit": ("CONSULT", "visit"), "host": ("CONSULT", "visit"),
    "discuss": ("CONSULT", None), "negotiate": ("CONSULT", None), "consult": ("CONSULT", None),
    "confer": ("CONSULT", None), "phone": ("CONSULT", "phone"), "telephone": ("CONSULT", "phone"),
    "mediate": ("CONSULT", None), "speak": ("CONSULT", None), "talk": ("CONSULT", None),
    # SUPPORT: endorsement, praise, signing
    "support": ("SUPPORT", None), "endorse": ("SUPPORT", None), "praise": ("SUPPORT", None),
    "welcome": ("SUPPORT", None), "back": ("SUPPORT", None), "sign": ("SUPPORT", None),
    "ratify": ("SUPPORT", None), "recognize": ("SUPPORT", None), "recognise": ("SUPPORT", None),
    "reassure": ("SUPPORT", None), "apologize": ("SUPPORT", None), "apologise": ("SUPPORT", None),
    "commend": ("SUPPORT", None), "hail": ("SUPPORT", None), "applaud": ("SUPPORT", None),
    "forgive": ("SUPPORT", None),
    # CONCEDE
    "concede": ("CONCEDE", None), "yield": ("CONCEDE", None), "relent": ("CONCEDE", None),
    "compromise": ("CONCEDE", None), "accede": ("CONCEDE", None),
    # COOPERATE
    "cooperate": ("COOPERATE", None), "collaborate": ("COOPERATE", None),
    # AID
    "aid": ("AID", None), "assist": ("AID", None), "help": ("AID", None), "donate": ("AID", None),
    "arm": ("AID", None), "supply": ("AID", None),
    # RETREAT
    "withdraw": ("RETREAT", "withdraw"), "retreat": ("RETREAT", "withdraw"),
    "release": ("RETREAT", "release"), "free": ("RETREAT", "release"),
    "disarm": ("RETREAT", "disarm"), "demobilize": ("RETREAT", "disarm"),
    "evacuate": ("RETREAT", "withdraw"), "resign": ("RETREAT", "resign"),
    "de-escalate": ("RETREAT", "disarm"), "deescalate": ("RETREAT", "disarm"),
    # REQUEST
    "demand": ("REQUEST", None), "urge": ("REQUEST", None), "request": ("REQUEST", None),
    "appeal": ("REQUEST", None), "insist": ("REQUEST", None), "ask": ("REQUEST", None),
    "press": ("REQUEST", None), "implore": ("REQUEST", None), "order": ("REQUEST", None),
    "summon": ("REQUEST", "meet"), "invite": ("REQUEST", "meet"),
    # ACCUSE
    "accuse": ("ACCUSE", "allege"), "allege": ("ACCUSE", "allege"), "blame": ("ACCUSE", "allege"),
    "criticize": ("ACCUSE", "disapprove"), "criticise": ("ACCUSE", "disapprove"),
    "condemn": ("ACCUSE", "disapprove"), "denounce": ("ACCUSE", "disapprove"),
    "rebuke": ("ACCUSE", "disapprove"), "slam": ("ACCUSE", "disapprove"),
    "deplore": ("ACCUSE", "disapprove"), "decry": ("ACCUSE", "disapprove"),
    "investigate": ("ACCUSE", "investigate"), "probe": ("ACCUSE", "investigate"),
    "sue": ("ACCUSE", "allege"), "complain": ("ACCUSE", "allege"),
    "charge": ("ACCUSE", "allege"), "castigate": ("ACCUSE", "disapprove"),
    # REJECT
    "reject": ("REJECT", None), "refuse": ("REJECT", None), "deny": ("REJECT", None),
    "dismiss": ("REJECT", None), "veto": ("REJECT", None), "decline": ("REJECT", None),
    "ignore": ("REJECT", None), "rebuff": ("REJECT", None), "spurn": ("REJECT", None),
    "oppose": ("REJECT", None), "dispute": ("REJECT", None),
    "subpoena": ("ACCUSE", "investigate"), "defy": ("REJECT", "yield"), "boycott": ("PROTEST", "boycott"),
    # THREATEN
    "threaten": ("THREATEN", None), "warn": ("THREATEN", None),
    # PROTEST
    "protest": ("PROTEST", "demo"), "demonstrate": ("PROTEST", "demo"),
    "rally": ("PROTEST", "demo"), "march": ("PROTEST", "demo"), "riot": ("PROTEST", "riot"),
    # SANCTION
    "sanction": ("SANCTION", None), "expel": ("SANCTION", "expel"),
    "embargo": ("SANCTION", None), "suspend": ("SANCTION", "discontinue"),
    "sever": ("SANCTION", "withdraw"), "recall": ("SANCTION", "withdraw"),
    # MOBILIZE
    "mobilize": ("MOBILIZE", "troops"), "mobilise": ("MOBILIZE", "troops"),
    "deploy": ("MOBILIZE", "troops"), "mass": ("MOBILIZE", "troops"),
    "amass": ("MOBILIZE", "troops"), "station": ("MOBILIZE", "troops"),
    "gather": ("MOBILIZE", "troops"), "concentrate": ("MOBILIZE", "troops"),
    "reinforce": ("MOBILIZE", "troops"), "test-fire": ("MOBILIZE", "weapons"),
    # COERCE
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "jail": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"), "seize": ("COERCE", "seize"), "annex": ("COERCE", "seize"),
    "confiscate": ("COERCE", "seize"), "deport": ("COERCE", "deport"),
    "censor": ("COERCE", "censor"), "ban": ("COERCE", "restrict"),
    "persecute": ("COERCE", "restrict"), "blockade": ("COERCE", "restrict"),
    "hack": ("COERCE", "cyber"), "occupy": ("COERCE", "seize"),
    # ASSAULT
    "attack": ("ASSAULT", None), "invade": ("ASSAULT", None), "bomb": ("ASSAULT", "aerial"),
    "shell": ("ASSAULT", "heavy-weapons"), "kill": ("ASSAULT", None),
    "assassinate": ("ASSAULT", "targeted"), "shoot": ("ASSAULT", "firearms"),
    "fight": ("ASSAULT", None), "strike": ("ASSAULT", None), "raid": ("ASSAULT", None),
    "abduct": ("ASSAULT", "abduct"), "kidnap": ("ASSAULT", "abduct"),
    "torture": ("ASSAULT", "torture"), "massacre": ("ASSAULT", None),
    "shoot down": ("ASSAULT", "firearms"), "wound": ("ASSAULT", None),
}
# Second layer, widened from the PLOVER v2.0 category definitions and the CAMEO → PLOVER
# table (each CAMEO verb class named by its usual English verbs in news).
VERBS.update({
    # AGREE (CAMEO 03): guarantees and assurances
    "guarantee": ("AGREE", None), "assure": ("AGREE", None), "undertake": ("AGREE", None),
    # CONSULT (04): hosting, receiving, convening, travelling to
    "receive": ("CONSULT", "visit"), "convene": ("CONSULT", "multilateral"),
    "travel": ("CONSULT", "visit"), "arrive": ("CONSULT", "visit"), "fly": ("CONSULT", "visit"),
    "go": ("CONSULT", "visit"), "come": ("CONSULT", "visit"), "head": ("CONSULT", "visit"),
    "journey": ("CONSULT", "visit"),
    # "had toured Israel and Saudi Arabia": a visit to each state toured
    "tour": ("CONSULT", "visit"),
    # SUPPORT (05): praise, thanks, verbal defence, recognition
    "thank": ("SUPPORT", None), "congratulate": ("SUPPORT", None), "laud": ("SUPPORT", None),
    "salute": ("SUPPORT", None), "extol": ("SUPPORT", None), "defend": ("SUPPORT", None),
    "champion": ("SUPPORT", None), "embrace": ("SUPPORT", None),
    "reaffirm": ("SUPPORT", None),
    # COOPERATE (06): joint and judicial work
    "coordinate": ("COOPERATE", None), "partner": ("COOPERATE", None),
    "extradite": ("COOPERATE", None), "ally": ("COOPERATE", None),
    # AID (07)
    "fund": ("AID", None), "finance": ("AID", None), "lend": ("AID", None),
    "shelter": ("AID", None), "rescue": ("AID", None), "airlift": ("AID", None),
    # RETREAT (08): releases, returns, surrender
    "repatriate": ("RETREAT", "release"), "pardon": ("RETREAT", "release"),
    "surrender": ("RETREAT", "disarm"), "return": ("RETREAT", "release"),
    # REQUEST (10)
    "plead": ("REQUEST", None), "beg": ("REQUEST", None), "petition": ("REQUEST", None),
    "solicit": ("REQUEST", None), "exhort": ("REQUEST", None),
    # ACCUSE (09, 11): reproach, official complaint, legal action
    "chide": ("ACCUSE", "disapprove"), "berate": ("ACCUSE", "disapprove"),
    "scold": ("ACCUSE", "disapprove"), "fault": ("ACCUSE", "disapprove"),
    "assail": ("ACCUSE", "disapprove"), "lambast": ("ACCUSE", "disapprove"),
    "censure": ("ACCUSE", "disapprove"), "reprimand": ("ACCUSE", "disapprove"),
    "indict": ("ACCUSE", "allege"),
    "prosecute": ("ACCUSE", "allege"),
    # REJECT (12)
    "resist": ("REJECT", None), "snub": ("REJECT", None), "repudiate": ("REJECT", None),
    "renounce": ("REJECT", None), "disavow": ("REJECT", None), "refute": ("REJECT", None),
    "block": ("REJECT", None), "disregard": ("REJECT", None), "disobey": ("REJECT", "yield"),
    # PROTEST (14)
    "picket": ("PROTEST", "demo"),
    # SANCTION (16): breaking, freezing and halting relations
    "downgrade": ("SANCTION", "withdraw"), "freeze": ("SANCTION", "discontinue"),
    # MOBILIZE (15)
    "muster": ("MOBILIZE", "troops"),
    # COERCE (17): restrictions, seizures, legal coercion
    "restrict": ("COERCE", "restrict"), "outlaw": ("COERCE", "restrict"),
    "prohibit": ("COERCE", "restrict"), "curb": ("COERCE", "restrict"),
    "evict": ("COERCE", "deport"), "nationalize": ("COERCE", "seize"),
    "expropriate": ("COERCE", "seize"), "sentence": ("COERCE", "arrest"),
    "convict": ("COERCE", "arrest"), "round up": ("COERCE", "arrest"),
    "intimidate": ("COERCE", None), "harass": ("COERCE", None),
    # ASSAULT (18-20)
    "ambush": ("ASSAULT", "firearms"), "bombard": ("ASSAULT", "heavy-weapons"),
    "behead": ("ASSAULT", None), "execute": ("ASSAULT", None), "murder": ("ASSAULT", None),
    "hijack": ("ASSAULT", "abduct"), "storm": ("ASSAULT", None),
    "battle": ("ASSAULT", None), "beat": ("ASSAULT", "beat"), "stab": ("ASSAULT", None),
    "rape": ("ASSAULT", "sexual"), "detonate": ("ASSAULT", "explosives"),
    "demolish": ("ASSAULT", "destroy"), "destroy": ("ASSAULT", "destroy"),
    "torch": ("ASSAULT", "destroy"), "besiege": ("COERCE", "restrict"),
    "overrun": ("ASSAULT", None), "capture": ("COERCE", "seize"),
})
# Third layer: verbs of the CAMEO classes that news uses most often for each PLOVER type
# (fighting and repression, legal coercion, alerts, yielding), checked against the kinds of
# sentence in the ConfliBERT CAMEO train split.
VERBS.update({
    "pound": ("ASSAULT", "heavy-weapons"), "poison": ("ASSAULT", "unconventional"),
    "assault": ("ASSAULT", "beat"), "clash": ("ASSAULT", None), "slaughter": ("ASSAULT", None),
    "raze": ("ASSAULT", "destroy"), "gas": ("ASSAULT", "unconventional"),
    "strafe": ("ASSAULT", "aerial"), "snipe": ("ASSAULT", "firearms"),
    "apprehend": ("COERCE", "arrest"), "expropriate": ("COERCE", "seize"),
    "impound": ("COERCE", "seize"),
    # blacklisting foreign officials or firms is a sanction on their state (PLOVER v2.0: an
    # international sanction is SANCTION discontinue; CAMEO 172 restrictions stay COERCE)
    "blacklist": ("SANCTION", "discontinue"),
    "renege": ("REJECT", None), "balk": ("REJECT", None), "flout": ("REJECT", "yield"),
    "pressure": ("REQUEST", None), "pressurize": ("REQUEST", None),
    "accede": ("CONCEDE", None), "legalize": ("CONCEDE", None), "legalise": ("CONCEDE", None),
    "reinstate": ("CONCEDE", None), "relinquish": ("CONCEDE", None),
})
# Fourth layer: the verbs of war reporting and of yielding that news summaries use for the
# CAMEO classes (occupying territory is COERCE seize, CAMEO 192; rescinding a measure eases
# it, CAMEO 081).
VERBS.update({
    "recapture": ("COERCE", "seize"), "retake": ("COERCE", "seize"),
    "dislodge": ("ASSAULT", None), "rescind": ("CONCEDE", None), "revoke": ("CONCEDE", None),
    "repeal": ("CONCEDE", None), "down": ("ASSAULT", None),
    "capitulate": ("CONCEDE", None), "cave": ("CONCEDE", None),
    "huddle": ("CONSULT", None),  # "the two leaders huddled on Thursday night"
    "admire": ("SUPPORT", None),  # "openly admires the Russian president" (a party only)
    "apologise": ("SUPPORT", None), "apologize": ("SUPPORT", None),  # CAMEO 055
})
# Fifth layer: the words of political reporting for public criticism (CAMEO 111, 112).
VERBS.update({
    "blast": ("ACCUSE", "disapprove"), "bash": ("ACCUSE", "disapprove"),
    "excoriate": ("ACCUSE", "disapprove"), "upbraid": ("ACCUSE", "disapprove"),
    "admonish": ("ACCUSE", "disapprove"), "deride": ("ACCUSE", "disapprove"),
    "ridicule": ("ACCUSE", "disapprove"), "disparage": ("ACCUSE", "disapprove"),
    "pan": ("ACCUSE", "disapprove"), "lambaste": ("ACCUSE", "disapprove"),
    # mockery is criticism: "mocked him for opposing", "scoffed at his rival"
    "mock": ("ACCUSE", "disapprove"), "taunt": ("ACCUSE", "disapprove"),
    "scoff": ("ACCUSE", "disapprove"), "jeer": ("ACCUSE", "disapprove"),
    "belittle": ("ACCUSE", "disapprove"), "lampoon": ("ACCUSE", "disapprove"),
    # the vocabulary of campaign coverage for a verbal onslaught
    "chastise": ("ACCUSE", "disapprove"), "denigrate": ("ACCUSE", "disapprove"),
    "vilify": ("ACCUSE", "disapprove"), "demonize": ("ACCUSE", "disapprove"),
    "demonise": ("ACCUSE", "disapprove"), "pillory": ("ACCUSE", "disapprove"),
    "eviscerate": ("ACCUSE", "disapprove"), "smear": ("ACCUSE", "disapprove"),
    "insult": ("ACCUSE", "disapprove"), "rip": ("ACCUSE", "disapprove"),
    "skewer": ("ACCUSE", "disapprove"), "trash": ("ACCUSE", "disapprove"),
})
# Criticism verbs whose plain sense is physical ("ripped the poster", "trashed the room"):
# criticism only with a person, a body or what they said or did as the object.
FIGURATIVE_CRITICISM = {"rip", "skewer", "trash", "eviscerate"}
# Verbs that are physical attacks on a state or a place but, aimed at a person or at what
# a person did and said, or given a reason ("attacked the president for declining"), report
# criticism: "the GOP attacked the president", "Romney targeted the administration".
VERBAL_ATTACK_VERBS = {"attack", "target", "hit", "hammer", "blast", "savage", "knock"}
# Objects that are words, decisions or conduct: attacking them is criticism.
CONDUCT_NOUNS = {"remark", "comment", "statement", "speech", "decision", "policy", "stance",
                 "position", "record", "handling", "plan", "proposal", "claim", "response",
                 "conduct", "leadership", "tweet", "words", "rhetoric", "approach",
                 "relationship", "strategy", "agenda", "nomination", "candidacy", "report",
                 "ideology", "idea", "doctrine", "platform", "view", "belief", "argument"}
# Measures and laws: no force can be aimed at them, so attacking them is criticism whoever
# attacks ("Moscow and Beijing attack Western sanctions", "unions hit the pension reform").
POLICY_NOUNS = {"sanction", "tariff", "embargo", "law", "bill", "legislation", "reform",
                 "budget", "tax", "levy", "ban", "restriction", "regulation", "ruling",
                 "verdict", "policy", "deal", "pact", "accord", "treaty", "agreement", "proposal",
                 "plan", "initiative", "scheme", "resolution", "decree", "measure"}
# Nouns of office naming a person ("the president", "the senator").
PERSON_TITLE_NOUNS = {"president", "senator", "governor", "candidate", "chairman", "leader",
                      "minister", "rival", "opponent", "congressman", "congresswoman",
                      "lawmaker", "secretary", "speaker", "nominee", "mayor", "prosecutor",
                      "official", "spokesman", "spokeswoman", "chairwoman", "incumbent"}
# Judgements that make "called X's remarks ..." or "said X's remarks were ..." a rebuke.
CENSURE_ADJECTIVES = {"inaccurate", "unacceptable", "outrageous", "wrong", "irresponsible",
                      "reckless", "dangerous", "false", "misleading", "absurd", "ridiculous",
                      "shameful", "disgraceful", "appalling", "offensive", "inappropriate",
                      "untrue", "baseless", "unfair", "hypocritical", "racist", "disgusting",
                      "despicable", "deplorable", "insulting", "irrational", "dishonest",
                      "incompetent", "unfounded", "groundless", "provocative", "hostile",
                      "unhelpful", "destructive", "divisive", "ludicrous", "laughable",
                      "preposterous", "unconstitutional", "illegal",
                      "wrongheaded", "misguided", "foolish", "stupid", "crazy", "insane",
                      "nonsense", "bogus", "fake", "phony", "corrupt", "careless", "negligent",
                      "unfit", "unqualified", "disastrous", "catastrophic"}
# Verdicts passed on someone, as a noun ("called X a fraud", "said X is a hoax") or as praise
# ("said X was absolutely right", "called the ruling a huge win"): CAMEO 11 and 05.
CENSURE_NOUNS = {"fraud", "hoax", "liar", "disgrace", "travesty", "sham", "scam", "hypocrite",
                 "bigot", "racist", "bully", "coward", "charlatan", "demagogue", "crook",
                 "embarrassment", "insult", "outrage", "menace", "thug", "con", "conman",
                 "provocation", "blackmail", "betrayal", "farce",
                 # names for a ruler or a party that charge it with abuse of power or crime
                 "dictator", "tyrant", "despot", "autocrat", "criminal", "murderer", "killer",
                 "butcher", "gangster", "warmonger", "aggressor", "terrorist", "traitor",
                 "puppet"}
TWO_WORD_VERDICTS = {("politically", "motivated"), ("witch", "hunt"), ("dog", "whistle")}
PRAISE_ADJECTIVES = {"right", "correct", "courageous", "admirable", "heroic", "outstanding",
                     "excellent", "exceptional", "unbreakable"}
PRAISE_NOUNS = {"win", "victory", "triumph", "hero", "success", "milestone", "breakthrough",
                "friend", "ally", "partner", "priority", "cornerstone", "pillar"}
# A tie between two parties: praised, it is praise of the other side ("called the
# relationship a priority", "described his relationship with Xi as outstanding")
RELATIONSHIP_NOUNS = {"relationship", "relation", "tie", "partnership", "friendship",
                      "alliance"}
# People who act for the body named after them ("leaders of the G7", "officials of the EU").
SPOKESPEOPLE = {"leader", "official", "representative", "minister", "envoy", "diplomat",
                "delegate", "spokesman", "spokeswoman", "spokesperson", "head", "emir", "king",
                "sultan", "president", "premier", "chancellor", "chief", "commander",
                # those who act for a state abroad: "negotiators from Colombia", "the navies
                # of India and France"
                "negotiator", "delegation", "ambassador", "mediator", "navy"}
# Bare numbers that stand for a crowd when they protest ("Thousands rallied in Hama").
CROWD_NUMBERS = {"thousands", "hundreds", "dozens", "scores", "tens"}
# Fighting verbs that, with no object, make coordinated subjects each other's opponents
# ("police and protesters clashed").
RECIPROCAL_VERBS = {"clash", "fight", "battle", "skirmish", "exchange"}
# What two sides exchange when they fight ("exchanged fire", "traded artillery fire").
FIRE_NOUNS = frozenset({"fire", "gunfire", "shot", "shell", "salvo", "volley", "artillery",
                        "rocket", "missile", "blow", "strike"})
# Verbs that escalate what their object names ("increased attacks on Tripoli").
ESCALATING_VERBS = {"increase", "intensify", "escalate", "step", "renew", "resume", "expand",
                    "widen", "continue", "launch"}
ATTACK_NOUNS = {"attack", "strike", "airstrike", "bombing", "shelling", "offensive", "raid",
                "assault", "bombardment", "operation"}
# Nouns of a harmful act whose "of"/"on"/"against" phrase names who or what suffers it ("the
# violation of Ukraine's integrity", "the arrest of the reporter"): condemning the act is aimed
# at the doer its "by" phrase names (refusing to lift "the sanctions on X" still concerns X).
HARMING_NOUNS = ATTACK_NOUNS | {
    "violation", "breach", "invasion", "annexation", "occupation", "aggression", "sanction",
    "embargo", "blockade", "arrest", "detention", "killing", "execution", "seizure",
    "persecution", "crackdown", "expulsion", "deportation", "incursion"}
CAPTIVE_NOUNS = {"detainee", "prisoner", "hostage", "captive", "activist", "dissident"}
TROOP_NOUNS = ("troop", "force", "soldier", "patrol", "presence", "deployment", "army")
# A party's own stances whose abandonment is a concession ("dropped its objection").
WAIVED_STANCES = ("objection", "opposition", "veto", "demand", "precondition", "condition",
                  "reservation", "resistance", "block", "blockade")
# Verbs that are events only with a fitting object ("lifted the embargo", "froze aid").
OBJECT_VERBS: dict[str, tuple[frozenset[str], str, str | None]] = {
    "lift": (frozenset({"sanction", "embargo", "ban", "curfew", "blockade", "restriction",
                        "siege", "emergency", "law", "tariff", "duty"}), "RETREAT", None),
    "ease": (frozenset({"sanction", "embargo", "ban", "curfew", "blockade", "restriction",
                        "siege", "tension", "pressure", "tariff", "duty"}), "RETREAT", None),
    "relax": (frozenset({"sanction", "embargo", "ban", "curfew", "restriction", "control"}),
              "RETREAT", None),
    "cut": (frozenset({"aid", "tie", "relation", "assistance", "funding", "contact", "link",
                       "supply"}), "SANCTION", "discontinue"),
    "halt": (frozenset({"aid", "talk", "negotiation", "assistance", "funding", "contact",
                        "cooperation", "shipment", "supply", "delivery", "sale", "export",
                        "transfer", "travel", "trade", "business"}), "SANCTION",
             "discontinue"),
    "break": (frozenset({"tie", "relation", "talk", "negotiation", "contact"}), "SANCTION",
              "withdraw"),
    "reduce": (frozenset({"aid", "tie", "relation", "assistance", "staff", "presence", "supply",
                          "funding"}),
               "SANCTION", "discontinue"),
    "tighten": (frozenset({"blockade", "sanction", "embargo", "restriction", "siege", "control"}),
                "COERCE", "restrict"),
    "withhold": (frozenset({"aid", "assistance", "funding", "payment", "fund"}), "COERCE",
                 "withhold"),
    # (re)opening or raising diplomatic relations is diplomatic cooperation (PLOVER SUPPORT)
    "restore": (frozenset({"tie", "relation", "contact"}), "SUPPORT", None),
    "establish": (frozenset({"tie", "relation"}), "SUPPORT", None),
    "upgrade": (frozenset({"tie", "relation"}), "SUPPORT", None),
    "normalize": (frozenset({"tie", "relation"}), "SUPPORT", None),
    "normalise": (frozenset({"tie", "relation"}), "SUPPORT", None),
    "share": (frozenset({"intelligence", "information", "data", "evidence"}), "COOPERATE",
              None),
    "remove": (frozenset({"sanction", "embargo", "ban", "curfew", "blockade", "restriction",
                          "tariff"}), "RETREAT", None),
    "open": (frozenset({"fire"}), "ASSAULT", "firearms"),
    "impose": (frozenset({"curfew", "restriction", "ban", "emergency", "law", "blockade"}),
               "COERCE", "restrict"),
    "declare": (frozenset({"emergency", "law", "war", "siege", "curfew"}), "COERCE",
                "martial-law"),
    # halting or cancelling contact reduces relations (CAMEO 16: halt negotiations, mediation)
    "cancel": (frozenset({"visit", "trip", "talk", "meeting", "summit", "negotiation",
                          "mediation", "agreement", "deal", "contract", "exercise"}),
               "SANCTION", "withdraw"),
    # putting off a planned meeting refuses it for now (PLOVER REJECT, mode meet): "postponed
    # a visit to Riyadh", "delayed talks with the premier"
    "postpone": (frozenset({"visit", "trip", "talk", "meeting", "summit", "negotiation"}),
                 "REJECT", "meet"),
    "delay": (frozenset({"visit", "trip", "talk", "meeting", "summit", "negotiation"}),
              "REJECT", "meet"),
    "defer": (frozenset({"visit", "trip", "talk", "meeting", "summit", "negotiation"}),
              "REJECT", "meet"),
    "pause": (frozenset({"visit", "trip", "talk", "meeting", "summit", "negotiation"}),
              "REJECT", "meet"),
    # "abandoned a deal with the state to expand there", "scrapped the contract with X"
    "abandon": (frozenset({"deal", "agreement", "contract", "investment", "talk",
                           "negotiation", "expansion"}), "SANCTION", "withdraw"),
    "scrap": (frozenset({"deal", "agreement", "contract", "investment", "talk",
                         "negotiation", "visit", "trip", "summit"}), "SANCTION", "withdraw"),
    "end": (frozenset({"mediation", "talk", "negotiation", "cooperation", "aid", "assistance",
                       "relation", "tie"}), "SANCTION", "withdraw"),
    "close": (frozenset({"border", "embassy", "consulate", "crossing", "airspace", "port",
                         "mission"}), "COERCE", "restrict"),
    "violate": (frozenset({"ceasefire", "truce", "armistice"}), "ASSAULT", None),
    "seek": (frozenset({"refuge", "asylum", "help", "aid", "assistance", "support", "release",
                        "extradition", "talk", "meeting", "protection", "clarification",
                        "weapon", "arm", "ammunition", "loan", "funding", "ceasefire", "truce",
                        "guarantee", "compensation", "apology"}),
             "REQUEST", None),
    "strengthen": (frozenset(TROOP_NOUNS), "MOBILIZE", "troops"),
    "boost": (frozenset(TROOP_NOUNS), "MOBILIZE", "troops"),
    "increase": (frozenset(TROOP_NOUNS), "MOBILIZE", "troops"),
    "intensify": (frozenset({"attack", "strike", "bombing", "shelling", "offensive", "raid",
                             "assault"}), "ASSAULT", None),
    "set": (frozenset({"deadline", "ultimatum"}), "THREATEN", None),
    "allow": (frozenset({"inspector", "observer", "peacekeeper", "aid", "access", "monitor"}),
              "RETREAT", "access"),
    "grant": (frozenset({"asylum", "refuge", "aid", "loan", "assistance"}), "AID", None),
    "file": (frozenset({"lawsuit", "suit", "complaint", "charge", "case", "protest"}), "ACCUSE",
             "allege"),
    "lodge": (frozenset({"complaint", "protest", "appeal"}), "ACCUSE", "allege"),
    # "exchanged fire", "traded artillery fire": fighting each other (CAMEO 19)
    "exchange": (FIRE_NOUNS, "ASSAULT", None), "trade": (FIRE_NOUNS, "ASSAULT", None),
    "contribute": (frozenset({"aid", "troop", "fund", "funding", "money", "peacekeeper",
                              "assistance", "soldier"}), "AID", None),
    # giving up one's own objection or condition is yielding (CAMEO 08): "dropped its veto",
    # "withdrew its objection to X joining"
    "drop": (frozenset(WAIVED_STANCES), "CONCEDE", None),
    "withdraw": (frozenset(WAIVED_STANCES), "CONCEDE", None),
    "waive": (frozenset(WAIVED_STANCES), "CONCEDE", None),
}

OBJECT_VERBS["reimpose"] = OBJECT_VERBS["impose"]  # imposing again is imposing

# What a state grants and may take back: revoking one is no concession.
GRANTED_STANDINGS = {"status", "autonomy", "visa", "licence", "license", "accreditation",
                     "citizenship", "permit", "passport", "credential", "privilege",
                     "membership", "residency", "immunity"}

# Verb + particle or preposition that change the meaning of the verb alone.
PHRASAL: dict[tuple[str, str], tuple[str, str | None]] = {
    ("call", "for"): ("REQUEST", None), ("rule", "out"): ("REJECT", None),
    # "called off the visit / the summit": a meeting refused (PLOVER REJECT, mode meet)
    ("call", "off"): ("REJECT", "meet"),
    ("pull", "back"): ("RETREAT", "withdraw"), ("pull", "out"): ("RETREAT", "withdraw"),
    ("force", "out"): ("SANCTION", "expel"),
    ("pull", "away"): ("RETREAT", "withdraw"), ("draw", "down"): ("RETREAT", "withdraw"),
    ("back", "down"): ("CONCEDE", None), ("back", "off"): ("CONCEDE", None),
    ("build", "up"): ("MOBILIZE", "troops"), ("stand", "by"): ("SUPPORT", None),
    ("call", "up"): ("MOBILIZE", "troops"),
    ("stand", "with"): ("SUPPORT", None), ("side", "with"): ("SUPPORT", None),
    # "European leaders rallied to Zelensky": coming to a party's side, not a street rally
    ("rally", "to"): ("SUPPORT", None), ("rally", "behind"): ("SUPPORT", None),
    ("rally", "around"): ("SUPPORT", None), ("rally", "round"): ("SUPPORT", None),
    ("sit", "down"): ("CONSULT", None), ("push", "for"): ("REQUEST", None),
    ("press", "for"): ("REQUEST", None), ("crack", "down"): ("COERCE", "restrict"),
    ("lash", "out"): ("ACCUSE", "disapprove"), ("walk", "out"): ("SANCTION", "withdraw"),
    ("hand", "over"): ("RETREAT", "release"), ("turn", "down"): ("REJECT", None),
    ("shut", "down"): ("COERCE", "restrict"), ("cut", "off"): ("SANCTION", "discontinue"),
    ("call", "on"): ("REQUEST", None), ("call", "upon"): ("REQUEST", None),
    ("break", "off"): ("SANCTION", "withdraw"), ("walk", "away"): ("REJECT", None),
    ("fire", "on"): ("ASSAULT", "firearms"), ("open", "fire"): ("ASSAULT", "firearms"),
    ("gun", "down"): ("ASSAULT", "firearms"), ("round", "up"): ("COERCE", "arrest"),
    ("lock", "up"): ("COERCE", "arrest"), ("speak", "out"): ("ACCUSE", "disapprove"),
    ("team", "up"): ("COOPERATE", None), ("join", "forces"): ("COOPERATE", None),
    ("meet", "with"): ("CONSULT", None), ("hold", "back"): ("COERCE", "withhold"),
    ("set", "free"): ("RETREAT", "release"),
    ("step", "down"): ("RETREAT", "resign"), ("stand", "down"): ("RETREAT", "disarm"),
    ("back", "away"): ("CONCEDE", None), ("give", "in"): ("CONCEDE", None),
    ("take", "to"): ("PROTEST", "demo"), ("walk", "off"): ("PROTEST", "strike"),
    # campaign coverage: "railed against Wall Street", "called out Wells Fargo", "fired back
    # at Trump", "pushed back against the claims" (the last three checked in _lexical)
    ("rail", "against"): ("ACCUSE", "disapprove"), ("call", "out"): ("ACCUSE", "disapprove"),
    ("fire", "back"): ("ACCUSE", "disapprove"), ("hit", "back"): ("ACCUSE", "disapprove"),
    ("push", "back"): ("REJECT", None),
    ("go", "on"): ("PROTEST", "strike"), ("bow", "to"): ("CONCEDE", None),
    ("accede", "to"): ("CONCEDE", None), ("give", "up"): ("CONCEDE", None),
    # "were put on notice by their colleagues": a warning of what follows
    ("put", "on"): ("THREATEN", None),
    # "went after Romney's remark": attacking someone in words (a named person or their act)
    ("go", "after"): ("ACCUSE", "disapprove"),
    # "vented at the leader", "caved to the Democrats", "caved in to pressure"
    ("vent", "at"): ("ACCUSE", "disapprove"), ("cave", "to"): ("CONCEDE", None),
    ("cave", "in"): ("CONCEDE", None),
    # "broke with the president on the bill", "unloaded on his rival": a public split and a
    # verbal onslaught (both need a party as object: "broke with tradition" is no event)
    ("break", "with"): ("REJECT", None), ("unload", "on"): ("ACCUSE", "disapprove"),
    # "Washington backed out of the deal": reneging on a commitment (CAMEO 12)
    ("back", "out"): ("REJECT", None),
    # "brushed aside such concerns", "shrugged off the warning": dismissed
    ("brush", "aside"): ("REJECT", None), ("wave", "aside"): ("REJECT", None),
    ("shrug", "off"): ("REJECT", None), ("brush", "off"): ("REJECT", None),
    # "a federal court ruled against the state": a ruling that turns down a party's case
    ("rule", "against"): ("REJECT", None),
}
# Phrasal entries whose object must be a party (a name, or a person or body noun).
PARTY_OBJECT_PHRASALS = {("break", "with"), ("unload", "on"), ("rally", "to"), ("rally", "behind"),
                         ("rally", "around"), ("rally", "round")}
# Phrasal entries that need a particular object ("took to the streets", "went on strike").
PHRASAL_OBJECTS: dict[tuple[str, str], set[str]] = {
    ("take", "to"): {"street"}, ("go", "on"): {"strike"}, ("walk", "off"): {"job"},
    ("put", "on"): {"notice"},
    ("call", "up"): {"reservist", "reserve", "troop", "soldier", "conscript", "recruit",
                     "reservists", "reserves", "troops", "soldiers"},
}
# Light verbs whose object noun names the event: "impose sanctions", "hold talks".
OBJECT_NOUNS: dict[str, tuple[str, str | None]] = {
    "sanction": ("SANCTION", None), "embargo": ("SANCTION", None),
    "talk": ("CONSULT", None), "meeting": ("CONSULT", None), "summit": ("CONSULT", None),
    "negotiation": ("CONSULT", None), "consultation": ("CONSULT", None),
    "conversation": ("CONSULT", None), "call": ("CONSULT", "phone"),
    "visit": ("CONSULT", "visit"), "trip": ("CONSULT", "visit"), "dialogue": ("CONSULT", None),
    "breakfast": ("CONSULT", None), "lunch": ("CONSULT", None), "dinner": ("CONSULT", None),
    "tea": ("CONSULT", None),
    "warning": ("THREATEN", None), "threat": ("THREATEN", None), "ultimatum": ("THREATEN", None),
    "demand": ("REQUEST", None), "appeal": ("REQUEST", None), "request": ("REQUEST", None),
    "attack": ("ASSAULT", None), "invasion": ("ASSAULT", None), "offensive": ("ASSAULT", None),
    "strike": ("ASSAULT", None), "airstrike": ("ASSAULT", "aerial"),
    "aid": ("AID", None), "assistance": ("AID", None), "weapon": ("AID", None),
    "support": ("SUPPORT", None), "agreement": ("AGREE", None), "deal": ("AGREE", None),
    "accord": ("AGREE", None), "concession": ("CONCEDE", None),
    "compromise": ("AGREE", None), "warrant": ("ACCUSE", "allege"), "ceasefire": ("RETREAT", "ceasefire"),
    "truce": ("RETREAT", "ceasefire"), "accusation": ("ACCUSE", "allege"),
    "criticism": ("ACCUSE", "disapprove"), "protest": ("PROTEST", "demo"),
    "objection": ("ACCUSE", "disapprove"), "concern": ("ACCUSE", "disapprove"),
    "critique": ("ACCUSE", "disapprove"), "condemnation": ("ACCUSE", "disapprove"),
    "praise": ("SUPPORT", None), "endorsement": ("SUPPORT", None),
    "solidarity": ("SUPPORT", None), "sympathy": ("SUPPORT", None),
    "condolence": ("SUPPORT", None), "gratitude": ("SUPPORT", None),
    "pressure": ("REQUEST", None),
    "exercise": ("MOBILIZE", "troops"), "drill": ("MOBILIZE", "troops"),
    "troop": ("MOBILIZE", "troops"), "force": ("MOBILIZE", "troops"),
    "missile": ("MOBILIZE", "weapons"),
    "investigation": ("ACCUSE", "investigate"), "probe": ("ACCUSE", "investigate"),
    "inquiry": ("ACCUSE", "investigate"), "lawsuit": ("ACCUSE", "allege"),
    "assault": ("ASSAULT", None), "raid": ("ASSAULT", None), "bombardment": ("ASSAULT", None),
    "cyberattack": ("COERCE", "cyber"), "airstrikes": ("ASSAULT", "aerial"),
    "crackdown": ("COERCE", "restrict"), "blockade": ("COERCE", "restrict"),
    "ban": ("COERCE", "restrict"),
    "curfew": ("COERCE", "curfew"), "suspension": ("SANCTION", "discontinue"),
    "expulsion": ("SANCTION", "expel"), "boycott": ("PROTEST", "boycott"),
    "rally": ("PROTEST", "demo"), "demonstration": ("PROTEST", "demo"),
    "march": ("PROTEST", "demo"), "sit-in": ("PROTEST", "demo"),
    "deadline": ("THREATEN", None), "alert": ("MOBILIZE", "troops"),
    "shooting": ("ASSAULT", "firearms"), "killing": ("ASSAULT", None),
    "execution": ("ASSAULT", None), "arrest": ("COERCE", "arrest"),
    "detention": ("COERCE", "arrest"),
    # material aid named by what is handed over ("sent arms", "gave a grant")
    "grant": ("AID", None), "loan": ("AID", None), "arm": ("AID", None),
    "ammunition": ("AID", None), "intelligence": ("AID", None), "food": ("AID", None),
    "medicine": ("AID", None), "funding": ("AID", None), "money": ("AID", None),
    "relief": ("AID", None), "credit": ("AID", None), "equipment": ("AID", None),
    "training": ("AID", None), "firearm": ("AID", None), "vaccine": ("AID", None),
    "consensus": ("AGREE", None), "understanding": ("AGREE", None),
    "settlement": ("AGREE", None), "patrol": ("MOBILIZE", "police"),
    "discussion": ("CONSULT", None), "shelling": ("ASSAULT", "heavy-weapons"),
    "bombing": ("ASSAULT", "aerial"), "reminder": ("REQUEST", None),
    "welcome": ("CONSULT", "visit"), "mediation": ("CONSULT", None),
    # "took a swipe at the president", "took a shot at his rivals": a verbal jab
    "swipe": ("ACCUSE", "disapprove"), "jab": ("ACCUSE", "disapprove"),
    "potshot": ("ACCUSE", "disapprove"), "shot": ("ACCUSE", "disapprove"),
    "aim": ("ACCUSE", "disapprove"), "dig": ("ACCUSE", "disapprove"),
    # "hurled insults at", "lobbed barbs at": verbal attacks
    "insult": ("ACCUSE", "disapprove"), "barb": ("ACCUSE", "disapprove"),
    # "slapped tariffs on", "imposed tariffs on": trade penalties (CAMEO 163, embargo/boycott)
    "tariff": ("SANCTION", None),
    # "carried out a snap military maneuver", "made incursions into its waters", "ordered
    # the deployment of four battalions"
    "maneuver": ("MOBILIZE", "troops"), "manoeuvre": ("MOBILIZE", "troops"),
    "incursion": ("ASSAULT", None), "deployment": ("MOBILIZE", "troops"),
}
# Breaking a rule the actor is bound by defies it (CAMEO 128, "defy norms, law").
NORM_NOUNS = {"ban", "law", "agreement", "resolution", "embargo", "treaty", "accord", "norm",
              "rule", "sanction", "deal", "commitment", "obligation", "airspace", "border"}
PASSAGE_NOUNS = {"road", "highway", "street", "traffic", "entrance", "railway", "bridge",
                 "motorway", "route", "access", "gate", "checkpoint"}
NORM_VERBS = {"violate", "breach", "flout", "defy", "break", "contravene"}
LABOUR_STRIKE = {"hunger", "general", "labour", "labor", "national", "nationwide", "warning",
                 "day", "week", "rail", "teacher", "worker", "student"}
ASSISTING_PERSONNEL = {"peacekeeper", "inspector", "monitor", "observer", "worker", "ambassador",
                       "diplomat", "envoy", "staff", "mission", "adviser", "advisor", "personnel",
                       "embassy", "delegation", "expert"}
# People sent to help keep peace or watch a truce (CAMEO 074 / PLOVER AID).
MISSION_PERSONNEL = {"peacekeeper", "inspector", "monitor", "observer", "expert"}
AID_OBJECTS = {"aid", "assistance", "weapon", "arm", "ammunition", "grant", "loan", "intelligence",
               "food", "medicine", "funding", "money", "relief", "credit", "equipment",
               "training", "firearm", "vaccine"}
# Holding a position rather than acting on someone: "for opposing the stimulus".
STANCE_VERBS = {"oppose", "support", "back", "favor", "favour", "champion", "embrace",
                "advocate", "endorse", "defend"}
# Verbs of praise or blame whose "for"/"of" clause gives the reason ("blamed X for starting").
JUDGING_VERBS = {"blame", "thank", "congratulate", "commend", "credit", "applaud", "fault",
                 "accuse", "criticize", "criticise", "praise", "mock", "chide", "scold"}
# Judging verbs whose "of" clause is an alleged act, not a fact the text tells ("criticized
# the officer for shooting X" tells the shooting as done).
CHARGING_VERBS = {"accuse"}


def _praised_deed(token: Token) -> bool:
    """Whether the verb is the deed after "for" that a judging verb thanks, praises or blames
    someone for ("thanked X for hosting", "criticized him for meeting Xi", "for choosing peace
    and for halting ..."), through conjoined gerunds and prepositions."""
    node = token
    for _ in range(4):
        if node.dep_ == "conj" and node.tag_ in ("VBG", "IN"):
            node = node.head
            continue
        if node.dep_ == "pcomp" and node.head.lower_ == "for":
            prep = node.head
            while prep.dep_ == "conj" and prep.head.lower_ == "for":
                prep = prep.head
            judge = prep.head
            return judge.pos_ == "VERB" and _lemma(judge) in JUDGING_VERBS
        return False
    return False


def _in_charge(token: Token) -> bool:
    """Whether the verb lies in the "of"/"for" clause of a charging verb ("accused X of
    arming Y", "blamed X for ... by sending ..."), through gerunds and prepositions only."""
    node = token
    for _ in range(6):
        if node.dep_ == "pcomp" and node.head.lower_ in ("of", "for") \
                and _lemma(node.head.head) in CHARGING_VERBS:
            return True
        if node.dep_ == "pcomp" and node.head.lower_ == "by" \
                and _lemma(node.head.head) in CHARGING_VERBS and any(
                    c.dep_ == "prep" and c.lower_ in ("of", "for") for c in node.head.head.children):
            return True  # "accused X of behaving dangerously by sending ...": the charge's means
        if node.dep_ not in ("pcomp", "prep", "conj") or node.tag_ not in ("VBG", "IN"):
            return False
        node = node.head
    return False


# A verbal jab taken at someone: "took a swipe at", "took aim at" (needs the "at").
JAB_NOUNS = {"swipe", "jab", "potshot", "shot", "aim", "dig"}
MEAL_NOUNS = {"breakfast", "lunch", "dinner", "tea"}
LIGHT_VERBS: dict[str, set[str]] = {
    # light verb → object nouns (lemmas) it turns into an event
    "introduce": {"sanction"}, "slap": {"sanction"},
    # "had breakfast with the Finnish president": a meal shared is a meeting
    "have": {"talk", "meeting", "conversation", "call", "breakfast", "lunch", "dinner", "tea"},
    "conduct": {"talk", "negotiation", "exercise", "drill", "strike"},
    "make": {"visit", "trip", "call", "demand", "appeal", "request", "concession", "threat",
             "condemnation", "accusation", "criticism", "critique"},
    # "offered a strong critique of X", "offered praise for Y"; offering comments is speech
    "offer": {"criticism", "critique", "condemnation", "support", "praise", "endorsement"},
    "pay": {"visit"}, "take": {"call", "trip", "tea", *JAB_NOUNS},  # ("took tea with X")
    "issue": {"warning", "threat", "ultimatum", "demand", "warrant"},
    "launch": {"attack", "invasion", "offensive", "strike", "airstrike"},
    "carry": {"attack", "strike", "airstrike"},
    "send": {"aid", "assistance", "weapon", "troop", "force"},
    "provide": {"aid", "assistance", "weapon", "support"},
    "deliver": {"aid", "assistance", "weapon", "warning", "ultimatum"},
    "give": {"aid", "assistance", "ultimatum", "warning", "support"},
    "express": {"support"}, "voice": {"support", "criticism"}, "lend": {"support"},
    "reach": {"agreement", "deal", "accord", "understanding", "consensus", "compromise"},
    "press": {"offensive", "attack", "assault"}, "strike_": {"deal"},
    "move": {"troop", "force", "missile"}, "mass": {"troop", "force"},
    "declare": {"ceasefire", "truce"}, "level": {"accusation", "criticism"},
    "stage": {"protest", "exercise", "drill", "rally", "demonstration", "march", "sit-in",
              "boycott", "attack", "raid"},
    "test-fire": {"missile"}, "fire": {"missile"},
    # opening a case or an operation
    "open": {"investigation", "probe", "inquiry", "offensive"},
    "begin": {"investigation", "probe", "inquiry", "assault", "offensive", "attack", "raid",
              "bombardment", "talk", "negotiation"},
    "start": {"investigation", "probe", "inquiry", "assault", "offensive", "attack", "talk",
              "negotiation"},
    "mount": {"attack", "assault", "offensive", "raid", "protest", "challenge", "pressure"},
    "order": {"investigation", "probe", "inquiry", "attack", "strike", "airstrike", "raid",
              "blockade", "curfew", "expulsion", "withdrawal", "shooting", "killing",
              "execution", "arrest", "detention"},
    "announce": {"sanction", "embargo", "suspension", "expulsion", "ceasefire", "truce",
                 "withdrawal", "blockade", "curfew", "aid", "assistance"},
    "hold": {"talk", "meeting", "summit", "negotiation", "consultation", "conversation", "call",
             "dialogue", "exercise", "drill", "rally", "demonstration", "protest", "march"},
    "organize": {"rally", "demonstration", "protest", "march", "boycott", "sit-in"},
    "organise": {"rally", "demonstration", "protest", "march", "boycott", "sit-in"},
    "impose": {"sanction", "embargo", "curfew", "blockade"},
    "put": {"alert", "pressure"}, "place": {"alert"},
    # pressure laid on someone is a demand of them (CAMEO 10)
    "keep": {"pressure"}, "exert": {"pressure"}, "apply": {"pressure"},
    "increase": {"pressure"}, "ramp": {"pressure"}, "pile": {"pressure"},
    "step": {"pressure"},
}
for _verb, _nouns in (("launch", {"investigation", "probe", "inquiry", "assault", "raid",
                                  "bombardment", "cyberattack", "airstrikes", "crackdown"}),
                      ("conduct", {"investigation", "probe", "inquiry", "raid", "assault",
                                   "airstrikes"}),
                      ("carry", {"raid", "assault", "airstrikes", "bombardment"}),
                      ("file", {"lawsuit"}), ("give", {"deadline"}), ("issue", {"deadline"}),
                      ("send", AID_OBJECTS), ("provide", AID_OBJECTS), ("give", AID_OBJECTS),
                      ("deliver", AID_OBJECTS), ("donate", AID_OBJECTS),
                      ("ship", AID_OBJECTS), ("supply", AID_OBJECTS),
                      ("reach", {"consensus", "understanding", "settlement"}),
                      # a deal made public by its parties ("Ruto and Hassan unveiled a trade
                      # deal") is their agreement
                      ("announce", {"agreement", "deal", "accord"}),
                      ("unveil", {"agreement", "deal", "accord"}),
                      ("order", {"patrol", "shelling", "bombing"}),
                      ("issue", {"reminder"}), ("give", {"welcome"}), ("extend", {"welcome"}),
                      ("launch", {"mediation"}), ("begin", {"mediation"}),
                      ("begin", {"strike"}), ("start", {"strike"}), ("hold", {"strike"}),
                      ("stage", {"strike"}), ("call", {"strike"}), ("continue", {"strike"}),
                      ("organize", {"strike"}), ("organise", {"strike"}),
                      ("engage", {"discussion", "talk", "dialogue", "negotiation",
                                  "consultation", "conversation"}),
                      ("step", {"attack", "strike", "airstrike", "raid", "offensive"}),
                      ("begin", {"exercise", "drill"}), ("start", {"exercise", "drill"}),
                      ("launch", {"exercise", "drill"}), ("perform", {"exercise", "drill"}),
                      # "announced a ban on travel to X" (a sanction when on dealings abroad)
                      ("announce", {"ban"}), ("issue", {"ban"}), ("order", {"ban"}),
                      ("hurl", {"insult", "barb", "accusation", "criticism"}),
                      ("lob", {"insult", "barb", "accusation", "criticism"}),
                      ("sling", {"insult", "barb", "accusation"}),
                      ("trade", {"insult", "barb", "accusation"}),
                      ("slap", {"tariff"}), ("impose", {"tariff"}), ("levy", {"tariff", "sanction"}),
                      # "raised tariffs on Chinese imports to 25 percent"
                      ("raise", {"tariff"}), ("increase", {"tariff"}), ("hike", {"tariff"}),
                      ("announce", {"tariff", "deployment"}), ("order", {"deployment"}),
                      ("carry", {"exercise", "drill", "maneuver", "manoeuvre"}),
                      ("conduct", {"maneuver", "manoeuvre"}), ("hold", {"maneuver", "manoeuvre"}),
                      ("stage", {"maneuver", "manoeuvre", "incursion"}),
                      ("make", {"incursion"}),
                      # "raised objections to China's actions": a complaint (CAMEO 11)
                      ("raise", {"objection"}), ("voice", {"objection"}),
                      ("lodge", {"objection"}),
                      # "voiced serious concern about Chinese military activity"
                      ("raise", {"concern"}), ("voice", {"concern"}), ("express", {"concern"}),
                      ("convey", {"concern"}),
                      # "expressed solidarity with X", "offered condolences to Y" (CAMEO 05)
                      ("express", {"solidarity", "sympathy", "condolence", "gratitude"}),
                      ("voice", {"solidarity", "sympathy", "gratitude"}),
                      ("offer", {"solidarity", "sympathy", "condolence"}),
                      ("extend", {"solidarity", "sympathy", "condolence", "support"}),
                      ("convey", {"solidarity", "sympathy", "condolence", "gratitude"})):
    LIGHT_VERBS.setdefault(_verb, set()).update(_nouns)
# imposing again is imposing ("Washington reimposed sanctions on Iran")
LIGHT_VERBS["reimpose"] = set(LIGHT_VERBS["impose"])
# Event nouns ("the Putin-Biden talks", "Russia's annexation of Crimea", "expulsions by
# Moscow"). A nominal event counts only when its noun phrase names the actor itself: a
# possessor, a name or demonym before the noun, "by X", or "between X and Y". Drawn from the
# PLOVER category definitions (CAMEO → PLOVER table); ambiguous nouns ("call", "talk" in the
# singular, "force") are left out or constrained in _nominal.
NOUNS: dict[str, tuple[str, str | None]] = {
    # CONSULT
    "talks": ("CONSULT", None), "meeting": ("CONSULT", None), "summit": ("CONSULT", None),
    "negotiation": ("CONSULT", None), "consultation": ("CONSULT", None),
    "conversation": ("CONSULT", None), "dialogue": ("CONSULT", None),
    "discussion": ("CONSULT", None), "visit": ("CONSULT", "visit"), "trip": ("CONSULT", "visit"),
    "videoconference": ("CONSULT", "video"), "sit-down": ("CONSULT", None),
    "mediation": ("CONSULT", None),
    # AGREE
    "pledge": ("AGREE", None), "promise": ("AGREE", None), "offer": ("AGREE", None),
    "commitment": ("AGREE", None),
    # SUPPORT
    "support": ("SUPPORT", None), "endorsement": ("SUPPORT", None), "backing": ("SUPPORT", None),
    "praise": ("SUPPORT", None), "recognition": ("SUPPORT", None),
    "apology": ("SUPPORT", None),
    # COOPERATE, AID
    "cooperation": ("COOPERATE", None), "collaboration": ("COOPERATE", None),
    "aid": ("AID", None), "assistance": ("AID", None),
    # RETREAT
    "withdrawal": ("RETREAT", "withdraw"), "pullback": ("RETREAT", "withdraw"),
    "pullout": ("RETREAT", "withdraw"), "ceasefire": ("RETREAT", "ceasefire"),
    "truce": ("RETREAT", "ceasefire"), "de-escalation": ("RETREAT", "disarm"),
    # REQUEST
    "demand": ("REQUEST", None), "insistence": ("REQUEST", None), "request": ("REQUEST", None),
    "appeal": ("REQUEST", None), "ultimatum": ("THREATEN", None),
    # ACCUSE
    "accusation": ("ACCUSE", "allege"), "allegation": ("ACCUSE", "allege"),
    "criticism": ("ACCUSE", "disapprove"), "condemnation": ("ACCUSE", "disapprove"),
    "complaint": ("ACCUSE", "allege"), "investigation": ("ACCUSE", "investigate"),
    "probe": ("ACCUSE", "investigate"), "lawsuit": ("ACCUSE", "allege"),
    # REJECT
    "rejection": ("REJECT", None), "refusal": ("REJECT", None), "denial": ("REJECT", None),
    "veto": ("REJECT", None),
    # THREATEN
    "threat": ("THREATEN", None), "warning": ("THREATEN", None),
    # PROTEST
    "protest": ("PROTEST", "demo"), "demonstration": ("PROTEST", "demo"),
    "boycott": ("PROTEST", "boycott"),
    # SANCTION
    "sanction": ("SANCTION", None), "expulsion": ("SANCTION", "expel"),
    "embargo": ("SANCTION", None),
    # MOBILIZE
    "buildup": ("MOBILIZE", "troops"), "build-up": ("MOBILIZE", "troops"),
    "deployment": ("MOBILIZE", "troops"), "mobilization": ("MOBILIZE", "troops"),
    "mobilisation": ("MOBILIZE", "troops"),
    # COERCE
    "annexation": ("COERCE", "seize"), "seizure": ("COERCE", "seize"),
    "occupation": ("COERCE", "seize"), "intrusion": ("COERCE", "cyber"),
    "hack": ("COERCE", "cyber"), "cyberattack": ("COERCE", "cyber"),
    "arrest": ("COERCE", "arrest"), "detention": ("COERCE", "arrest"),
    "crackdown": ("COERCE", "restrict"), "persecution": ("COERCE", "restrict"),
    "blockade": ("COERCE", "restrict"), "deportation": ("COERCE", "deport"),
    # ASSAULT
    "invasion": ("ASSAULT", None), "attack": ("ASSAULT", None), "incursion": ("ASSAULT", None),
    "offensive": ("ASSAULT", None), "airstrike": ("ASSAULT", "aerial"),
    "bombing": ("ASSAULT", "aerial"), "shelling": ("ASSAULT", "heavy-weapons"),
    "assassination": ("ASSAULT", "targeted"), "killing": ("ASSAULT", None),
    "massacre": ("ASSAULT", None), "assault": ("ASSAULT", None),
    "bombardment": ("ASSAULT", "heavy-weapons"),
    "clash": ("ASSAULT", None), "fighting": ("ASSAULT", None), "gunfight": ("ASSAULT", "firearms"),
    "gunfire": ("ASSAULT", "firearms"), "battle": ("ASSAULT", None),
    "fire": ("ASSAULT", "firearms"),
    "suspension": ("SANCTION", "discontinue"), "recall": ("SANCTION", "withdraw"),
    # not "rally": a campaign rally is no protest
    "sit-in": ("PROTEST", "demo"), "march": ("PROTEST", "demo"),
}
# Prepositions under which an event noun reports an act that took place ("under attack by",
# "after repeated rebel attacks"), so it needs no named target to count.
TOOK_PLACE_PREPS = {"under", "after", "amid", "following"}
# Predicate adjectives that report a stance towards a target ("was supportive of the U.S.").
ADJECTIVES: dict[str, tuple[str, str | None]] = {
    "supportive": ("SUPPORT", None), "critical": ("ACCUSE", "disapprove"),
    "dismissive": ("REJECT", None), "cooperative": ("COOPERATE", None),
    "opposed": ("REJECT", None), "hostile": ("ACCUSE", "disapprove"),
}
# Objects of "strike" that make it figurative: "struck a minatory tone", "strike a balance".
FIGURATIVE_STRIKE_OBJECTS = {"tone", "note", "chord", "balance", "pose", "nerve", "match",
                             "blow", "figure", "image", "posture", "line", "optimistic",
                             "conciliatory"}
# Modifiers that make an event noun hypothetical ("a possible summit", "any future attack").
UNREAL_MODIFIERS = {"possible", "potential", "future", "further", "hypothetical", "eventual",
                    "prospective", "any", "no", "likely", "imminent", "feared", "alleged",
                    "renewed"}
# Modifiers of a meeting noun that announce it: PLOVER codes intent to meet as AGREE.
PLANNED_MODIFIERS = {"planned", "upcoming", "expected", "proposed", "scheduled", "forthcoming",
                     "next", "coming"}
# Prepositions that give a nominal event its target.
NOMINAL_TARGET_PREPS = {"with", "against", "on", "to", "toward", "towards", "into", "for", "of",
                        "near", "along"}
TROOP_WORDS = {"troop", "force", "soldier", "army", "unit", "tank", "battalion", "division"}
WEAPON_WORDS = {"missile", "weapon", "warship", "bomber", "jet", "rocket"}
SANCTION_WORDS = {"sanction", "embargo", "tariff", "penalty", "measure", "consequence", "cost",
                  "price", "rupture", "response"}
FORCE_WORDS = {"force", "attack", "war", "military", "invasion", "strike", "retaliate",
               "respond", "response", "action", "fight", "retaliation"}

# Words that turn a trigger into something that did not (or not yet) happen.
RECOMMEND_MODALS = {"should", "must", "ought", "shall"}
HYPOTHETICAL_MODALS = {"could", "would", "might", "may"}
WRAPPERS = {
    # governing verb lemma → what happens to triggers under it
    "deny": "REJECT", "reject": "REJECT", "refuse": "REJECT", "rule": "REJECT", "dismiss": "REJECT",
    "decline": "REJECT",
    "threaten": "THREATEN", "warn": "THREATEN",
    "demand": "REQUEST", "urge": "REQUEST", "ask": "REQUEST", "request": "REQUEST",
    "call": "REQUEST", "press": "REQUEST", "insist": "REQUEST", "push": "REQUEST",
    "challenge": "REQUEST", "dare": "REQUEST",  # "challenged Trump to release his returns"
    "encourage": "REQUEST", "pressure": "REQUEST", "pressurize": "REQUEST",
    "agree": "AGREE", "promise": "AGREE", "pledge": "AGREE", "offer": "AGREE", "vow": "AGREE",
    "commit": "AGREE",
}
# Verbs under which nothing is asserted: wishes, plans, doubts, predictions, recommendations.
IRREALIS = {"want", "wish", "hope", "like", "seek", "try", "plan", "intend", "consider",
            "weigh", "contemplate", "mull", "ponder",  # "was weighing sending weapons"
            "expect", "fear", "believe", "doubt", "imagine", "suggest", "propose", "recommend",
            "need", "avoid", "prevent", "deter", "risk", "stop", "forestall", "aim", "prepare",
            "mean", "require", "predict", "worry", "think", "ensure", "allow", "let", "able",
            "cease", "quit", "end", "halt", "abandon", "refrain", "likely", "unlikely",
            "include", "involve",
            # "invited Putin to visit China": the visit asked for has not taken place
            "invite"}
# Verbs of meeting: announced for a date, they are planned contacts, not forecasts.
MEETING_VERBS = {"meet", "hold", "talk", "visit", "confer", "host", "speak"}
# What one means to do, stated as "X's priority is to ...": a goal, not an act.
GOAL_NOUNS = {"priority", "goal", "aim", "objective", "task", "mission", "job", "purpose",
              "intention", "plan", "ambition", "focus", "challenge"}
# Nouns under which nothing is asserted ("the likelihood that Moscow will return ...").
IRREALIS_NOUNS = {"intention", "plan", "plans", "desire", "need", "idea", "willingness", "threat",
                  "risk", "prospect", "case", "likelihood", "possibility", "probability",
                  "chance", "chances", "hope", "hopes", "fear", "fears", "danger",
                  "scenario", "temptation", "refusal", "failure", "reluctance",
                  "unwillingness", "inability", "call", "calls", "appeal", "appeals",
                  "pressure", "determination", "ability", "capability", "capacity",
                  "readiness", "reason", "way", "ways", "option", "options", "threats",
                  "intentions", "demand", "demands", "request", "requests", "invitation",
                  "invitations"}
# Nouns of intent whose negation denies the act: "has no plans / no intention to invade".
DENIED_INTENT_NOUNS = {"plan", "intention", "intent", "desire", "wish", "interest", "aim"}
# Relations through which a governing word takes a trigger in as its content.
COMPLEMENT_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acl"}
# Words of willingness or intent: a cooperative act under them is an AGREE (PLOVER codes
# "expressed intent to meet / cooperate" as AGREE), a conflictual one is dropped.
INTENT_WORDS = {"open", "willing", "ready", "prepared", "eager", "plan", "planning", "intend",
                "like", "want", "hope", "wish", "keen", "offer", "propose", "agree", "promise",
                "pledge", "vow", "commit", "seek"}
# Intent words that are wishes: with another as the doer, the wish is not that doer's intent.
WISHING_VERBS = {"like", "want", "hope", "wish"}
TOPIC_PREPS = {"about", "regarding", "concerning"}
RELUCTANT_WORDS = {"slow", "reluctant", "loath", "loth", "hesitant", "unwilling",
                   "unable", "powerless"}
OPTION_NOUNS = {"way", "means", "option", "method", "avenue", "possibility", "tool",
                "alternative"}
REFLEXIVES = {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself",
              "oneself"}
NEG_WORDS = {"not", "n't", "never", "no", "without", "nor", "neither"}
# What would show an act happened: "no sign that", "no evidence that" deny it is known.
EVIDENCE_NOUNS = {"sign", "evidence", "indication", "proof", "suggestion", "hint", "report"}
COMMUNICATION = {"say", "tell", "state", "add", "note", "claim", "argue", "report", "announce",
                 "affirm", "reiterate", "stress", "emphasize", "declare", "confirm"}
TARGET_PREPS = {"with", "to", "against", "from", "on", "toward", "towards", "into", "at", "for",
                "near", "along", "around"}
SYMMETRIC = {"CONSULT", "COOPERATE"}
# Verbs of a measure laid on someone ("sanctions imposed on Eritrea", "a ban placed on X").
IMPOSING_VERBS = {"impose", "reimpose", "place", "put", "levy", "slap", "enforce", "apply"}
GROUP_NOUNS = {"student", "worker", "farmer", "settler", "guerrilla", "guerilla", "refugee",
               "prisoner", "supporter", "villager", "resident", "civilian", "teacher", "party",
               "group", "union", "citizen", "inhabitant", "people", "rioter", "extremist",
               "islamist", "nationalist", "monk", "doctor", "journalist", "opponent",
               "leader", "official", "protester", "protestor", "demonstrator", "rebel",
               "separatist", "troop", "soldier", "force", "diplomat", "minister", "ally",
               "dissenter", "voter", "lawmaker", "militant", "activist", "authority",
               "government", "negotiator", "envoy", "hawk", "critic", "prosecutor", "unit",
               "investigator", "fighter", "gunman", "militia", "insurgent", "striker",
               "crowd", "cleric", "loyalist", "militiaman", "officer", "tribesman",
               "defector", "policeman", "representative", "spokesman", "member", "faction",
               "guard", "state", "nation", "power", "country", "conservative", "liberal",
               "progressive", "moderate", "hardliner", "reformer", "reformist", "senator",
               "legislator", "congressman", "congresswoman", "governor", "mayor",
               "charity", "campaigner"}
# Collective nouns that name an acting body in the singular ("the military", "a mob").
COLLECTIVE_NOUNS = {"military", "army", "police", "mob", "crowd", "opposition", "junta",
                    "militia", "navy"}
FIRST_PERSON = {"i", "we", "us", "me", "our"}


@dataclass
class EventsConfig:
    use_classifier: bool = True
    min_classifier_confidence: float = 0.55  # below this, the classifier has no say


@dataclass
class Candidate:
    type: str
    mode: str | None
    token: Token  # the trigger
    verb: Token  # the clause head whose arguments give actor and target
    speaker: Token | None = None  # for a reported wrong: the accuser (actor of an ACCUSE)
    nominal: bool = False  # an event noun whose own phrase gives actor and target
    agent: Token | None = None  # who acts when it is not the clause's subject ("sent X to")
    predicted: bool = False  # a threat phrased as a prediction ("would face consequences")
    place: bool = False  # the agent is where unnamed protesters protest (their state acts)
    quoted: bool = False  # a verdict inside a quotation: the quote's speaker passes it
    blamed_only: bool = False  # the target is the clause's subject or no one ("said X lied",
    # "won the endorsement of Y")
    objects: tuple[Token, ...] = ()  # the acted-on phrase when the parse hangs it elsewhere


# "Stood by its reporting", "stands with its base": standing by a thing or by one's own side
# is a stance, not support given to an actor.
STANDING_PHRASALS = {("stand", "by"), ("stand", "with")}


# Joining something someone else runs: "X and Y agreed to attend (the debate)" accept an
# invitation each; they do not agree with each other.
TAKING_PART_VERBS = {"attend", "participate", "appear", "testify", "come", "serve", "debate",
                     "compete", "enter", "speak"}


def _agreed_to_take_part(token: Token) -> bool:
    """'agreed to attend', 'agreed to take part in': each agreeing party accepts on its own."""
    for c in token.children:
        if c.dep_ != "xcomp":
            continue
        if _lemma(c) in TAKING_PART_VERBS:
            return True
        if _lemma(c) == "take" and any(g.dep_ == "dobj" and g.lower_ == "part"
                                       for g in c.children):
            return True
    return False


# Messages whose words are their author's act ("a tweet that accused X", "a letter that
# demanded Y").
MESSAGE_NOUNS = {"tweet", "post", "letter", "statement", "message", "op-ed", "editorial",
                 "speech", "release", "email", "e-mail", "ad", "advertisement", "video",
                 "column", "interview", "memo"}


ISSUING_VERBS = {"send", "post", "issue", "write", "publish", "release", "sign", "tweet",
                 "deliver", "pen", "give", "make"}


def _issued_message(noun: Token) -> bool:
    """A message that was put out: "in a tweet", "sent a letter", "issued a statement"."""
    if _lemma(noun) not in MESSAGE_NOUNS:
        return False
    if noun.dep_ == "pobj":
        return noun.head.lower_ in ("in", "through", "via")
    return noun.dep_ in ("dobj", "obj") and _lemma(noun.head) in ISSUING_VERBS


def _message_issuer(verb: Token, subject: Token) -> Token | None:
    """The author of a message the clause of a relative pronoun is about: "Trump called on
    him to resign in a tweet that accused him of lying" (the subject of the clause the
    message is part of), "Pence's letter, which demanded ..." (its possessor)."""
    if verb.dep_ != "relcl" or subject.i != verb.head.i \
            or _lemma(subject) not in MESSAGE_NOUNS:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    by = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "by"
               for g in c.children if g.dep_ == "pobj"), None)
    if by is not None:
        return by
    clause = subject.head.head if subject.dep_ == "pobj" else subject.head
    if subject.dep_ not in ("pobj", "dobj", "obj") or clause.pos_ not in ("VERB", "AUX"):
        return None
    while clause.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in clause.children):
        clause = clause.head  # "called on X to quit in a post that ...": the caller posted
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def _spoken_for(doc: Doc, person: Token, mentions: list[ActorMention]) -> str | None:
    """The body a spokesperson noun speaks or acts for: "leaders of the European Union",
    "a spokesman for the special counsel", "officials with the DNC"."""
    if person.lemma_.casefold() not in SPOKESPEOPLE:
        return None
    body = next((g for c in person.children if c.dep_ == "prep"
                 and c.lower_ in ("of", "for", "with", "at", "from")
                 for g in c.children if g.dep_ == "pobj"), None)
    return _actor_at(doc, body, mentions)


class EventExtractor:
    """spaCy component: assigns doc._.events."""

    def __init__(self, nlp: Language, config: EventsConfig) -> None:
        self.config = config
        self.nlp = nlp
        # the two named sides of the last exchange told before the sentence being read, and
        # its paragraph: whom a bare "they" / "both" after it stands for
        self._exchange: tuple[str, str, int | None] | None = None

    def __call__(self, doc: Doc) -> Doc:
        # the speaker's own next act, hung by the parse on what was reported, is read where
        # it belongs for this component only (later components see the parse as it was)
        found = _speakers_next_acts(doc)
        moved = [(verb, verb.head) for verb, _ in found]
        for verb, teller in found:
            verb.head = teller
        try:
            return self._extract(doc)
        finally:
            for verb, clause in moved:
                verb.head = clause

    def _extract(self, doc: Doc) -> Doc:
        quotes: list[Quote] = [q for q in (doc._.quotes or []) if q.kind == "direct"]
        mentions = _outside_datelines(
            doc, resolve_person_pronouns(doc, doc._.actor_mentions or [], quotes))
        sents = sentence_units(doc)
        per_sentence = [find_candidates(sent) for sent in sents]
        # a headline in title case the parse could not read is read again in sentence case
        parsed: list[tuple[Doc, Span]] = [(doc, sent) for sent in sents]
        if sents and not per_sentence[0] and not any(
                _headline_passive(t, sents[0]) for t in sents[0]):  # ("X Indicted In ...")
            recased = self._recased_headline(doc, sents[0], mentions)
            if recased is not None:
                parsed[0] = recased
                per_sentence[0] = find_candidates(recased[1])
        quads = self._classify(sents, per_sentence)
        known = {m.actor for m in mentions}
        events: list[Event] = []
        # acts whose object names a party no gazetteer knows ("accused the West of ..."):
        # aimed there, not at the other side of the last exchange
        aimed_elsewhere: set[tuple[str, str | None, int]] = set()
        self._exchange = None
        for (sent_doc, sent), candidates, quad in zip(parsed, per_sentence, quads, strict=True):
            told = [e for e in events if e.type == "CONSULT" and e.actor in known
                    and e.target in known and e.actor != e.target and e.start < sent.start_char]
            if told:
                self._exchange = (told[-1].actor or "", told[-1].target or "",
                                  told[-1].paragraph)
            if self._exchange is not None:
                # the pair stays the topic while the text goes on telling what the two did
                # together ("They agreed to ... They agreed to ..."): its latest joint act
                # counts from where the exchange was last taken up
                pair = {self._exchange[0], self._exchange[1]}
                joint = [e for e in events if e.type in PAIR_TYPES
                         and {e.actor, e.target} == pair and e.start < sent.start_char]
                if joint and (joint[-1].paragraph or 0) > (self._exchange[2] or 0):
                    self._exchange = (*self._exchange[:2], joint[-1].paragraph)
            seen: dict[tuple[str, str | None], int] = {}  # (type, actor) → trigger index
            for cand in _prefer(candidates, quad):
                for event in _pair_sides(self._events(sent_doc, sent, cand, mentions, quotes),
                                         known):
                    if event.type == "REJECT" and event.target is None:
                        event.target = _maker_of_rejected(doc, cand, event, events) \
                            or _accuser_of_denier(doc, cand, event, events)
                    if event.type in ("ACCUSE", "REJECT") and event.target is None:
                        event.target = _doer_of_judged_act(doc, cand, event, events)
                    if event.type == "SUPPORT" and event.target is None \
                            and _object(cand.verb) is not None:
                        # "Qatar welcomed the proposal" after "Erdogan proposed a ceasefire":
                        # the backing goes to whoever just made it, as a rejection would
                        event.target = _maker_of_rejected(doc, cand, event, events)
                    key = (event.type, event.actor)
                    travel = _lemma(cand.token) in TRAVEL_VERBS and cand.mode == "visit"
                    if not travel and seen.get(key, cand.token.i) != cand.token.i \
                            and not _second_contact(sent_doc[seen[key]], cand.token, event,
                                                    events) \
                            and not _new_partner(event, events) \
                            and not _second_measure(sent_doc[seen[key]], cand.token, event,
                                                    events):
                        # "took a call … discussed": one act, reported twice; but a first
                        # mention with nobody as target ("supported the decision") gives way
                        # to a later one that names the target ("support Petraeus's bid")
                        earlier = next((e for e in events if (e.type, e.actor) == key
                                        and sent.start_char <= e.start < sent.end_char), None)
                        if earlier is None or earlier.target is not None \
                                or event.target is None:
                            continue
                        events.remove(earlier)
                    if not travel:  # (a trip does not stand for a meeting told with it:
                        seen[key] = cand.token.i  # "arrived in Moscow from Kyiv, where he met")
                    if event.target is None and _names_unknown_party(cand.verb):
                        aimed_elsewhere.add((event.type, event.actor, event.start))
                    elif (event.target is None or _unnamed_group(event.target, known)) \
                            and event.type == "REJECT" and _answers_a_charge(cand.verb) \
                            and not _partner_spoke_before(doc, cand, event, mentions,
                                                          self._exchange):
                        # (an unnamed critic found as the target is cleared later)
                        aimed_elsewhere.add((event.type, event.actor, event.start))
                    if not any(_same_event(event, e) for e in events):
                        events.append(event)
                    again = _met_again_on(cand, event, doc._.published)
                    if again is not None and not any(_same_event(again, e) for e in events):
                        events.append(again)
            events.extend(_did_so(doc, sent, events, mentions))
        _host_sides(doc, events)
        _share_targets(doc, events)
        _answer_targets(events)
        _clear_unnamed_targets(events, known)
        _fill_interlocutors(doc, events, aimed_elsewhere)
        _fill_from_exchanges(doc, events, aimed_elsewhere)
        events += _contacts_of_acts(doc, events)
        events = _drop_unpaired_meetings(events)
        events = _drop_unnamed_groups(events, known)
        text = doc_text(doc)
        for event in events:
            # evidence is the article's own words at its offsets, also for a headline read
            # again in sentence case (its copy differs in case only)
            event.evidence = text[event.start:event.end]
        doc._.events = [e for i, e in enumerate(events)
                        if not any(_same_event(e, f) for f in events[:i])]
        return doc

    def _pair_of_last_exchange(self, doc: Doc, pronoun: Token, mentions: list[ActorMention]
                               ) -> tuple[str, str] | None:
        """A bare "they" or "both" that meets, agrees or pledges, with no group or named
        subject nearer in its sentence or the one before, stands for the two sides of the
        exchange told last ("Ruto met Hassan in Dar es Salaam ... They met again in March",
        "Both pledged to keep supporting Somalia")."""
        delegations = _the_delegations(pronoun)
        if self._exchange is None or (pronoun.lower_ not in ("they", "both")
                                      and not delegations) \
                or pronoun.dep_ != "nsubj" or _lemma(pronoun.head) not in PAIR_VERBS \
                or any(c.dep_ in ("prep", "pobj") for c in pronoun.children):
            return None  # ("both of them", "they said": not read here)
        first, second, paragraph = self._exchange
        here = paragraph_number(doc_text(doc), pronoun.idx)
        sent = pronoun.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        # "The two leaders have known each other for years. They spoke ...": the pair named
        # again by office just before takes the exchange up again, however far back it was
        renewed = delegations or any(
            t.dep_ in ("nsubj", "nsubjpass") and _the_pair_by_office(t)
            and not {m.actor for m in mentions if m.start <= t.idx < m.end} - {first, second}
            for t in doc[start:pronoun.i])
        if paragraph is not None and here is not None and here - paragraph > 1 \
                and not renewed:
            return None  # too far from the exchange
        for tok in doc[start:pronoun.i]:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ == "PRON":
                continue
            named = {m.actor for m in mentions if m.start <= tok.idx < m.end}
            if _the_pair_by_office(tok) and not named - {first, second}:
                continue  # "The leaders also discussed Ukraine. Both pledged ...": the pair
            if (tok.tag_ in ("NNS", "NNPS") and _lemma(tok) not in CONTACT_WORDS) \
                    or list(tok.conjuncts) or (named - {first, second}):
                return None  # a nearer group or another party is what it takes up (but
                # "the talks were the third ... They met": talks meet no one)
        return first, second

    def _recased_headline(self, doc: Doc, sent: Span, mentions: list[ActorMention]
                          ) -> tuple[Doc, Span] | None:
        """The opening line when it is a headline in title case ("Clinton Breaks With Obama
        On Lawsuit Bill"), parsed again with every word but names, acronyms and the first
        word in lower case: title case hides the verb from the tagger. The text keeps its
        length, so offsets and actor mentions stay valid."""
        text = doc_text(doc)
        if text[:sent.start_char].strip() or "\n" in text[sent.start_char:sent.end_char].strip():
            return None  # only the article's first line, alone
        words = [t for t in sent if t.is_alpha and len(t) > 3]
        if len(words) < 3 or sum(t.text[:1].isupper() for t in words) < 0.8 * len(words):
            return None
        chars = list(text[:sent.end_char])
        first = next((t.i for t in sent if not t.is_space), None)
        for tok in sent:
            if tok.i == first or not tok.is_alpha or (tok.is_upper and len(tok) > 1) \
                    or tok.text == "I" \
                    or any(m.start <= tok.idx < m.end and _names_word(m.actor, tok.lower_)
                           for m in mentions):
                continue  # (a title-case mention can run over the verb: only the words of
            chars[tok.idx] = chars[tok.idx].lower()  # the actor's own name keep capitals)
        alt = self.nlp.make_doc("".join(chars))
        for name, proc in self.nlp.pipeline:
            if name == "readout_actors":
                break
            alt = proc(alt)
        for attr in ("actors", "actor_mentions", "quotes", "contacts", "published"):
            setattr(alt._, attr, getattr(doc._, attr))
        span = alt.char_span(sent.start_char, sent.end_char, alignment_mode="expand")
        return (alt, span) if span is not None else None

    def _classify(self, sents: list[Span], per_sentence: list[list[Candidate]]
                  ) -> list[tuple[int, float] | None]:
        """The classifier's pentacode guess for each sentence that has a candidate."""
        out: list[tuple[int, float] | None] = [None] * len(sents)
        if not self.config.use_classifier:
            return out
        classifier = load_classifier()
        wanted = [i for i, c in enumerate(per_sentence) if len(c) > 1]
        if classifier is None or not wanted:
            return out
        for i, guess in zip(wanted, classify_pentacode([sents[i].text for i in wanted]),
                            strict=True):
            if guess is not None and guess[1] >= self.config.min_classifier_confidence:
                out[i] = guess
        return out

    def _events(self, doc: Doc, sent: Span, cand: Candidate, mentions: list[ActorMention],
                quotes: list[Quote]) -> list[Event]:
        """The events of one trigger: one per target when the target is a coordination
        ("met with their Ukrainian and Russian counterparts" → two events)."""
        if cand.nominal:
            return self._nominal_events(doc, sent, cand, mentions)
        if cand.predicted:
            return self._predicted_events(doc, sent, cand, mentions, quotes)
        # (a speaker the parse hangs behind a dateline: "TALLINN, Oct 2 - Estonia's prime
        # minister, Kaja Kallas, said" is said by the minister, not the place)
        actor_tok = _past_dateline(cand.speaker) if cand.speaker is not None \
            else _subject(cand.verb)
        if cand.agent is not None:
            actor_tok = cand.agent
        actor_tok = _group_head(actor_tok)
        actor = _actor_at(doc, actor_tok, mentions)
        if actor is None and actor_tok is not None and cand.type == "ASSAULT":
            actor = _attack_doer(doc, actor_tok, mentions)
        if actor is None and actor_tok is not None and cand.type in ("ACCUSE", "REQUEST",
                                                                     "THREATEN", "REJECT"):
            issuer = _message_issuer(cand.verb, actor_tok)
            if issuer is not None:  # "in a tweet that accused the chairman of lying"
                actor = _actor_at(doc, issuer, mentions)
        quote = next((q for q in quotes if q.start <= cand.token.idx < q.end), None)
        if cand.quoted:
            if quote is None or not quote.speaker:
                return []
            actor, actor_tok = quote.speaker, None
        if cand.speaker is not None and cand.speaker.pos_ == "PRON" and quote is not None \
                and quote.speaker:
            # '"Steele needs to apologize," he said': the quote's attributed speaker, not
            # whoever 'he' last named
            actor = quote.speaker
        if actor is None and quote is not None and actor_tok is not None \
                and actor_tok.lower_ in FIRST_PERSON:
            actor = quote.speaker
        if actor is None and actor_tok is not None and actor_tok.lower_ in ("they", "we", "it"):
            teller = _reporting_group(doc, actor_tok, mentions)
            # "the leaders of the committee said they had subpoenaed": the body they lead
            actor = _spoken_for(doc, teller, mentions) if teller is not None else None
            if actor is None and teller is not None:
                actor = group_label(teller)
        issuers = _statement_issuers(doc, actor_tok, self._exchange) \
            if actor_tok is not None and cand.speaker is None and not cand.quoted else None
        if issuers is not None:
            actor = None  # (whatever the resolver took "it" for gives way to the statement's)
        they_pair = issuers or (_sides_before(doc, actor_tok, mentions)
                                if actor is None and actor_tok is not None
                                and actor_tok.lower_ == "they" else None)
        if they_pair is None and actor is None and actor_tok is not None:
            they_pair = self._pair_of_last_exchange(doc, actor_tok, mentions)
        if they_pair is not None:
            actor = they_pair[0]
        if actor is None and actor_tok is not None and actor_tok.lower_ in ("it", "they", "its"):
            actor = antecedent(doc, actor_tok, mentions)
        if actor is None and cand.token.pos_ in ("NOUN", "PROPN"):
            actor = _actor_at(doc, _possessor(cand.token), mentions)
        if actor is None and actor_tok is not None:
            actor = _government_antecedent(doc, actor_tok, mentions)
        if actor is None and actor_tok is None and cand.type == "SANCTION":
            # "Syria was suspended from the Arab League": the body it was put out of
            for child in cand.verb.children:
                if child.dep_ == "prep" and child.lower_ == "from" and any(
                        c.dep_ == "nsubjpass" for c in cand.verb.children):
                    body = _actor_at(doc, next((g for g in child.children if g.dep_ == "pobj"),
                                               None), mentions)
                    if body is not None and _kind(doc, body) == "organization":
                        actor = body
        if actor is None and actor_tok is not None and actor_tok.lemma_.casefold() in SPOKESPEOPLE:
            # "leaders of the European Union urged", "a spokesman for the special counsel
            # said": the body or person they speak for
            actor = _spoken_for(doc, actor_tok, mentions)
        if actor is None and actor_tok is not None:
            actor = _body_in_state(doc, actor_tok, mentions)
        if actor is None and actor_tok is not None:
            actor = _described_person(doc, actor_tok, mentions)
        if actor is None and actor_tok is not None \
                and _lemma(actor_tok) in STATE_ORGANS | DELEGATION_NOUNS:
            owner = next((c for c in actor_tok.children if c.dep_ == "poss"
                          and c.lower_ in ("its", "their")), None)
            if owner is not None:  # "Pakistan said its troops ...", "after its negotiators
                # met ...": the state they serve
                actor = antecedent(doc, owner, mentions)
        pair: tuple[str, str] | None = they_pair
        if actor is None and actor_tok is not None:
            pair = _two_sides(doc, actor_tok, mentions)
            actor = pair[0] if pair is not None else None
        elif actor_tok is not None and (cand.type in SYMMETRIC | {"AGREE"} or cand.mode == "meet"
                                        or _lemma(cand.token) == "sign"):
            # "The two leaders are due to meet again": both sides, though the mention of the
            # phrase was read as one of them
            two = _two_sides(doc, actor_tok, mentions)
            both = two or _group_pair(actor_tok, mentions)
            if both is not None and actor in both:
                pair, actor = both, both[0]
            elif two is not None and any(m.how == "group" and m.start <= actor_tok.idx < m.end
                                         for m in mentions):
                # the resolver's pair for "the two presidents" holds someone of no such
                # office (a speaker of parliament): the two holders named last
                pair, actor = two, two[0]
        if actor is None and actor_tok is not None:
            actor = every_member_party(actor_tok) or _definite_body(doc, actor_tok, mentions)
        if actor is None and actor_tok is not None:
            actor = group_label(actor_tok)
        if actor is None and cand.type == "PROTEST" and actor_tok is not None \
                and actor_tok.lower_ in CROWD_NUMBERS:
            actor = "protesters"  # "thousands rallied": an unnamed crowd protests
        if actor is None:
            return []  # PLOVER codes acts of an identifiable source only
        if self._member_for_group(doc, actor_tok, actor):
            return []
        if actor_tok is not None and actor_tok.ent_type_ in ("DATE", "TIME") and not any(
                m.start <= actor_tok.idx < m.end for m in mentions):
            # "through Sunday, when the team is set to host": a day acts for no one; but a
            # dateline's date can swallow the subject after it ("KYIV, March 7 - Ukraine has
            # asked", tagged one DATE), which the resolver still reads as a party
            return []
        if actor_tok is not None and actor_tok.lemma_.casefold() in LAW_NOUNS and not any(
                m.start <= actor_tok.idx < m.end for m in mentions):
            return []  # "Amendment 64, which legalized marijuana": a law acts for nobody
        targets: list[str] = []
        accused = [_subject(cand.verb)] if cand.speaker is not None or cand.quoted \
            or cand.blamed_only else []
        if cand.type in ("REJECT", "ACCUSE", "SUPPORT", "PROTEST"):
            accused += _relative_antecedent_doer(cand.verb)
        own = _own_state(doc, actor)
        if own is not None and cand.type in FORCEFUL_TYPES and _is_rebel(doc, actor):
            own = None  # "the Houthis attacked Yemeni troops": insurgents fight their state
        stated = [] if cand.blamed_only else list(cand.objects) or _target_tokens(cand)
        target_toks = [t for t in [*accused, *stated]
                       if t is not None and (cand.agent is None or t.i != cand.agent.i)]
        # "as China and Russia support the government": the doers' own states are not the
        # government meant
        doers = frozenset({actor, *([own] if own else []), *(
            _coordinated_actors(doc, actor_tok, mentions, actor) if actor_tok is not None
            and cand.speaker is None else [])})
        target_tok: Token | None = None  # the phrase the target was read from
        for tok in target_toks:
            if _meeting_setting(cand, tok):
                continue
            if cand.type in VERDICT_TYPES and _struck_by_attack(tok):
                continue  # "condemned the strike on a Kyiv hospital": not aimed at Ukraine
            if tok.lower_ == "you":
                # '"You have lied," Blinken told Lavrov': "you" in speech is its addressee
                tok = _speech_addressee(tok) or tok
            if cand.mode == "meet" and cand.type in ("REJECT", "REQUEST") \
                    and _lemma(tok) in FORUM_NOUNS and not any(
                        c.dep_ == "prep" and c.lower_ in ("with", "between")
                        for c in tok.children):
                continue  # "called off a planned meeting at the G20": no party in the phrase,
                # only where it was to be (its other side is the last exchange's)
            found = [t for t in _actors_in(doc, tok, mentions, exclude=actor) if t != own]
            if not found and tok.lower_ == "it" and tok.dep_ == "dobj" \
                    and _lemma(tok.head) in ("recognise", "recognize"):
                # "Kosovo declared independence. Serbia refuses to recognise it": the state
                # named last before it (a thing recognised is no party)
                state = _state_recognised(doc, tok, mentions, doers)
                found = [state] if state is not None else []
            if not found and tok.dep_ in ("dobj", "pobj", "dative") and any(
                    c.lower_ in ("two", "both") for c in tok.children):
                # "urged the two governments to talk": the two of that kind named last
                # before it, the doers left out ("the three church leaders" he received may
                # be others than the last three named)
                not_doers = [m for m in mentions if m.actor not in doers]
                found = list(_two_sides(doc, tok, not_doers) or ())
            if not found and cand.type == "REQUEST" and tok.tag_ == "NNS" \
                    and _lemma(tok) in ADDRESSED_GROUP_NOUNS \
                    and not any(c.dep_ == "prep" for c in tok.children) and (
                        tok.head.i == cand.verb.i or (tok.head.dep_ == "prep"
                                                      and tok.head.head.i == cand.verb.i)):
                target_toks = []  # "called on other democratic countries to tighten sanctions
                break  # on Russia": a group no name gives is asked; Russia is what it acts on
                # ("the military leaders in Niamey" are named by their seat)
            if not found and cand.type in HOSTILE_TYPES:
                other = _other_owner(doc, tok, mentions, actor)
                found = [other] if other is not None else []
            if not found and cand.type in HOSTILE_TYPES and tok.pos_ == "NOUN":
                # "boycott the speech by the Indian prime minister", "condemned the strike by
                # Russian forces": the one whose act it is
                found = [t for p in tok.children if p.dep_ == "prep" and p.lower_ == "by"
                         for g in p.children if g.dep_ == "pobj"
                         for t in _actors_in(doc, g, mentions, exclude=actor) if t != own][:1]
            if not found and cand.type in STRIKING_TYPES:
                # "struck Lviv", "a drone attack on Haifa": a force that hits a city acts on
                # the state the city lies in (a capital already reads as its state)
                city = _city_state(tok)
                found = [city] if city is not None and city not in (actor, own) else []
            if not found:
                # "imposed sanctions on the regime": the state last named
                ruler = _government_antecedent(doc, tok, mentions, exclude=doers)
                found = [ruler] if ruler is not None and ruler not in (actor, own) else []
            if not found and ((tok.pos_ == "NOUN" and not _actorish(tok)) or (
                    tok.lemma_.casefold() in BODY_NOUNS and not any(
                        m.start <= tok.idx < m.end for m in mentions))):
                # "shelled positions of the Palestinian forces": whose positions they are
                # "claimed an attack on Haifa": where an attack lands
                # (only for the attack itself: a condemnation of "the strike on Kyiv" is aimed
                # at the striker, not at the place struck)
                aimed = ("on", "at") if _lemma(tok) in ATTACK_NOUNS \
                    and cand.type in STRIKING_TYPES else ()
                for sub in tok.children:
                    if sub.dep_ == "prep" and sub.lower_ in ("of", "in", "inside", "within",
                                                             "from", "against", *aimed):
                        for pobj in (c for c in sub.children if c.dep_ == "pobj"):
                            found = [t for t in _actors_in(doc, pobj, mentions, exclude=actor)
                                     if t != own]
                            # (only where it lands: "targets in Kirkuk" may be the doer's
                            # own ground)
                            city = _city_state(pobj) if cand.type in STRIKING_TYPES \
                                and sub.lower_ in aimed else None
                            if not found and city is not None and city not in (actor, own):
                                found = [city]
                if not found and tok.lemma_.casefold() in BODY_NOUNS:
                    # "the Ministry of Health of Ethiopia": the state it is a body of
                    found = [s for s in _state_of_body(doc, tok, mentions)
                             if s not in (actor, own)][:1]
            if found:
                targets = found
                target_tok = tok
                break
            if cand.type == "REQUEST" and tok.lemma_.casefold() in GOVERNMENT_NOUNS and (
                    tok.head.i == cand.verb.i or (tok.head.dep_ == "prep"
                                                  and tok.head.head.i == cand.verb.i)):
                target_toks = []  # "called on the administration to call out Russia": the
                break  # addressee is a government no name gives; Russia is what it must act on
        if not targets and cand.type in PAIR_TYPES | {"SUPPORT"} \
                and cand.verb.dep_ == "advcl" and cand.verb.tag_ == "VBG" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cand.verb.children) \
                and _lemma(cand.verb.head) in MEETING_VERBS:
            # "held talks with Mata'afa in Apia, signing an accord": signed with the one met
            met = [g for c in cand.verb.head.children
                   if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "with")
                   for g in ([c] if c.dep_ != "prep" else
                             [p for p in c.children if p.dep_ == "pobj"])]
            if _lemma(cand.verb.head) in ("hold", "have"):
                met = [p for c in cand.verb.head.children if c.dep_ == "dobj"
                       for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                       for p in w.children if p.dep_ == "pobj"] + met
            for tok in met:
                found = [t for t in _actors_in(doc, tok, mentions, exclude=actor) if t != own]
                if found:
                    targets = found[:1]
                    break
        if not targets and cand.type in ("AGREE", "AID") and cand.verb.dep_ == "conj" \
                and cand.verb.head.pos_ == "VERB" and cand.verb.head.i < cand.verb.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "dative") or c.lower_ == "to"
                            for c in cand.verb.children) \
                and sum(c.dep_ in ("dobj", "obj") for c in cand.verb.children) < 2:
            # "walks Kyiv streets with Zelensky, pledges armoured vehicles": what the subject
            # pledges with no recipient named goes to the one it was with
            for tok in _companions(cand.verb.head):
                found = [t for t in _actors_in(doc, tok, mentions, exclude=actor) if t != own]
                if found:
                    targets = found[:1]
                    break
        if not targets and cand.type == "AGREE" and cand.token.pos_ == "NOUN" \
                and cand.token.i != cand.verb.i:
            # "a summit with Biden, which Putin has sought": the other party of the meeting
            parties = [g for c in cand.token.children if c.dep_ == "prep"
                       and c.lower_ in ("with", "between") for p in c.children
                       if p.dep_ == "pobj" for g in (p, *p.conjuncts)]
            for tok in parties:
                if tok is not None:
                    found = [t for t in _actors_in(doc, tok, mentions, exclude=actor)
                             if t != own]
                    if found:
                        targets = found[:1]
                        break
        if not targets and cand.type == "REQUEST" and any(
                t.lemma_.casefold() in MEMBERSHIP_NOUNS for t in cand.verb.subtree
                if t.dep_ in ("dobj", "pobj") and t.head.i in (cand.verb.i, *(
                    c.i for c in cand.verb.children if c.dep_ == "prep"))):
            # "Ukraine has pressed for membership": of the organisation last named
            org = _recent_organization(doc, cand.verb, mentions, exclude=actor)
            if org is not None:
                targets = [org]
        if not targets and cand.type == "REJECT" and cand.mode != "yield" \
                and not _refused_answer(cand.verb) and not _refused_permission(cand.verb):
            # "denied any intention of attacking Ukraine": the party the rejected act is aimed at
            verb_i = cand.verb.i
            targets = _aim_deeper(
                doc, cand.verb, ("dobj", "xcomp", "ccomp", "prep"),
                lambda tok: tok.dep_ in ("dobj", "pobj") and tok.head.i != verb_i
                # "refused to testify about Clinton's server": a topic, not whom it spurns;
                # "warned against the use of nuclear weapons in Ukraine": where the act
                # opposed would happen, not whom it is aimed at
                and tok.head.lower_ not in TOPIC_PREPS | {"in", "inside", "within"}
                # "called off a meeting at the G20": where it was to be, not with whom
                and not (cand.mode == "meet" and tok.head.lower_ in LOCATIVE_PREPS),
                mentions, actor, own)
        if not targets and cand.type == "REQUEST" and cand.token.i == cand.verb.i:
            # "asked to buy 40 jets from the United States": the one asked is the seller
            targets = _aim_deeper(
                doc, cand.verb, ("xcomp",),
                lambda tok: tok.dep_ == "pobj" and tok.head.lower_ == "from"
                and _lemma(tok.head.head) in ("buy", "purchase", "acquire", "obtain"),
                mentions, actor, own)
        if not targets and cand.type in ("SANCTION", "MOBILIZE", "THREATEN", "COERCE",
                                         "ASSAULT"):
            # "mobilized reservists for a possible war against Iraq", "a suspension of air
            # links with Serbia": the party the measure is aimed at, deeper in its phrase;
            # "sanctions that bar trading with the regime": the government it stands for
            targets = _aim_deeper(
                doc, cand.verb, ("dobj", "prep", "xcomp"),
                lambda tok: tok.dep_ == "pobj" and tok.head.lower_ in ("against", "with", "on"),
                mentions, actor, own, rulers=True)
        if not targets and cand.type == "RETREAT" and cand.mode == "withdraw" \
                and (own is not None or _kind(doc, actor) == "state"):
            # "withdrew from the area around Kyiv", "pulled out of Kherson": the state whose
            # ground is left (rebels leaving a district leave their own state's ground)
            left = _ground_left(doc, cand.verb, mentions, actor, own)
            targets = [left] if left is not None else targets
        if not targets and cand.type == "ASSAULT":
            # "killed 23 people in Tel Aviv": the state where the victims were hit
            place = _state_after(doc, cand.verb, ("in", "near", "at"), mentions, actor, own)
            targets = [place] if place is not None else targets
        if not targets and cand.type in ("ASSAULT", "COERCE", "ACCUSE", "REQUEST", "SUPPORT",
                                         "THREATEN", "SANCTION", "PROTEST", "AGREE"):
            # "ordered the shooting of protesters", "blamed security forces", "urged militias
            # to unite", "reached a deal with federal prosecutors": a group no gazetteer knows
            # is still the one acted on
            for tok in target_toks:
                if cand.type == "AGREE" and not (tok.dep_ == "pobj" and tok.head.lower_ == "with"):
                    continue  # the other party of a deal is "with" it; "agreed to exchange
                    # prisoners": the prisoners are what is agreed on
                # a named place no gazetteer knows ("accused Colorado") is still a party
                label = group_label(_group_head(tok) or tok) if tok.pos_ != "PROPN" or (
                    tok.ent_type_ == "GPE" and (cand.type in ("ACCUSE", "REQUEST") or (
                        cand.type == "SANCTION" and tok.head.lower_ in ("to", "with")
                        and _lemma(tok.head.head) in DEALINGS_NOUNS | DEALINGS_VERBS))
                    and not any(m.start <= tok.idx < m.end for m in mentions)) else None
                if label and label.casefold() not in ("people", "persons", "others") \
                        and not ((_group_head(tok) or tok).lemma_.casefold() in TROOP_WORDS
                                 and cand.type in ("THREATEN", "MOBILIZE")):
                    targets = [label]  # ("send more troops": one's own, no target)
                    break
        if not targets and cand.type == "THREATEN":
            # "warned that ties between Washington and Moscow could rupture", "warned that the
            # allies would respond ... in the event of Russian escalation": a threat is aimed at
            # the other side named in what is threatened.
            lo = min(t.idx for t in cand.verb.subtree)
            hi = max(t.idx + len(t) for t in cand.verb.subtree)
            side = {actor, own, *(_own_state(doc, m.actor) for m in mentions
                                  if m.actor == actor)}
            for m in mentions:
                if lo <= m.start < hi and m.start > cand.verb.idx and m.actor not in side \
                        and _kind(doc, m.actor) in ("state", "organization"):
                    targets = [m.actor]
                    break
        if not targets and cand.type == "REQUEST" and (obj := _object(cand.verb)) is not None \
                and _lemma(obj) in REFUGE_NOUNS:
            # "sought refuge in Bangladesh": the state asked to take them in
            host = _state_after(doc, cand.verb, ("in", "with"), mentions, actor, own)
            targets = [host] if host is not None else targets
        if not targets and cand.type == "CONSULT" and cand.mode == "visit" \
                and _lemma(cand.token) in TRAVEL_VERBS:
            # "arrived in Libya on an unannounced visit": the host
            host = _state_after(doc, cand.verb, ("in", "to"), mentions, actor, own)
            targets = [host] if host is not None else targets
        # (not for a charge read out of others' words: "have argued that X ignored language
        # put forward by the CIA" charges X, not the CIA)
        judged_act = _object(cand.verb) if cand.type in ("ACCUSE", "REJECT") \
            and cand.speaker is None else None
        imposer = next((g for c in judged_act.children if c.dep_ == "acl" and c.tag_ == "VBN"
                        and _lemma(c) in MAKING_VERBS for a in c.children if a.dep_ == "agent"
                        for g in a.children if g.dep_ == "pobj"), None) \
            if judged_act is not None and judged_act.pos_ == "NOUN" else None
        who = _actor_at(doc, imposer, mentions, exclude=actor) if imposer is not None else None
        if who is not None and who != own:
            # "criticised the sanctions imposed by the United States on Venezuela": aimed at
            # whoever imposed them, not at whom they fall on
            targets = [who]
        backed = _object(cand.verb) if cand.type in ("SUPPORT", "AID") else None
        if backed is not None and _lemma(backed) in ("side", "faction", "party") \
                and backed.tag_ == "NNS" and any(
                    c.lower_ in ("opposing", "rival", "different", "competing")
                    for c in backed.children):
            return []  # "have backed opposing sides in Yemen": a proxy war, no party backed
        topic = next((t for t in (cand.token, _object(cand.verb)) if t is not None
                      and t.pos_ == "NOUN" and _lemma(t) in TOPIC_PREPS_OF), None) \
            if not targets and cand.type == "ACCUSE" else None
        if topic is not None:
            # "voiced concern about Chinese military activity", "opened an investigation into
            # subsidies for Chinese electric cars": the party whose doings are its topic
            topic_owner = _owner_in_topic(doc, topic, TOPIC_PREPS_OF[_lemma(topic)],
                                          mentions, actor, own)
            if topic_owner is None and _lemma(topic) == "concern":
                # "raised those concerns in Beijing": the state where they were put
                topic_owner = _state_after(doc, cand.verb, ("in",), mentions, actor, own)
            if topic_owner is None and _lemma(topic) == "concern":
                return []  # "expressed concern that the policy could ...": a worry, no charge
            targets = [topic_owner] if topic_owner is not None else targets
        measure = _object(cand.verb) if not targets and cand.type == "SANCTION" else None
        if measure is not None and _lemma(measure) in LEVIED_NOUNS:
            # "raised tariffs on $200 billion of Chinese imports": whose goods bear them
            levied = _owner_in_topic(doc, measure, ("on", "against"), mentions, actor, own)
            targets = [levied] if levied is not None else targets
        if not targets and cand.type in REFERRING_TYPES:
            # "condemned Friday's test" after "North Korea's latest nuclear test": the owner of
            # the act named earlier
            targets = _owner_of_named_act(doc, cand, mentions, actor, own)
        if cand.token.pos_ == "ADJ" and cand.type == "ACCUSE" and not targets \
                and cand.token.lemma_.casefold() in CENSURE_ADJECTIVES:
            # "Carr told BuzzFeed that the report was inaccurate": the one told, else no event
            told = _object(cand.verb.head) if cand.speaker is not None else None
            found = _actors_in(doc, told, mentions, exclude=actor) if told is not None else []
            if not found:
                return []
            targets = found[:1]
        if actor_tok is not None and _reciprocal(cand.verb):
            # "the two leaders praised each other's reforms", "Kenya and Tanzania thanked one
            # another": each side acts toward the other
            both = pair or _two_sides(doc, actor_tok, mentions) \
                or _group_pair(actor_tok, mentions)
            if both is None:
                others = [o for c in actor_tok.conjuncts
                          for o in [_actor_at(doc, c, mentions, exclude=actor)] if o]
                both = (actor, others[0]) if others else None
            if both is not None and actor in both:
                actor, targets = both[0], [both[1]]
        sides_from_subject = False
        pledged_to_other = cand.type == "AGREE" and _lemma(cand.token) in PLEDGE_VERBS \
            and bool(targets) and pair is not None and not set(targets) & set(pair)
        joint_open = pair is not None and not targets and cand.type in JOINT_OPEN_TYPES
        if not targets and cand.type == "REQUEST" and any(
                t is not None and (_everyone(t) or (cand.speaker is not None
                                                    and t.i == (_subject(cand.verb) or t).i
                                                    and t.pos_ != "PRON"))
                for t in target_toks):
            # "proposed that every party to a conflict observe a truce", '"The Games must be a
            # moment when weapons fall silent," he said': a call on everyone, or on no party,
            # is put to no one, not to the other side of the talks
            joint_open = True
        if not targets and cand.type == "REJECT" and any(
                c.dep_ in ("dobj", "obj") and _everyone(c) for c in cand.token.children):
            # "has no intention of attacking anyone": denied toward all, aimed at no one
            joint_open = True
        if pair is not None and not pledged_to_other and not joint_open and (
                not targets or cand.type in SYMMETRIC | {"AGREE"}) and not (
                    targets and _accepts_anothers_ask(cand.verb)):
            # "the two countries signed an agreement": each side is the other's party (but
            # "They called for a halt to the fighting": a call the two make together is put
            # to no one of them)
            targets, sides_from_subject = [pair[1]], True
        reciprocal = (cand.type == "AGREE" and not _agreed_to_take_part(cand.token)
                      and not _accepts_anothers_ask(cand.verb)) \
            or _lemma(cand.token) == "sign" or (
            cand.type == "ASSAULT" and _lemma(cand.token) in RECIPROCAL_VERBS | {"trade"}
            and ((fired := _object(cand.verb)) is None or _lemma(fired) in FIRE_NOUNS))
        visits_place = cand.mode == "visit" and _object(cand.verb) is not None
        if (cand.type in SYMMETRIC or cand.mode == "meet" or reciprocal) \
                and actor_tok is not None and not visits_place \
                and _lemma(cand.token) != "host" \
                and (not targets or _inside_what_is_done(target_tok, cand.verb)):
            # ("Trump and Putin agreed to share information on North Korea": the two agree
            # with each other; North Korea is what their act is about; "hosted by X and Y":
            # co-hosts are one side, the guests the other)
            # "Biden and Putin spoke", "Presidents Joe Biden and Vladimir Putin will meet": the
            # conjuncts of the subject (or of its apposition) are the two sides.
            sides = list(actor_tok.conjuncts) + _headline_comma_subjects(actor_tok)
            for child in actor_tok.children:
                if child.dep_ == "appos":
                    sides.extend([child, *child.conjuncts])
            for conj in sides:
                target = _actor_at(doc, conj, mentions, exclude=actor)
                if target is None and conj.pos_ in ("NOUN", "PROPN") and reciprocal \
                        and cand.mode != "meet":
                    target = group_label(_group_head(conj) or conj)  # "... and the militias"
                if target and target != actor:
                    targets = [target]
                    sides_from_subject = True
                    break
            if not targets and not actor_tok.conjuncts:
                # "Chinese and Russian diplomats met": the sides are coordinated modifiers
                others = _coordinated_actors(doc, actor_tok, mentions, actor)
                if not others:
                    # "officials from Japan and China met": the sides are the coordinated
                    # states or bodies the people are from
                    others = [o for p in actor_tok.children if p.dep_ == "prep"
                              and p.lower_ in ("from", "of") for g in p.children
                              if g.dep_ == "pobj" for c in g.conjuncts
                              for o in [_actor_at(doc, c, mentions, exclude=actor)] if o]
                if others:
                    targets, sides_from_subject = others[:1], True
        cohosts = {_actor_at(doc, c, mentions) for c in actor_tok.conjuncts} \
            if actor_tok is not None and _lemma(cand.token) == "host" else set()
        targets = [t for t in targets if t not in cohosts]
        if not targets and cand.type == "CONSULT" and _lemma(cand.token) == "host":
            # "Oman will host the meeting", "thanked X for hosting the talks": the host meets
            # the parties of the meeting reported last; with none known, no record ("will
            # host next year's summit" is a later gathering, none of whose guests is known)
            if _later_gathering(cand.token):
                return []
            # (a body's gathering a member will host is no meeting yet: "the BRICS summit,
            # which South Africa will host in August")
            guests = _hosted_sides(doc, sent, {actor, *(c for c in cohosts if c)},
                                   bodies=not _future_time(cand))
            if not guests:
                return []
            return [e for guest in guests for e in self._make(doc, sent, cand, actor, [guest])]
        if cand.mode == "visit" and _lemma(cand.token) in TRAVEL_VERBS \
                and cand.token.i == cand.verb.i:
            # a trip is a visit to another state only ("flew to London" by a Briton, "went
            # to NATO headquarters": none), the one it goes to ("arrived in Kampala from
            # Dodoma": Uganda)
            trip = _travelled_to(cand.token)
            dests = [d for p in ([trip.objects[0], *trip.objects[0].conjuncts]
                                 if trip is not None else [])
                     for d in [_actor_at(doc, p, mentions)] if d is not None]
            targets = [t for t in dict.fromkeys(dests or targets)
                       if _kind(doc, t) == "state" and t not in (actor, own)]
            if not targets:
                return []
        guest = _object(cand.verb) if cand.type == "CONSULT" \
            and _lemma(cand.token) in ("welcome", "greet") else None
        if guest is not None and (_party_noun(guest) or _the_delegations(guest)):
            # "Xi welcomed his guest with a ceremony": the other side of the visit told;
            # "Erdogan greeted both teams", "who welcomed the delegations": both sides of the
            # talks, when the host is neither
            visit = (self._exchange[0], self._exchange[1]) if self._exchange is not None \
                else _last_contact_sides(doc, cand.token.idx)
            mine = [p for p in visit or () if p in (actor, _own_state(doc, actor))
                    or _own_state(doc, p) == actor]
            if visit is not None and _the_delegations(guest) and not mine:
                return [e for side in visit for e in self._make(doc, sent, cand, actor, [side])]
            if visit is not None and len(mine) == 1 and not targets:
                targets = [next(p for p in visit if p != mine[0])]
        if not targets and cand.type == "AGREE" and _agreed_to_take_part(cand.token):
            # "Gingrich and Santorum agreed to attend": accepting an invitation whose host the
            # sentence does not name gives no record (an agreement with no other party)
            return []
        if not targets and cand.type == "ASSAULT" and _lemma(cand.token) == "invade" \
                and _object(cand.verb) is None and actor is not None:
            # "since Russian troops invaded in February": the invaded state goes unsaid, as
            # the one the article is about; the state it names most other than the invader
            invaded = _main_other_state(doc, mentions, {actor, *([own] if own else [])})
            targets = [invaded] if invaded is not None else []
        if cand.type == "REJECT" and _declined_comment(cand.verb):
            # "declined to comment", "wouldn't say whether Washington would arm Kyiv": CAMEO
            # files declining comment under public statements (011), not under Reject
            return []
        if cand.type == "REJECT" and _refused_answer(cand.verb):
            # "refused to discuss the sanctions": a refusal aimed at whoever asked (seldom
            # named), not at the parties of the question
            targets = []
        if cand.type == "CONSULT" and targets:
            targets += [g for g in (_actor_at(doc, t, mentions, exclude=actor)
                                    for t in _gapped_parties(cand.verb))
                        if g is not None and g not in targets and g != own]
        events = self._make(doc, sent, cand, actor, targets)
        if actor_tok is not None and cand.speaker is None and cand.agent is None \
                and not sides_from_subject:
            # "Russia and China vetoed", "French jets and US and British warships fired": each
            # coordinated doer does the act
            for other in _coordinated_actors(doc, actor_tok, mentions, actor) + [
                    o for o in (_actor_at(doc, t, mentions, exclude=actor)
                                for t in _headline_comma_subjects(actor_tok)) if o] \
                    + _further_agents(doc, cand.verb, actor_tok, mentions, actor):
                if other not in targets and all(e.actor != other for e in events):
                    events += self._make(doc, sent, cand, other,
                                         [t for t in targets if t != other])
        if actor_tok is not None and actor_tok.lower_ == "they" and cand.speaker is None \
                and not sides_from_subject:
            # "Sweden and Switzerland stayed neutral then, but they are sanctioning Putin
            # now": each of the coordinated subjects 'they' takes up
            for other in _antecedent_partners(doc, actor_tok, actor, mentions):
                if other not in targets and all(e.actor != other for e in events):
                    events += self._make(doc, sent, cand, other,
                                         [t for t in targets if t != other])
        if actor_tok is not None and actor_tok.tag_ == "NNS" \
                and _lemma(actor_tok) in SPOKESPEOPLE:
            # "leaders of the US, UK and France say": each state its leaders speak for
            led = next((g for c in actor_tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
            for conj in led.conjuncts if led is not None else ():
                other = _actor_at(doc, conj, mentions, exclude=actor)
                if other and other not in targets and all(e.actor != other for e in events):
                    events += self._make(doc, sent, cand, other,
                                         [t for t in targets if t != other])
        if joint_open or (not targets and cand.type in JOINT_OPEN_TYPES
                          and len({e.actor for e in events}) > 1):
            # "Moscow and Beijing ... They called for a halt": done together, to no one of them
            # (marked on the events, not kept by id: an id freed by a dropped event comes back)
            for event in events:
                event.joint = True
        return events

    def _predicted_events(self, doc: Doc, sent: Span, cand: Candidate,
                          mentions: list[ActorMention], quotes: list[Quote]) -> list[Event]:
        """A threat phrased as a prediction: the speaker threatens whoever the predicted
        harm falls on (the subject of the prediction, else the other side named in it)."""
        actor = _actor_at(doc, cand.speaker, mentions) if cand.speaker is not None else None
        # (a harm promised on a condition: "there would be consequences if ...")
        response = cand.token.pos_ == "VERB" or _lemma(cand.token) == "be"
        if response and (actor is None or not _named(cand.speaker)):
            # "Iran will respond if …, an official said": the responding party threatens
            actor = _actor_at(doc, _subject(cand.verb), mentions) or actor
        if actor is None:
            # inside a quotation the quoted speaker vouches for it ("“Ministers made clear
            # any aggression would come at a high price”", quoted from NATO's chief)
            quote = next((q for q in quotes if q.start <= cand.token.idx < q.end), None)
            actor = quote.speaker if quote is not None else None
        if actor is None and cand.speaker is not None:
            actor = group_label(cand.speaker)
        if actor is None:
            return []
        own = _own_state(doc, actor)
        side = {actor, own}
        targets: list[str] = []
        if response:
            # "... if Israel attacks": whoever must meet the condition
            for tok in _clause_of_readiness(cand.verb).subtree:
                if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                               for c in tok.children):
                    cond = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                    if cond is not None:
                        targets = [t for t in _actors_in(doc, cond, mentions, exclude=actor)
                                   if t not in side]
                    break
        if cand.speaker is not None and not targets:
            # "Putin told Biden that ...": whom the warning was told to
            for child in cand.speaker.head.children:
                if child.dep_ in ("dobj", "dative") and child.i > cand.speaker.i:
                    targets = [t for t in _actors_in(doc, child, mentions, exclude=actor)
                               if t not in side]
                    break
        subj = _subject(cand.verb)
        if subj is not None and not targets and any(
                c.dep_ == "det" and c.lower_ in ("any", "every", "each") for c in subj.children):
            # "any country that restricts exports to Korea will face consequences": whoever
            # does it, not a party its relative clause names ("any Russian aggression" names
            # Russia)
            described = {t.i for c in subj.children if c.dep_ in ("relcl", "acl")
                         for t in c.subtree}
            named = [t for c in subj.children if c.dep_ in ("amod", "compound", "poss")
                     for t in _actors_in(doc, c, mentions, exclude=actor) if t not in side]
            if described and not named:
                return self._make(doc, sent, cand, actor, [])
        if subj is not None and not targets:
            targets = [t for t in _actors_in(doc, subj, mentions, exclude=actor)
                       if t not in side]
        if not targets:
            clause = cand.verb
            while clause.dep_ in ("relcl", "conj", "attr") and clause.head.i != clause.i:
                clause = clause.head  # "sanctions would be a mistake that would entail ..."
                if clause.pos_ in ("VERB", "AUX") and clause.dep_ not in ("relcl", "conj"):
                    break
            lo = min(t.idx for t in clause.subtree)
            hi = max(t.idx + len(t) for t in clause.subtree)
            for m in mentions:
                if lo <= m.start < hi and m.actor not in side and \
                        _own_state(doc, m.actor) not in side - {None}:
                    targets = [m.actor]
                    break
        return self._make(doc, sent, cand, actor, targets)

    @staticmethod
    def _member_for_group(doc: Doc, actor_tok: Token | None, actor: str) -> bool:
        """'the first visit by a G7 leader', 'the last leader of the G7': one member state's
        leader, unnamed, read as the group of states it belongs to (a rebel group's "local
        leader" does act for the group)."""
        if actor_tok is None:
            return False
        head = actor_tok.head if actor_tok.dep_ == "compound" else actor_tok
        return _one_unnamed_member(head) and next(
            (a.sector for a in (doc._.actors or []) if a.name == actor), None) \
            == "intergovernmental"

    def _nominal_events(self, doc: Doc, sent: Span, cand: Candidate,
                        mentions: list[ActorMention]) -> list[Event]:
        """Events of an event noun: actor and target from its own phrase."""
        actor_tok, target_toks = _nominal_args(cand.token)
        if actor_tok is None and cand.agent is not None and not cand.place:
            # "people poured into the streets in protest of X": the clause's doer protests
            doer = cand.agent
            actor = _actor_at(doc, doer, mentions) or group_label(_group_head(doer) or doer)
            if actor is None and doer.lower_ in CROWD_NUMBERS:
                actor = "protesters"
            if actor is None:
                return []
            preps = ("of", "against", "at", "over") + (("on",) if cand.type == "ASSAULT"
                                                         else ())
            aimed = [g for c in cand.token.children if c.dep_ == "prep"
                     and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
            aimed += [p for g in aimed for p in g.children if p.dep_ == "poss"]
            against = [t for g in aimed for t in _actors_in(doc, g, mentions, exclude=actor)]
            if cand.type == "ASSAULT":  # "an assault on Iraqi police and US troops": each
                against = list(dict.fromkeys(
                    [*against, *(t for g in aimed for c in g.conjuncts
                                 for t in _actors_in(doc, c, mentions, exclude=actor))]))
                return self._make(doc, sent, cand, actor, against)
            return self._make(doc, sent, cand, actor, against[:1])
        if actor_tok is None and cand.agent is not None:
            place = _actor_at(doc, cand.agent, mentions)  # protests in a place: its people
            if place is None or _kind(doc, place) != "state":
                return []
            return self._make(doc, sent, cand, place, [])
        if cand.type == "CONSULT" and actor_tok is not None and actor_tok.lower_ == "their" \
                and not target_toks:
            # "Canada and India resumed their talks", "X and Y met, their first meeting since
            # 2019": a meeting of theirs is between the clause's coordinated doers; one party
            # read for "their" and no other would be a one-sided meeting
            theirs = _their_sides(doc, cand.token, mentions)
            if theirs is None:
                return []
            return self._make(doc, sent, cand, theirs[0], theirs[1:])
        actor = _resolve(doc, actor_tok, mentions)
        if actor is None and cand.type == "CONSULT" and actor_tok is not None \
                and actor_tok.tag_ == "NNS" and actor_tok.lemma_.casefold() in PARTY_NOUNS:
            # "the conversation between presidents", "talks between the two leaders": the
            # parties of the contact reported last
            sides = _last_contact_sides(doc, cand.token.idx)
            if sides is not None:
                return self._make(doc, sent, cand, sides[0], [sides[1]])
        if actor is None and actor_tok is not None:
            actor = _government_antecedent(doc, actor_tok, mentions)  # "regime air strikes"
        if actor is None and actor_tok is not None and actor_tok.pos_ != "PROPN":
            # "under attack by pro-government security forces", "rebel attacks": a group no
            # gazetteer knows still acts
            actor = group_label(_group_head(actor_tok) or actor_tok) or _modifier_group(actor_tok)
        if actor is None or self._member_for_group(doc, actor_tok, actor):
            return []
        targets: list[str] = []
        for tok in target_toks:
            names: list[str | None] = [*_actors_in(doc, tok, mentions, exclude=actor)]
            for name in names or [_resolve(doc, tok, mentions, exclude=actor)
                                  or (group_label(tok) if tok.pos_ == "NOUN" else None)]:
                if name and name not in targets:
                    targets.append(name)
        if not targets and cand.type in ("ASSAULT", "COERCE") and cand.token.dep_ == "pobj" \
                and cand.token.head.lower_ == "under":
            # "they are under attack by X", "came under rebel fire": the clause's subject is hit
            hit = _subject(cand.token.head.head)
            # "protesters claim they are under attack": the reporting group itself
            hit = _reporting_group(doc, hit, mentions) or hit
            name = _resolve(doc, hit, mentions, exclude=actor) if hit is not None else None
            if name is None and hit is not None:
                name = group_label(hit)
            if name:
                targets = [name]
        restated = cand.type in DIRECTED_TYPES and cand.token.dep_ in ("dobj", "obj") and \
            cand.token.head.lemma_.casefold() in REPORTING_VERBS | {"restate", "voice", "outline",
                                                                      "present", "underscore"}
        others = [] if actor_tok is None or any(c in target_toks for c in actor_tok.conjuncts) \
            else [o for o in _coordinated_actors(doc, actor_tok, mentions, actor)
                  if o not in targets]
        others += [o for o in _further_agents(doc, cand.verb, actor_tok, mentions, actor)
                   if o not in targets and o not in others]
        took_place = cand.type in ("ASSAULT", "COERCE") and cand.token.dep_ == "pobj" \
            and (cand.token.head.lower_ in TOOK_PLACE_PREPS or (
                # "civilians injured in Russian shelling": the harm reports the attack done
                cand.token.head.lower_ in ("in", "by")
                and _lemma(cand.token.head.head) in KILLING_VERBS | {"die", "damage",
                                                                     "destroy", "hurt"}))
        if not targets and cand.type != "CONSULT" and actor_tok is not None and not restated \
                and not took_place \
                and (actor_tok.pos_ != "PRON" or cand.token.dep_ not in ("dobj", "obj", "nsubj")):
            # "U.S. sanctions have had no impact": a topic, not a reported act; but "stiffened
            # its insistence" re-asserts an act of the clause's own actor.
            return []
        if not targets and cand.type == "SUPPORT":
            return []  # "stressed her support of the raid", "cited his endorsements": a stance
        events = self._make(doc, sent, cand, actor, targets)
        for other in others:  # "Turkish and Qatari aid to the rebels"
            events += self._make(doc, sent, cand, other, [t for t in targets if t != other])
        return events

    def _make(self, doc: Doc, sent: Span, cand: Candidate, actor: str,
              targets: list[str]) -> list[Event]:
        if cand.type == "ACCUSE" and cand.mode == "investigate" and not targets \
                and cand.token.dep_ == "acl" and cand.token.tag_ == "VBG":
            return []  # "officials investigating the case": who they are, not an act
        # PLOVER codes a state's armed forces as the state (sector MIL): "Russian forces are
        # building up" is Russia mobilising, and the pair series stays state to state.
        armed = {a.name: a.country for a in (doc._.actors or [])
                 if a.sector == "military" and a.country and a.kind != "person"}
        own = _own_state(doc, actor)
        actor = armed.get(actor, actor)
        # "rules out a US military campaign" (Obama): one's own forces are no target
        targets = list(dict.fromkeys(armed.get(t, t) for t in targets if armed.get(t, t) != actor
                                     and not (t in armed and armed[t] == own)
                                     # "Sen. Bob Menendez" beside Bob Menendez: the actor again
                                     and not (" " in actor and actor.casefold() in t.casefold())))
        start, end = sentence_bounds(doc_text(doc), sent.start_char, sent.end_char)
        date = _date(sent, doc._.published, _future_time(cand), cand)
        choices: list[str | None] = [*targets] or [None]  # an event may have no target
        return [Event(type=cand.type, actor=actor, target=target, date=date,
                      evidence=doc_text(doc)[start:end], start=start, end=end, mode=cand.mode,
                      score=plover_score(cand.type, cand.mode),
                      paragraph=paragraph_number(doc_text(doc), start))
                for target in choices]


def _names_word(name: str, word: str) -> bool:
    """Whether the word is (the plural of) a word of the actor's name: 'Schiff' of Adam
    Schiff, 'Republicans' of the Republican Party."""
    return any(part == word or part + "s" == word or (len(word) > 4 and part.startswith(word))
               for part in name.casefold().replace(".", "").split())


def _did_so(doc: Doc, sent: Span, events: list[Event], mentions: list[ActorMention]
            ) -> list[Event]:
    """'The NAACP called for a moratorium. The Movement for Black Lives did so as well': a
    second actor repeats the act of the sentence before (its type and target), told by 'do
    so'. Nothing when this sentence has its own event or the one before has none."""
    if any(sent.start_char <= e.start < sent.end_char for e in events):
        return []
    for tok in sent:
        if tok.lemma_ != "do" or tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ != "so" \
                or any(c.dep_ == "neg" for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        actor = _actor_at(doc, subj, mentions) if subj is not None else None
        if actor is None or sent.start == 0:
            return []
        previous = doc[sent.start - 1].sent
        before = [e for e in events if previous.start_char <= e.start < sent.start_char]
        if not before or actor in (before[-1].actor, before[-1].target):
            return []
        last = before[-1]
        start, end = sentence_bounds(doc_text(doc), sent.start_char, sent.end_char)
        return [Event(type=e.type, actor=actor, target=e.target, date=e.date,
                      evidence=doc_text(doc)[start:end], start=start, end=end, mode=e.mode,
                      score=e.score, paragraph=paragraph_number(doc_text(doc), start))
                for e in before if e.start == last.start and e.actor == last.actor]
    return []


# Directed verbal acts whose addressee a readout often leaves implicit ("Biden called for
# de-escalation", "Putin warned against shifting the blame").
INTERLOCUTOR_PARAGRAPHS = 3
PARTY_NOUNS = {"president", "leader", "side", "minister", "counterpart", "delegation",
               "head", "party"}


def _last_contact_sides(doc: Doc, offset: int) -> tuple[str, str] | None:
    """The two participants of the last two-party contact reported before the offset."""
    contacts = [c for c in (doc._.contacts or []) if c.start <= offset
                and len(set(c.participants)) == 2]
    if not contacts:
        return None
    last = max(contacts, key=lambda c: c.start)
    paragraph = paragraph_number(doc_text(doc), offset)
    if last.paragraph is not None and paragraph is not None \
            and paragraph - last.paragraph > INTERLOCUTOR_PARAGRAPHS:
        return None
    first, second = list(dict.fromkeys(last.participants))
    return first, second
DIRECTED_TYPES = {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE"}
# what the two sides of an exchange do together, told with a bare "they" or "both"
PAIR_VERBS = {"meet", "agree", "speak", "talk", "discuss",
              "sign", "undertake", "decide", "hold", "exchange", "confer", "reaffirm",
              "pledge", "vow", "promise"}
def _one_unnamed_member(tok: Token) -> bool:
    """'a G7 leader', 'the last leader of the G7', 'another EU member': one member of a group
    picked out by an article or a rank, not named."""
    return tok.tag_ == "NN" and _lemma(tok) in ("leader", "member", "head") and any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
        or (c.dep_ == "amod" and c.lower_ in ("first", "last", "latest", "second", "third"))
        for c in tok.children)


def _the_pair_by_office(tok: Token) -> bool:
    """'the leaders', 'the two presidents', 'both ministers', 'the two men': a definite plural
    of office (or 'men' counted as two) with nothing else before it, which takes up the two
    sides of an exchange."""
    counted = any(c.lower_ in ("two", "both") for c in tok.children)
    return tok.tag_ == "NNS" and (
        _lemma(tok) in PERSON_TITLE_NOUNS or (_lemma(tok) in ("man", "woman") and counted)
    ) and any(c.dep_ in ("det", "nummod", "predet") and c.lower_ in ("the", "two", "both")
              for c in tok.children) and not any(
        c.dep_ in ("amod", "compound", "poss", "prep") for c in tok.children)


# What two sides can do together toward a third party or no one, never toward each other.
JOINT_OPEN_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "PROTEST"}
# Joint texts that speak for those who issued them ("The statement accused Washington ...").
STATEMENT_NOUNS = {"statement", "declaration", "communique", "communiqué"}


def _statement_issuers(doc: Doc, tok: Token, exchange: tuple[str, str, int | None] | None
                       ) -> tuple[str, str] | None:
    """'The joint statement accused ...', 'The statement ... It demanded ...': a statement
    with no author of its own named, as the subject of an act, speaks for the two sides of the
    exchange it came out of (the last one told, else the contact reported last)."""
    noun = tok
    if tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass"):
        # "The statement was also critical of Washington. It accused ...": the subject of
        # the sentence before, when it is a statement
        sent = tok.sent
        before = doc[sent.start - 1].sent if sent.start > 0 else None
        subject = next((t for t in (before or []) if t.dep_ in ("nsubj", "nsubjpass")
                        and t.head.dep_ == "ROOT"), None)
        if subject is None:
            return None
        noun = subject
    if _lemma(noun) not in STATEMENT_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in (
                "by", "from", "of")) for c in noun.children):
        return None  # "Japan's statement", "the ECOWAS communique": its own author
    if exchange is not None:
        return exchange[0], exchange[1]
    return _last_contact_sides(doc, tok.idx)


# The people who carry an exchange for each side: "the delegations met again", "both teams".
DELEGATION_NOUNS = {"delegation", "team", "negotiator"}


def _the_delegations(tok: Token) -> bool:
    """'the delegations', 'the two teams', 'both delegations': the two sides' delegations,
    with no word saying whose ('the Russian delegation', 'delegations of ten states')."""
    return tok.tag_ == "NNS" and _lemma(tok) in DELEGATION_NOUNS and any(
        c.dep_ in ("det", "nummod", "predet", "amod") and c.lower_ in ("the", "two", "both")
        for c in tok.children) and not any(
        c.dep_ in ("amod", "compound", "poss", "prep", "relcl", "acl") for c in tok.children)


# Verbs of a promise: made together toward a third party ("both pledged to keep supporting
# Kyiv"), it is a promise to that party, not an agreement of the two with each other.
PLEDGE_VERBS = {"pledge", "vow", "promise", "commit"}
# what the two sides of an exchange do with each other, which keeps the pair the topic
PAIR_TYPES = {"CONSULT", "AGREE", "COOPERATE"}


# What a rejection or denial answers when it answers a charge ("rejected the criticism").
CHARGE_ANSWER_NOUNS = {"criticism", "charge", "accusation", "allegation", "claim", "complaint",
                       "suggestion", "report", "assertion", "characterization"}


def _answers_a_charge(verb: Token) -> bool:
    """'rejected the criticism as political', 'has rejected such criticism', 'China denies
    supplying weapons': an answer to whoever made the charge, which the other side of the
    last meeting seldom is (the critics are most often unnamed groups or the press)."""
    obj = _object(verb)
    if obj is not None and _lemma(obj) in CHARGE_ANSWER_NOUNS:
        return True
    return _lemma(verb) in DENYING_VERBS and any(
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ in ("dobj", "obj") and c.tag_ == "VBG")
        for c in verb.children)


def _fronted_summary(verb: Token) -> Token | None:
    """The noun that sums up a clause before it as the object of this verb, which the parse
    took for a second subject ('..., a charge his office rejected': 'charge' and 'office'
    both subjects of 'rejected')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    summing = CHARGE_ANSWER_NOUNS | REQUEST_BACKREF_NOUNS | OFFER_BACKREF_NOUNS
    if len(subjects) != 2 or subjects[0].pos_ != "NOUN" or _lemma(subjects[0]) not in summing \
            or subjects[0].left_edge.i == 0 \
            or verb.doc[subjects[0].left_edge.i - 1].text != ",":
        return None
    return subjects[0]


def _partner_spoke_before(doc: Doc, cand: Candidate, event: Event,
                          mentions: list[ActorMention],
                          exchange: tuple[str, str, int | None] | None) -> bool:
    """Whether the other side of the current exchange is a clause subject in this sentence or
    the two before ('Scholz warned against dumping ... Xi rejected the charge'): the charge
    answered may be that partner's."""
    if exchange is None or event.actor not in exchange[:2]:
        return False
    partner = exchange[1] if event.actor == exchange[0] else exchange[0]
    lo = _window_start(doc, cand.token, 2)
    for m in mentions:
        if m.actor != partner or not lo <= m.start < cand.token.idx:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _names_unknown_party(verb: Token) -> bool:
    """Whether the verb's direct object is a name ('the West', 'the Quad') the act is aimed
    at, though no actor was found for it."""
    obj = _object(verb)
    if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ not in ("DATE", "TIME"):
        return True
    # "called on Gulf producers to raise output": a group an appeal names is who it is
    # aimed at, though no actor stands for it (not the other side of the last meeting)
    addressed = next((g for c in verb.children if c.dep_ == "prep"
                      and (c.lower_, _lemma(verb)) in (("on", "call"), ("to", "appeal"))
                      for g in c.children if g.dep_ == "pobj"), None)
    return addressed is not None and addressed.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ == "poss" for c in addressed.children)


def _fill_interlocutors(doc: Doc, events: list[Event],
                        aimed_elsewhere: set[tuple[str, str | None, int]]) -> None:
    """A directed verbal act, or a breaking off, with no stated target, by one side of the
    contact reported last before it (a call, a meeting), is addressed to the other side: the
    other participant, or its state when the actor is a state. An act both sides do together
    (marked joint) is aimed at neither."""
    contacts = sorted((c for c in (doc._.contacts or []) if len(set(c.participants)) >= 2),
                      key=lambda c: c.start)
    if not contacts:
        return
    for event in events:
        broken_off = event.type == "SANCTION" and event.mode == "discontinue"
        if event.target is not None or event.actor is None or event.mode == "yield" \
                or event.joint or (
                event.type not in DIRECTED_TYPES and not broken_off):
            # (talks or ties "suspended" with no party named are the last exchange's)
            continue  # breaking a rule ("violated sanctions") is addressed to no one
        if (event.type, event.actor, event.start) in aimed_elsewhere:
            continue
        before = [c for c in contacts if c.start <= event.start]
        if not before:
            continue
        contact = before[-1]
        if contact.paragraph is not None and event.paragraph is not None \
                and event.paragraph - contact.paragraph > INTERLOCUTOR_PARAGRAPHS:
            continue  # too far back to be the exchange this act belongs to
        sides = list(dict.fromkeys(contact.participants))
        if len(sides) == 2:
            event.target = _other_side(doc, event, sides) or event.target


# aid and praise given with no stated recipient go to the other side of the exchange too
EXCHANGE_TYPES = DIRECTED_TYPES | {"AID", "SUPPORT"}


def _fill_from_exchanges(doc: Doc, events: list[Event],
                         aimed_elsewhere: set[tuple[str, str | None, int]]) -> None:
    """A directed act with no stated target, by one side of the exchange (a meeting, call or
    visit between two named parties) told last before it, is addressed to the other side:
    "Biden welcomed Zelensky at the White House ... Biden then announced a new aid package".
    Like _fill_interlocutors, but read from the events themselves, so an exchange the
    contacts layer gave three parties or none still counts; joint acts are left open."""
    meetings = [e for e in events if e.type == "CONSULT" and e.actor and e.target
                and e.actor != e.target]
    for event in events:
        broken_off = event.type == "SANCTION" and event.mode == "discontinue"
        if event.target is not None or event.actor is None or event.mode == "yield" \
                or event.joint or (
                event.type not in EXCHANGE_TYPES and not broken_off) \
                or (event.type, event.actor, event.start) in aimed_elsewhere:
            continue
        before = [m for m in meetings if m.start < event.start]  # an earlier sentence
        if not before:
            continue
        last = before[-1]
        if last.paragraph is not None and event.paragraph is not None \
                and event.paragraph - last.paragraph > INTERLOCUTOR_PARAGRAPHS:
            continue
        event.target = _other_side(doc, event, [last.actor or "", last.target or ""]) or \
            event.target


# Acts addressed to a party in the course of a contact ("urged Wang Yi in a phone call")
ADDRESSED_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "SUPPORT", "REJECT", "AGREE", "AID",
                   "COOPERATE", "CONCEDE"}


# the words that tell a two-sided exchange (a conference or a body's name is no such thing)
EXCHANGE_TRIGGERS = {"call", "calls", "phone", "telephone", "conversation", "meeting", "met",
                     "meet", "talks", "talk", "talked", "spoke", "speak", "video", "summit",
                     "received", "receiving", "hosted", "hosting"}


def _contacts_of_acts(doc: Doc, events: list[Event]) -> list[Event]:
    """A held contact between two parties, told in the sentence of an act one of them
    addresses to the other ("Blinken urged Wang Yi in a phone call last month to ...",
    "Bennett told Blinken during their meeting that ..."), is also their exchange (CONSULT):
    the contacts layer found the call or meeting, the act's own clause tells who spoke to
    whom. Nothing when the sentence already has a CONSULT event between the two, nor for a
    contact told again."""
    found: list[Event] = []
    told = list(doc._.contacts or [])
    # a headline's meeting that the body tells again is exchanged there, in the lead: the
    # headline's act ("Trump and Kim pledge ... at Singapore summit") makes no second exchange
    told_below = {c.same_as for c in told if c.same_as is not None}
    line_end = headline_end(doc.text)
    # (a contact told again, "after the meeting", is the one already told: no new exchange)
    contacts = [c for i, c in enumerate(told) if c.status == "held"
                and len(set(c.participants)) == 2 and c.same_as is None
                and (c.trigger or "").casefold() in EXCHANGE_TRIGGERS
                and not (c.start < line_end and i in told_below)]
    for event in events:
        if event.type not in ADDRESSED_TYPES or event.actor is None or event.target is None \
                or event.negated:
            continue
        pair = {event.actor, event.target}
        contact = next((c for c in contacts if set(c.participants) == pair
                        and event.start <= c.start < event.end
                        and not _called_off(doc, c)), None)
        if contact is None or any(
                e.type == "CONSULT" and {e.actor, e.target} == pair and e.start == event.start
                for e in [*events, *found]) or _met_among_themselves(doc, event, contact):
            continue
        mode = "phone" if contact.format in ("phone call", "video call") else None
        found.append(Event(type="CONSULT", actor=event.actor, target=event.target,
                           date=contact.date or event.date, evidence=event.evidence,
                           start=event.start, end=event.end, mode=mode,
                           score=plover_score("CONSULT", mode), paragraph=event.paragraph))
    return found


def _called_off(doc: Doc, contact: Contact) -> bool:
    """Whether the contact's word is what a verb of calling off puts off ("paused talks with
    Mercosur", "called the meeting off"): talks not held, whatever the contacts layer read."""
    span = doc.char_span(contact.start, contact.end, alignment_mode="expand")
    word = next((t for t in span or () if t.lower_ == (contact.trigger or "").casefold()), None)
    if word is None or word.dep_ not in ("dobj", "obj") or word.head.pos_ != "VERB":
        return False
    read = _lexical(word.head)
    return read is not None and read[:2] == ("REJECT", "meet")


def _met_among_themselves(doc: Doc, event: Event, contact: Contact) -> bool:
    """"The bloc's leaders meeting in Abuja asked Faye to mediate": the meeting is told only
    as a participle with no one met (no object, no 'with' or 'to'), what the askers were
    doing among themselves, not a meeting with the one asked."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    trigger = (contact.trigger or "").casefold()
    told = [t for t in span or () if t.lower_ == trigger]
    # (the parser may make the participle a noun with the meeting people hung on it:
    # "leaders meeting in Abuja", not "their meeting")
    return bool(told) and all(
        t.lower_.endswith("ing") and (t.tag_ == "VBG" or any(
            c.tag_ in ("NNS", "NNPS") and c.i < t.i for c in t.children))
        and not any(c.dep_ in ("dobj", "dative", "det", "poss") or (
            c.dep_ == "prep" and c.lower_ in ("with", "to")) for c in t.children)
        for t in told)


def _other_side(doc: Doc, event: Event, sides: list[str]) -> str | None:
    """The side of a two-sided exchange that is not the event's actor (nor its state), when
    exactly one side is the actor or the actor's state; a state actor is addressed to the
    other side's state."""
    mine = [p for p in sides if p == event.actor or _own_state(doc, p) == event.actor]
    if event.actor is None or len(mine) != 1:
        return None
    other = next(p for p in sides if p != mine[0])
    if mine[0] != event.actor:  # the actor is a state: address the other state
        other = _own_state(doc, other) or other
    if other != event.actor and other != _own_state(doc, event.actor):
        return other
    return None


def _unnamed_group(name: str | None, known: set[str]) -> bool:
    """A plain lower-case label no actor of the article answers to ("officials", "the two
    countries", "civilians"): a group the text leaves unnamed."""
    return bool(name) and name not in known and name == (name or "").lower()


def _clear_unnamed_targets(events: list[Event], known: set[str]) -> None:
    """An act aimed at an unnamed group ("said the two countries should ...", "asked their
    foreign ministers to ...", "asked that civilians be let out") names no party as its
    target: the target is left open, for the exchange it belongs to to fill. Only in an
    article of exchanges between named parties, and not for force or protest, which is often
    aimed at a crowd the text does not name ("troops fired on protesters")."""
    if not any(e.type == "CONSULT" and e.target is not None and not _unnamed_group(e.actor, known)
               and not _unnamed_group(e.target, known) for e in events):
        return
    for event in events:
        if _unnamed_group(event.target, known) and event.type not in GROUP_DEED_TYPES:
            event.target = None


def _drop_unpaired_meetings(events: list[Event]) -> list[Event]:
    """In an article that reports exchanges between named parties, a meeting, call or visit
    with no counterpart found (in the sentence or the exchange told before it) is background
    or a side remark, not one of the exchanges ("Kishida also visited Bucha", "the council met
    for the first time since 2019", "the latest in a string of meetings"): it is dropped. A
    short item with no paired exchange keeps it ("the ambassadors visit the city")."""
    if not any(e.type == "CONSULT" and e.target is not None for e in events):
        return events
    return [e for e in events if e.type != "CONSULT" or e.target is not None]


# what crowds, troops and forces do can be told without naming them ("protesters stormed the
# embassy", "troops fired on the crowd"); the diplomatic acts are kept for named parties
GROUP_DEED_TYPES = {"PROTEST", "ASSAULT", "COERCE", "MOBILIZE"}


def _drop_unnamed_groups(events: list[Event], known: set[str]) -> list[Event]:
    """In an article of exchanges between named parties (a meeting or call with both sides
    named), a diplomatic act whose doer is an unnamed group ("officials", "the leaders",
    "negotiators", "several countries" — a plain lower-case label, no actor the article
    names) is background or a side remark the annotators leave out: it is dropped. A group
    named by a proper word ("European leaders", "Arab states") stays, as do short items with
    no such exchange, where a group is often the only doer."""
    if not any(e.type == "CONSULT" and e.actor is not None and e.target is not None
               and not _unnamed_group(e.actor, known) for e in events):
        return events
    return [e for e in events
            if not _unnamed_group(e.actor, known) or e.type in GROUP_DEED_TYPES]


HOSTILE_TYPES = {"ACCUSE", "REJECT", "THREATEN", "SANCTION", "REQUEST", "PROTEST", "COERCE"}


# What one side asks or offers, by the noun a rejection refers back to it with ("rejected the
# demand"), and the event types that report the asking or offering.
REQUEST_BACKREF_NOUNS = {"demand", "call", "request", "ultimatum", "appeal", "plea", "insistence"}
OFFER_BACKREF_NOUNS = {"offer", "proposal", "proposition", "suggestion", "plan", "initiative",
                       "overture", "idea", "invitation", "terms"}
REQUEST_REACH_SENTENCES = 2  # how many sentences back the request may be told


def _maker_of_rejected(doc: Doc, cand: Candidate, event: Event, earlier: list[Event]
                       ) -> str | None:
    """Whom a rejection answers when it refers back to a request or an offer by a bare noun
    ("Moscow rejected the demand as unacceptable" after "Stoltenberg urged Russia to pull
    back"): the actor of the latest such event told in this sentence or the two before, if
    the noun names no owner of its own ("NATO's demand", "the demand by the allies")."""
    heads = [cand.verb, *([cand.token] if cand.token.i != cand.verb.i else [])]
    objects = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for h in heads for c in h.children if c.dep_ == "prep"
                and c.lower_ in ("to", "of") for g in c.children if g.dep_ == "pobj"]
    # "…, an idea Georgetown rejected last year": the noun the rejecting clause describes,
    # set beside the proposal just told
    relative = cand.verb.head if cand.verb.dep_ == "relcl" and cand.verb.head.i < cand.verb.i \
        and cand.verb.head.dep_ in ("appos", "npadvmod") and _object(cand.verb) is None \
        else None
    if relative is None:
        relative = _fronted_summary(cand.verb)
    if relative is None and cand.verb.pos_ == "NOUN":
        relative = _answered_noun(cand.verb)  # ", a charge Tehran rejects" (misparsed)
    objects += [relative] if relative is not None else []
    wanted: set[str] = set()
    for obj in objects:
        lemma = obj.lemma_.casefold()
        if lemma in REQUEST_BACKREF_NOUNS:
            types = {"REQUEST"}
        elif lemma in OFFER_BACKREF_NOUNS:
            types = {"AGREE", "REQUEST"}
        elif lemma in CHARGE_ANSWER_NOUNS:
            types = {"ACCUSE"}  # "rejected the charge": whoever just charged the rejecter
        else:
            continue
        if obj is not relative and not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those", "such")
                for c in obj.children):
            continue  # "rejected demands for talks", "a proposal": not one told before
        if any((c.i != cand.verb.i and c.dep_ in ("poss", "acl", "relcl", "compound")) or (
                c.dep_ == "prep" and c.lower_ in ("of", "by", "from")) or (
                c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")) for c in obj.children):
            continue  # "the Russian proposal", "the demand by the allies": its owner is told
        wanted |= types
    bare = not wanted and not objects and cand.token.i == cand.verb.i and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "prep") for c in cand.verb.children)
    if not wanted and not bare:
        return None
    lo = _window_start(doc, cand.token, REQUEST_REACH_SENTENCES)
    side = {event.actor, _own_state(doc, event.actor)} - {None}
    for prior in reversed(earlier):
        if prior.start < lo or prior.start > cand.token.idx:
            continue
        if bare:
            # "Niger demanded that France withdraw ... Paris refused": a refusal with no
            # object answers the latest request put to the refuser
            if prior.type == "REQUEST" and prior.actor and prior.actor not in side and (
                    prior.target in side or _own_state(doc, prior.target or "") in side):
                return prior.actor
            continue
        if prior.type in wanted and prior.actor and prior.actor not in side \
                and _own_state(doc, prior.actor) not in side and (
                    prior.type != "ACCUSE" or prior.target in side
                    or _own_state(doc, prior.target or "") in side):
            return prior.actor
    return None


DENYING_VERBS = {"deny", "dispute", "refute", "rebut"}
UNIVERSAL_WORDS = {"everyone", "everybody", "anyone", "anybody", "world", "all", "everything"}


def _everyone(tok: Token) -> bool:
    """'every party', 'all sides', 'any country', 'everyone', 'the world', 'the
    international community': a call put to all, not to one party."""
    if tok.lower_ in UNIVERSAL_WORDS:
        return True
    if _lemma(tok) == "community" and any(c.lower_ == "international" for c in tok.children):
        return True
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("every", "all", "any",
                                                                      "each")
                                      for c in tok.children)


def _accuser_of_denier(doc: Doc, cand: Candidate, event: Event, earlier: list[Event]
                       ) -> str | None:
    """Whom a denial with no party named answers: the accuser of the latest accusation aimed
    at the denier (or its state) told in this sentence or the two before ("The United States
    has accused China of supplying Russia ... Beijing denies arming either side": the United
    States)."""
    if _lemma(cand.token) not in DENYING_VERBS:
        return None
    lo = _window_start(doc, cand.token, REQUEST_REACH_SENTENCES)
    side = {event.actor, _own_state(doc, event.actor)} - {None}
    accusations = [p for p in earlier if lo <= p.start <= cand.token.idx and p.type == "ACCUSE"
                   and p.actor and p.actor not in side
                   and (p.target in side or _own_state(doc, p.target or "") in side)]
    if not accusations:
        return None
    # "The United States and its European allies have accused China": the first accuser
    return next(p.actor for p in accusations if p.start == accusations[-1].start)


def _window_start(doc: Doc, token: Token, sentences: int) -> int:
    """The character offset where the token's sentence and the given number before it begin:
    how far back a bare answer ("Paris refused", "condemned the exercises") looks."""
    first = token.sent.start
    for _ in range(sentences):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    return doc[first].idx


# Acts named again by a bare definite noun when condemned or rejected ("condemned the
# exercises", "rejected the expulsions as unjustified").
JUDGED_ACT_NOUNS = {"exercise", "drill", "strike", "airstrike", "attack", "seizure", "arrest",
                    "detention", "expulsion", "execution", "sanction", "move", "decision",
                    "test", "launch", "deployment", "incursion", "raid", "shelling", "bombing",
                    "blockade", "measure", "step", "tariff", "duty", "ban", "probe",
                    "investigation", "manoeuvre", "maneuver", "provocation", "violation"}
ACT_REACH_SENTENCES = 2  # how many sentences back the act may be told


def _doer_of_judged_act(doc: Doc, cand: Candidate, event: Event, earlier: list[Event]
                        ) -> str | None:
    """Whom a condemnation or rejection of 'the exercises' / 'the move' is aimed at, when the
    noun names no owner of its own: the doer of the latest act told in this sentence or the
    two before by another side than the judge's."""
    heads = [cand.verb, *([cand.token] if cand.token.i != cand.verb.i else [])]
    judged = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")
              and _lemma(c) in JUDGED_ACT_NOUNS]
    if not judged or not all(any(d.dep_ == "det" and d.lower_ in ("the", "this", "that",
                                                                  "these", "those")
                                 for d in obj.children) for obj in judged):
        return None
    if any(c.dep_ in ("poss", "acl", "relcl", "compound", "amod") and (
            c.dep_ != "amod" or c.ent_type_ in ("NORP", "GPE")) or (
            c.dep_ == "prep" and c.lower_ in ("of", "by", "from", "against", "on"))
            for obj in judged for c in obj.children):
        return None  # "the Russian strike", "the attack on Kyiv": the phrase tells its own
    lo = _window_start(doc, cand.token, ACT_REACH_SENTENCES)
    side = {event.actor, _own_state(doc, event.actor)} - {None}
    for prior in reversed(earlier):
        if prior.start < lo or prior.start > cand.token.idx or prior.type in (
                "ACCUSE", "REJECT", "REQUEST", "SUPPORT", "PROTEST"):
            continue  # (words about an act are not the act)
        if prior.actor and prior.actor not in side and _own_state(doc, prior.actor) not in side:
            return prior.actor
        return None  # the latest act is the judge's own side's: no other doer is meant
    return None


def _share_targets(doc: Doc, events: list[Event]) -> None:
    """Hostile acts of one actor in one sentence are aimed at the same party when only one
    names it ("condemned North Korea's test and pledged further sanctions", "said it opposed
    the test and warned Pyongyang"): a target-less one takes the state or body the others
    name, when they name exactly one."""
    for event in events:
        if event.target is not None or event.type not in HOSTILE_TYPES \
                or event.mode == "yield":
            continue
        named = {e.target for e in events if e is not event and e.start == event.start
                 and e.actor == event.actor and e.target is not None
                 and e.type in HOSTILE_TYPES | {"ASSAULT"}
                 and _kind(doc, e.target) in ("state", "organization")}
        if len(named) == 1:
            event.target = named.pop()


RETALIATION = re.compile(r"\b(?:retaliat\w*|respond\w*|hit(?:s|ting)? back|strikes? back)\b",
                         re.IGNORECASE)
RETALIATION_REACH = 400  # characters back to the act answered


def _main_other_state(doc: Doc, mentions: list[ActorMention], exclude: set[str]) -> str | None:
    """The state the article names most often, leaving out the given actors, when it is named
    at least twice (else None)."""
    kinds = {a.name: a.kind for a in (doc._.actors or [])}
    counts = Counter(m.actor for m in mentions
                     if kinds.get(m.actor) == "state" and m.actor not in exclude)
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return name if n >= 2 else None


def _answer_targets(events: list[Event]) -> None:
    """'The EU imposed sanctions on Russia, and Moscow vowed to retaliate': a target-less
    threat or act of retaliation is aimed at whoever just acted against its actor."""
    for event in events:
        if event.target is not None or event.type not in FORCEFUL_TYPES \
                or not RETALIATION.search(event.evidence):
            continue
        done = [e for e in events if e is not event and e.target == event.actor
                and e.actor != event.actor and e.type in FORCEFUL_TYPES | HOSTILE_TYPES
                and 0 <= event.start - e.start <= RETALIATION_REACH]
        if done:
            event.target = done[-1].actor


# Measures laid on another party's goods or firms ("tariffs on Chinese imports")
LEVIED_NOUNS = {"tariff", "duty", "levy", "sanction", "restriction"}
WAR_NOUNS = {"war", "fighting", "conflict", "hostilities", "violence"}
# Nouns of a complaint or an inquiry and the prepositions that give their topic
TOPIC_PREPS_OF = {"concern": ("about", "over", "regarding", "at", "on"),
                  "investigation": ("into", "of", "on"), "probe": ("into", "of", "on"),
                  "inquiry": ("into", "of", "on")}


def _owner_in_topic(doc: Doc, noun: Token, preps: tuple[str, ...],
                    mentions: list[ActorMention], actor: str | None, own: str | None
                    ) -> str | None:
    """The first party (not the actor nor its state) named as the owner, by possessive,
    demonym or name, of what a complaint or inquiry is about ("concern about China's
    military activity", "an investigation into subsidies for Chinese electric cars")."""
    # (the parse hangs the topic on the noun or on its light verb: "voiced concern about")
    # ("the concerns of Kenyan traders about ...": the topic can hang on the noun's own 'of')
    for child in [*noun.subtree, *(noun.head.children if noun.dep_ in ("dobj", "obj")
                                   else ())]:
        if child.dep_ != "prep" or child.lower_ not in preps:
            continue
        for tok in child.subtree:
            if tok.dep_ not in ("poss", "amod", "compound", "pobj", "nmod") or any(
                    a.pos_ in ("VERB", "AUX") for a in tok.ancestors if a.i != noun.head.i
                    and child.i in [b.i for b in a.ancestors]):
                continue  # (not through a clause: "the circumstances surrounding his death")
            if any(a.lower_ == "between" for a in tok.ancestors if a.i > child.i):
                return None  # "escalation between Israel and Hamas": both sides, no one owner
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "inside") \
                    and _lemma(tok.head.head) in WAR_NOUNS:
                continue  # "concerns about the war in Ukraine": where it is fought, no owner
            found = [t for t in _actors_in(doc, tok, mentions, exclude=actor)
                     if t not in (own, actor)
                     # an inquiry into a person's death does not charge that person
                     and (_lemma(noun) == "concern" or (tok.ent_type_ != "PERSON"
                                                        and _kind(doc, t) != "person"))]
            if found:
                return found[0]
    return None


def _state_after(doc: Doc, verb: Token, preps: tuple[str, ...], mentions: list[ActorMention],
                 actor: str | None, own: str | None) -> str | None:
    """The first state other than the actor's own named as the object of one of the verb's
    prepositions ("refuge in Bangladesh", "arrived in Libya")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            where = next((c for c in child.children if c.dep_ == "pobj"), None)
            host = _actor_at(doc, where, mentions, exclude=actor)
            if host is not None and _kind(doc, host) == "state" and host != own:
                return host
    return None


def _summoned_to(verb: Token) -> Token | None:
    """The verb of summoning when this verb is what an envoy was summoned for ("summoned
    the Hungarian envoy to protest against ...", "... to complain of inaction"), else None."""
    if verb.dep_ in ("xcomp", "advcl") and _lemma(verb.head) == "summon" \
            and verb.i > verb.head.i and any(c.dep_ == "aux" and c.lower_ == "to"
                                             for c in verb.children):
        return verb.head
    return None


def _ground_left(doc: Doc, verb: Token, mentions: list[ActorMention], actor: str | None,
                 own: str | None) -> str | None:
    """The state a withdrawal leaves ground in: the place after "from" (or "out of"), or
    the place an area lies around or in ("the area around Kyiv", "the outskirts of Khan
    Younis"), read as its state; the actor's own state is no ground left."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    preps += [g for c in verb.children if c.dep_ in ("prt", "advmod", "prep")
              and c.lower_ == "out" for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and any(
        p.lower_ == "out" and p.dep_ in ("prt", "advmod") for p in verb.children)]
    for prep in preps:
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            spots = [place, *(g for c in place.children if c.dep_ == "prep"
                              and c.lower_ in ("around", "near", "of", "outside")
                              for g in c.children if g.dep_ == "pobj")]
            for spot in spots:
                state = _actor_at(doc, spot, mentions, exclude=actor)
                if state is not None and _kind(doc, state) != "state":
                    state = _own_state(doc, state)
                if state is None:
                    state = _city_state(spot)  # (a listed city's state, named or not)
                if state is not None and state not in (actor, own):
                    return state
    return None


def _own_state(doc: Doc, actor: str | None) -> str | None:
    """The state a person or body belongs to (Putin → Russia): a target equal to it is the
    actor's own side, never the other party of an international event."""
    for a in doc._.actors or []:
        if a.name == actor:
            if a.sector in OPPOSING_SECTORS:
                # a party's nominee or a legislator attacking "the Obama administration"
                # takes on their own state's government: no side to keep them from it
                return None
            return a.country if a.country != actor else None
    return None


# sectors whose people act on their own state's government as often as for it
OPPOSING_SECTORS = frozenset({"political_party", "legislature", "civil_society", "media",
                              "think_tank", "ngo", "judiciary"})


REFUGE_NOUNS = {"refuge", "asylum", "shelter", "sanctuary", "protection"}
FORCEFUL_TYPES = {"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST"}


def _is_rebel(doc: Doc, actor: str | None) -> bool:
    """Whether the actor is an armed group or a leader of one fighting the state it is of."""
    return any(a.name == actor and a.sector == "rebel" for a in (doc._.actors or []))


def _kind(doc: Doc, actor: str) -> str | None:
    return next((a.kind for a in (doc._.actors or []) if a.name == actor), None)


def _resolve(doc: Doc, token: Token | None, mentions: list[ActorMention],
             exclude: str | None = None) -> str | None:
    """The canonical actor of a token: a mention covering it, 'its/their' through their
    antecedent, else nothing."""
    if token is None:
        return None
    lo, hi = token.idx, token.idx + len(token)
    for m in mentions:
        if m.start < hi and lo < m.end and m.actor != exclude:
            return m.actor
    if token.lower_ in ("it", "its", "they", "their", "them"):
        name = antecedent(doc, token, mentions)
        return name if name != exclude else None
    if token.pos_ in ("NOUN", "PROPN"):
        return _actor_at(doc, token, mentions, exclude=exclude)
    return None


# --- finding triggers ----------------------------------------------------------------------

def find_candidates(sent: Span) -> list[Candidate]:
    """Every trigger of the sentence that survives the context checks, in text order."""
    if sent.text.rstrip().endswith("?") and not _presupposing_question(sent):
        return []  # a question asserts nothing
    found: list[Candidate] = []
    claimed: set[int] = set()
    for token in sent:
        if token.i in claimed:
            continue
        headline = _headline_noun_verb(token, sent)
        if headline is not None:
            found.append(headline)
            if _lemma(token) == "claim":  # the claimed attack is this event, not a second
                claimed.update(t.i for t in sent if t.i > token.i
                               and _lemma(t) in ATTACK_NOUNS)
            continue
        predicted = _predicted_threat(token) or _reported_obligation(token) or \
            _censure(token) or _reported_deceit(token) or _reported_blame(token) \
            or _reported_charge(token) \
            or _won_backing(token) or _received_aid(token) or _reported_crime(token) \
            or _denied_accord(token) or _excluded_term(token) or _withheld_answer(token) \
            or _held_responsible(token)
        if predicted is not None:
            found.append(predicted)
            if predicted.type == "AID" and predicted.agent is not None:
                # "received jets from Denmark and the Netherlands": each giver aids
                found.extend(replace(predicted, agent=giver)
                             for giver in predicted.agent.conjuncts)
            continue
        hit = _lexical(token)
        if hit is None:
            titled = _title_case_verb(token, sent)
            if titled is not None:
                found.append(titled)
                continue
            misread = _misread_present_verb(token)
            if misread is not None:
                found.append(misread)
                continue
            nominal = _nominal(token)
            if nominal is not None:
                found.append(nominal)
            continue
        etype, mode, verb = hit
        if etype == "THREATEN" and _lemma(token) == "give":
            # what the ultimatum demands ("to release the hostages") is not done by anyone
            claimed.update(t.i for c in token.children if c.dep_ in ULTIMATUM_CLAUSES
                           for t in c.subtree)
            claimed.update(t.i for c in token.children if _lemma(c) in DEADLINE_NOUNS
                           for g in c.children if g.dep_ in ULTIMATUM_CLAUSES
                           for t in g.subtree)
        if etype == "COERCE" and _shut_to_foreigners(token, verb):
            etype, mode = "SANCTION", "discontinue"
        if etype in ("COERCE", "PROTEST") and _dealings_cut(token, verb):
            etype, mode = "SANCTION", "discontinue"
        elif etype == "COERCE" and _foreign_goods_banned(token, verb):
            etype, mode = "SANCTION", None
        if etype in ("CONCEDE", "RETREAT") and _lemma(token) in ("free", "release") and any(
                _lemma(other) in STORMING_VERBS and other.pos_ == "VERB"
                for other in (verb.head, *verb.conjuncts) if other.i != verb.i):
            continue  # "gunmen stormed the jail and freed inmates": a jailbreak, no concession
        if etype == "REQUEST" and token.tag_ == "VBN" and token.dep_ in ("advcl", "ccomp") \
                and token.i < token.head.i and not any(
                    c.dep_ in ("nsubjpass", "auxpass", "agent", "aux") for c in token.children):
            continue  # "Asked about the blast, the chief said ...": he was asked, by nobody named
        urged = headline_urged(token, sent) if etype == "REQUEST" else None
        if urged is not None:
            # "Schiff urged to step down by committee Republicans": the headline drops the
            # passive's auxiliary; the by-phrase names who asks, the subject who is asked
            if urged[1] is not None:
                found.append(Candidate(type="REQUEST", mode=mode, token=token, verb=token,
                                       agent=urged[1], objects=(urged[0],)))
            continue
        if _headline_passive(token, sent):
            continue  # "Roger Stone Indicted", "Steele Criticized": the named one is the target
        if token.dep_ == "pcomp" and token.head.lower_ in ("of", "for") \
                and _lemma(token.head.head) in JUDGING_VERBS and PENTACODE[etype] == 4:
            continue  # "accused Kyiv of shelling the plant": the charge, not the accuser's deed
        if PENTACODE[etype] in (1, 2) and _praised_deed(token):
            continue  # "thanked the prince for hosting the talks": a deed told as the reason
            # for thanks or blame is background to the judgment, not news of its own
        if _in_charge(token):
            # "accused the West of arming Kyiv", "... of behaving dangerously by sending
            # weapons": an act alleged of the accused, not the accuser's deed
            continue
        if etype == "ASSAULT" and _verbal_attack(token):
            etype, mode = "ACCUSE", "disapprove"
            doer = _subject(verb)
            if doer is not None and _lemma(doer) in ("people", "person", "anyone", "those") \
                    and not any(c.dep_ in ("det", "poss", "nummod") for c in doer.children):
                continue  # "people who attack my wife": anyone who would, no act
        author = _summed_up_author(verb) if etype == "REJECT" and not _negated(verb) else None
        if author is not None:
            # "..., a point the Russian president dismissed": whoever made the point
            found.append(Candidate(type=etype, mode=mode, token=token, verb=verb,
                                   objects=(author,)))
            continue
        verdict = _context(token, verb)
        ruled = _ruled_out_force(token, verb) if etype == "REJECT" and (
            verdict == "REFUSE" or (verdict == "drop" and _negated(verb))) else None
        if ruled is not None:
            # "Moscow won't rule out breaking off relations", "did not rule out strikes": not
            # excluding a hostile act keeps it on the table, a threat of it (CAMEO 13)
            found.append(Candidate(type="THREATEN", mode=COERCIVE_MODES.get(ruled),
                                   token=token, verb=verb))
            continue
        if verdict == "drop":
            continue
        if PENTACODE[etype] in (1, 2) and any(
                c.dep_ in ("dobj", "obj") and c.lower_ in NOTHING_WORDS
                for c in token.children):
            continue  # "the North had given up little": nothing conceded
        if verb.dep_ in ("ccomp", "xcomp", "oprd") and _lemma(verb.head) in ("want", "need") \
                and _wanted_done(verb.head):
            continue  # "Israel wants Hamas disarmed": the wish is the event, not the disarming
        if etype not in ("THREATEN", "REQUEST", "REJECT") and _ultimatum(verb) and (
                verdict in ("FUTURE", "INTENT") or _is_future(verb) or any(
                    c.dep_ == "aux" and c.lower_ in REPORTED_FUTURE_AUX for c in verb.children)):
            # "will withdraw its force from Chad unless ...": an act promised on a condition
            # the other side must meet is a threat (CAMEO 13)
            found.append(Candidate(type="THREATEN", mode=COERCIVE_MODES.get(etype), token=token,
                                   verb=verb))
            continue
        if verdict == "INTENT":
            if PENTACODE[etype] in (1, 2) and etype != "AGREE":
                mode = "meet" if etype == "CONSULT" else None
                etype = "AGREE"
            elif etype in COERCIVE_MODES:
                # "is prepared to impose martial law", "plans to impose restrictions": a
                # declared intent to coerce is a threat (CAMEO 13)
                etype, mode = "THREATEN", COERCIVE_MODES[etype]
            else:
                continue
        if verdict in ("REJECT", "THREATEN", "REQUEST", "AGREE"):
            continue  # the governing verb is the event; it is a trigger of its own
        if etype == "SUPPORT" and verdict in ("FUTURE", "INTENT") and _backs_a_text(verb):
            continue  # "she would sign this legislation": a promise to back no party
        if etype == "AGREE" and _pledged_coercion(token) is not None:
            # "pledged to impose further sanctions", "vowed to retaliate": a promise to
            # coerce is a threat (CAMEO 13), not an agreement
            etype, mode = "THREATEN", _pledged_coercion(token)
        elif etype == "AGREE":
            ruled_out = _pledged_refusal(token)
            if ruled_out is not None:
                # "vowed never to recognise the junta": a refusal, however it is promised
                hit = _lexical(ruled_out)
                etype, mode = "REJECT", _refusal_mode(hit[0]) if hit is not None else None
        if verdict == "DENY":
            # "Moscow has no plans to invade Ukraine": the holder of the (denied) plan rejects
            # the act; its object stays the target.
            holder = verb.head.head
            if verb.dep_ == "pcomp":  # ("no intention of attacking": past the 'of')
                holder = holder.head
            mode = _refusal_mode(etype) if PENTACODE[etype] in (1, 2) else None
            found.append(Candidate(type="REJECT", mode=mode, token=token, verb=holder))
            continue
        if verdict == "REFUSE":
            if PENTACODE[etype] not in (1, 2):
                continue  # "will not attack" is an assurance at most, not an attack
            etype, mode = "REJECT", _refusal_mode(etype)
        elif verdict == "keep" and _is_future(verb) and PENTACODE[etype] in (1, 2) \
                and etype not in ("AGREE", "CONSULT"):
            # "Finland will give Tanzania a grant": PLOVER codes a future cooperative act as
            # the promise of it (meetings stay CONSULT: contacts report them as planned)
            etype, mode = "AGREE", None
        elif verdict == "FUTURE":
            if PENTACODE[etype] in (1, 2) and etype != "AGREE":
                mode = "meet" if etype == "CONSULT" else None
                etype = "AGREE"
            elif etype == "SANCTION" and _announced_cut(token, verb):
                pass  # "said his company would halt all travel to X": a decision, announced
            elif etype == "PROTEST" and mode == "boycott" and _boycotts_an_occasion(verb):
                pass  # "said they would boycott the address": staying away from an occasion,
                # announced, is the protest itself (CAMEO 14); cutting "all contact with X"
                # stays a threat to reduce relations
            elif etype in COERCIVE_MODES:
                etype, mode = "THREATEN", COERCIVE_MODES[etype]
        if etype == "THREATEN" and mode is None:
            mode = _threat_mode(verb)
        if etype == "THREATEN" and token.lemma_.casefold() == "warn" and any(
                c.dep_ == "prep" and c.lower_ == "against"
                and any(g.dep_ == "pcomp" or (g.dep_ == "pobj" and not _is_threat(verb))
                        for g in c.children) for c in verb.children):
            etype, mode = "REJECT", None  # "warned against shifting the blame": opposing an act
        elif etype == "THREATEN" and token.lemma_.casefold() == "warn" and (
                not _is_threat(verb) or _factual_warning(verb)):
            if not _warned_to_act(verb):
                continue  # "warned of the risks" with no coercive content is a statement
            # "Washington has warned Beijing not to arm Russia": told what to do or not do,
            # as "told Beijing not to" is
            etype, mode = "REQUEST", None
        if etype == "CONSULT" and mode is None:
            mode = _consult_mode(sent)
        if etype in ("REQUEST", "REJECT", "ACCUSE", "AGREE", "THREATEN") \
                and _protesting_subject(verb):
            # "demonstrators demanded his resignation": PLOVER counts the demands of a crowd
            # in the street as part of its protest
            etype, mode = "PROTEST", "demo"
        if etype in ("SUPPORT", "REJECT", "ACCUSE", "AGREE") and _public_subject(verb):
            continue  # "American voters back NATO", "Americans oppose war": opinion, not an act
        if _generic_subject(verb):
            continue  # "people fight over limited resources": a general truth, not an event
        if etype in ("SUPPORT", "REJECT", "ACCUSE") and _standing_view(token):
            continue  # "Romney, who supports exceptions", "generally supported Democrats"
        if etype == "SUPPORT" and _backs_a_text(verb):
            continue  # "Clinton signed similar legislation", "I support this law": no party
        arguer = _contesting_speaker(verb)
        if arguer is not None:
            # "Republicans have argued that the State Department ignored the CIA": a wrong
            # others are said to have done is the arguer's accusation; anything else argued
            # about others is a claim, not a reported act
            if PENTACODE[etype] in (3, 4) and etype not in ("THREATEN", "REQUEST", "ACCUSE"):
                found.append(Candidate(type="ACCUSE", mode="allege", token=token, verb=verb,
                                       speaker=arguer))
            continue
        speaker = _reporting_speaker(verb) or _colon_speaker(verb)
        if speaker is not None and PENTACODE[etype] in (3, 4) and etype not in (
                "THREATEN", "REQUEST", "ACCUSE") and any(
                c.dep_ == "nsubjpass" for c in verb.children) and not any(
                c.dep_ == "agent" for c in verb.children):
            continue  # "police said an officer had been suspended": nobody is accused
        if speaker is not None and PENTACODE[etype] in (3, 4) and etype not in (
                "THREATEN", "REQUEST", "ACCUSE"):
            # "Putin said the US had ignored his demands": the speaker accuses the doer.
            found.append(Candidate(type="ACCUSE", mode="allege", token=token, verb=verb,
                                   speaker=speaker))
            continue
        agent = _sent_envoy(verb) if etype == "CONSULT" and verb.lemma_.casefold() in (
            "send", "dispatch") else None
        found.append(Candidate(type=etype, mode=mode, token=token, verb=verb, agent=agent))
    return _fold_protest_demands(found)


def _ruled_out_force(token: Token, verb: Token) -> str | None:
    """The type of the hostile act a negated "rule out"/"exclude" leaves open ("did not rule
    out sanctions", "won't rule out breaking off relations"), else None."""
    if _lemma(token) not in ("rule", "exclude"):
        return None
    for tok in verb.subtree:
        if tok.i == token.i or tok.dep_ not in ("dobj", "obj", "xcomp", "pcomp", "pobj"):
            continue
        hit = _lexical(tok)
        etype = hit[0] if hit is not None else NOUNS.get(_noun_key(tok) or "", (None, None))[0]
        if etype is None and _lemma(tok) in ATTACK_NOUNS:
            etype = "ASSAULT"  # "military strikes"
        if etype in COERCIVE_MODES and etype != "PROTEST":
            return etype
    return None


def _headline_passive(token: Token, sent: Span) -> bool:
    """A past participle heading a title-case line with the subject before it and nothing
    after it as object ("Roger Stone Indicted In ...", "Michael Steele Criticized for ..."):
    headlines drop the auxiliary of the passive, so the subject is the one acted on and the
    doer is unnamed unless a by-phrase names it. Headlines put active verbs in the present
    ("Trump Attacks ..."), which this leaves alone."""
    # a sentence-case headline marks the participle itself ("Two farmers killed in ...")
    participle = token.tag_ == "VBN" and token.dep_ == "ROOT" \
        and not sent.text.rstrip().endswith(".") and not any(
            t.pos_ in ("VERB", "AUX") and t.i != token.i and t.head.i == token.i
            and t.dep_ in ("aux", "auxpass", "conj") for t in sent)
    if token.pos_ != "VERB" or not participle and (
            not token.text[:1].isupper() or not token.lower_.endswith("ed")
            or not _title_case(sent)):
        return False
    if token.dep_ != "ROOT" and sent.start <= token.head.i < sent.end:
        return False  # the head of the line (a title parsed into the next sentence counts)
    if any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "agent") and sent.start <= c.i < sent.end
           for c in token.children):
        return False  # (a dateline parsed into the headline is no object of it)
    if _lemma(token) in RECIPROCAL_VERBS | {"complain", "protest", "riot", "meet", "agree",
                                            "march", "rally", "retreat", "resign", "talk"}:
        return False  # verbs used without an object: "Leaders Met", "Workers Protested"
    return any(c.dep_ in ("nsubj", "nsubjpass") and sent.start <= c.i < token.i
               for c in token.children)


# Verbs of asking that need an object before an infinitive ("urged X to go"): with none, a
# line "X urged to go" is a passive whose auxiliary a headline dropped.
ASKING_VERBS = {"urge", "ask", "press", "pressure", "implore", "order", "push", "call"}


def headline_urged(token: Token, sent: Span) -> tuple[Token, Token | None] | None:
    """(the one asked, the asker named by a by-phrase or None) for a headline "X urged to
    step down (by Y)": no final full stop, the subject before the verb, an infinitive after
    it and no object."""
    if token.pos_ != "VERB" or _lemma(token) not in ASKING_VERBS or token.tag_ not in (
            "VBD", "VBN") or sent.text.rstrip().endswith((".", "?", "!")) \
            or any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "dative", "prt") or (
                c.dep_ == "prep" and c.lower_ in ("on", "upon", "for"))
                for c in token.children):
        return None
    asked = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
                  and c.i < token.i), None)
    wanted = next((c for c in token.children if c.dep_ == "xcomp" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if asked is None or wanted is None:
        return None
    asker = next((g for t in token.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by"
                  for g in t.children if g.dep_ == "pobj"), None)
    return asked, asker


def _title_case(sent: Span) -> bool:
    """Whether the span reads as a headline: no closing full stop and most longer words
    capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if not words or sent.text.rstrip().endswith("."):
        return False
    return sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _verbal_attack(token: Token) -> bool:
    """Whether an 'attack' verb reports criticism rather than force: it gives a reason
    ('attacked the president for declining ...'), labels its object ('attacked the
    department as ...'), or is aimed at a person or at what someone said or decided."""
    if token.pos_ != "VERB" or _lemma(token) not in VERBAL_ATTACK_VERBS:
        return False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "as", "over") and any(
                g.dep_ in ("pcomp", "pobj") for g in child.children) and (
                child.lower_ == "as" or any(g.dep_ == "pcomp" or g.lemma_.casefold()
                                            in CONDUCT_NOUNS for g in child.children)):
            return True
    obj = _object(token)
    if obj is None:
        return False
    subj = _subject(token)
    if obj.lemma_.casefold() in POLICY_NOUNS and obj.pos_ == "NOUN" and subj is not None and (
            subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or subj.lemma_.casefold() in PERSON_TITLE_NOUNS):
        return True  # (not "the drought hit the budget": a named side or an office holder)
    if obj.lemma_.casefold() in CONDUCT_NOUNS and subj is not None and (
            subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.pos_ == "PRON"):
        return True  # "attacked his remarks", "targeted the administration's stance"
    people = ("PERSON",)
    person_obj = obj.ent_type_ in people or (obj.pos_ == "NOUN" and obj.lemma_.casefold()
                                              in PERSON_TITLE_NOUNS and obj.tag_ == "NN")
    if obj.pos_ == "NOUN" and obj.lemma_.casefold() in KIN_NOUNS and subj is not None and (
            subj.ent_type_ == "PERSON" or subj.lower_ in ("who", "that")) and any(
            c.dep_ == "poss" for c in obj.children):
        return True  # "Trump attacked his wife and his father": a politician's words
    if subj is None and token.dep_ == "conj":
        subj = _subject(token.head)  # "people who attack my wife and attack my father"
    if obj.pos_ == "NOUN" and obj.lemma_.casefold() in KIN_NOUNS and subj is not None \
            and (subj.lower_ in ("who", "that") or _lemma(subj) == "people") and any(
                c.lower_ in ("my", "our") for c in obj.children):
        return True  # '"people who attack my wife," Cruz said'
    if not person_obj and obj.pos_ == "PRON" and obj.lower_ in ("him", "her") and \
            subj is not None and subj.ent_type_ == "PERSON":
        person_obj = True
    return person_obj and subj is not None and (
        subj.ent_type_ in ("PERSON", "NORP") or (subj.ent_type_ == "ORG" and any(
            w in subj.lower_ for w in ("gop", "party", "committee", "campaign", "democrat",
                                       "republican"))))


# What strikes in a physical attack ("air strikes hit", "missiles fired by X struck").
WEAPONRY = ATTACK_NOUNS | WEAPON_WORDS | {"bomb", "shell", "mortar", "drone", "warplane",
                                          "aircraft", "artillery", "fire", "gunfire", "shelling",
                                          "airstrikes", "strikes", "gunman", "militant",
                                          "bomber", "helicopter", "tank"}


def _armed_subject(verb: Token) -> bool:
    """Whether the verb's subject is a weapon or an armed attack ("missiles hit", "a car
    bombing killed"), so that 'hit' or 'target' is force, not criticism."""
    subj = _subject(verb)
    return subj is not None and subj.dep_ == "nsubj" and _lemma(subj) in WEAPONRY \
        and _object(verb) is not None


def _attack_doer(doc: Doc, attack: Token, mentions: list[ActorMention]) -> str | None:
    """Who is behind an attack or weapon named as a subject: 'by X' ("a car bombing by the
    Islamic State group", "missiles fired by the Israeli military"), else a possessor or
    a name among its modifiers ("Syrian regime air strikes")."""
    if _lemma(attack) not in WEAPONRY:
        return None
    for child in attack.children:
        heads = [child] if child.dep_ == "prep" and child.lower_ == "by" else [
            g for g in child.children if g.dep_ == "agent"] if child.dep_ == "acl" else []
        for by in heads:
            doer = next((g for g in by.children if g.dep_ == "pobj"), None)
            if doer is not None:
                found = _actor_at(doc, doer, mentions)
                if found is not None:
                    return found
    owner = _attack_owner(attack)
    if owner is not None:
        return _actor_at(doc, owner, mentions) or group_label(owner)
    return None


KILLING_VERBS = {"kill", "wound", "injure", "maim"}
FORCEFUL_MEASURE_WORDS = {"necessary", "military", "decisive", "retaliatory", "forceful",
                          "appropriate", "tough", "firm", "harsh"}
PROPOSED_ACCORDS = {"ceasefire", "cease-fire", "truce", "extension", "talk", "negotiation",
                    "deal", "settlement", "compromise", "swap", "exchange", "pause", "plan",
                    "initiative", "roadmap"}


def _wanted_done(want: Token) -> bool:
    """'X wants the blockade lifted', 'wants Hamas disarmed': a wish stated as a demand on
    something to be done (a participle clause with its own subject), not "wants to talk"."""
    if _denied_or_unreal(want) or any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON
                                      for c in want.children):
        return False
    subj = next((c for c in want.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return False
    for clause in want.children:
        if clause.dep_ in ("ccomp", "xcomp", "oprd") and clause.tag_ in ("VBN", "VBD") \
                and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                        for c in clause.children):
            return True
    return False


COMMAND_VERBS = {"order", "direct", "instruct", "command", "authorize", "authorise"}
FORCES_WORDS = TROOP_WORDS | {"military", "idf", "air", "navy", "forces"}


def _commanded_forces(verb: Token) -> bool:
    """Whether the verb is what a leader ordered armed forces or a state to do ("directed the
    army to retaliate", "ordered Israel's military to respond")."""
    if verb.dep_ != "xcomp" or _lemma(verb.head) not in COMMAND_VERBS:
        return False
    obj = _object(verb.head)
    return obj is not None and (_lemma(obj) in FORCES_WORDS or obj.lower_ in FORCES_WORDS
                                or obj.ent_type_ == "GPE")


CLAIMING_VERBS = {"claim", "take", "accept", "admit", "assume", "acknowledge"}
SERIES_NOUNS = {"series", "wave", "spate", "string", "round", "barrage", "volley", "flurry",
                "salvo", "campaign", "number"}


def _companions(verb: Token) -> list[Token]:
    """Whom the verb's subject was with: "with" phrases of the verb or of its object ("walked
    the streets with Zelensky")."""
    hosts = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    return [p for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj"]


def _claimed(attack: Token) -> bool:
    """Whether a side claims the attack noun: 'claims raid', 'claimed responsibility for the
    strike'."""
    if attack.dep_ in ("dobj", "obj"):
        return _lemma(attack.head) == "claim" and attack.head.pos_ == "VERB"
    host = attack.head.head
    return attack.dep_ == "pobj" and attack.head.lower_ == "for" \
        and _lemma(host) in ("responsibility", "credit") and host.dep_ in ("dobj", "obj") \
        and _lemma(host.head) in CLAIMING_VERBS


def _attack_owner(attack: Token) -> Token | None:
    """Whose attack an attack noun with no doer of its own is, read from the clause it serves:
    'X claimed responsibility for the bombing', 'X broke the lull with a wave of raids'.
    Only an active subject counts ("the town was hit with rockets" names no doer)."""
    node = attack
    while node.dep_ == "pobj" and node.head.lower_ == "of" \
            and _lemma(node.head.head) in SERIES_NOUNS:
        node = node.head.head  # "a series of raids"
    if node.dep_ in ("dobj", "obj") and _lemma(node.head) == "claim" \
            and node.head.pos_ == "VERB" and not _denied_or_unreal(node.head):
        # "Taliban claims attack on Kabul hotel": owning an attack is doing it
        return next((c for c in node.head.children if c.dep_ == "nsubj"
                     and c.lower_ not in ("who", "that", "which")), None)
    if node.dep_ != "pobj" or node.head.dep_ != "prep":
        return None
    prep, host = node.head, node.head.head
    while host.dep_ == "conj" and host.head.pos_ == "VERB":
        host = host.head  # "killing 19 and wounding dozens in an assault on ..."
    if prep.lower_ == "in" and host.lemma_.casefold() in KILLING_VERBS \
            and host.dep_ in ("acl", "relcl") and _lemma(host.head) in WEAPONRY:
        # "raids that killed 12 in a coordinated assault on ...": the raiders' assault
        return _attack_owner(host.head) if host.head.i != attack.i else None
    if prep.lower_ == "for" and _lemma(host) in ("responsibility", "credit") \
            and host.dep_ in ("dobj", "obj") and _lemma(host.head) in CLAIMING_VERBS:
        verb = host.head  # "claimed responsibility for the attack"
    elif prep.lower_ == "with" and (host.pos_ == "VERB" or (
            host.dep_ in ("dobj", "obj") and host.head.pos_ == "VERB")):
        # "ended the lull with a wave of attacks" (the parse may hang 'with' on the object)
        verb = host if host.pos_ == "VERB" else host.head
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None
    else:
        return None
    if _denied_or_unreal(verb):
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj"
                and c.lower_ not in ("who", "that", "which")), None)
    if own is None and verb.dep_ == "xcomp" and _commanded_forces(verb):
        return _object(verb.head)  # "directed Israel to respond with strikes"
    return own


# Organs of a state that news names by where they sit ("authorities in Pakistan").
STATE_ORGANS = {"authority", "authorities", "court", "police", "government", "army",
                "military", "prosecutor", "prosecutors", "judge", "troop", "force", "official",
                "officer", "security", "regime"}


def _body_in_state(doc: Doc, token: Token, mentions: list[ActorMention]) -> str | None:
    """'Authorities in Pakistan', 'a court in Bishkek', 'police in Yerevan': the state where
    an organ of the state sits acts through it."""
    if token.pos_ != "NOUN" or _lemma(token) not in STATE_ORGANS:
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            where = next((g for g in child.children if g.dep_ == "pobj"), None)
            place = _actor_at(doc, where, mentions)
            if place is not None and _kind(doc, place) == "state":
                return place
    return None


def _named_owner(obj: Token) -> bool:
    """Whether a possessor with a name owns the object ("Japan's right", "Iran's
    position"); 'his decision' does not count."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in obj.children)


def _ultimatum(verb: Token) -> bool:
    """Whether the act comes with an 'unless' condition ("... unless Israel withdraws")."""
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless"
                                         for g in c.children) for c in verb.children)


# Breaking into a place: inmates freed in the same breath are taken out, not released.
STORMING_VERBS = {"attack", "storm", "raid", "overrun", "assault", "besiege"}


# A state's own space, shut to others: "banned Russian jets from its airspace".
OWN_SPACE_NOUNS = {"airspace", "port", "water", "territory", "market", "road", "sky", "harbour",
                   "harbor"}


def _shut_to_foreigners(token: Token, verb: Token) -> bool:
    """Banning others from one's airspace or ports, closing them to others: cutting ties, a
    sanction (CAMEO 16 embargo), not the coercion of one's own people a ban usually is."""
    lemma = _lemma(token)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for child in [*verb.children, *(g for o in objects for g in o.children)]:
        if lemma in ("ban", "bar") and child.dep_ == "prep" and child.lower_ == "from" or \
                lemma == "close" and child.dep_ == "prep" and child.lower_ == "to":
            if any(g.dep_ == "pobj" and _lemma(g) in OWN_SPACE_NOUNS for g in child.children):
                return True  # "banned Russian jets from its airspace"
            if lemma == "close" and any(c.dep_ in ("dobj", "obj") and _lemma(c) in OWN_SPACE_NOUNS
                                        for c in verb.children):
                return True  # "closed its airspace to Russian aircraft"
    return False


# Dealings with another place that a government or a firm can stop as a measure against it:
# "banned official travel to Indiana", "a ban on employees traveling to X", "imposed bans on
# city-funded travel to the state" cut ties (CAMEO 16), not the coercion of one's own people.
DEALINGS_NOUNS = {"travel", "trip", "business", "trade", "contract", "investment", "purchase",
                  "visit", "flight", "event"}
DEALINGS_VERBS = {"travel", "trade", "do", "fly", "invest"}
# Subjects that make a boycott a state's measure (CAMEO 163) rather than a protest (CAMEO 143).
STATE_ENTS = {"GPE"}


# Cutting dealings a party can decide alone: announced for the future with no condition
# set ("would halt all travel to Indiana", "will cancel its events there"), it is the
# measure itself, not a threat of it.
CUTTING_VERBS = {"halt", "cancel", "suspend", "end", "sever", "boycott", "ban", "freeze",
                 "cut", "abandon", "drop", "scrap"}
CONDITION_MARKS = {"if", "unless", "until", "lest", "should", "once"}
THREAT_WORDS = {"threaten", "warn", "threat", "warning", "ultimatum", "could", "might"}


def _announced_cut(token: Token, verb: Token) -> bool:
    """A future sanction told as decided: a cutting verb with 'will'/'would' ('going to'),
    no condition or threat word anywhere in the sentence."""
    if _lemma(token) not in CUTTING_VERBS or token.i != verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | REPORTED_FUTURE_AUX
               for c in verb.children):
        return False
    return not any(t.lower_ in CONDITION_MARKS or _lemma(t) in THREAT_WORDS
                   for t in verb.sent)


def _dealings_cut(token: Token, verb: Token) -> bool:
    """A ban on travel or business with another place, or a boycott of a place by a state or
    city ("Washington will boycott Indiana")."""
    lemma = _lemma(token)
    if lemma == "boycott":
        subj = _subject(verb)
        obj = _object(verb)
        # (a headline's title case can make the boycotted place an ORG for the recogniser)
        return subj is not None and subj.ent_type_ in STATE_ENTS and obj is not None \
            and (obj.ent_type_ in STATE_ENTS or obj.pos_ == "PROPN")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if lemma not in ("ban", "restrict", "prohibit", "curb") and not any(
            _lemma(o) in ("ban", "restriction") for o in objects):
        return False  # ("imposed bans on travel to X", "announced a ban on travel to X")
    measured = [g for o in objects if _lemma(o) in ("ban", "restriction")
                for p in o.children if p.dep_ == "prep" and p.lower_ == "on"
                for g in p.children if g.dep_ in ("pobj", "pcomp")]
    for thing in (t for o in [*objects, *measured] for t in o.subtree):
        if _lemma(thing) not in DEALINGS_NOUNS | DEALINGS_VERBS:
            continue
        if any(t.dep_ == "prep" and t.lower_ in ("to", "with", "in") and any(
                g.dep_ == "pobj" and (g.ent_type_ in STATE_ENTS or _lemma(g) == "state")
                for g in t.children) for t in thing.subtree):
            return True
    return False


# What a state can ban of another's: its goods, trade and firms
TRADED_NOUNS = {"import", "export", "good", "product", "app", "company", "firm", "seafood",
                "food", "shipment", "investment", "airline", "flight", "vessel", "ship"}


def _foreign_goods_banned(token: Token, verb: Token) -> bool:
    """'banned all imports of Japanese seafood', 'banned hundreds of Chinese apps': a ban on
    another state's goods or firms (named by a demonym) is a sanction, an embargo (CAMEO
    163), not the coercion of one's own people a ban usually is."""
    if _lemma(token) not in ("ban", "prohibit", "restrict", "block") or token.i != verb.i:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for tok in (t for o in objects for t in o.subtree):
        if _lemma(tok) in TRADED_NOUNS and (_lemma(tok) in ("import", "export") or any(
                c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                for c in tok.children)):
            return True
    return False


def _headline_noun_verb(token: Token, sent: Span) -> Candidate | None:
    """A headline's present-tense trigger the parser took for a plural noun inside one long
    noun phrase ("UK sanctions Russian Railways CEO", "EU sanctions Russian banks"): a named
    doer opens the line, the trigger follows it and an object phrase follows the trigger, and
    the line has no verb of its own. The doer acts on the object phrase."""
    low = token.lower_
    if token.tag_ != "NNS" or not low.endswith("s") or token.i == sent.start \
            or token.i + 1 >= sent.end:
        return None
    stem = next((s for s in (low[:-1], low[:-2]) if s in VERBS or s == "claim"), None)
    if stem is None or sent.root.pos_ in ("VERB", "AUX") or any(
            t.pos_ in ("VERB", "AUX") for t in sent if t.i < token.i):
        return None
    before = list(sent)[:token.i - sent.start]
    # the doer: a name, or a group noun a name qualifies ("Islamic State group")
    if not all(t.pos_ in ("PROPN", "DET", "PART", "PUNCT", "ADJ") for t in before[:-1]) or not any(
            t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
            for t in before) or not (before[-1].pos_ == "PROPN" or (
                before[-1].pos_ == "NOUN" and _lemma(before[-1]) in GROUP_NOUNS)):
        return None
    following = token.nbor(1)
    if following.pos_ not in ("ADJ", "PROPN", "NOUN", "DET", "NUM") or any(
            c.dep_ == "prep" for c in token.children):
        return None  # "EU sanctions on Russia": the measures, named as a topic
    obj: Token | None = None
    if token.head.i > token.i:
        obj = token.head  # (the trigger parsed as a modifier of the object's head)
    else:
        obj = next((c for c in token.children if c.i > token.i
                    and c.dep_ in ("appos", "dobj", "compound", "nmod", "conj")), None)
    if obj is None:
        return None
    doer = before[-1] if before[-1].pos_ == "PROPN" else next(
        t for t in reversed(before) if t.pos_ == "PROPN")  # (the name of the group)
    if stem == "claim":
        # "Islamic State group claims raid on ...": owning an attack is doing it
        if _lemma(obj) not in ATTACK_NOUNS:
            return None
        aimed = [g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("on", "against",
                                                                              "of")
                 for g in c.children if g.dep_ == "pobj"]
        return Candidate(type="ASSAULT", mode=None, token=token, verb=token, agent=doer,
                         objects=tuple(aimed))
    etype, mode = VERBS[stem]
    return Candidate(type=etype, mode=mode, token=token, verb=token, agent=doer, objects=(obj,))


def _answered_noun(token: Token) -> Token | None:
    """", a charge Tehran rejects": the parser takes the relative clause's verb for a plural
    noun set beside what came before, the charge and its answerer as its modifiers; the
    charge (or offer, or demand) noun then, else None."""
    if token.dep_ != "appos" or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                        for c in token.children):
        return None
    return next((c for c in token.subtree if c.i < token.i and c.dep_ in ("compound", "nmod")
                 and _lemma(c) in CHARGE_ANSWER_NOUNS | REQUEST_BACKREF_NOUNS
                 | OFFER_BACKREF_NOUNS), None)  # (hung on the name or on the verb)


def _misread_present_verb(token: Token) -> Candidate | None:
    """A present-tense trigger the parser took for a plural noun heading the sentence, with
    its subject hung on it as a modifier ("Mugabe apologises to ...", "The opposition rejects
    ..."): the headline style of news summaries. The modifier is the doer."""
    low = token.lower_
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or (
            token.dep_ != "ROOT" and _answered_noun(token) is None) or len(low) < 5 \
            or not low.endswith("s") or NOUNS.get(token.lemma_.casefold()) is not None:
        return None
    stems = [low[:-1], low[:-2]] + ([low[:-3] + "y"] if low.endswith("ies") else [])
    stem = next((s for s in stems if s in VERBS and s not in NOUNS), None)
    doer = max((c for c in token.children if c.i < token.i
                and c.dep_ in ("compound", "nmod", "amod") and c.pos_ in ("PROPN", "NOUN")),
               key=lambda c: c.i, default=None)
    if stem is None or doer is None or any(c.dep_ == "neg" for c in token.children):
        return None
    etype, mode = VERBS[stem]
    return Candidate(type=etype, mode=mode, token=token, verb=token, agent=doer)


# Saying that others deceive is blaming them: "Revesz said the suing states were
# exaggerating", "she charged that the agency had misled Congress" (CAMEO 11, by the speaker).
DECEIT_VERBS = {"exaggerate", "lie", "mislead", "distort", "fabricate", "misrepresent",
                "overstate", "deceive", "falsify", "cheat", "collude", "conspire",
                # misconduct in office: "said the department mishandled the inquiry"
                "mishandle", "botch", "bungle", "politicize", "politicise", "stonewall"}
# Words of conviction between a reporting verb and the charge: "said they're convinced X".
CONVICTION_WORDS = {"convince", "convinced", "believe", "think", "sure", "certain"}
# Nouns of a held claim whose 'that' clause is what the holder asserts ("doubled down on his
# claim that X colluded with Russia", "maintained his belief that X lied").
CLAIM_NOUNS = {"claim", "belief", "assertion", "allegation", "charge", "contention",
               "accusation", "insistence", "conviction"}


def _claim_holder(token: Token) -> Token | None:
    """The one who holds the claim a 'that' clause hangs from: the subject of the verb the
    claim noun is the object of (directly or through a preposition)."""
    noun = token.head
    if token.dep_ != "acl" or _lemma(noun) not in CLAIM_NOUNS or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "obj", "pobj") or verb.pos_ not in ("VERB", "AUX") \
            or _denied_or_unreal(verb) or any(c.dep_ == "nsubj" and c.pos_ == "PRON"
                                              for c in token.children):
        return None  # (a pronoun's claim is as often the holder's own: "his claim that he")
    if (hit := _lexical(verb)) is not None and hit[0] in ("REJECT", "ACCUSE"):
        return None  # "rejected the claim that X lied": the claim is someone else's
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _reported_deceit(token: Token) -> Candidate | None:
    """A deceit verb heading a clause reported by a named speaker about someone else."""
    if token.pos_ != "VERB" or _lemma(token) not in DECEIT_VERBS:
        return None
    holder = _claim_holder(token)
    if holder is None and token.dep_ == "ccomp" and _lemma(token.head) in CONVICTION_WORDS \
            and token.head.dep_ == "ccomp" \
            and _lemma(token.head.head) in REPORTING_VERBS | CONTESTING_VERBS \
            and not _denied_or_unreal(token.head):
        # "Republicans said they're convinced the department mishandled it": the speaker
        holder = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
    if holder is None and (token.dep_ != "ccomp"
                           or _lemma(token.head) not in REPORTING_VERBS | CONTESTING_VERBS):
        return None
    if _denied_or_unreal(token, token.head) \
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None  # (not an infinitive: "claimed X directed Cohen to lie" blames not Cohen)
    speaker = holder or next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    own = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if speaker is None or own is None or own.lower_ in FIRST_PERSON \
            or speaker.lower_ in FIRST_PERSON or speaker.lower_ == own.lower_:
        return None
    return Candidate(type="ACCUSE", mode="disapprove", token=token, verb=token, speaker=speaker,
                     blamed_only=True)


# Saying that another party started or caused some trouble is blaming it: "she claimed the
# governor was the one who started the feud", "he argued that Moscow provoked the crisis"
# (CAMEO 11, by the speaker). Only a harmful object counts: "said Biden started talks" is none.
CAUSING_VERBS = {"start", "cause", "provoke", "instigate", "spark", "trigger", "fuel", "stoke",
                 "incite", "orchestrate", "create", "begin", "ignite"}
TROUBLE_NOUNS = {"war", "crisis", "controversy", "conflict", "violence", "feud", "mess", "chaos",
                 "fight", "riot", "tension", "scandal", "unrest", "shutdown", "recession",
                 "rumor", "rumour", "conspiracy", "hostility", "bloodshed", "turmoil", "panic",
                 "standoff", "dispute", "uproar", "firestorm"}


def _reported_blame(token: Token) -> Candidate | None:
    """A clause reported by a named speaker that another party started (caused, provoked) a
    harmful thing, either directly ("claimed X started the feud") or as 'the one who' did it
    ("claimed X was the one who started the feud")."""
    if token.pos_ != "VERB" or _lemma(token) not in CAUSING_VERBS or not any(
            c.dep_ == "dobj" and c.lemma_.casefold() in TROUBLE_NOUNS for c in token.children):
        return None
    clause = token  # the reported clause whose subject is blamed
    if token.dep_ == "relcl" and token.head.lower_ == "one" and token.head.dep_ == "attr" \
            and token.head.head.lemma_ == "be":
        clause = token.head.head
    if clause.dep_ != "ccomp" or _lemma(clause.head) not in REPORTING_VERBS | CONTESTING_VERBS \
            or _denied_or_unreal(token, clause, clause.head) \
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    blamed = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if speaker is None or blamed is None or blamed.pos_ == "PRON" \
            or speaker.lower_ in FIRST_PERSON or speaker.lower_ == blamed.lower_:
        return None  # (a pronoun blamed is as often the speaker: "said that he started it")
    return Candidate(type="ACCUSE", mode="disapprove", token=token, verb=clause, speaker=speaker,
                     blamed_only=True)


# Reporting verbs that are charges themselves: what their 'that' clause says of another party
# is an accusation whatever its verb ("Washington charged that Beijing was dumping steel").
CHARGING_REPORT_VERBS = {"charge", "allege"}
# What a reported breach breaks: "said Azerbaijani forces had violated the ceasefire" charges
# them with it (CAMEO 112); the reporter asserts the charge, not the breach.
BREACHED_NOUNS = NORM_NOUNS | {"ceasefire", "cease-fire", "truce", "sovereignty", "territory",
                               "armistice", "moratorium", "pledge", "promise"}


def _reported_charge(token: Token) -> Candidate | None:
    """The head of a clause reported by a named speaker that charges another party: any clause
    under a charging verb, or a breach of a norm or truce under any reporting verb. The
    speaker accuses the clause's subject (ACCUSE); the reported act itself is not asserted."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ != "ccomp":
        return None
    report = _lemma(token.head)
    breach = _lemma(token) in NORM_VERBS and any(
        c.dep_ in ("dobj", "obj") and _lemma(c) in BREACHED_NOUNS for c in token.children)
    # "said Kyiv had never implemented the 2015 accords": a commitment not kept is broken
    unkept = _lemma(token) in KEEPING_VERBS and any(
        c.dep_ == "neg" for c in token.children) and any(
        c.dep_ in ("dobj", "obj") and _lemma(c) in BREACHED_NOUNS for c in token.children)
    # "Europeans say Tehran walked back compromises", "said Russia had interfered in the
    # election": a wrong done to others, told as done
    wronged = _lemma(token) in WRONGDOING_VERBS or (
        _lemma(token) == "walk" and any(c.lower_ == "back" and c.dep_ in ("prt", "advmod")
                                         for c in token.children))
    breach = breach or unkept or wronged
    if not (report in CHARGING_REPORT_VERBS or (
            (breach or _summed_up_as_charge(token)) and report in REPORTING_VERBS
            | CONTESTING_VERBS | RECALLING_VERBS)):
        return None
    if _denied_or_unreal(token.head) or (any(c.dep_ == "neg" for c in token.children)
                                         and not unkept) \
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None  # "did not allege that", "charged X to pay": no charge told as made
    speaker = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if speaker is None and token.head.dep_ == "advcl" and token.head.tag_ == "VBG":
        # "Zelensky asked ..., recalling that Putin had broken a ceasefire": the one who
        # recalls is the subject of the clause the participle hangs on
        # (the parse may hang it on the reported clause: "asked what X meant, recalling")
        main = token.head.head
        while main.dep_ == "ccomp" and main.head.i != main.i:
            main = main.head
        speaker = next((c for c in main.children if c.dep_ == "nsubj"), None)
    own = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None or own is None or own.pos_ == "PRON" or own.lower_ in FIRST_PERSON \
            or speaker.lower_ in FIRST_PERSON or speaker.lower_ == own.lower_:
        return None  # (a pronoun charged is as often the speaker's own side)
    return Candidate(type="ACCUSE", mode="allege", token=token, verb=token, speaker=speaker,
                     blamed_only=True)


CHARGE_NOUNS = {"charge", "accusation", "allegation"}
# Verbs that bring up a past fact as a point against someone ("recalling that Putin had
# broken a ceasefire")
RECALLING_VERBS = {"recall", "remind", "note"}
# Keeping a commitment: not done, it is broken ("had never implemented the accords")
KEEPING_VERBS = {"implement", "honour", "honor", "fulfil", "fulfill", "respect", "keep",
                 "observe"}
# Wrongs done to others that a report charges whoever did them with
WRONGDOING_VERBS = {"interfere", "meddle", "renege", "sabotage", "obstruct", "cheat"}


def _summed_up_as_charge(clause: Token) -> bool:
    """'said that Beijing was weighing sending weapons to Moscow, a charge that Chinese
    officials have denied': what was said, summed up after it as a charge, charges."""
    return any(_lemma(t) in CHARGE_NOUNS and t.dep_ in ("appos", "npadvmod", "dobj")
               and t.i > clause.i and t.left_edge.i > 0
               and t.doc[t.left_edge.i - 1].text == ","
               and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
               for t in clause.subtree)


RESPONSIBLE_WORDS = {"responsible", "accountable", "liable", "culpable"}


def _held_responsible(token: Token) -> Candidate | None:
    """'holds Minsk responsible for the crisis': the one held to account is charged (ACCUSE);
    the parse makes it the subject of 'responsible'. 'Will/would hold Moscow accountable'
    warns (THREATEN). Not when negated or only advised or supposed ("should hold X
    responsible" is a call on someone else)."""
    if token.pos_ != "VERB" or _lemma(token) != "hold":
        return None
    word = next((c for c in token.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")
                 and c.lower_ in RESPONSIBLE_WORDS), None)
    if word is None:
        return None
    # "would hold Moscow accountable": a warning of what follows if it does not comply
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in token.children)
    if any(c.dep_ == "neg" or (c.lower_ in RECOMMEND_MODALS | HYPOTHETICAL_MODALS
                               and c.lower_ != "would") for c in token.children):
        return None
    held = next((c for c in word.children if c.dep_ == "nsubj"), None) or _object(token)
    if held is None or held.lower_ in ("himself", "herself", "itself", "themselves"):
        return None
    return Candidate(type="THREATEN" if future else "ACCUSE", mode=None if future else "allege",
                     token=token, verb=token, objects=(held,))


def _according_to(verb: Token) -> Token | None:
    """The source a clause is attributed to with 'according to X' ("According to Hamas,
    Israel will pay ...", "Y is, according to X, a sham"), looked for on the clause's verb
    and on the first verb of a coordination."""
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                to = next((c for c in child.children if c.lower_ == "to"), None)
                source = next((g for g in to.children if g.dep_ == "pobj"), None) \
                    if to is not None else None
                if source is not None:
                    return source
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    return None


ACCORD_NOUNS = {"agreement", "deal", "truce", "ceasefire", "cease-fire", "accord", "consensus",
                "understanding", "extension", "breakthrough"}


# What a party does that another raises with it as a grievance ("raised Beijing's pressure
# on the Philippines"; not "raised Kenya's profile", "raised India's hopes", nor amounts that
# 'raise' would increase: exports, sales, a role).
RAISED_CONDUCT = {"action", "conduct", "treatment", "pressure", "support", "detention",
                  "building", "construction", "behaviour", "behavior", "activity", "practice",
                  "handling", "crackdown", "deployment", "buildup", "build-up", "incursion",
                  "harassment", "aggression", "provocation", "violation", "abuse", "seizure",
                  "arrest", "militarization", "militarisation", "interference", "meddling",
                  "persecution", "repression", "stance", "restriction", "ban", "blockade"}

# What questioning casts doubt on when it is someone's: "questioned Cruz's eligibility".
QUESTIONED_TRAITS = {"eligibility", "patriotism", "loyalty", "honesty", "integrity", "motive",
                     "credibility", "judgment", "judgement", "competence", "fitness",
                     "legitimacy", "citizenship", "sanity", "character", "truthfulness"}
# Whom one is "in touch with" when no name is given ("various officials", "his counterpart").
CONTACTED_NOUNS = {"official", "leader", "counterpart", "office", "government", "authority",
                   "minister", "ally", "partner", "mayor", "governor", "president", "diplomat"}
# What a promise can hold out as harm: "promised a veto", "vowed retaliation".
PROMISED_HARM = {"veto", "retaliation", "reprisal", "revenge", "punishment"}
# A verb's own noun as its object: "fought the battle", "fought a good fight".
COGNATE_FIGHTS = {"battle", "fight", "race", "campaign"}


# What a side can refuse to give: "officials say there will be no apology" is a refusal.
WITHHELD_NOUNS = {"apology", "concession", "compromise", "pardon", "amnesty", "negotiation",
                  "talk", "withdrawal", "retreat"}


def _denied_accord(token: Token) -> Candidate | None:
    """'X said there was no agreement to extend the truce': X denies (REJECTs) the accord
    others report; 'X says there will not be an apology': X refuses one."""
    if token.lemma_ != "be" or not any(c.dep_ == "expl" for c in token.children):
        return None
    negated = any(c.dep_ == "neg" for c in token.children)
    if not any(c.dep_ == "attr" and _lemma(c) in ACCORD_NOUNS | WITHHELD_NOUNS and (negated or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in token.children):
        return None
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    speaker = _ruling_out_speaker(clause)
    if speaker is None:
        return None
    return Candidate(type="REJECT", mode=None, token=token, verb=token, speaker=speaker)


def _ruling_out_speaker(clause: Token) -> Token | None:
    """The named subject of the verb of saying a clause is reported by ('Pelosi said <clause>'):
    None when the clause is not a reported one, the report is denied or unreal, or the
    subject is the speaker's own 'I'/'we'. (Any tense and any reporting verb, unlike
    _reporting_speaker, which dates the act the clause tells.)"""
    if clause.dep_ != "ccomp" or _lemma(clause.head) not in REPORTING_VERBS \
            or _denied_or_unreal(clause.head):
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return None if speaker is None or speaker.lower_ in FIRST_PERSON else speaker


def _excluded_term(token: Token) -> Candidate | None:
    """'Pelosi said any compromise would not include money for a wall': a side ruling a term
    out of a deal refuses it (REJECT by the speaker)."""
    if token.pos_ != "VERB" or _lemma(token) not in ("include", "contain", "involve") \
            or not any(c.dep_ == "neg" for c in token.children):
        return None
    deal = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if deal is None or _lemma(deal) not in ACCORD_NOUNS | {"compromise", "settlement"}:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll", "’ll")
               for c in token.children):
        return None  # "the deal does not include X": what a deal says, not a condition set
    speaker = _ruling_out_speaker(token)
    if speaker is None:
        return None
    return Candidate(type="REJECT", mode="change", token=token, verb=token, speaker=speaker)


CRIME_NOUNS = {"crime", "atrocity", "massacre", "genocide", "violation", "abuse", "murder"}


def _reported_crime(token: Token) -> Candidate | None:
    """'According to X, Y committed war crimes', 'X said Y had committed atrocities': the
    source accuses the one said to have committed them."""
    if token.pos_ != "VERB" or _lemma(token) not in ("commit", "perpetrate") or not any(
            c.dep_ in ("dobj", "obj") and c.lemma_.casefold() in CRIME_NOUNS
            for c in token.children):
        return None
    # "may have committed war crimes, says X": a hedged charge of a past crime is still the
    # speaker's accusation; "would have committed", "should not commit" are none
    hedged_past = any(c.dep_ == "aux" and c.lower_ == "have" for c in token.children) and not any(
        c.dep_ == "neg" or c.lower_ in RECOMMEND_MODALS | {"would", "could"}
        for c in token.children)
    if _denied_or_unreal(token) and not hedged_past:
        return None
    source = _according_to(token)
    if source is None and token.dep_ == "ccomp" \
            and _lemma(token.head) in REPORTING_VERBS | CONTESTING_VERBS \
            and not _denied_or_unreal(token.head):
        source = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    doer = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if source is None or doer is None or doer.pos_ == "PRON" or source.lower_ in FIRST_PERSON:
        return None
    return Candidate(type="ACCUSE", mode="disapprove", token=token, verb=token, speaker=source,
                     blamed_only=True)


# "Won the endorsement of the AFL-CIO": the backer supports the subject (CAMEO 05).
WINNING_VERBS = {"win", "receive", "get", "earn", "secure", "gain", "land", "pick", "snag"}
BACKING_NOUNS = {"endorsement", "support", "backing", "blessing"}


def _won_backing(token: Token) -> Candidate | None:
    """'Clinton won the endorsement of the AFL-CIO', 'picked up the backing of X': the one
    named after 'of' (or before the noun: 'the union's endorsement') supports the subject."""
    if token.pos_ != "VERB" or _lemma(token) not in WINNING_VERBS \
            or _denied_or_unreal(token):
        return None
    obj = _object(token)
    if obj is None and _lemma(token) == "pick":  # "picked up the backing of"
        obj = next((g for c in token.children if c.dep_ == "prt"
                    for g in c.head.children if g.dep_ == "dobj"), None)
    if obj is None or _lemma(obj) not in BACKING_NOUNS:
        return None
    backer = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None) or next(
        (c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if backer is None or _subject(token) is None or _lemma(backer) in PUBLIC_NOUNS:
        return None  # ("won the support of voters": an electorate's opinion, no act)
    return Candidate(type="SUPPORT", mode=None, token=token, verb=token, agent=backer,
                     blamed_only=True)


RECEIVING_VERBS = {"receive", "get", "obtain", "secure", "accept", "take"}
# Things handed over as aid, beyond AID_OBJECTS: military kit and shipments.
RECEIVED_AID_NOUNS = AID_OBJECTS | WEAPON_WORDS | {
    "tank", "vehicle", "aircraft", "plane", "fighter", "helicopter", "drone", "system",
    "shipment", "consignment", "delivery", "package", "supply", "batch", "tranche", "dose",
    "ton", "tonne", "fuel", "grain", "rice", "wheat", "bailout", "donation"}


def _received_aid(token: Token) -> Candidate | None:
    """'Ukraine received its first jets from Denmark', 'secured a loan from the IMF': the
    giver after 'from' aids the receiving subject (the same act as 'Denmark sent jets')."""
    if token.pos_ != "VERB" or _lemma(token) not in RECEIVING_VERBS \
            or _denied_or_unreal(token):
        return None
    obj = _object(token)
    if obj is None or _subject(token) is None:
        return None
    if not (_object_keys(obj) & RECEIVED_AID_NOUNS or _money(obj)):
        return None
    giver = next((g for h in (token, obj) for c in h.children
                  if c.dep_ == "prep" and c.lower_ == "from"
                  for g in c.children if g.dep_ == "pobj" and _actorish(g)), None)
    if giver is None:
        return None
    return Candidate(type="AID", mode=None, token=token, verb=token, agent=giver,
                     blamed_only=True)


def _title_case_verb(token: Token, sent: Span) -> Candidate | None:
    """A trigger verb the parser took for a name in a title-case headline, with a subject
    and an object of its own ("Black Lawmakers Rip Donald Trump As A 'Fraud'", "Senate
    Democrats Urge Obama To ...")."""
    if token.pos_ != "PROPN" or token.dep_ != "ROOT" or not _title_case(sent):
        return None
    low = token.lower_
    stem = next((s for s in (low, low[:-1], low[:-2]) if s in VERBS), None)
    if stem is None or not any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) \
            or not any(c.dep_ in ("dobj", "obj") and c.i > token.i for c in token.children):
        return None
    etype, mode = VERBS[stem]
    return Candidate(type=etype, mode=mode, token=token, verb=token)


def _fold_protest_demands(found: list[Candidate]) -> list[Candidate]:
    """"Students staged demonstrations to demand reforms", "blocked roads demanding his
    return": PLOVER counts the demands of a street protest as part of the protest."""
    protests = {c.verb.i for c in found if c.type == "PROTEST"}
    if not protests:
        return found
    kept = []
    for cand in found:
        if cand.type in ("REQUEST", "ACCUSE", "REJECT") and not cand.predicted:
            node, folded = cand.verb, False
            for _ in range(3):
                if node.head.i == node.i or node.dep_ not in ("advcl", "xcomp", "conj", "acl",
                                                              "pcomp", "pobj", "prep"):
                    break
                node = node.head
                if node.i in protests:
                    folded = True
                    break
            if folded:
                continue
        kept.append(cand)
    return kept


# Verbs that report what someone said must happen: "X said Y must ...".
REPORTING_VERBS = COMMUNICATION | {"reiterate", "repeat", "emphasise", "underline", "write",
                                   "remind"}


def _reported_obligation(token: Token) -> Candidate | None:
    """"Paris said Baghdad must cooperate with the inspectors": a reported "must/should" laid
    on another party is that speaker's demand of it (the author's own "should" is a proposal
    and is left to the proposals component)."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ != "ccomp":
        return None
    told = _told_party(token.head)
    if told is not None and _needful_for(token):
        # "told Xi that it was important for China to use its influence": a demand of the one
        # told
        speaker = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.lower_ not in FIRST_PERSON:
            return Candidate(type="REQUEST", mode=None, token=token, verb=token.head,
                             speaker=speaker, objects=(told,))
    must = any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought")
               for c in token.children)
    needs = token.lemma_.casefold() in ("need", "have") and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in token.children)  # "said Steele needs to / has to assess"
    if not (must or needs):
        return None
    if needs and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS | {"'d", "’d"}
                     for c in token.children):
        return None  # "said the Americans would have to act if ...": a guess at a need
    if must and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in token.children):
        return None  # "said Obama should have done it last week": a reproach, not a demand
    if any(c.dep_ == "neg" for c in token.children) or token.head.lemma_.casefold() \
            not in REPORTING_VERBS:
        return None
    speaker = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    subj = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if must and told is not None and speaker is not None and subj is not None \
            and speaker.lower_ not in FIRST_PERSON and subj.dep_ == "nsubjpass" \
            and not _actorish(subj):
        # "Kishida told Xi that the ban should be lifted": what must be done is put to the
        # one told, when the clause names no party to do it ("told Scholz that the world
        # should oppose ...": a call on the world)
        return Candidate(type="REQUEST", mode=None, token=token, verb=token.head,
                         speaker=speaker, objects=(told,))
    if speaker is None or subj is None or subj.lower_ in FIRST_PERSON | {"it", "this", "that",
                                                                         "there"}:
        return None
    if not must and subj.pos_ == "PRON":
        return None  # "Obama said he has to go": most often the speaker's own need
    if speaker.lower_ in FIRST_PERSON or not (
            _actorish(subj) or subj.lower_ in ("he", "she", "they")
            or subj.lemma_.casefold() in GROUP_NOUNS | ASSISTING_PERSONNEL | {
                "government", "regime", "country", "side", "administration"}):
        # ("said inspectors need to visit the plant": a demand that they be let in)
        return None  # "sovereignty must be protected" is no demand of anyone
    return Candidate(type="REQUEST", mode=None, token=token, verb=token, speaker=speaker)


# Going somewhere: a trip to another state is a visit to it ("Meloni travelled to Kyiv",
# "Blinken went to Beijing in June", "Kishida arrived in Kyiv").
TRAVEL_VERBS = {"travel", "fly", "go", "come", "head", "arrive", "journey"}


def _travelled_to(token: Token) -> Candidate | None:
    """'travelled to Kyiv', 'flew to Abu Dhabi', 'arrived in Moscow': a visit to the place
    named (its state is the target; a trip home or within one's own state gives none). Not
    a trip 'back' or 'home', nor one only wished or denied."""
    if token.pos_ != "VERB" or _lemma(token) not in TRAVEL_VERBS \
            or any(c.dep_ == "neg" or c.lower_ in ("back", "home") for c in token.children):
        return None
    preps = ("in",) if _lemma(token) == "arrive" else ("to",)
    place = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    subj = _subject(token)
    if place is None or subj is None or not (
            _actorish(subj) or _party_noun(subj) or subj.lower_ in ("he", "she", "who")):
        return None  # ("the goods Mexico exports come to the United States": no traveller)
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ in ("before", "after"):
        return None  # "met X before travelling on to London": the way there or on, told aside
    return Candidate(type="CONSULT", mode="visit", token=token, verb=token, objects=(place,))


def _told_party(verb: Token) -> Token | None:
    """The party a 'tell' is said to ('told Xi that ...', 'told the Chinese leader'), if any."""
    if _lemma(verb) != "tell":
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative")
                 and (_actorish(c) or _party_noun(c)) and c.lower_ not in FIRST_PERSON), None)


NEEDFUL_WORDS = {"important", "necessary", "essential", "vital", "crucial", "imperative",
                 "urgent", "time"}


def _needful_for(clause: Token) -> bool:
    """'it was important for China to use its influence', 'it was time for Russia to
    withdraw': a need laid on the party after 'for'."""
    if _lemma(clause) != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it"
                                        for c in clause.children):
        return False
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    word = next((c for c in clause.children if c.dep_ in ("acomp", "attr")
                 and _lemma(c) in NEEDFUL_WORDS), None)
    return word is not None and any(t.lower_ == "for" and t.dep_ in ("mark", "prep")
                                    for t in clause.subtree)


# Verbs that give their object a description: "called the remarks unacceptable".
LABELLING_VERBS = {"call", "describe", "label", "brand", "term", "deem", "dub", "denounce"}
# What a judgement is passed on besides conduct: accounts and reports of it.
JUDGED_NOUNS = CONDUCT_NOUNS | {"description", "characterization", "characterisation",
                                "account", "allegation", "accusation", "story", "charge",
                                "assertion", "action", "move", "behavior", "behaviour",
                                "investigation", "probe", "inquiry", "indictment",
                                "prosecution", "report", "proposal", "plan", "ruling"}


def _misread_copula(token: Token) -> bool:
    """Whether the word is the complement of a contracted "is" the parser took for a verb
    with an object ("It’s a fraud" with "fraud" the object of "’s")."""
    return token.dep_ == "dobj" and token.head.lower_ in ("’s", "'s")


def _verdict_type(token: Token) -> str | None:
    """ACCUSE or SUPPORT when the word passes a verdict on someone ("inaccurate", "a fraud";
    "right", "a huge win"), else None."""
    lemma = token.lemma_.casefold()
    if any((c.lower_, lemma) in TWO_WORD_VERDICTS for c in token.children
           if c.dep_ in ("advmod", "compound", "amod", "npadvmod")) \
            and (token.dep_ in ("acomp", "attr", "oprd", "ccomp", "xcomp") or _misread_copula(token)):
        return "ACCUSE"  # "called the inquiry politically motivated", "a witch hunt"
    if token.pos_ == "ADJ" or (token.pos_ == "NOUN" and token.dep_ == "oprd"):
        # (the parser sometimes tags the judgement a noun after "called": "called Steele's
        # remarks inaccurate" with "remarks" a compound of "inaccurate")
        if lemma in CENSURE_ADJECTIVES:
            return "ACCUSE"
        if lemma in PRAISE_ADJECTIVES:
            return "SUPPORT"
    if token.pos_ == "NOUN" and (token.dep_ in ("attr", "oprd") or _misread_copula(token)
                                 or _labelled_as(token) is not None
                                 or _appositive_label(token) is not None):
        if lemma in CENSURE_NOUNS:
            return "ACCUSE"
        if lemma in PRAISE_NOUNS:
            return "SUPPORT"
    return None


def _appositive_label(token: Token) -> Token | None:
    """The labelling verb of 'called Zelensky a dictator' when the parse hangs the label
    ("a dictator") on the name as an apposition, else None."""
    head = token.head
    if token.dep_ == "appos" and head.dep_ in ("dobj", "obj") and _named_party(head) \
            and head.head.pos_ == "VERB" and _lemma(head.head) in LABELLING_VERBS \
            and token.lemma_.casefold() in CENSURE_NOUNS and not any(
                t.lower_ == "," for t in token.doc[head.i + 1:token.i]) \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        # (a comma makes it a real apposition: "called Putin, a former spy, on Tuesday")
        return head.head
    return None


def _named_party(token: Token) -> bool:
    """A name the tagger calls a person, body or place, or one the actor resolver found (the
    tagger misses a name as often as the context shifts: "... Trump then called Zelensky")."""
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return token.pos_ == "PROPN" and any(
        m.start <= token.idx < m.end for m in (token.doc._.actor_mentions or []))


def _labelled_as(token: Token) -> Token | None:
    """The labelling verb of 'described X as a dictator', 'branded X as a criminal' when the
    token is the label after "as", else None."""
    head = token.head
    # (an adjective after "as" is parsed as its modifier: "described the talks as candid")
    if token.dep_ in ("pobj", "amod") and head.lower_ == "as" and head.dep_ == "prep" \
            and head.head.pos_ == "VERB" and head.head.lemma_.casefold() in LABELLING_VERBS:
        return head.head
    return None


def _quoted_verdict(token: Token, etype: str) -> Candidate | None:
    """'"Donald Trump is a disgusting fraud"', '"He's absolutely right"': a verdict on a
    named person or body stated as the main clause of a quotation; the quote's speaker
    passes it (checked when the event is built)."""
    head = token.head
    if token.dep_ not in ("acomp", "attr") or head.lemma_ != "be" or head.dep_ != "ROOT" \
            or _denied_or_unreal(head):
        return None
    judged = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if judged is None or judged.lower_ in FIRST_PERSON or judged.i > token.i:
        return None
    if etype == "ACCUSE" and judged.lower_ in DEMONSTRATIVE_SUBJECTS:
        # '"That was outrageous"', '"It's a dog whistle"': a rebuke of what was just said or
        # done; the quote's speaker passes it, on whoever the text shows acted (maybe no one)
        return Candidate(type=etype, mode="disapprove", token=token, verb=head, quoted=True,
                         blamed_only=True)
    if judged.pos_ != "PROPN" or judged.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
        return None  # (a personal pronoun at the head of a quote is too often misread)
    return Candidate(type=etype, mode="disapprove" if etype == "ACCUSE" else None,
                     token=token, verb=head, quoted=True)


# Verbs that report words passed on something named by "of": "Macron said of the plan".
SAID_OF_VERBS = {"say", "write", "remark", "comment", "add", "tweet", "declare", "tell"}
# How a verdict word stands to the head of a quoted clause or fragment ("a disgrace",
# "a reckless move", "totally unacceptable").
VERDICT_LINKS = {"attr", "acomp", "amod", "dep", "ROOT", "ccomp", "npadvmod", "dobj"}


def _named_doers_act(noun: Token) -> bool:
    """Whether a common noun names what a named party did or holds: "Russia's actions",
    "the Kremlin's demands", "the Russian troop buildup" (a verdict on it judges that party)."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
        for c in noun.children)


def _verdict_said_of(token: Token, etype: str) -> Candidate | None:
    """'"This is a disgrace," Macron said of Orban's decision', '"A shameful betrayal," she
    said of the delay', '"Totally unacceptable," he said of Moscow's demands': a quoted
    verdict whose object the reporting verb names with "of". The speaker passes it on the
    owner of what the of-phrase names (its target is read from that phrase)."""
    if etype != "ACCUSE":
        return None  # (praise words are too often plain description: "the right time")
    clause = token
    for _ in range(3):  # the verdict word, its noun, the quoted clause's head
        if clause.dep_ not in VERDICT_LINKS or clause.dep_ == "ROOT":
            break
        if clause.head.lemma_.casefold() in SAID_OF_VERBS and clause.head.pos_ == "VERB":
            break
        clause = clause.head
    reporting = clause.head if clause.dep_ != "ROOT" else next(
        (c for c in clause.children if c.dep_ == "parataxis"), None)
    if reporting is None or reporting.lemma_.casefold() not in SAID_OF_VERBS \
            or reporting.i < clause.i or not _opens_quotation(clause) \
            or any(t.dep_ == "neg" for t in clause.subtree if t.i < reporting.i):
        return None  # the quoted words come first, then who said them of what
    judged = next((g for c in reporting.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
    speaker = next((c for c in reporting.children if c.dep_ == "nsubj"), None)
    if judged is None or speaker is None or speaker.lower_ in FIRST_PERSON \
            or _denied_or_unreal(reporting):
        return None
    return Candidate(type=etype, mode="disapprove", token=token, verb=clause,
                     speaker=speaker, objects=(judged,))


# Verbs of telling what one knows: refusing them is refusing an answer.
ANSWER_VERBS = {"say", "comment", "confirm", "disclose", "reveal", "elaborate", "specify",
                "answer", "discuss", "detail", "explain",
                "name", "identify"}  # "declined to name Japan": the name withheld


def _refused_answer(verb: Token) -> bool:
    """Whether the refusal is one to answer ("declined to say whether ...", "would not
    comment on ..."): what the question is about names no party refused."""
    if any(c.lower_ == "no" for c in verb.children):
        return False  # "said no to Romania's bid": an answer given, and its asker named
    return _lemma(verb) in ANSWER_VERBS or any(
        c.dep_ == "xcomp" and _lemma(c) in ANSWER_VERBS for c in verb.children)


# Answer verbs whose refusal only withholds comment (CAMEO 011, a public statement, no
# event): "declined to comment / say / confirm". Refusing to discuss stays a rejection.
NO_COMMENT_VERBS = ANSWER_VERBS - {"discuss"}


def _declined_comment(verb: Token) -> bool:
    """Whether the refusal only withholds comment ("declined to comment", "would not say
    whether ..."): the verb itself or its complement is one of NO_COMMENT_VERBS."""
    if any(c.lower_ == "no" for c in verb.children):
        return False  # "said no to the request": the refusal itself, spoken
    return _lemma(verb) in NO_COMMENT_VERBS or any(
        c.dep_ == "xcomp" and _lemma(c) in NO_COMMENT_VERBS for c in verb.children)


def _withheld_answer(token: Token) -> Candidate | None:
    """"Blinken wouldn't say whether ...", "the ministry will not comment on ...": a refusal
    to answer, told with a negated "would / will" (a bare "did not say" only reports what
    was not said). REJECT by the subject; whoever asked is seldom named."""
    if token.pos_ != "VERB" or _lemma(token) not in ANSWER_VERBS or not _negated(token):
        return None
    aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if not aux & {"would", "will", "wo", "'d"}:
        return None
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITION_MARKS | {"why", "how"}
           for c in token.children):
        return None  # "if he would not say ...": no refusal told
    if token.dep_ not in ("ROOT", "conj") and not (
            token.dep_ == "ccomp" and _lemma(token.head) in COMMUNICATION):
        return None  # only the sentence's own claim, or one reported by "said"
    subj = _subject(token)
    if subj is None or subj.lower_ in ("that", "this", "which", "who"):
        return None
    return Candidate(type="REJECT", mode=None, token=token, verb=token)


def _opens_quotation(clause: Token) -> bool:
    """Whether the clause is quoted words: a quotation mark stands just before it."""
    first = clause.left_edge
    before = first.doc[first.i - 1] if first.i > 0 else None
    return first.is_quote or (before is not None and before.is_quote)


# Subjects that stand for a statement or act, not a person: "that was outrageous".
DEMONSTRATIVE_SUBJECTS = {"it", "that", "this"}


# Verbs by which an inquiry reports its verdict.
FINDING_VERBS = {"conclude"}


def _censure(token: Token) -> Candidate | None:
    """A rebuke or praise passed as a judgement: "McCain said Steele's comments were wildly
    inaccurate", "DeMint called Steele's comments unacceptable", "Flynn said Trump was
    absolutely right", "called the ruling a huge win". The judge accuses (supports)
    whoever the judged words or acts belong to (found from the judged noun phrase)."""
    etype = _verdict_type(token)
    if etype is None or token.dep_ == "conj" or any(c.dep_ == "neg" for c in token.children):
        return None
    said_of = _verdict_said_of(token, etype)
    if said_of is not None:
        return said_of
    head = token.head
    quoted = _quoted_verdict(token, etype)
    if quoted is not None:
        return quoted
    # (a curly "’s" is not always read as "be": "“It’s a dog whistle,” she said" can come out
    # with "’s" a verb and the verdict its object)
    if token.dep_ in ("acomp", "attr") and head.lemma_ == "be" and etype == "ACCUSE" \
            and not _denied_or_unreal(head):
        source = _according_to(head)
        judged = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if source is not None and judged is not None and judged.pos_ in ("NOUN", "PROPN") \
                and source.lower_ not in FIRST_PERSON:
            # "The panel, according to the minister, is a sham": the source passes the verdict
            return Candidate(type=etype, mode="disapprove", token=token, verb=head,
                             speaker=source)
    if ((token.dep_ in ("acomp", "attr") and head.lemma_ == "be") or (
            token.dep_ in ("acomp", "attr", "dobj") and head.lower_ in ("’s", "'s"))) \
            and head.dep_ == "ccomp" \
            and head.head.lemma_.casefold() in REPORTING_VERBS | FINDING_VERBS \
            and not _denied_or_unreal(head):
        judged = next((c for c in head.children if c.dep_ == "nsubj"), None)
        speaker = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        if judged is None or speaker is None or speaker.lower_ in FIRST_PERSON:
            return None
        if judged.lemma_.casefold() in JUDGED_NOUNS or judged.ent_type_ == "PERSON" \
                or _named_doers_act(judged) or (
                etype == "ACCUSE" and head.head.lemma_.casefold() in FINDING_VERBS and any(
                    t.ent_type_ in ("GPE", "ORG", "NORP") for t in judged.subtree)):
            # (an inquiry that "concluded that US spy agencies were wrong" faults them)
            return Candidate(type=etype, mode="disapprove" if etype == "ACCUSE" else None,
                             token=token, verb=head, speaker=speaker)
        if etype == "ACCUSE" and judged.lower_ in DEMONSTRATIVE_SUBJECTS \
                and _opens_quotation(head):
            # '"That was outrageous," he said': a rebuke of what was just said or done, passed
            # by the speaker on whoever the text shows acted (maybe no one)
            return Candidate(type=etype, mode="disapprove", token=token, verb=head,
                             speaker=speaker, blamed_only=True)
        return None
    if token.dep_ in ("oprd", "xcomp", "attr") and head.pos_ == "VERB" \
            and head.lemma_.casefold() in LABELLING_VERBS and etype == "ACCUSE" \
            and any(c.dep_ == "nsubjpass" for c in head.children) \
            and not _denied_or_unreal(head):
        # "the inquiry was dubbed a witch hunt by Moscow": the by-agent passes the verdict
        judge = next((g for h in (head, token) for c in h.children
                      if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                      for g in c.children if g.dep_ == "pobj"), None)
        if judge is not None and judge.pos_ in ("PROPN", "NOUN"):
            return Candidate(type=etype, mode="disapprove", token=token, verb=head,
                             agent=judge)
    appositive = _appositive_label(token)
    if appositive is not None and not _denied_or_unreal(appositive):
        # "Trump called Zelensky a dictator" parsed with the label in apposition to the name:
        # the named one is judged (and was not phoned)
        return Candidate(type=etype, mode="disapprove" if etype == "ACCUSE" else None,
                         token=token, verb=appositive)
    if token.dep_ == "amod" and token.pos_ == "ADJ" and token.i > head.i \
            and head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB" \
            and _lemma(head.head) in LABELLING_VERBS and not _denied_or_unreal(head.head) \
            and not any(c.dep_ == "neg" for c in head.head.children) and (
                _lemma(head) in JUDGED_NOUNS or _named_party(head)
                or (etype == "SUPPORT" and _lemma(head) in RELATIONSHIP_NOUNS)):
        # "Wang called the American response absurd" parsed with the judgement a modifier
        # after its noun (English puts an adjective there only as what the noun is called)
        return Candidate(type=etype, mode="disapprove" if etype == "ACCUSE" else None,
                         token=token, verb=head.head)
    labeller = _labelled_as(token)
    if labeller is not None and not _denied_or_unreal(labeller):
        # "described Xi as a dictator": the object of the labelling verb is judged
        judged = _object(labeller)
        if judged is not None and (_named_party(judged) or (
                etype == "SUPPORT" and _lemma(judged) in RELATIONSHIP_NOUNS)):
            return Candidate(type=etype, mode="disapprove" if etype == "ACCUSE" else None,
                             token=token, verb=labeller)
        return None
    if token.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and head.pos_ == "VERB" \
            and head.lemma_.casefold() in LABELLING_VERBS \
            and not any(c.dep_ == "neg" for c in head.children):
        # (praise needs its object judged: "called the night a win" praises no one)
        # the object first: "Trump then called Zelensky a dictator" (the subject, tagged a
        # common noun, is the judge)
        judged = next((c for c in sorted(
            (c for c in [*head.children, *token.children]
             if c.dep_ in ("dobj", "npadvmod", "nsubj", "compound") and c.i < token.i
             and c.pos_ in ("NOUN", "PROPN") and not (etype == "SUPPORT" and c.dep_ == "nsubj")),
            key=lambda c: (c.dep_ == "nsubj", c.i))
            if c.lemma_.casefold() in JUDGED_NOUNS or _named_party(c)
            or (etype == "SUPPORT" and c.lemma_.casefold() in RELATIONSHIP_NOUNS)
            # "called the South Korean president a warmonger": an office holder, by title
            or (c.dep_ == "dobj" and _lemma(c) in PERSON_TITLE_NOUNS)), None)
        if judged is None:
            return None
        judge = None
        if head.dep_ == "acl" and head.head.pos_ == "PROPN" and head.head.i == head.i - 1:
            judge = head.head  # "DeMint called ...": the parse hung the verb on the name
        return Candidate(type=etype, mode="disapprove" if etype == "ACCUSE" else None,
                         token=token, verb=head, agent=judge)
    return None


PUBLIC_NOUNS = {"voter", "respondent", "public", "citizen", "people", "majority", "poll",
                "electorate", "taxpayer", "percent", "%"}


def _public_subject(verb: Token) -> bool:
    """Whether the subject is a public or its opinion ("voters", "most Americans", "a poll",
    "49% of voters"): their stances are opinions, not acts of a state."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":  # "voters appear to back NATO"
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subj = verb.head  # "millions of Americans supporting Trump"
    if subj is None:
        return False
    subj = _group_head(subj) or subj
    if subj.lemma_.casefold() in PUBLIC_NOUNS:
        return True
    # "Americans oppose war": a people's stance (but "the Russians violated ..." is a state's
    # act, so only verbs of opinion count here)
    judged = _object(verb)
    if subj.ent_type_ == "NORP" and verb.tag_ == "VBD" and judged is not None \
            and judged.pos_ in ("PRON", "PROPN") and any(
                e.sector == "political_party" for e in load_gazetteer().lookup(subj.text)):
        return False  # "Democrats backed him": a party's members acted, as the party, on
        # someone ("Republicans opposed the program" stays their stance)
    return subj.ent_type_ == "NORP" and subj.tag_ in ("NNPS", "NNS") and \
        verb.lemma_.casefold() in ("oppose", "support", "back", "favor", "favour")


def _presupposing_question(sent: Span) -> bool:
    """"Why is Moscow persecuting X?" takes the act as given: only its reason is asked."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return bool(words) and words[0].lower_ == "why"


# A prediction of harm to someone, reported by a speaker, is a threat (CAMEO 13): "any
# aggression would come at a high price", "they will face severe consequences".
CONSEQUENCE_NOUNS = {"consequence", "price", "cost", "repercussion", "penalty", "response"}
PREDICTION_VERBS = {"face", "have", "entail", "come", "pay", "bear", "suffer", "incur", "carry",
                    "meet", "trigger", "provoke", "draw", "invite", "mean", "lead"}


RESPONSE_VERBS = {"respond", "retaliate", "act", "react", "reply", "answer", "hit"}
HOSTILITY_NOUNS = {"fighting", "war", "attack", "violence", "hostility", "hostilities",
                   "shelling", "bombing", "strike", "airstrike", "resistance"}


# Conditions that name only a need ("if needed", "if required", "if warranted").
NEED_CONDITIONS = {"need", "require", "warrant", "necessary", "appropriate", "possible"}


def _conditional_response(token: Token) -> Candidate | None:
    """"Russia would act as the US would if weapons were deployed near its borders", "we
    will respond if they attack": a response promised under a condition, reported by a
    speaker, is that speaker's threat (CAMEO 13)."""
    if token.pos_ != "VERB" or not (token.lemma_.casefold() in RESPONSE_VERBS or (
            token.lemma_.casefold() in ("resume", "continue", "escalate") and any(
                c.dep_ == "nsubj" and _lemma(c) in HOSTILITY_NOUNS for c in token.children))
            or _measures_taken(token)):
        return None  # (also "the fighting would resume if ...": renewed force, promised)
    if token.lemma_.casefold() == "hit" and not any(c.lower_ == "back" for c in token.children):
        return None
    aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if not (aux & (FUTURE_AUX | REPORTED_FUTURE_AUX) or _readiness(token)) or any(
            c.dep_ == "neg" for c in token.children) or _hedged(token):
        return None  # ("Tokyo would almost certainly retaliate, said a lawyer": a forecast)
    scope = _clause_of_readiness(token)
    condition = any(t.dep_ == "mark" and t.lower_ in ("if", "unless") and t.head.dep_ == "advcl"
                    # "ready to act if necessary": a need, no act of another party
                    and not (t.head.pos_ == "ADJ" or _lemma(t.head) in NEED_CONDITIONS)
                    for t in scope.subtree) or any(
        t.lower_ == "event" and t.head.lower_ == "in" for t in scope.subtree)
    if not condition:
        return None
    node = token
    for _ in range(4):  # under "warned that …" the warning itself is the event
        if node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.casefold() in ("warn", "threaten"):
            return None
    speaker = _reporting_subject(token)
    if speaker is not None and _commentator(speaker):
        return None  # an onlooker's forecast of a side's reply is no threat of the onlooker
    # (measures or instruments held ready are of no stated kind; a reply is read as force)
    return Candidate(type="THREATEN", mode=_threat_mode(token) or (
        None if _measures_taken(token) else "force"), token=token, verb=token,
                     speaker=speaker, predicted=True)


# What a clause promised on another party's act names when it promises harm: costs, force,
# measures, options held back ("there would be consequences if ...", "Washington would look
# to other options", "any provocation would be met with a military response").
HARM_WORDS = CONSEQUENCE_NOUNS | SANCTION_WORDS | FORCE_WORDS | HOSTILITY_NOUNS | {
    "option", "accountable", "bombing", "punishment", "countermeasure"}
# Words of a conditional offer rather than a threat.
RELIEF_WORDS = {"relief", "lift", "ease", "benefit", "reward", "incentive", "help", "aid"}
# Verbs by which what the other side values is said to stop ("the pipeline will end if").
ENDING_VERBS = {"end", "halt", "stop", "cease", "collapse"}
# Verbs by which it is said to go on, negated ("would not go ahead if ...").
GOING_ON_VERBS = {"go", "proceed", "continue", "survive", "happen"}


def _conditional_harm(token: Token) -> Candidate | None:
    """"Arvelo told her there would be consequences if Peru enforced the decree", "if
    diplomacy failed, he said, Washington would look to other options", "the accord will end
    if Peru invades": harm promised on what another party does, reported, is the reporter's
    threat (CAMEO 13) to that party."""
    aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if not aux & (FUTURE_AUX | REPORTED_FUTURE_AUX | {"'d"}):
        return None
    condition = next((c for c in token.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)
    if condition is None or "have" in aux or any(
            c.dep_ == "aux" and c.lower_ == "had" for c in condition.children):
        return None  # "if Russia had not acted, NATO would have started a war": no promise
    party = next((c for c in condition.children if c.dep_ == "nsubj"), None)
    if party is None or party.pos_ not in ("PROPN", "NOUN") or party.ent_type_ not in (
            "GPE", "ORG", "NORP", "PERSON"):
        return None  # the condition is another party's act
    negated = any(c.dep_ == "neg" for c in token.children)
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # what is promised, past the subject ("the war would end if Russia withdrew" promises
    # no harm) and the condition
    said = [token.doc[i] for i in sorted({t.i for t in token.subtree}
                                         - {t.i for t in condition.subtree}
                                         - ({t.i for t in subject.subtree} if subject else set()))]
    if any(_lemma(t) in RELIEF_WORDS for t in said):
        return None  # "would consider sanctions relief if Iran complied": an offer
    harm = any(_lemma(t) in HARM_WORDS for t in said)
    own = subject is not None and subject.pos_ in ("NOUN", "PROPN") and _lemma(subject) not in (
        HOSTILITY_NOUNS | FORCE_WORDS)
    ending = own and _lemma(token) in ENDING_VERBS and not negated and _object(token) is None
    stopped = own and _lemma(token) in GOING_ON_VERBS and negated
    if not (harm or ending or stopped) or (negated and harm):
        return None
    speaker = _reporting_subject(token)
    if speaker is None or _hedged(token) or _commentator(speaker):
        return None  # ("Tokyo would almost certainly retaliate if Seoul went ahead, said a
        # trade lawyer": a forecast by an onlooker, nobody's threat)
    return Candidate(type="THREATEN", mode=_threat_mode(token) or None, token=token,
                     verb=token, speaker=speaker, predicted=True)


# People who comment on a dispute rather than speak for a side in it.
COMMENTATOR_NOUNS = {"analyst", "expert", "lawyer", "researcher", "economist", "scholar",
                     "professor", "commentator", "observer", "academic", "historian",
                     "strategist", "consultant", "fellow", "pundit", "columnist"}


def _commentator(speaker: Token) -> bool:
    """Whether the reporter is an onlooker by its own noun or an apposition ("analysts said",
    "said Hideo Tanaka, a trade lawyer in Tokyo")."""
    return _lemma(speaker) in COMMENTATOR_NOUNS or any(
        c.dep_ == "appos" and _lemma(c) in COMMENTATOR_NOUNS for c in speaker.children)


# What a party takes or uses in reply ("take military-technical measures", "use every
# instrument it has").
REPLY_MEASURE_NOUNS = {"measure", "countermeasure", "action", "step", "instrument", "tool",
                       "means", "lever"}


def _measures_taken(token: Token) -> bool:
    return _lemma(token) in ("take", "use") and any(
        c.dep_ in ("dobj", "obj") and _lemma(c) in REPLY_MEASURE_NOUNS for c in token.children)


def _readiness(token: Token) -> bool:
    """'Europe is prepared to use every instrument', 'stands ready to act': a reply held
    ready is promised as a modal would promise it."""
    return token.dep_ == "xcomp" and token.head.lower_ in ("ready", "prepared", "poised") \
        and not any(c.dep_ == "neg" for c in token.head.head.children)


def _clause_of_readiness(token: Token) -> Token:
    """The clause a reply held ready belongs to ('Kenya is ready to act if ...': 'is', where
    the condition hangs), else the reply itself."""
    return token.head.head if _readiness(token) else token


def _predicted_threat(token: Token) -> Candidate | None:
    if token.pos_ in ("VERB", "AUX"):
        response = _conditional_response(token) if token.pos_ == "VERB" else None
        return response or _conditional_harm(token)
    if token.pos_ != "NOUN" or token.lemma_.casefold() not in CONSEQUENCE_NOUNS | SANCTION_WORDS:
        return None
    head = token.head
    if head.pos_ == "ADP" and head.dep_ == "prep":
        head = head.head  # "come at a high price", "lead to consequences"
    elif token.dep_ not in ("dobj", "obj", "attr"):
        head = token  # not an object: no prediction verb
    verb = head if head.pos_ in ("VERB", "AUX") and head.lemma_.casefold() in PREDICTION_VERBS \
        else None
    if verb is None:
        return None
    modal = verb
    if verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children):
        modal = verb.head  # "would come at a high price and have serious consequences"
    aux = {c.lower_ for c in modal.children if c.dep_ == "aux"}
    if not aux & (FUTURE_AUX | REPORTED_FUTURE_AUX | {"could", "may", "might"}):
        return None
    if any(c.dep_ == "neg" for c in modal.children) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in modal.children):
        return None
    if token.lemma_.casefold() not in CONSEQUENCE_NOUNS and not any(
            c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                      for g in c.children) for c in modal.children):
        # "would face new measures if it refused": measures promised on another's act; with
        # no condition ("would face new tariffs") a forecast of policy, no threat
        return None
    speaker = _reporting_subject(modal)
    if speaker is not None and _commentator(speaker):
        return None  # "Iran would pay a price, analysts said": a forecast, no one's threat
    return Candidate(type="THREATEN", mode=_threat_mode(verb) or None, token=token, verb=modal,
                     speaker=speaker, predicted=True)


def _named(token: Token | None) -> bool:
    """Whether a speaker is named ("Lavrov", "the Kremlin") rather than described ("the
    foreign minister", "an official")."""
    return token is not None and (token.pos_ == "PROPN" or any(
        t.pos_ == "PROPN" for t in token.subtree if t.dep_ in ("appos", "compound")))


def _reporting_subject(verb: Token) -> Token | None:
    """The subject of the communication verb a clause is reported under ("X said / warned /
    made clear that ..."), looking up through relative clauses and conjuncts; or the
    source of 'according to X'."""
    source = _according_to(verb)
    if source is not None:
        return source
    node = verb
    for _ in range(5):
        aside = next((c for c in node.children if c.dep_ == "parataxis"
                      and _lemma(c) in COMMUNICATION | REPORTING_ASIDES
                      and not any(g.dep_ == "ccomp" for g in c.children)), None)
        subject = next((c for c in aside.children if c.dep_ == "nsubj"), None) \
            if aside is not None else None
        if subject is not None:
            return subject  # "If Russia invaded, she warned, it would face costs": the aside
        head = node.head
        if head.i == node.i:
            return None
        hl = head.lemma_.casefold()
        if node.dep_ in ("ccomp", "xcomp", "parataxis") and (
                hl in COMMUNICATION or hl in REPORTING_ASIDES):
            teller = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if teller is None and head.dep_ == "advcl" and head.tag_ == "VBG":
                # "X wrote on Twitter, adding that ...": the participle's doer is the clause's
                teller = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            return teller
        node = head
    return None


# Verbs that report what is said besides COMMUNICATION ("warned that", "repeated that"), and
# that may stand as an aside inside the report ("..., she warned, ...").
REPORTING_ASIDES = {"warn", "threaten", "make", "caution", "signal", "repeat"}


# A reported coercive act in the future is a threat of it (CAMEO 13x), with this mode.
COERCIVE_MODES = {"SANCTION": "sanctions", "ASSAULT": "force", "MOBILIZE": "force",
                  "COERCE": "restrict", "PROTEST": None}


def _refusal_mode(etype: str) -> str | None:
    """PLOVER's REJECT mode for declining an act of this type."""
    return {"CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "assist",
            "RETREAT": "yield", "CONCEDE": "change", "SUPPORT": None}.get(etype)


PROTESTER_NOUNS = {"protester", "protestor", "demonstrator", "marcher", "rioter", "striker",
                   "crowd", "picketer", "mob"}


def _protesting_subject(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.tag_ == "VBG":
        subj = _subject(verb)  # "protesters ..., vowing to continue"
    return subj is not None and subj.lemma_.casefold() in PROTESTER_NOUNS


# Who accuses by stating what someone did: "prosecutors say X took bribes".
LEGAL_ACCUSERS = {"prosecutor", "indictment", "complaint", "lawsuit", "suit", "investigator",
                  "prosecution", "filing", "affidavit"}


def _legal_accuser(verb: Token) -> bool:
    """'Federal prosecutors say Jackson used ...', 'the indictment says he lied': a
    prosecutor's (or a charging paper's) statement of what a named person did."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.casefold() not in LEGAL_ACCUSERS \
            or any(c.dep_ in ("neg", "aux") and c.lower_ in NEG_WORDS | HYPOTHETICAL_MODALS
                   for c in verb.children):
        return False
    told = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    doer = next((c for c in told.children if c.dep_ == "nsubj"), None) if told else None
    return doer is not None and (doer.pos_ == "PROPN" or doer.lower_ in ("he", "she", "they"))


def _judged_reason(token: Token) -> bool:
    """'mocked him for opposing the stimulus', 'praised her for backing the bill': a stance
    named after 'for'/'of' is the reason for the praise or blame, not an act of its own (an
    act given as the reason, "criticized Nuland for requesting ...", still counts)."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("for", "of") \
            or _lemma(token) not in STANCE_VERBS:
        return False
    judge = prep.head
    if judge.pos_ != "VERB":
        return False
    lemma = _lemma(judge)
    return VERBS.get(lemma, ("",))[0] in ("ACCUSE", "SUPPORT") \
        or lemma in VERBAL_ATTACK_VERBS | JUDGING_VERBS


APOLOGY_VERBS = {"apologize", "apologise", "atone", "answer", "pay"}


def _reason_taker(verb: Token) -> bool:
    """Whether the verb takes a reason after 'for' that is a deed already done: apologising
    for it, blaming or praising someone for it."""
    if verb.pos_ != "VERB":
        return False
    lemma = _lemma(verb)
    return lemma in APOLOGY_VERBS | VERBAL_ATTACK_VERBS | JUDGING_VERBS \
        or VERBS.get(lemma, ("",))[0] == "ACCUSE"


# "Challenging the EPA's rules" before a court is a legal charge (ACCUSE, allege); "challenges
# US dominance" or "challenges the notion" is not, so a court must be in the sentence.
CHALLENGED_NOUNS = {"rule", "regulation", "law", "ruling", "decision", "order", "result",
                    "legality", "constitutionality", "validity", "policy", "ban", "sanction",
                    "measure", "plan", "statute", "mandate", "election", "procedure",
                    "practice", "program", "programme", "action", "verdict", "conviction"}
COURT_WORDS = {"court", "judge", "judges", "lawsuit", "suit", "tribunal", "justices",
               "appeal", "appeals", "litigation", "litigated"}


def _legal_challenge(token: Token) -> bool:
    """'(states) are challenging the EPA's rules before the appeals court'."""
    obj = _object(token)
    return obj is not None and _lemma(_portion_of(obj)) in CHALLENGED_NOUNS and not any(
        c.dep_ == "neg" for c in token.children) and any(
        t.lower_ in COURT_WORDS for t in token.sent)


COMEBACK_VERBS = {"fire", "hit", "push"}
# Verbs that ask their object to act when followed by a to-infinitive.
DIRECTIVE_VERBS = {"challenge", "dare", "tell", "encourage"}


def _verbal_comeback(verb: Token) -> bool:
    """'Fired back at Trump', 'hit back at her critics', 'pushed back against the claims':
    aimed ('at', 'against', 'on') at a person, a body or their words, with no weapon in
    the sentence ('hit back at the militants with airstrikes' is fighting)."""
    if any(t.lemma_.casefold() in WEAPONRY | TROOP_WORDS for t in verb.sent if t.i != verb.i):
        return False
    return any(g.ent_type_ in ("PERSON", "ORG", "NORP") or _lemma(g) in CONDUCT_NOUNS
               | JUDGED_NOUNS | {"critic", "claim", "criticism", "attack", "accusation"}
               for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "against", "on")
               for g in c.children if g.dep_ == "pobj")


def _asks_a_question(ask: Token) -> bool:
    """'Asked' with nothing asked for: no act to do ("asked X to …", "asked that …"), no thing
    wanted ("asked for help", "asked Washington's help"), only a question put (a quoted
    question as its complement) or a person put to ("I have to ask you")."""
    for c in ask.children:
        if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for"):
            return False
        if c.dep_ == "ccomp":
            return any(t.text == "?" for t in c.subtree) or (
                c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "?")
        if c.dep_ == "dobj" and c.pos_ != "PRON" and c.lemma_.casefold() != "question":
            return False
    quoted = ask.i > 1 and ask.doc[ask.i - 2].text == "?"  # '"… ?" he asked'
    return quoted or not any(c.dep_ in ("dobj", "dative") for c in ask.children) or any(
        c.dep_ == "dobj" and c.lower_ in ("you", "me", "him", "her", "them", "us")
        for c in ask.children)


# Leaving a post or a room, which "in protest" turns into a protest (CAMEO 14).
LEAVING_VERBS = {"quit", "resign", "leave", "walk", "step", "storm"}


def _in_protest(verb: Token) -> Token | None:
    """The noun 'protest' of "in protest (over X)" hung on the verb, if any."""
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.casefold() == "protest"),
                None)


# Spans of time one spends with someone: "spent two hours with the minister".
TIME_SPAN_NOUNS = {"hour", "minute", "day", "evening", "afternoon", "morning", "time", "week",
                   "weekend", "night"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _subject_pair(verb: Token) -> bool:
    """Whether the verb's subject names two parties ("Biden and Xi", "the two leaders")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (bool(subj.conjuncts) or any(
        c.lower_ in ("two", "both") for c in subj.children if c.dep_ in ("nummod", "det")))


SHARE_WORDS = {"most", "all", "much", "part", "half", "rest"}
TALKING_VERBS = {"talk", "negotiate", "discuss", "confer"}
TALKS_NOUNS = {"talk", "negotiation", "discussion", "meeting", "consultation"}


def _time_spent_together(verb: Token, obj: Token | None) -> bool:
    """"Spent more than seven hours with Qin", "the two men spent the evening together": time
    spent with another party is a meeting; "spent three days in Paris" is none."""
    if _lemma(verb) != "spend":
        return False
    if obj is not None and obj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        obj = verb.head  # "the hour that Blinken and Wang spent together"
    if obj is not None and obj.lower_ in SHARE_WORDS:
        # "spent most of the day in talks"
        obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), obj)
    if obj is None:
        # "spent close to an hour talking"
        obj = next((g for c in verb.children if c.dep_ == "advmod" for p in c.children
                    if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
                    if g.dep_ == "pobj"), None)
    if obj is None:
        # a span the parse hangs as an adverbial ("spent more than three hours together",
        # "spent Tuesday and Wednesday in talks with Wang", "the two days X and Y spent
        # together")
        obj = next((c for h in (verb, *(c for c in verb.children if c.lower_ == "together"))
                    for c in h.children if c.dep_ == "npadvmod"), None)
    if obj is None or _lemma(obj) not in TIME_SPAN_NOUNS | WEEKDAYS:
        return False
    if _subject_pair(verb) and any(
            (c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and _lemma(c) in TALKING_VERBS)
            or (c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and _lemma(g) in TALKS_NOUNS for g in c.children))
            for c in verb.children):
        return True  # "the two spent close to an hour talking", "... most of the day in talks"
    # "with Qin", also "in talks with Qin", and "at the State Department with Blinken", "in
    # Doha with Al Thani", where the parse hangs the party on the place
    heads = [verb, *(g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                     for g in c.children if g.dep_ == "pobj" and (
                         _lemma(g) in TALKS_NOUNS or c.lower_ == "at" or g.ent_type_ in (
                             "GPE", "LOC", "FAC")))]
    with_party = any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("PERSON", "ORG", "GPE",
                                                                   "NORP")
                              or _lemma(g) in PARTY_NOUNS | {"counterpart", "delegation"})
        for g in c.children) for h in heads for c in h.children)
    together = any(c.lower_ == "together" for c in verb.children) and _subject_pair(verb)
    return with_party or together


# How a measure or plan comes from its author ("the sanctions imposed by the United States",
# "the plan drawn up by Washington"); not "alleged by", which names an accuser
MAKING_VERBS = IMPOSING_VERBS | {"introduce", "announce", "adopt", "propose", "draft", "draw",
                                 "take", "order", "pass"}
# Objects that say nothing was given or done ("had given up little", "offered nothing")
NOTHING_WORDS = {"little", "nothing", "none"}
# Arms a state sells another: military aid (CAMEO 074), however it is paid for
# Men and women under arms another state may train: the training is military aid.
TRAINED_FORCES = {"soldier", "troop", "force", "army", "officer", "pilot", "crew", "recruit",
                  "police", "policeman", "guard", "commando", "marine", "sailor", "cadet"}


def _trained_for_another(forces: Token) -> bool:
    """Whether the forces trained are named as another party's ("Somali soldiers",
    "Ukraine's pilots", "troops from Niger"), not the trainer's own ("its recruits")."""
    return any((c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE"))
               or (c.dep_ == "prep" and c.lower_ in ("from", "of") and any(
                   g.ent_type_ in ("NORP", "GPE") for g in c.children))
               for c in forces.children)


SOLD_ARMS = {"weapon", "arm", "drone", "missile", "jet", "tank", "ammunition", "fighter",
             "aircraft", "helicopter", "warplane", "warship", "howitzer", "artillery"}
# Words of readiness a cooperative act can hang on ("ready to work with X")
READINESS_WORDS = {"ready", "willing", "prepared", "eager"}
# What a party can stand ready to do with or for another that is no event word of its own
READY_VERBS = {"work", "help", "extend", "widen", "expand", "deepen", "join", "pursue",
               "continue", "resume", "listen", "host", "contribute", "engage", "facilitate",
               "strengthen", "be"}
# The objects that make continuing, extending or pursuing something cooperation ("continue
# negotiations", "extend transit", "pursue diplomacy"), not war ("continue the offensive")
SHARED_WORK_NOUNS = {"negotiation", "talk", "dialogue", "diplomacy", "cooperation", "contact",
                     "consultation", "effort", "work", "discussion", "trade", "transit",
                     "supply", "relation", "tie", "partnership", "access", "credit",
                     "exchange", "investment", "initiative", "export", "import", "delivery",
                     "it", "them"}
# what "ready to be" a party can be to another
PARTNER_NOUNS = {"partner", "friend", "ally", "mediator", "guarantor", "bridge"}


def _readiness_to_cooperate(token: Token) -> bool:
    """A verb of working with, helping or extending something to another party under a word
    of readiness ("is ready to work with Russia", "was ready to widen market access for
    German firms", "remained ready to pursue diplomacy", "is ready to be a partner"); not
    negated, not on a condition, and for continuing, extending or pursuing something only
    when it is shared work, not war."""
    lemma = _lemma(token)
    if lemma not in READY_VERBS or token.dep_ != "xcomp" \
            or _lemma(token.head) not in READINESS_WORDS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    above = token.head.head if token.head.dep_ in ("acomp", "amod", "xcomp") else token.head
    if any(c.dep_ == "neg" for h in (token, token.head, above) for c in h.children) \
            or any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS
                                             for g in c.children)
                   for h in (token, above) for c in h.children) \
            or any(t.lower_ == "only" for t in token.subtree):
        return False  # "was ready to discuss such steps only if Moscow ...": a condition
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "attr")]
    if lemma == "be":
        return any(_lemma(o) in PARTNER_NOUNS for o in objects)
    if lemma in ("extend", "widen", "expand", "deepen", "continue", "resume", "pursue",
                 "strengthen", "join"):
        return any(_lemma(o) in SHARED_WORK_NOUNS or any(
            _lemma(c) in SHARED_WORK_NOUNS for c in o.children if c.dep_ == "compound")
            for o in objects)
    return True


def _envoy_received(obj: Token) -> bool:
    """'received China's top diplomat, Wang Yi': a person received by office, named beside
    it or not (receiving a thing, 'received China's support', is no meeting)."""
    return obj.lemma_.casefold() in SPOKESPEOPLE | {"counterpart", "guest", "visitor"} \
        or any(c.dep_ == "appos" and _actorish(c) for c in obj.children)


def _further_agents(doc: Doc, verb: Token, actor_tok: Token | None,
                    mentions: list[ActorMention], actor: str | None) -> list[str]:
    """Doers of a passive named in a second by-phrase after its agent ("was received by
    Kadhimi and later by President Salih"): the parse hangs that one on the verb as a plain
    preposition."""
    if actor_tok is None or actor_tok.dep_ != "pobj" or actor_tok.head.dep_ != "agent" \
            or actor_tok.head.head.i != verb.i:
        return []
    found = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i > actor_tok.i \
                and any(c.dep_ == "cc" or c.lower_ == "and" for c in verb.children
                        if actor_tok.i < c.i < prep.i):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            named = _actor_at(doc, pobj, mentions, exclude=actor)
            if named is not None:
                found.append(named)
    return found


def _seen_in_person(verb: Token) -> bool:
    """'saw each other in Brussels', 'came to the Iranian capital to see Rouhani': seeing a
    person one travelled to, or one another, is meeting them ('saw no point', 'sees Moscow
    as a threat' are none)."""
    obj = _object(verb)
    if obj is None or any(c.dep_ in ("prep", "oprd") and c.lower_ in ("as", "fit")
                          for c in verb.children):
        return False
    if obj.lower_ == "other" and any(c.lower_ == "each" for c in obj.children):
        return True
    return obj.ent_type_ == "PERSON" and verb.dep_ in ("advcl", "xcomp") \
        and _lemma(verb.head) in TRAVEL_VERBS | {"visit"}


def _person_received(obj: Token) -> bool:
    """'He was received by Museveni': a person received by someone named (a pronoun of a
    person, not 'it')."""
    return obj.dep_ == "nsubjpass" and obj.lower_ in ("he", "she", "they") and any(
        c.dep_ == "agent" for c in obj.head.children)


def _gives_ground(verb: Token) -> bool:
    """'gave ground', 'ceded ground': yielded in a dispute."""
    return _lemma(verb) in ("give", "cede", "yield") and any(
        c.dep_ in ("dobj", "obj") and c.lower_ == "ground"
        and not any(d.dep_ == "det" for d in c.children) for c in verb.children)


# What one party grants another to act: "permission", "approval", "the go-ahead".
LEAVE_NOUNS = {"permission", "approval", "go-ahead", "consent", "authorization",
               "authorisation", "clearance"}


def _grants_leave(verb: Token) -> bool:
    """'did not give him the permission he wanted', 'has not granted Kyiv approval': leave
    to act given (or, negated, withheld) to a party named as the indirect object."""
    return _lemma(verb) in ("give", "grant") and any(
        c.dep_ in ("dobj", "obj") and _lemma(c) in LEAVE_NOUNS for c in verb.children) and any(
        c.dep_ in ("dative", "iobj") or (c.dep_ in ("dobj", "obj") and _actorish(c))
        for c in verb.children)


def _asked_anonymity(ask: Token) -> bool:
    """'officials, who asked not to be named, said ...', 'a diplomat who requested anonymity':
    the news formula of a source shielding itself asks nothing of any party."""
    if _lemma(ask) not in ("ask", "request", "demand", "insist"):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and _lemma(c) in SHIELDED_VERBS and any(
        g.dep_ == "auxpass" for g in c.children) for c in ask.children) or any(
        c.dep_ in ("dobj", "obj") and _lemma(c) in ("anonymity", "confidentiality")
        for c in ask.children)


# Goods a thing or a course endangers ("threatens regional stability"): no party is warned.
ENDANGERED_NOUNS = {"life", "stability", "security", "peace", "future", "existence",
                    "livelihood", "safety", "survival", "health", "economy", "supply"}
# What a source asks not to be: "asked not to be named / identified / quoted".
SHIELDED_VERBS = {"name", "identify", "quote", "cite", "disclose", "mention"}


def _made_to_pay(clause: Token) -> bool:
    """A promised clause in which another party pays, suffers or regrets ("vowed that
    Moscow would pay for every step", "promised they will regret it"): harm promised to it."""
    if clause.dep_ != "ccomp" or _lemma(clause) not in ("pay", "regret", "suffer") or _negated(
            clause) or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | REPORTED_FUTURE_AUX
                               for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    obj = _object(clause)
    return subj is not None and subj.lower_ not in FIRST_PERSON | {"it", "this", "that"} \
        and (obj is None or _lemma(obj) in CONSEQUENCE_NOUNS | {"it"})


# What one turns to another party for, asking it ("turned to Russia for help").
SOUGHT_HELP = {"help", "aid", "assistance", "support", "protection", "loan", "funding",
               "weapon", "arm", "money", "mediation"}


def _turned_to_for_help(verb: Token) -> bool:
    """'turned to Russia for help', 'turned to Beijing for loans': a party asked for help."""
    to_party = any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and _actorish(g) for g in c.children) for c in verb.children)
    sought = any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and _lemma(g) in SOUGHT_HELP for g in c.children)
        for c in verb.children)
    return to_party and sought


def _lexical(token: Token) -> tuple[str, str | None, Token] | None:
    """(type, mode, clause head) when the token is a trigger word in this use."""
    lemma = _lemma(token)
    if token.pos_ == "VERB" and _judged_reason(token):
        return None
    if token.pos_ == "VERB" and _asked_anonymity(token):
        return None
    if token.pos_ == "VERB" and _negated(token) and _grants_leave(token):
        # "Biden did not give him the permission he wanted": leave withheld (the modality
        # check makes it a refusal)
        return "CONCEDE", None, token
    if lemma == "threaten" and token.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "obj") and _lemma(c) in ENDANGERED_NOUNS for c in token.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return None  # "the plan threatened the lives of millions": endangers, promises nothing
    if lemma in ("speak", "talk") and any(c.dep_ == "prep" and c.lower_ == "of"
                                          for c in token.children) \
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "to")
                        for c in token.children):
        return None  # "both men still speak of each other as friends": words about, no talk
    if lemma == "turn" and token.pos_ == "VERB" and _turned_to_for_help(token):
        return "REQUEST", "assist", token  # "Mali turned to Moscow for help": asked it
    if lemma in REASSURING_VERBS and token.pos_ == "VERB" and _own_undertaking(token):
        return "AGREE", None, token  # "reaffirmed that it would stay in the treaty": a pledge
    if lemma in ("recognise", "recognize") and token.dep_ == "relcl" \
            and token.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "neg")
                                                           for c in token.children):
        return None  # "the ten countries that recognise Beijing": who they are, no act told
    if lemma == "tour" and not any(c.dep_ in ("dobj", "obj") and c.ent_type_ == "GPE"
                                   for c in token.children):
        return None  # "toured the ruins outside Kyiv": a sight seen, not a state visited
    if lemma in ("protest", "complain", "object") and _summoned_to(token) is not None:
        # "summoned the Russian ambassador to protest the incursion": a diplomatic protest,
        # which PLOVER codes ACCUSE disapprove (PROTEST is for demonstrations)
        return "ACCUSE", "disapprove", token
    if lemma in ("seize", "pounce") and token.pos_ == "VERB" and _object(token) is None and any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for c in token.children):
        return None  # "Democrats seized on the joke": a chance taken up, no property taken
    if token.pos_ == "VERB" and lemma in ("say", "claim", "contend", "assert", "argue") \
            and _legal_accuser(token):
        return "ACCUSE", "allege", token  # "prosecutors say Jackson used campaign money"
    if token.pos_ == "VERB" and lemma in COMEBACK_VERBS and any(
            c.dep_ == "advmod" and c.lower_ == "back" for c in token.children) \
            and _verbal_comeback(token):
        # (the parser often reads 'back' as an adverb: "fired back at Trump")
        return (*PHRASAL[(lemma, "back")], token)
    if token.pos_ == "VERB" and lemma in DIRECTIVE_VERBS and not any(
            c.dep_ == "aux" and (c.lemma_.casefold() in HYPOTHETICAL_MODALS | RECOMMEND_MODALS
                                 | {"will", "would"} or c.lower_ in ("'d", "’d"))
            for c in token.children) and any(
            c.dep_ in ("dobj", "obj") and _actorish(c) for c in token.children) and any(
            c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to"
                                                 for g in c.children)
            for c in token.children):
        return "REQUEST", None, token  # "challenged Trump to release his tax returns",
        # "told Clinton to get out of the race", "encouraged Republicans to vote"
    if token.pos_ == "VERB" and lemma == "sell" and any(
            c.dep_ in ("dobj", "obj") and _lemma(c) in SOLD_ARMS for c in token.children) \
            and _recipient(token) is not None:
        return "AID", None, token  # "Turkey has sold armed drones to Ukraine": arms supplied
    if token.pos_ == "VERB" and lemma == "train" and any(
            c.dep_ in ("dobj", "obj") and _lemma(c) in TRAINED_FORCES
            and _trained_for_another(c) for c in token.children):
        return "AID", None, token  # "has trained Somali soldiers": military aid (CAMEO 072)
    if token.pos_ in ("VERB", "AUX") and _readiness_to_cooperate(token):
        # "China is ready to work with Russia", "stood ready to help": stated readiness to
        # work with or for another party (the intent check turns it into AGREE)
        return "COOPERATE", None, token
    if token.pos_ == "VERB" and _refused_permission(token):
        # "would not allow Russia to divide Europe": a concession ruled out; the modality
        # check turns it into a refusal (REJECT) when it is a commitment (will/would not)
        return "CONCEDE", None, token
    if token.pos_ == "VERB" and lemma in ("remove", "oust", "eject", "exclude") and any(
            c.dep_ in ("dobj", "obj") and _actorish(c) for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(
                g.dep_ == "pobj" and g.lemma_.casefold() in BODY_SEAT_NOUNS
                for g in c.children) for c in token.children):
        return "SANCTION", "expel", token  # "remove Libya from its seat on the council"
    if token.pos_ == "VERB" and lemma in LEAVING_VERBS and _in_protest(token) is not None:
        return "PROTEST", None, token  # "quit in protest over the president's policies"
    if token.pos_ == "VERB" and lemma == "challenge" and _legal_challenge(token):
        return "ACCUSE", "allege", token
    if token.pos_ == "VERB" and lemma == "take" and token.dep_ == "xcomp" \
            and _lemma(token.head) in ("ready", "prepared", "poised") and any(
                c.dep_ in ("dobj", "obj") and _lemma(c) in ("action", "measure", "step")
                and any(m.lower_ in FORCEFUL_MEASURE_WORDS for m in c.children)
                for c in token.children):
        # "ready to take any necessary action": readiness to use force is a threat of it
        # (the intent check turns the act into THREATEN)
        return "ASSAULT", None, token
    if token.pos_ == "VERB" and lemma in ("use", "deploy", "employ") and token.dep_ == "xcomp" \
            and _lemma(token.head) in ("ready", "prepared", "poised", "willing") and any(
                c.dep_ in ("dobj", "obj") and _lemma(c) in WEAPON_WORDS | {"force", "weapon"}
                for c in token.children):
        # "says Moscow is ready to use nuclear weapons": readiness to use arms is a threat of
        # force (the intent check turns the act into THREATEN)
        return "ASSAULT", None, token
    if token.pos_ == "VERB" and lemma == "hit" and token.tag_ == "VBN" and any(
            g.dep_ == "pobj" and _lemma(g) in WEAPONRY for c in token.children
            if c.dep_ == "agent" for g in c.children):
        return "ASSAULT", None, token  # "Kyiv hit by Russian missiles": struck, not criticised
    if token.pos_ == "VERB" and lemma in ("put", "place") and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(
                g.dep_ == "pobj" and _lemma(g) in ("alert", "standby", "readiness")
                for g in c.children) for c in token.children):
        return "MOBILIZE", "troops", token  # "put its nuclear forces on high alert"
    if token.pos_ == "VERB" and lemma in ("order", "tell") and _foreign_envoys_sent_home(token):
        return "SANCTION", "expel", token  # "ordered ten diplomats to leave": an expulsion
    if token.pos_ == "VERB" and lemma == "apply" and any(
            (c.dep_ == "xcomp" and _lemma(c) == "join") or (
                c.dep_ == "prep" and c.lower_ == "for" and any(
                    g.dep_ == "pobj" and _lemma(g) in MEMBERSHIP_NOUNS for g in c.children))
            for c in token.children):
        return "REQUEST", None, token  # "applied to join NATO", "applied for membership"
    if token.pos_ == "VERB" and lemma == "propose" and any(
            c.dep_ in ("dobj", "obj") and _lemma(c) in PROPOSED_ACCORDS for c in token.children):
        return "AGREE", None, token  # "proposed an extension of the truce": an offer
    if token.pos_ == "VERB" and _gives_ground(token):
        return "CONCEDE", None, token  # "gave ground on the schedule" (a refusal negated)
    if token.pos_ == "VERB" and lemma == "propose" and token.dep_ not in ("amod", "acl") \
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) and any(
                c.dep_ == "ccomp" or (c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN")
                for c in token.children):
        # "proposed that the two sides build five pillars", "proposed a renewed dialogue":
        # a course put to the other side, asked of it (CAMEO 10)
        return "REQUEST", None, token
    if token.pos_ == "VERB" and lemma == "see" and _seen_in_person(token):
        return "CONSULT", None, token  # "came to Tehran to see Rouhani", "saw each other"
    if token.pos_ == "VERB" and lemma == "have" and any(
            c.dep_ in ("dobj", "obj") and _lemma(c) == "objection"
            and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            for c in token.children):
        return "AGREE", None, token  # "has no objection to X": consent
    if lemma in ("be", "get", "keep", "stay", "remain") and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and _lemma(g) in ("touch", "contact") and any(
                    p.dep_ == "prep" and p.lower_ == "with" and any(
                        w.dep_ == "pobj" and (_actorish(w) or _lemma(w) in CONTACTED_NOUNS)
                        for w in p.children) for p in (*g.children, *c.children))
                for g in c.children)
            for c in token.children):
        # "we've been in touch with the mayor's office", "had been in contact with Biden"
        return "CONSULT", None, token
    if token.pos_ == "VERB" and lemma == "hold" and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and _lemma(g) == "contempt" for g in c.children)
            for c in token.children) and _object(token) is not None:
        return "ACCUSE", "allege", token  # "held the aide in contempt of Congress"
    if token.pos_ == "VERB" and lemma in ("want", "need") and _wanted_done(token):
        return "REQUEST", None, token  # "wants the blockade lifted"
    if token.pos_ == "VERB" and lemma in ("respond", "reply", "answer") and any(
            _lemma(g) in WEAPONRY | {"force"} for c in token.children
            if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"):
        return "ASSAULT", None, token  # "responded with air strikes"
    if token.pos_ == "VERB" and lemma == "retaliate":
        answered = {_lemma(g) for c in token.children if c.dep_ == "prep"
                    and c.lower_ in ("with", "for", "against") for g in c.children
                    if g.dep_ == "pobj"}
        if answered & SANCTION_WORDS and not answered & WEAPONRY:
            return "SANCTION", None, token  # "retaliated with tariffs"
        if answered & (WEAPONRY | {"attack", "fire", "shelling", "killing", "ambush"}) \
                or _commanded_forces(token):
            return "ASSAULT", None, token  # "retaliated for the rocket fire", "ordered
            # the army to retaliate"
    if token.pos_ == "VERB" and lemma == "give" and any(
            _lemma(c) in DEADLINE_NOUNS for c in token.children
            if c.dep_ in ("npadvmod", "dobj", "dative")) and any(
            # the one given the time is named ("gave Hamas", "gave Niger's coup leaders"):
            # "gave the soldiers a week" leaves the party to guess
            _lemma(c) not in DEADLINE_NOUNS and (_named_party(c) or any(
                g.dep_ == "poss" and _named_party(g) for g in c.children))
            for c in token.children if c.dep_ in ("dobj", "dative")) and any(
            c.dep_ in ULTIMATUM_CLAUSES and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for h in token.children if h.dep_ != "nsubj"
            for c in [h, *h.children]):
        return "THREATEN", None, token  # "gave the junta one week to step down": an ultimatum
    if token.pos_ == "VERB" and lemma == "say" and any(
            c.lower_ == "no" and c.dep_ in ("dobj", "intj", "advmod", "ccomp", "npadvmod")
            for c in token.children) and any(
            c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in token.children):
        return "REJECT", None, token  # "said no to a request from Germany"
    if token.pos_ == "VERB" and lemma in PROTEST_DELIVERING_VERBS \
            and (obj := _object(token)) is not None and _object_keys(obj) & COMPLAINT_NOUNS:
        return "ACCUSE", "allege", token  # "handed a protest note to Tokyo" (CAMEO 114)
    if token.pos_ == "VERB" and lemma in ("walk", "storm") and any(
            c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in token.children) and any(
            _lemma(g) in WALKED_OUT_OCCASIONS for c in token.subtree if c.dep_ == "prep"
            and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
        # "walked out of the meeting / the hall": leaving an occasion in protest (CAMEO 14);
        # walking out of talks stays a halt to negotiations
        return "PROTEST", "boycott", token
    if token.pos_ == "VERB":
        if lemma == "fire" and token.i >= 2 and token.nbor(-1).text == "-" \
                and token.nbor(-2).lower_ == "test":
            return "MOBILIZE", "weapons", token  # "test-fired", split by the tokenizer
        for child in token.children:
            if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                            for g in child.children):
                continue  # "fired on Monday": a date, not a target
            if (child.dep_ in ("prt", "prep") or (child.dep_ == "advmod" and (
                    child.tag_ == "RP" or child.lower_ == "aside"))) \
                    and (lemma, child.lower_) in PHRASAL \
                    and child.i > token.i and not (child.dep_ == "prep" and any(
                        c.dep_ == "oprd" for c in token.children)):
                # ("for the record, called the night a win": no call for anything)
                needed = PHRASAL_OBJECTS.get((lemma, child.lower_))
                if needed is not None and not any(
                        g.lemma_.casefold() in needed for g in child.subtree if g.i != child.i) \
                        and not (child.dep_ == "prt" and any(
                            c.dep_ in ("dobj", "obj") and c.lemma_.casefold() in needed
                            for c in token.children)):
                    continue  # "went on talking", "took to Twitter" ("called up reservists":
                    # the object hangs on the verb)
                if (lemma, child.lower_) in PARTY_OBJECT_PHRASALS and not any(
                        _actorish(g) for g in child.children if g.dep_ == "pobj"):
                    continue  # "broke with tradition", "unloaded on the market"
                etype, mode = PHRASAL[(lemma, child.lower_)]
                if etype in ("ASSAULT", "SANCTION", "COERCE", "ACCUSE", "AID") and any(
                        c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children):
                    return None  # "before he cut himself off": no one else is acted on
                if (lemma, child.lower_) == ("speak", "out") and not any(
                        c.dep_ == "prep" and c.lower_ == "against"
                        for h in (token, child) for c in h.children):
                    return None  # "before Obama spoke out": speaking up, for or against
                if child.lower_ == "back" and lemma in COMEBACK_VERBS \
                        and not _verbal_comeback(token):
                    continue  # "hit back with airstrikes", "pushed back the vote"
                if (lemma, child.lower_) in STANDING_PHRASALS and not any(
                        _actorish(g) or g.lemma_.casefold() in GROUP_NOUNS | {
                            "ally", "friend", "partner", "neighbour", "neighbor"}
                        for g in child.children if g.dep_ == "pobj"):
                    return None
                handed = _content_object(token)
                if etype == "RETREAT" and handed is not None \
                        and handed.lemma_.casefold() in AID_OBJECTS:
                    etype, mode = "AID", None  # "handed over 700 kg of medicine to X"
                return etype, mode, token
        obj = _content_object(token)
        if obj is not None and obj.lemma_.casefold() == "strike" and any(
                c.dep_ in ("compound", "amod") and c.lemma_.casefold() in LABOUR_STRIKE
                for c in obj.children) and lemma in LIGHT_VERBS:
            # "began a hunger strike", "called a general strike": a protest, not an air strike
            hunger = any(c.lemma_.casefold() == "hunger" for c in obj.children)
            return "PROTEST", "hunger" if hunger else "strike", token
        if lemma in ("provide", "give", "offer", "extend") and obj is not None \
                and _lemma(obj) == "guarantee" and any(
                    c.lower_ == "security" for c in obj.children if c.dep_ in ("compound", "amod")):
            # "would provide security guarantees to Armenia": a pledge of protection (AGREE);
            # a loan guarantee stays aid
            return "AGREE", None, token
        if lemma in ("send", "deploy", "dispatch") and obj is not None \
                and _lemma(obj) in MISSION_PERSONNEL and any(
                    c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
            return "AID", None, token  # "sent observers to Armenia": help on the ground (07)
        if lemma in ("withdraw", "recall", "pull") and obj is not None \
                and obj.lemma_.casefold() in ASSISTING_PERSONNEL:
            # withdrawing one's peacekeepers, inspectors or diplomats cuts relations (CAMEO
            # 16); withdrawing troops from another's land is a concession (RETREAT)
            return "SANCTION", "withdraw", token
        if obj is not None and obj.lemma_.casefold() == "strike" and lemma in (
                "begin", "start", "hold", "stage", "call", "continue", "organize", "organise") \
                and not any(c.dep_ in ("compound", "amod") and c.lower_ in (
                    "air", "missile", "drone", "rocket", "military") for c in obj.children) \
                and not any(c.dep_ == "prep" and c.lower_ in ("on", "against") for h in (
                    token, obj) for c in h.children):
            return "PROTEST", "strike", token  # "began a strike": a stoppage, not a raid
        if lemma == "evacuate" and obj is not None and {(_group_head(obj) or obj).lemma_.casefold(),
                                                        obj.lower_} & {
                "wounded", "wound", "injured", "civilian", "refugee", "casualty", "sick",
                "resident", "child", "people", "family"}:
            return "AID", None, token  # "evacuated the wounded": rescue, not withdrawal
        if lemma in ("end", "conclude") and obj is not None and _talks_ended_together(token, obj):
            return "CONSULT", None, token  # "X and Y ended two days of talks": talks held
        if lemma in ("suspend", "halt", "end") and obj is not None and obj.lemma_.casefold() in (
                "operation", "activity", "patrol", "work", "monitoring") and not any(
                c.dep_ in ("compound", "amod", "poss") and c.lower_ not in ("its", "their", "all")
                for c in obj.children):
            return "RETREAT", "withdraw", token  # "observers suspended operations": stand down
        if lemma in ESCALATING_VERBS and obj is not None and obj.lemma_.casefold() in \
                ATTACK_NOUNS - {"operation"} and lemma != "launch":
            return "ASSAULT", None, token  # "increased attacks on Tripoli"
        if lemma == "take" and obj is not None and obj.lemma_.casefold() == "control" and any(
                c.dep_ == "prep" and c.lower_ == "of" for h in (token, obj) for c in h.children):
            return "COERCE", "seize", token  # "took control of the town" (CAMEO 192)
        if lemma == "hold" and obj is not None and (_group_head(obj) or obj).lemma_.casefold() \
                in CAPTIVE_NOUNS:
            return "COERCE", "arrest", token  # "is holding thousands of detainees"
        if lemma == "open" and obj is not None and obj.lemma_.casefold() in (
                "crossing", "border", "airspace", "port", "corridor"):
            return "CONCEDE", None, token  # "opened the border crossing": easing a closure
        mover = _subject(token) if lemma == "advance" else None
        if mover is not None and mover.lemma_.casefold() in TROOP_WORDS | {"militia", "fighter"}:
            return "MOBILIZE", "troops", token  # "troops advanced towards the city"
        if lemma in ("fire", "launch", "use") and obj is not None and obj.lemma_.casefold() in (
                "missile", "rocket", "shell", "mortar", "bomb", "grenade", "gas", "bullet",
                "cannon") and any(
                c.dep_ == "prep" and c.lower_ in ("at", "against", "on", "into")
                and not _at_a_rate(c) for h in (token, obj) for c in h.children):
            # "fired missiles at X": not a test; "fired tear gas at protesters": repression
            # ("at a record pace" says how often, not at whom)
            aims = [g for h in (token, obj) for c in h.children if c.dep_ == "prep"
                    and c.lower_ in ("at", "against", "on", "into") and not _at_a_rate(c)
                    for g in c.children
                    if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
            if aims and all(g.lemma_.casefold() in OPEN_WATERS for g in aims):
                return "MOBILIZE", "weapons", token  # "fired three missiles into the sea"
            # (missiles fired on a day alone, "fired two missiles on Sunday", aim at nothing:
            # a launch, read below; rockets and shells fired are attacks all the same)
            if aims or obj.lemma_.casefold() != "missile":
                return "ASSAULT", "heavy-weapons" if obj.lemma_.casefold() in (
                    "missile", "rocket", "shell", "mortar", "bomb") else None, token
        light = LIGHT_VERBS.get(lemma)
        # "launched a mediation effort": the compound names the act
        key = next((k for k in [obj.lemma_.casefold(), *(c.lemma_.casefold() for c in
                                                        obj.children if c.dep_ == "compound"),
                                # "provided photographs and other intelligence"
                                *(c.lemma_.casefold() for c in obj.conjuncts)]
                    if light and k in light), None) if obj is not None else None
        if lemma in OPENING_VERBS and obj is not None and _lemma(obj) in OPERATION_NOUNS:
            mods = {c.lemma_.casefold() for c in obj.children if c.dep_ in ("amod", "compound")}
            aimed = any(c.dep_ == "prep" and c.lower_ == "against" for c in obj.children)
            if mods & {"legal", "judicial", "court"} and aimed:
                return "ACCUSE", "allege", token  # "launched legal action against Poland"
            if mods & ARMED_MODIFIERS or (aimed and _lemma(obj) == "operation"):
                return "ASSAULT", None, token  # "launched a military operation against X"
        if lemma in ("accept", "approve", "grant") and obj is not None \
                and _lemma(obj) in ASKED_NOUNS | {"invitation"}:
            # "accepted the request to cooperate", "approved Poland's request": consenting to
            # what was asked is an AGREE; only a demand or ultimatum given in to is a
            # concession
            return "AGREE", None, token
        if lemma in YIELDING_VERBS and obj is not None and _lemma(obj) in DEMAND_NOUNS:
            return "CONCEDE", None, token  # "accepted the demands of the protesters"
        if lemma == "raise" and obj is not None and _lemma(obj) in RAISED_CONDUCT \
                and any(c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ in (
                    "GPE", "NORP", "ORG")) for c in obj.children):
            # "raised Beijing's pressure on the Philippines", "raised China's continued
            # building of coal plants with Xie": another party's conduct brought up in talks
            # is a complaint about it (CAMEO 11)
            return "ACCUSE", "disapprove", token
        if lemma == "question" and obj is not None and _lemma(obj) in QUESTIONED_TRAITS \
                and any(c.dep_ == "poss" for c in obj.children):
            return "ACCUSE", "disapprove", token  # "questioned Cruz's eligibility"
        if lemma in PLEDGE_VERBS and obj is not None and (_lemma(obj) in PROMISED_HARM or (
                _lemma(obj) == "response" and not any(
                    c.dep_ == "prep" and c.lower_ == "to" and not any(
                        _lemma(g) in HARMING_NOUNS | {"aggression", "provocation"}
                        for g in c.children) for c in obj.children))):
            return "THREATEN", None, token  # "the White House promised a veto", "Pakistan
            # vows response" (a reply to a letter is no harm)
        if lemma in PLEDGE_VERBS and obj is None and any(_made_to_pay(c) for c in token.children):
            return "THREATEN", None, token  # "has promised that Moscow would pay for it"
        if lemma in ("fight", "battle") and obj is not None and _lemma(obj) in COGNATE_FIGHTS \
                and not any(c.dep_ in ("prep", "dative") for h in (token, obj)
                            for c in h.children):
            return None  # "we have fought the battle": a contest, no armed attack
        if lemma in FIGHTING_VERBS and obj is not None and _an_ill_fought(obj):
            return None  # "an alliance to fight deforestation", "to combat corruption": a cause
        if lemma in GIVING_VERBS and obj is not None and _money(obj) \
                and _recipient(token) is not None:
            return "AID", None, token  # "gave $2 million to Nigeria's farm sector"
        if key in MEAL_NOUNS and obj is not None and not any(
                c.dep_ == "prep" and c.lower_ == "with" and any(_actorish(t) for t in c.subtree)
                for h in (token, obj) for c in h.children):
            key = None  # "had dinner with his wife": a meal with no party named is no meeting
        if key in JAB_NOUNS and obj is not None and not any(
                c.dep_ == "prep" and c.lower_ == "at" for h in (token, obj) for c in h.children):
            key = None  # "took a shot" with no one aimed at: a vaccine, a photograph, a try
        if lemma in ("announce", "unveil") and key in ACCORD_NOUNS and obj is not None and any(
                (c.dep_ == "prep" and c.lower_ == "between")
                or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
                for c in obj.children):
            key = None  # "announced a deal between Israel and the UAE": others' accord; "as
            # he announced the deal": one told before, made public, no new act
        if key is not None and key in OBJECT_NOUNS:  # ("mount a challenge": no type)
            etype, mode = OBJECT_NOUNS[key]
            if etype == "CONSULT" and obj is not None and any(
                    c.dep_ == "prep" and c.lower_ == "from" and any(
                        g.dep_ == "pobj" and _lemma(g) in AUDIENCE_NOUNS for g in c.children)
                    for h in (token, obj) for c in h.children):
                return None  # "took calls from listeners": a phone-in show, no contact
            if etype == "MOBILIZE" and key in WEAPON_WORDS:
                mode = "weapons"
            if key in ("exercise", "drill") and obj is not None and (any(
                    c.lower_ in ("joint", "combined") for c in obj.children)
                    or _drill_partner(token, obj)):
                return "COOPERATE", None, token  # "held joint drills", "held exercises with
                # Australia": armed forces together, a military exchange (PLOVER COOPERATE)
            return etype, mode, token
        if lemma in ("remain", "stay", "be", "go", "keep") and any(
                c.dep_ == "prep" and c.lower_ == "on" and any(
                    g.dep_ == "pobj" and g.lemma_.casefold() == "alert" for g in c.children)
                for c in token.children):
            return "MOBILIZE", "troops", token  # "troops remained on alert"
        if lemma in ("call", "phone") and any(c.lower_ == "for" and c.i > token.i
                                               for c in token.children) \
                and not any(c.dep_ == "oprd" for c in token.children):
            return "REQUEST", None, token  # (not "for the record, called the night a win")
        if lemma == "call" and any(c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
                for c in token.children):
            return "REQUEST", None, token  # "called for Gbagbo to leave office"
        if lemma == "call" and _labelling(token):
            return None  # "called him a racist", "as the paper called them": a label, no call
        if lemma == "call" and obj is not None and _actorish(obj):
            return "CONSULT", "phone", token  # "Biden called Putin"
        if lemma in ("welcome", "greet") and obj is not None and _received_in_person(token, obj):
            # "welcomed Lula to the White House", "greeted his guest on the tarmac": a host
            # meeting a visitor (welcoming a decision or an outcome stays praise)
            return "CONSULT", "visit", token
        if lemma == "block" and obj is not None and obj.lemma_.casefold() in PASSAGE_NOUNS:
            return "PROTEST", "obstruct", token  # CAMEO 144: obstruct passage
        if lemma in NORM_VERBS and obj is not None and obj.lemma_.casefold() in NORM_NOUNS:
            return "REJECT", "yield", token  # "violated the ban", "breached the accord"
        if _time_spent_together(token, obj) or (
                lemma == "shake" and obj is not None and _lemma(obj) == "hand"
                and (any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
                     or _subject_pair(token))):
            # "spent three hours with Qin Gang", "the two shook hands": a meeting (CONSULT)
            return "CONSULT", None, token
        if lemma in OBJECT_VERBS:
            nouns, etype, mode = OBJECT_VERBS[lemma]
            if obj is not None and _object_keys(obj) & nouns:
                if lemma in ("cancel", "scrap") and _own_meeting(obj):
                    # "cancelled his trip", "scrapped its meeting with X": "Cancellation of
                    # meetings are REJECT" (PLOVER manual); another's visit called off (or
                    # a deal) stays a cut in relations
                    return "REJECT", "meet", token
                return etype, mode, token
            if lemma not in VERBS:
                return None
        if lemma in VERBAL_ATTACK_VERBS and lemma not in VERBS and _armed_subject(token):
            return "ASSAULT", None, token  # "Russian missiles hit a power plant"
        if lemma in VERBAL_ATTACK_VERBS and lemma not in VERBS and _verbal_attack(token):
            return "ACCUSE", "disapprove", token  # "targeted the administration for ..."
        if lemma in VERBS:
            etype, mode = VERBS[lemma]
            if etype == "MOBILIZE" and obj is not None:
                # "massed thousands of troops": the troops counted, not the count
                obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj"), obj) \
                    if obj.lower_ in COUNT_NOUNS else obj
                noun = obj.lemma_.casefold()
                if noun in WEAPON_WORDS:
                    mode = "weapons"
                elif lemma in ("mass", "station", "reinforce", "gather", "concentrate") \
                        and noun not in TROOP_WORDS:
                    return None
            if lemma in ("gather", "concentrate") and obj is None:
                return None  # "protesters gathered": only troops gathered are mobilised
            if lemma == "move" and (obj is None or obj.lemma_.casefold() not in TROOP_WORDS):
                return None
            if lemma in ("talk", "speak") and not any(
                    c.dep_ == "prep" and c.lower_ in ("with", "to") for c in token.children) \
                    and not _plural_subject(token) and not _by_line(token):
                return None  # "talk about" on its own is speech, not a meeting (but "they
                # spoke by phone" is a call)
            if lemma in ("talk", "speak", "address") and any(
                    c.dep_ == "prep" and c.lower_ in ("to", "with", "before") and any(
                        g.dep_ == "pobj" and g.lemma_.casefold() in AUDIENCE_NOUNS | KIN_NOUNS
                        for g in c.children) for c in token.children):
                # "was speaking to contributors", "talked to reporters": speech; "talking to my
                # parents": family, not talks
                return None
            if lemma == "back" and obj is None:
                return None
            if lemma in ("revoke", "rescind") and obj is not None \
                    and _lemma(obj) in GRANTED_STANDINGS:
                return None  # "revoked the special status of Kashmir", "rescinded his visa":
                # a standing taken away, no concession (one eases a ban or an order)
            if lemma == "free" and token.pos_ != "VERB":
                return None
            if lemma in ("press", "charge", "station", "fire", "return", "freeze", "recall") \
                    and obj is None:  # "Holder recalled": remembering, not recalling envoys
                return None
            if lemma in ("defend", "receive", "execute", "beat", "thank", "admire") and (
                    obj is None or not (_actorish(obj) or _reciprocal(token)
                                        or (lemma == "thank" and _party_noun(obj))
                                        or (lemma == "receive" and (
                                            _envoy_received(obj) or _person_received(obj))))
            ) and not (
                        lemma == "defend" and obj is not None and _named_owner(obj)
                        and _object(token) is not None):  # ("borders were defended by")
                # "defended the decision", "executed a plan", "beat the deadline"; but
                # "defended Japan's right to ...": verbal support of a named party's stand
                return None
            if lemma in TRAVEL_VERBS and _travelled_to(token) is None:
                return None  # a visit needs its destination and a traveller
            released = obj if obj is not None else next(
                (c for c in token.children if c.dep_ == "nsubjpass"), None)
            if released is None and token.dep_ == "acl" and token.tag_ == "VBN":
                released = token.head  # "an analysis released by the department"
            # (the tokenizer may cut "e-mails" into three objects: any of them counts)
            if lemma == "release" and released is not None and any(
                    (_group_head(_portion_of(r)) or _portion_of(r)).lemma_.casefold()
                    in DOCUMENT_NOUNS | SPEECH_NOUNS for r in [released, *(
                        c for c in token.children if c.dep_ == "dobj")]):
                # "emails released by the State Department", "released 3,000 of her emails",
                # "his remarks were released by a PAC": publication, nobody is set free
                return None
            if lemma == "commit" and obj is not None:
                return None  # "committed a crime": the promise sense is "commit to"
            if etype == "SUPPORT" and obj is not None and (_group_head(obj) or obj).lemma_ \
                    .casefold() in ATTACK_NOUNS | {"sanction", "embargo", "tariff", "penalty", "war", "ban"}:
                return None  # "has championed sanctions on Venezuela": a stance on a measure
                # against someone, not support given to them
            if lemma in ("host", "play", "face", "meet") and any(
                    c.dep_ == "prep" and c.lower_ in ("for", "in") and any(
                        g.dep_ == "pobj" and g.lemma_.casefold() in GAME_NOUNS
                        for g in c.children) for h in (token, obj) if h is not None
                    for c in h.children):
                return None  # "the Panthers host the Vikings for a football game": sport
            if lemma == "accept" and obj is not None \
                    and (_group_head(obj) or obj).lemma_.casefold() in OWNED_UP_NOUNS:
                return None  # "accepts full responsibility", "accepted the result": owning up,
                # agreeing with no one
            if lemma == "plead" and any(c.lower_ in PLEA_WORDS for c in token.subtree
                                        if token.i < c.i <= token.i + 3):
                return None  # "pleaded guilty to charges": a plea in court, not an appeal
            if obj is not None and obj.lower_ in REFLEXIVES and etype in (
                    "ASSAULT", "SANCTION", "COERCE", "ACCUSE", "AID", "PROTEST"):
                return None  # "shot himself", "cut himself off": nobody else is acted on
            if lemma in ("suspend", "end", "halt") and obj is not None \
                    and obj.lemma_.casefold() in ("campaign", "candidacy", "bid", "run") \
                    and any(c.dep_ == "poss" for c in obj.children) and not any(
                        c.lemma_.casefold() in ("military", "bombing", "air", "offensive")
                        for c in obj.children):
                return None  # "since he suspended his presidential campaign": no sanction
            if lemma == "rally" and obj is not None:
                return None  # "rallying the Democratic base": mustering one's own, no protest
            if lemma == "dispute" and (token.dep_ in ("amod", "compound", "pobj", "dobj",
                                                      "nsubj", "nsubjpass")
                                       or not token.tag_.startswith("VB")
                                       or (token.tag_ == "VB" and not any(
                                           c.dep_ == "aux" for c in token.children))):
                return None  # "the disputed islands", "its fisheries dispute": no act
            if lemma == "demonstrate" and (obj is not None or any(
                    c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "to")
                    for c in token.children)):
                return None  # "demonstrated a disregard", "to demonstrate to X that": show
            if lemma == "offer" and ((obj is not None and (
                    _group_head(obj) or obj).lemma_.casefold() in SPEECH_NOUNS) or any(
                    c.dep_ == "advmod" and c.lower_ in SPEECH_NOUNS for c in token.children)):
                # "offered more comments", "offered new insight": speech ("offered his guest
                # another aside": the parse reads the noun as an adverb)
                return None
            if lemma == "meet" and obj is not None and not _actorish(obj) \
                    and obj.lemma_.casefold() in THRESHOLD_NOUNS:
                return None  # "meet the bar", "met the deadline": satisfying a standard
            if lemma == "discuss" and not any(
                    c.dep_ == "prep" and c.lower_ == "with" for c in token.children) \
                    and not _plural_subject(token) and (
                        (token.dep_ in ("acl", "advcl") and token.tag_ == "VBG")
                        or not _meeting_subject(token)):
                return None  # "discussed his affection for X": talk about, not talks with
            if lemma == "ask" and any(c.dep_ == "ccomp" and (c.tag_ in ("WRB", "WP") or any(
                    g.tag_ in ("WRB", "WP", "WDT") or (g.dep_ == "mark" and g.lower_ in (
                        "if", "whether")) for g in c.children)) for c in token.children):
                return None  # "asked Hunter how his campaign was going": a question
            if lemma in FIGURATIVE_CRITICISM and not (
                    obj is not None and (_actorish(obj) or _named_owner(obj)
                                         or _lemma(obj) in CONDUCT_NOUNS)) and not any(
                    c.dep_ in ("prep", "prt") and c.lower_ == "into" for c in token.children):
                return None  # "ripped the poster down": no one is criticised
            if lemma == "ask" and _asks_a_question(token):
                return None  # '"Does anybody know …?" Graham asked', "I've got to ask you"
            if lemma == "help" and (obj is None or not _actorish(obj)):
                return None  # "is helping to keep the peace": nobody is given help
            if lemma in ("seize", "capture") and obj is not None and obj.lemma_.casefold() in (
                    "power", "control", "initiative", "opportunity", "moment", "chance",
                    "nomination", "attention", "imagination", "headline", "spotlight",
                    "mood", "spirit", "essence", "vote", "seat", "title", "lead"):
                return None  # "after seizing power": a coup or a figure of speech, no target
            if lemma == "wound" and any(c.dep_ == "prt" for c in token.children):
                return None  # "wound up sticking to": wind up, not wound
            if lemma == "insist" and not _insist_demands(token):
                return None  # "insisted that he has no plans": a claim, not a demand
            if lemma == "strike" and obj is not None:
                noun = obj.lemma_.casefold()
                if noun in ("deal", "agreement", "accord", "bargain", "compromise"):
                    return "AGREE", None, token  # "struck a deal"
                if noun in FIGURATIVE_STRIKE_OBJECTS:
                    return None  # "struck a conciliatory tone"
            return etype, mode, token
        if lemma in ("move", "send", "deploy") and obj is not None \
                and obj.lemma_.casefold() in TROOP_WORDS:
            return "MOBILIZE", "troops", token
        if lemma in ("send", "dispatch") and _sent_envoy(token) is not None:
            return "CONSULT", "visit", token  # "dispatched his envoy to Moscow": a visit
        return None
    if token.pos_ == "ADJ" and lemma in ADJECTIVES and token.dep_ == "acomp" and any(
            c.dep_ == "prep" and c.lower_ in ("of", "toward", "towards", "to")
            for c in token.children):
        etype, mode = ADJECTIVES[lemma]
        return etype, mode, token.head
    return None


# Where a missile fired at nobody lands: "fired three missiles into the sea" shows force.
OPEN_WATERS = {"sea", "ocean", "water", "waters", "gulf", "bay", "sky", "air", "strait"}
# What one offers when offering speech rather than cooperation ("offered more comments").
SPEECH_NOUNS = {"comment", "remark", "insight", "thought", "view", "opinion", "explanation",
                "detail", "account", "assessment", "prediction", "glimpse",
                "defense", "defence", "testimony", "observation", "analysis", "perspective",
                "argument", "rebuttal", "response", "answer", "take", "word", "vision",
                "outlook", "overview", "preview", "outline", "aside", "quip", "joke", "anecdote",
                "caveat"}
# Standards one meets rather than people: "meet the bar", "met the deadline".
THRESHOLD_NOUNS = {"bar", "threshold", "requirement", "standard", "target", "goal", "deadline",
                   "criterion", "criteria", "expectation", "quota", "benchmark", "test", "mark",
                   "need", "obligation", "condition", "definition", "challenge"}
# Heads that stand for a quantity of what follows "of" ("the full set of emails").
PORTION_NOUNS = {"set", "batch", "trove", "cache", "series", "number", "copy", "portion", "part",
                 "rest", "bunch", "collection", "stack", "pile", "page", "thousand", "thousands",
                 "hundred", "hundreds", "dozen", "dozens", "raft", "slew", "tranche"}
# Listeners of a speech rather than parties to talks: "spoke to reporters".
AUDIENCE_NOUNS = {"reporter", "journalist", "audience", "crowd", "supporter", "contributor",
                  "donor", "student", "voter", "press", "media", "gathering", "rally",
                  "graduate", "veteran", "worker", "employee", "fan", "listener", "viewer",
                  "congregation", "parishioner", "member", "delegate", "reader"}
# Bodies whose members talk among themselves: "the council discussed".
MEETING_BODIES = {"council", "committee", "cabinet", "summit", "meeting", "delegation",
                  "panel", "commission", "parliament", "assembly", "conference", "board",
                  "group", "bloc", "alliance", "side", "team"}
CONTACT_WORDS = {"call", "meeting", "talk", "conversation", "meet", "speak", "visit", "summit",
                 "phone", "telephone", "session", "dinner", "lunch", "breakfast", "videoconference",
                 "gather", "convene", "host", "negotiation"}


# Nouns that name a party by its role or its people ("his guest", "the American people",
# "the Israeli leader", "their hosts"): thanking one of them is thanking that party.
PARTY_ROLE_NOUNS = PERSON_TITLE_NOUNS | {
    "guest", "host", "counterpart", "people", "ally", "partner",
    "prince", "king", "emir", "sultan", "chancellor", "premier", "delegation", "envoy"}


# Where, or with what, a visitor is received in person: "to the White House", "on the
# tarmac", "with a ceremony", "with full honours".
RECEPTION_NOUNS = {"ceremony", "honour", "honor", "carpet", "handshake", "hug", "embrace",
                   "guard", "salute", "fanfare"}
VENUE_WORDS = {"house", "palace", "hall", "lawn", "airport", "airbase", "base", "residence",
               "tarmac", "chancellery", "mansion", "carpet", "kremlin"}


def _received_in_person(verb: Token, obj: Token) -> bool:
    """'welcomed Brazil's president to the White House', 'welcomed his guest with a
    ceremony', 'greeted both teams': a party welcomed or greeted in person, not an act or a
    piece of news welcomed ('welcomed the agreement'). Greeting a party is always in person;
    welcoming one is when a place it is welcomed to or at, or a ceremony, is told, or the
    party is the visitor ('his guest')."""
    if not (_actorish(obj) or _party_noun(obj) or _lemma(obj) in DELEGATION_NOUNS):
        return False
    if _lemma(verb) == "greet" or _lemma(obj) in ("guest", "visitor", "delegation"):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("into", "as") for c in [*obj.children,
                                                                     *verb.children]):
        return False  # "welcomed Finland into the alliance", "welcomed X as a member"
    for prep in [*verb.children, *obj.children]:  # ("welcomed X, Y, to the White House":
        # the parse may hang the place on the object)
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "at", "on", "in", "with"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if prep.lower_ == "with" and _lemma(pobj) in RECEPTION_NOUNS:
                return True
            if prep.lower_ != "with" and (pobj.ent_type_ in ("FAC", "GPE", "LOC")
                                          or pobj.lower_ in VENUE_WORDS):
                return True
    return False


def _party_noun(obj: Token) -> bool:
    """Whether the object names a party by its role ("his guest", "the Israeli leader")."""
    return obj.pos_ == "NOUN" and _lemma(obj) in PARTY_ROLE_NOUNS


def _labelling(call: Token) -> bool:
    """'called him a racist', 'as the paper called them', 'what it called a threat': 'call' with
    a name or description for its object, not a telephone call."""
    return any(c.dep_ == "oprd" or (c.dep_ == "mark" and c.lower_ == "as")
               or (c.dep_ in ("dobj", "obj") and c.tag_ == "WP") for c in call.children) \
        or any(_appositive_label(a) is not None for c in call.children
               if c.dep_ in ("dobj", "obj") for a in c.children)


def _portion_of(token: Token) -> Token:
    """'the full set of emails', '3,000 of the emails' → emails: the things a quantity noun
    or a number counts."""
    if token.lemma_.casefold() not in PORTION_NOUNS and not (
            token.like_num and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)):
        return token  # ("about 3,000 of her emails": a count of the emails)
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), token)


def _meeting_subject(verb: Token) -> bool:
    """Whether 'discuss' reports talks: a plural or collective subject, a 'with' in the clause
    or a contact named in the sentence ("in a call, Biden discussed ...")."""
    subj = _subject(verb)
    if subj is not None and (subj.tag_ in ("NNS", "NNPS") or bool(list(subj.conjuncts)) or subj.lower_ in ("they", "we")
                             or subj.lemma_.casefold() in MEETING_BODIES):
        return True
    if any(t.lower_ == "with" for t in verb.subtree):
        return True
    return any(_lemma(t) in CONTACT_WORDS for t in verb.sent if t.i != verb.i)


# Contests that teams, not parties, meet in.
GAME_NOUNS = {"game", "match", "tournament", "final", "semifinal", "championship", "playoff",
              "race", "bout", "fixture"}
# What one accepts without agreeing with anyone: "accepts the responsibility".
OWNED_UP_NOUNS = {"responsibility", "blame", "fact", "reality", "result", "outcome", "loss",
                  "consequence", "verdict", "criticism", "fault", "accountability"}
# A plea in court, not a plea to someone: "pleaded guilty", "pleads not guilty", "no contest".
PLEA_WORDS = {"guilty", "innocent", "contest", "fifth"}
# Things published rather than set free: "released the emails".
DOCUMENT_NOUNS = {"email", "e-mail", "mail", "report", "statement", "video", "document", "data",
                  "list", "record", "finding", "transcript", "memo", "letter", "text", "tape",
                  "recording", "photo", "photograph", "image", "footage", "poll", "survey",
                  "figure", "result", "detail", "information", "album", "book", "film",
                  "ad", "advertisement", "study", "plan", "budget", "version", "summary",
                  "analysis", "review", "audit", "assessment", "estimate", "guidance"}
# Nouns that measure what follows them ("25,000 tons of food aid", "$5 million of aid").
MEASURE_NOUNS = {"ton", "tonne", "dollar", "million", "billion", "worth", "amount", "shipment",
                 "consignment", "batch", "package", "kilogram", "kg", "euro", "pound", "lot",
                 "quantity", "supply", "$", "load", "convoy",
                 # spans of time: "began two days of exercises", "held three days of talks"
                 "day", "week", "hour", "month"}


# Starting an operation: force when the operation is armed ("launched a military operation",
# "began an operation against the militants"), a case when it is legal action against someone.
OPENING_VERBS = {"launch", "begin", "start", "conduct", "mount", "carry", "undertake",
                 "initiate", "step"}
OPERATION_NOUNS = {"operation", "action", "campaign"}
ARMED_MODIFIERS = {"military", "offensive", "air", "ground", "armed", "bombing", "counterterrorism",
                   "counter-terrorism", "counterinsurgency", "combat", "naval", "aerial"}
# Giving in to what another side asked: accepting or meeting its demands (CAMEO 08, yield).
YIELDING_VERBS = {"accept", "meet", "heed", "grant", "satisfy", "fulfil", "fulfill"}
DEMAND_NOUNS = {"demand", "request", "ultimatum", "call", "appeal", "plea", "condition"}
# What is asked, not exacted: accepting it is agreeing (PLOVER AGREE), not yielding.
ASKED_NOUNS = {"request", "call", "appeal", "plea"}


def _accepts_anothers_ask(verb: Token) -> bool:
    """"the two presidents had accepted his invitation to meet": a request or invitation of
    someone's taken up, agreed toward the one who asked, not between those who accept it."""
    return _lemma(verb) in ("accept", "answer", "heed") and any(
        c.dep_ in ("dobj", "obj") and _lemma(c) in ASKED_NOUNS | {"invitation", "offer"}
        and any(g.dep_ == "poss" for g in c.children) for c in verb.children)
GIVING_VERBS = {"provide", "give", "contribute", "donate", "send", "grant", "allocate",
                "disburse", "transfer"}
CAMPAIGN_NOUNS = {"campaign", "candidate", "candidacy", "pac", "super-pac", "reelection",
                  "re-election", "party", "committee"}
CURRENCY_WORDS = {"euro", "dollar", "pound", "yen", "yuan", "franc", "rouble", "ruble", "rupee",
                  "$", "€", "£", "usd", "eur"}


def _money(obj: Token) -> bool:
    """'$2 million', '6.3 million euros', 'USD1 million': a sum of money."""
    return obj.ent_type_ == "MONEY" or obj.lemma_.casefold() in CURRENCY_WORDS or any(
        c.ent_type_ == "MONEY" or c.lower_ in CURRENCY_WORDS for c in obj.children)


def _recipient(verb: Token) -> Token | None:
    """Whom a thing is given to: the dative object, or the noun after 'to'; not an election
    campaign (a political donation is no aid between parties)."""
    for child in verb.children:
        got = None
        if child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            got = child
        elif child.lower_ == "to" and child.dep_ in ("dative", "prep"):
            got = next((g for g in child.children if g.dep_ == "pobj"
                        and g.pos_ in ("NOUN", "PROPN")), None)
        if got is not None:
            return None if got.lemma_.casefold() in CAMPAIGN_NOUNS else got
    return None


# Verbs of handing something over to someone.
HANDING_VERBS = GIVING_VERBS | {"offer", "supply", "deliver", "ship", "hand", "return",
                                "extradite", "repatriate", "sell", "lend", "donate"}


def _recipient_in_object(verb: Token) -> Token | None:
    """The noun after a 'to' hung inside the verb's object or its prepositional phrases
    ("ammunition alongside aid to Turkey"), not inside a clause of its own."""
    for tok in verb.subtree:
        if tok.lower_ == "to" and tok.dep_ == "prep" and tok.i > verb.i:
            path, ok = tok.head, True
            while path.i != verb.i:
                # a participle describing the thing ("a pendant engraved with X, to Y") is
                # often given the 'to'; a clause with its own subject never is
                if path.pos_ in ("VERB", "AUX") and not (path.dep_ == "acl"
                                                         and path.tag_ == "VBN"):
                    ok = False
                    break
                path = path.head
            got = next((g for g in tok.children if g.dep_ == "pobj"), None)
            if ok and got is not None and got.pos_ in ("NOUN", "PROPN"):
                return got
    return None


RELATIVE_WORDS = {"which", "that", "whom", "whose", "who", "where", "when", "why"}


def _content_object(verb: Token) -> Token | None:
    """The object, looking through a measure ("sent 25,000 tons of food aid" → aid); for
    "engage in talks" the object of "in"."""
    obj = _object(verb)
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and (
            obj is None or obj.lower_ in ("which", "that")):
        # "the tariffs that Chile imposed", "the troops it has gathered": what the clause
        # acts on is the noun it is told of (not when that noun is its subject: "which cut")
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        between = verb.doc[verb.head.i + 1:verb.i]
        if subject is not None and subject.dep_ == "nsubj" \
                and subject.lower_ not in ("which", "that", "who") and not any(
                    t.lower_ in RELATIVE_WORDS and t.dep_ != "dobj" for t in between):
            obj = verb.head  # (but "a document in which Pyongyang committed to ...")
    if obj is None and any(c.dep_ == "agent" for c in verb.children):
        # "was returned to Egypt by Italian officials", "aid was delivered by X": in the
        # passive with its doer named, the thing acted on is the subject
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if obj is None and verb.lemma_.casefold() == "engage":
        obj = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                    for g in c.children if g.dep_ == "pobj"), None)
    for _ in range(3):
        if obj is None or obj.lemma_.casefold() not in MEASURE_NOUNS:
            break
        pobj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
        if pobj is None:
            break
        obj = pobj
    return obj


def _object_keys(obj: Token) -> set[str]:
    """The object's lemma and its compound modifiers' ("mediation efforts" → mediation); for
    "a state of siege / emergency" the kind of state."""
    keys = {obj.lemma_.casefold(), *(c.lemma_.casefold() for c in obj.children
                                     if c.dep_ == "compound")}
    if obj.lemma_.casefold() == "state":
        keys |= {g.lemma_.casefold() for c in obj.children if c.dep_ == "prep"
                 and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
    return keys


def _sent_envoy(verb: Token) -> Token | None:
    """The person sent in "sent / dispatched <person> to <place>", else None."""
    obj = _object(verb)
    if obj is None or not (obj.ent_type_ == "PERSON" or (
            obj.pos_ == "PROPN" and obj.ent_type_ not in ("GPE", "LOC", "NORP"))):
        return None
    to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    if not any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for c in to
               for g in c.children):
        return None
    return obj


def _insist_demands(verb: Token) -> bool:
    """Whether "insist" demands ("insisted on guarantees", "insisted that NATO must stop",
    "insists that he resign") rather than claims ("insisted that he has no plans")."""
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
        return True
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return True
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & {"should", "must", "shall"}) or (clause.tag_ == "VB" and not aux)


def _lemma(token: Token) -> str:
    """The lemma, mended where the lemmatiser cuts a verb's final 'e' ("staged" → "stag")."""
    lemma = token.lemma_.casefold()
    if token.pos_ == "VERB" and lemma not in VERBS and lemma not in LIGHT_VERBS:
        mended = lemma + "e"
        if token.lower_.startswith(mended) and (mended in VERBS or mended in LIGHT_VERBS):
            return mended
    return lemma


def _noun_key(token: Token) -> str | None:
    """The NOUNS entry of an event noun, or None ("talk" counts only as plural "talks")."""
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("PERSON", "GPE", "ORG", "DATE"):
        return None  # "in March" is a month
    lemma = token.lemma_.casefold()
    if lemma == "talk":
        return "talks" if token.lower_ == "talks" else None
    if token.lower_ == "in" and token.i >= 2 and token.nbor(-1).text == "-" \
            and token.nbor(-2).lower_ == "sit":
        return "sit-in"  # split by the tokenizer
    if lemma == "strike" and any(c.lower_ in ("air", "missile", "drone", "rocket")
                                 for c in token.children if c.dep_ in ("compound", "amod")):
        return "airstrike"  # "air strikes", not a labour strike
    return lemma if lemma in NOUNS else None


def _nominal(token: Token) -> Candidate | None:
    """An event noun in an asserted use whose phrase names its actor."""
    key = _noun_key(token)
    if key is None and _lemma(token) in ATTACK_NOUNS and _claimed(token):
        # "Islamic State claims raid on prison": a noun the lexicon leaves out alone (a police
        # raid, a labour strike) is an attack when a side claims it
        key, (etype, mode) = _lemma(token), ("ASSAULT", None)
    elif key is None:
        return None
    else:
        etype, mode = NOUNS[key]
    head = token.head
    # "impose sanctions", "held talks": the light verb already made this an event.
    if token.dep_ in ("dobj", "obj") and key.rstrip("s") in LIGHT_VERBS.get(
            head.lemma_.casefold(), set()) | LIGHT_VERBS.get(head.lemma_.casefold(), set()):
        return None
    if _light_object(token):
        return None
    if etype == "CONSULT":
        wanted = _wanted_by(token)
        if wanted is not None:
            # "a meeting between Biden and Putin, which Putin said he would like": whoever
            # wants the meeting offers it (PLOVER: intent to meet is AGREE)
            return Candidate(type="AGREE", mode="meet", token=token, verb=wanted,
                             agent=_subject(wanted))
    doer = _nominal_actor_token(token)
    if doer is None and token.dep_ in ("dobj", "obj") and head.pos_ == "VERB" \
            and head.lemma_.casefold() in ASPECTUAL_VERBS and etype != "CONSULT" \
            and _nominal_context(token) == "keep" and _context(head, head) == "keep":
        # "sped up the withdrawal of its forces from Panama", "completed the pullout": the
        # subject does what the noun names
        return Candidate(type=etype, mode=mode, token=token, verb=head)
    if doer is None and etype == "ASSAULT" and _nominal_context(token) == "keep":
        owner = _attack_owner(token)  # "X claimed responsibility for the bombing"
        if owner is not None:
            return Candidate(type=etype, mode=mode, token=token, verb=token, nominal=True,
                             agent=owner)
    if doer is None and etype == "PROTEST" and not any(
            c.dep_ in ("det", "amod") and c.lower_ in UNREAL_MODIFIERS for c in token.children):
        if token.dep_ == "pobj" and token.head.lower_ in ("in", "for") \
                and token.head.head.pos_ == "VERB" and _nominal_context(token) == "keep":
            # "poured into the streets in protest of X", "returned to the square for a sit-in":
            # whoever does the clause protests
            protester = _subject(token.head.head)
            if protester is not None and protester.ent_type_ not in ("GPE", "LOC", "FAC"):
                return Candidate(type=etype, mode=mode, token=token, verb=token, nominal=True,
                                 agent=protester)
        place = _protest_place(token)
        if place is not None and _nominal_context(token) == "keep":
            # "protests took place in Libyan cities", "Egypt is hit by protests": the people
            # of the place protest (PLOVER codes unnamed protesters by their country)
            return Candidate(type=etype, mode=mode, token=token, verb=token, nominal=True,
                             agent=place, place=True)
    if doer is None:
        return None
    if _forum_name(token, doer):
        return None
    if key == "fire" and _modifier_group(doer) is None and doer.head.lower_ != "by":
        return None  # "a fire at the plant", "drew fire from critics"
    planned = False
    for child in token.children:
        low = child.lower_
        if child.dep_ in ("det", "amod", "advmod", "neg", "nummod") and low in UNREAL_MODIFIERS:
            return None
        if child.dep_ in ("amod", "compound") and low in PLANNED_MODIFIERS:
            planned = True
    harm = token.head.head
    # "were killed in an Israeli airstrike", "farmers killed in Russian shelling": the attack
    # is the act, the killing its outcome, whose clause names no doer
    outcome = etype == "ASSAULT" and token.head.lower_ in ("in", "by") \
        and _lemma(harm) in KILLING_VERBS and (
            _headline_passive(harm, token.sent)
            or not any(c.dep_ in ("nsubj", "agent") for c in harm.children))
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and harm.pos_ == "VERB" \
            and _lexical(harm) is not None and not outcome:
        return None  # "opposed to French mediation", "called for talks": the verb is the event
    verdict = _nominal_context(token)
    if verdict == "drop":
        return None
    if planned or verdict == "INTENT":
        if etype != "CONSULT":
            return None
        etype, mode = "AGREE", "meet"
    if etype == "CONSULT" and mode is None:
        mode = _consult_mode(token.sent)
    return Candidate(type=etype, mode=mode, token=token, verb=token, nominal=True)


# Gatherings an organisation or a grouping hosts as a forum ("the G20 summit", "a NATO meeting").
FORUM_NOUNS = {"summit", "meeting", "conference", "forum", "gathering", "session", "ministerial"}


def _forum_name(noun: Token, doer: Token) -> bool:
    """Whether the only name on a gathering noun is the forum it is held in ("on the sidelines
    of the G20 summit", "at a BRICS meeting"): the forum hosts, it meets no one, and its
    members are not named there; a state or person before the noun ("the US-China summit",
    "the Biden-Xi meeting") stays a party."""
    if noun.lemma_.casefold() not in FORUM_NOUNS or doer.dep_ != "compound" \
            or doer.pos_ != "PROPN" or _nominal_args(noun)[1]:
        return False
    doc = noun.doc
    kinds = {a.name: a.kind for a in (doc._.actors or [])}
    named = [kinds.get(m.actor) for m in (doc._.actor_mentions or [])
             if m.start <= doer.idx < m.end]
    if named:
        return all(k == "organization" for k in named)  # the tagger calls "BRICS" a place
    return doer.ent_type_ not in ("GPE", "NORP", "PERSON")


ASPECTUAL_VERBS = {"begin", "start", "continue", "complete", "speed", "accelerate", "resume",
                   "finish", "expand", "widen", "intensify", "escalate", "step"}
PROTEST_SITE_VERBS = {"hit", "rock", "sweep", "grip", "shake", "spread", "engulf"}


# Places named by a common noun that a country's name then qualifies ("cities across Libya").
PLACE_NOUNS = {"city", "town", "village", "province", "region", "area", "part", "street",
               "capital", "district"}


def _protest_place(noun: Token) -> Token | None:
    """Where protests with no named doer take place: "protests in Libyan cities", "protests
    take place in X", "X is hit by protests", "protests rock X"."""
    node = noun
    if node.head.dep_ in ("prep", "agent") and node.head.head.lower_ in ("wave", "series", "day",
                                                                          "week", "wave"):
        node = node.head.head  # "a new wave of protests"
    hosts = [noun, node]
    if node.dep_ in ("nsubj", "pobj") and node.head.pos_ in ("VERB", "ADP"):
        verb = node.head if node.dep_ == "nsubj" else node.head.head
        hosts.append(verb)
        # "protests continue to erupt in X": the place hangs on the verb continued
        hosts.extend(c for c in verb.children if c.dep_ == "xcomp")
        if verb.lemma_.casefold() in PROTEST_SITE_VERBS:
            held = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
            if held is not None and held.ent_type_ in ("GPE", "NORP"):
                return held  # "Egypt is hit by protests", "protests rock Cairo"
    for host in hosts:
        for child in host.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "across", "throughout"):
                where = next((c for c in child.children if c.dep_ == "pobj"), None)
                if where is not None and where.lemma_.casefold() in PLACE_NOUNS:
                    # "in cities across Libya", "in towns throughout Syria"
                    where = next((g for c in where.children if c.dep_ == "prep"
                                  and c.lower_ in ("across", "throughout", "in", "of")
                                  for g in c.children if g.dep_ == "pobj"
                                  and g.ent_type_ in ("GPE", "NORP")), where)
                if where is not None and (where.ent_type_ in ("GPE", "NORP") or any(
                        c.ent_type_ in ("GPE", "NORP") for c in where.children
                        if c.dep_ in ("amod", "compound"))):
                    return where
    return None


def _wanted_by(noun: Token) -> Token | None:
    """The verb of wanting in a relative clause on the noun ("the summit which Moscow has
    sought", "a meeting that he would like"), else None."""
    hosts = [noun, *(g for c in noun.children if c.dep_ == "prep"
                     for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts))]
    for child in (c for h in hosts for c in h.children):
        if child.dep_ != "relcl":
            continue
        for tok in child.subtree:
            if tok.pos_ == "VERB" and tok.lemma_.casefold() in {"like", "want", "seek", "propose",
                                                                "request", "offer", "demand"} \
                    and any(c.dep_ in ("dobj", "obj") and c.lower_ in ("which", "that")
                            for c in tok.children) \
                    and not any(c.dep_ == "neg" for c in tok.children):
                return tok
    return None


def _light_object(token: Token) -> bool:
    head = token.head
    if token.dep_ not in ("dobj", "obj") or head.pos_ != "VERB":
        return False
    lemma = token.lemma_.casefold()
    return lemma in LIGHT_VERBS.get(head.lemma_.casefold(), set())


def _nominal_context(token: Token) -> str:
    """'drop' when the event noun sits under a wish, a plan, a denial, a demand, a negation, a
    condition or a modal ("further sanctions would be a mistake", "rejected Moscow's demands"
    — the governing verb is the event there), 'INTENT' under willingness, else 'keep'."""
    node = token
    for depth in range(4):
        head = node.head
        if head.i == node.i:
            break
        hl = head.lemma_.casefold()
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
                                        for c in node.children):
            return "drop"
        if head.pos_ in ("VERB", "AUX"):
            if depth == 0 and node.dep_ in ("dobj", "obj", "nsubjpass") and _lexical(head):
                return "drop"  # "ignored his demands": the verb is the event
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "lest")
                   for c in head.children):
                return "drop"
            if any(c.dep_ == "neg" for c in head.children):
                return "drop"
            if any(c.dep_ == "aux" and c.lower_ in RECOMMEND_MODALS | HYPOTHETICAL_MODALS
                   for c in head.children) and hl not in COMMUNICATION:
                return "drop"  # "further sanctions would be a mistake", "a reduction in the
                # occupation might be paired with ...": the noun phrase is under the modal
            if hl in INTENT_WORDS:
                return "INTENT"
            instrument = node.dep_ == "prep" and node.lower_ in ("with", "through") \
                and not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
                and head.dep_ not in ("xcomp", "ccomp")
            if (hl in IRREALIS or hl in WRAPPERS) and not instrument:
                return "drop"  # but "ended the lull with a wave of attacks": the means used
                # to end something did happen
            if head.dep_ != "xcomp":
                break  # the noun's own clause decides; what governs that clause does not
        elif hl in IRREALIS or hl in INTENT_WORDS or head.lower_ in IRREALIS_NOUNS:
            return "drop" if hl not in INTENT_WORDS else "INTENT"
        elif head.lower_ in NEG_WORDS:
            return "drop"
        node = head
    return "keep"


def _nominal_actor_token(token: Token) -> Token | None:
    """The token naming who does what an event noun names: "between X and Y" → X, a
    possessor, a name or demonym before the noun, or "by X"."""
    return _nominal_args(token)[0]


def _nominal_args(token: Token) -> tuple[Token | None, list[Token]]:
    actor: Token | None = None
    targets: list[Token] = []
    names = [c for c in token.children if c.i < token.i and (
        c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod")
                             and (c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
                                  or c.pos_ == "PROPN" or _modifier_group(c) is not None
                                  or c.lemma_.casefold() in ("regime", "government"))))]
    # "regime air strikes", "rebel artillery fire": a doer one compound further out
    for c in [c for c in token.children if c.dep_ == "compound" and c.i < token.i]:
        names.extend(g for g in c.children if g.dep_ in ("compound", "amod") and g.i < c.i
                     and (g.lemma_.casefold() in ("regime", "government")
                          or _modifier_group(g) is not None) and g not in names)
    # "the Putin-Biden talks": the first name governs the second through a compound too
    for c in list(names):
        names.extend(g for g in c.children if g.dep_ in ("compound", "poss") and g.i < c.i
                     and (g.pos_ == "PROPN" or g.ent_type_) and g not in names)
    # "a state visit", "a state dinner": the formal kind of the occasion, not a party
    names = [t for t in names if not (t.lower_ == "state" and t.dep_ == "compound")]
    names.sort(key=lambda t: t.i)
    between_hosts = [token]
    if token.dep_ == "nsubj" and token.head.lemma_.casefold() in (
            "break", "erupt", "flare", "continue", "rage", "resume", "take", "occur"):
        between_hosts.append(token.head)  # "clashes broke out between X and Y"
    between = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "between"]
    if len(between_hosts) > 1:
        # the parse may hang "between" on a place in the clause ("in the capital between")
        between += [t for t in token.head.subtree if t.dep_ == "prep" and t.lower_ == "between"
                    and not t.is_ancestor(token) and t not in between]
    for child in [*between[:1], *(c for c in token.children if c not in between)]:
        if child.dep_ == "prep" and child.lower_ == "between":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                actor = pobj
                targets.extend(pobj.conjuncts)
        elif child.dep_ in ("prep", "agent") and child.lower_ == "by" and actor is None:
            actor = next((c for c in child.children if c.dep_ == "pobj"), None)
    if actor is None and names:
        actor = names[0]
        targets.extend(names[1:])
    if actor is None:
        return None, []
    etype = NOUNS[_noun_key(token) or ""][0]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in NOMINAL_TARGET_PREPS:
            if child.lower_ == "of" and etype in ("CONSULT", "AGREE", "SUPPORT", "REQUEST"):
                continue  # "a meeting of ministers", "the demand of ...": not the target
            targets.extend(c for c in child.children if c.dep_ == "pobj")
    return actor, targets


def _rather_than(token: Token) -> bool:
    """Whether the word is the excluded alternative: "talking rather than fighting", "instead
    of negotiating"."""
    doc = token.doc
    before = [t.lower_ for t in doc[max(token.i - 2, 0):token.i]]
    if before[-2:] in (["rather", "than"], ["instead", "of"]):
        return True
    node = token
    for _ in range(3):
        head = node.head
        if head.i == node.i:
            return False
        if head.lower_ == "than" and head.i > 0 and head.nbor(-1).lower_ == "rather":
            return True
        if head.lower_ == "of" and head.i > 0 and head.nbor(-1).lower_ == "instead":
            return True
        node = head
    return False


ATTEMPT_WORDS = {"try", "attempt"}
FUTURE_AUX = {"will", "'ll", "wo", "shall"}  # "wo" is the first half of "won't"
REPORTED_FUTURE_AUX = {"would", "'d"}


# Adverbs that make a reported "would" or "will" a guess ("would likely block").
HEDGES = {"likely", "probably", "possibly", "perhaps", "maybe", "presumably"}


def _hedged(verb: Token) -> bool:
    """'would likely block', 'would almost certainly retaliate': a forecast, not a pledge."""
    return any(c.dep_ == "advmod" and (c.lower_ in HEDGES or (
        c.lower_ in ("certainly", "surely") and any(g.lower_ == "almost" for g in c.children)))
        for c in verb.children)


def _own_modality(verb: Token) -> str | None:
    """'refuse' for a negated commitment ("will not lift the embargo", "said it would not
    release them"), 'intent' for a reported commitment ("said it would withdraw", "said
    they will impose sanctions"), else None. CAMEO codes the first as a refusal (12x) and
    the second as expressed intent (03x) or, for coercive acts, a threat (13x)."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if aux & {"did", "does", "do"} and _negated(verb) \
            and (_lemma(verb) in COMMITTING_VERBS or _gives_ground(verb) or _grants_leave(verb)) \
            and verb.dep_ in ("ROOT", "conj", "ccomp") and not any(
                c.dep_ == "mark" for c in verb.children):
        return "refuse"  # "Lavrov did not commit to either": a commitment withheld
    if not aux & (FUTURE_AUX | REPORTED_FUTURE_AUX):
        return None
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children):
        return None  # "if they would ...", "so that it will ...": not a commitment
    if _hedged(verb):
        return None  # "said Russia and China would likely block it": a guess, not a pledge
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.casefold() in COMMUNICATION | {
        "warn", "threaten", "vow", "pledge", "promise", "insist"}
    # "we will discuss", "we would impose sanctions if ...": the speaker's own commitment;
    # "X would impose sanctions if Y invades": a conditional commitment (a threat or offer)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own = subj is not None and subj.lower_ in ("we", "i")
    conditional = any(c.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
        for c in verb.children)
    if not (aux & FUTURE_AUX or reported or conditional):
        if _negated(verb) and aux & REPORTED_FUTURE_AUX and _lemma(verb) in COMMITTING_VERBS \
                and verb.dep_ in ("ROOT", "conj") and subj is not None:
            return "refuse"  # "Scholz would not commit to sending tanks": a refusal told
        return None  # a bare "would" is speculation
    if _negated(verb):
        return "refuse"
    return "intent" if reported or conditional or (own and aux & FUTURE_AUX) else None


def _refused_permission(verb: Token) -> bool:
    """'would not allow Russia to divide Europe', 'will not permit X to use ...': a negated
    permission with the act not permitted as an infinitive clause. Whom that act would hit
    ("anyone to close NATO's door") is no target of the refusal."""
    return _lemma(verb) in ("allow", "permit") and _negated(verb) and any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children)


# Spans of time a party is given to comply ("gave them 48 hours to leave": CAMEO 139).
DEADLINE_NOUNS = {"hour", "day", "week", "month", "deadline"}
ULTIMATUM_CLAUSES = ("advcl", "xcomp", "ccomp", "acl", "relcl")


# Verbs by which a formal complaint is passed to another party, and the complaint's nouns.
PROTEST_DELIVERING_VERBS = {"hand", "deliver", "send", "submit", "issue", "present", "lodge",
                            "file", "register", "convey"}
COMPLAINT_NOUNS = {"protest", "complaint", "demarche", "démarche"}
# Occasions one walks out of in protest (talks and negotiations are not among them).
WALKED_OUT_OCCASIONS = {"meeting", "session", "hall", "chamber", "speech", "address",
                        "assembly", "summit", "conference", "ceremony", "debate", "room",
                        "hearing", "dinner", "forum"}


# Occasions one stays away from in protest ("boycott the address", "the ceremony").
BOYCOTTED_OCCASIONS = {"address", "speech", "ceremony", "summit", "meeting", "session", "vote",
                       "election", "referendum", "inauguration", "dinner", "banquet", "parade",
                       "game", "olympics", "tournament", "conference", "hearing", "debate",
                       "event", "celebration", "commemoration", "funeral", "visit", "talk"}


def _boycotts_an_occasion(verb: Token) -> bool:
    obj = _object(verb)
    return obj is not None and _lemma(obj) in BOYCOTTED_OCCASIONS


# Verbs of giving one's word: "X would not <verb>" tells of a refusal, not a guess.
COMMITTING_VERBS = {"commit", "agree", "promise", "pledge", "guarantee", "accept", "sign",
                    "endorse", "recognise", "recognize", "budge"}


def _denied_or_unreal(*heads: Token) -> bool:
    """Whether any of the words carries a negation or a modal of advice or hypothesis ("did
    not", "should", "might"): what is said of them is no act told as done."""
    return any(c.dep_ == "neg" or c.lower_ in RECOMMEND_MODALS | HYPOTHETICAL_MODALS
               for head in heads for c in head.children)


def _negated(verb: Token) -> bool:
    """'will not lift', 'never will accept' (negation on the modal), 'does not, and never
    will, accept' (the negated 'do' the verb is coordinated with)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if any(g.dep_ == "neg" for c in verb.children if c.dep_ == "aux" for g in c.children):
        return True
    return verb.dep_ == "conj" and verb.head.lemma_.casefold() == "do" \
        and any(c.dep_ == "neg" for c in verb.head.children)


# Promises whose content, when coercive, makes them threats.
PLEDGE_VERBS = {"pledge", "vow", "promise", "commit", "swear", "resolve"}


def _pledged_coercion(token: Token) -> str | None:
    """The threat mode when a promise's content is a coercive act ("pledged to impose
    sanctions" → sanctions, "vowed to retaliate" → force), else None."""
    if token.pos_ != "VERB" or _lemma(token) not in PLEDGE_VERBS:
        return None
    for child in token.children:
        if child.dep_ != "xcomp" or child.pos_ != "VERB":
            continue
        hit = _lexical(child)
        if hit is not None and hit[0] in COERCIVE_MODES and hit[0] != "PROTEST":
            return COERCIVE_MODES[hit[0]] or "force"
        if _lemma(child) in RESPONSE_VERBS:
            return "force"
    return None


def _pledged_refusal(token: Token) -> Token | None:
    """The act a promise rules out ("vowed never to recognise X", "promised that Republicans
    will not cave"): a negated cooperative act as the promise's content, else None. PLOVER
    codes such a vow as a refusal (REJECT), not as an agreement."""
    if token.pos_ != "VERB" or _lemma(token) not in PLEDGE_VERBS:
        return None
    for child in token.children:
        if child.dep_ not in ("xcomp", "ccomp") or child.pos_ != "VERB":
            continue
        hit = _lexical(child)
        if hit is None or PENTACODE[hit[0]] not in (1, 2):
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
               or (c.dep_ == "aux" and any(g.dep_ == "neg" for g in c.children))
               for c in child.children):
            return child
    return None


MODAL_AUX = FUTURE_AUX | REPORTED_FUTURE_AUX | HYPOTHETICAL_MODALS | {"can", "ca"}


def _factual_warning(warn: Token) -> bool:
    """'warned that the administration was giving up leverage': the warned-of content is a
    present or past fact (no modal, no condition, no future), so the warning is a statement
    or a criticism, not a threat."""
    content = next((c for c in warn.children if c.dep_ == "ccomp"), None)
    if content is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODAL_AUX | {"going", "to"} for c in content.children):
        return False
    if any(t.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                     for g in t.children) for t in content.subtree):
        return False
    if any(_readiness(g) for c in content.children if c.dep_ == "acomp" for g in c.children):
        return False  # "warned that Washington was prepared to act": a reply held ready
    if content.tag_ == "VBD":
        return True  # "warned that talks had stalled", "warned that it failed"
    return content.tag_ in ("VBG", "VBN") and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were", "had", "has", "have", "is", "are")
        for c in content.children)


# Laws and measures, which are acted on, not actors: "Amendment 64, which legalized ...".
LAW_NOUNS = {"amendment", "act", "law", "bill", "statute", "legislation", "proposition",
             "ordinance", "regulation", "provision", "clause"}
GENERIC_SUBJECTS = {"people", "nations", "countries", "governments", "states", "humans",
                    "politicians"}


def _generic_subject(verb: Token) -> bool:
    """A general statement in the simple present with a bare plural subject ("people fight
    over resources", "nations go to war for less")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and verb.tag_ == "VBP" and subj.lower_ in GENERIC_SUBJECTS \
        and not any(c.dep_ in ("det", "amod", "poss", "compound", "nummod", "prep")
                    for c in subj.children)


# Adverbs that make a stance habitual rather than an act: "generally supported Democrats".
HABITUAL_ADVERBS = {"generally", "usually", "typically", "traditionally", "historically",
                    "often", "always", "systematically", "consistently", "normally"}
STANCE_VERBS = {"support", "oppose", "back", "favor", "favour", "endorse", "embrace"}


def _standing_view(token: Token) -> bool:
    """A standing position rather than an act: a stance verb in the simple present inside a
    relative clause ("Romney, who supports exceptions", "regimes that oppose our values") or
    with a habitual adverb ("generally supported Democrats")."""
    if token.pos_ == "ADJ" and token.head.dep_ == "relcl":
        return True  # "governments that have been hostile to X": a description
    if token.pos_ != "VERB" or _lemma(token) not in STANCE_VERBS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in token.children):
        return True
    return token.dep_ == "relcl" and token.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ == "aux" for c in token.children)


def _context(token: Token, verb: Token) -> str:
    """'keep', 'drop' (negated, conditional, recommended, wished), 'INTENT', 'REFUSE' or
    'FUTURE' (see _own_modality), or the type of a governing verb (REJECT, THREATEN, REQUEST,
    AGREE) that takes the trigger in."""
    own = _own_modality(verb)
    if own is None and verb.dep_ == "xcomp" and _lemma(verb.head) in CONTINUING_VERBS \
            and any(c.dep_ == "aux" and c.lower_ in REPORTED_FUTURE_AUX
                    for c in verb.head.children):
        # "said Japan would keep supporting Ukraine", "said he would continue to defend X":
        # the reported "would" sits on the verb of continuing; what goes on is the act itself
        # (a refusal when negated), not a guess
        carried = _own_modality(verb.head)
        if carried is not None:
            verdict = _context_base(token, verb.head, skip_own=True)
            return "REFUSE" if carried == "refuse" and verdict == "keep" else verdict
    verdict = _context_base(token, verb, skip_own=own is not None)
    if own is None or verdict != "keep":
        return verdict
    return "REFUSE" if own == "refuse" else "FUTURE"


# Verbs that carry on an act given as their complement ("keep supporting", "continue to send").
CONTINUING_VERBS = {"keep", "continue", "resume"}


# Conjunctions of time that introduce a clause of fact ("after Russia invaded").
TIME_MARKS = {"after", "since", "before", "when", "once"}


def _context_base(token: Token, verb: Token, skip_own: bool = False) -> str:
    # Negation or a recommending/hypothetical modal on the trigger itself.
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "mark" and low in ("if", "unless", "whether", "lest"):
            return "drop"
        if skip_own:
            continue
        if child.dep_ == "neg" or (low in NEG_WORDS and child.dep_ in ("advmod", "det", "neg")):
            return "drop"
        if child.dep_ == "aux" and any(g.dep_ == "neg" for g in child.children):
            return "drop"  # "never will accept": the parse hangs the negation on the modal
        if child.dep_ == "aux" and low in RECOMMEND_MODALS:
            return "drop"
        if child.dep_ == "advmod" and low in ("maybe", "perhaps"):
            return "drop"  # "maybe I can, by speaking directly to them, say ...": a musing
        if child.dep_ == "advmod" and _hedged(verb) and any(
                c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children):
            return "drop"  # "Moscow will likely retaliate": a forecast, not an act or pledge
        if child.dep_ == "aux" and low in HYPOTHETICAL_MODALS and verb.lemma_ not in (
                "warn", "threaten", *(("agree", "promise", "offer") if low == "would" else ())):
            # ("Beijing could offer Moscow help": a guess; "said it would offer": a pledge)
            return "drop"
    obj = _object(verb)
    if not skip_own and obj is not None and any(
            c.lower_ in ("no", "any") and c.dep_ == "det" for c in obj.children) \
            and any(c.dep_ == "neg" for c in verb.children):
        return "drop"
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and (subj.lower_ in ("nobody", "none", "neither") or any(
            c.dep_ in ("det", "amod") and c.lower_ in ("few", "no", "neither", "likely",
                                                       "unlikely")
            for c in subj.children)):
        return "drop"  # "few allies would agree", "no country has recognised"
    if _rather_than(verb):
        return "drop"
    heads = [verb, *([obj] if obj is not None else [])]
    if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.tag_ in ("JJR", "RBR", "JJS")
                                    # "for most of the payments": a share, no comparison
                                    and not any(p.dep_ == "prep" and p.lower_ == "of"
                                                for p in g.children)
                                    for g in c.children) for h in heads for c in h.children):
        return "drop"  # "has reached agreement with much worse": a comparison, not a party
    # Walk up the clause chain: wrappers, conditionals, irrealis verbs, negated governors.
    node = verb
    intent = False
    for _ in range(5):
        if node.dep_ in ("ROOT",) or node.head.i == node.i:
            break
        dep = node.dep_
        head = node.head
        if dep in ("advcl",) and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
                                     for c in node.children):
            return "drop"
        if dep == "advcl" and node.tag_ == "VBD" and any(
                c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in node.children):
            break  # "abandoning neutrality after Russia invaded Ukraine": a past act told as
            # the time of another is a fact, whatever governs that other
        if dep == "relcl" and head.pos_ == "PROPN":
            break  # "…, as is Sisi, who ordered the shooting": a named person's own record
        if dep == "relcl" and head.lower_ in IRREALIS_NOUNS and node.i > head.i \
                and _object(node) is None and not any(
                    c.dep_ == "mark" or c.lower_ == "that" for c in node.children) and any(
                    c.dep_ == "nsubj" and _actorish(c) for c in node.children) \
                and VERBS.get(_lemma(node), ("",))[0] in ("REJECT", "AGREE"):
            break  # "an idea Georgetown rejected", "an offer Kyiv accepted": an answer to the
            # plan or demand, not its content (one championed is a stance, no party's)
        if dep == "ccomp" and node.i < head.i and _fronted_summary(head) is not None:
            break  # "Hamas accused Netanyahu of stalling, a charge his office rejected": the
            # parse makes the accusation the content of its rejection
        if dep == "ccomp" and node.i < head.i and _lemma(head) in DENYING_VERBS | COMMUNICATION \
                and any(t.text == ";" for t in node.doc[node.right_edge.i + 1:head.i]):
            break  # "Kosovo blamed Belgrade; Serbia denied any role": two clauses, the first
            # no content of the second's denial or statement
        if dep == "relcl" and node.tag_ == "VBD" and any(
                c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in node.children):
            node = head  # "rescued by a call on June 18, when the two leaders spoke": what
            continue  # happened then or there is no content of the noun ("call", "plan")
        if dep == "relcl" and _issued_message(head) and node.i > head.i and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in node.children):
            break  # "… to quit, in a post that accused him of lying": the post says it
        hl = head.lemma_.casefold()
        if (head.pos_ == "NOUN" and hl in OPTION_NOUNS and dep in ("acl", "relcl", "prep")) \
                or (dep in ("prep", "conj") and node.lower_ == "by" and any(
                    c.dep_ == "dobj" and c.lemma_.casefold() in OPTION_NOUNS
                    for c in head.children)):
            return "drop"  # "Congress has three ways to seek enforcement: by asking ...": means
            # open to an actor, none of them taken
        if dep == "prep" and hl == "be" and any(
                c.dep_ == "acomp" and c.lemma_.casefold() in INTENT_WORDS for c in head.children):
            intent = True  # "is open to talking with Putin"
            node = head
            continue
        if dep == "pcomp" and head.lower_ == "for" and head.dep_ == "prep" \
                and _reason_taker(head.head):
            break  # "urged Dean to apologize for accusing him": the act given as the reason
            # for an apology, blame or praise was done, whatever is asked or said of those
        if dep in ("xcomp", "ccomp", "pcomp", "pobj", "acl", "dobj", "conj", "advcl", "relcl",
                   "prep", "nsubj", "csubj", "attr", "amod", "compound", "npadvmod"):
            if head.lower_ in RECOMMEND_MODALS or (dep == "xcomp" and hl in ("need", "have")):
                return "drop"  # "ought to sanction", "needs to / has to withdraw"
            if dep in COMPLEMENT_DEPS and hl in WRAPPERS and head.pos_ == "VERB" and (
                    hl != "insist" or _insist_demands(head)):
                return WRAPPERS[hl]
            if dep == "xcomp" and hl == "tell" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                return "REQUEST"  # "told Russia to withdraw": asked, not done
            laid = _object(head) if dep in ("xcomp", "advcl") and head.pos_ == "VERB" \
                else None
            if laid is not None and laid.lemma_.casefold() in {"pressure", "call", "appeal",
                                                               "demand"} and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                return "REQUEST"  # "kept up pressure on Steele to apologize": asked for
            if dep == "advcl" and hl in WRAPPERS and head.pos_ == "VERB" and any(
                    c.dep_ == "mark" and c.lower_ == "for" for c in node.children):
                return WRAPPERS[hl]  # "calling for Steele to step down": asked, not done
            if dep in ("acl", "relcl", "ccomp") and head.lemma_.casefold() in EVIDENCE_NOUNS \
                    and (any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
                         or any(c.dep_ == "neg" for c in head.head.children)):
                return "drop"  # "there is no sign that Trump pressed for their release": the
                # act is said not to be known to have happened
            if dep in ("acl", "relcl") and head.lemma_.casefold() in DENIED_INTENT_NOUNS and (
                    any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
                    or any(c.dep_ == "neg" for c in head.head.children)) \
                    and head.head.pos_ in ("VERB", "AUX") and head.dep_ in ("dobj", "attr"):
                return "DENY"  # "has no plans to invade": a denial of intent
            if dep == "pcomp" and head.lower_ == "of" and head.dep_ == "prep" \
                    and head.head.lemma_.casefold() in DENIED_INTENT_NOUNS and (
                    any(c.dep_ == "det" and c.lower_ == "no" for c in head.head.children)
                    or any(c.dep_ == "neg" for c in head.head.head.children)) \
                    and head.head.head.pos_ in ("VERB", "AUX") \
                    and head.head.dep_ in ("dobj", "attr"):
                return "DENY"  # "has no intention of attacking anyone": the same denial
            if dep == "xcomp" and head.lower_ == "about" and head.dep_ == "acomp" and any(
                    c.dep_ == "neg" or (c.dep_ == "cc" and c.lower_ in ("nor", "neither"))
                    for c in [*head.head.children, *(head.head.head.children
                                                     if head.head.dep_ == "conj" else [])]):
                return "REFUSE"  # "was not about to step down, nor was he about to ...": refusals
            if dep in COMPLEMENT_DEPS and (hl in INTENT_WORDS or head.lower_ in INTENT_WORDS):
                if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
                       for c in head.children):
                    return "drop"  # "even if Putin plans to invade"
                if dep == "ccomp" and hl == "propose" and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                    return "drop"  # "proposed that the two countries hold talks": what the
                    # proposal asks (its REQUEST), agreed by no one yet
                if head.pos_ == "VERB" and hl in ("intend", "plan") and _negated(head):
                    return "DENY"  # "did not intend to invade": a denial of intent
                if head.pos_ == "VERB" and hl in WISHING_VERBS and (
                        (dep == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass")
                                                for c in node.children))
                        or (dep == "xcomp" and _object(head) is not None)):
                    return "drop"  # "would have liked Modi to come", "hopes Delhi will
                    # talk": a wish for another's act is no intent of that other
                if head.pos_ == "ADJ" and head.dep_ == "acomp" and any(
                        c.dep_ == "neg" for h in (head, head.head) for c in h.children):
                    return "REFUSE"  # "I am not willing to give up my right": a refusal
                intent = True  # decided unless something above makes it hypothetical
                node = head
                continue
            if dep != "conj" and hl in ATTEMPT_WORDS and VERBS.get(
                    token.lemma_.casefold(), ("",))[0] in ("ASSAULT", "COERCE"):
                node = head  # an attempt on someone's life is an assault (CAMEO 185), an
                continue  # attempted intrusion a cyber attack
            if dep == "xcomp" and hl == "expect" and _lemma(token) in MEETING_VERBS and any(
                    c.dep_ == "nsubjpass" for c in head.children):
                return "INTENT"  # "Putin is expected to meet Erdogan": a meeting scheduled
            if dep != "conj" and (hl in IRREALIS or head.lower_ in IRREALIS_NOUNS):
                return "drop"
            if dep == "acl" and head.lower_ in ("bid", "bids"):
                return "drop"  # "Australia's bid to host a conference": sought, not done
            if dep == "xcomp" and hl in RELUCTANT_WORDS:
                return "drop"  # "has been slow to embrace new ideas": not (yet) done
            if dep == "xcomp" and hl == "fail":
                # "failed to reach a deal": the parties did not agree (a refusal, as CAMEO
                # codes it); "failed to force X to give": nothing was given
                return "REFUSE" if node.i == verb.i else "drop"
            if dep == "xcomp" and hl == "be" and any(
                    c.dep_ == "nsubj" and c.lemma_.casefold() in GOAL_NOUNS
                    for c in head.children):
                return "drop"  # "his first priority will be to fund the military": a goal
            if dep != "conj" and any(c.dep_ == "advmod" and c.lower_ in ("maybe", "perhaps")
                                     for c in head.children):
                return "drop"  # "maybe I can, by speaking to them, say ...": a musing
            if dep in ("xcomp", "advcl", "ccomp") and any(
                    c.dep_ == "advmod" and c.lower_ == "too" for c in head.children):
                return "drop"  # "the stakes are too high to accept anything but success"
            if dep != "conj" and hl in NEG_WORDS:
                return "drop"
            if any(c.dep_ == "neg" for c in head.children) and dep != "conj":
                return "drop"
            if any(c.dep_ == "aux" and c.lower_ in RECOMMEND_MODALS for c in head.children):
                return "drop"
            if (dep != "conj" or not any(c.dep_ == "aux" for c in node.children)) and any(
                    c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS
                    for c in head.children) and hl not in COMMUNICATION:
                return "drop"  # "Moscow would end support ... and accept": the modal is shared
        node = head
    return "INTENT" if intent else "keep"


CONTESTING_VERBS = {"argue", "allege", "contend", "charge", "speculate", "insinuate", "theorize",
                    "theorise", "suspect"}


def _contesting_speaker(verb: Token) -> Token | None:
    """The subject of an arguing verb ("argued", "alleged", "contend") whose reported clause
    is headed by ``verb`` (or by the clause it is coordinated with), when the clause has a
    named subject of its own: what one side argues others did."""
    clause = verb
    for _ in range(4):  # "argued that X was attempting to alter ... and ignored ..."
        if clause.dep_ not in ("conj", "xcomp") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.casefold() not in CONTESTING_VERBS:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None or own is None or own.pos_ == "PRON" or speaker.lower_ == own.lower_:
        return None  # "rebels allege they were shelled": their own experience
    return speaker


def _reporting_speaker(verb: Token) -> Token | None:
    """The subject of a communication verb whose reported clause (in the past, not a
    prediction) is headed by ``verb``, when that subject differs from the clause's own."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.casefold() not in COMMUNICATION:
        return None
    if verb.tag_ not in ("VBD", "VBN") and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and not (
            # news summaries report in the present: "says Syria is holding detainees"
            verb.tag_ in ("VBZ", "VBP", "VBG") and verb.head.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | RECOMMEND_MODALS
                        | HYPOTHETICAL_MODALS | {"to", "going"} for c in verb.children)):
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return _party_speaker(verb, speaker)


def _colon_speaker(verb: Token) -> Token | None:
    """The source a headline names before a colon ("Lavrov: West has declared war on
    Russia", "Zelensky: Russia shelled Kharkiv"), for the clause the line heads; as with a
    reporting verb, only a speaker who is a party to the act counts (_party_speaker)."""
    sent = verb.sent
    first = sent[0] if sent[0].pos_ != "SPACE" else (sent[1] if len(sent) > 1 else sent[0])
    if verb.dep_ != "ROOT" or first.pos_ != "PROPN" or first.i + 1 >= sent.end \
            or doc_text(verb.doc)[first.idx + len(first):].lstrip()[:1] != ":":
        return None
    if first.i + 1 >= verb.i or first.head.i not in (verb.i, first.i + 1):
        return None  # (the name heads the line itself: "Kremlin: no talks")
    return _party_speaker(verb, first)


def _party_speaker(verb: Token, speaker: Token | None) -> Token | None:
    """``speaker`` when the reported clause headed by ``verb`` has a subject of its own and
    the speaker is a party to what it reports, else None."""
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None or own is None or speaker.lower_ == own.lower_:
        return None
    # A wrong is an accusation only when the speaker is a party to it ("Putin said the US had
    # ignored his demands", "Kyiv said Russia shelled its towns"); officials or witnesses
    # reporting what others did ("police said rebels attacked a convoy") report the act.
    party = {"our", "us", "we", "me", "my", "i"} | _pronouns_agreeing_with(speaker)
    named = {t.lower_ for t in speaker.subtree if t.pos_ == "PROPN"}
    rest = [t for t in verb.subtree if t.i != own.i and t not in own.subtree
            and t not in speaker.subtree]  # (a headline's "Name:" hangs on the clause)
    if any(t.lower_ in party or (t.pos_ == "PROPN" and t.lower_ in named) for t in rest):
        return speaker
    if _speaker_side_named(verb.doc, speaker, rest):
        return speaker
    return None


def _pronouns_agreeing_with(speaker: Token) -> set[str]:
    """Third-person pronouns that can refer to the speaker: "military sources said Israel
    strengthened its forces" ('its' cannot be the sources), "Kyiv said Russia shelled its
    towns" ('its' can be Kyiv)."""
    plural = speaker.tag_ in ("NNS", "NNPS") or bool(list(speaker.conjuncts))
    if plural:
        return {"their", "them"}
    if speaker.ent_type_ == "PERSON" or speaker.lower_ in ("he", "she"):
        return {"his", "her", "him"}
    if speaker.ent_type_ in ("GPE", "ORG", "NORP") or speaker.lower_ == "it":
        return {"its", "their", "them"}  # a government is often "they"
    return {"his", "her", "him", "its"}


def _speaker_side_named(doc: Doc, speaker: Token, tokens: list[Token]) -> bool:
    """Whether the tokens mention the speaker's actor or the speaker's state ("Lavrov said
    NATO had ignored Russia's proposals")."""
    mentions: list[ActorMention] = doc._.actor_mentions or []
    if not mentions or not tokens:
        return False
    countries = {a.name: a.country for a in (doc._.actors or [])}
    lo, hi = speaker.left_edge.idx, speaker.right_edge.idx + len(speaker.right_edge)
    side: set[str] = set()
    for m in mentions:
        if lo <= m.start < hi:
            side.add(m.actor)
            if countries.get(m.actor):
                side.add(countries[m.actor] or "")
    spans = [(t.idx, t.idx + len(t)) for t in tokens]
    return any(m.actor in side and any(a <= m.start < b for a, b in spans) for m in mentions)


def _threat_mode(verb: Token) -> str | None:
    words = {t.lemma_.casefold() for t in verb.subtree}
    if words & {"sanction", "embargo", "tariff", "penalty", "economic"}:
        return "sanctions"
    if words & {"rupture", "relation", "tie", "ties"}:
        return "relations"
    if words & FORCE_WORDS:
        return "force"
    return None


# Cuts in relations a warning may hold out ("warned that its visa-free travel could be
# suspended"): threats to reduce relations (CAMEO 131).
RELATION_CUTS = {"suspend", "sever", "revoke", "expel", "downgrade", "freeze"}


def _is_threat(verb: Token) -> bool:
    # "warned Israel not to strike Iran": the force is the warned party's own act, told to
    # be left undone (negated), no harm held out by the warner ("... not to strike or face
    # sanctions" keeps the harm in the joined verb)
    asked = {t.i for c in verb.children if c.dep_ in ("xcomp", "ccomp")
             and _warned_to_act(verb) and any(g.dep_ == "neg" for g in c.children)
             for t in c.subtree} - {
        t.i for c in verb.children if c.dep_ in ("xcomp", "ccomp")
        for k in c.conjuncts for t in k.subtree}
    words = {t.lemma_.casefold() for t in verb.subtree if t.i not in asked}
    return bool(words & (SANCTION_WORDS | FORCE_WORDS | RELATION_CUTS
                         | {"consequence", "grave", "rupture"})) \
        or _warned_response(verb) or _warned_conditional_act(verb) or any(
            _readiness(t) and (_lemma(t) in RESPONSE_VERBS or _measures_taken(t))
            for c in verb.children if c.dep_ == "ccomp" for t in c.subtree)


# Subjects that can act in a warned-of reply: a named party or a pronoun standing for one
# ("Moscow could deploy missiles if ...", "it would respond if ..."), not "prices" or "the
# glacier".
ACTING_PRONOUNS = {"we", "it", "they", "he", "she"}


def _warned_to_act(verb: Token) -> bool:
    """'warned Beijing not to arm Russia', 'warned Manila to stop': a named party warned to
    do or not to do something (an infinitive with its own 'to' after the party)."""
    party = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    return party is not None and _actorish(party) and any(
        c.dep_ in ("xcomp", "ccomp") and c.i > party.i
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children)


def _warned_conditional_act(verb: Token) -> bool:
    """'warned that Moscow could deploy missiles if Washington stationed its own': an act of
    a named party held out, by modal, on a condition the other side controls (CAMEO 13)."""
    for content in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = next((c for c in content.children if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.lower_ in ACTING_PRONOUNS or subject.ent_type_ in (
                "GPE", "ORG", "NORP", "PERSON")):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | REPORTED_FUTURE_AUX
                   | {"could", "might", "may"} for c in content.children):
            continue
        if any(c.dep_ == "neg" for c in content.children):
            continue  # "warned it would not hesitate" is read elsewhere; "would not act" is none
        if any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                         for m in a.children) for a in content.children):
            return True
    return False


def _warned_response(verb: Token) -> bool:
    """'warned that if Greece armed the islands, Turkey would act': a response promised on
    a condition (a reply in kind, unnamed, is still a threat, CAMEO 13)."""
    return any(c.dep_ == "ccomp" and _lemma(c) in RESPONSE_VERBS and any(
        g.dep_ == "aux" and g.lower_ in FUTURE_AUX | REPORTED_FUTURE_AUX for g in c.children)
        and any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                          for m in a.children) for a in c.children)
        for c in verb.children)


def _consult_mode(sent: Span) -> str | None:
    text = sent.text.casefold()
    if re.search(r"\b(video|virtual(ly)?|videoconference|online)\b", text):
        return "video"
    if re.search(r"\b(phone|telephone|call)\b", text):
        return "phone"
    if re.search(r"\b(visit(ed|s)?|trip|travel(l?ed)?|flew)\b", text):
        return "visit"
    return None


def _prefer(candidates: list[Candidate], quad: tuple[int, float] | None) -> list[Candidate]:
    """One event per clause head; when a sentence has several candidates and the classifier
    is confident, candidates of its quad come first."""
    seen: set[int] = set()
    unique: list[Candidate] = []
    # a threat read from a whole prediction ("would be met with a military response") goes
    # before the bare verb it is told with ("met"), which is no act of its own there
    foretold = {c.verb.i for c in candidates if c.predicted}
    for cand in candidates:
        if cand.verb.i in foretold and not cand.predicted:
            continue
        if cand.verb.i in seen and not (cand.agent is not None and any(
                c.verb.i == cand.verb.i and c.agent is not None
                and cand.agent in c.agent.conjuncts for c in unique)):
            continue  # (coordinated givers "from Denmark and the Netherlands" act each)
        seen.add(cand.verb.i)
        unique.append(cand)
    if quad is None or len(unique) < 2:
        return unique
    agreeing = [c for c in unique if PENTACODE[c.type] == quad[0]]
    return agreeing + [c for c in unique if c not in agreeing] if agreeing else unique


# --- arguments -----------------------------------------------------------------------------

def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


# Texts a body adopts whose infinitive says what the body does ("a resolution to suspend X").
DECISION_NOUNS = {"resolution", "motion", "decision", "decree", "declaration", "measure",
                  "bill", "amendment"}
# Verbs by which a body makes such a text its own (not "supported the decision to ...").
ADOPTING_VERBS = {"adopt", "pass", "approve", "issue", "enact", "sign", "make", "take"}
# What a state is removed from when a body expels it ("removed Libya from its seat").
BODY_SEAT_NOUNS = {"seat", "membership", "council", "body", "bloc", "organization",
                   "organisation", "group", "league", "union", "alliance", "forum"}


# Verbs of saying or of address a speaker goes on to after reporting something.
SPEECH_ACT_VERBS = COMMUNICATION | {
    "repeat", "acknowledge", "accuse", "urge", "call", "describe", "offer", "express", "blame",
    "warn", "praise", "thank", "welcome", "ask", "appeal", "insist", "dismiss", "reject",
    "deny", "criticise", "criticize", "condemn", "propose", "promise", "pledge", "vow",
    "invite", "demand", "announce", "suggest"}
# Verbs of saying alone, which go on with the report rather than tell a deed of its own.
TELLING_VERBS = COMMUNICATION | {"repeat", "acknowledge", "describe", "insist", "express",
                                 "admit", "concede"}
# Verbs by which a reply is reported ("answered that he would not take orders ...").
ANSWERING_VERBS = {"answer", "reply", "respond", "retort", "counter"}
# Verbs whose reported clause is what they ask for, in the subjunctive ("demanded that Russia
# withdraw").
DEMANDING_VERBS = {"demand", "insist", "ask", "urge", "request", "propose", "suggest"}
# Auxiliaries of a reported clause that a verb in the simple past cannot share.
CLAUSE_MODALS = HYPOTHETICAL_MODALS | RECOMMEND_MODALS | {"will", "wo", "can", "ca", "'d", "'ll"}


def _active_past_participle(verb: Token) -> bool:
    """A verb of address tagged as a participle but used actively, with no auxiliary and an
    addressee of its own ("said his government would not be intimidated and called on the
    EU to stand with Athens": the parse reads 'called' as a second passive)."""
    return verb.tag_ == "VBN" and _lemma(verb) in SPEECH_ACT_VERBS and not any(
        c.dep_ in ("aux", "auxpass", "agent") for c in verb.children) and any(
        c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ == "on"
                                      and _lemma(verb) == "call") for c in verb.children)


def _speakers_next_acts(doc: Doc) -> list[tuple[Token, Token]]:
    """(verb, reporting verb) for each verb in the simple past, with no subject of its own,
    that the parse hangs as a conjunct on a reported clause although it goes on with the
    reporting sentence: "said Peru would not accept any pressure and accused Chile of …" (a
    past tense does not share the clause's modal), "said there was no closer country and
    called the relationship …", "said the sides had agreed … but acknowledged that …" (an act
    of saying after a state or a completed act reported)."""
    out: list[tuple[Token, Token]] = []
    for verb in doc:
        clause = verb.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 \
                and doc[verb.i - 1].text == "," and _lemma(verb) in SPEECH_ACT_VERBS \
                and clause.dep_ in ("xcomp", "ccomp") and clause.i < verb.i \
                and clause.head.pos_ == "VERB" \
                and _lemma(clause.head) in REPORTING_VERBS | ASKING_VERBS | {"tell"} \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "urged Blinken to halt the talks, accusing Iran of blackmail": the participle
            # set after the request is the one who urged, not part of what was asked
            out.append((verb, clause.head))
            continue
        if verb.dep_ != "conj" or not (verb.tag_ == "VBD" or _active_past_participle(verb)) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        clause = verb.head
        teller = clause.head
        if clause.dep_ != "ccomp" or teller.pos_ != "VERB" or clause.i > verb.i:
            continue
        if _lemma(teller) in DENYING_VERBS and _lemma(verb) in SPEECH_ACT_VERBS:
            # "denied that its ships had acted dangerously and warned the Philippines ...":
            # the denier goes on; what is denied is no act of address
            out.append((verb, teller))
            continue
        if _lemma(teller) in DEMANDING_VERBS and _lemma(verb) in SPEECH_ACT_VERBS \
                and clause.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass")
                                                   for c in clause.children):
            # "demanded that Russia withdraw its troops and accused Moscow of ...": a past
            # tense is no part of the subjunctive demanded; the one who demanded goes on
            out.append((verb, teller))
            continue
        if _lemma(teller) not in REPORTING_VERBS | ANSWERING_VERBS:
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in CLAUSE_MODALS for c in clause.children)
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
        if perfect:  # "said Museveni had met the rebels and accused them": who had met
            said = _lemma(verb) in TELLING_VERBS  # accuses; but "... and acknowledged that"
        else:
            said = _lemma(verb) in SPEECH_ACT_VERBS and (
                clause.tag_ != "VBD" or _lemma(clause) in ("be", "have"))
        if modal or said:
            out.append((verb, teller))
    return out


def _stray_conjunct_subject(verb: Token) -> Token | None:
    """'Republicans said X mishandled the inquiry and Democrats accused the GOP ...' parsed
    with 'Democrats' a conjunct of 'the inquiry' and 'accused' left with no subject: a
    finite verb with no subject of its own, right after a name or plural noun coordinated
    by 'and' with the previous clause's object, has that noun as its subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "conj" or before.tag_ not in ("NNP", "NNPS", "NNS") \
            or not any(c.dep_ == "cc" and c.lower_ == "and" for c in before.head.children):
        return None
    first = before.head
    if first.dep_ in ("dobj", "obj") and first.head.pos_ == "VERB":
        return before
    if first.dep_ == "pobj" and first.head.dep_ == "prep" and first.head.head.pos_ == "VERB" \
            and first.head.head.i == verb.head.i \
            and first.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC"):
        return before  # "X released soldiers on Wednesday and Armenia freed ...": the same
        # misreading, the name hung on the previous clause's time or place
    return None


# Acts of address only a person or body performs ("urged", "thanked").
ADDRESS_VERBS = {"urge", "ask", "call", "press", "appeal", "demand", "implore", "thank",
                 "praise", "welcome", "congratulate", "invite", "accuse", "condemn"}


# Nouns that sum up what was just said, set after it ("..., a suggestion that X rejected").
SUMMARY_NOUNS = {"suggestion", "point", "proposal", "idea", "claim", "assertion", "argument",
                 "offer", "demand", "position", "charge", "accusation", "allegation", "notion",
                 "view", "request", "assurance"}
# Verbs whose subject says what a summing-up noun sums up.
SAYING_VERBS = COMMUNICATION | {"propose", "suggest", "offer", "insist", "assure", "warn",
                                "repeat", "demand", "ask"}


def _summed_up_author(verb: Token) -> Token | None:
    """'China said the council could ease sanctions, a suggestion that U.S. officials were
    quick to reject', 'Scholz told him that ..., a point the Russian president dismissed': a
    rejection in a clause on a noun set after a report to sum it up is aimed at whoever made
    the report (the subject of its verb of saying)."""
    node = verb
    if node.dep_ == "xcomp" and node.head.pos_ == "ADJ" and node.head.dep_ == "acomp":
        node = node.head.head  # "were quick to reject"
    noun = node.head
    if node.dep_ not in ("relcl", "acl") or noun.i == node.i or _lemma(noun) not in SUMMARY_NOUNS \
            or not any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who")
                       for c in node.children):
        return None
    before = noun.left_edge.i - 1
    if before < 0 or noun.doc[before].text != "," or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    step = noun
    for _ in range(6):
        if step.head.i == step.i:
            break
        step = step.head
        if step.pos_ == "VERB" and _lemma(step) in SAYING_VERBS:
            return next((c for c in step.children if c.dep_ == "nsubj"), None)
    return None


def _speaker_of_conjoined_address(verb: Token) -> Token | None:
    """'The ministry said the drills threatened stability and urged Washington to stop',
    parsed with 'urged' a conjunct of 'threatened': a thing ('the drills') urges no one, so
    the one who said it does."""
    if verb.dep_ != "conj" or _lemma(verb) not in ADDRESS_VERBS or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    head = verb.head
    if head.dep_ in ("acl", "relcl") and verb.tag_ in ("VBD", "VBZ"):
        # "said the craft was an airship blown off course and accused X": a finite verb the
        # parse hangs on a participle or relative clause inside what was said is the
        # speaker's own next act (a participle takes no finite conjunct of its own)
        clause = next((a for a in head.ancestors if a.dep_ == "ccomp"), None)
        if clause is not None and verb.tag_ == clause.head.tag_ \
                and _lemma(clause.head) in COMMUNICATION:
            return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        return None
    if head.dep_ != "ccomp" or _lemma(head.head) not in COMMUNICATION:
        return None
    if _lemma(head) in ("be", "have") and not any(c.dep_ in ("aux", "auxpass")
                                                  for c in head.children) \
            and verb.tag_ == head.head.tag_ == "VBD":
        # "said Putin had no intention of stopping the war and accused him ...": a state
        # reported does nothing; the act coordinated with it, in the speaker's tense, is the
        # speaker's
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    thing = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if thing is None or thing.pos_ != "NOUN" or thing.ent_type_ or _actorish(thing) \
            or _lemma(thing) in SPOKESPEOPLE | GROUP_NOUNS | COLLECTIVE_NOUNS | STATE_ORGANS \
            | BODY_NOUNS | GOVERNMENT_NOUNS | PERSON_TITLE_NOUNS:
        return None
    return next((c for c in head.head.children if c.dep_ == "nsubj"), None)


def _outside_datelines(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions less those of a dateline's place and region ("NUSA DUA, Indonesia -"):
    where the reporter filed from acts in nothing the report tells."""
    spans = [(m.start("place"), m.end("region") if m.group("region") else m.end("place"))
             for m in datelines(doc_text(doc))]
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


def _state_recognised(doc: Doc, it: Token, mentions: list[ActorMention],
                     doers: frozenset[str]) -> str | None:
    """The state an "it" to be recognised stands for: the last one named before it, in its
    sentence or the one before, as the subject of a clause ("Kosovo declared independence
    in 2008"), the doers left out; None when there is none."""
    kinds = {a.name: a.kind for a in (doc._.actors or [])}
    lo = _window_start(doc, it, 1)
    for m in reversed([m for m in mentions if lo <= m.start < it.idx]):
        if m.actor in doers or m.how == "pronoun" or kinds.get(m.actor) != "state":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        # "Israel and Hamas agreed a truce, but Iran would not recognise it": a thing one
        # recognises, told after the state, is what "it" stands for
        if any(t.lemma_.casefold() in RECOGNISED_THINGS for t in doc[span.end:it.i]):
            return None
        return m.actor
    return None


RECOGNISED_THINGS = ACCORD_NOUNS | NORM_NOUNS | DECISION_NOUNS | {
    "election", "result", "vote", "referendum", "government", "regime", "annexation",
    "outcome", "verdict", "ruling", "claim", "sovereignty", "border"}


LATER_WORDS = {"next", "upcoming", "future", "following", "forthcoming"}


def _later_gathering(verb: Token) -> bool:
    """Whether what the verb hosts is a gathering still to come, not the one reported: "next
    year's summit", "the next round", "an upcoming conference"."""
    obj = _object(verb)
    if obj is None:
        return False
    return any(c.dep_ in ("amod", "poss", "compound", "nmod") and (
        c.lower_ in LATER_WORDS or any(g.lower_ in LATER_WORDS for g in c.children))
        for c in obj.children)


def _hosted_sides(doc: Doc, sent: Span, hosts: set[str], bodies: bool = False) -> list[str]:
    """The parties of the two-party contact reported last up to the end of the sentence (the
    meeting a host holds) that has a party other than the hosts and their states; those
    parties. With ``bodies``, the gathering of a body the hosts' state belongs to counts too,
    its one side the body."""
    owns = {_own_state(doc, h) for h in hosts} - {None}
    contacts = sorted((c for c in (doc._.contacts or []) if c.start <= sent.end_char
                       and (len(set(c.participants)) == 2 or bodies and
                            _gathering_of_members(c, {s for s in (*hosts, *owns) if s}))),
                      key=lambda c: c.start)
    paragraph = paragraph_number(doc_text(doc), sent.start_char)
    for contact in reversed(contacts):
        if contact.paragraph is not None and paragraph is not None \
                and paragraph - contact.paragraph > INTERLOCUTOR_PARAGRAPHS:
            break
        guests = [p for p in dict.fromkeys(contact.participants)
                  if p not in hosts and p not in owns and _own_state(doc, p) not in hosts]
        if guests:
            return guests
    return []


def _gathering_of_members(contact: Contact, states: set[str]) -> bool:
    """A body's own gathering (the body its one side) that one of the states belongs to: its
    host from a member state meets the body ("ACTO leaders met in Belém, hosted by Lula")."""
    if len(set(contact.participants)) != 1:
        return False
    entry = load_gazetteer().entries.get(contact.participants[0])
    return entry is not None and bool(states & set(entry.members))


def _their_sides(doc: Doc, noun: Token, mentions: list[ActorMention]) -> list[str] | None:
    """The parties of "their meeting": the coordinated subject of the nearest clause above the
    noun ("Canada and India resumed their talks"), at least two actors; else None."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subj = _subject(verb) if verb is not None else None
    if subj is None:
        return None
    names = [_actor_at(doc, t, mentions) for t in (subj, *subj.conjuncts)]
    found = [n for n in dict.fromkeys(names) if n]
    return found if len(found) >= 2 else None


def _talks_ended_together(verb: Token, obj: Token) -> bool:
    """'US and Russia end talks', 'the two sides concluded two days of talks': both parties of
    the talks close them (the talks were held); one party ending talks breaks them off."""
    if obj.lemma_.casefold() in ("day", "week", "hour", "round"):
        obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), obj)
    if obj.lemma_.casefold() not in ("talk", "talks", "negotiation", "consultation", "meeting",
                                     "summit", "dialogue"):
        return False
    subj = _subject(verb)
    return subj is not None and (bool(subj.conjuncts) or (
        subj.lemma_.casefold() in ("side", "party", "delegation") and subj.tag_ == "NNS"))


# An envoy a host state can send home: "ordered ten diplomats to leave".
ENVOY_NOUNS = {"diplomat", "ambassador", "envoy", "attaché", "attache", "consul"}


def _foreign_envoys_sent_home(verb: Token) -> bool:
    """'Oslo ordered the Russian ambassador to leave': another state's envoys told to leave
    (the subject's own diplomats ordered out of a war zone are evacuated, not expelled)."""
    if _negated(verb) or not any(c.dep_ in ("xcomp", "ccomp") and _lemma(c) in ("leave",
                                                                               "depart")
                                 for c in verb.children):
        return False
    envoy = next((c for c in verb.children if c.dep_ in ("dobj", "dative")
                  and _lemma(c) in ENVOY_NOUNS), None)
    subj = _subject(verb)
    if envoy is None or subj is None:
        return False
    doc = verb.doc
    mentions: list[ActorMention] = doc._.actor_mentions or []

    def actor_in(tok: Token) -> str | None:
        lo, hi = tok.left_edge.idx, tok.idx + len(tok)
        return next((m.actor for m in mentions if lo <= m.start < hi), None)
    sender, mover = actor_in(envoy), actor_in(subj)
    return sender is not None and mover is not None and sender != mover \
        and _own_state(doc, mover) != sender and _own_state(doc, sender) != mover


# Nouns that count what follows "of": "thousands of troops", "tens of thousands of soldiers".
COUNT_NOUNS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "tens",
               "number", "numbers", "scores", "battalions", "units"}


# Verbs that address speech to someone: "told Lavrov", "said to Lavrov", "wrote to Kishida".
ADDRESSING_VERBS = {"tell", "say", "write", "warn", "reply", "respond", "shout", "yell",
                    "snap", "retort", "ask", "add"}


def _speech_addressee(you: Token) -> Token | None:
    """Whom a "you" inside reported speech means: the one the speech is addressed to ('"You
    lied," Blinken told Lavrov', 'Macron said to Putin: "you ..."'), the object of the
    reporting verb or of its "to"; None when the speech names no addressee."""
    below = you  # the branch that holds the speech itself
    for anc in you.ancestors:
        if _lemma(anc) in ADDRESSING_VERBS:
            for child in anc.children:
                if child.i == below.i:
                    continue
                if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN") \
                        and child.lower_ != "you":
                    return child
                if child.dep_ in ("prep", "dative") and child.lower_ == "to":
                    pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.lower_ != "you":
                        return pobj
        below = anc
    return None


def _past_dateline(subj: Token) -> Token:
    """The subject the parse hangs behind a dateline ("CAIRO, Egypt — Sisi and Erdogan met"
    parsed with the place as subject and the leaders in apposition): where the reporter filed
    from is no doer, the first apposition after the dateline is."""
    text = doc_text(subj.doc)
    for match in DATELINE.finditer(text, 0, min(len(text), subj.idx + 200)):
        if match.start("place") <= subj.idx < match.end():
            # (or a second subject of the same verb after the dateline: "HELSINKI, May 6 -
            # Finland's prime minister, X, said" read with two subjects)
            return next((c for c in subj.children if c.dep_ == "appos"
                         and c.idx >= match.end()), None) or next(
                (c for c in subj.head.children if c.dep_ == subj.dep_ and c.i != subj.i
                 and c.idx >= match.end()), subj)
    return subj


def _subject(verb: Token) -> Token | None:
    """The agent: the subject, the passive's by-agent, or a subject inherited through
    'X refused to withdraw', 'X met and agreed' or a relative clause."""
    if verb.lemma_.casefold() in STATIVE_PASSIVES and not any(
            c.dep_ == "agent" for c in verb.children):
        held = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if held is not None:
            return held  # "Israel is opposed to French mediation"
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and not any(
            c.dep_ == "agent" for c in verb.children):
        # A passive without its by-phrase names no doer: "after she was released", "comments
        # that were condemned, including by Romney" (the by-phrase hangs one level down).
        return next((g for c in verb.children if c.dep_ == "prep" for b in c.children
                     if b.lower_ == "by" and b.dep_ in ("prep", "agent") for g in b.children
                     if g.dep_ == "pobj"), None)
    summoner = _summoned_to(verb)
    if summoner is not None:
        return next((c for c in summoner.children if c.dep_ == "nsubj"), None)  # (the envoy
        # summoned only hears the protest)
    stray = _stray_conjunct_subject(verb)
    if stray is not None:
        return stray
    speaker = _speaker_of_conjoined_address(verb)
    if speaker is not None:
        return speaker
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ == "ROOT" \
            and verb.head.i == verb.i - 1 and verb.head.ent_type_ in ("PERSON", "ORG", "GPE",
                                                                       "NORP") \
            and not any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in verb.children):
        return verb.head  # "Trump unloaded on Cruz" parsed as a noun phrase: the name acts
    node = verb
    shares_passive_subject = False
    for _ in range(4):
        if shares_passive_subject:
            # "she was welcomed by Naruhito and held talks with Kishida": an active verb
            # coordinated with a passive shares its subject, not its by-agent
            held = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
            if held is not None:
                return held
        for child in node.children if not shares_passive_subject else ():
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and _lemma(pobj) not in LINE_NOUNS:
                    return pobj  # ("spoke by video link": the line is no doer)
        # the nearest subject: a parse run across a dateline or heading can hang a second,
        # stray subject on the same verb ("... (AP) — President Joe Biden has warned")
        subj = min((c for c in node.children if c.dep_ in ("nsubj", "csubj")),
                   key=lambda c: abs(c.i - node.i), default=None)
        if subj is not None:
            subj = _past_dateline(subj)
            if subj.lower_ in ("who", "that", "which") and node.dep_ == "relcl":
                held = node.head
                if held.dep_ == "attr" and held.head.lemma_ == "be":
                    # "X and Y were the only two Republicans who agreed": X and Y
                    named = next((c for c in held.head.children if c.dep_ == "nsubj"), None)
                    if named is not None and named.pos_ == "PROPN":
                        return named
                return held
            return subj
        if node.dep_ == "advcl" and node.i > 0:
            # "... as the Brotherhood and other groups protest X": the parse hangs the subject
            # on "as" as its object
            held = next((p for c in node.head.children if c.dep_ == "prep" and c.lower_ == "as"
                         for p in c.children if p.dep_ == "pobj"
                         and p.right_edge.i == node.i - 1), None)
            if held is not None:
                return held
        if node.dep_ in ("relcl", "acl") and node.head.dep_ == "attr" \
                and node.head.head.lemma_ == "be" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            # "Romney was the latest voice to urge Brewer ...", "X was the first to do":
            # who the infinitive's noun describes does the act
            named = next((c for c in node.head.head.children if c.dep_ == "nsubj"), None)
            if named is not None:
                return named
        if node.dep_ == "relcl":
            return node.head
        if node.dep_ == "acl" and node.tag_ == "VBG":
            if node.head.pos_ == "PROPN":
                return node.head  # "is Moscow persecuting X": the participle's own doer
            if node.head.pos_ == "NOUN" and _doer_noun(node.head):
                return node.head  # "warships firing missiles", "crowds demanding his exit"
            if node.head.dep_ in ("dobj", "obj") and node.head.head.pos_ == "VERB":
                governing = _lexical(node.head.head)
                if governing is not None and governing[0] == "REJECT":
                    return None  # "vetoed a resolution threatening X": nobody threatens
            if node.head.dep_ in ("dobj", "obj") and node.head.head.pos_ == "VERB":
                node = node.head.head  # "issued a declaration demanding": the issuer
                continue
        if node.dep_ == "acl" and node.head.pos_ == "NOUN":
            # "the regime's attempt to kill X", "Moscow's decision to expel": the possessor
            owner = next((c for c in node.head.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
        if node.dep_ == "acl" and node.head.lemma_.casefold() in DECISION_NOUNS \
                and node.head.dep_ in ("dobj", "obj") and node.head.head.pos_ == "VERB" \
                and node.head.head.lemma_.casefold() in ADOPTING_VERBS:
            governing = _lexical(node.head.head)
            if governing is not None and governing[0] == "REJECT":
                return None  # "vetoed a resolution to suspend X": nobody suspends
            node = node.head.head  # "adopted a resolution to suspend X": who adopted it
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ == "of" \
                and node.head.head.dep_ == "dobj" and node.head.head.head.pos_ == "VERB" \
                and node.head.head.head.lemma_.casefold() in ("make", "take", "have"):
            # "Ryan made a point of praising Romney", "took the step of recalling its envoy":
            # the one who made the point does the act
            node = node.head.head.head
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ == "for" \
                and node.head.dep_ == "prep" and node.head.head.pos_ == "VERB":
            # "attacked the president for declining to meet", "thanked Japan for sending
            # aid": the object of the verb the reason hangs on is who did the act
            obj = _object(node.head.head)
            if obj is not None:
                return obj
        if node.dep_ == "conj" and node.tag_ in ("VBZ", "VBD", "VBP") \
                and node.head.pos_ in ("NOUN", "PROPN") \
                and node.head.dep_ in ("dobj", "obj", "pobj") and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            # "Moscow disagrees with the comment and accuses Washington": a finite verb the
            # parse coordinates with the object before it shares the clause's subject
            clause = next((a for a in node.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if clause is not None:
                return _subject(clause)
        if node.dep_ in ("dobj", "obj") and node.lemma_.casefold() in EFFORT_NOUNS \
                and node.head.pos_ == "VERB" and node.head.lemma_.casefold() in EFFORT_VERBS \
                and any(c.dep_ == "acl" for c in node.children):
            node = node.head  # "made a concerted effort to impose X": who made the effort
            continue
        if node.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp", "pcomp", "prep") \
                and node.head.i != node.i:
            if node.dep_ == "conj" and (node.tag_ in ("VB", "VBZ", "VBP") or (
                    # a past form with no object of its own may be a second passive, its
                    # "was" left out ("are defeated and forced east")
                    node.tag_ == "VBD" and any(c.dep_ in ("dobj", "obj")
                                               for c in node.children))) \
                    and any(c.dep_ == "auxpass" for c in node.head.children) \
                    and _right_after_and(node):
                shares_passive_subject = True
            if node.dep_ == "xcomp" and node.head.lemma_.casefold() in SCHEDULING_PASSIVES:
                held = next((c for c in node.head.children if c.dep_ == "nsubjpass"), None)
                if held is not None:
                    return held  # "Biden is set to hold talks with Xi": Biden holds them
            if node.dep_ == "xcomp":
                # "urged Moscow to withdraw": the object of the governing verb acts.
                obj = _object(node.head)
                if obj is not None and node.head.lemma_.casefold() not in SUBJECT_CONTROL:
                    # "urged Moscow to withdraw", "prompted Kristol to call for": the object
                    # of the governing verb does the act (all but promise-type verbs)
                    return obj
                called = next((g for c in node.head.children if c.dep_ == "prep"
                               and c.lower_ in ("on", "upon") and c.i < node.i
                               for g in c.children if g.dep_ == "pobj"
                               and g.ent_type_ not in ("DATE", "TIME")), None)
                if obj is None and called is not None \
                        and node.head.lemma_.casefold() in ("call", "prevail"):
                    return called  # "called on Dean to apologize": Dean is to apologize
            node = node.head
            continue
        break
    return None


def _right_after_and(verb: Token) -> bool:
    """Whether a conjoined verb follows its "and" with nothing but adverbs between ("and
    held talks", "and then met"), not a noun the parse left subjectless ("after Brazil and
    others withdrew")."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in ("advmod", "aux", "neg"):
        i -= 1
    return i >= 0 and verb.doc[i].dep_ == "cc"


# Verbs whose subject, not object, does the act of their infinitive ("promised Kyiv to send").
EFFORT_NOUNS = {"effort", "attempt", "step", "move", "bid", "push", "drive"}
EFFORT_VERBS = {"make", "take", "launch", "lead", "redouble", "step", "intensify", "begin",
                "start", "continue"}
SUBJECT_CONTROL = {"promise", "vow", "pledge", "threaten", "offer", "swear", "use", "take",
                   "need", "make"}


def _doer_noun(token: Token) -> bool:
    """Whether a common noun names people or forces who can act ("protesters", "warships",
    "the army"), as against documents and abstractions ("a resolution", "a statement")."""
    lemma = token.lemma_.casefold()
    return lemma in GROUP_NOUNS or lemma in COLLECTIVE_NOUNS or lemma in TROOP_WORDS \
        or lemma in WEAPON_WORDS or lemma in PROTESTER_NOUNS or lemma in (
            "warship", "jet", "aircraft", "plane", "helicopter", "tank", "warplane", "ship")


# Passives that put their subject's own act on a calendar: "is set to meet", "is expected to
# visit", "is scheduled to hold talks".
SCHEDULING_PASSIVES = {"set", "schedule", "slate", "expect", "poise", "plan", "suppose"}
# Passives that state the subject's own stance: "X is opposed to", "X is committed to".
STATIVE_PASSIVES = {"oppose", "commit", "dedicate", "determine"}


def _inside_what_is_done(tok: Token | None, verb: Token) -> bool:
    """Whether a phrase lies inside the clause or noun that says what the verb's doers do
    ("agreed to share information on North Korea", "signed a deal on Syria") rather than
    naming a party of the verb itself ("agreed with Iran", "met Merkel")."""
    if tok is None:
        return False
    head = tok.head
    if head.dep_ == "prep" and head.lower_ in ("with", "between", "to") \
            and head.head.i == verb.i:
        return False
    if head.dep_ == "prep" and head.lower_ == "with" and head.head.dep_ in ("dobj", "obj") \
            and head.head.head.i == verb.i and _lemma(head.head) in CONTACT_WORDS:
        return False  # "held talks with Putin", "a video summit with Vucic": the other side
    if tok.dep_ in ("dobj", "obj") and tok.head.i == verb.i and _lemma(tok) in CONTACT_WORDS \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False  # the talks phrase itself, read whole ("talks with Xi in Beijing")
    if tok.head.i == verb.i and tok.dep_ in ("dobj", "dative", "nsubjpass"):
        return tok.pos_ not in ("PROPN",) and tok.ent_type_ not in ("PERSON", "GPE", "ORG",
                                                                     "NORP")
    return True


TRANSFER_NOUNS = {"sale", "delivery", "shipment", "supply", "transfer", "export"}


def _met_again_on(cand: Candidate, event: Event, published: str | None) -> Event | None:
    """The second meeting of a pair told with the verb left out ("They met in San Diego in
    March, and again in Belfast in April"): the same contact on the later date."""
    if cand.type != "CONSULT" or event.target is None or event.date is None:
        return None
    verb = cand.verb
    again = next((t for t in verb.subtree if t.lower_ == "again" and t.i > verb.i
                  and any(w.lower_ == "and" for w in verb.doc[verb.i:t.i])), None)
    if again is None:
        return None
    for ent in verb.sent.ents:
        if ent.label_ == "DATE" and ent.start > again.i and verb in ent.root.ancestors \
                and not any(a.pos_ in ("VERB", "AUX") and a.i != verb.i
                            for a in ent.root.ancestors if a.i > verb.i):
            date = resolve_date(ent.text, published)
            if date is not None and date != event.date:
                return replace(event, date=date)
    return None


def _gapped_parties(verb: Token) -> list[Token]:
    """A second party met with the verb left out ("met Modi on Tuesday and Xi the same day",
    "host Macron on Tuesday, and the leaders of the Baltic states later in the week"): the
    parse joins it to the date or to the verb itself."""
    if _object(verb) is None:
        return []
    found = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
             and c.i > verb.i]
    found += [g for p in verb.children if p.dep_ == "prep" for d in p.children
              if d.dep_ == "pobj" and d.ent_type_ == "DATE" for g in d.conjuncts
              if g.ent_type_ != "DATE" and g.pos_ in ("NOUN", "PROPN")]
    return found


# Verbs of talks whose object is the topic ("discussed Afghanistan"), never the partner.
DISCUSSING_VERBS = {"discuss", "debate"}


def _target_tokens(cand: Candidate) -> Iterable[Token | None]:
    verb = cand.verb
    if cand.mode == "yield" and verb.lemma_.casefold() in NORM_VERBS:
        return  # "violated sanctions against Iran": the norm's own target is not the target
    subj = _subject(verb)
    defended = _object(verb) if _lemma(verb) == "defend" else None
    if defended is not None and not _actorish(defended) and _named_owner(defended):
        # "defended Japan's right to ...": the owner is the one supported, nothing deeper
        yield from (c for c in defended.children if c.dep_ == "poss")
        return
    if cand.type == "REJECT" and _lemma(verb) == "say" \
            and any(c.lower_ == "no" for c in verb.children):
        # "said no to a request from Germany", "said no to Romania's bid": whose ask it is
        for asked in (g for c in verb.children if c.dep_ in ("prep", "dative")
                      and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"):
            yield from (c for c in asked.children if c.dep_ == "poss")
            yield from (g for c in asked.children if c.dep_ == "prep"
                        and c.lower_ in ("from", "by", "of") for g in c.children
                        if g.dep_ == "pobj")
            yield asked
        return
    if _lemma(verb) in HANDING_VERBS:
        # "provided ammunition alongside aid to Turkey", "returned the paintings, stolen in
        # 1989, to Italy": whom the thing is handed to, however deep the object phrase
        yield _recipient(verb) or _recipient_in_object(verb)
    if cand.type == "REJECT" and _refused_permission(verb):
        # "would not allow Russia to divide Europe": the parse makes the one refused the
        # subject of the clause allowed; what that one would act on ("anyone to close NATO's
        # door") is no target of the refusal
        yield from (g for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                    for g in c.children if g.dep_ == "nsubj")
        yield from (c for c in verb.children if c.dep_ in ("dobj", "obj"))
        return
    if any(c.dep_ == "nsubjpass" for c in verb.children) and (
            verb.lemma_.casefold() not in STATIVE_PASSIVES
            or any(c.dep_ == "agent" for c in verb.children)):  # "opposed by Republicans"
        held = next(c for c in verb.children if c.dep_ == "nsubjpass")
        if held.lower_ in ("who", "that", "which", "whom") and verb.dep_ == "relcl":
            held = verb.head  # "Brown, who was shot by Wilson": the one the clause is about
        yield held
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and any(
            c.dep_ == "agent" for c in verb.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "Xi arrived on Wednesday and was met at the airport by the governor": the joined
        # passive is about the first verb's subject
        yield from (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    if verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) and not any(
            c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children):
        # "Kyiv shelled by Russian artillery": a headline passive the parse gives an active
        # subject; the one it names is acted on
        yield from (c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ == "agent" for c in verb.children):
        # "the 'Russian attack' alleged by Kyiv", "a truce backed by Cairo": the phrase the
        # participle qualifies is what is acted on, and its named owner the party
        held = verb.head
        yield held
        yield from (c for c in held.children if c.i < held.i and c.dep_ in (
            "poss", "amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG",
                                                                   "PERSON"))
    if cand.type == "CONSULT":
        # "has been in touch with Zelensky", "spent the day in talks with Zelensky": the
        # party after "with"
        yield from (w for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                    for g in c.children if g.dep_ == "pobj"
                    and (_lemma(g) in ("touch", "contact") or (_lemma(g) in TALKS_NOUNS
                                                  and _lemma(verb) == "spend"))
                    for p in (*g.children, *c.children) if p.dep_ == "prep"
                    and p.lower_ == "with" for w in p.children if w.dep_ == "pobj")
        # "hosted two rounds of talks in Ankara between his Ethiopian and Somali
        # counterparts", "hosted three days of talks between Colombia and the ELN": the
        # parse hangs the mediated sides on the verb or on the talks the object measures
        measured = [g for o in verb.children if o.dep_ in ("dobj", "obj")
                    for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
        yield from (g for h in (verb, *measured) for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "between"
                    for g in c.children if g.dep_ == "pobj")
    for child in verb.children:
        if child.dep_ == "oprd" and cand.type in ("ACCUSE", "SUPPORT") \
                and _lemma(verb) in LABELLING_VERBS and child.i < cand.token.i \
                and child.pos_ == "PROPN":
            # "called Trump a liar" parsed with two complements: the first, a name, is judged
            yield child
        if child.dep_ == "oprd" and cand.type in ("ACCUSE", "SUPPORT"):
            # "called climate change a hoax perpetrated by China": whom the label blames
            yield from (g for acl in child.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                        for a in acl.children if a.dep_ == "agent"
                        for g in a.children if g.dep_ == "pobj")
        if child.dep_ in ("dobj", "dative", "obj", "iobj") and cand.type in (
                "ACCUSE", "PROTEST") and _lemma(child) in HARMING_NOUNS:
            # "deplored the violation of Ukraine's integrity by Russia": the doer of the harm
            # judged, however deep the parse hangs its "by" phrase, before the harmed
            yield from (t for t in child.subtree if t.dep_ == "pobj" and t.head.dep_ == "prep"
                        and t.head.lower_ == "by")
        if child.dep_ in ("dobj", "obj") and cand.type == "CONSULT" \
                and _lemma(verb) in DISCUSSING_VERBS:
            # "discussed Ukraine with Macron": what is talked about, not with whom (the
            # parse may hang "with Putin" on the topic: "discussed the plan with Putin")
            yield from (g for sub in child.children if sub.dep_ == "prep"
                        and sub.lower_ == "with" for g in sub.children if g.dep_ == "pobj")
            continue
        if child.dep_ in ("dobj", "dative", "obj", "iobj"):
            if _lemma(child) in TRANSFER_NOUNS:
                # "halted the sale of Hellfire missiles to Israel": the buyer, not the goods
                yield from (g for sub in child.children if sub.dep_ == "prep"
                            and sub.lower_ == "to" for g in sub.children if g.dep_ == "pobj")
            yield child
            if cand.type in ("ACCUSE", "REJECT", "SUPPORT", "REQUEST", "AGREE", "CONCEDE") \
                    and not _actorish(child):
                # "denounced Serbia's crackdown", "rejected calls by Annan": whose act it is
                for sub in child.children:
                    if sub.dep_ == "poss":
                        yield sub
                    elif sub.dep_ == "prep" and sub.lower_ == "by":
                        yield from (c for c in sub.children if c.dep_ == "pobj")
            # "demanded concessions from NATO": the object's own prepositions
            for sub in child.children:
                if sub.dep_ == "prep" and sub.lower_ == "between" and cand.type == "CONSULT":
                    yield from (c for c in sub.children if c.dep_ == "pobj")  # mediation
                if sub.dep_ == "prep" and (sub.lower_ in TARGET_PREPS or sub.lower_ in (
                        "including", "like") or (sub.lower_ == "of" and child.lemma_.casefold()
                                                 in OBJECT_NOUNS)):
                    # "aided our adversaries, including Iran and Venezuela"
                    yield from (c for c in sub.children if c.dep_ == "pobj")
                if sub.dep_ == "prep" and sub.lower_ == "of" and cand.type in ("AGREE", "SUPPORT"):
                    # "signed a memorandum of understanding with Somaliland": the parse hangs
                    # the partner on the document's "of" phrase
                    yield from (g for c in sub.children if c.dep_ == "pobj"
                                for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                                for g in p.children if g.dep_ == "pobj")
                if (sub.dep_ == "relcl" or (sub.dep_ == "acl" and sub.tag_ == "VBN")) \
                        and _lemma(sub) in IMPOSING_VERBS:
                    # "lifted the sanctions imposed on Eritrea", "the curbs it had put on
                    # Iran": whom the measure weighs on
                    yield from (g for p in sub.children if p.dep_ == "prep"
                                and p.lower_ in ("on", "against", "upon")
                                for g in p.children if g.dep_ == "pobj")
    for child in verb.children:
        if child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or (
                _lemma(verb), child.lower_) in PHRASAL):
            # "stood by Israel": the preposition of a phrasal verb takes its target
            yield from (c for c in child.children if c.dep_ == "pobj")
        if child.dep_ == "prt":
            for sub in child.children:
                if sub.dep_ == "prep":
                    yield from (c for c in sub.children if c.dep_ == "pobj")
    if cand.token.i != verb.i and cand.token.pos_ == "ADJ" and cand.type == "ACCUSE":
        # "called Steele's comments unacceptable": the judged phrase, however it is hung
        yield from (c for c in [*verb.children, *cand.token.children]
                    if c.dep_ in ("dobj", "npadvmod", "nsubj") and c.i < cand.token.i
                    and c.pos_ in ("NOUN", "PROPN"))
    if cand.token.i != verb.i:
        deps = ("pobj", "poss", "dobj") if cand.type == "REJECT" else ("pobj", "poss")
        yield from (c for c in cand.token.children if c.dep_ in deps)
        for sub in cand.token.children:
            if sub.dep_ == "prep" and cand.token.pos_ == "ADJ":
                yield from (c for c in sub.children if c.dep_ == "pobj")  # "supportive of X"
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp"):
            inner = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if inner is not None and subj is not None and inner.i == subj.i:
                inner = None
            if inner is not None and cand.type in ("REQUEST", "ACCUSE"):
                # "demanded that the United States stop selling weapons to Taiwan": who is
                # asked (or accused) is the clause's subject, before whom its act reaches
                yield inner
            if child.dep_ == "xcomp" and cand.type == "THREATEN":
                # "threatened to shell British forces based in ...": whom the threatened act
                # is done to, before anyone named deeper ("... if they attacked Serbs")
                yield from (c for c in child.children if c.dep_ in ("dobj", "dative")
                            and (_actorish(c) or any(
                                g.dep_ in ("amod", "compound", "poss") and _actorish(g)
                                for g in c.children)))
            # "warned that the US could impose sanctions against Russia"
            for tok in child.subtree:
                if tok.dep_ == "pobj" and tok.head.lower_ in ("against", "on", "to", "with",
                                                              "for"):
                    yield tok
            if child.dep_ == "xcomp" and cand.type in ("AGREE", "REQUEST", "REJECT"):
                # "agreed to release the hostages", "offered to host X": the act's object
                yield from (c for c in child.children if c.dep_ in ("dobj", "dative"))
                if _lemma(child) in CONTINUING_VERBS:
                    # "pledged to keep supporting Kyiv": the object of the act carried on
                    yield from (g for c in child.children if c.dep_ == "xcomp"
                                for g in c.children if g.dep_ in ("dobj", "dative"))
            if cand.type == "THREATEN" and inner is not None:
                yield inner
    protest = _in_protest(verb) if cand.type == "PROTEST" else None
    if protest is not None:
        # "quit in protest over the president's policies" (the "over" phrase hung on the
        # protest or, after a quoted "in protest", on the verb): whose act is protested
        for sub in [*protest.children, *verb.children]:
            if sub.dep_ == "prep" and sub.lower_ in ("over", "against", "at", "of"):
                for obj in (g for g in sub.children if g.dep_ == "pobj"):
                    if not _actorish(obj):
                        yield from (c for c in obj.children if c.dep_ == "poss")
                    yield obj
    if cand.type == "REQUEST":
        for child in verb.children:  # "called for Gbagbo to leave": Gbagbo is asked
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for"
                                             for g in child.children):
                yield next((c for c in child.children if c.dep_ == "nsubj"), None)
            if child.dep_ == "prep" and child.lower_ == "for" and not any(
                    c.dep_ == "pobj" for c in child.children):
                # "calls for remaining loyalists to surrender", its clause parsed under the
                # preposition: the clause's subject, or (the participle read as the head)
                # the noun whose infinitive says what it is asked to do
                for clause in (c for c in child.children if c.dep_ == "pcomp"):
                    yield next((c for c in clause.children if c.dep_ == "nsubj"), None)
                yield from (t for t in child.subtree if t.pos_ in ("NOUN", "PROPN") and any(
                    g.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                            for a in g.children) for g in t.children))
    if cand.type == "SANCTION":
        # "announced a ban on employees traveling to Idaho": the place dealings are cut with
        yield from (t for c in verb.children if c.dep_ in ("dobj", "obj") for t in c.subtree
                    if t.dep_ == "pobj" and t.head.lower_ in ("to", "with")
                    and t.ent_type_ == "GPE"
                    and _lemma(t.head.head) in DEALINGS_NOUNS | DEALINGS_VERBS)
    if cand.type == "THREATEN":
        # "would impose sanctions if Russia invades": whoever must meet the condition
        for child in verb.children:
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                             for g in child.children):
                yield next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")),
                           None)
        # "warned Putin that ...": the person warned is the first object, handled above;
        # otherwise whoever would be hit by the threatened measure.
        for tok in verb.subtree:
            if tok.dep_ == "pobj" and tok.head.lower_ in ("against", "on"):
                yield tok


# Types whose target may be named through an act of the target's mentioned before.
REFERRING_TYPES = {"ACCUSE", "REJECT", "PROTEST", "SANCTION", "THREATEN"}
# Acts a later sentence refers back to by their noun ("the test", "Friday's launch").
ACT_NOUNS = CONDUCT_NOUNS | ATTACK_NOUNS | {
    "test", "launch", "invasion", "annexation", "provocation", "incursion", "detonation",
    "outreach", "move", "action", "crackdown", "occupation", "buildup", "build-up", "blockade",
    "program", "programme"}
LOOKBACK_SENTENCES = 10


def _owner_of_named_act(doc: Doc, cand: Candidate, mentions: list[ActorMention], actor: str,
                        own: str | None) -> list[str]:
    """The actor whose act the trigger's object refers back to: the object is an act noun
    naming nobody ("the test", "Friday's test"), and one of the few sentences before (or this
    one, earlier on) names the same act with its owner ("North Korea's latest nuclear test")."""
    heads = [cand.verb, *([cand.token] if cand.token.i != cand.verb.i else [])]
    objects = [c for h in heads for c in h.children if c.dep_ in ("dobj", "obj")]
    objects += [g for h in heads for c in h.children if c.dep_ == "prep"
                and c.lower_ in ("to", "against", "over", "on", "of") for g in c.children
                if g.dep_ == "pobj"]
    for obj in objects:
        lemma = obj.lemma_.casefold()
        if lemma not in ACT_NOUNS or _actor_at(doc, obj, mentions, exclude=actor) is not None:
            continue
        sent = obj.sent
        start = sent.start
        for _ in range(LOOKBACK_SENTENCES):
            if start == 0:
                break
            start = doc[start - 1].sent.start
        for tok in reversed(doc[start:obj.i]):
            if tok.lemma_.casefold() != lemma or tok.pos_ != "NOUN":
                continue
            owner = _actor_at(doc, tok, mentions, exclude=actor)
            if owner is not None and owner != own and owner != actor:
                return [owner]
    return []


def _possessor(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "compound" and child.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
            return child
    return None


DRILL_PARTNER_NOUNS = {"partner", "ally", "friend", "neighbour", "neighbor", "navy", "army",
                       "ship", "force", "military", "country", "nation"}


def _drill_partner(verb: Token, drill: Token) -> bool:
    """'held naval exercises with Russia', 'drills with its friends', 'with Japanese ships':
    a party trained with, not the gear trained with ('drills with live ammunition')."""
    def partner(noun: Token) -> bool:
        return _actorish(noun) or (_lemma(noun) in DRILL_PARTNER_NOUNS and (
            noun.lemma_ != noun.lower_ or any(
                c.dep_ in ("amod", "compound", "poss") and (
                    c.ent_type_ in ("GPE", "NORP") or c.lower_ in ("its", "their"))
                for c in noun.children)))
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and (partner(g) or any(partner(k) for k in g.conjuncts))
        for g in c.children) for h in (verb, drill) for c in h.children)


MEETING_OBJECTS = {"visit", "trip", "talk", "meeting", "summit", "negotiation"}


def _own_meeting(obj: Token) -> bool:
    """'his trip', 'its meeting with Putin': a meeting or trip of the one who calls it off."""
    return _lemma(obj) in MEETING_OBJECTS and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "my", "our")
        for c in obj.children)


REASSURING_VERBS = {"reaffirm", "reiterate", "reassure"}  # ("confirmed it would tighten the
# blockade" announces an act, no pledge)
OWN_SUBJECTS = {"it", "they", "he", "she", "we", "i"}


def _own_undertaking(verb: Token) -> bool:
    """'reaffirmed that it would stay in the treaty', 'confirmed that they will withdraw':
    what the speaker itself would or will do, a commitment given again."""
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("would", "will")
                                         for a in c.children)
               and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in OWN_SUBJECTS
                       for s in c.children)
               for c in verb.children)


RATE_NOUNS = {"pace", "rate", "speed", "clip", "frequency", "interval", "tempo", "scale"}


def _at_a_rate(prep: Token) -> bool:
    """'at a record pace', 'at an unprecedented rate': how often or fast, not a target."""
    return prep.lower_ == "at" and any(g.dep_ == "pobj" and _lemma(g) in RATE_NOUNS
                                       for g in prep.children)


FIGHTING_VERBS = {"fight", "combat", "battle", "tackle", "counter"}


def _an_ill_fought(obj: Token) -> bool:
    """Whether what is fought is an ill, not a party: a bare singular common noun ("fight
    deforestation", "combat illegal mining", "tackle climate change"), with no determiner,
    owner or number, that names no people or forces ("fight the rebels", "fight Russia" are
    attacks)."""
    if obj.tag_ != "NN" or _actorish(obj) or obj.lemma_.casefold() in GROUP_NOUNS | TROOP_WORDS:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)


def _actorish(token: Token) -> bool:
    return token.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or token.pos_ == "PROPN" or \
        token.lower_ in ("him", "her", "them")


def _plural_subject(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        # "Putin and Xi met in Samarkand and spoke by video link": the first verb's subject
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (bool(list(subj.conjuncts)) or subj.lower_ in ("leaders", "sides")
                                 or _the_pair_by_office(subj))


LINE_NOUNS = {"phone", "telephone", "video", "videolink", "videoconference", "link"}


def _by_line(verb: Token) -> bool:
    """'spoke by phone', 'talked by video link': talking over a line is a call."""
    return any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "over") and any(
        g.dep_ == "pobj" and _lemma(g) in LINE_NOUNS for g in c.children)
        for c in verb.children)


def _actor_at(doc: Doc, token: Token | None, mentions: list[ActorMention],
              exclude: str | None = None) -> str | None:
    """The canonical actor a noun phrase refers to: the mention that covers its head, else the
    first mention inside the phrase (its possessor or compound, "Biden's adviser" → Biden
    only when nothing closer is known)."""
    if token is None:
        return None
    if token.pos_ in ("NOUN", "PROPN"):
        # "Putin's adviser Yuri Ushakov", "the minister, Sergei Lavrov", "the Grand Mufti of
        # Egypt, Sheikh Shawki Allam": the apposition names the person the noun describes
        covering = [m for m in mentions if m.start <= token.idx < m.end]
        for child in token.children if not covering else ():
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                named = next((m.actor for m in mentions if m.start <= child.idx < m.end
                              and m.actor != exclude), None)
                # a title in capitals ("the Grand Mufti, Sheikh Shawki Allam,") describes
                # the person set off after it by a comma, nothing else
                if named is not None and (token.pos_ == "NOUN" or (
                        _kind(doc, named) == "person" and child.left_edge.i > 0
                        and doc[child.left_edge.i - 1].text == ",")):
                    return named
    lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    # Cut relative clauses and long modifiers off the phrase: they name other actors.
    for child in token.children:
        if child.dep_ in ("relcl", "acl", "appos", "prep") and child.i > token.i:
            hi = min(hi, child.left_edge.idx)
    spanned = [m for m in mentions if lo <= m.start < hi]
    # a name inside a longer one is part of it: the "US" of "US Secretary of State Antony
    # Blinken" is no second party beside Blinken
    inside = [m for m in spanned if m.actor != exclude and not any(
        o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
        for o in spanned)]
    if _others_of_possessor(token):
        # "his fellow Missourians urged him", "her critics say": people set against or beside
        # the possessor, never the possessor itself
        owner = next(c for c in token.children if c.dep_ == "poss")
        held = [m for m in mentions if owner.left_edge.idx <= m.start <= owner.idx]
        inside = [m for m in inside if m not in held]
        if not inside and held and token.lemma_.casefold() in SPOUSE_NOUNS:
            spouse = _spouse_of(doc, held[-1].actor, mentions)
            if spouse is not None and spouse != exclude:
                return spouse  # "Hunter had blamed his wife": Margaret Hunter
    if token.pos_ == "NOUN" and token.lemma_.casefold() in RELATION_NOUNS | ASSOCIATE_NOUNS:
        # "a former Clinton aide", "a Trump critic": a person named before the noun is whom
        # the noun's person works for or stands against, not that person ("a Republican
        # aide", a party's member, is left to the party rule below)
        named_before = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        inside = [m for m in inside if not (
            any(c.left_edge.idx <= m.start <= c.idx for c in named_before)
            and _kind(doc, m.actor) == "person")]
    owner_word = next((c for c in token.children if c.dep_ == "poss"
                       and c.lower_ in ("his", "her", "their")), None)
    if owner_word is not None and token.pos_ == "NOUN" \
            and token.lemma_.casefold() in GUEST_NOUNS \
            and all(owner_word.idx <= m.start < owner_word.idx + len(owner_word)
                    for m in inside):
        # "Ruto said his guest had backed the idea", "Biden told his guest": the other side
        # of the visit or meeting just told
        other = _other_side_of_contact(doc, token, mentions)
        if other is not None and other != exclude:
            return other
    if not inside:
        party = _party_of_members(token)
        return party if party != exclude else None
    for m in inside:
        if m.start <= token.idx < m.end or m.start <= token.idx + len(token) - 1 < m.end:
            return m.actor
    return inside[-1].actor if token.pos_ == "PROPN" else inside[0].actor


# The other side of a visit or meeting named by its part in it ("his guest", "her hosts",
# "his counterpart", "his partners")
GUEST_NOUNS = {"guest", "visitor", "host", "counterpart", "partner"}


def _other_side_of_contact(doc: Doc, token: Token, mentions: list[ActorMention]
                           ) -> str | None:
    """The other side, from the possessor's, of the latest contact (within a few paragraphs
    before the token) that has the possessor among its parties: the possessor is the
    nearest party named earlier in the sentence; people of the possessor's own state are
    not its other side. None when the sentence names no party of such a contact."""
    here = paragraph_number(doc_text(doc), token.idx)
    contacts = sorted((c for c in (doc._.contacts or []) if c.start <= token.idx
                       and len(set(c.participants)) >= 2 and (
                           c.paragraph is None or here is None
                           or here - c.paragraph <= INTERLOCUTOR_PARAGRAPHS)),
                      key=lambda c: c.start, reverse=True)
    named = [m.actor for m in mentions if token.sent.start_char <= m.start < token.idx]
    for contact in contacts:
        sides = list(dict.fromkeys(contact.participants))
        owners = [n for n in named if n in sides or _own_state(doc, n) in sides]
        if not owners:
            continue
        home = {owners[-1], _own_state(doc, owners[-1])} - {None}
        others = [p for p in sides if p not in home and _own_state(doc, p) not in home]
        return others[0] if others else None
    return None


# People a possessor names by their relation to it, not people who act for it.
RELATION_NOUNS = {"critic", "opponent", "rival", "colleague", "detractor", "enemy", "accuser",
                  "constituent", "peer", "foe", "challenger", "successor", "predecessor",
                  # kin: "Scott's wife pleads", "his relatives asked" (not Scott, not him)
                  "wife", "husband", "widow", "widower", "son", "daughter", "mother", "father",
                  "parent", "child", "brother", "sister", "relative", "family", "cousin",
                  "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "fiancee",
                  "fiance", "girlfriend", "boyfriend", "spouse"}


SPOUSE_NOUNS = {"wife", "husband", "widow", "widower", "spouse"}
# One's family: talking to them is no diplomatic contact.
KIN_NOUNS = SPOUSE_NOUNS | {"parent", "family", "child", "son", "daughter", "mother", "father",
                            "brother", "sister", "relative", "kid", "mom", "dad"}


def _spouse_of(doc: Doc, person: str, mentions: list[ActorMention]) -> str | None:
    """The one other person of the article who shares the person's surname (a spouse named in
    full elsewhere: 'Duncan Hunter' ... 'his wife' → 'Margaret Hunter'), else None."""
    kinds = {a.name: a.kind for a in (doc._.actors or [])}
    if kinds.get(person) != "person" or len(person.split()) < 2:
        return None
    surname = person.split()[-1]
    others = {m.actor for m in mentions if m.actor != person and kinds.get(m.actor) == "person"
              and len(m.actor.split()) >= 2 and m.actor.split()[-1] == surname}
    return others.pop() if len(others) == 1 else None


PARTY_MEMBER_WORDS = {"republican", "democrat", "independent", "conservative", "liberal"}


# Texts and principles that signing, supporting or defending backs no party by itself.
BACKING_VERBS = {"sign", "support", "back", "defend", "embrace", "endorse", "champion"}
BACKED_TEXTS = LAW_NOUNS | {"letter", "petition", "measure", "liberty", "freedom", "right",
                            "order"}


def _backs_a_text(verb: Token) -> bool:
    """'signed the bill into law', 'I support this law', 'defended his decision': a law, a
    letter or a principle with no other party's name on it is no one supported (the gold
    sets take such acts as borderline at most)."""
    obj = _object(verb)
    if obj is not None and _lemma(obj) == "decision" and _lemma(verb) in BACKING_VERBS:
        # "defended his decision" backs one's own act; "supported the decision" someone's
        return any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "my", "our")
                   for c in obj.children)
    if obj is None or _lemma(obj) not in BACKED_TEXTS or _lemma(verb) not in BACKING_VERBS:
        return False
    return not any((c.dep_ == "poss" and c.pos_ != "PRON") or (
        c.dep_ in ("compound", "amod", "nmod") and (
            c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")))
        for c in obj.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("of", "by", "from") for c in obj.children)


def every_member_party(token: Token) -> str | None:
    """'Every Republican on the committee', 'all Democrats': members taken as a whole act
    as their party (one of them, 'the Arizona Republican', is a person: _described_person)."""
    if token.lower_.rstrip("s") not in PARTY_MEMBER_WORDS or not any(
            c.dep_ in ("det", "predet", "amod") and c.lower_ in ("every", "each", "all")
            for c in token.children):
        return None
    word = token.text if token.lower_.endswith("s") else token.text + "s"
    return next((e.name for e in load_gazetteer().lookup(word)
                 if e.sector == "political_party"), None)


# Plain nouns by which news refers back to a body or group it has named: "the panel",
# "the lawmakers", "the party".
BODY_BACKREF_NOUNS = {"panel", "committee", "subcommittee"}
MEMBER_BACKREF_NOUNS = {"lawmaker", "legislator", "congressman", "senator", "member"}
BACKREF_SENTENCES = 3  # how many sentences back the body may be named
COUNTED_MEMBER_DETS = {"one", "a", "an", "another", "some", "several", "two", "three"}


# (not "sides": the sides of a fight are seldom the last two places named)
SIDE_NOUNS = {"country": "state", "nation": "state", "government": "state",
              "leader": "person", "president": "person"}
SIDE_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}


def _reciprocal(verb: Token) -> bool:
    """Whether the verb's object or prepositional phrase is 'each other' / 'one another'."""
    return any(t.lower_ in ("other", "another") and t.i > 0
               and t.nbor(-1).lower_ in ("each", "one") and t.head.i != verb.i - 1
               for c in verb.children if c.dep_ in ("dobj", "prep", "dative")
               for t in c.subtree)


def _two_sides(doc: Doc, token: Token, mentions: list[ActorMention]) -> tuple[str, str] | None:
    """'the two countries', 'both governments', 'the two leaders': the two parties of that kind
    named last (this sentence and the three before), the earlier one first."""
    if token.tag_ == "NNS" and _lemma(token) in ("side", "party") and any(
            c.lower_ in ("the", "both", "two") for c in token.children):
        # "the sides had agreed in principle", "both sides": the two parties of the contact
        # reported last (the talks just told)
        return _last_contact_sides(doc, token.idx)
    if token.tag_ != "NNS" or _lemma(token) not in SIDE_NOUNS:
        return None
    # "the two countries", "both governments", "the three leaders": how many are meant
    count = next((SIDE_COUNTS[c.lower_] for c in token.children
                  if (c.dep_ == "nummod" and c.lower_ in SIDE_COUNTS)
                  or (c.dep_ in ("det", "predet") and c.lower_ == "both")), None)
    if count is None:
        return None
    kind = SIDE_NOUNS[_lemma(token)]
    kinds = {a.name: a.kind for a in (doc._.actors or [])}  # (kind "state" or "person")
    first = token.sent.start
    for _ in range(BACKREF_SENTENCES):
        if first > 0:
            first = doc[first - 1].sent.start
    named: list[str] = []
    for m in reversed([m for m in mentions if doc[first].idx <= m.start < token.idx]):
        name: str | None = m.actor
        if kind == "state" and kinds.get(m.actor) == "person":
            name = _own_state(doc, m.actor)  # "Biden met Kishida ... the three governments"
            if name is not None:
                kinds.setdefault(name, "state")
        if name is not None and kinds.get(name) == kind and _holds_side_office(token, name):
            if name not in named:
                named.append(name)
            if len(named) == count:
                return named[-1], named[-2]  # the earliest named first
    return None


# The offices a "leader" or "president" of a side holds (gazetteer role names; wider than
# gazetteer.LEADER_ROLES, heads of state or government, by monarchs and supreme leaders).
SIDE_LEADER_ROLES = {"president", "prime_minister", "chancellor", "monarch", "crown_prince",
                     "supreme_leader"}


def _holds_side_office(noun: Token, person: str) -> bool:
    """Whether a person the gazetteer knows may be one of "the two presidents" / "the two
    leaders": a president for the first, a head of state or government for the second (a
    foreign minister or a speaker of parliament named in between is neither). People the
    gazetteer does not know, and states, are let through."""
    lemma = _lemma(noun)
    if lemma not in ("president", "leader"):
        return True
    entry = load_gazetteer().entries.get(person)
    if entry is None or entry.kind != "person" or not entry.roles:
        return True
    wanted = {"president"} if lemma == "president" else SIDE_LEADER_ROLES
    entries = load_gazetteer().entries
    # of a state: the speaker of a parliament is filed as the president of the House
    return any(r.role in wanted and getattr(entries.get(r.of or ""), "kind", None) == "state"
               for r in entry.roles)


def _headline_comma_subjects(subject: Token) -> list[Token]:
    """Names a headline joins to its subject with a bare comma ("Xi, Biden agree to ...",
    "Russia, Ukraine sign deals"), which the parse hangs on the verb as a modifier: the
    subject's partners. Only in a title-less line of a headline: no final full stop."""
    sent = subject.sent
    if subject.dep_ != "nsubj" or sent.text.rstrip().endswith((".", '"', "”")) \
            or sent.start != 0:
        return []
    out = []
    for child in subject.head.children:
        if child.i < subject.i and child.dep_ in ("npadvmod", "advcl", "dep", "nsubj") \
                and child.pos_ == "PROPN" and child.i + 1 < len(child.doc) \
                and child.doc[child.i + 1].text == "," and child.right_edge.i + 1 < subject.i:
            out.append(child)
    # "Russia, Ukraine sign deals": the second name parsed as the first one's apposition
    out.extend(c for c in subject.children if c.dep_ == "appos" and c.i == subject.i + 2
               and subject.doc[subject.i + 1].text == "," and c.pos_ == "PROPN"
               and c.ent_type_ == subject.ent_type_ and c.ent_type_ in ("GPE", "PERSON")
               and not list(c.children))
    return out


SETTING_NOUNS = {"sideline", "sidelines", "margin", "margins", "fringe", "fringes", "edge"}


def _meeting_setting(cand: Candidate, tok: Token) -> bool:
    """Whether a phrase read for a meeting's target only says where it took place: "on the
    sidelines of the G20 summit", "at a NATO meeting", "talked in Hamburg and in Vietnam".
    A place is the destination of a visit ("arrived in Helsinki"), so visits keep it."""
    if cand.type not in ("CONSULT", "AGREE") and cand.mode != "meet":
        return False
    if tok.lemma_.casefold() in SETTING_NOUNS or tok.lower_ in SETTING_NOUNS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "at" and _lemma(tok.head.head) in FORUM_NOUNS:
        return True  # "called off a planned meeting at the G20": the gathering it was set at
    if tok.lemma_.casefold() in FORUM_NOUNS and tok.head.lower_ in LOCATIVE_PREPS | {"of"}:
        return True
    return cand.mode != "visit" and tok.ent_type_ in ("GPE", "LOC") and tok.dep_ == "pobj" \
        and tok.head.lower_ in LOCATIVE_PREPS


def _group_pair(token: Token, mentions: list[ActorMention]) -> tuple[str, str] | None:
    """The two parties the actor resolution found for a phrase of two ("the two leaders",
    "the two heads of state"), when the mentions over the token are all such a group."""
    over = [m for m in mentions if m.start <= token.idx < m.end]
    named = list(dict.fromkeys(m.actor for m in over))
    if len(named) == 2 and all(m.how == "group" for m in over) \
            and all(_holds_side_office(token, n) for n in named):
        return named[0], named[1]
    return None


def _sides_before(doc: Doc, pronoun: Token, mentions: list[ActorMention]
                  ) -> tuple[str, str] | None:
    """The two parties 'they' continues when the latest clause subject before it, in this
    sentence or the one before, is a phrase of two sides ("the two leaders last met in Bali,
    where they agreed", "Both governments ... They said"), and no named subject came after."""
    sent = pronoun.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(doc[first:pronoun.i]):
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if tok.pos_ == "PRON":
            continue  # an earlier "they" in the same run of clauses
        if tok.head.is_ancestor(pronoun) and _lemma(tok.head) in SAYING_VERBS:
            return None  # "the two have said they would support X": a joint stance, each
            # side toward a third thing, not toward each other
        group = _group_pair(tok, mentions)
        if group is not None:
            return group  # the actor resolution read "the two leaders" already
        if any(m.start <= tok.idx < m.end for m in mentions):
            return None  # a named subject is nearer
        pair = _two_sides(doc, tok, mentions)
        if pair is not None:
            return pair
        if tok.tag_ in ("NNS", "NNPS"):
            return None  # another plural group is nearer ("the protesters")
    return None


def _definite_body(doc: Doc, token: Token, mentions: list[ActorMention]) -> str | None:
    """The body or party a bare group noun refers back to: 'the panel' / 'the committee' is
    the committee last named, 'the party' the party last named, 'the lawmakers' the party or
    legislature whose members were last named, all within this sentence and the three
    before; 'one Republican', 'a Democrat' is a member acting for the party."""
    lemma = token.lemma_.casefold()
    dets = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod")}
    if lemma in PARTY_MEMBER_WORDS - {"independent", "conservative", "liberal"} \
            and dets & COUNTED_MEMBER_DETS and token.tag_ in ("NN", "NNP", "JJ") \
            and not any(c.dep_ in ("compound", "amod") for c in token.children):
        # "One Republican threatened ...": an unnamed member acts for the party
        return next((e.name for e in load_gazetteer().lookup(token.text.capitalize() + "s")
                     if e.sector == "political_party"), None)
    if "the" not in dets or any(c.dep_ in ("compound", "amod", "poss", "prep")
                                for c in token.children):
        return None  # "the Senate panel", "the party's nominee": the phrase says which
    if lemma in BODY_BACKREF_NOUNS:
        wanted = "committee"
    elif lemma == "party" and token.tag_ == "NN":
        wanted = "party"
    elif lemma in MEMBER_BACKREF_NOUNS and token.tag_ == "NNS":
        wanted = "members"
    else:
        return None
    first = token.sent.start
    for _ in range(BACKREF_SENTENCES):
        if first > 0:
            first = doc[first - 1].sent.start
    actors = {a.name: a for a in (doc._.actors or [])}
    for m in reversed([m for m in mentions if doc[first].idx <= m.start < token.idx]):
        found = actors.get(m.actor)
        if found is None or found.kind == "person":
            continue
        if wanted == "committee" and any(w in found.name.casefold() for w in (
                "committee", "panel", "subcommittee")):
            return found.name
        if wanted == "party" and found.sector == "political_party":
            return found.name
        if wanted == "members" and found.sector in ("political_party", "legislature"):
            return found.name
    return None


def _described_person(doc: Doc, token: Token, mentions: list[ActorMention]) -> str | None:
    """'The Arizona Republican said', 'the New York Democrat': news refers back to a
    politician by home state and party; the person last named as a subject in this sentence
    or the two before (else the person named last)."""
    if token.lower_ not in PARTY_MEMBER_WORDS or token.tag_ not in ("NNP", "NN", "JJ") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
            or not any(c.dep_ in ("compound", "amod") and c.i < token.i for c in token.children):
        return None
    kinds = {a.name: a.kind for a in (doc._.actors or [])}
    first = token.sent.start
    for _ in range(2):
        if first > 0:
            first = doc[first - 1].sent.start
    people = [m for m in mentions if doc[first].idx <= m.start < token.idx
              and kinds.get(m.actor) == "person"]
    # the one who last acted or spoke ("Sen. John McCain said Steele's comments ..."), not
    # someone named inside what was said
    subjects = [m for m in people if (span := doc.char_span(m.start, m.end,
                                                            alignment_mode="expand"))
                is not None and span.root.dep_ in ("nsubj", "nsubjpass")]
    return (subjects or people)[-1].actor if people else None


def _others_of_possessor(token: Token) -> bool:
    """'his critics', 'her fellow Democrats': a possessed group that is not the possessor."""
    if token.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "poss" for c in token.children):
        return False
    return token.lemma_.casefold() in RELATION_NOUNS or any(
        c.dep_ in ("amod", "compound") and c.lower_ == "fellow" for c in token.children)


# People who work for a named person and are not that person ("a Clinton aide").
ASSOCIATE_NOUNS = {"aide", "staffer", "adviser", "advisor", "associate", "confidant",
                   "lawyer", "attorney", "assistant", "ally", "friend", "donor", "employee"}


# People who act for their party when the party names them ("Republican officials",
# "Labour MPs", "Democratic senators").
PARTY_MEMBER_NOUNS = {"official", "senator", "lawmaker", "leader", "member", "legislator",
                      "representative", "congressman", "congresswoman", "activist", "mp",
                      "supporter", "strategist", "operative", "politician", "aide", "delegate",
                      "candidate", "governor", "lawmakers", "critic", "deputy", "councillor"}


# A party's outings: "canceled a Democratic congressional trip" is done to the party.
OUTING_NOUNS = {"trip", "delegation", "junket"}


def _party_of_members(token: Token) -> str | None:
    """The political party a group of its members is named after ("Republican officials
    dismissed ...": the Republican Party), from the gazetteer's party names."""
    outing = token.lemma_.casefold() in OUTING_NOUNS
    if token.pos_ != "NOUN" or not (outing or token.lemma_.casefold() in PARTY_MEMBER_NOUNS):
        return None
    if not outing and token.tag_ == "NN" and any(c.dep_ == "det" for c in token.children):
        return None  # "the Republican governor refused": one person, not the party
    for mod in token.children:
        if mod.dep_ not in ("amod", "compound") or mod.i > token.i or not mod.text[:1].isupper():
            continue
        word = mod.text
        forms = [word, word + "s", word + " Party"]
        if word.endswith("ic"):
            forms.append(word[:-2] + "s")  # "Democratic" → "Democrats"
        for form in forms:
            party = next((e.name for e in load_gazetteer().lookup(form)
                          if e.sector == "political_party"), None)
            if party is not None:
                return party
    return None


REPEATED_TARGET_PREPS = {"with", "on", "against", "to", "toward", "towards", "upon"}


def _actors_in(doc: Doc, token: Token, mentions: list[ActorMention],
               exclude: str | None) -> list[str]:
    """The actor of a phrase, or each actor of a coordinated phrase ("Moscow and Berlin",
    "their Ukrainian and Russian counterparts")."""
    first = _actor_at(doc, token, mentions, exclude=exclude)
    if first is None:
        return []
    found = [first]
    parts = list(token.conjuncts)
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.conjuncts:
            parts.extend(child.conjuncts)
            parts.append(child)
    # "received Traoré of Burkina Faso and Goïta of Mali": the parse hangs the second person,
    # with an 'of' place of their own, on the first one's place
    parts.extend(k for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for place in prep.children if place.dep_ == "pobj" for k in place.conjuncts
                 if k.ent_type_ == "PERSON" and any(c.dep_ == "prep" and c.lower_ == "of"
                                                    for c in k.children))
    if token.dep_ == "pobj" and token.head.dep_ == "prep" \
            and token.head.lower_ in REPEATED_TARGET_PREPS:
        # "talks with Modi and with Albanese": the same preposition repeated, coordinated
        # (not places: "in Vienna and in Geneva" is where, not whom)
        for prep in token.head.conjuncts:
            if prep.lower_ == token.head.lower_:
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    name = _actor_at(doc, pobj, mentions, exclude=exclude)
                    if name and name not in found:
                        found.append(name)
    for part in parts:
        lo, hi = part.idx, part.idx + len(part)
        if part.dep_ == "conj" and part.pos_ in ("NOUN", "PROPN"):
            name = _actor_at(doc, part, mentions, exclude=exclude)
        else:
            name = next((m.actor for m in mentions if lo <= m.start < hi), None)
        if name and name != exclude and name not in found:
            found.append(name)
    return found


def _reporting_group(doc: Doc, pronoun: Token | None, mentions: list[ActorMention]
                     ) -> Token | None:
    """'they' in what a group no gazetteer knows reports ("rebels claim they downed a jet",
    "residents say they are under fire"): that group, else None."""
    if pronoun is None or pronoun.lower_ not in ("they", "we", "it") \
            or pronoun.head.dep_ != "ccomp":
        return None
    teller = _subject(pronoun.head.head)
    if teller is None or _actor_at(doc, teller, mentions) is not None:
        return None
    collective = teller.lemma_.casefold() in COLLECTIVE_NOUNS
    if (pronoun.lower_ == "it") != collective or (not collective and teller.tag_ != "NNS"):
        return None  # "the army says it ...", "rebels say they ..."
    return teller if group_label(teller) else None


def _relative_antecedent_doer(verb: Token) -> list[Token]:
    """"Mubarak announces he will stay, which is rejected by crowds": a passive relative clause
    whose subject is 'which' stands for what the clause it hangs on reports, so the one
    rejected or criticised is the doer of that clause."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    moved = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lemma_.casefold() in (
        "move", "decision", "step", "measure", "announcement", "proposal", "offer")
    if not moved and (subj is None or subj.lower_ not in ("which", "that")
                      or verb.dep_ != "relcl"):
        return []  # "in a move welcomed by NATO": whoever made the move
    node = verb.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            doer = _subject(node)
            return [doer] if doer is not None else []
        if node.head.i == node.i:
            break
        node = node.head
    return []


def _coordinated_actors(doc: Doc, token: Token, mentions: list[ActorMention],
                        first: str) -> list[str]:
    """The doers coordinated with the first one in a subject phrase, in text order: names
    ("Russia and China"), modifiers inside a conjunct ("US and British warships") and groups
    no gazetteer knows ("the army and the rebels")."""
    found: list[str] = []

    def add(name: str | None) -> None:
        if name and name != first and name not in found:
            found.append(name)

    for name in _actors_in(doc, token, mentions, exclude=None):
        add(name)
    for conj in (token, *token.conjuncts):
        named = conj.i == token.i
        # "UK and EU negotiators" is often parsed as two modifiers, the first holding the
        # 'and': coordinated all the same
        paired = any(c.dep_ in ("amod", "compound", "nmod") and c.i < conj.i
                     and any(g.dep_ == "cc" for g in c.children) for c in conj.children)
        for child in conj.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i < conj.i and (
                    conj.i != token.i or child.conjuncts or paired):
                # the head's own modifiers count only when coordinated ("US and British")
                for part in (child, *child.conjuncts):
                    held = next((m.actor for m in mentions
                                 if m.start <= part.idx < m.end), None)
                    named = named or held is not None
                    add(held)
        if not named and _actor_at(doc, conj, mentions) is None and not any(
                c.lower_ in ("other", "another", "some", "many") for c in conj.children):
            add(group_label(_group_head(conj) or conj))  # not "and other groups"
    return found


MEMBERSHIP_NOUNS = {"membership", "accession", "admission", "entry"}


def _recent_organization(doc: Doc, token: Token, mentions: list[ActorMention],
                         exclude: str | None) -> str | None:
    """The organisation named last before the token, in its sentence or the two before."""
    kinds = {a.name: a.kind for a in (doc._.actors or [])}
    first = token.sent.start
    for _ in range(2):
        if first > 0:
            first = doc[first - 1].sent.start
    window = doc[first].idx
    hi = token.sent.end_char
    orgs = [m for m in mentions if window <= m.start < hi and m.actor != exclude
            and kinds.get(m.actor) == "organization"]
    before = [m for m in orgs if m.start < token.idx]
    return (before[-1] if before else orgs[0]).actor if orgs else None


def _state_of_body(doc: Doc, body: Token, mentions: list[ActorMention]) -> list[str]:
    """The state named in the 'of' chain of a body ("Ministry of Health of Ethiopia")."""
    out: list[str] = []
    of = next((c for c in body.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    while of is not None:
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if pobj is None:
            break
        out += [m.actor for m in mentions if m.start <= pobj.idx < m.end
                and _kind(doc, m.actor) == "state"]
        of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return out


# Bodies of a state named by what they do ("the Ministry of Health of Ethiopia").
BODY_NOUNS = {"ministry", "department", "government", "office", "agency", "directorate",
              "authority", "authorities", "administration"}
GOVERNMENT_NOUNS = {"regime", "government", "authorities", "administration", "leadership",
                    "junta"}
# Plural groups of parties a request can be addressed to without naming any of them
ADDRESSED_GROUP_NOUNS = {"country", "nation", "state", "government", "ally", "partner",
                         "democracy", "member", "neighbour", "neighbor", "power", "leader"}


def _government_antecedent(doc: Doc, token: Token, mentions: list[ActorMention],
                           exclude: frozenset[str] = frozenset()) -> str | None:
    """"the regime", "the authorities" with no name of their own: the state last named in this
    sentence or the two before."""
    if token.lemma_.casefold() not in GOVERNMENT_NOUNS:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":  # "the junta of Myanmar"
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return _actor_at(doc, pobj, mentions)
    if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in token.children):
        return None
    kinds = {a.name: a.kind for a in (doc._.actors or [])}
    sent = token.sent
    first = sent.start
    for _ in range(2):
        if first > 0:
            first = doc[first - 1].sent.start
    window = doc[first].idx
    countries = {a.name: a.country for a in (doc._.actors or [])}
    states: list[str] = []
    for m in mentions:
        if not window <= m.start < token.idx:
            continue
        if kinds.get(m.actor) == "state" and not _venue_of_talks(doc, m):
            # ("peace talks in Rome": the venue's state governs nothing here; "not everyone
            # in New Delhi was persuaded … the government" is India's)
            states.append(m.actor)
        elif kinds.get(m.actor) == "person" and countries.get(m.actor) \
                and _owns_a_government(doc, m):
            # "Kiir said his government would lift the suspension … after the government
            # accused the holdout groups": the government a leader just called his own
            states.append(countries[m.actor] or "")
    states = [s for s in states if s and s not in exclude]
    return states[-1] if states else None


def _venue_of_talks(doc: Doc, mention: ActorMention) -> bool:
    """Whether a place names where talks or a summit are held ("peace talks in Rome")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in LOCATIVE_PREPS:
        return False
    return span.root.head.head.lemma_.casefold() in TALKS_NOUNS | {"summit", "conference"}


def _owns_a_government(doc: Doc, mention: ActorMention) -> bool:
    """Whether the mention owns a government noun ("his government", "Ruto's cabinet")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "poss" \
        and span.root.head.lemma_.casefold() in GOVERNMENT_NOUNS | {"cabinet"}


def antecedent(doc: Doc, pronoun: Token, mentions: list[ActorMention],
               subject_only: bool = False) -> str | None:
    """What 'it'/'they'/'he' refers to: within this sentence and the one before, the latest
    mention that is a clause subject, else the latest mention; 'it'/'its' only take states and
    organisations, 'he'/'she' only people."""
    kinds = {a.name: a.kind for a in (doc._.actors or [])}
    sent = pronoun.sent
    window = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    low = pronoun.lower_
    wanted = {"it": ("state", "organization"), "its": ("state", "organization"),
              "he": ("person",), "his": ("person",), "she": ("person",), "her": ("person",)}
    allowed = wanted.get(low)
    before = [m for m in mentions if window <= m.start < pronoun.idx
              and (allowed is None or kinds.get(m.actor, "organization") in allowed)
              # "they" / "their" are a state, a body or a group, not one named person
              and not (low in ("they", "them", "their") and kinds.get(m.actor) == "person"
                       and _singular_mention(doc, m))
              # "the British people decided ..., so it": 'it' is never a plural phrase
              and not (low in ("it", "its") and _plural_mention(doc, m))
              # "met Michel in Madrid, and ... they had discussed": a place where something
              # happens is the setting, not who does the next thing
              and not _locative_mention(doc, m)
              # "European Council President Charles Michel": the body in a person's title
              and not (low in ("they", "them", "their") and any(
                  o is not m and kinds.get(o.actor) == "person"
                  and o.start < m.end and m.start < o.end for o in mentions))]
    group = _group_subject_before(doc, pronoun, window, mentions) \
        if low in ("they", "them", "their") else None
    subjects = []
    for m in before:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            subjects.append(m)
    if group is not None and (not subjects or subjects[-1].start < group[0].idx):
        # "Radical Islamists bombed the World Trade Center. They attacked ...": the group
        # that was the subject, not the building named after it
        return group[1]
    carried = _subject_it_before(doc, pronoun, window, subjects) if low in ("it", "its") \
        else None
    party = antecedent(doc, carried, mentions, subject_only=True) if carried is not None \
        else None
    if party is not None:
        # "Turkey was a broker. It has trained Somali soldiers and signed a pact with
        # Somalia. It also sells drones": an 'it' that was the subject since carries the
        # party it stood for on, not the last state named in its clause
        return party
    if subject_only:
        return subjects[-1].actor if subjects else None
    if not before:
        return None
    return (subjects or before)[-1].actor


# Verbs whose 'it' subject is often no party: "it is clear", "it seems", "it took weeks".
EXPLETIVE_IT_VERBS = {"be", "seem", "appear", "remain", "become", "take", "rain", "matter",
                      "happen", "turn", "look"}


def _subject_it_before(doc: Doc, pronoun: Token, window: int,
                       subjects: list[ActorMention]) -> Token | None:
    """The latest 'it' before the pronoun (in its sentence or the one before) that is the
    subject of an act and comes after every named subject there, if any."""
    for tok in reversed(doc[:pronoun.i]):
        if tok.idx < window or (subjects and tok.idx <= subjects[-1].start):
            return None  # (an 'it' the actors already read is a named subject here)
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" \
                and tok.head.lemma_.casefold() not in EXPLETIVE_IT_VERBS:
            return tok
    return None


LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "throughout", "across"}


# Nouns of a place a demonym can qualify ("the Russian city", "the Indonesian island").
PLACE_NOUNS = {"city", "town", "village", "island", "capital", "region", "province", "resort",
               "port", "coast", "enclave", "peninsula"}


def _locative_mention(doc: Doc, mention: ActorMention) -> bool:
    """Whether a mention is a place after a locative preposition ("talks in Vilnius", "a
    dinner at the Kremlin" is not: a seat of government also acts, so only GPE places)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "amod" and root.head.lemma_.casefold() in PLACE_NOUNS \
            and root.head.dep_ == "pobj" and root.head.head.lower_ in LOCATIVE_PREPS:
        return True  # "in this Russian city", "on the Indonesian island of Bali"
    return root.ent_type_ in ("GPE", "LOC") and root.dep_ == "pobj" \
        and root.head.lower_ in LOCATIVE_PREPS


def _antecedent_partners(doc: Doc, pronoun: Token, actor: str | None,
                         mentions: list[ActorMention]) -> list[str]:
    """The actors coordinated with ``actor`` where it is the latest clause subject before
    'they' in this sentence or the one before ("Sweden and Switzerland ..., but they ...")."""
    sent = pronoun.sent
    window = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    for m in reversed([m for m in mentions if window <= m.start < pronoun.idx
                       and m.actor == actor]):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        found = [_actor_at(doc, c, mentions, exclude=actor) for c in span.root.conjuncts]
        return [f for f in dict.fromkeys(found) if f]
    return []


def _group_subject_before(doc: Doc, pronoun: Token, window: int,
                          mentions: list[ActorMention]) -> tuple[Token, str] | None:
    """The latest plural group no gazetteer knows that is a clause subject between the window
    start and the pronoun ("radical Islamists", "the protesters"), with its label."""
    first = next((t.i for t in doc[:pronoun.i] if t.idx >= window), pronoun.i)
    for tok in reversed(doc[first:pronoun.i]):
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ not in ("NNS", "NNPS"):
            continue
        if any(m.start <= tok.idx < m.end for m in mentions) or any(
                c.dep_ == "poss" for c in tok.children) or _actor_at(doc, tok, mentions):
            return None  # a named group ("Republicans"), one named through its owner or a
            # modifier ("their forces", "militants loyal to X"): the actor resolution's
        label = group_label(tok)
        return (tok, label) if label else None
    return None


def _plural_mention(doc: Doc, mention: ActorMention) -> bool:
    """Whether a mention's phrase is plural ("the British people", "Bosnian Serbs")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.dep_ in ("amod", "compound", "nmod") and head.head.i >= span.end:
        head = head.head  # "the British people": the noun the name modifies
    return head.tag_ in ("NNS", "NNPS") or head.lemma_.casefold() in ("people", "public")


def _singular_mention(doc: Doc, mention: ActorMention) -> bool:
    """Whether a mention names one (a person's name), not a plural ("Bosnian Serbs")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is None or span.root.tag_ not in ("NNS", "NNPS")


# --- person pronouns: gender, quotes and who reports -----------------------------------------

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
SINGULAR_FIRST = {"i", "me", "my", "mine", "myself"}
# Verbs whose reported clause a subject pronoun usually continues with the reporter
# ("McConnell announced ..., adding that he supported it": McConnell).
SAYING_VERBS = REPORTING_VERBS | {
    "insist", "think", "believe", "acknowledge", "admit", "deny", "warn", "promise", "vow",
    "explain", "suggest", "indicate", "signal", "predict", "hope", "complain", "concede",
    "recall", "contend", "maintain", "testify", "tweet", "feel", "fear", "worry", "assert",
    "boast", "joke", "reply", "respond", "answer", "pledge", "swear", "hint"}
# Who speaks for a client: "Smith's lawyer said he would plead not guilty" (Smith).
CLIENT_SPOKESPEOPLE = {"lawyer", "attorney", "spokesman", "spokeswoman", "spokesperson",
                       "counsel", "publicist", "agent", "representative", "aide", "adviser",
                       "advisor", "campaign", "office"}
PRONOUN_REACH = 600  # characters back a named antecedent may lie


def _person_gender(name: str, mentions: list[ActorMention]) -> str | None:
    """"m"/"f" for a person: the gazetteer's, a given name of one gender, an honorific."""
    entry = load_gazetteer().entries.get(name)
    if entry is not None and entry.gender:
        return str(entry.gender)[:1]
    found = given_gender(name)
    if found is not None:
        return found
    for m in mentions:
        if m.actor == name and m.how != "pronoun":
            first = m.text.split()[0].rstrip(".").casefold() if m.text.split() else ""
            if first == "mr":
                return "m"
            if first in ("ms", "mrs", "miss"):
                return "f"
    return None


def _clause_subject(verb: Token) -> Token | None:
    """The subject a clause has or inherits ("..., adding that": the subject of the clause the
    participle hangs on)."""
    node = verb
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if node.dep_ in ("advcl", "conj", "xcomp") and node.head.i != node.i:
            node = node.head
            continue
        break
    return None


def _reporter_of(pronoun: Token) -> Token | None:
    """The subject of the saying verb whose reported clause has the pronoun as its subject
    ("Lynch said he ...", "Pagliano's lawyer said he ...": the lawyer's client)."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said he would go and he would stay"
    if clause.dep_ != "ccomp" or clause.head.lemma_.casefold() not in SAYING_VERBS:
        return None
    teller = _clause_subject(clause.head)
    if teller is None or teller.i > pronoun.i:
        return None
    if teller.lemma_.casefold() in CLIENT_SPOKESPEOPLE:
        client = next((c for c in teller.children if c.dep_ == "poss"), None)
        return client  # "his lawyer said he": whoever 'his' is; no possessor, no answer
    return teller


def _other_owner(doc: Doc, token: Token, mentions: list[ActorMention],
                 actor: str | None) -> str | None:
    """'Biden kept interrupting to attack his policy': one does not attack one's own policy,
    so when 'his'/'her' before a criticised noun was read as the doer, it is the nearest other
    person of that gender named before it (within PRONOUN_REACH characters). The same holds
    for 'him'/'her' as the object: the doer would be 'himself'."""
    if token.lower_ in ("him", "her") and token.dep_ in ("dobj", "pobj") \
            and token.tag_ == "PRP":
        owner: Token | None = token  # "Gattine called him a racist": never Gattine himself
    else:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in ("his", "her") \
                or token.lemma_.casefold() not in CONDUCT_NOUNS:
            return None
    if owner is None or actor is None:
        return None
    read = _named_at(owner, mentions)
    if read is not None and read.actor != actor:
        return None  # resolved to someone else already (and excluded for another reason)
    kinds = {a.name: a.kind for a in (doc._.actors or [])}
    sex = PERSON_PRONOUNS[owner.lower_]
    others = [m for m in mentions if m.start < owner.idx and owner.idx - m.start <= PRONOUN_REACH
              and m.actor != actor and kinds.get(m.actor) == "person"
              and _person_gender(m.actor, mentions) in (sex, None)]
    return others[-1].actor if others else None


VERDICT_TYPES = {"ACCUSE", "REJECT", "PROTEST"}


def _struck_by_attack(token: Token) -> bool:
    """Whether the phrase is what an attack noun landed on ("the strike on a Kyiv hospital",
    "the attack against the embassy"): the victim of the attack judged, not its doer."""
    if any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in token.children):
        return False  # "the attack on its embassy by Iraqi militias": the doer hangs here
    node = token
    for _ in range(3):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in (
                "on", "at", "against", "in", "into"):
            return False
        if _lemma(prep.head) in ATTACK_NOUNS:
            return True
        node = prep.head
    return False


# Acts whose target may be a place: force is aimed at the state where it lands.
STRIKING_TYPES = {"ASSAULT", "COERCE"}


def _city_state(token: Token) -> str | None:
    """The state of a listed non-capital city the proper noun (with its compounds) names;
    the tagger's entity label is not asked (it reads "Lviv" as a person)."""
    if token.pos_ != "PROPN":
        return None
    words = [c for c in token.lefts if c.dep_ == "compound"] + [token]
    return load_gazetteer().state_of_city(" ".join(w.text for w in words))


def _named_at(token: Token, mentions: list[ActorMention]) -> ActorMention | None:
    lo, hi = token.idx, token.idx + len(token)
    return next((m for m in mentions if m.start < hi and lo < m.end), None)


def resolve_person_pronouns(doc: Doc, mentions: list[ActorMention], quotes: list[Quote]
                            ) -> list[ActorMention]:
    """The mentions with each he/she/his/her and each quoted 'I' checked again for events:
    'I' inside a direct quotation is its speaker; 'he' inside one is not its speaker; a subject
    pronoun reported by a person who agrees in gender is that person ("X said he ..."); a
    pronoun whose resolved person contradicts its gender is dropped. Everything else keeps the
    actor resolution's answer."""
    kinds = {a.name: a.kind for a in (doc._.actors or [])}
    by_start = {m.start: m for m in mentions}
    named = [m for m in mentions if m.how != "pronoun"]
    genders: dict[str, str | None] = {}

    def gender(name: str) -> str | None:
        if name not in genders:
            genders[name] = _person_gender(name, named)
        return genders[name]

    resolved: dict[int, str | None] = {}  # token index → person (None: no one)
    for token in doc:
        low = token.lower_
        quote = next((q for q in quotes if q.start <= token.idx < q.end and q.speaker), None)
        if low in SINGULAR_FIRST and not (low == "i" and token.text != "I"):
            if quote is not None and kinds.get(quote.speaker or "") in ("person", None):
                resolved[token.i] = quote.speaker
            continue
        sex = PERSON_PRONOUNS.get(low)
        if sex is None:
            continue
        current = by_start.get(token.idx)
        answer = current.actor if current is not None and current.how == "pronoun" else None
        if current is not None and current.how != "pronoun":
            continue  # the actor resolution named it otherwise ("US" as a word, ...)
        teller = _reporter_of(token)
        if teller is not None:
            held = resolved.get(teller.i)
            if held is None:
                found = _named_at(teller, mentions)
                held = found.actor if found is not None else None
            if held is not None and kinds.get(held) == "person" \
                    and gender(held) in (sex, None) \
                    and (quote is None or held != quote.speaker):
                answer = held
        if answer is not None and gender(answer) is None and teller is None \
                and token.dep_ in ("nsubj", "nsubjpass"):
            # "Chris Christie described Hillary Clinton as ... after she attacked": a person of
            # the subject pronoun's known gender named earlier in its sentence beats one of
            # unknown gender
            fits = [m for m in named if token.sent.start_char <= m.start < token.idx
                    and kinds.get(m.actor) == "person" and gender(m.actor) == sex
                    and (quote is None or m.actor != quote.speaker)]
            if len({m.actor for m in fits}) == 1:
                answer = fits[-1].actor
        if low in ("him", "her") and token.dep_ in ("dobj", "dative") and quote is None:
            # "Khamenei, who received Erdoğan separately, warned him": the person named
            # earlier in its own sentence, not the verb's subject, is whom an object pronoun
            # takes up before anyone named in an earlier sentence
            subject = _named_at(next((c for c in token.head.children if c.dep_ == "nsubj"),
                                     token.head), mentions)
            near = [m for m in named if token.sent.start_char <= m.start < token.idx
                    and kinds.get(m.actor) == "person" and gender(m.actor) in (sex, None)
                    and (subject is None or m.actor != subject.actor)]
            if near and answer not in {m.actor for m in near}:
                answer = near[-1].actor
        if answer is not None and (gender(answer) not in (sex, None)
                                   or (quote is not None and answer == quote.speaker)):
            # the wrong gender, or the speaker of the quotation the pronoun is inside: the
            # nearest other person named before it who fits
            others = [m for m in named if m.start < token.idx
                      and token.idx - m.start <= PRONOUN_REACH
                      and kinds.get(m.actor) == "person" and gender(m.actor) in (sex, None)
                      and m.actor != answer
                      and (quote is None or m.actor != quote.speaker)]
            answer = others[-1].actor if others else None
        resolved[token.i] = answer
    out: list[ActorMention] = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span) == 1 and span[0].i in resolved:
            name = resolved[span[0].i]
            if name is not None:
                out.append(ActorMention(actor=name, start=m.start, end=m.end, text=m.text,
                                        how=m.how))
            continue
        out.append(m)
    known = {m.start for m in mentions}
    for i, name in resolved.items():
        tok = doc[i]
        if name is not None and tok.idx not in known:
            out.append(ActorMention(actor=name, start=tok.idx, end=tok.idx + len(tok),
                                    text=tok.text, how="pronoun"))
    return sorted(out, key=lambda m: m.start)


def sentence_units(doc: Doc) -> list[Span]:
    """The parser's sentences, cut again at paragraph breaks: headings, list items and
    datelines run into the next sentence when the parser misses a blank line."""
    units: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and tok.text.count("\n") >= 2 and tok.i > start:
                if any(not t.is_space for t in doc[start:tok.i]):
                    units.append(doc[start:tok.i])
                start = tok.i + 1
        if start < sent.end and any(not t.is_space for t in doc[start:sent.end]):
            units.append(doc[start:sent.end])
    return units


QUANTITY_HEADS = {"percent", "%", "majority", "share", "half", "third", "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "ten",
                  "tens", "million", "millions", "score", "scores", "member", "members",
                  "group", "number", "handful", "crowd", "some", "many", "most", "all"}


def _group_head(token: Token | None) -> Token | None:
    """"Tens of thousands of students", "members of the union": the people meant."""
    for _ in range(3):
        if token is None or token.lower_ not in QUANTITY_HEADS:
            return token
        pobj = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
        if pobj is None:
            return token
        token = pobj
    return token


def _modifier_group(token: Token) -> str | None:
    """A group named by a modifier ("rebel attacks", "the rebel fire"): the group, plural."""
    lemma = token.lemma_.casefold()
    if token.dep_ in ("amod", "compound") and token.pos_ in ("NOUN", "ADJ") \
            and lemma in GROUP_NOUNS and lemma not in ("government", "party", "group", "union"):
        return lemma + "s"
    return None


# Modifiers that rank or count a group without saying who it is.
VAGUE_MODIFIERS = {"prominent", "leading", "top", "many", "some", "several", "other", "key",
                   "influential", "notable", "various", "numerous", "few", "certain"}


# Plural nouns too vague to stand alone as an actor ("leaders agreed", "officials said").
BARE_VAGUE = {"leader", "member", "representative", "delegate"}


def group_label(token: Token) -> str | None:
    """A plain label for an actor no gazetteer knows: a proper name ("Kremlin") or a plural
    group ("European leaders", "protesters"); pronouns and abstract nouns give none."""
    # a label never reaches back across a line break ("Washington Examiner" above the
    # headline "European leaders meet …" is no part of the leaders)
    line_start = max((t.i + 1 for t in token.doc[token.sent.start:token.i]
                      if "\n" in t.text_with_ws), default=token.sent.start)
    words = [t for t in token.subtree if line_start <= t.i <= token.i and t.dep_ != "det"
             and t.pos_ in ("PROPN", "ADJ", "NOUN") and t.left_edge.i >= token.left_edge.i]
    # "the operation", "the clan militias" inside an entity: no name is all lower case
    # ("al-Qaeda" keeps its capital), so such words are read as the common nouns they are
    named = any(ch.isupper() for t in words for ch in t.text)
    if token.lower_.rstrip("s") in WEAPON_WORDS | {"bomb", "drone", "tank", "rifle"} \
            or token.lemma_.casefold() in WEAPON_WORDS:
        return None  # "the sale of Hellfire Missiles to Israel": arms are never a party
    # "Rebels in Yemen broke ...": a plural group word capitalised only as the first word
    opening_group = token.i == token.sent.start and token.pos_ == "PROPN" \
        and not token.ent_type_ and token.lower_.endswith("s") \
        and token.lower_[:-1] in GROUP_NOUNS
    if named and (token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")):
        if words[0].i == token.sent.start and not any(t.ent_type_ for t in words) \
                and not opening_group:
            return None  # "Lawmaker urges ...", "Judge rejects ...": a capitalised first word
            # of a headline that no recogniser took for a name is a common noun
        if not opening_group:
            label = " ".join(t.text for t in words).replace("’", "'").replace(" 's", "'s")
            of_name = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                            and g.ent_type_ not in ("GPE", "LOC")), None)
            if label and token.pos_ == "PROPN" and of_name is not None:
                # "Army of Ansar al-Sunna": the name goes on past 'of' (a place after it,
                # "Islamic Army of Iraq", is where the group acts and may be dropped)
                label += " of " + token.doc[of_name.left_edge.i:of_name.i + 1].text
            return label or None
    lemma = token.lemma_.casefold()
    plural = token.tag_ == "NNS"
    if token.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in GROUP_NOUNS:
        lemma, plural = lemma[:-1], True  # "the clan militias" tagged as a name
    if (token.pos_ == "NOUN" or token.pos_ == "PROPN" and (not named or opening_group)) and (
            (plural and lemma in GROUP_NOUNS) or lemma in COLLECTIVE_NOUNS):
        mods = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
                and c.pos_ != "VERB"  # "Benghazi-based": where they are, not who
                and c.lower_ not in VAGUE_MODIFIERS]  # "prominent conservatives": who they are
        # "pro-government security forces": the modifiers as printed, hyphens kept tight
        first = max(min((c.left_edge.i for c in mods), default=token.i), line_start)
        while first + 1 < token.i and token.doc[first].is_upper \
                and token.doc[first + 1].text in ("-", "–", "—", "--", "–-"):
            first += 2  # "BRUSSELS - European leaders": a dateline, not part of the name
        if not mods and lemma in BARE_VAGUE and not any(
                c.dep_ in ("prep", "det", "poss", "nummod") for c in token.children):
            return None  # "she said leaders had agreed": which leaders, the text said before
        # words a title-case headline capitalised only for style are read as the caser read
        # them ("Black Lawmakers Rip ...": the group 'black lawmakers')
        styled = recased_tokens(token.doc)

        def as_read(t: Token) -> str:
            return t.text[:1].lower() + t.text[1:] if t.i in styled else t.text

        if mods and all(t.dep_ in ("amod", "compound", "punct") or t.i == token.i
                        or t.head.i != token.i for t in token.doc[first:token.i + 1]):
            names: list[str] = ["".join(as_read(t) + t.whitespace_
                                        for t in token.doc[first:token.i + 1]).strip()]
            lead = token.doc[first]
        else:
            names = [*(as_read(c) for c in mods), as_read(token)]
            lead = min([*mods, token], key=lambda t: t.i)
        if lead.i == lead.sent.start and lead.pos_ in ("NOUN", "ADJ") and not lead.ent_type_ \
                and not lead.is_upper and names[0][:1].isupper():
            # "Officials met ...": a common word capitalised only because it opens the
            # sentence is the same group as "officials" elsewhere, no name
            names[0] = names[0][:1].lower() + names[0][1:]
        # "demonstrators in Baghdad", "opposition groups in Zimbabwe": where they are from
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "of", "throughout"):
                place = next((g for g in prep.children if g.dep_ == "pobj"
                              and g.ent_type_ in ("GPE", "LOC", "NORP")), None)
                if place is not None:
                    names += [prep.text, *(t.text for t in place.doc[place.left_edge.i:
                                                                     place.i + 1]
                                           if t.dep_ != "det")]
                    break
        return " ".join(names).replace("’", "'")
    return None


def _is_future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)


# Clause relations through which an event's own time may still be told: "agreed to meet on
# Monday", "met Putin and signed the deal on Monday".
SAME_EVENT_DEPS = {"xcomp", "conj", "aux", "auxpass"}
# Verbs of saying under which "would" tells a plan ("said Biden would speak with ...").
REPORTING_FUTURE_VERBS = COMMUNICATION | {"warn", "threaten", "vow", "pledge", "promise",
                                          "insist", "tell", "indicate", "disclose", "reveal"}
# Governors that put their infinitive in the future ("plans to meet", "is due to visit").
PLANNING_WORDS = {"plan", "intend", "expect", "schedule", "set", "due", "agree", "prepare",
                  "arrange", "slate", "poise", "going", "hope", "want", "aim", "seek", "be"}


def _future_time(cand: Candidate) -> bool:
    """Whether the event's time lies ahead: "will meet", a reported "would" ("the White House
    said Biden would speak with Zelensky"), an infinitive under a plan ("plans to visit",
    "are to speak"), or an event noun announced as coming ("the upcoming summit"). A weekday
    or a month without a year then resolves forward, as contacts do for planned meetings."""
    verb = cand.verb
    if _is_future(verb):
        return True
    if cand.nominal and any(c.dep_ in ("amod", "compound") and c.lower_ in PLANNED_MODIFIERS
                            for c in cand.token.children):
        return True
    node = verb
    for _ in range(3):
        aux = {c.lower_ for c in node.children if c.dep_ == "aux"}
        if aux & FUTURE_AUX:
            return True
        if aux & REPORTED_FUTURE_AUX:
            clause = node
            while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
                clause = clause.head
            return clause.dep_ == "ccomp" and \
                clause.head.lemma_.casefold() in REPORTING_FUTURE_VERBS and not any(
                    c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
                    for c in node.children)
        if node.dep_ != "xcomp" or "to" not in aux:
            return False
        if node.head.lemma_.casefold() in PLANNING_WORDS:
            return True
        node = node.head
    return False


def _date_rank(ent: Span, anchors: set[int], above: set[int]) -> int:
    """0 when the date hangs in the event's own clause, 1 when it hangs on a clause that
    governs it ("said on Monday that ..."), 2 when it belongs to another clause: a relative
    or adverbial clause about something else ("since taking office in December")."""
    node = ent.root
    for _ in range(40):
        if node.i in anchors:
            return 0
        if node.i in above:
            return 1
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in SAME_EVENT_DEPS and node.i != ent.root.i:
            return 2  # another verb's clause stands between the date and the event
        if node.head.i == node.i:
            return 2
        node = node.head
    return 2


def _via_conjunct(ent: Span, anchors: set[int]) -> bool:
    """Whether the date hangs on a verb joined to the event's own ("met ... and spoke on
    Monday"), not on the event's verb itself."""
    node = ent.root
    for _ in range(40):
        if node.i in anchors or node.head.i == node.i:
            return False
        if node.pos_ in ("VERB", "AUX") and node.dep_ == "conj" and node.head.i in anchors:
            return True
        node = node.head
    return False


def _date(sent: Span, published: str | None, future: bool,
          cand: Candidate | None = None) -> str | None:
    """The date of the event: the first resolvable date in the event's own clause, else one
    on a clause governing it; a date inside a clause about something else is not its date."""
    ranked: list[tuple[int, int, Span]] = []
    anchors: set[int] = set()
    above: set[int] = set()
    if cand is not None:
        anchors = {cand.token.i, cand.verb.i}
        if cand.agent is not None:
            anchors.add(cand.agent.i)
        above = {a.i for t in (cand.token, cand.verb) for a in t.ancestors} - anchors
    for order, ent in enumerate(sent.ents):
        if ent.label_ != "DATE":
            continue
        rank = _date_rank(ent, anchors, above) if cand is not None else 0
        if rank < 2:
            ranked.append((rank, order, ent))
    if cand is not None and any(r == 0 and not _via_conjunct(e, anchors) for r, _o, e in ranked):
        # "last met in 2019 and have spoken by telephone since January": a verb dated in its
        # own words is not dated by the verb joined to it, even by a year alone
        ranked = [r for r in ranked if r[0] != 0 or not _via_conjunct(r[2], anchors)]
    for rank, _order, ent in sorted(ranked, key=lambda r: (r[0], r[1])):
        # "said on Tuesday that Biden would speak ...": the day of saying lies behind
        resolved = resolve_date(ent.text, published, future=future and rank == 0)
        if resolved:
            return resolved
    return None


# Prepositions that give the circumstances or cause of an act, not whom it is aimed at.
CIRCUMSTANCE_PREPS = {"under", "amid", "despite", "after", "before", "during"}


def _aim_deeper(doc: Doc, verb: Token, deps: tuple[str, ...], wanted: Callable[[Token], bool],
                mentions: list[ActorMention], actor: str | None, own: str | None,
                rulers: bool = False) -> list[str]:
    """The first actor (other than the actor and its own state) named at a token ``wanted``
    accepts inside the verb's ``deps`` children: whom an act is aimed at when it is named
    deeper in the phrase. With ``rulers``, "the regime" counts as the government it names."""
    for child in verb.children:
        if child.dep_ not in deps:
            continue
        if child.dep_ == "prep" and child.lower_ in CIRCUMSTANCE_PREPS:
            continue  # "under pressure from the union, Washington backed out": a cause
        for tok in child.subtree:
            if not wanted(tok):
                continue
            found = [t for t in _actors_in(doc, tok, mentions, exclude=actor) if t != own]
            if rulers and not found:
                ruler = _government_antecedent(doc, tok, mentions)
                if ruler is not None and ruler not in (actor, own):
                    found = [ruler]
            if found:
                return found[:1]
    return []


def _pair_sides(events: list[Event], known: set[str]) -> list[Event]:
    """The events of one trigger: when it gave two parties of a mutual act each without the
    other ("They also agreed to reopen their embassies" after "Ethiopia and Eritrea signed
    ...", "talks between Ethiopian and Eritrean officials"), one event, each side the other's
    party. Only named parties pair: "the U.S. and its European allies would engage in a
    discussion" is one side, not two."""
    sides = [e for e in events if e.target is None and e.actor in known
             and e.type in SYMMETRIC | {"AGREE"} and e.mode != "visit"]
    if len(sides) != 2 or sides[0].actor == sides[1].actor or sides[0].type != sides[1].type:
        return events
    sides[0].target = sides[1].actor
    return [e for e in events if e is not sides[1]]


def _host_sides(doc: Doc, events: list[Event]) -> None:
    """"Qatar hosted talks between Ethiopian and Eritrean officials": a host with no party
    found hosts the sides of the talks told in the same sentence (the first of them); a
    host is a third party, of neither side's state ("received Wang Yi ... waiting for a
    visit by Xi": Xi, Wang's own leader, hosts nothing)."""
    for host in events:
        if host.type != "CONSULT" or host.mode != "visit" or host.target is not None:
            continue
        home = {host.actor, _own_state(doc, host.actor)} - {None}
        talks = next((e for e in events if e is not host and e.type == "CONSULT"
                      and e.start == host.start and e.target is not None
                      and host.actor not in (e.actor, e.target)
                      and not home & {e.actor, e.target, _own_state(doc, e.actor),
                                      _own_state(doc, e.target)}), None)
        if talks is not None:
            host.target = talks.actor


def _same_event(a: Event, b: Event) -> bool:
    # two contacts of one pair told in one sentence on different dates are two ("met in
    # Samarkand in September and spoke by video link in December"); so are two measures of
    # different kinds ("expelled the envoy and suspended trade")
    return (a.type, a.actor, a.target, a.start) == (b.type, b.actor, b.target, b.start) \
        and (a.type != "CONSULT" or a.date == b.date) \
        and (a.type not in MEASURE_TYPES or a.mode == b.mode)


# Material measures whose modes tell different acts (an expulsion, a cut in trade).
MEASURE_TYPES = {"SANCTION", "COERCE"}


def _second_measure(first: Token, token: Token, event: Event, events: list[Event]) -> bool:
    """A measure verb joined to an earlier one of the same sentence that tells a measure of
    another kind by the same actor ("Pakistan expelled India's envoy and suspended trade",
    "recalled its ambassador and froze trade"): two acts, not one told twice."""
    if event.type not in MEASURE_TYPES or token not in first.conjuncts \
            or _lemma(token) == _lemma(first) or _object(token) is None:
        return False
    earlier = next((e for e in events if e.type == event.type and e.actor == event.actor
                    and e.start == event.start), None)
    return earlier is not None and earlier.mode != event.mode


def _second_contact(first: Token, token: Token, event: Event, events: list[Event]) -> bool:
    """A contact verb joined to an earlier one of the same sentence that tells another
    contact of the same pair, on another date ("last met in person in 2019 and have spoken
    by telephone several times since January"); "met and talked" stays one meeting."""
    if event.type != "CONSULT" or token not in first.conjuncts:
        return False
    earlier = next((e for e in events if e.type == "CONSULT" and e.actor == event.actor
                    and e.target == event.target and e.start == event.start), None)
    return earlier is not None and earlier.date != event.date


def _new_partner(event: Event, events: list[Event]) -> bool:
    """A contact of the sentence's actor told by another verb with a partner none of its
    contacts there had ("Starmer, who spoke to Trump on Friday, will host Zelensky on
    Sunday"); not one who took part beside the actor ("Michel and von der Leyen held talks
    with Xi": no talks of Michel with von der Leyen)."""
    if event.type != "CONSULT" or event.target is None:
        return False
    here = [e for e in events if e.type == "CONSULT" and e.start == event.start]
    partners = {e.target for e in here if e.actor == event.actor} \
        | {e.actor for e in here if e.target == event.actor}
    beside = {e.actor for e in here if e.target in partners and e.actor != event.actor}
    return event.target not in partners | beside


# --- the trained classifier (optional) -----------------------------------------------------

@lru_cache(maxsize=1)
def load_classifier() -> Any | None:
    """The shipped pentacode classifier, or None when it is absent (events then rest on the
    lexicon and the parse alone)."""
    try:
        from readout.analyze.event_classifier import load_event_classifier
    except ImportError:
        return None
    try:
        return load_event_classifier()
    except Exception as exc:  # a missing or stale model file must not stop the analysis
        log.debug("event classifier unavailable: %s", exc)
        return None


def classify_pentacode(sentences: list[str]) -> list[tuple[int, float] | None]:
    """Pentacode (0–4) and probability per sentence from the trained classifier."""
    classifier = load_classifier()
    if classifier is None:
        return [None] * len(sentences)
    out: list[tuple[int, float] | None] = []
    for label, prob in classifier.predict(sentences):
        name = str(label).strip().casefold()
        code = PENTACODE_NAMES.get(name)
        if code is None and name[:1].isdigit():
            code = int(name[:1])
        out.append((code, float(prob)) if code is not None else None)
    return out


def sentence_type(doc: Doc, quad: tuple[int, float] | None = None) -> str | None:
    """The single most likely PLOVER type of a one-sentence document (for benchmarks):
    the first lexicon trigger that survives the context checks, preferring the classifier's
    quad when several do."""
    candidates: list[Candidate] = []
    for sent in doc.sents:
        candidates.extend(find_candidates(sent))
    ranked = _prefer(candidates, quad)
    if ranked:
        # The main clause's trigger describes the sentence best.
        ranked.sort(key=lambda c: (_depth(c.verb), c.token.i))
        # A street protest is the event even when its demands are reported beside it.
        protest = next((c for c in ranked if c.type == "PROTEST"), None)
        if protest is not None and all(c.type in ("PROTEST", "REQUEST", "REJECT", "ACCUSE")
                                       for c in ranked):
            return protest.type
        if quad is not None:
            agreeing = [c for c in ranked if PENTACODE[c.type] == quad[0]]
            if agreeing:
                return agreeing[0].type
        return ranked[0].type
    return None


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 20:
        token = token.head
        depth += 1
    return depth


def make_event_extractor(nlp: Language, name: str, use_classifier: bool,
                         min_classifier_confidence: float) -> EventExtractor:
    return EventExtractor(nlp, EventsConfig(use_classifier=use_classifier,
                                            min_classifier_confidence=min_classifier_confidence))
