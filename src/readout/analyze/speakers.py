"""Speakers: from the phrase that utters a quote to a canonical actor, or to nobody.

A cue's subject can be a name ("Psaki", "Mr. Obama"), a pronoun ("she"), a role ("the
president's press secretary"), an organisation or a document it issued ("the Kremlin",
"Washington's readout", "Moscow's summary"), or an anonymous description ("a source",
"49% of voters"). ``SpeakerResolver`` is built once per document: it indexes the people the
article names (fullest name per surname, gender from honorifics and the gazetteer, the roles
the article gives them) and answers "who is this phrase?" with a canonical name or ``None``.
It prefers saying nothing to guessing: a pronoun with no compatible antecedent, or a role no
one in the article holds, resolves to ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from readout.analyze.gazetteer import (
    OFFICE_TWINS,
    POSTED_TO,
    ROLE_WORDS,
    Entry,
    Gazetteer,
    normalise_form,
    prefer_named,
    translit_key,
)
from readout.analyze.text import DATELINE, datelines, doc_text
from readout.records import ActorMention

HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "madam": "f",
                    "mister": "m", "lady": "f", "lord": "m"}
TITLE_WORDS = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "president", "prime", "minister", "secretary", "gen",
    "general", "senator", "sen", "rep", "representative", "gov", "governor", "chancellor",
    "director", "ambassador", "mayor", "judge", "justice", "candidate", "nominee", "speaker",
    "adm", "admiral", "col", "colonel", "lt", "sgt", "prof", "professor", "rev", "gop",
    "democrat", "republican", "democratic", "former", "vice", "chairman", "chairwoman", "chair",
    "leader", "premier", "king", "queen", "pope", "foreign", "defense", "defence", "state",
    "u.s", "us", "press", "deputy", "spokesman", "spokeswoman", "spokesperson", "rip", "crooked",
    "councillor", "councilor", "councilman", "councilwoman", "commissioner", "sheriff",
    "congressman", "congresswoman", "assemblyman", "assemblywoman", "whip", "prince",
    "princess", "sheikh", "emir",
}
# Abbreviated titles, spelled out to match gazetteer roles.
ABBREVIATED = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
               "adm": "admiral", "amb": "ambassador", "pres": "president", "sec": "secretary"}
# Descriptions that refer back to a title ('Rep. Ann Lee' ... 'the congresswoman').
TITLE_DESCRIPTIONS = {"congressman": {"representative"}, "congresswoman": {"representative"},
                      "lawmaker": {"representative", "senator", "congressman", "congresswoman"}}


# How an article introduces the person it interviewed: '(we) spoke on Tuesday with', 'in an
# interview with', 'interviewed'.
INTERVIEW_INTRO = re.compile(
    r"\b(?:(?:spoke|talked)(?:\s+[\w,]+){0,4}?\s+(?:with|to)|interview(?:ed)?(?:\s+with)?)\s+")
# What a leader heads, as in "Netanyahu's government" (the state it governs).
GOVERNMENT_NOUNS = {"government", "administration", "cabinet"}


# Offices held for a state: a demonym before them names the holder's state.
STATE_ROLE_NOUNS = {"minister", "president", "premier", "chancellor", "envoy", "ambassador",
                    "diplomat", "leader", "counterpart", "spokesman", "spokeswoman",
                    "spokesperson", "secretary", "negotiator", "official", "king", "monarch"}

# Dashes that end a dateline glued to the subject by the parser ("CAIRO - Egypt's ...").
DASHES = {"-", "\u2013", "\u2014", "--"}

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Common given names whose bearer is almost always of one gender: a person the gazetteer does
# not know gets a gender from the first word of the fullest name the article gives, before the
# pronoun votes (which misfire when two people share a sentence). Names worn by both sexes
# (Jordan, Taylor, Chris, Leslie, Kim, ...) are deliberately absent.
MALE_GIVEN = _words("""
aaron adam adrian alan albert alexander alfred andrew angelo anthony antonio arthur barack ben
benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brian bruce bryan carl
carlos charles charlie chuck clarence craig curtis dan daniel darrell dave david dennis derek
dick don donald doug douglas duncan dwight earl eddie edward elijah emmanuel eric ernest eugene
frank franklin fred frederick gary gene george gerald gordon graham greg gregory harold harry
henry howard ian isaac jack jacob jake james jason jeb jeff jeffrey jeremy jerry jesse jim jimmy
joe joel john johnny jon jonathan jorge jose joseph josh joshua juan keith ken kenneth kevin
kurt larry lawrence leon louis luis luke marco marcus mark martin matt matthew max michael
mike mitch mitchell mohammed muhammad nathan neil newt nicholas nick nigel olaf oliver omar
patrick paul peter phil philip ralph randy ray raymond reince richard rick robert rod rodrigo
roger ron ronald rudy russell ryan samuel scott sean sergei sergey seth shawn stephen steve
steven stuart ted thomas tim timothy todd tom tommy tony travis trey troy victor vincent
vladimir walter wayne william willie xi yuri zachary
abdullah ahmed ali andres antony ashraf bashar beto boris cory corey dmitry ehud enrique evan
fumio gavin hakeem hamid hassan ibrahim igor javier jair jens joaquin justin kyle lloyd luiz
mahmoud mario miguel mikhail mitt nabih naftali narendra nikolai olaf pedro pete petro rafael
rand recep rishi robby sergio shinzo volodymyr yair yoshihide viktor vitali wladimir
antonin byron jerrold orrin roy thad lamar rob hank herb jay kirk rex stan stanley vern wes
wesley zach jared cliff clifford dale darren dustin edwin elliot emil gilbert glenn hugh irving
jerome lyndon marvin melvin milton nelson norman oscar otto rupert spencer stewart theodore
wendell wilbur alexei andrei anatoly dmitri gennady leonid maxim oleg pavel vasily yevgeny
francois pierre jacques friedrich heinrich helmut gerhard horst wolfgang abdel hosni mohamed
mohammad
steny noah zack barney deval rahm
winston keir dominic
oleksandr oleksiy andriy dmytro mykola mykhailo serhiy vadym vitaliy yuriy taras bohdan denys
ruslan kyrylo vasyl ihor anatoliy valeriy arseniy pyotr ivan nikita konstantin grigory
aleksandr vyacheslav valentin ramzan kirill artem
abdul khalid faisal fahd salman yousef youssef mustafa tariq walid nabil karim hamad tamim
saud jamal samir rashid hussein hussain nasser fouad ayman anwar ismail abbas ebrahim javad
hossein masoud mohsen
nicolas olivier bruno thierry laurent klaus jurgen markus matthias stefan sebastian andreas
dieter hans karl giuseppe giovanni matteo luigi enrico alessandro paolo silvio fernando manuel
alejandro diego pablo ricardo gustavo felipe mateusz andrzej tomasz piotr jaroslaw zbigniew
radoslaw krzysztof witold janusz petr milos aleksandar dragan mevlut hakan ahmet mehmet kemal
michel
rahul amit rajnath subrahmanyam arvind manmohan sanjay vijay ajit piyush ashok anil sunil
rajiv
cyril thabo goodluck muhammadu olusegun bola uhuru raila yoweri abiy hailemariam isaias macky
alassane emmerson
taro yoshimasa toshimitsu shigeru junichiro naoto yukio koichi
avigdor gideon itamar bezalel yoav benny
""")
FEMALE_GIVEN = _words("""
abigail alice alicia alison amanda amy angela angelina ann anna anne annie barbara betsy
betty beverly brenda carly carmel carol caroline carolyn catherine cathy charlotte cheryl
christina christine claire cynthia debbie deborah denise diana diane donna doris dorothy edith
elaine eleanor elizabeth ellen emily emma evelyn felicia florence frances gabrielle gina gloria
grace hannah heather helen hillary ingrid irene ivanka jane janet janice jennifer jessica
jill joan joanne joyce judith judy julia julie karen katherine kathleen kathy katie kay
kellyanne kirsten laura lauren linda lisa lois lori lucy madeleine margaret maria marie marilyn
martha mary maxine megan melania melanie melissa michelle mildred nancy natalie nicole nikki
olga olivia pamela patricia patti paula peggy rachel rebecca rita roberta rosa rose ruth sally
samantha sandra sara sarah sharon shirley sophie stephanie susan suzanne teresa theresa tina
tulsi valerie victoria virginia wendy
alexandria annalena ayanna condoleezza debra giorgia hope huma ilhan jacinda kamala katy
kirstjen kristen liz marsha megyn mette nadia natalia nina rashida sanna svetlana tammy
tatiana ursula yulia
kristin kristina heidi dianne stacey marcia erin kathryn katharine colleen eileen maureen
kimberly michele danielle brittany courtney tiffany sheila susana veronica adriana elise
jeanne joni marianne meghan molly nora pam penny sue tara vanessa yvonne zoe gretchen loretta
sonia sonya marta ana annegret heike katarina ilona beata greta jen
meredith brooke crystal melinda gwen ginger monica jodi chelsea becky cindy sylvia naomi
rhonda roxanne tricia vicki yolanda gail bonnie carla cecilia connie dolores harriet holly
lindsay miriam renee rosemary louise kate leah lena
priti olena oksana iryna kateryna tetiana nataliya liudmyla lyudmila valentina marina elena
yelena irina ekaterina anastasia daria galina larisa tamara nadezhda veronika alina viktoria
zoya vera
fatima aisha layla leila mariam maryam noura rania yasmin amal salma huda zainab
marine segolene brigitte svenja christiane elly francesca chiara isabel carmen lucia magdalena
katarzyna agnieszka malgorzata ewa kaja kersti ingrida kristalina margrethe suella yvette
sushma nirmala smriti priyanka indira mamata meenakshi
naledi lindiwe nkosazana samia
yoko yuriko sanae
claudia dilma cristina xiomara golda tzipi ayelet
""")
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
NEUTER = {"it", "its", "itself"}
AUTHOR = {"i", "me", "my", "we", "us", "our", "you", "your"}
PERSON_PRONOUNS = MALE | FEMALE
VOTING_DEPS = {"nsubj", "nsubjpass", "poss"}  # pronouns that can refer back to a subject
# Nouns for the written accounts an organisation issues: "Moscow's summary said".
# Nouns for a part of a document ('a section of the cable'): the document speaks.
PART_NOUNS = {"section", "part", "passage", "paragraph", "page", "portion", "excerpt", "line"}
DOCUMENT_NOUNS = {
    "readout", "summary", "statement", "account", "transcript", "release", "communique",
    "communiqué", "memo", "memorandum", "letter", "report", "note", "declaration", "post",
    "tweet", "filing", "complaint", "order", "ruling", "decision", "announcement", "version",
    "website", "site", "document", "email", "message", "briefing", "cable", "text",
    "lawsuit", "suit", "indictment", "petition", "study", "survey", "poll", "analysis", "audit",
}
# Verbs whose subject issues the document that is their object ('X released a statement').
ISSUING_VERBS = {"issue", "release", "publish", "put", "send", "post", "circulate", "file", "write",
                 "give", "deliver", "sign"}
# Heads of descriptions that name a role rather than a person: resolved through the roles the
# article gives to named people ("Jen Psaki, the White House press secretary").
# Unnamed people who speak for a side ("Russian officials", "a Kremlin spokesman").
SPOKESPEOPLE = {"official", "spokesman", "spokeswoman", "spokesperson", "diplomat",
                "negotiator", "envoy"}
# Words for one unnamed member of someone's staff, used in turn for the same person.
STAFF_NOUNS = {"aide", "staffer", "spokesman", "spokeswoman", "spokesperson", "assistant"}
ROLE_HEADS = {
    "secretary", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "aide",
    "minister", "president", "chancellor", "director", "ambassador", "envoy", "chief",
    "leader", "premier", "official", "diplomat", "senator", "governor", "general", "commander",
    "chairman", "chairwoman", "chair", "head", "mayor", "counselor", "counsellor", "strategist",
    "manager", "nominee", "candidate", "analyst", "economist", "professor", "ceo", "founder",
    "representative", "lawmaker", "congressman", "congresswoman", "negotiator", "king", "queen",
}
# How much a grammatical role makes a name the antecedent of a later he/she.
ROLE_WEIGHT = {"main": 1.5, "subject": 0.75, "other": 0.0, "poss": -0.5}
# Words for somebody standing in a race, taken as one role by 'the front-runner said'.
CAMPAIGN_ROLES = {"candidate", "hopeful", "front-runner", "frontrunner", "contender",
                  "nominee", "challenger"}
# Participles that open a question put to the one who then answers ('Asked about X, he said').
ASKED_PARTICIPLES = {"asked", "pressed", "questioned", "quizzed", "challenged"}
# Nouns for bodies that 'the <noun> said' refers back to, when the article named one.
BODY_NOUNS = {"ministry", "department", "agency", "committee", "commission", "council",
              "embassy", "government", "company", "bank", "court", "party", "union", "alliance",
              "organization", "organisation", "office", "administration", "institute", "group",
              "foundation", "association", "federation", "bureau", "board", "service",
              "parliament", "assembly", "army", "military", "navy", "firm", "corporation",
              "giant", "platform", "conference", "caucus", "coalition", "league", "society",
              "club", "forum"}
# Words for one's lawyer, taken as one role ('his attorney' ... 'the lawyer').
LEGAL_NOUNS = {"lawyer", "attorney", "counsel", "counselor", "counsellor"}
# Head words of the names of public agencies, which 'the agency' refers back to.
AGENCY_HEADS = {"service", "administration", "bureau", "office", "commission", "board",
                "authority", "agency", "department", "survey", "directorate", "inspectorate"}
# Nouns for a business, and the corporate forms that mark an organisation's name as one
# ('the tech giant', 'the platform': what reporters call a company they just named).
COMPANY_NOUNS = {"company", "firm", "corporation", "giant", "platform"}
CORPORATE_FORM = re.compile(r"\b(?:Inc|Corp|Co|LLC|Ltd|PLC|plc|Corporation|Company|"
                            r"Holdings|Group)\b\.?$")
# Offices of a head of state or government, and the seats they speak through ('Putin's
# spokesman' is the Kremlin's press secretary; 'his office said' of a president is his seat).
LEADER_OFFICES = {"president", "prime_minister", "chancellor", "monarch"}
LEADER_SEATS = ("Kremlin", "White House", "Downing Street", "Chancellery", "Zhongnanhai",
                "Bankova", "Élysée")
# A person the article has just introduced (first mention, full name, an earlier sentence) is
# the likely speaker of what follows: journalists name and describe a source, then quote them.
INTRODUCTION_WEIGHT = 1.0
# Nouns that describe a person (besides the role heads): "the New York businessman said".
PERSON_NOUNS = ROLE_HEADS | {
    "businessman", "businesswoman", "billionaire", "mogul", "tycoon", "developer", "pro",
    "veteran", "star", "host", "anchor", "activist", "lawyer", "attorney", "woman", "man",
    "mother", "father", "wife", "husband", "son", "daughter", "widow", "actress", "actor",
    "singer", "writer", "author", "reporter", "journalist", "columnist", "doctor", "physician",
    "officer", "judge", "justice", "politician", "legislator", "incumbent", "challenger",
    "frontrunner", "front-runner", "contender", "hopeful", "rival", "opponent", "owner",
    "executive", "scientist", "expert", "researcher", "scholar", "historian", "student",
    "teacher", "pastor", "priest", "bishop", "preacher", "commissioner", "sheriff",
    "prosecutor", "investigator", "agent", "soldier", "lieutenant", "captain", "sergeant",
    "colonel", "admiral", "chancellor", "republican", "democrat", "conservative", "liberal",
    "progressive", "libertarian", "independent", "socialist", "populist", "mayor",
    "attorney-general", "comedian", "entrepreneur", "investor", "banker", "economist",
    "pollster", "consultant", "operative", "surrogate", "spokesperson", "publicist",
    "congressman", "congresswoman", "assemblyman", "assemblywoman", "councilman",
    "councilwoman", "immigrant", "resident", "voter", "supporter", "critic", "nurse",
    "grandmother", "grandfather", "girl", "boy", "lady", "gentleman", "mom", "dad",
    "partner", "colleague", "friend", "ally", "associate", "sister", "brother", "aunt",
    "uncle", "cousin", "neighbor", "neighbour", "deputy", "lobbyist", "organizer",
    "organiser", "protester", "mentor", "coach", "employee", "staffer", "volunteer",
}
FEMALE_NOUNS = {"woman", "mother", "wife", "daughter", "widow", "actress", "businesswoman",
                "congresswoman", "assemblywoman", "councilwoman", "spokeswoman", "chairwoman",
                "grandmother", "girl", "lady", "mom", "queen", "sister", "aunt"}
MALE_NOUNS = {"man", "father", "husband", "son", "businessman", "congressman", "assemblyman",
              "councilman", "spokesman", "chairman", "grandfather", "boy", "gentleman", "dad",
              "king", "brother", "uncle"}


def _person_noun_word(word: str) -> bool:
    return word in PERSON_NOUNS or word.endswith(("man", "woman")) and len(word) > 5


def _title_of(prep: Token) -> bool:
    """Is ``prep`` the 'of' of an office title ("secretary of state", "chief of staff"): a
    bare noun with no determiner or possessor of its own after a role word?"""
    if prep.text != "of" or prep.head.lower_ not in ROLE_HEADS or prep.i != prep.head.i + 1:
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].pos_ not in ("NOUN", "PROPN"):
        return False
    # nothing but the office's own words between: "of state", "of homeland security"
    return all(t.dep_ in ("compound", "amod") for t in prep.doc[prep.i + 1: objs[0].i]) and not any(
        c.dep_ in ("det", "poss", "prep", "nummod") for c in objs[0].children)


def _hyphenated(head: Token) -> str:
    """The whole hyphenated word a noun ends ('front-runner', split by the tokenizer into
    'front', '-', 'runner'), lower-cased; the noun alone when it has no glued hyphen."""
    doc, i = head.doc, head.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and (
            not doc[i - 1].whitespace_) and doc[i - 2].is_alpha:
        return f"{doc[i - 2].lower_}-{head.lower_}"
    return head.lower_


def _person_noun(head: Token) -> bool:
    """Does the common noun ``head`` describe a person (a role, a trade, a relation)?"""
    return head.pos_ in ("NOUN", "PROPN") and head.text[:1].islower() and (
        _person_noun_word(head.lower_) or _person_noun_word(_hyphenated(head)))
# Cues of an answer or an emphasis: their clause is reported like that of 'say'.
REPLY_LEMMAS = {"reply", "respond", "answer", "retort", "counter", "stress", "emphasize",
                "emphasise", "acknowledge", "concede", "assert", "declare", "announce"}
CUE_LEMMAS = {"say", "tell", "add", "note", "argue", "explain", "write", "ask", "continue",
              "insist", "warn", "recall", "agree", "claim", "state"}
# Capitals used as metonyms for a government: the seat of government when the convention has
# one (Washington → White House, Moscow → Kremlin), otherwise the state via the gazetteer.
SEATS = {"washington": "United States", "moscow": "Kremlin"}
# Offices a state holds in many places at once: the holder is known only with the post named.
POSTED_ROLES = frozenset({"ambassador", "envoy"})
NEWS_AGENCIES = {"reuters", "ap", "afp", "bloomberg", "interfax", "tass", "ria", "xinhua",
                 "associated press", "agence france-presse", "ria novosti", "dpa", "efe"}


# A web site named by its address ("BigGovernment.com", "Axios.com"), speaking as a publication.
WEB_DOMAIN = re.compile(r"(?:[A-Z][\w\-]*\.)*[A-Z][\w\-]*\.(?:com|org|net|news|co\.uk|io)")


@dataclass
class Person:
    name: str  # fullest form seen
    gender: str | None = None
    roles: set[str] = field(default_factory=set)  # lower-cased role words the article gives
    # The name is the gazetteer's reading of a bare surname ("Sanders"), not one the article
    # printed: a full name the article gives for that surname replaces it.
    guessed: bool = False
    first_at: int = 0
    titles: set[str] = field(default_factory=set)  # title words printed right before the name


def _with_given_name(ent: Span) -> Span:
    """'the spokeswoman, Nikorndej Balankura,': an apposition whose given name the model left
    out of the person (an unfamiliar name) starts at its comma: the name it opens is part of
    the person's."""
    doc = ent.doc
    first = ent.start - 1
    if first < 1 or doc[first - 1].text != "," or ent.label_ != "PERSON":
        return ent
    given = doc[first]
    if not (given.pos_ == "PROPN" and given.dep_ == "compound" and given.is_alpha
            and given.text.istitle() and not given.ent_type_
            and ent.start <= given.head.i < ent.end and given.lower_ not in TITLE_WORDS):
        return ent
    return Span(doc, first, ent.end, label=ent.label_)


