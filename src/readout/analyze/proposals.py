"""Proposals and demands: who proposes or demands what of whom.

Triggers, one proposal per clause:

* deontic wording: "should", "must", "ought to", "need(s) to", "has/have to", "it is
  essential to", "the requirement is", "the need to/for";
* verbs and nouns of demanding or proposing: "called for", "urged", "demanded", "pressed
  for", "pushed for", "proposed", "requested", "insisted on", "X's demand that/for",
  "insistence on/that";
* every dash or bullet item under a recommending lead-in ("Practical steps should include:",
  "the two leaders should agree to the following:"); the lead-in itself is not an item.

Not proposals: questions ("Should Biden?"), inverted conditionals ("Should France commit …,
it would …"), "insist that" introducing a denial or a negated plan, and section headings.

The proposer is the speaker when the trigger stands inside a quotation or a reported clause
(direct or indirect quote), the subject of a demanding verb ("Russia demanded …"), the
possessor of a demand noun ("Moscow's demand"), and otherwise the article's author
(``doc._.author``, else "author"). The addressee is the subject of the deontic verb, the
object of "urged", or the "from"/"of" phrase of a demand. The issue is a short label made
from the proposed act and its object.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from readout.analyze.actors import CLERIC_TITLES, DEFAULT_HOME, TITLE_WORDS
from readout.analyze.events import (
    _definite_body,
    antecedent,
    every_member_party,
    group_label,
    headline_urged,
    sentence_units,
)
from readout.analyze.gazetteer import load_gazetteer
from readout.analyze.speakers import given_gender
from readout.analyze.text import (
    datelines,
    doc_text,
    headline_end,
    paragraph_number,
    sentence_bounds,
)
from readout.records import ActorMention, Proposal, Quote

MODALS = {"should", "must", "ought"}
DEMAND_VERBS = {"demand": "demand", "urge": "proposal", "propose": "proposal",
                "insist": "demand", "call": "proposal", "recommend": "proposal",
                "request": "demand", "press": "demand", "push": "demand", "advocate": "proposal",
                "ask": "demand", "appeal": "proposal", "encourage": "proposal",
                "exhort": "proposal", "implore": "demand", "beg": "demand", "lobby": "demand",
                "offer": "proposal", "condition": "demand", "tell": "demand",
                "invite": "proposal", "warn": "demand", "suggest": "proposal",
                "order": "demand"}
# Who orders a party to act as a demand on it (a court's ruling, not a leader's command to
# his own army or state company: "ordered PDVSA to grant licences")
RULING_BODIES = {"court", "tribunal", "judge", "arbitrator", "arbitrators", "icj", "icc"}
# Whom a request is put to, when not named: "asked Western leaders to …", "asked allies for …".
ASKED_PARTIES = {"leader", "ally", "government", "country", "state", "nation", "lawmaker",
                 "official", "congress", "parliament", "partner", "minister", "senator",
                 "administration", "neighbour", "neighbor", "member", "west", "court"}
# Those asked named by their place at a table: "asked his guest for …", "asked the other side"
ASKED_SIDES = {"side", "delegation", "guest", "visitor", "host", "counterpart", "interlocutor"}
# Verbs that need a particle to demand: "called for", "pressed for", "pushed for".
NEEDS_FOR = {"call", "press", "push", "appeal", "lobby"}
# Kin of a named person speak for themselves, not for the person: "Scott's family demanded"
KIN_NOUNS = {"family", "relative", "relatives", "parent", "parents", "wife", "husband", "widow",
             "son", "daughter", "brother", "sister", "mother", "father", "cousin"}
# What one has rather than must: "the opportunity she has to speak"
HAD_NOUNS = {"opportunity", "chance", "time", "right", "ability", "power", "option", "choice",
             "means", "money", "capacity", "freedom", "authority", "reason", "occasion"}
# Members of a party acting for it: "Republican senators", "GOP lawmakers"
MEMBER_NOUNS = {"senator", "lawmaker", "legislator", "congressman", "congresswoman", "member",
                "representative", "leader", "official"}
PARTY_WORDS = {"republican": "Republicans", "gop": "GOP", "democratic": "Democrats",
               "democrat": "Democrats"}
# A view several hold: its clause is theirs, not the author's ("agreement that X should")
SHARED_VIEW_NOUNS = {"agreement", "consensus", "unanimity", "accord"}
# Words of fearing: what follows them is feared, not urged
FEAR_WORDS = {"concern", "concerned", "worry", "worried", "fear", "afraid", "alarm",
              "alarmed", "dread"}
# Nouns of a rule of life: "the Golden Rule that you should …"
MAXIM_NOUNS = {"rule", "principle", "maxim", "adage", "saying", "motto", "commandment",
               "proverb", "creed"}
# Words that put forward someone's stand ("both men had the same position: Congress should
# …", "that's the premise"): what they hold is their holder's, not the writer's
VOICED_NOUNS = {"message", "position", "view", "stance", "line", "argument", "premise",
                "narrative", "thesis", "pitch", "mantra", "slogan", "refrain", "logic", "theory",
                "script", "orders", "order", "instructions", "directive", "talking"}
# Telling with scorn: a demand voiced to mock it is not the mocker's
MOCK_VERBS = {"mock", "scoff", "sneer", "deride", "ridicule", "jeer", "taunt", "lampoon",
              "parody", "joke", "quip", "jest"}
MOCK_ADVERBS = {"sarcastically", "mockingly", "ironically", "derisively", "facetiously",
                "jokingly", "sardonically", "scornfully", "sneeringly"}
# A share of a population holds a view as the public, not as the state ("a majority of
# Americans believe we should …")
SHARE_NOUNS = {"majority", "minority", "plurality", "percent", "%", "half", "third",
               "quarter", "share", "most", "many", "some", "few"}
# What reporters ask for: "did not respond to requests for comment"
PRESS_ASKS = {"comment", "interview", "reaction", "clarification", "elaboration"}
# Kinds of call that ask nothing: "a wake-up call for the West", "a phone call for …"
CALL_KINDS = {"wake", "wake-up", "phone", "telephone", "video", "conference", "close",
              "judgment", "judgement", "roll", "curtain", "courtesy", "cold", "house", "port",
              "conference-call", "zoom"}
DEMAND_NOUNS = {"demand": "demand", "insistence": "demand", "call": "proposal",
                "proposal": "proposal", "request": "demand", "ultimatum": "demand",
                "appeal": "proposal", "plea": "proposal"}
# A court's appeal, not a party's plea: "filed an appeal", "the court rejected his appeal"
COURT_APPEAL_VERBS = {"file", "lodge", "hear", "lose", "win", "dismiss", "uphold", "reject",
                      "consider", "launch", "review", "deny", "grant"}
# nouns that name a clause before them as an ask (", a request the US has not answered")
NAMED_ASKS = {"request", "suggestion", "proposal", "demand", "plea", "appeal", "ultimatum",
              "offer", "call"}
NEED_NOUNS = {"need", "requirement", "necessity", "task", "priority"}
IDEA_NOUNS = {"idea", "proposal", "demand", "plan", "notion", "insistence", "call", "request"}
PRONOUNS = {"it", "they", "he", "she", "its", "their", "his", "her"}
# A body's written word: "issued a statement calling for …", "the resolution demands …"
STATEMENT_NOUNS = {"statement", "resolution", "declaration", "communique", "communiqué",
                   "letter", "readout"}
# Texts that 'call for' and 'demand' as their signers do: 'the final text calls for …'
TEXT_NOUNS = {"text", "document", "draft", "treaty", "charter", "accord", "agreement"}
# Subjects that stand for some members of a group named before: "Several called on …"
QUANTIFIER_SUBJECTS = {"several", "some", "many", "others", "most", "few", "both", "all"}
# A party's consent refused unless a condition is met: "would not agree to any ceasefire that
# does not include a pullout", "no deal will be accepted without the destruction of …"
CONSENT_VERBS = {"accept", "agree", "sign", "support", "endorse", "meet", "recognise",
                 "recognize"}
# what one party does with another's plan: "Syria agreed to an Arab League plan to …"
PLAN_NOUNS = {"plan", "initiative", "roadmap", "blueprint"}
# putting a plan forward: "put forward", "presented", "tabled", "submitted", "unveiled"
PUTTING_FORWARD = {"put", "present", "table", "submit", "unveil", "float", "outline",
                   "advance", "offer", "propose", "draft", "publish", "circulate"}
# "laid out", "set out", "spelled out" (with the particle) put a plan forward too
PUTTING_OUT = {"lay", "set", "spell"}
# what else is put forward as a plan is ("put forward several ideas", "laid out its
# counterproposal")
PUT_IDEAS = {"idea", "suggestion", "counterproposal", "counter-proposal"}
PLAN_UPTAKE = {"agree", "accept", "reject", "endorse", "back", "support", "welcome", "sign",
               "consider", "discuss", "study", "approve", "adopt", "embrace", "implement",
               "dismiss", "refuse", "spurn", "rebuff", "snub", "weigh"}
INCLUDE_VERBS = {"include", "contain", "involve", "guarantee", "ensure", "provide"}
# what one is invited to: talks, a visit ("invited both leaders to come to Nairobi")
MEETING_ACTS = {"come", "visit", "attend", "join", "participate", "meet", "talk", "negotiate",
                "travel", "hold", "take"}
# nouns of a duty one has ("has a responsibility to")
DUTY_NOUNS = {"responsibility", "duty", "obligation"}
ESSENTIAL_ADJ = {"essential", "vital", "imperative", "necessary", "crucial"}
# advice: "the party would be wise to set up …", "it is advisable to wait"
ADVISORY_ADJ = {"wise", "prudent", "advisable", "sensible"}
# Events and things whose "should" can be expected rather than urged ("should" of expectation)
THING_NOUNS = {"talk", "negotiation", "meeting", "summit", "visit", "trip", "tour", "deal",
               "agreement", "accord", "treaty", "pipeline", "project", "vote", "election",
               "result", "ceasefire", "truce", "exercise", "drill", "process", "round", "session",
               "construction", "work", "delivery", "shipment", "plant", "line", "bridge", "road",
               "railway", "trade", "economy", "price", "growth", "inflation", "decision",
               "ruling", "verdict", "report", "figure", "sanction", "package", "aid",
               "investment", "loan", "tariff", "reform", "law", "bill", "programme", "program",
               "corridor", "reactor", "facility", "port", "exchange", "swap", "flight",
               "service", "conference", "forum", "ceremony", "hearing", "inquiry", "review",
               "launch", "operation", "consultation", "dialogue", "patrol", "inspection",
               "deployment", "evacuation", "repatriation", "census", "count", "tally",
               "payment", "transfer", "handover", "release", "phase", "stage", "mission",
               "stop", "stay", "leg", "stopover"}
PROCESS_VERBS = {"resume", "begin", "start", "conclude", "end", "finish", "open", "close",
                 "arrive", "happen", "occur", "last", "reach", "come", "continue", "complete",
                 "finalise", "finalize", "wrap", "restart", "convene", "run", "get"}
EFFECT_VERBS = {"give", "boost", "help", "ease", "lift", "improve", "bring", "reduce",
                "increase", "spur", "strengthen", "deepen", "raise", "lower", "benefit", "hurt",
                "weaken", "calm", "soothe", "dampen", "revive", "cement"}
DONE_ADJ = {"ready", "over", "complete", "done", "finished", "operational"}
# Verbs whose detached infinitive is the act asked or offered ("pressed X in Y to …")
PRESSING_VERBS = {"press", "push", "urge", "encourage", "exhort", "implore", "beg", "offer",
                  "ask"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
DENY_VERBS = {"deny", "refute", "disavow"}
CLAIM_NOUNS = {"report", "claim", "allegation", "suggestion", "speculation", "rumour", "rumor",
               "accusation"}
# what would show a thing happened: "there is no sign that Trump pressed for their release"
EVIDENCE_NOUNS = {"sign", "indication", "evidence", "proof", "hint", "suggestion", "word",
                  "confirmation", "record", "trace"}
# A course judged best: "the best course is to …", "the only way out is for X to …"
COURSE_NOUNS = {"course", "step", "answer", "solution", "option", "way", "path", "approach",
                "move", "response", "remedy", "bet", "policy", "strategy", "choice", "thing"}
COURSE_ADJ = {"best", "better", "sensible", "right", "wise", "wiser", "wisest", "only", "smart",
              "smarter", "prudent", "obvious", "logical", "sound", "safest", "safer",
              "responsible", "realistic"}
SPEECH = {"say", "tell", "add", "argue", "reiterate", "state", "write", "note", "stress",
          "insist", "warn", "explain", "claim", "emphasize", "affirm", "declare", "suggest",
          "believe", "think", "reply", "retort"}
LIST_MARK = re.compile(r"^\s*(?:[\u2014\u2013\-\u2022*\u25aa\u25cf]|\(?\d{1,2}[.)])\s*")
BARE_MARK = re.compile(r"^\s*\(?\d{1,2}[.)]\s*$")  # an item number alone
LEAD_IN = re.compile(r"\b(should|must|need|ought|include|following|agree to|recommend|steps|"
                     r"propos\w*|demand\w*|call\w* for)\b[^:\n]*:\s*$", re.I)
# "should be obvious": the modal of a conclusion
EVIDENT_ADJ = {"obvious", "clear", "evident", "apparent", "plain", "unsurprising", "surprising",
               "possible", "likely", "easy", "hard", "difficult", "interesting"}
VAGUE_OBJECTS = {"anything", "nothing", "something", "little", "much", "everything"}
# what markets do with demand ("demand for coal has roared back")
MARKET_LEMMAS = {"rise", "fall", "drop", "grow", "slow", "surge", "soar", "plunge", "slump",
                 "recover", "rebound", "roar", "increase", "decrease", "decline", "outstrip",
                 "exceed", "outpace", "weaken", "strengthen", "dry", "collapse", "pick", "spike"}
# what policy does to demand ("reduce demand for gas")
MARKET_OBJECT_VERBS = {"reduce", "cut", "curb", "lower", "dampen", "boost", "stimulate", "meet",
                       "satisfy", "increase", "decrease", "fuel", "drive", "depress", "suppress",
                       "shift", "outstrip", "exceed", "destroy", "weaken", "strengthen"}
MARKET_ADJ = {"low", "high", "strong", "weak", "rising", "falling", "growing", "slowing",
              "soaring", "global", "consumer", "domestic", "robust", "sluggish", "lower",
              "higher", "weaker", "stronger", "weakening", "pent", "seasonal", "peak"}
# what is done to another's demand ("rejected the demand for …")
REFUSING_VERBS = {"reject", "dismiss", "refuse", "ignore", "deny", "oppose", "criticize",
                  "criticise", "condemn", "denounce", "decry", "slam", "mock", "ridicule",
                  "spurn", "rebuff", "resist", "defy", "blast", "scorn", "brush", "question",
                  "disregard", "counter", "fight", "turn", "shrug", "veto", "block",
                  "decline",
                  # judged: "called the demand a ploy", "described the proposal as …"
                  "call", "label", "brand", "describe", "term", "deem", "consider", "view"}
# a quotation opening right after a colon
QUOTE_OPEN = re.compile(r"\s*[\"“‘'«]")
# those who act for a leader ("Putin's people", "Biden's aides")
STAFF_NOUNS = {"people", "aide", "adviser", "advisor", "team", "camp", "envoy", "negotiator",
               "emissary", "staff", "lieutenant", "entourage"}
# how crowds are counted ("thousands of Syrians")
CROWD_COUNTS = {"thousand", "thousands", "hundred", "hundreds", "million", "millions", "dozen",
                "dozens", "crowd", "crowds", "tens", "scores"}
# bodies of a government that speak for it ("the cabinet urged …")
BODY_NOUNS = {"cabinet", "government", "parliament", "ministry", "council", "regime", "junta",
              "assembly", "legislature", "senate", "presidency", "administration", "coalition",
              "opposition", "committee", "commission"}
# acts whose owner undergoes them: "demanded Navalny's release" asks someone else to act
PATIENT_NOUNS = {"release", "arrest", "detention", "extradition", "freedom", "liberation",
                 "rescue", "execution", "prosecution", "trial", "impeachment", "ouster",
                 "dismissal", "firing", "expulsion", "deportation", "exoneration", "pardon",
                 "punishment", "conviction", "safety", "protection"}
# nouns of leaving: their "from" names a place ("withdrawal from Ukraine")
MOVE_NOUNS = {"withdrawal", "pullout", "pull-out", "retreat", "exit", "departure", "removal",
              "expulsion", "evacuation", "drawdown", "redeployment"}
# The law a rule rests on, before its "must": "In accordance with Section 304 of the Act, …"
LEGAL_BASIS = re.compile(r"\b(?:in accordance with|pursuant to|as required by|as provided (?:by|in)|"
                         r"under (?:section|article|the (?:\w+ )?(?:act|law|statute|code|"
                         r"regulations?|rules?|treaty|charter)))\b", re.I)
# An official text's title naming its voice: "Statement by President Joe Biden on …"
STATEMENT_BY = re.compile(r"^(?:Statement|Remarks|Message|Op-Ed|Letter)\s+(?:by|from|of)\s+"
                          r"(?P<who>.+?)(?:\s+(?:on|in|at|to|regarding|about|for)\s|$)")
# A source credited after a dash that closes a headline ("... - minister", "... -analysts"),
# not after a finished sentence
DASH_TAIL = re.compile(r"(?<=[^\s.!?])(?:\s+[-\u2013\u2014]+\s*|\s*[\u2013\u2014]\s*)"
                       r"(?P<src>[^-\u2013\u2014.!?:\n\"“”]{2,60}?)\s*$")
# a place a group is based in: "London-based analysts", "Kyiv based diplomats"
BASED = re.compile(r"[-\u2010\u2011 ]?(?:based|headquartered)\b")
# what one is told to grasp, not to do: "members must understand that …"
GRASP_VERBS = {"understand", "realize", "realise", "know", "remember", "appreciate"}  # + that
# A transcript turn: a label in capitals, a colon, and the words said on the same line.
TURN_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>Q|[A-Z][A-Z.’'\- ]{1,60}?)[ \t]*:[ \t]*(?=\S)")
NOT_SPEAKER_LABELS = {"note", "update", "updated", "editor's", "editor’s", "correction",
                      "watch", "read", "related", "video", "photos", "breaking", "via", "source",
                      "sources", "subject", "re", "to", "from", "cc", "date", "tags", "see", "a",
                      "p.m", "a.m", "am", "pm", "edt", "est", "cet", "gmt", "utc"}
GROUP_ADDRESSEES = {"leaders", "governments", "sides", "presidents", "countries", "powers"}
# subjects of a recommendation that are not the parties of the contact in view
NOT_THE_PARTIES = {"voter", "poll", "public", "reader", "investor", "market", "price",
                   # third parties, not the sides of the contact ("the mediators should …")
                   "mediator", "broker", "ally", "guarantor", "observer", "critic", "analyst",
                   "expert", "world", "community",
                   "company", "one", "nobody", "everyone", "anyone", "someone", "people"}
# subjects that stand for the parties' states ("the two governments", "officials")
STATE_SUBJECTS = {"government", "country", "state", "nation", "capital", "side", "official",
                  "diplomat", "administration"}
# people sent to act for a state: "the negotiators should …" asks the states they stand for
STATE_AGENTS = {"negotiator", "envoy", "emissary"}
# subjects that stand for the parties of a contact, or for the contact itself ("the two leaders
# should …", "the discussion should avoid …"); not a thing ("trust should remain the basis"),
# nor another group ("the mediators", "allies")
CONTACT_SUBJECTS = {"leader", "president", "side", "party", "man", "discussion", "talk",
                    "meeting", "summit", "negotiation", "dialogue", "delegation", "negotiator",
                    "conversation", "call", "counterpart"}
# words after which a label has left what is proposed: "…, including a promise", "such as"
LABEL_BREAKS = {"including", "while", "whereas", "because", "although", "though", "unless"}
# words a label never ends on ("a freeze on NATO expansion that", "tax breaks such")
LABEL_TAIL = {"and", "or", "with", "for", "on", "into", "such", "as", "like", "but", "which",
              "who", "from", "at", "is", "are", "was", "were", "not", "currently", "than",
              # a label cut inside a clause it holds ("a fund Chisinau can", "do if")
              "can", "could", "will", "would", "shall", "may", "might", "must", "should",
              "if", "when", "unless", "because", "whether", "where"}
# Steps of policy one party wants or seeks ("wants to extend paid leave", "seeks to lift the
# embargo"): a positive list, so that "wants to win" or "seeks to divide" propose nothing
POLICY_VERBS = {"extend", "expand", "cut", "raise", "lower", "reduce", "increase", "ban", "lift",
                "impose", "end", "stop", "halt", "freeze", "build", "send", "deploy", "withdraw",
                "pull", "station", "return", "restore", "resume", "reopen", "close", "sign",
                "negotiate", "join", "create", "establish", "abolish", "repeal", "replace",
                "reform", "renew", "give", "grant", "provide", "supply", "deliver", "allow",
                "bar", "block", "limit", "cap", "tax", "fund", "invest", "sell", "buy",
                "recognise", "recognize", "hold", "open", "guarantee", "enforce", "introduce",
                "expel", "release", "free", "arm", "train", "deport", "curb", "tighten", "ease",
                "scrap", "cancel", "suspend", "revive", "remove", "sanction", "boycott",
                "ratify", "approve", "adopt", "hand", "transfer", "cede", "rebuild", "restrict",
                "relax", "phase", "overturn", "reverse", "demilitarize", "demilitarise",
                "neutralize", "neutralise", "dismantle", "require", "double", "triple", "halve",
                # steps asked of another party in diplomacy
                "normalise", "normalize", "accept", "agree", "comply", "respect",
                "implement", "engage", "apologise", "apologize", "compensate", "investigate",
                "extradite", "disarm", "denuclearize", "denuclearise", "cooperate", "mediate",
                "host", "drop", "abandon", "honour", "honor", "resign"}
# What one wants or seeks that is no step asked of anyone ("seeks re-election", "wants peace")
NOT_WANTED = {"election", "re-election", "reelection", "term", "office", "nomination", "job",
              "post", "seat", "role", "revenge", "attention", "credit", "war", "peace",
              "victory", "power", "time", "chance", "help", "advice", "comment", "refuge",
              "shelter", "treatment", "way", "thing", "things", "lot", "more", "best", "same",
              "opportunity", "kind", "sort", "part", "life", "people", "someone", "one"}
# Things a party asks of others ("Kyiv wants more jets", "Moscow wants guarantees"): what one
# merely wants for oneself ("wants a photo op", "wants a diverse delegation") is no demand
ASKED_THINGS = {"guarantee", "assurance", "weapon", "arm", "jet", "missile", "aid", "sanction",
                "ceasefire", "cease-fire", "truce", "talk", "negotiation", "withdrawal",
                "pullout", "release", "apology", "compensation", "reparation", "answer",
                "concession", "commitment", "pledge", "membership", "access", "investigation",
                "inquiry", "probe", "referendum", "vote", "deal", "agreement", "treaty", "troop",
                "support", "help", "funding", "money", "loan", "credit", "visa", "recognition",
                "extradition", "moratorium", "freeze", "ban", "embargo", "exemption", "waiver",
                "veto", "seat", "role", "say", "share", "explanation", "clarification",
                "protection", "security", "system", "tank", "shell", "ammunition", "drone",
                "fighter", "battery", "vaccine", "supply", "delivery", "corridor", "exit",
                "summit", "meeting", "resolution", "review", "change", "reform", "end", "halt"}
# What a party wants that is an outcome it would share with others, not a thing another
# gives it: "wants a deal", "wanted an end that was fair", "wanted access to the sea" tell
# its own aim, asked of no one (unless it wants it from someone: "wants a deal from Congress")
WANTED_OUTCOMES = {"deal", "agreement", "treaty", "end", "access", "security", "change",
                   "reform", "system"}
# leave to act, sought by applying for it
PERMITS = {"permission", "permit", "licence", "license", "approval", "authorisation",
           "authorization", "clearance"}
# labels that repeat an act told before ("called on Hamas to do the same")
SAME_ACTS = {"do the same", "same", "follow suit", "do likewise", "the same"}
STOP_ISSUE = {"the", "a", "an", "that", "this", "to", "be", "also", "just", "really", "then",
              "both", "even", "all", "any", "some", "by", "in", "of"}


@dataclass
class ProposalsConfig:
    max_issue_words: int = 8


class ProposalExtractor:
    """spaCy component: assigns doc._.proposals."""

    def __init__(self, nlp: Language, config: ProposalsConfig) -> None:
        self.config = config
        self.turn_speaker: str | None = None  # who speaks in the turn of the sentence read

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[ActorMention] = doc._.actor_mentions or []
        quotes: list[Quote] = list(doc._.quotes or [])
        author = doc._.author or _statement_voice(doc, mentions) or "author"
        found: list[Proposal] = []
        lead_in: tuple[str, str | None] | None = None  # (proposer, addressee) of a list
        turns = _speaker_turns(doc) or _interview_turns(doc, mentions)
        default = author
        # the stand a "that's the premise" sentence announces: (holder, sentences left,
        # paragraph)
        premise: tuple[str | None, int, int] | None = None
        paragraph_sents: list[Span] = []
        for sent in _list_lines(doc, sentence_units(doc)):
            paragraph = paragraph_number(doc_text(doc), sent.start_char)
            if paragraph_sents and paragraph_number(doc_text(doc), paragraph_sents[-1].start_char
                                                    ) != paragraph:
                paragraph_sents = []
            if premise is not None and (premise[2] != paragraph or premise[1] <= 0):
                premise = None
            text = sent.text
            # in a transcript the one who speaks is the author of what is said in the turn
            self.turn_speaker = next((who for at, who in reversed(turns)
                                      if at <= sent.start_char), None)
            author = self.turn_speaker or default
            if lead_in is not None and LIST_MARK.match(text) and _starts_paragraph(doc, sent):
                found.append(self._item(doc, sent, *lead_in, mentions=mentions))
                continue
            if lead_in is not None and _starts_paragraph(doc, sent):
                lead_in = None  # the list ended with the first paragraph that is not an item
            if LEAD_IN.search(text.rstrip()) and not text.rstrip().endswith("?"):
                lead_in = self._lead_in(doc, sent, mentions, quotes, author)
                continue
            new = self._from_sentence(doc, sent, mentions, quotes, author)
            if premise is not None:
                # the sentences that spell out a premise someone else holds: the holder's
                for k, item in enumerate(new):
                    quote = _quote_at(quotes, item.start, item.start + 1)
                    if item.kind == "recommendation" and item.proposer in (
                            author, quote.speaker if quote is not None else author):
                        new[k] = dataclasses.replace(item, proposer=premise[0])
                premise = (premise[0], premise[1] - 1, premise[2])
            found.extend(new)
            held = _premise_holder(doc, sent, paragraph_sents, mentions)
            if held is not None:
                premise = (held[0], 2, paragraph)
            paragraph_sents.append(sent)
        doc._.proposals = found
        return doc

    # -- list items -------------------------------------------------------------------
    def _lead_in(self, doc: Doc, sent: Span, mentions: list[ActorMention], quotes: list[Quote],
                 author: str) -> tuple[str, str | None]:
        quote = _quote_at(quotes, sent.start_char, sent.end_char)
        proposer = quote.speaker if quote is not None and quote.speaker else author
        addressee = None
        for token in sent:
            if token.lower_ in MODALS or token.lower_ == "need":
                addressee = _addressee_of(doc, token.head if token.lower_ in MODALS else token,
                                          mentions)
                break
        return proposer, addressee

    def _item(self, doc: Doc, sent: Span, proposer: str, addressee: str | None,
              mentions: list[ActorMention]) -> Proposal:
        start, end = sentence_bounds(doc_text(doc), sent.start_char, sent.end_char)
        body = LIST_MARK.sub("", doc_text(doc)[start:end])
        issue = _item_issue(body, self.config.max_issue_words)
        modal = next((t for t in sent if t.lower_ in MODALS and _trigger(t) is not None), None)
        if modal is not None:
            # an item that is a sentence of its own ("- Washington should put a sequence on
            # the table"): the step it urges, and whom, as for any recommendation
            found = _trigger(modal)
            assert found is not None
            issue = _issue(modal, found[1], found[0], self.config.max_issue_words) or issue
            addressee = _addressee_of(doc, found[1], mentions) or addressee
        return Proposal(proposer=proposer, addressee=addressee, issue=issue,
                        evidence=doc_text(doc)[start:end], start=start, end=end,
                        kind="recommendation", paragraph=paragraph_number(doc_text(doc), start))

    # -- sentences --------------------------------------------------------------------
    def _from_sentence(self, doc: Doc, sent: Span, mentions: list[ActorMention],
                       quotes: list[Quote], author: str) -> list[Proposal]:
        if sent.text.rstrip().endswith("?") and not RHETORICAL_TIME.match(sent.text.strip()):
            return []  # a question recommends nothing ("Isn't it time …?" does)
        out: list[Proposal] = []
        used: set[int] = set()
        demanded: set[int] = set()  # verbs of demanding used ("urged", "insists")
        for token in sent:
            condition = _condition(token)
            if condition is not None and token.i not in used:
                used.add(token.i)
                if token.lemma_.casefold() in READY_ADJ:
                    # ("willing to reopen it as long as …": one offer, told with its price)
                    used.update(c.i for c in token.children if c.dep_ == "xcomp")
                out.append(self._condition_item(doc, sent, token, condition, mentions, quotes))
                continue
            found = _trigger(token)
            if found is None:
                continue
            kind, verb = found
            if verb.i in used or token.pos_ == "NOUN" and any(
                    doc[u].left_edge.i <= token.i <= doc[u].right_edge.i
                    and not _own_clause_between(token, doc[u]) for u in used):
                continue  # ("should not be a requirement for …": one recommendation)
            if token.lower_ in MODALS and any(
                    c.dep_ == "ccomp" and verb in c.subtree
                    for u in demanded for c in doc[u].children):
                continue  # "urged that the bloc must act": the demand already holds it
            if token.pos_ == "VERB" and token.i == verb.i and token.dep_ != "conj" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and any(
                    token in c.subtree for u in demanded for c in doc[u].children
                    if c.dep_ in ("xcomp", "advcl", "ccomp")):
                continue  # "called on Muslim states to use their weight to press for a
                # ceasefire": pressing is the act asked of them, not a second demand
            if token.pos_ == "VERB" and token.i == verb.i and _act_wanted_of(token):
                continue  # "Macron wanted Moscow to press Tehran to …": pressing is the act
                # wanted of Moscow, not Moscow's own demand
            if token.tag_ == "VB" and token.dep_ == "conj" and token.head.i in used and any(
                    c.lower_ in MODALS for c in token.head.children if c.dep_ == "aux"):
                continue  # "Congress should fund the office and demand reports": the demand is
                # the act recommended, one recommendation, not Congress's own demand
            if _excluded(token, verb, sent):
                continue
            used.add(verb.i)
            if token.i == verb.i and token.pos_ == "VERB" and kind in ("demand", "proposal"):
                demanded.add(verb.i)
            proposer = _full_name(doc, self._proposer(doc, token, verb, kind, mentions,
                                                      quotes, author))
            addressee = self._addressee(doc, token, verb, kind, mentions)
            if addressee is not None and proposer is not None and (
                    addressee == proposer or _state_of_person(doc, addressee) == proposer
                    # ("Moscow and Beijing said any resolution must …": both propose)
                    or _co_speakers(sent, proposer, addressee, mentions)
                    or kind == "demand" and _state_of_person(doc, proposer) == addressee):
                # (nor the leader whose staff propose: "Biden's aides"; nor the state of one
                # who insists that it keep its edge: a demand on others. One who says their
                # own state should act does address it: 'the US should decide ...')
                addressee = None
            if addressee is None and proposer is not None and token.pos_ == "VERB" and \
                    token.lemma_.casefold() in DEMAND_VERBS:
                # ("urged his guests to …": not the one whose guests they are)
                addressee = _met_party(doc, _object(token), proposer)
            issue = _issue(token, verb, kind, self.config.max_issue_words)
            tail = _dash_tail(doc, token)
            if issue and tail is not None:
                # the credit after the dash is no part of what is proposed
                credit = {w.casefold() for w in tail[1].split()}
                words = issue.split()
                while words and words[-1].lstrip("-\u2013\u2014").casefold() in credit:
                    words.pop()
                issue = " ".join(words)
            if not issue:
                continue
            start, end = _clause_span(doc, sent, verb)
            out.append(Proposal(proposer=proposer, addressee=addressee, issue=issue,
                                evidence=doc_text(doc)[start:end], start=start, end=end, kind=kind,
                                paragraph=paragraph_number(doc_text(doc), start)))
        if not out:
            named = self._named_ask(doc, sent, mentions)
            if named is not None:
                out.append(named)
        if not out:
            shared = _let_us(sent)
            if shared is not None:
                # "Let us open the roads and the markets": a step the speaker proposes to share
                quote = _quote_at(quotes, shared.idx, shared.idx + len(shared))
                issue = _words(_act_phrase(shared), self.config.max_issue_words)
                if issue:
                    start, end = _clause_span(doc, sent, shared)
                    out.append(Proposal(
                        proposer=quote.speaker if quote is not None and quote.speaker
                        else author, addressee=None, issue=issue,
                        evidence=doc_text(doc)[start:end], start=start, end=end,
                        kind="proposal", paragraph=paragraph_number(doc_text(doc), start)))
        order = _quoted_order(sent)
        quote = _quote_at(quotes, order.idx, order.idx + 1) if order is not None else None
        said_by = _known_name(doc, quote.speaker) if quote is not None and quote.speaker \
            else None
        told = _spoken_to(doc, sent, order.i, mentions) if order is not None else None
        if order is not None and (told is not None and told == _state_of_person(doc, said_by)
                                  or told is None and _state_of_person(doc, said_by) is None
                                  and not any(t.text == ":" for t in sent if t.i < order.i)):
            # ('"Stay calm," Sunak told Britons': his own nation, the public, is no party; an
            # order credited after it, told to no one named, is a party's only from one who
            # speaks for a state: not a bystander's '"Don't shoot him," she says.')
            order = None
        if order is not None and quote is not None and order.i not in used:
            # an order in direct speech demands the act of the one spoken to (a warning
            # 'Don't …' demands that it not be done)
            issue = _words([t for t in _negation(order) + _act_phrase(order)
                            if t.dep_ != "intj"], self.config.max_issue_words)
            if issue and issue.startswith(order.text) and order.text[:1].isupper():
                issue = order.lower_ + issue[len(order.text):]  # (the quotation's capital)
            if issue:
                start, end = _clause_span(doc, sent, order)
                speaker = _known_name(doc, quote.speaker) if quote.speaker else None
                addressee = _spoken_to(doc, sent, order.i, mentions)
                out.append(Proposal(proposer=speaker,
                                    addressee=None if addressee == speaker else addressee,
                                    issue=issue, evidence=doc_text(doc)[start:end], start=start,
                                    end=end, kind="demand",
                                    paragraph=paragraph_number(doc_text(doc), start)))
        if not out and _opinion_piece(doc):
            order = _imperative(sent)
            if order is not None and order.i not in used:
                issue = _words(_act_phrase(order), self.config.max_issue_words)
                if issue:
                    start, end = _clause_span(doc, sent, order)
                    out.append(Proposal(proposer=author, addressee=None, issue=issue,
                                        evidence=doc_text(doc)[start:end], start=start, end=end,
                                        kind="recommendation",
                                        paragraph=paragraph_number(doc_text(doc), start)))
        return out

    def _named_ask(self, doc: Doc, sent: Span, mentions: list[ActorMention]
                   ) -> Proposal | None:
        """A clause the sentence itself names a request or suggestion after a comma ("China
        said the Council could consider easing sanctions, a suggestion that U.S. officials
        rejected"; "Saudi officials made clear they would welcome guarantees, a request
        Washington has not answered"): the one who said or made it clear proposes what the
        clause says; the addressee is the clause's actor when another party, else the one
        who answers or rejects the request."""
        noun = next((t for t in sent if t.pos_ == "NOUN" and t.lemma_.casefold() in NAMED_ASKS
                     and t.i >= 2 and doc[t.i - 1].lower_ in ("a", "an")
                     and doc[t.i - 2].text == ","), None)
        root = sent.root
        if noun is None or noun.right_edge.i + 2 < sent.end and \
                doc[noun.right_edge.i + 1:sent.end].text.strip(" .\"'”’") != "":
            return None  # (the noun must close the sentence)
        clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < noun.i), None)
        saying = root.lemma_.casefold() in SPEECH or root.lemma_ == "make" and any(
            c.dep_ == "oprd" and c.lower_ == "clear" for c in root.children)
        if clause is None or not saying:
            return None
        proposer = _actor_of(doc, _subject(root), mentions)
        comma = noun.i - 2
        act = [t for t in _act_phrase(clause) if t.i < comma]
        issue = _words(act, self.config.max_issue_words)
        if not issue:
            return None
        doer = _subject(clause)
        addressee = _actor_of(doc, doer, mentions) if doer is not None and \
            doer.lower_ not in PRONOUNS else None
        if addressee is None or addressee == proposer:
            answer = next((c for c in noun.children if c.dep_ in ("relcl", "acl")), None)
            answerer = _subject(answer) if answer is not None else None
            addressee = _actor_of(doc, answerer, mentions)
            if addressee is None and answerer is not None and \
                    answerer.lemma_.casefold() == "administration":
                addressee = DEFAULT_HOME
        start, end = sentence_bounds(doc_text(doc), sent.start_char, sent.end_char)
        return Proposal(proposer=proposer, addressee=addressee, issue=issue,
                        evidence=doc_text(doc)[start:end], start=start, end=end,
                        kind=DEMAND_NOUNS.get(noun.lemma_.casefold(), "proposal"),
                        paragraph=paragraph_number(doc_text(doc), start))

    def _condition_item(self, doc: Doc, sent: Span, verb: Token, condition: Token,
                        mentions: list[ActorMention], quotes: list[Quote]) -> Proposal:
        """The demand a refused consent states: its proposer is who refuses (the subject,
        the agent of a passive, else whoever tells it: "Israel informed other nations that no
        deal will be accepted without …")."""
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        candidates = [] if passive else [_subject(verb)]
        candidates.append(_agent(verb))
        candidates += [_subject(a) for a in list(verb.ancestors)[:3] if a.pos_ in ("VERB", "AUX")]
        proposer = None
        for subj in candidates:
            if subj is None:
                continue
            proposer = _actor_of(doc, subj, mentions) or (
                _recent_actor(doc, subj, mentions) if subj.lower_ in PRONOUNS else None)
            if proposer:
                break
        if proposer is None:
            quote = _quote_at(quotes, verb.idx, verb.idx + len(verb))
            proposer = quote.speaker if quote is not None else None
        if proposer is None and self.turn_speaker is not None and any(
                s is not None and s.lower_ in ("we", "i") for s in candidates):
            proposer = self.turn_speaker  # an interview's answer: "We are ready to … if …"
        first = condition.left_edge.i
        while first < condition.i and (doc[first].lower_ in ("only", "unless", "if") or
                                       doc[first].dep_ == "mark"):
            first += 1  # ("only if the operators met …": what is to be met)
        issue = _words(doc[first: condition.right_edge.i + 1],
                       self.config.max_issue_words) or condition.text
        if condition.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg"
                                                    for c in condition.children):
            # "… that had not been approved in a referendum": what is required
            issue = _words(_act_phrase(condition), self.config.max_issue_words) or issue
        start, end = _clause_span(doc, sent, verb)
        # who is to meet the condition: its subject, when a party other than the one setting it
        doer = next((c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")),
                    None) if condition.pos_ in ("VERB", "AUX") else None
        addressee = _actor_of(doc, doer, mentions) if doer is not None and \
            doer.lower_ not in PRONOUNS and doer.dep_ == "nsubj" else None
        return Proposal(proposer=proposer, addressee=None if addressee == proposer else addressee,
                        issue=issue,
                        evidence=doc_text(doc)[start:end], start=start, end=end, kind="demand",
                        paragraph=paragraph_number(doc_text(doc), start))

    def _proposer(self, doc: Doc, token: Token, verb: Token, kind: str,
                  mentions: list[ActorMention], quotes: list[Quote], author: str) -> str | None:
        if kind in ("demand", "proposal") or (token.pos_ == "NOUN" and token.lemma_.casefold()
                                               in NEED_NOUNS | {"case"}):
            # "Russia demanded …", "Biden called for …", "Moscow's demand", "Macron has
            # broached the need to …": the one who demands is the subject or possessor.
            # The possessor of "need"/"task" is who must act (the addressee), not who asks.
            owner = None if token.lemma_.casefold() in NEED_NOUNS else (
                _possessor(token) or _national_owner(token) or _noun_agent(token) or (
                    _plan_owner(token) if token.lemma_.casefold() in PLAN_NOUNS else None) or (next(
                    (c for c in token.children if c.dep_ == "compound" and c.i < token.i
                     and _mention_at(c, mentions) is not None), None)
                    if token.pos_ == "NOUN" else None))
            urged = headline_urged(token, token.sent) if token.pos_ == "VERB" else None
            if urged is not None or (token.pos_ == "VERB" and _agent(token) is not None
                                     and _object(token) is None):
                # "Schiff urged to step down by committee Republicans", "X urged by Y to
                # quit": a passive (its auxiliary dropped); the by-phrase names who asks
                asker = urged[1] if urged is not None else _agent(token)
                return _actor_of(doc, asker, mentions) or (
                    group_label(asker) if asker is not None else None)
            subj = _subject(verb) if token.pos_ == "VERB" or _misparsed_verb(token) else (
                owner or (_subject(token.head) if (
                    token.dep_ in ("dobj", "pobj")
                    # "called the citation and the demand …": a second object parsed as
                    # conjoined with the verb
                    or token.dep_ == "conj" and token.head.pos_ == "VERB")
                    and token.head.lemma_ != "be" else None) or (
                    # "the ministers agreed on the need to …": those who agree on it
                    _subject(token.head.head) if token.dep_ == "pobj"
                    and token.head.head.pos_ == "VERB"
                    and token.head.head.lemma_.casefold() in ("agree", "insist", "focus")
                    else None) or (
                    # "Seoul answered with a proposal to …": the one who answers with it
                    _subject(answering) if (answering := _answering_with(token)) is not None
                    else None))
            if token.pos_ == "VERB" and token.i == verb.i and \
                    _told_clause_participle(token) is not None:
                subj = _participle_subject(token)  # not the told clause's subject
            if token.pos_ == "VERB" and subj is None:
                subj = _stray_main_verb(token)  # "X, Y's rival in the race, called Friday for"
            if token.pos_ == "VERB" and subj is None and token.tag_ in ("VB", "VBP") and \
                    token.i > 0 and doc[token.i - 1].pos_ in ("PROPN", "NOUN") and \
                    _mention_at(doc[token.i - 1], mentions) is not None:
                subj = doc[token.i - 1]  # "backs IAEA call for …": the noun parsed as a verb
            if token.pos_ == "NOUN" and subj is not None and subj is not owner and \
                    not _can_ask(doc, subj, mentions):
                subj = None  # "Putin's war has highlighted the need to …": a war asks nothing
            if token.pos_ == "NOUN" and subj is not None and subj is not owner and (
                    token.head.lemma_.casefold() in REFUSING_VERBS
                    or any(c.dep_ == "oprd" for c in token.head.children)):
                # "Russia rejected the demand for …", "Democrats called the demand a ploy":
                # the one who refuses or judges a demand did not make it
                return None
            if token.pos_ == "VERB" and subj is not None and subj.dep_ == "nsubjpass":
                # "residents were requested to stay away": they are asked; the asker is the
                # agent, when named
                agent = _agent(verb)  # ("by Gulf partners": a group unnamed keeps its label)
                return _actor_of(doc, agent, mentions) or (
                    group_label(agent) if agent is not None else None)
            if subj is not None and subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
                # "Clinton, who has called for …": the antecedent (also of a second verb of
                # the clause: "protesters, who marched and called for …")
                subj = _relative_antecedent(subj)
            if token.pos_ == "VERB" and token.tag_ == "VBG" and subj is None:
                # "issued a statement calling for …": the statement's issuer
                subj = _participle_subject(token)
            if subj is not None and subj.dep_ == "poss" and subj.lower_ in PRONOUNS:
                # "the Kremlin has stiffened its insistence": 'its' is the clause's subject
                # (not of "refused her requests": who refuses a request did not make it)
                owner = _subject(token.head) if token.head.pos_ in ("VERB", "AUX") and \
                    token.head.lemma_.casefold() not in REFUSING_VERBS else None
                if owner is None and subj.lower_ == "their":
                    owner = _plural_subject_above(token)
                if owner is not None and owner.i in (token.i, token.head.i) or \
                        owner is not None and token in owner.subtree:
                    owner = None  # "Its demand … is not serious": the demand is the subject
                subj = owner if owner is not None and (
                    owner.pos_ != "PRON" or subj.lower_ == "their") else subj
            if subj is not None and subj.lower_ == "they" and token.i == verb.i and \
                    verb.dep_ == "conj" and verb.head.pos_ == "VERB":
                # "the two ministers urged Washington to …, and they called on all parties
                # to …": 'they' of the second verb are the first verb's subject, not the
                # last party named in between
                first = _subject(verb.head)
                if first is not None and first.lower_ not in PRONOUNS and (
                        first.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj"
                                                             for c in first.children)):
                    subj = first
            if subj is not None and _pair(subj, PAIR_NOUNS):
                # "the two countries called on Iran to …": the two states that met, jointly;
                # either stands for both (the state of the first party of the contact told
                # before); "the two ministers urged …": the first of the two people
                if token.pos_ != "VERB" or token.i != verb.i:
                    return None
                if subj.lemma_.casefold() in PAIR_PEOPLE:
                    return _pair_person(doc, subj, verb, mentions)
                return _parties_in_view(doc, verb, states=True)
            if subj is not None and len({m.actor for m in mentions if m.how == "group"
                                         and m.start <= subj.idx < m.end}) >= 2:
                return None  # "the leaders gave …" read as several people: no one proposer
            # ("… President X … The president urged": the one just named with the office)
            name = (_owners_office(doc, subj, mentions) if subj is not None else None) or (
                _teller_goes_on(doc, subj, mentions) if subj is not None else None) or (
                _continued_speaker(doc, subj, verb, mentions) if subj is not None else
                None) or (_titled_before(doc, subj, mentions) if subj is not None else
                              None) or (_headline_office_holder(doc, subj, mentions)
                                        if subj is not None else None) or \
                _actor_of(doc, subj, mentions)
            if subj is not None and subj.lemma_.casefold() in STAFF_NOUNS and \
                    _possessor(subj) is not None:
                # "Putin's people had been pushing for …": a leader's staff act for his state
                name = _state_of_person(doc, _actor_of(doc, _possessor(subj), mentions)) or name
            if subj is not None and subj.tag_ in ("NNPS", "NNS") and subj.head.lower_ == "of" \
                    and subj.head.head.lemma_.casefold() in CROWD_COUNTS:
                name = subj.text  # "thousands of Syrians calling for …": people, not the state
            text = _document_before(doc, subj) if name is None and subj is not None and \
                subj.lower_ == "it" else None
            if text is not None:
                # "The declaration calls for …. It demands that …": the text asks, so its
                # issuer when the article names one ("In their joint statement, Paris and
                # Berlin said …. The statement was critical of Ankara. It demanded …"), never
                # the author
                issuer = _statement_issuer(text)
                return _actor_of(doc, issuer, mentions) if issuer is not None and \
                    issuer.lower_ not in PRONOUNS else None
            if name is None and subj is not None and (
                    subj.lower_ in QUANTIFIER_SUBJECTS or subj.tag_ == "NNS" and any(
                        c.dep_ in ("det", "amod") and c.lower_ in QUANTIFIER_SUBJECTS
                        for c in subj.children)):
                # "Several called on Beijing to …", "several countries had offered to host
                # …": some of a group, unnamed, no one proposer
                return None
            if name is None and token.pos_ == "VERB" and token.i == verb.i:
                name = _surname_before(doc, verb, subj)
            if name is None and subj is not None and subj.lower_ in PRONOUNS:
                name = _previous_subject(doc, subj, mentions, quotes) or \
                    _official_state(doc, subj, mentions) or \
                    _recent_actor(doc, subj, mentions) or _issuer_before(doc, subj, mentions)
            issuer = _document_issuer(subj, mentions) if name is None and subj is not None \
                else None
            if issuer is not None:
                # "The Crisis Group published a report on Monday. The report urges …": the
                # text asks as the one who issued it does
                name = _actor_of(doc, issuer, mentions) or group_label(issuer)
            mine = _possessor(subj) if subj is not None and \
                subj.lemma_.casefold() in STATEMENT_NOUNS else None
            if name is None and mine is not None:
                # "China has … . Its statement also called on …": the text is the issuer's,
                # whom 'its' goes on with from the sentence before (of possessors,
                # _previous_subject answers for "its" and "their" only)
                name = _previous_subject(doc, mine, mentions, quotes)
            if name is None and subj is not None:
                name = _alliance(doc, subj) or group_label(subj)
            if name is None and subj is not None and subj.pos_ == "NOUN" and \
                    subj.lemma_.casefold() in BODY_NOUNS:
                # "The Russian demands are on the table. The foreign ministry published …":
                # the one state the sentence before names; else a body, unnamed
                name = _body_named_before(doc, subj, mentions) or \
                    _body_state(doc, subj, mentions) or subj.lemma_.casefold()
            if name:
                return name
            if subj is not None and (subj.pos_ in ("NOUN", "PROPN") and _quote_at(
                    quotes, token.idx, token.idx + 1) is None or subj.tag_ == "NNS" and not any(
                        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subj.children)):
                # "many revolutionaries push for …", "she noted clients are beginning to
                # demand …": someone, not the author nor the one who reports them
                return None
            if subj is not None and subj.lower_ in ("he", "she") and token.pos_ == "VERB" and \
                    token.i == verb.i and not _opinion_piece(doc):
                return None  # "The envoy flew to Amman, where she urged …": someone unnamed,
                # never the writer of a report
        voiced = _voiced_holder(doc, verb, mentions)
        if voiced is not None:
            return voiced[0]
        for anc in list(verb.ancestors)[:4]:
            # "the Russian idea that Ukraine should be a buffer state"
            if anc.pos_ == "NOUN" and anc.lemma_.casefold() in IDEA_NOUNS:
                owner = _possessor(anc) or next(
                    (c for c in anc.children if c.dep_ in ("amod", "compound") and c.i < anc.i
                     and _actor_of(doc, c, mentions)), None)
                name = _actor_of(doc, owner, mentions)
                if name:
                    return name
            if anc.pos_ == "NOUN" and anc.lemma_.casefold() in SHARED_VIEW_NOUNS and \
                    verb in anc.subtree:
                # "there was more agreement that Europe should …": those who agree, unnamed
                # here, not the author
                owner = _possessor(anc) or next((o for p in anc.children if p.dep_ == "prep"
                                                 and p.lower_ in ("among", "between", "of")
                                                 for o in p.children if o.dep_ == "pobj"), None)
                if owner is None and anc.dep_ in ("dobj", "obj"):
                    owner = _subject(anc.head)  # "NATO members reached a consensus that …"
                return _actor_of(doc, owner, mentions) if owner is not None else None
        # Reported speech: "Macron has reiterated that sovereignty must be protected".
        below = verb
        for anc in [verb, *list(verb.ancestors)[:4]]:
            came_from, below = below, anc
            if anc.i != verb.i and came_from.dep_ == "conj" and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in came_from.children):
                # "said the US believed Russia was …, and that the world should be ready":
                # a second that-clause joined to the first is told by the verb above both
                continue
            if anc.lemma_.casefold() in SPEECH and anc.i != verb.i:
                speaker = _subject(anc)
                if speaker is not None and _pair(speaker):
                    return None  # "the two men reiterated that …"
                if speaker is None and anc.tag_ == "VBG" and anc.dep_ in ("advcl", "conj"):
                    # "condemns the violations, telling reporters that …": the condemner
                    speaker = _subject(anc.head)
                # (a pronoun speaker only as the actor resolver reads it: "they wrote" after
                # two senators is no one we can name)
                name = _asked_speaker(doc, anc, speaker, mentions) or (
                    _owners_office(doc, speaker, mentions) if speaker is not None else None) or (
                    _titled_before(doc, speaker, mentions) if speaker is not None else None) or \
                    _actor_of(doc, speaker, mentions) or (
                    _mention_at(speaker, mentions) or _issuer_before(doc, speaker, mentions)
                    if speaker is not None and speaker.lower_ in PRONOUNS else None) or (
                    group_label(speaker) if speaker is not None and speaker.pos_ == "NOUN"
                    else None)
                if name:
                    return name
                if speaker is not None and _former_title(speaker):
                    # (the quote finder may credit the body the title names)
                    return None
        # ("The US, he said, must not support X and should back Y": a second verb joined to
        # the first, with no subject of its own, goes with the first's inserted credit)
        credited = [verb]
        while credited[-1].dep_ == "conj" and credited[-1].head.i != credited[-1].i and \
                credited[-1].head.pos_ in ("VERB", "AUX") and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in credited[-1].children):
            credited.append(credited[-1].head)
        for child in (c for v in credited for c in v.children):
            # "..., but still massive, Poland's foreign minister says": a trailing credit the
            # parse coordinates with the demand (no object of its own)
            # ("the party, he argued, should be prepared": an inserted credit, either side)
            if child.dep_ in ("conj", "parataxis") and (child.i > verb.i or
                                                        child.dep_ == "parataxis") \
                    and child.lemma_.casefold() in SPEECH and not any(
                        c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in child.children):
                speaker = _subject(child)
                name = _actor_of(doc, speaker, mentions) or (
                    _recent_actor(doc, speaker, mentions)
                    if speaker is not None and speaker.lower_ in PRONOUNS else None)
                if name:
                    return name
        credit = _inserted_credit(doc, credited, mentions)
        if credit is not None:
            return credit[0]
        announced = _announced_holder(doc, verb, mentions)
        if announced is not None:
            return announced[0]
        quote = _quote_at(quotes, token.idx, token.idx + len(token))
        if quote is not None and quote.speaker:
            return _known_name(doc, quote.speaker)
        tail = _dash_source(doc, token, mentions)
        if tail:
            return tail
        headed = _colon_quote_speaker(doc, token, mentions) or \
            _headline_label_speaker(doc, token, mentions)
        if headed:
            return headed
        if quote is not None:
            # 'He said Europe should …' after "Iran's foreign ministry spokesman said …": the
            # unnamed official's state, when the quote finder left the speaker open
            cue = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.casefold() in SPEECH \
                else None
            said_by = _subject(cue) if cue is not None else None
            return _official_state(doc, said_by, mentions) if said_by is not None else None
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.dep_ in (
                "ROOT", "nsubj", "nsubjpass") and token.lemma_.casefold() in DEMAND_NOUNS:
            return None  # "Calls for restraint as ...", "demands for a recount grew": others'
        return author

    def _addressee(self, doc: Doc, token: Token, verb: Token, kind: str,
                   mentions: list[ActorMention]) -> str | None:
        lemma = token.lemma_.casefold()
        asked = _request_asked(token)
        if asked is not None:
            # ("the director was leading …": the director named before)
            return _titled_before(doc, asked, mentions) or _actor_of(doc, asked, mentions)
        if token.lower_ in MODALS or lemma in ("need", "have"):
            told = _told_party(verb)
            name = _actor_of(doc, told, mentions) if told is not None else None
            if name:
                return name  # "The EU told Belgrade it must lift the tariffs": Belgrade
        if token.pos_ == "VERB" and (lemma == "seek" or _wanting(token)):
            return _wanted_addressee(doc, token, mentions)
        if token.pos_ == "NOUN" and lemma in DUTY_NOUNS:
            return _addressee_of(doc, token.head, mentions)  # whose duty it is
        if lemma == "incumbent":
            # "incumbent on Hamas to …": the one it is incumbent on
            on = next((o for p in token.children if p.dep_ == "prep" and p.lower_ in (
                "on", "upon") for o in p.children if o.dep_ == "pobj"), None)
            return _actor_of(doc, on, mentions)
        asked = next((c for c in token.children if c.dep_ == "nsubjpass"), None) \
            if token.pos_ == "VERB" and lemma in DEMAND_VERBS else None
        if asked is None and token.pos_ == "VERB":
            urged = headline_urged(token, token.sent)
            asked = urged[0] if urged is not None else None  # "X urged to step down by Y"
        if asked is not None:
            return _actor_of(doc, asked, mentions) or group_label(asked)  # "X was urged to"
        owner = _owner_of_act(doc, token, verb, mentions) \
            if lemma in DEMAND_VERBS or lemma in DEMAND_NOUNS else None
        if owner is not None:
            return owner  # "demanded Russia's withdrawal": Russia is to withdraw
        if lemma in ("urge", "ask", "press", "push", "encourage", "exhort", "implore", "beg",
                     "tell", "order",
                     "invite", "warn") and \
                token.pos_ == "VERB":
            asked = _object(token)
            return _actor_of(doc, asked, mentions) or (
                _recent_actor(doc, asked, mentions)
                if asked is not None and asked.lower_ in ("them", "him", "her", "it") else None) or (
                # "pressed the administration to …" unnamed: the home government, as a
                # recommendation's "the administration should …" is read
                DEFAULT_HOME if asked is not None and asked.lemma_.casefold() == "administration"
                and _possessor(asked) is None and not any(
                    c.dep_ in ("amod", "compound") for c in asked.children) else None)
        written = _written_to(token) if token.pos_ == "VERB" and lemma in DEMAND_VERBS else None
        if written is not None:
            # "wrote to the emir proposing talks", "sent a letter to Kyiv urging ...": the
            # one written to is asked
            name = _actor_of(doc, written, mentions)
            if name:
                return name
        if lemma in ("propose", "suggest") and token.pos_ == "VERB":
            # "proposed to Biden the creation of …", "proposed a contact group to Biden"
            name = _actor_of(doc, _proposed_to(token)[0], mentions)
            if name:
                return name
        if lemma == "offer" and token.pos_ == "VERB" and _offered_talks(token):
            # "offered Kyiv a ceasefire", "offered talks to Moscow": the one offered to
            given = next((c for c in token.children if c.dep_ == "dative"), None) or \
                _proposed_to(token)[0]
            name = _actor_of(doc, given, mentions)
            if name:
                return name
        that = next((c for c in token.children if c.dep_ == "ccomp"), None) \
            if token.pos_ == "VERB" and lemma in DEMAND_VERBS else None
        if that is not None and _subject(that) is not None:
            # "recommended that Congress take action", "demanded that Kyiv withdraw"
            # (a thing to be done with, "demands that sanctions be removed", names no party)
            name = _addressee_of(doc, that, mentions, contact_fallback=False)
            if name:
                return name
        clause = _called_for_clause(token) if token.pos_ == "VERB" else (
            _called_for_clause(token.head) if lemma == "call" and token.dep_ in ("dobj", "obj")
            else None)  # ("renewed its calls for Kyiv to …")
        if clause is not None:
            return _addressee_of(doc, clause, mentions)  # "for Russian forces to withdraw"
        if lemma in ("call", "appeal") and token.pos_ == "VERB" and _called_on_to(token):
            on = next(c for c in token.children if c.dep_ in ("prep", "prt")
                      and c.lower_ in ("on", "upon", "to"))
            return _actor_of(doc, next((c for c in on.children if c.dep_ == "pobj"), None),
                             mentions)
        if token.pos_ == "NOUN":
            # "a case for Biden sending an envoy", "the need for Kyiv to negotiate": who is
            # to act in the clause called for
            act = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
                        for o in p.children if o.dep_ in ("pcomp", "pobj") and o.pos_ == "VERB"),
                       None)
            actor = _subject(act) if act is not None else None
            name = _actor_of(doc, actor, mentions) if actor is not None and \
                actor.dep_ == "nsubj" else None
            if name:
                return name
        if token.pos_ == "NOUN" and lemma in COURSE_NOUNS | {"time", "moment"} and \
                token.i != verb.i:
            # "time for Canada to end …", "the best course is for Ankara to …": Canada,
            # Ankara; else the one the course is for ("the best course for Ankara is to …")
            holder = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
                           for o in p.children if o.dep_ == "pobj"), None)
            return _addressee_of(doc, verb, mentions, contact_fallback=holder is None) or \
                _actor_of(doc, holder, mentions)
        if token.pos_ == "NOUN" and lemma in PLAN_NOUNS:
            taker = _plan_put_to(token)  # the one the plan is put to, who takes it up or not
            name = _actor_of(doc, taker, mentions) if taker is not None else None
            if name:
                return name
        if token.pos_ == "NOUN" and lemma in NEED_NOUNS:
            # "Biden’s first task is to …": whose need or task it is
            name = _actor_of(doc, _possessor(token), mentions)
            if name:
                return name
        if kind == "demand" or token.pos_ == "NOUN":
            thing = _object(verb)
            for tok in verb.subtree:
                if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "of", "on") \
                        and tok.head.head in (verb, token, thing) and not (
                            # "withdrawal from Ukraine": the place left, not who is asked
                            tok.head.lower_ == "from" and tok.head.head.lemma_.casefold()
                            in MOVE_NOUNS):
                    name = _actor_of(doc, tok, mentions)
                    if name:
                        return name
            return None
        if verb.lemma_ == "be":
            # "Getting Russia right should be a priority for the administration": whose
            # priority or task it is
            task = next((c for c in verb.children if c.dep_ == "attr"
                         and c.lemma_.casefold() in NEED_NOUNS), None)
            holder = next((o for p in (task.children if task is not None else [])
                           if p.dep_ == "prep" and p.lower_ == "for"
                           for o in p.children if o.dep_ == "pobj"), None)
            if holder is not None:
                name = _actor_of(doc, holder, mentions) or (
                    DEFAULT_HOME if holder.lemma_.casefold() == "administration" else None)
                if name:
                    return name
        return _addressee_of(doc, verb, mentions)


