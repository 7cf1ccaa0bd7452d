"""The names readout reports: a seat of government the gazetteer marks as standing for its state
("the Kremlin" → Russia, as the product brief asks) is reported under the state's name.

The earlier steps keep the seat as an actor of its own, since it tells them things the state's
name does not ("Putin received him at the Kremlin" is a place; "a Kremlin meeting" is held by
the presidency). This last step renames it in everything the article's analysis reports:
speakers, contact participants, event actors and targets, proposers and addressees, the actor
list (merging the seat's mentions into the state's) and the actor mentions.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from readout.analyze.gazetteer import Gazetteer, load_gazetteer
from readout.records import Actor

T = TypeVar("T")


class ReportedNames:
    """spaCy component: renames seats that stand for their state in the doc's results."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.renamed = {e.name: e.reported_as for e in gazetteer.entries.values()
                        if e.reported_as and e.reported_as in gazetteer.entries}
        self.gazetteer = gazetteer

    def _name(self, name: str | None) -> str | None:
        return self.renamed.get(name, name) if name else name

    def __call__(self, doc: Doc) -> Doc:
        if not self.renamed:
            return doc
        doc._.actor_mentions = [replace(m, actor=self._name(m.actor)) if m.actor in self.renamed
                                else m for m in doc._.actor_mentions or []]
        doc._.actors = self._merged_actors(doc._.actors or [])
        doc._.quotes = [replace(q, speaker=self._name(q.speaker)) for q in doc._.quotes or []]
        doc._.contacts = [replace(c, participants=sorted({self._name(p) or p
                                                          for p in c.participants}))
                          if set(c.participants) & set(self.renamed) else c
                          for c in doc._.contacts or []]
        doc._.events = _once([replace(e, actor=self._name(e.actor), target=self._name(e.target))
                              for e in doc._.events or []])
        doc._.proposals = _once([replace(p, proposer=self._name(p.proposer),
                                         addressee=self._name(p.addressee))
                                 for p in doc._.proposals or []])
        return doc

    def _merged_actors(self, actors: list[Actor]) -> list[Actor]:
        """The actor list with each renamed seat's mentions added to its state's entry (made
        from the gazetteer when the article names only the seat), most mentioned first."""
        by_name = {a.name: a for a in actors if a.name not in self.renamed}
        for actor in actors:
            state = self.renamed.get(actor.name)
            if state is None:
                continue
            if state in by_name:
                by_name[state] = replace(by_name[state],
                                         mentions=by_name[state].mentions + actor.mentions)
            else:
                entry = self.gazetteer.entries[state]
                by_name[state] = Actor(name=state, country=entry.country, sector=entry.sector,
                                       kind=entry.kind, mentions=actor.mentions)
        order = {a.name: i for i, a in enumerate(actors)}
        return sorted(by_name.values(), key=lambda a: (-a.mentions, order.get(a.name, 0)))


def _once(items: list[T]) -> list[T]:
    """The items without repeats ("Russia and the Kremlin accused …" gave one event for each;
    renamed, they are the same event)."""
    out: list[T] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def make_reported_names(nlp: Language, name: str, gazetteer_path: str | None) -> ReportedNames:
    return ReportedNames(load_gazetteer(gazetteer_path))
