"""The actor gazetteer: states, organisations and office holders, with user extensions.

The shipped file ``data/gazetteer.json`` holds facts only (names, aliases, countries, sectors,
roles with term dates). Users add their own file in the same format with ``--gazetteer`` or
the ``READOUT_GAZETTEER`` environment variable; their entries win over shipped ones.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

# Offices news names by either word: a "spokesman" who is formally the press secretary.
OFFICE_TWINS: dict[str, tuple[str, ...]] = {"spokesperson": ("press_secretary",),
                                            "press_secretary": ("spokesperson",)}
# Where an envoy serves, right after the title: "ambassador to Germany", "envoy to the United
# Nations", "ambassador in Washington" (the capital of the state posted to); group 1 is the post.
POSTED_TO = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")

ROLE_WORDS: dict[str, str] = {
    # surface form in text → role key used in the gazetteer
    "president": "president", "leader": "president", "head of state": "president",
    "vice president": "vice_president", "vice-president": "vice_president",
    "prime minister": "prime_minister", "premier": "prime_minister", "pm": "prime_minister",
    "chancellor": "chancellor", "king": "monarch", "queen": "monarch",
    "crown prince": "crown_prince", "pope": "monarch", "pontiff": "monarch",
    "supreme leader": "supreme_leader",
    "strongman": "president",
    "foreign minister": "foreign_minister", "secretary of state": "foreign_minister",
    "foreign secretary": "foreign_minister", "top diplomat": "foreign_minister",
    "defence minister": "defence_minister", "defense minister": "defence_minister",
    "defense secretary": "defence_minister", "defence secretary": "defence_minister",
    "secretary of defense": "defence_minister",
    "deputy foreign minister": "deputy_foreign_minister", "deputy secretary of state": "deputy_foreign_minister",
    "secretary general": "secretary_general", "secretary-general": "secretary_general",
    "press secretary": "press_secretary", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "national security adviser": "national_security_adviser",
    "national security advisor": "national_security_adviser",
    "foreign policy adviser": "aide", "foreign policy aide": "aide", "aide": "aide",
    "ambassador": "ambassador", "cia director": "intelligence_chief", "director": "intelligence_chief",
    "intelligence chief": "intelligence_chief", "spy chief": "intelligence_chief",
    "chief of staff": "chief_of_staff",
    "attorney general": "attorney_general",
    # "the Secretary" in a department's readout: the latest person titled Secretary
    "secretary": "secretary",
    # "the speaker": the presiding officer of the US House (the actor resolver checks that
    # the article is about Congress)
    "speaker": "speaker",
}
# Leaders whose role is implied by "leader" depend on the system: the head of government leads
# in parliamentary states. Checked in this order when resolving "the <country> leader".
LEADER_ROLES = ("president", "prime_minister", "chancellor")
# capitalised words that make a demonym a region's ("South American", "Central Asian"; a state
# of that name, "South Korean", is a compound demonym of its own)
REGION_WORDS = {"South", "North", "Latin", "Central", "East", "West", "Southeast", "Northeast",
                "Southern", "Northern", "Eastern", "Western", "Sub-Saharan"}


@dataclass
class Role:
    role: str
    of: str
    start: str | None
    end: str | None
    to: str | None = None

    def active_on(self, day: str | None) -> bool:
        if day is None:
            return self.end is None
        day = day if len(day) == 10 else day + "-15"
        return (self.start or "0000") <= day and (self.end is None or day <= self.end)


@dataclass
class Entry:
    name: str
    kind: str  # person, state, organization
    country: str | None
    sector: str | None
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None
    roles: list[Role] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    # other cities news datelines and visits name ("Lviv", "Basra"): places of the state, never
    # its government (unlike a capital)
    cities: list[str] = field(default_factory=list)
    code: str | None = None  # ISO 3166 alpha-2 for states
    members: list[str] = field(default_factory=list)  # states of a grouping ("Bucharest Nine")
    # the family name a bare mention uses ("Xi" of Xi Jinping, "Le Drian"); "" when the file
    # says null (regnal and patronymic names: no bare-surname mentions), None when not given
    surname: str | None = None
    # common nouns news uses for a body once named ("the bloc", "the alliance")
    generic_nouns: list[str] = field(default_factory=list)
    # (sector, until): what the body was before a change of status (the Taliban were an
    # insurgency until they took Kabul, a government after)
    earlier_sector: tuple[str, str] | None = None
    # the name results report this entry under: a seat of government that stands for its state
    # ("Kremlin" → "Russia"); None to report it under its own name
    reported_as: str | None = None

    def sector_on(self, day: str | None) -> str | None:
        """The sector on the day (the current one when the day is unknown)."""
        if self.earlier_sector is not None and day and day[:10] < self.earlier_sector[1]:
            return self.earlier_sector[0]
        return self.sector


@dataclass
class Gazetteer:
    entries: dict[str, Entry]
    # lower-cased surface form → canonical names (several when ambiguous)
    forms: dict[str, list[str]]
    demonyms: dict[str, str]  # "russian" → "Russia"

    # transliteration key of a person's surname → canonical names ("zelenski" → Volodymyr Zelensky)
    surnames: dict[str, list[str]] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)  # "US" → "United States"
    # a form that names several entries → the reading to take when the text does not decide
    defaults: dict[str, str] = field(default_factory=dict)
    default_surfaces: dict[str, str] = field(default_factory=dict)  # its form → its spelling
    city_states: dict[str, str] = field(default_factory=dict)  # "lviv" → "Ukraine"
    # ambiguous forms whose bodies belong to different states ("Congress": the US one or
    # India's party): the article's own country picks the reading
    by_country: set[str] = field(default_factory=set)
    # ambiguous forms read only where the article names a given actor ("the Commission" is the
    # European Commission only in news that names the EU)
    contexts: dict[str, str] = field(default_factory=dict)

    def state_of_city(self, surface: str) -> str | None:
        """The state a listed non-capital city lies in ("Odesa" → Ukraine), else None."""
        return self.city_states.get(normalise_form(surface))

    def lookup(self, surface: str) -> list[Entry]:
        return [self.entries[n] for n in self.forms.get(normalise_form(surface), [])]

    @cached_property
    def as_of(self) -> str:
        """The latest date the data speaks of: where terms with no end are taken to run to
        (a fixed day, so results do not drift with the clock)."""
        days = [d for e in self.entries.values() for r in e.roles for d in (r.start, r.end) if d]
        return max(days, default="2000-01-01")

    def office_holder(self, role: str, of: str | None, day: str | None) -> Entry | None:
        """Who held ``role`` of ``of`` on ``day`` (the latest holder when day is None)."""
        best: tuple[str, Entry] | None = None
        for entry in self.entries.values():
            for r in entry.roles:
                if r.role != role or (of is not None and r.of != of):
                    continue
                if day is not None and not r.active_on(day):
                    continue
                key = r.start or ""
                if best is None or key > best[0]:
                    best = (key, entry)
        return best[1] if best else None

    def holders(self, role: str, of: str | None) -> list[Entry]:
        """Everyone who ever held ``role`` of ``of``, latest term first."""
        found: list[tuple[str, Entry]] = []
        for entry in self.entries.values():
            starts = [r.start or "" for r in entry.roles
                      if r.role == role and (of is None or r.of == of)]
            if starts:
                found.append((max(starts), entry))
        return [e for _, e in sorted(found, key=lambda pair: pair[0], reverse=True)]

    def people_named(self, words: list[str]) -> list[Entry]:
        """People whose surname matches the last word, spelled in any common transliteration,
        and whose first name starts like the first word when one is given ("Joseph Biden",
        "Nikolay Patrushev", "Sergey Shoygu")."""
        if not words:
            return []
        names = self.surnames.get(translit_key(words[-1]), [])
        hits = [self.entries[n] for n in names]
        if len(words) > 1:
            # "Pena Nieto", "Lopez Obrador": the words may be a whole two-word surname
            whole = translit_key(" ".join(words))
            hits = [e for e in hits if _first_names_agree(words[0], e.name.split()[0]) or
                    (e.surname is not None and translit_key(e.surname) == whole)]
            # a name or alias in full, whatever its order ("Xi Jinping", "Kim Jong Un": the
            # family name first)
            hits += [e for e in self.lookup(" ".join(words))
                     if e.kind == "person" and e not in hits]
        return hits

    def roles_of(self, name: str, day: str | None) -> list[Role]:
        entry = self.entries.get(name)
        if not entry:
            return []
        return [r for r in entry.roles if day is None or r.active_on(day)]


def normalise_form(surface: str) -> str:
    text = surface.casefold().replace("\u2019", "'").replace("’", "'").strip()
    text = text.removesuffix("'s").removesuffix("'")
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


def _surname_keys(entry: Entry) -> set[str]:
    """Keys under which a bare word names this person: the last word of its family name and
    of each alias ("Gadhafi", "Zelenskyy"), but never a given name ("Un" of Kim Jong Un,
    "Jinping"); none for regnal and patronymic names. Files without a surname field fall
    back to the last word of each name."""
    surfaces = [s.split() for s in [entry.name, *entry.aliases]]
    if entry.surname is None:
        return {translit_key(words[-1]) for words in surfaces if len(words) >= 2}
    if not entry.surname:
        return set()
    family = {translit_key(w) for w in entry.surname.split()}
    given = {translit_key(w) for w in entry.name.split()} - family
    keys = {translit_key(entry.surname.split()[-1])}
    keys |= {translit_key(words[-1]) for words in surfaces
             if len(words) >= 2 and translit_key(words[-1]) not in given}
    # a one-word alias is a name the person goes by alone ("Lula", "Bibi", "AMLO")
    keys |= {translit_key(words[0]) for words in surfaces[1:] if len(words) == 1}
    return keys


def translit_key(word: str) -> str:
    """A spelling-insensitive key for names transliterated from Cyrillic and other scripts:
    Zelenskyy/Zelensky/Zelenskiy, Shoygu/Shoigu, Nikolay/Nikolai, Valery/Valerii all agree."""
    key = unicodedata.normalize("NFKD", word.casefold())
    key = "".join(ch for ch in key if ch.isalpha())
    for old, new in (("iy", "i"), ("yi", "i"), ("yy", "i"), ("y", "i"), ("ii", "i"),
                     ("ck", "k"), ("kh", "h"), ("ph", "f"), ("w", "v"), ("ou", "u")):
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key)


def _add(forms: dict[str, list[str]], surface: str, name: str) -> None:
    key = normalise_form(surface)
    if key and name not in forms.setdefault(key, []):
        forms[key].append(name)


def _entry_from(raw: dict[str, Any], kind: str) -> Entry:
    roles = [Role(role=r["role"], of=r.get("of", ""), start=r.get("start"), end=r.get("end"),
                  to=r.get("to")) for r in raw.get("roles", [])]
    country: str | None
    sector: str | None
    if kind == "state":
        country, sector = raw["name"], "government"
    else:
        country, sector = raw.get("country"), raw.get("sector")
    return Entry(name=raw["name"], kind=kind, country=country, sector=sector,
                 aliases=list(raw.get("aliases", [])), gender=raw.get("gender"), roles=roles,
                 demonyms=list(raw.get("demonyms", [])),
                 capitals=list(raw.get("capitals", [])) + list(raw.get("seats", [])),
                 cities=list(raw.get("cities", [])),
                 code=raw.get("code") or raw.get("iso2"),
                 members=list(raw.get("members", [])),
                 surname=(raw["surname"] or "") if "surname" in raw else None,
                 generic_nouns=list(raw.get("generic_nouns", [])),
                 earlier_sector=(raw["earlier_sector"]["sector"], raw["earlier_sector"]["until"])
                 if raw.get("earlier_sector") else None,
                 reported_as=raw.get("reported_as"))


def build_gazetteer(documents: list[dict[str, Any]]) -> Gazetteer:
    entries: dict[str, Entry] = {}
    for doc in documents:  # later documents (the user's) override earlier ones
        for raw in doc.get("countries", []):
            entries[raw["name"]] = _entry_from(raw, "state")
        for raw in doc.get("organizations", []):
            entries[raw["name"]] = _entry_from(raw, "organization")
        for raw in doc.get("people", []):
            entries[raw["name"]] = _entry_from(raw, "person")
    forms: dict[str, list[str]] = {}
    demonyms: dict[str, str] = {}
    for entry in entries.values():
        for surface in [entry.name, *entry.aliases, *entry.capitals]:
            _add(forms, surface, entry.name)
        for demonym in entry.demonyms:
            demonyms[normalise_form(demonym)] = entry.name
    # Forms listed as ambiguous with a default reading ("Security Council") become forms of all
    # their candidates; the resolver takes the default unless the article names another.
    defaults: dict[str, str] = {}
    default_surfaces: dict[str, str] = {}
    by_country: set[str] = set()
    contexts: dict[str, str] = {}
    for doc in documents:
        for raw in doc.get("ambiguous", []):
            key = normalise_form(raw["alias"])
            if raw.get("default") not in entries or key in demonyms:
                continue
            defaults[key] = raw["default"]
            if raw.get("by_country"):
                by_country.add(key)
            if raw.get("context") in entries:
                contexts[key] = raw["context"]
            if key in forms:
                # a form that is already the default's alias ("Brussels", Belgium's capital)
                # becomes every candidate's: the article's own naming picks among them
                for name in raw["candidates"]:
                    if name in entries:
                        _add(forms, raw["alias"], name)
            if key not in forms and raw["alias"][:1].isupper():
                default_surfaces[key] = raw["alias"]
                for name in raw["candidates"]:
                    if name in entries:
                        _add(forms, raw["alias"], name)
    city_states = {normalise_form(city): entry.name for entry in entries.values()
                   for city in entry.cities}
    surnames: dict[str, list[str]] = {}
    codes: dict[str, str] = {}
    for entry in entries.values():
        if entry.kind == "person":
            for key in _surname_keys(entry):
                if entry.name not in surnames.setdefault(key, []):
                    surnames[key].append(entry.name)
        elif entry.kind == "state" and entry.code:
            codes[entry.code.upper()] = entry.name
    return Gazetteer(entries=entries, forms=forms, demonyms=demonyms, surnames=surnames,
                     codes=codes, defaults=defaults, default_surfaces=default_surfaces,
                     city_states=city_states, by_country=by_country, contexts=contexts)


def _shipped() -> dict[str, Any]:
    source = resources.files("readout.analyze").joinpath("data/gazetteer.json")
    if not source.is_file():
        return {}
    data: dict[str, Any] = json.loads(source.read_text("utf-8"))
    return data


@lru_cache(maxsize=8)
def load_gazetteer(extra: str | None = None) -> Gazetteer:
    """The shipped gazetteer plus the user's file (argument, else $READOUT_GAZETTEER)."""
    documents = [_shipped()]
    extra = extra or os.environ.get("READOUT_GAZETTEER")
    if extra:
        documents.append(json.loads(Path(extra).read_text("utf-8")))
    return build_gazetteer(documents)