def _owner_of_act(doc: Doc, token: Token, verb: Token, mentions: list[ActorMention]
                  ) -> str | None:
    """Who is to perform the act demanded, when the act is a noun with an owner: "demanded
    Russia's withdrawal", "called for Israel's pullout", "the demand for Iran's compliance"."""
    acts = [c for c in verb.children if c.dep_ in ("dobj", "obj")] if token.pos_ == "VERB" \
        else []
    acts += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
             for o in p.children if o.dep_ == "pobj"]
    for act in acts:
        keeper = _keeper(act)
        name = _actor_of(doc, keeper, mentions) if keeper is not None else None
        if name:
            return name  # "the release of citizens held in China": China is to free them
        owner = _possessor(act)
        if owner is None and act.lemma_.casefold() in MOVE_NOUNS:
            # "the withdrawal of all Russian troops": the state whose forces are to leave
            mover = next((o for p in act.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj"), None)
            owner = (_possessor(mover) or _national_owner(mover)) if mover is not None else None
        if owner is None or act.lemma_.casefold() in IDEA_NOUNS | STATEMENT_NOUNS | \
                PATIENT_NOUNS | RELATION_NOUNS or act.lower_ in TITLE_WORDS:
            # ("urged Kerry's plan": a plan is proposed, its owner does not act; "urged
            # Ukraine's allies to …": the allies act; "asked Ghana's President Mahama to …":
            # the one asked is the office's holder, no act of Ghana's)
            continue
        name = _actor_of(doc, owner, mentions) or (
            _recent_actor(doc, owner, mentions) if owner.lower_ in PRONOUNS else None)
        if name:
            return name
    return None


HOLDING_VERBS = {"hold", "detain", "jail", "imprison", "arrest", "keep", "capture", "seize",
                 "abduct", "kidnap", "take"}


def _keeper(act: Token) -> Token | None:
    """Who holds the people whose release or freedom is asked: "the release of citizens held
    in China", "freedom for the sailors detained by Iran" (China, Iran)."""
    if act.lemma_.casefold() not in ("release", "freedom", "liberation", "return"):
        return None
    for prep in act.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
            continue
        for held in (o for o in prep.children if o.dep_ == "pobj"):
            verb = next((c for c in held.children if c.dep_ in ("acl", "relcl")
                         and c.lemma_.casefold() in HOLDING_VERBS), None)
            where = next((o for p in (verb.children if verb is not None else [])
                          if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by")
                          for o in p.children if o.dep_ == "pobj"), None)
            if where is not None:
                return where
    return None


# --- triggers -----------------------------------------------------------------------------

def _trigger(token: Token) -> tuple[str, Token] | None:
    """(kind, the verb or noun whose content is proposed) when the token proposes."""
    lower, lemma = token.lower_, token.lemma_.casefold()
    if lower in MODALS and token.dep_ in ("aux", "ROOT", "advmod") and token.head.pos_ in (
            "VERB", "AUX", "ADJ", "NOUN"):
        return "recommendation", token.head if token.dep_ != "ROOT" else token
    if lower == "ought" and token.dep_ in ("conj", "ccomp") and any(
            c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)
            for c in token.children):
        return "recommendation", token  # "…, and Seoul ought to stop …": parsed as a verb
    if lemma == "need" and token.pos_ == "VERB" and _cleft_need(token) is not None:
        return "recommendation", token  # "What the region needs now is money for roads"
    if lemma == "need" and token.pos_ == "VERB" and _needed_thing(token):
        return "demand", token  # '"We need more air defence," Zelensky told the summit'
    # ("stressed during the meeting that both needed to …": the 'that' the parse took for a
    # relative pronoun, the clause told by the verb of saying)
    told = lemma in ("need", "have") and token.dep_ == "relcl" and \
        _reported_under(token) is not None
    if lemma in ("need", "have") and token.pos_ in ("VERB", "AUX") and (
            _object(token) is None or told and _object(token) in (token.left_edge, None)):
        xcomp = _needed_act(token)
        if token.dep_ == "relcl" and not told and xcomp is not None and \
                _object(xcomp) is not None or _had_noun(token):
            # "the information they need to make a choice", "the chance (that) she has to
            # speak": the noun is what is needed or had, no duty
            return None
        if xcomp is not None and (_told_necessity(token) or any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in token.children)):
            # "the mine had to close", "would have to pay", "has yet to explain": what was,
            # would be or is still undone, not a step urged
            return None
        if xcomp is not None and any(c.lower_ == "to" for c in xcomp.children):
            if xcomp.lemma_ == "be" and any(c.dep_ == "acomp" for c in xcomp.children) and \
                    not _thing_to_be(token):
                return None  # "we have to be realistic": an attitude, not a proposal
            return "recommendation", token
    if token.pos_ in ("VERB", "AUX") and _told_cannot(token):
        return "recommendation", token  # "told Erdogan that Turkey could not keep the system"
    if lemma in DUTY_NOUNS and token.pos_ == "NOUN":
        act = _duty_act(token)
        if act is not None:
            return "recommendation", act  # "the two countries have a responsibility to …"
    if lemma == "incumbent" and token.dep_ == "acomp" and token.head.lemma_ == "be":
        act = next((c for c in [*token.children, *token.head.children]
                    if c.dep_ in ("xcomp", "ccomp") and any(a.tag_ == "TO" for a in c.children)),
                   None)
        if act is not None:
            return "recommendation", act  # "It is now incumbent on Hamas to do the same"
    if lemma in ESSENTIAL_ADJ and token.dep_ == "acomp" and (
            any(c.dep_ == "xcomp" for c in token.children)
            or any(c.dep_ in ("ccomp", "xcomp") for c in token.head.children)):
        return "recommendation", token.head  # "it is essential to avoid …"
    if lemma in ADVISORY_ADJ and token.dep_ == "acomp" and token.head.lemma_ == "be" and \
            token.head.tag_ != "VBD" and not any(c.dep_ == "neg" for c in token.head.children) \
            and any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                for c in [*token.children, *token.head.children]):
        # ("it would be wise for both governments to lower …": the parse's clause of 'for',
        # whose act is the step advised)
        # (not "he was wise to stay away": a past choice judged)
        advised = next((c for c in token.head.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)
        return "recommendation", advised or token.head
    if lemma == "do" and _done_well(token) is not None:
        return "recommendation", token  # "Tokyo would do better to offer talks": advice
    if lemma in READY_OFFERS and token.pos_ == "VERB" and _ready_to(token):
        return "proposal", token  # "Turkey is ready to host it": a standing offer
    if lemma in NEED_NOUNS and token.pos_ == "NOUN" and token.dep_ == "oprd":
        return None  # "called the continent a priority for …": a thing named, nothing urged
    if lemma == "priority" and token.pos_ == "NOUN" and token.left_edge.i > token.sent.start \
            and token.doc[token.left_edge.i - 1].text == "," and \
            token.right_edge.i + 1 < len(token.doc) and \
            token.doc[token.right_edge.i + 1].text == ",":
        return None  # "On fentanyl, a priority for the administration, officials said …": a
        # topic described in passing (not "a deal is the priority for both sides")
    if lemma in NEED_NOUNS and token.pos_ == "NOUN" and token.dep_ == "attr" and any(
            c.dep_ == "neg" for c in token.head.children):
        return None  # "a trade deal was not the priority for either side": none is urged
    if lemma in NEED_NOUNS and token.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return None  # "the world had no need for bloc confrontation": a thing rejected, no
        # step urged
    whose = _possessor(token) if lemma == "task" else None
    if lemma == "task" and (whose is None or whose.lower_ in ("our", "my")):
        # a task is urged only as someone else's ("Biden's first task is to convince …"),
        # not "the first task would be to restore the embassies" (a plan) nor "the harder
        # task is to bring Kyiv in" (a difficulty)
        return None
    if lemma in NEED_NOUNS and token.pos_ == "NOUN":
        # ("the requirement for the program is a lawful income" states a rule: a requirement
        # recommends only as "the requirement is to …")
        if lemma != "requirement" and any(
                c.dep_ in ("acl", "prep") and (c.lower_ == "for" or c.pos_ == "VERB")
                for c in token.children):
            return "recommendation", token
        if token.dep_ == "nsubj" and token.head.lemma_ == "be" and any(
                c.dep_ in ("xcomp", "ccomp", "attr") and c.pos_ in ("VERB", "AUX")
                for c in token.head.children):
            return "recommendation", token.head  # "the requirement now is to keep …"
    if lemma in ("time", "moment") and token.pos_ == "NOUN":
        act = _time_to_act(token) if lemma == "time" else None
        if act is None:
            act = _time_has_come(token)
        if act is not None:
            return "recommendation", act  # "It is time for America to go on offense"
    if lemma in COURSE_NOUNS and token.pos_ == "NOUN":
        act = _best_course(token)
        if act is not None:
            return "recommendation", act  # "the best course is for Ankara to ratify …"
    if lemma == "case" and token.pos_ == "NOUN" and _argued_case(token):
        return "recommendation", token  # "there is a case for Biden sending an envoy"
    if token.pos_ == "NOUN" and lemma in ("offer", "proposal", "idea") and \
            _renewed_offer(token):
        return "proposal", token  # "reiterated its offer to host talks", "floated the idea"
    if (token.pos_ == "NOUN" and (lemma in PLAN_NOUNS | PUT_IDEAS | {
            "proposal", "offer", "proposition"} or _draft_text(token)) or lemma in PUT_IDEAS
            and token.dep_ in ("dobj", "obj")) and _plan_put_forward(token):
        return "proposal", token  # "Ukraine put forward a plan under which it would …"
    if token.pos_ == "NOUN" and lemma in PLAN_NOUNS and _plan_put_to(token) is not None:
        return "proposal", token  # "Syria agreed to an Arab League plan to withdraw …"
    if token.pos_ == "VERB" and (lemma == "seek" or _wanting(token)) and \
            _wanted_step(token) is not None:
        return "demand", token  # "He also wants to extend …", "Kyiv seeks more missiles"
    if token.pos_ == "NOUN" and lemma in DEMAND_VERBS and _misparsed_verb(token):
        return DEMAND_VERBS[lemma], token  # "I welcome … and urge that to happen"
    if token.pos_ == "VERB" and lemma == "give" and _deadline_act(token) is not None:
        return "demand", token  # "gave the soldiers one week to restore Bazoum": an ultimatum
    if token.pos_ == "VERB" and lemma in DEMAND_VERBS:
        if token.dep_ in ("xcomp", "advcl") and _done_well(token.head) == token:
            return None  # "China would do better to propose a mechanism": advised, not made
        if token.tag_ == "VBG" and not any(c.dep_ == "aux" for c in token.children) and \
                _participle_subject(token) is None:
            return None  # "motives … demanding respect": a gerund names no act of demanding
        if token.tag_ == "VBN" and token.dep_ in ("acl", "amod") and not any(
                c.dep_ == "agent" for c in token.children) and _stray_main_verb(token) is None \
                and _split_perfect(token) is None:
            return None  # "laws proposed in the 1970s": a past proposal named, no one proposing
        if lemma == "call" and any(c.dep_ in ("prt", "advmod") and c.i == token.i + 1 and
                                   c.lower_ in ("back", "in", "up", "off", "out")
                                   for c in token.children):
            return None  # "called back for another interview", "called off the talks"
        if lemma == "call" and any(c.dep_ in ("dobj", "obj", "oprd") and c.ent_type_ not in (
                "DATE", "TIME") for c in token.children) and not _called_on_to(token):
            # (a day the parse takes for an object is none: "called Friday for releasing")
            return None  # "called it a very good day for Sweden": naming, not calling for
        if lemma in NEEDS_FOR and not any(c.lower_ == "for" and not _for_a_while(c)
                                          for c in token.children) and \
                _called_for_clause(token) is None and \
                not (lemma in ("call", "appeal") and _called_on_to(token)) and \
                not (lemma in ("press", "push") and (_pressed_to_act(token)
                                                     or _pressed_on(token) is not None)):
            return None
        if lemma in ("tell", "invite", "warn") and not (
                _pressed_to_act(token) and _party_object(token)):
            # "told Hungary to drop its veto", "warned Belgrade not to send troops" (a warning
            # that names the act it forbids demands it); not "told reporters", "told them",
            # "warned that the truce could collapse"
            return None
        if lemma == "invite" and not any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.casefold()
                                         in MEETING_ACTS for c in token.children):
            return None  # an invitation to talks or a visit ("to come for talks"), not a seat
        if lemma == "order" and not (_pressed_to_act(token) and _ruling_body(_subject(token))):
            return None  # "the court ordered Israel to …"; not "Putin ordered the army to …"
        if lemma in ("encourage", "exhort", "implore", "beg") and not _pressed_to_act(token):
            return None  # ("encouraged by the result": no one asked)
        doer = _subject(token)
        if lemma in ("encourage", "exhort", "implore", "beg", "tell", "invite", "warn") and (any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
                for c in token.children) or doer is not None
                and doer.lower_ in ("it", "this", "that", "which")):
            return None  # "it would encourage investors to hold assets": an effect
        if lemma == "offer" and not any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in
                                                                  c.children)
                                        for c in token.children) and not (
                _object(token) is None and _detached_act(token) is not None) and \
                _offered_role(token) is None and not _offered_talks(token):
            # "offered condolences": only an offer to act proposes ("to host"), or one of
            # talks or a truce ("offering talks on arms control": a standing offer)
            return None
        if lemma == "condition" and not any(c.dep_ == "prep" and c.lower_ in ("on", "upon")
                                            for c in token.children):
            return None  # "conditioned any deal on the lifting of sanctions" demands it
        if lemma == "suggest" and not _suggested_step(token):
            return None  # "the data suggest that prices rise", "suggested it was a mistake"
        if lemma == "ask" and not _asked_for_an_act(token):
            return None  # "asked whether …", "was asked about …": a question, not a request
        if lemma == "insist" and not any(c.lower_ == "on" for c in token.children) \
                and not any(c.dep_ == "ccomp" for c in token.children):
            return None
        return DEMAND_VERBS[lemma], token
    stated = _condition_stated(token) if token.pos_ == "NOUN" and lemma == "condition" else None
    if stated is not None:
        return "demand", stated  # "Her condition is that a study be completed first"
    if token.pos_ == "NOUN" and lemma in DEMAND_NOUNS:
        if lemma in ("appeal", "plea") and not _plea_for_act(token):
            return None  # "the appeal of populism", "lodged an appeal": no party asked to act
        if lemma == "call" and _call_kind(token):
            return None  # "a wake-up call for Western powers"
        if lemma == "call" and _possessor(token) is not None and _call_to_act(token) is not None:
            return DEMAND_NOUNS[lemma], token  # "the UN's call to maintain the truce"
        if lemma == "call" and token.dep_ in ("dobj", "obj") and \
                _called_for_clause(token.head) is not None:
            return DEMAND_NOUNS[lemma], token  # "renewed its calls for Kyiv to abandon …"
        if lemma == "call" and _call_to_an_act(token) is not None:
            return DEMAND_NOUNS[lemma], token  # "ended the visit with a call to settle …"
        if lemma == "call" and not any(c.lower_ == "for" for c in token.children):
            return None
        if any(o.lemma_.casefold() in PRESS_ASKS for p in token.children
               if p.dep_ == "prep" and p.lower_ == "for" for o in p.children):
            return None  # "did not respond to requests for comment": a reporter's routine
        if lemma == "demand" and _market_demand(token):
            return None  # "demand for thermal coal has fallen": buyers', not a party's
        if _listed_asks(token) is not None:
            return DEMAND_NOUNS[lemma], token  # "has set out three demands: a halt to …"
        if _possessor(token) is not None or any(
                c.dep_ == "acl" and any(a.tag_ == "TO" for a in c.children) or
                c.dep_ == "ccomp" or c.lower_ in ("that", "for", "on")
                for c in token.children):
            return DEMAND_NOUNS[lemma], token  # (not "a request not always honored")
        if _noun_agent(token) is not None:
            return DEMAND_NOUNS[lemma], token  # "a request from X", "at the request of X"
    return None


