"""Word sense checks for contact triggers: is this "meet", "call", "visit" or "talks" a contact?

The contact extractor finds trigger words; in ordinary political news many of them are used in a
sense that reports no contact between identifiable parties. Each predicate here looks at the
dependency parse around one trigger token and returns a short reason when the word is NOT a
contact, or None when it may be one:

- "meet" as satisfying a standard ("met the 15 percent threshold", "standards were met"),
  or as receiving a reaction ("the plan was met with protests");
- a negated contact ("never met", "had neither met X nor …", "refused to meet");
- a trigger that only modifies another noun ("a phone interview", "meeting rooms"), or a call
  or talk with reporters, audiences and interest groups rather than a counterpart;
- goods, money or shares as the mover of "come to" / "fly to" (trade flows, not trips);
- contests: debates, races and rivals ("met her opponents in two Senate races");
- personal encounters ("met his wife");
- "contacts" meaning acquaintances ("his banking contacts");
- phrasal senses ("called out X" = criticised it);
- hosting events that are not meetings ("host rallies", "host a fundraiser"); visiting
  facilities at home ("visited another bridge");
- generic talks with no parties of their own that are only what others support, observe or
  brace for ("the discussions are backed by …", "people involved in the negotiations",
  "whether X is bracing for negotiations");
- contacts in general: plural nouns qualified as recurring or to come with no article or
  owner ("suspended from future meetings", "regular consultations");
- one side's own gatherings: "a Democratic caucus lunch", "the Cabinet meeting" (unless a
  "with"/"between" names someone from outside);
- the public's travel: "visas for Russians to visit America", "tourists travel to Crimea".

The predicates read only the parse (lemmas, dependencies, entity types); ``not_a_contact`` runs
them in order and returns the first reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from readout.analyze.gazetteer import REGION_WORDS

# "meet" = satisfy: the things one meets in that sense
STANDARD_NOUNS = {
    "standard", "threshold", "requirement", "criterion", "criteria", "expectation", "goal",
    "target", "deadline", "benchmark", "quota", "condition", "obligation", "commitment",
    "demand", "need", "bar", "test", "minimum", "level", "limit", "definition", "qualification",
    "prerequisite", "specification", "guideline", "rule", "cost", "payroll", "budget", "burden",
    "objective", "aim", "promise", "pledge", "term", "mandate", "cap", "ceiling", "timeline",
    "estimate", "forecast", "projection", "eligibility", "responsibility", "duty", "challenge",
    "request", "norm", "bill", "percent", "percentage", "mark", "number",
    "ends", "end", "metric", "milestone", "hurdle", "quorum",
}
# "met with X" = received X
REACTION_NOUNS = {
    "criticism", "outrage", "protest", "resistance", "skepticism", "scepticism", "silence",
    "opposition", "backlash", "derision", "applause", "approval", "anger", "hostility",
    "disbelief", "concern", "condemnation", "cheer", "boo", "ridicule", "scorn", "praise",
    "enthusiasm", "suspicion", "dismay", "indifference", "response", "reaction", "laughter",
    "fury", "alarm", "jeer", "acclaim", "force", "violence", "gas", "gunfire", "fire",
    "objection", "complaint", "doubt", "resentment", "furor", "uproar", "disapproval",
    "rejection", "ovation", "shrug", "surprise", "shock", "relief", "cynicism", "mockery",
    "contempt", "disdain", "acceptance", "support", "indignation", "consternation", "incredulity", "pushback", "defiance", "denial", "fanfare", "excitement", "bullet",
    "tear", "hail", "stone", "arrest",
}
# the nouns a reaction comes in ("expressions of outrage", "a wave of protests")
REACTION_CARRIERS = {"expression", "wave", "storm", "chorus", "flood", "torrent", "outpouring",
                     "round", "mix", "mixture", "lot", "amount", "degree", "measure", "sort",
                     "kind", "bit", "series", "string", "barrage", "volley"}
# things a trigger word may qualify that are no contact ("a phone interview", "call records",
# "meeting rooms"); "summit declaration", "meeting notes" still imply the contact and stay
NON_CONTACT_HEADS = {
    "interview", "poll", "survey", "number", "record", "log", "bill", "company", "carrier",
    "service", "booth", "book", "app", "screen", "card", "hacking", "tap", "tapping", "scam",
    "room", "hall", "space", "banking", "charge", "sex", "bank", "tree", "centre", "center",
    "operator", "fraud", "spam", "etiquette", "manner", "skill", "habit", "plan", "data",
    "metadata", "recording", "camera", "battery", "charger", "directory", "privilege",
    "show", "radio", "host", "program", "programme", "station", "point", "sign", "letter",
}
# "a close call", "a judgment call", "a wake-up call": a call that is a decision or a warning
DECISION_CALL_WORDS = {"close", "judgment", "judgement", "tough", "wake", "wake-up", "roll",
                       "curtain", "casting", "bad", "good", "right", "wrong", "hard",
                       "difficult", "easy", "big", "gut", "personal", "clarion", "rallying",
                       "cattle", "booty", "toll", "free", "cold", "robo", "margin"}
# "spoke at a rally", "spoke before Congress": a speech; not "spoke at length"
SPEECH_SETTING_SKIP = {"length", "time", "point", "moment", "end", "start", "outset", "times",
                       "side", "sideline", "sidelines", "margin", "margins", "height", "peak",
                       "beginning", "close", "conclusion", "dawn", "turn", "heart",
                       "table", "level", "request", "invitation", "behest"}
# people a politician addresses, not counterparts in a contact
AUDIENCE_NOUNS = {
    "reporter", "journalist", "press", "media", "correspondent", "interviewer", "audience",
    "crowd", "supporter", "voter", "student", "donor", "reader", "viewer", "listener", "rally",
    "fan", "worker", "employee", "investor", "business", "constituent", "congregation",
    "graduate", "public", "camera", "anchor", "host", "podcast", "radio", "television", "tv",
    "newspaper", "outlet", "network", "station", "channel", "blogger", "columnist", "editor",
    "pollster", "caller", "parent", "teacher", "worshipper", "volunteer", "veteran",
    "retiree", "farmer", "attendee", "guest", "participant", "newsroom", "magazine",
    "interview", "show", "program", "programme",
}
# "business and political leaders": sector words that make leaders an audience
SECTOR_WORDS = {"business", "civic", "community", "religious", "faith", "industry", "corporate",
                "labor", "labour", "student", "tech", "technology", "financial", "banking",
                "grassroots", "union", "church", "party", "campaign", "youth",
                "university", "school", "hospital", "health", "farm", "energy", "oil"}
AUDIENCE_HEADS = {"leader", "official", "executive", "figure", "representative", "group",
                  "owner", "elite", "people", "americans", "citizen"}
# what flows between countries without anyone travelling
GOODS_NOUNS = {
    "export", "import", "good", "product", "trade", "shipment", "money", "investment", "fund",
    "cash", "oil", "gas", "steel", "car", "vehicle", "job", "drug", "weapon", "arm", "aid",
    "capital", "remittance", "cargo", "commodity", "crop", "food", "revenue", "profit",
    "dollar", "cent", "percent", "share", "worth", "value", "grain", "wheat", "corn", "fuel",
    "energy", "electricity", "water", "data", "traffic", "container", "merchandise", "part",
    "component", "supply", "sale", "purchase", "payment", "tariff", "tax", "loan", "debt",
    "bond", "price", "rate", "inflation", "migration", "flow", "stuff", "item", "material",
    "chemical", "pollution", "emission", "smoke", "ash", "air", "storm", "hurricane", "rain",
    "wind", "virus", "disease", "power", "message", "signal", "letter", "news", "word",
    "vote", "ballot", "email", "tweet", "benefit", "legislation", "avocado", "lime", "tomato",
    "fruit", "vegetable", "meat",
}
MOTION_TRIGGERS = {"come", "fly", "travel", "go", "head", "arrive", "return", "move", "flow"}
QUANTITY_ENTS = {"MONEY", "PERCENT", "QUANTITY"}
# contests, not meetings
CONTEST_NOUNS = {"debate", "race", "primary", "election", "contest", "match", "game", "final",
                 "semifinal", "tournament", "runoff", "caucus", "showdown", "stage", "ballot",
                 "poll", "polls", "matchup", "bout", "league", "playoff", "championship",
                 "rematch"}
CONTEST_PEOPLE = {"opponent", "rival", "challenger", "competitor", "contender", "foe"}
# meeting these is a personal encounter
KIN_NOUNS = {"wife", "husband", "spouse", "girlfriend", "boyfriend", "fiancee", "fiancé",
             "fiance", "fiancée", "bride", "groom", "sweetheart"}
# verbs of having or keeping contact: "maintained contacts", "has had contact"
CONTACT_KEEPING = {"have", "make", "establish", "maintain", "keep", "resume", "restore", "hold",
                   "seek", "initiate", "break", "cut", "sever", "intensify", "expand", "step",
                   "deepen", "renew", "avoid", "limit", "report", "disclose", "reveal", "deny"}
# a call verb with these particles is not a call: "called out" (criticised), "called off"
NOT_CALL_PARTICLES = {"out", "off"}
# hosting these is not a meeting with a counterpart
HOSTED_EVENTS = {
    "event", "rally", "fundraiser", "party", "show", "program", "programme", "podcast",
    "concert", "festival", "game", "tournament", "olympics", "exhibition", "competition",
    "debate", "celebration", "gala", "wedding", "workshop", "website", "site", "server",
    "radio", "town", "hall", "seminar", "webinar", "screening", "premiere", "auction",
    "contest", "race", "parade", "cup", "championship", "fair", "expo", "telethon",
    "broadcast", "series", "episode", "segment", "refugee", "migrant", "base", "troop",
    "headquarters", "office", "facility", "plant", "weapon", "missile", "cooking", "barbecue",
    "picnic", "hearing", "sale", "drive",
}
# facilities and sites: visiting them at home is no contact
FACILITY_NOUNS = {
    "bridge", "site", "factory", "plant", "school", "hospital", "farm", "mine", "border",
    "memorial", "museum", "church", "mosque", "temple", "synagogue", "store", "shop", "mall",
    "company", "campus", "construction", "area", "neighborhood", "neighbourhood", "facility",
    "warehouse", "port", "dam", "road", "highway", "tunnel", "airport", "station", "clinic",
    "shelter", "prison", "jail", "cemetery", "park", "zoo", "library", "restaurant", "diner",
    "cafe", "bar", "office", "headquarters", "studio", "set", "lab", "laboratory", "center",
    "centre", "classroom", "university", "college", "stadium", "arena", "field", "home",
    "house", "apartment", "hotel", "wall", "fence", "levee", "pipeline", "refinery", "rig",
    "reactor", "landfill", "scene", "ruin", "monument", "grave", "tomb", "battlefield",
    "website", "page", "doctor", "dentist", "relative", "family", "friend", "parent", "child",
    "grandchild", "mother", "father", "son", "daughter", "brother", "sister", "aunt", "uncle",
}
# nouns for talks in general
TALK_NOUNS = {"negotiation", "negotiations", "discussion", "discussions", "talks", "talk",
              "consultation", "consultations", "conversation", "conversations",
              "deliberation", "deliberations"}
# predicates that make talks happen or describe their course (the talks are the event)
HAPPENING_VERBS = {
    "take", "begin", "start", "continue", "resume", "end", "conclude", "stall", "collapse",
    "break", "fail", "last", "open", "produce", "yield", "go", "focus", "center", "centre",
    "cover", "include", "involve", "touch", "be", "hold", "lead", "result", "culminate",
    "succeed", "progress", "drag", "run", "wrap", "close", "finish", "proceed", "address",
    "deal", "revolve", "concentrate", "aim", "seek", "reach", "achieve", "bring", "mark",
    "come", "happen", "occur", "stretch", "extend", "span", "see", "fall", "founder",
    "falter", "restart", "reconvene", "intensify", "accelerate", "slow", "move",
    "get", "turn", "shift", "prove", "remain", "stay", "become", "seem", "appear", "look",
    "sound", "show", "help", "allow", "enable", "cause", "tackle", "discuss",
    "consider", "explore", "examine", "review", "feature", "mention", "hinge",
    "stumble", "deadlock", "schedule", "plan", "set", "expect", "arrange", "organize",
    "organise", "convene", "host", "chair", "attend", "join", "mediate", "broker",
}
# verbs after which the talks are only in prospect: "bracing for negotiations"
PROSPECT_VERBS = {"brace", "fear", "risk", "worry", "dread", "threaten", "warn", "predict",
                  "rule", "avoid", "prevent", "resist", "oppose", "reject", "refuse", "block",
                  "boycott", "shun", "dismiss"}
# participles and adjectives that make people observers of talks, not parties to them
OBSERVER_WORDS = {"involve", "involved", "familiar", "close", "brief", "briefed", "privy",
                  "knowledgeable", "aware", "connect", "connected", "acquaint", "acquainted",
                  "informed", "apprised"}
# subjects that only report: "people involved in the talks said"
GENERIC_PEOPLE = {"people", "person", "official", "source", "those", "one", "some", "many",
                  "others", "diplomat", "aide", "negotiator", "participant", "insider",
                  "observer", "analyst", "expert", "individual", "member", "staffer"}
# verbs of refusing or failing to meet
REFUSAL_VERBS = {"refuse", "decline", "fail", "reject", "avoid", "skip", "snub", "shun",
                 "forgo", "forego", "cancel", "scrap", "postpone", "boycott", "resist"}
# verbs that hold a contact named by a noun: "did not hold talks"
HOLDING_VERBS = {"have", "hold", "conduct", "attend", "arrange", "schedule", "make", "host",
                 "plan", "get", "join"}
# verbs saying a contact happened: "the summit never took place", "was not held"
OCCUR_VERBS = {"take", "happen", "occur", "go", "materialize", "materialise", "hold",
               "proceed", "convene", "start", "begin"}
# "is unlikely to meet", "was unable to travel"
UNLIKELY_WORDS = {"unlikely", "unable", "reluctant", "loath", "loth", "hesitant", "impossible",
                  "powerless", "unwilling"}
# modals that make a contact only possible: "talks might resume"
SPECULATIVE_MODALS = {"might", "may", "could"}
# what is received without anyone visiting: "received 38 percent support"
RECEIVED_THINGS = {"support", "vote", "percent", "protection", "aid", "immunity", "award",
                   "prize", "medal", "letter", "message", "money", "funding", "assistance",
                   "weapon", "sentence", "treatment", "attention", "backing", "endorsement",
                   "approval", "praise", "criticism", "share", "score", "rating", "boost",
                   "invitation", "donation", "contribution", "payment", "grant", "loan",
                   "briefing", "warning", "threat", "complaint", "request", "report", "news"}
NEGATORS = {"not", "n't", "never", "neither", "nor", "no"}


def _lemma(token: Token) -> str:
    return token.lemma_.casefold()


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _pobjs(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the token's prepositions among ``preps`` ("with X", "to Y"), conjuncts too."""
    wanted = set(preps)
    out: list[Token] = []
    for prep in token.children:
        if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ in wanted:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    out.append(obj)
                    out.extend(c for c in obj.conjuncts if c.i > obj.i)
    return out


