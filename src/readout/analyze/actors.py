"""Actors: names, titles, metonyms, demonyms and pronouns → canonical actors.

Resolution inside one document, in this order (earlier steps claim their tokens):
1. gazetteer forms, exact case ("US" is not "us"; "the Kremlin", "NATO", "Kyiv");
2. people: a run of capitalised words is split into a title ("Secretary of Defense",
   "Gen.", "Ukrainian Foreign Minister") and a name ("Lloyd J. Austin III"); the name resolves
   to a gazetteer person by spelling-insensitive surname and first initial, else to the fullest
   name the article gives; the title gives unknown people their country and sector;
3. demonyms ("Russian officials" → Russia) and "<leader> administration" → the leader's state;
4. role references resolved by the publication date ("the Russian president", "the
   president", "the Secretary", "the two leaders", "the men");
5. organisations the NER finds that the gazetteer does not know;
6. pronouns (he/she/him/her) → the latest person before them; "I"/"my" in an official
   statement → the person the title names as its author.
Outlet names, bylines and photo credits are not actors.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from readout.analyze.dates import WEEKDAYS
from readout.analyze.gazetteer import (
    LEADER_ROLES,
    OFFICE_TWINS,
    POSTED_TO,
    REGION_WORDS,
    ROLE_WORDS,
    Entry,
    Gazetteer,
    Role,
    load_gazetteer,
    normalise_form,
    prefer_named,
    translit_key,
)
from readout.analyze.headline_case import recased_tokens
from readout.analyze.speakers import given_gender
from readout.analyze.text import DATELINE, doc_text
from readout.records import Actor, ActorMention

# clerics' titles ("Grand Ayatollah Ali al-Sistani", "Grand Imam Ahmed al-Tayeb"): part of no
# name here, and offices a bare "the ayatollah" goes on with in the proposals step
CLERIC_TITLES = {"ayatollah", "mufti", "cardinal", "archbishop", "patriarch", "bishop", "imam"}
# military ranks written out in full, each a title (never "major" or "field" alone: a name
# or an ordinary word as often)
RANKS_WRITTEN_OUT = frozenset({"colonel", "captain", "lieutenant", "brigadier", "marshal"})
# Words that make up titles, ranks and offices, never a person's name (lower case, no dots).
TITLE_WORDS = CLERIC_TITLES | {
    "president", "vice", "prime", "minister", "ministers", "deputy", "foreign", "defense",
    "defence", "secretary", "state", "general", "gen", "lt", "col", "brig", "maj", "adm",
    "admiral", "mr", "mrs", "ms", "dr", "sir", "chancellor", "chairman", "chairwoman", "chair",
    "chief", "chiefs", "joint", "staff", "head", "office", "national", "security", "advisor",
    "adviser", "principal", "under", "assistant", "director", "cia", "ceo", "spokesperson",
    "spokesman", "spokeswoman", "press", "ambassador", "commander", "commander-in-chief",
    "senator", "sen", "rep", "representative", "governor", "gov", "congressman",
    "congresswoman", "mayor", "king", "queen", "crown", "prince",
    "leader", "premier", "envoy", "special", "nsc", "nsa", "administrator", "federal",
    "international", "affairs", "policy", "armed", "forces", "sec", "supreme", "pentagon",
    "first", "lady", "speaker", "senior", "fellow", "candidate", "former", "then", "top",
    "presidents", "leaders", "officials", "counselor", "coordinator", "strategic",
    "communications", "council", "intelligence", "justice", "finance", "treasury", "economy",
    "sgt", "capt", "gen.", "secretary-general", "ret", "u.s.", "us", "uk", "eu", "un",
    "nato", "white", "house", "department", "ministry", "the", "of", "for", "and",
    # plural and judicial titles before names ("Senators John McCain and Lindsey Graham",
    # "Justices Elena Kagan and Clarence Thomas", "U.S. District Judge Robert Wilkins")
    "senators", "sens", "reps", "representatives", "justices", "judges", "judge", "governors",
    "district", "circuit", "attorney", "pope", "sheikh", "emir", "sultan", "rev", "reverend",
    "grand",  # ("Grand Ayatollah", "Grand Mufti")
    # military ranks written out ("Colonel Assimi Goïta", "Captain Ibrahim Traoré")
    *RANKS_WRITTEN_OUT,
    "majority", "minority", "whip", "officer", "sergeant", "detective", "trooper", "sailor",
    "soldier", "councilman", "councilwoman", "assemblyman",
    "assemblywoman",
    # occupations journalists set before a name ("activist Angela Davis", "filmmaker …")
    "activist", "filmmaker", "actor", "actress", "author", "novelist", "journalist",
    "columnist", "commentator", "anchor", "comedian", "rapper", "musician", "businessman",
    "businesswoman", "billionaire", "philanthropist", "economist", "professor", "prof",
    "historian", "lawyer", "pastor", "rabbi", "imam", "nominee", "lawmaker", "strategist",
    "pollster", "mogul", "tycoon", "celebrity", "chef", "physician", "surgeon", "scientist",
    "analyst", "researcher",  # ("Analyst Priya Natarajan said": no part of her name)
    "universe",  # "Miss Universe Alicia Machado": a pageant title
}
# With no publication date and no office holder named to fix the era, a role resolves only
# when a single person has held it since this day ("the Russian foreign minister": Lavrov).
# (The gazetteer's office holders go back to 2009; its notes say for which offices.)
GAZETTEER_FROM = "2017-01-01"

# Titles that only ever precede a person ("Mr.", "Sen.", "Ambassador"), unlike "Special",
# "House" or "National", which also qualify bodies, places and documents.
PERSON_TITLES = {"president", "minister", "secretary", "gen", "general", "lt", "col", "brig",
                 "maj", "adm", "admiral", "mr", "mrs", "ms", "dr", "sir", "chancellor", "chairman",
                 "chairwoman", "chair", "advisor", "adviser", "director", "ceo", "spokesperson",
                 "spokesman", "spokeswoman", "ambassador", "commander", "senator", "sen", "rep",
                 "representative", "governor", "gov", "king", "queen", "prince", "leader",
                 "premier", "envoy", "administrator", "lady", "speaker", "fellow", "candidate",
                 "counselor", "coordinator", "sgt", "capt", "gen.", "secretary-general", "miss",
                 *(RANKS_WRITTEN_OUT - {"marshal"}),  # (a marshal may be a court officer)
                 "mayor", "judge", "justice", "pope", "sheikh", "emir", "sultan"}
MILITARY_WORDS = {"gen", "general", "admiral", "adm", "lt", "col", "brig", "maj", "commander",
                  "commander-in-chief", "armed", "forces", "military", "army", "navy", "sgt",
                  "capt", "joint", "soldier", "serviceman", "servicewoman", "sergeant",
                  "lieutenant", "colonel", "corporal"}
BUSINESS_WORDS = {"ceo", "company", "corporation", "bank", "founder", "executive", "billionaire",
                  "businessman", "businesswoman", "tycoon", "magnate", "entrepreneur", "investor"}
MEDIA_WORDS = {"journalist", "reporter", "correspondent", "editor", "columnist", "anchor",
               "broadcaster", "blogger"}
# gazetteer surnames that are also English words or very common family names: alone, they
# are not taken for the gazetteer's person unless the tagger says it is a person
AMBIGUOUS_SURNAMES = {
    "abbott", "austin", "baird", "bishop", "brown", "bruce", "burns", "cannon", "carter",
    "champagne", "cooper", "costa", "craft", "francis", "gates", "gabriel", "hague", "harris",
    "holder", "johnson", "kelly", "lynch", "martin", "miller", "payne", "power", "price",
    "reynolds", "rossi", "silva", "singh", "smith", "sanders", "sessions", "thomas", "wallace",
    "hunt", "hussain", "ismail", "mansour", "moussa", "saleh", "salam", "sharif", "mahmud",
    "salman", "ashraf", "campbell", "nicholson", "williamson", "whitaker", "bennett", "cohen",
    "young", "graham", "turner", "mason", "morgan", "stone", "walker", "warren", "church",
    "marin", "pavel", "patel", "khan", "hadi", "fallon", "finer", "hicks", "landau", "luna",
    "morin", "petri", "rudd", "shannon", "tracy", "ryan", "rice", "bush", "baker"}
# what a "they" that stands for two named parties does ("They agreed to keep talking")
AGENT_VERBS_FOR_THEY = frozenset({
    "agree", "say", "discuss", "speak", "talk", "meet", "decide", "vow", "pledge", "promise",
    "warn", "accuse", "reject", "call", "urge", "demand", "hold", "sign", "express", "voice",
    "stress", "reaffirm", "confirm", "announce", "exchange", "review", "underline", "emphasize",
    "emphasise", "note", "condemn", "welcome", "commit", "plan", "insist", "deny", "refuse"})
# posts that are a state's whatever body they sit in (unlike "president" or "spokesman")
STATE_OFFICE_WORDS = {"minister", "ambassador", "envoy", "senator", "governor", "premier",
                      "diplomat", "consul", "lawmaker", "legislator", "congressman",
                      "congresswoman"}
# sectors of bodies that speak for a state (a rebel group or a union named in an envoy's
# apposition is what the post deals with, not whose it is)
STATE_SECTORS = {"government", "military", "intergovernmental", "legislature", "judiciary"}
# descriptions of people who fight outside a state's forces
REBEL_WORDS = {"militant", "insurgent", "rebel", "jihadist", "guerrilla", "militiaman"}
# descriptions of people who act for a government without a title of office
OFFICIAL_WORDS = {"official", "officials", "diplomat", "negotiator", "aide", "lawmaker",
                  "legislator", "mediator"}
THINK_TANK_WORDS = {"fellow", "institute", "center", "centre", "analyst", "professor",
                    "scholar", "researcher", "foundation", "council", "university"}
GOVERNMENT_WORDS = {"intelligence", "president", "minister", "secretary", "adviser", "advisor",
                    "spokesperson", "spokesman", "spokeswoman", "ambassador", "chancellor",
                    "director", "head", "envoy", "senator", "governor", "gov", "premier",
                    "administrator", "office"}
# role nouns that end a lower-case description before a name ("government spokesman",
# "opposition leader", "presidential adviser")
# the US cabinet's "Secretary of <department>" titles (other states' ministers are ministers)
US_CABINET_TITLE = re.compile(
    r"\bSecretary of (?:the )?(?:Interior|Treasury|Commerce|Energy|Labor|Agriculture|Education|"
    r"Transportation|Homeland Security|Veterans Affairs|Housing|Health|State|Defense|War)\b")
# the offices whose holders lead a state and appoint its officials
LEADING_ROLES = frozenset({"president", "prime_minister", "chancellor", "monarch",
                           "supreme_leader"})
# what a party's people are called before their name ("Republican challenger Mitt Romney")
CAMPAIGN_ROLE_NOUNS = {"challenger", "hopeful", "candidate", "nominee", "contender",
                       "front-runner", "frontrunner", "strategist", "operative", "incumbent"}
ROLE_NOUNS_BEFORE_NAME = (GOVERNMENT_WORDS | MILITARY_WORDS | BUSINESS_WORDS | MEDIA_WORDS |
                          {"official", "leader", "negotiator", "diplomat", "aide", "lawmaker",
                           "legislator", "congressman", "congresswoman",
                           "officer", "mediator", "activist", "analyst", "expert", "economist",
                           "lawyer", "prosecutor", "judge",
                           # "Moroccan counterpart Nasser Bourita": the demonym is his state
                           "counterpart"} | REBEL_WORDS | CAMPAIGN_ROLE_NOUNS)
# a ministry named without its state, after "the"
UNOWNED_MINISTRY = re.compile(
    r"\b[Tt]he ((?:Foreign|Defen[cs]e|Interior|Finance|Justice|Economy|Energy|Health)"
    r" Ministry)\b")
# subjects in the names of research centres ("Center for Strategic Studies")
RESEARCH_SUBJECT_WORDS = {"studies", "relations", "policy", "research", "affairs", "strategic",
                          "security", "economics", "international", "analysis"}
# titles of members of a legislature; those of the US Congress alone
LEGISLATOR_TITLES = {"rep", "representative", "congressman", "congresswoman", "congressmember",
                     "sen", "senator", "lawmaker", "legislator", "mp", "mep", "assemblyman",
                     "assemblywoman", "assemblymember", "parliamentarian"}
US_LEGISLATOR_TITLES = {"rep", "congressman", "congresswoman", "congressmember"}
CHAMBER_WORDS = frozenset({"House", "Senate"})
# after a name, never part of it ("Dan Smith MP": a member of parliament)
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "mp", "mep", "qc", "kc"}
CONNECTORS = {"of", "the", "for"}  # inside titles; "and" separates two people
KOREA_HALF = re.compile(r"\b[Tt]he (North|South)\b(?!-|\s+[A-Z])")

# titles a portfolio word goes before ("Labor Minister", "Home Secretary")
PORTFOLIO_HOLDERS = {"minister", "secretary", "commissioner", "minister's", "secretary's"}

MONTHS_AND_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december", "monday", "tuesday",
                   "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight"}
GROUP_REFERENCES = re.compile(
    r"\b(?:the|both)\s+(?:two\s+)?(?:(?P<qualifier>(?-i:EU|[A-Z][a-z]+))\s+)?"
    r"(?:leaders|men|presidents|heads of state)\b(?!\s+of\b)"
    r"|\b(?:the\s+two|both)\s+(?:(?P<ministers_of>(?-i:EU|[A-Z][a-z]+))\s+)?"
    r"(?P<ministers>(?:foreign\s+|defen[cs]e\s+)?(?:ministers|secretaries))\b"
    r"(?!\s+of\b)"
    r"|\b(?P<bare>the two)\b(?=\s+(?:talking|met|spoke|discussed|agreed|have|had|should|will|would))",
    re.IGNORECASE)
PRONOUNS = {"he": "male", "him": "male", "his": "male", "himself": "male",
            "she": "female", "her": "female", "hers": "female", "herself": "female"}
FIRST_PERSON = {"i", "me", "my", "myself"}
# in a speaker's turn of a transcript, "we"/"our" is the speaker's side: the speaker stands in
PLURAL_FIRST_PERSON = {"we", "us", "our", "ours"}
# "PRESIDENT ZELENSKYY:", "SECRETARY BLINKEN:", "THE PRESIDENT:", "Q" at a line start
SPEAKER_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>Q|[A-Z][A-Z.’'\- ]{1,60}?)"
                           r"(?:\s*\([^)\n]{0,40}\))?(?::|\s(?=[A-Z][a-z]))")
# A picture's credit or caption line: "Photo: …", "(AP Photo/…)", "Top photo credit: …",
# "Putin Trump Top photo". Not any short paragraph with the word in it ("Griffin posted a photo of …"
# is story, and its people are actors).
CREDIT_LINE = re.compile(
    r"^\W*(?:photo(?:graph)?s?|images?|pictures?)\s*(?:by\b|:|credits?\b|courtesy\b)"
    r"|[(\[|/]\s*(?:photo|image)s?\b|\btop photo\b"
    r"|\b(?:AP|AFP|EPA|Reuters|Getty|Bloomberg|Sipa|Xinhua|TASS)\s*(?:Photo|Images)\b"
    r"|via (?:AP|Reuters|Getty)|shutterstock|getty images|credit:",
    re.IGNORECASE)
STATEMENT_TITLE = re.compile(
    r"^(?:Statement|Remarks|Readout|Op-Ed|Message)\s+(?:by|from|of)\s+(?P<who>.+?)"
    r"(?:\s+(?:on|in|at|to|regarding|about)\s|$)")
# "<country> leader" needs the head of the government in parliamentary states.
_ROLE_ALTERNATION = "|".join(sorted((re.escape(w) for w in ROLE_WORDS), key=len, reverse=True))
ROLE_PHRASE = re.compile(
    # (the owner is capitalised, whatever the flag says, unless it owns: "the president's")
    # ("the top U.S. diplomat": "top diplomat" parted by its owner)
    rf"\b(?:(?P<det>[Tt]he)\s+)?(?P<top>top\s+(?=(?-i:[A-Z])))?(?:(?!(?:The|An?)\s)"
    rf"(?P<who>(?-i:[A-Z])[\w.\-]*(?:\s(?-i:[A-Z])[\w.\-]*)?"
    rf"|[a-z]+(?=['’]s))(?:'s|’s)?\s+)?"
    rf"(?:(?:former|then|top|new|current)\s+)?"
    rf"(?P<role>{_ROLE_ALTERNATION}|(?(top)diplomat|(?!)))\b",
    re.IGNORECASE,
)
# "president-elect", "prime minister-designate": a role not yet taken up
ELECT = re.compile(r"\s?-\s?(?:elect|designate)\b", re.IGNORECASE)
ELECT_ROLE = re.compile(
    rf"\b[Tt]he\s+(?:(?!vice\b)(?P<owner>[A-Z][\w.\-]*)\s+)?(?P<role>(?:[Vv]ice\s+)?(?:{_ROLE_ALTERNATION}))"
    r"\s?-\s?(?:elect|designate)\b", re.IGNORECASE)
# a period glued to the next sentence ("Ukraine.The"), not an abbreviation ("U.S.")
GLUED_SENTENCE_END = re.compile(r"(?:[a-z]{2}|[A-Z]{2,})\.(?=[A-Z])")
OFFICE_OF = re.compile(r"\b[Oo]ffice\s+of\s+(?:the\s+)?$")
PAIRED = re.compile(r"\b([A-Z][a-z]+)\s?[/\-–]\s?([A-Z][a-z]+)\b")
COMMON_ORG_WORDS = {"allies", "administration", "summit", "energy", "defense", "defence", "state",
                    "alliance", "government", "ministry", "department", "office", "treasury"}
STATE_NOUNS = {"administration", "regime", "government", "cabinet"}
# "the town of X": X is a place
SETTLEMENT_NOUNS = {"town", "city", "village", "resort", "port", "capital", "region", "province",
                    "district", "island", "enclave", "suburb"}
# buildings the tagger cuts from their names ("St Michael's Monastery"): places, not bodies
BUILDING_WORDS = {"monastery", "cathedral", "church", "mosque", "palace", "castle", "temple"}
# a body's generic head noun, alone no name of a body ("the Commission", "the Council")
GENERIC_BODY_WORDS = {"commission", "council", "committee", "assembly", "parliament", "senate",
                      "court", "agency", "secretariat", "authority", "bureau", "directorate"}
# Nouns that end names of bodies, meetings and places, never a person's name
# ("Ukraine Defense Contact Group", "NATO Headquarters", "NATO Defense Ministerial").
NOT_NAME_WORDS = {"group", "headquarters", "ministerial", "meeting", "summit", "program",
                  "programme", "conference", "committee", "agency", "forum", "format", "council",
                  "commission", "alliance", "allies", "ally", "administration", "union",
                  "organization", "organisation", "treaty", "initiative", "fund", "plan",
                  "action", "institute", "center", "centre", "university", "parliament",
                  "assembly", "congress", "senate", "ministry", "department", "force", "forces",
                  "command", "office", "agreement", "accord", "talks", "dialogue", "flank",
                  # institutions, documents and party labels that follow a title-like word
                  # ("Supreme Court", "Special Counsel", "First Amendment", "House Democrat")
                  "court", "counsel", "service", "amendment", "convention", "bureau", "board",
                  "party", "caucus", "democrat", "democrats", "republican", "republicans",
                  "dept",
                  # observances and initiatives ("International Yoga Day", "… Framework")
                  "day", "framework", "partnership",
                  "medicare", "medicaid", "act", "law", "constitution",
                  # the subject words of an office ("Under Secretary for Acquisition and
                  # Sustainment", "for Political Affairs", "for Policy")
                  "acquisition", "sustainment", "affairs", "policy", "intelligence",
                  "trade", "development", "finance", "commerce", "cooperation", "relations",
                  "enforcement", "terrorism", "sanctions", "operations", "management",
                  # the departments of "Secretary of the Interior Ryan Zinke", "Secretary of
                  # Energy X"
                  "interior", "treasury", "energy", "labor", "agriculture", "defense", "defence",
                  "education", "transportation", "homeland", "veterans", "housing",
                  # currencies the small model tags as people ("the illicit Bitcoin received")
                  "bitcoin", "ether", "ethereum", "tether", "monero", "ruble", "rubles",
                  "rouble", "roubles", "hryvnia", "yuan", "renminbi",
                  # a transcript's time stamp ("10:49 A.M. EET")
                  "a.m", "p.m", "eet", "cet", "est", "edt", "gmt", "utc", "bst", "msk",
                  # oceans and regions the small model tags as people ("the South Pacific")
                  "pacific", "atlantic", "arctic", "antarctic", "mediterranean", "caribbean",
                  "baltic", "sahel", "balkans", "caucasus", "maghreb", "levant"}
DEFAULT_HOME = "United States"
# States whose head of government, not the head of state, is "the <country> leader"
# (parliamentary systems and those where the prime minister runs policy)
GOVERNMENT_LED_STATES = frozenset({
    "United Kingdom", "Germany", "Japan", "India", "Italy", "Canada", "Australia", "Israel",
    "Spain", "Netherlands", "Belgium", "Sweden", "Norway", "Denmark", "Greece", "Hungary",
    "Czech Republic", "Slovakia", "Iraq", "Pakistan", "Armenia", "Ethiopia", "Thailand",
    "Malaysia", "Singapore", "New Zealand", "Ireland", "Portugal", "Poland", "Bulgaria",
    "Croatia", "Estonia", "Latvia", "Luxembourg", "Austria", "Slovenia", "Nepal",
    "Bangladesh"})
HEAD_OF_GOVERNMENT_ROLES = ("prime_minister", "chancellor", "president")
# last words of names of laws, programmes, plans and speeches, which the NER often takes
# for bodies ("the Affordable Care Act", "the Marshall Plan", "the Iran Deal")
# (not "Law", "Programme", "Security", "Initiative": "Harvard Law", "World Food Programme",
# "Department of Homeland Security", "Nuclear Threat Initiative" are bodies)
# directions the tagger takes for bodies when they open a region's name alone
COMPASS_WORDS = {"eastern", "western", "northern", "southern", "central", "east", "west", "north",
                 "south"}
# trade and arms agreements written as one word, which the tagger takes for bodies
AGREEMENT_NAMES = {"nafta", "usmca", "jcpoa", "tpp", "ttip", "gatt", "ceta", "npt", "ctbt",
                   "mercosur"}
DOCUMENT_WORDS = {"act", "bill", "amendment", "plan", "doctrine", "address", "speech", "deal",
                  "agreement", "treaty", "accord", "resolution", "shutdown", "reform", "reforms",
                  "protocol", "memorandum", "declaration", "charter",
                  # initiatives and observances a summit launches or marks ("the Indo-Pacific
                  # Economic Framework", "Yoga Day"): things, not actors
                  "framework", "initiative", "consensus", "communique", "day"}
# first words of names of operations and storms, which the NER often takes for bodies
# Head nouns that tell a body's sector when the gazetteer does not know it (first match wins:
# "Central Bank" is business by its head, though banks of states are debatable).
ORG_SECTOR_HEADS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"army", "navy", "forces", "command", "brigade", "battalion", "regiment",
                "guard", "militia"}), "military"),
    (frozenset({"department", "ministry", "agency", "administration", "bureau", "directorate",
                "embassy", "consulate", "cabinet", "government", "treasury"}), "government"),
    (frozenset({"parliament", "senate", "congress", "assembly", "duma"}), "legislature"),
    (frozenset({"court", "tribunal"}), "judiciary"),
    (frozenset({"party"}), "political_party"),
    (frozenset({"institute", "institution", "think-tank"}), "think_tank"),
    (frozenset({"bank", "corporation", "corp", "company", "inc", "llc", "ltd", "plc",
                "holdings", "airlines", "industries", "group"}), "business"),
    (frozenset({"news", "times", "post", "journal", "broadcasting", "television", "radio",
                "tv"}), "media"),
)
# Words for whoever heads a body ("the head of the IAEA", "the leader of NATO").
BODY_HEAD_WORDS = "head|chief|leader|director|boss|president"
# The offices that head an international body ("the head of the IAEA").
TOP_OFFICES = ("secretary_general", "director_general", "president", "commission_president",
               "intelligence_chief")  # ("the CIA chief", "the head of the Mossad")
# Words before "America" that make it a continent or region, not the United States.
AMERICAS = {"Latin", "North", "South", "Central", "Middle", "Hispanic", "Spanish"}
LAW_WORDS = {"bill", "act", "accord", "accords", "treaty", "amendment", "doctrine"}
# "the Republican National Convention": a party's gathering, where things happen (the party
# and its committee are the actors)
PARTY_CONVENTION = re.compile(r"\bNational Conventions?$")
NAMED_HAPPENINGS = {"operation", "hurricane", "storm", "tropical", "typhoon", "cyclone"}
# before a place name ("in Ferguson", "nearby Clayton"), seldom before a person's
PLACE_PREPOSITIONS = {"in", "near", "nearby", "outside", "across", "throughout", "on", "via",
                      "at", "into"}
# nouns a leader's surname names without being that person ("the Biden administration")
EPONYM_NOUNS = {"administration", "campaign", "government", "team", "era", "presidency", "camp",
                "doctrine", "plan", "family", "cabinet", "white", "'s"}
# A candidate's own organisation speaks and acts for them ("the Trump campaign said").
AGENT_EPONYM_NOUNS = {"campaign", "camp", "team"}
URL_COUNTRIES = {".gov": "US", ".mil": "US", ".ru": "RU", ".uk": "GB", ".ua": "UA", ".de": "DE",
                 ".fr": "FR", ".cn": "CN"}
FALLBACK_CODES = {"US": "United States", "RU": "Russia", "GB": "United Kingdom", "UA": "Ukraine",
                  "DE": "Germany", "FR": "France", "CN": "China"}


@dataclass
class ActorsConfig:
    gazetteer_path: str | None = None
    home_country: str = DEFAULT_HOME  # whose "the president" when the outlet is unknown


@dataclass
class PersonFound:
    """A person mention with the title the text gives it."""

    start: int  # token indices of the whole mention (title + name)
    end: int
    name_start: int
    name_end: int
    words: list[str]
    title: str
    actor: str = ""
    char_start: int = 0
    info: dict[str, str | None] = field(default_factory=dict)
    # the lower-case words describing the person before the name ("government spokesman")
    described: list[Token] = field(default_factory=list)
    # the head noun of a description set beside the name by commas ("Turkey's ambassador to
    # Sweden, Emre Yalcin," or "Lena Park, the British envoy,"): a title for back-references
    apposed: str = ""


@lru_cache(maxsize=1)
def _outlet_countries() -> dict[str, str]:
    raw = resources.files("readout.ingest").joinpath("outlets.json").read_text("utf-8")
    table: dict[str, str] = {}
    for entry in json.loads(raw)["outlets"]:
        for form in [entry["name"], *entry.get("aliases", [])]:
            if entry.get("country"):
                table[normalise_form(form)] = entry["country"]
    return table


def outlet_names() -> set[str]:
    """Outlet names as normalised forms: they are sources, never actors."""
    return set(_outlet_countries()) | _all_outlet_forms()


@lru_cache(maxsize=1)
def _all_outlet_forms() -> set[str]:
    raw = resources.files("readout.ingest").joinpath("outlets.json").read_text("utf-8")
    return {normalise_form(f) for e in json.loads(raw)["outlets"]
            for f in [e["name"], *e.get("aliases", [])]}


class ActorResolver:
    """spaCy component: assigns doc._.actor_mentions and doc._.actors."""

    def __init__(self, nlp: Language, config: ActorsConfig) -> None:
        self.config = config
        self.gazetteer: Gazetteer = load_gazetteer(config.gazetteer_path)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        patterns: dict[str, list[Doc]] = {}
        for form, names in self.gazetteer.forms.items():
            for surface in _surface_variants(form, self.gazetteer, names):
                patterns.setdefault(surface, []).append(nlp.make_doc(surface))
        for surface, docs in patterns.items():
            self.matcher.add(surface, docs)
        self.outlets = outlet_names()
        self._skip: set[int] = set()
        self._headline_words: set[int] = set()  # capitalised only by a headline's style
        self._home: str | None = None  # the article's home country, for _org_info
        # genders the article states by a noun beside a name ("his spokesman, Park Min-ho")
        self._stated_genders: dict[str, str] = {}
        self._generic_nouns = self._generic_noun_table()
        self._body_names = {normalise_form(e.name): e.name for e in self.gazetteer.entries.values()
                            if e.kind != "person"}
        # a known person's full name (two words or more, cased as listed, accents folded):
        # found even where the small tagger misses it ("Theresa May", read as a month)
        self._full_names: dict[tuple[str, ...], str] = {}
        for e in self.gazetteer.entries.values():
            if e.kind == "person":
                for surface in (e.name, *e.aliases):
                    words = tuple(_fold(t.text) for t in nlp.make_doc(surface))
                    if len(words) >= 2 and all(w[:1].isupper() for w in words):
                        self._full_names.setdefault(words, e.name)
        self._longest_name = max((len(k) for k in self._full_names), default=0)
        # family names written first ("Kim" of Kim Jong Un, "Wang" of Wang Yi): a bare one is
        # the relative the article named last in full, not a namesake the gazetteer prefers
        self._family_first = {e.surname.casefold() for e in self.gazetteer.entries.values()
                              if e.kind == "person" and e.surname and
                              e.name.casefold().startswith(e.surname.casefold() + " ")}

    # ------------------------------------------------------------------ entry point
    def __call__(self, doc: Doc) -> Doc:
        day = doc._.published
        skip = _skipped_tokens(doc, self.outlets) | self._dateline_places(doc) | \
            _furniture_tokens(doc)
        self._skip = skip
        self._stated_genders = {}
        taken: set[int] = set(skip)
        mentions: list[ActorMention] = []
        # (the words the headline caser read in lower case are style capitals for certain)
        self._headline_words = _headline_case_words(doc) | recased_tokens(doc)
        # states and organisations first, so "Ukraine Defense Contact Group" is not a person
        mentions.extend(self._the_house(doc, taken))
        mentions.extend(self._gazetteer_forms(doc, taken))
        mentions.extend(self._halves_of_korea(doc, taken, mentions))
        mentions.extend(self._unowned_ministries(doc, taken, mentions))
        taken |= self._headline_words
        people = self._people(doc, taken, day)
        mentions.extend(self._people_mentions(doc, people))
        mentions.extend(self._state_descriptions(doc, people, taken))
        mentions.extend(self._paired_names(doc, taken))
        demonyms = self._demonyms(doc, taken)
        demonyms.extend(self._european_side(doc, taken, mentions, day))
        demonym_tokens = {t.i for m in demonyms
                          for t in doc.char_span(m.start, m.end, alignment_mode="expand") or []}
        roles = self._roles(doc, day, mentions + demonyms, taken - demonym_tokens, people)
        roles = _holders_in_apposition(doc, roles, people)
        # "the Russian leader" is Vladimir Putin, not a mention of Russia as well
        demonyms = [m for m in demonyms if not any(r.start <= m.start < r.end for r in roles)]
        mentions.extend(demonyms)
        mentions.extend(roles)
        mentions.extend(self._descriptor_references(doc, people, taken, mentions))
        owned = self._owned_references(doc, people, taken, mentions, day)
        if owned:
            # "the Iranian negotiator" is the negotiator, not also a mention of Iran
            mentions = [m for m in mentions if not any(o.start <= m.start < o.end
                                                       for o in owned)] + owned
        mentions.extend(self._groups(doc, mentions, people, day))
        mentions.extend(self._body_heads(doc, day, mentions, taken))
        generic = self._generic_body_references(doc, mentions, taken)
        mentions.extend(generic)
        # "the alliance's chief": the head of the body the generic noun stands for
        mentions.extend(self._body_heads(doc, day, generic, taken, how="reference"))
        titles = {i for p in people for i in range(p.start, p.name_start)}
        surnames: dict[str, str | None] = {p.words[-1].casefold(): p.actor
                                           for p in people if p.words}
        for p in people:  # "Sistani" of "al-Sistani", which the tagger may take for a body
            if p.words and _family_key(p.words[-1]) not in surnames:
                surnames[_family_key(p.words[-1])] = p.actor
        bodies_named = {m.actor for m in mentions if m.actor in self.gazetteer.entries
                        and self.gazetteer.entries[m.actor].kind == "organization"}
        mentions.extend(self._ner_orgs(doc, taken | titles, surnames, bodies_named))
        mentions.extend(self._body_back_references(doc, mentions, taken))
        mentions.extend(self._the_government(doc, mentions, taken))
        mentions.extend(self._the_administration(doc, mentions, taken, day))
        mentions.extend(self._pronouns(doc, mentions, taken))
        mentions.extend(self._it_of_a_party(doc, mentions, taken))
        counterparts = self._counterparts(doc, day, mentions, taken)
        counterparts.extend(self._host_and_guest(doc, mentions, people, taken))
        counterparts.extend(self._former_holders(doc, taken, mentions, day))
        if counterparts:
            # "his Ukrainian counterpart" is a person, not also a mention of Ukraine
            mentions = [m for m in mentions if not any(c.start <= m.start < c.end
                                                       for c in counterparts)] + counterparts
        # outlets are sources, not actors, unless the gazetteer knows them as actors too
        # ("Kremlin" publishes readouts and is the seat of the Russian presidency)
        mentions = [m for m in mentions if m.actor in self.gazetteer.entries
                    or (normalise_form(m.actor) not in self.outlets and _plausible_name(m.actor))]
        mentions = [m for m in mentions if not self._names_a_race(doc, m)
                    and not self._names_a_thing(doc, m)
                    and not self._anothers_body(doc, m, mentions)
                    and not _names_a_kind_of_people(doc, m)]
        if self._names_the_us_state(doc, mentions):
            # "plants in Georgia and Texas": the American state, a place and no party
            mentions = [m for m in mentions if not self._the_state_of_a_us_name(m)]
        mentions.sort(key=lambda m: (m.start, m.end))
        doc._.actor_mentions = mentions
        self._home = self._home_country(doc)
        doc._.actors = self._aggregate(mentions, people, day, self._body_owners(doc, mentions))
        return doc

    def _names_a_race(self, doc: Doc, mention: ActorMention) -> bool:
        """"the Senate race", "a House seat", "Duma elections": a body's name that only says
        which office is contested is no party to anything (its members are named otherwise)."""
        if mention.how not in ("gazetteer", "ner") or any(
                e.kind in ("person", "state") for e in self.gazetteer.lookup(mention.actor)):
            return False
        return ELECTORAL_NOUN_AFTER.match(doc_text(doc), mention.end) is not None

    def _names_a_thing(self, doc: Doc, mention: ActorMention) -> bool:
        """"the Keystone XL pipeline", "the SolarWinds hack": a company's or an unknown body's
        name before the noun of a product or an incident names that thing, no actor; a state,
        a public body or an armed group before it stays ("the NATO pipeline" is rare, "the
        Hamas app" is theirs)."""
        if mention.how not in ("gazetteer", "ner"):
            return False
        entries = self.gazetteer.lookup(mention.actor) or \
            ([self.gazetteer.entries[mention.actor]] if mention.actor in self.gazetteer.entries
             else [])
        if any(e.kind in ("person", "state") or e.sector not in (None, "business")
               for e in entries):
            return False
        return THING_NOUN_AFTER.match(doc_text(doc), mention.end) is not None

    def _anothers_body(self, doc: Doc, mention: ActorMention,
                       mentions: list[ActorMention]) -> bool:
        """"the Church of Scotland's General Assembly", "Maryland's General Assembly": an
        international body's name of common words, owned by someone not named in the body's
        own names, is the owner's body of that name, not the international one ("the UN's
        General Assembly" stays; "Russia's UN envoy" is the envoy's, the body stays)."""
        if mention.how != "gazetteer":
            return False
        entry = self.gazetteer.entries.get(mention.actor)
        if entry is not None and entry.kind == "organization" and \
                entry.sector == "political_party" and entry.country:
            return self._party_of_another_state(doc, mention, mentions, entry.country)
        if entry is None or entry.kind != "organization" or entry.sector != "intergovernmental":
            return False
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ in ("compound", "amod", "nmod"):
            return False
        words = [t for t in span if t.is_alpha and t.lower_ != "the"]
        if len(words) < 2 or any(t.is_upper for t in words):
            return False
        before = doc[span.start - 1] if span.start > 0 else None
        if before is None or before.lower_ not in ("'s", "’s", "'"):
            return False
        owner = next((m for m in mentions if m.end == before.idx), None)
        if owner is None and (before.head.i == before.i or before.head.pos_ != "PROPN"):
            return False  # "tomorrow's Contact Group", "this year's General Assembly"
        owner_names = [owner.text] if owner is not None else [before.head.text]
        if owner is not None and owner.actor in self.gazetteer.entries:
            known = self.gazetteer.entries[owner.actor]
            owner_names += [known.name, *known.aliases]
        body_names = " ".join([entry.name, *entry.aliases]).casefold()
        return not any(re.sub(r"^the\s+", "", n.casefold()) in body_names
                       for n in owner_names if n)

    def _party_of_another_state(self, doc: Doc, mention: ActorMention,
                                mentions: list[ActorMention], country: str) -> bool:
        """"Andersson's Social Democrats", "Sweden's Social Democrats": a party name the
        gazetteer files under one state ("Social Democrats": Germany's SPD), owned by a person
        or a state of another, is that other state's party."""
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.start == 0 or doc[span.start - 1].lower_ not in ("'s", "’s"):
            return False
        owner = next((m for m in mentions if m.end == doc[span.start - 1].idx), None)
        if owner is None:
            return False
        known = self.gazetteer.entries.get(owner.actor)
        if known is None:
            return False
        owners_state = owner.actor if known.kind == "state" else known.country
        return owners_state is not None and owners_state != country

    def _the_state_of_a_us_name(self, mention: ActorMention) -> bool:
        """A mention of a foreign state by a name an American state shares ("Georgia")."""
        entry = self.gazetteer.entries.get(mention.actor)
        return mention.how == "gazetteer" and entry is not None and entry.kind == "state" and \
            entry.name != "United States" and re.sub(r"^[Tt]he\s+", "", mention.text) in US_STATES

    def _names_the_us_state(self, doc: Doc, mentions: list[ActorMention]) -> bool:
        """Whether the article's "Georgia" is the American state: joined with another American
        state ("Georgia and Texas"), owning a state office ("Georgia's governor", "the Georgia
        senators") or told with the state's capital, while it names nothing of the foreign
        state of that name (its demonym, its capital, one of its people)."""
        shared = [m for m in mentions if self._the_state_of_a_us_name(m)]
        if not shared:
            return False
        state = shared[0].actor
        entry = self.gazetteer.entries[state]
        for m in mentions:
            if m.actor == state and m not in shared:
                return False  # "Georgian", "Tbilisi"
            person = self.gazetteer.entries.get(m.actor)
            if person is not None and person.kind == "person" and person.country == state:
                return False
        text = doc_text(doc)
        if any(re.search(rf"\b{re.escape(c)}\b", text) for c in entry.capitals):
            return False
        for m in shared:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            if any(c.text in US_STATES for c in root.conjuncts) or \
                    root.dep_ in ("poss", "compound") and root.head.lemma_.casefold() in \
                    US_STATE_OFFICE_NOUNS:
                return True
        name = re.sub(r"^[Tt]he\s+", "", shared[0].text)
        return bool(US_STATE_CAPITALS.get(name)) and \
            re.search(rf"\b{US_STATE_CAPITALS[name]}\b", text) is not None

    # ------------------------------------------------------------------ people
    def _people(self, doc: Doc, taken: set[int], day: str | None) -> list[PersonFound]:
        """Title + name runs and NER persons, resolved to canonical names."""
        found: list[PersonFound] = []
        skip = self._skip
        # the whole run a person came from: "Ukrenergo" in "Ukrenergo CEO Volodymyr
        # Kudrytskyi" is the employer, even where the NER calls it a person
        claimed: set[int] = set()
        # "Putin-Erdogan summit", "Trump-Kim talks": two known surnames joined by a hyphen
        # are two people, not one name
        for pair in self._hyphenated_pairs(doc, taken):
            found.extend(pair)
            claimed.update(range(pair[0].start, pair[1].end))
        # ("Republicans Rip Barack Obama Over …": the headline's style words part the run)
        for start, end in _capitalised_runs(doc, self._skip | self._headline_words | claimed):
            person = self._split_title_name(doc, start, end)
            # a name inside a body the gazetteer already found ("Ukraine Defense Contact
            # Group") is not a person
            if person is not None and not any(i in taken
                                              for i in range(person.name_start, person.name_end)):
                found.append(person)
                claimed.update(range(start, end))
        claimed |= {i for p in found for i in range(p.start, p.end)}
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            # "Rip Barack Obama": a headline's verb the tagger ran into the name
            while len(ent) > 1 and ent[0].i in self._headline_words:
                ent = ent[1:]
            if any(t.i in claimed or t.i in taken for t in ent):
                continue
            if any(t.i in skip for t in ent):
                continue
            words = _name_words(ent)
            if any(w.casefold() in NOT_NAME_WORDS for w in words):
                continue
            if all(t.tag_ in ("NNPS", "NNS") for t in ent if not _is_initial(t)) or (
                    len(words) == 1 and words[0].isupper() and len(words[0]) > 1 and
                    not self.gazetteer.people_named(words)):
                continue  # "Oligarchs", "(REPO)": a group or an acronym, not a person
            if words and not self._is_place_or_org(" ".join(words)):
                found.append(PersonFound(start=ent.start, end=ent.end, name_start=ent.start,
                                         name_end=ent.end, words=words, title=""))
        claimed |= {i for p in found for i in range(p.start, p.end)}
        found.extend(self._full_names_untagged(doc, claimed | taken))
        claimed |= {i for p in found for i in range(p.start, p.end)}
        found.extend(self._named_in_full_elsewhere(doc, found, claimed | taken))
        found.extend(self._lone_names_mistagged(doc, found, claimed | taken))
        claimed |= {i for p in found for i in range(p.start, p.end)}
        found.extend(self._known_surnames_untagged(doc, claimed | taken, day))
        found = [p for p in found
                 if not (_names_equipment(doc, p) and not self.gazetteer.people_named(p.words))]
        # "Army of Ansar al-Sunna", "Army of the Men of …": a name after a group's head
        # noun and "of" belongs to the group's name
        found = [p for p in found if not (
            not p.title and p.name_start >= 2 and not self.gazetteer.people_named(p.words)
            and _of_a_group_name(doc, p.name_start))]
        # "the emiri diwan said": lower-case words the tagger took for a name are none
        found = [p for p in found if any(w[:1].isupper() for w in p.words)]
        # "at Palazzo Chigi", "the Palais Bourbon": a palace the tagger took for a person
        found = [p for p in found if p.title or _fold(p.words[0]).casefold() not in PALACE_WORDS]
        # "the 1994 Crime Bill", "the Patriot Act": a law named like a person ("Bill")
        found = [p for p in found if not (len(p.words) >= 2 and
                                          p.words[-1].casefold() in LAW_WORDS)]
        # "travelled to Kharkiv", tagged a person: a city the gazetteer lists is a place
        found = [p for p in found
                 if p.title or not self.gazetteer.state_of_city(" ".join(p.words))]
        # "Russia's Trojan horse": a lone capitalised word between an owner's "'s" and the
        # common noun it qualifies is an epithet, not a person
        found = [p for p in found if not (
            len(p.words) == 1 and not p.title and p.name_start > 0 and p.name_end < len(doc)
            and doc[p.name_start - 1].text in ("'s", "’s") and doc[p.name_end].pos_ == "NOUN"
            and doc[p.name_end].text.islower() and doc[p.name_start].head.i == p.name_end
            and not self.gazetteer.people_named(p.words))]
        # "clashes in the Galwan valley": a lone name before a geographic noun is a place's
        found = [p for p in found if not (
            len(p.words) == 1 and not p.title and p.name_end < len(doc)
            and doc[p.name_end].lower_ in GEOGRAPHIC_NOUNS)]
        # "cruised down the Danube": a lone name after "the" is no person's
        found = [p for p in found if not (
            len(p.words) == 1 and not p.title and p.name_start > 0
            and doc[p.name_start - 1].lower_ == "the" and not self.gazetteer.people_named(p.words))]
        # "Putin Trump" (a page's topic tags): two known surnames side by side are no one,
        # unless together they name one known person ("Abbas Araghchi", whose first name is
        # another leader's surname)
        found = [p for p in found if not (
            len(p.words) == 2 and not p.title and given_gender(" ".join(p.words)) is None
            and not self.gazetteer.people_named(p.words)
            and all(len(self.gazetteer.people_named([w])) == 1 for w in p.words)
            and len({self.gazetteer.people_named([w])[0].name for w in p.words}) == 2)]
        found = self._without_place_names(doc, found)
        shared = self._shared_surnames(doc, found, taken)
        starts = {p.name_start for p in shared}
        found = [p for p in found if not (len(p.words) == 1 and p.name_start in starts)]
        found.extend(shared)
        found.sort(key=lambda p: p.start)
        self._resolve_people(doc, found, day)
        for p in found:
            p.char_start = doc[p.start].idx
            taken.update(range(p.name_start, p.name_end))
        return found

    def _without_place_names(self, doc: Doc, found: list[PersonFound]) -> list[PersonFound]:
        """"Ferguson has endured a week of unrest", "in nearby Clayton": a lone word the
        small model calls a person is a place when the article uses it as one elsewhere
        (tagged as a place, or after "in"/"near"), or the short form of a body it names
        ("Hadley" for "Hadley University"), when no one in the article bears it as a name,
        title or gazetteer entry."""
        borne = {w.casefold() for p in found if len(p.words) >= 2 for w in p.words}
        borne |= {p.words[0].casefold() for p in found if len(p.words) == 1 and p.title}
        places = {t.text.casefold() for t in doc if _used_as_a_place(t)}
        # "Hadley said …" after "Hadley University": the short form of a body's name
        places |= {e[0].text.casefold() for e in doc.ents
                   if e.label_ in ("ORG", "FAC") and e[0].text[:1].isupper()
                   and len([t for t in e if t.text not in ("'s", "’s")]) > 1}
        out = []
        for p in found:
            if p.words[0].casefold() == "dear":
                continue  # "Dear Madam Speaker": a letter's salutation
            lone = len(p.words) == 1 and not p.title and p.words[0].casefold() not in borne \
                and not self.gazetteer.people_named(p.words)
            if lone and (p.words[0].casefold() in places or p.words[0] in US_STATES):
                continue
            if not p.title and not self.gazetteer.people_named(p.words) and \
                    _named_as_a_place(doc, p.name_start, p.name_end):
                continue  # "the village of Houla", "the Baba Amr district"
            if not p.title and not self.gazetteer.people_named(p.words) and \
                    not any(w in other.words for other in found if other is not p
                            for w in p.words) and \
                    _taken_or_struck_as_a_place(doc[p.name_end - 1]):
                continue  # "forces recaptured Zawiya and Ras Lanuf", "jets bombed Rafah"
            if len(p.words) == 1 and not p.title and _town_and_state(doc, p.name_end):
                continue  # "of Ashton, Md., who watched": a town, whoever bears its name
            if " ".join(p.words) in REGION_NAMES:
                continue  # "the White House Middle East coordinator": a region, no party
            if not p.title and p.name_start > 0 and \
                    doc[p.name_start - 1].lower_ in BODY_KIND_NOUNS and \
                    not self.gazetteer.people_named(p.words):
                continue  # "Brazil's state oil company Petrobras": a body the noun names
            if len(p.words) == 1 and not p.title and p.words[0] in NAMELESS_CAPITALS:
                continue  # "Background: how the talks began", "attended Mass": no one
            if len(p.words) >= 2 and p.words[0] in PLACE_NAME_OPENERS:
                continue  # "Joint Base Elmendorf-Richardson", "Camp David": a place
            if len(p.words) == 1 and p.name_end + 3 < len(doc) and \
                    doc[p.name_end].text == "-" and doc[p.name_end + 1].lower_ in NAME_LINKS and \
                    doc[p.name_end + 2].text == "-":
                continue  # "Jaish-e-Mohammed": the first word of a group's linked name
            if lone and self._listed_with_places(doc, p.name_start, p.name_end):
                continue  # "from Srinagar, Jammu and Rajasthan": a place in a list of them
            # "the Florissant campus", "the Ferguson case": a word between "the" and a
            # common noun qualifies that noun; people are not named that way
            if lone and p.start > 0 and doc[p.start - 1].lower_ == "the" and \
                    p.end < len(doc) and doc[p.end].pos_ == "NOUN" and doc[p.end].is_lower:
                continue
            out.append(p)
        return out

    def _listed_with_places(self, doc: Doc, start: int, end: int) -> bool:
        """The name stands in a list beside a place that is no state or body ("positions at
        Stanytsia Luhanska, Zolote and Petrivske", "out of Odesa, Chornomorsk and Pivdennyi"):
        a place too, whatever the tagger called it. A neighbour counts as a place when the
        gazetteer knows it as a town, or when the tagger calls it one and the list follows a
        preposition of place (the tagger also calls companies places: "BP and Halliburton")."""
        separators = (",", "and", "or")
        members: list[int] = []  # first tokens of the other members
        k = start - 1  # the members before, back to the list's start
        first = start
        while k >= 1 and doc[k].lower_ in separators:
            k -= 1
            while k >= 0 and doc[k].lower_ in separators:
                k -= 1
            if k < 0 or not doc[k].text[:1].isupper():
                break
            ent = _entity_at(doc[k])
            first = ent.start if ent is not None else k
            members.append(first)
            if ent is None:
                break
            k = first - 1
        k = end  # and after, to its end
        while k < len(doc) - 1 and doc[k].lower_ in separators:
            k += 1
            while k < len(doc) and doc[k].lower_ in separators:
                k += 1
            if k >= len(doc) or not doc[k].text[:1].isupper():
                break
            members.append(k)
            ent = _entity_at(doc[k])
            if ent is None:
                break
            k = ent.end
        located = first > 0 and doc[first - 1].lower_ in PLACE_PREPOSITIONS | {"from"}
        for i in members:
            ent = _entity_at(doc[i])
            text = ent.text if ent is not None else doc[i].text
            if self.gazetteer.state_of_city(text) or (ent is not None and not any(
                    e.kind in ("state", "organization") for e in self.gazetteer.lookup(text))
                    and _named_as_a_place(doc, ent.start, ent.end)):
                return True
            if located and doc[i].ent_type_ in ("GPE", "LOC") and not any(
                    e.kind in ("state", "organization") for e in self.gazetteer.lookup(text)):
                return True
        return False

    def _known_person(self, word: str, day: str | None) -> Entry | None:
        """The one gazetteer person a bare surname names, if they held an office within two
        years of the day (a bare surname in a headline is a person of the time)."""
        if len(word) < 5 or word.casefold() in AMBIGUOUS_SURNAMES or not word[:1].isupper() \
                or word.isupper() or self._is_place_or_org(word):
            return None
        hits = self.gazetteer.people_named([word])
        if len(hits) != 1:
            return None
        if day is None:
            return hits[0]
        year = int(day[:4])
        near = any((r.start is None or int(r.start[:4]) <= year + 2) and
                   (r.end is None or int(r.end[:4]) >= year - 2) for r in hits[0].roles)
        return hits[0] if near else None

    def _hyphenated_pairs(self, doc: Doc, taken: set[int]) -> list[tuple[PersonFound, PersonFound]]:
        """"Putin-Erdogan": a known surname, a hyphen with no spaces, another known surname."""
        day = doc._.published
        pairs = []
        for token in doc[1:-1]:
            left, right = doc[token.i - 1], doc[token.i + 1]
            if token.text != "-" or left.whitespace_ or token.whitespace_ or \
                    {left.i, right.i} & taken:
                continue
            if left.i > 0 and doc[left.i - 1].text == "-" or \
                    right.i + 1 < len(doc) and doc[right.i + 1].text == "-":
                continue  # "Putin-Erdogan-Raisi" or a longer compound: left alone
            a, b = self._known_person(left.text, day), self._known_person(right.text, day)
            if a is None or b is None or a is b:
                continue
            pairs.append((PersonFound(start=left.i, end=left.i + 1, name_start=left.i,
                                      name_end=left.i + 1, words=[left.text], title=""),
                          PersonFound(start=right.i, end=right.i + 1, name_start=right.i,
                                      name_end=right.i + 1, words=[right.text], title="")))
        return pairs

    def _full_names_untagged(self, doc: Doc, used: set[int]) -> list[PersonFound]:
        """A gazetteer person's full name written exactly (case-sensitive, accents folded)
        that no other step found. Not inside a longer name ("the Theresa May Foundation":
        a capitalised word joins it) nor in a headline-cased sentence."""
        found: list[PersonFound] = []
        i = 0
        while i < len(doc):
            hit = 0
            for n in range(min(self._longest_name, len(doc) - i), 1, -1):
                if tuple(_fold(t.text) for t in doc[i:i + n]) in self._full_names:
                    hit = n
                    break
            if not hit or any(k in used for k in range(i, i + hit)) or \
                    self._inside_longer_name(doc, i, i + hit) or \
                    _headline_cased(doc, i, i + hit):
                i += 1
                continue
            words = [t.text for t in doc[i:i + hit]]
            found.append(PersonFound(start=i, end=i + hit, name_start=i, name_end=i + hit,
                                     words=words, title=""))
            i += hit
        return found

    def _inside_longer_name(self, doc: Doc, start: int, end: int) -> bool:
        """A capitalised word right before (no title, not a sentence's first) or right after
        the name makes it part of another name."""
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if before is not None and not doc[start].is_sent_start and not before.is_space and \
                before.text[:1].isupper() and before.lower_.rstrip(".") not in PERSON_TITLES \
                and before.i not in self._skip:
            return True
        return after is not None and not after.is_space and after.text[:1].isupper() and \
            not after.is_sent_start

    def _known_surnames_untagged(self, doc: Doc, used: set[int], day: str | None
                                 ) -> list[PersonFound]:
        """"Guterres, Lavrov discuss …", "Blinken in talks with …": a headline's bare surname of
        a known office holder of the time that the small model tagged as a place, a body or
        nothing is that person."""
        out = []
        for token in doc:
            if token.i in used or token.ent_type_ == "PERSON" or not token.is_alpha:
                continue
            if self._known_person(token.text, day) is None:
                continue
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if token.i > 0 and doc[token.i - 1].text == "-" or after is not None and (
                    after.text == "-" or after.lower_ in EPONYM_NOUNS):
                continue  # "anti-Trump", "a Trump presidency": the name qualifies something
            entity = _entity_at(token)
            if entity is not None and len(entity) > 1:
                continue  # "the Blinken Doctrine": part of another name
            neighbours = [doc[k] for k in (token.i - 1, token.i + 1) if 0 <= k < len(doc)]
            if any(_name_like(n) and n.text[:1].isupper() and not n.is_sent_start
                   for n in neighbours if n.i not in used):
                continue  # part of a longer name the article gives
            out.append(PersonFound(start=token.i, end=token.i + 1, name_start=token.i,
                                   name_end=token.i + 1, words=[token.text], title=""))
        return out

    def _named_in_full_elsewhere(self, doc: Doc, found: list[PersonFound], used: set[int]
                                 ) -> list[PersonFound]:
        """"Rahm Emanuel, the chief of staff, …" where the tagger saw no person (or saw a
        body): a run of two or three name-like words is a person when the article calls
        someone by its last word elsewhere, with a title ("Mr. Emanuel") or as a person the
        tagger saw ("Scott, who was 43, …")."""
        titled = {p.words[0] for p in found if len(p.words) == 1}
        if not titled:
            return []
        out = []
        for start, end in _capitalised_runs(doc, used):
            tokens = doc[start:end]
            # ("Nana Akufo-Addo" after "Akufo-Addo" alone: a hyphenated surname is one word)
            joined = _joined_words(tokens)
            if not 2 <= len(joined) <= 3 or joined[-1] not in titled:
                continue
            if not all(_name_like(t) and t.pos_ == "PROPN" or t.text == "-" and
                       not t.whitespace_ for t in tokens):
                continue
            words = joined if len(joined) < len(tokens) else \
                [t.text for t in tokens if not _is_initial(t)]
            if self._is_place_or_org(" ".join(words)) or \
                    any(w.casefold() in NOT_NAME_WORDS for w in words):
                continue
            out.append(PersonFound(start=start, end=end, name_start=start, name_end=end,
                                   words=words, title=""))
        return out

    def _lone_names_mistagged(self, doc: Doc, found: list[PersonFound], used: set[int]
                              ) -> list[PersonFound]:
        """"Now Melania seems …", "talks to DuVernay": a lone word the tagger took for a place
        or a body is a person when the article names someone in full with it as first name or
        surname, and it is no place or body the gazetteer knows."""
        names = {w for p in found if len(p.words) >= 2 for w in (p.words[0], p.words[-1])}
        surnames = {p.words[-1] for p in found if len(p.words) >= 2}
        covered = used | {i for p in found for i in range(p.start, p.end)}
        out = []
        for token in doc:
            # "Akufo-Addo said": a hyphenated surname is three tokens, one word
            glued = doc[token.i:token.i + 3]
            if len(glued) == 3 and glued[1].text in ("-", "‐", "‑") and \
                    not glued[0].whitespace_ and not glued[1].whitespace_ and \
                    glued.text in names and not any(t.i in covered for t in glued) and \
                    not self._is_place_or_org(glued.text) and \
                    not (token.i > 0 and _name_like(doc[token.i - 1]) and
                         doc[token.i - 1].text[:1].isupper()):
                out.append(PersonFound(start=token.i, end=token.i + 3, name_start=token.i,
                                       name_end=token.i + 3, words=[glued.text], title=""))
                covered |= {t.i for t in glued}
                continue
            if token.i in covered or token.text not in names:
                continue
            # the small model tags a surname that looks plural as a common noun ("Sanders
            # will …", "Sessions told …"); a first name so tagged is a word ("Hope is …")
            # ("Modi presses Trudeau …": a headline's surname tagged as a verb, yet the
            # subject of the verb after it)
            if token.pos_ != "PROPN" and not (token.tag_ in ("NNS", "NNPS") and
                                              token.text in surnames) and \
                    not _surname_as_common_noun(token, surnames) and \
                    not (token.pos_ == "VERB" and token.dep_ == "nsubj" and
                         token.text in surnames and token.text[:1].isupper()):
                continue
            # ("Andersson's Social Democrats" tagged as one body: the owner is no part of it)
            owns = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("'s", "’s") and \
                (token.i == 0 or not doc[token.i - 1].text[:1].isupper())
            entity = _entity_at(token)
            if entity is not None and len(entity) > 1 and not owns:
                continue  # "the Trump Foundation": a name inside another name
            neighbours = [doc[k] for k in (token.i - 1, token.i + 1) if 0 <= k < len(doc)]
            if any(_name_like(n) and n.text[:1].isupper() for n in neighbours):
                continue  # "Trump Tower", "Fort Hood": part of a longer name
            if self._is_place_or_org(token.text):
                continue
            out.append(PersonFound(start=token.i, end=token.i + 1, name_start=token.i,
                                   name_end=token.i + 1, words=[token.text], title=""))
        return out

    def _shared_surnames(self, doc: Doc, found: list[PersonFound], used: set[int]
                         ) -> list[PersonFound]:
        """"Barack and Michelle Obama": a first name before "and" may share the surname, so it
        is Barack Obama, not a stray "Barack" (nor Michelle for every later "Obama")."""
        out = []
        for p in found:
            first = p.name_start - 2
            if len(p.words) != 2 or first < 0 or doc[first + 1].lower_ not in ("and", "&"):
                continue
            token = doc[first]
            if first in used or not _name_like(token) or self._is_place_or_org(token.text):
                continue
            if first > 0 and _name_like(doc[first - 1]) and _bare(doc[first - 1]) not in \
                    TITLE_WORDS | PERSON_TITLES:
                continue  # "Rand Paul and Ted Cruz": the word closes a name of its own
            words = [token.text, p.words[-1]]
            known = [e for e in self.gazetteer.lookup(" ".join(words)) if e.kind == "person"]
            # names the gazetteer knows, or a given name ("Sarah and Timothy Rogers"): "Macron
            # and Olaf Scholz" is two people
            if known or (given_gender(" ".join(words)) is not None and
                         not self.gazetteer.people_named([token.text])):
                out.append(PersonFound(start=first, end=first + 1, name_start=first,
                                       name_end=first + 1, words=words, title=""))
        return out

    def _split_title_name(self, doc: Doc, start: int, end: int) -> PersonFound | None:
        """"Secretary of Defense Lloyd J. Austin III" → title + name (None: not a person)."""
        # "On Monday Yoon Suk Yeol spoke": a day or month the tagger dates opens no name
        k = start + (1 if doc[start].pos_ == "ADP" and doc[start].is_sent_start else 0)
        if end - k >= 2 and doc[k].lower_ in MONTHS_AND_DAYS and doc[k].ent_type_ == "DATE" \
                and not doc[k + 1].like_num and doc[k + 1].lower_ not in MONTHS_AND_DAYS and (
                    end - k > 2 or self.gazetteer.people_named([doc[k + 1].text])):
            start = k + 1  # ("In March Lula called": a lone name the gazetteer knows)
        trimmed = end - start >= 2 and doc[end - 1].lower_ in STATE_NOUNS and \
            doc[end - 1].text[:1].isupper()
        if trimmed:
            end -= 1  # "the Biden Administration": the name, then the state it stands for
        # "Speaker John A. Boehner of Ohio", "Mayor Ana Ruiz of Lyon": the place after "of"
        # says where the person is from; the name ends before it
        for k in range(end - 2, start, -1):
            home = doc[k + 1:end].text
            if doc[k].lower_ == "of" and _name_like(doc[k - 1]) and (
                    home in US_STATES or all(
                        t.ent_type_ in ("GPE", "LOC") or self._is_place_or_org(t.text)
                        for t in doc[k + 1:end] if t.is_alpha)):
                end = k
                break
        tokens = doc[start:end]
        run_start = start
        # the name: the longest tail of name-like words
        name_end = end
        while name_end > start and doc[name_end - 1].lower_.rstrip(",") in NAME_SUFFIXES:
            name_end -= 1
        if name_end < end and doc[name_end - 1].text == ",":
            name_end -= 1
        name_start = name_end
        # a surname that is also a place ("Deputy Attorney General Lisa O. Monaco"): a first
        # name and an initial before it make it a name
        if name_start - 2 > start and _name_like(doc[name_start - 1]) and \
                _is_initial(doc[name_start - 2]) and _name_like(doc[name_start - 3]):
            name_start -= 1
        while name_start > start:
            # "al-Keeb", "bin Salman", "de Mistura": a particle inside the name
            particle = _particle_before(doc, name_start, start)
            if particle:
                name_start -= particle
                continue
            if name_start - 4 >= start and _nickname_at(doc, name_start - 3, start) and \
                    _name_like(doc[name_start - 4]):
                name_start -= 4  # 'Marcia "Cia" Price': the nickname is left out below
                continue
            if name_start == name_end and _hyphen_syllable(doc, name_start - 1, start):
                name_start -= 1  # "Moon Jae-in": the syllable, then the hyphen rule below
                continue
            if name_start < name_end and name_start - 2 >= start and \
                    doc[name_start - 1].text == "-" and \
                    not doc[name_start - 1].whitespace_ and not doc[name_start - 2].whitespace_ \
                    and _name_like(doc[name_start - 2]):
                name_start -= 2  # "Holtz-Eakin", "Ocasio-Cortez": a double surname
                continue
            if _bare(doc[name_start - 1]) == "sheikh" and name_start - 2 >= start and \
                    _name_like(doc[name_start - 2]) and \
                    _bare(doc[name_start - 2]) not in TITLE_WORDS:
                name_start -= 2  # "Hassan Sheikh Mohamud": a name's middle word, no title
                continue
            if _bare(doc[name_start - 1]) in NOT_NAME_WORDS and name_end - name_start >= 2:
                break  # "… Trade and Development Alexia Latortue": the office's subject
            after_honorific = name_start - 2 >= start and \
                _bare(doc[name_start - 2]) in HONORIFICS
            if not _name_like(doc[name_start - 1]) or (
                    self._is_place_or_org(doc[name_start - 1].text) and not after_honorific
                    and not self._opens_a_two_word_name(doc[name_start - 1:name_start])):
                break  # ("Mr. Bloomberg", "Mr. Jordan": a surname, whatever else bears it)
            name_start -= 1
        # a first name that is also a place, between a title and the surname: "President Chad
        # Griffin", "Foreign Minister Israel Katz" (a place before the title stays a place)
        if name_start == name_end - 1 and name_start - 1 > start and \
                _name_like(doc[name_start - 1]) and _bare(doc[name_start - 2]) in TITLE_WORDS:
            name_start -= 1
        words = _joined_words(doc[name_start:name_end])
        if not words or len(words) > 4:
            return None
        words += _filial_suffix(doc[name_end:end])
        if name_start > start and doc[name_start - 1].lower_ in ("of", "for"):
            return None  # "Governor of Maine": the place an office is of, not a name
        # the title starts at its first title word ("While Putin": no title)
        while start < name_start and _bare(doc[start]) not in TITLE_WORDS - CONNECTORS and \
                not self._is_place_or_org(doc[start].text):
            start += 1
        title_tokens = list(doc[start:name_start])
        if not title_tokens and name_start > run_start and all(
                _bare(t) in NOT_NAME_WORDS for t in doc[run_start:name_start]):
            # "Assistant Secretary for International Trade and Development Alexia Latortue":
            # the office's subject runs on after "and"; the title starts before it
            opening = _office_title_before(doc, run_start)
            if opening is not None:
                start = opening
                title_tokens = list(doc[start:name_start])
        title_words = [t for t in title_tokens if t.is_alpha]
        if title_words and len(title_words) == len(title_tokens) and start > 0 and \
                doc[start - 1].lower_ in ("to", "in", "for") and all(
                self._is_place_or_org(t.text) and _bare(t) not in TITLE_WORDS for t in title_words):
            # "(Ambassador to) Germany Andrij Melnyk": the post's place before the name is no
            # title (a first name that is also a place, "Victoria Nuland", stays in the name)
            start, title_tokens = name_start, []
        title = " ".join(t.text for t in title_tokens).strip()
        has_person_title = any(_bare(t) in TITLE_WORDS - CONNECTORS for t in title_tokens)
        name_text = " ".join(words)
        honorific = any(_bare(t) in HONORIFICS for t in title_tokens)
        if (self._is_place_or_org(name_text) and not honorific) or \
                any(w.casefold() in MONTHS_AND_DAYS for w in words) and \
                not self._month_is_a_surname(words):
            return None  # ("Mr. Bloomberg" is a person whatever body bears the name)
        if any(w.casefold().rstrip(".") in NOT_NAME_WORDS for w in words):
            return None
        ner_person = any(t.ent_type_ == "PERSON" for t in doc[name_start:name_end])
        if not ner_person and all(t.ent_type_ in ("ORG", "FAC", "GPE", "WORK_OF_ART")
                                  for t in doc[name_start:name_end]) and \
                not any(_bare(t) in PERSON_TITLES for t in title_tokens) and \
                not self.gazetteer.people_named(words) and \
                not _apposition_to_a_role(doc[name_end - 1]):
            return None  # "National Review Online": a body whose first word looks like a title
        if all(t.tag_ == "NNPS" for t in doc[name_start:name_end] if not _is_initial(t)):
            return None  # "Oligarchs", "Deputies": a plural is a group, not a person
        if len(title_tokens) == 1 and title_tokens[0].text == "General" and not ner_person and \
                title_tokens[0].ent_type_ == "ORG" and title_tokens[0].ent_iob_ == "B":
            return None  # "General Electric", "General Motors": a company opening with the rank
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1 and \
                not self.gazetteer.people_named(words):
            return None  # "(REPO)", "UDCG": an acronym, not a person
        last = words[-1].casefold()
        if last.endswith("s") and (last[:-1] in TITLE_WORDS or last[:-2] in TITLE_WORDS):
            return None  # "National Armaments Directors", "Foreign Ministers": a group of posts
        hits = self.gazetteer.people_named(words)
        if len(words) == 1 and not ner_person and not hits and \
                not any(_bare(t) in PERSON_TITLES for t in title_tokens):
            # one word after words that also qualify bodies and places ("Special Agent",
            # "House Oversight", "National Mall"): a person only when the tagger or the
            # gazetteer says so, or a personal title precedes it
            return None
        # a lone surname the gazetteer knows for one person only ("Biden will travel …",
        # "Scholz told reporters"), even where the small model tags it as an organisation;
        # not "the Biden administration"
        last_token = doc[name_end - 1]
        # the small model reads a sentence-opening "Trump met …" as the noun "trump": a
        # capitalised subject still names the person
        lone = len(words) == 1 and len(hits) == 1 and (
            last_token.pos_ == "PROPN" or last_token.ent_type_ not in ("", "DATE", "TIME")
            or last_token.dep_ in ("nsubj", "nsubjpass") and last_token.ent_type_ == ""
            # "Trump, flanked by Bolton, met …": a sentence's first word, tagged an adjective
            or last_token.is_sent_start and name_end < len(doc) and doc[name_end].text == ",") \
            and (name_end >= len(doc) or doc[name_end].lower_ not in EPONYM_NOUNS or trimmed)
        known = bool(hits) and (len(words) > 1 or has_person_title or ner_person or lone)
        if not (has_person_title or ner_person or known or
                len(words) > 1 and _apposition_to_a_role(doc[name_end - 1])
                and not _place_by_its_article(doc, name_start, name_end)):
            return None
        # ("Xi Jinping" in full is the gazetteer's person whatever the tagger made of it)
        if not has_person_title and not ner_person and not lone and \
                doc[name_end - 1].pos_ != "PROPN" and not (len(words) > 1 and hits):
            return None
        del tokens
        return PersonFound(start=start, end=end, name_start=name_start, name_end=name_end,
                           words=words, title=title)

    def _month_is_a_surname(self, words: list[str]) -> bool:
        """"Theresa May": a month after a given name (or in a name the gazetteer knows) is a
        surname; "May 5" or "Tuesday March" are dates."""
        if len(words) < 2 or words[0].casefold() in MONTHS_AND_DAYS or \
                any(w.casefold() in WEEKDAYS for w in words):
            return False  # "Michael Steele Sunday": a name, then the day
        return bool(self.gazetteer.people_named(words)) or \
            len(words) == 2 and given_gender(" ".join(words)) is not None

    def _resolve_people(self, doc: Doc, found: list[PersonFound], day: str | None) -> None:
        """Canonical name for each person; surnames learn the article's fullest name."""
        full: dict[str, str] = {}  # surname (casefolded) → canonical name
        # every canonical name the article gives each surname, for an honorific to choose
        # among ("Mrs. Trump" beside Donald and Melania Trump)
        bearers: dict[str, list[str]] = {}
        named_in_full = {_family_key(p.words[-1]) for p in found if len(p.words) >= 2}
        # known people named in full, and their family names ("Kim" of Kim Sung-hwan, which
        # Korean names write first)
        known_in_full = {e.name for p in found if len(p.words) >= 2
                         for e in self.gazetteer.lookup(" ".join(p.words)) if e.kind == "person"}
        families_in_full = {(self.gazetteer.entries[n].surname or "").casefold()
                            for n in known_in_full} - {""}
        full_first: dict[str, set[str]] = {}
        for p in found:
            if len(p.words) >= 2:
                full_first.setdefault(p.words[0].casefold(), set()).add(" ".join(p.words))
        # surnames the article writes out after a first name (not borrowed from a partner's)
        spelled = {_family_key(p.words[-1]) for p in found if p.name_end - p.name_start >= 2}
        # "Trump Jr." after "Donald Trump Jr.": a surname with the son's suffix is the son
        # the article names in full (the suffix ends the words of both)
        sons = {(p.words[-2].casefold(), p.words[-1]): " ".join(p.words) for p in found
                if len(p.words) >= 3 and p.words[-1] in ("Jr.", "Sr.")}
        kin_first: list[PersonFound] = []
        for p in found:
            if len(p.words) == 2 and (p.words[0].casefold(), p.words[1]) in sons:
                p.actor = sons[(p.words[0].casefold(), p.words[1])]
                continue
            entry = self._person_entry(p.words, p.title, day)
            if entry is None and len(p.words) == 1:
                # "King Abdullah II": a name the gazetteer lists only with its title and
                # regnal number, which the words kept for the name leave out
                end = p.end + (p.end < len(doc) and REGNAL_NUMBER.fullmatch(doc[p.end].text)
                               is not None)
                whole = [e for e in self.gazetteer.lookup(doc[p.start:end].text)
                         if e.kind == "person"] if end - p.start > 1 else []
                entry = whole[0] if len(whole) == 1 else None
            if len(p.words) == 1 and p.words[0].casefold() in self._family_first and \
                    len(full_first.get(p.words[0].casefold(), ())) >= 2 and \
                    not p.title.strip() and \
                    not (entry is not None and self._title_fits(entry, p.title)):
                # (a courtesy title, "Mr. Kim", names the figure the story is about, as before)
                kin_first.append(p)  # "Kim" beside Kim Yo Jong and Kim Jong Un: below
                continue
            initials = _middle_initials(doc, p)
            if entry is not None and initials and _initials_conflict(entry, initials):
                entry = None  # "George H. W. Bush" is not the gazetteer's George W. Bush
            if entry is not None and len(p.words) == 1 and \
                    len(full_first.get(p.words[0].casefold(), ())) == 1 and \
                    p.words[0].casefold() not in named_in_full and \
                    not self._title_fits(entry, p.title):
                # "Elizabeth" after "Elizabeth Lauten" is her, not the queen the gazetteer
                # knows by that first name
                entry = None
            stated = _honorific_gender(p.title)
            if entry is not None and stated and entry.gender and stated != entry.gender:
                # "Mr. Sanders" is not the gazetteer's Sarah Sanders
                entry = None
            if entry is not None and len(p.words) == 1 and _known_only_later(entry, day):
                # "Sanders" in 2016 is not the press secretary of 2017-2019
                entry = None
            if len(p.words) == 1 and _family_key(p.words[0]) in named_in_full and not (
                    entry is not None and (self._title_fits(entry, p.title)
                                           or self._leads(entry.name, "", day)
                                           and self._own_family_name(entry, p.words[0]))):
                # a bare surname is the person the article names in full ("Sen. Bernie
                # Sanders" … "Sanders"), not a namesake from the gazetteer, unless its title
                # points to the gazetteer's office holder ("Michelle Obama" … "President Obama")
                # or that holder leads a state or government on the day: news writes a
                # leader's kin in full and leaves the bare surname to the leader ("the first
                # lady, Jill Biden" … "Biden said")
                continue
            if len(p.words) == 1 and entry is not None and entry.name not in known_in_full and \
                    p.words[0].casefold() in families_in_full and \
                    not self._title_fits(entry, p.title):
                # "Kim" after "Kim Sung-hwan" and "Kim Kwan-jin": one of the Kims the article
                # names (below), not a namesake it never names, even a leader
                continue
            if entry is not None:
                p.actor = entry.name
            elif len(p.words) >= 2:
                p.actor = " ".join(p.words)
            else:
                continue
            surname = _family_key(p.words[-1])
            if len(p.words) >= 2 and p.name_end - p.name_start == 1 and surname in spelled \
                    and entry is None:
                continue  # "Sarah" of "Sarah and Timothy Rogers": a bare "Rogers" is not hers
            if len(p.words) >= 2 and p.actor not in bearers.setdefault(surname, []):
                bearers[surname].append(p.actor)
            if len(p.words) >= 2 or entry is not None:
                current = full.get(surname)
                if current is None or (entry is not None and current not in self.gazetteer.entries):
                    full[surname] = p.actor
        for p in sorted(kin_first, key=lambda q: q.name_start):
            named = self._kin_named_last(doc, found, p, day)
            if named is not None:
                p.actor = named
        # "Sheikh Mohammed bin Abdulrahman" + "Al Thani": the tagger cut one name in two; the
        # tail right after it that ends the canonical name is that person, not a namesake
        ends = {q.end: q for q in found if q.actor}
        for p in found:
            cut_from = ends.get(p.start)
            if cut_from is not None and cut_from is not p and cut_from.actor != p.actor and \
                    _fold(cut_from.actor).casefold().endswith(
                        " " + _fold(" ".join(p.words)).casefold()):
                p.actor = cut_from.actor
        # "Mr. Guajardo Villarreal" after "Ildefonso Guajardo Villarreal": a double surname
        # written without the given name is the one person whose name ends in both words
        for p in found:
            if len(p.words) != 2 or p.actor in self.gazetteer.entries or \
                    given_gender(" ".join(p.words)) is not None:
                continue
            tail = [w.casefold() for w in p.words]
            longer = {o.actor for o in found if o.actor and len(o.words) >= 3 and
                      [w.casefold() for w in o.words[-2:]] == tail}
            if len(longer) == 1:
                p.actor = longer.pop()
        # "Hassan Sheikh" after "Hassan Sheikh Mohamud": a name of two words or more that the
        # gazetteer does not know and that opens the longer name of one person the article
        # names is that person (names of three generations are shortened so)
        for p in found:
            if len(p.words) < 2 or p.actor in self.gazetteer.entries or \
                    p.actor != " ".join(p.words):
                continue
            opening = [w.casefold() for w in p.words]
            # ("Rev. Jesse Jackson" beside "Jesse Jackson Jr.": father and son)
            longer = {o.actor for o in found if o.actor and len(o.words) > len(p.words) and
                      [w.casefold() for w in o.words[:len(p.words)]] == opening and
                      not all(w.casefold().rstrip(".,") in GENERATION_SUFFIXES
                              for w in o.words[len(p.words):])}
            if len(longer) == 1:
                p.actor = longer.pop()
        # "his wife, Sandra": a lone first name is the one person the article names in full
        # with it, unless it is also someone's surname
        first_names: dict[str, set[str]] = {}
        for p in found:
            if len(p.words) >= 2 and p.actor:
                first_names.setdefault(p.words[0].casefold(), set()).add(p.actor)
        # "Kim Jong Un" … "Mr. Kim": a family name written first is no last word; with two
        # Kims named, a head of state or government on the day is the likelier bare "Kim"
        families: dict[str, set[str]] = {}
        for p in found:
            entry = self.gazetteer.entries.get(p.actor or "")
            if len(p.words) >= 2 and entry is not None and entry.surname:
                families.setdefault(entry.surname.casefold(), set()).add(entry.name)
        for p in found:
            if not p.actor:
                word = p.words[-1].casefold()
                owners = first_names.get(word, set())
                kin = families.get(word, set())
                if len(kin) > 1:
                    leaders = {name for name in kin if self._leads(name, "", day)}
                    # no single leader among them ("Kim Yo Jong" and "Kim Yong Chol"): the
                    # one of them named in full nearest before
                    kin = leaders if len(leaders) == 1 else \
                        self._nearest_namesake(found, p, kin)
                stated = _honorific_gender(p.title)
                fitting = [n for n in bearers.get(_family_key(word), [])
                           if stated and self._gender_of(n) == stated]
                p.actor = (fitting[0] if len(fitting) == 1 else None) or \
                    full.get(_family_key(word)) or (
                        next(iter(owners)) if len(owners) == 1 else
                        next(iter(kin)) if len(kin) == 1 else p.words[-1])
            p.described = _descriptor_before(doc, p)
            p.apposed = _apposed_noun(doc, p)
            p.info = self._person_info(doc, p)
        # "Representatives Ann Kolb and Bo Reyes": a plural title covers the names joined to
        # the first by "and"
        by_end = {q.end: q for q in found}
        for p in sorted(found, key=lambda q: q.start):
            first = by_end.get(p.start - 1)
            if p.title or first is None or doc[p.start - 1].lower_ != "and" or \
                    not _plural_title(first.title):
                continue
            p.info = {**p.info, **{k: v for k, v in first.info.items()
                                   if k in ("country", "sector") and v and not p.info.get(k)}}
        # "Saif al-Islam Gaddafi" beside Muammar Gaddafi: kin the article names share the
        # known person's country (only with a full name; a bare surname is that person)
        for p in found:
            if p.info.get("country") is None and len(p.words) >= 2 and \
                    p.actor not in self.gazetteer.entries:
                key = translit_key(p.words[-1])
                kin = {country for o in found if o.actor in self.gazetteer.entries
                       and translit_key(self.gazetteer.entries[o.actor].surname or "") == key
                       and (country := self.gazetteer.entries[o.actor].country) is not None}
                if len(kin) == 1:
                    p.info = {**p.info, "country": kin.pop()}

    def _kin_named_last(self, doc: Doc, found: list[PersonFound], bare: PersonFound,
                        day: str | None) -> str | None:
        """"Kim Yo Jong … Kim, the sister of leader Kim Jong Un, … Kim said": a family name
        written first, which the article gives several people in full, is the one of them
        named in full as a subject in its sentence or the one before; else the one the article
        has called so most often up to there (in full or by the family name alone), the
        latest on a tie. A relative named inside the description of a bare mention of that
        family ("the sister of Kim Jong Un") is not the one it goes on calling by the family
        name, nor is one out of office beside one in it ("Li Keqiang, then the premier")."""
        word = bare.words[0].casefold()
        bares = [q for q in found if len(q.words) == 1 and q.words[0].casefold() == word]

        def describes_a_bare_one(other: PersonFound) -> bool:
            token = doc[other.name_start]
            while token.head.i != token.i:
                token = token.head
                if any(q.name_start <= token.i < q.name_end and q.name_start < other.name_start
                       for q in bares):
                    return True
            return False

        def out_of_office(name: str) -> bool:
            entry = self.gazetteer.entries.get(name)
            return entry is not None and bool(entry.roles) and day is not None and \
                not self.gazetteer.roles_of(name, day)

        stated = _honorific_gender(bare.title)
        named = [o for o in found if len(o.words) >= 2 and o.words[0].casefold() == word
                 and o.actor and o.name_start < bare.name_start and not describes_a_bare_one(o)
                 and not (stated and self._gender_of(o.actor) not in (None, stated))]
        serving = [o for o in named if not out_of_office(o.actor)]
        named = serving or named
        if not named:
            return None
        latest = max(named, key=lambda o: o.name_start)
        here = doc[bare.name_start].sent
        before = doc[here.start - 1].sent if here.start > 0 else here
        root = doc[latest.name_end - 1]
        if root.dep_ == "appos":
            root = root.head
        if latest.name_start >= before.start and root.dep_ in ("nsubj", "nsubjpass"):
            return latest.actor  # (a subject: "after receiving Kim Yong Chol" is not)
        kin = {o.actor for o in named}
        times = Counter(o.actor for o in found if o.actor in kin and o.name_start < bare.name_start)
        return max(named, key=lambda o: (times[o.actor], o.name_start)).actor

    def _nearest_namesake(self, found: list[PersonFound], bare: PersonFound, kin: set[str]
                          ) -> set[str]:
        """The one of ``kin`` (people sharing a family name) named in full last before the bare
        name ``bare``, of the gender its honorific gives ("Ms. Kim"); empty when none is."""
        stated = _honorific_gender(bare.title)
        for other in sorted(found, key=lambda o: o.name_start, reverse=True):
            entry = self.gazetteer.entries.get(other.actor or "")
            if other.name_start < bare.name_start and len(other.words) >= 2 and \
                    other.actor in kin and entry is not None and \
                    not (stated and entry.gender and stated != entry.gender):
                return {entry.name}
        return set()

    @staticmethod
    def _title_fits(entry: Entry, title: str) -> bool:
        role_words = {ROLE_WORDS[w] for w in ROLE_WORDS if w in title.casefold()}
        return any(r.role in role_words for r in entry.roles)

    def _person_entry(self, words: list[str], title: str, day: str | None) -> Entry | None:
        hits = [e for e in self.gazetteer.lookup(" ".join(words)) if e.kind == "person"]
        if not hits and title:
            # "Pope Francis", "King Charles III": the title is part of the common name
            hits = [e for e in self.gazetteer.lookup(f"{title.split()[-1]} {' '.join(words)}")
                    if e.kind == "person"]
        if not hits and len(words) > 2 and words[-1] in ("Jr.", "Sr."):
            # "Joseph R. Biden, Jr.": the man the gazetteer knows by that suffix (so "Donald
            # Trump Jr.", whom it does not list, is never his father)
            suffix = " " + words[-1].casefold()
            hits = [e for e in self.gazetteer.people_named(words[:-1])
                    if any(a.casefold().replace(",", "").endswith(suffix) for a in e.aliases)]
        if len(hits) != 1:
            hits = self.gazetteer.people_named(words)
        if len(hits) > 1:
            # "President Duda", "Prime Minister Shmyhal": the title narrows the choice
            role_words = {ROLE_WORDS[w] for w in ROLE_WORDS if w in title.casefold()}
            narrowed = [e for e in hits if any(r.role in role_words for r in e.roles)]
            hits = narrowed or [e for e in hits if any(r.active_on(day) for r in e.roles)] or hits
        if len(hits) > 1 and day:
            hits = _latest_in_office(hits, day)
        if len(hits) == 1 and len(words) == 1 and len(words[0]) <= 4 and \
                _fold(words[0].casefold()) not in {
                    _fold(w.casefold()) for form in [hits[0].name, hits[0].surname or "",
                                                     *hits[0].aliases] for w in form.split()}:
            # a short word that only a spelling-insensitive match ties to the name ("Mass"
            # and Heiko Maas): transliterated spellings differ in longer names
            return None
        return hits[0] if len(hits) == 1 else None

    def _person_info(self, doc: Doc, p: PersonFound) -> dict[str, str | None]:
        """Country, sector and affiliation of a person the gazetteer does not know."""
        title_words = [w.casefold().rstrip(".") for w in p.title.split()]
        country = None
        body_sector = None  # the sector of a body the person is "of"
        of_body = None  # and its name, the person's affiliation when nothing else says it
        in_a_union = False  # "AU Commission President", "NATO Secretary General"
        for word in p.title.replace("’s", "").replace("'s", "").split():
            country = country or self.gazetteer.demonyms.get(normalise_form(word))
            hits = self.gazetteer.lookup(word)
            if country is None and len(hits) == 1 and hits[0].country:
                country = hits[0].country
            in_a_union = in_a_union or len(hits) == 1 and hits[0].kind == "organization" and \
                hits[0].sector == "intergovernmental" and word[:1].isupper()
        after = doc[p.end: min(len(doc), p.end + 3)]
        if country is None and len(after) >= 2 and after[0].lower_ == "of":
            hits = self.gazetteer.lookup(after[1].text)
            if len(hits) == 1 and hits[0].kind == "state":
                country = hits[0].name
            else:
                # "Sarah Beran of the National Security Council": the state of a known body
                body = self._body_named_at(doc, p.end + 1)
                if body is not None and body.country:
                    country, body_sector = body.country, body.sector
                    of_body = body.name
        sector = _sector_of_words(title_words) or body_sector
        if in_a_union and country is None:
            sector = "intergovernmental"  # an office of a union of states, not of a government
        before = doc[p.start - 1].text if p.start > 0 else ""
        if country is None and p.title and any(w in US_STATES or w in US_STATE_ABBREVIATIONS
                                               for w in [before, *p.title.split()]) and \
                "United States" in self.gazetteer.entries:
            country = "United States"  # "Ariz. Gov. Jan Brewer", "Ohio Sen. Kay Dorn"
        # "Libyan government spokesman Musa Ibrahim": lower-case words before the name that
        # the title splitter leaves out still say whom the person speaks for
        described = p.described
        if described:
            described_country = self._country_in(described)
            country = country or described_country
            sector = sector or self._office_sector(described, described_country)
        # an honorific alone ("Mr.", "Dr.") says nothing of whom the person works for
        title = None if re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s*)+", p.title) \
            else p.title
        apposition = _affiliation_span(doc, p) or _role_phrase_elsewhere(doc, p)
        affiliation = (apposition.text.strip() if apposition is not None else None) or title \
            or of_body
        if sector is None and affiliation:
            lowered = affiliation.casefold()
            if any(w in lowered for w in THINK_TANK_WORDS):
                sector = "think_tank"
            elif any(w in lowered.split() for w in BUSINESS_WORDS):
                sector = "business"
        if country is None and US_CABINET_TITLE.search(p.title) and \
                self._home_country(doc) == "United States" and \
                "United States" in self.gazetteer.entries:
            country = "United States"  # "Secretary of the Interior X": a US cabinet post
        if country is None and self._named_us_partisan(doc, p, described):
            country, sector = "United States", sector or "political_party"
        chamber = self._legislature_of(doc, p, described, apposition)
        if chamber is not None:
            sector = "legislature"
            country = country or chamber or None
        if apposition is not None and (country is None or sector is None):
            country, sector = self._apposition_details(apposition, country, sector)
        if country is None:
            # "India's Foreign Secretary X", "Netanyahu's far-right ministers X and Y": the
            # owner named before the post is whose the person is
            country = self._owner_before(doc, p)
            if country is not None:
                sector = sector or _sector_of_words(
                    [t.lemma_.casefold() for t in doc[max(0, p.start - 4):p.name_start]
                     if t.is_alpha])
        if country is None and p.title and sector == "government":
            # "Defence Minister Andrei Belousov, Finance Minister X and …": a minister listed
            # beside a known minister is of the same delegation
            country = self._listed_minister_state(doc, p)
        if country is None and apposition is not None and \
                any(t.lower_ in ("its", "their") and t.dep_ == "poss" or
                    t.lower_ in STATE_GENERIC_NOUNS and t.i + 1 < len(doc) and
                    doc[t.i + 1].text in ("'s", "’s") for t in apposition):
            # ("X, the kingdom's national security adviser": the state just named)
            # "X, secretary of its security council": the state the sentence named before
            country = self._state_before(doc, p.start)
            if country is not None and sector in (None, "think_tank") and \
                    _sector_of_words([t.lower_ for t in _head_words(apposition)]) == "government":
                sector = "government"
        return {"country": country, "sector": sector, "affiliation": affiliation}

    def _listed_minister_state(self, doc: Doc, p: PersonFound) -> str | None:
        """The state of the known person titled minister or secretary who stands right
        before or after ``p`` in a list ("…, Finance Minister X and …")."""
        def known_titled(words: list[Token]) -> str | None:
            names = [t.text for t in words if t.text[:1].isupper()]
            titled = any(t.lower_ in ("minister", "secretary") for t in words)
            hits = self.gazetteer.people_named(names[-2:]) if titled and names else []
            return hits[0].country if len(hits) == 1 else None

        k = p.start - 1
        while k >= 1 and doc[k].text[:1].isupper() and p.start - k <= 3:
            k -= 1  # the portfolio word before the title ("Energy Minister")
        if k >= 1 and doc[k].text == ",":
            j = k - 1
            while j >= 0 and (doc[j].text[:1].isupper() or doc[j].lower_ in ("minister",
                                                                             "secretary")):
                j -= 1
            state = known_titled(list(doc[j + 1:k]))
            if state is not None:
                return state
        k = p.name_end
        if k < len(doc) and doc[k].text in (",", "and"):
            j = k + 1
            while j < len(doc) and (doc[j].text[:1].isupper() or doc[j].lower_ in (
                    "minister", "secretary")):
                j += 1
            return known_titled(list(doc[k + 1:j]))
        return None

    def _body_named_at(self, doc: Doc, i: int) -> Entry | None:
        """The gazetteer body whose name (after a "the") opens at token ``i``, the longest."""
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        for n in range(min(6, len(doc) - i), 0, -1):
            words = doc[i:i + n]
            if not words[-1].text[:1].isupper():
                continue
            hits = [e for e in self.gazetteer.lookup(_undotted(words.text))
                    if e.kind == "organization"]
            if len(hits) == 1:
                return hits[0]
        return None

    def _owner_before(self, doc: Doc, p: PersonFound) -> str | None:
        """The state whose post a person holds, from an owner's "'s" opening their noun
        phrase: a state ("India's"), or a known person whose state it is ("Netanyahu's");
        over the words of the post and over a first name coordinated with this one."""
        k = p.start - 1
        steps = 0
        while k >= 1 and steps < 8:
            token = doc[k]
            if token.text in ("'s", "’s"):
                owner = doc[k - 1]
                state = self._country_in([owner])
                if state is not None:
                    return state
                people = self.gazetteer.people_named([owner.text]) \
                    if owner.text[:1].isupper() else []
                return people[0].country if len(people) == 1 else None
            if token.text == "," and steps == 0 and k >= 2 and doc[k - 1].pos_ == "NOUN" and \
                    (_sector_of_words([doc[k - 1].lower_, doc[k - 2].lower_]) is not None or
                     doc[k - 1].lower_ in ("chief", "head", "leader")):
                # "Bahrain's foreign minister, X": the name in apposition to the post; "the
                # Egyptian intelligence chief, X": a demonym in the post says whose it is
                j = k - 1
                while j >= 0 and doc[j].pos_ in ("NOUN", "ADJ", "PROPN") and k - j <= 4:
                    state = self.gazetteer.demonyms.get(normalise_form(doc[j].text))
                    if state is not None and doc[j].text[:1].isupper():
                        return state
                    j -= 1
                k -= 1
                steps += 1
                continue
            if token.lower_ == "and" and steps == 0:
                # "… ministers X and Y": Y shares X's post; step over X's name
                k -= 1
                while k >= 1 and (doc[k].text[:1].isupper() or doc[k].text in ("-", "‐")):
                    k -= 1
                steps += 1
                continue
            if token.is_punct and token.text not in ("-", "‐") or \
                    token.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ"):
                return None
            k -= 1
            steps += 1
        return None

    def _state_before(self, doc: Doc, start: int) -> str | None:
        """The last state named in the sentence before token ``start``."""
        sentence = doc[start].sent
        found = None
        for token in doc[sentence.start:start]:
            if token.text[:1].isupper():
                found = self._country_in([token]) or found
        return found

    def _named_us_partisan(self, doc: Doc, p: PersonFound, described: list[Token]) -> bool:
        """Whether a person is introduced by a US party's name ("Republican challenger Mitt
        Romney", "Democratic hopeful X") in an article whose home is the United States, where
        those party names mean the two American parties."""
        words = {w.casefold().rstrip(".,") for w in p.title.split()} | \
            {t.lower_ for t in described}
        # "Republican Jeb Bush", "the Democratic presidential hopeful X" (the parser may not
        # hang those words on the name)
        k = p.start - 1
        while k >= 0 and p.start - k <= 3 and doc[k].lower_ in CAMPAIGN_ROLE_NOUNS | {
                "presidential", "congressional", "senate", "gubernatorial", "mayoral"}:
            k -= 1
        if k >= 0 and doc[k].text in ("Republican", "Democratic", "Democrat", "GOP"):
            words.add(doc[k].lower_)
        return bool(words & PARTY_WORDS) and "United States" in self.gazetteer.entries and \
            self._home_country(doc) == "United States"

    def _legislature_of(self, doc: Doc, p: PersonFound, described: list[Token],
                        apposition: Span | None) -> str | None:
        """The home of the legislature a person sits in (see _legislator_home), from the first
        of their title ("Rep."), the words before the name ("Ohio congressman") and the
        apposition after it ("the top Democrat on the House Intelligence Committee") that
        names one; None when none does."""
        candidates = [p.title.replace(",", " ").split(), [t.text for t in described]]
        if apposition is not None:
            candidates.append([t.lower_ for t in _head_words(apposition)] +
                              [t.text for t in apposition if t.text in CHAMBER_WORDS])
        for words in candidates:
            home = self._legislator_home(doc, words)
            if home is not None:
                return home
        return None

    def _legislator_home(self, doc: Doc, words: list[str]) -> str | None:
        """For the words of a legislator's title or description, the state whose legislature
        it is ("" when it cannot tell); None when the words name no legislator. "Rep." and
        "congressman" are titles of the US Congress; "Senator" and "lawmaker" are used in many
        states, so they take the article's home country only when that is the United States,
        as do the capitalised chambers "House" and "Senate" ("the top Democrat on the House
        Intelligence Committee")."""
        bare = {w.casefold().rstrip(".") for w in words}
        # ("Representatives X and Y", "Sens. X and Y": the plural of a legislator's title)
        bare |= {w[:-1] for w in bare if w.endswith("s") and w[:-1] in LEGISLATOR_TITLES}
        if bare & {"trade", "high", "special", "permanent", "resident"}:
            return None  # "U.S. Trade Representative", "High Representative": not a legislator
        us = "United States" if "United States" in self.gazetteer.entries else ""
        if bare & US_LEGISLATOR_TITLES:
            return us
        chambers = set(words) & CHAMBER_WORDS
        if bare & LEGISLATOR_TITLES or chambers and (bare & {"speaker", "democrat", "republican",
                                                              "member", "chairman", "chairwoman",
                                                              "chair", "ranking"} or
                                                      not bare - {w.casefold() for w in chambers}):
            home = self._home_country(doc)
            return home if home == "United States" and us else ""
        return None

    def _apposition_details(self, apposition: Span, country: str | None,
                            sector: str | None) -> tuple[str | None, str | None]:
        """Country and sector from the apposition after a name, where the name's own title
        left them open."""
        head = _head_words(apposition)
        head_country = self._country_in(head)
        office = self._office_sector(head, head_country)
        if any(t.lower_ in ("former", "ex", "onetime", "erstwhile") for t in head):
            # "a former foreign policy adviser to the vice president": a post held before
            # says whose the person was, not the sector they work in now
            country, _ = self._apposition_details_now(apposition, head, head_country, office,
                                                      country, sector)
            return country, sector
        return self._apposition_details_now(apposition, head, head_country, office, country,
                                            sector)

    def _apposition_details_now(self, apposition: Span, head: list[Token],
                                head_country: str | None, office: str | None,
                                country: str | None, sector: str | None
                                ) -> tuple[str | None, str | None]:
        if office is None and _sector_of_words([t.lower_ for t in head]) == "government" and \
                any(t.lower_ in STATE_OFFICE_WORDS for t in apposition):
            office = "government"  # "an aide to the Lebanese prime minister"
        # a signature or caption line, "Name, Minister of Justice, Italy": the state or body
        # that closes the line is the person's
        closing = self._line_closing_entry(apposition.doc, apposition.end)
        if closing is not None:
            country = country or (closing.name if closing.kind == "state" else closing.country)
            return country, sector or (closing.sector if closing.kind == "organization"
                                       else None) or self._office_sector(head, country)
        # "Igor Konashenkov, a spokesman for the Russian Defence Ministry", "a fellow at the
        # Cato Institute": the body the apposition names is the person's; a state named in it
        # is, only for an office of state ("a Russia expert at Brookings" is not Russian)
        body = self._body_in(apposition)
        if body is not None and head_country is not None and \
                any(t.lower_ in ("ambassador", "envoy", "representative") for t in head):
            # "the American ambassador to the OSCE": the body is where the envoy is posted;
            # the state named with the post sent him
            return country or head_country, sector or "government"
        candidate = any(t.lower_ in ("candidate", "nominee", "challenger") for t in head)
        if body is not None and (office not in ("government", "military") or
                                 body.sector in STATE_SECTORS):
            country = country or body.country
            if not candidate:
                sector = sector or (office if office is not None and body.sector == "government"
                                    else body.sector)
        elif office in ("government", "military"):
            country = country or head_country or self._country_in(apposition)
            sector = sector or office
        if country is None and body is None:
            # "a researcher at a Kyiv policy institute": a capital naming where an institution
            # sits is the state of the person who works there
            for t in apposition:
                hits = [e for e in self.gazetteer.lookup(t.text) if e.kind == "state"
                        and t.text in e.capitals] if t.text[:1].isupper() else []
                if len(hits) == 1 and any(w.lower_ in THINK_TANK_WORDS | {"think", "tank"}
                                          for w in apposition.doc[t.i + 1:t.i + 3]):
                    country = hits[0].name
                    break
        if country is None and office in ("government", "military") and \
                any(t.text in US_STATES for t in apposition) and \
                "United States" in self.gazetteer.entries:
            country = "United States"  # "the former governor of Oklahoma"
        if country is None and body is None and head and \
                head[-1].lower_ in POST_NOUNS | ROLE_NOUNS_BEFORE_NAME:
            arms = {t.lemma_.casefold() for t in apposition} & STATE_ARM_WORDS
            if head_country is not None:
                # "the Egyptian intelligence chief": a post the state's demonym qualifies
                country = head_country
                if sector is None and office is None and \
                        {t.lower_ for t in head} & SECURITY_SERVICE_WORDS:
                    sector = "government"
            elif arms:
                # "a spokesman for China's foreign ministry": an arm of the state named in
                # lower case, which the gazetteer's bodies do not catch
                country = self._country_in(apposition)
                if country is not None and sector is None:
                    sector = "military" if arms & MILITARY_ARM_WORDS else "government"
            sector = sector or office
        return country, sector

    def _office_sector(self, words: Span | list[Token], country: str | None) -> str | None:
        """The sector a description of someone's post names: "Russia's envoy", "a government
        spokesman", "a journalist". Words that name posts outside government as often
        ("president", "spokesman", "adviser") count for a government only beside a state, a
        demonym or a government word ("the organization's president" does not)."""
        lowered = [t.lower_ for t in words]
        sector = _sector_of_words(lowered)
        if sector != "government":
            return sector
        if set(lowered) & STATE_OFFICE_WORDS or country is not None or \
                set(lowered) & {"government", "presidential", "ministry", "kremlin", "state"}:
            return sector
        return None

    def _line_closing_entry(self, doc: Doc, k: int) -> Entry | None:
        """The state or body named between a comma at token ``k`` and the end of its line."""
        if k >= len(doc) or doc[k].text != ",":
            return None
        stop = k + 1
        while stop < len(doc) and not doc[stop].is_space and \
                "\n" not in doc[stop - 1].whitespace_ and stop - k <= 20:
            stop += 1
        at_end = stop >= len(doc) or doc[stop].is_space or "\n" in doc[stop - 1].whitespace_
        commas = [i for i in range(k, stop) if doc[i].text == ","]
        if not at_end or stop - commas[-1] > 6 or stop == commas[-1] + 1:
            return None
        hits = [e for e in self.gazetteer.lookup(doc[commas[-1] + 1:stop].text)
                if e.kind != "person"]
        return hits[0] if len(hits) == 1 else None

    def _country_in(self, words: Span | list[Token]) -> str | None:
        """The first state the words name by demonym, name or capital ("Libyan", "Russia's",
        "Kyiv's")."""
        for token in words:
            if token.i + 2 < len(token.doc) and token.doc[token.i + 1].text == "-" and \
                    token.doc[token.i + 2].lower_ in ("based", "born"):
                continue  # "a Washington-based developer": where, not whose
            form = normalise_form(token.text)
            state = self.gazetteer.demonyms.get(form)
            hits = [e for e in self.gazetteer.lookup(form) if e.kind == "state"] \
                if token.text[:1].isupper() else []
            if state or len(hits) == 1:
                return state or hits[0].name
        return None

    def _body_in(self, span: Span) -> Entry | None:
        """The first known organisation the span names ("the Russian Defence Ministry", "the
        European Commission"); a state's own ministries come from the NER entity's text."""
        doc = span.doc
        for ent in doc.ents:
            if ent.start < span.start or ent.end > span.end or ent.label_ not in ("ORG", "NORP"):
                continue
            hits = [e for e in self.gazetteer.lookup(ent.text) if e.kind == "organization"]
            owned = [t.i for t in ent if t.text in ("'s", "’s")]
            if not hits and owned and owned[-1] + 1 < ent.end:
                # "Israel’s Mossad" tagged as one name: the body after its owner
                hits = [e for e in self.gazetteer.lookup(doc[owned[-1] + 1:ent.end].text)
                        if e.kind == "organization"]
            if len(hits) == 1:
                return hits[0]
        # a body's name the tagger did not mark ("the head of Israel’s Mossad")
        for token in span:
            if token.text[:1].isupper() and token.pos_ == "PROPN":
                body = self._body_named_at(doc, token.i)
                if body is not None and token.i + len(body.name.split()) <= span.end:
                    return body
        return None

    def _is_place_or_org(self, text: str) -> bool:
        return any(e.kind != "person" and not _acronym_only(e, text)
                   for e in self.gazetteer.lookup(text)) or \
            normalise_form(text) in self.outlets or \
            self.gazetteer.demonyms.get(normalise_form(text)) is not None

    # ------------------------------------------------------------------ gazetteer forms
    def _gazetteer_forms(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        spans = [Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)]
        found: list[ActorMention] = []
        for span in filter_spans(spans):
            if any(t.i in taken for t in span):
                continue
            compound = self._compound_demonym(doc, span.start, span.end, taken)
            if compound is not None:
                found.append(compound)
                continue
            if _generic_word_inside_a_name(span):
                continue  # "the Women’s Refugee Commission" is not the European Commission
            if re.match(r"-(?:based|born|headquartered)\b", doc_text(doc)[span.end_char:]):
                continue  # "Islamabad-based diplomats": where they sit, not whose they are
            # people are found with their titles in _people; here only states and bodies
            surface = _undotted(span.text)
            # ("Kremlin": the seat itself rather than the state it stands for)
            entries = prefer_named([e for e in self.gazetteer.lookup(surface)
                                    if e.kind != "person"], span.text)
            if len(entries) > 1:
                # "Russia's Security Council", "Ukraine's Defence Ministry": the owner named
                # just before picks its own body among the readings
                owner = self._possessive_state_before(doc, span.start)
                owned = [e for e in entries if owner is not None and e.country == owner]
                states = [e for e in entries if e.kind == "state"]
                seat_body = self._seat_body(doc, entries) if len(states) == 1 else None
                if len(states) == 1 and not owned and span.start > 0 and \
                        doc[span.start - 1].lower_ in PLACE_PREPOSITIONS:
                    owned = states  # "met in Brussels": the city, whatever sits there
                    if seat_body is not None and _locates_officials(span):
                        owned = [seat_body]  # "officials in Brussels said": the body's
                elif len(states) == 1 and not owned and seat_body is not None and \
                        span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
                    # "She urged Brussels to release the funds" beside the European
                    # Commission: the one body seated there that the article names
                    owned = [seat_body]
                entries = owned if len(owned) == 1 else \
                    self._default_reading(doc, surface, entries, found)
            if len(entries) != 1:
                continue
            if not self._in_context(doc, surface):
                continue  # "the ECOWAS Commission President": no EU in the article
            foreign = self._foreign_body(doc, span, entries[0], surface, taken)
            if foreign is not None:
                found.append(foreign)
                continue
            if entries[0].kind == "state" and (_surname_of_a_person(span)
                                               or _first_name_of_a_person(span)
                                               or self._opens_a_two_word_name(span)):
                continue  # "Lisa O. Monaco", "President Chad Griffin": a name, not the state
            if span.text == "Washington" and span.end < len(doc) and (
                    doc[span.end].lower_ == "state" or _bare(doc[span.end]) in
                    {"gov", "governor", "lt", "sen", "senator", "rep", "attorney"}):
                continue  # "Washington state", "Washington Gov. Jay Inslee": the US state
            if entries[0].kind == "state" and normalise_form(span.text) in \
                    {normalise_form(c) for c in entries[0].capitals} and \
                    _city_names_a_thing(doc, span.end):
                continue  # "the Minsk agreements", "the Copenhagen shooting": the city itself
            if entries[0].kind == "state" and _opens_a_feature_name(span):
                continue  # "the Korean Peninsula", "the Taiwan Strait": a place, no party
            if span.text == "America" and span.start > 0 and (
                    doc[span.start - 1].text in AMERICAS or doc[span.start - 1].lower_ == "of"):
                continue  # "Latin America", "Bank of America": not the United States
            if entries[0].kind == "state" and _state_opens_a_body_name(span):
                continue  # "the United States Conference of Mayors": a body of its own
            if entries[0].kind == "state" and _locates_people_outside_government(span):
                continue  # "Opposition lawmakers in Tokyo", "diplomats in Ankara": no state
            if len(span) == 1 and span.text in US_POSTAL_CODES and span.start > 0 and \
                    doc[span.start - 1].text == ",":
                continue  # "Richmond, VA": a state of the union after its town, not a body
            if entries[0].kind == "organization" and _body_opens_a_longer_name(span):
                continue  # "the White House Correspondents' Association": another body
            if entries[0].kind == "organization" and self._body_closes_a_longer_name(span):
                continue  # "Iran's Supreme National Security Council", "Euro-Atlantic"
            if entries[0].kind == "state" and _state_closes_a_body_name(span):
                continue  # "the Communist Party of Nepal": a party, not the state
            if entries[0].kind == "organization" and span[0].ent_type_ == "PERSON" and \
                    span[0].ent_iob_ == "I" and _name_like(doc[span.start - 1]):
                continue  # "Michael Bloomberg": a person's surname, not the news agency
            if entries[0].kind != "person" and span.start > 0 and \
                    _bare(doc[span.start - 1]) in HONORIFICS:
                continue  # "Mr. Bloomberg": a person, whatever body bears the name
            start = span.start_char
            if span.start > 0 and doc[span.start - 1].lower_ == "the":
                start = doc[span.start - 1].idx
            found.append(ActorMention(actor=entries[0].name, start=start, end=span.end_char,
                                      text=doc_text(doc)[start:span.end_char], how="gazetteer"))
            taken.update(range(span.start, span.end))
        return found

    def _dateline_places(self, doc: Doc) -> set[int]:
        """The tokens of a dateline's place in capitals ("JERUSALEM —", "NUSA DUA, Indonesia
        -"): where the reporter filed from, no actor. (The steps that use a dateline's capital
        to tell whose "Foreign Ministry" is meant read the text itself.)"""
        skip: set[int] = set()
        text = doc_text(doc)
        for match in DATELINE.finditer(text):
            if any(e.kind == "organization" for e in self.gazetteer.lookup(match.group("place"))):
                continue  # "NATO - the alliance said": a body's acronym, no place
            span = doc.char_span(match.start("place"), match.end("place"),
                                 alignment_mode="expand")
            if span is not None:
                skip.update(range(span.start, span.end))
        return skip

    def _body_closes_a_longer_name(self, span: Span) -> bool:
        """A known body's name that ends a longer one ("Supreme National Security Council" is
        not the US "National Security Council") or the second half of a hyphenated word
        ("Euro-Atlantic" is no mention of The Atlantic): the word before it belongs to the same
        name, unless it is a state, a person, a title or a name of its own ("Russia-NATO
        talks", "the Trump White House")."""
        doc = span.doc
        if span.start == 0:
            return False
        before = doc[span.start - 1]
        if before.text in ("-", "‐") and not before.whitespace_ and span.start >= 2 and \
                not doc[span.start - 2].whitespace_ and doc[span.start - 2].is_alpha and \
                doc[span.start - 2].text[:1].isupper():  # (not "pro-NATO", "now-GOP")
            word = doc[span.start - 2]
            return not (self.gazetteer.lookup(word.text) or
                        self.gazetteer.demonyms.get(normalise_form(word.text)))
        opener = before.i > 0 and doc[before.i - 1].text in ("“", '"', "‘", "'", "(", "—", "–")
        # (a one-word party name after a body's name is its members: "Senate Finance
        # Committee Democrats")
        return len(span) > 1 and before.is_alpha and before.text[:1].isupper() and not before.is_sent_start and \
            not opener and not before.is_stop and before.i not in self._headline_words and \
            before.lower_ not in (TITLE_WORDS - NAME_OPENING_TITLE_WORDS) | STATE_ARM_WORDS | \
            {"the"} and before.ent_type_ not in ("GPE", "NORP", "PERSON") and \
            not self.gazetteer.lookup(before.text) and \
            not self.gazetteer.demonyms.get(normalise_form(before.text))

    def _unowned_ministries(self, doc: Doc, taken: set[int], before: list[ActorMention]
                            ) -> list[ActorMention]:
        """"MOSCOW - The Foreign Ministry said …": a ministry named without its state is
        the ministry of the state in sight (see _state_in_sight): the gazetteer's body when it
        has one ("Russian Foreign Ministry"), else one named by the state's demonym ("Iranian
        Foreign Ministry"); nothing when no single state is in sight."""
        found: list[ActorMention] = []
        for match in UNOWNED_MINISTRY.finditer(doc_text(doc)):
            span = doc.char_span(match.start(1), match.end(1))
            if span is None or any(t.i in taken for t in span):
                continue
            state = self._state_in_sight(doc, span.start, before + found)
            entry = self.gazetteer.entries.get(state or "")
            demonym = next(iter(entry.demonyms), None) if entry is not None else None
            if state is None or demonym is None:
                continue
            name = f"{demonym} {span.text}"
            known = [e for e in self.gazetteer.lookup(name) if e.country == state]
            found.append(ActorMention(actor=known[0].name if len(known) == 1 else name,
                                      start=match.start(), end=match.end(),
                                      text=match.group(0), how="gazetteer"))
            taken.update(range(span.start, span.end))
        return found

    def _foreign_body(self, doc: Doc, span: Span, entry: Entry, surface: str, taken: set[int]
                      ) -> ActorMention | None:
        """"the Nigerian Senate", "Kenya's Parliament": a generic body's name (one the
        gazetteer lists as ambiguous, read by default as one state's body) owned by another
        state is that state's body, named by its demonym; so is a bare "the Senate" under a
        dateline from another state ("ABUJA - The Senate …"), for forms read by country."""
        key = normalise_form(surface)
        if entry.kind != "organization" or entry.country is None or \
                key not in self.gazetteer.defaults:
            return None
        start = span.start
        owner: str | None = None
        for width in (2, 1):  # ("the South Korean National Assembly": a two-word demonym)
            if start - width >= 0 and all(doc[i].text[:1].isupper() and i not in taken
                                          for i in range(start - width, start)):
                owner = self.gazetteer.demonyms.get(normalise_form(doc[start - width:start].text))
                if owner is not None:
                    start -= width
                    break
        if owner is None:
            owner = self._possessive_state_before(doc, span.start)
        if owner is None and key in self.gazetteer.by_country:
            # (only when the article is about the dateline's state far more than about the
            # default's: a Beijing dateline over a story of a US visit keeps "Congress" the US one)
            owner = self._dateline_state(doc)
            if owner is not None and self._times_named(doc, owner) <= \
                    2 * self._times_named(doc, entry.country):
                owner = None
        state = self.gazetteer.entries.get(owner or "")
        if state is None or owner == entry.country or not state.demonyms:
            return None
        taken.update(range(start, span.end))
        name = f"{next(iter(state.demonyms))} {surface.removeprefix('the ').strip()}"
        begin = doc[start].idx if start < span.start else span.start_char
        return ActorMention(actor=name, start=begin, end=span.end_char,
                            text=doc_text(doc)[begin:span.end_char], how="ner")

    def _seat_body(self, doc: Doc, entries: list[Entry]) -> Entry | None:
        """The one body among a seat's readings ("Brussels": the EU, NATO) that the article
        names by a name of its own, an EU institution counting as the EU; else None."""
        text = doc_text(doc)
        named = []
        for entry in entries:
            if entry.kind != "organization":
                continue
            names = [entry.name, *entry.aliases]
            if entry.name == EU:
                names += ["European Commission", "European Council", "European Parliament"]
            if any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)
                   for n in names if n[:1].isupper()):
                named.append(entry)
        return named[0] if len(named) == 1 else None

    def _in_context(self, doc: Doc, surface: str) -> bool:
        """Whether the article names the actor an ambiguous form needs ("the Commission"
        needs the EU, "the Alliance" NATO) by any of its names; True for other forms."""
        needed = self.gazetteer.entries.get(self.gazetteer.contexts.get(normalise_form(surface), ""))
        if needed is None:
            return True
        names = [n for n in (needed.name, *needed.aliases) if normalise_form(n) !=
                 normalise_form(surface)]
        text = doc_text(doc)
        return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in names)

    def _dateline_state(self, doc: Doc) -> str | None:
        """The state whose capital the dateline names ("MOSCOW -"), else None."""
        place = self._dateline_place(doc)
        if place is None:
            return None
        # (a capital first, else a listed city: "LAGOS -")
        return self._capital_state(place) or self.gazetteer.state_of_city(place)

    def _dateline_place(self, doc: Doc) -> str | None:
        """The place the dateline names ("MOSCOW -" gives "Moscow"), else None."""
        dateline = DATELINE.search(doc_text(doc)[:DATELINE_REACH])
        return dateline.group("place").title() if dateline else None

    def _capital_state(self, place: str) -> str | None:
        """The one state whose capital ``place`` is, else None."""
        hits = [e for e in self.gazetteer.lookup(place)
                if e.kind == "state" and place in e.capitals]
        return hits[0].name if len(hits) == 1 else None

    def _state_in_sight(self, doc: Doc, start: int, before: list[ActorMention]) -> str | None:
        """The state whose body an unowned "the Foreign Ministry" at token ``start`` is: the
        one the dateline's capital names ("MOSCOW -"), else the only state named in its own
        sentence or the one before it; None when no single state is in sight."""
        place = self._dateline_place(doc)
        capital = self._capital_state(place) if place is not None else None
        if capital is not None:
            return capital
        sentence = doc[start].sent
        opening = sentence.start
        if opening > 0:
            opening = doc[opening - 1].sent.start
        states = {m.actor for m in before
                  if doc[opening].idx <= m.start < doc[start].idx and self._is_state(m.actor)}
        return states.pop() if len(states) == 1 else None

    def _opens_a_two_word_name(self, span: Span) -> bool:
        """A one-word state that the tagger reads as the first name of a two-word person
        ("said Chad Bown, an economist"), when the second word is no gazetteer person ("Ukraine
        Zelensky" in a headline keeps its state)."""
        doc = span.doc
        if len(span) != 1 or span[0].ent_type_ != "PERSON" or span[0].ent_iob_ != "B" or \
                span.end >= len(doc):
            return False
        after = doc[span.end]
        if after.ent_iob_ != "I" or (span.end + 1 < len(doc) and doc[span.end + 1].ent_iob_ == "I"):
            return False
        return _name_like(after) and after.pos_ == "PROPN" and \
            after.lower_ not in STATE_NOUNS and not self.gazetteer.people_named([after.text]) \
            and not self.gazetteer.lookup(after.text)

    def _halves_of_korea(self, doc: Doc, taken: set[int], known: list[ActorMention]
                         ) -> list[ActorMention]:
        """"the North", "the South": news on Korea shortens the two states so once it has
        named them. "The North" needs North Korea named; "the South" needs both (alone it is
        more often a region of the United States). Not "the North Atlantic"."""
        named = {m.actor for m in known}
        found = []
        for match in KOREA_HALF.finditer(doc_text(doc)):
            state = f"{match.group(1).capitalize()} Korea"
            if state not in named or state == "South Korea" and "North Korea" not in named:
                continue
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(t.i in taken for t in span):
                continue
            found.append(ActorMention(actor=state, start=match.start(), end=match.end(),
                                      text=match.group(0), how="gazetteer"))
            taken.update(t.i for t in span)
        return found

    def _possessive_state_before(self, doc: Doc, start: int) -> str | None:
        """The state named in the possessive just before token ``start`` ("Russia's")."""
        if start < 2 or doc[start - 1].text not in ("'s", "’s", "'", "’"):
            return None
        hits = [e for e in self.gazetteer.lookup(doc[start - 2].text) if e.kind == "state"]
        return hits[0].name if len(hits) == 1 else None

    def _default_reading(self, doc: Doc, surface: str, entries: list[Entry],
                         before: list[ActorMention]) -> list[Entry]:
        """"Security Council members": a form that names several bodies is the one of them the
        article named last ("Russia's Security Council" … "the Security Council"); else the
        gazetteer's default reading, unless the article names another of them in full (then it
        stays undecided rather than guessed)."""
        names = {e.name for e in entries}
        # (by a name of its own: an earlier "in Brussels" read as the city decides nothing)
        named = [m.actor for m in before if m.actor in names
                 and not (self._is_state(m.actor)
                          and normalise_form(m.text) == normalise_form(surface))]
        if named:
            return [self.gazetteer.entries[named[-1]]]
        default = self.gazetteer.defaults.get(normalise_form(surface))
        if default is None or default not in names:
            return entries
        text = doc_text(doc).casefold()
        if any(e.name != default and e.name.casefold() in text for e in entries):
            return entries
        if normalise_form(surface) in self.gazetteer.by_country:
            # "the Congress" in news about India is India's party, not the US Congress: the
            # reading whose state the article names more often than the default's
            counts = {e.name: self._times_named(doc, e.country) for e in entries}
            best = max(entries, key=lambda e: counts[e.name])
            if counts[best.name] > counts[default]:
                return [best]
        return [self.gazetteer.entries[default]]

    def _times_named(self, doc: Doc, state: str | None) -> int:
        """How often the text names ``state`` by its name, an alias, its capital or its
        demonym (exact case, whole words)."""
        entry = self.gazetteer.entries.get(state or "")
        if entry is None:
            return 0
        forms = {f for f in (entry.name, *entry.aliases, *entry.capitals, *entry.demonyms)
                 if f[:1].isupper()}
        pattern = r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in
                                              sorted(forms, key=len, reverse=True)) + r")(?!\w)"
        return len(re.findall(pattern, doc_text(doc)))

    def _compound_demonym(self, doc: Doc, start: int, end: int, taken: set[int]
                          ) -> ActorMention | None:
        """"South Korean", "South Sudanese", "Saudi Arabian": a demonym of several words,
        one of which is a demonym or an ambiguous form of its own, is the longer one's state,
        and all its words are claimed with it."""
        for first, last in ((start - 2, end), (start - 1, end), (start, end + 1)):
            if first < 0 or last > len(doc) or (first, last) == (start, end) or \
                    any(i in taken for i in range(first, last)) or \
                    not all(doc[i].text[:1].isupper() and doc[i].lower_ != "the"
                            for i in range(first, last)):
                continue
            country = self.gazetteer.demonyms.get(normalise_form(doc[first:last].text))
            if country is None:
                continue
            span = doc[first:last]
            taken.update(range(first, last))
            return ActorMention(actor=country, start=span.start_char, end=span.end_char,
                                text=span.text, how="demonym")
        return None

    def _demonyms(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        found = []
        for token in doc:
            if token.i in taken or not token.text[:1].isupper():
                continue
            compound = self._compound_demonym(doc, token.i, token.i + 1, taken)
            if compound is not None:
                found.append(compound)
                continue
            country = self.gazetteer.demonyms.get(normalise_form(token.text))
            if country and (_opens_a_body_name(token) or _inside_a_body_name(token)):
                # "the Syrian National Council", "the Center for American Progress": the body,
                # found with the NER's bodies
                continue
            if country and token.i + 1 < len(doc) and \
                    doc[token.i + 1].lower_ in GEOGRAPHIC_FEATURES:
                continue  # "the Indian Ocean", "the Korean Peninsula": a place, not the state
            if country and _names_a_language_or_origin(doc, token.i):
                continue
            if country and token.i > 0 and doc[token.i - 1].text in REGION_WORDS:
                continue  # "South American presidents", "Latin American": a region, no state
            if country:
                found.append(ActorMention(actor=country, start=token.idx,
                                          end=token.idx + len(token), text=token.text,
                                          how="demonym"))
                taken.add(token.i)
        return found

    def _european_side(self, doc: Doc, taken: set[int], known: list[ActorMention],
                       day: str | None) -> list[ActorMention]:
        """"the European side" (a readout's word for a party) is the EU when the article names
        the EU, one of its bodies or someone holding an office there; else no one ("European"
        alone may be any of Europe's states)."""
        def of_the_eu(name: str) -> bool:
            return name == EU or name.startswith("European ")

        def names_the_eu(m: ActorMention) -> bool:
            entry = self.gazetteer.entries.get(m.actor)
            if entry is None:
                return False
            if entry.kind == "person":
                return any(r.active_on(day) and of_the_eu(r.of) for r in entry.roles)
            return entry.kind == "organization" and of_the_eu(entry.name)

        found: list[ActorMention] = []
        for token in doc[1:-1]:
            if token.text == "European" and token.i not in taken and \
                    doc[token.i + 1].lower_ == "side" and doc[token.i - 1].lower_ == "the" and \
                    EU in self.gazetteer.entries and any(names_the_eu(m) for m in known):
                found.append(ActorMention(actor=EU, start=token.idx, end=token.idx + len(token),
                                          text=token.text, how="demonym"))
                taken.add(token.i)
        return found

    def _paired_names(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        """"Putin/Biden", "Biden-Putin talks": two known surnames joined by a slash or hyphen
        are two mentions, even without titles."""
        out = []
        for match in PAIRED.finditer(doc_text(doc)):
            hits = [self.gazetteer.people_named([match.group(k)]) for k in (1, 2)]
            if not all(len(h) == 1 for h in hits):
                continue
            for k, found in zip((1, 2), hits, strict=True):
                span = doc.char_span(match.start(k), match.end(k), alignment_mode="expand")
                if span is None or any(t.i in taken for t in span):
                    continue
                out.append(ActorMention(actor=found[0].name, start=match.start(k),
                                        end=match.end(k), text=match.group(k), how="person"))
                taken.update(t.i for t in span)
        return out

    def _people_mentions(self, doc: Doc, people: list[PersonFound]) -> list[ActorMention]:
        """One mention per person name; "the Biden administration" and "the Lukashenko regime"
        stand for the leader's state rather than the person."""
        out = []
        for p in people:
            if not p.actor:
                continue
            span = doc[p.name_start:p.name_end]
            nxt = doc[p.name_end] if p.name_end < len(doc) else None
            entry = self.gazetteer.entries.get(p.actor)
            if nxt is not None and nxt.lower_ in STATE_NOUNS and entry and entry.country:
                out.append(ActorMention(actor=entry.country, start=span.start_char,
                                        end=nxt.idx + len(nxt), text=doc_text(doc)[span.start_char:
                                                                              nxt.idx + len(nxt)],
                                        how="metonym"))
                continue
            # the mention is the whole noun phrase, title included ("Secretary of Defense
            # Lloyd J. Austin III"), so an office inside the title does not hide the person
            start = doc[p.start].idx if p.title else span.start_char
            out.append(ActorMention(actor=p.actor, start=start, end=span.end_char,
                                    text=doc_text(doc)[start:span.end_char], how="person"))
        return out

    def _state_descriptions(self, doc: Doc, people: list[PersonFound], taken: set[int]
                            ) -> list[ActorMention]:
        """"the South Carolina senator", "the Kentucky Republican": the one person the article
        gives that home state ("Sen. Lindsey Graham (R-S.C.)", "Sen. Rand Paul of Kentucky",
        "Ohio Gov. John Kasich"), of that party when the description names one."""
        text = doc_text(doc)
        homes: dict[str, dict[str, str | None]] = {}  # state → {person: party letter}
        for p in people:
            if not p.actor or p.name_end <= p.name_start:
                continue
            after = text[doc[p.end - 1].idx + len(doc[p.end - 1]):][:40]
            party: str | None = None
            state: str | None = None
            stated = PARTY_AND_STATE.match(after)
            if stated:
                party = stated.group("party")
                state = US_STATE_BY_ABBREVIATION.get(stated.group("state")) or (
                    stated.group("state") if stated.group("state") in US_STATES else None)
            elif (home := HOME_STATE.match(after)) is not None:
                state = home.group("state")
            elif (ahead := STATE_AHEAD.search(text, max(0, doc[p.start].idx - 40),
                                              doc[p.start].idx)) is not None:
                state = ahead.group("state")  # "Ohio Gov. John Kasich"
            elif p.title and (named := STATE_NAME.search(p.title)) is not None:
                state = named.group("state")
            if state:
                homes.setdefault(state, {})[p.actor] = party
        if not homes:
            return []
        out = []
        for match in STATE_DESCRIPTION.finditer(text):
            holders = homes.get(match.group("state"), {})
            word = (match.group("party") or match.group("noun")).casefold()
            wanted = PARTY_LETTERS.get(word)
            if wanted:
                holders = {name: p for name, p in holders.items() if p in (wanted, None)}
            if len(holders) != 1:
                continue  # no one, or several people, from that state: no guess
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(t.i in taken for t in span):
                continue
            out.append(ActorMention(actor=next(iter(holders)), start=match.start(),
                                    end=match.end(), text=match.group(), how="title"))
            taken.update(t.i for t in span)
        return out

    def _the_house(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        """"the House voted", "seats in the House": in American news the House of
        Representatives (the gazetteer cannot list "House" alone: "White House", "Chatham
        House"). Not inside a longer name ("House Oversight Committee"). Also "on the Hill"
        for Congress."""
        if self._home_country(doc) != "United States" or \
                "US House of Representatives" not in self.gazetteer.entries:
            return []
        found = []
        for token in doc:
            actor = self._congress_word(doc, token, taken)
            if actor is None:
                continue
            opener = _house_opener(doc, token.i)
            start = doc[opener].idx if opener is not None else token.idx
            end = token.idx + len(token)
            found.append(ActorMention(actor=actor, start=start, end=end,
                                      text=doc_text(doc)[start:end], how="gazetteer"))
            taken.update((token.i - 1, token.i) if actor == "US Congress" else (token.i,))
        return found

    def _congress_word(self, doc: Doc, token: Token, taken: set[int]) -> str | None:
        """The chamber "the House" names, or Congress for "on the Hill" (The Hill reporting
        is the newspaper); None for any other token."""
        if token.i < 1 or token.i in taken:
            return None
        if token.text == "House" and doc[token.i - 1].lower_ != "the" and \
                _house_opener(doc, token.i) is None:
            return None
        if token.text != "House" and doc[token.i - 1].lower_ != "the":
            return None
        if token.text == "Hill":
            if token.i >= 2 and doc[token.i - 2].lower_ in ("on", "to", "from", "across", "up") \
                    and "US Congress" in self.gazetteer.entries:
                return "US Congress"
            return None
        if token.text != "House" or token.ent_type_ in ("FAC", "WORK_OF_ART"):
            return None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and (after.text[:1].isupper() or after.lower_ == "of"):
            return None
        return "US House of Representatives"

    # ------------------------------------------------------------------ roles
    def _home_country(self, doc: Doc) -> str:
        code = None
        outlet = doc._.outlet
        if outlet:
            code = _outlet_countries().get(normalise_form(outlet))
        url = doc._.url or ""
        if code is None and url:
            host = re.sub(r"^[a-z]+://", "", url).split("/")[0]
            code = next((c for suffix, c in URL_COUNTRIES.items() if host.endswith(suffix)), None)
        if code is None:
            return self.config.home_country
        return self.gazetteer.codes.get(code) or FALLBACK_CODES.get(code, self.config.home_country)

    def _state_led_by_owner(self, match: re.Match[str], known: list[ActorMention],
                            day: str | None) -> str | None:
        """The state the owner of a role phrase leads on the day, when the owner was read as a
        gazetteer person who is its head of state or government then ("Obama's"); None for
        anyone else ("Clinton's spokesman": whoever serves her, unknown here)."""
        if not day:
            return None
        for m in known:
            entry = self.gazetteer.entries.get(m.actor)
            if m.start <= match.start("who") < m.end and entry is not None and \
                    entry.kind == "person":
                states = {r.of for r in entry.roles
                          if r.role in LEADING_ROLES and r.active_on(day)}
                return states.pop() if len(states) == 1 else None
        return None

    def _only_monarch(self, role_word: str, day: str, home: str) -> str | None:
        """"the Queen" with no country: the queen (or king) of the home country that day,
        else the one reigning over most realms, which English-language news means by "the
        Queen" (Elizabeth II, queen of the United Kingdom, Canada and Australia)."""
        gender = "f" if role_word == "queen" else "m"
        realms = {e.name: {r.of for r in e.roles if r.role == "monarch" and r.active_on(day)}
                  for e in self.gazetteer.entries.values()
                  if e.kind == "person" and (e.gender or "")[:1] == gender}
        realms = {name: states for name, states in realms.items() if states}
        at_home = [name for name, states in realms.items() if home in states]
        if len(at_home) == 1:
            return at_home[0]
        ranked = sorted(realms, key=lambda n: -len(realms[n]))
        if len(ranked) == 1 or len(ranked) > 1 and \
                len(realms[ranked[0]]) > len(realms[ranked[1]]):
            return ranked[0]
        return None

    def _role_home(self, doc: Doc, known: list[ActorMention]) -> str:
        """Whose "the president" a bare role is: the outlet's country when known; else the
        default home, unless the article never names it and is about another state (an
        update on Egypt: "the president" is Egypt's), then the state it names most. A
        dateline's state the text names far more often than the home ("LAGOS -" over a story
        of Nigeria) comes first, whatever the outlet, as for "the Senate"."""
        home = self._home_country(doc)
        dateline = self._dateline_state(doc)
        if dateline is not None and dateline != home and \
                self._times_named(doc, dateline) > 2 * self._times_named(doc, home):
            return dateline
        if doc._.outlet or doc._.url:
            return home
        states = Counter(m.actor for m in known if self._is_state(m.actor))
        for m in known:
            entry = self.gazetteer.entries.get(m.actor)
            if entry is not None and entry.kind != "state" and entry.country:
                states[entry.country] += 1
        if states and states[home] == 0:
            return states.most_common(1)[0][0]
        return home

    def _is_state(self, name: str) -> bool:
        entry = self.gazetteer.entries.get(name)
        return entry is not None and entry.kind == "state"

    def _holder(self, role: str, of: str | None, day: str | None, named: set[str]) -> str | None:
        """Who held ``role`` of ``of`` (a state, or a body of that state such as the White
        House) on ``day``; without a day, a holder the article names."""
        for where in self._bodies_of(of):
            holder = self._holder_of(role, where, day, named)
            if holder:
                return holder
        return None

    def _bodies_of(self, of: str | None) -> list[str | None]:
        if of is None:
            return [None]
        return [of, *sorted(e.name for e in self.gazetteer.entries.values()
                            if e.kind == "organization" and e.country == of)]

    def _holder_of(self, role: str, of: str | None, day: str | None, named: set[str]
                   ) -> str | None:
        roles = LEADER_ROLES if role == "president" else \
            HEAD_OF_GOVERNMENT_ROLES if role == "head_of_government" else (role,)
        for candidate in roles:
            if day is not None:
                # a post several hold at once (a ministry's spokespeople): the one the
                # article names ("spokeswoman Mao Ning … the Chinese spokeswoman")
                sharing = [e.name for e in self.gazetteer.holders(candidate, of)
                           if e.name in named and any(
                               r.role == candidate and (of is None or r.of == of)
                               and r.active_on(day) for r in e.roles)]
                if len(sharing) == 1:
                    return sharing[0]
                entry = self.gazetteer.office_holder(candidate, of, day)
                if entry is not None:
                    return entry.name
                continue
            holders = self.gazetteer.holders(candidate, of)
            for entry in holders:
                if entry.name in named:
                    return entry.name
        if day is None:
            # no date: the holder in the era of the office holders the article names
            # (Biden and Putin named → "the foreign minister" is Blinken, not today's), else
            # the only holder of the state's office in the gazetteer's period; several and no
            # era → unresolved
            era = self._era(named)
            if era is not None:
                entry = self.gazetteer.office_holder(roles[0], of, era)
                return entry.name if entry is not None else None
            if of is not None and self.gazetteer.entries.get(of, None) is not None and \
                    self.gazetteer.entries[of].kind == "state":
                recent = [e for e in self.gazetteer.holders(roles[0], of)
                          if any(r.role == roles[0] and (r.end is None or r.end >= GAZETTEER_FROM)
                                 for r in e.roles)]
                return recent[0].name if len(recent) == 1 else None
        return None

    def _era(self, named: set[str]) -> str | None:
        """A day when every office holder the article names held one of their posts: the
        middle of the latest such stretch; None when they name none or never overlap."""
        stretches: list[tuple[str, str]] | None = None
        for name in sorted(named):
            entry = self.gazetteer.entries.get(name)
            terms = [(r.start, r.end or self.gazetteer.as_of)
                     for r in (entry.roles if entry is not None else []) if r.start]
            if not terms:
                continue
            if stretches is None:
                stretches = terms
                continue
            stretches = [(max(a, c), min(b, d)) for a, b in stretches for c, d in terms
                         if max(a, c) <= min(b, d)]
        if not stretches:
            return None
        low, high = max(stretches, key=lambda s: s[1])
        first, last = date.fromisoformat(low), date.fromisoformat(high)
        return (first + (last - first) / 2).isoformat()

    def _roles(self, doc: Doc, day: str | None, known: list[ActorMention], taken: set[int],
               people: list[PersonFound]) -> list[ActorMention]:
        found: list[ActorMention] = []
        named = {p.actor for p in people} | {m.actor for m in known}
        home = self._role_home(doc, known)
        text = doc_text(doc)
        found.extend(self._elect_roles(doc, people, taken))
        for first in ROLE_PHRASE.finditer(text):
            who_word = first.group("who")
            glued = list(GLUED_SENTENCE_END.finditer(who_word or ""))
            if glued:
                # "against Ukraine.The Secretary": a sentence end with no space after it; the
                # role phrase starts after the period
                again = ROLE_PHRASE.match(text, first.start("who") + glued[-1].end())
                if again is None:
                    continue
                first = again
                who_word = first.group("who")
            opener = re.match(r"(\w+)\s+(?=\S)", who_word or "")
            if opener and opener.group(1).casefold() in SENTENCE_OPENERS:
                # "When France's president": a conjunction opening the sentence is no part
                # of the owner; read again from the word after it
                again = ROLE_PHRASE.match(text, first.start("who") + opener.end())
                if again is None:
                    continue
                first = again
                who_word = first.group("who")
            lower_word = re.search(r"(?:^|\s)([a-z]\S*)", who_word or "")
            if who_word and who_word[:1].isupper() and lower_word:
                # "Monday the Queen": the pattern ignores case, so a lower-case word ended up
                # inside the owner; read again from "the" (or from the word after another)
                offset = lower_word.start(1) + (0 if lower_word.group(1) == "the"
                                                 else len(lower_word.group(1)) + 1)
                again = ROLE_PHRASE.match(text, first.start("who") + offset)
                if again is None:
                    continue
                first = again
                who_word = first.group("who")
            match = first
            if who_word and (not who_word[:1].isupper() or re.search(r"\.(?:\s|$)", who_word)) \
                    and not DOTTED_ACRONYM.fullmatch(who_word) \
                    and who_word.casefold() not in ROLE_WORDS:  # "the U.N. …", "the president's …"
                # the pattern ignores case and crosses sentence ends, so "war. The Secretary"
                # or "Monday. The Secretary" offered the word before as the owner: read again
                # from the word after it
                start = first.start("who") + len(who_word.split()[0])
                start += len(text[start:]) - len(text[start:].lstrip(" ."))
                again = ROLE_PHRASE.match(text, start)
                if again is None:
                    continue
                match = again
            role_word = match.group("role").casefold()
            if match.group("top") and role_word == "diplomat":
                role_word = "top diplomat"
            role = ROLE_WORDS.get(role_word)
            if role is None:
                continue
            if re.search(r"\b(?:an?|one|another|some)\s+$", text[max(0, first.start() - 9):
                                                                first.start()], re.IGNORECASE):
                continue  # "a Kremlin spokesman": one of several, unnamed
            if OFFICE_OF.search(text, max(0, match.start() - 20), match.start()):
                continue  # "the Office of the President": an institution, not its holder
            if re.search(r"\b(?:former|ex|then|late)\b",
                         text[first.start():match.start("role")], re.IGNORECASE) or \
                    re.search(r"\b(?:former|ex|then|late)[\s-]+$", text[:first.start()][-12:],
                              re.IGNORECASE):
                continue  # "the former Mexican president": not the one in office on the day
            if re.search(r"\b(?:deputy|assistant|associate|under|lieutenant|lt)[\s.-]+$",
                         text[max(0, first.start() - 12):match.start("role")], re.IGNORECASE):
                continue  # "the US Deputy Secretary of State": a lesser office, not its holder
            if re.match(r"\s+and\s+(?:chairman|chairwoman|chief|ceo|founder|owner|publisher)\b",
                        text[match.end():], re.IGNORECASE):
                continue  # "the president and chairman of the board": a company's officer
            if re.search(r"\bas\s+(?:the\s+)?$", text[max(0, first.start() - 8):first.start()],
                         re.IGNORECASE) and _predicative_as(doc, first.start()):
                continue  # "went to Pyongyang as CIA director": the post someone held, no holder
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            # "President Obama's national security adviser": an office of the state the owner
            # leads on the day
            led = self._state_led_by_owner(match, known, day) if match.group("who") else None
            owner_read = match.group("who") and (led is not None or
                                                 self._owner_already_read(match, known))
            if owner_read and span is not None:
                # "Britain's prime minister": the state is its own mention; the role is the
                # words after it
                span = doc.char_span(match.start("role"), match.end(), alignment_mode="expand")
            if span is None or any(t.i in taken for t in span):
                continue
            if ELECT.match(text, match.end()):
                continue  # "the president-elect": read in _elect_roles, never the sitting holder
            # "Ukraine's Ambassador to Germany Andrij Melnyk": the post is the one to that state
            # ("Ukraine's ambassador in Washington": the capital of the state posted to)
            posted_to = POSTED_TO.match(text[match.end():]) \
                if role_word in ("ambassador", "envoy") else None
            nxt = doc[span.end] if span.end < len(doc) else None
            if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.lower_ in ("of",)) and \
                    role_word not in ("president", "leader"):
                continue
            if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
                continue  # "President Duda": handled as a person
            if owner_read and _title_runs_into_a_name(doc, span.end):
                continue  # "UK Secretary of State for Defence Ben Wallace": a longer title
            who = match.group("who")
            of = None
            if led is not None:
                of = led
            elif who and who.casefold() in ROLE_WORDS:
                of = home  # "the president's press secretary": an office of the home country
            elif who:
                of = self.gazetteer.demonyms.get(normalise_form(who))
                if of is None:
                    surface = _undotted(who)
                    # "the White House press secretary": the seat, not the state
                    hits = prefer_named(self.gazetteer.lookup(surface), surface)
                    # "the U.N. secretary-general", "the Kremlin spokesman": a body's own
                    # office, under the name the gazetteer gives it; no office of that kind in
                    # the body, no guess (the country's spokesperson is someone else)
                    of = hits[0].country if len(hits) == 1 else None
                    if len(hits) == 1 and hits[0].kind == "person":
                        continue  # "Biden's press secretary": whoever serves him, unknown here
                    if len(hits) == 1 and hits[0].kind == "organization":
                        body_role = self._office_of_body(hits[0].name, role)
                        if body_role is None:
                            continue
                        role, of = body_role, hits[0].name
                if of is None and owner_read:
                    # "the North's leader": a state read under a short form of its own
                    of = next((m.actor for m in known if m.start <= match.start("who") < m.end
                               and self._is_state(m.actor)), None)

                if of is None:
                    continue  # "Fellows Program director": a role of something we do not know
            elif not match.group("det"):
                continue
            if nxt is not None and nxt.lower_ == "of" and any(
                    m.start >= nxt.idx and m.start - nxt.idx <= 8 and
                    self.gazetteer.entries.get(m.actor) is not None and
                    self.gazetteer.entries[m.actor].kind == "organization" for m in known):
                continue  # "the leader of NATO": a body's head, read in _body_heads
            if nxt is not None and nxt.lower_ == "of" and span.end + 1 < len(doc):
                hits = self.gazetteer.lookup(doc[span.end + 1].text)
                if len(hits) == 1 and hits[0].kind == "state":
                    of = hits[0].name
            if role_word in ("pope", "pontiff"):
                of = "Holy See"  # the pope's realm, whatever the article's home country
            if role_word == "leader" and of in GOVERNMENT_LED_STATES:
                role = "head_of_government"  # "the German leader": the chancellor
            if role == "speaker":
                # "the speaker", "House Speaker": the US House's presiding officer, only in
                # an article about Congress (elsewhere a speaker is whoever gives a speech)
                if (of or home) != "United States" or not re.search(
                        r"\b(?:House|Congress|Capitol)\b", text):
                    continue
                role, of = "president", "US House of Representatives"
            holder = None
            if role_word == "top diplomat" and of is not None:
                # a state whose top diplomat is not its foreign minister (China's Wang Yi, who
                # heads the party's foreign affairs office): the gazetteer says so by a role
                holder = self._holder("top_diplomat", of, day, named)
            if holder is None and of is not None:
                holder = self._holder(role, of, day, named)
            elif holder is None:
                holder = self._recent_titled(role_word, match.start(), people, found)
                if holder is None and role_word in ("prime minister", "chancellor",
                                                    "foreign minister", "defence minister",
                                                    "defense minister"):
                    # (not a title one state uses: "the secretary of state" is American)
                    holder = self._nearby_holder(doc, role, match.start(), known, day)
                if holder is None and role_word == "president" and day:
                    holder = self._only_president_named(role, home, day, match.start(),
                                                        known, named, people)
                if holder is None and role in ("president", "prime_minister", "chancellor",
                                               "foreign_minister", "defence_minister"):
                    holder = self._holder(role, home, day, named)
                if holder is None and role != "president" and day:
                    # "the prime minister" where the home state has none: the one holder of
                    # the office on the day whom the article names ("Theresa May … the prime
                    # minister and her husband")
                    holding = {n for n in named if (e := self.gazetteer.entries.get(n)) and
                               any(r.role == role and r.active_on(day) for r in e.roles)}
                    holder = holding.pop() if len(holding) == 1 else None
                if holder is None and role == "monarch" and day:
                    holder = self._only_monarch(role_word, day, home)
            if holder and posted_to is not None:
                posts = {e.name for e in self.gazetteer.lookup(_undotted(posted_to.group(1)))
                         if e.kind in ("state", "organization")}
                if not any(r.to in posts for r in self.gazetteer.roles_of(holder, day)):
                    holder = None  # the holder the gazetteer knows serves elsewhere
            elif holder and role_word == "ambassador" and holder in self.gazetteer.entries:
                # a state has ambassadors everywhere: the one on file is meant only when the
                # article names where that one serves ("Ukraine's ambassador said" in an
                # article on Washington is not the ambassador to London)
                posts = {r.to for r in self.gazetteer.roles_of(holder, day) if r.to}
                if not posts & {m.actor for m in known}:
                    holder = None
            if holder:
                start = match.start("role") if owner_read else match.start()
                found.append(ActorMention(actor=holder, start=start, end=match.end(),
                                          text=text[start:match.end()], how="title"))
                taken.update(t.i for t in span)
        return found

    def _only_president_named(self, role: str, home: str, day: str, offset: int,
                              known: list[ActorMention], named: set[str],
                              people: list[PersonFound]) -> str | None:
        """"the president" in an article that never names the home state's president: the
        one president in office on the day named before it ("An Elysee spokeswoman said the
        president had raised …" in a story from Rome about Macron is Macron, not Italy's
        president), or the one person the text itself titles President before it whom the
        gazetteer does not know ("President Elena Varga of Moldavia … The President said"):
        the text's own title is the only word on that person's office."""
        home_holder = self._holder(role, home, day, set())
        if home_holder is None or home_holder in named:
            return None
        presidents = {m.actor for m in known if m.start < offset and any(
            r.role == "president" and self._is_state(r.of)
            for r in self.gazetteer.roles_of(m.actor, day))}
        presidents |= {p.actor for p in people if p.actor and p.char_start < offset
                       and p.actor not in self.gazetteer.entries
                       and self._titled_head_of_state(p.title)}
        return presidents.pop() if len(presidents) == 1 else None

    def _titled_head_of_state(self, title: str) -> bool:
        """"President", "Moldovan President": a state's president by the title alone; not
        "Vice President", nor a company's or a bank's ("Exxon President")."""
        words = title.split()
        if not words or words[-1].casefold() != "president":
            return False
        return all(self.gazetteer.demonyms.get(normalise_form(w)) is not None
                   for w in words[:-1])

    def _nearby_holder(self, doc: Doc, role: str, offset: int, known: list[ActorMention],
                       day: str | None) -> str | None:
        """"When Boris Johnson met Macron in 2022, the prime minister promised …": the latest
        person named in the phrase's sentence or the two before who held the office at some
        time the gazetteer covers up to the publication day (the article may look back; in
        2018 Johnson was not yet prime minister)."""
        here = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if here is None:
            return None
        first = here[0].sent.start
        for _ in range(2):
            if first > 0:
                first = doc[first - 1].sent.start
        lowest = doc[first].idx
        for m in sorted(known, key=lambda x: x.start, reverse=True):
            if not lowest <= m.start < offset:
                continue
            entry = self.gazetteer.entries.get(m.actor)
            if entry is None or entry.kind != "person":
                continue
            if any(r.role == role and (r.end is None or r.end >= GAZETTEER_FROM) and
                   (day is None or (r.start or "") <= day) for r in entry.roles):
                return entry.name
        return None

    def _owner_already_read(self, match: re.Match[str], known: list[ActorMention]) -> bool:
        """Is the owner in "Britain's prime minister", "the U.N. secretary-general" a name
        read already as its own mention? (A demonym, "the German chancellor", is part of the
        role phrase.)"""
        # (a person's "press secretary" or "adviser" is whoever serves that person: not read
        # here, where only the office's holder for a state or body is known)
        return any(m.start <= match.start("who") < m.end and m.how != "demonym"
                   and self.gazetteer.entries.get(m.actor) is not None
                   and self.gazetteer.entries[m.actor].kind != "person" for m in known)

    def _body_heads(self, doc: Doc, day: str | None, known: list[ActorMention],
                    taken: set[int], how: str = "gazetteer") -> list[ActorMention]:
        """"the head of the IAEA", "the IAEA chief": whoever held the body's top office on the
        day (Rafael Grossi); nothing when the body has several top offices or none. ``how``
        says which mentions name the body (its name, or a generic noun: "the alliance's
        chief")."""
        if day is None:
            return []
        text = doc_text(doc)
        found = []
        for body in (m for m in known if m.how == how):
            entry = self.gazetteer.entries.get(body.actor)
            if entry is None or entry.kind != "organization":
                continue
            before = re.search(rf"\b[Tt]he\s+(?:{BODY_HEAD_WORDS})\s+of\s+"
                               r"(?:[Tt]he\s+)?$", text[max(0, body.start - 30):body.start])
            after = re.match(r"(?:'s|’s)?\s+(?:chief|head|boss)\b", text[body.end:])
            # the person is the head noun; the body stays a mention of its own
            if before:
                start = body.start - len(before.group(0))
                head = re.search(rf"\s(?:{BODY_HEAD_WORDS})\b",
                                 before.group(0))
                end = start + (head.end() if head is not None else len(before.group(0)))
            elif after:
                start, end = body.end + after.end() - len(after.group(0).split()[-1]), \
                    body.end + after.end()
            else:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or any(t.i in taken for t in span):
                continue
            if after and _title_runs_into_a_name(doc, span.end):
                continue  # "IAEA chief Rafael Grossi": the person is named
            if re.match(r"(?:'s|’s)\b", text[end:]):
                continue  # "the UN chief's special envoy": the one who acts is someone else
            holders = {h.name for office in TOP_OFFICES
                       if (h := self.gazetteer.office_holder(office, entry.name, day))}
            portfolio = _portfolio_of_ministry(entry)
            if not holders and portfolio is not None and entry.country is not None:
                # "the Pentagon chief", "the head of the Foreign Ministry": the minister of
                # the ministry's state and portfolio on the day
                minister = self.gazetteer.office_holder(portfolio, entry.country, day)
                holders = {minister.name} if minister is not None else set()
            if len(holders) != 1:
                continue
            found.append(ActorMention(actor=holders.pop(), start=start, end=end,
                                      text=text[start:end], how="title"))
            taken.update(t.i for t in span)
        return found

    def _office_of_body(self, body: str, role: str) -> str | None:
        """The office of ``body`` a role word names: the role itself, or its twin (a
        "spokesman" of the Kremlin is its press secretary), when someone in the gazetteer
        holds it."""
        held = {r.role for e in self.gazetteer.entries.values() for r in e.roles if r.of == body}
        for candidate in (role, *OFFICE_TWINS.get(role, ())):
            if candidate in held:
                return candidate
        return None

    def _counterparts(self, doc: Doc, day: str | None, known: list[ActorMention],
                      taken: set[int]) -> list[ActorMention]:
        """"Lavrov met his Ukrainian counterpart": the holder, on the day, of the office the
        possessor holds, in the state the adjective names (Dmytro Kuleba)."""
        found: list[ActorMention] = []
        for token in doc:
            # ("his Spanish colleague": a counterpart by another word)
            if token.lower_ not in ("counterpart", "counterparts", "colleague", "colleagues") \
                    or token.i in taken:
                continue
            if token.tag_ == "NNS":
                # "Blinken and Austin met their Japanese counterparts": the holders of each
                # owner's office in that state; "their European counterparts": several
                # people no one can name
                found.extend(self._plural_counterparts(doc, token, day, known, taken))
                continue
            state = None
            for child in token.children:
                if child.dep_ in ("amod", "compound"):
                    state = state or self.gazetteer.demonyms.get(normalise_form(child.text))
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is None:
                continue
            if state is None and token.lower_.startswith("colleague"):
                continue  # "his colleague", "his cabinet colleague": maybe of his own side
            if state is None:
                # "Blinken said his counterpart had agreed": no state named, so the latest
                # person named before who holds the same office for another state
                bare = self._bare_counterpart(doc, token, owner, day, known)
                if bare is not None:
                    found.append(bare)
                    taken.add(token.i)
                continue
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if nxt is not None and (nxt.ent_type_ == "PERSON" or _name_like(nxt)):
                continue  # "his Ukrainian counterpart Dmytro Kuleba": the name follows
            whose = next((m.actor for m in known
                          if m.start <= owner.idx < m.end), None)
            entry = self.gazetteer.entries.get(whose or "")
            if entry is None or entry.kind != "person":
                continue
            offices = {r.role for r in entry.roles if r.active_on(day)} if day else set()
            holders = {h for role in offices
                       if (h := self._holder(role, state, day, set())) is not None}
            if len(holders) != 1:
                continue
            start = doc[min(c.i for c in token.children if c.dep_ in ("amod", "compound"))].idx
            found.append(ActorMention(actor=holders.pop(), start=start,
                                      end=token.idx + len(token),
                                      text=doc_text(doc)[start:token.idx + len(token)],
                                      how="title"))
            taken.add(token.i)
        return found

    def _plural_counterparts(self, doc: Doc, token: Token, day: str | None,
                             known: list[ActorMention], taken: set[int]) -> list[ActorMention]:
        """"He and Defence Secretary Lloyd Austin are to hold talks with their Philippine
        counterparts": the holders, on the day, of the offices the people the subject joins
        hold, in the state the adjective names; none unless each one's is known."""
        adjective = next((c for c in token.children if c.dep_ in ("amod", "compound")), None)
        if adjective is None or not day or not any(c.lower_ == "their" for c in token.children):
            return []
        state = self.gazetteer.demonyms.get(normalise_form(adjective.text))
        if state is None:
            return []
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return []
        joined = [subject, *(c for c in subject.conjuncts)]
        owners = []
        for word in joined:
            owner = next((m.actor for m in known if m.start <= word.idx < m.end and
                          m.how in ("person", "pronoun", "title")), None)
            entry = self.gazetteer.entries.get(owner or "")
            if entry is None or entry.kind != "person":
                return []
            owners.append(entry)
        if len(owners) < 2:
            return []
        holders = []
        for entry in owners:
            found = {h for r in entry.roles if r.active_on(day)
                     if (h := self._holder(r.role, state, day, set())) is not None}
            if len(found) != 1:
                return []
            holders.append(found.pop())
        start = adjective.idx
        end = token.idx + len(token)
        taken.add(token.i)
        return [ActorMention(actor=h, start=start, end=end, text=doc_text(doc)[start:end],
                             how="group") for h in dict.fromkeys(holders)]

    def _visited_state(self, doc: Doc, offset: int, known: list[ActorMention]) -> str | None:
        """The state a visit told before ``offset`` went to ("arrived in Beijing"), else the
        dateline's ("TOKYO -")."""
        for m in sorted(known, key=lambda x: x.start, reverse=True):
            if m.start >= offset or not self._is_state(m.actor):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and _visited(span.root):
                return m.actor
        return self._dateline_state(doc)

    def _host_and_guest(self, doc: Doc, known: list[ActorMention], people: list[PersonFound],
                        taken: set[int]) -> list[ActorMention]:
        """"the host", "his host" → the latest person named before who belongs to the state
        visited; "the visitor", "her guest", "the visiting minister" → the latest person named
        before who does not. Nothing when the article says no visit or names no such person."""
        countries = {p.actor: self._country_of(p) for p in people if p.actor}
        day = doc._.published
        found: list[ActorMention] = []
        for token in doc:
            word = token.lower_
            if token.i in taken or token.tag_ != "NN" or token.dep_ in ("compound", "amod"):
                continue  # ("the host country", "the visitors": someone else, or several)
            det = next((c for c in token.children if c.dep_ in ("det", "poss")), None)
            if det is None or det.lower_ not in ("the", "his", "her", "their"):
                continue
            visiting = next((c for c in token.children if c.dep_ == "amod"
                             and c.lower_ == "visiting" and c.i == token.i - 1), None)
            if any(c.dep_ in ("amod", "nummod", "compound") and
                   (visiting is None or c.i != visiting.i) for c in token.children):
                continue  # "his first guest", "a Japanese host": not the one just named
            if word == "host":
                want_host = True
            elif word in ("visitor", "guest") or (visiting is not None and
                                                  word in PERSON_HOLDER_NOUNS):
                want_host = False
            else:
                continue
            owner = next((m.actor for m in known if det.dep_ == "poss"
                          and m.start <= det.idx < m.end), None)
            state = self._visited_state(doc, token.idx, known)
            if state is None:
                # no visit to a state told: the one who hosted, received or welcomed someone
                # before ("a summit hosted by Lula … a remark aimed at his host")
                host, guest = self._host_verb_before(doc, token.idx, known)
                told = host if want_host else guest
                if told is not None and told != owner:
                    start = (visiting if visiting is not None else token).idx
                    found.append(ActorMention(actor=told, start=start,
                                              end=token.idx + len(token),
                                              text=doc_text(doc)[start:token.idx + len(token)],
                                              how="title"))
                    taken.add(token.i)
                continue
            fitting = []
            for m in sorted(known, key=lambda x: x.start, reverse=True):
                if m.start >= det.idx or m.actor == owner or not self._is_person(m.actor):
                    continue
                entry = self.gazetteer.entries.get(m.actor)
                country = entry.country if entry is not None else countries.get(m.actor)
                if country is None or (country == state) != want_host:
                    continue
                fitting.append(m)
            if owner is not None and self._leads(owner, "", day):
                # "Macron said his host …" after a crown prince received him with his foreign
                # minister beside: a leader's host or guest is the one who leads, if named
                fitting = [m for m in fitting if self._leads(m.actor, "", day)] or fitting
            for m in fitting[:1]:
                start = (visiting if visiting is not None else token).idx
                found.append(ActorMention(actor=m.actor, start=start,
                                          end=token.idx + len(token),
                                          text=doc_text(doc)[start:token.idx + len(token)],
                                          how="title"))
                taken.add(token.i)
                break
        return found

    def _host_verb_before(self, doc: Doc, offset: int, known: list[ActorMention]
                          ) -> tuple[str | None, str | None]:
        """The people of the latest "X hosted/received/welcomed Y" (or "Y was received by X",
        "a summit hosted by X") before ``offset``: (the host X, the guest Y), each None when
        the text names no person there."""
        def person_at(t: Token | None) -> str | None:
            if t is None:
                return None
            return next((m.actor for m in known if m.start <= t.idx < m.end
                         and m.how != "group" and self._is_person(m.actor)), None)

        here = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if here is None:
            return None, None
        for verb in reversed(doc[:here.start]):
            if verb.pos_ != "VERB" or verb.lemma_.casefold() not in HOST_LEMMAS:
                continue
            agent = next((g for c in verb.children if c.dep_ == "agent"
                          for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None or verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"):
                host = person_at(agent)
                guest = person_at(next((c for c in verb.children if c.dep_ == "nsubjpass"),
                                       None))
            else:
                host = person_at(next((c for c in verb.children if c.dep_ == "nsubj"), None))
                guest = person_at(next((c for c in verb.children if c.dep_ == "dobj"), None))
            if host is not None or guest is not None:
                return host, guest
        return None, None

    def _offices_on(self, name: str, day: str | None) -> set[str]:
        """The offices a gazetteer person holds on the day, heads of state and government
        taken as one office (a president's counterpart may be a prime minister)."""
        entry = self.gazetteer.entries.get(name)
        if entry is None or entry.kind != "person" or not day:
            return set()
        offices = {r.role for r in self.gazetteer.roles_of(name, day)}
        # (China's top diplomat is the US secretary of state's counterpart)
        return {"leader" if o in LEADING_ROLES else
                "foreign_minister" if o == "top_diplomat" else o for o in offices}

    def _bare_counterpart(self, doc: Doc, token: Token, owner: Token, day: str | None,
                          known: list[ActorMention]) -> ActorMention | None:
        """"his counterpart" with no state: the latest person named before it, of another
        state, who holds an office the possessor holds on the day; None when none does."""
        whose = next((m.actor for m in known if m.start <= owner.idx < m.end), None)
        entry = self.gazetteer.entries.get(whose or "")
        if whose is None or entry is None or entry.kind != "person":
            return None
        offices = self._offices_on(whose, day)
        if not offices:
            return None
        for m in sorted(known, key=lambda x: x.start, reverse=True):
            if m.start >= owner.idx or m.actor == whose:
                continue
            other = self.gazetteer.entries.get(m.actor)
            if other is None or other.kind != "person" or other.country == entry.country:
                continue
            if self._offices_on(m.actor, day) & offices:
                return ActorMention(actor=m.actor, start=token.idx, end=token.idx + len(token),
                                    text=token.text, how="title")
        return None

    def _elect_roles(self, doc: Doc, people: list[PersonFound], taken: set[int]
                     ) -> list[ActorMention]:
        """"the president-elect", "the vice president-elect": the latest person introduced
        with that title ("President-elect Donald Trump"), never the sitting holder."""
        text = doc_text(doc)
        found = []
        for match in ELECT_ROLE.finditer(text):
            if re.match(r"\s+[A-Z]", text[match.end():match.end() + 2]):
                continue  # "President-elect Donald Trump": a title, read with the person
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(t.i in taken for t in span):
                continue
            role = re.sub(r"\s+", " ", match.group("role").casefold())
            owner = match.group("owner")
            country = self.gazetteer.demonyms.get(normalise_form(owner)) if owner else None
            vice = "" if role.startswith("vice") else r"(?<!vice )(?<!vice-)"
            introduced = re.compile(rf"(?:^|[^\w-]){vice}{re.escape(role)}\s?-\s?"
                                    r"(?:elect|designate)\s*$", re.IGNORECASE)
            for p in reversed(people):
                if p.char_start >= match.start() or not p.actor:
                    continue
                if country is not None and self._country_of(p) != country:
                    continue  # "the French president-elect" is not the American one
                if introduced.search(text[max(0, p.char_start - 40):doc[p.name_start].idx]):
                    found.append(ActorMention(actor=p.actor, start=match.start(),
                                              end=match.end(), text=match.group(0), how="title"))
                    taken.update(t.i for t in span)
                    break
        return found

    def _country_of(self, p: PersonFound) -> str | None:
        entry = self.gazetteer.entries.get(p.actor)
        return entry.country if entry is not None else p.info.get("country")

    def _recent_titled(self, role_word: str, before: int, people: list[PersonFound],
                       found: list[ActorMention]) -> str | None:
        """'the Secretary' → the latest person before it whose title used that word.

        Only for titles that are not a head of state: "the president" means the home
        country's president even right after a foreign president was named."""
        if role_word in ("president", "leader"):
            return None
        for p in sorted(people, key=lambda q: q.start, reverse=True):
            if p.title and role_word in p.title.casefold() and p.char_start < before and \
                    not ({w.strip(".,") for w in p.title.casefold().split()}
                         - set(role_word.split())) & LESSER_OFFICE_WORDS:
                return p.actor  # ("Deputy Attorney General Sally Yates" is not "the attorney general")
            if not p.title and p.apposed == role_word and p.char_start < before:
                return p.actor  # "Turkey's ambassador, Emre Yalcin, … the ambassador said"
        return None

    def _descriptor_references(self, doc: Doc, people: list[PersonFound], taken: set[int],
                               known: list[ActorMention]) -> list[ActorMention]:
        """"the senator", "the Texas congressman", "the governor": the latest person named
        before with that title ("Sen. Ben Sasse", "Rep. Blake Farenthold"). These offices have
        many holders at once, so the gazetteer cannot say who; only the article can. Not
        "the governor of Ohio" (an office named anew) nor "the former senator"."""
        found: list[ActorMention] = []
        text = doc_text(doc)
        # the title, or the lower-case description before the name ("U.N. envoy Staffan de
        # Mistura", "comedian Kathy Griffin")
        titled = sorted((p for p in people if (p.title or p.described) and p.actor),
                        key=lambda p: p.char_start)
        if not titled:
            return found
        for match in DESCRIPTOR_REFERENCE.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(t.i in taken for t in span) or span[-1].dep_ == "compound" \
                    or span[-1].pos_ not in ("NOUN", "PROPN") \
                    or any(m.start < match.end() and match.start() < m.end for m in known):
                continue  # (a role phrase read already: "the attorney general"; "the general
                # rubric": an adjective)
            mod = match.group("mod") or ""
            # "the former director" after "Former CIA Director John Brennan": the one former
            # holder named is meant
            former = mod.casefold() in ("former", "ex")
            if mod.casefold() in NOT_THE_SAME_HOLDER and not former or re.match(
                    r"\s+(?:of|from|for)\s+[A-Z]|\s+[A-Z][a-z]|,\s+[A-Z][a-z]+\s+[A-Z]",
                    text[match.end():]):
                continue  # "the governor of Ohio", "The lieutenant governor, Kim Guadagno"
            if match.group("word").casefold() == "minister" and mod:
                continue  # "the prime minister", "the Turkish minister": read elsewhere
            if match.group("word").casefold() == "general" and mod.casefold() in OFFICE_GENERALS:
                continue  # "the attorney general": an office of its own, read with the roles
            forms = DESCRIPTOR_TITLES[match.group("word").casefold()]
            holders = []
            for p in titled:
                words = [w.strip(".,").casefold() for w in p.title.split()] + \
                    [t.lower_ for t in p.described]
                # ("Secretary General Jens Stoltenberg" is no general)
                words = [w for k, w in enumerate(words)
                         if not (w == "general" and k and words[k - 1] in OFFICE_GENERALS)]
                if former != bool(set(words) & {"former", "ex"}):
                    continue  # "the former senator" is not the senator named, nor the other way
                if p.char_start < match.start() and forms & set(words) and \
                        not (forms == {"minister"} and "prime" in words) and \
                        not set(words) & (LESSER_OFFICE_WORDS - {"former", "ex"}):
                    holders.append(p)  # ("Lt. Gov. Kim Guadagno" is not "the governor")
            if mod[:1].isupper() and len({p.actor for p in holders}) > 1:
                continue  # "the Democratic senator" among several senators: which one?
            who = _most_named(holders, people, match.start())
            if who is not None:
                found.append(ActorMention(actor=who, start=match.start(),
                                          end=match.end(), text=match.group(0), how="title"))
                taken.update(t.i for t in span)
        return found

    def _former_holders(self, doc: Doc, taken: set[int], known: list[ActorMention],
                        day: str | None) -> list[ActorMention]:
        """"The former president added", "his predecessor said": the latest person named
        before who held that office (the possessor's, for a predecessor or successor) and
        left it before the publication day (or, for a successor, took it after the
        possessor); nothing when the article named no such person."""
        found: list[ActorMention] = []
        if not day:
            return found
        text = doc_text(doc)
        for match in FORMER_HOLDER.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or span[-1].i in taken:
                continue
            if span.end < len(doc) and (_name_like(doc[span.end]) and
                                        doc[span.end].text[:1].isupper() or
                                        doc[span.end].lower_ in ("of", "'s", "’s")):
                continue  # "former President Moon Jae-in", "the former president of Chile"
            before = sorted((m for m in known if m.start < match.start()
                             and self._is_person(m.actor)), key=lambda x: x.start, reverse=True)
            if match.group("role"):
                role = ROLE_WORDS.get(" ".join(match.group("role").casefold().split()))
                state = self.gazetteer.demonyms.get(normalise_form(match.group("dem") or ""))
                who = next((m.actor for m in before
                            if self._held_before(m.actor, role, state, day)), None)
            else:
                owner = next((m.actor for m in known
                              if m.start <= match.start("poss") < m.end), None)
                held = [r for r in self.gazetteer.roles_of(owner or "", day)
                        if r.role in ROLE_WORDS.values()]
                entry = self.gazetteer.entries.get(owner or "")
                if not held and entry is not None:
                    # "Kishida, the former prime minister … His successor": out of office on
                    # the day, the office the possessor left last
                    ended = sorted((r for r in entry.roles if r.role in ROLE_WORDS.values()
                                    and r.end is not None and r.end <= day),
                                   key=lambda r: r.end or "")
                    held = ended[-1:]
                if owner is None or len(held) != 1:
                    continue
                later = match.group("which").casefold() == "successor"
                who = next((m.actor for m in before if m.actor != owner and
                            self._held_next_to(m.actor, held[0], later)), None)
            if who is not None:
                start = span[-1].idx if not match.group("role") else match.start()
                found.append(ActorMention(actor=who, start=start, end=match.end(),
                                          text=text[start:match.end()], how="title"))
                taken.add(span[-1].i)
        return found

    def _held_before(self, name: str, role: str | None, state: str | None, day: str) -> bool:
        """Did ``name`` hold ``role`` (of ``state`` when given) and leave it before ``day``?"""
        entry = self.gazetteer.entries.get(name)
        return entry is not None and any(
            r.role == role and r.end is not None and r.end < day and
            (state is None or r.of == state) for r in entry.roles)

    def _held_next_to(self, name: str, office: Role, later: bool) -> bool:
        """Did ``name`` hold ``office`` (the same post of the same state) before its holder
        took it up, or after when ``later``?"""
        entry = self.gazetteer.entries.get(name)
        return entry is not None and office.start is not None and any(
            r.role == office.role and r.of == office.of and r.start is not None and
            (r.start > office.start if later else r.start < office.start)
            for r in entry.roles)

    def _owned_references(self, doc: Doc, people: list[PersonFound], taken: set[int],
                          known: list[ActorMention], day: str | None) -> list[ActorMention]:
        """"The Iranian negotiator told reporters", "the Turkish minister", "the EU official":
        the latest person named before who serves that state or body and does not lead it
        (an aide or a minister, not the president). Nothing when the article named none."""
        found: list[ActorMention] = []
        text = doc_text(doc)
        countries = {p.actor: self._country_of(p) for p in people if p.actor}
        titles: dict[str, str] = {}
        for p in people:
            if p.actor and p.title:
                titles[p.actor] = f"{titles.get(p.actor, '')} {p.title.casefold()}"
        for match in OWNED_REFERENCE.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or span[-1].i in taken:
                continue  # (the owner is a demonym or a body read already: its own mention)
            if span.end < len(doc) and _name_like(doc[span.end]) and \
                    doc[span.end].text[:1].isupper():
                continue  # "the Turkish minister Mevlut Cavusoglu": the name follows
            if match.group("possessor") and span.end + 1 < len(doc) and \
                    doc[span.end].text == "," and doc[span.end + 1].text[:1].isupper():
                continue  # "Russia's envoy, Alexander Lukashevich,": the name is apposed
            owner = match.group("owner") or match.group("possessor")
            if match.group("possessor") and (
                    match.start() > 0 and text[match.start() - 1] in "-‐" or
                    self._is_person(owner) or self.gazetteer.people_named([owner])):
                continue  # ("Tehran's envoy" is Iran's; "Putin's envoy" is read elsewhere)
            state = self.gazetteer.demonyms.get(normalise_form(owner))
            if state is None:
                hits = [e for e in self.gazetteer.lookup(_undotted(owner))
                        if e.kind in ("state", "organization")]
                state = hits[0].name if len(hits) == 1 else None
            if state is None:
                continue
            for m in sorted(known, key=lambda x: x.start, reverse=True):
                if m.start >= match.start() or not self._is_person(m.actor):
                    continue
                entry = self.gazetteer.entries.get(m.actor)
                country = entry.country if entry is not None else countries.get(m.actor)
                if country != state or self._leads(m.actor, titles.get(m.actor, ""), day):
                    continue
                start = match.start("owner") - len("the ") if match.group("owner") else \
                    match.start("noun")
                found.append(ActorMention(actor=m.actor, start=start, end=match.end(),
                                          text=text[start:match.end()], how="title"))
                taken.add(span[-1].i)
                break
        return found

    def _groups(self, doc: Doc, known: list[ActorMention], people: list[PersonFound],
                day: str | None) -> list[ActorMention]:
        """'the two leaders', 'the men' → the two latest people named before the phrase.

        "the presidents" and "the leaders" are the two latest leaders when two are named:
        an aide quoted between the leaders' names and the phrase ("… Ushakov said. It
        followed the presidents' call") is not one of them."""
        found = []
        established: list[str] = []  # the pair the last group phrase named
        called_leaders: set[str] = set()  # people a "the two leaders" phrase stood for
        named = [m for m in known if self._is_person(m.actor)]
        countries = {p.actor: self._country_of(p) for p in people if p.actor}
        titles: dict[str, str] = {}
        for p in people:
            if p.actor and p.title:
                titles[p.actor] = f"{titles.get(p.actor, '')} {p.title.casefold()}"
        for match in GROUP_REFERENCES.finditer(doc_text(doc)):
            before = [m for m in sorted(named, key=lambda x: x.start, reverse=True)
                      if m.start < match.start()]
            bystander = None if match.group("bare") else \
                self._bystander_teller(doc, match.start(), known)
            if bystander is not None:
                # "A NATO spokeswoman, Anna Lindqvist, said the two men had …": the one who
                # tells of the pair, and took part in no meeting or call, is not one of it
                before = [m for m in before if m.actor != bystander]
            outside = None if match.group("bare") else \
                _subject_acting_on(doc, match.start(), match.end(), known)
            if outside is not None:
                # "Erdogan spent the day with the two leaders", "Erdogan has given both men a
                # way out": the one who acts on the pair is not one of it
                before = [m for m in before if m.actor != outside]
            qualifier = match.group("qualifier") or match.group("ministers_of")
            if qualifier is not None:
                # "the two EU leaders", "both Gulf ministers": only people of that state or
                # body; a qualifier naming neither is no group the article can tell
                side = self.gazetteer.demonyms.get(normalise_form(qualifier)) or next(
                    (e.name for e in self.gazetteer.lookup(qualifier)
                     if e.kind in ("state", "organization")), None)
                if side is None:
                    continue
                before = [m for m in before if self._of_side(m.actor, side, countries, day)]
            listed = None if re.match(r"(?:the\s+two|both)\b", match.group(0), re.IGNORECASE) \
                or match.group("qualifier") or match.group("ministers") or match.group("bare") \
                else self._leaders_listed_before(doc, match.start(), known) or \
                self._people_listed_before(doc, match.start(), known, titles, day)
            if listed:
                # "the leaders of France, Germany, Italy and Poland … The leaders who stood in
                # Kyiv said": a count-less "the leaders" after a group named by its states is
                # that group, not the last two leaders named
                for actor in listed:
                    found.append(ActorMention(actor=actor, start=match.start(), end=match.end(),
                                              text=match.group(0), how="group"))
                continue
            pair = _latest_two([m.actor for m in before])
            if match.group("ministers"):
                # "the two ministers": the latest two ministers named, not the prime minister
                # or the spokeswoman named between them
                pair = _latest_two([m.actor for m in before
                                    if self._a_minister(m.actor, titles.get(m.actor, ""), day)])
            elif re.search(r"leaders|presidents|heads", match.group(0), re.IGNORECASE):
                leaders = _latest_two([m.actor for m in before
                                       if self._leads(m.actor, titles.get(m.actor, ""), day)])
                if len(leaders) == 1:
                    # "Macron arrived in Moscow. The two leaders held talks": the visitor and
                    # the leader of the state he went to
                    host = self._host_leader(doc, match.start(), known, leaders[0], day)
                    if host is not None:
                        leaders.append(host)
                if len(leaders) == 2:
                    pair = leaders
                presidents = _latest_two([m.actor for m in before if self._a_president(
                    m.actor, titles.get(m.actor, ""), day)]) \
                    if re.search(r"presidents", match.group(0), re.IGNORECASE) else []
                if len(presidents) == 2:
                    # "The presidents agreed to meet again" after "Prime Minister Ralph
                    # Gonsalves read out the declaration": the two presidents, not a prime
                    # minister named since or the host of the talks
                    pair = presidents
                if re.match(r"(?:the\s+two|both)\b", match.group(0), re.IGNORECASE):
                    pair = self._leader_of_the_seat_here(doc, match.start(), known, before,
                                                         pair, titles, day)
            elif match.group("bare"):
                # a bare "the two" are the parties of the sentence before (its subject and
                # object), whether people or states: "Spain cut ties with Morocco … Since then
                # the two have …" are Spain and Morocco, not the last two people named
                parties = self._main_pair_before(doc, match.start(), known)
                if len(parties) == 2:
                    pair = parties
                elif established and not _named_together(doc, match.start(), before, pair):
                    # no pair in the sentence before: the pair the article last called "the
                    # two leaders", not whoever was named last in passing ("on behalf of
                    # the Queen … The two met again")
                    pair = list(established)
            joined = None if match.group("bare") or match.group("ministers") else \
                _pair_joined_before(doc, match.start(), before)
            if joined is not None and outside not in joined:
                # "Merkel and Macron held a video summit with Vučić and Hoti, and the two
                # leaders met in Brussels": the pair the sentence has just joined by "and",
                # whether or not the article gave each an office
                pair = joined
            leaders_phrase = re.search(r"leaders|presidents|heads", match.group(0), re.IGNORECASE)
            if not match.group("bare") and not match.group("ministers") and established and \
                    len(pair) == 2 and \
                    set(pair) != set(established) and outside not in established and \
                    not (leaders_phrase and not all(
                        a in called_leaders or self._leads(a, titles.get(a, ""), day)
                        for a in established)) and \
                    not _named_together(doc, match.start(), before, pair):
                # "the two men" again, after a paragraph that named others in passing (an
                # aide, a visit by someone else): still the pair the article is about, unless
                # the text has just named a new pair together ("X and Y met …")
                pair = list(established)
            if len(pair) == 2 and not match.group("bare"):
                pair = self._pair_past_a_possessor(doc, match.start(), known + found, before,
                                                   pair)
            if len(pair) == 2:
                if not match.group("bare") and not match.group("ministers"):
                    established = list(pair)
                    if leaders_phrase:
                        called_leaders |= set(pair)  # the text itself calls them leaders
                for actor in sorted(pair):
                    found.append(ActorMention(actor=actor, start=match.start(), end=match.end(),
                                              text=match.group(0), how="group"))
        return found

    def _pair_past_a_possessor(self, doc: Doc, offset: int, mentions: list[ActorMention],
                               before: list[ActorMention], pair: list[str]) -> list[str]:
        """"Lavrov met Wang … Lavrov repeated Putin's proposal … Wang said Beijing supported the
        idea. Both men said …": one of the latest two named only as the owner of a thing in
        the phrase's sentence and the SIDE_REACH before ("Putin's proposal") is no party to
        what the pair does; the pair the article last set together (a meeting, a group
        phrase) that holds the other one is meant."""
        here = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if here is None:
            return pair
        first = here[0].sent.start
        for _ in range(SIDE_REACH):
            if first > 0:
                first = doc[first - 1].sent.start
        lowest = doc[first].idx
        owners = []
        for actor in pair:
            near = [m for m in before if m.actor == actor and m.start >= lowest]
            spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in near]
            if near and all(sp is not None and sp.root.dep_ == "poss" for sp in spans):
                owners.append(actor)
        if len(owners) != 1:
            return pair
        in_play = _pair_in_play(doc, here[0], mentions)
        other = next(a for a in pair if a != owners[0])
        if in_play is None or other not in in_play or owners[0] in in_play:
            return pair
        return list(in_play)

    def _leaders_listed_before(self, doc: Doc, offset: int, known: list[ActorMention]
                               ) -> list[str]:
        """The states of the latest "the leaders of A, B, C and D" (three or more states joined
        after "leaders"/"presidents"/"heads of state or government") before ``offset``."""
        listed: list[str] = []
        for token in doc:
            if token.idx >= offset:
                break
            if token.lower_ not in ("leaders", "presidents", "heads"):
                continue
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"),
                      None)
            head = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if head is None:
                continue
            if token.lower_ == "heads" and head.lower_ in ("state", "government"):
                of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"),
                          None)  # "heads of state of A, B and C"
                head = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
                if head is None:
                    continue
            states = []
            for t in [head, *head.conjuncts]:
                actor = next((m.actor for m in known if m.start <= t.idx < m.end
                              and self._is_state(m.actor)), None)
                if actor is not None and actor not in states:
                    states.append(actor)
            if len(states) >= 3:
                listed = states
        return listed

    def _people_listed_before(self, doc: Doc, offset: int, known: list[ActorMention],
                              titles: dict[str, str], day: str | None) -> list[str]:
        """The leaders of the latest list of three or more leaders named together before
        ``offset`` ("Nazarbayev hosted Russia's Putin, Iran's Rouhani, Azerbaijan's Aliyev and
        Turkmenistan's Berdimuhamedov"), with the leader who hosts, receives or welcomes them;
        [] when there is no such list."""
        def leader_at(t: Token) -> str | None:
            # a leader by office, or a person given as a state's ("Uganda's Yoweri Museveni")
            for m in known:
                if m.start <= t.idx < m.end and m.how not in ("group", "pronoun") and \
                        self._is_person(m.actor) and (
                            self._leads(m.actor, titles.get(m.actor, ""), day) or any(
                                c.dep_ == "poss" and any(
                                    s.start <= c.idx < s.end and self._is_state(s.actor)
                                    for s in known) for c in t.children)):
                    return m.actor
            return None

        listed: list[str] = []
        for token in doc:
            if token.idx >= offset:
                break
            if token.dep_ in ("conj", "appos"):
                continue
            # ("Russia's Putin, Iran's Rouhani, Azerbaijan's Aliyev and …": the tagger may
            # hang the rest of the list on the first name as an apposition)
            items = [token, *token.conjuncts]
            for c in token.children:
                if c.dep_ == "appos" and c.conjuncts:
                    items += [c, *c.conjuncts]
            if len(items) < 3:
                continue
            leaders = [a for t in items if (a := leader_at(t)) is not None]
            if len(set(leaders)) < 3 or len(leaders) != len(items):
                continue
            verb = token.head
            if token.dep_ == "dobj" and verb.lemma_.casefold() in HOST_LEMMAS:
                host = leader_at(next((c for c in verb.children if c.dep_ == "nsubj"), token))
                if host is not None and host not in leaders:
                    leaders.insert(0, host)
            listed = list(dict.fromkeys(leaders))
        return listed

    def _bystander_teller(self, doc: Doc, offset: int, known: list[ActorMention]
                          ) -> str | None:
        """The person who tells the clause a group phrase at ``offset`` is in (the subject, or
        the name apposed to it, of the verb whose that-clause holds it), when the article has
        set that person in no meeting or call with anyone before; else None."""
        here = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if here is None:
            return None
        token = here[0]
        clause = next((a for a in token.ancestors if a.dep_ == "ccomp"), None)
        if clause is None:
            return None
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        words = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        teller = next((m.actor for t in words for m in known if m.start <= t.idx < m.end
                       and m.how not in ("group", "pronoun") and self._is_person(m.actor)),
                      None)
        if teller is None:
            return None
        # one who met or called anyone before may be one of the pair told of
        pairs = _pairs_set_before(doc, token, known)
        if not pairs or any(teller in pair for pair in pairs):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she")
               for c in clause.children):
            # "Niinistö said he was puzzled, because Erdogan had been positive when the two
            # leaders spoke": a teller who tells of himself may be one of the pair
            return None
        return teller

    def _of_side(self, name: str, side: str, countries: dict[str, str | None],
                 day: str | None) -> bool:
        """Is the person of the state or body ``side``: its citizen (by the gazetteer or the
        article), or holding an office of it on the day (the EU's: of any "European" body)?"""
        if countries.get(name) == side:
            return True
        for role in self.gazetteer.roles_of(name, day):
            if role.of == side or side == EU and (role.of or "").startswith("European "):
                return True
        entry = self.gazetteer.entries.get(name)
        return entry is not None and entry.country == side and \
            self.gazetteer.entries.get(side) is not None and \
            self.gazetteer.entries[side].kind == "state"

    def _leader_of_the_seat_here(self, doc: Doc, offset: int, known: list[ActorMention],
                                 before: list[ActorMention], pair: list[str],
                                 titles: dict[str, str], day: str | None) -> list[str]:
        """"A White House spokesman said the two presidents …": the leader whose seat of
        government speaks in the phrase's sentence, when the article named that leader
        before, is one of the two, beside the one of the latest two leaders named more
        often (not whoever was named last in passing)."""
        here = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if here is None or len(pair) != 2:
            return pair
        sent = here[0].sent
        states = set()
        for m in known:
            if not sent.start_char <= m.start < offset:
                continue
            entry = self.gazetteer.entries.get(m.actor)
            if entry is not None and entry.name in LEADER_SEAT_NAMES and entry.country:
                states.add(entry.country)
        leaders = [m.actor for m in before
                   if self._leads(m.actor, titles.get(m.actor, ""), day)]
        own = _latest_two([a for a in leaders if (e := self.gazetteer.entries.get(a))
                           is not None and e.country in states])
        if len(own) != 1 or own[0] in pair:
            return pair
        # beside it, the one of the two the article has named more often (its figure)
        times = Counter(m.actor for m in before)
        other = max(pair, key=lambda a: (times[a], -pair.index(a)))
        return [own[0], other]

    def _main_pair_before(self, doc: Doc, offset: int, known: list[ActorMention]) -> list[str]:
        """The actors of the subject and of the first object of the main clause of the
        sentence before ``offset`` (an object of a preposition counts: "cut ties with X")."""
        here = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if here is None or here[0].sent.start == 0:
            return []
        previous = doc[here[0].sent.start - 1].sent
        root = previous.root

        def actor_of(token: Token) -> str | None:
            return next((m.actor for m in known
                         if m.start <= token.idx < m.end and m.how != "pronoun"), None)

        def main_clause(token: Token) -> bool:
            while token.i != root.i:
                if token.dep_ in ("advcl", "relcl", "acl", "ccomp", "xcomp", "conj", "appos"):
                    return False
                token = token.head
            return True

        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        subject = actor_of(subjects[0]) if subjects else None
        if subject is None:
            return []
        for token in previous:
            if token.i > root.i and token.dep_ in ("dobj", "pobj") and main_clause(token):
                other = actor_of(token)
                if other is not None and other != subject:
                    return [subject, other]
        return []

    def _host_leader(self, doc: Doc, offset: int, known: list[ActorMention], visitor: str,
                     day: str | None) -> str | None:
        """The leader of the state a visit just went to ("arrived in Moscow", "visited
        Kyiv"), named in the sentence before ``offset`` or the one before it; None unless the
        text says where the visitor went."""
        here = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if here is None:
            return None
        sentence = here[0].sent
        first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        lowest = doc[first].idx
        visitor_entry = self.gazetteer.entries.get(visitor)
        home = visitor_entry.country if visitor_entry is not None else None
        for m in sorted(known, key=lambda x: x.start, reverse=True):
            if not lowest <= m.start < offset or not self._is_state(m.actor) or m.actor == home:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not _visited(span.root):
                continue
            role = "head_of_government" if m.actor in GOVERNMENT_LED_STATES else "president"
            return self._holder(role, m.actor, day, {visitor})
        return None

    def _generic_noun_table(self) -> tuple[dict[str, set[str]], re.Pattern[str] | None]:
        """The gazetteer's generic nouns ("bloc" → its bodies) and the phrase that uses one
        ("the 27-nation bloc"), built once."""
        by_noun: dict[str, set[str]] = {}
        for entry in self.gazetteer.entries.values():
            for noun in entry.generic_nouns:
                by_noun.setdefault(noun, set()).add(entry.name)
        if not by_noun:
            return by_noun, None
        nouns = "|".join(sorted((re.escape(n) for n in by_noun), key=len, reverse=True))
        return by_noun, re.compile(
            rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{nouns})\b(?!\s+of\b)")

    def _generic_body_references(self, doc: Doc, known: list[ActorMention], taken: set[int]
                                 ) -> list[ActorMention]:
        """"the bloc", "the 27-nation bloc", "the military alliance": the latest body named
        before the phrase whose gazetteer entry carries that noun; nothing when none was."""
        by_noun, pattern = self._generic_nouns
        if pattern is None:
            return []
        found = []
        bodies = sorted((m for m in known if m.actor in self.gazetteer.entries), key=lambda m: m.start)
        for match in pattern.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(t.i in taken for t in span):
                continue  # "the Alliance": a gazetteer form, already read
            candidates = by_noun[match.group("noun")]
            before = [m.actor for m in bodies if m.end <= match.start() and m.actor in candidates]
            if before:
                found.append(ActorMention(actor=before[-1], start=match.start(), end=match.end(),
                                          text=match.group(0), how="reference"))
                taken.update(t.i for t in span)
        return found

    def _body_back_references(self, doc: Doc, known: list[ActorMention], taken: set[int]
                              ) -> list[ActorMention]:
        """"the committee", "the court", "the department": the latest body named before the
        phrase whose name opens or closes with that noun ("the House Intelligence
        Committee", "the Department of Homeland Security"); nothing when none was, and not
        when the phrase is itself the start of a name ("the Committee on Foreign Relations")."""
        found = []
        text = doc_text(doc)
        for match in BODY_BACK_REFERENCE.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(t.i in taken for t in span) or \
                    _starts_a_longer_name(doc, span.end) or span[-1].dep_ == "compound":
                continue  # ("the court document": a thing of the court's)
            noun = match.group("noun").casefold()
            if noun in COMPANY_NOUNS:
                # "the company": a business named before, which is a name the tagger found
                # that no public body's word is in, or a gazetteer business; the one the
                # article keeps naming, else only one named just before (the company the
                # article is about may be one the tagger never saw)
                before = [m for m in known if m.end <= match.start() and self._a_business(m)]
                named = Counter(m.actor for m in before)
                if named and max(named.values()) >= 2:
                    top = max(named.values())
                    before = [m for m in before if named[m.actor] == top or
                              match.start() - m.end <= COMPANY_REACH]
                else:
                    before = [m for m in before if match.start() - m.end <= COMPANY_REACH]
            else:
                nouns = BACK_REFERENCE_NOUNS[noun]
                before = [m for m in known if m.end <= match.start() and " " in m.actor
                          and m.how in ("gazetteer", "ner", "reference")
                          and {m.actor.split()[0].casefold(),
                               m.actor.split()[-1].casefold()} & nouns]
            if before:
                latest = max(before, key=lambda m: m.start)
                # the subject of the sentence before (or of this one) is the likelier referent
                # than a body named after it: "Shell does not rule out suing BP. The company
                # lost $56 million."
                opening = _sentence_before_start(span)
                subjects = [m for m in before if m.start >= opening and any(
                    t.dep_ in ("nsubj", "nsubjpass") for t in
                    doc.char_span(m.start, m.end, alignment_mode="expand") or [])]
                if subjects:
                    latest = max(subjects, key=lambda m: m.start)
                found.append(ActorMention(actor=latest.actor, start=match.start(),
                                          end=match.end(), text=match.group(0), how="reference"))
                taken.update(t.i for t in span)
        return found

    def _the_government(self, doc: Doc, known: list[ActorMention], taken: set[int]
                        ) -> list[ActorMention]:
        """"the government", "the country" with no owner in the phrase: the one state the
        article has named before it ("Malaysia ended its search. The government said …";
        "protests in Benghazi and across the country"); no one when it has named several
        (whose government?) or none."""
        found = []
        text = doc_text(doc)
        for match in THE_GOVERNMENT.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(t.i in taken for t in span) or \
                    span[-1].dep_ == "compound" or re.match(r"\s+(?:of|in)\s+[A-Z]", text[match.end():]):
                continue  # "the government of Iraq", "the government in Kyiv": read elsewhere
            states = {m.actor for m in known if m.end <= match.start() and self._is_state(m.actor)}
            home = self._home_country(doc)
            if not states and (doc._.outlet or doc._.url) and match.group(0).casefold().endswith(
                    "government") and home in self.gazetteer.entries and not any(
                    self._is_state(m.actor) and m.actor != home for m in known):
                # a paper's own government, in an article that names no other state: "BP said
                # the spill was slowing. The government said …" in a US paper
                found.append(ActorMention(actor=home, start=match.start(), end=match.end(),
                                          text=match.group(0), how="reference"))
                taken.update(t.i for t in span)
                continue
            scene = self._scene_state(span, known)
            if scene is not None:
                # "In Niger, the United States agreed to leave after the military government
                # ended the accord": the state the sentence is set in, whoever else it names
                found.append(ActorMention(actor=scene, start=match.start(), end=match.end(),
                                          text=match.group(0), how="reference"))
                taken.update(t.i for t in span)
                continue
            # the state must be named close by (this sentence or the one before): a US story
            # on a shutdown that once mentions a trip to Afghanistan means its own government
            opening = _sentence_before_start(span)
            if not any(m.start >= opening and m.end <= match.start() and
                       self._is_state(m.actor) for m in known):
                continue
            if len(states) == 1 and (doc._.outlet or doc._.url) and \
                    states != {self._home_country(doc)}:
                continue  # a US paper's "the nation" after naming Russia is still the US
            if len(states) == 1:
                found.append(ActorMention(actor=states.pop(), start=match.start(),
                                          end=match.end(), text=match.group(0), how="reference"))
                taken.update(t.i for t in span)
        return found

    def _scene_state(self, span: Span, known: list[ActorMention]) -> str | None:
        """The state a sentence opens on as its setting ("In Niger, …"), else None."""
        sent = span.sent
        if span.start - sent.start < 3 or sent[0].lower_ != "in":
            return None
        comma = next((t for t in sent[1:6] if t.text == ","), None)
        if comma is None or comma.i >= span.start:
            return None
        place = [m for m in known if sent[1].idx <= m.start and m.end <= comma.idx]
        if len(place) != 1 or not self._is_state(place[0].actor) or \
                doc_text(span.doc)[sent[1].idx:comma.idx].strip() != place[0].text:
            return None
        return place[0].actor

    def _the_administration(self, doc: Doc, known: list[ActorMention], taken: set[int],
                            day: str | None) -> list[ActorMention]:
        """"the administration" with no owner: the executive of a president the article has
        named before it, in office on the day ("Biden met Zelensky … The administration
        announced a package"); of the home state when several presidents are named (Trump and
        Putin: an American paper's "the administration" is Washington's), else of the one."""
        found: list[ActorMention] = []
        if not day:
            return found
        text = doc_text(doc)
        home = self._home_country(doc)
        for match in THE_ADMINISTRATION.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(t.i in taken for t in span) or \
                    span[-1].dep_ == "compound" or \
                    re.match(r"\s+(?:of|in)\b", text[match.end():]):
                continue  # "the administration of Gaza", "the administration official"
            states = set()
            for m in known:
                if m.end > match.start() or not self._is_person(m.actor):
                    continue
                states |= {r.of for r in self.gazetteer.roles_of(m.actor, day)
                           if r.role == "president" and r.of and self._is_state(r.of)}
            state = home if home in states else states.pop() if len(states) == 1 else None
            if state is None:
                continue
            found.append(ActorMention(actor=state, start=match.start(), end=match.end(),
                                      text=match.group(0), how="reference"))
            taken.update(t.i for t in span)
        return found

    def _a_business(self, mention: ActorMention) -> bool:
        """Whether a mention may be what "the company" refers back to."""
        entry = self.gazetteer.entries.get(mention.actor)
        if entry is not None:
            return entry.kind == "organization" and entry.sector == "business"
        words = {w.casefold().strip(".,") for w in mention.actor.split()}
        return mention.how == "ner" and not words & (
            BODY_HEAD_NOUNS | GENERIC_BODY_WORDS | PUBLIC_BODY_WORDS) and \
            normalise_form(mention.actor) not in self.outlets

    @staticmethod
    def _own_family_name(entry: Entry, word: str) -> bool:
        """Whether ``word`` is the person's family name, not the tail of a longer form the
        gazetteer also lists ("Ali" of "Abiy Ahmed Ali", a grandfather's name): only a family
        name, shared with kin, lets a leader keep a bare surname the article gives someone else
        in full."""
        return entry.surname is None or any(translit_key(word) == translit_key(w)
                                            for w in entry.surname.split())

    def _leads(self, name: str, titles: str, day: str | None) -> bool:
        """A head of state or government on the day, by the gazetteer or the article's title
        for the person."""
        if any(r.role in LEADER_ROLES and self._governs(r.of)
               for r in self.gazetteer.roles_of(name, day)):
            return True
        return bool(re.search(r"\b(?:president|prime minister|premier|chancellor|leader|king)\b",
                              titles)) and not re.search(r"\bvice\b|\bformer\b", titles)

    def _a_president(self, name: str, titles: str, day: str | None) -> bool:
        """A president of a state on the day, by the gazetteer or the article's title for the
        person (a vice president or the president of a chamber is none)."""
        if any(r.role == "president" and self._governs(r.of)
               for r in self.gazetteer.roles_of(name, day)):
            return True
        return bool(re.search(r"\bpresident\b", titles)) and \
            not re.search(r"\bvice\b|\bformer\b", titles)

    def _a_minister(self, name: str, titles: str, day: str | None) -> bool:
        """A minister or secretary of a department on the day (a prime minister is none),
        by the gazetteer or the article's title for the person."""
        if any(r.role.endswith("_minister") and r.role != "prime_minister"
               for r in self.gazetteer.roles_of(name, day)):
            return True
        return bool(re.search(r"(?<!prime )\bminister\b|\bsecretary of state\b|"
                              r"\b(?:foreign|defen[cs]e) secretary\b", titles)) and \
            not re.search(r"\bvice\b|\bformer\b|\bdeputy\b", titles)

    def _governs(self, body: str) -> bool:
        """Whether the president of ``body`` leads a state or a government: the president of
        a chamber (the Speaker of the House) or of a bank or an assembly of states does not."""
        entry = self.gazetteer.entries.get(body)
        return entry is None or entry.sector not in ("legislature", "intergovernmental")

    def _is_person(self, name: str) -> bool:
        entry = self.gazetteer.entries.get(name)
        return entry.kind == "person" if entry else " " in name and name[:1].isupper()

    # ------------------------------------------------------------------ organisations
    def _ner_orgs(self, doc: Doc, taken: set[int], surnames: dict[str, str | None],
                  bodies_named: set[str]) -> list[ActorMention]:
        found = []
        # one-word names the article also uses as places ("in Mariupol"); a body the tagger
        # saw in them elsewhere is the same town
        places = {t.text for t in doc if _used_as_a_place(t)}
        # "the European Bank for Reconstruction and Development (EBRD)": the letters in
        # brackets name that body for the rest of the article
        acronyms: dict[str, str] = {}
        # "Pakistan's Director General of Military Operations (DGMO)": a post the tagger cut
        # after its first word; it and its letters name an office, not a body
        posts = {e.text for e in doc.ents if e.label_ == "ORG" and e.start > 0
                 and _bare(e[0]) in PERSON_TITLES and _bare(doc[e.start - 1]) in PERSON_TITLES
                 and doc[e.start - 1].text[:1].isupper()}
        posts |= {doc[e.end + 1].text for e in doc.ents if e.text in posts
                  and e.end + 2 < len(doc) and doc[e.end].text == "(" and doc[e.end + 2].text == ")"}
        in_ents = {t.i for e in doc.ents for t in e}
        for token in doc:
            # "U.S.-Russia talks": a pair of states the tagger left without an entity label
            if token.pos_ == "PROPN" and "-" in token.text and token.i not in in_ents and \
                    token.i not in taken and (pair := self._state_pair(doc[token.i:token.i + 1])):
                found.extend(pair)
                taken.add(token.i)
        for ent in doc.ents:
            owned = next((t.i for t in ent if t.lower_ in ("'s", "’s")), None)
            if owned is not None and ent.label_ == "ORG" and owned + 1 < ent.end and \
                    all(k in taken for k in range(ent.start, owned)):
                # "Whitfield's Finance Committee" once the owner is read as a person: the body
                ent = Span(doc, owned + 1, ent.end, label=ent.label_)
            if ent.label_ not in ("ORG", "GPE") or any(t.i in taken for t in ent):
                continue
            if ent.text in posts or ent.text.rstrip("s") in posts:
                continue  # ("the two DGMOs": the holders of the post)
            if ent.label_ == "ORG" and ent.text in acronyms:
                found.append(ActorMention(actor=acronyms[ent.text], start=ent.start_char,
                                          end=ent.end_char, text=ent.text, how="ner"))
                taken.update(t.i for t in ent)
                continue
            if ent[0].lower_ == "dear":
                continue  # "Dear Madam Speaker": a letter's salutation
            if _part_of_a_web_address(doc, ent.start_char, ent.end_char):
                continue  # "Censor.NET": a site's address
            if _city_names_a_thing(doc, ent.end) and any(
                    e.kind == "state" for e in self.gazetteer.lookup(ent.text)):
                continue  # "the Copenhagen shooting": the city, which the tagger called a body
            if ent.label_ == "ORG" and _acronym_of_a_document(doc, ent.text):
                continue  # "the Atomic Energy Act (AEA)": a law's letters, not a body
            if _in_capitals_heading(doc, ent) or \
                    EQUIPMENT_AFTER.match(doc_text(doc), ent.end_char) and len(ent) == 1:
                continue  # "GOALS OF THE PRICE CAP", "Leopard tanks": no body
            if _inside_a_quoted_title(doc, ent):
                continue  # "Fox and Friends", "Meet the Press": a show's or work's title
            if ent.label_ == "GPE":
                pair = self._state_pair(ent)  # "U.S.-Russia", one token to the tagger
                if pair is not None:
                    found.extend(pair)
                    taken.update(t.i for t in ent)
                    continue
                if not (_coordinated_with_a_body(ent) and not self.gazetteer.lookup(ent.text)
                        and ent.text not in US_STATES and not self.gazetteer.state_of_city(ent.text)
                        and not any(t.text == ent.text and t.i != ent.start and
                                    _used_as_a_place(t) for t in doc)):
                    continue
                if self._listed_with_places(doc, ent.start, ent.end):
                    continue  # "out of Odesa, Chornomorsk and Pivdennyi": places all
                # "BP and Halliburton": a name the tagger took for a place, beside a body
                beside_a_body = True
            else:
                beside_a_body = False
            # "Missouri Highway Patrol Capt. Ron Johnson": the rank belongs to the person (a
            # name follows it; "Citizens for Tax Justice said" ends in no rank)
            while len(ent) > 1 and _bare(ent[-1]) in PERSON_TITLES and _name_follows(doc, ent.end):
                ent = ent[:-1]
            # "the Prosecutor General's Office": the NER stops at the possessive
            if len(ent) > 1 and ent[-1].text in ("'s", "’s") and ent.end < len(doc) and \
                    ent.end not in taken and doc[ent.end].text[:1].isupper() and \
                    doc[ent.end].lower_ in BODY_HEAD_NOUNS | {"service", "department", "ministry"}:
                ent = doc[ent.start:ent.end + 1]
            ent = _whole_body_name(doc, ent, taken)
            if len(ent) == 1 and ent[0].tag_ not in ("NNP", "NNPS"):
                continue  # "Judicial ethics require …": an adjective the NER took for a body
            if len(ent) == 1 and (ent[0].lower_ in COMPASS_WORDS or
                                  ent[0].lower_ in AGREEMENT_NAMES or
                                  _capitalised_by_position(ent[0])):
                continue  # "Eastern and Northern Europe", "Nafta", "Battleground state X"
            if ent.start > 0 and re.fullmatch(r"(?:19|20)\d\d", doc[ent.start - 1].text) and \
                    ent.start > 1 and doc[ent.start - 2].lower_ in ("the", "a", "an"):
                continue  # "the 2017 Ford Fusion": a product's model year, not a body
            if _portfolio_in_a_title(ent) and not self.gazetteer.lookup(ent.text):
                continue  # "Minister for Economic Affairs and Climate Action": an office's field
            if _bare(ent[0]) in NAMED_HAPPENINGS or _bare(ent[-1]) in DOCUMENT_WORDS or \
                    ent[-1].lower_.endswith("s") and (ent[-1].lemma_.lower() in DOCUMENT_WORDS
                                                      or ent[-1].lower_[:-1] in DOCUMENT_WORDS) or \
                    ent.text.startswith("State of the Union") or \
                    PARTY_CONVENTION.search(ent.text):
                continue  # "Operation Unified Protector", "the Dodd-Frank Act": not actors
            if _named_as_a_place(doc, ent.start, ent.end) or \
                    self.gazetteer.state_of_city(ent.text) or \
                    not self.gazetteer.lookup(ent.text) and \
                    self._listed_with_places(doc, ent.start, ent.end):
                continue  # "the village of Qubair", "Odesa", "Odesa, Chornomorsk and …": a place
            if TIME_ZONE.search(ent.text):
                continue  # "1700 hours Indian Standard Time": a clock, no body
            if len(ent) == 1 and (ent.text in places or _taken_or_struck_as_a_place(ent[0])) \
                    and not self.gazetteer.lookup(ent.text) and not beside_a_body:
                continue  # "shelled Mariupol" where the article has "in Mariupol": a town
            halves = _coordinated_names(ent)
            if halves and not self.gazetteer.lookup(ent.text):
                # "streamed on Hulu and Ora's site": two bodies the tagger ran together
                for half in halves:
                    found.append(ActorMention(actor=half.text, start=half.start_char,
                                              end=half.end_char, text=half.text, how="ner"))
                taken.update(t.i for t in ent)
                continue
            name = re.sub(r"^(?:[Tt]he|An?)\s+", "", CLOCK_PREFIX.sub("", ent.text.strip()))
            if name in AIRCRAFT_NAMES or name in REGION_NAMES:
                continue  # (a region is where things happen, never a party to them)
            words = name.split()
            if len(words) > 2 and words[1] == "of" and \
                    words[0].casefold() in PERSON_TITLES | CLERIC_TITLES:
                continue  # "the Archbishop of Canterbury": a person's office, no body
            if name in FEATURES_AFTER_THE and re.search(
                    rf"\bthe\s+{name}\b(?!\s+[A-Z])", doc_text(doc)):
                continue  # "Amazon summit" where "the Amazon" is the forest, not the company
            name = re.sub(r"(?:'s|’s)$", "", name).strip()
            name = re.sub(r"(?:'s|’s)?\s*[‘’'\"“”]+$", "", name).strip()  # "DuVernay’s ‘"
            name = re.sub(r"\s+\S+-$", "", name)  # "RNC Co-" of "RNC Co-Chairwoman"
            # "Steele’s RNC": a person's or state's name owning the body is not part of its
            # name ("Jehovah’s Witnesses" is a name of its own)
            owner = re.match(r"^([A-Z][\w.\-]*)(?:'s|’s)\s+(?=[A-Z])", name)
            if owner and (owner.group(1).casefold() in surnames
                          or self.gazetteer.lookup(owner.group(1))):
                name = name[owner.end():]
            if not name[:1].isupper() and not name[:1].isdigit():
                continue  # "the senate": a common noun the NER took for a name
            end_char = ent.end_char
            acronym = BRACKETED_ACRONYM.search(name)
            # (not arms: "High Mobility Artillery Rocket Systems (HIMARS)")
            names_arms = bool(EQUIPMENT_AFTER.match(" " + name.rsplit(None, 1)[-1].lower()))
            if acronym is not None and len(name) > acronym.end() - acronym.start() + 3:
                name = name[:acronym.start()].rstrip()
                end_char = ent.start_char + len(ent.text[:ent.text.rindex("(")].rstrip())
                if not names_arms:
                    acronyms.setdefault(acronym.group(1), name)
            elif ent.end + 2 < len(doc) and doc[ent.end].text == "(" and \
                    doc[ent.end + 2].text == ")" and not names_arms and \
                    BRACKETED_ACRONYM.fullmatch("(" + doc[ent.end + 1].text):
                acronyms.setdefault(doc[ent.end + 1].text, name)
            if len(ent) == 1 and (ent.start > 0 and ent.start - 1 in taken
                                  or ent[0].lower_ in COMMON_ORG_WORDS):
                continue  # "NATO Allies", "the Administration": part of a name or a common noun
            if all(_bare(t) in TITLE_WORDS for t in ent if not t.is_punct):
                continue  # "Sec." before a name: a title the NER took for a body
            if len(ent) == 1 and ent.end < len(doc) and \
                    doc[ent.end].lower_ in PORTFOLIO_HOLDERS:
                continue  # "Labor Minister X", "Home Secretary": the portfolio of a title
            known = [e for e in self.gazetteer.people_named([name])
                     if not _known_only_later(e, doc._.published)] \
                if len(ent) == 1 and ent[0].pos_ == "PROPN" and \
                not any(e.kind != "person" for e in self.gazetteer.lookup(name)) else []
            if name.casefold() not in surnames and len(known) == 1:
                surnames[name.casefold()] = known[0].name  # "Biden's trip": Joe Biden
            if name.casefold() in surnames:
                # "the Trump administration", "the Biden campaign": a person's name, not a
                # body; alone ("pressure for Steele to step down") it is that person
                person = surnames[name.casefold()]
                # "Biden's trip", "Macron's office": the person's own (not "Biden's
                # administration")
                owns = ent.end + 1 < len(doc) and doc[ent.end].text in ("'s", "’s") and \
                    doc[ent.end + 1].lower_ not in EPONYM_NOUNS
                if len(ent) == 1 and person and (owns or ent.end >= len(doc) or (
                        doc[ent.end].lower_ not in EPONYM_NOUNS and
                        not doc[ent.end].text[:1].isupper())
                        or doc[ent.end].lower_ in AGENT_EPONYM_NOUNS):
                    found.append(ActorMention(actor=person, start=ent.start_char,
                                              end=ent.end_char, text=ent.text, how="surname"))
                    taken.update(t.i for t in ent)
                continue
            if re.fullmatch(r"[A-Z]\.", name) and ent.end == ent[-1].sent.end:
                continue  # "wrote on X.": a letter and the full stop, no body's name
            if len(name) <= 1 or "\n" in name or normalise_form(name) in self.outlets or \
                    re.search(r"x000[dD]", name):  # spreadsheet line-break residue
                continue
            cut_short = self._cut_short_body(name)
            if cut_short is not None:
                # "the Organization for Security and Cooperation" without "in Europe"
                found.append(ActorMention(actor=cut_short, start=ent.start_char,
                                          end=ent.end_char, text=ent.text, how="gazetteer"))
                taken.update(t.i for t in ent)
                continue
            pair = self._state_pair(ent)
            if pair is not None:
                found.extend(pair)  # "U.S.-Russia relations": both states, not one body
                taken.update(t.i for t in ent)
                continue
            found.append(ActorMention(actor=name, start=ent.start_char, end=end_char,
                                      text=doc_text(doc)[ent.start_char:end_char], how="ner"))
            taken.update(t.i for t in ent)
        found.extend(self._untagged_bodies(doc, taken))
        # the letters alone where the tagger saw no body in them
        for token in doc:
            if token.text in acronyms and token.i not in taken and \
                    not any(m.start <= token.idx < m.end for m in found):
                found.append(ActorMention(actor=acronyms[token.text], start=token.idx,
                                          end=token.idx + len(token.text), text=token.text,
                                          how="ner"))
                taken.add(token.i)
        # a one-word body the tagger saw in one sentence and missed in another ("BP said …",
        # "… as BP starts to drill"): the article's name is the same body throughout
        one_word = {m.actor for m in found if m.how == "ner" and m.text == m.actor
                    and " " not in m.actor and m.actor[:1].isupper()}
        for token in doc:
            if token.text in one_word and token.i not in taken and token.tag_ == "NNP" and \
                    token.ent_type_ in ("", "ORG") and \
                    not (token.i > 0 and doc[token.i - 1].text[:1].isupper()
                         and not doc[token.i - 1].is_sent_start) and \
                    not (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper()) and \
                    not any(m.start <= token.idx < m.end for m in found):
                found.append(ActorMention(actor=token.text, start=token.idx,
                                          end=token.idx + len(token.text), text=token.text,
                                          how="ner"))
                taken.add(token.i)
        # "the Commission", "Monastery": a generic head noun left alone, when no body of the
        # article ends in it, names no one (whose commission is unknown)
        return [m for m in self._fullest_org_names(found, bodies_named)
                if m.actor.casefold() not in GENERIC_BODY_WORDS | BUILDING_WORDS]

    def _untagged_bodies(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        """"the Central and East European Coalition": a capitalised name after "the" that
        ends in a body's head noun, which the tagger did not see as a body (it took the
        first word for a region)."""
        found = []
        for token in doc:
            if token.lower_ not in BODY_HEAD_NOUNS or not token.text[:1].isupper() or \
                    token.i in taken or token.ent_type_ == "PERSON":
                continue
            k = token.i
            while k > 0 and k - 1 not in taken and (
                    doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha
                    or doc[k - 1].lower_ in ("and", "of", "for") and k > 1
                    and doc[k - 2].text[:1].isupper()):
                k -= 1
            if k < 1 or doc[k - 1].lower_ != "the" or token.i - k < 2 or \
                    doc[k].lower_ in ("and", "of", "for") or \
                    any(t.ent_type_ == "PERSON" or _opens_sentence(t) for t in doc[k:token.i + 1]):
                continue
            span = doc[k:token.i + 1]
            if self.gazetteer.lookup(span.text):
                continue
            found.append(ActorMention(actor=span.text, start=span.start_char,
                                      end=span.end_char, text=span.text, how="ner"))
            taken.update(range(k, token.i + 1))
        return found

    def _cut_short_body(self, name: str) -> str | None:
        """The one gazetteer body whose full name starts with this name of four words or more
        (a writer's shortening of a long name), else None."""
        key = normalise_form(name)
        if len(key.split()) < 4:
            return None
        bodies = {n for form, names in self.gazetteer.forms.items()
                  if form.startswith(key + " ") for n in names
                  if self.gazetteer.entries[n].kind == "organization"}
        return bodies.pop() if len(bodies) == 1 else None

    def _state_pair(self, ent: Span) -> list[ActorMention] | None:
        """"U.S.-Russia", "Sino-Japanese" aside: two states joined by a hyphen or dash."""
        match = re.fullmatch(r"(?:[Tt]he\s+)?(.+?)\s?[-–]\s?(.+)", ent.text)
        if match is None:
            return None
        mentions = []
        for k in (1, 2):
            states = [e for e in self.gazetteer.lookup(_undotted(match.group(k)))
                      if e.kind == "state"]
            if len(states) != 1:
                return None
            start = ent.start_char + match.start(k)
            mentions.append(ActorMention(actor=states[0].name, start=start,
                                         end=start + len(match.group(k)),
                                         text=match.group(k), how="gazetteer"))
        return mentions

    def _fullest_org_names(self, found: list[ActorMention], bodies_named: set[str]
                           ) -> list[ActorMention]:
        """One name per body: "the Court" after "the Supreme Court", "Maine School of Law"
        after "University of Maine School of Law", "Republican party" for "Republican Party".
        A shorter name that ends exactly one longer name in the article is that body; a bare
        head noun ("the Committee") is the latest body named before it with that noun."""
        names = {m.actor for m in found}
        by_fold = dict(self._body_names)
        # the longest spelling first, then the most used ("BuzzFeed" over one "Buzzfeed"),
        # then the alphabet: the same name on every run whatever the set's order
        uses = Counter(m.actor for m in found)
        for name in sorted(names, key=lambda n: (-len(n), -uses[n], n)):
            by_fold.setdefault(normalise_form(name), name)
        out = []
        for m in found:
            name = by_fold.get(normalise_form(m.actor), m.actor)
            # ("the Committee" is the one "… Committee on Benghazi" the article names)
            head_noun = name.casefold() in BODY_HEAD_NOUNS | GENERIC_BODY_WORDS
            longer = {n for n in names if len(n) > len(name) and (
                n.endswith(" " + name) or " " not in name and n.startswith(name + " ")
                or head_noun and f" {name} " in n)}
            if not longer and " " in name:
                # "the Contact Group" after "the Ukraine Defense Contact Group", a body the
                # gazetteer found
                longer = {n for n in bodies_named if n.endswith(" " + name)}
            if len(longer) > 1 and head_noun:
                # several committees: the one named last before this mention
                latest = {n: max((x.start for x in found if x.actor == n and x.start < m.start),
                                 default=-1) for n in longer}
                best = max(latest, key=lambda n: latest[n])
                longer = {best} if latest[best] >= 0 else longer
            if len(longer) == 1:
                name = longer.pop()
            out.append(ActorMention(actor=name, start=m.start, end=m.end, text=m.text,
                                    how=m.how))
        return out

    # ------------------------------------------------------------------ pronouns
    def _pronouns(self, doc: Doc, known: list[ActorMention], taken: set[int]
                  ) -> list[ActorMention]:
        found: list[ActorMention] = []
        # bodies only the NER found ("European Quint") are not antecedents of "he"/"his"
        people = sorted((m for m in known if self._is_person(m.actor)
                         and m.how not in ("group", "ner", "reference")), key=lambda m: m.start)
        author = self._statement_author(doc)
        turns = self._speaker_turns(doc, known)
        self._stated_genders = _stated_genders(doc, people)
        for token in doc:
            if token.i in taken:
                continue
            lower = token.lower_
            if lower in FIRST_PERSON | PLURAL_FIRST_PERSON:
                speaker = author
                earlier_turns = [t for t in turns if t[0] <= token.idx]
                if earlier_turns:
                    speaker = earlier_turns[-1][1]  # the turn's speaker, or nobody ("Q")
                elif lower in PLURAL_FIRST_PERSON:
                    speaker = None  # "we" outside a transcript: too vague a side
                if speaker and not (lower == "us" and token.text == "US"):
                    found.append(ActorMention(actor=speaker, start=token.idx,
                                              end=token.idx + len(token), text=token.text,
                                              how="pronoun"))
                continue
            if lower == "they":
                pair = self._pair_they_stands_for(token, known)
                found.extend(ActorMention(actor=name, start=token.idx, end=token.idx + len(token),
                                          text=token.text, how="pronoun") for name in pair)
                continue
            gender = PRONOUNS.get(lower)
            if gender is None:
                continue
            if lower in ("himself", "herself"):
                # "advisers to the attorney general herself": the person it stands beside
                beside = next((m for m in people if m.end in (token.idx - 1, token.idx)
                               and self._may_be(m.actor, gender)), None)
                if beside is not None and token.dep_ not in ("dobj", "pobj"):
                    found.append(ActorMention(actor=beside.actor, start=token.idx,
                                              end=token.idx + len(token), text=token.text,
                                              how="pronoun"))
                    continue
                # "the chorus Putin has installed around himself": the clause's own subject
                subject = _clause_subject(token)
                own = next((m for m in people if subject is not None
                            and m.start <= subject.idx < m.end), None)
                if own is not None and self._may_be(own.actor, gender):
                    found.append(ActorMention(actor=own.actor, start=token.idx,
                                              end=token.idx + len(token), text=token.text,
                                              how="pronoun"))
                    continue
            if self._owned_by_unnamed_partner(token, known):
                continue
            if _told_by_an_unnamed_person(token, known + found, self._is_person):
                continue
            ahead = self._fronted_owner(token, known, gender) or \
                self._sayers_own(token, known, gender)
            if ahead is not None:
                found.append(ActorMention(actor=ahead, start=token.idx,
                                          end=token.idx + len(token), text=token.text,
                                          how="pronoun"))
                continue
            candidates = []
            for m in reversed(people):
                if m.start >= token.idx:
                    continue
                if token.idx - m.start > 600:
                    break
                if self._may_be(m.actor, gender):
                    candidates.append(m)
            if lower in ("him", "her") and token.dep_ in ("dobj", "dative"):
                # "Trump greeted him", "Putin told her": the object of a verb is not its own
                # subject (that would be "himself")
                subject = _clause_subject(token)
                subjects = {m.actor for m in known + found if subject is not None
                            and m.start <= subject.idx < m.end}
                candidates = [m for m in candidates if m.actor not in subjects]
            antecedent = _salient_antecedent(doc, token, candidates)
            if antecedent:
                mention = ActorMention(actor=antecedent, start=token.idx,
                                       end=token.idx + len(token), text=token.text,
                                       how="pronoun")
                found.append(mention)
                # a resolved "he" carries its person on: "He met X. He then …"
                people.append(mention)
                people.sort(key=lambda m: m.start)
        return found

    def _it_of_a_party(self, doc: Doc, known: list[ActorMention], taken: set[int]
                       ) -> list[ActorMention]:
        """"it" as the subject of a party's act or words ("said", "urged", "accused") is the
        state or body that was the subject of the clause before: of the verb of saying it is
        reported by ("the administration says it wants"), of the clause it is joined to
        ("Kyiv was not consulted, and it said so"), or of the sentence before ("The government
        said 40 people had died. It urged residents …"). A person there, or no party, leaves it
        unread ("It is clear", "it rained" are no acts)."""
        found = []
        for token in doc:
            if token.lower_ != "it" or token.i in taken or token.dep_ != "nsubj" or \
                    token.head.lemma_.casefold() not in PARTY_ACT_VERBS:
                continue
            verb = token.head
            before = None
            if verb.dep_ == "ccomp" and verb.head.lemma_.casefold() in PARTY_ACT_VERBS:
                before = self._subject_party(verb.head, known)  # "X says it wants"
            elif verb.dep_ == "conj" and verb.head.i < token.i:
                before = self._subject_party(verb.head, known)  # "X …, and it said"
            elif verb.dep_ == "ROOT" and verb.sent.start > 0 and not any(
                    c.dep_ in ("mark", "advcl") and c.i < token.i for c in verb.children):
                previous = doc[verb.sent.start - 1].sent
                before = self._subject_party(previous.root, known)
            if before is None:
                continue
            found.append(ActorMention(actor=before, start=token.idx, end=token.idx + len(token),
                                      text=token.text, how="pronoun"))
        return found

    def _subject_party(self, verb: Token, known: list[ActorMention]) -> str | None:
        """The state or body (not a person) that is the subject of ``verb``: named there, or
        the owner of the subject's noun ("Ghana's finance ministry")."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        for word in (subject, *(c for c in subject.children if c.dep_ == "poss")):
            actor = next((m.actor for m in known if m.start <= word.idx < m.end
                          and m.how not in ("group", "pronoun")), None)
            if actor is not None:
                return None if self._is_person(actor) else actor
        return None

    def _sayers_own(self, token: Token, known: list[ActorMention], gender: str) -> str | None:
        """"Kiir, speaking before the pope, said his government would lift …": a possessive
        on the subject of what a named person says is that person's, not the last man named
        between them."""
        if token.dep_ != "poss" or token.head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = token.head.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.casefold() not in SAYERS_OWN_VERBS:
            return None
        sayer = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        named = next((m.actor for m in known if sayer is not None and m.how != "group"
                      and m.start <= sayer.idx < m.end and self._is_person(m.actor)), None)
        return named if named is not None and self._may_be(named, gender) else None

    def _fronted_owner(self, token: Token, known: list[ActorMention], gender: str
                       ) -> str | None:
        """"Speaking to reporters at the end of his visit, Blinken said …", "In his first
        remarks on the matter, Premier Li Qiang said …": a possessive inside a phrase or a
        clause with no subject of its own, set before the main clause, is that clause's
        subject when a person of its gender is named there (it points forward, not to the
        last man named before)."""
        if token.dep_ != "poss":
            return None
        node = token
        while node.head.i != node.i:
            parent = node.head
            subject = next((c for c in parent.children
                            if c.dep_ in ("nsubj", "nsubjpass")), None)
            if node.dep_ in ("advcl", "prep", "npadvmod") and parent.pos_ in ("VERB", "AUX") \
                    and subject is not None:
                # (a participle with no subject of its own is climbed past: "Speaking … at
                # the end of his visit")
                if node.right_edge.i >= subject.left_edge.i or \
                        any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                    return None
                named = next((m.actor for m in known if m.how not in ("pronoun", "group")
                              and m.start <= subject.idx < m.end
                              and self._is_person(m.actor)), None)
                return named if named is not None and self._may_be(named, gender) else None
            node = parent
        return None

    @staticmethod
    def _owned_by_unnamed_partner(token: Token, known: list[ActorMention]) -> bool:
        """"the head of Indo-Pacific Command and his counterpart in China": a possessive on
        the second of two joined nouns whose first is an office nobody is named to is that
        office holder's, no person the article named (it went to the president before)."""
        if token.dep_ != "poss" or token.head.dep_ != "conj":
            return False
        partner = token.head.head
        if partner.pos_ != "NOUN" or partner.lower_ not in TITLE_WORDS | PERSON_HOLDER_NOUNS \
                or partner.i >= token.i:
            return False
        # a name apposed to the office or read into it ("the head of the chancellery,
        # Wolfgang Schmidt, and his counterpart"; "the president and his wife") is the owner
        named = [partner, *(c for c in partner.children if c.dep_ == "appos")]
        return not any(m.start <= t.idx < m.end for t in named for m in known)

    def _pair_they_stands_for(self, token: Token, known: list[ActorMention]) -> list[str]:
        """"Biden and Putin spoke for two hours. They agreed to ...": a "they" that does what
        people do is the two parties a coordinated subject just named (in its own sentence
        before it, or as the subject of the sentence before); nothing when the subject was
        not exactly two actors."""
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in AGENT_VERBS_FOR_THEY:
            return []
        sentence = token.sent
        subjects = [t for t in sentence if t.dep_ == "nsubj" and t.i < token.i and not t.is_stop]
        if not subjects and sentence.start > 0:
            before = token.doc[sentence.start - 1].sent
            subjects = [t for t in before if t.dep_ == "nsubj" and t.head == before.root]
        if len(subjects) != 1:
            return []
        heads = [subjects[0], *subjects[0].conjuncts]
        if len(heads) != 2:
            return []
        names = []
        for head in heads:
            owner = next((m.actor for m in known if m.start <= head.idx < m.end and
                          m.how != "reference"), None)
            if owner is None:
                return []
            names.append(owner)
        return names if len(set(names)) == 2 else []

    def _gender_of(self, person: str) -> str | None:
        """"m", "f" or None: the gazetteer's, else that of a given name of one gender."""
        entry = self.gazetteer.entries.get(person)
        sex = entry.gender if entry is not None and entry.gender else \
            self._stated_genders.get(person) or given_gender(person)
        return sex[:1] if sex else None

    def _may_be(self, person: str, gender: str) -> bool:
        """Can this person be the antecedent of a pronoun of ``gender`` ("male"/"female")?
        The gazetteer writes "m"/"f"; people it does not know get a gender from a given name
        of one gender ("Sarah Kent"); no known gender fits either."""
        sex = self._gender_of(person)
        return not sex or sex == gender[:1]

    def _speaker_turns(self, doc: Doc, known: list[ActorMention]
                       ) -> list[tuple[int, str | None]]:
        """A transcript's turns: (offset, speaker) for each line opened by a speaker label
        ("PRESIDENT ZELENSKYY:", "SECRETARY BLINKEN:", "THE PRESIDENT:"); a questioner ("Q")
        or an unknown label is None. Fewer than two labels: not a transcript."""
        text = doc_text(doc)
        labels = [(m.start(), m.group("label").strip()) for m in SPEAKER_LABEL.finditer(text)
                  if m.group("label").strip() == "Q" or m.group(0).rstrip().endswith(":")]
        if sum(1 for _, label in labels if label != "Q") < 2:
            return []
        turns: list[tuple[int, str | None]] = []
        for start, label in labels:
            turns.append((start, None if label == "Q" else self._label_speaker(
                label, known, doc)))
        return turns

    def _label_speaker(self, label: str, known: list[ActorMention], doc: Doc) -> str | None:
        words = [w for w in re.findall(r"[A-Za-z][\w’'\-]*", label)
                 if w.casefold().rstrip(".") not in TITLE_WORDS | {"the", "ranking", "member"}]
        if words:
            hits = self.gazetteer.people_named([words[-1].title()])
            if len(hits) == 1:
                return hits[0].name
            surname = words[-1].casefold()
            named = [m.actor for m in known if self._is_person(m.actor)
                     and m.actor.split()[-1].casefold() == surname]
            return named[0] if named else None
        if re.search(r"\bPRESIDENT\b", label):
            return self._holder("president", self._home_country(doc), doc._.published, set())
        return None

    def _statement_author(self, doc: Doc) -> str | None:
        """"Statement by President Joe Biden on …" → Joe Biden speaks as "I"."""
        title = doc._.title or ""
        match = STATEMENT_TITLE.match(title.strip())
        if not match:
            return None
        who = match.group("who")
        if re.search(r"\band\b", who):
            return None  # "Remarks by President Biden and President Zelenskyy": two voices
        words = [w for w in re.findall(r"[A-Z][\w\-]+", who)
                 if w.casefold() not in TITLE_WORDS]
        if words:
            hits = self.gazetteer.people_named(words[-2:] if len(words) > 1 else words)
            if len(hits) == 1:
                return hits[0].name
            if len(words) >= 2:
                return " ".join(words[-2:])
        if re.search(r"\bPresident\b", who):
            return self._holder("president", self._home_country(doc), doc._.published, set())
        return None

    # ------------------------------------------------------------------ aggregate
    def _body_owners(self, doc: Doc, mentions: list[ActorMention]) -> dict[str, str]:
        """The state an unknown body belongs to by a possessive before one of its mentions
        ("Turkey's Grand National Assembly", "China's Communist Party")."""
        owners: dict[str, str] = {}
        for m in mentions:
            if m.how != "ner" or m.actor in owners or m.actor in self.gazetteer.entries or \
                    not set(m.actor.casefold().split()) & (BODY_HEAD_NOUNS | STATE_BODY_NOUNS):
                continue  # ("Russia's SolarWinds hack": the company is not Russia's)
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            start = span.start + (1 if span[0].lower_ == "the" else 0)
            state = self._possessive_state_before(doc, start)
            entry = self.gazetteer.entries.get(state or "")
            if entry is not None and normalise_form(doc[start - 2].text) not in \
                    {normalise_form(c) for c in entry.capitals}:
                owners[m.actor] = entry.name  # (not "Georgetown's institute": a capital's)
        return owners

    def _aggregate(self, mentions: list[ActorMention], people: list[PersonFound],
                   day: str | None, owners: dict[str, str] | None = None) -> list[Actor]:
        counts = Counter(m.actor for m in mentions)
        info: dict[str, dict[str, str | None]] = {}
        for p in people:
            if p.actor and p.actor not in info:
                info[p.actor] = p.info
            elif p.actor:
                for key, value in p.info.items():
                    if info[p.actor].get(key) is None and value:
                        info[p.actor][key] = value
        actors = []
        for name, count in counts.most_common():
            entry = self.gazetteer.entries.get(name)
            if entry is not None:
                sector = entry.sector_on(day)
                stated = (info.get(name) or {}).get("sector")
                if stated and entry.kind == "person" and _in_office_only_later(entry, day):
                    # Rubio in 2015, Trump in 2016: the office the gazetteer knows them by had
                    # not begun; what the article calls them ("Sen.") says their sector
                    sector = stated
                actors.append(Actor(name=name, country=entry.country, sector=sector,
                                    kind=entry.kind, mentions=count))
                continue
            hows = {m.how for m in mentions if m.actor == name}
            details = info.get(name)
            if details is not None or hows & {"person", "title", "pronoun", "group"}:
                details = details or {}
                actors.append(Actor(name=name, kind="person", mentions=count,
                                    country=details.get("country"),
                                    sector=details.get("sector"),
                                    affiliation=details.get("affiliation")))
            else:
                country, sector = self._org_info(name)
                country = country or (owners or {}).get(name)
                actors.append(Actor(name=name, kind="organization", mentions=count,
                                    country=country, sector=sector))
        return actors

    def _org_info(self, name: str) -> tuple[str | None, str | None]:
        """Country and sector of a body the gazetteer does not know, from its name: a state
        or demonym inside it ("Russian Railways"), its head noun ("… Bank", "Ministry of …"),
        and for a US-style "Department of …" the article's home country."""
        words = re.findall(r"[\w.’'-]+", name)
        country = None
        for word in words:
            bare = re.sub(r"(?:'s|’s)$", "", word)
            country = country or self.gazetteer.demonyms.get(normalise_form(bare))
            hits = [e for e in self.gazetteer.lookup(bare) if e.kind == "state"]
            if country is None and len(hits) == 1:
                country = hits[0].name
        lowered = {w.casefold().strip(".") for w in words}
        sector = next((sector for heads, sector in ORG_SECTOR_HEADS if lowered & heads), None)
        if sector is None and re.match(r"(?:the\s+)?Cent(?:er|re)\s+(?:for|on|of)\s", name) and \
                lowered & RESEARCH_SUBJECT_WORDS:
            sector = "think_tank"  # "Center for Transatlantic Relations": a research body
        if sector == "government" and lowered & {"international", "world", "united nations"}:
            sector = "intergovernmental"  # "International Energy Agency": states' joint body
        if country is None and sector == "government" and \
                re.match(r"(?:U\.?S\.?\s+)?Department of\b", name):
            country = self._home
        # "House Intelligence Committee", "Senate Armed Services Committee", "Congressional
        # Black Caucus": bodies of the US Congress, named so in US news; "Democratic National
        # Committee": a US party's own body
        body = words[-1].casefold() in ("committee", "subcommittee", "caucus", "conference") \
            if words else False
        # "Senate Committee on Intelligence", "House Committee on Armed Services"
        chamber_committee = len(words) > 3 and words[1].casefold() in (
            "committee", "subcommittee") and words[2] == "on"
        if (body or chamber_committee) and words[0] in ("House", "Senate", "Congressional"):
            sector = "legislature"
            country = country or (self._home if self._home == "United States" else None)
        elif body and words[0] in ("Democratic", "Republican") and len(words) > 2:
            sector = "political_party"
            country = country or (self._home if self._home == "United States" else None)
        return country, sector


def _mention_role(doc: Doc, mention: ActorMention) -> str:
    """"subject" when the mention is (part of) the subject of its clause, else "other"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return "other"
    node = span.root
    for _ in range(3):  # "President Biden", "Biden, the president,": up to the phrase head
        if node.dep_ in ("nsubj", "nsubjpass"):
            return "subject"
        if node.dep_ not in ("compound", "appos", "conj", "flat") or node.head.i == node.i:
            break
        node = node.head
    return "other"


# sites named after a town or a firm: "Sizewell C nuclear plant", "the Kremenchuk refinery"
SITE_NOUNS = frozenset({"plant", "refinery", "dam", "factory", "steelworks", "depot", "shipyard",
                        "airfield", "airport", "mine", "terminal", "pipeline", "pipelines"})
# what sets a son's name apart from his father's ("Jesse Jackson Jr.")
GENERATION_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# nouns of an apposition that says a name is a place ("Demchok, two areas in Ladakh"; not
# "X, the mayor of Y", who is a person)
APPOSED_PLACE_NOUNS = {"area", "areas", "village", "villages", "town", "towns", "city",
                       "cities", "district", "districts", "province", "provinces", "region",
                       "regions", "county", "oblast", "governorate", "enclave", "island",
                       "peninsula", "valley", "port", "suburb", "hamlet"}
# World regions: places, never parties. A region is not an actor ("peace in the Middle East"),
# nor are the unnamed officials of one ("European diplomats said"): the quote keeps its words
# and has no canonical speaker, as with any unnamed group of officials.
REGION_NAMES = {"Middle East", "Near East", "Far East", "Europe", "Eastern Europe",
                "Western Europe", "Central Europe", "Asia", "Central Asia", "East Asia",
                "South Asia", "Southeast Asia", "Asia-Pacific", "Indo-Pacific", "Africa",
                "North Africa", "West Africa", "East Africa", "Sub-Saharan Africa",
                "Horn of Africa", "Sahel", "Maghreb", "Levant", "Balkans", "Western Balkans",
                "Caucasus", "South Caucasus", "Latin America", "Central America",
                "South America", "Caribbean", "Arctic", "Gulf region", "Persian Gulf",
                "Pacific", "South Pacific", "Atlantic", "North Atlantic", "Mediterranean"}
# kinds of body whose name may follow the noun straight ("the oil company Petrobras", "the
# campaign group Avaaz"): what follows is no person
BODY_KIND_NOUNS = {"company", "firm", "group", "network", "agency", "corporation", "carrier",
                   "airline", "bank", "giant", "conglomerate", "manufacturer", "maker",
                   "broadcaster", "newspaper", "outlet", "party", "movement", "organisation",
                   "organization", "institute", "charity", "coalition", "alliance", "militia"}
# words written with a capital that name no one: a report's section labels ("Background: the
# road to Belém", "Analysis:") and the Catholic service ("after Mass")
NAMELESS_CAPITALS = {"Background", "Analysis", "Context", "Explainer", "Timeline", "Update",
                     "Updates", "Editorial", "Opinion", "Correction", "Mass"}
# rivers, forests, deserts and mountains that "the" names as places ("the Amazon", "the Amazon
# countries"); without it a name may be a company's ("Amazon shares")
FEATURES_AFTER_THE = {"Amazon", "Nile", "Danube", "Mekong", "Sahara", "Alps", "Andes",
                      "Himalayas"}
# common nouns a state is called by once named ("the kingdom's", "the country's")
STATE_GENERIC_NOUNS = {"kingdom", "country", "emirate", "republic", "nation", "state"}
# first words of places' names that no person's name opens with
PLACE_NAME_OPENERS = {"Base", "Fort", "Camp", "Mount", "Lake", "Cape", "Port"}
# aircraft named like bodies ("Air Force One has left Helsinki")
AIRCRAFT_NAMES = {"Air Force One", "Air Force Two", "Marine One"}
# a live report's clock time opening a line ("18:30 - "), which the tagger joins to a name
CLOCK_PREFIX = re.compile(r"^\d{1,2}[:.]\d{2}\s*[-–—]?\s*")
# the linking particles of Persian and Urdu compound names ("Jaish-e-Mohammed",
# "Lashkar-e-Taiba", "Tehreek-i-Insaf")
NAME_LINKS = {"e", "i", "ul", "ud", "ut"}
# the name of a time zone ("Indian Standard Time", "Greenwich Mean Time")
TIME_ZONE = re.compile(r"\b(?:Standard|Daylight|Mean|Summer|Saving)\s+Time$")
# Common nouns for settlements and areas: "the town of X", "the X district"
PLACE_NOUNS = {"village", "town", "city", "district", "province", "region", "neighborhood",
               "parts", "area", "areas", "villages", "towns", "cities", "districts", "provinces", "regions",
               "neighbourhood", "suburb", "county", "square", "port", "oblast", "governorate",
               "enclave", "camp", "border", "crossing", "valley", "island", "peninsula",
               # "the mayor of X", "X residents": people of a place name it as one
               "mayor", "residents", "outskirts", "suburbs", "streets",
               # a front line's stretch named after a town ("in the Sloviansk direction")
               "direction", "axis", "sector"}


# nouns that end the head of a body's name, which may go on with "to/on/for …"
# Heads of armed groups' names ("Army of Islam", "Brigades of the Martyrs")
ARMED_GROUP_HEADS = {"army", "brigade", "brigades", "battalion", "battalions", "partisans",
                     "soldiers", "guardians", "mujahideen", "legion", "corps", "martyrs"}
BODY_HEAD_NOUNS = {"committee", "commission", "council", "campaign", "coalition", "fund",
                   "foundation", "institute", "center", "centre", "alliance", "association",
                   "league", "office", "agency", "bureau", "panel", "caucus", "network",
                   "movement", "front", "union", "society", "board", "group"}


def _whole_body_name(doc: Doc, ent: Span, taken: set[int]) -> Span:
    """"the National Committee to Preserve Social Security and Medicare", "the House Select
    Committee on Benghazi", "the Army of Ansar al-Sunna": the NER stops at the lower-case
    word; the name goes on."""
    k = ent.end
    first = k + 2 if k + 2 < len(doc) and doc[k + 1].lower_ == "the" else k + 1
    if not (ent[-1].lower_ in BODY_HEAD_NOUNS | ARMED_GROUP_HEADS and first < len(doc)
            and doc[k].lower_ in ("to", "on", "for", "of", "against")
            and doc[first].text[:1].isupper() and first not in taken
            and not _a_date_word(doc[first])):
        return ent  # not "the Association on Friday"
    j = k + 1
    while j < len(doc) and j not in taken and not _a_date_word(doc[j]) and (
            doc[j].text[:1].isupper() and doc[j].is_alpha
            or doc[j].lower_ in ("and", "of", "the", "for") and j + 1 < len(doc)
            and doc[j + 1].text[:1].isupper()
            or _inside_hyphenated_name(doc, j)):
        j += 1
    return doc[ent.start:j] if j > k + 1 else ent


def _names_a_kind_of_people(doc: Doc, mention: ActorMention) -> bool:
    """"Sikh separatists", "Baloch militants": a lone unknown word read as a person's name that
    only qualifies a plural noun of people names their faith or people, not a person."""
    if mention.how != "person" or mention.actor != mention.text or " " in mention.text:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    return token.dep_ in ("compound", "amod") and token.head.tag_ == "NNS" and \
        token.head.i == token.i + 1


def _inside_hyphenated_name(doc: Doc, j: int) -> bool:
    """"al" and "-" in "Ansar al-Sunna": a particle or hyphen joined to the next name word."""
    if j + 1 >= len(doc) or doc[j].whitespace_:
        return False
    return (doc[j].text == "-" or doc[j].lower_ in NAME_PARTICLES) and \
        (doc[j + 1].text == "-" or doc[j + 1].text[:1].isupper())


def _a_date_word(token: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in MONTHS_AND_DAYS


def _named_as_a_place(doc: Doc, start: int, end: int) -> bool:
    """The name follows "<place noun> of" or is followed by a place noun, or by a site's
    noun perhaps after one qualifier ("Sizewell C nuclear plant", "Azovstal steel works")."""
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in PLACE_NOUNS:
        return True
    if end < len(doc) and doc[end].lower_ in PLACE_NOUNS and doc[end].is_lower:
        return True
    # "Demchok, two areas in Ladakh", "Bakhmut, a town in the east": a place in apposition
    k = end + 1
    while k < len(doc) and k <= end + 3 and doc[k].pos_ in ("DET", "NUM", "ADJ"):
        k += 1
    if end < len(doc) and doc[end].text == "," and k < len(doc) and k > end + 1 and \
            doc[k].lower_ in APPOSED_PLACE_NOUNS:
        return True
    site = [t for t in doc[end:end + 2] if t.is_lower]
    return bool(site) and site[-1].lower_ in SITE_NOUNS and len(site) == min(2, len(doc) - end) \
        or bool(site) and site[0].lower_ in SITE_NOUNS


def _town_and_state(doc: Doc, end: int) -> bool:
    """The name is followed by ", <US state>" and a stop: "Ashton, Md.," or "Dayton, Ohio."
    (a party label after the state, "Smith, Texas Republican", is a person's)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    state = doc[end + 1]
    stop = end + 2
    if state.text in US_STATE_ABBREVIATIONS or state.text in US_STATES:
        pass
    elif end + 2 < len(doc) and f"{state.text} {doc[end + 2].text}" in US_STATES:
        stop = end + 3  # "New York", "North Carolina"
    else:
        return False
    return stop >= len(doc) or doc[stop].is_punct and doc[stop].text not in ("-", "–")


# nouns that give the gender of the person they describe ("his spokesman, Park Min-ho";
# "Kim, the sister of ...")
GENDERED_NOUNS = {
    "spokesman": "m", "chairman": "m", "congressman": "m", "businessman": "m", "brother": "m",
    "son": "m", "husband": "m", "father": "m", "king": "m", "prince": "m", "uncle": "m",
    "nephew": "m", "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f",
    "businesswoman": "f", "sister": "f", "daughter": "f", "wife": "f", "mother": "f",
    "queen": "f", "princess": "f", "aunt": "f", "niece": "f", "lady": "f"}
DESCRIBING_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "RB", "RBS", "PRP$", "NN", "NNP", "HYPH",
                             "POS"})


def _stated_genders(doc: Doc, people: list[ActorMention]) -> dict[str, str]:
    """The gender a noun right before a person's name ("spokesman Wang Wenbin", "his
    spokesman, Park Min-ho") or heading an apposition after it ("Kim, the powerful sister of
    …") gives that person; a person given both is left out."""
    stated: dict[str, set[str]] = {}
    for m in people:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m.how != "person":
            continue
        nouns = []
        k = span.start - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k >= 0:
            nouns.append(doc[k])
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            for token in doc[span.end + 1: span.end + 6]:
                if token.lower_ in GENDERED_NOUNS:
                    nouns.append(token)
                    break
                if token.tag_ not in DESCRIBING_TAGS:
                    break
        for token in nouns:
            sex = GENDERED_NOUNS.get(token.lower_)
            if sex is not None:
                stated.setdefault(m.actor, set()).add(sex)
    return {name: next(iter(sexes)) for name, sexes in stated.items() if len(sexes) == 1}


def _latest_in_office(people: list[Entry], day: str) -> list[Entry]:
    """Of namesakes none of whom holds office on ``day``, the one who left office last when
    the others left at least four years earlier: "Clinton" in 2016 is Hillary Clinton
    (Secretary of State to 2013), not Bill Clinton (President to 2001)."""
    ends: list[tuple[str, Entry]] = []
    for person in people:
        left = [r.end for r in person.roles if r.end and r.end <= day]
        if len(left) != len(person.roles):
            return people  # someone in office, or with a term after the day: no choice here
        ends.append((max(left, default=""), person))
    ends.sort(key=lambda pair: pair[0], reverse=True)
    latest, runner_up = ends[0][0], ends[1][0]
    if latest and (not runner_up or int(latest[:4]) - int(runner_up[:4]) >= 4):
        return [ends[0][1]]
    return people


HONORIFIC_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "sir": "m"}
HONORIFICS = frozenset({*HONORIFIC_GENDERS, "dr"})  # before a name, only ever a person's


# the article joined to an Arabic family name ("al-Sistani", "el-Sisi"): a bare "Sistani" is the
# same name
FAMILY_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)[-‐‑]", re.I)


def _family_key(word: str) -> str:
    """A surname as bare and full mentions of one person share it ("Sistani", "al-Sistani")."""
    return FAMILY_ARTICLE.sub("", word.casefold())


def _honorific_gender(title: str) -> str | None:
    """The gender an honorific in a person's title states ("Mr." → m), if any."""
    genders = {HONORIFIC_GENDERS[w] for w in title.casefold().replace(".", " ").split()
               if w in HONORIFIC_GENDERS}
    return genders.pop() if len(genders) == 1 else None


def _in_office_only_later(entry: Entry, day: str | None) -> bool:
    """Whether every role the gazetteer gives a person began after ``day``."""
    starts = [r.start for r in entry.roles]
    return bool(day and starts and all(start and start > day[:10] for start in starts))


def _known_only_later(entry: Entry, day: str | None) -> bool:
    """Whether every dated role of a gazetteer person began more than a year after ``day``:
    a bare surname then is more likely someone else of that name ("Sanders" in 2016)."""
    starts = [r.start for r in entry.roles if r.start]
    if not day or not starts or len(starts) != len(entry.roles):
        return False
    limit = f"{int(day[:4]) + 1:04d}{day[4:10]}"
    return min(starts) > limit


# verbs whose object is a place rather than a person: "bombed Rafah", "recaptured Zawiya",
# "visited Bucha" (people are visited with a title or a full name the article gives)
PLACE_OBJECT_VERBS = frozenset({
    "bomb", "shell", "besiege", "recapture", "retake", "liberate", "occupy", "invade",
    "annex", "evacuate", "storm", "raid", "encircle", "surround", "pound", "overrun",
    "blockade", "visit", "tour", "seize", "capture", "enter"})


def _taken_or_struck_as_a_place(token: Token) -> bool:
    """The name's head is the object (or a conjoined object) of a verb that takes places."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "dobj" and token.head.pos_ == "VERB" and \
        token.head.lemma_.lower() in PLACE_OBJECT_VERBS


def _used_as_a_place(token: Token) -> bool:
    """A capitalised word tagged as a one-word place, or standing alone after "in"/"near"."""
    if not token.text[:1].isupper():
        return False
    doc = token.doc
    alone = token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I"
    if token.ent_type_ in ("GPE", "LOC", "FAC") and token.ent_iob_ == "B" and alone:
        return True
    if token.i > 1 and doc[token.i - 1].lower_ == "of" and \
            doc[token.i - 2].lower_ in SETTLEMENT_NOUNS and alone:
        return True  # "the lakeside town of Ohrid", "the port of Mariupol"
    return token.i > 0 and doc[token.i - 1].lower_ in PLACE_PREPOSITIONS and \
        token.i + 1 < len(doc) and not doc[token.i + 1].text[:1].isupper() and \
        doc[token.i + 1].text not in ("'s", "’s", "'", "’")


def _surname_as_common_noun(token: Token, surnames: set[str]) -> bool:
    """"Okonkwo met Varga": an unfamiliar surname opening a sentence, tagged a common noun,
    in the place of a party (the article has named its bearer in full)."""
    return token.tag_ == "NN" and token.text in surnames and token.text[:1].isupper() and \
        not token.text.isupper() and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj",
                                                    "conj", "poss", "appos")


def _surname_of_a_person(span: Span) -> bool:
    """A one-word place name closing a person's name: a first name and an initial before it
    ("Lisa O. Monaco"), inside one PERSON entity."""
    doc = span.doc
    k = span.start
    if len(span) != 1 or k < 2 or span[0].ent_type_ != "PERSON":
        return False
    return _is_initial(doc[k - 1]) and doc[k - 1].ent_type_ == "PERSON" and \
        doc[k - 2].ent_type_ == "PERSON" and _name_like(doc[k - 2])


def _first_name_of_a_person(span: Span) -> bool:
    """A one-word place name between a person's title and a surname ("Foreign Minister Israel
    Katz", "President Chad Griffin"); "Ukraine President Zelensky" keeps its state."""
    doc = span.doc
    k = span.start
    if len(span) != 1 or k < 1 or span.end >= len(doc):
        return False
    after = doc[span.end]
    return _bare(doc[k - 1]) in TITLE_WORDS - CONNECTORS and _name_like(after) and \
        after.pos_ == "PROPN" and after.lower_ not in STATE_NOUNS and \
        not (span.end + 1 < len(doc) and _name_like(doc[span.end + 1]))


def _capitalised_by_position(token: Token) -> bool:
    """A one-word name that opens its sentence and that the article also writes in lower case
    ("Battleground state Florida …" beside "battleground states"): a common word."""
    if not _opens_sentence(token):
        return False
    lowered = token.lower_
    return any(t.text == lowered for t in token.doc if t.i != token.i)


def _coordinated_names(ent: Span) -> list[Span]:
    """The two one-word names of an entity "A and B" ("Hulu and Ora's"), when either also
    stands alone elsewhere in the article; else nothing."""
    words = ent[:-1] if ent[-1].text in ("'s", "’s") else ent
    # ("Hogan & Hartson": an ampersand joins the partners of one firm's name)
    if len(words) != 3 or words[1].lower_ != "and" or \
            not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (words[0], words[2])):
        return []
    doc = ent.doc
    alone = any(t.text in (words[0].text, words[2].text) and not ent.start <= t.i < ent.end
                and t.ent_type_ == "ORG" and t.ent_iob_ == "B" and
                (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I") for t in doc)
    return [words[0:1], words[2:3]] if alone else []


def _capital_follows(doc: Doc, i: int) -> bool:
    """The next word after token ``i`` (past blank lines and spreadsheet residue) is
    capitalised: a header or attribution ends there."""
    for t in doc[i + 1:i + 10]:
        if t.is_space or t.text == "_" or re.search(r"x000[dD]", t.text):
            continue
        return t.text[:1].isupper()
    return False


def _named_as_doer(doc: Doc, mention: ActorMention) -> bool:
    """The mention is the doer of a passive verb or participle ("led by Kurt Campbell",
    "hosted by Macron")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.dep_ == "agent"


def _salient_antecedent(doc: Doc, pronoun: Token, candidates: list[ActorMention]
                        ) -> str | None:
    """The person a "he"/"she"/"his"/"him" stands for, among gender-compatible people named
    before it (latest first). A subject or possessive pronoun prefers the subject of its own
    sentence ("Biden said he …"), else the subject of the nearest sentence before it that
    names someone ("Biden met Macron. Later he …" → Biden); an object pronoun ("told him")
    is never the subject of its own verb and takes the latest other person."""
    if not candidates:
        return None
    sentence = pronoun.sent
    if pronoun.dep_ in ("dobj", "pobj", "dative", "iobj"):
        verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
        for _ in range(3):
            # "X and Y held a video call with him": the preposition hangs from the call,
            # and the people excluded are the subject of the verb that holds it
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("dobj", "pobj", "prep") \
                    or verb.head.i == verb.i:
                break
            verb = verb.head
        # (not a possessor inside the subject: "his opponents accuse him" may be his)
        own_subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        for t in c.subtree} - {t.i for c in verb.children
                                               if c.dep_ in ("nsubj", "nsubjpass")
                                               for o in c.children if o.dep_ == "poss"
                                               for t in o.subtree}
        if verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and
                                        c.lower_ in ("who", "that") for c in verb.children):
            # "Tamim, a close ally who met him at the airport": the relative's subject is the
            # person the clause describes (and the name that description stands beside)
            own_subjects |= {verb.head.i} | ({verb.head.head.i} if verb.head.dep_ == "appos"
                                             else set())
        subject_actors = set()
        for m in candidates:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and any(t.i in own_subjects for t in span):
                subject_actors.add(m.actor)
        others = [m for m in candidates if m.actor not in subject_actors]
        if pronoun.dep_ == "pobj" and pronoun.head.lower_ == "with" and \
                verb.lemma_.casefold() in TRAVEL_VERBS:
            # "Cai and Wang travelled with him": the one travelled with is the figure the
            # story follows, the subject of a sentence before, not the latest one named
            leading = [m for m in others if _mention_role(doc, m) == "subject"
                       and m.end <= sentence.start_char]
            if leading:
                return leading[0].actor
        return (others or candidates)[0].actor
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in candidates:  # latest first
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        by_sentence.setdefault(span.sent.start, []).append(m)
    for start in sorted(by_sentence, reverse=True):
        mentions = by_sentence[start]
        subjects = [m for m in mentions if _mention_role(doc, m) == "subject"]
        if start == sentence.start:
            if pronoun.dep_ == "poss":
                # "Austin spoke with his counterpart": the subject of the pronoun's own verb
                verb = pronoun.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                heads = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
                own = {t.i for h in heads for t in doc[h].subtree}
                # the subject's own name before anyone its apposition names ("Kerry,
                # Biden's envoy, held talks with his counterpart": Kerry's)
                for inside in (heads, own):
                    for m in mentions:
                        span = doc.char_span(m.start, m.end, alignment_mode="expand")
                        if span is not None and any(t.i in inside for t in span):
                            return m.actor
                if pronoun.i in own and verb.dep_ == "conj":
                    # "Sanchez had talks with Akhannouch, and his foreign minister met …":
                    # a possessive inside the subject of a joined clause is the first
                    # clause's subject
                    first = {t.i for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                             for t in c.subtree}
                    for m in mentions:
                        span = doc.char_span(m.start, m.end, alignment_mode="expand")
                        if span is not None and any(t.i in first for t in span):
                            return m.actor
                return mentions[0].actor  # "met Macron at his residence"
            if subjects:
                return subjects[0].actor
            # "Putin's last visit was in 2015, when he addressed …": the owner of the
            # subject before the pronoun stands in for a subject
            owners = [m for m in mentions if m.end <= pronoun.idx and _owns_the_subject(doc, m)]
            if owners:
                return owners[-1].actor
            # "Washington sent a delegation led by Campbell to Honiara, where he met …": the
            # doer a "by" names is the sentence's one acting person
            doers = [m for m in mentions if m.end <= pronoun.idx and _named_as_doer(doc, m)]
            if len({m.actor for m in doers}) == 1:
                return doers[0].actor
            # "Berlin sent its envoy X to Kyiv, where he met …": the subject of a clause hung
            # on the main one, whose subject is no person, is the one person the main clause
            # named (not a man of the sentences before)
            named = {m.actor for m in mentions if m.end <= pronoun.idx}
            if len(named) == 1 and pronoun.dep_ in ("nsubj", "nsubjpass") and \
                    pronoun.head.dep_ in ("relcl", "advcl") and pronoun.head.head.i < pronoun.i:
                return named.pop()
            continue  # "After meeting Macron, he …": look for the subject before
        # "Spokesman X provided the following readout:Secretary Y spoke …": the report
        # after the colon is what a later "he" continues
        sent = doc[start].sent
        colons = [t.idx for t in sent if t.text == ":" and _capital_follows(doc, t.i)]
        if colons and any(m.start > colons[-1] for m in mentions):
            mentions = [m for m in mentions if m.start > colons[-1]]
            subjects = [m for m in subjects if m.start > colons[-1]]
        joined = [m for m in subjects if _coordinated(doc, m)]
        if joined and len(joined) < len(mentions):
            # "Rao and Shah travelled with him. He called for …": one of several who are the
            # subject together is no 'he'; the one person named apart is
            subjects = [m for m in subjects if m not in joined]
            mentions = [m for m in mentions if m not in joined]
        if subjects:
            return subjects[-1].actor  # the sentence's first subject: its main clause
        owners = [m for m in mentions if _owns_the_subject(doc, m)]
        return (owners or mentions)[0].actor
    return candidates[0].actor


# the nouns "the visiting …" names a visitor by ("the visiting minister")
PERSON_HOLDER_NOUNS = frozenset({"minister", "president", "leader", "chancellor", "premier",
                                 "secretary", "diplomat", "envoy", "king", "queen", "prince"})
TRAVEL_VERBS = {"travel", "come", "go", "fly", "arrive", "accompany", "journey"}


# people a place locates without making them its government's ("analysts in Beijing",
# "diplomats in Ankara": foreign envoys posted there)
OUTSIDE_GOVERNMENT_PEOPLE = frozenset({
    "analysts", "researchers", "experts", "observers", "commentators", "scholars", "academics",
    "economists", "residents", "protesters", "demonstrators", "activists", "journalists",
    "reporters", "correspondents", "diplomats", "businessmen", "executives", "investors",
    "traders", "students", "critics", "opponents"})


def _locates_people_outside_government(span: Span) -> bool:
    """"Opposition lawmakers in Tokyo criticised the deal", "Diplomats in Ankara said": a
    place after "in" that only says where such people are names no state actor (the
    government's own people, "officials in Seoul", still speak for it)."""
    doc = span.doc
    before = span.start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    if before < 0 or doc[before].lower_ != "in" or doc[before].dep_ != "prep":
        return False
    people = doc[before].head
    if people.pos_ != "NOUN" or people.tag_ != "NNS" or people.i > before:
        return False
    return people.lower_ in OUTSIDE_GOVERNMENT_PEOPLE or any(
        c.lower_ == "opposition" for c in people.children if c.dep_ in ("amod", "compound"))


# people who speak for the government or body seated where they are ("officials in Seoul")
OFFICIAL_PEOPLE = frozenset({"officials", "policymakers", "negotiators", "bureaucrats",
                             "sources", "leaders", "ministers", "ambassadors", "envoys"})


def _locates_officials(span: Span) -> bool:
    """"Officials in Brussels said": the place after "in" says whose officials they are."""
    doc = span.doc
    before = span.start - 1
    if before < 0 or doc[before].lower_ != "in" or doc[before].dep_ != "prep":
        return False
    people = doc[before].head
    return people.pos_ == "NOUN" and people.i < before and people.lower_ in OFFICIAL_PEOPLE


def _coordinated(doc: Doc, mention: ActorMention) -> bool:
    """Whether the mention's phrase is joined by "and" to another ("Rao and Shah")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    for _ in range(3):  # up the phrase: "Two of his ministers, Rao and Shah,"
        if node.dep_ == "conj" or any(c.dep_ == "conj" for c in node.children):
            return True
        if node.dep_ not in ("compound", "appos", "flat") or node.head.i == node.i:
            break
        node = node.head
    return False


def _owns_the_subject(doc: Doc, mention: ActorMention) -> bool:
    """"Putin's visit was …": the mention is the possessor of its clause's subject."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "poss" and \
        span.root.head.dep_ in ("nsubj", "nsubjpass")


# titles whose field of office follows "for"/"of" or comes before them ("Minister for
# Trade", "Commissioner for Justice", "Home Affairs Ministers")
PORTFOLIO_TITLES = {"minister", "ministers", "commissioner", "commissioners", "secretary",
                    "secretaries", "chancellor"}


def _portfolio_in_a_title(ent: Span) -> bool:
    """Whether a body-looking name is the field of an office: its head hangs, through
    coordination, from "for"/"of" after a minister's or commissioner's title, or modifies
    that title ("Finance and Home Affairs Ministers"). A name whose last word is a body's
    head noun ("the Home Department") is a body and stays."""
    if ent[-1].lower_ in BODY_HEAD_NOUNS | {"department", "ministry", "service", "office"}:
        return False
    token = ent.root
    for _ in range(8):
        if token.dep_ in ("conj", "appos") or token.dep_ == "compound" and token.head.pos_ == "PROPN":
            token = token.head
            continue
        break
    if token.dep_ == "pobj" and token.head.lower_ in ("for", "of"):
        title = token.head.head
        # "Secretary of State for the Home Department": the title's own "of State" first
        while title.lower_ not in PORTFOLIO_TITLES and title.dep_ == "pobj" and \
                title.head.dep_ == "prep":
            title = title.head.head
        return title.lower_ in PORTFOLIO_TITLES
    return token.dep_ in ("compound", "nmod", "amod") and token.head.lower_ in PORTFOLIO_TITLES


def _bare(token: Token) -> str:
    return token.lower_.rstrip(".").rstrip(",")


NOT_A_NAME = re.compile(r"https?:|www\.|[/@\\|<>{}=_]|\.(?:com|org|gov|net)\b|^\W*$|^[\d\W]+$")


FACILITY_WORDS = frozenset({"room", "base", "airport", "hotel", "hall", "square", "building",
                            "residence", "stadium", "airfield", "compound", "embassy grounds",
                            "palace", "hospital", "prison", "jail", "mosque", "cathedral",
                            "museum", "arena", "tower", "plaza", "cemetery", "bridge",
                            "station", "fairgrounds", "fairground", "auditorium", "theater",
                            "theatre", "courthouse", "nightclub", "ballroom", "gymnasium",
                            # war news: sites struck or held ("Kremenchuk Oil Refinery",
                            # "the Zaporizhzhia Nuclear Power Plant", "Azovstal Steel Works")
                            "refinery", "plant", "dam", "factory", "steelworks", "works",
                            "depot", "shipyard", "seaport"})
# Last words of schemes and documents that the small model tags as bodies.
SCHEME_WORDS = frozenset({"program", "programme", "initiative", "list", "release"})
# Faiths are what people hold, not parties that act ("radical Islam"); their bodies
# ("the Orthodox Church") are named otherwise.
RELIGIONS = frozenset({"islam", "christianity", "judaism", "hinduism", "buddhism", "sikhism",
                       "catholicism", "protestantism", "shinto", "taoism", "god", "allah"})
# Public programmes named like bodies ("cuts to Social Security"); the agencies that run them
# carry their own names ("the Social Security Administration").
PROGRAMMES = frozenset({"social security", "medicare", "medicaid", "obamacare"})
# named weapon systems war news writes without a following "missiles" or "system" ("the
# Iron Dome intercepted ...", "HIMARS struck ..."): things, not actors
WEAPON_NAMES = frozenset({
    "iron dome", "david's sling", "himars", "atacms", "nasams", "iris-t", "gepard", "javelin",
    "javelins", "stinger", "stingers", "nlaw", "nlaws", "bayraktar", "bayraktars", "kalibr",
    "iskander", "kinzhal", "shahed", "shaheds", "storm shadow", "leopards", "switchblade",
    "sarmat", "avangard", "zircon", "tochka-u", "pantsir", "s-300", "s-400"})
# (names that are also people's or firms' - Patriot, Abrams, Bradley, Lancet - are left to
# EQUIPMENT_AFTER, which needs the "missiles", "tanks" or "system" after them)
# "the Senate race", "House primary": the office contested, after a body's name
ELECTORAL_NOUN_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:special\s+|general\s+|primary\s+)?(?:race|races|primary|primaries|seat|seats|"
    r"election|elections|candidate|candidates|contest|runoff|nomination|hopeful|hopefuls)\b")
# The nouns of a thing a company's or project's name may modify ("the Keystone XL pipeline",
# "the SolarWinds hack"): the name then stands for the thing, which acts in nothing.
THING_NOUN_AFTER = re.compile(
    r"\s+(?:(?:gas|oil)\s+)?(?:pipelines?|hack|hacks|hacking|breach|breaches|cyberattacks?|"
    r"cyber-attacks?|software|malware|spyware|app|apps|programme|programmes|program|programs)\b")
# Time zones next to a clock time ("1300 GMT"), which the small model tags as bodies.
TIME_ZONES = frozenset({"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
                        "bst", "cet", "cest", "eet", "eest", "msk", "ist", "jst", "kst", "aest"})
# Places the small model takes for bodies: venues of meetings and regions in dispute, which
# are where things happen, not parties (their authorities are named otherwise).
PLACE_NAMES = frozenset({
    "oval office", "rose garden", "camp david", "mar-a-lago", "crimea", "donbas", "donbass",
    "donetsk", "luhansk", "lugansk", "kherson", "zaporizhzhia", "kashmir", "gaza", "gaza strip",
    "west bank", "golan heights", "nagorno-karabakh", "abkhazia", "south ossetia",
    "transnistria", "xinjiang", "tibet",
})
# Section labels of news pages ("Analysis | Europe"), read as a body by the small model.
SECTION_LABELS = frozenset({"analysis", "opinion", "commentary", "editorial", "op-ed",
                            "explainer", "live", "breaking", "exclusive", "factbox"})
# "Brown v. Board of Education", "Roe vs. Wade": a court case, named after its parties.
COURT_CASE = re.compile(r"\s(?:v|vs)\.?\s")


def _title_runs_into_a_name(doc: Doc, i: int) -> bool:
    """Do capitalised title words (with "for"/"of"/"the") lead from token ``i`` to a person's
    name?"""
    while i < len(doc) and (doc[i].text[:1].isupper() or doc[i].lower_ in CONNECTORS):
        if doc[i].ent_type_ == "PERSON":
            return True
        i += 1
    return False


# nouns a city's name qualifies as where something happened or was signed, not as its
# government ("the Minsk agreements", "the Copenhagen shooting", "the Geneva summit")
CITY_QUALIFIED_NOUNS = frozenset({
    "agreement", "agreements", "accord", "accords", "protocol", "protocols", "convention",
    "conventions", "format", "process", "shooting", "shootings", "attack", "attacks",
    "bombing", "bombings", "blast", "explosion", "explosions", "massacre", "siege", "summit",
    "conference", "marathon", "airport", "metro", "subway", "ii", "negotiations",
    "memorandum", "declaration", "communique", "communiqué", "treaty", "treaties", "formula",
    "framework", "deal", "ceasefire", "truce"})


# the last words of the names of seas, straits and other features of the earth ("the Korean
# Peninsula", "the South China Sea"), which a state's name or adjective may open
FEATURE_WORDS = frozenset({"Peninsula", "Sea", "Seas", "Strait", "Straits", "Gulf", "Ocean",
                           "Basin", "Desert", "Plateau", "Channel", "Bay"})


def _opens_a_feature_name(span: Span) -> bool:
    """Is the state's name or adjective the opening of a sea's, strait's or peninsula's name
    ("the Korean Peninsula", "the Taiwan Strait", "the South China Sea")?"""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in FEATURE_WORDS


def _city_names_a_thing(doc: Doc, end: int) -> bool:
    """The word after a capital's name is a thing it names, not an office."""
    return end < len(doc) and doc[end].lower_ in CITY_QUALIFIED_NOUNS


def _part_of_a_web_address(doc: Doc, start_char: int, end_char: int) -> bool:
    """"Censor.NET", "Meduza.io": a name glued to a dot and a domain ending is a site's."""
    text = doc_text(doc)
    after = re.match(r"\.(?:com|net|org|info|io|ru|ua|uk|eu)\b", text[end_char:], re.IGNORECASE)
    before = start_char >= 2 and text[start_char - 1] == "." and text[start_char - 2].isalnum() \
        and text[start_char:end_char].casefold() in ("com", "net", "org", "info", "io", "ru", "ua")
    return after is not None or before


# verbs whose destination is where a leader went to be received ("arrived in Moscow")
VISIT_VERBS = frozenset({"arrive", "visit", "travel", "fly", "land", "go", "come", "head"})


def _visited(token: Token) -> bool:
    """The place is the destination of a visit verb: "visited Kyiv", "arrived in Moscow",
    "travelled to Beijing"."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "visit":
        return True
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in ("in", "to") and \
        prep.head.lemma_.lower() in VISIT_VERBS


def _holders_in_apposition(doc: Doc, roles: list[ActorMention], people: list[PersonFound]
                           ) -> list[ActorMention]:
    """"The White House press secretary, Karine Jean-Pierre, said": a title the article
    follows with a person's name between commas is that person, whoever the gazetteer has in
    the office that day (the article knows better; its date may be off or the office new)."""
    text = doc_text(doc)
    starts = {doc[p.name_start].idx: p for p in people if p.actor}
    # "Yuri Ushakov, Putin's foreign policy aide, said": a title after a name between commas
    # is that person's (the name's end, then the owner of the title if any)
    ends = {doc[p.name_end - 1].idx + len(doc[p.name_end - 1].text): p for p in people if p.actor}
    closes = re.compile(r"\s*(?:,(?!\s*(?:and|or)\b)|[.;:)]|$)")
    out = []
    for role in roles:
        # (a courtesy title or a military rank may stand before the name: "the prime
        # minister, Prince X,", "Niger's leader, General X,")
        gap = re.match(rf",\s*(?:(?:{COURTESY_WORDS}|{RANK_WORDS})\s+)*", text[role.end:], re.I)
        person = starts.get(role.end + gap.end()) if gap else None
        if person is not None and STAFF_BEFORE.search(text, max(0, role.start - 40), role.start):
            person = None  # "a spokeswoman for the foreign minister, Clare Dunmore": the aide's name
        if person is not None and person.actor != role.actor:
            after = text[doc[person.name_end - 1].idx + len(doc[person.name_end - 1].text):]
            # (a name with an office of its own only where the apposition plainly closes:
            # "the organisation's chairman, Foreign Minister X, warned", not a list)
            if _honorific_only(person.title) and re.match(r"\s*[,.;:)]|\s*$", after) or \
                    re.match(r",\s*(?!and\b|or\b)[a-z]", after):
                role = ActorMention(actor=person.actor, start=role.start, end=role.end,
                                    text=role.text, how=role.how)
                out.append(role)
                continue
        before = re.search(r",\s*(?:the\s+)?(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+)?$",
                           text[max(0, role.start - 60):role.start])
        named = ends.get(role.start - 60 + before.start() if role.start >= 60 else before.start()) \
            if before else None
        if named is not None and named.actor != role.actor and role.how == "title" and \
                closes.match(text, role.end):
            role = ActorMention(actor=named.actor, start=role.start, end=role.end,
                                text=role.text, how=role.how)
        out.append(role)
    return out


# one who serves the office holder named next: "a spokesman for the president", "an aide to"
STAFF_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|aides?|advis[eo]rs?|assistants?|secretary|staffers?|"
    r"counsel(?:l?or)?s?|deputy|deputies)\s+(?:for|to)\s+$", re.IGNORECASE)
# Titles of courtesy or rank that name no office: "the prime minister, Prince X," is X.
HONORIFICS = frozenset({"prince", "princess", "sheikh", "sheikha", "sir", "dame", "lord", "lady",
                        "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms."})


COURTESY_WORDS = "|".join(re.escape(w) for w in sorted(HONORIFICS, key=len, reverse=True))


# Military ranks, which name no office either: "the junta's leader, General X," is X.
RANKS = RANKS_WRITTEN_OUT | {"general", "gen.", "col.", "lt.", "capt.", "major", "admiral",
                             "field"}
RANK_WORDS = "|".join(re.escape(w) for w in sorted(RANKS, key=len, reverse=True))


def _honorific_only(title: str) -> bool:
    """Whether a person's title is empty or only courtesy words or ranks (no office of its
    own)."""
    return all(word in HONORIFICS | RANKS for word in title.casefold().split())


def _acronym_of_a_document(doc: Doc, letters: str) -> bool:
    """Whether the article introduces ``letters`` in brackets after the name of a law, treaty
    or plan: "the National Defense Authorization Act (NDAA)", "the Joint Comprehensive Plan
    of Action (JCPOA)"."""
    if not (2 <= len(letters) <= 8 and letters.isupper() and letters.isalpha()):
        return False
    text = doc_text(doc)
    for match in re.finditer(r"\(\s*" + re.escape(letters) + r"\s*\)", text):
        before = re.findall(r"[A-Za-z][\w'-]*", text[max(0, match.start() - 160):match.start()])
        words = [w for w in before if w[:1].isupper() or w in ("of", "on", "and", "for", "the")]
        for start in range(len(words)):
            tail = words[start:]
            capitals = "".join(w[0] for w in tail if w[:1].isupper())
            every = "".join(w[0] for w in tail).upper()
            if (capitals == letters or every == letters) and \
                    any(w.casefold() in DOCUMENT_WORDS | {"plan", "action"} for w in tail):
                return True
    return False


def _undotted(text: str) -> str:
    """"U.N." → "UN": the gazetteer's spelling of a dotted acronym."""
    return text.replace(".", "") if DOTTED_ACRONYM.fullmatch(text) else text


def _plausible_name(name: str) -> bool:
    """Page debris the tagger calls an organisation (a URL, "Stream OptionA", a path) is not
    an actor: a name has letters, no web or markup characters, and an ordinary length."""
    if NOT_A_NAME.search(name) or len(name) > 80 or COURT_CASE.search(name) or \
            name.casefold() in RELIGIONS | PROGRAMMES | PLACE_NAMES | SECTION_LABELS | TIME_ZONES \
            | MARKET_INDICES | WEAPON_NAMES:
        return False
    if name.split()[-1].casefold() in FACILITY_WORDS:
        return False  # "Situation Room", "Ramstein Air Base": places, not actors
    if name.split()[-1].casefold() in SCHEME_WORDS:
        return False  # "Weatherization Assistance Program", "the Entity List": schemes
    # "OptionA", "iPhoneX": a lower-to-upper switch inside a word is markup, not a name,
    # unless it is a Mc/Mac surname ("McCarthy") or a two-capital word ("NATO").
    return not re.search(r"\b(?!Mc|Mac)[A-Za-z][a-z]{2,}[A-Z]\b", name)


BRACKETED_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z&]{1,8})\s*\)?$")


def _in_capitals_heading(doc: Doc, ent: Span) -> bool:
    """A name inside a line in capitals of three words or more ("GOALS OF THE PRICE CAP"): a
    heading, where the small model's labels mean little."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start:end if end >= 0 else len(text)]
    words = re.findall(r"[A-Za-z]+", line)
    return len(words) >= 3 and all(w.isupper() for w in words)


def _of_a_group_name(doc: Doc, k: int) -> bool:
    """The token before ``k`` is "of" (or "of the") after a capitalised group's head noun."""
    j = k - 1
    if doc[j].lower_ == "the":
        j -= 1
    return j >= 1 and doc[j].lower_ == "of" and doc[j - 1].text[:1].isupper() and \
        doc[j - 1].lower_ in BODY_HEAD_NOUNS | ARMED_GROUP_HEADS


ROLE_NOUNS = frozenset({"chief", "staff", "spokesman", "spokeswoman", "spokesperson", "adviser",
                        "advisor", "aide", "envoy", "ambassador", "deputy", "head", "minister",
                        "secretary", "director", "negotiator", "counterpart", "official",
                        # ("Ghana's president, Nana Akufo-Addo": a leader's name the small
                        # tagger calls an organisation)
                        "president", "leader", "chancellor", "premier", "king", "queen",
                        "governor", "mayor", "emir"})


def _place_by_its_article(doc: Doc, start: int, end: int) -> bool:
    """"a tour of the South Pacific, China's foreign minister …": a name after "the", or one
    the tagger calls a region, is a place, not a person the role beside it belongs to."""
    return start > 0 and doc[start - 1].lower_ == "the" or \
        all(t.ent_type_ == "LOC" for t in doc[start:end])


def _apposition_to_a_role(token: Token) -> bool:
    """"Merkel's chief of staff, Helge Braun, …": a name set beside a person's role is a
    person's, whatever the tagger called it."""
    if any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS and c.i > token.i
           for c in token.children):
        return True  # "Nana Akufo-Addo, Ghana's president, said"
    if token.dep_ != "appos":
        return False
    head = token.head
    return head.lower_ in ROLE_NOUNS or any(
        t.lower_ in ROLE_NOUNS for t in head.subtree if t.i < token.i and t.pos_ == "NOUN")


def _clause_subject(token: Token) -> Token | None:
    """The subject of the verb a word hangs from ("Putin" for "himself" in "Putin has
    installed a chorus around himself")."""
    head = token.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            return _doer_of(head)
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _doer_of(verb: Token) -> Token | None:
    """The subject of a verb; for an infinitive without one, whoever the verb it completes
    sets to do it: its object ("urged Macron to visit Kyiv himself": Macron), else its own
    subject ("Scholz wanted to go himself": Scholz)."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return subject
        controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if controller is not None:
            return controller
        verb = verb.head
    return None


def _office_title_before(doc: Doc, k: int) -> int | None:
    """Where the title starts whose office runs into a name after "and" ("Assistant Secretary
    for International Trade and | Development …"): the first of the title words found going
    left over capitalised words and connectors, else None."""
    if k < 2 or doc[k - 1].lower_ not in ("and", "&"):
        return None
    found = None
    for j in range(k - 2, max(-1, k - 14), -1):
        token = doc[j]
        if "\n" in token.whitespace_:
            break
        if not (token.text[:1].isupper() or token.lower_ in CONNECTORS | {"and"}):
            break
        if _bare(token) in TITLE_WORDS - CONNECTORS:
            found = j
    return found if found is not None and any(
        _bare(t) in PERSON_TITLES for t in doc[found:k]) else None


# Arms and equipment the small model tags as people ("a Patriot air-defense battery",
# "Javelin anti-tank missiles", "Leopard tanks"): a name followed by one of these nouns,
# perhaps after a kind word, is the thing's name.
EQUIPMENT_AFTER = re.compile(
    r"(?:[\s-]+(?:anti-\w+|air-defen[cs]e|air\s+defen[cs]e|surface-to-air|air-to-\w+|"
    r"ground-based|long-range|short-range|medium-range|guided|ballistic|cruise|"
    r"main\s+battle|infantry|fighting|armou?red|combat|attack))*"
    r"[\s-]+(?:missiles?|rockets?|batter(?:y|ies)|systems?|launchers?|tanks?|drones?|jets?|"
    r"interceptors?|howitzers?|munitions?|ammunition|shells|vehicles?|helicopters?|aircraft|"
    r"warships?|frigates?|submarines?|rifles?|guns?|fighters?|carriers?)\b")


def _names_equipment(doc: Doc, p: PersonFound) -> bool:
    """An untitled name that is the make of arms ("Patriot", "Javelin", "Bradley")."""
    if p.title or p.name_start > 0 and doc[p.name_start - 1].text == "-":
        return False  # ("pro-Assad tanks": the tanks' side)
    if MODEL_DESIGNATION.fullmatch(doc[p.name_start:p.name_end].text):
        return True  # "F-16s", "S-400", "MiG-29": an aircraft's or a missile's model
    last = max((t for t in doc[p.name_start:p.name_end] if t.text[:1].isupper()),
               key=lambda t: t.i, default=None)
    return last is not None and bool(
        EQUIPMENT_AFTER.match(doc_text(doc), last.idx + len(last.text)))


INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")


def _middle_initials(doc: Doc, p: PersonFound) -> list[str]:
    """The letters of the initials between a person's first and last name words ("H. W." or
    "H.W." of "George H. W. Bush"), in order."""
    if len(p.words) < 2:
        return []
    letters: list[str] = []
    for t in doc[p.name_start + 1: p.name_end - 1]:
        if INITIALS.fullmatch(t.text):
            letters.extend(c for c in t.text if c.isalpha())
    return letters


def _initials_conflict(entry: Entry, initials: list[str]) -> bool:
    """Whether the gazetteer writes the person's middle name(s) with other first letters than
    the initials the article gives; an entry with no middle name in any spelling never
    conflicts."""
    seen = []
    for spelling in [entry.name, *entry.aliases]:
        words = [w for w in spelling.replace(",", " ").split() if w not in ("Jr.", "Sr.")]
        if len(words) > 2:
            seen.append([w[0] for w in words[1:-1] if w[:1].isupper()])
    return bool(seen) and initials not in seen


def _is_initial(token: Token) -> bool:
    if re.fullmatch(r"[A-Z]\.?", token.text):
        return True
    # "H.W." between two name words ("George H.W. Bush"); "U.S." and the like are places
    doc = token.doc
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,3}", token.text)) and \
        token.text not in ("U.S.", "U.K.", "U.N.", "E.U.", "D.C.") and \
        0 < token.i < len(doc) - 1 and doc[token.i - 1].is_alpha and \
        doc[token.i - 1].text[:1].isupper() and doc[token.i + 1].is_alpha and \
        doc[token.i + 1].text[:1].isupper()


def _name_like(token: Token) -> bool:
    text = token.text
    if _is_initial(token):
        return True
    if not text[:1].isupper() or not re.fullmatch(r"[A-Z][\w'’\-]*\.?", text):
        return False
    if _bare(token) in TITLE_WORDS or text.isupper() and len(text) > 1:
        return False
    if token.pos_ in ("ADV", "SCONJ", "DET", "PRON", "ADP", "AUX", "CCONJ") or \
            token.lower_ in ("how", "why", "what", "when", "where", "while", "if"):
        return False  # "How Trump …", "While Putin …": a capitalised function word
    if _opens_sentence(token) and token.tag_ in SENTENCE_CAPITAL_TAGS and \
            (token.ent_type_ != "PERSON" or token.tag_ == "NNS"):
        return False  # "Attacking Hillary Clinton, …", "Scholars have …": by position only
    if _opens_sentence(token) and token.tag_ == "NN" and token.ent_type_ != "PERSON" and \
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_type_ == "PERSON":
        return False  # "Activist Angela Davis …": a common noun before the name
    return not text.endswith(".")


# Tags of words that a sentence start capitalises without making them names: verbs,
# adjectives, adverbs, plural common nouns ("Attacking", "Asked", "Angry", "Critics").
SENTENCE_CAPITAL_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ", "JJR", "JJS",
                                   "RB", "RBR", "RBS", "NNS", "MD"})


def _opens_sentence(token: Token) -> bool:
    """First word of its sentence, or first after an opening quotation mark or dash."""
    if token.is_sent_start:
        return True
    before: Token | None = token.nbor(-1) if token.i > 0 else None
    return before is not None and before.text in ('"', "“", "‘", "'", "—", "–", "(") and \
        (before.i == 0 or bool(before.is_sent_start))


def _capitalised_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of capitalised tokens (with 'of'/'the'/'for' inside titles), ending in a name."""
    runs = []
    i = 0
    n = len(doc)
    while i < n:
        if i in taken or not doc[i].text[:1].isupper():
            i += 1
            continue
        j = i
        while j < n and j not in taken and "\n" not in doc[j].text_with_ws[:-1] and (
                doc[j].text[:1].isupper()
                or (doc[j].lower_ in CONNECTORS and j > i and _capital_after(doc, j))
                or (doc[j].lower_ in NAME_PARTICLES and j > i and _particle_joins(doc, j))
                # (a hyphen joins a name's halves; a spaced dash parts a dateline from the
                # story: "Indonesia - President Biden")
                or doc[j].text == "-" and not doc[j].whitespace_ and not doc[j - 1].whitespace_
                or _nickname_at(doc, j, i)
                or _hyphen_syllable(doc, j, i)
                or j - 2 > i and _nickname_at(doc, j - 2, i)):
            if "\n" in doc[j].whitespace_ or (j + 1 < n and doc[j + 1].is_space):
                j += 1
                break
            j += 1
        end = j
        # ", Jr." belongs to the name before it
        if end + 1 < n and doc[end].text == "," and doc[end + 1].lower_ in NAME_SUFFIXES:
            end += 2
        runs.append((i, end))
        i = max(j, i + 1)
    return runs


# lower-case particles inside Arabic, Dutch, German, Italian, Spanish and French names
NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "del", "della", "di", "da",
                  "dos", "das", "du", "van", "von", "der", "den", "ter", "la", "le"}


def _particle_before(doc: Doc, k: int, start: int) -> int:
    """How many tokens before ``k`` are a name particle joined to the name word at ``k``:
    2 for "al" + "-", 1 for "bin", 0 when there is none."""
    if k - 2 >= start and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and \
            doc[k - 2].lower_ in NAME_PARTICLES and not doc[k - 2].whitespace_ and \
            (doc[k - 2].text[:1].isupper() or k - 3 >= start and _name_like(doc[k - 3])):
        return 2
    if k - 2 >= start and doc[k - 1].text.islower() and doc[k - 1].lower_ in NAME_PARTICLES \
            and _name_like(doc[k - 2]):
        return 1
    if k - 3 >= start and doc[k - 1].text.islower() and doc[k - 2].text.islower() and \
            doc[k - 1].lower_ in NAME_PARTICLES and doc[k - 2].lower_ in NAME_PARTICLES and \
            _name_like(doc[k - 3]):
        return 2  # "Ursula von der Leyen": two particles
    return 0


def _hyphen_syllable(doc: Doc, k: int, start: int) -> bool:
    """A lower-case syllable glued by a hyphen to a name inside a person's name: the "in" of
    "Moon Jae-in", the "un" of "Kim Jong-un"."""
    return k - 2 >= start and doc[k].text.isalpha() and doc[k].text.islower() and \
        doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and \
        not doc[k - 2].whitespace_ and doc[k - 2].text[:1].isupper() and \
        len(doc[k].text) <= 4 and "PERSON" in (doc[k].ent_type_, doc[k - 2].ent_type_)


QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "``", "''"}


def _nickname_at(doc: Doc, k: int, start: int) -> bool:
    """Tokens k..k+2 are a quoted nickname between a first name and a surname:
    'Marcia "Cia" Price', "Robert 'Beto' O'Rourke" (a headline's "Reveals ‘Demoralizing’
    Experience" is no name: the nickname is a proper noun next to a person's name)."""
    return k > start and k + 3 < len(doc) and doc[k].text in QUOTE_MARKS and \
        doc[k + 2].text in QUOTE_MARKS and doc[k + 1].text[:1].isupper() and \
        doc[k + 1].is_alpha and doc[k + 1].pos_ == "PROPN" and _name_like(doc[k - 1]) and \
        doc[k + 3].text[:1].isupper() and "PERSON" in (doc[k - 1].ent_type_,
                                                        doc[k + 3].ent_type_)


def _joined_words(span: Span) -> list[str]:
    """Name words, initials left out, hyphenated pieces kept together ("al-Keeb"), a quoted
    nickname left out."""
    words: list[str] = []
    glue = False
    nickname = {t.i + d for t in span if _nickname_at(span.doc, t.i, span.start)
                for d in range(3)}
    for t in span:
        if t.i in nickname:
            continue
        # an initial stands before a surname; a last letter is part of the name ("Malcolm X")
        if _is_initial(t) and not glue and (t.i + 1 < span.end or t.text.endswith(".")):
            continue
        if glue and words:
            words[-1] += t.text
        else:
            words.append(t.text)
        glue = not t.whitespace_ and (t.text == "-" or
                                      (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-"))
    return [w for w in words if w != "-"]


# words that make a "<demonym> ..." body an arm of that state rather than a body of its own
STATE_ARM_WORDS = {"ministry", "government", "army", "forces", "military", "embassy", "navy",
                   "troops", "police", "administration", "cabinet", "parliament", "president",
                   "foreign", "defense", "defence", "state", "air", "armed", "security"}


def _opens_a_body_name(token: Token) -> bool:
    """A demonym that opens a NER body of three or more capitalised words that is not an arm
    of the state ("Syrian National Council", not "Russian Foreign Ministry")."""
    if token.ent_type_ != "ORG":
        return False
    span = _entity_at(token)
    if span is not None and span[0].lower_ == "the":
        span = span[1:]
    if span is None or span.start != token.i or len(span) < 3:
        return False
    if not all(t.text[:1].isupper() for t in span[1:]
               if t.is_alpha and t.lower_ not in CONNECTORS):
        return False
    return not any(t.lower_ in STATE_ARM_WORDS for t in span)


def _inside_a_body_name(token: Token) -> bool:
    """A demonym after a connector inside a NER body whose words are all capitalised ("the
    Center for American Progress", "Institute for Chinese Studies"), that is not an arm of the
    state."""
    span = _entity_at(token)
    if token.ent_type_ != "ORG" or span is None or span.start >= token.i or \
            token.nbor(-1).lower_ not in CONNECTORS | {"on"}:
        return False
    words = [t for t in span if t.is_alpha and t.lower_ not in CONNECTORS | {"on"}]
    return len(words) >= 2 and all(t.text[:1].isupper() for t in words) and \
        not any(t.lower_ in STATE_ARM_WORDS for t in span)


# organs of a state that follow its name ("United States Senate"): still the state's own
STATE_ORGAN_WORDS = STATE_ARM_WORDS | STATE_NOUNS | {"senate", "congress", "house", "department", "mission",
                                       "delegation", "treasury", "marines", "marine", "agency",
                                       "office", "coast", "national", "permanent", "trade"}


def _longer_name_after(span: Span) -> list[Token]:
    """The words (letters only) by which a NER body goes on after a known name that opens it,
    when they go on with a capital; else none."""
    entity = _entity_at(span[0])
    if entity is None or entity.label_ != "ORG" or entity.end <= span.end:
        return []
    rest = [t for t in entity.doc[span.end:entity.end] if t.is_alpha]
    return rest if rest and rest[0].text[:1].isupper() else []


def _state_opens_a_body_name(span: Span) -> bool:
    """A state's name that opens a longer NER body whose further words name no organ of the
    state ("United States Conference of Mayors", "United States Chamber of Commerce")."""
    rest = _longer_name_after(span)
    return bool(rest) and not any(t.lower_ in STATE_ORGAN_WORDS for t in rest)


# last words of a body's own name that no organ of a state or body ends with ("… Association",
# "… Party of …"): with them, a known name inside is only part of another body's name
OWN_BODY_HEADS = frozenset({"association", "federation", "confederation", "party", "front",
                            "movement", "league", "foundation", "society", "club", "church",
                            "university", "college", "academy", "brotherhood", "union",
                            "chamber", "institute"})


def _body_opens_a_longer_name(span: Span) -> bool:
    """A known body or seat that opens a longer NER body ending in a body's own head noun
    ("White House Correspondents' Association", "NATO Parliamentary Assembly" is not one: an
    assembly may be the body's own organ)."""
    rest = _longer_name_after(span)
    return bool(rest) and rest[-1].lower_ in OWN_BODY_HEADS


def _state_closes_a_body_name(span: Span) -> bool:
    """A state named after "of" at the end of a longer NER body whose head is a body's own
    ("Communist Party of Nepal", "National Union of Students of Ghana"), not an organ of the
    state ("Government of Hungary", "Ministry of Defence of Russia", "Republic of Korea")."""
    entity = _entity_at(span[0])
    if entity is None or entity.label_ != "ORG" or entity.start >= span.start or \
            span.start == 0 or entity.doc[span.start - 1].lower_ != "of":
        return False
    before = [t.lower_ for t in entity.doc[entity.start:span.start - 1] if t.is_alpha]
    return any(w in OWN_BODY_HEADS for w in before) and \
        not any(w in STATE_ORGAN_WORDS or w in {"republic", "kingdom", "state"} for w in before)


def _entity_at(token: Token) -> Span | None:
    """The named entity the token belongs to, if any."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


# institution nouns the gazetteer lists as short forms ("the Commission", "Congress")
GENERIC_BODY_WORDS = {"commission", "council", "parliament", "congress", "senate", "assembly",
                      "court", "government", "ministry", "union", "alliance", "cabinet", "house",
                      "committee", "secretariat", "presidency", "duma", "rada", "knesset"}


DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,5}")


def _generic_word_inside_a_name(span: Span) -> bool:
    """A one-word institution noun that ends a longer capitalised name ("Refugee Commission",
    "Women’s Council"), so that longer name is another body."""
    if len(span) != 1 or span[0].lower_ not in GENERIC_BODY_WORDS:
        return False
    doc = span.doc
    whole = _entity_at(span[0])
    if whole is not None and whole.label_ == "ORG" and any(t.lower_ in BODY_HEAD_NOUNS for t in doc[span.end:whole.end]):
        return True  # "the Senate Select Committee": a committee, not the Senate
    if span.end + 1 < len(doc) and doc[span.end].lower_ in ("on", "for", "of") and \
            doc[span.end + 1].text[:1].isupper() and \
            doc[span.end + 1].ent_type_ not in ("GPE", "DATE", "TIME"):
        return True  # "the Commission on Presidential Debates" (not "Congress on Thursday")
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.text in ("'s", "’s") and span.start >= 2:
        before = span.doc[span.start - 2]
    return before.text[:1].isupper() and before.is_alpha and not before.is_sent_start and \
        before.lower_ not in TITLE_WORDS | STATE_ARM_WORDS and \
        before.ent_type_ not in ("GPE", "NORP")


PARTY_WORDS = {"democrat", "democratic", "republican", "gop"}


def _house_opener(doc: Doc, i: int) -> int | None:
    """Where a phrase naming the chamber at ``i`` ("House") starts: "the House", "the
    Democrat-controlled House", "the new House" open with their article; in "the Senate and
    House" the word stands alone (the article belongs to the Senate). None when "House" is
    not such a phrase ("White House", "Opera House", "a house")."""
    if i >= 2 and doc[i - 1].lower_ in ("and", "or") and doc[i - 2].text == "Senate":
        return i
    j = i - 1
    # only modifiers lie between ("the newly elected House"), not nouns or conjunctions
    # ("the president and House speaker")
    while j >= 0 and i - j <= 4 and doc[j].lower_ != "the" and (
            doc[j].text == "-" or doc[j].lower_ in PARTY_WORDS or doc[j].is_lower and (
                doc[j].pos_ in ("ADJ", "ADV") or doc[j].tag_ in ("VBN", "VBG"))):
        j -= 1
    if j < 0 or doc[j].lower_ != "the":
        return None
    # "the GOP-led House": the party is a mention of its own, so the chamber's is the noun
    return i if any(doc[k].lower_ in PARTY_WORDS for k in range(j + 1, i)) else j


def _most_named(holders: list[PersonFound], people: list[PersonFound], before: int
                ) -> str | None:
    """The one of several people with a title that "the governor" means: the only one, or
    the one the article has named at least twice as often as any other so far (a
    governor quoted in passing does not take over the article's own)."""
    names = {p.actor for p in holders}
    if len(names) <= 1:
        return holders[-1].actor if holders else None
    counts = sorted(((sum(1 for p in people if p.actor == n and p.char_start < before), n)
                     for n in names), reverse=True)
    return counts[0][1] if counts[0][0] >= 3 and counts[0][0] >= 2 * counts[1][0] else None


# seas, coasts and landforms named with a demonym ("the Arabian Sea", "the Korean Peninsula")
GEOGRAPHIC_FEATURES = frozenset({"ocean", "sea", "gulf", "peninsula", "subcontinent", "coast",
                                 "archipelago", "strait", "straits", "riviera", "plain",
                                 "plains", "plateau", "desert", "basin"})
# Stock indices, which reporters name like bodies ("The Dow closes 200 points down").
MARKET_INDICES = frozenset({"dow", "the dow", "dow jones industrial average", "nasdaq composite",
                            "s&p 500", "s&p", "ftse", "ftse 100", "nikkei", "nikkei 225", "dax",
                            "cac 40", "hang seng", "stoxx 600", "euro stoxx 50", "sensex",
                            "dow jones industrials", "the dow jones industrial average"})

# "the senator" and its like, read back to the person titled so before (see
# _descriptor_references); each word with the title words, full and abbreviated, it answers
DESCRIPTOR_TITLES: dict[str, set[str]] = {
    "senator": {"senator", "sen"}, "governor": {"governor", "gov"},
    "congressman": {"congressman", "rep", "representative"},
    "congresswoman": {"congresswoman", "rep", "representative"},
    "lawmaker": {"senator", "sen", "congressman", "congresswoman", "rep", "representative",
                 "lawmaker", "mp", "deputy"},
    "mayor": {"mayor"}, "general": {"general", "gen"}, "judge": {"judge"},
    "chairman": {"chairman", "chair"}, "chairwoman": {"chairwoman", "chair"},
    "commissioner": {"commissioner"}, "admiral": {"admiral", "adm"},
    # occupations and posts set before a name ("comedian Kathy Griffin", "Former CIA Director
    # John Brennan", "envoy Anne Roy"): a later "the comedian" is that person
    # ("the minister": the latest minister named by title, never a prime minister)
    "minister": {"minister"},
    "ambassador": {"ambassador"}, "envoy": {"envoy"}, "diplomat": {"diplomat"},
    "spokesman": {"spokesman"}, "spokeswoman": {"spokeswoman"},
    "spokesperson": {"spokesperson"}, "director": {"director"},
    "comedian": {"comedian"}, "actress": {"actress"}, "actor": {"actor"},
    "journalist": {"journalist"}, "economist": {"economist"}, "professor": {"professor", "prof"},
    "activist": {"activist"}, "billionaire": {"billionaire"}, "businessman": {"businessman"},
    "businesswoman": {"businesswoman"}, "historian": {"historian"}, "novelist": {"novelist"},
    "filmmaker": {"filmmaker"}, "columnist": {"columnist"}, "commentator": {"commentator"},
    "pollster": {"pollster"}, "strategist": {"strategist"}, "anchor": {"anchor"},
    # clergy named by their title ("Cardinal Matteo Zuppi … the cardinal said", "Grand
    # Ayatollah Ali al-Sistani … the ayatollah told the pope")
    **{title: {title} for title in CLERIC_TITLES},
}
# seats of government that speak for their state's leader ("a White House spokesman")
LEADER_SEAT_NAMES = frozenset({"White House", "Kremlin", "Élysée", "Downing Street",
                               "Zhongnanhai"})
# "the former president", "the former South Korean president", "his predecessor"
FORMER_HOLDER = re.compile(
    r"\b[Tt]he\s+former\s+(?:(?P<dem>(?-i:[A-Z])[\w.-]*)\s+)?"
    r"(?P<role>president|prime\s+minister|chancellor|foreign\s+minister|premier)\b(?!-)"
    r"|\b(?P<poss>[Hh]is|[Hh]er)\s+(?P<which>predecessor|successor)\b")
# "the Iranian negotiator", "the EU official": one who serves the state or body the owner names
OWNED_REFERENCE = re.compile(
    r"(?:\b[Tt]he (?P<owner>(?-i:[A-Z])[\w.]*) |\b(?P<possessor>[A-Z][a-z]+)['’]s )"
    r"(?P<noun>minister|diplomat|envoy|negotiator|official|"
    r"delegate|representative|coordinator)\b(?!-)(?!\s+(?:of|for|to|in)\b)")
DESCRIPTOR_REFERENCE = re.compile(
    r"\b[Tt]he (?:(?P<mod>[A-Za-z]+(?:-[A-Za-z]+)?) )?(?P<word>"
    + "|".join(DESCRIPTOR_TITLES) + r")\b(?!-)")
# "the attorney general", "the surgeon general": offices of their own, not a general
OFFICE_GENERALS = frozenset({"attorney", "surgeon", "solicitor", "inspector", "postmaster",
                             "secretary", "consul", "procurator", "prosecutor", "adjutant",
                             "auditor", "paymaster", "comptroller", "governor"})
# a title that makes its holder the second of an office ("Lt. Gov.", "Deputy Attorney General")
LESSER_OFFICE_WORDS = frozenset({"lt", "lieutenant", "deputy", "vice", "assistant", "associate",
                                 "under", "acting", "former", "ex"})
# "the former senator", "the other senator": someone else than the one named last
NOT_THE_SAME_HOLDER = frozenset({"former", "late", "then", "ex", "other", "new", "next",
                                 "lieutenant", "deputy", "vice", "assistant", "associate",
                                 "first", "second", "another", "previous", "incoming",
                                 "outgoing", "a", "an", "that", "each", "every"})

# "the committee" and its like, read back to the body named before (see
# _body_back_references); each noun with the name words it may stand for
BACK_REFERENCE_NOUNS: dict[str, set[str]] = {
    "committee": {"committee"}, "panel": {"committee", "commission", "panel"},
    "commission": {"commission"}, "council": {"council"}, "court": {"court"},
    "agency": {"agency"}, "bureau": {"bureau"}, "board": {"board"},
    "ministry": {"ministry"}, "department": {"department"}, "foundation": {"foundation"},
    "institute": {"institute"},
}
# "the company", "the airline": the latest business named before
COMPANY_NOUNS = frozenset({"company", "firm", "airline", "carrier", "lender", "insurer",
                           "automaker", "carmaker", "retailer", "manufacturer", "conglomerate"})
# verbs whose subject acts or speaks as a party: an "it" subject of one stands for a state or
# body ("It urged residents to leave"), never for "it is clear" or "it rained"
PARTY_ACT_VERBS = frozenset({
    "say", "urge", "accuse", "warn", "demand", "call", "reject", "protest", "deny", "announce",
    "insist", "threaten", "vow", "pledge", "promise", "ask", "condemn", "refuse", "respond",
    "reply", "agree", "want", "hope", "seek", "expel", "recall", "summon", "impose", "sign",
    "deploy", "order", "ban", "add", "state", "declare", "blame", "criticise", "criticize",
    "welcome", "intend", "plan", "oppose", "support", "back", "dismiss", "claim", "argue"})
# verbs of saying whose speaker owns the subject of the clause said ("said his government
# would"): "his" is the speaker's
SAYERS_OWN_VERBS = frozenset({"say", "announce", "insist", "declare", "state", "add", "tell",
                              "promise", "pledge", "vow", "confirm"})
THE_ADMINISTRATION = re.compile(r"\b[Tt]he administration\b")
THE_GOVERNMENT = re.compile(
    r"\b[Tt]he (?:(?:national |federal |central |military |transitional |interim )?government|"
    r"country|nation)\b")
# how far back (characters) "the company" may reach for a business named only once
COMPANY_REACH = 400
# words that make a name a public body or a school, never a business
PUBLIC_BODY_WORDS = frozenset({"department", "ministry", "administration", "authority",
                               "service", "court", "army", "police", "university", "college",
                               "school", "party", "parliament", "government", "nations",
                               "organization", "organisation", "reserve", "guard", "forces"})
BODY_BACK_REFERENCE = re.compile(
    r"\b[Tt]he (?P<noun>" + "|".join([*BACK_REFERENCE_NOUNS, *COMPANY_NOUNS])
    + r")\b(?!['’]s\b)")


def _sentence_before_start(span: Span) -> int:
    """The character offset where the sentence before the span's own begins (the span's own
    sentence when it is the first)."""
    opening = span.sent.start
    if opening > 0:
        opening = span.doc[opening - 1].sent.start
    return span.doc[opening].idx


def _starts_a_longer_name(doc: Doc, i: int) -> bool:
    """Whether the words from token ``i`` on continue a name ("the Committee on Foreign
    Relations", "the Board of Governors", "the Court Martial")."""
    if i >= len(doc):
        return False
    if doc[i].text[:1].isupper() and doc[i].is_alpha:
        return True
    return doc[i].lower_ in ("on", "of", "for") and i + 1 < len(doc) and \
        (doc[i + 1].text[:1].isupper() or doc[i + 1].lower_ == "the" and i + 2 < len(doc)
         and doc[i + 2].text[:1].isupper())


def _acronym_only(entry: Entry, text: str) -> bool:
    """Whether ``text`` meets the entry only as its capitals-only short form written in
    ordinary case ("Rand" of "Rand Paul" against the think tank RAND)."""
    if text.isupper():
        return False
    forms = [f for f in (entry.name, *entry.aliases) if normalise_form(f) == normalise_form(text)]
    return bool(forms) and all(f.isupper() for f in forms)


def _coordinated_with_a_body(ent: Span) -> bool:
    """Whether an entity is joined by "and"/"or" to one the tagger calls an organisation
    ("BP and Halliburton", "Transocean or BP")."""
    root = ent.root
    partners = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(root.head)
    first = root.head if root.dep_ == "conj" else root
    if first.head.lower_ in PLACE_PREPOSITIONS or first.dep_ in ("nmod", "compound", "amod"):
        return False  # "events in Broward and St. Lucie counties": places, however tagged
    return any(p.ent_type_ == "ORG" for p in partners)


def _inside_a_quoted_title(doc: Doc, ent: Span) -> bool:
    """An entity that is one part of a short title-case phrase in quotation marks (“Fox and
    Friends”, “Meet the Press”): the title of a show or work, not the body the word names.
    An entity that is the whole quoted phrase (the “Islamic State”) stays a name."""
    text = doc_text(doc)
    opening = max(text.rfind(q, max(0, ent.start_char - 40), ent.start_char) for q in "“\"")
    if opening < 0:
        return False
    closing = min((i for i in (text.find(q, ent.end_char, ent.end_char + 40) for q in "”\"")
                   if i >= 0), default=-1)
    if closing < 0:
        return False
    inner = text[opening + 1:closing]
    words = inner.split()
    if not 2 <= len(words) <= 6 or "\n" in inner or inner.strip() == ent.text:
        return False
    return all(w[:1].isupper() or w in ("and", "the", "of", "a", "&", "in", "on") for w in words)


def _particle_joins(doc: Doc, i: int) -> bool:
    """A particle at ``i`` followed by a capitalised word, directly, through a hyphen or
    through a second particle ("von der Leyen")."""
    nxt = i + 2 if i + 1 < len(doc) and doc[i + 1].text == "-" else i + 1
    if nxt + 1 < len(doc) and doc[nxt].lower_ in NAME_PARTICLES and doc[nxt].text.islower():
        nxt += 1
    return nxt < len(doc) and doc[nxt].text[:1].isupper()


def _capital_after(doc: Doc, i: int) -> bool:
    """Whether the connectors from ``i`` on ("of the") lead to a capitalised word."""
    while i < len(doc) and doc[i].lower_ in CONNECTORS:
        i += 1
    return i < len(doc) and doc[i].text[:1].isupper()


# the tails of compound adjectives made from a name that are no participle ("a Trump-style
# rally", "the Putin-friendly press")
COMPOUND_ADJECTIVE_TAILS = frozenset({"style", "friendly", "aligned", "inspired", "sized",
                                      "minded", "centric", "speaking", "esque", "skeptic",
                                      "sceptic", "phobic", "loyal", "proof", "allied"})


def _name_words(span: Span) -> list[str]:
    tokens = list(span)
    while tokens and _bare(tokens[0]) in TITLE_WORDS:
        tokens = tokens[1:]
    # "Michael Bloomberg-funded groups": a compound adjective's tail is not a name part (a
    # given name's second syllable is: "Lee Jae-myung", "Lee Hoi-chang")
    while len(tokens) >= 3 and tokens[-1].text.islower() and len(tokens[-1].text) > 4 and \
            tokens[-2].text == "-" and (tokens[-1].text.endswith(("ed", "ing")) or
                                        tokens[-1].text in COMPOUND_ADJECTIVE_TAILS):
        tokens = tokens[:-2]
    suffix: list[str] = []
    while tokens and (tokens[-1].text in ("'s", "’s", "'", "’") or
                      tokens[-1].lower_ in NAME_SUFFIXES or tokens[-1].text == ","):
        suffix = suffix or _filial_suffix(tokens[-1:])
        tokens = tokens[:-1]
    words: list[str] = []
    glue = False
    for t in tokens:
        if t.text == "-" and words and not t.whitespace_ and t.i > 0 and \
                not t.doc[t.i - 1].whitespace_:
            glue = True  # "Lee Jae-myung" split by the tokenizer: one given name
            continue
        if t.text[:1].isalpha() and not _is_initial(t):
            if glue:
                words[-1] = f"{words[-1]}-{t.text}"
            else:
                words.append(t.text)
        glue = False
    return words + suffix


def _filial_suffix(tokens) -> list[str]:
    """["Jr."] when the name ends in Jr./Sr.: "Donald Trump Jr." is not his father (II, III
    only number namesakes, "Lloyd J. Austin III" is Lloyd Austin)."""
    for t in tokens:
        if t.lower_.rstrip(".,") in ("jr", "sr"):
            return [t.text.rstrip(",").rstrip(".") + "."]
    return []


# AP style abbreviations that follow a town's name ("Ashton, Md."); the states AP writes in
# full are in US_STATES
US_STATE_ABBREVIATIONS = frozenset({
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
    "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.",
    "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo."})
# two-letter postal codes of the states, written after a town ("Arlington, VA"), some of
# which are also bodies' acronyms (VA, MD, DC)
US_POSTAL_CODES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY"})
# The state each AP abbreviation and postal code stands for: "Sen. Lindsey Graham (R-S.C.)"
# is later "the South Carolina senator"
US_STATE_BY_ABBREVIATION: dict[str, str] = {}
for _names, _state in (
        (("Ala.", "AL"), "Alabama"), (("AK",), "Alaska"), (("Ariz.", "AZ"), "Arizona"),
        (("Ark.", "AR"), "Arkansas"), (("Calif.", "CA"), "California"),
        (("Colo.", "CO"), "Colorado"), (("Conn.", "CT"), "Connecticut"),
        (("Del.", "DE"), "Delaware"), (("Fla.", "FL"), "Florida"), (("Ga.", "GA"), "Georgia"),
        (("HI",), "Hawaii"), (("ID",), "Idaho"), (("Ill.", "IL"), "Illinois"),
        (("Ind.", "IN"), "Indiana"), (("IA",), "Iowa"), (("Kan.", "KS"), "Kansas"),
        (("Ky.", "KY"), "Kentucky"), (("La.", "LA"), "Louisiana"), (("ME",), "Maine"),
        (("Md.", "MD"), "Maryland"), (("Mass.", "MA"), "Massachusetts"),
        (("Mich.", "MI"), "Michigan"), (("Minn.", "MN"), "Minnesota"),
        (("Miss.", "MS"), "Mississippi"), (("Mo.", "MO"), "Missouri"), (("Mont.", "MT"), "Montana"),
        (("Neb.", "NE"), "Nebraska"), (("Nev.", "NV"), "Nevada"), (("N.H.", "NH"), "New Hampshire"),
        (("N.J.", "NJ"), "New Jersey"), (("N.M.", "NM"), "New Mexico"), (("N.Y.", "NY"), "New York"),
        (("N.C.", "NC"), "North Carolina"), (("N.D.", "ND"), "North Dakota"), (("OH",), "Ohio"),
        (("Okla.", "OK"), "Oklahoma"), (("Ore.", "OR"), "Oregon"), (("Pa.", "PA"), "Pennsylvania"),
        (("R.I.", "RI"), "Rhode Island"), (("S.C.", "SC"), "South Carolina"),
        (("S.D.", "SD"), "South Dakota"), (("Tenn.", "TN"), "Tennessee"),
        (("Tex.", "TX"), "Texas"), (("UT",), "Utah"), (("Vt.", "VT"), "Vermont"),
        (("Va.", "VA"), "Virginia"), (("Wash.", "WA"), "Washington"),
        (("W.Va.", "WV"), "West Virginia"), (("Wis.", "WI"), "Wisconsin"), (("Wyo.", "WY"), "Wyoming")):
    for _name in _names:
        US_STATE_BY_ABBREVIATION[_name] = _state
# Home states in "Senator X of Ohio"; the tagger often folds them into the person's name.
US_STATES = frozenset({
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
    "Wisconsin", "Wyoming", "New Hampshire", "New Jersey", "New Mexico", "New York",
    "North Carolina", "North Dakota", "Rhode Island", "South Carolina", "South Dakota",
    "West Virginia"})

# the nouns of an American state's offices and electorate, owned by the state's name
# ("Georgia's governor", "the Georgia senators")
US_STATE_OFFICE_NOUNS = frozenset({"governor", "senator", "legislature", "lawmaker", "legislator",
                                   "voter", "county", "republican", "democrat", "assembly",
                                   "secretary", "delegation"})
# the capitals of the American states whose names foreign states share
US_STATE_CAPITALS = {"Georgia": "Atlanta"}

_US_STATE_ALTERNATION = "|".join(sorted(US_STATES, key=len, reverse=True))
# "the South Carolina senator", "the Kentucky Republican", "the Vermont independent"
STATE_DESCRIPTION = re.compile(
    rf"\b[Tt]he\s+(?P<state>{_US_STATE_ALTERNATION})\s+"
    r"(?:(?P<party>Republican|Democratic|Democrat|GOP|independent)\s+)?"
    r"(?P<noun>senator|congressman|congresswoman|representative|lawmaker|governor|"
    r"Republican|Democrat|independent)\b")
# "Sen. Lindsey Graham (R-S.C.)", "Rep. Maxine Waters, D-Calif.,": party and home state
PARTY_AND_STATE = re.compile(
    r"\s*[(,]\s*(?P<party>[RDI])\s*[-–]\s*(?P<state>[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?)"
    r"\s*[),]")
STATE_NAME = re.compile(rf"\b(?P<state>{_US_STATE_ALTERNATION})\b")
STATE_AHEAD = re.compile(rf"\b(?P<state>{_US_STATE_ALTERNATION})\s+(?:[A-Z][a-z]*\.?\s+)?$")
PARTY_LETTERS = {"republican": "R", "gop": "R", "democrat": "D", "democratic": "D",
                 "independent": "I"}
HOME_STATE = re.compile(rf"\s+of\s+(?P<state>{_US_STATE_ALTERNATION})\b")


def _headline_case_words(doc: Doc) -> set[int]:
    """Tokens of Title Case lines ("Obama Will Meet With Sanders") that are capitalised only
    because of the headline style: a capitalised word there counts as a name only when the
    article also capitalises it mid-sentence elsewhere, so "Will Meet With" is no person."""
    lines: list[tuple[int, int]] = []
    for line_start, line_end in _line_token_ranges(doc):
        words = [t for t in doc[line_start:line_end] if t.is_alpha]
        long_words = [t for t in words if len(t) >= 4 and not t.is_upper]
        if len(long_words) < 3 or len(words) > 30:
            continue
        capitalised = [t for t in long_words if t.text[:1].isupper()]
        # a title-case headline capitalises its verbs too, short ones included: a lower-case
        # one ("Defence Minister Oleksii Reznikov spoke in Kyiv on Monday.", "U.S. President
        # Joe Biden met Ukrainian President Volodymyr Zelensky") makes the line prose full of
        # names
        if len(capitalised) >= 0.8 * len(long_words) and not any(
                t.pos_ in ("VERB", "AUX") and t.text.islower() and len(t) >= 3
                for t in words):
            lines.append((line_start, line_end))
    if not lines:
        return set()
    in_lines = {i for a, b in lines for i in range(a, b)}
    named_elsewhere = {t.text for t in doc if t.i not in in_lines and not t.is_sent_start
                       and t.text[:1].isupper()}
    lowered_elsewhere = {t.text for t in doc if t.i not in in_lines and t.text.islower()}
    # a headline-case line shows itself by capitalising words the body writes in lower case
    lines = [(a, b) for a, b in lines
             if any(t.lower_ in lowered_elsewhere and t.text[:1].isupper()
                    for t in doc[a:b] if len(t) >= 3)]
    return {t.i for a, b in lines for t in doc[a:b]
            if t.text[:1].isupper() and t.text not in named_elsewhere}


def _line_token_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the text's lines (paragraphs without a line break inside), and of a
    run-in heading that opens a paragraph up to its colon ("Limited Tools to Fight
    Terrorism: The United Nations was …")."""
    ranges = []
    start = 0
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.i if "\n" in token.text else token.i + 1
            if end > start:
                ranges.append((start, end))
            start = token.i + 1
    if start < len(doc):
        ranges.append((start, len(doc)))
    headings = []
    for line_start, line_end in ranges:
        colon = next((t.i for t in doc[line_start:min(line_end, line_start + 12)]
                      if t.text == ":"), None)
        if colon is not None and colon + 1 < line_end:
            headings.append((line_start, colon))
    return ranges + headings


def _skipped_tokens(doc: Doc, outlets: set[str]) -> set[int]:
    """Tokens on header lines that are sources rather than story: the outlet name, the byline,
    photo credits."""
    skip: set[int] = set()
    author = (doc._.author or "").casefold()
    offset = 0
    for line in doc_text(doc).split("\n"):
        stripped = line.strip().strip("*#_ ")
        lowered = stripped.casefold()
        is_header = (normalise_form(stripped) in outlets
                     or _byline(stripped)
                     or (author and lowered == author)
                     or (CREDIT_LINE.search(stripped) is not None and len(stripped) < 200))
        if is_header:
            span = doc.char_span(offset, offset + len(line), alignment_mode="expand")
            if span is not None:
                skip.update(range(span.start, span.end))
        offset += len(line) + 1
    return skip


def _byline(line: str) -> bool:
    """"By Anna Berg and Tom Ruiz", "BY STAFF REPORTERS | Reuters": a short line of names after
    "By"; not a paragraph that opens with the word ("By its decision to recognise …", "By
    Tuesday, the talks had stalled.")."""
    words = line.split()
    return bool(re.match(r"^[Bb][Yy]:?\s+[\[*_]*[A-Z]", line)) and len(words) <= 14 and (
        len(words) <= 6 or not re.search(r"[.!?]$", line)) and not re.match(
        r"^[Bb][Yy]\s+(?:" + "|".join(sorted(MONTHS_AND_DAYS)) + r")\b", line, re.I)


EU = "European Union"


def _fold(word: str) -> str:
    """The word without its accents ("Erdoğan" → "Erdogan"), case kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


def _headline_cased(doc: Doc, start: int, end: int) -> bool:
    """Every longer word of the name's line outside the name capitalised ("Theresa May Hosts
    Talks With Trump"): a headline's style, where any words may look like a name."""
    text = doc.text
    first = text.rfind("\n", 0, doc[start].idx) + 1
    last = text.find("\n", doc[end - 1].idx)
    line = text[first:last if last >= 0 else len(text)]
    name = doc[start:end].text
    words = [w for w in re.findall(r"[^\W\d_]{4,}", line.replace(name, " ", 1))]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def _surface_variants(form: str, gazetteer: Gazetteer, names: list[str]) -> set[str]:
    """The cased spellings to match for one normalised form."""
    variants = set()
    for name in names:
        entry = gazetteer.entries[name]
        for surface in [entry.name, *entry.aliases, *entry.capitals]:
            if normalise_form(surface) == form:
                bare = re.sub(r"^(?:[Tt]he)\s+", "", surface)
                variants.add(bare)
                if entry.kind == "organization" and re.search(r"\s[a-z]{3,}", bare):
                    # "Ukraine's armed forces" is also written "Ukraine's Armed Forces"
                    variants.add(re.sub(r"(?<=\s)(?!(?:of|the|for|and|on|in)\b)([a-z])",
                                        lambda m: m.group(1).upper(), bare))
                if entry.kind != "person" and re.fullmatch(r"[A-Z]{2,5}", bare):
                    variants.add(".".join(bare) + ".")  # "F.B.I.", "C.I.A.": newspaper style
                # "Nato", "Opec", "Isis": British papers write a pronounceable acronym of an
                # international body or armed group as a word
                if entry.sector in ("intergovernmental", "rebel") and \
                        re.fullmatch(r"[A-Z]{4,6}", bare):
                    variants.add(bare.capitalize())
    if form in gazetteer.default_surfaces:
        variants.add(gazetteer.default_surfaces[form])
    # news sets apostrophes curly as often as straight ("Russia’s Defence Ministry")
    variants |= {v.replace("'", "\u2019") for v in variants if "'" in v}
    return variants


# words of a post in a state's security services ("the Egyptian intelligence chief")
SECURITY_SERVICE_WORDS = {"intelligence", "spy", "security", "counterintelligence"}
MILITARY_ARM_WORDS = {"army", "navy", "military", "forces", "troops", "air"}
# title words that also open bodies' names ("Supreme National Security Council")
NAME_OPENING_TITLE_WORDS = {"supreme", "high", "grand"}
# characters from the start within which a dateline may stand (below a headline and byline)
DATELINE_REACH = 400
# head nouns of a state's own bodies, which a possessive state owns ("Turkey's Grand National
# Assembly", "China's Communist Party")
STATE_BODY_NOUNS = {"assembly", "party", "parliament", "ministry", "court", "army", "guard",
                    "guards", "navy", "senate", "congress", "cabinet", "police", "service",
                    "services", "bank", "corps", "forces", "duma", "knesset", "majlis"}
# the model of an aircraft, a missile or a tank ("F-16s", "S-400", "Su-35", "MiG-29s")
MODEL_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Z]?s?")
# common nouns that make the capitalised word before them a place's name
GEOGRAPHIC_NOUNS = {"valley", "river", "region", "province", "district", "mountains", "lake",
                    "sea", "strait", "gulf", "peninsula", "desert", "plateau", "basin", "county",
                    "oblast", "governorate", "enclave", "corridor", "crossing", "pass"}


def _predicative_as(doc: Doc, char: int) -> bool:
    """Whether the role phrase at ``char`` is the object of a preposition "as" ("served as
    CIA director") rather than the subject of an "as" clause ("as the president said")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    while token.dep_ in ("compound", "amod", "det", "poss", "nmod") and token.head.i > token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "as"


def _affiliation_span(doc: Doc, p: PersonFound) -> Span | None:
    """The apposition after a person's name: "Richard Fontaine, CEO of the Center for …"."""
    end = p.name_end
    while end < len(doc) and doc[end].lower_ in NAME_SUFFIXES:
        end += 1  # "Dan Smith MP, Minister for Trade"
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    stop = end + 1
    while stop < len(doc) and doc[stop].text not in (",", ".", ";", "\u201d", '"', ":") and \
            doc[stop].dep_ != "ROOT" and stop - end < 16 and \
            not (stop > end + 2 and doc[stop].lower_ in RELATIVE_WORDS):
        stop += 1  # (a relative clause tells what the person did, not whose they are)
    span = doc[end + 1:stop]
    phrase = span.text.strip()
    first = doc[end + 1]
    if first.lower_ in ("now", "currently", "today") and len(span) > 2 and \
            span[1].pos_ == "ADP":
        span = span[1:]  # "John Doe, now at the Atlantic Council": where the person is now
        phrase = span.text.strip()
        first = span[0]
        if first.lower_ in ("at", "with", "of"):
            return span if 2 < len(phrase) < 120 else None
    if not phrase or first.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "ADV", "CCONJ", "ADP"):
        return None
    return span if 2 < len(phrase) < 120 else None


RELATIVE_WORDS = {"who", "whom", "whose", "which", "that"}
# nouns that head a phrase saying what post a person holds ("a senior fellow at …")
POST_NOUNS = ROLE_NOUNS_BEFORE_NAME | PERSON_TITLES | {
    "fellow", "member", "head", "chief", "professor", "researcher", "scholar", "founder",
    "president", "secretary", "minister", "director", "editor", "correspondent", "partner",
    "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "ambassador"}


def _role_phrase_elsewhere(doc: Doc, p: PersonFound) -> Span | None:
    """The phrase naming a person's post when it is not an apposition after the name: one
    set before the name and closed by a comma ("The former French ambassador to America,
    Gerard Araud, observed …"), or the complement of "is" ("Doug Bandow is a senior fellow
    at the Cato Institute")."""
    sentence = doc[p.start].sent
    # before the name: the sentence opens with the phrase, and commas enclose the name
    if p.start - 2 >= sentence.start and doc[p.start - 1].text == "," and \
            p.name_end < len(doc) and doc[p.name_end].text == ",":
        phrase = doc[sentence.start:p.start - 1]
        if 2 <= len(phrase) <= 14 and phrase[0].pos_ in ("DET", "ADJ", "PROPN", "NOUN") and \
                not any(t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX") for t in phrase):
            head = _head_words(phrase)
            if head and head[-1].lower_ in POST_NOUNS:
                return phrase
    # "X is a … at/of …": the complement of the copula whose subject the name is
    root = doc[p.name_start:p.name_end].root
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_ == "be" and verb.i > root.i:
        complement = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
        if complement is not None and complement.lower_ in POST_NOUNS:
            left = complement.left_edge.i
            right = min(complement.right_edge.i + 1, sentence.end, left + 16)
            return doc[left:right]
    return None


def _head_words(span: Span) -> list[Token]:
    """The words of a noun phrase up to its first preposition ("a spokesman" of "a spokesman
    for the ministry"; "Russia's envoy" of "Russia's envoy to Vienna")."""
    words = []
    for token in span:
        if token.pos_ == "ADP" or token.dep_ in ("relcl", "acl") or token.lower_ in ("who", "which"):
            break
        words.append(token)
    return words


def _sector_of_words(words: list[str]) -> str | None:
    """The sector the words of a title or description name, if any."""
    if any(w in REBEL_WORDS for w in words):
        return "rebel"  # "rebel commander", "militant leader"
    civil_general = any(w in ("attorney", "solicitor", "inspector", "surgeon", "secretary",
                              "director", "consul", "governor", "gov") for w in words)
    # "attorney general", "lieutenant governor": civil offices with a military-sounding word
    if any(w in MILITARY_WORDS and not (w in ("gen", "general", "lieutenant", "lt") and
                                        civil_general) for w in words):
        return "military"
    if civil_general and any(w in ("attorney", "solicitor", "surgeon") for w in words) and \
            any(w in ("gen", "general") for w in words):
        return "government"  # "the attorney general of Oklahoma"
    if any(w in BUSINESS_WORDS for w in words):
        return "business"
    if any(w in GOVERNMENT_WORDS for w in words):
        return "government"
    if any(w in THINK_TANK_WORDS for w in words):
        return "think_tank"
    if any(w in MEDIA_WORDS for w in words):
        return "media"
    if any(w in OFFICIAL_WORDS for w in words):
        return "government"
    return None


LANGUAGE_OR_ORIGIN_WORDS = {"language", "speaking", "speaker", "speakers", "born", "american",
                            "americans"}


def _names_a_language_or_origin(doc: Doc, i: int) -> bool:
    """"Spanish-language news", "French-speaking", "Mexican-born", "Cuban-American": the
    demonym names a language or a person's origin, not the state as an actor."""
    after = doc[i + 1: i + 3]
    if len(after) == 2 and after[0].text in ("-", "‐") and \
            after[1].lower_ in LANGUAGE_OR_ORIGIN_WORDS:
        return True
    if i >= 2 and doc[i - 1].text in ("-", "‐") and doc[i].lower_ in LANGUAGE_OR_ORIGIN_WORDS \
            and doc[i - 2].text[:1].isupper():
        return True  # the "American" of "Cuban-American"
    return len(after) >= 1 and after[0].lower_ in ("speakers", "speaking", "language")


# words that open a sentence in capitals and are never part of a name after them
SENTENCE_OPENERS = frozenset({"when", "while", "after", "before", "as", "if", "since", "once",
                              "although", "though", "because", "until", "and", "but", "so",
                              "yet", "then", "now", "where", "whether", "unless"})
PALACE_WORDS = frozenset({"palazzo", "palais", "palacio", "schloss", "castello", "palau"})
REGNAL_NUMBER = re.compile(r"(?:I{1,3}|IV|V|VI{1,3}|IX|X)")


def _apposed_noun(doc: Doc, p: PersonFound) -> str:
    """The lower-case head noun of a description set off by commas beside the name, as the
    parser joins them ("Turkey's ambassador to Sweden, Emre Yalcin," and "Emre Yalcin,
    Turkey's ambassador to Sweden,"); "" when none, or when it is qualified as a lesser or
    former post ("the deputy ambassador")."""
    root = doc[p.name_end - 1]
    noun: Token | None = root.head if root.dep_ == "appos" and root.head.i < p.start else \
        next((c for c in root.children if c.dep_ == "appos" and c.i >= p.name_end), None)
    if noun is None or noun.pos_ != "NOUN" or not noun.is_lower or noun.tag_ != "NN":
        return ""
    if any(c.lower_ in LESSER_OFFICE_WORDS | NOT_THE_SAME_HOLDER for c in noun.children):
        return ""
    between = doc[min(noun.i, p.name_end): max(noun.i, p.start)]
    return noun.lower_ if any(t.text == "," for t in between) else ""


def _descriptor_before(doc: Doc, p: PersonFound) -> list[Token]:
    """The lower-case or adjectival words that describe a person just before the mention,
    inside its noun phrase: "Libyan government spokesman" before "Musa Ibrahim"."""
    words: list[Token] = []
    k = p.start - 1
    while k >= 0 and len(words) < 5:
        token = doc[k]
        if token.is_punct or token.dep_ in ("det", "poss", "case") or token.pos_ in ("DET", "ADP",
                                                                                    "VERB", "AUX"):
            break
        # ("the Latvian journalist Dainis Ivans": the parser may hang the name on the role
        # noun as its apposition)
        heads_the_name = not words and any(t.head.i == k and t.dep_ == "appos"
                                           for t in doc[p.start:p.end])
        if not (p.start <= token.head.i < p.end or token.head in words or
                token.head.i == k + 1 and k + 1 < p.start or heads_the_name):
            break
        if token.pos_ not in ("NOUN", "ADJ", "PROPN"):
            break
        words.insert(0, token)
        k -= 1
    # the run must end in a role noun ("spokesman", "official"), not just a place or party
    return words if words and words[-1].lower_ in ROLE_NOUNS_BEFORE_NAME else []


def make_actor_resolver(nlp: Language, name: str, gazetteer_path: str | None) -> ActorResolver:
    return ActorResolver(nlp, ActorsConfig(gazetteer_path=gazetteer_path))


def _name_follows(doc: Doc, i: int) -> bool:
    """Whether a capitalised word follows token ``i`` (over an abbreviation's full stop)."""
    if i < len(doc) and doc[i].text == ".":
        i += 1
    return i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()


def _pair_joined_before(doc: Doc, offset: int, before: list[ActorMention]) -> list[str] | None:
    """The two people named last before ``offset`` in its own sentence when they are joined
    by "and" ("… with Vučić and Hoti, and the two leaders met"), else None."""
    here = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if here is None:
        return None
    lowest = here[0].sent.start_char
    named = [m for m in before if m.start >= lowest and m.how in ("person", "surname", "title")]
    if len(named) < 2:  # (``before``: latest first)
        return None
    right, left = named[0], named[1]
    between = doc_text(doc)[left.end:right.start].strip().casefold()
    if left.actor == right.actor or between != "and" or \
            doc_text(doc)[right.end:offset].count(",") > 1:
        return None
    return [left.actor, right.actor]


def _named_together(doc: Doc, offset: int, before: list[ActorMention], pair: list[str]) -> bool:
    """Whether the two people of ``pair`` are named side by side ("X and Y", "X, Y") in the
    sentence of ``offset`` or the one before it (``before``: mentions latest first)."""
    here = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if here is None:
        return False
    sentence = here[0].sent
    lowest = doc[doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start].idx
    window = sorted((m for m in before if m.start >= lowest and m.actor in pair and m.how in
                     ("person", "title", "surname")), key=lambda m: m.start)
    for left, right in zip(window, window[1:], strict=False):
        between = doc_text(doc)[left.end:right.start].strip().casefold()
        if left.actor != right.actor and between in ("and", ",", "&", "with", "met", "and his",
                                                      "and her"):
            return True
    # "Meloni hosted Polish President Andrzej Duda in Rome, where …", "X held talks with Y":
    # the two are the subject and the object of one verb
    verbs: dict[str, set[int]] = {}
    for m in window:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = _party_verb(span.root)
        if head is not None:
            verbs.setdefault(m.actor, set()).add(head.i)
    return len(verbs) == 2 and bool(set.intersection(*verbs.values()))


def _party_verb(token: Token) -> Token | None:
    """The verb whose subject or object ``token`` is (an object of a preposition under the
    verb or under its object counts: "held talks with Y"); None for any other role."""
    if token.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return token.head if token.head.pos_ in ("VERB", "AUX") else None
    if token.dep_ == "pobj" and token.head.lower_ == "with":
        head = token.head.head
        if head.dep_ == "dobj":
            head = head.head
        return head if head.pos_ in ("VERB", "AUX") else None
    return None


def _furniture_tokens(doc: Doc) -> set[int]:
    """The tokens of a saved page's furniture (menus, captions, teasers, prompts; the spans the
    pipeline's readout_page_furniture step found): the outlet and the people of other stories
    named there are no actors of this one, nor antecedents of the report's pronouns."""
    spans = doc._.furniture if Doc.has_extension("furniture") else None
    if not spans:
        return set()
    return {t.i for t in doc if any(a <= t.idx < b for a, b in spans)}


# nouns for a person whom the text does not name ("a senior European diplomat said his …")
UNNAMED_PERSON_NOUNS = ROLE_NOUNS_BEFORE_NAME | OFFICIAL_WORDS | THINK_TANK_WORDS | \
    set(GENDERED_NOUNS) | {"man", "woman", "source", "reporter", "journalist", "witness",
                           "resident", "member", "lawmaker", "observer", "veteran"}


def _told_by_an_unnamed_person(token: Token, mentions: list[ActorMention],
                               is_person: Callable[[str], bool]) -> bool:
    """Is a he/his/she/her inside what an unnamed person says or does ("A senior European
    diplomat … said his government had hoped …", "an aide said she had warned …")? The
    subject of the nearest verb above it that has one before it is a person noun that no
    name, title or pronoun of the article reads: the pronoun is that person, no one named."""
    below = token
    for verb in token.ancestors:
        child, below = below, verb
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i >= token.i:
            continue
        if any(m.start <= subject.idx < m.end and is_person(m.actor) for m in mentions):
            return False
        # only in the clause the person says ("asked him whether he would": the one asked;
        # "accused him": someone else); a spokesman or an aide tells of the one served
        # ("Putin's spokesman said he would attend" is Putin)
        return child.dep_ == "ccomp" and verb.lemma_.casefold() in TELLING_VERBS and \
            subject.tag_ == "NN" and subject.lemma_.casefold() in UNNAMED_PERSON_NOUNS \
            and subject.lemma_.casefold() not in SPEAKS_FOR_ANOTHER \
            and not any(c.dep_ in ("appos", "poss") for c in subject.children)
    return False


TELLING_VERBS = frozenset({"say", "add", "tell", "insist", "note", "explain", "claim", "write",
                           "acknowledge", "recall", "admit", "complain", "argue", "believe",
                           "think", "fear"})


SPEAKS_FOR_ANOTHER = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
                                "advisor", "source", "office"})


def _plural_title(title: str) -> bool:
    """"Representatives", "Sens.", "Foreign Ministers": a title for several people."""
    words = title.split()
    last = words[-1].casefold().rstrip(".") if words else ""
    return last.endswith("s") and (last[:-1] in TITLE_WORDS or last[:-1] in PERSON_TITLES)


def _latest_two(actors: list[str]) -> list[str]:
    """The first two different names of a list ordered latest first."""
    pair: list[str] = []
    for actor in actors:
        if actor not in pair:
            pair.append(actor)
        if len(pair) == 2:
            break
    return pair


# ---------------------------------------------------------------------- the two sides
# Head nouns of a phrase that names two parties by number ("the two countries", "both sides")
# and the kind of actor each stands for; "side" and its kin take whichever kind the text has
# just paired.
SIDE_KINDS = {"country": "state", "nation": "state", "government": "state", "state": "state",
              "capital": "state", "neighbour": "state", "neighbor": "state",
              "leader": "person", "president": "person", "man": "person", "woman": "person",
              "minister": "person", "diplomat": "person", "envoy": "person",
              "side": None, "party": None, "delegation": None}
SIDE_REACH = 3  # sentences before the phrase's own in which its two parties are looked for


def two_sides(doc: Doc, token: Token, mentions: list[ActorMention] | None = None
              ) -> tuple[str, str] | None:
    """The two parties a phrase of two sides stands for, earlier-named first: one reading for
    every component ("the two countries agreed …" in events, "the two sides met again" in
    contacts). ``token`` is the phrase's head noun (or the "two" of a bare "the two").

    "the two countries", "both governments": the latest two states named in its sentence
    and the three before; "the two leaders", "both men": the latest two people, unless the
    actor resolver has read the phrase already (then its reading); "the two sides", "both
    parties", a bare "the two": the subject and object of the sentence before when both are
    actors ("Spain cut ties with Morocco. Since then the two sides …"), else the latest two
    states, else the latest two people. None when the phrase is no such phrase or the text
    names no two parties of the kind."""
    mentions = list(doc._.actor_mentions or []) if mentions is None else mentions
    lemma = token.lemma_.casefold()
    bare = token.lower_ == "two" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if not bare and (lemma not in SIDE_KINDS or token.tag_ not in ("NNS", "NNPS") or not any(
            (c.dep_ == "nummod" and c.lower_ == "two") or
            (c.dep_ in ("det", "predet") and c.lower_ == "both") for c in token.children)):
        return None
    start = min([token.i] + [c.i for c in token.children if c.i < token.i])
    read = list(dict.fromkeys(m.actor for m in mentions if m.how == "group"
                              and doc[start].idx <= m.start <= token.idx))
    if len(read) == 2:
        return read[0], read[1]
    kinds = {a.name: a.kind for a in (doc._.actors or [])}
    first = token.sent.start
    for _ in range(SIDE_REACH):
        if first > 0:
            first = doc[first - 1].sent.start
    before = [m for m in mentions if doc[first].idx <= m.start < doc[start].idx
              and m.how != "group"]
    kind = None if bare else SIDE_KINDS[lemma]
    if kind is None and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of":
        return None  # "on both sides of the fence", "the two parties of the coalition"
    if kind is None:
        pair = _pair_in_play(doc, token, mentions) or \
            _subject_and_object_before(doc, token, mentions)
        if pair is not None:
            return pair
        return _latest_pair(before, kinds, "state") or _latest_pair(before, kinds, "person")
    return _latest_pair(before, kinds, kind)


def _latest_pair(before: list[ActorMention], kinds: dict[str, str], kind: str
                 ) -> tuple[str, str] | None:
    """The two latest distinct actors of ``kind`` among the mentions, earlier first."""
    named: list[str] = []
    for m in reversed(before):
        if kinds.get(m.actor) == kind and m.actor not in named:
            named.append(m.actor)
            if len(named) == 2:
                return named[1], named[0]
    return None


# verbs whose subject is the host of the one they take as object ("Lula hosted Petro")
HOST_LEMMAS = frozenset({"host", "receive", "welcome"})
CONTACT_LEMMAS = frozenset({"meet", "host", "receive", "welcome", "visit", "talk", "speak",
                            "call", "phone", "telephone", "negotiate"})


def _pair_in_play(doc: Doc, token: Token, mentions: list[ActorMention]
                  ) -> tuple[str, str] | None:
    """"Both sides agreed …", "the two sides had worked …": the two parties the article last
    set against each other before the phrase: a group phrase it read as two ("the two
    presidents"), the subject and partner of a meeting or call ("Blinken spoke with
    Jaishankar", "Wang Yi held talks with Fidan"), or a subject of two ("Russian and
    Ukrainian delegations met"). When the phrase's clause is told by one of the parties of an
    earlier pair ("Albares said both sides wanted …"), the latest pair with that party."""
    def actor_of(t: Token) -> str | None:
        return next((m.actor for m in mentions
                     if m.start <= t.idx < m.end and m.how not in ("pronoun", "group")), None)

    pairs = _pairs_set_before(doc, token, mentions)
    if not pairs:
        return None
    teller = None
    for anc in token.ancestors:
        if anc.dep_ == "ccomp" or anc.head.i == anc.i:
            speaker = next((c for c in anc.head.children if c.dep_ == "nsubj"), None)
            teller = actor_of(speaker) if speaker is not None and anc.dep_ == "ccomp" else None
            break
    told = [pair for pair in pairs if teller is not None and teller in pair]
    return told[-1] if told else pairs[-1]


def _pairs_set_before(doc: Doc, token: Token, mentions: list[ActorMention]
                      ) -> list[tuple[str, str]]:
    """Every pair of parties the article set against each other before ``token`` (see
    _pair_in_play), in the order of the text."""
    def actor_of(t: Token) -> str | None:
        return next((m.actor for m in mentions
                     if m.start <= t.idx < m.end and m.how not in ("pronoun", "group")), None)

    end = token.idx
    pairs: list[tuple[int, tuple[str, str]]] = []
    groups: dict[tuple[int, int], list[str]] = {}
    for m in mentions:
        if m.how == "group" and m.end <= end:
            groups.setdefault((m.start, m.end), []).append(m.actor)
    pairs.extend((start, (names[0], names[1])) for (start, _), names in groups.items()
                 if len(set(names)) == 2)
    for verb in doc[:token.i]:
        if verb.pos_ != "VERB" or verb.lemma_.casefold() not in CONTACT_LEMMAS | {"hold"}:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subject = verb.head  # "Lavrov, who met his Belarusian counterpart …"
        partners = [c for c in verb.children if c.dep_ == "dobj"
                    and verb.lemma_.casefold() != "hold"]
        for holder in [verb, *(c for c in verb.children if c.dep_ == "dobj")]:
            partners += [g for c in holder.children if c.dep_ == "prep" and c.lower_ == "with"
                         for g in c.children if g.dep_ == "pobj"]
        if verb.lemma_.casefold() == "hold" and not partners:
            continue
        # "Russian and Ukrainian delegations met": two modifiers joined on the subject
        joined = subject if subject.conjuncts else next(
            (c for c in subject.children if c.dep_ in ("amod", "compound") and c.conjuncts),
            subject)
        # ("his Belarusian counterpart Maxim Ryzhenkov": the name apposed to the noun)
        partners = [next((c for c in p.children if c.dep_ == "appos"), p)
                    if actor_of(p) is None else p for p in partners]
        sides = [actor_of(subject), *(actor_of(p) for p in partners[:1])] if partners else \
            [actor_of(joined), *(actor_of(c) for c in joined.conjuncts[:1])]
        if len(sides) == 2 and None not in sides and sides[0] != sides[1]:
            pairs.append((subject.idx, (str(sides[0]), str(sides[1]))))
    pairs.sort(key=lambda pair: pair[0])
    return [pair for _, pair in pairs]


DEFENCE_MINISTRY = re.compile(r"(?i)\b(?:defen[cs]e\s+(?:ministry|department)|"
                              r"(?:ministry|department|secretary)\s+of\s+defen[cs]e)\b")
FOREIGN_MINISTRY = re.compile(r"(?i)\b(?:foreign\s+(?:ministry|office)|state\s+department|"
                              r"(?:ministry|department)\s+of\s+(?:state|foreign\s+affairs))\b")


def _portfolio_of_ministry(entry: Entry) -> str | None:
    """The gazetteer role of the minister who heads a defence or foreign ministry, by its
    names ("Pentagon", alias "Department of Defense": defence_minister), else None."""
    names = [entry.name, *entry.aliases]
    if any(DEFENCE_MINISTRY.search(n) for n in names):
        return "defence_minister"
    if any(FOREIGN_MINISTRY.search(n) for n in names):
        return "foreign_minister"
    return None


def _subject_acting_on(doc: Doc, start: int, end: int, mentions: list[ActorMention]
                       ) -> str | None:
    """The person named as the subject of the verb whose object the phrase at start..end is,
    directly, as a dative or through a preposition ("Erdogan spent the day with the two
    leaders", "Blinken told both men"), else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head
    if head.dep_ not in ("dobj", "dative", "prep") or head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = head.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    if subjects[0].lower_ in ("it", "they", "we"):
        return None  # a party or a group, no person
    return next((m.actor for m in mentions if m.start <= subjects[0].idx < m.end
                 and m.how in ("person", "title", "pronoun")), None)


def _subject_and_object_before(doc: Doc, token: Token, mentions: list[ActorMention]
                               ) -> tuple[str, str] | None:
    """The actors of the subject and the first object of the main clause of the sentence
    before the token's ("Spain cut ties with Morocco"), when both are actors and differ."""
    if token.sent.start == 0:
        return None
    previous = doc[token.sent.start - 1].sent
    root = previous.root

    def actor_of(t: Token) -> str | None:
        return next((m.actor for m in mentions
                     if m.start <= t.idx < m.end and m.how not in ("pronoun", "group")), None)

    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = actor_of(subjects[0]) if subjects else None
    if subject is None:
        return None
    for t in previous:
        if t.i > root.i and t.dep_ in ("dobj", "pobj"):
            other = actor_of(t)
            if other is not None and other != subject:
                return subject, other
    return None