TIME_SPANS = {"hour", "day", "week", "month", "deadline"}
# what a party offers itself or its capital as: "offered Turkey as a venue for talks"
OFFERED_ROLES = {"venue", "host", "mediator", "guarantor", "broker", "intermediary", "site",
                 "location"}


def _deadline_act(verb: Token) -> Token | None:
    """The act a party is given a span of time to perform: "gave the soldiers one week to
    restore Bazoum", "gave Hamas 48 hours to release the hostages" (a party given it, not
    "gave himself a day to rest")."""
    if not any(c.dep_ == "dative" and c.lower_ not in ("himself", "herself", "itself",
                                                       "themselves", "us", "me")
               for c in verb.children):
        return None
    spans = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "obj")
             and c.lemma_.casefold() in TIME_SPANS]
    for holder in (verb, *spans):
        act = next((c for c in holder.children if c.dep_ in ("advcl", "acl", "xcomp")
                    and c.pos_ == "VERB" and any(a.tag_ == "TO" for a in c.children)), None)
        if act is not None and spans:
            return act
    return None


def _proposed_to(verb: Token) -> tuple[Token | None, Token | None]:
    """The one a proposal is put to and, when the object follows that phrase ("proposed to
    Biden the creation of a group": the parse hangs both nouns on 'to'), what is proposed;
    also "proposed a contact group to Biden" (the phrase on the object)."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    to = next((p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "to"),
              None)
    nouns = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
    party = nouns[0] if nouns else None
    thing = nouns[1] if len(nouns) > 1 and to is not None and to.head.i == verb.i else None
    return party, thing


OFFERED_TALKS = {"talk", "negotiation", "dialogue", "meeting", "summit", "ceasefire", "truce",
                 "mediation", "compromise", "deal", "swap", "exchange", "consultation"}


def _offered_talks(verb: Token) -> bool:
    """"offered talks on arms control", "offers Kyiv a ceasefire": what is offered is a step
    the two sides would take together, so the offer proposes it (not "offered condolences",
    "offered aid": a gift)."""
    thing = _object(verb)
    return thing is not None and thing.lemma_.casefold() in OFFERED_TALKS and not any(
        c.dep_ == "neg" for c in verb.children)


def _offered_role(verb: Token) -> Token | None:
    """"offered Turkey as a venue for future talks": the role offered (its noun)."""
    if _object(verb) is None:
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj"
                 and o.lemma_.casefold() in OFFERED_ROLES), None)


def _needed_act(verb: Token) -> Token | None:
    """The infinitive of "need(s) to" / "has to": the xcomp, or the clause the parse hangs as a
    purpose clause right after the verb ("Beijing needed to lift …")."""
    return next((c for c in verb.children if c.dep_ == "xcomp"), None) or next(
        (c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == verb.i + 1
         and c.left_edge.tag_ == "TO"), None)


def _wanting(verb: Token) -> bool:
    """'want', or 'would like' ("We would like Japan to lift the ban")."""
    lemma = verb.lemma_.casefold()
    return lemma == "want" or lemma == "like" and any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in verb.children)


def _wanted_step(verb: Token) -> Token | None:
    """What a party wants or seeks when it is a step of policy: the act of "wants to extend
    paid leave" / "wants NATO to station troops" / "wants the sanctions lifted" (a verb of
    POLICY_VERBS), or the thing of "seeks more missiles" / "wants guarantees" (a noun that is
    no office, feeling or vague word). Only a present want, or a past one someone reports
    ("said Russia wanted guarantees"); not negated, nor in a clause that describes, supposes
    or asks ("the jets it wants", "if Kyiv seeks …"), and only of a party named or referred
    to (not "I"/"you", not "people")."""
    wished = verb.lemma_.casefold() == "like" and _wanting(verb)  # a present want, politely
    present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "’s", "'re", "’re", "am")
        for c in verb.children) or wished
    reported = verb.tag_ == "VBD" and verb.dep_ == "ccomp" and _says(verb.head)
    # a party that sought something asked for it ("as Paraguay sought assurances that …"):
    # a past seeking is told as an act, a past wanting only as a wish
    sought = verb.lemma_.casefold() == "seek" and verb.tag_ == "VBD" and any(
        c.dep_ == "nsubj" for c in verb.children)
    timed = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while")
                                         for c in verb.children)
    if not (present or reported or sought) or verb.dep_ in (
            "relcl", "acl", "amod", "advcl", "pcomp", "csubj", "pobj") and not timed or any(
            c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless")
            or c.dep_ == "aux" and c.lower_ in ("could", "might", "would", "may")
            and not wished for c in verb.children):
        return None
    if any(c.dep_ == "conj" and any(a.dep_ == "neg" or a.lower_ in ("cannot", "can't", "can’t")
                                    for a in c.children) for c in verb.children):
        return None  # "wants to release his taxes but can't": a wish he says he cannot meet
    subj = _subject(verb)
    mentions = verb.doc._.actor_mentions or []
    if subj is not None and subj.lower_ == "we" and (_party_asked_to_act(verb, mentions) or
                                                     _wanted_done(verb) is not None):
        pass  # '"We want Serbia to recognise Kosovo," Kurti said': a side asks another to act
    elif subj is None or subj.lower_ in ("i", "you", "one", "who", "that", "which") or not (
            _mention_at(subj, mentions) is not None
            or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or _person_described(subj)):
        return None
    done = _wanted_done(verb)
    if done is not None:
        return done  # "We want the remaining border demarcated": a step by others
    for comp in verb.children:
        if comp.dep_ in ("xcomp", "ccomp") and comp.pos_ == "VERB" and \
                comp.lemma_.casefold() in POLICY_VERBS and (
                    any(c.tag_ == "TO" for c in comp.children)
                    or comp.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in comp.children)):
            return comp
    if _wanting(verb) and _party_asked_to_act(verb, mentions):
        # "wants the West to reconnect its bank": a named party asked to do something
        # (not "wants Kyiv to lose": an outcome, no act asked)
        act = next(c for c in verb.children if c.dep_ in ("xcomp", "ccomp")
                   and any(a.tag_ == "TO" for a in c.children))
        if act.pos_ == "VERB" and act.lemma_.casefold() not in OUTCOME_VERBS:
            return act
    if _wanting(verb) and any(c.dep_ in ("xcomp", "ccomp")
                                                for c in verb.children):
        return None  # "wants Kyiv to lose", "wants to win": no step of policy
    thing = _object(verb)
    if thing is None or thing.pos_ != "NOUN" or thing.lemma_.casefold() in NOT_WANTED | \
            VAGUE_OBJECTS or thing.lower_ in NOT_WANTED:
        return None
    asked_from = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"]
    if _wanting(verb) and thing.lemma_.casefold() not in ASKED_THINGS and not asked_from:
        return None  # "wants a photo op": a wish for oneself, asked of no one
    if thing.lemma_.casefold() in PERMITS and not asked_from and not any(
            p.dep_ == "prep" and p.lower_ == "from" for p in thing.children):
        return None  # "Petrobras is seeking permission to drill": an application, no party
        # named to grant it
    if _wanting(verb) and thing.lemma_.casefold() in WANTED_OUTCOMES and not asked_from and \
            not any(p.dep_ == "prep" and p.lower_ == "from" for p in thing.children):
        return None  # "wants a deal" (not "a deal from Congress"): its own aim
    return thing


# participles that say what kind a thing is ("jets made in America"), not a step wanted
KIND_PARTICIPLES = {"make", "build", "produce", "manufacture", "design", "base", "own", "write",
                    "grow", "train"}


def _wanted_done(verb: Token) -> Token | None:
    """The participle of "wants the border demarcated" / "want the hostages released": a
    thing (not a pronoun, nor one's own name or record) wanted done by others."""
    if verb.lemma_.casefold() != "want":
        return None
    done = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBN"
                 and c.lemma_.casefold() not in KIND_PARTICIPLES and any(s.dep_ == "nsubj" and s.pos_ == "NOUN" and not any(
                     p.dep_ == "poss" for p in s.children) for s in c.children)), None)
    thing = _object(verb)
    if done is None and thing is not None and thing.pos_ == "NOUN" and not any(
            p.dep_ == "poss" for p in thing.children):
        # (the parse may read the participle as a clause on the object)
        done = next((c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.i > thing.i and c.lemma_.casefold() not in KIND_PARTICIPLES), None)
    return done


# What befalls a party or goes on in its mind: no act another can be asked to do
OUTCOME_VERBS = {"lose", "win", "fail", "succeed", "suffer", "die", "collapse", "fall", "know",
                 "understand", "feel", "be", "have", "see", "think", "believe", "realise",
                 "realize", "remember", "get", "become", "look", "seem", "go", "come"}


def _party_asked_to_act(verb: Token, mentions: list[ActorMention]) -> bool:
    """"want(s) <a named party> to <act>": the wanted act has a party of its own as doer."""
    return any(c.dep_ in ("xcomp", "ccomp") and any(a.tag_ == "TO" for a in c.children)
               and _named_party(_wanted_doer(c), mentions) for c in verb.children)


def _wanted_doer(act: Token) -> Token | None:
    """Who is to do an act wanted: its subject ("wants NATO to station troops"), else the
    object of the verb of wanting when the parse hangs the party there ("would like
    Washington to return": 'Washington' the object of 'like', 'return' its clause)."""
    doer = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if doer is None and act.dep_ == "xcomp":
        doer = _object(act.head)
    return doer


def _named_party(token: Token | None, mentions: list[ActorMention]) -> bool:
    return token is not None and (_mention_at(token, mentions) is not None
                                  or token.pos_ == "PROPN"
                                  or token.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"))


def _wanted_addressee(doc: Doc, verb: Token, mentions: list[ActorMention]) -> str | None:
    """Who is to act on what a party wants or seeks: the subject of the wanted act ("wants
    NATO to station troops"), else the one it is sought from ("seeks missiles from allies")."""
    step = _wanted_step(verb)
    if step is not None and step.pos_ == "VERB" and step.tag_ != "VBN":
        doer = _wanted_doer(step)
        if doer is not None:
            return _actor_of(doc, doer, mentions)
    source = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                   for o in p.children if o.dep_ == "pobj"), None)
    return _actor_of(doc, source, mentions) if source is not None else None


def _duty_act(noun: Token) -> Token | None:
    """The act of "X has a responsibility / duty / obligation to <act>": a present duty, or a
    past one reported ("said the two had a responsibility to show …"); not "had no duty to",
    nor the role a relative clause describes ("the committee, which has the obligation to
    oversee …")."""
    have = noun.head
    if noun.dep_ not in ("dobj", "obj") or have.lemma_ != "have" or have.dep_ in (
            "relcl", "acl") or any(
            c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children) or any(
            c.dep_ == "neg" for c in have.children):
        return None
    if have.tag_ not in ("VBZ", "VBP") and not (have.tag_ == "VBD" and _backshifted(have)):
        return None
    return next((c for c in noun.children if c.dep_ in ("acl", "relcl", "xcomp")
                 and c.pos_ in ("VERB", "AUX") and any(a.tag_ == "TO" for a in c.children)),
                None)


def _plan_put_forward(noun: Token) -> bool:
    """A plan or offer its subject puts forward with its content ("put forward a plan under
    which it would remain neutral", "tabled a proposal for a ceasefire", "presented a plan to
    reopen the port"); not one with no content ("unveiled its plan")."""
    verb = noun.head
    lemma = verb.lemma_.casefold()
    laid_out = lemma in PUTTING_OUT and any(c.dep_ == "prt" and c.lower_ == "out"
                                            for c in verb.children)
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or \
            lemma not in PUTTING_FORWARD and not laid_out or lemma == "put" and not any(
                c.dep_ in ("prt", "advmod") and c.lower_ == "forward" for c in verb.children):
        return False
    if any(c.dep_ in ("neg", "auxpass") for c in verb.children) or _subject(verb) is None:
        return False
    # "presented the proposal to Vucic and Kurti", "laid out his plan … to Biden": put to
    # named parties or a delegation (so not only its own course told, even with 'his')
    # (the parse may hang the 'to' deep in the plan's words: "his plan for ending the war
    # with Russia to President Biden")
    # (not a route's end: "a line from Bialystok to Kaunas")
    put_to = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
        o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.lemma_.casefold() in ASKED_SIDES
                              | STATE_AGENTS | OFFICE_WORDS) for o in c.children)
        and not any(f.lower_ == "from" for f in c.head.children)
        for c in [*verb.children, *noun.subtree])
    if _possessor(noun) is not None and not put_to:
        return False  # "Russia unveiled its plan to hold votes": its own course, told
    return _plan_content(noun) is not None or put_to or any(
        # "put forward several ideas, including a joint commission": the ideas listed
        c.dep_ == "prep" and c.lower_ == "including" for c in [*verb.children, *noun.children])


def _draft_text(noun: Token) -> bool:
    """A draft text ("two draft treaties", "a draft agreement", "the draft"): put forward,
    it proposes what it would do."""
    return noun.lemma_.casefold() == "draft" or noun.lemma_.casefold() in TEXT_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "draft" for c in noun.children)


def _plan_content(noun: Token) -> Token | None:
    """What a plan holds: the clause of "a plan under which / by which …", of "a plan to …",
    or the object of "a proposal for / on …"."""
    for c in noun.children:
        if c.dep_ == "relcl" and c.left_edge.pos_ == "ADP":
            return c
        if c.dep_ == "acl" and any(a.tag_ == "TO" for a in c.children):
            return c
        if c.dep_ == "prep" and c.lower_ in ("for", "on"):
            return next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
        if c.dep_ == "relcl" and _draft_text(noun) and any(
                a.dep_ == "aux" and a.lower_ == "would" for a in c.children):
            return c  # "draft treaties that would bar NATO from …"
    return None


def _ruling_body(subj: Token | None) -> bool:
    """Whether the subject is a court or a judge ("the International Court of Justice", "the
    judges", "the ICJ")."""
    if subj is None:
        return False
    words = {t.lower_ for t in subj.subtree if t.i <= subj.i} | {subj.lemma_.casefold()}
    return bool(words & RULING_BODIES)


def _party_object(verb: Token) -> bool:
    """Whether the one told or invited is a party: a name or a state, a body or leaders (not
    "reporters", "him")."""
    thing = _object(verb) or next((s for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                                   for s in c.children if s.dep_ == "nsubj"), None)
    if thing is None:
        return False
    mentions = verb.doc._.actor_mentions or []
    if thing.lower_ == "it" and _recent_actor(verb.doc, thing, mentions) is not None:
        return True  # "warned it not to back …": 'it' a state or body named before
    return thing.lower_ not in PRONOUNS | {"them", "him", "us", "me"} and (
        _mention_at(thing, mentions) is not None or thing.ent_type_ in (
            "GPE", "ORG", "NORP", "PERSON") or thing.lemma_.casefold() in STATE_SUBJECTS |
        CONTACT_SUBJECTS | BODY_NOUNS or thing.lower_ in GROUP_ADDRESSEES)  # "foreign powers"


def _needed_thing(verb: Token) -> bool:
    """A party's own need voiced as a request: "we need more air defence" inside a quote, or
    "said Ukraine needed more air defence"; a thing others give (ASKED_THINGS: not "we need
    money to pay our producers", "we need change"), now, not negated, nor in a clause that
    describes ("the help they need")."""
    thing = _object(verb)
    if thing is None or thing.pos_ != "NOUN" or thing.lemma_.casefold() not in ASKED_THINGS or \
            thing.lemma_.casefold() in NOT_WANTED | {"money", "change", "credit"} or \
            verb.dep_ in ("relcl", "acl", "advcl", "pcomp") or any(
                c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in ("could", "might", "would",
                                                                   "may", "will")
                for c in verb.children):
        return False
    subj = _subject(verb)
    if subj is None or subj.lower_ in ("you", "one", "who", "that", "which", "everyone"):
        return False
    quoted = any(q.start <= verb.idx < q.end for q in verb.doc._.quotes or []) and \
        subj.lower_ in ("we", "i")
    reported = verb.tag_ in ("VBD", "VBZ") and _backshifted(verb)
    return (verb.tag_ in ("VBP", "VBZ") and quoted) or reported