def _is_named(token: Token) -> bool:
    """A name or a pronoun standing for someone: a possible party."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or \
        token.pos_ == "PRON" and token.lower_ not in ("it", "this", "that", "which", "what")


def _verb_of(trigger: Token) -> Token:
    """The trigger itself when it is a verb, else the nearest verb above it."""
    node = trigger
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            break
        node = node.head
    return trigger


# --------------------------------------------------------------------------- meet
def meets_a_standard(trigger: Token) -> str | None:
    """"did not meet the 15 percent threshold", "standards had been met", "make ends meet"."""
    if _lemma(trigger) != "meet":
        return None
    for obj in _children(trigger, "dobj", "nsubjpass", "nsubj"):
        if obj.dep_ == "nsubj" and obj.lower_ not in ("ends",):
            continue  # "the leaders met": the subject meets, it is not met
        words = {_lemma(obj), obj.lower_}
        if words & STANDARD_NOUNS:
            return f"'meet' = satisfy ({obj.lower_})"
        if obj.dep_ == "dobj" and obj.pos_ == "NOUN" and any(
                c.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") or c.lower_ in ("percent", "%")
                for c in obj.subtree):
            return "'meet' a figure"  # "met the 15 percent mark"
    if not _children(trigger, "dobj") and not _pobjs(trigger, ("with",)):
        # "a threshold he is not on track to meet", "the targets they failed to meet": the
        # standard is the noun the clause around an object-less 'meet' describes
        node = trigger
        for _ in range(5):
            if node.dep_ in ("relcl", "acl") and node.head.pos_ == "NOUN" and \
                    {_lemma(node.head), node.head.lower_} & STANDARD_NOUNS:
                return f"'meet' = satisfy ({node.head.lower_})"
            if node.dep_ == "relcl":
                break  # the gap is in the nearest relative clause
            if node.head.i == node.i:
                break
            node = node.head
    return None


def met_with_a_reaction(trigger: Token) -> str | None:
    """"was met with outrage", "met with public expressions of anger", "met with resistance"."""
    if _lemma(trigger) != "meet":
        return None
    for obj in _pobjs(trigger, ("with", "by")):
        lemma = _lemma(obj)
        if lemma in REACTION_NOUNS or obj.lower_ in REACTION_NOUNS:
            return f"'met with {obj.lower_}': a reaction"
        if lemma in REACTION_CARRIERS and any(
                _lemma(o) in REACTION_NOUNS for o in _pobjs(obj, ("of",))):
            return "'met with' a reaction"
    return None


def meets_kin(trigger: Token) -> str | None:
    """"where he met his wife": a personal encounter."""
    if _lemma(trigger) != "meet":
        return None
    objects = _children(trigger, "dobj") + _pobjs(trigger, ("with",))
    if any(_lemma(o) in KIN_NOUNS or o.lower_ in KIN_NOUNS for o in objects):
        return "a personal encounter"
    return None


def is_a_contest(trigger: Token) -> str | None:
    """"met her opponents in the Senate race", "the two met on the debate stage"."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    objects = _children(trigger, "dobj") + _pobjs(trigger, ("with", "against"))
    if verb is not None and _lemma(verb) in ("meet", "face", "take") and any(
            _lemma(o) in CONTEST_PEOPLE and not _rival_state(o) for o in objects):
        return "a contest between rivals"
    settings = _pobjs(trigger, ("in", "at", "on", "during"))
    # "meet for the first of three debates", "met for a debate": what they met for
    for aim in _pobjs(trigger, ("for",)):
        settings += [aim, *(g for c in aim.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj")]
    for place in settings:
        words = {_lemma(place), *(_lemma(c) for c in place.children if c.dep_ == "compound")}
        if words & CONTEST_NOUNS:
            return "a contest (debate, race)"
    return None


RIVALRY_WORDS = {"regional", "strategic", "geopolitical"}


def _rival_state(rival: Token) -> bool:
    """A rival that is a state or its leader ("regional rival Japan's Prime Minister Abe"):
    meeting one is diplomacy, not a race."""
    return any(_lemma(c) in RIVALRY_WORDS for c in rival.children if c.dep_ == "amod") or any(
        t.dep_ == "poss" and t.ent_type_ == "GPE" for t in rival.subtree)


TABLE_AIM_VERBS = {"get", "bring", "force", "push", "pressure", "lure", "coax",
                   "draw", "drag", "press", "compel", "entice", "cajole", "nudge"}


def brought_to_the_table(trigger: Token) -> str | None:
    """"sanctions to get Iran to the negotiating table", "force Moscow to the table": bringing
    a side to talks is an aim, not talks held or arranged."""
    table = trigger.head if trigger.dep_ in ("amod", "compound") else trigger
    if _lemma(table) != "table" or table.dep_ != "pobj" or table.head.lower_ != "to":
        return None
    if _lemma(table.head.head) in TABLE_AIM_VERBS:
        return f"an aim: to '{table.head.head.lower_}' a side to the table"
    return None


# --------------------------------------------------------------------------- negation
def is_negated(trigger: Token) -> str | None:
    """"never met", "did not meet with", "had neither met X nor …", "refused to meet",
    "left without meeting"; "not only met … but" is no negation."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        head = trigger.head
        negated = any(c.dep_ == "neg" for c in head.children)
        if trigger.dep_ == "dobj" and _lemma(head) in HOLDING_VERBS and negated:
            return "negated ('did not hold')"
        if trigger.dep_ in ("nsubj", "nsubjpass") and _lemma(head) in OCCUR_VERBS and negated:
            return "negated ('never took place')"
        return None
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    node = trigger
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("neg", "preconj", "advmod", "det") and child.lower_ in NEGATORS:
                if _next_word(child) == "only":
                    continue
                if child.lower_ in ("no",) and child.dep_ != "neg":
                    continue
                return "negated"
        if node.i != trigger.i and _lemma(node) in REFUSAL_VERBS | UNLIKELY_WORDS:
            return f"'{node.lower_}' to"
        if node.dep_ == "pcomp" and node.head.lower_ == "without":
            return "'without'"
        if node.dep_ == "conj" and (any(c.dep_ == "cc" and c.lower_ == "nor" for c in
                                        node.head.children) or any(
                c.dep_ == "preconj" and c.lower_ == "neither" for c in node.head.children)):
            return "negated ('neither … nor')"
        if node.dep_ != "xcomp" or node.head.i == node.i:
            break
        node = node.head
    return None


# Verbs that deny a contact outright (a cancelled one stays a planned contact).
RULING_OUT_VERBS = {"rule", "reject", "deny"}


def ruled_out(trigger: Token) -> str | None:
    """"saw no basis for a meeting", "no plans for talks", "no meeting was held", "ruled out a
    summit": a contact said not to be."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        return "denied ('no meeting')"
    head = trigger.head
    if trigger.dep_ == "dobj" and _lemma(head) in RULING_OUT_VERBS and (
            _lemma(head) != "rule" or any(c.lower_ == "out" for c in head.children)):
        return f"ruled out ('{head.lower_}')"
    if trigger.dep_ == "pobj" and head.lower_ in ("for", "of", "on"):
        owner = head.head
        nouns = [owner] if owner.pos_ == "NOUN" else \
            [c for c in owner.children if c.dep_ in ("dobj", "attr") and c.pos_ == "NOUN"]
        if any(any(c.dep_ == "det" and c.lower_ == "no" for c in n.children) for n in nouns):
            return "denied ('no basis for a meeting')"
    return None


def _next_word(token: Token) -> str:
    doc = token.doc
    return doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""


# --------------------------------------------------------------------------- modifiers, audiences
def only_modifies(trigger: Token) -> str | None:
    """"a phone interview", "meeting rooms", "call records": the trigger qualifies another
    noun, which is no contact."""
    if trigger.dep_ not in ("compound", "nmod") or trigger.pos_ not in ("NOUN", "PROPN") or \
            trigger.head.pos_ not in ("NOUN", "PROPN"):
        return None
    head = trigger.head
    if _lemma(head) in NON_CONTACT_HEADS or head.lower_ in NON_CONTACT_HEADS:
        return f"modifies '{head.lower_}'"
    return None


def _audience(obj: Token) -> bool:
    """Reporters, voters, "business and political leaders": an audience, not a party."""
    lemma = _lemma(obj)
    if _is_named(obj) and obj.pos_ == "PROPN":
        return False
    if lemma in AUDIENCE_NOUNS or obj.lower_ in AUDIENCE_NOUNS:
        return True
    if lemma in AUDIENCE_HEADS or obj.lower_ in AUDIENCE_HEADS:
        modifiers = {_lemma(c) for c in obj.children if c.dep_ in ("compound", "amod", "nmod")}
        return bool(modifiers & SECTOR_WORDS)
    return False


GROUP_WORDS = {"group", "number", "handful", "gathering", "roomful", "bunch", "pool"}


def speaks_to_an_audience(trigger: Token) -> str | None:
    """"spoke to reporters", "a call with journalists", "as they speak to American business
    and political leaders", "said in an interview": the counterparts are an audience."""
    objects = _pobjs(trigger, ("with", "to"))
    # "a meeting with a select group of reporters": the group's members
    objects = [next(iter(_pobjs(o, ("of",))), o) if _lemma(o) in GROUP_WORDS else o
               for o in objects]
    if not objects or any(o.pos_ == "PROPN" or o.ent_type_ == "PERSON" for o in objects):
        return None
    # "business and political leaders" parsed as "business" + conjunct "leaders"
    if all(_audience(o) or any(_audience(c) for c in o.conjuncts) for o in objects):
        return "an audience, not a counterpart"
    return None


def gives_a_speech(trigger: Token) -> str | None:
    """"the two candidates spoke at a rally", "spoke before the General Assembly": speeches
    to a gathering, not a call between the speakers (unless "with X" or "by phone" says so)."""
    if _lemma(trigger) not in ("speak", "talk") or trigger.pos_ != "VERB":
        return None
    if any(c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by") for c in trigger.children):
        return None
    if any(o.pos_ == "PROPN" or o.ent_type_ == "PERSON" for o in _pobjs(trigger, ("to",))):
        return None
    settings = [o for o in _pobjs(trigger, ("at", "before"))
                if _lemma(o) not in SPEECH_SETTING_SKIP and o.ent_type_ not in ("DATE", "TIME")]
    if settings:
        return f"a speech ('{settings[0].head.lower_} {settings[0].lower_}')"
    return None


def call_as_decision(trigger: Token) -> str | None:
    """"a close call", "a judgment call", "a wake-up call": no telephone involved."""
    if _lemma(trigger) != "call" or trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    if _pobjs(trigger, ("with", "between")) or any(c.dep_ == "poss" for c in trigger.children):
        return None
    words = {_lemma(c) for c in trigger.children if c.dep_ in ("amod", "compound", "nmod")}
    words |= {c.lower_ for c in trigger.children if c.dep_ in ("amod", "compound", "nmod")}
    if words & DECISION_CALL_WORDS:
        return "a call that is a decision or warning"
    return None


# --------------------------------------------------------------------------- trips
def goods_travel(trigger: Token) -> str | None:
    """"goods that Mexico exports come to the United States", "37 cents of each dollar of
    exports came from …": what moves is not a traveller."""
    if _lemma(trigger) not in MOTION_TRIGGERS:
        return None
    subjects = _children(trigger, "nsubj", "nsubjpass")
    if not subjects and trigger.pos_ == "VERB":
        # a subject the parser lost ("37 cents of each dollar of exports … came from"): the
        # words before the verb in its sentence
        before = [t for t in trigger.sent if t.i < trigger.i]
        if any(t.ent_type_ in QUANTITY_ENTS for t in before[:4]) and not any(
                t.ent_type_ == "PERSON" for t in before):
            return "a quantity moves, not a traveller"
        if any(_lemma(t) in GOODS_NOUNS and t.pos_ == "NOUN" for t in before) and not any(
                t.ent_type_ == "PERSON" or t.pos_ == "PRON" for t in before):
            return "goods or money move, not a traveller"
    for subject in subjects:
        if subject.ent_type_ in QUANTITY_ENTS:
            return "a quantity moves, not a traveller"
        chain = [subject, *_pobjs(subject, ("of",))]
        for token in list(chain):
            chain.extend(_pobjs(token, ("of",)))
        if any(_lemma(t) in GOODS_NOUNS and t.pos_ == "NOUN" for t in chain[:6]):
            return "goods or money move, not a traveller"
    return None


# happenings that "come" or "go" in time, not in space: "the visit came a day after …"
HAPPENING_NOUNS = {"visit", "trip", "tour", "talks", "meeting", "call", "summit", "conversation",
                   "announcement", "decision", "move", "remarks", "comments", "statement",
                   "news", "agreement", "deal", "ceasefire", "truce", "attack", "strike",
                   "offer", "invitation", "warning", "appeal", "pledge", "visits", "trips",
                   "meetings", "calls", "summits", "moves", "attacks", "strikes"}


def a_happening_comes(trigger: Token) -> str | None:
    """"Her visit came a day after …", "the talks come as …": the subject of the motion verb
    is an event placed in time, not a traveller."""
    if _lemma(trigger) not in MOTION_TRIGGERS or trigger.pos_ not in ("VERB", "AUX"):
        return None
    subjects = _children(trigger, "nsubj")
    if subjects and all(s.pos_ == "NOUN" and s.lower_ in HAPPENING_NOUNS for s in subjects):
        return "an event placed in time, not a traveller"
    return None


def visits_a_facility(trigger: Token) -> str | None:
    """"visited another bridge", "visits a factory": a site at home, no counterpart (unless a
    country or city is named: "visited troops in Poland")."""
    if _lemma(trigger) != "visit" or trigger.pos_ not in ("VERB",):
        return None
    objects = _children(trigger, "dobj")
    if not objects:
        return None
    if any(_lemma(o) not in FACILITY_NOUNS or o.pos_ == "PROPN" for o in objects):
        return None
    if any(t.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "ORG") for t in trigger.sent):
        return None  # "visit their memorial in Kyiv": a trip abroad may name a site
    return "a visit to a site, not to a counterpart"


def hosts_an_event(trigger: Token) -> str | None:
    """"will host events in two counties", "hosted a fundraiser": no counterpart."""
    if _lemma(trigger) != "host" or trigger.pos_ not in ("VERB",):
        return None
    objects = _children(trigger, "dobj")
    if objects and all(_lemma(o) in HOSTED_EVENTS and o.pos_ == "NOUN" for o in objects):
        return "hosts an event, not a counterpart"
    return None


# --------------------------------------------------------------------------- other senses
def phrasal_call(trigger: Token) -> str | None:
    """"calling out Trump" (criticising), "called off the talks"."""
    if _lemma(trigger) != "call" or trigger.pos_ not in ("VERB",):
        return None
    if any(c.dep_ == "prt" and c.lower_ in NOT_CALL_PARTICLES for c in trigger.children):
        return "'call out/off'"
    return None


def speaks_of_someone(trigger: Token) -> str | None:
    """"Both men speak of each other as friends", "Trump spoke about Xi at length": words about
    someone, not a conversation with them."""
    if _lemma(trigger) not in ("speak", "talk") or trigger.pos_ != "VERB":
        return None
    preps = {c.lower_ for c in trigger.children if c.dep_ == "prep"}
    if preps & {"with", "to", "by"}:
        return None
    # the one spoken of is a person or "each other", not a topic ("talked about trade")
    spoken_of = [o for o in _pobjs(trigger, ("of", "about"))
                 if o.lower_ == "other" or o.ent_type_ == "PERSON" or
                 o.pos_ == "PRON" and o.lower_ in ("him", "her", "them", "each")]
    return "words about someone, not a conversation" if spoken_of else None


# who may be received as a visitor (a received thing is anything else)
RECEIVED_PEOPLE = {"call", "visit", "delegation", "visitor", "envoy", "minister", "president",
                   "counterpart", "leader", "guest", "diplomat", "official", "ambassador",
                   "premier", "chancellor", "secretary", "delegate", "representative",
                   "negotiator", "king", "prince", "emir", "chief", "head", "dignitary"}


def receives_a_thing(trigger: Token) -> str | None:
    """"received 38 percent support", "receiving legal protection": a thing received, not a
    visitor (a call or a visit received still counts: "received a call from Putin")."""
    if _lemma(trigger) != "receive" or trigger.pos_ != "VERB":
        return None
    objects = _children(trigger, "dobj")
    if any(_lemma(o) in RECEIVED_THINGS and o.pos_ == "NOUN" for o in objects):
        return "received a thing, not a visitor"  # even beside a misparsed name
    if not objects or any(_is_named(o) or _lemma(o) in RECEIVED_PEOPLE or
                          any(a.dep_ == "appos" and _is_named(a) for a in o.children)
                          for o in objects):
        # ("received China's top diplomat, Wang Yi": the office, then the name set off)
        return None
    return "received a thing, not a visitor"


def contacts_are_people(trigger: Token) -> str | None:
    """"his banking contacts", "one of her contacts": acquaintances, not a contact event.
    "contacts with Moscow", "in contact with", "maintained contacts" remain contacts."""
    if _lemma(trigger) != "contact" or trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    if _pobjs(trigger, ("with", "between", "among")):
        return None
    if trigger.dep_ == "dobj" and _lemma(trigger.head) in CONTACT_KEEPING:
        return None
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "into", "out"):
        return None  # "in contact (with)", "out of contact"
    if any(c.dep_ in ("compound", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")
           for c in trigger.children):
        return None  # "his Russia contacts": contacts with a country or organisation
    if any(c.dep_ == "poss" for c in trigger.children) or trigger.dep_ == "pobj" and \
            trigger.head.lower_ in ("to", "of", "among", "from"):
        return "'contacts' = acquaintances"
    return None


# --------------------------------------------------------------------------- talks in general
def _own_parties(trigger: Token) -> bool:
    """Does the noun name parties of its own ("talks with Iran", "Ukraine's negotiations",
    "the Iran talks", "their discussions", "U.S.-China talks")?"""
    if _pobjs(trigger, ("with", "between", "among", "of")):
        return True
    for child in trigger.children:
        if child.dep_ in ("poss", "compound", "nmod", "amod") and (
                _is_named(child) or child.lower_ in ("their", "his", "her", "our", "my",
                                                     "bilateral", "trilateral",
                                                     "multilateral")):
            return True
    return False


def talks_as_topic(trigger: Token) -> str | None:
    """Talks with no parties of their own that are only what something else is about:
    "the discussions about X are supported by a coalition", "people involved in the
    negotiations said …"."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.lower_ not in TALK_NOUNS and \
            _lemma(trigger) not in TALK_NOUNS:
        return None
    if _own_parties(trigger):
        return None
    head = trigger.head
    if trigger.dep_ == "nsubjpass" and head.pos_ in ("VERB", "AUX") and \
            _lemma(head) not in HAPPENING_VERBS:
        return f"talks only as what is '{head.lower_}'"
    if trigger.dep_ == "pobj" and head.dep_ == "prep":
        observer = head.head
        if (_lemma(observer) in OBSERVER_WORDS or observer.lower_ in OBSERVER_WORDS) and \
                observer.dep_ in ("acl", "amod", "relcl") and \
                (_lemma(observer.head) in GENERIC_PEOPLE or
                 observer.head.lower_ in GENERIC_PEOPLE):
            return "people involved in the talks, not a report of them"
    return None


# what a contact's prospect is said to be when it is no plan ("a summit is unlikely")
UNSURE_WORDS = {"unlikely", "possible", "impossible", "doubtful", "uncertain", "improbable",
                "conceivable", "inconceivable", "unthinkable"}


def only_possible(trigger: Token) -> str | None:
    """"Talks between X and Y might resume", "a summit could take place": a contact whose
    taking place is only possible is neither held nor planned (what a real contact could
    achieve, "the summit could become a step back", is not this)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = trigger.head
    if _lemma(verb) == "be" and any(c.dep_ == "acomp" and c.lower_ in UNSURE_WORDS
                                    for c in verb.children):
        return "only possible ('a summit is unlikely')"
    if _lemma(verb) not in OCCUR_VERBS | {"resume", "restart", "reconvene", "continue"}:
        return None  # "the summit could become a step back": said of a real summit
    if any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS for c in verb.children):
        return "only possible (modal)"
    return None


# nouns whose "in/of V-ing" weighs a contact rather than reporting one ("no point in talking")
WEIGHED_NOUNS = {"point", "sense", "use", "reason", "need", "value", "merit", "interest",
                 "idea", "prospect", "possibility", "chance", "hope", "question"}


WILLING_WORDS = {"interested", "keen", "eager", "open", "receptive", "amenable", "averse",
                 "opposed", "wary", "cautious", "reluctant"}


def weighed_not_held(trigger: Token) -> str | None:
    """"saw no point in talking to Washington", "the idea of meeting Putin": a contact weighed
    by a noun, not one held or planned."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "pcomp" or trigger.head.lower_ not in (
            "in", "of", "for"):
        return None
    head = trigger.head.head
    # ("saw no point in talking": the prepositional phrase hung on the verb of the noun)
    nouns = [head] + [c for c in head.children if c.dep_ == "dobj"] if head.pos_ in (
        "VERB", "AUX") else [head]
    if any(n.pos_ == "NOUN" and _lemma(n) in WEIGHED_NOUNS for n in nouns):
        return "a contact weighed, not held"
    if head.pos_ == "ADJ" and head.lower_ in WILLING_WORDS:
        return "a contact one is open to, not held"  # "were interested in meeting again"
    return None


def in_prospect(trigger: Token) -> str | None:
    """"would not say whether X is bracing for negotiations", "fears new talks", "warned of a
    summit": talks that are only braced for, feared or asked about."""
    if any(a.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "whether"
                                             for c in a.children)
           for a in [trigger, *trigger.ancestors]):
        return "an open question ('whether')"
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    head = trigger.head
    if trigger.dep_ == "dobj" and _lemma(head) == "dismiss" and any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
            for c in trigger.children):
        return None  # "the Kremlin dismissed the visit": one that took place, played down
    if trigger.dep_ == "dobj" and _lemma(head) in PROSPECT_VERBS:
        return f"only in prospect ('{head.lower_}')"
    if trigger.dep_ == "pobj" and head.lower_ in ("for", "of", "against") and \
            _lemma(head.head) in PROSPECT_VERBS:
        return f"only in prospect ('{head.head.lower_} {head.lower_}')"
    return None


