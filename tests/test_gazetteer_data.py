"""Schema and consistency checks for the actor gazetteer (src/readout/analyze/data/gazetteer.json).

The gazetteer is hand-curated data, so these tests guard against the mistakes that creep in
while editing it: missing keys, duplicate or colliding names, aliases that silently point at
two actors, dangling references, malformed or reversed dates, and holes in the coverage the
resolver depends on (who held which office on a given day).
"""

import datetime as dt
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GAZETTEER = REPO / "src" / "readout" / "analyze" / "data" / "gazetteer.json"

SECTORS = {
    "government",
    "military",
    "intergovernmental",
    "legislature",
    "judiciary",
    "political_party",
    "media",
    "think_tank",
    "ngo",
    "business",
    "civil_society",
    "rebel",
}
ROLES = {
    "president",
    "vice_president",
    "prime_minister",
    "chancellor",
    "monarch",
    "foreign_minister",
    "defence_minister",
    "deputy_foreign_minister",
    "secretary_general",
    "commission_president",
    "council_president",
    "high_representative",
    "press_secretary",
    "spokesperson",
    "national_security_adviser",
    "intelligence_chief",
    "ambassador",
    "chief_of_staff",
    "security_council_secretary",
    "military_chief",
    "aide",
}
COUNTRY_KEYS = {"name", "iso3", "un_member", "aliases", "demonyms", "capitals", "seats"}
ORG_KEYS = {"name", "aliases", "sector", "country", "parent"}
PERSON_KEYS = {"name", "aliases", "gender", "country", "sector", "surname", "roles"}
ROLE_KEYS = {"role", "of", "start", "end"}
ROLE_OPTIONAL = {"to", "title", "acting", "approximate", "note"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def fold(text):
    """Comparison key for aliases: accents, case, apostrophe style, spacing and a leading 'the' ignored."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u02bb", "'").replace("\u2013", "-")
    text = " ".join(text.split()).casefold()
    return text[4:] if text.startswith("the ") else text


def parse_date(value):
    assert isinstance(value, str) and ISO_DATE.match(value), f"not an ISO date: {value!r}"
    return dt.date.fromisoformat(value)


@pytest.fixture(scope="module")
def gaz():
    with open(GAZETTEER, encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def names(gaz):
    return {
        "country": {c["name"] for c in gaz["countries"]},
        "org": {o["name"] for o in gaz["organizations"]},
        "person": {p["name"] for p in gaz["people"]},
    }


@pytest.fixture(scope="module")
def surface_forms(gaz):
    """folded surface form -> set of canonical names claiming it (name, aliases, demonyms, capitals)."""
    claims = defaultdict(set)
    for c in gaz["countries"]:
        for form in [c["name"], *c["aliases"], *c["demonyms"], *c["capitals"]]:
            claims[fold(form)].add(c["name"])
    for entry in [*gaz["organizations"], *gaz["people"]]:
        for form in [entry["name"], *entry["aliases"]]:
            claims[fold(form)].add(entry["name"])
    return claims


def resolve(gaz, surface_forms, form):
    owners = surface_forms.get(fold(form), set())
    if len(owners) == 1:
        return next(iter(owners))
    for amb in gaz["ambiguous"]:
        if fold(amb["alias"]) == fold(form):
            return amb["default"]
    return None


# ---------------------------------------------------------------- structure


def test_top_level(gaz):
    assert gaz["version"] == 1
    for key in ("sectors", "countries", "organizations", "people", "ambiguous"):
        assert key in gaz, key
    assert set(gaz["sectors"]) == SECTORS
    assert set(gaz["roles"]) == ROLES


def test_sizes(gaz):
    assert len(gaz["countries"]) >= 197
    assert len(gaz["organizations"]) >= 80
    assert len(gaz["people"]) >= 300


def _check_strings(values, where):
    assert isinstance(values, list), where
    for v in values:
        assert isinstance(v, str) and v.strip() == v and v, f"{where}: bad string {v!r}"
    dupes = [v for v, n in Counter(values).items() if n > 1]
    assert not dupes, f"{where}: repeated {dupes}"


def test_countries(gaz, names):
    isos = Counter(c["iso3"] for c in gaz["countries"])
    assert not [i for i, n in isos.items() if n > 1], "duplicate iso3"
    orgs = {o["name"]: o for o in gaz["organizations"]}
    for c in gaz["countries"]:
        assert set(c) >= COUNTRY_KEYS, c["name"]
        assert re.match(r"^[A-Z]{3}$", c["iso3"]), c["name"]
        assert isinstance(c["un_member"], bool)
        for field in ("aliases", "demonyms", "capitals", "seats"):
            _check_strings(c[field], f"{c['name']}.{field}")
        assert c["name"] not in c["aliases"], c["name"]
        assert c["capitals"], f"{c['name']} has no capital"
        for seat in c["seats"]:
            assert seat in orgs, f"{c['name']}: seat {seat} is not an organisation"
            assert orgs[seat]["country"] == c["name"], seat
    assert sum(c["un_member"] for c in gaz["countries"]) == 193
    for extra in ("Holy See", "Palestine", "Kosovo", "Taiwan"):
        assert extra in names["country"]


def test_organizations(gaz, names):
    for o in gaz["organizations"]:
        assert set(o) >= ORG_KEYS, o["name"]
        _check_strings(o["aliases"], o["name"])
        assert o["name"] not in o["aliases"], o["name"]
        assert o["sector"] in SECTORS, o["name"]
        assert o["country"] is None or o["country"] in names["country"], o["name"]
        assert o["parent"] is None or o["parent"] in names["org"], o["name"]
        assert o["parent"] != o["name"]
        for member in o.get("members", []):
            assert member in names["country"] or member in names["org"], f"{o['name']}: {member}"


def test_people(gaz, names):
    targets = names["country"] | names["org"]
    for p in gaz["people"]:
        assert set(p) >= PERSON_KEYS, p["name"]
        _check_strings(p["aliases"], p["name"])
        assert p["name"] not in p["aliases"], p["name"]
        assert p["gender"] in ("m", "f"), p["name"]
        assert p["sector"] in SECTORS, p["name"]
        assert p["country"] in names["country"], p["name"]
        assert p["surname"] is None or isinstance(p["surname"], str), p["name"]
        assert isinstance(p["roles"], list), p["name"]
        for r in p["roles"]:
            where = f"{p['name']} {r}"
            assert set(r) >= ROLE_KEYS, where
            assert set(r) <= ROLE_KEYS | ROLE_OPTIONAL, where
            assert r["role"] in ROLES, where
            assert r["of"] in targets, where
            if r["role"] == "ambassador":
                assert r.get("to") in targets, where
            else:
                assert "to" not in r, where
            start = parse_date(r["start"])
            if r["end"] is not None:
                assert start <= parse_date(r["end"]), where
            for flag in ("acting", "approximate"):
                assert isinstance(r.get(flag, False), bool), where
        if "died" in p:
            died = parse_date(p["died"])
            for r in p["roles"]:
                assert parse_date(r["start"]) <= died, p["name"]
                assert r["end"] is None or parse_date(r["end"]) <= died, p["name"]
                assert r["end"] is not None, f"{p['name']} died but a role is open"


def test_no_overlapping_terms_of_same_office(gaz):
    """Two people holding the same single-holder office on the same day is a date error.

    Acting holders are left out: they stand in for a suspended or absent holder by design.
    """
    single = {
        "president",
        "vice_president",
        "prime_minister",
        "chancellor",
        "monarch",
        "foreign_minister",
        "defence_minister",
        "secretary_general",
        "commission_president",
        "council_president",
        "high_representative",
        "national_security_adviser",
    }
    terms = defaultdict(list)
    for p in gaz["people"]:
        for r in p["roles"]:
            if r["role"] in single and not r.get("acting"):
                end = parse_date(r["end"]) if r["end"] else dt.date.max
                terms[(r["role"], r["of"])].append((parse_date(r["start"]), end, p["name"]))
    for office, spans in terms.items():
        spans.sort()
        for (_, e1, n1), (s2, _, n2) in zip(spans, spans[1:], strict=False):
            assert e1 <= s2, f"{office}: {n1} until {e1} overlaps {n2} from {s2}"


# ---------------------------------------------------------------- names and aliases


def test_canonical_names_unique(gaz):
    everything = [e["name"] for e in [*gaz["countries"], *gaz["organizations"], *gaz["people"]]]
    folded = Counter(fold(n) for n in everything)
    assert not [n for n, k in folded.items() if k > 1]


def test_every_alias_has_one_owner_or_is_marked_ambiguous(gaz, names, surface_forms):
    all_names = names["country"] | names["org"] | names["person"]
    marked = {}
    for amb in gaz["ambiguous"]:
        assert {"alias", "candidates", "default"} <= set(amb), amb
        key = fold(amb["alias"])
        assert key not in marked, f"ambiguous alias listed twice: {amb['alias']}"
        assert amb["candidates"], amb
        assert set(amb["candidates"]) <= all_names, amb
        assert amb["default"] is None or amb["default"] in amb["candidates"], amb
        marked[key] = set(amb["candidates"])
    clashes = []
    for form, owners in surface_forms.items():
        if len(owners) > 1 and not (form in marked and owners <= marked[form]):
            clashes.append((form, sorted(owners)))
    assert not clashes, clashes


def test_shared_surnames_are_not_bare_aliases(gaz):
    counts = Counter(fold(p["surname"]) for p in gaz["people"] if p["surname"])
    shared = {s for s, n in counts.items() if n > 1}
    bad = []
    for entry in [*gaz["organizations"], *gaz["people"]]:
        for alias in entry["aliases"]:
            if fold(alias) in shared:
                bad.append((entry["name"], alias))
    assert not bad, bad
    assert {"johnson", "kim", "sullivan"} <= shared


def test_single_word_person_aliases_do_not_hit_other_surnames(gaz):
    surname_owner = defaultdict(set)
    for p in gaz["people"]:
        if p["surname"]:
            surname_owner[fold(p["surname"])].add(p["name"])
    for p in gaz["people"]:
        for alias in p["aliases"]:
            others = surname_owner.get(fold(alias), set()) - {p["name"]}
            assert not others, f"{p['name']}: alias {alias!r} is the surname of {sorted(others)}"


# ---------------------------------------------------------------- required content


@pytest.mark.parametrize(
    "form, expected",
    [
        ("U.S.", "United States"),
        ("US", "United States"),
        ("USA", "United States"),
        ("America", "United States"),
        ("the United States of America", "United States"),
        ("Americans", "United States"),
        ("Washington", "United States"),
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("Great Britain", "United Kingdom"),
        ("British", "United Kingdom"),
        ("Kiev", "Ukraine"),
        ("Kyiv", "Ukraine"),
        ("Moscow", "Russia"),
        ("Russian Federation", "Russia"),
        ("Russians", "Russia"),
        ("Beijing", "China"),
        ("the Kremlin", "Kremlin"),
        ("White House", "White House"),
        ("No 10", "Downing Street"),
        ("Number 10", "Downing Street"),
        ("Elysee", "Élysée"),
        ("Élysée Palace", "Élysée"),
        ("the Chancellery", "Chancellery"),
        ("U.S. State Department", "State Department"),
        ("Department of State", "State Department"),
        ("the Pentagon", "Pentagon"),
        ("Russian MFA", "Russian Foreign Ministry"),
        ("Russian military", "Russian Armed Forces"),
        ("Ukrainian army", "Ukrainian Armed Forces"),
        ("Duma", "State Duma"),
        ("Rada", "Verkhovna Rada"),
        ("the Alliance", "NATO"),
        ("North Atlantic Treaty Organization", "NATO"),
        ("EU", "European Union"),
        ("UN", "United Nations"),
        ("Putin", "Vladimir Putin"),
        ("Biden", "Joe Biden"),
        ("Zelensky", "Volodymyr Zelensky"),
        ("Zelenskyy", "Volodymyr Zelensky"),
        ("Zelenskiy", "Volodymyr Zelensky"),
        ("Stoltenberg", "Jens Stoltenberg"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Sergey Shoigu", "Sergei Shoigu"),
        ("Dmitri Peskov", "Dmitry Peskov"),
        ("Bill Burns", "William Burns"),
        ("Ushakov", "Yuri Ushakov"),
        ("Psaki", "Jen Psaki"),
        ("Blinken", "Antony Blinken"),
        ("Nuland", "Victoria Nuland"),
    ],
)
def test_known_forms_resolve(gaz, surface_forms, form, expected):
    assert resolve(gaz, surface_forms, form) == expected


def test_required_organizations(gaz):
    orgs = {o["name"]: o for o in gaz["organizations"]}
    required = {
        "Kremlin": ("government", "Russia"),
        "White House": ("government", "United States"),
        "Downing Street": ("government", "United Kingdom"),
        "Élysée": ("government", "France"),
        "Chancellery": ("government", "Germany"),
        "Pentagon": ("military", "United States"),
        "State Department": ("government", "United States"),
        "Foreign Office": ("government", "United Kingdom"),
        "Quai d'Orsay": ("government", "France"),
        "Zhongnanhai": ("government", "China"),
        "Bankova": ("government", "Ukraine"),
        "CIA": ("government", "United States"),
        "FBI": ("government", "United States"),
        "Treasury": ("government", "United States"),
        "National Security Council": ("government", "United States"),
        "US Congress": ("legislature", "United States"),
        "US Senate": ("legislature", "United States"),
        "US House of Representatives": ("legislature", "United States"),
        "State Duma": ("legislature", "Russia"),
        "Federation Council": ("legislature", "Russia"),
        "Verkhovna Rada": ("legislature", "Ukraine"),
        "Bundestag": ("legislature", "Germany"),
        "US Armed Forces": ("military", "United States"),
        "Russian Armed Forces": ("military", "Russia"),
        "Ukrainian Armed Forces": ("military", "Ukraine"),
    }
    for name, (sector, country) in required.items():
        assert name in orgs, name
        assert (orgs[name]["sector"], orgs[name]["country"]) == (sector, country), name
    for name in (
        "NATO",
        "European Union",
        "European Commission",
        "European Council",
        "European Parliament",
        "OSCE",
        "United Nations",
        "UN Security Council",
        "UN General Assembly",
        "G7",
        "G20",
        "IAEA",
        "WHO",
        "IMF",
        "World Bank",
        "WTO",
        "CSTO",
        "Eurasian Economic Union",
        "Council of Europe",
        "African Union",
        "ASEAN",
        "Arab League",
        "SCO",
        "BRICS",
        "OPEC",
        "Normandy Format",
    ):
        assert name in orgs, name
        assert orgs[name]["country"] is None, name


def holders(gaz, roles, of, day):
    day = dt.date.fromisoformat(day)
    found = []
    for p in gaz["people"]:
        for r in p["roles"]:
            started = parse_date(r["start"]) <= day
            ongoing = r["end"] is None or day < parse_date(r["end"])
            if r["role"] in roles and r["of"] == of and started and ongoing:
                found.append(p["name"])
    return found


G20_PLUS = [
    "Argentina",
    "Australia",
    "Brazil",
    "Canada",
    "China",
    "France",
    "Germany",
    "India",
    "Indonesia",
    "Italy",
    "Japan",
    "Mexico",
    "Russia",
    "Saudi Arabia",
    "South Africa",
    "South Korea",
    "Turkey",
    "United Kingdom",
    "United States",
    "Ukraine",
    "Belarus",
]
WITH_HEAD_OF_GOVERNMENT = [
    "Australia",
    "Canada",
    "China",
    "France",
    "Germany",
    "India",
    "Italy",
    "Japan",
    "Russia",
    "Saudi Arabia",
    "South Korea",
    "United Kingdom",
    "Ukraine",
    "Belarus",
]
SAMPLE_DAYS = [
    "2017-06-15",
    "2018-10-15",
    "2019-11-15",
    "2020-06-15",
    "2021-06-15",
    "2022-02-15",
    "2023-05-15",
    "2024-06-15",
    "2025-03-15",
    "2025-11-15",
]


@pytest.mark.parametrize("day", SAMPLE_DAYS)
def test_offices_filled(gaz, day):
    missing = []
    for country in G20_PLUS:
        if not holders(gaz, {"president", "monarch"}, country, day):
            missing.append((country, "head of state"))
        for role in ("foreign_minister", "defence_minister"):
            if not holders(gaz, {role}, country, day):
                missing.append((country, role))
    for country in WITH_HEAD_OF_GOVERNMENT:
        if not holders(gaz, {"prime_minister", "chancellor"}, country, day):
            missing.append((country, "head of government"))
    for org in ("NATO", "United Nations", "OSCE", "IAEA"):
        if not holders(gaz, {"secretary_general"}, org, day):
            missing.append((org, "secretary_general"))
    for role, org in (
        ("commission_president", "European Commission"),
        ("council_president", "European Council"),
        ("high_representative", "European Union"),
    ):
        if not holders(gaz, {role}, org, day):
            missing.append((org, role))
    assert not missing, missing


@pytest.mark.parametrize(
    "day, role, of, expected",
    [
        ("2021-12-07", "president", "United States", "Joe Biden"),
        ("2021-12-07", "president", "Russia", "Vladimir Putin"),
        ("2021-12-07", "press_secretary", "White House", "Jen Psaki"),
        ("2021-12-07", "press_secretary", "Kremlin", "Dmitry Peskov"),
        ("2021-12-07", "national_security_adviser", "United States", "Jake Sullivan"),
        ("2021-12-07", "intelligence_chief", "CIA", "William Burns"),
        ("2021-12-08", "chancellor", "Germany", "Olaf Scholz"),
        ("2021-12-07", "chancellor", "Germany", "Angela Merkel"),
        ("2022-02-08", "secretary_general", "NATO", "Jens Stoltenberg"),
        ("2022-02-08", "chief_of_staff", "Bankova", "Andriy Yermak"),
        ("2022-02-08", "military_chief", "Russia", "Valery Gerasimov"),
        (
            "2022-06-01",
            "security_council_secretary",
            "Security Council of Russia",
            "Nikolai Patrushev",
        ),
    ],
)
def test_office_holder_on_day(gaz, day, role, of, expected):
    assert expected in holders(gaz, {role}, of, day)