def _pressed_to_act(verb: Token) -> bool:
    """"pressed Putin to allow inspectors", "is pushing Israel to allow aid", "encouraged
    both sides to return": a party pressed (the object, or the subject of the clause) to act,
    told in the active voice."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
        a.tag_ == "TO" for a in c.children) for c in verb.children) or \
        _detached_act(verb) is not None and _party_object(verb)


PRESS_ROOM = {"reporter", "journalist", "interviewer", "questioner", "anchor", "moderator",
              "host", "press", "correspondent"}


def _pressed_on(verb: Token) -> Token | None:
    """The matter a party is pressed on ("presses him on Russian missiles", "pressed Hanoi
    over the detained fishermen"): a demand about it; the one pressed a party or a person
    ('him', 'her'), not pressed by reporters (a question), nor 'pressed on' (went on)."""
    if verb.lemma_.casefold() != "press" or any(c.dep_ in ("auxpass", "nsubjpass")
                                                 for c in verb.children):
        return None
    pressed = _object(verb)
    if pressed is None or not (_party_object(verb) or pressed.lower_ in (
            "him", "her", "them")):
        return None
    subj = _subject(verb)
    if subj is not None and subj.lemma_.casefold() in PRESS_ROOM:
        return None
    return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ in (
        "on", "over", "about") for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
        and o.ent_type_ not in ("DATE", "TIME")), None)


def _detached_act(verb: Token) -> Token | None:
    """The infinitive the parse hangs as a purpose clause when a phrase stands between it and
    the verb ("pressed the junta in Niamey to free …", "offered on Tuesday to broker …"), or
    as a verb joined on when an inserted phrase opens with "and" ("pressed Putin in Geneva,
    and again by telephone in July, to act against …")."""
    return next((c for c in verb.children if (c.dep_ == "advcl" or c.dep_ == "conj" and any(
                    a.dep_ == "aux" and a.tag_ == "TO" and a.i > verb.i
                    and verb.doc[a.i - 1].is_punct for a in c.children)) and c.i > verb.i
                 and c.pos_ in ("VERB", "AUX") and any(a.tag_ == "TO" for a in c.children)
                 and not any(a.dep_ in ("mark", "nsubj") for a in c.children)), None)


def _plan_owner(noun: Token) -> Token | None:
    """Whose plan: "the League's plan", "a Turkish plan", "an Arab League plan"."""
    return _possessor(noun) or _national_owner(noun) or next(
        (c for c in noun.children if c.dep_ == "compound" and c.i < noun.i
         and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")), None)


def _plan_put_to(noun: Token) -> Token | None:
    """The subject of the verb by which a party takes up another's plan with a content ("Syria
    agreed to an Arab League plan to withdraw its army", "Kyiv rejected a Turkish plan for a
    truce"); None for one's own plan ("Russia unveiled its plan to hold votes")."""
    if not any(c.dep_ == "acl" and any(a.tag_ == "TO" for a in c.children) or
               c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
        return None
    owner = _plan_owner(noun)
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if owner is None or noun.dep_ not in ("dobj", "obj", "pobj") or \
            head.lemma_.casefold() not in PLAN_UPTAKE or head.pos_ != "VERB":
        return None
    taker = _subject(head)
    if taker is None or taker.i == owner.i or owner.lower_ in PRONOUNS or \
            taker.lower_ in PRONOUNS and owner.lower_ in ("its", "their", "his", "her"):
        return None
    return taker


def _stray_main_verb(verb: Token) -> Token | None:
    """The subject of a demanding verb the parse hung as a participle on the noun before it
    when it is the sentence's main verb: "Roy Cooper, the governor's rival in the election,
    called Friday for releasing the videos, saying …" read with 'saying' as the root and
    'called' as describing 'election'. Only when the root is a bare participle (no finite
    verb) with a subject before the participle, and the verb asks 'for' something."""
    root = verb.sent.root
    if verb.tag_ == "VBD" and verb.dep_ == "acl" and verb.head.i == root.i and \
            root.pos_ in ("NOUN", "PROPN") and root.i < verb.i:
        # "Its president, Luis Mamani, called on …": a past tense hung on the subject, which
        # the parse made the root for want of a verb
        return root
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or root.tag_ != "VBG" or \
            any(c.dep_ in ("aux", "auxpass") for c in root.children) or \
            not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None


def _misparsed_verb(token: Token) -> bool:
    """A demanding verb the tagger took for a noun: joined to a verb by "and" and taking an
    object and an infinitive of its own ("I welcome … and urge that to happen soon")."""
    return token.pos_ == "NOUN" and token.dep_ == "conj" and token.head.pos_ == "VERB" and \
        token.lemma_.casefold() in DEMAND_VERBS and \
        any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)
            for c in token.children)


def _time_to_act(noun: Token) -> Token | None:
    """The act of "It is (high) time (for X) to act", "Now is the time to talk": the verb of
    the infinitive; not a past "it was time to leave" (narrative), unless reported ("said it
    was time for the parties to negotiate")."""
    be = noun.head
    doc = noun.doc
    before = {t.lower_ for t in doc[max(0, noun.i - 3):noun.i]}
    if noun.dep_ == "npadvmod" and be.tag_ == "VBD" and "it" in before and \
            before & {"is", "'s", "’s"} and any(a.dep_ == "nsubj" and a.i == noun.i + 1 and _a_party(a)
                    for a in be.children):
        return be  # ("It is time Ottawa treated …" parsed with 'time' on the verb)
    if noun.dep_ not in ("attr", "nsubj") or be.lemma_ != "be" or be.tag_ == "VBD" and not (
            be.dep_ == "ccomp" and be.head.lemma_.casefold() in SPEECH) or not any(
            c.dep_ in ("nsubj", "expl", "advmod") and c.lower_ in ("it", "now", "this")
            and c.i != noun.i for c in be.children):
        return None
    to_act = next((c for c in [*noun.children, *be.children]
                   if c.dep_ in ("relcl", "acl", "xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                   and any(a.tag_ == "TO" for a in c.children)), None)
    if to_act is not None:
        return to_act
    # "It is time Washington treated Hanoi as a partner": a party named right after 'time'
    # and a past tense that tells what it has not yet done
    return next((c for c in noun.children if c.dep_ in ("relcl", "ccomp") and c.tag_ == "VBD"
                 and any(a.dep_ == "nsubj" and a.i == noun.i + 1 and _a_party(a)
                         for a in c.children)), None)


def _time_has_come(noun: Token) -> Token | None:
    """The act of "the time (moment) has come for X to act"; not a past "had come"."""
    come = noun.head
    if noun.dep_ != "nsubj" or come.lemma_ != "come" or not any(
            c.dep_ == "aux" and c.lower_ in ("has", "have", "'s") for c in come.children):
        return None
    return next((c for c in [*noun.children, *come.children]
                 if c.dep_ in ("relcl", "acl", "advcl", "xcomp") and c.pos_ in ("VERB", "AUX")
                 and any(a.tag_ == "TO" for a in c.children)), None)


def _best_course(noun: Token) -> Token | None:
    """The act of "the best course (for X) is to act", "the sensible step is for X to act": a
    course judged best recommends it; not a past "the first step was to build a road" (what
    was done) nor a plan's "next step is" (a sequence described, no judgement)."""
    be = noun.head
    if noun.dep_ != "nsubj" or be.lemma_ != "be" or be.tag_ == "VBD" and not (
            be.dep_ == "ccomp" and be.head.lemma_.casefold() in SPEECH):
        return None
    if not any(c.dep_ == "amod" and c.lower_ in COURSE_ADJ for c in noun.children):
        return None
    return next((c for c in be.children
                 if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
                 and any(a.tag_ == "TO" for a in c.children)), None)


def _argued_case(token: Token) -> bool:
    """"There is a (strong) case for …", "made the case for …": an argument for a step; not
    "the case for the defence" in court nor "in the case of"."""
    if not any(c.dep_ == "prep" and c.lower_ == "for" and any(
            o.dep_ in ("pobj", "pcomp") for o in c.children) for c in token.children):
        return False
    head = token.head
    if token.dep_ == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl"
                                                            for c in head.children):
        return True
    if token.dep_ in ("dobj", "obj") and head.lemma_.casefold() in ("make", "build", "press"):
        return True
    return any(c.dep_ == "amod" and c.lower_ in ("strong", "compelling", "good", "powerful",
                                                 "clear", "persuasive") for c in token.children)


def _called_for_clause(verb: Token) -> Token | None:
    """"called for Russian forces to withdraw": the parse hangs the clause under the verb,
    with "for" as its marker."""
    return next((c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)


def _plea_for_act(noun: Token) -> bool:
    """"its appeal for all parties to respect …", "a plea for calm", "the appeal to both sides
    to accept a truce": an appeal or plea that asks for a thing or an act (not a court appeal,
    nor "the appeal of" a cause)."""
    if noun.dep_ in ("dobj", "obj", "nsubjpass") and \
            noun.head.lemma_.casefold() in COURT_APPEAL_VERBS or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj"
                                                            for o in c.children)
               or c.dep_ in ("acl", "advcl") and any(a.tag_ == "TO" for a in c.children)
               for c in noun.children)


def _call_kind(noun: Token) -> bool:
    """"wake-up call", "phone call": a call of a kind that asks nothing."""
    before = doc_text(noun.doc)[noun.left_edge.idx:noun.idx].casefold()
    return any(w in CALL_KINDS for w in re.findall(r"[\w-]+", before)) or \
        "wake" in before.split("-")


def _call_to_act(noun: Token) -> Token | None:
    """The act in "the UN's call to maintain the truce" however the parse hangs it: the verb
    right after "call to"."""
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].tag_ == "TO" and \
            doc[noun.i + 2].tag_ == "VB":
        return doc[noun.i + 2]
    return None


ISSUING_CALLS = {"issue", "renew", "repeat", "reiterate", "launch", "sound", "voice", "echo",
                 "back", "support", "endorse"}


def _answering_with(noun: Token) -> Token | None:
    """The verb of "answered with a proposal", "ended the visit with a call to …" (also when
    the parse hangs 'with' on the verb's object, taken for a verb: "ends Riyadh visit with
    call to …")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    verb = noun.head.head
    if verb.dep_ in ("dobj", "obj") and verb.head.pos_ == "VERB":
        verb = verb.head if verb.head.lemma_.casefold() in ANSWERING_WITH else verb
    return verb if verb.pos_ == "VERB" and verb.lemma_.casefold() in ANSWERING_WITH else None


def _call_to_an_act(noun: Token) -> Token | None:
    """The act of "a call to conclude the agreement" / "a call to countries outside the
    region to stop …" (a to-infinitive the parse hangs on the noun); not "a tough call to
    make" (the call is what is made)."""
    doc = noun.doc
    act = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and any(
        a.tag_ == "TO" for a in c.children)), None) or _call_to_act(noun)
    to = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if act is None and to is not None and to.lower_ == "to" and to.pos_ == "ADP":
        # "a call to countries outside the region to stop …": the act after those called,
        # the first infinitive within a few words with no verb before it
        for k in range(to.i + 1, min(len(doc) - 1, to.i + 10)):
            if doc[k].pos_ in ("VERB", "AUX") and doc[k].tag_ != "TO" or doc[k].text in ";:":
                break
            if doc[k].tag_ == "TO" and doc[k + 1].tag_ == "VB":
                act = doc[k + 1]
                break
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.casefold() not in ISSUING_CALLS:
        return None  # "took a call to discuss the deal": a telephone call
    if act is None or act.lemma_.casefold() in ("make", "take") and _object(act) is None:
        return None
    return act


def _called_on_to(verb: Token) -> bool:
    """"called on the EU to tighten sanctions", "appealed to both sides to let civilians
    leave": a party called upon to act."""
    preps = ("to",) if verb.lemma_.casefold() == "appeal" else ("on", "upon")
    # ('on' read as a particle: "has called on police to release …")
    on = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in preps
               and not _names_a_time(c)), None)
    if on is None:
        return False  # ("called the minister on Monday to discuss …": a day, a phone call)
    # the infinitive hangs on the verb (also read as a purpose clause), or on the one called on
    split = _split_perfect(verb)
    if split is not None and split.i > verb.i and any(c.tag_ == "TO" for c in split.children):
        return True
    return any(c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children)
               for c in verb.children) or any(
        c.dep_ in ("acl", "relcl") and any(a.tag_ == "TO" for a in c.children)
        for o in on.children for c in o.children)


def _names_a_time(prep: Token) -> bool:
    """"on Monday", "on 3 May", "on Tuesday night": a preposition whose object is a time."""
    return any(o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or o.lower_ in WEEKDAYS)
               for o in prep.children)


def _for_a_while(prep: Token) -> bool:
    """"for years", "for months": a preposition whose object is a stretch of time (not "called
    for today to be a day of rage": a day named is what is called for)."""
    return any(o.dep_ == "pobj" and o.lemma_.casefold() in TIME_NOUNS and o.tag_ == "NNS"
               for o in prep.children)


def _denied(token: Token) -> bool:
    """A demand or proposal inside what a party denies: "denied that it had asked Moscow for
    weapons", "refuted claims it demanded a seat": the denier makes no demand, and the
    demand denied is not reported as made; nor one there is no sign of."""
    clause = token
    while clause.dep_ in ("ccomp", "xcomp", "conj", "acl") and clause.head.i != clause.i:
        head = clause.head
        if head.lemma_.casefold() in DENY_VERBS and head.pos_ == "VERB":
            return True
        if head.pos_ == "NOUN" and head.lemma_.casefold() in CLAIM_NOUNS and \
                head.head.lemma_.casefold() in DENY_VERBS | {"dismiss", "reject"}:
            return True  # "dismissed reports that Cairo had demanded …"
        if head.pos_ == "NOUN" and head.lemma_.casefold() in EVIDENCE_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return True  # "there is no sign that Trump pressed for their release": not made
        clause = head
    return False


def _asked_for_an_act(verb: Token) -> bool:
    """"asked NATO for fighter jets", "asked Western leaders to close the skies": a party asked
    (the object) for a thing or an act; not "asked whether", nor the passive "was asked"."""
    asked = _object(verb)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    if asked is None:
        # "Republicans had asked for the information": a party asking, no one named asked
        subj = _subject(verb)
        wanted = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                  for o in p.children if o.dep_ == "pobj"]
        # "Ankara asked to buy 40 jets": a party asking leave to act
        act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                    and any(a.tag_ == "TO" for a in c.children)), None)
        return subj is not None and (bool(wanted) or act is not None) and (
            subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.pos_ == "PROPN"
            or _person_described(subj) or subj.lower_ in ("he", "she", "they", "we")) and \
            not any(o.lemma_.casefold() in PRESS_ASKS for o in wanted)
    if not asked.ent_type_ and asked.lemma_.casefold() not in ASKED_PARTIES | ASKED_SIDES \
            and not any(c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")
                        for c in asked.children) and not (
                asked.lower_ in ("it", "them", "him", "her") and _party_before(asked)) and not (
                asked.lower_ in TITLE_WORDS and _names_holder(asked)):
        # "asked the crowd to welcome the governor": no party is asked; the one met ("asked
        # his guest for …"), a side named by its nation ("asked the Korean side"), a party
        # told before ("we are asking it to open …") or an office whose holder or state is
        # named ("asked Senegal's President Faye to …") is one
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) or any(
        c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in verb.children)


def _names_holder(office: Token) -> bool:
    """"President Bassirou Faye", "Kenya's foreign minister", "the prime minister, Ana
    Lopes": an office the words tie to a named person or state (the parse's head of a title
    is often the title word, the name its apposition or compound)."""
    return any(c.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") and (
        c.dep_ in ("appos", "compound") or c.dep_ == "poss" and c.i < office.i)
        for c in office.children)


def _person_described(noun: Token) -> bool:
    """A common noun that a named person stands in: "the mayor of the town, Julio Paredes",
    "its delegation, headed by Afi Mensah" (an apposition, or one led or headed by)."""
    return _described_as(noun) is not None


def _described_as(noun: Token) -> Token | None:
    """The person named for a common noun: its apposition ("the mayor, Julio Paredes"; also
    where the parse hangs it on the noun of a phrase after it: "his rival in Tripoli, Khaled
    Senussi"), or the one who heads or leads it ("its delegation, headed by Afi Mensah")."""
    for c in noun.children:
        if c.dep_ == "appos" and c.ent_type_ == "PERSON":
            return c
        if c.dep_ == "prep" and c.i > noun.i:
            named = next((a for o in c.children if o.dep_ == "pobj" for a in o.children
                          if a.dep_ == "appos" and a.ent_type_ == "PERSON"), None)
            if named is not None:
                return named
        if c.dep_ == "acl" and c.lemma_.casefold() in ("head", "lead"):
            # (or the title there with the name apposed: "led by its chairman Hamisi Juma")
            named = next((n for a in c.children if a.dep_ == "agent" for o in a.children
                          for n in (o, *(x for x in o.children if x.dep_ == "appos"))
                          if n.ent_type_ == "PERSON"), None)
            if named is not None:
                return named
    return None


# what a party does when it brings a proposal of its own: "answered with a proposal to …"
ANSWERING_WITH = {"answer", "respond", "reply", "counter", "come", "return", "follow", "open",
                  "end", "close", "conclude", "wrap"}
NO_ONE = {"neither", "none", "nobody", "noone", "nothing"}
DOUBTING_VERBS = {"question", "doubt", "dispute", "deny", "challenge", "reject", "dismiss"}


def _party_before(pronoun: Token) -> bool:
    """Does an object 'it' / 'them' stand for a party: one the actor resolver gave it, else
    the subject of the sentence before when a party ('Morocco has done much. We are asking
    it to …'), or for 'them' leaders or sides named there ('He has written to both
    presidents. "I am asking them to …"')."""
    doc = pronoun.doc
    mentions = doc._.actor_mentions or []
    if _mention_at(pronoun, mentions) is not None:
        return True
    if pronoun.sent.start == 0:
        return False
    before = doc[pronoun.sent.start - 1].sent
    subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass")
                    and t.head.dep_ == "ROOT"), None)
    if subject is not None and pronoun.lower_ == "it" and _mention_at(subject, mentions) \
            is not None and subject.lower_ not in PRONOUNS:
        return True
    return pronoun.lower_ == "them" and any(
        t.tag_ in ("NNS", "NNPS") and (t.lower_ in GROUP_ADDRESSEES
                                       or t.lemma_.casefold() in ASKED_PARTIES)
        for t in before)


def _excluded(token: Token, verb: Token, sent: Span) -> bool:
    """Uses that recommend or demand nothing."""
    subject = _subject(verb) if token.pos_ == "VERB" and token.i == verb.i else None
    if subject is not None and (subject.lower_ in NO_ONE or any(
            c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children)):
        return True  # "Neither side has called for mediation", "nobody asked for it": none did
    said_to = _subject(verb) if token.lower_ in MODALS else None
    if said_to is not None and (said_to.lower_ in ("nobody", "noone") or said_to.lower_ == "one"
                                and any(c.dep_ == "det" and c.lower_ == "no"
                                        for c in said_to.children)):
        return True  # "Nobody should mistake this for a breakthrough": a judgement put to all
        # readers, no party asked (not "none of his arguments should prevent him from …")
    if token.lower_ in MODALS and verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "because" for c in verb.children):
        return True  # "Because every member must approve a new entrant, the objection could
        # delay …": a reason given, a rule or premise, no step urged
    if token.pos_ == "NOUN" and token.lemma_.casefold() in NEED_NOUNS and \
            token.dep_ in ("dobj", "obj") and token.head.lemma_.casefold() in DOUBTING_VERBS:
        return True  # "questioned the need for a new treaty": a need doubted, none urged
    if token.pos_ == "NOUN" and token.lemma_.casefold() == "request" and _allowed_on_request(
            token):
        return True  # "a pact that allows troops to be deployed at Honiara's request": what
        # the terms allow, should one ask; no request made
    if token.lower_ in MODALS and verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("because", "since") for c in verb.children) and \
            verb.head.lemma_.casefold() in DEMAND_VERBS:
        return True  # "demands that ports be spared, because food must not be a weapon": the
        # reason given is part of the one demand
    if token.pos_ == "NOUN" and token.lemma_.casefold() in ("call", "demand", "appeal", "plea",
                                                            "proposal") \
            and token.dep_ == "attr" and token.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lower_ in ("this", "that", "it", "these", "those", "they")
            for c in token.head.children):
        return True  # "this is not a call for talks, it is a call for surrender", "they are
        # proposals for surrender": a judgement of what others put forward
    if not (verb.dep_ == "relcl" and (_relative_of_a_party_or_idea(verb)
                                      or _told_at_the_time(verb) or _told_that(verb))) and any(
            t.tag_ in ("WP", "WDT", "WRB") and t.dep_ in ("dobj", "nsubj", "nsubjpass", "advmod",
                                                          "attr") and not _reason_given(t)
            # (not a relative 'when' after a day: "on July 30, when the leaders gave …", nor
            # 'where' after a place: "at the palace, where he called for …")
            and not (t.lower_ in ("when", "where") and verb.dep_ == "relcl"
                     and t.head.i == verb.i)
            for t in [*verb.children, *(c for x in verb.children if x.dep_ == "xcomp"
                                        for c in x.children)]) and not _how_heading(token, verb) \
            and _cleft_need(verb) is None:
        return True  # "What Biden needs to do": a heading or a question, not a proposal
    if token.pos_ == "VERB" and token.i == verb.i and verb.dep_ in ("ccomp", "dobj") and \
            verb.left_edge.tag_ in ("WP", "WDT") and verb.left_edge.i < verb.i and any(
                c.dep_ == "prep" and c.i > verb.i and any(o.i == verb.left_edge.i
                                                          for o in c.children)
                for c in verb.children):
        return True  # "should tell voters what Washington will ask for": what is asked, told
        # or known, not a request made
    if token.lemma_.casefold() in ("have", "need") and _feared(verb):
        return True  # "we are concerned that she will have to spend her time …": a fear
    if _mocked(verb):
        return True  # "Oh yes, Kyiv should just give up Crimea, he scoffed": no proposal of his
    if token.lower_ in MODALS and _agreed_term(verb):
        return True  # "the leaders agreed that a ceasefire should be in place": a term agreed
    if token.lower_ == "should" and _expectation(verb):
        return True  # "talks should resume next week, officials said": expected, not urged
    if token.lower_ in MODALS and _maxim(verb):
        return True  # "the Golden Rule that you should do unto others": a maxim recalled
    if (token.lower_ in MODALS or token.pos_ == "VERB" and token.i == verb.i
            and token.lemma_.casefold() in DEMAND_VERBS) and _embedded_question(verb):
        # "weighed in on whether the video should be released", "Asked whether she had urged
        # Russia to withdraw": asked about, not urged nor demanded
        return True
    if token.lower_ in MODALS and verb.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lemma_.casefold() in EVIDENT_ADJ for c in verb.children):
        return True  # "it should be obvious that …": a conclusion, not a recommendation
    if verb.dep_ == "relcl" and verb.head.lower_ in ("all", "everything", "anything", "what"):
        return True  # "All you need to know": a heading, no step urged
    if token.lower_ in MODALS and verb.lemma_.casefold() in GRASP_VERBS and any(
            c.dep_ == "ccomp" and c.left_edge.tag_ not in ("WP", "WDT", "WRB")
            for c in verb.children):
        # "must understand that the price will be higher": an insight urged (not "voters
        # should know what the questions are", which asks for the facts)
        return True
    if token.lower_ in MODALS and any(c.dep_ == "aux" and c.lower_ == "have" and c.i > token.i
                                      for c in verb.children) and verb.tag_ == "VBN":
        return True  # "should have acted sooner": blame for the past, no proposal
    if token.pos_ == "VERB" and token.i == verb.i and any(
            c.dep_ in ("dobj", "obj") and c.lower_ in VAGUE_OBJECTS for c in verb.children):
        return True  # "has proposed little", "hasn't proposed anything": nothing proposed
    if token.lower_ in MODALS and LEGAL_BASIS.search(
            doc_text(token.doc)[sent.start_char:token.idx]):
        return True  # "Under section 304 of the Act, certificates must be presented …": a rule
    if token.lower_ in MODALS:
        # Inverted conditional: "Should France commit …, it would …" (modal before subject).
        subj = _subject(verb)
        if subj is not None and token.i < subj.i and (token.i == sent.start + _lead(sent) or
                                                       token.lower_ == "should"):
            return True  # (also mid-sentence: "…, should she become president")
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "like", "than")
                                        for c in verb.children):
            return True  # "isn't told like it should be": a comparison
    if token.pos_ == "VERB" and token.i == verb.i and token.lemma_.casefold() in DEMAND_VERBS \
            and _promised_act(verb):
        return True  # "in return for German promises to push for new measures": a pledge to
        # ask one day, no demand made
    if token.pos_ == "VERB" and token.lemma_.casefold() in DEMAND_VERBS and _supposed(token):
        return True  # "Say Mexico demanded …", "it could …, pushing for …": imagined, not made
    if _denied(token) or _denied(verb):
        return True
    if token.pos_ == "VERB" and token.i == verb.i and token.lemma_.casefold() in DEMAND_VERBS \
            and any(c.dep_ == "neg" for c in token.children):
        return True  # "Africa is not asking for charity", "never called for …": none made
    if token.lemma_.casefold() == "insist":
        # "insists that he has no plans to invade" is a denial, not a demand.
        comp = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if comp is not None and any(t.lower_ in ("no", "not", "n't", "never")
                                    for t in comp.subtree) and not _bare_passive(comp):
            return True  # (but "insisted that no worker be sent back" demands it)
        if comp is not None and not any(c.lower_ in ("should", "must") or c.tag_ == "VB"
                                        for c in comp.children) and not _subjunctive(comp):
            return True  # "insisted that X is Y": a claim, not a demand
        if comp is not None and any(c.dep_ == "aux" and c.lower_ in (
                "will", "would", "can", "could", "may", "might", "'ll") for c in comp.children):
            return True  # "insisted that climate will be handled separately": a claim of
            # what will happen, not a demand
    if token.lemma_.casefold() == "demand" and token.pos_ == "NOUN":
        # "his security demands" mentioned in passing, with no content, is not a new demand
        return not any(c.dep_ in ("acl", "ccomp", "prep") for c in token.children) and \
            not any(c.dep_ == "amod" for c in token.children) and _listed_asks(token) is None \
            and _stray_that_clause(token) is None
    return False


PROMISE_WORDS = {"promise", "pledge", "commit", "commitment", "undertaking", "undertake"}


def _promised_act(verb: Token) -> bool:
    """An infinitive that is what a party promises or pledges ("promised to press for new
    sanctions", "German promises to support the sector and to push for new measures"),
    also as the second of two infinitives."""
    node = verb
    for _ in range(3):
        if not any(c.tag_ == "TO" for c in node.children) or node.head.i == node.i:
            return False
        if node.dep_ in ("xcomp", "acl"):
            return node.head.lemma_.casefold() in PROMISE_WORDS
        if node.dep_ != "conj":
            return False
        node = node.head
    return False


def _told_that(verb: Token) -> bool:
    """"the ayatollah told the pope that Christians should live …": a that-clause with its
    own subject after the one told, which the parse may read as a relative clause on them."""
    if verb.dep_ == "relcl" and _reported_under(verb) is not None:
        return True  # ("told reporters after the talks that Mexico needed to …")
    that = next((c for c in verb.children if c.lower_ == "that" and c.i < verb.i), None)
    return that is not None and verb.head.dep_ in ("dobj", "dative") and \
        verb.head.head.lemma_.casefold() in TELLING_VERBS and any(
            c.dep_ == "nsubj" and c.i > that.i for c in verb.children)


HOSTING_ACTS = {"host", "mediate", "broker"}
# what a party is ready to give or do for others, which offers it ("was willing to extend the
# credit line", "stands ready to fund the system"); not force ("prepared to use every
# instrument", "ready to respond") nor its own course
READY_OFFERS = HOSTING_ACTS | {"extend", "provide", "fund", "finance", "contribute", "share",
                               "supply", "lift", "ease", "reopen", "release", "cover", "pay",
                               "grant", "guarantee", "facilitate", "resume"}
READY_ADJ = {"ready", "willing", "prepared"}


def _done_well(verb: Token) -> Token | None:
    """The act in "X would do better (well, best) to V": advice to X, told as what X would gain
    by it (V returned), not X acting."""
    if verb.lemma_.casefold() != "do" or not any(
            c.dep_ == "advmod" and c.lower_ in ("better", "well", "best") and c.i == verb.i + 1
            for c in verb.children) or not any(
            c.dep_ == "aux" and c.lower_ in ("would", "might", "'d", "’d") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i
                 and c.pos_ in ("VERB", "AUX") and any(a.tag_ == "TO" and a.i < c.i
                                                       for a in c.children)), None)


def _ready_to(verb: Token) -> bool:
    """'is ready to host it', 'was willing to mediate': readiness to host or to mediate offers
    it (not 'is not ready to', nor readiness for anything else: 'prepared to use every
    instrument' warns)."""
    ready = verb.head
    return verb.dep_ == "xcomp" and ready.lemma_.casefold() in READY_ADJ and \
        ready.dep_ in ("acomp", "oprd") and ready.head.lemma_ in ("be", "stand") and not any(
            c.dep_ == "neg" for c in [*ready.children, *ready.head.children])


def _told_at_the_time(verb: Token) -> bool:
    """"Wang replied at the time that the concerns should be taken seriously": the parse reads
    the that-clause as a relative clause on 'time' in the time phrase of a verb of saying; it
    is what was said (a clause with a subject of its own, 'that' filling no role in it)."""
    phrase = verb.head.head
    return verb.head.lemma_.casefold() in ("time", "moment") and phrase.dep_ == "prep" and \
        phrase.lower_ == "at" and phrase.head.lemma_.casefold() in SPEECH and any(
            c.dep_ == "advmod" and c.lower_ == "that" for c in verb.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _expectation(verb: Token) -> bool:
    """"should" of expectation: an event or thing (not a party) that should happen at a time
    ("the talks should resume next week", "the pipeline should be completed by 2027") or have
    an effect ("the visit should give trade a lift"); not "the talks should focus on …"."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.casefold() not in THING_NOUNS:
        return False
    lemma = verb.lemma_.casefold()
    if lemma in EFFECT_VERBS:
        if any(c.lower_ == "together" for c in verb.children):
            return False  # "the conference should bring together coastal states": who is to
            # take part, urged
        # active, acting on something ("sanctions should be lifted" is urged, not expected)
        return subj.dep_ == "nsubj" and _object(verb) is not None
    if lemma == "take" and not any(c.lower_ == "place" for c in verb.children):
        return False
    if lemma == "be" and not any(c.dep_ == "acomp" and c.lemma_.casefold() in DONE_ADJ
                                 for c in verb.children):
        return False
    if lemma not in PROCESS_VERBS | {"take", "be"}:
        return False
    # ("should last about seven hours": a duration parsed as the object)
    return any(_scheduled(c) for c in verb.children
               if c.dep_ in ("npadvmod", "advmod", "prep", "tmod", "obl")
               or c.dep_ == "dobj" and lemma == "last")


def _scheduled(mod: Token) -> bool:
    """A time the thing is expected at: "next week", "by 2027", "on Sunday", "soon"; not an
    urgency ("immediately", "now", "without delay"), which demands."""
    if mod.lower_ in ("soon", "shortly", "later"):
        return True
    return any(t.ent_type_ in ("DATE", "TIME") and t.lower_ not in ("now", "today")
               for t in mod.subtree)


def _subjunctive(verb: Token) -> bool:
    """A bare verb after a singular subject ('that Israel keep its edge', 'that Sweden
    extradite them'): the form of a demand, not of a claim ('that Israel keeps')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.tag_ in ("VB", "VBP") and subject is not None and subject.tag_ in ("NN", "NNP") \
        and verb.lower_ == verb.lemma_.casefold() and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children)


RENEWING_VERBS = {"reiterate", "renew", "repeat", "restate", "extend", "float", "broach",
                  "raise"}


def _renewed_offer(noun: Token) -> bool:
    """An offer, proposal or idea with its content that a party repeats or floats ("reiterated
    its offer to host talks", "floated the idea of a buffer zone"), its own or not."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.lemma_.casefold() not in RENEWING_VERBS or \
            any(c.dep_ == "neg" for c in verb.children) or _subject(verb) is None:
        return False
    return any(c.dep_ == "acl" and any(a.tag_ == "TO" for a in c.children) or
               c.dep_ == "prep" and c.lower_ in ("of", "for") for c in noun.children)


def _suggested_step(verb: Token) -> bool:
    """Whether a party suggests a step: 'suggested that the two navies hold a meeting' (a
    bare verb or a modal), 'suggested holding talks'; not a claim ('suggested that it was a
    mistake') nor what evidence suggests."""
    subj = _subject(verb)
    if subj is None or not (_a_party(subj) or subj.lower_ in ("he", "she", "they", "we")
                            or _person_described(subj)):
        return False
    for comp in verb.children:
        if comp.dep_ in ("xcomp", "dobj") and comp.tag_ == "VBG":
            return True
        if comp.dep_ == "ccomp" and (
                _subjunctive(comp) or _bare_passive(comp) or any(
                    c.lower_ in MODALS for c in comp.children) or
                comp.tag_ == "VBP" and not any(c.dep_ in ("aux", "auxpass", "neg")
                                               for c in comp.children)):
            return True
    return False


def _condition_stated(noun: Token) -> Token | None:
    """The clause of "Her (Our, Kyiv's) condition is that …": a party's condition told with
    its content, in the form of a demand (a bare verb or 'should'/'must'), not a state of
    things ("the condition of the roads is poor")."""
    be = noun.head
    if noun.dep_ != "nsubj" or be.lemma_ != "be" or _possessor(noun) is None:
        return None
    comp = next((c for c in be.children if c.dep_ == "ccomp" and c.i > be.i), None)
    if comp is None or not (_bare_passive(comp) or _subjunctive(comp) or any(
            c.lower_ in MODALS for c in comp.children)):
        return None
    return comp


def _bare_passive(verb: Token) -> bool:
    """A passive with a bare 'be' and no modal ('that no worker be sent back', 'that the
    study be completed first'): the form of a demand."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be"
                                      for c in verb.children) and not any(
        c.dep_ == "aux" for c in verb.children)


def _agreed_term(verb: Token) -> bool:
    """Is ``verb`` in a clause that parties agreed to ('The leaders agreed that a ceasefire
    should be in place', 'they agreed that the two sides must resume talks')? Agreed terms
    bind those who agreed: nobody asks anything of anybody. One who agrees alone concurs
    with a proposal, and so makes it too."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    head = clause.head
    if not (clause.dep_ == "ccomp" and head.i != clause.i and head.lemma_.casefold() == "agree"
            and not any(c.dep_ == "neg" for c in head.children)):
        return False
    parties = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    shared = head
    while not parties and shared.dep_ == "conj" and shared.head.i != shared.i:
        # "He and Petro met in Leticia and agreed that the summit should …": the subject of
        # the first verb agrees too
        shared = shared.head
        parties = [c for c in shared.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(c.tag_ in ("NNS", "NNPS") or c.lower_ in ("they", "we", "both")
               or any(g.dep_ == "conj" for g in c.children) for c in parties):
        return False  # ('Rendell agreed that the rules should change'): one who concurs
    # ('the ministers agreed that Iran must halt enrichment': a third party named is asked)
    agreers = {t.lower_ for c in parties for t in c.subtree}
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return not (subject is not None and subject.pos_ == "PROPN"
                and subject.lower_ not in agreers)


def _how_heading(token: Token, verb: Token) -> bool:
    """"How Biden Can (and Should) Cooperate with Putin": a heading that names the step it
    recommends (a line of its own, no question mark, 'how' on a verb of content, not "How
    Europe should do it")."""
    doc = token.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    return token.lower_ in MODALS and verb.lemma_.casefold() != "do" and \
        not line.endswith(("?", ".", "!")) and len(line.split()) <= 14 and any(
            c.lower_ == "how" and c.dep_ == "advmod" and c.i < token.i for c in verb.children)


def _mocked(verb: Token) -> bool:
    """Whether the clause is told to mock it: a verb of scorn above it, or credited beside it
    ("…, the analyst scoffed"), or a credit said sarcastically."""
    credits = [verb, *list(verb.ancestors)[:4]]
    credits += [c for h in credits[:2] for c in h.children if c.dep_ in ("parataxis", "conj")
                and c.i > verb.i]
    return any(c.pos_ == "VERB" and (c.lemma_.casefold() in MOCK_VERBS or any(
        a.dep_ == "advmod" and a.lower_ in MOCK_ADVERBS for a in c.children)) for c in credits)


def _had_noun(verb: Token) -> bool:
    """"the opportunity that Hillary has to speak", "the right they have to vote": 'have' whose
    clause describes a noun of means or chance (however the parse hangs the clause)."""
    if verb.lemma_ != "have":
        return False
    if verb.dep_ == "relcl":
        return verb.head.lemma_.casefold() in HAD_NOUNS
    first = verb.left_edge
    before = verb.doc[first.i - 1] if first.i > verb.sent.start else None
    return first.lower_ in ("that", "which") and before is not None and \
        before.lemma_.casefold() in HAD_NOUNS


def _feared(verb: Token) -> bool:
    """A necessity told inside what someone fears ("concerned that X may lie, and that Y will
    have to …"): a word of fearing earlier in the sentence, then 'that' before the verb (read
    on the words: the parse of such lists of clauses is unreliable)."""
    sent = verb.sent
    fear = next((t.i for t in sent if t.i < verb.i and t.lemma_.casefold() in FEAR_WORDS),
                None)
    # (not past a "but": "respected Warsaw's concerns, but that Poland had to …" contrasts)
    return fear is not None and any(t.lower_ == "that" and fear < t.i < verb.i
                                    for t in sent) and \
        not any(t.lower_ == "but" and fear < t.i < verb.i for t in sent)


def _maxim(verb: Token) -> bool:
    """A rule of life told about anyone: 'you' or 'one' as the subject of a clause that
    spells out a rule, principle or saying ("I believe in the rule that you should …")."""
    subj = _subject(verb)
    if subj is None or subj.lower_ not in ("you", "one") or \
            verb.dep_ not in ("acl", "ccomp", "relcl", "appos"):
        return False
    first = verb.left_edge
    before = verb.doc[first.i - 1] if first.i > 0 else None
    # (the parse may hang the clause on the verb before the noun: "live by the rule that")
    return verb.head.lemma_.casefold() in MAXIM_NOUNS or first.lower_ == "that" and \
        before is not None and before.lemma_.casefold() in MAXIM_NOUNS


def _supposed(verb: Token) -> bool:
    """A demand one imagines rather than makes: opened by "Say"/"Suppose"/"Imagine", put as a
    condition ("if X asked"), or told with "could"/"might" (also on the verb a participle hangs from: "It could take Kyiv to
    court, pushing for damages")."""
    doc = verb.doc
    lead = verb.sent.start + _lead(verb.sent)
    if doc[lead].lower_ in ("say", "suppose", "imagine", "assume") and lead < verb.i and \
            not any(c.dep_ == "nsubj" and c.i < lead for c in doc[lead].children):
        return True
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                    for c in verb.children):
        return True  # "ready to appoint an expert if both governments requested one": a
        # request that would open the door, not one made
    holders = [verb] + ([verb.head] if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj")
                        else [])
    return any(c.dep_ == "aux" and c.lower_ in ("could", "might")
               for h in holders for c in h.children)


def _reason_given(wh: Token) -> bool:
    """"That's why the party should be prepared", "which is why we must act": 'why' after
    'that is' gives a reason for the step, it asks nothing."""
    clause = wh.head
    return wh.lower_ == "why" and clause.dep_ in ("ccomp", "attr", "advcl") and \
        (clause.head.lemma_ == "be" or clause.head.lower_ in ("’s", "'s")) and any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "this", "which", "it")
            for c in clause.head.children)


def _embedded_question(verb: Token) -> bool:
    """A clause opened by 'whether' or 'if' as the object of a verb or preposition ("spoke on
    whether the video should be released", "asked if Kyiv must concede"): a question."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children) and \
                node.dep_ in ("pcomp", "ccomp", "pobj", "xcomp", "csubj"):
            return True
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return False
        if node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ", "VBP") and \
                node.tag_ != node.head.tag_:
            return False  # "asked whether Iran would attend and urged Tehran to …": a verb of
            # its own tense goes on with the asker, outside the question
        node = node.head
    return False


WANTING_VERBS = {"want", "expect", "like", "need", "wish"}


def _act_wanted_of(verb: Token) -> bool:
    """A verb of asking that is itself the act another party wants or asks of its subject:
    an infinitive with its own subject in the clause of 'want' / 'ask' ("wanted Moscow to
    press Tehran", "wants Algeria to urge the junta …")."""
    head = verb.head
    return verb.dep_ in ("ccomp", "xcomp") and any(a.tag_ == "TO" for a in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children) and head.pos_ == "VERB" and (
            head.lemma_.casefold() in WANTING_VERBS | set(DEMAND_VERBS))


def _stray_that_clause(noun: Token) -> Token | None:
    """The that-clause right after a noun that the parse hung on a verb above ("their
    differences over Moscow's demand that NATO stop expanding": 'stop' a clause of
    'narrowing'): the noun's content, a clause with a subject of its own."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "that":
        return None
    mark = doc[noun.i + 1]
    clause = mark.head
    if mark.dep_ != "mark" or clause.i == noun.i or noun in clause.subtree or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    return clause


def _told_cannot(verb: Token) -> bool:
    """What a party is told cannot be done ("told Erdogan that Turkey could not keep the
    Russian system", "told the delegation that the filling could not continue without an
    agreement"): a step forbidden, so asked. Only told to a party, of another party or a
    thing (not "told reporters that they could not stay", nor "told him that we could not
    come": the teller's own limits)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.casefold() not in ("tell", "warn", "inform") \
            or not _party_object(verb.head) or not any(
                c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in verb.children) \
            or not any(c.dep_ == "neg" for c in verb.children):
        return False
    subj = _subject(verb)
    teller = _subject(verb.head)
    if subj is None or subj.lower_ in ("i", "we", "he", "she", "they", "it", "you"):
        return False
    mentions = verb.doc._.actor_mentions or []
    own = _mention_at(teller, mentions) if teller is not None else None
    doer = _mention_at(subj, mentions)
    # (nor "Hartley told Santoso that Canberra could not release them": his own state)
    return own is None or doer is None or doer not in (own, _state_of_person(verb.doc, own))


def _thing_to_be(verb: Token) -> bool:
    """A thing, not a party, that has to be so ("competition had to be fair", "the schedule
    has to be predictable"): a condition set on it, unlike a party's attitude ("we have to be
    realistic", "Europe has to be ready")."""
    subj = _subject(verb)
    return subj is not None and subj.pos_ == "NOUN" and subj.ent_type_ in ("", "O") and \
        subj.lemma_.casefold() not in ASKED_PARTIES | STATE_SUBJECTS | ASKED_SIDES | \
        STAFF_NOUNS | MEMBER_NOUNS | BODY_NOUNS | {"people", "person", "man", "woman"}


def _told_necessity(token: Token) -> bool:
    """"had to", "has had to", "needed to", "would have to": a necessity told as past or as a
    consequence, not a step recommended."""
    if (token.tag_ == "VBD" or _finite_participle(token)) and _backshifted(token):
        return False  # "Xi said Washington in turn had to respect …": "has to", reported
    if _terms_told(token):
        return False  # "said any deal would have to include farming": terms set, reported
    if token.dep_ == "ccomp" and token.head.lemma_.casefold() in ("tell", "warn", "inform") \
            and _object(token.head) is not None and _party_object(token.head) and any(
                c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in token.children):
        return False  # "told the government that any new program would have to include …":
        # the terms put to the party told, not a consequence foreseen
    if token.tag_ in ("VBD", "VBN", "VBG"):
        return True  # (and "not even needing to mention")
    # "would have to", "might have to", "may need to", "didn't need to", "don't have to"
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "might", "may", "could", "did")
               or c.dep_ == "neg" and token.lemma_ == "have" for c in token.children)


def _finite_participle(verb: Token) -> bool:
    """A past tense the tagger took for a participle ("He said the two countries needed to
    …": VBN with no auxiliary of its own, the main verb of its clause)."""
    return verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "conj", "ROOT") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.children)