# adjectives that make a plural contact noun a kind of event, not one that took place
GENERIC_TIME_WORDS = {"future", "regular", "periodic", "frequent", "occasional", "routine",
                      "annual", "monthly", "weekly", "subsequent"}


# contact nouns counted one by one (not "talks", which names one round as well as many)
COUNTED_CONTACT_NOUNS = {"visit", "meeting", "call", "trip", "summit", "conversation"}


def contacts_in_general(trigger: Token) -> str | None:
    """"suspended from future meetings", "holds regular consultations": plural contact nouns
    with no article or owner, qualified as recurring or to come, name no one contact; nor do
    "such meetings"."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.tag_ not in ("NNS", "NNPS"):
        return None
    kids = list(trigger.children)
    if trigger.tag_ == "NNS" and _lemma(trigger) in COUNTED_CONTACT_NOUNS and any(
            c.dep_ in ("det", "amod", "predet") and c.lower_ == "such" for c in kids):
        # "Such meetings rarely deliver": a kind (not "these conversations", which may be
        # the ones just told)
        return "contacts spoken of as a kind"
    if any(c.dep_ in ("det", "poss", "nummod") for c in kids):
        return None  # "the future meetings", "their regular calls", "two meetings"
    if any(c.dep_ == "amod" and c.lower_ in GENERIC_TIME_WORDS for c in kids):
        return "contacts in general, none in particular"
    return None


# ordinary people on the move: their trips are travel, not diplomacy
TRAVELLING_PUBLIC = {"tourist", "citizen", "student", "people", "traveler", "traveller",
                     "visitor", "resident", "migrant", "refugee", "pilgrim", "fan", "family"}


def the_public_travels(trigger: Token) -> str | None:
    """"visas for Russians to visit America", "tourists travel to Crimea": a people's or the
    public's travel (a plural nationality or ordinary people as subject) is no contact."""
    if _lemma(trigger) not in ("visit", "travel", "come", "fly") or trigger.pos_ != "VERB":
        return None
    subjects = _children(trigger, "nsubj", "nsubjpass")
    # "visas for Russians to visit": the words before the infinitive's "to" name who goes
    to = next(iter(_children(trigger, "aux")), None)
    doc = trigger.doc
    if not subjects and to is not None and to.lower_ == "to" and to.i >= 2 and \
            doc[to.i - 2].lower_ == "for":
        subjects = [doc[to.i - 1]]
    if subjects and all(s.tag_ in ("NNS", "NNPS") and (
            s.ent_type_ == "NORP" or _lemma(s) in TRAVELLING_PUBLIC) for s in subjects):
        return "the public's travel"
    return None