def prefer_named(entries: list[Entry], surface: str) -> list[Entry]:
    """Of several readings of a form, the one whose canonical name it is ("Kremlin": the seat
    rather than the state it stands for); all of them otherwise."""
    exact = [e for e in entries if normalise_form(e.name) == normalise_form(surface)]
    return exact if len(entries) > 1 and len(exact) == 1 else entries


def _first_names_agree(given: str, known: str) -> bool:
    """Does the first name in the text fit the gazetteer's? An initial fits by its letter;
    a full name must be the same name in another spelling, a shortening ("Alex" for
    "Alexander") or a short familiar form sharing its start ("Joe" for "Joseph") — so
    "John Smith" is not "Julianne Smith"."""
    a, b = translit_key(given.rstrip(".")), translit_key(known)
    if not a or not b:
        return False
    if len(a) == 1:
        return a == b[:1]
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    # familiar forms that are not a shortening of the name: sharing two letters is not
    # enough ("Joe" is Joseph, not John; "Bob" is Robert, not Boris)
    return b in _familiar_keys().get(a, ()) or a in _familiar_keys().get(b, ())


# familiar form → the given names it stands for (translit keys); shortenings that are the
# start of the name ("Alex", "Chris", "Jeff") need no entry
FAMILIAR_FORMS: dict[str, tuple[str, ...]] = {
    "joe": ("joseph",), "mike": ("michael",), "bob": ("robert",), "bobby": ("robert",),
    "bill": ("william",), "billy": ("william",), "will": ("william",), "jim": ("james",),
    "jimmy": ("james",), "tom": ("thomas",), "dick": ("richard",), "rick": ("richard",),
    "ted": ("edward", "theodore"), "ed": ("edward",), "tony": ("anthony", "antony"),
    "dave": ("david",), "steve": ("stephen", "steven"), "nick": ("nicholas", "nikolai"),
    "pete": ("peter",), "matt": ("matthew",), "liz": ("elizabeth",), "beth": ("elizabeth",),
    "kate": ("katherine", "catherine", "kathryn"), "katie": ("katherine", "catherine"),
    "sue": ("susan",), "andy": ("andrew",), "drew": ("andrew",), "larry": ("lawrence",),
    "jerry": ("gerald", "jerome"), "chuck": ("charles",), "charlie": ("charles",),
    "hank": ("henry",), "harry": ("henry", "harold"), "jack": ("john",), "johnny": ("john",),
    "jake": ("jacob",), "bernie": ("bernard",), "mitch": ("mitchell",), "rudy": ("rudolph",),
    "peggy": ("margaret",), "meg": ("margaret",), "maggie": ("margaret",), "sasha": ("alexander",),
    "misha": ("mikhail",), "volodya": ("volodymyr", "vladimir"), "vova": ("vladimir",),
}


@cache
def _familiar_keys() -> dict[str, frozenset[str]]:
    """FAMILIAR_FORMS in transliteration keys, the spelling _first_names_agree compares."""
    return {translit_key(short): frozenset(translit_key(n) for n in names)
            for short, names in FAMILIAR_FORMS.items()}