# What a party sets terms for: 'any deal would have to include …'
TERMS_NOUNS = TEXT_NOUNS | {"deal", "settlement", "solution", "arrangement", "ceasefire",
                            "truce", "peace", "code", "compromise", "pact", "framework",
                            "mechanism", "package", "plan", "resolution"}


def _terms_told(verb: Token) -> bool:
    """"would have to" / "would need to" in what a party says of a settlement to come ("Amherd
    said a lasting solution would have to involve both parties", "any new arrangement would
    need to reflect the advice"): the terms it sets, not a consequence foreseen. Not a
    procedure ("any deal would have to be ratified by parliament": an agent named)."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ccomp" or node.head.lemma_.casefold() not in SPEECH or not any(
            c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
        return False
    subj = _subject(verb)
    act = _needed_act(verb)
    if subj is None or subj.pos_ != "NOUN" or act is None or any(
            c.dep_ == "agent" for c in act.children):
        return False
    return subj.lemma_.casefold() in TERMS_NOUNS or any(
        c.dep_ == "det" and c.lower_ == "any" for c in subj.children)


def _says(verb: Token) -> bool:
    """A verb of saying, or "made (it) clear" ("Mori made clear that Tokyo wanted Manila to
    finish the review": what he made clear is reported as what he said)."""
    return verb.lemma_.casefold() in SPEECH or verb.lemma_.casefold() == "make" and any(
        c.lower_ == "clear" and c.dep_ in ("oprd", "ccomp", "acomp", "dobj")
        for c in verb.children)


def _backshifted(verb: Token) -> bool:
    """A past verb of duty that reports a present one ("Wang said the United States had to
    choose", "said the two countries had a responsibility to …"): in a that-clause of a verb of
    saying, with a named party as its subject other than the speaker (not "he said he had to
    leave", a necessity of his own)."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    saying = _reported_under(node)
    if saying is None or not _says(saying):
        return False
    if _told_party(verb) is not None:
        return True  # "Qatar told Hamas that it had to release the hostages": Hamas has to
    subj = _subject(verb)
    return subj is not None and subj.pos_ in ("PROPN", "NOUN") and \
        subj.lower_ not in PRONOUNS and subj.i != (_subject(saying) or verb).i


# Where or when a thing was said ("said at the summit that …", "after the talks")
SETTING_PREPS = {"during", "after", "at", "before", "following", "ahead", "throughout", "on"}


def _reported_under(clause: Token) -> Token | None:
    """The verb of saying whose that-clause ``clause`` is: its head, or, when the parse hung
    the clause as a relative one on the noun of a phrase between ("stressed during the
    meeting that both governments needed to …", "told reporters after the talks that Mexico
    needed to …"), the verb the phrase hangs on, when that verb has no clause of its own."""
    if clause.dep_ == "ccomp":
        return clause.head
    noun = clause.head
    if clause.dep_ != "relcl" or clause.left_edge.lower_ != "that" or noun.dep_ != "pobj" or \
            noun.head.dep_ != "prep" or noun.head.lower_ not in SETTING_PREPS:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which", "who")
               for c in clause.children):
        return None  # "after the talks that ended on Friday": a relative clause
    saying = noun.head.head
    if saying.pos_ != "VERB" or saying.lemma_.casefold() not in SPEECH or any(
            c.dep_ in ("ccomp", "xcomp") for c in saying.children):
        return None
    return saying


def _market_demand(token: Token) -> bool:
    """"demand for thermal coal", "low demand": buyers' demand, when nobody owns it and it
    rises, falls or is qualified as markets qualify it."""
    if _possessor(token) is not None or any(
            c.dep_ == "prep" and c.lower_ in ("by", "from") for c in token.children):
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in MARKET_ADJ for c in token.children):
        return True
    if token.dep_ in ("dobj", "obj") and token.head.lemma_.casefold() in MARKET_OBJECT_VERBS:
        return True  # "reduce demand for fossil fuels", "meet demand for gas"
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.casefold() in MARKET_LEMMAS


def _lead(sent: Span) -> int:
    """Index of the first word of a sentence after opening quotes and punctuation."""
    for i, tok in enumerate(sent):
        if not tok.is_punct and not tok.is_space:
            return i
    return 0


# --- arguments ----------------------------------------------------------------------------

def _subject(verb: Token) -> Token | None:
    node = verb
    finite_conj = False  # came up from a finite verb joined by "and"
    tensed_conj = False  # … one in the past or third-person present ("and called for")
    telling_conj = False  # … a simple past of saying or asking ("and said", "and urged")
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "expl")
                    and not _quoted_apart(c, node)]
        if len(subjects) > 1:
            # "the measures Russia has itself proposed": 'itself' stresses the subject, the
            # parse gives it as a second one
            subjects = [c for c in subjects if c.lower_ not in REFLEXIVES] or subjects
        # of two subjects the parse gives one verb ("Ukraine news from April 22: Guterres will
        # meet …"), the one nearest before the verb
        subj = next((c for c in reversed(subjects) if c.i < node.i), None) if len(subjects) > 1 \
            else next(iter(subjects), None)
        if node.dep_ == "ccomp" and finite_conj and node.tag_ in ("VB", "VBN") and (
                subj is None or any(c.dep_ in ("aux", "auxpass") and c.lower_ == "be"
                                    for c in node.children)
                or tensed_conj and any(c.tag_ == "MD" for c in node.children)):
            # "Iran demands that sanctions be removed and wants a guarantee": the finite
            # verb the parse joined to the subjunctive clause goes with the one demanding;
            # so does a tensed verb joined to a modal one ("said the world should oppose it
            # and called for talks": no 'should … called')
            node = node.head
            finite_conj = tensed_conj = telling_conj = False
            continue
        if node.dep_ == "ccomp" and telling_conj and node.tag_ in ("VB", "VBN") and any(
                c.dep_ in ("aux", "auxpass") for c in node.children) and \
                node.head.lemma_.casefold() in SPEECH and node.head.tag_ in ("VBD", "VBZ") and \
                node.lemma_.casefold() not in SPEECH and node.lemma_.casefold() not in DEMAND_VERBS:
            # "She noted that member states had agreed a pact and said governments should …":
            # a simple past of saying joined to a reported clause's compound tense goes with
            # the one who reports (the parse joins it to the clause; not after a reported act
            # of saying or asking: "said X had proposed … and said …" may go on with X)
            node = node.head
            finite_conj = tensed_conj = telling_conj = False
            continue
        if subj is not None and subj.lemma_.casefold() in ("meeting", "gathering") and \
                subj.tag_ == "NN" and (people := next(
                    (c for c in subj.children if c.dep_ in ("nsubj", "compound")
                     and c.tag_ in ("NNS", "NNPS") and c.i == subj.i - 1), None)) is not None:
            # "the ministers meeting in Lusaka asked …": a participle the parse took for a
            # noun with the people as its subject; they ask, not the place they meet in
            return people
        if subj is not None and subj.dep_ != "expl":
            return subj
        if subj is None and node.pos_ == "VERB":
            # "UN appeals for access": a headline's subject parsed as a compound of the verb
            named = next((c for c in node.children if c.dep_ == "compound" and c.i < node.i
                          and c.pos_ == "PROPN"), None)
            if named is not None:
                return named
        if node.dep_ == "conj" and node.pos_ == "VERB" and node.head.pos_ in ("NOUN", "PROPN") \
                and node.head.dep_ in ("dobj", "obj") and node.head.head.i != node.head.i:
            node = node.head.head  # "released a statement …, the use of …, and called for":
            continue               # the verb parsed as conjoined with an object
        split = _split_perfect(node)
        if split is not None:
            node = split  # "X has for years called on …"
            continue
        if node.dep_ == "acomp" and node.lemma_.casefold() in READY_ADJ and \
                node.head.lemma_ == "be":
            node = node.head  # "Turkey is ready to host": who is ready
            continue
        if node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            finite_conj = node.dep_ == "conj" and node.tag_ in ("VBZ", "VBD", "VBP")
            tensed_conj = node.dep_ == "conj" and node.tag_ in ("VBZ", "VBD")
            telling_conj = node.dep_ == "conj" and node.tag_ == "VBD" and \
                node.lemma_.casefold() in SPEECH
            node = node.head
            continue
        if node.dep_ == "advcl" and any(c.tag_ == "TO" for c in node.children):
            node = node.head  # "protesters battle police to demand …": the same subject
            continue
        if node.dep_ in ("relcl", "acl") and node.head.dep_ == "attr" \
                and node.head.head.lemma_ == "be" and any(c.tag_ == "TO" for c in node.children):
            node = node.head.head  # "X was the latest voice to urge …": X urges
            continue
        return _stranded_subject(node) if node.dep_ == "ROOT" else None
    return None


REFLEXIVES = {"itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself"}
TIME_NOUNS = {"year", "month", "week", "decade", "day", "time"}


def _split_perfect(verb: Token) -> Token | None:
    """"Sako has for years called on the government to …": a perfect split by a span of
    time, which the parse reads as 'has' with a participle on the time noun; the 'have'."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.head.lemma_.casefold() not in TIME_NOUNS:
        return None
    prep = verb.head.head
    have = prep.head
    if prep.lower_ not in ("for", "over") or have.lemma_ != "have" or have.i >= verb.i or \
            any(c.dep_ in ("dobj", "obj") for c in have.children):
        return None
    if have.dep_ == "aux" and have.head.i > verb.i and any(
            c.tag_ == "TO" for c in have.head.children):
        return have.head  # ("… has for years called on Berlin to abandon it": the parse
        # makes the infinitive the clause, 'has' its auxiliary)
    return have


def _quoted_apart(subj: Token, verb: Token) -> bool:
    """Does a quotation close between a subject and its verb ('should "oppose the use of, or
    threats to use, nuclear weapons" and called for')? A quote is a unit: a noun inside it is
    no subject of a verb outside."""
    if not subj.i < verb.i:
        return False
    between = subj.doc[subj.i + 1:verb.i]
    closes = [t.i for t in between if t.tag_ == "''"]
    return bool(closes) and not any(t.tag_ == "``" and t.i < closes[0] for t in between)


def _stranded_subject(verb: Token) -> Token | None:
    """A subject the parse hung on the clause before the verb as an apposition: "After Russia
    invaded Ukraine, 141 countries — from every continent — issued a call …" (the countries
    parsed as in apposition to "Ukraine's invasion")."""
    k = verb.i - 1
    while k >= verb.sent.start and (verb.doc[k].is_punct or verb.doc[k].is_space):
        k -= 1
    if k < verb.sent.start:
        return None
    node = verb.doc[k]
    for _ in range(8):
        if node.dep_ == "appos" and node.pos_ in ("NOUN", "PROPN"):
            return node if verb in node.ancestors else None
        if node.head.i == node.i or node.head.i >= verb.i:
            return None
        node = node.head
    return None


def _opinion_piece(doc: Doc) -> bool:
    """Does the article say it is an opinion piece ('Editorial: ...', 'Opinion | ...'), in
    its title or in a label on a line of its own near the top ('Commentary', 'Guest Essay',
    'Opinion | Foreign Policy'; not a menu that lists the section among others)?"""
    head = doc_text(doc).lstrip()[:40]
    if OPINION_LABEL.match(head) is not None:
        return True
    lines = [line.strip() for line in doc_text(doc).splitlines() if line.strip()][:8]
    return any(SECTION_LABEL.match(line) for line in lines)


SECTION_LABEL = re.compile(r"(?i)^(?:opinion|commentary|editorial|guest essay|op-ed|our view)"
                           r"\s*(?:\|[^|]*)?$")


OPINION_LABEL = re.compile(r"(?i)(?:editorial|opinion|op-ed|our view|comment)\s*[:|\u2014\-]")


def _imperative(sent: Span) -> Token | None:
    """The verb of a sentence that gives an order ('Now make it outlast the men who signed
    it', 'Keep the channel open.'): a bare verb opening the sentence (after an adverb such as
    'now' or 'first'), with no subject; None for anything else. In an opinion piece the
    author gives such orders to the parties."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or sent.text.rstrip().endswith("?"):
        return None
    k = 0
    label = OPINION_LABEL.match(sent.text)
    while label is not None and k < len(words) - 1 and words[k].idx < sent.start_char + label.end():
        k += 1  # ('Opinion: Keep the channel open'): the label is no part of the order
    while k < len(words) - 1 and words[k].pos_ == "ADV" and words[k].lower_ in ORDER_OPENERS:
        k += 1
    verb = words[k]
    # (after a label the parser may hang the verb on it: 'Opinion: Keep ...' as a clause)
    heads = ("ROOT", "conj") if label is None else ("ROOT", "conj", "acl", "ccomp", "appos")
    if verb.tag_ != "VB" or verb.lower_ in ("let", "please") or verb.dep_ not in heads or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    return verb