# words that make a gathering one side's own: "a Democratic caucus lunch", "the Cabinet meeting"
INTERNAL_WORDS = {"caucus", "cabinet", "party", "democratic", "republican", "gop", "staff",
                  "leadership", "internal", "politburo", "conservative", "labour", "tory",
                  "campaign", "family", "faculty", "shareholder", "board"}
GATHERING_LEMMAS = {"meeting", "lunch", "dinner", "breakfast", "luncheon", "conference",
                    "session", "retreat", "summit"}


# the members of one side whose meeting ("a meeting of Senate Democrats") is their own
MEMBER_LEMMAS = {"democrat", "republican", "caucus", "party", "committee", "cabinet", "staff",
                 "board", "conservative", "liberal", "tory", "leadership", "shareholder",
                 "trustee", "faculty", "politburo"}


def internal_gathering(trigger: Token) -> str | None:
    """"a Democratic caucus lunch", "the first Cabinet meeting of the year", "a party
    conference", "a meeting of Senate Democrats": a gathering of one side with no one from
    outside named for it."""
    if trigger.pos_ not in ("NOUN", "PROPN") or _lemma(trigger) not in GATHERING_LEMMAS:
        return None
    if _pobjs(trigger, ("with", "between")):
        return None  # "a Cabinet meeting with the Polish president": someone from outside
    modifiers = [c for c in trigger.children if c.dep_ in ("amod", "compound", "nmod")]
    modifiers += [g for c in modifiers for g in c.children if g.dep_ in ("amod", "compound")]
    if any(m.lower_ in INTERNAL_WORDS for m in modifiers):
        return "one side's own gathering"
    members = _pobjs(trigger, ("of",))
    if members and all(_lemma(m) in MEMBER_LEMMAS or m.lower_ in MEMBER_LEMMAS or
                       m.lower_.endswith("s") and m.lower_[:-1] in MEMBER_LEMMAS
                       for m in members):
        return "the meeting of one side's own members"
    return None


