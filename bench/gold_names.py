"""Gold names read through the gazetteer, shared by bench/contacts.py and bench/events.py.

Annotators write a party as the text or common usage names it ("Republic of Congo", "Tayyip
Erdogan", "Abdel Fattah al-Sisi"); readout reports the gazetteer's canonical name ("Republic of
the Congo", "Recep Tayyip Erdoğan", "Abdel Fattah el-Sisi"). Compared as strings, the same
party counts as a miss. A gold name that is the canonical name or an alias of exactly one
gazetteer entry also accepts that entry's canonical name. Nothing else is loosened: a form
that names several entries ("Congo" alone) accepts only itself, and capitals, demonyms and
surnames are not aliases (a gold "Kinshasa" does not accept the state).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from readout.analyze.gazetteer import load_gazetteer, normalise_form


@cache
def _canonical_by_alias() -> dict[str, str]:
    """Each normalised name or alias → the canonical name of the one entry it names."""
    named: dict[str, set[str]] = {}
    for entry in load_gazetteer().entries.values():
        for surface in (entry.name, *entry.aliases):
            named.setdefault(normalise_form(surface), set()).add(entry.name)
    return {form: next(iter(names)) for form, names in named.items() if len(names) == 1}


def canonical_name(gold_name: str) -> str | None:
    """The canonical name of the one gazetteer entry the gold name names, else None."""
    return _canonical_by_alias().get(normalise_form(gold_name))


def name_accepted(gold_value: Any, name: str | None) -> bool:
    """Does a gold name, or a list of acceptable names (None among them: may be left out),
    accept the system's name? As written, or as the canonical name of a gold alias."""
    options = list(gold_value) if isinstance(gold_value, list) else [gold_value]
    if name in options:
        return True
    if name is None:
        return False
    return any(isinstance(option, str) and canonical_name(option) == name for option in options)


def name_accepted_folded(gold_value: Any, name: str | None) -> bool:
    """name_accepted, case-insensitively (the timeline golds write names in either case)."""
    options = list(gold_value) if isinstance(gold_value, list) else [gold_value]
    if isinstance(name, str):
        folded = name.casefold()
        return any(isinstance(option, str) and (option.casefold() == folded or
                                                canonical_name(option) == name)
                   for option in options)
    return name in options