def _let_us(sent: Span) -> Token | None:
    """The act of "Let us (Let's) open the roads": a sentence opened by 'let' with 'us' and
    the act after it (not "let me", "let them", "let it be known")."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    k = 0
    while k < len(words) - 3 and words[k].pos_ in ("ADV", "CCONJ") and \
            words[k].lower_ in ORDER_OPENERS | {"and", "but", "now", "so"}:
        k += 1
    if len(words) < k + 3 or words[k].lower_ != "let" or words[k + 1].lower_ not in (
            "us", "'s", "’s"):
        return None
    act = words[k + 2]
    return act if act.pos_ == "VERB" and act.tag_ == "VB" and act.lemma_ != "be" else None


# words that may come before the verb of an order in speech: "Please don't send …"
ORDER_SOFTENERS = {"please", "just", "now", "so", "never", "and", "then"}
# orders that are turns of speech, asking no party to act: "Look: …", "Believe me", "Mark my
# words", "Make no mistake"
SPEECH_ORDERS = {"look", "listen", "believe", "imagine", "thank", "mark", "excuse", "forgive",
                 "trust", "wait", "see", "say", "think", "consider", "note", "remember", "mind",
                 "guess", "let", "please", "make", "tell", "ask", "picture", "suppose", "take"}
# the public, whom an order in speech does not make a party ('"Stay calm," he told the crowd')
PUBLIC_NOUNS = {"people", "public", "citizen", "crowd", "supporter", "audience", "nation",
                "voter", "reader", "viewer", "listener", "follower", "worshipper", "student"}
# a speaker's turn toward whom an order in speech goes: "turned to Putin and added: …"
TURNING_VERBS = {"turn", "look", "smile", "shout", "wave", "point", "lean", "gesture",
                 "glance", "nod", "wink", "grin", "say", "add", "call"}


def _quoted_order(sent: Span) -> Token | None:
    """The verb of an order given in direct speech after a colon ('added with a grin: "Don't
    meddle in the election, please."', 'said firmly: "Stop the boats leaving Sfax."') or told
    by the credit after it ('"Stop the shelling now," she said.', told by the verb of saying
    the quotation hangs on): a bare verb opening the quotation (after 'please', 'do not',
    'never'), with no subject and no auxiliary but 'do'; not a turn of speech ("Look: …",
    "Believe me")."""
    doc = sent.doc
    colon = next((t for t in sent if t.text == ":" and t.i + 2 < sent.end
                  and QUOTE_OPEN.fullmatch(doc[t.i + 1].text)), None)
    opening = sent[0] if len(sent) > 2 and QUOTE_OPEN.fullmatch(sent[0].text) else None
    if colon is None and opening is None:
        return None
    k = colon.i + 2 if colon is not None else sent.start + 1
    while k < sent.end - 1 and (doc[k].lower_ in ORDER_SOFTENERS or doc[k].text == "," or
                                doc[k].dep_ == "neg" or doc[k].lemma_ == "do"
                                and doc[k].dep_ == "aux"):
        k += 1
    verb = doc[k]
    if verb.tag_ != "VB" or verb.lemma_.casefold() in SPEECH_ORDERS or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") or c.dep_ == "aux" and c.lemma_ != "do"
            for c in verb.children):
        return None
    if colon is None and not (verb.dep_ == "ccomp" and verb.head.i > verb.i
                              and verb.head.lemma_.casefold() in SPEECH | TELLING_VERBS
                              and any(QUOTE_OPEN.fullmatch(t.text) or t.text in ("”", "’")
                                      for t in doc[verb.i: verb.head.i])):
        return None  # (the quotation closes and a verb of saying credits it)
    told = _object(verb.head) if colon is None else None
    if told is not None and (told.ent_type_ == "NORP" and told.tag_ == "NNPS"
                             or told.lemma_.casefold() in PRESS_ROOM | PUBLIC_NOUNS):
        return None  # '"Stay calm," Sunak told Britons': the public, no party, told
    return verb


def _spoken_to(doc: Doc, sent: Span, before: int, mentions: list[ActorMention]
               ) -> str | None:
    """The party a speaker turned to or told before the words at ``before`` ("turned to
    Putin, wagged a finger and added: …", "told Saied: …"): the last one named so."""
    spoken_to = None
    credit = doc[before].head if doc[before].dep_ == "ccomp" and doc[before].head.i > before \
        else None
    for tok in sent:
        if tok.i >= before and not (credit is not None and tok.head == credit
                                    and tok.i > credit.i):
            # ('"Open the crossings," Borrell told Netanyahu': the one told after it too)
            continue
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("to", "at") and \
                head.head.lemma_.casefold() in TURNING_VERBS or tok.dep_ in ("dobj", "obj") \
                and tok.head.lemma_.casefold() in TELLING_VERBS:
            spoken_to = _actor_of(doc, tok, mentions) or spoken_to
    return spoken_to


# a question that recommends: "Isn't it time Washington treated Hanoi as a partner?"
RHETORICAL_TIME = re.compile(r"(?i)^(?:but |so |and )?(?:isn[’']t|is it not) it (?:high |about "
                             r"|past )?time\b")
# Adverbs that may open an order ('Now make it last', 'First, put ...').
ORDER_OPENERS = {"now", "first", "second", "third", "then", "so", "finally", "next", "also"}


def _told_party(verb: Token) -> Token | None:
    """The one told, when a pronoun in the clause they are told stands for them ('told
    Belgrade it must lift the tariffs', 'warned the Taliban that they should ...') or the
    clause names no party to act ('told Xi that the ban should be lifted': the one told is to
    lift it): the object of the verb of telling."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # (a thing that is to be done or to happen, no party: 'such an act must never happen
    # again' told to Beijing asks Beijing)
    undone = subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ and \
        subject.lemma_.casefold() not in STATE_SUBJECTS | ASKED_PARTIES | BODY_NOUNS | \
        STAFF_NOUNS | MEMBER_NOUNS | AGENT_GROUPS | NOT_THE_PARTIES and _agent(verb) is None
    if subject is None or subject.lower_ not in ("it", "they", "he", "she") and not undone:
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    teller = clause.head
    if clause.dep_ != "ccomp" or teller.i == clause.i or teller.lemma_.casefold() not in (
            TELLING_VERBS):
        return None
    # (a named party, not an audience: 'told reporters he had to leave' is his own need;
    # "China's top diplomat" is China's)
    return next((c for c in teller.children if c.dep_ in ("dobj", "dative", "obj")
                 and c.i < clause.i and any(t.pos_ == "PROPN" or t.ent_type_ in (
                     "GPE", "ORG", "NORP", "PERSON") for t in (c, _possessor(c) or c))), None)


# Verbs by which a party is told what it must do ('told Kyiv it should ...').
TELLING_VERBS = {"tell", "warn", "inform", "remind", "assure", "advise", "notify"}


def _written_to(verb: Token) -> Token | None:
    """The one a participle of proposing is addressed to through the verb of writing or
    sending it hangs from ('wrote to Khamenei proposing talks', 'sent a letter to Kyiv
    urging ...'): the object of that verb's 'to'."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "xcomp", "conj"):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "to" and (
            head.head.head.lemma_.casefold() in WRITING_VERBS | LETTER_NOUNS):
        return head  # ('wrote to Kyiv urging ...' with the participle hung on 'Kyiv')
    if verb.dep_ == "acl" and head.dep_ in ("dobj", "obj") and head.lemma_.casefold() in (
            LETTER_NOUNS):
        head = head.head  # 'sent a letter to X urging': the letter's sender writes to X
    if head.lemma_.casefold() not in WRITING_VERBS:
        return None
    return next((o for p in head.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj"), None)


# Verbs of writing or sending by which a proposal reaches its addressee ('wrote to X').
WRITING_VERBS = {"write", "send", "cable", "telephone", "turn", "appeal"}
LETTER_NOUNS = {"letter", "message", "note", "cable"}


def _quoted(clause: Token) -> bool:
    """Whether a clause opens with a quotation mark (one the parse may leave outside it)."""
    start = clause.left_edge.i
    return any(QUOTE_OPEN.match(t.text) for t in clause.doc[max(start - 1, 0): start + 1])


def _told_clause_participle(verb: Token) -> Token | None:
    """The participle of telling a second participle joins when the parse hangs it on the
    told clause's verb: "…, telling him that the region did not need a war and urging him
    to …" (urging goes with telling, not with 'need')."""
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ != "VBG" and \
            verb.head.dep_ == "ccomp" and verb.head.head.tag_ == "VBG" and \
            verb.head.head.lemma_.casefold() in SPEECH | TELLING_VERBS:
        return verb.head.head
    return None


def _participle_subject(verb: Token) -> Token | None:
    """Who acts in a participle that proposes: "issued a statement calling for …" (the
    statement's issuer); "backed off …, dialing back plans and proposing new limits" (the
    subject of the verb the participles hang from); "… instead referencing X and requesting
    that Egypt mediate" (for a statement, its issuer). Not gerunds listed as things ("motives
    include reinforcing …, demanding respect")."""
    if verb.dep_ == "acl":
        return _statement_issuer(verb.head) or _idea_owner(verb.head) or \
            _people_calling(verb.head)
    idea = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if idea is not None and verb.dep_ in ("ccomp", "xcomp", "conj"):
        # "welcomed the Union's plan calling for …" parsed with the plan as the subject
        return _statement_issuer(idea) or _idea_owner(idea)
    node = _told_clause_participle(verb) or verb
    while node.dep_ == "conj" and node.head.tag_ == "VBG" and node.head.i != node.i:
        node = node.head  # up the participles joined by "and"
    if node.dep_ == "acl":
        return _statement_issuer(node.head)
    if node.dep_ != "advcl" or node.tag_ != "VBG" or node.head.pos_ not in ("VERB", "AUX") \
            or node.head.lemma_ == "be":
        return None  # (hung from "is": a parse of a list, "… is a great power, demanding …")
    credited = next((c for c in node.head.children if c.dep_ == "ccomp" and c.i < node.head.i
                     and not _quoted(c)), None) \
        if node.head.lemma_.casefold() in SPEECH else None
    # ("Lula spoke to Maduro, his office said, telling him …": the parse hangs the participle
    # on the inserted credit; who tells is the subject of the clause credited, not of a
    # quotation: '"It is time," she said, urging …')
    subj = _subject(credited) if credited is not None and _subject(credited) is not None \
        else _subject(node.head)
    if subj is None:
        return None
    return _statement_issuer(subj) or subj


def _statement_voice(doc: Doc, mentions: list[ActorMention]) -> str | None:
    """Whose statement an official text is, by its title: "Statement by President Joe Biden on
    …", "Statement by NSC Spokesperson Emily Horne on …" (the gazetteer's name when it knows the
    person, else the last two capitalised words of the title's name); for a bare office
    ("Statement by the President") the person the article's "I" stands for. A readout is the
    office's, and a statement of two people ("… and First Lady Jill Biden") has no one voice."""
    match = STATEMENT_BY.match((doc._.title or "").strip())
    if not match or re.search(r"\band\b", match.group("who")):
        return None
    words = [w for w in re.findall(r"[A-Z][\w’'\-]+", match.group("who"))
             if w.casefold().rstrip(".") not in TITLE_WORDS | {"the", "nsc", "u.s", "us"}]
    if words:
        hits = load_gazetteer(None).people_named(words[-2:])
        if len(hits) == 1:
            return hits[0].name
        return " ".join(words[-2:]) if len(words) >= 2 else None
    first = [m.actor for m in mentions if doc_text(doc)[m.start:m.end].casefold() in
             ("i", "me", "my")]
    return max(set(first), key=first.count) if first else None


def _speaker_turns(doc: Doc) -> list[tuple[int, str | None]]:
    """A transcript's turns, (offset, speaker), from lines opened by a speaker label in capitals
    with the turn's words after it ("PRESIDENT BIDEN: Thank you.", "SENIOR ADMINISTRATION
    OFFICIAL: …"). A label names a person the gazetteer or the article knows by the surname it
    gives, else it is kept as printed ("Senior Administration Official"); a questioner ("Q")
    names no one. One label alone makes a transcript only when it names a known person (an
    address line "TO THE CONGRESS:" or a note "UPDATE: …" is no turn)."""
    text = doc_text(doc)
    turns: list[tuple[int, str | None]] = []
    known = 0
    for match in TURN_LABEL.finditer(text):
        label = match.group("label").strip()
        words = [w for w in re.findall(r"[A-Za-z][\w’'\-]*", label)
                 if w.casefold().rstrip(".") not in TITLE_WORDS | {"the"}]
        if label == "Q":
            turns.append((match.start(), None))
            continue
        if not words or {w.casefold() for w in words} & NOT_SPEAKER_LABELS:
            continue
        person = _person_named(doc, words[-1])
        known += person is not None
        printed = [w.capitalize() for w in re.findall(r"[A-Za-z][\w’'\-]*", label)
                   if w.casefold() not in ("the", "mr", "mrs", "ms", "dr")]
        turns.append((match.start(), person or " ".join(printed)))
    if sum(1 for _, who in turns if who) < 2 and not known:
        return []
    return turns


# an interview says so before its first question ("The interview has been edited for length",
# "spoke to us in Bishkek", "We spoke in Oslo")
INTERVIEW_CUE = re.compile(r"(?i)\binterview\b|\b(?:spoke|talked) (?:to|with) (?:us|me)\b|"
                           r"\bwe (?:spoke|talked)\b|\bedited for (?:length|clarity)\b|"
                           r"\bhas been (?:condensed|edited)\b")
QA_LABEL = re.compile(r"^[ \t]*(?P<label>Q|A)[ \t]*[:.][ \t]+(?=\S)")


def _interview_turns(doc: Doc, mentions: list[ActorMention]) -> list[tuple[int, str | None]]:
    """An interview's turns, (offset, speaker): the questions (lines "Q: …", or a line that
    is one question) are the writer's, the answers (lines "A: …", or the lines after a
    question up to the next one) the words of the one interviewed, who is the first person
    named in the paragraph that announces the interview, before the first question. Only when
    the text says it is an interview there, and asks at least two questions (or labels its
    answers)."""
    text = doc_text(doc)
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", text)
             if m.group().strip()]
    labels = [QA_LABEL.match(line) for _, line in lines]
    labelled = any(m is not None and m.group("label") == "A" for m in labels)
    asks = [m is not None and m.group("label") == "Q" if labelled else (
        line.endswith("?") and len(line) < 240 and k + 1 < len(lines)
        and not lines[k + 1][1].endswith("?"))
        for k, ((_, line), m) in enumerate(zip(lines, labels, strict=True))]
    first = next((k for k, ask in enumerate(asks) if ask), None)
    if first is None or not labelled and sum(asks) < 2:
        return []
    cue = next((at for at, line in lines[:first] if INTERVIEW_CUE.search(line)), None)
    if cue is None:
        return []
    paragraph = paragraph_number(text, cue)
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"
              and ent.start_char < lines[first][0]]
    # (the one the announcing paragraph names, else the first named before the questions)
    person = next((ent for ent in people
                   if paragraph_number(text, ent.start_char) == paragraph), None) or \
        next(iter(people), None)
    if person is None:
        return []
    who = _mention_at(person[0], mentions) or person.text
    return [(lines[k][0], None if asks[k] else who) for k in range(first, len(lines))]


def _full_name(doc: Doc, label: str | None) -> str | None:
    """A bare surname the actor resolver left unlinked at this mention ("On Tuesday Scholz
    urged …", the name run into a date) is the one person of the article with that surname."""
    if label is None or not label.isalpha() or not label[:1].isupper() or \
            label in {a.name for a in doc._.actors or []}:
        return label
    # (in the label's case; a one-word name equal to the label was returned above)
    named = _people_surnamed(doc, label, exact_case=True)
    return named.pop() if len(named) == 1 else label


def _people_surnamed(doc: Doc, surname: str, exact_case: bool = False) -> set[str]:
    """The article's people whose name ends in this surname."""
    def norm(word: str) -> str:
        return word if exact_case else word.casefold()
    return {a.name for a in doc._.actors or [] if a.kind == "person" and a.name.split()
            and norm(a.name.split()[-1]) == norm(surname)}


def _person_named(doc: Doc, surname: str) -> str | None:
    """The one person of the article, else of the gazetteer, with this surname."""
    named = _people_surnamed(doc, surname)
    if len(named) == 1:
        return named.pop()
    hits = load_gazetteer(None).people_named([surname.capitalize()])
    return hits[0].name if len(hits) == 1 else None


def _surname_before(doc: Doc, verb: Token, subj: Token | None) -> str | None:
    """"Modi presses Trudeau over …", "Albanese presses Luxon …": a headline's surname the
    tagger took for a verb or an adjective (the subject, or the word the parse hangs on the
    verb just before it); the one person of the article whose name ends so."""
    word = subj if subj is not None else (doc[verb.i - 1] if verb.i > 0 and doc[verb.i - 1]
                                          .head.i == verb.i else None)
    if word is None or word.pos_ in ("PRON", "DET") or not word.text[:1].isupper() or \
            not word.text.isalpha() or word.dep_ not in ("nsubj", "amod", "compound"):
        return None
    named = _people_surnamed(doc, word.text, exact_case=True)
    return named.pop() if len(named) == 1 else None


def _issuer_before(doc: Doc, pronoun: Token, mentions: list[ActorMention]) -> str | None:
    """"The EU released a statement condemning …. They added that …": a "they" or "it" that
    opens the sentence after one reporting a statement is the statement's issuer."""
    if pronoun.lower_ not in ("they", "it") or pronoun.i != pronoun.sent.start + _lead(
            pronoun.sent) or pronoun.sent.start == 0:
        return None
    before = doc[pronoun.sent.start - 1].sent
    for token in before:
        verb = _issuing_verb(token)
        if verb is not None:
            return _actor_of(doc, _subject(verb), mentions)
    return None


def _colon_quote_speaker(doc: Doc, token: Token, mentions: list[ActorMention]) -> str | None:
    """"Warren to Wells Fargo chief: ‘You should be investigated’", "Zelensky on jets: 'Send
    them now'": words quoted after a colon are those of the first actor named before it."""
    text = doc_text(doc)
    sent = token.sent
    colon = text.rfind(":", sent.start_char, token.idx)
    if colon < 0 or not QUOTE_OPEN.match(text, colon + 1):
        return None
    named = [m for m in mentions if sent.start_char <= m.start and m.end <= colon]
    return named[0].actor if named else None


def _headline_label_speaker(doc: Doc, token: Token, mentions: list[ActorMention]
                            ) -> str | None:
    """"Heusgen: Germany must provide …", "Zelensky addresses summit: Russia must be
    isolated": in a headline (the text's first line) the words after a short label and a colon
    are those of the first person or body the label names (not a state or place: "Ukraine news
    from April 5: …" is a dateline)."""
    text = doc_text(doc)
    line = _heading_line(text, token.idx)
    if line is None:
        return None
    colon = text.rfind(": ", line[0], token.idx)
    if colon < 0:
        return None
    # (a live page's item head opens with its time: "Wednesday, 13:15 – Lula: …")
    dash = max(text.rfind(f" {d} ", line[0], colon) for d in "\u2013\u2014-")
    start = line[0] if dash < 0 else dash + 3
    if len(text[start:colon].split()) > 8:
        return None
    kinds = {a.name: a.kind for a in doc._.actors or []}
    named = [m for m in mentions if start <= m.start and m.end <= colon]
    label = text[start:colon].split()
    if not named and len(label) == 1 and label[0][:1].isupper() and label[0].isalpha():
        # "Heusgen: …": a surname the article gives in full further on
        return _person_named(doc, label[0])
    if not named or kinds.get(named[0].actor) not in ("person", "organization"):
        return None
    return named[0].actor


def _heading_line(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the line holding ``at`` when it is a heading: the headline, or a line
    that is a paragraph of its own with no closing stop and few words (a live page's item head
    "Wednesday, Aug 9, 13:15 – Lula: rich countries must pay", a section's subhead)."""
    first = headline_end(text)
    if at < first:
        return 0, first
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    alone = text[max(0, start - 2):start] == "\n\n" and text[end:end + 2] in ("\n\n", "")
    body = text[start:end].rstrip()
    if not alone or not body or body[-1] in ".!?\"”'’" or len(body.split()) > 20:
        return None
    return start, end


def _dash_tail(doc: Doc, token: Token) -> tuple[int, str] | None:
    """(offset, words) of a source credited after a dash at the end of the token's line, as
    headlines credit who said what ("Allies should send jets - minister", "Embargo must widen
    -economists"); not an agency's credit after a finished sentence ("… higher. — Agency.")."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    line_end = len(text) if line_end < 0 else line_end
    match = DASH_TAIL.search(text, line_start, line_end)
    if match is None or match.start() <= token.idx + len(token):
        return None
    words = match.group("src").split()
    if not 1 <= len(words) <= 5:
        return None
    start = match.start("src")
    if any(t.pos_ in ("VERB", "AUX") for t in doc if start <= t.idx < line_end):
        return None  # a clause after the dash, not a credit
    return start, match.group("src")


def _dash_source(doc: Doc, token: Token, mentions: list[ActorMention]) -> str | None:
    """Who a dash credit names: the actor mentioned in it, else for a bare title ("-
    president") the first person the article names with that title, else a plain group
    ("analysts")."""
    tail = _dash_tail(doc, token)
    if tail is None:
        return None
    start, words = tail
    named = [m for m in mentions if start <= m.start < start + len(words)]
    if named:
        return named[0].actor
    folded = [w.casefold().strip(".,;'’") for w in words.split()]
    people = {a.name for a in doc._.actors or [] if a.kind == "person"}
    text = doc_text(doc)
    if set(folded) & TITLE_WORDS:
        for m in sorted(mentions, key=lambda m: m.start):
            if m.actor in people and any(
                    re.search(rf"\b{re.escape(w)}\b", text[max(0, m.start - 40):m.end].casefold())
                    for w in folded if w in TITLE_WORDS):
                return m.actor
        return None
    if len(folded) == 1 and folded[0].endswith("s") and folded[0].isalpha() and \
            words[0].islower():
        return folded[0]  # "-analysts", "- experts": people, unnamed
    return None


def _known_name(doc: Doc, speaker: str) -> str:
    """A speaker's name as the actor resolver knows the person: a label that ends with the
    name of an actor of the article and is no actor itself ("Ukraine Olena Zelenska", a
    title's country run into the name) is that actor."""
    names = {a.name for a in doc._.actors or []}
    if speaker in names:
        return speaker
    longer = [n for n in names if len(n.split()) >= 2 and speaker.endswith(" " + n)]
    if longer:
        return max(longer, key=len)
    if " " not in speaker:
        # a speaker named by the first name alone ("Marcia") is the one person of the article
        # with that first name
        people = [a.name for a in doc._.actors or [] if a.kind == "person"
                  and len(a.name.split()) >= 2 and a.name.split()[0] == speaker]
        if len(people) == 1:
            return people[0]
    return speaker


# offices and bodies that act for their state, whoever the possessive names
STATE_OFFICES = {"minister", "secretary", "ambassador", "chief", "general", "commander",
                 "ministry", "government", "cabinet", "parliament", "administration"}


def _owners_office(doc: Doc, subj: Token, mentions: list[ActorMention]) -> str | None:
    """"Erdogan called for … His foreign minister insisted that …", "Algeria condemned the
    talks. Its foreign ministry urged …": an office or body of the state that 'his' or 'its'
    goes on with acts for that state, not for the leader the pronoun names (an apposition
    that names the holder is left to the actor resolver)."""
    if subj.pos_ != "NOUN" or subj.lemma_.casefold() not in STATE_OFFICES or any(
            c.dep_ == "appos" for c in subj.children):
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss"
                 and c.lower_ in ("his", "her", "its", "their")), None)
    owner = _recent_actor(doc, poss, mentions) if poss is not None else None
    kind = next((a.kind for a in doc._.actors or [] if a.name == owner), None)
    # (a body's office acts for the body: "The EU welcomed it. Its foreign policy chief …")
    return owner if kind in ("state", "organization") else _state_of_person(doc, owner)


def _state_of_person(doc: Doc, name: str | None) -> str | None:
    """The country of a person the article names, as the actor resolver recorded it."""
    actor = next((a for a in doc._.actors or [] if a.name == name), None)
    return str(actor.country) if actor is not None and actor.kind == "person" and \
        actor.country else None


def _holder(doc: Doc, noun: Token, mentions: list[ActorMention]) -> tuple[str | None] | None:
    """Who holds a stand or cites a rule named by ``noun``: its owner ("Moscow's position"),
    else the subject of the verb it is the object of ("both men had the same position",
    "the historian recalled the principle"); (None,) when that subject names no one we know;
    None when the sentence names no holder (the writer's own or the speaker's)."""
    owner = _possessor(noun) or _national_owner(noun)
    if owner is None and noun.dep_ in ("dobj", "obj", "attr", "pobj"):
        # up to the verb through prepositions and the nouns they hang on ("elevates this
        # question to the principle that …": the one who elevates)
        governor = noun.head
        for _ in range(4):
            if governor.pos_ in ("VERB", "AUX") or governor.head.i == governor.i or \
                    governor.dep_ not in ("prep", "pobj", "dobj", "obj"):
                break
            governor = governor.head
        if governor.pos_ in ("VERB", "AUX") and governor.lemma_ != "be":
            owner = _subject(governor)
    if owner is None:
        return None
    if owner.lower_ in ("i", "we", "me", "us"):
        return None  # one's own stand: the speaker's, as any quote
    name = _actor_of(doc, owner, mentions) or (
        _recent_actor(doc, owner, mentions) if owner.lower_ in PRONOUNS else None)
    return (name,)


def _premise_holder(doc: Doc, sent: Span, before: list[Span], mentions: list[ActorMention]
                    ) -> tuple[str | None] | None:
    """For "That's the (basic) premise." / "This is the Kremlin's line.": who holds the stand
    the next sentences spell out: the noun's owner, else the subject of the latest sentence
    of the paragraph that sent or put out a message or orders ("The campaign has sent
    marching orders to …"), else (None,): someone, not the one who tells it. None when the
    sentence announces no stand (or one's own: "that's my view")."""
    root = sent.root
    # ("that’s the premise": the parse may take the clitic for a verb of its own, the noun
    # for its object)
    attr = next((c for c in root.children if c.dep_ == "attr" or c.dep_ in ("dobj", "obj")
                 and root.lower_ in ("'s", "’s")), None)
    if root.lemma_ not in ("be", "'s", "’s") or attr is None or attr.lemma_.casefold() not in VOICED_NOUNS or \
            not any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in root.children):
        return None
    owner = _possessor(attr) or _national_owner(attr)
    if owner is not None:
        if owner.lower_ in ("my", "our"):
            return None
        return (_actor_of(doc, owner, mentions) or (
            _recent_actor(doc, owner, mentions) if owner.lower_ in PRONOUNS else None),)
    for earlier in reversed(before[-3:]):
        for token in earlier:
            if token.dep_ in ("dobj", "obj") and token.lemma_.casefold() in VOICED_NOUNS and \
                    token.head.pos_ == "VERB":
                subj = _subject(token.head)
                if subj is not None and subj.lower_ not in ("i", "we"):
                    return (_actor_of(doc, subj, mentions),)
    return (None,)


def _voiced_holder(doc: Doc, verb: Token, mentions: list[ActorMention]
                   ) -> tuple[str | None] | None:
    """The holder of the stand or the citer of the rule a recommendation spells out: a clause
    under a noun of stand or rule ("recalled the principle that states should be free to
    choose"), or the words after a colon that closes such a noun ("both men had the same
    position on warming: Congress should act"). None when no such noun frames the clause."""
    for anc in list(verb.ancestors)[:4]:
        if anc.pos_ == "NOUN" and anc.lemma_.casefold() in VOICED_NOUNS | MAXIM_NOUNS:
            held = _holder(doc, anc, mentions)
            if held is not None:
                return held
    first = verb.left_edge
    if first.lower_ == "that" and first.i > 0 and doc[first.i - 1].pos_ == "NOUN" and \
            doc[first.i - 1].lemma_.casefold() in VOICED_NOUNS | MAXIM_NOUNS:
        # the parse may hang the clause on the verb before the noun ("turning the dispute
        # into the principle that states must …")
        held = _holder(doc, doc[first.i - 1], mentions)
        if held is not None:
            return held
    sent = verb.sent
    colon = next((t for t in reversed(doc[sent.start:verb.i]) if t.text == ":"), None)
    if colon is None:
        return None
    noun = doc[colon.i - 1]
    while noun.i > sent.start and noun.head.i < noun.i and noun.head.i >= sent.start and \
            noun.lemma_.casefold() not in VOICED_NOUNS:
        noun = noun.head  # "the same position on global warming:" up to 'position'
    if noun.pos_ == "NOUN" and noun.lemma_.casefold() in VOICED_NOUNS and \
            noun.right_edge.i == colon.i - 1:
        return _holder(doc, noun, mentions)
    return None


# Words of a credit set into the sentence ("Any deal, in his view, should …")
CREDIT_NOUNS = {"view", "words", "telling", "opinion", "judgment", "judgement", "reading",
                "estimation"}


def _inserted_credit(doc: Doc, verbs: list[Token], mentions: list[ActorMention]
                     ) -> tuple[str | None] | None:
    """Who a credit of 'in his view' / 'in her words' / 'in Tremblay's telling' names, on the
    verb of the step or on the one it is joined to ("Ministers, in her words, should stop
    …"): the possessor (a pronoun as the latest actor). None without such a credit, or
    for one's own ('in my view' is the speaker's, as any quote)."""
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            noun = next((c for c in prep.children if c.dep_ == "pobj"
                         and c.lower_ in CREDIT_NOUNS), None)
            owner = _possessor(noun) if noun is not None else None
            if owner is None or owner.lower_ in ("my", "our"):
                continue
            return (_actor_of(doc, owner, mentions) or (
                _recent_actor(doc, owner, mentions) if owner.lower_ in PRONOUNS else None),)
    return None


# Nouns that announce asks a clause then spells out ("outlined three requests, chief among
# them that …", "made an offer of his own: teams should meet …")
ANNOUNCED_NOUNS = {"request", "demand", "condition", "precondition", "term", "principle",
                   "proposal", "offer", "suggestion", "recommendation", "idea", "point",
                   "priority", "requirement", "step", "measure"} | VOICED_NOUNS
# Words that pick the clause out of what was announced
PICKING_WORDS = {":", "among", "namely", "including", "notably", "particular", "chiefly",
                 "mainly", "principally", "especially"}


def _announced_holder(doc: Doc, verb: Token, mentions: list[ActorMention]
                      ) -> tuple[str | None] | None:
    """The one who set out, made or had the asks of which the clause of ``verb`` is one,
    told after a colon or 'among them' / 'namely' ("Xi set out four principles, among them
    that countries should …", "made an offer of his own: technical teams should meet …"):
    the subject of the verb that puts the noun forward. None when no such noun comes just
    before the clause, or when no one puts it forward (a demand rejected is not its
    rejecter's)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    opening = [c.left_edge.i for c in verb.children
               if c.dep_ in ("mark", "nsubj", "nsubjpass", "aux")]
    if not opening:
        return None
    sent = verb.sent
    at = min(opening) - 1
    picked = False
    while at > sent.start and (doc[at].lower_ in PICKING_WORDS | {",", "them", "chief", "first",
                                                                  "foremost", "above", "all",
                                                                  "in", "of"}):
        picked = picked or doc[at].lower_ in PICKING_WORDS
        at -= 1
    if not picked:
        return None
    for back in range(at, max(sent.start - 1, at - 6), -1):
        noun = doc[back]
        if noun.pos_ in ("VERB", "AUX"):
            return None
        if noun.pos_ == "NOUN" and noun.lemma_.casefold() in ANNOUNCED_NOUNS and \
                noun.dep_ in ("dobj", "obj") and noun.head.lemma_.casefold() in \
                REFUSING_VERBS | PLAN_UPTAKE and _possessor(noun) is None:
            return (None,)  # "rejected the demands, among them that …": another's, unnamed
        if noun.pos_ == "NOUN" and noun.lemma_.casefold() in ANNOUNCED_NOUNS and \
                noun.dep_ in ("dobj", "obj") and \
                noun.head.lemma_.casefold() in ANNOUNCING_VERBS and \
                not any(c.dep_ == "neg" for c in noun.head.children):
            owner = _subject(noun.head)
            if owner is None or owner.lower_ in ("i", "we"):
                return None
            return (_actor_of(doc, owner, mentions) or (
                _recent_actor(doc, owner, mentions) if owner.lower_ in PRONOUNS else None),)
    return None


PAIR_PEOPLE = {"man", "leader", "woman", "president", "minister"}
# the two sides of a meeting, as people or as states
PAIR_NOUNS = PAIR_PEOPLE | {"country", "side", "government", "state", "nation", "capital"}


# how many met, when a few: "the two men", "both leaders", "the three presidents"
FEW_COUNTS = {"two", "both", "three", "four", "five"}


def _pair(subj: Token, nouns: set[str] = PAIR_PEOPLE) -> bool:
    """"the two men", "both leaders", "the three leaders": a few people counted together,
    whom no one name stands for (with ``nouns``, also "the two countries")."""
    return subj.tag_ == "NNS" and subj.lemma_.casefold() in nouns and \
        any(c.lower_ in FEW_COUNTS for c in subj.children)


def _pair_person(doc: Doc, pair: Token, verb: Token, mentions: list[ActorMention]
                 ) -> str | None:
    """Who stands for "the two ministers" / "both men" who ask jointly (annotators list
    either): the first party of the contact told before when it is one of the people the
    actor resolver reads in the words, else the one of them named first."""
    people = {m.actor for m in mentions if m.how == "group" and m.start <= pair.idx < m.end}
    party = _parties_in_view(doc, verb)
    if not people or party in people:
        return party
    first_named = {a: min(m.start for m in mentions if m.actor == a) for a in people}
    return min(people, key=lambda a: (first_named[a], a))


def _continued_speaker(doc: Doc, pronoun: Token, verb: Token, mentions: list[ActorMention]
                       ) -> str | None:
    """"Blinken said that Netanyahu had accepted the plan, and he called on Hamas to do the
    same": 'he' of a verb joined to a verb of saying goes on with the one who said, not with
    the last person named inside what was said."""
    if pronoun.lower_ not in ("he", "she") or verb.dep_ != "conj" or \
            verb.head.lemma_.casefold() not in SPEECH:
        return None
    speaker = _subject(verb.head)
    if speaker is None or speaker.lower_ in PRONOUNS:
        return None
    name = _actor_of(doc, speaker, mentions)
    kinds = {a.name: a.kind for a in doc._.actors or []}
    return name if name is not None and kinds.get(name) == "person" else None


def _teller_goes_on(doc: Doc, pronoun: Token, mentions: list[ActorMention]) -> str | None:
    """"The Finnish minister told him that … . She urged Berlin to …": 'he'/'she' opening the
    sentence after a sentence whose main verb is one of saying or telling goes on with the one
    who spoke (its subject), not with the one spoken to, when both may be of the pronoun's
    gender; only where the actor resolver gave the pronoun the one spoken to."""
    if pronoun.lower_ not in ("he", "she") or pronoun.i != pronoun.sent.start + _lead(
            pronoun.sent) or pronoun.sent.start == 0:
        return None
    before = doc[pronoun.sent.start - 1].sent
    root = before.root
    if root.lemma_.casefold() not in SPEECH | TELLING_VERBS:
        return None
    speaker, told = _subject(root), _object(root) or next(
        (c for c in root.children if c.dep_ == "dative"), None)
    if speaker is None or told is None or speaker.lower_ in PRONOUNS:
        return None
    name, listener = _actor_of(doc, speaker, mentions), _mention_at(told, mentions)
    kinds = {a.name: a.kind for a in doc._.actors or []}
    if name is None or listener is None or name == listener or kinds.get(name) != "person" \
            or _mention_at(pronoun, mentions) != listener:
        return None
    entry = load_gazetteer(None).entries.get(name)
    sex = entry.gender if entry is not None and entry.gender else given_gender(name)
    return name if sex and sex[:1] == ("m" if pronoun.lower_ == "he" else "f") else None


def _previous_subject(doc: Doc, pronoun: Token, mentions: list[ActorMention],
                      quotes: list[Quote]) -> str | None:
    """"In a statement, the group said …. It demanded instead that …": 'It' or 'They' (or
    'Its', 'Their') opening a sentence goes on with the one who spoke or acted in the sentence
    before (its subject's actor, else the speaker the quote finder gave it), when that one
    agrees in number."""
    if pronoun.lower_ not in ("it", "they", "its", "their") or pronoun.i != \
            pronoun.sent.start + _lead(pronoun.sent) or pronoun.sent.start == 0:
        return None
    before = doc[pronoun.sent.start - 1].sent
    subj = _subject(before.root)
    if subj is None or subj.lower_ in PRONOUNS or \
            (subj.tag_ in ("NNS", "NNPS")) != (pronoun.lower_ in ("they", "their")):
        return None
    name = _actor_of(doc, subj, mentions)
    if name is None:
        quote = next((q for q in quotes if before.start_char <= q.start < before.end_char
                      and q.speaker), None)
        name = quote.speaker if quote is not None else None
    return name


def _document_before(doc: Doc, pronoun: Token) -> Token | None:
    """'It' opening a sentence whose previous sentence has a text as its subject ('the
    declaration', 'the final text'): the pronoun goes on with that text (returned)."""
    for _ in range(3):  # ('It also calls for …' two sentences on: the same text)
        if pronoun.i != pronoun.sent.start + _lead(pronoun.sent) or pronoun.sent.start == 0:
            return None
        subj = _subject(doc[pronoun.sent.start - 1].sent.root)
        if subj is None:
            return None
        if subj.lemma_.casefold() in STATEMENT_NOUNS | TEXT_NOUNS:
            return subj
        if subj.lower_ != "it":
            return None
        pronoun = subj
    return None


def _can_ask(doc: Doc, subj: Token, mentions: list[ActorMention]) -> bool:
    """Whether a subject is one who can voice a need or a call: a name, a pronoun, an actor
    mention on the word itself, a group of people, a body or a statement; not an event or a
    thing that merely has an owner ("Putin's war", "the crisis")."""
    if subj.pos_ in ("PROPN", "PRON") or _mention_at(subj, mentions) is not None:
        return True
    lemma = subj.lemma_.casefold()
    return lemma in STATE_SUBJECTS | ASKED_PARTIES | STATEMENT_NOUNS | NOT_THE_PARTIES | \
        BODY_NOUNS | OFFICE_WORDS | STAFF_NOUNS | {"embassy", "mission", "consulate"} or \
        subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or group_label(subj) is not None \
        or _person_described(subj)


def _people_calling(noun: Token) -> Token | None:
    """People a participle describes as calling for something: "protesters calling for …",
    "thousands of Syrians calling for …" (the Syrians), "the Kurdish party demanding …"."""
    if noun.lemma_.casefold() in CROWD_COUNTS:
        noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), noun)
    if noun.lemma_.casefold() in CROWD_COUNTS:
        return None
    if noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or group_label(noun) is not None:
        return noun
    return None


def _idea_owner(noun: Token) -> Token | None:
    """Whose plan or proposal it is: "the Arab League's plan calling for …", "a French
    proposal calling for …", "a plan drawn up by Annan calling for …"."""
    if noun.lemma_.casefold() not in IDEA_NOUNS | {"initiative", "roadmap", "road", "draft"}:
        return None
    return _possessor(noun) or _national_owner(noun) or next(
        (c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG")),
        None) or next((_agent(c) for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and _agent(c) is not None), None)


def _relative_antecedent(pronoun: Token) -> Token:
    """What a relative pronoun stands for: the head of its clause, except that 'who' takes the
    noun right before it when the parse hangs the clause elsewhere ("a focal point for
    demonstrators here, who have called for …": the demonstrators, not the point)."""
    clause = pronoun.head
    if pronoun.lower_ == "who" and clause.head.pos_ not in ("PROPN", "PRON") and \
            not clause.head.ent_type_:
        k = pronoun.i - 1
        while k > pronoun.sent.start and (pronoun.doc[k].is_punct or
                                          pronoun.doc[k].pos_ == "ADV"):
            k -= 1
        before = pronoun.doc[k]
        if before.pos_ in ("NOUN", "PROPN") and before.i != clause.head.i and \
                before.tag_ in ("NNS", "NNPS", "NNP"):
            return before
    return clause.head


def _relative_of_a_party_or_idea(verb: Token) -> bool:
    """"Kerry's proposal, which would call for …", "Clinton, who has called for …": a relative
    clause on a proposal or a party proposes; "a problem that demands …" does not."""
    antecedent = verb.head
    return antecedent.lemma_.casefold() in IDEA_NOUNS | STATEMENT_NOUNS or \
        antecedent.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _statement_issuer(noun: Token) -> Token | None:
    """The one who issues a statement: its owner ("the EU's statement"), the subject of the
    verb it is the object of ("the Council held a meeting to issue a statement"), or, for "the
    statement" told later, the issuer of the last statement issued before it."""
    if noun.lemma_.casefold() not in STATEMENT_NOUNS:
        return None
    owner = _possessor(noun) or next((c for c in noun.children if c.dep_ == "compound" and
                                      c.pos_ == "PROPN"), None)
    if owner is not None:
        return owner
    verb = _issuing_verb(noun)
    if verb is not None:
        return _subject(verb)
    doc = noun.doc
    for k in range(noun.i - 1, max(-1, noun.i - 200), -1):
        verb = _issuing_verb(doc[k], said_in=True)
        if verb is not None:
            return _subject(verb)
    return None


# A body's written findings, which 'urge' and 'recommend' as their authors do
REPORT_NOUNS = {"report", "study", "paper", "review", "assessment", "audit", "inquiry"}
# verbs whose subject issues a text: "published a report", "released a statement"
PUBLISHING_VERBS = {"issue", "publish", "release", "produce", "write", "present", "submit",
                    "prepare", "compile", "adopt", "draft", "deliver", "unveil"}


def _document_issuer(noun: Token, mentions: list[ActorMention]) -> Token | None:
    """Who issued the statement or report that asks ("The report urges …"): its owner or the
    name before it ("the Chatham House study"), the one it is by ("a report by Human Rights
    Watch", "released by"), else the subject of the verb that issued one of its kind in the
    sentence or the two before ("The Crisis Group published a report on Monday. The report
    urges …"); a pronoun only as the actor resolver reads it."""
    kind = noun.lemma_.casefold()
    if kind not in STATEMENT_NOUNS | REPORT_NOUNS or noun.pos_ != "NOUN":
        return None
    owner = _possessor(noun) or next((c for c in noun.children if c.dep_ == "compound"
                                      and c.pos_ == "PROPN"), None)
    by = next((o for c in [noun, *(a for a in noun.children if a.dep_ == "acl")]
               for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
               for o in p.children if o.dep_ == "pobj"), None)
    if owner is not None or by is not None:
        return owner or by
    doc = noun.doc
    first = doc[noun.sent.start].sent.start
    for _ in range(2):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first:noun.i]):
        if tok.lemma_.casefold() != kind or tok.dep_ not in ("dobj", "obj") or \
                tok.head.lemma_.casefold() not in PUBLISHING_VERBS:
            continue
        issuer = _subject(tok.head)
        if issuer is not None and (issuer.lower_ not in PRONOUNS
                                   or _mention_at(issuer, mentions) is not None):
            return issuer
    return None


def _issuing_verb(token: Token, said_in: bool = False) -> Token | None:
    """The verb whose subject issues the statement this token names: "released a statement",
    and with said_in "In their joint statement, X and Y said …" (_statement_issuer looks back
    for both; _issuer_before, for a "they" opening the next sentence, for the first only)."""
    if token.lemma_.casefold() not in STATEMENT_NOUNS:
        return None
    if token.dep_ in ("dobj", "obj") and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    if said_in and token.dep_ == "pobj" and token.head.lower_ == "in" and \
            token.head.head.pos_ in ("VERB", "AUX"):
        return token.head.head
    return None


def _condition(token: Token) -> Token | None:
    """The condition of a refused consent, as the noun phrase to label it: "would not agree
    to any ceasefire that does not include a pullout" (a pullout), "no deal will be accepted
    without the destruction of the tunnels" (the destruction)."""
    offered = _offer_condition(token)
    if offered is not None:
        return offered
    if token.pos_ != "VERB" or token.lemma_.casefold() not in CONSENT_VERBS:
        return None
    consented = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] + [
        o for p in token.children if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children if o.dep_ == "pobj"]
    refused = any(c.dep_ == "neg" for c in token.children) or any(
        d.dep_ == "det" and d.lower_ == "no" for c in consented for d in c.children)
    if not refused:
        return None
    # ("any agreement reached without its participation": the participle's phrase)
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll", "’ll")
                 for c in token.children)
    made = [] if not future else [
        a for c in consented for a in c.subtree if a.dep_ == "acl" and a.tag_ in ("VBN", "VBD")
    ] + [
        # (the parse may hang the participle on the verb as a clause with no subject)
        c for c in token.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBD") and not any(
            a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children)]
    for holder in (token, *consented, *made):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "without":
                return next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None)
            if prep.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless"
                                            for m in prep.children):
                return prep  # "no demands would be met unless its security is guaranteed"
    for thing in consented:
        for rel in thing.children:
            if rel.dep_ == "relcl" and rel.lemma_.casefold() in INCLUDE_VERBS and \
                    any(c.dep_ == "neg" for c in rel.children):
                return next((o for o in rel.children
                             if o.dep_ in ("dobj", "obj", "xcomp", "ccomp", "pcomp")), None)
        negated = _negated_relative(thing)
        if negated is not None:
            return negated  # "any deal that has not been approved in a referendum"
    return None


