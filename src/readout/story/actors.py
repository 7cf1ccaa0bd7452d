"""Actors across articles: one name per actor in a story, and the side each actor speaks for."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from readout.records import ArticleAnalysis

SIDES = ("United States", "Russia", "Ukraine", "Europe", "independent experts",
         "international organisations", "other", "unclassified")
_EUROPE = """Albania, Andorra, Austria, Belgium, Bosnia and Herzegovina, Bulgaria, Croatia, Cyprus,
Czech Republic, Czechia, Denmark, Estonia, Finland, France, Germany, Greece, Hungary, Iceland,
Ireland, Italy, Kosovo, Latvia, Liechtenstein, Lithuania, Luxembourg, Malta, Moldova, Monaco,
Montenegro, Netherlands, North Macedonia, Norway, Poland, Portugal, Romania, San Marino, Serbia,
Slovakia, Slovenia, Spain, Sweden, Switzerland, United Kingdom, Vatican City, Holy See"""
EUROPE = frozenset(name.strip() for name in _EUROPE.split(","))
EUROPEAN_BODIES = frozenset({"European Union", "NATO", "OSCE", "Council of Europe",
                             "European Commission", "European Parliament", "European Council"})
STATE_SECTORS = frozenset({"government", "military", "legislature", "judiciary", "political_party"})
EXPERT_SECTORS = frozenset({"think_tank", "ngo", "civil_society", "business", "media"})
SIDE_OF_COUNTRY = {"United States": "United States", "Russia": "Russia", "Ukraine": "Ukraine"}


@dataclass
class ActorInfo:
    name: str
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    affiliation: str | None = None

    @property
    def side(self) -> str:
        """Whose voice this actor carries: a government's side, Europe, or independent experts."""
        if self.name in EUROPEAN_BODIES:
            return "Europe"
        if self.sector == "intergovernmental":
            return "international organisations"
        official = self.kind in ("state", "government") or self.sector in STATE_SECTORS
        if self.sector in EXPERT_SECTORS or (
                self.kind == "person" and not official and self.affiliation):
            return "independent experts"
        if official or self.kind == "organization":
            if self.country in SIDE_OF_COUNTRY:
                return SIDE_OF_COUNTRY[self.country]
            if self.country in EUROPE:
                return "Europe"
            return "other" if self.country else "unclassified"
        if self.country in SIDE_OF_COUNTRY:  # a person with a country but no sector
            return SIDE_OF_COUNTRY[self.country]
        return "unclassified"


class ActorBook:
    """What all the story's articles say about each actor, with short names folded in.

    A one-word name ("Putin") that is the surname of exactly one fuller name in the story
    ("Vladimir Putin") is read as that actor, so reports naming the same person differently
    still merge.
    """

    def __init__(self, analyses: list[ArticleAnalysis]) -> None:
        self.info: dict[str, ActorInfo] = {}
        names: Counter[str] = Counter()
        for analysis in analyses:
            for actor in analysis.actors:
                names[actor.name] += max(actor.mentions, 1)
                known = self.info.setdefault(actor.name, ActorInfo(actor.name))
                known.kind = known.kind or actor.kind
                known.country = known.country or actor.country
                known.sector = known.sector or actor.sector
                known.affiliation = known.affiliation or actor.affiliation
            for q in analysis.quotes:
                if q.speaker:
                    names[q.speaker] += 0
            for c in analysis.contacts:
                for p in c.participants:
                    names[p] += 0
        by_surname: dict[str, set[str]] = {}
        for name in names:
            parts = name.split()
            if len(parts) > 1:
                by_surname.setdefault(parts[-1].casefold(), set()).add(name)
        self.alias: dict[str, str] = {}
        for name in names:
            if len(name.split()) == 1:
                fuller = by_surname.get(name.casefold(), set())
                if len(fuller) == 1:
                    self.alias[name] = next(iter(fuller))

    def canon(self, name: str | None) -> str | None:
        if name is None:
            return None
        return self.alias.get(name, name)

    def side(self, name: str | None) -> str:
        if not name:
            return "unclassified"
        name = self.canon(name) or name
        info = self.info.get(name) or self.info.get(self.alias.get(name, ""), None)
        return info.side if info else "unclassified"

    def country(self, name: str) -> str | None:
        info = self.info.get(self.canon(name) or name)
        if info is None:
            return None
        if info.kind == "state":
            return info.name
        return info.country