# words that make a trip private travel, not a visit to anyone
PRIVATE_TRIP_WORDS = {"family", "vacation", "holiday", "personal", "ski", "golf", "honeymoon",
                      "hunting", "fishing", "shopping", "camping", "beach", "road", "field",
                      "school", "leisure", "birthday", "weekend", "private", "spring"}


def private_trip(trigger: Token) -> str | None:
    """"family trips to Hawaii and Italy", "a ski vacation", "his golf trip": private
    travel, not a visit to a counterpart."""
    if trigger.pos_ not in ("NOUN", "PROPN") or _lemma(trigger) not in ("trip", "visit",
                                                                        "travel", "vacation"):
        return None
    if _pobjs(trigger, ("with",)):
        return None
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in PRIVATE_TRIP_WORDS
           for c in trigger.children):
        return "private travel"
    return None


# what befalls people, or is done to them, at a gathering
VIOLENCE_LEMMAS = {"kill", "wound", "injure", "assassinate", "attack", "bomb", "bombing",
                   "blast", "explosion", "shooting", "shoot", "raid", "strike", "ambush",
                   "storm", "assault", "massacre"}


def scene_of_violence(trigger: Token) -> str | None:
    """"killed in a suicide attack during a high-level meeting", "a raid on a meeting of
    commanders": the gathering is where violence struck, the report is of the violence; who
    met whom is not its news unless the noun names the two sides ("with", "between")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or _pobjs(trigger, ("with", "between")):
        return None
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("during", "at", "on", "in",
                                                              "inside", "targeting"):
        return None
    target = trigger.head.head
    if _lemma(target) in VIOLENCE_LEMMAS or target.lower_ in VIOLENCE_LEMMAS:
        return "the scene of an attack"
    return None


# what surveillance does to calls, and what it gathers beside them: calls as data
TRAFFIC_NOUNS = {"email", "e-mail", "message", "text", "communication", "record", "data",
                 "metadata", "conversation", "mail", "letter", "chat", "search", "contact"}
INTERCEPT_WORDS = {"eavesdropping", "eavesdrop", "tap", "tapping", "wiretap", "wiretapping",
                   "interception", "intercept", "monitoring", "monitor", "surveillance",
                   "recording", "record", "collection", "collect", "gather", "harvest",
                   "listen", "bug", "bugging", "snoop", "snooping", "spy", "spying", "track",
                   "log", "store", "content", "search", "transcript"}


def calls_as_traffic(trigger: Token) -> str | None:
    """"eavesdropping of her phone calls", "emails and phone calls gathered while targeting
    foreigners": calls as what surveillance collects, not a contact between named sides
    (unless the noun names them: "intercepted a call between the two generals")."""
    if _lemma(trigger) != "call" or trigger.pos_ not in ("NOUN", "PROPN") or \
            _pobjs(trigger, ("with", "between")):
        return None
    joined = [trigger.head] if trigger.dep_ == "conj" else []
    joined += _children(trigger, "conj")
    if any(_lemma(j) in TRAFFIC_NOUNS for j in joined):
        return "calls beside other traffic"
    if any(c.dep_ == "acl" and _lemma(c) in INTERCEPT_WORDS for c in trigger.children):
        return "calls as gathered data"
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ in ("of", "on", "to", "into"):
        head = head.head
    elif trigger.dep_ not in ("dobj", "nsubjpass"):
        return None
    if _lemma(head) in INTERCEPT_WORDS or head.lower_ in INTERCEPT_WORDS:
        return "calls as what surveillance takes"
    return None


REGION_GATHERINGS = {"summit", "meeting", "conference", "gathering", "forum"}


def a_regions_gathering(trigger: Token) -> str | None:
    """"the South American summit", "a Latin American leaders' meeting": a gathering of a
    region's states, not a contact of the people named beside it."""
    if trigger.pos_ not in ("NOUN", "PROPN") or _lemma(trigger) not in REGION_GATHERINGS or \
            trigger.text[:1].isupper():
        return None  # ("the North American Leaders' Summit": a named summit of its states)
    words = list(trigger.doc[trigger.left_edge.i:trigger.i])
    if any(a.text in REGION_WORDS and b.text[:1].isupper() and b.text.endswith("n")
           for a, b in zip(words, words[1:], strict=False)) and \
            not any(c.lower_ in ("with", "between") for c in trigger.children):
        return "a region's gathering"
    return None


CHECKS: tuple[Callable[[Token], str | None], ...] = (
    meets_a_standard, met_with_a_reaction, meets_kin, is_a_contest, is_negated, ruled_out,
    brought_to_the_table, only_modifies, speaks_to_an_audience, gives_a_speech,
    call_as_decision, goods_travel, a_happening_comes, speaks_of_someone, weighed_not_held,
    visits_a_facility, hosts_an_event, phrasal_call, receives_a_thing, contacts_are_people,
    talks_as_topic, only_possible, in_prospect, contacts_in_general, internal_gathering,
    the_public_travels, private_trip, scene_of_violence, calls_as_traffic, a_regions_gathering,
)


def not_a_contact(trigger: Token, fmt: str | None = None) -> str | None:
    """The reason this trigger word reports no contact, or None when it may report one.
    ``fmt`` is the format the extractor gave the word (unused by the checks so far, kept so
    callers need not change when a check comes to depend on it)."""
    for check in CHECKS:
        reason = check(trigger)
        if reason:
            return reason
    return None