# steps that punish: a party ready to take one "if" the other acts threatens, it asks nothing
PUNITIVE_STEPS = {"impose", "sanction", "punish", "retaliate", "respond", "strike", "attack",
                  "hit", "expel", "freeze", "cut", "use", "escalate", "act", "defend"}


def _offer_condition(token: Token) -> Token | None:
    """The condition a party sets on a step of its own: "ready to resume talks if the West
    stopped arming Kyiv" (ready, willing, prepared … if / once / provided), "will not
    negotiate until Russian troops leave" (a refusal in the future until or unless). Only a
    condition with a subject of its own ("if needed" sets none)."""
    if token.pos_ == "ADJ" and token.lemma_.casefold() in ("conditional", "contingent"):
        # "has made any sanctions relief conditional on verified steps by Tehran"
        return next((o for h in (token, token.head) for p in h.children
                     if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                     for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
    unmet = _unmet_condition(token)
    if unmet is not None:
        return unmet
    marks: tuple[str, ...]
    if token.pos_ == "ADJ" and token.lemma_.casefold() in ("ready", "willing", "prepared") \
            and token.dep_ == "acomp":
        step = next((c for c in token.children if c.dep_ == "xcomp"), None)
        if step is not None and step.lemma_.casefold() in PUNITIVE_STEPS:
            return None  # "ready to impose sanctions if Russia escalated": a threat, whose
            # condition is what the party opposes, not what it asks for
        if any(c.dep_ == "neg" for h in (token, token.head) for c in h.children):
            return None  # "not ready for peace if America is involved": the condition is
            # what stands in the way, not what the party asks for
        marked = _marked_condition(token)
        if marked is not None:
            return marked  # "prepared to discuss patrols as long as the quotas are agreed"
        holders, marks = [token, token.head], ("if", "once", "provided", "providing")
    elif token.pos_ == "VERB" and any(c.dep_ == "neg" for c in token.children) and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll", "’ll")
            for c in token.children):
        holders, marks = [token], ("until", "unless")
    elif _vowed_refusal(token):
        # "Moscow has threatened not to renew it unless …", "vowed not to return to the
        # talks until Pristina withdraws …", "refused to sign unless …": a refusal to come,
        # told with a verb of vowing, that waits on another's act (also a time clause's
        # condition: "not to extend the agreement when it expires unless …")
        holders, marks = [token, *(c for c in token.children if c.dep_ == "advcl" and any(
            m.lower_ in ("when", "once", "after", "before") for m in c.children
            if m.dep_ in ("mark", "advmod")))], ("until", "unless")
    elif token.pos_ == "VERB" and token.lemma_.casefold() not in PUNITIVE_STEPS and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "’ll")
            # ("would order a ceasefire and begin talks if …": the second step shares it)
            for c in [*token.children, *(token.head.children if token.dep_ == "conj" else [])]):
        # "would return to talks only if Washington lifted its sanctions": a step of its
        # own made to wait on another's ("only if", not a bare "if": a plan or a threat)
        # (between parties: not "couples would receive leave only if their marriage is
        # recognized", a rule described)
        subject = _subject(token)
        if subject is not None and (_a_party(subject) or subject.lemma_.casefold() in
                                    BODY_NOUNS | STATE_SUBJECTS | {"chamber", "we"}) and \
                token.lemma_.casefold() in OFFERED_STEPS:
            marked = _marked_condition(token)
            if marked is not None:
                return marked  # "his chamber would accept the text provided that …"
        if not _a_party(subject):
            return None
        offered = token.lemma_.casefold() in OFFERED_STEPS
        only_if = next((c for c in token.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "if" for m in c.children) and any(
            a.dep_ == "advmod" and a.lower_ == "only" and a.i < c.i for a in c.children)
            and _sets_condition(c, offered)), None)
        if only_if is None and (token.lemma_.casefold() in GIVING_STEPS or (
                token.lemma_.casefold() in TALK_OPENERS and _offered_talks(token))) and not any(
                c.dep_ == "neg" for c in token.children):
            # "Kazakhstan would contribute to the fund if Tashkent published its figures":
            # a step given for another party's act (a bare "if" after a step that gives, or
            # that opens talks or a truce: "would begin negotiations if Ukraine withdrew")
            own = _mention_at(subject, token.doc._.actor_mentions or []) if subject else None
            only_if = next((c for c in token.children if c.dep_ == "advcl" and c.i > token.i
                            and c.tag_ in ("VBD", "VBP", "VBZ") and any(
                                m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
                            and not any(a.dep_ in ("neg", "aux") for a in c.children)
                            and _other_party_acts(c, own)), None)
        return only_if
    else:
        return None
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                              for m in clause.children) and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                return clause
    return None


VOWING_VERBS = {"threaten", "vow", "pledge", "promise", "swear"}
REFUSING_TO = {"refuse", "decline"}


def _vowed_refusal(step: Token) -> bool:
    """A step refused for the future by a verb of vowing: "threatened not to renew it",
    "vowed not to return", "refused to sign" (the vowing verb itself not negated)."""
    if step.pos_ != "VERB" or step.dep_ != "xcomp" or any(
            c.dep_ == "neg" for c in step.head.children):
        return False
    head = step.head.lemma_.casefold()
    return head in REFUSING_TO or head in VOWING_VERBS and any(
        c.dep_ == "neg" for c in step.children)


# words that make what follows a condition set, not a time or a cause ("as long as",
# "provided (that)", "on condition that"); a bare "if" may open a threat or a plan
CONDITION_MARKS = (("as", "long", "as"), ("so", "long", "as"), ("provided",), ("providing",),
                   ("on", "condition", "that"), ("on", "the", "condition", "that"),
                   ("in", "exchange", "for"), ("in", "return", "for"))


def _cleft_need(verb: Token) -> Token | None:
    """The thing of "What X needs (now) is Y": a need told with what meets it recommends Y
    (not "What Biden needs to do": a heading with no answer, nor a past "what Kyiv needed
    was", told of then)."""
    be = verb.head
    if verb.lemma_.casefold() != "need" or verb.dep_ != "csubj" or be.lemma_ != "be" or \
            verb.tag_ not in ("VBZ", "VBP") or be.tag_ == "VBD" or not any(
                c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children) or any(
                c.dep_ == "xcomp" for c in verb.children):
        return None
    return next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)


LISTING_VERBS = PUTTING_FORWARD | {"set", "lay", "spell", "list", "make", "issue", "repeat",
                                   "restate", "reiterate"}
# ... and having or bringing them ("had a sharper message for Tehran: …")
ANNOUNCING_VERBS = LISTING_VERBS | {"have", "bring", "raise", "give", "name", "deliver",
                                    "convey", "carry"}


def _listed_asks(noun: Token) -> Token | None:
    """The first of the asks a colon lists after the noun that a party sets out ("has set
    out three demands: a halt to new dams, …", "made two requests: …"): its apposition."""
    doc = noun.doc
    if noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.casefold() not in LISTING_VERBS \
            or noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ":" or \
            any(c.dep_ == "neg" for c in noun.head.children):
        return None
    return next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i + 1), None)


def _sets_condition(clause: Token, offered: bool) -> bool:
    """Whether an 'only if' clause sets a condition on others: a party acts in it ("only if
    Washington lifted its sanctions"), or, after a step offered, a thing is so ("would attend
    only if the agenda included the customs post"), not a pronoun's doing."""
    doer = next((a for a in clause.children if a.dep_ in ("nsubj", "nsubjpass")), None)
    return _a_party(doer) or offered and doer is not None and doer.pos_ == "NOUN"


def _other_party_acts(clause: Token, own: str | None) -> bool:
    """The subject of a condition is a party other than the one that sets it."""
    doer = next((a for a in clause.children if a.dep_ == "nsubj"), None)
    mentions = clause.doc._.actor_mentions or []
    return doer is not None and doer.lower_ not in PRONOUNS and _a_party(doer) and (
        own is None or _mention_at(doer, mentions) != own)


# steps that give another party something, which a bare 'if' on the other's act sells
GIVING_STEPS = {"contribute", "pay", "fund", "finance", "lift", "ease", "release", "reopen",
                "resume", "withdraw", "share", "grant", "recognise", "recognize", "restore",
                "extend", "provide", "return", "drop", "suspend", "normalise", "normalize"}
# steps that open talks or a truce ("would begin negotiations", "would declare a ceasefire");
# not "would consider talks if Kyiv asked for them", a step weighed
TALK_OPENERS = {"begin", "start", "open", "hold", "declare", "order", "launch", "enter",
                "announce", "call"}
LASTING_VERBS = {"take", "last", "need", "require", "remain", "continue", "go", "stay", "be",
                 "live", "exist", "run", "hold"}
# steps a party would take for a price, which a condition set on them asks for; "as long as"
# after others ("would keep fighting as long as …", "would stay as long as …") tells a time
OFFERED_STEPS = CONSENT_VERBS | MEETING_ACTS | PLAN_UPTAKE | POLICY_VERBS | {
    "return", "resume", "reopen", "open", "release", "withdraw", "contribute", "pay", "fund",
    "share", "allow", "grant", "drop", "restore", "normalise", "normalize"}


def _marked_condition(token: Token) -> Token | None:
    """The clause after a condition mark that follows a step a party is ready to take or
    would take ("willing to return to talks as long as Pristina suspended the deployment",
    "would accept the text provided that the government stepped down"): its verb, which has
    a subject of its own. The parse hangs such a clause anywhere, so it is found by its words
    after the step, within the step's sentence and before any other clause of saying."""
    doc = token.doc
    words = [t.lower_ for t in doc]
    end = token.sent.end
    for i in range(token.i + 1, end):
        if doc[i].lemma_.casefold() in SPEECH and doc[i].pos_ == "VERB" or doc[i].lower_ == ";":
            return None
        mark = next((m for m in CONDITION_MARKS if tuple(words[i:i + len(m)]) == m), None)
        if mark is None:
            continue
        j = i + len(mark) + (words[i + len(mark)] == "that" if i + len(mark) < end else 0)
        if mark[-1] == "for":
            # "would pay for the buses in exchange for a guarantee that …": the thing asked
            return next((t for t in doc[j:min(end, j + 6)] if t.dep_ == "pobj"
                         and t.head.i == i + len(mark) - 1 and t.pos_ == "NOUN"), None)
        for verb in doc[j:min(end, j + 12)]:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                            and c.i >= j), None)
            if verb.pos_ not in ("VERB", "AUX") or subject is None:
                continue
            if mark[-1] == "as" and (subject.lower_ in PRONOUNS | {"i", "we", "you"} or
                                     verb.lemma_.casefold() in LASTING_VERBS):
                return None  # "as long as it takes", "as long as the talks last": a time
            return verb
        return None
    return None


def _unmet_condition(token: Token) -> Token | None:
    """The act a step threatened or withheld waits on another party not taking: "the Commission
    would use its tools if China did not act" asks China to act, "would not ratify it if
    Stockholm did not extradite them" asks the extradition (the condition of a threat states
    what is asked only when it is another party's act left undone; "would respond if Russia
    attacked" asks nothing)."""
    subject = _subject(token) if token.pos_ == "VERB" else None
    if subject is None or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll",
                                                                  "’ll")
                                  for c in token.children) or not _a_party(subject):
        return None
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children):
        return None  # "NATO would have attacked if Russia had not moved first": a past unreal
    mentions = token.doc._.actor_mentions or []
    own = _mention_at(subject, mentions)
    for clause in token.children:
        if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") or not any(
                m.dep_ == "mark" and m.lower_ == "if" for m in clause.children) or not any(
                c.dep_ == "neg" for c in clause.children) or clause.tag_ == "VBN":
            continue
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.lower_ not in PRONOUNS and _a_party(doer) and (
                own is None or _mention_at(doer, mentions) != own):
            return clause
    return None


def _a_party(token: Token | None) -> bool:
    """A state, body or person named (an actor mention or a name), not a pronoun or a thing."""
    if token is None:
        return False
    mentions = token.doc._.actor_mentions or []
    return _mention_at(token, mentions) is not None or token.ent_type_ in (
        "GPE", "ORG", "NORP", "PERSON")


def _negated_relative(thing: Token) -> Token | None:
    """The negated relative clause on a thing refused ("would not accept any deal, he added,
    that had not been approved in a referendum"), read on the words after the thing (past an
    inserted credit) since the parse often hangs such a clause elsewhere."""
    doc = thing.doc
    k = thing.i + 1
    if k < len(doc) and doc[k].text == ",":
        # skip an inserted credit (", he added,")
        close = next((t.i for t in doc[k + 1: min(len(doc), k + 8)] if t.text == ","), None)
        if close is None or not any(t.lemma_.casefold() in SPEECH
                                    for t in doc[k + 1: close]):
            return None
        k = close + 1
    if k >= len(doc) or doc[k].lower_ not in ("that", "which") or \
            doc[k].dep_ not in ("nsubj", "nsubjpass", "dobj", "obj"):
        return None  # (not "Barr's word that Mueller had not found …": what the word said)
    verb = doc[k].head
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


def _agent(verb: Token) -> Token | None:
    """The doer a passive names after "by", if any."""
    return next((g for c in verb.children if c.dep_ == "agent"
                 for g in c.children if g.dep_ == "pobj"), None)


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def _possessor(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ == "poss"), None)


def _national_owner(token: Token) -> Token | None:
    """"a Chinese proposal", "the Franco-German demand": the nation qualifying the noun."""
    return next((c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
                 and c.ent_type_ in ("NORP", "GPE")), None)


def _addressee_of(doc: Doc, verb: Token, mentions: list[ActorMention],
                  contact_fallback: bool = True) -> str | None:
    """Who is to act: the subject of the recommended verb (the agent of a passive); with
    ``contact_fallback``, for a subject that names no one, the parties of the contact in
    view."""
    subj = _subject(verb)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        subj = _agent(verb)
    name = _actor_of(doc, subj, mentions)
    if name is not None and subj is not None and _named_inside_a_thing(doc, subj, name,
                                                                       mentions):
        return None  # (nor the contact's parties: the thing is a matter of its own)
    if name is None and subj is not None and subj.lower_ in ("he", "she", "they", "it"):
        name = _recent_actor(doc, subj, mentions)
    if name is None and subj is not None and subj.pos_ == "NOUN":
        # "Biden’s first task is to …": whose task it is
        name = _actor_of(doc, _possessor(subj), mentions)
        if name is None and subj.lemma_.casefold() == "administration":
            name = DEFAULT_HOME  # "the administration" unnamed: the home government
        if name is None and contact_fallback and subj.lemma_.casefold() not in NOT_THE_PARTIES \
                and not _described_group(subj) and subj.lemma_.casefold() != "side":
            # "the two governments should …", "the discussion should avoid …": the sides of
            # the contact the article is about (their states when the subject is states);
            # not "both sides should return to the table": the sides of a dispute, whom a
            # mediator's contact does not name
            # (negotiators and envoys act for their states, as officials and diplomats do)
            name = _parties_in_view(doc, verb, states=subj.lemma_.casefold() in
                                    STATE_SUBJECTS | STATE_AGENTS)
    return name


def _co_speakers(sent: Span, proposer: str, addressee: str, mentions: list[ActorMention]
                 ) -> bool:
    """Are the proposer and the addressee joined as the subject of the sentence ('Moscow and
    Beijing said …', 'Paris and Berlin called for …')? Then both propose; neither is asked."""
    for token in sent:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        names = {_mention_at(t, mentions) for t in [token, *token.conjuncts]}
        if proposer in names and addressee in names:
            return True
    return False


def _named_inside_a_thing(doc: Doc, subj: Token, name: str, mentions: list[ActorMention]
                         ) -> bool:
    """"any change to the status of Taiwan must come peacefully", "any deal with Iran must
    include …": a party named only in a phrase on a thing that is to happen is not the one to
    act (not "the government of China", "the rest of Europe": a party's own part)."""
    if subj.pos_ != "NOUN" or _can_ask(doc, subj, mentions) or subj.lemma_.casefold() in \
            QUANTIFIER_SUBJECTS | SHARE_NOUNS | STAFF_NOUNS | MEMBER_NOUNS | {"rest", "each"}:
        return False
    # ("the relationship between Europe and China must …": the two it is between act)
    phrases = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in subj.children
               if p.dep_ == "prep" and p.i > subj.i and p.lower_ not in ("between", "among")]
    spots = [m.start for m in mentions if m.actor == name
             and subj.left_edge.idx <= m.start <= subj.right_edge.idx]
    return bool(spots) and all(any(a <= at < b for a, b in phrases) for at in spots)


OFFICE_WORDS = {"president", "minister", "chancellor", "premier", "emir", "king", "secretary",
                "envoy", "ambassador", "governor", "senator", "spokesman", "spokeswoman",
                "spokesperson", "general", "commander", "chief", "sultan", "crown", "pope"} | \
    CLERIC_TITLES  # clergy named by their title ("Grand Ayatollah X … the ayatollah told …")


OFFICE_PARTS = {"prime", "foreign", "vice", "defence", "defense", "deputy", "finance", "crown",
                "interior", "trade", "secretary"}


def _titled_before(doc: Doc, subj: Token, mentions: list[ActorMention]) -> str | None:
    """"Indonesian President Joko Widodo opened … The president urged …": a bare "the
    <office>" is the person last named with that office in the two sentences before or its
    own (a name the actor resolver left to context)."""
    # (a lower-case office the tagger calls a proper noun too: "the secretary general")
    if not (subj.pos_ == "NOUN" or subj.pos_ == "PROPN" and subj.is_lower) or \
            subj.lemma_.casefold() not in OFFICE_WORDS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children) or any(
            c.dep_ in ("poss", "prep") or c.dep_ in ("compound", "amod")
            and c.lower_ not in OFFICE_PARTS for c in subj.children):
        return None
    # "the prime minister", "the foreign minister": the office in all its words
    office = " ".join(t.lower_ for t in subj.subtree if t.dep_ != "det")
    first = subj.sent.start
    for _ in range(2):
        if first > 0:
            first = doc[first - 1].sent.start
    start = doc[first].idx
    kinds = {a.name: a.kind for a in doc._.actors or []}
    # (or one given that office earlier and named since by name alone: "Grand Ayatollah Ali
    # al-Sistani … Sistani's office said the ayatollah told …")
    titled = {m.actor for m in mentions if m.start < subj.idx and kinds.get(m.actor) == "person"
              and re.search(rf"\b{re.escape(office)}\b", m.text.casefold())}
    named = [m for m in mentions if start <= m.start < subj.idx and m.actor in titled]
    if named:
        return named[-1].actor
    # "Qatar's emir met … The emir offered …": an office told before with its state (or
    # body: "NATO's secretary general … the secretary general had asked …") and no name
    # stands for that state or body
    states = set()
    for t in doc[first: subj.i]:
        if t.lemma_.casefold() == subj.lemma_.casefold() and t.pos_ == "NOUN":
            owner = _possessor(t) or _national_owner(t)
            state = _mention_at(owner, mentions) if owner is not None else None
            if state is not None and kinds.get(state) in ("state", "organization"):
                states.add(state)
    return states.pop() if len(states) == 1 else None


def _headline_office_holder(doc: Doc, subj: Token, mentions: list[ActorMention]) -> str | None:
    """A headline's bare office ("Pope, in Juba, presses …", "Chancellor urges …"): the person
    the lead, in its first sentences, names with that office ("Pope Francis told …")."""
    if subj.sent.start != 0 or subj.lemma_.casefold() not in OFFICE_WORDS or any(
            c.dep_ in ("det", "poss", "compound", "amod") for c in subj.children):
        return None
    ends = [s.end_char for s in list(doc.sents)[1:4]]
    if not ends:
        return None
    kinds = {a.name: a.kind for a in doc._.actors or []}
    office = re.compile(rf"\b{re.escape(subj.lower_)}\b")
    return next((m.actor for m in mentions if subj.sent.end_char <= m.start < ends[-1]
                 and kinds.get(m.actor) == "person" and office.search(m.text.casefold())), None)


AGENT_GROUPS = {"bank", "lender", "government", "country", "state", "nation", "power", "donor",
                "creditor", "leader", "ally", "partner", "member", "investor", "company", "firm",
                "institution", "economy", "neighbour", "neighbor", "democracy", "capital"}


def _official_state(doc: Doc, pronoun: Token, mentions: list[ActorMention]) -> str | None:
    """'He'/'she' opening a sentence after "Iran's foreign ministry spokesman said …" or "The
    Chinese ambassador said …": an official left unnamed speaks for the state named with the
    office (no person to give)."""
    if pronoun.lower_ not in ("he", "she") or pronoun.i != pronoun.sent.start + _lead(
            pronoun.sent) or pronoun.sent.start == 0:
        return None
    before = doc[pronoun.sent.start - 1].sent
    subj = _subject(before.root)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.casefold() not in OFFICE_WORDS | {
            "official", "diplomat"} or _mention_at(subj, mentions) is not None:
        return None
    owner = _possessor(subj) or _national_owner(subj) or next(
        (c for c in subj.children if c.dep_ == "amod" and _mention_at(c, mentions)), None)
    name = _actor_of(doc, owner, mentions) if owner is not None else None
    kinds = {a.name: a.kind for a in doc._.actors or []}
    return name if name is not None and kinds.get(name) != "person" else None


def _asked_speaker(doc: Doc, cue: Token, speaker: Token | None, mentions: list[ActorMention]
                   ) -> str | None:
    """"Lavrov was less dismissive. Asked whether Putin would meet Zelensky, he said …": the
    one asked is not whom the question is about; "he" is the last person named before the
    sentence (in its paragraph) who is not named in the question."""
    if speaker is None or speaker.lower_ not in ("he", "she"):
        return None
    asked = next((c for c in cue.children if c.dep_ == "advcl" and c.lemma_ == "ask"
                  and c.tag_ == "VBN" and c.i < speaker.i), None)
    if asked is None:
        return None
    lo, hi = asked.left_edge.idx, asked.right_edge.idx + len(asked.right_edge)
    about = {m.actor for m in mentions if lo <= m.start < hi}
    if _mention_at(speaker, mentions) not in about:
        return None
    text = doc_text(doc)
    start = text.rfind("\n", 0, cue.sent.start_char) + 1
    people = {a.name for a in doc._.actors or [] if a.kind == "person"}
    before = [m.actor for m in mentions if start <= m.start < cue.sent.start_char
              and m.actor in people and m.actor not in about]
    return before[-1] if before else None


def _alliance(doc: Doc, subj: Token) -> str | None:
    """"The allies proposed …" in an article about NATO: the alliance acting as one (not
    "Ukraine's allies", "Western allies": a group the words pick out)."""
    if subj.lower_ != "allies" or [c.lower_ for c in subj.children] != ["the"]:
        return None
    return "NATO" if any(a.name == "NATO" for a in doc._.actors or []) else None


def _body_state(doc: Doc, subj: Token, mentions: list[ActorMention]) -> str | None:
    """The state a body named only by its office refers to ("the foreign ministry", "the
    government"): the one state named before it in its sentence and the sentence before, in
    the same paragraph; None when none or several are."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) or \
            _possessor(subj) is not None or _national_owner(subj) is not None:
        return None
    start = subj.sent.start_char
    if subj.sent.start > 0:
        before = doc[subj.sent.start - 1].sent
        if "\n" not in doc_text(doc)[before.end_char:start]:
            start = before.start_char
    kinds = {a.name: a.kind for a in doc._.actors or []}
    states = {m.actor for m in mentions if start <= m.start < subj.idx
              and kinds.get(m.actor) == "state"}
    return states.pop() if len(states) == 1 else None


def _body_named_before(doc: Doc, subj: Token, mentions: list[ActorMention]) -> str | None:
    """"China's foreign ministry responded. Its spokesman said … The ministry also demanded
    …": a bare "the <body>" is the state whose body of that name was told last, in the three
    sentences before (not whichever state the sentence before happens to name)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) or \
            _possessor(subj) is not None or _national_owner(subj) is not None:
        return None
    first = subj.sent.start
    for _ in range(3):
        if first > 0:
            first = doc[first - 1].sent.start
    kinds = {a.name: a.kind for a in doc._.actors or []}
    for t in reversed(doc[first: subj.sent.start]):
        if t.pos_ == "NOUN" and t.lemma_.casefold() == subj.lemma_.casefold():
            owner = _possessor(t) or _national_owner(t)
            state = _mention_at(owner, mentions) if owner is not None else None
            return state if state is not None and kinds.get(state) == "state" else None
    return None


def _described_group(subj: Token) -> bool:
    """"multilateral banks", "Western governments": a group its adjective picks out, not the
    parties of the contact in view (as "the two governments", "both sides", "the leaders")."""
    if subj.tag_ != "NNS" or subj.lemma_.casefold() not in AGENT_GROUPS:
        return False  # ("practical steps should include …": steps, no parties described)
    return any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.ent_type_ not in ("NORP", "GPE")
               and c.lower_ not in ("two", "both", "respective", "three")
               for c in subj.children)


# the others in a contact, named by their tie to one who took part ("urged his guests")
MET_RELATIONS = {"guest", "visitor", "host", "partner", "counterpart", "interlocutor"}


def _met_party(doc: Doc, noun: Token | None, proposer: str) -> str | None:
    """"Li urged his guests to …", "pressed his partners for …": those asked are the others
    in the last contact told before, with the proposer in it (its first party that is neither
    the proposer nor the proposer's state)."""
    if noun is None or noun.lemma_.casefold() not in MET_RELATIONS or not any(
            c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its")
            for c in noun.children) or any(c.dep_ not in ("poss", "det", "punct")
                                           for c in noun.children):
        return None  # (not "his European partners", "his partners in the coalition")
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.pos_ == "ADP" and after.lower_ != "for":
        return None  # (the parse may hang "in the coalition" on the verb)
    own = _state_of_person(doc, proposer)
    contacts = [c for c in doc._.contacts or [] if c.start <= noun.idx
                and proposer in c.participants]
    if not contacts:
        return None
    kinds = {a.name: a.kind for a in doc._.actors or []}
    # guests, hosts, visitors and counterparts are people (partners may be states)
    people = noun.lemma_.casefold() != "partner"
    return next((str(p) for p in contacts[-1].participants
                 if p != proposer and (own is None or p != own
                                       and _state_of_person(doc, str(p)) != own)
                 and (not people or kinds.get(str(p)) == "person")), None)


def _parties_in_view(doc: Doc, verb: Token, states: bool = False) -> str | None:
    """The first party of the last contact reported before ``verb`` (else the first one);
    with ``states``, the first party's state."""
    contacts = [c for c in (doc._.contacts or []) if c.participants]
    if not contacts:
        return None
    # (a pair of parties before a body's summit told at the same place: "met on the
    # sidelines of the BRICS summit" is about the two who met)
    pairs = [c for c in contacts if len(c.participants) >= 2]
    contacts = pairs or contacts
    before = [c for c in contacts if c.start <= verb.idx]
    chosen = before[-1] if before else contacts[0]
    party = str(chosen.participants[0])
    if states:
        actor = next((a for a in doc._.actors or [] if a.name == party), None)
        if actor is not None and actor.kind == "person" and actor.country:
            return str(actor.country)
    return party


def _actor_of(doc: Doc, token: Token | None, mentions: list[ActorMention]) -> str | None:
    if token is None:
        return None
    text = doc_text(doc)
    lines = [(d.start(), d.end()) for d in datelines(text)]
    line_end = next((b for a, b in lines if a <= token.idx < b), None)
    if line_end is not None:
        # "UNITED NATIONS, Aug. 14 (Wire) — UN Secretary-General António Guterres urged": the
        # parse makes the dateline's place the subject and the lead's subject its apposition
        lead = next((c for c in token.children if c.dep_ == "appos"
                     and c.idx >= line_end), None)
        return _actor_of(doc, lead, mentions) if lead is not None else None
    if _related_group(token) and not _person_described(token):
        return None  # "Ukraine's partners": others, known by their tie to Ukraine (but "his
        # rival in Tripoli, Khaled Senussi" is the one named)
    party = every_member_party(token)
    if party is not None:
        return party  # "Every Republican on the committee demanded …": the party
    kin = _kin_label(token)
    if kin is not None:
        return kin or None
    if token.lemma_.casefold() in SHARE_NOUNS and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None  # "a majority of Americans": the public, not the state
    party = _party_members(token) or _definite_body(doc, token, mentions)
    if party is not None:
        return party  # "Republican senators are calling for …", "the party is calling for …"
    lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    for child in token.children:
        if child.dep_ in ("relcl", "acl", "appos") and child.i > token.i:
            hi = min(hi, child.left_edge.idx)
        if child.dep_ == "prep" and child.i > token.i and child.lower_ in RANKS_PREPS and any(
                o.dep_ == "pobj" and o.lemma_.casefold() in RANKS_NOUNS for o in child.children):
            # "the Greens in his own coalition", "hardliners in her party": a group within a
            # leader's camp, not the leader the pronoun names
            hi = min(hi, child.idx)
        if child.dep_ == "prep" and child.i > token.i and child.lower_ in ("in", "at") and \
                doc[child.i - 1].text == ",":
            hi = min(hi, child.idx)  # "The envoy, in Cairo, urged …": where, not whose
    # ("Islamabad-based diplomats": where they are, not whose they are; "UNITED NATIONS, Aug.
    # 14 (Wire) — UN Secretary-General …": the dateline the parse takes into the subject is
    # where the report comes from)
    inside = [m for m in mentions if lo <= m.start < hi and not BASED.match(text, m.end)
              and not any(a <= m.start < b for a, b in lines)]
    people = {a.name for a in doc._.actors or [] if a.kind == "person"}
    if _former_title(token) and not any(
            m.actor in people for m in mentions
            # (nor one the apposition names: "a former ambassador, Tran Dung, said …")
            if token.left_edge.idx <= m.start < token.right_edge.idx + len(token.right_edge)):
        return None  # "a former DNC chairman says": one who no longer speaks for the body
    for m in inside:
        if m.start <= token.idx < m.end:
            return m.actor
    for child in token.children:
        # "Ukraine's first lady, Olena Zelenska, urged …": the person the apposition names,
        # not the country that qualifies the title; so too for any one person described
        # ("an expert at the University of Copenhagen, Mette Holm, said …": not the university)
        if child.dep_ == "appos" and child.i > token.i and (
                token.lower_ in TITLE_WORDS or token.lemma_.casefold() in KIN_NOUNS
                or token.tag_ == "NN"):
            named = _mention_at(child, mentions)
            if named in people:
                return named
    if token.pos_ == "NOUN" and (token.lemma_.casefold() in RELATION_NOUNS | {
            "delegation", "team", "mission"} or token.lemma_.casefold() not in
            BODY_NOUNS | STATE_SUBJECTS and any(c.dep_ == "acl" for c in token.children)):
        # "his rival in Tripoli, Khaled Senussi, demanded …", "its delegation, headed by Afi
        # Mensah, will ask …": the one named or heading it speaks
        named = _mention_at(_described_as(token) or token, mentions)
        if named in people:
            return named
    if token.pos_ == "NOUN":
        # (a body of the state the description names, not a namesake elsewhere: "Kazakhstan's
        # parliament, the Senate"; no mention covers the token here, the loop above returned)
        home = {a.name: a.country for a in doc._.actors or []}
        states = {home.get(m.actor) for m in inside}
        bodies = {a.name for a in doc._.actors or [] if a.kind == "organization"
                  and (not states or a.country in states)}
        for child in token.children:
            # "the lower house of Russia's parliament, the State Duma, voted …": the body the
            # apposition names, not the state that qualifies the description
            named = _mention_at(child, mentions) if child.dep_ == "appos" and \
                child.i > token.i else None
            if named in bodies:
                return named
    if token.lower_ in TITLE_WORDS:
        # "President of Ukraine Volodymyr Zelensky has called …": the person titled
        titled = next((m.actor for m in inside if m.actor in people), None)
        if titled:
            return titled
    return inside[0].actor if inside else None


RELATION_NOUNS = {"partner", "ally", "neighbour", "neighbor", "friend", "backer", "supporter",
                  "critic", "rival", "enemy", "adversary", "foe", "patron", "sponsor"}


def _related_group(token: Token) -> bool:
    """"Ukraine's partners", "all of Ukraine's allies", "its neighbours": a group named by its
    tie to a party is not that party."""
    node = token
    if token.lower_ in QUANTIFIER_SUBJECTS | {"each", "any"}:
        node = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), token)
    return node.lemma_.casefold() in RELATION_NOUNS and node.tag_ in ("NNS", "NNPS") and \
        _possessor(node) is not None


def _party_members(token: Token) -> str | None:
    """"Republican senators", "GOP lawmakers", "Democratic members": members named by their
    party act for it (the gazetteer's party)."""
    if token.tag_ not in ("NNS", "NNPS") or token.lemma_.casefold() not in MEMBER_NOUNS or \
            any(c.dep_ == "appos" for c in token.children):
        return None  # ("two Republican senators, X and Y, …": the two named)
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.i < token.i:
            word = PARTY_WORDS.get(child.lower_)
            if word is not None:
                return next((e.name for e in load_gazetteer(None).lookup(word)
                             if e.sector == "political_party"), None)
    return None