def _clean_name(text: str) -> str:
    # ("Rashida Tlaib's '" when the tagger ran the name into an opening mark)
    text = re.sub(r"(?:'s|’s)$", "", text.strip().rstrip(" '’\"“”"))
    words = text.split()
    while len(words) > 1 and words[0].casefold().rstrip(".") in TITLE_WORDS:
        words = words[1:]
    while len(words) > 2 and words[0][:1].isupper() and (
            words[0].casefold() in PERSON_NOUNS - {"man", "son", "star", "host"}):
        words = words[1:]  # an occupation printed before the name: 'Historian Ann Lee'
    words = [w for w in words if not re.fullmatch(r"\(.*\)|[,;:]", w)]
    owner = next((i for i, w in enumerate(words[:-2]) if re.search(r"(?:'s|’s)$", w)), None)
    if owner is not None and given_gender(" ".join(words[owner + 1:])) and all(
            w[:1].isupper() for w in words[owner + 1:]):
        words = words[owner + 1:]  # "Twitter's Adam Sharp": the person, not his employer
    return " ".join(words).strip(" ,;:")


# "the bureau's " run into an organisation's name by the tagger
OWNER_NOUN_PREFIX = re.compile(r"^(?:[Tt]he\s+)?[a-z][\w\-]*(?:'s|’s)\s+(?=[A-Z])")
# An organisation's initials ('FWS', 'NOAA'), and country words its initials may leave out.
ACRONYM = re.compile(r"[A-Z]{2,7}")
COUNTRY_PREFIXES = {"U.S.", "US", "American", "British", "U.K.", "UK"}
CAPITALISED_WORD = re.compile(r"[A-Z][\w.\-]*")
ORG_WORDS = {
    "institute", "party", "council", "ministry", "department", "committee", "foundation",
    "bank", "university", "times", "post", "news", "agency", "union", "company", "inc", "corp",
    "group", "association", "center", "centre", "office", "house", "court", "senate",
    "congress", "army", "forces", "force", "service", "journal", "press", "network", "club",
    "school", "college", "fund", "bureau", "commission", "organization", "organisation",
    "administration", "campaign", "church", "board", "parliament", "assembly", "alliance",
    "media", "tv", "radio", "review", "magazine", "reuters", "state", "states", "republic",
    "kingdom", "city", "county", "street", "square", "airport", "hotel", "tower", "summit",
}


# First words of multi-word place and institution names ("North Carolina", "New York").
PLACE_STARTS = {"north", "south", "east", "west", "new", "san", "santa", "los", "las", "saint",
                "st", "fort", "port", "mount", "lake", "united", "great", "upper", "lower"}


def _title_case_line(text: str, offset: int) -> bool:
    """Is the line holding ``offset`` set in title case (a headline: 'Cordial Ties Have
    Soured', where every word is capitalised and so looks like a name)?"""
    lo = text.rfind("\n", 0, offset) + 1
    hi = text.find("\n", offset)
    words = re.findall(r"[A-Za-z][\w'\u2019\-]*", text[lo: hi if hi >= 0 else len(text)])
    content = [w for w in words if w.casefold() not in TITLE_SMALL]
    if len(content) < 4 or len(words) > 25:
        return False
    return sum(w[:1].isupper() for w in content) >= 0.85 * len(content)


# Short words a headline in title case leaves in lower case.
TITLE_SMALL = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by",
               "with", "as", "from", "into", "over", "vs", "via"}


def _compounds_to(token: Token, head: Token) -> bool:
    """Is ``token`` a modifier of ``head`` through a chain of compounds ('Trump' in 'Trump
    campaign officials')?"""
    node = token
    for _ in range(6):
        if node.head.i == head.i:
            return True
        if node.head.dep_ not in ("compound", "nmod", "amod") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _para_break_between(doc: Doc, a: int, b: int) -> bool:
    return bool(re.search(r"\n\s*\n", doc_text(doc)[min(a, b):max(a, b)]))


def _in(offset: int, a: int, b: int) -> bool:
    return a <= offset < b


# Nouns for any organisation ('Amnesty International published a report. "...," the group
# said'): read back like 'the company' to the organisation last seen as a subject.
GENERIC_BODY_NOUNS = {"group", "organization", "organisation"}
# Words for a member of a party: 'the Ohio Democrat said' describes a person.
PARTY_MEMBERS = {"republican", "democrat", "independent", "conservative", "tory", "socialist"}
# Lower-case particles inside surnames ('von der Leyen', 'de Gaulle', 'van Rompuy'): a name
# does not end on one.
SURNAME_PARTICLES = {"de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "du",
                     "dos", "das", "ter", "ten", "bin", "al"}
# Words of companies' names that are no part of a person's ('Ukraine International Airlines'
# is not a person in Ukraine), besides ORG_WORDS.
COMPANY_NAME_WORDS = {"international", "national", "airlines", "airways", "air", "holdings",
                      "energy", "media", "systems", "technologies", "partners", "capital",
                      "oil", "gas", "railways", "motors", "industries", "telecom", "airport",
                      "global", "united", "general", "state", "federal", "royal", "republic"}


def _looks_like_person(ent: Span) -> bool:
    """Small NER models often tag unfamiliar personal names as ORG: two or three capitalised
    proper nouns with no institutional word read as a name ("Helena Moritz")."""
    if ent.label_ not in ("ORG", "NORP") or not 2 <= len(ent) <= 3:
        return False
    if ent[0].lower_ in PLACE_STARTS:
        return False
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
               and t.lower_ not in ORG_WORDS for t in ent)


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|" \
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
PRINTED_DATES = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r"\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
)


def printed_date(text: str, within: int = 600) -> str | None:
    """The first full date in the article's opening characters, as YYYY-MM-DD."""
    head = text[:within]
    found: list[tuple[int, str]] = []
    for pattern in PRINTED_DATES:
        match = pattern.search(head)
        if match is None:
            continue
        if match.groupdict().get("mnum"):
            month = int(match.group("mnum"))
        else:
            month = next(i for i, m in enumerate(MONTHS, 1)
                         if m.startswith(match.group("month").casefold()[:3]))
        day = int(match.group("day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append((match.start(), f"{match.group('year')}-{month:02d}-{day:02d}"))
    return min(found)[1] if found else None


# A bare surname ("Smith said") is read as a gazetteer office holder only when the article
# could be about them: dated from a year before one of their terms (nominees, candidates) to
# three years after it (former officials stay in the news), or giving them a fitting title.
TERM_LEAD = timedelta(days=365)
TERM_TAIL = timedelta(days=3 * 365)
# Title words that fit a gazetteer role, keyed by the role's last word.
ROLE_TITLES = {
    "minister": {"minister", "premier", "secretary"}, "president": {"president"},
    "ambassador": {"ambassador", "envoy"}, "general": {"secretary-general", "secretary"},
    "chief": {"chief", "director", "head", "general", "commander", "gen"},
    "monarch": {"king", "queen", "emir", "sultan", "prince", "monarch"},
    "spokesperson": {"spokesman", "spokeswoman", "spokesperson"},
    "adviser": {"adviser", "advisor"}, "aide": {"aide", "adviser", "advisor"},
    "staff": {"chief"}, "secretary": {"secretary"}, "representative": {"representative"},
    "chancellor": {"chancellor"},
}


def _as_date(text: str | None) -> date | None:
    """A gazetteer or publication date ("2014", "2014-03", "2014-03-21") as a day."""
    if not text:
        return None
    parts = (text.split("T")[0].split("-") + ["07", "15"])[:3] if len(text) >= 4 else None
    if parts is None or len(parts[0]) != 4:
        return None
    try:
        return date(int(parts[0]), int(parts[1] or 7), int(parts[2] or 15))
    except ValueError:
        return None


def term_fits(entry: Entry, day: str | None, as_of: str | None = None) -> bool:
    """Was ``entry`` in (or near) one of their roles on ``day``? True when nothing is known
    (no date, no roles): the test only ever rules a namesake out."""
    when = _as_date(day)
    if when is None or not entry.roles:
        return True
    for role in entry.roles:
        start, end = _as_date(role.start), _as_date(role.end or as_of)
        if (start is None or start - TERM_LEAD <= when) and (
                end is None or when <= end + TERM_TAIL):
            return True
    return False


def title_fits(entry: Entry, titles: set[str]) -> bool:
    """Does a title the article gives the surname ("Foreign Minister", "Sen.") fit one of
    the entry's roles?"""
    for role in entry.roles:
        last = role.role.split("_")[-1]
        if titles & ROLE_TITLES.get(last, {last}):
            return True
    return False


def given_gender(name: str) -> str | None:
    """"m"/"f" when the first of several words is a given name of one gender, else None."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].casefold()
    return "m" if first in MALE_GIVEN else "f" if first in FEMALE_GIVEN else None


def _lone_given_gender(name: str) -> str | None:
    """A person the article calls by a given name only ("Melanie said")."""
    if " " in name.strip():
        return None
    word = name.strip().casefold()
    return "m" if word in MALE_GIVEN else "f" if word in FEMALE_GIVEN else None


def _relative_name(name: str, known: str) -> bool:
    """Is ``name`` someone else of ``known``'s family: both full names, the same surname, and
    a given name of its own (both start with a common given name, with different initials,
    so 'Joe' / 'Joseph' and 'Donald J. Trump' stay the same person)."""
    words, others = name.split(), known.split()
    if len(words) < 2 or len(others) < 2 or _surname(name) != _surname(known):
        return False
    if given_gender(name) is None or given_gender(known) is None:
        return False  # 'De Blasio', 'N Luis Olidem': no given name to tell the two apart
    return words[0][0].casefold() != others[0][0].casefold()


def _after_title(before: str | None, word: str) -> bool:
    """'Minority Whip Steny Hoyer': a capitalised word between a title and a surname is the
    given name, whether or not it is a common one (the title shows a person follows)."""
    if before is None or before.casefold() not in TITLE_WORDS | ROLE_HEADS:
        return False
    first = word.split()[0].casefold()
    return first not in TITLE_WORDS | ROLE_HEADS | ORG_WORDS and first not in PLACE_STARTS


def _generation(name: str) -> str | None:
    """The generational suffix a full name ends with ('Jr', 'Sr', 'III'), if any."""
    last = name.split()[-1].casefold().rstrip(".,") if name.split() else ""
    return last if last in ("jr", "sr", "ii", "iii", "iv") else None


def _hyphen_joined(first: Token, last: Token) -> bool:
    """Are ``first`` '-' ``last`` one capitalised double name ('Ocasio-Cortez')?"""
    doc = first.doc
    return (last.i == first.i + 2 and doc[first.i + 1].text == "-" and not first.whitespace_
            and not doc[first.i + 1].whitespace_ and first.is_alpha and last.is_alpha
            and first.text[:1].isupper() and last.text[:1].isupper())


ARTICLE_PREFIX = re.compile(r"^(?:al|el|Al|El)-(?=[A-Z])")


def _surname(name: str) -> str:
    parts = [p for p in name.split() if p.casefold().rstrip(".") not in ("jr", "sr", "ii", "iii")]
    last = (parts or name.split() or [name])[-1]
    # 'Abdullatif al-Zayani' is 'Zayani' on second mention: the Arabic article is no part
    # of the name an article repeats
    return ARTICLE_PREFIX.sub("", last)


class SpeakerResolver:
    """Per-document index of people, roles and organisations, answering phrase → actor."""

    def __init__(self, doc: Doc, mentions: list[ActorMention], gazetteer: Gazetteer,
                 inside_quotes: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.gazetteer = gazetteer
        self.inside = inside_quotes
        self.people: dict[str, Person] = {}  # surname (casefolded) → person
        # Relatives filed under another person's surname entry ("Dick Cheney" after "Mary
        # Cheney"), by given name + surname: their own roles, so a title names the right one.
        self.relatives: dict[str, Person] = {}
        self.orgs: dict[str, str] = {}  # lower-cased surface → name
        self._person_spans: list[tuple[int, int, str]] = []  # (start, end, surname key)
        # Speakers already attributed in this article, by offset of their cue: a pronoun that
        # opens the next quote usually continues the same speaker.
        self.spoken: list[tuple[int, str]] = []
        # The day offices are looked up on: the publication date, else a date printed in the
        # article's header (scraped pages often carry one).
        self.day: str | None = doc._.published or printed_date(doc_text(doc))
        self._titles: dict[str, set[str]] = {}  # surname → title words put before it
        self._full_names: list[str] = []  # names of two words or more, as printed
        self._printed_orgs: list[str] | None = None  # see _org_names
        self._index()

    # ------------------------------------------------------------------ index
    def _index(self) -> None:
        doc = self.doc
        for ent in doc.ents:
            if ent.label_ == "PERSON" or _looks_like_person(ent):
                self._add_person(_with_given_name(ent))
            elif ent.label_ == "ORG":
                name = re.sub(r"^[Tt]he\s+", "", _clean_name(ent.text))
                if name:
                    self.orgs.setdefault(name.casefold(), name)
        for mention in self.mentions:
            if mention.how == "pronoun":
                continue  # another component's guess, not a name in the text
            if mention.how == "title" and self._title_named_beside(mention.start, mention.end):
                continue  # 'The press secretary, Karine Jean-Pierre,': the named person
            entry = self.gazetteer.entries.get(mention.actor)
            if entry is not None and entry.kind == "person":
                key = _surname(entry.name).casefold()
                bare = len(mention.text.split()) == 1
                if bare and _clean_name(mention.text).casefold() == key and not self.namesake_fits(
                        entry, mention.text):
                    # "Smith" in a story from another decade than the gazetteer's Smith: the
                    # article's own Smith, under the fullest name it gives.
                    own = self.people.setdefault(key, Person(_clean_name(mention.text),
                                                             first_at=mention.start))
                    if own.name == entry.name and not any(
                            _clean_name(n) == entry.name for n in self._full_names):
                        own.name = _clean_name(mention.text)  # the gazetteer's, not printed
                    self._person_spans.append((mention.start, mention.end, key))
                    continue
                person = self.people.setdefault(key, Person(entry.name, first_at=mention.start))
                if bare and person.name != entry.name and not person.guessed:
                    # "Sanders" after "Bernie Sanders": the article's person, whatever
                    # namesake the gazetteer holds.
                    self._person_spans.append((mention.start, mention.end, key))
                    continue
                if not bare and not person.guessed and person.name != entry.name and (
                        person.name.split()[0] != entry.name.split()[0]) and any(
                        e.kind == "person" for e in self.gazetteer.lookup(person.name)):
                    # "Bill Clinton" after "Hillary Clinton": a relative under the same
                    # surname (told apart by given name when a pronoun is resolved); the bare
                    # surname stays with the person the article named first.
                    self._person_spans.append((mention.start, mention.end, key))
                    continue
                person.name = entry.name
                person.gender = person.gender or entry.gender
                self._person_spans.append((mention.start, mention.end, key))
        self._add_untagged_subjects()
        self._add_surname_occurrences()
        self._complete_bare_names()
        self._person_spans.sort()
        self._learn_genders()

    def _add_untagged_subjects(self) -> None:
        """'Fowler said' with "Fowler" tagged ORG or nothing: a capitalised proper noun (with
        the proper nouns compounded onto it) that is the subject of a verb and that neither
        the gazetteer nor the NER knows as a place, group or institution reads as a person."""
        doc = self.doc
        for token in doc:
            if token.dep_ != "nsubj" or token.pos_ != "PROPN" or token.ent_type_ == "PERSON":
                continue
            if token.ent_type_ not in ("", "ORG") and not (
                    token.ent_type_ in ("WORK_OF_ART", "PRODUCT") and token.i > 0
                    and doc[token.i - 1].dep_ == "compound"
                    and given_gender(f"{doc[token.i - 1].text} {token.text}")):
                continue  # ("Twitter's Adam Sharp" tagged as a title: a given name shows him)
            if not token.is_alpha or token.is_upper:
                continue
            if not token.text[:1].isupper() or token.head.pos_ not in ("VERB", "AUX"):
                continue
            lo, hi = sorted((token.idx, token.head.idx))
            if re.search(r"\n\s*\n", doc_text(doc)[lo:hi]):
                continue  # a headline word parsed as the subject of the body's first verb
            if _title_case_line(doc_text(doc), token.idx):
                continue  # 'Cordial Ties Have Soured': a headline's words, not a name
            if any(_in(token.idx, a, b) for a, b in self.inside):
                continue
            if any(c.dep_ in ("det", "amod", "nummod") and c.i < token.i for c in token.children):
                continue  # "the 13th Amendment", "the new Congress": a thing, not a person
            start = token.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
                start -= 1
            if start > 1 and _hyphen_joined(doc[start - 2], doc[start]):
                start -= 2  # 'Ocasio-Cortez tweeted': the whole double surname
            if start > 0 and (doc[start - 1].lower_ in ("the", "a", "an")
                              or doc[start - 1].text[:1].isdigit()):
                continue  # "the 13th Amendment", "a Congress": a thing, not a person
            words = doc[start: token.i + 1]
            low = words.text.casefold()
            if low in self.orgs or token.lower_ in NEWS_AGENCIES or any(
                    t.lower_ in ORG_WORDS or t.lower_.rstrip(".") in TITLE_WORDS for t in words):
                continue
            known = self.gazetteer.lookup(words.text) or self.gazetteer.lookup(token.text)
            if known and not any(e.kind == "person" for e in known):
                continue
            if self._mention_at(token.idx) is not None:
                continue  # the actors component knows it (and did not call it a person)
            key = token.text.casefold() if start == token.i or doc[start + 1].text != "-" else (
                doc[start: token.i + 1].text.casefold())
            if key in self.people:
                continue  # an occurrence: added below
            self.people[key] = Person(_clean_name(words.text), first_at=words.start_char)
            self._person_spans.append((words.start_char, words.end_char, key))

    def _complete_bare_names(self) -> None:
        """'Representative Kurt Schrader of Oregon' missed by the NER, then 'Mr. Schrader'
        tagged: the person known by the surname alone takes the fullest name the text gives
        it, a common given name right before the surname (one such name only: two would be
        relatives)."""
        text = doc_text(self.doc)
        for person in self.people.values():
            if len(person.name.split()) != 1 or not person.name[:1].isupper():
                continue
            found = {m.group(2) for m in re.finditer(
                rf"\b(?:([A-Z][a-z]+)\.? )?([A-Z][a-z]+(?: [A-Z]\.)?) {re.escape(person.name)}\b",
                text) if given_gender(f"{m.group(2).split()[0]} {person.name}") or (
                    _after_title(m.group(1), m.group(2)))}
            if len(found) == 1:
                person.name = f"{found.pop()} {person.name}"

    def _add_surname_occurrences(self) -> None:
        """Every capitalised occurrence of a known person's surname is that person, whatever
        the NER thought of it there ("Trump" is often tagged ORG by small models)."""
        known = {s for s, _, _ in self._person_spans}
        for token in self.doc:
            if token.idx in known or not token.text[:1].isupper():
                continue
            if token.i + 2 < len(self.doc) and _hyphen_joined(token, self.doc[token.i + 2]):
                # 'Ocasio-Cortez' is three tokens: the double surname is one key
                whole = self.doc[token.i: token.i + 3]
                if whole.text.casefold() in self.people and whole[0].ent_type_ != "PERSON":
                    self._person_spans.append((whole.start_char, whole.end_char,
                                               whole.text.casefold()))
                    known.add(whole.start_char)
                    continue
            if token.i > 1 and _hyphen_joined(self.doc[token.i - 2], token):
                continue  # the second half of a double surname
            key = token.text.casefold()
            person = self.people.get(key)
            if person is None or token.ent_type_ == "PERSON":
                continue
            if token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ == "PROPN" and (
                    self.doc[token.i + 1].text[:1].isupper()):
                continue  # part of a longer name: "Trump Tower", "Clinton Foundation"
            self._person_spans.append((token.idx, token.idx + len(token), key))

    def _add_person(self, ent: Span) -> None:
        doc = self.doc
        name = _clean_name(ent.text)
        held = self._without_place(ent)
        if held is not None:
            name = held  # 'Ukraine Olena Zelenska' tagged as one name: the person only
        if not name or not name[0].isalpha() or name.casefold() in TITLE_WORDS:
            return
        if not any(w[:1].isupper() for w in name.split()):
            return  # "the emiri diwan said": lower-case words the tagger took for a name
        if len(name.split()) > 1 and name.split()[-1] in SURNAME_PARTICLES:
            # 'Ursula von der' + 'Leyen': the tagger stopped inside the surname; the name runs
            # on to the capitalised word after the particle, or is no name of its own
            if ent.end < len(doc) and doc[ent.end].text[:1].isupper() and doc[ent.end].is_alpha:
                name = f"{name} {doc[ent.end].text}"
            else:
                return
        if ent.end < len(doc) and _generation("x " + doc[ent.end].text) and not _generation(name):
            # 'Jesse Jackson Jr. Pleads Guilty': the tagger left the suffix out of the name
            name = f"{name} {doc[ent.end].text}"
            if doc[ent.end].text.isalpha() and doc[ent.end].text.casefold() in ("jr", "sr") and (
                    ent.end + 1 < len(doc) and doc[ent.end + 1].text == "."):
                name += "."
        prior = [t for t in doc[max(0, ent.start - 2): ent.start]]
        if len(ent) == 1 and prior and (prior[-1].lower_ == "the" or (
                prior[-1].like_num or prior[-1].lower_.rstrip("stndrh").isdigit())
                and len(prior) == 2 and prior[0].lower_ == "the"):
            return  # "the 13th Amendment", "the Senate": a thing, not a person
        if ent[0].like_num or ent[0].text[:1].isdigit():
            return  # "13th Amendment": names of people do not start with a number
        if len(ent) >= 3 and any(t.is_alpha and t.is_upper and len(t) >= 2 for t in ent[1:]):
            return  # "Obama Defends NSA Programs": a title-case headline, not a name
        key = _surname(name).casefold()
        every = self.gazetteer.lookup(name)
        hits = [e for e in every if e.kind == "person"]
        if ent.label_ != "PERSON" and every and not hits:
            return  # a place or institution the gazetteer knows, mislabelled as a name
        if len(ent) == 1 and not hits and self._thing_elsewhere(ent):
            return
        bare = len(name.split()) == 1
        if bare:
            hits = [e for e in hits if self.namesake_fits(e, name)]
            holder = None if hits or key in self.people else self._given_name_holder(name)
            if holder is not None:
                # "Maria said" after "Maria Lopez": the person the article named in full.
                self._person_spans.append((ent.start_char, ent.end_char,
                                           _surname(holder).casefold()))
                return
        elif ent.label_ == "PERSON" and name[:1].isupper():
            self._full_names.append(name)
        known = self.people.get(key)
        if len(hits) == 1 and bare and known is not None and not known.guessed:
            hits = []  # a bare surname is the person the article already named
        if len(hits) == 1:
            name = hits[0].name
            key = _surname(name).casefold()
        person = self.people.get(key)
        if person is not None and not bare and not person.guessed and len(
                person.name.split()) > 1 and person.name.split()[0] != name.split()[0] and not (
                name.endswith(person.name) or person.name.endswith(name)):
            # "Bill Clinton" after "Hillary Clinton": a relative sharing the surname keeps
            # their own given name (see _relative_at) and leaves the entry, its gender and
            # the bare surname to the person the article named first.
            self._person_spans.append((ent.start_char, ent.end_char, key))
            relative = self.relatives.setdefault(
                f"{name.split()[0]} {_surname(person.name)}",
                Person(f"{name.split()[0]} {_surname(person.name)}", given_gender(name),
                       first_at=ent.start_char))
            relative.roles.update(self._roles_around(ent))
            relative.titles.update(self._titles_right_before(ent))
            return
        if person is None:
            person = self.people[key] = Person(name, first_at=ent.start_char,
                                               guessed=bare and len(hits) == 1)
        elif person.guessed and not bare and name.endswith(_surname(person.name)):
            person.name, person.gender, person.guessed = name, None, False
        elif len(name.split()) > len(person.name.split()) and (
                _surname(name).casefold() == key
                and _generation(person.name) == _generation(name)):
            # the fuller name ('Jesse Jackson Jr.' → 'Jesse L. Jackson Jr.'); a 'Jr.' is a
            # son, never the same person as the bare name his father shares
            person.name = name
        if len(hits) == 1 and hits[0].gender:
            person.gender = hits[0].gender
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.lower_.rstrip(".") in HONORIFIC_GENDER:
            person.gender = person.gender or HONORIFIC_GENDER[before.lower_.rstrip(".")]
        first = ent[0].lower_.rstrip(".")
        if first in HONORIFIC_GENDER:
            person.gender = person.gender or HONORIFIC_GENDER[first]
        person.roles.update(self._roles_around(ent))
        if not bare:
            # (a title before a bare surname may be a relative's: 'Former Senator Baxter')
            person.titles.update(self._titles_right_before(ent))
        self._person_spans.append((ent.start_char, ent.end_char, key))

    def _thing_elsewhere(self, ent: Span) -> bool:
        """'follows on Twitter' tagged as a person: a one-word name the tagger calls a
        product, work, place or body more often than a person elsewhere in the article, and
        that never closes a longer person's name, is no one's name."""
        word = ent.text
        people = things = 0
        for other in self.doc.ents:
            if not any(t.text == word for t in other):
                continue
            if other.label_ == "PERSON":
                if len(other) > 1 and other[-1].text == word:
                    return False  # 'Ann Twitter': somebody's surname after all
                people += 1
            elif other.label_ in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC", "GPE", "LOC"):
                things += 1
        return things > people

    def _titles_right_before(self, ent: Span) -> set[str]:
        """Lower-cased title words printed right before a name ('former Vice President')."""
        out: set[str] = set()
        i = ent.start - 1
        while i >= 0 and self.doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and ent.start - i <= 4:
            if self.doc[i].is_alpha:
                out.add(self.doc[i].lower_)
            i -= 1
        return out

    def _by_title(self, name: str, phrase: Span, head: Token) -> str:
        """'Former Vice President Cheney' when the article names several Cheneys: of the
        surname's entry and its relatives, the one the article printed those title words
        before (only a clear winner replaces ``name``)."""
        key = head.text.casefold()
        if key != _surname(name).casefold() or not self.relatives:
            return name
        words = {t.lower_ for t in phrase if t.i < head.i and t.is_alpha
                 and t.pos_ in ("NOUN", "PROPN", "ADJ")}
        if not words:
            return name
        entry = self.people.get(key)
        family = [p for p in self.relatives.values() if _surname(p.name).casefold() == key]
        if entry is None or not family:
            return name
        ranked = sorted(((len(words & p.titles), p.name) for p in [entry, *family]),
                        reverse=True)
        if ranked[0][0] and (len(ranked) < 2 or ranked[0][0] > ranked[1][0]):
            return ranked[0][1]
        return name

    def _roles_around(self, ent: Span) -> set[str]:
        """Role words the article attaches to a name: "press secretary Jen Psaki",
        "Jen Psaki, the White House press secretary", "Biden's adviser, Jake Sullivan"."""
        doc = self.doc
        roles: set[str] = set()
        i = ent.start - 1
        while i >= 0 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and ent.start - i <= 5:
            roles.add(doc[i].lower_)
            i -= 1
        root = ent.root
        for tok in (root, root.head):
            for child in tok.children:
                if child.dep_ == "appos":
                    roles.update(t.lower_ for t in child.subtree
                                 if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.i < ent.start + 12)
        if root.dep_ == "appos":
            head = root.head
            roles.update(t.lower_ for t in doc[head.left_edge.i: head.i + 1]
                         if t.pos_ in ("NOUN", "ADJ", "PROPN"))
        # ('Rep.' is the representative's title spelled out)
        roles = {ABBREVIATED.get(r.rstrip("."), r.rstrip(".")) for r in roles}
        return {r for r in roles if r.isalpha()}

    def _learn_genders(self) -> None:
        """Genders the gazetteer and honorifics did not give, from the pronouns that follow a
        person: a sentence whose only named person (or only subject) is X, with he/his or
        she/her in it or the next sentence and not both, is a vote; the majority wins when
        clear."""
        if not self._person_spans:
            return
        for person in self.people.values():
            person.gender = person.gender or given_gender(person.name) or _lone_given_gender(
                person.name)
        votes: dict[str, list[int]] = {}
        sents = list(self.doc.sents)
        for n, sent in enumerate(sents):
            spans = [(s, e, k) for s, e, k in self._person_spans
                     if sent.start_char <= s < sent.end_char
                     and not any(a <= s < b for a, b in self.inside)]
            keys = {k for _, _, k in spans}
            if not keys:
                continue
            if len(keys) > 1:
                subjects = {k for s, e, k in spans if self._is_subject(s, e)}
                if len(subjects) != 1:
                    continue
                keys = subjects
            key = next(iter(keys))
            voted = self.people.get(key)
            if voted is None or voted.gender:
                continue
            last = max(e for _, e, _ in spans)
            # Pronouns inside quotation marks are the speaker's words about someone else, and
            # an object pronoun is someone other than the clause's subject ("Raddatz pressed
            # him"): only subject and possessive pronouns vote.
            words = [t.lower_ for t in sent if t.idx >= last and not self._quoted(t.idx)
                     and t.dep_ in VOTING_DEPS]
            if n + 1 < len(sents):
                words += [t.lower_ for t in sents[n + 1] if not self._quoted(t.idx)
                          and t.dep_ in VOTING_DEPS]
            male = sum(w in MALE for w in words)
            female = sum(w in FEMALE for w in words)
            # A pronoun that fits another person of the sentence whose gender is known is
            # theirs ("Christie described Clinton ... after she attacked"): no vote.
            others = {self.people[k].gender for _, _, k in spans
                      if k != key and k in self.people}
            male = 0 if "m" in others else male
            female = 0 if "f" in others else female
            tally = votes.setdefault(key, [0, 0])
            if male and not female:
                tally[0] += 1 + (len(spans) == len(keys) == 1)
            elif female and not male:
                tally[1] += 1 + (len(spans) == len(keys) == 1)
        for key, (male, female) in votes.items():
            if male >= 2 * female + 1 and male > female:
                self.people[key].gender = "m"
            elif female >= 2 * male + 1 and female > male:
                self.people[key].gender = "f"

    def _is_subject(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        head = span.root
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        return head.dep_ in ("nsubj", "nsubjpass")

    # ------------------------------------------------------------------ resolution
    def resolve(self, head: Token, at: int | None = None) -> tuple[str | None, int, int]:
        """Canonical speaker for the phrase headed by ``head``, with the phrase's offsets."""
        apposed = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
        if apposed and any(m.start() <= head.idx < m.end()
                           for m in datelines(doc_text(self.doc))):
            # "SEOUL (Reuters) - North Korea's Kim Yo Jong warned ...": the parser made the
            # dateline the subject and the person its apposition; the person speaks, as does
            # an office apposed there ("SINGAPORE - China's defence minister, General Wei
            # Fenghe, said": the minister, and through it the name apposed to it)
            return self.resolve(next((c for c in apposed if c.ent_type_ == "PERSON"),
                                     apposed[0]), at)
        phrase = self._phrase(head)
        start, end = phrase.start_char, phrase.end_char
        at = head.idx if at is None else at
        low = head.lower_
        if low in AUTHOR:
            return None, start, end
        if low in PERSON_PRONOUNS or low in PLURAL or low in NEUTER:
            return self.pronoun(low, at), start, end
        if low in ("who", "that", "which") and head.head.dep_ == "relcl" and (
                head.head.head.i != head.i):
            # "President Trump, who said ...", "the European Union, which contended ...": the
            # noun the relative clause hangs from; the
            # name right before the comma when the parser hung the clause elsewhere in a list,
            # the named person when it hung it from their apposition.
            noun = head.head.head
            j = head.i - 1 if head.i > 0 and self.doc[head.i - 1].text == "," else head.i
            before = self.doc[j - 1] if j > 0 else None
            if j > 0 and j != head.i and self.doc[j - 1].pos_ == "PROPN":
                noun = self.doc[j - 1]
            elif low == "who" and before is not None and before.ent_type_ == "PERSON" and (
                    before.pos_ == "PROPN" and noun.ent_type_ != "PERSON"
                    and before.i in {t.i for t in noun.subtree}
                    and not (noun.tag_ == "NN" and self._person_noun(noun))):
                # "drew the ire of Justice Lee who said ...", "critics like Mr. Ruiz who said":
                # 'who' is a person, the name right before it, though the parser hung the
                # clause on the thing or group that holds the name
                noun = before
            elif noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
                noun = noun.head
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.ent_type_ in (
                    "GPE", "LOC") and noun.head.head.pos_ == "PROPN" and (
                    noun.head.head.ent_type_ == "PERSON"
                    or noun.head.head.lower_ in self.people):
                noun = noun.head.head  # 'Senator Ann Lee of Ohio, who said': Lee, not Ohio
            if noun.i != head.i:
                return self.resolve(noun, at)
        if low in ("who", "which") and head.dep_ == "nsubj" and head.head.dep_ in (
                "advcl", "conj", "ccomp") and head.i > 0:
            # 'turned to the Denver police, which reported ...' with the relative clause
            # misread as an adverbial one: the noun right before 'which' (or its comma)
            j = head.i - 1 if self.doc[head.i - 1].text != "," else head.i - 2
            before_which = self.doc[j] if j >= 0 else None
            if before_which is not None and before_which.pos_ in ("PROPN", "NOUN") and (
                    before_which.dep_ in ("pobj", "dobj", "nsubj", "appos", "conj")):
                return self.resolve(before_which, at)
        titled = self._titled_after_place_pair(head)
        if titled is not None:
            return self.resolve(titled, at)
        if low in ("former", "latter") and any(t.lower_ == "the" for t in head.lefts):
            return self._former_latter(low, head), start, end
        source = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and
                       c.lemma_.casefold() == "source" and c.head.i == head.i and
                       head.head.i == c.right_edge.i + 1), None)
        if source is not None and head.dep_ in ("nsubj", "nsubjpass"):
            # "talks with Sergei Lavrov, a diplomatic source said": the parser made the name
            # the subject; the unnamed source right before the verb is who spoke
            return self.resolve(source, at)
        named = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i
                      and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)
        if named is not None and head.pos_ == "PROPN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one")
                for c in head.children):
            # "Another leading Dem, Sen. Ann Lee, said": a word with an article before it is a
            # description even when tagged a name; the apposition names the person
            return self.resolve(named, at)
        if head.lower_ in PARTY_MEMBERS and head.tag_ in ("NN", "NNP") and any(
                c.dep_ == "det" for c in head.children):
            # "The top Democrat on the panel, Rep. Ann Lee, said": a party member described,
            # named by the apposition; without one ('the top Republican on the committee')
            # a person nobody named here, never the party
            person = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i
                           and c.ent_type_ == "PERSON"), None)
            if person is not None:
                return self.resolve(person, at)
            if any(c.dep_ in ("prep", "poss") for c in head.children):
                return None, start, end
        if WEB_DOMAIN.fullmatch(head.text):
            return head.text, start, end  # "BigGovernment.com reported": the site by its name
        if head.lower_ in ("site", "website") and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
            # "The site said": the last site the article named by its address
            site = next((t.text for k in range(head.i - 1, max(-1, head.i - 400), -1)
                         if WEB_DOMAIN.fullmatch((t := self.doc[k]).text)
                         and not self._quoted(t.idx)), None)
            if site is not None:
                return site, start, end
        if head.pos_ == "VERB" and head.dep_ in ("nsubj", "nsubjpass") and (
                head.text[:1].isupper() and head.text[1:].islower()) and (
                head.lower_ in self.people):
            # 'Trump over the weekend denied that ...': a surname the article gave a person,
            # read as a verb ('trump over'), is still that person
            return self.people[head.lower_].name, head.idx, head.idx + len(head.text)
        if head.lower_ in PARTY_MEMBERS and head.tag_ in ("NN", "NNP") and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) and not any(
                c.dep_ in ("poss", "prep") for c in head.children):
            # "the Utah Republican said": a person described by party, like 'the senator'
            # (not the party itself, as the NER's group label would have it)
            return self._party_member(phrase), start, end
        ministry = self._state_ministry(head)
        if ministry is not None:
            return ministry, start, end
        name = self._named_in(phrase, head)
        if name is not None:
            return self._by_title(name, phrase, head), start, end
        described = self._description(phrase, head)
        if described is None and head.pos_ == "NOUN":
            # "NATO's chief said": a post the actor resolver gave its holder on the day
            # (a person of the gazetteer) is that person here too
            mention = self._gazetteer_mention_at(head.idx)
            if mention is not None and self.gazetteer.entries[mention.actor].kind == "person" \
                    and self._in_office(mention.actor):
                return mention.actor, start, end
            # "Tehran's envoy told reporters": a post the actor resolver gave a person the
            # article named and the gazetteer does not know ("Iran's chief negotiator, Ali
            # Bagheri Kani") is that person
            post = next((m for m in self.mentions if m.how == "title"
                         and m.start <= head.idx < m.end), None)
            if post is not None and post.actor not in self.gazetteer.entries and \
                    post.actor.casefold() in {p.name.casefold() for p in self.people.values()}:
                return post.actor, start, end
        return described, start, end

    def _titled_after_place_pair(self, head: Token) -> Token | None:
        """'Jammu and Kashmir Chief Minister Omar Abdullah wrote': a one-word first conjunct
        and a second one that runs on through a title ('Kashmir Chief Minister') to a name
        are one place of two words and its office holder, not two people."""
        conj = next((c for c in head.children if c.dep_ == "conj" and c.i > head.i), None)
        if conj is None or head.i + 1 >= len(self.doc) or self.doc[head.i + 1].lower_ != "and":
            return None
        if any(c.dep_ == "compound" for c in head.children) or not head.text[:1].isupper():
            return None  # ('Ann Lee and Chief Minister Omar Abdullah said'): two people
        words = [t for t in self.doc[head.i + 2: conj.i]]
        title = [i for i, t in enumerate(words) if t.lower_ in TITLE_WORDS]
        if not title or title[0] == 0 or not all(t.text[:1].isupper() for t in words):
            return None
        return conj if conj.pos_ == "PROPN" else None

    def _state_ministry(self, head: Token) -> str | None:
        """'China's foreign ministry said', 'India's defence ministry said': a state's ministry
        written in lower case (the actors step reads only the capitalised name) is the body
        the gazetteer knows by that name, else the state that speaks through it."""
        if head.pos_ not in ("NOUN", "PROPN") or head.text not in ("ministry", "ministries"):
            return None  # (capitalised, 'Foreign Ministry' is the actors step's reading)
        possessor = next((c for c in head.children if c.dep_ == "poss"), None)
        if possessor is None:
            return self._demonym_ministry(head) or self._ministry_in_capital(head)
        if possessor.pos_ != "PROPN" or possessor.lower_ in AUTHOR:
            return None
        left = possessor.left_edge.i
        dash = [t.i for t in self.doc[left: possessor.i] if t.text in DASHES]
        if dash:
            left = dash[-1] + 1  # ('NEW DELHI - India's foreign ministry': the dateline's off)
        printed = self.doc[left: head.i + 1].text
        bodies = [e for e in self.gazetteer.lookup(printed) if e.kind == "organization"]
        if len(bodies) == 1:
            return bodies[0].name
        states = [e for e in self.gazetteer.lookup(self.doc[left: possessor.i + 1].text)
                  if e.kind == "state"]
        return states[0].name if len(states) == 1 else None

    def _ministry_in_capital(self, head: Token) -> str | None:
        """'the foreign ministry in Islamabad said': a ministry placed in a state's capital
        (the gazetteer reads the capital as its state) speaks for that state."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                     and c.i == head.i + 1), None)
        place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if place is None or place.pos_ != "PROPN":
            return None
        states = [e for e in self.gazetteer.lookup(self.doc[place.left_edge.i: place.i + 1].text)
                  if e.kind == "state"]
        return states[0].name if len(states) == 1 else None

    def _demonym_ministry(self, head: Token) -> str | None:
        """'the Egyptian foreign ministry said': a state's ministry qualified by the state's
        adjective, in lower case, is the body the gazetteer knows under the capitalised
        name, else the state itself (as with "Egypt's foreign ministry")."""
        adjective = next((c for c in head.children if c.dep_ in ("amod", "compound")
                          and c.i < head.i and c.text[:1].isupper()
                          and c.lower_ in self.gazetteer.demonyms), None)
        if adjective is None or any(c.dep_ == "poss" for c in head.children):
            return None
        words = self.doc[adjective.i: head.i + 1]
        if any(not t.is_alpha for t in words):
            return None
        printed = " ".join(t.text[:1].upper() + t.text[1:] for t in words)
        bodies = [e for e in self.gazetteer.lookup(printed) if e.kind == "organization"]
        if len(bodies) == 1:
            return bodies[0].name
        state = self.gazetteer.entries.get(self.gazetteer.demonyms[adjective.lower_])
        return state.name if state is not None and state.kind == "state" else None

    def _party_member(self, phrase: Span) -> str | None:
        """The most salient person of the last few sentences, when clearly ahead."""
        scores = self._salience(phrase.start_char, None, (phrase.start_char, phrase.end_char))
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.5):
            return None
        return ranked[0][0]

    def _phrase(self, head: Token) -> Span:
        """The subject phrase without trailing relative clauses and appositions."""
        doc = self.doc
        left = head.left_edge.i
        while left < head.i and _para_break_between(doc, doc[left].idx, head.idx):
            left += 1  # a phrase glued across a paragraph break: the head's paragraph only
        while left < head.i and doc[left].is_space:
            left += 1
        dateline = DATELINE.match(doc.text, doc[left].idx)
        if dateline is not None and dateline.end() <= head.idx:
            # 'ISLAMABAD - Pakistan said': the parser glued the dateline to the subject
            while left < head.i and doc[left].idx < dateline.end():
                left += 1
        right = head.i
        for child in head.rights:
            if child.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj", "advmod"):
                break
            right = child.right_edge.i
        return doc[left: right + 1]

    def _title_named_beside(self, start: int, end: int) -> bool:
        """Whether a title read as its holder on the article's day ('the press secretary')
        has the person who holds it named in apposition right after it ('the White House
        press secretary, Karine Jean-Pierre,'): the article's own answer, which the
        gazetteer's dates (or a story's missing date) must not replace."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        head = span.root
        return any(c.dep_ == "appos" and c.i > head.i and c.ent_type_ == "PERSON"
                   and c.pos_ == "PROPN" for c in head.children)

    def _without_place(self, ent: Span) -> str | None:
        """The person's name in an entity that runs a state or company into it ('Ukraine
        Olena Zelenska'), else None. After '<role> of' the place is where the role is held
        and no further check is made."""
        doc = self.doc
        after_role = ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and (
            _person_noun_word(doc[ent.start - 2].lower_))
        return self._holder_after_place(ent, strict=not after_role, resolve=False)

    def _holder_after_place(self, words: Span, strict: bool = False,
                            resolve: bool = True) -> str | None:
        """'Ukraine Olena Zelenska', 'Acme Corp John Kellerman' (no comma between): the
        person's name after a state the gazetteer knows or an organisation the NER found,
        when the rest reads as a person's name (two or three capitalised words, no word of an
        organisation's name); else None. ``strict`` (a name found on its own, with no role
        before it): the rest must also start with a known given name, or its last word stand
        elsewhere in the text on its own ('Zelenska said'), so that 'Ukraine International
        Airlines' stays whole."""
        tokens = [t for t in words if not t.is_punct]
        for k in range(1, min(4, len(tokens) - 1)):
            rest = tokens[k:]
            if not 2 <= len(rest) <= 3 or not all(
                    t.is_alpha and t.text[:1].isupper() and t.lower_ not in ORG_WORDS
                    and t.lower_ not in COMPANY_NAME_WORDS for t in rest):
                continue
            prefix = " ".join(t.text for t in tokens[:k])
            entry = self.gazetteer.entries.get(prefix)
            place = entry is not None and entry.kind == "state"
            org = any(e.label_ == "ORG" and e.start == tokens[0].i and e.end == tokens[k].i
                      for e in self.doc.ents)
            if not (place or org):
                continue
            text = " ".join(t.text for t in rest)
            if strict:
                last = rest[-1]
                again = any(t.text == last.text and t.i != last.i and not (
                    words.start <= t.i < words.end) for t in self.doc)
                if given_gender(text) is None and not again:
                    return None
            return self.person_name(text) if resolve else text
        return None

    def _named_in(self, phrase: Span, head: Token) -> str | None:
        """A person or organisation named inside the phrase (head first, then appositions)."""
        # A name inside a possessor or a prepositional modifier is someone else ("Biden's
        # adviser", "a spokesman for Clinton").
        foreign: set[int] = set()
        in_name = {t.i for e in self.doc.ents if e.start <= head.i < e.end for t in e}
        for child in head.children:
            if child.dep_ == "poss" and child.i < head.i and head.i - child.right_edge.i >= 2 and all(
                    t.pos_ == "PROPN" and t.text[:1].isupper()
                    for t in self.doc[child.right_edge.i + 1: head.i + 1]):
                # "Twitter's Adam Sharp" tagged as one name: the possessor is his employer
                foreign.update(t.i for t in child.subtree)
            elif child.dep_ in ("poss", "prep", "relcl", "acl"):
                # (not the words of the name the head stands in: 'Democracy for America')
                foreign.update(t.i for t in child.subtree if t.i not in in_name)
            elif child.dep_ == "appos":
                # 'X, one of several groups bashing Schumer,': who the apposition mentions
                # in its modifiers is someone else
                for sub in child.children:
                    if sub.dep_ in ("prep", "relcl", "acl") and sub.i > child.i:
                        foreign.update(t.i for t in sub.subtree)
        if head.pos_ == "NOUN" and head.text[:1].islower():
            # 'a Romney campaign aide', 'three senior Trump campaign officials': a name
            # compounded onto a common noun modifies it; the aide is someone else.
            for tok in head.subtree:
                if tok.i < head.i and tok.dep_ in ("compound", "nmod") and _compounds_to(tok, head):
                    foreign.add(tok.i)
        ents = [e for e in self.doc.ents if e.start >= max(head.left_edge.i, phrase.start)
                and e.end <= head.right_edge.i + 1 and not any(t.i in foreign for t in e)]
        # The entity that contains the head, else one compounded to it, else an apposition.
        ordered = sorted(ents, key=lambda e: (not (e.start <= head.i < e.end),
                                              e.label_ != "PERSON", abs(e.root.i - head.i)))
        for ent in ordered:
            if (ent.label_ == "PERSON" or _looks_like_person(ent)) and not any(
                    t.text[:1].isupper() for t in ent):
                continue  # "the emiri diwan said": lower-case words are no one's name
            if ent.label_ == "PERSON" or _looks_like_person(ent):
                held = self._without_place(ent)
                name = self.person_name(held or self._with_given_name(ent))
                if name:
                    return name
            elif ent.label_ in ("ORG", "GPE", "NORP", "FAC") and ent.start <= head.i < ent.end:
                if len(ent.text.split()) == 1 and ent.text.casefold() in self.people:
                    return self.person_name(ent.text)  # a known surname the NER mislabelled
                if len(ent.text.split()) == 1 and ent.label_ == "ORG" and (
                        self._given_name_holder(ent.text) is not None):
                    # 'Wang said' after 'Wang Yi': a family name written first (Chinese,
                    # Korean order), the first word of one full name the article gave, is
                    # that person, however the NER labelled the lone word
                    return self.person_name(ent.text)
                # "Russia's Foreign Ministry": the body the actor step read over the whole
                # phrase, which the NER cut after the owner
                body = next((m.actor for m in self.mentions if m.start <= ent.start_char
                             and ent.end_char <= m.end and m.start >= phrase.start_char
                             and (entry := self.gazetteer.entries.get(m.actor)) is not None
                             and entry.kind == "organization"), None)
                if body is not None:
                    return body
                return self._of_extension(ent) or self.org_name(self.full_org_text(ent), head)
        if head.pos_ == "NOUN" and self._person_noun(head):
            # "the first lady of Ukraine Olena Zelenska", "the chief executive of Acme Corp
            # John Kellerman": a place or a company run straight into a person's name after
            # the role's 'of' is where the role is held; the person closing it is its holder
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                    holder = self._holder_after_place(self.doc[obj.left_edge.i: obj.i + 1])
                    if holder is not None:
                        return holder
        if head.pos_ == "NOUN" and self._person_noun(head):
            # "His former partner at Lenox, Lawrence Cummings,", "a spokesman for Clinton,
            # Nick Merrill,": the parser hangs the apposition on the proper noun that ends
            # the modifier; after a name (not a role: "an aide to the minister, X") it names
            # the person the phrase describes.
            for prep in (c for c in head.children if c.dep_ == "prep"):
                for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                    for appos in (c for c in obj.children if c.dep_ == "appos" and c.i > obj.i):
                        if appos.ent_type_ == "PERSON" and appos.pos_ == "PROPN":
                            words = [t for t in appos.subtree if t.ent_type_ == "PERSON"]
                            name = self.person_name(" ".join(t.text for t in words))
                            if name:
                                return name
        # An organisation the NER tagged elsewhere in the article but not here ('Democracy
        # for America, the committee founded by ..., said'): its printed name from the head on.
        if head.text[:1].isupper() and head.is_alpha and self.orgs:
            end = head.i + 1
            while end + 1 < len(self.doc) and self.doc[end].lower_ in ("for", "of", "and") and (
                    self.doc[end + 1].text[:1].isupper()):
                end += 2
                while end < len(self.doc) and self.doc[end].text[:1].isupper() and (
                        self.doc[end].is_alpha):
                    end += 1
            printed = self.doc[head.i: end].text
            if len(printed.split()) > 1 and printed.casefold() in self.orgs:
                return self.org_name(printed)
        # A known person's surname the tagger read as a common noun ('"...," Suthers said'
        # after "John Suthers"): the person, as anywhere else in the article.
        if head.pos_ == "NOUN" and head.is_alpha and head.text[:1].isupper() and (
                not head.is_upper) and head.text.casefold() in self.people and not any(
                t.lower_ in ("the", "a", "an") for t in phrase if t.i < head.i):
            return self.person_name(head.text)
        # A proper noun the NER missed: "Logan said".
        if head.pos_ == "PROPN" and head.text[:1].isupper():
            words = [t for t in phrase if t.pos_ == "PROPN" and t.i <= head.i
                     and t.text[:1].isupper() and t.i not in foreign]
            text = " ".join(t.text for t in words[-3:]) if words else head.text
            if self.people.get(_surname(_clean_name(text) or text).casefold()):
                return self.person_name(text)
            mention = self._mention_at(head.idx)
            if mention is not None:
                return mention.actor
            if head.lower_ in NEWS_AGENCIES:
                return head.text
            if head.ent_type_ == "" and head.lower_ in ORG_WORDS - {"house", "times", "post"}:
                # 'the U.S. Attorney's Office' untagged: an institution by its head word, its
                # printed name (not a person's: 'Attorney Office')
                first = head.i
                while first - 1 >= phrase.start and (
                        self.doc[first - 1].pos_ == "PROPN" or self.doc[first - 1].tag_ == "POS"):
                    first -= 1
                printed = self.doc[first: head.i + 1].text
                hits = [e for e in self.gazetteer.lookup(printed) if e.kind != "person"]
                return hits[0].name if len(hits) == 1 else printed
            if head.ent_type_ in ("", "PERSON") or (given_gender(text) and not any(
                    t.lower_ in ORG_WORDS for t in words)):
                return self.person_name(text)  # (a common given name first: a person)
            if head.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC") and head.is_alpha:
                return self.org_name(text, head)  # "PolitiFact says"
            return None
        # A gazetteer actor (e.g. "the Kremlin", "Washington") mentioned at the head.
        mention = self._mention_at(head.idx)
        if mention is not None and mention.how not in ("demonym",):
            if mention.how == "title":
                if any(t.lower_ in ("a", "an", "one", "another", "some") for t in phrase
                       if t.i < head.i):
                    # "a Kremlin spokesman": one of its spokespeople, unnamed; the body speaks
                    return self._side_of(head)
                # the office lookup here knows whose aide a possessor's spokesman is ('Putin's
                # spokesman': the Kremlin's, not the ministry's); a title read as a holder who
                # was not in office on the article's day (as printed in its header when no
                # date was given) is not the speaker
                own = self._office_holder(phrase, head) if head.pos_ == "NOUN" else None
                if own is not None or any(c.dep_ == "poss" for c in head.children):
                    return own  # whose office it is was read here ('Biden's press
                    # secretary' while Biden held no office: nobody's)
                return mention.actor if self._in_office(mention.actor) else None
            return self._seat(mention.text) or mention.actor
        return None

    def _of_extension(self, ent: Span) -> str | None:
        """'The U.S. Department of the Treasury announced': the tagger stopped the name at
        'Department'; the gazetteer body whose name runs on through 'of (the) ...', if any."""
        doc = self.doc
        end = ent.end
        if end >= len(doc) or doc[end].lower_ != "of":
            return None
        best = None
        k = end + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        while k < len(doc) and k < end + 6 and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
            hits = [e for e in self.gazetteer.lookup(doc[ent.start: k].text) if e.kind != "person"]
            if len(hits) == 1:
                best = hits[0].name
        return best

    def _in_office(self, name: str) -> bool:
        """Did the gazetteer person hold one of their roles (give or take the usual lead
        and tail) on the article's day? True when either is unknown."""
        entry = self.gazetteer.entries.get(name)
        if entry is None or entry.kind != "person":
            return True
        return term_fits(entry, self.day, self.gazetteer.as_of)

    def _with_given_name(self, ent: Span) -> str:
        """The entity's text with a given name the NER left out before it ('Ivanka' in
        'Ivanka Trump' tagged as 'Trump' alone): a capitalised proper noun compounded to the
        entity that is a common given name."""
        k = ent.start - 1
        if k < 0 or len(ent) != 1:
            return ent.text
        word = self.doc[k]
        if (word.pos_ == "PROPN" and word.dep_ == "compound" and word.head.i == ent.root.i
                and word.text[:1].isupper() and given_gender(f"{word.text} {ent.text}")):
            return f"{word.text} {ent.text}"
        return ent.text

    def _mention_at(self, offset: int) -> ActorMention | None:
        for mention in self.mentions:
            if mention.start <= offset < mention.end:
                return mention
        return None

    def namesakes(self, name: str) -> list[Entry]:
        """The gazetteer people ``name`` can stand for in this article. A bare surname
        ("Smith") keeps only those the article's date or titles fit: an office holder of
        another decade is a namesake, not the speaker."""
        hits = [e for e in self.gazetteer.lookup(name) if e.kind == "person"]
        if len(name.split()) != 1 or not hits:
            return hits
        return [e for e in hits if self.namesake_fits(e, name)]

    def namesake_fits(self, entry: Entry, surname: str) -> bool:
        return term_fits(entry, self.day, self.gazetteer.as_of) or title_fits(
            entry, self._titles_before(surname))

    def _titles_before(self, surname: str) -> set[str]:
        """Title words the article puts before a surname ("Foreign Minister Lavrov",
        "Sen. Smith"), over all its occurrences."""
        key = surname.casefold()
        if key in self._titles:
            return self._titles[key]
        found: set[str] = set()
        doc = self.doc
        for token in doc:
            if token.lower_ != key:
                continue
            i = token.i - 1
            while i >= 0 and token.i - i <= 4 and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ")
                                                   or doc[i].lower_.rstrip(".") in TITLE_WORDS):
                found.add(doc[i].lower_.rstrip("."))
                i -= 1
        found |= {ABBREVIATED.get(w, w) for w in found}
        self._titles[key] = found
        return found

    def _given_name_holder(self, word: str) -> str | None:
        """The one full name the article gives whose first word is ``word`` ("Maria" →
        "Maria Lopez"); None when no one or several people have that given name, or when
        the word is also someone's surname."""
        low = word.casefold()
        if low in self.people and len(self.people[low].name.split()) > 1:
            return None
        names = {n for n in self._full_names if n.split()[0].casefold() == low}
        return names.pop() if len(names) == 1 else None

    def person_name(self, text: str) -> str | None:
        name = _clean_name(text)
        if not name or not name[0].isalpha():
            return None
        own = self.people.get(name.casefold()) if len(name.split()) == 1 else None
        if own is not None and not own.guessed and len(own.name.split()) > 1 and (
                _surname(own.name).casefold() == name.casefold()) and not self.gazetteer.lookup(
                own.name):
            # "Fallon" after "Brian Fallon": the person the article named in full, not the
            # gazetteer's namesake (Michael Fallon)
            return own.name
        hits = self.namesakes(name)
        if not hits and len(name.split()) == 1:
            holder = self._given_name_holder(name)
            if holder is not None:
                # the fullest form under that surname, unless it is a relative's name
                person = self.people.get(_surname(holder).casefold())
                same = person is not None and person.name.split()[0] == holder.split()[0]
                return person.name if person is not None and same else holder
        if len(hits) == 1:
            return hits[0].name
        person = self.people.get(_surname(name).casefold())
        if person is not None and _relative_name(name, person.name):
            return name  # 'Ivanka Trump' after 'Donald Trump': a relative, not the same person
        if person is not None and len(name.split()) > 1 and len(person.name.split()) > 1 and (
                _generation(name) != _generation(person.name)):
            return name  # 'Donald Trump Jr.' after 'Donald Trump': the son, not the father
        if person is not None and (len(name.split()) == 1 or person.name.endswith(name)
                                   or _surname(name) == _surname(person.name)):
            return person.name
        return name

    def org_name(self, text: str, head: Token | None = None, expand: bool = True) -> str | None:
        # 'the bureau's Office of Professional Responsibility' run into one name: the
        # office's own name, not its parent's common noun
        text = OWNER_NOUN_PREFIX.sub("", text.strip())
        whole = re.sub(r"^[Tt]he\s+|(?:'s|’s)$", "", text.strip())
        hits = [e for e in self.gazetteer.lookup(whole) if e.kind != "person"] if (
            whole.split()[:1] != whole.split()) else []
        if len(hits) == 1:
            return hits[0].name  # 'State Department' as a whole, before 'State' reads as a title
        name = re.sub(r"^[Tt]he\s+", "", _clean_name(text))
        if not name:
            return None
        if expand and len(name.split()) == 1 and name[:1].isupper():
            # 'the Times reported' in an article that names 'The New York Times': the
            # fullest name it gives
            fuller = next((e for e in self.doc.ents if e.label_ in ("ORG", "WORK_OF_ART")
                           and len(e) > 1 and e[-1].text == name and e[0].text != name), None)
            if fuller is not None:
                return self.org_name(fuller.text, expand=False)
        seat = self._seat(name)
        if seat:
            return seat
        hits = self.gazetteer.lookup(name)
        if len(hits) == 1:
            return hits[0].name
        if expand and not hits:
            return self._fuller_org(name) or name
        return name

    def _org_names(self) -> list[str]:
        """The organisations' names the article prints (each with the words the tagger cut
        off before an 'and'), first appearance first."""
        if self._printed_orgs is None:
            names: list[str] = []
            for ent in self.doc.ents:
                if ent.label_ == "ORG" and not self._quoted(ent.start_char):
                    name = re.sub(r"^[Tt]he\s+", "", _clean_name(self.full_org_text(ent)))
                    if name and name not in names:
                        names.append(name)
            self._printed_orgs = names
        return self._printed_orgs

    def _printed_org_at(self, offset: int) -> str | None:
        """The name of the organisation the tagger found at ``offset`` (its full printed
        name), for an actor the gazetteer does not know."""
        ent = next((e for e in self.doc.ents if e.start_char == offset and e.label_ == "ORG"),
                   None)
        return self.org_name(self.full_org_text(ent)) if ent is not None else None

    def _gazetteer_mention_at(self, offset: int) -> ActorMention | None:
        mention = self._mention_at(offset)
        return mention if mention is not None and (
            mention.actor in self.gazetteer.entries) else None

    def _fuller_org(self, name: str) -> str | None:
        """The full name the article gives an organisation it also calls by initials ('the
        FWS' after 'the U.S. Fish and Wildlife Service') or by the first words of its name
        ('the Safari Club' after 'Safari Club International'); None when no single one."""
        found: set[str] = set()
        if ACRONYM.fullmatch(name):
            for full in self._org_names():
                words = [w for w in full.split() if w[:1].isupper()]
                if len(words) < 2:
                    continue
                initials = "".join(w[0] for w in words)
                # a country prefix is often left out of the initials ('U.S.' of USFWS)
                bare = "".join(w[0] for w in words[1:]) if words[0] in COUNTRY_PREFIXES else (
                    "".join(w[0] for w in words[2:]) if " ".join(words[:2]) == "United States"
                    else initials)
                if name in (initials, bare):
                    found.add(full)
        elif len(name.split()) >= 2 and name[:1].isupper():
            for full in self._org_names():
                rest = full[len(name):].split() if full.startswith(name + " ") else []
                # one more capitalised word, not a further body ('... International', not
                # '... International Foundation' nor '... of Ohio')
                if len(rest) == 1 and rest[0][:1].isupper() and rest[0].isalpha() and (
                        rest[0].casefold() not in BODY_NOUNS | ORG_WORDS):
                    found.add(full)
        return found.pop() if len(found) == 1 else None

    def full_org_text(self, ent: Span) -> str:
        """An organisation's printed name with the words before an 'and' the tagger left out
        ('The United States Fish and Wildlife Service' tagged as 'Wildlife Service')."""
        doc = self.doc
        k = ent.start
        if k < 2 or doc[k - 1].lower_ != "and" or not doc[k - 2].text[:1].isupper() or (
                doc[k - 2].ent_type_ in ("PERSON", "ORG")) or doc[k - 2].is_sent_start or (
                ent[-1].lower_ not in ORG_WORDS | BODY_NOUNS):
            return ent.text
        first = k - 2
        while first - 1 >= 0 and CAPITALISED_WORD.fullmatch(doc[first - 1].text) and (
                doc[first - 1].lower_ not in TITLE_SMALL) and not doc[first].is_sent_start and (
                doc[first - 1].ent_type_ != "PERSON"):
            first -= 1
        return doc[first: ent.end].text

    def _seat(self, text: str) -> str | None:
        key = re.sub(r"(?:'s|’s)$", "", text.strip()).casefold()
        if key in SEATS:
            return SEATS[key]
        return None

    def _description(self, phrase: Span, head: Token) -> str | None:
        """Roles, documents and organisations described rather than named."""
        low = head.lemma_.casefold()
        possessor = next((c for c in head.children if c.dep_ == "poss"), None)
        if low in DOCUMENT_NOUNS or head.lower_ in DOCUMENT_NOUNS:
            # "Washington's readout", "the Kremlin statement", "the State Department's summary"
            owner = possessor
            if owner is None:
                owner = next((c for c in head.children if c.dep_ in ("compound", "nmod")
                              and c.pos_ == "PROPN"), None)
            if owner is None:
                # 'Washington's brief readout' parsed loosely: the nearest "X's" before it.
                for k in range(head.i - 1, max(-1, head.i - 6), -1):
                    tok = self.doc[k]
                    if tok.tag_ == "POS" and k > 0 and self.doc[k - 1].pos_ == "PROPN":
                        owner = self.doc[k - 1]
                        break
            if owner is None:
                prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")), None)
                owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if owner is None:
                # 'a complaint filed by the regulator': the agent of the participle
                agent = next((g for c in head.children if c.dep_ == "acl"
                              for g in c.children if g.dep_ == "agent"), None)
                owner = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if owner is None and head.dep_ == "dobj" and head.head.lemma_.casefold() in ISSUING_VERBS:
                # 'the council issued a statement calling ...': whoever issued it
                owner = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            if owner is not None:
                if owner.lower_ in PERSON_PRONOUNS | PLURAL | NEUTER:
                    return self.pronoun(owner.lower_, owner.idx)
                if owner.lemma_.casefold() == "office" and owner.pos_ == "NOUN" and any(
                        c.dep_ == "poss" for c in owner.children):
                    # 'a statement from Lee's office': the office speaks for its holder
                    return self.resolve(owner)[0]
                return self._named_in(self.doc[owner.left_edge.i: owner.i + 1], owner)
            if any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
                return self._document_antecedent(head)
            return None
        if low == "side" and head.tag_ == "NN" and possessor is None and any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # "The Chinese side proposed ...": a readout's word for a party is the state its
            # demonym names ("the other side", "the Western side" name none)
            side = self._side_of(head)
            entry = self.gazetteer.entries.get(side) if side else None
            if entry is not None and entry.kind == "state":
                return entry.name
        owner = possessor or next((c for c in head.children if c.dep_ == "nmod" and any(
            g.tag_ == "POS" for g in c.children)), None)  # ('X's' parsed as nmod + case)
        if (low in BODY_NOUNS or low in ("team", "staff")) and head.pos_ == "NOUN" and (
                owner is not None and owner.ent_type_ == "ORG"):
            # "The Washington Post's editorial board said": the organisation whose body it is
            return self._named_in(self.doc[owner.left_edge.i: owner.i + 1], owner)
        if low in BODY_NOUNS and head.pos_ == "NOUN" and possessor is None and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
            # "the ministry said in a statement": the body of that kind the article named
            # last ("Russia's Foreign Ministry ... the ministry said")
            return self._body_antecedent(head)
        if low in GOVERNMENT_NOUNS and head.pos_ == "NOUN" and possessor is not None and (
                possessor.lower_ not in AUTHOR):
            # "Netanyahu's government has insisted", "his administration said": a leader's
            # government speaks for the state they lead on the article's day
            leader = self.resolve(possessor)[0]
            entry = self.gazetteer.entries.get(leader) if leader else None
            if entry is not None and entry.kind == "person" and entry.country and self._leads(
                    entry):
                state = self.gazetteer.entries.get(entry.country)
                if state is not None and state.kind == "state":
                    return state.name
        if low == "ministry" and head.pos_ == "NOUN" and possessor is not None and (
                possessor.lower_ in PERSON_PRONOUNS or possessor.ent_type_ == "PERSON"):
            # "Abdelatty said ... His ministry said": a minister's ministry speaks for the
            # state they serve on the article's day (as "Egypt's foreign ministry" does)
            minister = self.resolve(possessor)[0]
            entry = self.gazetteer.entries.get(minister) if minister else None
            if entry is not None and entry.kind == "person" and entry.country and (
                    self._in_office(entry.name)):
                state = self.gazetteer.entries.get(entry.country)
                if state is not None and state.kind == "state":
                    return state.name
            return None
        if low == "office" and possessor is not None and possessor.lower_ not in AUTHOR:
            # "Putin's office said", "his office said": a leader's office is their seat of
            # government (the Kremlin); anyone else's office speaks for them ('Senator Lee's
            # office said' is Lee, as our own gold has it; on PolNeAR dev no unit changed).
            owner_name = self.resolve(possessor)[0]
            entry = self.gazetteer.entries.get(owner_name) if owner_name else None
            if entry is not None and entry.kind == "person" and self._leads(entry):
                seat = self.leader_seat(entry)
                if seat is not None:
                    return seat
            if entry is not None and entry.kind != "person":
                return None  # 'its office': a body's office is not a speaker named here
            return owner_name
        if low == "campaign" and head.pos_ == "NOUN":
            # "Trump's campaign said", "her campaign said", "the Sanders campaign said": a
            # candidate's campaign speaks for the candidate (a person the article names)
            backer = owner or next((c for c in head.children if c.dep_ == "compound"
                                    and c.pos_ == "PROPN" and c.i < head.i), None)
            if backer is not None and backer.lower_ not in AUTHOR:
                name = self.resolve(backer)[0]
                if name is not None and any(p.name == name for p in self.people.values()):
                    return name
            return None
        if low in ROLE_HEADS or head.lower_ in ROLE_HEADS:
            # A name compounded onto the role ("spokesman Brian Fallon") was handled above;
            # here the article must name the holder elsewhere.
            anonymous = head.tag_ in ("NNS", "NNPS") or any(
                t.lower_ in ("a", "an", "one", "another", "some") for t in phrase if t.i < head.i)
            if anonymous and head.lemma_.casefold() in SPOKESPEOPLE:
                # "Russian officials said", "a Kremlin spokesman said": unnamed people who
                # speak for the state or body that qualifies them; none named, no speaker.
                # A former one speaks for nobody ('a former State Department official').
                if any(t.lower_ in ("former", "ex", "retired") for t in phrase if t.i < head.i):
                    return None
                return self._side_of(head)
            if head.tag_ in ("NNS", "NNPS"):
                return None  # "officials said": several anonymous people
            words = {t.lower_ for t in phrase if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.i <= head.i}
            if any(t.lower_ in ("a", "an", "one", "another", "some") for t in phrase if t.i < head.i):
                return None  # "a senior official": indefinite, anonymous
            if head.lemma_.casefold() in SPOKESPEOPLE and possessor is None:
                found, who = self._spokesperson_introduced(head)
                if found:
                    # "A spokesperson for Google said ... 'the spokesperson said'": the one
                    # the article introduced, who speaks for the body named there (or for
                    # nobody named); never a person named for something else nearby
                    return who
            if possessor is not None:
                # whose office it is was read by the office lookup ('Biden's press secretary'
                # while Biden held no office is nobody's): the actors component's reading of
                # the bare title does not apply
                # a named possessor says whose role it is ('Johnson's spokesman'): whoever
                # else the article gave the same role word ('Pentagon spokesman Kirby') is
                # somebody else's; only the possessor's own holder, found above, is meant
                holder = None if possessor.pos_ == "PROPN" else self._role_holder(
                    words, head, titles=False)
                return (self._office_holder(phrase, head)
                        or self._role_of_possessor(head, possessor)
                        or holder
                        or self._antecedent(phrase, head))
            return (self._office_holder(phrase, head) or self._title_antecedent(phrase, head)
                    or self._role_holder(words, head) or self._antecedent(phrase, head))
        if self._person_noun(head):
            if possessor is not None:
                return self._role_of_possessor(head, possessor)
            return self._antecedent(phrase, head)
        if head.ent_type_ in ("ORG", "GPE", "NORP") and head.pos_ == "PROPN":
            return self.org_name(head.text, head)
        return None

    def _role_of_possessor(self, head: Token, possessor: Token) -> str | None:
        """'Mr. Lott's lawyer said': the one person the article names anywhere as that
        possessor's lawyer ('Ann Reyes, Mr. Lott's lawyer,', 'Lott attorney Ann Reyes');
        None when it names nobody, or more than one, so."""
        if possessor.lower_ in AUTHOR | PERSON_PRONOUNS | PLURAL | NEUTER:
            return None
        owner = self._named_in(self.doc[possessor.left_edge.i: possessor.i + 1], possessor)
        if owner is None:
            return None
        surname = re.escape(_surname(owner))
        word = head.lemma_.casefold()
        family = LEGAL_NOUNS if word in LEGAL_NOUNS else {word}
        role = "(?:" + "|".join(sorted(family)) + ")"
        owner_re = rf"(?:(?:Mr|Mrs|Ms|Dr)\.\s)?{surname}(?:'s|’s)?"
        name_re = r"([A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,3})"
        patterns = (rf"{name_re},\s(?:the\s|a\s)?{owner_re}\s(?:[a-z\-]+\s)?{role}\b",
                    rf"\b{owner_re}\s(?:[a-z\-]+\s)?{role},?\s{name_re}")
        found: set[str] = set()
        for pattern in patterns:
            for match in re.finditer(pattern, doc_text(self.doc)):
                if self._quoted(match.start()):
                    continue
                person = self.people.get(_surname(match.group(1)).casefold())
                if person is not None and _surname(person.name) != _surname(owner):
                    found.add(person.name)
        return found.pop() if len(found) == 1 else None

    def _spokesperson_introduced(self, head: Token) -> tuple[bool, str | None]:
        """'the official said', 'the spokesperson said': the last earlier mention (outside
        quotation marks, within 1500 characters) of an unnamed spokesperson or official of
        the same kind. Found with a name ('spokesman Ian Dorr', 'a spokesman, Ian Dorr'):
        that person. Found indefinite ('a senior administration official', 'A Microsoft
        spokesperson', 'a spokesperson for Google'): the body it speaks for, if named, else
        nobody. (False, None) when the article introduced none: other readings apply."""
        # an official is introduced as an official; a spokesperson by any word for one
        same = {"official"} if head.lemma_.casefold() == "official" else \
            SPOKESPEOPLE - {"official", "diplomat"}
        for tok in self._earlier_nouns(head, same):
            if tok.tag_ in ("NNS", "NNPS"):
                continue  # 'officials said' earlier: not the one official
            phrase = self._phrase(tok)
            name = self._named_in(phrase, tok)
            named = next((c for c in tok.children if c.dep_ == "appos"
                          and c.ent_type_ == "PERSON"), None)
            if named is not None:
                return True, self.person_name(" ".join(
                    t.text for t in named.subtree if t.ent_type_ == "PERSON"))
            if name is not None:
                return True, name  # 'spokesman Ian Dorr', 'a Kremlin spokesman' (the seat)
            dets = {t.lower_ for t in phrase if t.i < tok.i}
            if not dets & {"a", "an", "one", "another"}:
                continue  # 'the official' again: look further back for the introduction
            return True, self._body_spoken_for(tok)
        return False, None

    def _body_spoken_for(self, head: Token) -> str | None:
        """The body an unnamed spokesperson speaks for: a state or actor qualifying them
        ('a Kremlin spokesman'), an organisation compounded on ('A Microsoft spokesperson')
        or after 'for'/'at' ('a spokesperson for Google'); None otherwise."""
        side = self._side_of(head)
        if side is not None:
            return side
        doc = self.doc
        for child in head.children:
            if child.dep_ == "compound" and child.i < head.i and child.ent_type_ == "ORG":
                return self.org_name(doc[child.left_edge.i: child.i + 1].text)
            if child.dep_ == "prep" and child.lower_ in ("for", "at") and child.i > head.i:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.ent_type_ == "ORG" and obj.pos_ == "PROPN":
                    return self.org_name(doc[obj.left_edge.i: obj.i + 1].text, obj)
        return None

    def _document_antecedent(self, head: Token) -> str | None:
        """'said the report', 'the letter said': the document of that kind the article
        introduced last (outside quotation marks, within the last 1500 characters), spoken
        by whoever issued it there: a name on it ('a Congressional Research Service
        report', 'a report by X', 'X's letter') or the person the sentence that introduced it
        is about ('In letters sent in May, Ronald Weich told ...'). None when that document
        has no issuer in the text."""
        doc = self.doc
        word = head.lemma_.casefold()
        for k in range(head.i - 1, -1, -1):
            tok = doc[k]
            if head.idx - tok.idx > 1500:
                break
            if tok.pos_ != "NOUN" or tok.lemma_.casefold() != word or self._quoted(tok.idx):
                continue
            if any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
                continue  # an earlier mention of the same document: keep looking
            owner = next((c for c in sorted(tok.children, key=lambda c: c.dep_ == "nmod")
                          if c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN"
                          and c.ent_type_ not in ("DATE", "TIME")), None)
            if owner is None:
                prep = next((c for c in tok.children if c.dep_ == "prep"
                             and c.lower_ in ("by", "from")), None)
                owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if (
                    prep is not None) else None
            if owner is not None:
                first = owner.i  # the whole name: 'State Department', not 'Department'
                while first > 0 and doc[first - 1].pos_ == "PROPN" and (
                        doc[first - 1].ent_type_ not in ("DATE", "TIME")):
                    first -= 1
                return self._named_in(doc[first: owner.i + 1], owner)
            verb = tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if tok.dep_ == "nsubj" or verb.pos_ not in ("VERB", "AUX"):
                return None
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None:
                return None
            if subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON":
                return self._named_in(self._phrase(subject), subject)
            if subject.pos_ == "PROPN" or (subject.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children)):
                # 'Zentrix said in a statement ... "...," the statement said', and 'the
                # company said in a statement': whoever issued it, resolved like a speaker
                if subject.i >= head.i or self._quoted(subject.idx):
                    return None
                return self.resolve(subject)[0]
            return None
        return self._poster(head)

    def _poster(self, head: Token) -> str | None:
        """'X paid for the ads and posted them online. ... The posts read, "..."': with no
        earlier mention of the document to read the issuer from, whoever the last 1000
        characters show posting or tweeting (the verb of the document's own name: posts,
        tweets) or issuing 'them'/'it', with a named subject (or one resolved like a
        speaker's)."""
        doc = self.doc
        word = head.lemma_.casefold()
        for k in range(head.i - 1, -1, -1):
            verb = doc[k]
            if head.idx - verb.idx > 1000:
                return None
            if verb.pos_ != "VERB" or self._quoted(verb.idx):
                continue
            lemma = verb.lemma_.casefold()
            issued = lemma in ISSUING_VERBS and any(
                c.dep_ == "dobj" and c.lower_ in ("them", "it") for c in verb.children)
            if lemma != word and not issued:
                continue
            clause = verb
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            while subject is None and clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head  # 'paid for the ads and posted them': the first verb's
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ in AUTHOR or self._quoted(subject.idx):
                continue
            if subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS | PLURAL:
                name = self.resolve(subject)[0]
                if name is not None:
                    return name
        return None

    def _side_of(self, head: Token) -> str | None:
        """The state or body a modifier of ``head`` names ("Russian", "U.S.", "Kremlin",
        "State Department"), if one; "Western" or "senior" name none."""
        for child in head.children:
            if child.i > head.i or child.dep_ not in ("amod", "compound", "nmod"):
                continue
            span = self.doc[child.left_edge.i: child.i + 1]
            for text in (span.text, child.text):
                state = self.gazetteer.demonyms.get(normalise_form(text))
                if state:
                    return state
                hits = prefer_named([e for e in self.gazetteer.lookup(
                    text.replace(".", "") if text.count(".") >= 2 else text)
                    if e.kind != "person"], text)  # "Kremlin": the seat
                if len(hits) == 1:
                    return hits[0].name
        return None

    def _body_antecedent(self, head: Token) -> str | None:
        """The organisation named in the last stretch of text (gazetteer actor or ORG
        name) whose name holds the noun ('ministry' → Russian Foreign Ministry); None when
        two different ones fit equally."""
        word = head.lemma_.casefold()
        found: list[tuple[int, str]] = []
        limit = head.left_edge.idx
        for mention in self.mentions:
            if mention.end > limit:
                break
            if head.idx - mention.start > 2000:
                continue
            entry = self.gazetteer.entries.get(mention.actor)
            if entry is not None and entry.kind == "person":
                continue
            names = (mention.actor, mention.text)
            if any(word in re.findall(r"[a-z]+", n.casefold()) for n in names):
                # (an actor the gazetteer does not know goes by its full printed name)
                printed = self._printed_org_at(mention.start) if entry is None else None
                found.append((mention.start, printed or mention.actor))
        lower_ministries: dict[int, str] = {}
        if word in ("ministry", "ministries"):
            # "Japan's foreign ministry summoned ... The ministry said": a state's ministry
            # written in lower case, which the actors step does not read, is the body (or
            # state) it names as a subject would be
            for tok in self.doc[max(0, head.left_edge.i - 400): head.left_edge.i]:
                if head.idx - tok.idx > 2000 or self._quoted(tok.idx):
                    continue
                body = self._state_ministry(tok)
                if body is not None:
                    lower_ministries[tok.i] = body
                    found.append((tok.idx, body))
        for ent in self.doc.ents:
            if ent.end_char > limit:
                break
            if self._mention_at(ent.start_char) is not None:
                continue  # the actor the gazetteer made of it was counted above
            if any(t.i in lower_ministries for t in ent):
                continue  # (read above, with its state)
            if ent.label_ == "ORG" and head.idx - ent.start_char <= 2000 and word in (
                    w.lemma_.casefold() for w in ent) and not self._quoted(ent.start_char):
                found.append((ent.start_char, self.org_name(self.full_org_text(ent)) or ent.text))
        if not found and word == "agency":
            # 'the Fish and Wildlife Service said ... the agency said': any public body of
            # the administration named last (a service, bureau, office, commission, ...)
            for mention in self.mentions:
                if mention.end > limit:
                    break
                entry = self.gazetteer.entries.get(mention.actor)
                if head.idx - mention.start <= 2000 and entry is not None and (
                        entry.kind == "organization" and entry.sector == "government"):
                    found.append((mention.start, mention.actor))
            for ent in self.doc.ents:
                if ent.end_char > limit:
                    break
                if ent.label_ == "ORG" and head.idx - ent.start_char <= 2000 and (
                        ent[-1].lower_ in AGENCY_HEADS) and not self._quoted(ent.start_char) and (
                        self._gazetteer_mention_at(ent.start_char) is None):
                    found.append((ent.start_char,
                                  self.org_name(self.full_org_text(ent)) or ent.text))
        if not found and word in COMPANY_NOUNS:
            # 'Acme Corp. plans cuts. The company says ...': a business named by a corporate
            # form ('Inc.', 'Corp.') or known as one, the last one before
            for mention in self.mentions:
                if mention.end > limit:
                    break
                entry = self.gazetteer.entries.get(mention.actor)
                if head.idx - mention.start <= 2000 and entry is not None and (
                        entry.sector == "business"):
                    found.append((mention.start, mention.actor))
            for ent in self.doc.ents:
                if ent.end_char > limit:
                    break
                if ent.label_ == "ORG" and head.idx - ent.start_char <= 2000 and (
                        CORPORATE_FORM.search(ent.text)) and not self._quoted(ent.start_char):
                    found.append((ent.start_char, self.org_name(ent.text) or ent.text))
        if not found and word in COMPANY_NOUNS and head.sent.start > 0:
            # 'Wal-Mart calls that evidence unreliable. The company says ...': the
            # organisation the sentence before (same paragraph) has as its subject
            prev = self.doc[head.sent.start - 1].sent
            if not _para_break_between(self.doc, prev.start_char, head.idx):
                for ent in prev.ents:
                    known = self._mention_at(ent.start_char)
                    entry = self.gazetteer.entries.get(known.actor) if known else None
                    if ent.label_ == "ORG" and any(t.dep_ == "nsubj" for t in ent) and (
                            entry is None or entry.sector == "business") and (
                            not self._quoted(ent.start_char)):
                        found.append((ent.start_char, self.org_name(ent.text) or ent.text))
        if not found and (word in COMPANY_NOUNS or word in GENERIC_BODY_NOUNS):
            # 'Zentrix said it was a glitch. / "...," the tech giant said': the organisation
            # last seen as the subject of a clause before (within 1000 characters, outside
            # quotes), when no business was named in another way. The small model often
            # labels a one-word company a person, so a one-word name that the article never
            # gives a first name counts; a person the gazetteer knows does not.
            for k in range(head.left_edge.i - 1, -1, -1):
                tok = self.doc[k]
                if head.idx - tok.idx > 1000:
                    break
                if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or self._quoted(tok.idx):
                    continue
                name = self._named_in(self._phrase(tok), tok)
                entry = self.gazetteer.entries.get(name) if name else None
                if name is None or (entry is not None and entry.sector != "business" and (
                        word not in GENERIC_BODY_NOUNS or entry.kind != "organization")):
                    continue  # (any organisation is 'the group'; only a business 'the firm')
                person = any(p.name == name for p in self.people.values())
                if tok.ent_type_ == "ORG" or (len(name.split()) == 1 and entry is None) or (
                        not person and entry is not None):
                    found.append((tok.idx, name))
                    break
        if not found and word in ("military", "army"):
            return self._state_forces(head)
        if not found:
            return None
        return max(found)[1]

    def _state_forces(self, head: Token) -> str | None:
        """'... toward the Israeli city of Ashdod, where the military said': a bare 'the
        military' that no named force precedes is the armed force of the state the same
        paragraph named last (its gazetteer body, 'Israeli military' → Israel Defense
        Forces), else that state; None when the paragraph names no state before it."""
        state = None
        for mention in self.mentions:
            if mention.end > head.idx:
                break
            entry = self.gazetteer.entries.get(mention.actor)
            if entry is not None and entry.kind == "state" and head.idx - mention.start <= 600 \
                    and not _para_break_between(self.doc, mention.start, head.idx) \
                    and not self._quoted(mention.start):
                state = entry
        if state is None:
            return None
        for demonym in state.demonyms:
            bodies = [e for e in self.gazetteer.lookup(f"{demonym} {head.lower_}")
                      if e.kind == "organization" and e.country == state.name]
            if len(bodies) == 1:
                return bodies[0].name
        return state.name

    def _office_holder(self, phrase: Span, head: Token) -> str | None:
        """'Biden's top national security adviser', 'the Russian foreign minister': the
        gazetteer's holder of that office, for the country the phrase names, on the
        publication day. Without a country the office is not resolved here."""
        text = " ".join(t.lower_ for t in phrase if t.i <= head.i)
        role = None
        for surface in sorted(ROLE_WORDS, key=len, reverse=True):
            if re.search(rf"(?:^|\s){re.escape(surface)}$", text):
                role = ROLE_WORDS[surface]
                break
        if role is None:
            return None
        country = None
        leader: Entry | None = None  # a head of state or government whose aide this is
        body: Entry | None = None  # a seat or department whose office this is
        for tok in phrase:
            if tok.i >= head.i:
                break
            key = normalise_form(tok.text)
            if key in self.gazetteer.demonyms:
                country = self.gazetteer.demonyms[key]
            elif tok.dep_ == "poss" or tok.pos_ == "PROPN":
                hits = self.gazetteer.lookup(tok.text)
                bodies = [e for e in hits if e.kind == "organization"
                          and normalise_form(e.name) == key]
                if bodies:
                    body = bodies[0]
                    continue
                for entry in hits:
                    if entry.kind == "state":
                        country = entry.name
                    elif entry.kind == "person" and not any(
                            r.active_on(self.day) for r in entry.roles):
                        continue  # a person out of office has no office's staff
                    elif entry.country:
                        country = entry.country
                        if entry.kind == "person" and self._leads(entry):
                            leader = entry
        if body is not None:
            # "the Kremlin spokesman", "the State Department spokesman": the body's own
            # office (a spokesman may be its press secretary); none, no guess
            roles = {role, *OFFICE_TWINS.get(role, ())}
            found = {e.name for e in self.gazetteer.entries.values() for r in e.roles
                     if r.role in roles and r.of == body.name and r.active_on(self.day)}
            return found.pop() if len(found) == 1 else None
        if leader is not None and role in ("spokesperson", "press_secretary"):
            # "Putin's spokesman": the press secretary of the leader's own office (the
            # Kremlin's), not a ministry's spokesperson of the same country
            return self._leader_spokesperson(leader)
        possessor = next((c for c in head.children if c.dep_ == "poss"), None)
        if country is None and possessor is not None and possessor.lower_ not in AUTHOR:
            # "the president's press secretary": the office of the possessor's country.
            owner = self.resolve(possessor)[0]
            owner_entry = self.gazetteer.entries.get(owner) if owner else None
            if owner_entry is not None and owner_entry.kind == "person" and not any(
                    r.active_on(self.day) for r in owner_entry.roles):
                # "Clinton's spokesman" while Clinton holds no office: her own aide, not the
                # holder of some office of her country.
                owner_entry = None
            if owner_entry is not None:
                country = owner_entry.name if owner_entry.kind == "state" else owner_entry.country
        if country is None:
            return None
        if role in POSTED_ROLES:
            return self._posted_holder(role, country, head)
        if re.search(r"(?:^|\s)leader$", text) and role == "president":
            # "the Italian leader": where the head of government leads, the prime minister
            # (or chancellor), not the head of state
            from readout.analyze.actors import GOVERNMENT_LED_STATES  # (actors imports us)
            if country in GOVERNMENT_LED_STATES:
                for office in ("prime_minister", "chancellor"):
                    holder = self._holder(office, country)
                    if holder is not None:
                        return holder
        return self._holder(role, country)

    def _posted_holder(self, role: str, country: str, head: Token) -> str | None:
        """"The US ambassador to the United Nations": of a state's many ambassadors, the one
        on file for the post the phrase names after the title ("to X", "in <capital>"); with
        no post named, or none on file for it that day, no guess."""
        after = self.doc.text[head.idx + len(head.text):]
        posted = POSTED_TO.match(after)
        if posted is None:
            return None
        # (a capital looks up as its state: "in Moscow" is the post to Russia)
        posts = {e.name for e in self.gazetteer.lookup(posted.group(1))
                 if e.kind in ("state", "organization")}
        found = {e.name for e in self.gazetteer.entries.values() for r in e.roles
                 if r.role == role and r.of == country and r.to in posts
                 and r.active_on(self.day)}
        return found.pop() if len(found) == 1 else None

    def _leads(self, entry: Entry) -> bool:
        """Is the person a head of state or government on the article's day?"""
        return any(r.role in LEADER_OFFICES and r.active_on(self.day) for r in entry.roles)

    def leader_seat(self, entry: Entry) -> str | None:
        """The seat of government a leader speaks through ('Kremlin', 'White House')."""
        for seat in LEADER_SEATS:
            body = self.gazetteer.entries.get(seat)
            if body is not None and body.country == entry.country:
                return body.name
        return None

    def _leader_spokesperson(self, leader: Entry) -> str | None:
        """The one spokesperson or press secretary of the leader or their seat on the
        article's day; None when there is no single one."""
        seat = self.leader_seat(leader)
        found = {e.name for e in self.gazetteer.entries.values() for r in e.roles
                 if r.role in ("spokesperson", "press_secretary") and r.active_on(self.day)
                 and r.of in (seat, leader.name)}
        return found.pop() if len(found) == 1 else None

    def _holder(self, role: str, country: str) -> str | None:
        """Holder of ``role`` for ``country`` on the article's day, the office possibly
        belonging to one of the country's bodies (press secretary of the White House)."""
        holder = self.gazetteer.office_holder(role, country, self.day)
        if holder is not None:
            return holder.name
        found = set()
        for entry in self.gazetteer.entries.values():
            for r in entry.roles:
                if r.role != role or (self.day is not None and not r.active_on(self.day)):
                    continue
                body = self.gazetteer.entries.get(r.of)
                if body is not None and body.country == country:
                    found.add(entry.name)
        if self.day is None or len(found) != 1:
            return None  # undated or ambiguous: no guess
        return next(iter(found))

    def _title_antecedent(self, phrase: Span, head: Token) -> str | None:
        """'the president' after the article (via the actors component) already resolved a
        title with the same head word and no other qualifier: the same person."""
        words = {t.lower_ for t in phrase if t.i <= head.i and t.pos_ in ("ADJ", "PROPN", "NOUN")}
        best = None
        for mention in self.mentions:
            if mention.start >= head.idx:
                break
            if mention.how != "title" or head.idx - mention.start > 3000:
                continue
            found = {w.casefold() for w in re.findall(r"[\w\-]+", mention.text)}
            if head.lower_ in found and words <= found and self._in_office(mention.actor):
                best = mention.actor
        return best

    def _role_holder(self, words: set[str], head: Token, titles: bool = True) -> str | None:
        """The person the article gives this role to: the one sharing the most role words,
        nearest before the phrase (else after it); ties between different people → None."""
        best: list[tuple[int, int, str]] = []
        answers = {head.lower_, *TITLE_DESCRIPTIONS.get(head.lower_, ())}
        for person in [*self.people.values(), *self.relatives.values()]:
            shared = len(words & person.roles)
            if not answers & person.roles:
                continue
            best.append((shared, -abs(person.first_at - head.idx), person.name))
        # someone the article named before the phrase: one first named after it only when
        # nobody before holds the role
        before = {p.name for p in [*self.people.values(), *self.relatives.values()]
                  if p.first_at < head.idx}
        best = [b for b in best if b[2] in before] or best
        nations = self._demonym_states(self._phrase(head), head)
        if len(nations) == 1:
            # 'the Chilean minister': of those holding the role, one tied to that state; when
            # none is but the article tied someone else to it ('his Chilean counterpart X'),
            # the role is not the clue (the description's antecedent is found by salience)
            matching = [b for b in best if self._nations_of(b[2]) & nations]
            if matching:
                best = matching
            elif best and any(self._nations_of(name) & nations for name in before):
                return None
        mention = self._mention_at(head.idx)
        if titles and mention is not None and mention.how == "title" and self._in_office(
                mention.actor):
            return mention.actor
        if not best:
            return None
        best.sort(reverse=True)
        if len(best) > 1 and best[0][0] == best[1][0] and best[0][2] != best[1][2]:
            top = [b for b in best if b[0] == best[0][0]]
            if len({b[2] for b in top}) > 1 and best[0][0] <= 1:
                return None
        return best[0][2]

    def _former_latter(self, which: str, head: Token) -> str | None:
        """'the former' / 'the latter': first or last of the people in the sentence before."""
        sent = head.sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        keys = [k for s, _, k in self._person_spans if prev.start_char <= s < prev.end_char]
        seen: list[str] = []
        for k in keys:
            if k not in seen:
                seen.append(k)
        if len(seen) < 2:
            return None
        person = self.people.get(seen[0] if which == "former" else seen[-1])
        return person.name if person else None

    def interviewee(self) -> tuple[str, int] | None:
        """The person an article built around an interview says it spoke with ('we spoke on
        Tuesday with Ann Lee, a researcher', 'in an interview with Ann Lee'), and where."""
        text = doc_text(self.doc)
        for match in INTERVIEW_INTRO.finditer(text):
            if self._quoted(match.start()):
                continue
            for s, _e, key in self._person_spans:
                if s == match.end() and key in self.people:
                    return self.people[key].name, s
        return None

    def note_speaker(self, name: str | None, at: int) -> None:
        """Remember that ``name`` spoke at offset ``at`` (resolution of later pronouns)."""
        if name and _surname(name).casefold() in self.people:
            self.spoken.append((at, name))

    def pronoun(self, pronoun: str, at: int, exclude: str | None = None) -> str | None:
        """The person a he/she refers to: candidates from up to four sentences back, scored
        by recency, grammatical role (a main-clause subject is the usual antecedent, a
        possessive rarely) and whether they were the last to speak; None without one.
        ``exclude``: a person the pronoun cannot be (see quotes: an inserted cue)."""
        if pronoun in PLURAL:
            return self._pair(at)
        if pronoun in NEUTER:
            return self._collective(at)
        gender = "m" if pronoun in MALE else "f"
        fronted = self._fronted_clause_person(at, gender)
        if fronted is not None:
            return fronted
        scores = self._salience(at, gender)
        scores.pop(exclude or "", None)
        for name in self._asked_about(at):
            scores.pop(name, None)
        if not scores:
            return None
        best = max(scores.items(), key=lambda kv: kv[1])[0]
        person = self.people.get(_surname(best).casefold())
        if person is not None and person.gender is None and person.name == best:
            # "Raddatz pressed him. '...?' she asked.": the pronoun tells Raddatz's gender,
            # so a later "he" is somebody else
            person.gender = gender
        return best

    def _asked_about(self, at: int) -> set[str]:
        """'Asked whether Putin would meet Zelensky, he said ...': the people a fronted
        'asked/pressed/questioned ...' clause names are what the speaker was asked about,
        never the he/she who answers."""
        doc = self.doc
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None or not len(span) or span[0].dep_ not in ("nsubj", "nsubjpass"):
            return set()
        pron = span[0]
        clause = next((c for c in pron.head.children if c.dep_ in ("advcl", "ccomp")
                       and c.right_edge.i < pron.i and c.lower_ in ASKED_PARTICIPLES
                       and c.i == pron.sent.start and c.left_edge.i == c.i), None)
        if clause is None:
            return set()
        lo, hi = doc[clause.left_edge.i].idx, doc[clause.right_edge.i].idx + 1
        names = set()
        for offset, key, _role in self._people_in(pron.sent, before=at):
            person = self.people.get(key)
            if person is not None and lo <= offset < hi:
                names.add(self._relative_at(offset, person)[0])
        return names

    def _fronted_clause_person(self, at: int, gender: str) -> str | None:
        """'When the draft was sent to Mr. Hale, he dismissed it': a he/she subject right
        after a fronted 'when/after/as ...' clause of its own verb refers to the one person
        of that gender the clause names (None when it names none or several)."""
        doc = self.doc
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        pron = span[0]
        if pron.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = pron.head
        clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i < pron.i
                       and c.right_edge.i < pron.i and doc[c.left_edge.i].lower_ in (
                           "when", "after", "as", "once", "before", "while", "since")), None)
        if clause is None or any(t.text == "\n" or "\n\n" in t.text
                                 for t in doc[clause.right_edge.i: pron.i]):
            return None
        own = MALE if gender == "m" else FEMALE
        if any(t.lower_ in own for t in clause.subtree):
            return None  # 'When reporters asked him about Mr. Lee, he said': he is not Lee
        lo, hi = doc[clause.left_edge.i].idx, doc[clause.right_edge.i].idx + 1
        # only a person the clause is about: its subject, or the one something was sent or
        # given to ('sent to Mr. Hale'); not a topic ('asked about Mr. Lee')
        heads = {t.idx for t in clause.subtree if t.dep_ in ("nsubj", "nsubjpass") or (
            t.dep_ == "pobj" and t.head.lower_ == "to")}
        found: set[str] = set()
        for offset, key, _role in self._people_in(pron.sent, before=at):
            if not lo <= offset < hi:
                continue
            tok = doc.char_span(offset, offset + 1, alignment_mode="expand")
            if tok is None or not len(tok) or not any(
                    t.idx in heads for t in doc[tok[0].i: tok[0].i + 4]
                    if t.ent_iob_ != "O" or t.i == tok[0].i):
                continue
            person = self.people.get(key)
            if person is None:
                continue
            name, sex = self._relative_at(offset, person)
            if sex in (gender, None):
                found.add(name)
        return found.pop() if len(found) == 1 else None

    def _pair(self, at: int) -> str | None:
        """'they' after two people named together as a subject ('Mr. Udall and Mr. Wyden
        released a statement ... "...," they said'): the pair speaks with one voice, and the
        first named stands for it. The latest subject outside quotation marks in the last
        five sentences decides: a 'they' passes the question further back, anything else
        (a group, one person, a thing) leaves the pronoun unresolved."""
        doc = self.doc
        here = doc.char_span(at, at + 1, alignment_mode="expand")
        if here is None or not len(here):
            return None
        sent = here[0].sent
        for _ in range(5):
            subjects = [t for t in sent if t.idx < at and t.dep_ in ("nsubj", "nsubjpass")
                        and not self._quoted(t.idx)]
            for token in reversed(subjects):
                if token.lower_ in PLURAL or token.tag_ in ("WDT", "WP"):
                    continue  # an earlier 'they': look further back
                people = [self._person_at(token)]
                people += [self._person_at(c) for c in token.children if c.dep_ == "conj"]
                if len(people) == 2 and all(people) and people[0] != people[1]:
                    return people[0]
                if token.ent_type_ == "ORG" and token.tag_ == "NNP" and not any(
                        c.dep_ == "conj" for c in token.children):
                    # 'the Rangers Alliance sent out a letter ... And they slammed "..."': a
                    # named organisation is often 'they'
                    name = self._named_in(self._phrase(token), token)
                    if name is not None and name.casefold() not in (
                            p.name.casefold() for p in self.people.values()):
                        return name
                return None
            if sent.start == 0:
                return None
            sent = doc[sent.start - 1].sent
        return None

    def _person_at(self, token: Token) -> str | None:
        """The person whose name is headed by ``token`` (one of the article's people)."""
        for s, e, key in self._person_spans:
            if s <= token.idx < e:
                person = self.people.get(key)
                return person.name if person is not None else None
        return None

    def _salience(self, at: int, gender: str | None,
                  skip: tuple[int, int] = (0, 0)) -> dict[str, float]:
        """Salience of each person compatible with ``gender`` (None: any) at offset ``at``:
        the best of their mentions in the last five sentences outside quotation marks, by
        recency (a sentence back costs 1), grammatical role, and a newly introduced person
        (the article's first mention of them, a full name) gaining; the last speaker keeps the
        floor unless another person has since been a subject. Mentions inside ``skip`` (the
        phrase being resolved) do not count."""
        doc = self.doc
        token = doc.char_span(at, at + 1, alignment_mode="expand")
        if token is None or not len(token):
            return {}
        sent = token[0].sent
        scores: dict[str, float] = {}
        subjects: list[tuple[int, str]] = []  # (offset, key) of subject mentions
        named_here: list[tuple[int, str]] = []  # other mentions in the pronoun's paragraph
        back = 0
        last = [(offset, name) for offset, name in sorted(self.spoken)
                if offset < at and at - offset < 1500]
        speech_back: int | None = None  # sentences back to the last speaker's cue
        for _ in range(12):
            if last and speech_back is None and sent.start_char <= last[-1][0] < sent.end_char:
                speech_back = back
            for offset, key, role in self._people_in(sent, before=at):
                person = self.people.get(key)
                if person is None or skip[0] <= offset < skip[1]:
                    continue
                name, sex = self._relative_at(offset, person)
                if gender is not None and sex not in (gender, None):
                    continue
                # a sentence back costs 1; within a sentence the later mention wins a tie
                # ("Kevin was drifting off ... until Trump reached the end. '...,' he said")
                score = -1.0 * back + ROLE_WEIGHT[role] - 1e-6 * (at - offset)
                if back and offset == person.first_at and self._introduced(offset):
                    score += INTRODUCTION_WEIGHT
                scores[name] = max(scores.get(name, -99.0), score)
                # (a relative under the same surname is another person: keyed by name)
                other = key if name == person.name else f"{key}/{name}"
                if role in ("main", "subject"):
                    subjects.append((offset, other))
                elif back and not _para_break_between(doc, offset, at):
                    # a sentence of its own ('That did not satisfy Judge Lee.'), not a topic
                    # in the pronoun's sentence ('Of Obama, he said')
                    named_here.append((offset, other))
            if sent.start == 0:
                break
            # Sentences wholly inside the quotation carry no antecedent (names there are
            # talked about): a long quote does not push its speaker's introduction out of reach.
            if not self._quoted_sentence(sent):
                back += 1
                if back >= 5:
                    break
            sent = doc[sent.start - 1].sent
        if last:
            spoke_at, name = last[-1]
            key = _surname(name).casefold()
            person = self.people.get(key)
            if person is not None and name != person.name:
                key = f"{key}/{name}"  # a relative of the entry's person spoke last
            # The last speaker keeps the floor unless someone else has since been the
            # subject of a sentence ("Macron has reiterated ... '...,' he told").
            taken = any(o > spoke_at + 1 and k != key for o, k in subjects)
            # Nor when a new paragraph has begun since and names somebody else in a sentence
            # before the pronoun's ("... he went on. // That did not satisfy Justice Lee.
            # '...,' he said").
            taken = taken or (_para_break_between(doc, spoke_at, at) and any(
                o > spoke_at + 1 and k != key for o, k in named_here))
            if person is not None and not taken:
                # (a relative filed under the same surname, 'Rakeyia Scott' under Keith
                # Scott's entry, does not have the entry's gender)
                sex = given_gender(name) or (person.gender if name == person.name else None)
                if gender is None or sex in (gender, None):
                    # the one who spoke is the subject of that cue, also when the article
                    # called them by a description there ('The chief judge asked ...') and
                    # so gave no mention of their name to score
                    floor = -4.0 if speech_back is None or name in scores else (
                        ROLE_WEIGHT["main"] - speech_back)
                    scores[name] = max(scores.get(name, -4.0), floor) + 2.0
        return scores

    def _person_noun(self, head: Token) -> bool:
        """A noun for a person: a known one, or a role word the article gave somebody
        ("Dana Wexler, the city's treasurer" ... "the treasurer said")."""
        return _person_noun(head) or (head.pos_ == "NOUN" and head.text[:1].islower() and any(
            head.lower_ in p.roles for p in [*self.people.values(), *self.relatives.values()]))

    def _introduced(self, offset: int) -> bool:
        """Is the name at ``offset`` introduced with an apposition that describes the person
        ("Henry Crespo, president of the caucus")?"""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        head = span[0]
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        return any(c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") for c in head.children)

    def _antecedent(self, phrase: Span, head: Token) -> str | None:
        """'the senator', 'the New York businessman', 'the Republican nominee': a definite
        singular description of a person refers back to the most salient person named in
        the last few sentences whose gender fits the noun. A person the article gave this
        very role word to gains, one it gave only other role words to loses. No clear winner
        (the best two within half a point) → None."""
        if head.tag_ not in ("NN", "NNP") or not self._person_noun(head):
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
            return None
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and not _title_of(c)) for c in head.children):
            return None  # "Trump's running mate", "the head of ...": somebody else
        if self._unnamed_introduced(head) or self._redescribed(phrase, head):
            return None  # "A senior staffer told us ... 'the staffer said'": that anonymous one
        gender = "f" if head.lower_ in FEMALE_NOUNS else "m" if head.lower_ in MALE_NOUNS else None
        scores = self._salience(phrase.start_char, gender, (phrase.start_char, phrase.end_char))
        if not scores:
            return None
        words = {t.lower_ for t in phrase if t.i < head.i and t.pos_ in ("ADJ", "PROPN", "NOUN")}
        people = {name: self._entry_of(name) for name in scores}
        word = _hyphenated(head)
        # words for one standing in a race are one role ('presidential hopeful X' ... 'the
        # front-runner')
        same = CAMPAIGN_ROLES if word in CAMPAIGN_ROLES else {
            head.lower_, *TITLE_DESCRIPTIONS.get(head.lower_, ())}
        if any(p is not None and same & p.roles for p in people.values()):
            # somebody nearby holds this very role ('the justice'): a person the article
            # gave only other roles ('the lawyer') is not meant, however recently they spoke
            for name, p in people.items():
                if p is not None and not same & p.roles and any(
                        _person_noun_word(r) for r in p.roles):
                    del scores[name]
        for name in list(scores):
            person = self._entry_of(name)
            if person is None:
                continue
            if same & person.roles:
                scores[name] += 1.5
            elif any(_person_noun_word(r) for r in person.roles):
                scores[name] -= 1.0
            scores[name] += 0.5 * len(words & person.roles)
        nations = self._demonym_states(phrase, head)
        if len(nations) == 1:
            # 'the Chilean minister added' after 'Peru's minister X met his Chilean
            # counterpart Y': the person the article ties to that state, when one is
            nationals = [name for name in scores if self._nations_of(name) & nations]
            if nationals:
                scores = {name: scores[name] for name in nationals}
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.5:
            return None
        return ranked[0][0]

    def _demonym_states(self, phrase: Span, head: Token) -> set[str]:
        """The states a description of an office names by adjective ('the Chilean minister');
        none for other nouns ('the Mexican-born journalist' is no state's) or for compounds
        ('Mexican-American')."""
        if head.lower_ not in STATE_ROLE_NOUNS:
            return set()
        return {self.gazetteer.demonyms[t.lower_] for t in phrase
                if t.i < head.i and t.lower_ in self.gazetteer.demonyms
                and not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].text in "-\u2010")}

    def _nations_of(self, name: str) -> set[str]:
        """The states a person belongs to: the gazetteer's, and those of the demonyms the
        article put before the name ('his Chilean counterpart X')."""
        found = set()
        entry = self.gazetteer.entries.get(name)
        if entry is not None and entry.kind == "person" and entry.country:
            found.add(entry.country)
        person = self._entry_of(name)
        if person is not None:
            found |= {self.gazetteer.demonyms[r] for r in person.roles
                      if r in self.gazetteer.demonyms}
        return found

    def _entry_of(self, name: str) -> Person | None:
        """The index entry of a resolved name: a relative's own, else the surname's."""
        return self.relatives.get(name) or self.people.get(_surname(name).casefold())

    def _unnamed_introduced(self, head: Token) -> bool:
        """Did the article, in the last 1500 characters, bring in somebody of this very noun
        without a name ('A senior Democratic staffer told ...') while giving no named person
        that noun? Then 'the staffer' is that anonymous person, not a named one nearby."""
        word = head.lemma_.casefold()
        # a staff member may be called a spokesperson, then an aide: one family of words
        same = STAFF_NOUNS if word in STAFF_NOUNS else {word}
        if any(same & p.roles for p in [*self.people.values(), *self.relatives.values()]):
            return False
        for tok in self._earlier_nouns(head, same):
            if tok.tag_ != "NN":
                continue
            if any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON"
                   for c in tok.children):
                return False  # 'a staffer, Ann Lee,': named after all
            dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
            if dets & {"the", "this", "that"}:
                continue  # 'the staffer' again: the introduction lies further back
            return bool(dets & {"a", "an", "one", "another"})
        return False

    def _relative_at(self, offset: int, person: Person) -> tuple[str, str | None]:
        """The person named at ``offset`` and their gender. Relatives share a surname (and so
        an index entry): "Ivanka Trump" keyed under Donald Trump's surname is still a woman,
        told apart by a given name whose gender contradicts the entry's."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or not len(span):
            return person.name, person.gender
        first_token = span[0]
        if span[0].i > 0 and self.doc[span[0].i - 1].text[:1].isupper():
            first_token = self.doc[span[0].i - 1]  # the surname alone was indexed
        first = first_token.text
        own = given_gender(first + " x")
        surname = _surname(person.name)
        if first_token.i + 1 < len(self.doc) and self.doc[first_token.i + 1].text == "-" and (
                first.casefold() in surname.casefold().split("-")):
            # 'Ocasio-Cortez' alone: the first half of a double surname is no given name
            return person.name, person.gender
        if own is None and len(person.name.split()) > 1 and (
                first_token.ent_type_ == "PERSON" and first_token.pos_ == "PROPN"
                and first.isalpha() and first[:1].isupper() and not first.isupper()
                and first.casefold() not in TITLE_WORDS | set(HONORIFIC_GENDER)
                and translit_key(first) not in {translit_key(w) for w in person.name.split()}):
            # (compared without accents: 'Erdogan' alone is the surname of Recep Tayyip
            # Erdoğan, not a relative called Erdogan)
            # "Rakeyia Scott" under Keith Scott's entry: another person whose gender the
            # given name does not tell; the entry's gender is not theirs (and when the entry's
            # gender is not known yet either, her mention is still not his).
            return f"{first} {surname}", None
        if own is not None and first_token.pos_ == "PROPN" and first_token.ent_type_ == "PERSON" and (
                first.casefold() != surname.casefold()) and _relative_name(
                f"{first} {surname}", person.name):
            # "Kate Baxter" under Ann Baxter's entry: sisters are both women, so the given
            # name, not the gender, tells them apart
            return f"{first} {surname}", own
        if own is None or own == person.gender or person.gender is None or (
                first.casefold() == person.name.split()[0].casefold()):
            return person.name, person.gender
        return f"{first} {surname}", own

    def _redescribed(self, phrase: Span, head: Token) -> bool:
        """'A former Justice Department prosecutor said ... The former official said': a
        definite description that repeats a modifier ('former', 'senior') of an unnamed
        person the article brought in as the subject of a speech verb refers back to them,
        not to a named person nearby (who is the one talked about)."""
        mods = {t.lower_ for t in phrase if t.i < head.i and t.dep_ == "amod"}
        if not mods:
            return False
        nouns = {t.lemma_.casefold() for t in self.doc[max(0, head.i - 400): head.i]
                 if t.pos_ == "NOUN" and _person_noun(t)}
        for tok in self._earlier_nouns(head, nouns):
            if tok.tag_ != "NN" or tok.dep_ not in ("nsubj", "nsubjpass") or (
                    tok.head.lemma_.casefold() not in CUE_LEMMAS):
                continue
            if any(c.ent_type_ == "PERSON" for c in tok.subtree):
                return False  # 'a former aide, Ann Lee,': named after all
            dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
            if dets & {"a", "an", "one", "another"} and mods & {
                    c.lower_ for c in tok.children if c.dep_ == "amod"}:
                return True
        return False

    def _earlier_nouns(self, head: Token, words: set[str]) -> Iterator[Token]:
        """The nouns among ``words`` (by lemma) before ``head``, nearest first, outside
        quotation marks and within 1500 characters: where an unnamed person it refers back to
        was brought in."""
        for k in range(head.i - 1, -1, -1):
            tok = self.doc[k]
            if head.idx - tok.idx > 1500:
                return
            if tok.pos_ == "NOUN" and tok.lemma_.casefold() in words and \
                    not self._quoted(tok.idx):
                yield tok

    def _quoted(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.inside)

    def _quoted_sentence(self, sent: Span) -> bool:
        """True when every word of ``sent`` lies inside quotation marks."""
        words = [t for t in sent if t.is_alpha]
        return bool(words) and all(any(a <= t.idx < b for a, b in self.inside) for t in words)

    def _people_in(self, sent: Span, before: int) -> list[tuple[int, str, str]]:
        """People named in ``sent`` before ``before``, with their role: main (subject of the
        sentence's main verb or of a speech cue), subject, possessive or other."""
        out = []
        for s, e, k in self._person_spans:
            if not (sent.start_char <= s < min(sent.end_char, before)):
                continue
            if any(a <= s < b for a, b in self.inside):
                continue  # names inside a quotation are talked about, not talking
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = span.root
            while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                head = head.head
            if head.i >= span.end:
                # "the Trump campaign said", "Trump spokesman Jason Miller said": the name
                # modifies another head, like a possessive.
                out.append((s, k, "poss"))
                continue
            while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ in (
                    "PROPN", "NOUN"):
                head = head.head  # "Moretti and Dorsey met": both conjuncts are subjects
            if head.dep_ in ("nsubj", "nsubjpass"):
                verb = head.head
                main = verb.dep_ == "ROOT" or verb.lemma_.casefold() in CUE_LEMMAS
                role = "main" if main else "subject"
                if verb.dep_ != "ROOT" and any(self._reported(v) for v in (verb, *verb.ancestors)):
                    # "He said Lee would chair the panel": Lee is what the speaker talks
                    # about; the one doing the talking stays the likelier 'he' that follows.
                    # So also deeper in the report ('replied that it was rude for Lee to
                    # argue', 'said ... because Lee had broken his word').
                    role = "other"
            elif head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass"):
                # "Former Speaker of the House Newt Gingrich lauded ...": the tagger makes the
                # title the subject and the name its apposition; the name is what the subject
                # is, so it takes the subject's role (main when its verb is the sentence's)
                verb = head.head.head
                role = "main" if verb.dep_ == "ROOT" or verb.lemma_.casefold() in CUE_LEMMAS \
                    else "subject"
            elif span.end < len(self.doc) and self.doc[span.end].lower_ == "who" and (
                    self.doc[span.end].head.dep_ == "relcl"
                    and self.doc[span.end].head.lemma_.casefold() in CUE_LEMMAS):
                role = "main"  # "the ire of Justice Lee who said ...": Lee is the one talking
            elif head.dep_ == "pobj" and head.head.lower_ == "with" and any(
                    t.tag_ == "VBG" and not self._quoted(t.idx)
                    for t in self.doc[head.i + 1: min(sent.end, head.i + 25)]):
                role = "subject"  # "with Clinton lambasting the plan": the participle's doer
            elif head.dep_ == "poss" and head.head.dep_ in ("nsubj", "nsubjpass") and (
                    head.head.head.dep_ == "ROOT"):
                # "Mr. Obama's Pacific roots came into play": the main subject's possessor is
                # the sentence's topic
                role = "subject"
            elif head.dep_ == "poss":
                role = "poss"
            elif head.dep_ == "ROOT" and span.start == sent.start and span.end < sent.end and (
                    self.doc[span.end].tag_ in ("VBD", "VBN", "VBZ")
                    or self.doc[span.end].lower_.endswith("ed")):
                # "Trump surprised Tehran when he ...": a name the tagger read as the verb
                # ('trump') still opens the sentence as its subject
                role = "main"
            else:
                role = "other"
            out.append((s, k, role))
        return out

    def _reported(self, verb: Token) -> bool:
        """Is ``verb`` the head of a clause reported by a speech verb whose subject is a person
        ('she said [the mayor would resign]', 'Kim told reporters [Lee had lied]'), who is
        then the likelier antecedent? Not when a poll or a crowd reports it ('74 percent of
        voters said [Mr. Lee should quit]')."""
        if verb.dep_ not in ("ccomp", "conj"):
            return False
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # 'said Lee had left and Kim would follow'
        cue = verb.head
        if verb.dep_ != "ccomp" or cue.i == verb.i or (
                cue.lemma_.casefold() not in CUE_LEMMAS | REPLY_LEMMAS):
            return False
        doer = cue
        while doer.dep_ == "conj" and doer.head.i != doer.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in doer.children):
            doer = doer.head  # 'he called it useless but said [...]': the shared subject
        # (a person is tagged so, or is one of the article's people: the tagger may call a
        # lone surname an organisation)
        return any(c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in PERSON_PRONOUNS or c.ent_type_ == "PERSON"
            or (c.pos_ == "PROPN" and c.lower_ in self.people)) for c in doer.children)

    def _collective(self, at: int) -> str | None:
        """'it said': the organisation that is the subject of a clause before it in the same
        or the previous sentence ('Slate produced a profile of him in Vietnam, and it said'),
        else the latest organisation or government named before, in recent text."""
        found, subject = self._collective_subject(at)
        if found:
            return subject
        best = None
        for mention in self.mentions:
            if mention.start >= at:
                break
            if at - mention.start > 600:
                continue
            entry = self.gazetteer.entries.get(mention.actor)
            if entry is not None and entry.kind != "person":
                best = self._seat(mention.text) or mention.actor
        return best

    def _collective_subject(self, at: int) -> tuple[bool, str | None]:
        """The latest organisation (a non-person actor or an ORG name) that is the subject
        of a clause in the sentence of ``at`` before it, or in the sentence before: (True,
        name). A document that is the latest subject ('The indictment alleges ... It accuses
        him') gives (True, None): 'it' is the document, whose author is not named there.
        (False, None) when there is neither."""
        doc = self.doc
        here = doc.char_span(at, at + 1, alignment_mode="expand")
        if here is None or not len(here):
            return False, None
        sent = here[0].sent
        sents = [sent]
        if sent.start > 0:
            sents.insert(0, doc[sent.start - 1].sent)
        best: tuple[bool, str | None] = (False, None)
        for part in sents:
            for token in part:
                if token.idx >= at:
                    break
                if token.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                document = token
                if token.pos_ == "NOUN" and token.lemma_.casefold() in PART_NOUNS:
                    # 'a key section of the cable ... It said': the document itself
                    document = next((o for c in token.children if c.dep_ == "prep"
                                     and c.lower_ == "of" for o in c.children
                                     if o.dep_ == "pobj" and o.pos_ == "NOUN"), token)
                if document.pos_ == "NOUN" and document.lemma_.casefold() in DOCUMENT_NOUNS and (
                        not self._quoted(token.idx)) and not any(
                        c.dep_ in ("poss", "compound") for c in document.children):
                    issuer = self._document_antecedent(document) if any(
                        c.dep_ == "det" and c.lower_ in ("the", "this")
                        for c in document.children) else None
                    best = (True, issuer)
                    continue
                if token.head.dep_ == "relcl" and token.head.head.i < token.i:
                    continue  # ('warnings that Tehran had ignored. It said': not Tehran)
                if token.pos_ == "NOUN" and token.text in ("ministry", "ministries") and not (
                        self._quoted(token.idx) or _para_break_between(doc, token.idx, at)):
                    # 'The foreign ministry in Islamabad said ... It said': the state's ministry
                    body = self._state_ministry(token)
                    if body is not None:
                        best = (True, body)
                    continue
                if token.pos_ == "NOUN":
                    # 'Slate magazine', 'the Gazprom board': the organisation compounded on
                    token = next((c for c in token.children if c.dep_ == "compound"
                                  and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")
                                  and c.text[:1].isupper() and c.i == token.i - 1), token)
                if token.pos_ != "PROPN" and not (token.ent_type_ == "ORG"
                                                  and token.text[:1].isupper()):
                    continue
                if self._quoted(token.idx) or _para_break_between(doc, token.idx, at):
                    continue
                mention = self._mention_at(token.idx)
                entry = self.gazetteer.entries.get(mention.actor) if mention else None
                if entry is not None and entry.kind != "person":
                    best = (True, self._seat(mention.text)  # type: ignore[union-attr]
                            or mention.actor)  # type: ignore[union-attr]
                elif entry is None and token.ent_type_ == "ORG":
                    words = [t for t in token.subtree if t.i <= token.i and t.pos_ == "PROPN"
                             or t.i == token.i]
                    best = (True, self.org_name(" ".join(t.text for t in words) or token.text,
                                                token))
        return best