def _own_clause_between(token: Token, verb: Token) -> bool:
    """Whether a verb joined by a conjunction stands between a noun and a verb above it: "…
    must be protected but also has broached the need to …" (the need is another proposal)."""
    node = token.head
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return False


def _noun_agent(noun: Token) -> Token | None:
    """Who made a request or demand named by a noun with "by": "a request by the challengers
    to put the rule on hold"."""
    if noun.pos_ != "NOUN" or noun.lemma_.casefold() not in DEMAND_NOUNS:
        return None
    by = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
               for o in p.children if o.dep_ == "pobj"), None)
    if by is None and noun.lemma_.casefold() == "request":
        # "a request from Austin for a call"; "at the request of the American side" (an
        # of-phrase names the asker only in that set phrase: "the demands of the job")
        preps = ("from", "of") if noun.dep_ == "pobj" and noun.head.lower_ in (
            "at", "on", "upon") else ("from",)
        by = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
                   for o in p.children if o.dep_ == "pobj"), None)
    if by is None and noun.dep_ == "nsubj" and noun.head.lemma_.casefold() == "come":
        # "A call for fresh elections came from Petro": the one it came from
        by = next((o for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "from"
                   for o in p.children if o.dep_ == "pobj"), None)
    return by


def _plural_subject_above(token: Token) -> Token | None:
    """For 'their' before a demand noun deep in a clause, the nearest plural subject of the
    clauses above ("they felt the FBI was not forthcoming in their request": they, not the
    FBI)."""
    for anc in list(token.ancestors)[:6]:
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they",
                                                                                  "we")):
            return subj
    return None


# A group named by the camp it sits in ("rebels in his own party")
RANKS_PREPS = {"in", "of", "from", "within", "inside"}
RANKS_NOUNS = {"party", "coalition", "caucus", "faction", "camp", "rank", "base", "bloc",
               "wing"}


# People by the post they hold, who speak for their state only while they hold it
POST_NOUNS = {"diplomat", "official", "envoy", "negotiator", "ambassador", "officer",
              "commander", "spokesman", "spokeswoman", "aide", "lawmaker", "senator", "minister",
              "adviser", "advisor", "emissary"}


def _former_title(token: Token) -> bool:
    """"a former DNC chairman", "an ex-UN envoy", "a former Iranian diplomat": a title or
    post its holder no longer holds."""
    return (token.lower_ in TITLE_WORDS or token.lemma_.casefold() in POST_NOUNS) and any(
        c.dep_ == "amod" and c.lower_ in ("former", "ex", "ex-", "retired")
        for c in token.children)


def _kin_label(token: Token) -> str | None:
    """"Scott's family", "the Lee family", "his relatives": the family as a group of its own
    ("Scott family"), never the person it is named after; "Scott's wife" unnamed is someone
    we cannot name (""). None when the token is no kin word of a named person."""
    lemma = token.lemma_.casefold()
    if lemma not in KIN_NOUNS or any(c.dep_ == "appos" for c in token.children):
        return None
    owner = _possessor(token) or next((c for c in token.children if c.dep_ == "compound"
                                       and c.pos_ == "PROPN"), None)
    if owner is None or owner.pos_ != "PROPN":
        return None
    if lemma in ("family", "relative", "relatives", "parent", "parents"):
        return f"{owner.text} family"
    return ""


def _recent_actor(doc: Doc, pronoun: Token, mentions: list[ActorMention]) -> str | None:
    """The mention the actor resolver gave the pronoun, else its antecedent."""
    return _mention_at(pronoun, mentions) or antecedent(doc, pronoun, mentions)


def _mention_at(token: Token, mentions: list[ActorMention]) -> str | None:
    """The actor of the mention the token stands in, if any."""
    return next((m.actor for m in mentions if m.start <= token.idx < m.end), None)


def _quote_at(quotes: list[Quote], start: int, end: int) -> Quote | None:
    for q in quotes:
        if q.start <= start and end <= q.end + 1:
            return q
    return None


# --- issue labels -------------------------------------------------------------------------

def _issue(token: Token, verb: Token, kind: str, max_words: int) -> str | None:
    """A short label: the proposed act and its object ("offer U.S. participation"); "do the
    same" says what the same is."""
    if token.pos_ == "NOUN" and token.lemma_.casefold() == "condition" and \
            _condition_stated(token) == verb:
        # "that an environmental study be completed first": the whole clause asked
        return _words([t for t in verb.subtree if t.dep_ not in ("mark", "aux", "auxpass",
                                                                  "det")], max_words)
    needed = _cleft_need(token) if token.pos_ == "VERB" else None
    if needed is not None:
        return _words([t for t in needed.subtree if t.dep_ != "det"], max_words)
    listed = _listed_asks(token) if token.pos_ == "NOUN" else None
    if listed is not None:
        # the first ask listed, without the others conjoined to it
        others = {t.i for c in listed.children if c.dep_ in ("conj", "cc", "punct")
                  for t in c.subtree}
        return _words([t for t in listed.subtree if t.i not in others and t.dep_ != "det"],
                      max_words)
    if token.pos_ == "VERB" and token.lemma_.casefold() == "give":
        act = _deadline_act(token)
        if act is not None:
            return _words(_act_phrase(act), max_words)
    if token.pos_ == "VERB" and token.lemma_.casefold() == "offer":
        role = _offered_role(token)
        offered = _object(token)
        if role is not None and offered is not None:
            return _words([*_subject_phrase(offered), role.head,
                           *(t for t in role.subtree if t.i >= role.left_edge.i)], max_words)
    if token.pos_ == "VERB" and token.lemma_.casefold() in READY_OFFERS and _ready_to(token):
        return _words(_act_phrase(token), max_words)  # "host talks", "mediate between …"
    advised = _done_well(verb)
    if advised is not None:
        return _words(_negation(advised) + _act_phrase(advised), max_words)  # "… to offer talks"
    label = _issue_words(token, verb, kind, max_words)
    if label is None and token.lower_ in MODALS and verb.lemma_ == "be":
        label = _elided_state(verb, max_words)
    if label is None and token.pos_ == "VERB" and token.i == verb.i and token.dep_ == "relcl" \
            and any(c.dep_ in ("dobj", "obj") and c.tag_ in ("WDT", "WP")
                    for c in token.children):
        # "the call, which the Kremlin requested, …": what is asked is the noun the clause
        # hangs on
        label = _words(_subject_phrase(token.head), max_words)
    if label is not None and label.casefold() in SAME_ACTS:
        return _same_act(token, max_words) or label
    return label


# what completes "be": the state a modal's bare "be" leaves to the sentence before
BE_COMPLEMENTS = {"acomp", "attr", "prep", "xcomp", "ccomp", "oprd", "dobj", "npadvmod",
                  "advmod", "auxpass", "acl"}


def _elided_state(be: Token, max_words: int) -> str | None:
    """"The chancellor says he is in no hurry. He should be": a bare "be" after a modal takes
    its state from the "be" of the sentence before, said of the same one ('he' … 'he'), with
    that sentence's negation left out ("be in a hurry")."""
    if any(c.dep_ in BE_COMPLEMENTS for c in be.children):
        return None
    subject = _subject(be)
    if subject is None or subject.lower_ not in PRONOUNS or be.sent.start == 0:
        return None
    before = be.doc[be.sent.start - 1].sent
    stated = next((t for t in reversed(before) if t.lemma_ == "be" and t.dep_ not in (
        "aux", "auxpass") and (_subject(t) or t).lower_ == subject.lower_), None)
    if stated is None:
        return None
    words: list[str] = ["be"]
    for comp in (c for c in stated.children if c.dep_ in ("acomp", "attr", "prep")):
        for t in comp.subtree:
            if t.dep_ == "neg" or t.lower_ in ("never", "hardly"):
                continue
            if t.dep_ == "det" and t.lower_ == "no":
                if t.head.tag_ == "NN":
                    words.append("a")  # "in no hurry": "in a hurry"
                continue
            words.append(t.text)
    return " ".join(words[:max_words]) if len(words) > 1 else None


# what the one asked does with a request put to them
ANSWERING_VERBS = {"refuse", "decline", "reject", "accept", "grant", "turn", "rebuff", "deny",
                   "ignore", "honour", "honor", "approve", "receive"}


# verbs that tell a contact or event happening ("the meeting took place at the request of …"):
# what the request asked for is their subject, and no one in the clause acts on it
HAPPENING_VERBS = {"take", "be", "happen", "come"}


def _act_at_request(noun: Token) -> Token | None:
    """The verb an "at X's request" / "on the request of X" phrase qualifies ("was leading a
    delegation at Biden's request": leading), through the nouns the parse may hang the phrase
    on ("a delegation of officials at Biden's request"); None when no verb is found."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "on", "upon"):
        return None
    act = noun.head.head
    for _ in range(3):
        if act.pos_ in ("VERB", "AUX") or act.dep_ not in ("pobj", "prep", "dobj", "obj"):
            break
        act = act.head
    return act if act.pos_ in ("VERB", "AUX") else None


ALLOWING_VERBS = {"allow", "let", "permit", "enable", "authorise", "authorize", "entitle"}


def _allowed_on_request(noun: Token) -> bool:
    """"an agreement that allows Chinese police to be deployed at Honiara's request", "the
    treaty lets either side send troops at the other's request": an act some terms allow upon
    a request, which tells no request made."""
    act = _act_at_request(noun)
    return act is not None and any(a.pos_ in ("VERB", "AUX") and a.lemma_.casefold() in
                                   ALLOWING_VERBS for a in [act, *list(act.ancestors)[:3]])


def _request_asked(token: Token) -> Token | None:
    """Whom a request named by a noun or an ultimatum is put to: the one who refuses or grants
    it ("China declined a request from Austin"), the one given the time ("gave the soldiers one
    week to …")."""
    if token.pos_ == "VERB" and token.lemma_.casefold() == "give" and \
            _deadline_act(token) is not None:
        return next((c for c in token.children if c.dep_ == "dative"), None)
    if token.pos_ == "NOUN" and token.lemma_.casefold() == "request" and \
            token.dep_ == "pobj" and token.head.lower_ in ("at", "on", "upon"):
        # "the director was leading a delegation at Biden's request": the one who acts
        act = _act_at_request(token)
        if act is not None and act.lemma_.casefold() not in HAPPENING_VERBS:
            return _subject(act)
        return None
    if token.pos_ != "NOUN" or token.lemma_.casefold() not in DEMAND_NOUNS or \
            token.dep_ not in ("dobj", "obj") or token.head.pos_ != "VERB" or \
            token.head.lemma_.casefold() not in ANSWERING_VERBS:
        return None
    return _subject(token.head)


def _request_content(noun: Token, max_words: int) -> str | None:
    """What a request or demand named by a noun asks when the noun holds no clause of its own,
    from where the sentence puts it: the for-phrase after its asker ("a request from Austin for
    a call"), an infinitive hung on the verb that takes it ("refused her requests to see the
    president"), the clause an "at X's request" qualifies ("was leading a delegation at
    Biden's request"), the subject it names ("a halt was Moscow's central demand")."""
    doc = noun.doc
    agent = _noun_agent(noun)
    if agent is not None and noun.lemma_.casefold() == "request":
        hosts = [*noun.children, *agent.subtree, *(
            c for c in noun.head.children if c.i > noun.i)]
        for t in hosts:
            pobj = next((o for o in t.children if o.dep_ == "pobj"), None) \
                if t.dep_ == "prep" and t.lower_ == "for" else None
            if pobj is not None:
                return _words(doc[pobj.left_edge.i: pobj.right_edge.i + 1], max_words)
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.tag_ == "TO" and after.head.pos_ == "VERB" and \
            after.head.i > noun.i and after.head.head in (noun, noun.head):
        return _words(_act_phrase(after.head), max_words)
    act = _act_at_request(noun)
    if act is not None:
        if act.lemma_.casefold() in HAPPENING_VERBS:
            # "the meeting took place at the request of …": the meeting asked for
            subj = _subject(act)
            return _words(_subject_phrase(subj), max_words) if subj is not None else None
        return _words([t for t in _act_phrase(act) if t.i < noun.head.i
                       or t.i > noun.head.right_edge.i], max_words)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subj = _subject(noun.head)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return _words(doc[subj.left_edge.i: subj.right_edge.i + 1], max_words)
    return None


def _same_act(token: Token, max_words: int) -> str | None:
    """What "do the same" repeats: the last act with an object told before it, in its sentence
    or the one before ("Israel had accepted the bridging proposal, and he called on Hamas to
    do the same": accept the bridging proposal)."""
    doc = token.doc
    first = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
    for k in range(token.i - 1, first - 1, -1):
        act = doc[k]
        thing = _object(act) if act.pos_ == "VERB" else None
        if thing is None or act.lemma_.casefold() in SPEECH | {"do", "call", "urge", "ask"} \
                or thing.lower_ in PRONOUNS | {"same", "this", "that"} or any(
                    a.dep_ in ("acl", "relcl") for a in [act, *act.ancestors]):
            continue  # (not an act inside a noun's description: "a proposal meant to close")
        words = _words([t for t in thing.subtree if t.i <= thing.i], max_words - 1)
        return f"{act.lemma_} {words}" if words else None
    return None


def _issue_words(token: Token, verb: Token, kind: str, max_words: int) -> str | None:
    doc = token.doc
    head = verb
    if token.pos_ == "NOUN" and token.i == verb.i and not _misparsed_verb(token):
        # "the need for a security deal", "Moscow's demand that …"
        content = _plan_content(token) if _plan_put_forward(token) else None
        if content is not None and content.pos_ in ("VERB", "AUX"):
            # "a plan under which it would remain neutral": what the plan holds
            return _words(_act_phrase(content), max_words)
        comp = next((c for c in token.children if c.dep_ in ("acl", "ccomp")), None) or \
            _stray_that_clause(token) or (
            _call_to_an_act(token) if token.lemma_.casefold() == "call" else None) or (
            _call_to_act(token) if token.lemma_.casefold() == "call" else None) or (
            # "its appeal for all parties to respect …": the clause hung on the noun
            next((c for c in token.children if c.dep_ == "advcl" and any(
                a.tag_ == "TO" for a in c.children)), None)
            if token.lemma_.casefold() in ("appeal", "plea") else None) or (
            _called_for_clause(token.head) if token.lemma_.casefold() == "call"
            and token.dep_ in ("dobj", "obj") else None)
        if comp is None:
            named = _request_content(token, max_words)
            if named is not None:
                return named
            if _plan_put_forward(token) and content is None:
                # "presented the Franco-German proposal to Vucic and Kurti": the plan itself
                return _words(_subject_phrase(token), max_words)
            asker = _noun_agent(token)
            # (the phrase naming who asks says nothing of what is asked)
            prep = next((c for c in token.children if c.dep_ == "prep"
                         and (asker is None or asker.head.i != c.i)), None)
            pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) \
                if prep is not None else None
            return _words(doc[pobj.left_edge.i: pobj.right_edge.i + 1], max_words) \
                if pobj is not None else None
        passive = next((c for c in comp.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and comp.tag_ == "VBN":
            # "the demand that every sanction be lifted": what is to be done, to what
            return _words(_subject_phrase(passive) + _negation(comp) + _act_phrase(comp),
                          max_words)
        head = comp
    elif token.pos_ == "VERB" and (token.lemma_.casefold() == "seek" or _wanting(token)) and \
            token.i == verb.i and _wanted_step(token) is not None:
        step = _wanted_step(token)
        assert step is not None
        if step.tag_ == "VBN":
            # "wants the sanctions lifted": the thing, then what is to be done with it
            thing = next((c for c in step.children if c.dep_ == "nsubj"), None)
            return _words([*(thing.subtree if thing is not None else [step.head]), step],
                          max_words)  # (or the object the participle hangs on)
        head = step
    elif (token.pos_ == "VERB" or _misparsed_verb(token)) and token.i == verb.i and \
            kind in ("demand", "proposal"):
        # "urged Russia to ease tensions": the act asked for, not the one asked
        comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None) or \
            _called_for_clause(verb) or (next(
                (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                 and any(a.tag_ == "TO" for a in c.children)), None)
                if verb.lemma_.casefold() in ("call", "appeal") and _called_on_to(verb) else None
                ) or (_detached_act(verb) if verb.lemma_.casefold() in PRESSING_VERBS else None)
        matter = _pressed_on(verb) if comp is None else None
        if matter is not None:
            # "presses him on Russian missiles": the matter pressed, not the one pressed
            return _words(doc[matter.left_edge.i: matter.right_edge.i + 1], max_words)
        if verb.lemma_.casefold() == "condition":
            # "conditioned any deal on the lifting of sanctions": what the deal waits for
            on = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in (
                "on", "upon") for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
            return _words(on.subtree, max_words) if on is not None else None
        if comp is None and verb.lemma_.casefold() == "ask":
            # "asked NATO for fighter jets": the thing asked for
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"),
                        None)
            comp = next((c for c in prep.children if c.dep_ == "pobj"), None) \
                if prep is not None else None
        comp = comp or next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        thing = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if comp is None and thing is not None and thing.pos_ in ("NOUN", "PROPN") and (
                thing.lower_ not in PRONOUNS):
            # "A ceasefire was proposed by Qatar": the passive's subject is what was proposed
            return _words(doc[thing.left_edge.i: thing.right_edge.i + 1], max_words)
        split = _split_that_clause(verb)
        if split is not None:
            return _words(split, max_words)
        passive = next((c for c in comp.children if c.dep_ == "nsubjpass"), None) \
            if comp is not None and comp.dep_ == "ccomp" and comp.tag_ == "VBN" else None
        if passive is not None and comp is not None:
            # "demands that all fines be cancelled": what is to be done, to what
            return _words(_subject_phrase(passive) + _negation(comp) + _act_phrase(comp),
                          max_words)
        called_for = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                           and c.i > verb.i), None)
        asked = next((c for c in called_for.children if c.dep_ == "pobj"), None) \
            if called_for is not None else None
        if comp is not None and comp.dep_ == "xcomp" and asked is not None and \
                asked.i < comp.i and verb.lemma_.casefold() != "ask":
            # "called for peace talks to resume": who is to act, and the act
            return _words(doc[asked.left_edge.i: comp.right_edge.i + 1], max_words)
        if comp is None and verb.lemma_.casefold() in ("propose", "suggest"):
            comp = _proposed_to(verb)[1]  # "proposed to Biden the creation of …"
        if comp is None:
            # ("Japan, for its part, called for restraint": a 'for' before the verb is an
            # aside, not what is called for)
            # ("has pressed for years for a seat": a time is not what is asked)
            preps = [c for c in verb.children if c.dep_ == "prep" and not (
                c.i < verb.i and c.lower_ == "for") and not _for_a_while(c)]
            # "In July, the NAACP called for a moratorium": what is called for
            prep = next((c for c in preps if c.lower_ in ("for", "on")), None) or \
                next(iter(preps), None)
            comp = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) \
                if prep is not None else None
        if comp is None:
            return None
        if comp.lower_ in ("that", "so") and comp.dep_ in ("dobj", "obj"):
            # "has been urging exactly that": what the sentence before named
            return _named_before(comp)
        head = comp
    elif token.lemma_.casefold() in ("need", "have") and token.i == verb.i:
        head = _needed_act(verb) or verb
    elif token.lemma_.casefold() in ESSENTIAL_ADJ | ADVISORY_ADJ and token.i != verb.i:
        # "it is essential that Ukraine never joins …": the clause that is essential
        head = next((c for c in [*token.children, *verb.children]
                     if c.dep_ in ("ccomp", "xcomp")), verb)
    undergoer = next((c for c in head.children if c.dep_ == "nsubjpass"), None) \
        if kind == "recommendation" and head.i == verb.i and head.tag_ == "VBN" else None
    if undergoer is not None and undergoer.pos_ in ("NOUN", "PROPN"):
        # "the ban should be lifted": what is to be done to what ("ban lifted"), as for
        # "demands that all fines be cancelled"
        return _words(_subject_phrase(undergoer) + _negation(head) + _act_phrase(head),
                      max_words)
    clause = next((c for c in verb.children if c.dep_ == "csubj"), None) \
        if verb.lemma_ == "be" and head.i == verb.i else None
    if clause is not None and any(c.dep_ == "attr" and c.lemma_.casefold() in NEED_NOUNS
                                  for c in verb.children):
        # "Getting Russia right should be a priority": what is to be done is the subject
        return _words(clause.subtree, max_words)
    parts = [t for t in head.subtree if t.i >= head.i or _modifies(t, head)
             or head.i != verb.i and t.dep_ != "mark" and verb.lemma_ == "be"]
    # Leave out subordinate clauses after the object: they explain, they are not the issue.
    cut = next((t.left_edge.i for t in parts if t.i > head.i and t.head.i == head.i and (
        t.dep_ in ("advcl", "mark", "relcl")
        # "… for the tensions and that NATO was building up": a second clause
        or t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))), None)
    if cut is not None:
        parts = [t for t in parts if t.i < cut]
    if parts and parts[-1].i + 2 < len(doc) and doc[parts[-1].i + 1].text == "-" and \
            not parts[-1].whitespace_ and not doc[parts[-1].i + 1].whitespace_:
        # "called for de-escalation and talks" parsed with 'de' alone as the object: the
        # word goes on past the hyphen
        rest = doc[parts[-1].i + 2]
        parts += [doc[parts[-1].i + 1]] + [t for t in rest.subtree if t.i >= rest.i]
    return _words(parts, max_words)


def _split_that_clause(verb: Token) -> list[Token] | None:
    """"demands that all sanctions imposed since Trump pulled out be removed": the parse may
    cut the that-clause in two complements, the first holding the subject (and a clause of
    its own), the second the subjunctive verb without a subject. The label joins the subject's
    phrase (up to its clause) with the verb."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if len(comps) < 2:
        return None
    act = next((c for c in comps[1:] if c.tag_ in ("VB", "VBN") and not any(
        d.dep_ in ("nsubj", "nsubjpass") for d in c.children)), None)
    holder = next((c for c in comps if c.i < (act.i if act is not None else -1) and any(
        d.dep_ in ("nsubj", "nsubjpass") for d in c.children)), None)
    if act is None or holder is None:
        return None
    subj = next(d for d in holder.children if d.dep_ in ("nsubj", "nsubjpass"))
    return _subject_phrase(subj) + _act_phrase(act)


def _subject_phrase(subj: Token) -> list[Token]:
    """A subject's head with the words before it that qualify it ("all sanctions"), not its
    clauses ("imposed since …")."""
    return [c for c in subj.children if c.i < subj.i and c.dep_ in (
        "det", "amod", "compound", "nummod")] + [subj]


def _act_phrase(act: Token) -> list[Token]:
    """A verb and what follows it in its clause, without a clause of time or a finite verb
    joined on ("removed and verified before it reverses …, and wants …")."""
    left_out = {t.i for a in act.subtree if a.i != act.i and (
        a.dep_ == "advcl" or a.dep_ == "conj" and a.tag_ in ("VBZ", "VBD", "VBP"))
        for t in a.subtree}
    return [t for t in act.subtree if t.i >= act.i and t.i not in left_out]


def _negation(act: Token) -> list[Token]:
    """The negation before a demanded act: "that the sanctions not be lifted" asks the
    opposite of "lifted"."""
    return [c for c in act.children if c.dep_ == "neg" and c.i < act.i]


def _named_before(pronoun: Token) -> str | None:
    """The thing a demonstrative object points back to: the last common noun the sentence
    before names as an object, with the words that qualify it ("… what Blinken has called
    'other options.' Bennett has been urging exactly that": other options)."""
    doc = pronoun.doc
    if pronoun.sent.start == 0:
        return None
    before = doc[pronoun.sent.start - 1].sent
    noun = next((t for t in reversed(before) if t.pos_ == "NOUN" and t.dep_ in (
        "dobj", "obj", "pobj", "oprd", "attr")), None)
    if noun is None:
        return None
    return _words([c for c in noun.children if c.i < noun.i and c.dep_ in (
        "amod", "compound", "nummod")] + [noun], 6)


def _modifies(token: Token, head: Token) -> bool:
    """A word before the head that qualifies it ("not", "security" of "security deal"), through
    modifiers only: "Mr." of the subject "Mr. Trump" is not part of what he should do."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("neg", "compound", "amod"):
            return False
        node = node.head
        if node.i == head.i:
            return True
    return False


def _words(tokens, max_words: int) -> str | None:
    tokens = list(tokens)
    # a label never runs past a line break (a headline into its byline)
    stop = next((k for k, t in enumerate(tokens) if "\n" in t.text_with_ws and k > 0), None)
    if stop is not None:
        tokens = tokens[:stop + (0 if "\n" in tokens[stop].text else 1)]
    # nor into a clause that describes or qualifies it ("…'s release, which will not be
    # honored", "membership, senior officials …", "protected but also …")
    stop = next((k for k, t in enumerate(tokens) if k > 0 and (
        t.lower_ in ("which", "who", "whom") or t.lower_ in LABEL_BREAKS
        or t.lower_ == "but" and t.dep_ == "cc"
        or t.text == "," and k + 1 < len(tokens) and (
            tokens[k + 1].tag_ in ("WDT", "WP", "VBG") or _opens_subject(tokens[k + 1])))),
        None)
    if stop is not None:
        tokens = tokens[:stop]
    # auxiliaries go ("should", "will"), an infinitive's "to" inside the label stays, and so
    # does a modal of a clause the label holds whole ("something Kyiv can use"); a word split
    # at a hyphen is joined again ("de-escalation")
    inside = {t.i for t in tokens}
    kept_modals = {t.i for t in tokens if t.tag_ == "MD" and t.head.i in inside
                   and t.head.head.i in inside and t.head.head.i != t.head.i}
    words: list[str] = []
    firsts: list[Token] = []  # the token each word begins with
    glue = False
    for k, t in enumerate(tokens):
        if t.text in ("-", "\u2010", "\u2011") and k > 0 and not tokens[k - 1].whitespace_ \
                and not t.whitespace_ and words:
            words[-1] += "-"
            glue = True
            continue
        if t.is_punct or t.is_space or (t.dep_ == "aux" and t.lower_ != "not"
                                        and not (t.tag_ == "TO" and k > 0)
                                        and t.i not in kept_modals):
            glue = False
            continue
        text = "not" if t.lower_ in ("n't", "n’t") else t.text
        if glue:
            words[-1] += text
        else:
            words.append(text)
            firsts.append(t)
        glue = False
    while words and words[0].casefold() in STOP_ISSUE | {"is", "are", "was", "not"} and \
            len(words) > 1 and not (words[0].casefold() == "not" and len(words) > 1
                                    and words[1].casefold() not in STOP_ISSUE):
        words.pop(0)
        firsts.pop(0)
    while words and words[0].casefold() in STOP_ISSUE:
        words.pop(0)
        firsts.pop(0)
    cut = {t.i for t in firsts[max_words:]}
    words, firsts = words[:max_words], firsts[:max_words]
    while words and words[-1].casefold() in STOP_ISSUE | LABEL_TAIL:
        words.pop()
        firsts.pop()
    # nor on the words of a clause whose verb the cut left out ("a fund Chisinau", "that
    # Ukraine will never"), unless that would leave next to nothing
    whole = len(words)
    shorter = list(firsts)
    while shorter and (shorter[-1].lower_ in STOP_ISSUE | LABEL_TAIL
                       or _left_without_its_verb(shorter[-1], cut)):
        shorter.pop()
    if len(shorter) >= 3 and len(shorter) < whole:
        words = words[:len(shorter)]
    if firsts and firsts[-1].lower_ == "it" and firsts[-1].dep_ in ("dobj", "obj", "pobj"):
        # "A fair peace is possible, and Turkey is ready to host it": host a fair peace
        named = _it_antecedent(firsts[-1])
        if named is not None:
            words[-1] = named
    label = " ".join(words).replace(" ’s", "’s").replace(" 's", "'s").strip()
    return label or None


def _it_antecedent(pronoun: Token) -> str | None:
    """The thing an object 'it' points back to in the clause its own is joined to: that
    clause's subject, else its object, when a thing and no party ("The leverage is in trade,
    and the union should be ready to use it": the leverage; "the deal is fragile and
    Washington should protect it")."""
    mentions = pronoun.doc._.actor_mentions or []
    node = pronoun.head
    while node.dep_ != "conj" and node.head.i != node.i and node.dep_ in (
            "xcomp", "acomp", "ccomp", "prep", "pcomp", "advcl"):
        node = node.head
    if node.dep_ != "conj" or node.head.i >= node.i or node.head.pos_ not in ("VERB", "AUX"):
        return None
    first = node.head
    noun = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or noun.pos_ != "NOUN":
        noun = next((c for c in first.children if c.dep_ in ("dobj", "obj", "attr")
                     and c.pos_ == "NOUN"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS") or \
            _mention_at(noun, mentions) is not None:
        return None
    words = [c for c in noun.children if c.i < noun.i and c.dep_ in (
        "det", "amod", "compound", "nummod", "poss")] + [noun]
    if len(words) > 4 or any(t.pos_ == "PRON" and t.dep_ != "poss" for t in words):
        return None
    return " ".join(t.lower_ if t.dep_ == "det" else t.text
                    for t in words)  # ("The deal is fragile …": the deal)


def _left_without_its_verb(token: Token, cut: set[int]) -> bool:
    """A word of a clause's subject, auxiliaries or adverbs whose verb is among the words the
    label's length cut off."""
    node = token
    while node.dep_ in ("amod", "compound", "det", "nummod", "poss", "case") and \
            node.head.i != node.i:
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod") and \
        node.head.i in cut


def _opens_subject(token: Token) -> bool:
    """Whether a word after a comma opens the subject of a clause of its own ("…, senior
    officials have recognised …") or an apposition (no part of what is proposed)."""
    node = token
    for _ in range(3):
        if node.dep_ not in ("amod", "compound", "det", "nummod", "poss"):
            break
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass", "appos") and node.i >= token.i


def _item_issue(body: str, max_words: int) -> str:
    """A list item's label: its first phrase, up to a clause break."""
    # (a full stop ends the phrase, not the one inside "U.S.")
    first = re.split(r"[;:(]|\.(?=\s|$)|\s[\u2014\u2013]\s|,\s(?:plus|along|with|which|or|"
                     r"currently|including)\b", body, maxsplit=1)[0]
    words = first.split()[:max_words]
    while words and words[-1].casefold() in STOP_ISSUE | LABEL_TAIL:
        words.pop()
    return " ".join(words).strip(" ,") or body[:60]


def _list_lines(doc: Doc, units: list[Span]) -> list[Span]:
    """The sentence units, cut again where a new line opens with a list mark (the parser may
    run two dash items separated by a single line break into one sentence)."""
    out: list[Span] = []
    for unit in units:
        start = unit.start
        for tok in unit:
            if tok.i > start and "\n" in tok.text_with_ws and tok.i + 1 < unit.end and (
                    doc[tok.i + 1].text in ("-", "\u2014", "\u2013", "\u2022", "*")
                    or _number_mark(doc, tok.i + 1)):
                out.append(doc[start:tok.i + 1])
                start = tok.i + 1
        out.append(doc[start:unit.end])
    # the sentencizer may end a unit after a bare item number ("1." then "Convene the ..."):
    # the number and the item it opens, on the same line, are one unit
    merged: list[Span] = []
    for unit in out:
        if merged and BARE_MARK.match(merged[-1].text) and unit.start == merged[-1].end and \
                "\n" not in merged[-1].text_with_ws:
            merged[-1] = doc[merged[-1].start:unit.end]
        else:
            merged.append(unit)
    return merged


def _number_mark(doc: Doc, i: int) -> bool:
    """An item number opening a line: "1." / "2)" / "(3)" (tokens "1" "." and the like)."""
    if doc[i].text == "(" and i + 1 < len(doc):
        i += 1
    word = doc[i].text
    if re.fullmatch(r"\d{1,2}[.)]", word):
        return True
    return bool(re.fullmatch(r"\d{1,2}", word)) and i + 1 < len(doc) and \
        doc[i + 1].text in (".", ")") and not doc[i].whitespace_


def _starts_paragraph(doc: Doc, sent: Span) -> bool:
    before = doc_text(doc)[max(0, sent.start_char - 3): sent.start_char]
    return sent.start_char == 0 or "\n" in before


def _clause_span(doc: Doc, sent: Span, verb: Token) -> tuple[int, int]:
    """Evidence: the sentence (trimmed); one sentence may hold several proposals."""
    return sentence_bounds(doc_text(doc), sent.start_char, sent.end_char)


def make_proposal_extractor(nlp: Language, name: str, max_issue_words: int) -> ProposalExtractor:
    return ProposalExtractor(nlp, ProposalsConfig(max_issue_words=max_issue_words))
