"""Quote extraction benchmark: readout vs textacy on PolNeAR and on the seeds gold.

Usage::

    .venv/bin/python bench/quotes.py                 # everything: the final figures
    .venv/bin/python bench/quotes.py --corpus polnear --split dev --no-textacy  # development
    .venv/bin/python bench/quotes.py --corpus basil --basil-half dev            # development
    .venv/bin/python bench/quotes.py --corpus basil-own --no-textacy  # own BASIL quote gold
    .venv/bin/python bench/quotes.py --no-textacy    # skip the baseline

The full run reads PolNeAR test (aggregate figures only: its authors ask that the test split
never be read directly) and the held-out half of BASIL; develop on PolNeAR dev and the BASIL
development half.

Both systems read the same spaCy docs (readout's pipeline runs once; textacy's
``direct_quotations`` is called on the very same parsed doc), so differences come from the
quote logic only.

How PolNeAR attributions become gold units
------------------------------------------
PolNeAR annotates attribution relations (Source, Cue, Content). Every fragment of every
Content (and Content2) span is split on the double quotation marks it contains (curly, straight,
NYT ``''``):

* each stretch between an opening and a closing mark is a **direct** gold unit (a mark left
  unpaired inside the fragment runs to the fragment's edge, since PolNeAR sometimes splits one
  quote over two fragments);
* a fragment with no double quotation mark at all is an **indirect** gold unit (the whole
  fragment), unless it lies between an opening and a closing mark of its paragraph (PolNeAR
  splits some long quotations into one fragment per sentence): then it is **direct**;
* the unquoted remainder of a fragment that does contain marks ("that X would '...'") is
  neither: the seeds guidelines represent such a sentence by its quoted fragments only, so a
  prediction overlapping it is ignored rather than counted either way.

A prediction matches a gold unit of the same kind when their character spans overlap. Precision
counts predictions that overlap a gold unit; recall counts gold units overlapped by a prediction
(predictions overlapping an ignored region only are left out of precision).

Speakers. PolNeAR's Source is a text span ("Rep. John Mica (R-Fla.)", "he", "a source"). A
source is *named* when it holds a capitalised word other than a pronoun or determiner; its key
is the last such word before any comma or parenthesis ("Mica"). A pronoun source takes the key
of the latest named gold source before it in the same article (a proxy for coreference that
uses only the gold annotations). A predicted speaker is right when its last word equals the key
(for readout the canonical name, e.g. "John Mica"; for textacy its speaker tokens). Speaker
accuracy is reported on named sources (comparable with the figure quoted in issue 3) and on
named + pronoun sources. The speaker-attributed F1 counts a match as a hit only when the speaker
is right; units whose source is anonymous ("a source", "officials") or absent are scored on
detection alone, because no name can be checked.

Seeds: tests/gold/seeds_quotes.json, canonical speakers compared exactly (a list of accepted
names allowed; null must be null). Entries marked optional are neither rewarded nor penalised.

Own BASIL gold (``--corpus basil-own``): tests/gold/basil_quotes_dev.json annotates every
direct quote of 18 BASIL development-half articles that no other gold file uses, with its
canonical speaker, scored exactly like the seeds (direct quotes only: the file holds no
indirect entries, so no indirect figure is reported for it). A second batch,
tests/gold/basil_quotes_dev2.json (15 more development articles, annotated blind in a later
session), is read by the same option and reported on its own as ``basil_own_dev2``. A third
batch, tests/gold/basil_quotes_dev3.json (16 more, annotated blind), also marks indirect speech:
the reported clause of each 'X said (that) ...' / 'according to X' with its speaker (null when
no one is named), so ``basil_own_dev3`` reports indirect detection P/R/F1 (span overlap) and
speaker accuracy as well. A fourth batch, tests/gold/basil_quotes_dev4.json (the twelve
articles of four triplets moved from the held-out half for it, annotated blind the same way),
is reported as ``basil_own_dev4``; a fifth, tests/gold/basil_quotes_dev5.json (nine articles of
three more moved triplets, annotated blind), as ``basil_own_dev5``; a sixth,
tests/gold/basil_quotes_dev6.json (nine more, annotated blind), as ``basil_own_dev6``; a
seventh, tests/gold/basil_quotes_dev7.json (nine more, annotated blind), as ``basil_own_dev7``;
an eighth, tests/gold/basil_quotes_dev8.json (nine more, annotated blind), as ``basil_own_dev8``;
a ninth, tests/gold/basil_quotes_dev9.json (nine more, annotated blind), as ``basil_own_dev9``,
and a tenth, tests/gold/basil_quotes_dev10.json (six more, annotated blind), as ``basil_own_dev10``.
``--batch N`` runs one batch of the own gold only (1 is the first file).

Written news (``--corpus written``): tests/gold/written_quotes_dev.json annotates the direct
quotes and indirect speech of the ten development articles of bench/written_news/dev
(diplomacy news: speakers by title, ministries, statements, several states per article),
annotated blind and scored like the own BASIL gold, reported as ``written_dev``. The same option
reads tests/gold/written_quotes_dev2.json (bench/written_news/dev2, a second writer's articles,
annotated blind batch by batch) and reports it as ``written_dev2``; tests/gold/written_quotes_dev3.json
and _dev4.json (bench/written_news/dev3 and dev4, the eighth session's two further writers,
annotated blind) as ``written_dev3`` and ``written_dev4``, and _dev5.json (bench/written_news/dev5,
web-page saves with their furniture, annotated blind) as ``written_dev5``.

BASIL (``../shared/data/basil``, see its SOURCE.md) is a second check of speakers, on Fox News,
New York Times and HuffPost stories. It is not an exhaustive quote annotation: it marks phrases
that carry bias, some of them quoted, each quoted one with its speaker. The articles are rebuilt
from their sentence lists (title, blank line, paragraphs separated by blank lines, sentences by
one space) and the phrase offsets mapped into that text. For each quoted phrase whose speaker is
a main entity: *coverage* is whether some readout quote (direct or indirect) overlaps it; for
person speakers ("Michael_Steele", not "House_Democrats" or the anonymous ``other_*``) the
*speaker accuracy* is whether the overlapping quote's speaker (direct preferred, then the larger
overlap) has the entity's surname; a null speaker counts as not right. The 100 story triplets are
split in two halves by the parity of the sha1 of the triplet id: ``dev`` for development,
``heldout`` reported untouched.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
POLNEAR = SHARED / "data" / "polnear"
BASIL = SHARED / "data" / "basil"
SEEDS = SHARED / "seeds"
SEEDS_GOLD = REPO / "tests" / "gold" / "seeds_quotes.json"
BASIL_OWN_GOLD = REPO / "tests" / "gold" / "basil_quotes_dev.json"
# second batch, annotated blind in a later session (reported on its own as basil_own_dev2)
BASIL_OWN_GOLD_2 = REPO / "tests" / "gold" / "basil_quotes_dev2.json"
# third batch, direct AND indirect speech (reported as basil_own_dev3)
BASIL_OWN_GOLD_3 = REPO / "tests" / "gold" / "basil_quotes_dev3.json"
# fourth batch, direct and indirect, on four triplets moved from the held-out half (dev4)
BASIL_OWN_GOLD_4 = REPO / "tests" / "gold" / "basil_quotes_dev4.json"
# fifth batch, direct and indirect, three more moved triplets (dev5)
BASIL_OWN_GOLD_5 = REPO / "tests" / "gold" / "basil_quotes_dev5.json"
# sixth batch, direct and indirect, three more moved triplets (dev6)
BASIL_OWN_GOLD_6 = REPO / "tests" / "gold" / "basil_quotes_dev6.json"
# seventh batch, nine more articles of three moved triplets (reported as basil_own_dev7)
BASIL_OWN_GOLD_7 = REPO / "tests" / "gold" / "basil_quotes_dev7.json"
# eighth batch, nine more articles of three moved triplets (reported as basil_own_dev8)
BASIL_OWN_GOLD_8 = REPO / "tests" / "gold" / "basil_quotes_dev8.json"
# ninth batch, nine more articles of three moved triplets (reported as basil_own_dev9)
BASIL_OWN_GOLD_9 = REPO / "tests" / "gold" / "basil_quotes_dev9.json"
# tenth batch, the six articles of two more moved triplets (reported as basil_own_dev10)
BASIL_OWN_GOLD_10 = REPO / "tests" / "gold" / "basil_quotes_dev10.json"
# diplomacy news written for the project (bench/written_news/dev), annotated blind
WRITTEN_GOLD = REPO / "tests" / "gold" / "written_quotes_dev.json"
WRITTEN_GOLD_2 = REPO / "tests" / "gold" / "written_quotes_dev2.json"
WRITTEN_GOLD_3 = REPO / "tests" / "gold" / "written_quotes_dev3.json"
WRITTEN_GOLD_4 = REPO / "tests" / "gold" / "written_quotes_dev4.json"
WRITTEN_GOLD_5 = REPO / "tests" / "gold" / "written_quotes_dev5.json"
RESULTS = REPO / "bench" / "results" / "quotes.json"

sys.path.insert(0, str(REPO / "src"))

NON_NAME_WORDS = {
    "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "my",
    "the", "a", "an", "this", "that", "these", "those", "who", "which", "both", "some", "many",
    "one", "another", "several", "most", "all", "each", "other", "others", "in", "on", "at",
    "mr", "mrs", "ms", "miss", "dr", "rep", "sen", "gov", "president", "gen", "former", "then",
    # party and nationality words describe a source without naming it ("the Republican nominee")
    "republican", "republicans", "democrat", "democrats", "democratic", "american", "americans",
    "gop", "u.s", "us", "vice", "secretary", "senator", "governor", "candidate", "nominee",
}
PRONOUN_SOURCES = {"he", "she", "they", "him", "her", "his", "their", "we", "i", "who"}


@dataclass
class Unit:
    start: int
    end: int
    kind: str  # direct, indirect, ignore
    speakers: list[str | None] = field(default_factory=list)  # accepted answers (seeds)
    key: str | None = None  # PolNeAR: surname key of the (resolved) source
    speech_cue: bool = False  # PolNeAR: the cue is a verb of saying (not belief, poll, ...)
    named: bool = False  # PolNeAR: source span itself holds a name
    acronym: str | None = None  # PolNeAR: initials of a named source ("IAEA")
    optional: bool = False


@dataclass
class GoldArticle:
    name: str
    text: str
    units: list[Unit]
    canonical: bool  # seeds: compare canonical names exactly; PolNeAR: surname keys
    published: str | None = None  # PolNeAR: publication date from metadata.tsv


@dataclass
class Pred:
    start: int
    end: int
    kind: str
    speaker: str | None
    cue: str | None = None


# ----------------------------------------------------------------------------- gold loading

DOUBLE_MARK = re.compile(r"''|``|[\u201c\u201d\"\u201e\u00ab\u00bb]")


def _quoted_pieces(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Stretches between double marks inside text[start:end]; None when it holds no mark."""
    marks = [(m.start() + start, m.end() + start) for m in DOUBLE_MARK.finditer(text[start:end])]
    if not marks:
        return None
    pieces = []
    i = 0
    while i < len(marks):
        m0, m1 = marks[i]
        opener = text[m0:m1] in ("\u201c", "``", "\u201e", "\u00ab") or (
            text[m0:m1] in ('"', "''") and (m0 == start or not text[m0 - 1].isalnum())
            and m1 < end and not text[m1].isspace())
        if opener and i + 1 < len(marks):
            pieces.append((m1, marks[i + 1][0]))
            i += 2
        elif opener:
            pieces.append((m1, end))  # the quote continues in another fragment
            i += 1
        else:
            pieces.append((start, m0))  # closes a quote opened in an earlier fragment
            i += 1
    return [(a, b) for a, b in pieces if text[a:b].strip()]


# Office words that head a title naming its holder ("Secretary of State John F. Kerry"): the
# preposition after them is part of the title, not a description ("a spokesman for X").
OFFICE_WORDS = {
    "secretary", "minister", "chairman", "chairwoman", "chair", "director", "president",
    "governor", "mayor", "speaker", "ambassador", "leader", "senator", "representative",
    "attorney", "general", "deputy", "vice", "prime", "foreign", "defense", "defence", "chief",
    "under", "assistant", "state", "treasury", "commerce", "labor", "justice", "energy",
}
NAME_WORD = r"(?:[A-Z][\w.'’\-]*|de|da|del|van|von|bin|al)"


def _head_key(head: str, text: str) -> str | None:
    """The key of one comma-free stretch of a source (see _name_key)."""
    pieces = re.split(r"\s(?:for|of|at|with|from|in|to|on|close)\s", head)
    before = [w.strip(".") for w in re.findall(r"[A-Za-z][\w.'’\-]*", pieces[0])]
    titled = len(pieces) > 1 and before and all(
        w[:1].isupper() and (w.casefold() in OFFICE_WORDS or w.casefold() == "the")
        for w in before) and len(re.findall(r"(?<!\w)[A-Z]", pieces[1])) >= 2
    if not titled:
        # "a spokesman for Clinton" describes an anonymous person: only the words before a
        # preposition can name the source.
        head = pieces[0]
    words = [w.strip(".'’") for w in re.findall(r"[A-Za-z][\w.'’\-]*", head)]
    words = [re.sub(r"(?:'s|’s)$", "", w) for w in words]
    words = [w for w in words if w]
    if not words or not words[-1][:1].isupper():
        return None
    last = words[-1]
    if last.casefold().rstrip(".") in NON_NAME_WORDS or last.casefold() in ("jr", "sr"):
        caps = [w for w in words if w[:1].isupper()
                and w.casefold().rstrip(".") not in NON_NAME_WORDS | {"jr", "sr"}]
        if not caps:
            return None
        last = caps[-1]
    if text and re.search(rf"(?<![\w.]){re.escape(last.lower())}(?!\w)", text) and not last.isupper():
        return None  # a common word at the start of a sentence ("Critics", "Officials")
    return last


def _inside_marks(text: str, start: int, end: int) -> bool:
    """Does text[start:end] (a fragment with no mark of its own) lie between an opening and a
    closing mark of its paragraph? PolNeAR sometimes splits a long quotation into one
    fragment per sentence, so the middle ones hold no mark."""
    para_start = text.rfind("\n\n", 0, start)
    para_end = text.find("\n\n", end)
    before = list(DOUBLE_MARK.finditer(text, max(para_start, 0), start))
    after = next(DOUBLE_MARK.finditer(text, end, len(text) if para_end < 0 else para_end), None)
    if not before or after is None:
        return False
    m0 = before[-1]
    opens = m0.group() in ("\u201c", "``", "\u201e", "\u00ab") or (
        m0.group() in ('"', "''") and (m0.start() == 0 or not text[m0.start() - 1].isalnum())
        and not text[m0.end():m0.end() + 1].isspace())
    closes = after.group() in ("\u201d", "\u00bb") or (
        after.group() in ('"', "''") and not text[after.start() - 1:after.start()].isspace())
    return opens and closes


def _name_key(source: str | None, text: str = "") -> str | None:
    """The surname-like key of a named source, None for pronouns and descriptions.

    A source is named when the last word of its head (before any comma, parenthesis, dash or
    preposition) is capitalised and is not a common word (its lower-case form does not occur
    in the article): "Rep. John Mica (R-Fla.)" → Mica; "a spokesman for Clinton", "Few
    people", "Officials" → None. A preposition after an office title belongs to the title
    ("Secretary of State John F. Kerry" → Kerry), and a description followed by an
    appositive name is named by it ("An attorney for Pagliano, Mark MacDougall," →
    MacDougall; "The minister of the economy, Mr. Guajardo Villarreal," → Villarreal)."""
    if not source:
        return None
    parts = re.split(r"[,(]|\s(?:--|\u2014|\u2013)\s?", source)
    key = _head_key(parts[0], text)
    if key is None and len(parts) > 1 and re.fullmatch(
            rf"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?{NAME_WORD}(?:\s+{NAME_WORD})+\s*", parts[1]):
        key = _head_key(parts[1], text)
    return key


def _initials(name: str | None) -> str | None:
    """'The International Atomic Energy Agency' → 'IAEA' (capitalised words, 'The' left out),
    for sources and speakers named by their acronym on one side only."""
    if not name:
        return None
    head = re.split(r"[,(]", name)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", head)
             if w.casefold() not in ("the", "of", "for", "and", "on", "&", "to", "in", "at")]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None  # a description ("An attorney for Pagliano") has no acronym
    return "".join(w[0] for w in words)


def _speaker_key(speaker: str | None) -> str | None:
    """The surname-like key of a predicted speaker, cut like a gold source at a preposition
    ("Association of Flight Attendants" → Association, as "the Association of ..." is)."""
    if not speaker:
        return None
    speaker = re.split(r"\s(?:for|of|at|with|from|in|to|on)\s", speaker)[0]
    words = [w.strip(".'’,") for w in re.findall(r"[A-Za-z][\w.'’\-]*", speaker)]
    words = [re.sub(r"(?:'s|’s)$", "", w) for w in words]
    words = [w for w in words if w and w.casefold().rstrip(".") not in NON_NAME_WORDS]
    return words[-1] if words else None


IRREGULAR_SPEECH = {"said": "say", "says": "say", "told": "tell", "wrote": "write",
                    "spoke": "speak", "according": "according"}


def _is_speech_cue(cue: str) -> bool:
    """Is a PolNeAR cue a verb of saying (as the seeds guidelines count indirect speech)?
    Beliefs ('believes', 'seems'), findings ('shows', 'found'), wishes and plans are not."""
    from readout.analyze.quotes import SPEECH_VERBS

    for word in re.findall(r"[a-z]+", cue.casefold()):
        if word in IRREGULAR_SPEECH:
            return True
        for stem in (word, word[:-1], word[:-2], word[:-3], word[:-1] + "e" if word.endswith(
                "ed") else word, word[:-3] + "e" if word.endswith("ing") else word):
            if stem in SPEECH_VERBS:
                return True
    return False


def _parse_ann(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]]]], list[dict]]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T"):
            label, rest = parts[1].split(" ", 1)
            frags = [tuple(int(x) for x in f.split()) for f in rest.split(";")]
            spans[parts[0]] = (label, sorted(frags))  # type: ignore[arg-type]
        elif parts[0].startswith("E"):
            relations.append(dict(r.split(":", 1) for r in parts[1].split()))
    return spans, relations


def _polnear_dates() -> dict[str, str]:
    """Publication dates from PolNeAR's metadata.tsv (a user of readout knows the date of what
    they analyse; offices such as "the press secretary" are looked up on it)."""
    path = POLNEAR / "metadata.tsv"
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    name_col, date_col = header.index("filename"), header.index("publication_date")
    dates = {}
    for line in lines[1:]:
        cols = line.split("\t")
        if len(cols) > max(name_col, date_col) and re.fullmatch(r"\d{4}-\d\d-\d\d", cols[date_col]):
            dates[cols[name_col]] = cols[date_col]
    return dates


def _relative_antecedent(text: str, pos: int, who: bool) -> str | None:
    """The key of the name a relative-pronoun source ("who") refers to: the name right before
    it in the same sentence, past a comma and a lower-case appositive ("Stevie Wonder, who
    joked"; "McConnell, now the Senate majority leader, who said")."""
    before = text[max(0, pos - 200):pos]
    before = re.split(r"[.!?;:\n]\s", before)[-1].rstrip()
    before = re.sub(r",\s*$", "", before)
    # a parenthesis or an appositive that opens lower case describes the name before it
    before = re.sub(r"\s*\([^()]*\)$", "", before)
    if who:  # 'which' may refer to the appositive itself ("the study -- which notes")
        before = re.sub(r",\s+(?:now\s+|then\s+)?(?:the|a|an|his|her|their)\s[^,]*$", "",
                        before)
    found = re.search(rf"((?:{NAME_WORD}\s+)*[A-Z][\w.'’\-]*)$", before)
    return _name_key(found.group(1), text) if found else None


def load_polnear(split: str) -> list[GoldArticle]:
    folder = POLNEAR / split
    dates = _polnear_dates()
    articles = []
    anns = sorted((folder / "attributions").glob("*.ann"))
    chosen: dict[str, Path] = {}
    for ann in anns:  # articles annotated by all six annotators: keep the first annotation
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    for base, ann in sorted(chosen.items()):
        text = (folder / "text" / f"{base}.txt").read_text(encoding="utf-8")
        spans, relations = _parse_ann(ann)
        rel_items = []
        for rel in relations:
            src = rel.get("Source")
            src_span = spans[src][1] if src in spans else None
            src_text = " ".join(text[a:b] for a, b in src_span) if src_span else None
            contents = [spans[v][1] for k, v in rel.items() if k.startswith("Content") and v in spans]
            cue = rel.get("Cue")
            cue_text = " ".join(text[a:b] for a, b in spans[cue][1]) if cue in spans else ""
            rel_items.append((src_span[0][0] if src_span else -1, src_text, contents,
                              _is_speech_cue(cue_text)))
        # Resolve pronoun sources to the latest named source before them (gold-only proxy).
        named_keys: list[tuple[int, str]] = sorted(
            (pos, _name_key(s, text)) for pos, s, _, _ in rel_items
            if pos >= 0 and _name_key(s, text))  # type: ignore[misc]
        units = []
        for pos, src_text, contents, speech in rel_items:
            key = _name_key(src_text, text)
            named = key is not None
            acronym = _initials(src_text) if named else None
            if key is None and src_text and src_text.strip().casefold() in ("who", "which"):
                key = _relative_antecedent(text, pos, src_text.strip().casefold() == "who")
            if key is None and src_text and src_text.strip().casefold() in PRONOUN_SOURCES:
                earlier = [k for p, k in named_keys if p < pos]
                key = earlier[-1] if earlier else None
            for frags in contents:
                for a, b in frags:
                    pieces = _quoted_pieces(text, a, b)
                    if pieces is None and _inside_marks(text, a, b):
                        pieces = [(a, b)]  # a middle sentence of a split quotation
                    if pieces is None:
                        units.append(Unit(a, b, "indirect", key=key, named=named,
                                          speech_cue=speech, acronym=acronym))
                        continue
                    units.append(Unit(a, b, "ignore"))
                    for pa, pb in pieces:
                        units.append(Unit(pa, pb, "direct", key=key, named=named,
                                          acronym=acronym))
        articles.append(GoldArticle(base, text, units, canonical=False,
                                    published=dates.get(base)))
    return articles


def _gold_units(entry: dict) -> list[Unit]:
    """The quotes of one file of our own gold (seeds, basil-own): a speaker may be a list of
    accepted names; optional entries are neither rewarded nor penalised."""
    units = []
    for q in entry["quotes"]:
        sp = q["speaker"]
        units.append(Unit(q["start"], q["end"], q["kind"],
                          speakers=sp if isinstance(sp, list) else [sp],
                          optional=bool(q.get("optional"))))
    return units


def load_seeds() -> list[GoldArticle]:
    gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    articles = []
    for name, entry in sorted(gold["files"].items()):
        path = SEEDS / name
        if hashlib.sha1(path.read_bytes()).hexdigest() != entry["sha1"]:
            raise SystemExit(f"{name} changed since it was annotated")
        text = path.read_text(encoding="utf-8")
        units = _gold_units(entry)
        articles.append(GoldArticle(name, text, units, canonical=True))
    return articles


def load_basil_own(gold_path: Path = BASIL_OWN_GOLD) -> list[GoldArticle]:
    """Our own exhaustive direct-quote gold on BASIL development articles
    (tests/gold/basil_quotes_dev.json, or the second batch basil_quotes_dev2.json), scored like
    the seeds: canonical speakers, a list of accepted names, optional entries neither rewarded
    nor penalised."""
    sys.path.insert(0, str(REPO / "bench"))
    from basil_text import checked_basil

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    articles = []
    for rel, entry in sorted(gold["files"].items()):
        data, text = checked_basil(rel, entry["sha1"], entry["text_sha1"])
        units = _gold_units(entry)
        articles.append(GoldArticle(Path(rel).stem, text, units, canonical=True,
                                    published=data.get("date")))
    return articles


def load_written(gold_path: Path = WRITTEN_GOLD) -> list[GoldArticle]:
    """The written diplomacy news of the development split (tests/gold/written_quotes_dev.json),
    scored like the seeds; the doc id and date are the ones the written-news loader gives."""
    sys.path.insert(0, str(REPO / "bench"))
    from written_text import checked_written

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    articles = []
    for rel, entry in sorted(gold["files"].items()):
        if not rel.startswith(("dev/", "dev2/", "dev3/", "dev4/", "dev5/")):
            raise SystemExit(f"{rel}: only the development splits may be scored here")
        art = checked_written(rel, entry["sha1"])
        articles.append(GoldArticle(art.doc, art.text, _gold_units(entry), canonical=True,
                                    published=art.published))
    return articles


# ----------------------------------------------------------------------------- BASIL

# Words that make a BASIL speaker entity a group or an institution ("House_Democrats",
# "Obama_campaign", "NAACP"): such speakers have no surname to check and are not judged.
GROUP_WORDS = {
    "democrats", "republicans", "lawmakers", "officials", "members", "campaign", "party",
    "committee", "companies", "plaintiffs", "protestors", "protesters", "catholics", "house",
    "senate", "department", "administration", "and", "gop", "america", "now", "buzzfeed",
}


@dataclass
class BasilSpan:
    start: int
    end: int
    key: str | None  # surname key of a person speaker; None: not judged
    entity: str


@dataclass
class BasilArticle:
    name: str
    outlet: str
    text: str
    published: str | None
    spans: list[BasilSpan]
    dev: bool


def _fold(word: str) -> str:
    import unicodedata

    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c)).casefold().strip(".,'’")


def _basil_person_key(entity: str, surnames: set[str]) -> str | None:
    """Surname key of a main entity that names one person ("Michael_Steele" → steele), else
    None. A single word is a person only when it is some multi-word person's surname."""
    words = [w for w in entity.replace("_", " ").split() if _fold(w) not in ("jr", "sr")]
    if not words or any(not w[:1].isupper() or _fold(w) in GROUP_WORDS for w in words):
        return None
    if len(words) == 1 and (_fold(words[0]) not in surnames or words[0].isupper()):
        return None
    return _fold(words[-1])


def _basil_split(triplet: str) -> bool:
    """True for the development half (see bench/basil_text.py: the sha1 parity of the
    triplet id, plus the triplets moved to development)."""
    sys.path.insert(0, str(REPO / "bench"))
    from basil_text import basil_triplet_is_dev

    return basil_triplet_is_dev(triplet)


def load_basil() -> list[BasilArticle]:
    """BASIL articles rebuilt from their sentences (paragraphs separated by a blank line,
    sentences of a paragraph by one space, the title first), with the quoted phrase spans
    whose speaker is a main entity, mapped to offsets in the rebuilt text."""
    raw = []
    for path in sorted((BASIL / "articles").glob("*/*.json")):
        art = json.loads(path.read_text(encoding="utf-8"))
        ann_path = BASIL / "annotations" / path.parent.name / f"{path.stem}_ann.json"
        ann = json.loads(ann_path.read_text(encoding="utf-8")) if ann_path.exists() else {}
        raw.append((path, art, ann))
    surnames = set()
    for _, _, ann in raw:
        for s in ann.get("phrase-level-annotations", []):
            words = (s.get("speaker") or "").split("_")
            if len(words) > 1:
                surnames.add(_fold(words[-1]))
    articles = []
    for path, art, ann in raw:
        pieces = [art.get("title", "").strip()]
        offsets: list[int] = []
        cursor = len(pieces[0]) + 2
        for paragraph in art["body-paragraphs"]:
            para = []
            for sentence in paragraph:
                offsets.append(cursor)
                para.append(sentence)
                cursor += len(sentence) + 1
            pieces.append(" ".join(para))
            cursor += 1  # the paragraph break is two characters, the sentence gap was one
        text = "\n\n".join(pieces)
        spans = []
        for s in ann.get("phrase-level-annotations", []):
            speaker = s.get("speaker") or ""
            if s.get("quote") != "yes" or not speaker or speaker.startswith("other"):
                continue
            if not str(s.get("id", "")).startswith("p"):
                continue  # the title
            base = offsets[int(s["id"][1:])]
            a, b = base + int(s["start"]), base + int(s["end"])
            assert text[a:b] == s["txt"], (path.name, s["id"])
            spans.append(BasilSpan(a, b, _basil_person_key(speaker, surnames), speaker))
        triplet = art.get("triplet-uuid") or ann.get("triplet-uuid") or ann.get("pair-uuid", "")
        articles.append(BasilArticle(path.stem, art["source"].casefold(), text,
                                     art.get("date"), spans, _basil_split(triplet)))
    return articles


def score_basil(articles: list[BasilArticle], preds: dict[str, list[Pred]]) -> dict:
    """Coverage (share of quoted phrase spans overlapped by a readout quote, direct or
    indirect) and speaker accuracy on person speakers, overall and per outlet."""
    def empty() -> dict:
        return {"spans": 0, "covered": 0, "judged": 0, "right": 0, "wrong": 0, "null": 0}

    tally: dict[str, dict] = {"all": empty()}
    for art in articles:
        for span in art.spans:
            for key in ("all", art.outlet):
                t = tally.setdefault(key, empty())
                hits = [p for p in preds.get(art.name, [])
                        if _overlap(p.start, p.end, span.start, span.end) > 0]
                t["spans"] += 1
                if not hits:
                    continue
                t["covered"] += 1
                if span.key is None:
                    continue
                best = max(hits, key=lambda p: (p.kind == "direct",
                                                _overlap(p.start, p.end, span.start, span.end)))
                t["judged"] += 1
                got = _speaker_key(best.speaker)
                if got is None:
                    t["null"] += 1
                elif _fold(got).startswith(span.key) or span.key.startswith(_fold(got)):
                    t["right"] += 1
                else:
                    t["wrong"] += 1
    out = {}
    for key, t in tally.items():
        out[key] = {**t, "coverage": round(t["covered"] / t["spans"], 3) if t["spans"] else None,
                    "speaker_accuracy": round(t["right"] / t["judged"], 3) if t["judged"] else None,
                    "speaker_accuracy_non_null": round(t["right"] / (t["right"] + t["wrong"]), 3)
                    if t["right"] + t["wrong"] else None}
    return out


# The triplets of the held-out news set (bench/news_gold.py): in the development half by
# parity, but nobody may run readout on them, so neither half here holds them.
NEWS_GOLD_TRIPLETS = ("eadabee7", "cad4bba5", "8abec8d9")


def evaluate_basil(half: str) -> dict:
    articles = [a for a in load_basil() if a.dev == (half == "dev")
                and not a.name.startswith(NEWS_GOLD_TRIPLETS)]
    gold = [GoldArticle(a.name, a.text, [], canonical=False, published=a.published)
            for a in articles]
    t0 = time.perf_counter()
    ours, _, _ = run_systems(gold, with_textacy=False)
    result = {"articles": len(articles), **score_basil(articles, ours),
              "seconds": round(time.perf_counter() - t0, 1)}
    print(f"\n== BASIL {half} half ({len(articles)} articles)")
    for key in ("all", "fox", "nyt", "hpo"):
        r = result.get(key)
        if r:
            print(f"{key:4s} spans {r['spans']:4d} coverage {r['coverage']}  speaker "
                  f"{r['speaker_accuracy']} (judged {r['judged']}: right {r['right']}, "
                  f"wrong {r['wrong']}, null {r['null']})")
    return result


# ----------------------------------------------------------------------------- systems

def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def run_systems(articles: list[GoldArticle], with_textacy: bool
                ) -> tuple[dict[str, list[Pred]], dict[str, list[Pred]] | None, dict]:
    from readout.analyze.pipeline import build_pipeline
    from readout.records import Article

    nlp = build_pipeline(None)
    from readout.analyze.pipeline import make_doc

    ours: dict[str, list[Pred]] = {}
    theirs: dict[str, list[Pred]] | None = {} if with_textacy else None
    gave_up = 0
    timing = {"readout_s": 0.0, "textacy_s": 0.0}
    direct_quotations = None
    if with_textacy:
        from textacy.extract.triples import direct_quotations
    docs = (make_doc(nlp, Article(doc=a.name, text=a.text, published=a.published))
            for a in articles)
    # Only what quotes need: the components after readout_quotes are skipped, except the last
    # step that drops what was read in a saved page's furniture (as `readout analyze` does).
    after = [name for name in nlp.pipe_names[nlp.pipe_names.index("readout_quotes") + 1:]
             if name != "readout_furniture_filter"]
    t0 = time.perf_counter()
    with nlp.select_pipes(disable=after):
        parsed = list(nlp.pipe(docs, batch_size=8))
    for art, doc in zip(articles, parsed, strict=True):
        ours[art.name] = [Pred(q.start, q.end, q.kind, q.speaker, q.cue) for q in doc._.quotes or []]
        if theirs is not None and direct_quotations is not None:
            t1 = time.perf_counter()
            preds = []
            try:
                for triple in direct_quotations(doc):
                    content = triple.content
                    start, end = content.start_char, content.end_char
                    # textacy's content includes the marks; strip them for a like-for-like span.
                    while start < end and (doc.text[start] in "\"'\u201c\u201d\u2018\u2019`"
                                           or doc.text[start].isspace()):
                        start += 1
                    while end > start and (doc.text[end - 1] in "\"'\u201c\u201d\u2018\u2019`"
                                           or doc.text[end - 1].isspace()):
                        end -= 1
                    speaker = " ".join(t.text for t in triple.speaker) or None
                    preds.append(Pred(start, end, "direct", speaker))
            except Exception:  # textacy raises on odd numbers of marks: it gives up on the doc
                gave_up += 1
                preds = []
            theirs[art.name] = preds
            timing["textacy_s"] += time.perf_counter() - t1
    timing["readout_s"] = time.perf_counter() - t0 - timing["textacy_s"]
    timing["textacy_gave_up"] = gave_up
    return ours, theirs, timing


# ----------------------------------------------------------------------------- scoring

def _speaker_ok(unit: Unit, pred: Pred, canonical: bool, exact: bool) -> bool | None:
    """True/False when the speaker can be judged, None when it cannot.

    ``exact``: the system claims canonical names (readout), so seeds speakers must match
    exactly; a system that returns raw speaker tokens (textacy) is judged by surname.
    """
    if canonical and exact:
        return pred.speaker in unit.speakers
    if canonical:
        if pred.speaker is None:
            return None in unit.speakers
        return _speaker_key(pred.speaker) in {_speaker_key(s) for s in unit.speakers if s}
    if unit.key is None:
        return None
    got = _speaker_key(pred.speaker)
    if got is None:
        return False
    if got.casefold() == unit.key.casefold():
        return True
    # one side names an organisation by its acronym: "IAEA" for "The International Atomic
    # Energy Agency", or the other way round
    return bool((unit.acronym and pred.speaker == unit.acronym)
                or (unit.key.isupper() and _initials(pred.speaker) == unit.key))


def score(articles: list[GoldArticle], preds: dict[str, list[Pred]], kind: str,
          exact: bool = True) -> dict:
    n_pred = tp_pred = att_pred = 0
    n_gold = tp_gold = att_gold = 0
    sp_named = [0, 0]
    sp_all = [0, 0]
    for art in articles:
        golds = [u for u in art.units if u.kind == kind]
        ignores = [u for u in art.units if u.kind == "ignore" or (u.kind == kind and u.optional)]
        required = [u for u in golds if not u.optional]
        mine = [p for p in preds.get(art.name, []) if p.kind == kind]
        for p in mine:
            best = max(required, key=lambda u: _overlap(p.start, p.end, u.start, u.end),
                       default=None)
            if best is not None and _overlap(p.start, p.end, best.start, best.end) > 0:
                n_pred += 1
                tp_pred += 1
                ok = _speaker_ok(best, p, art.canonical, exact)
                att_pred += ok is not False
            elif any(_overlap(p.start, p.end, u.start, u.end) for u in ignores):
                continue
            else:
                n_pred += 1
        for u in required:
            n_gold += 1
            hits = [p for p in mine if _overlap(p.start, p.end, u.start, u.end) > 0]
            if not hits:
                continue
            tp_gold += 1
            best_p = max(hits, key=lambda p: _overlap(p.start, p.end, u.start, u.end))
            ok = _speaker_ok(u, best_p, art.canonical, exact)
            att_gold += ok is not False
            if ok is not None:
                sp_all[0] += ok
                sp_all[1] += 1
                if art.canonical or u.named:
                    sp_named[0] += ok
                    sp_named[1] += 1

    def prf(tp_p: int, tp_g: int) -> dict:
        p = tp_p / n_pred if n_pred else 0.0
        r = tp_g / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}

    out = {"gold": n_gold, "predicted": n_pred, **prf(tp_pred, tp_gold),
           "attributed": prf(att_pred, att_gold)}
    if kind == "indirect" and articles and not articles[0].canonical:
        speech = [(art, u) for art in articles for u in art.units
                  if u.kind == kind and u.speech_cue]
        found = sum(any(p.kind == kind and _overlap(p.start, p.end, u.start, u.end) > 0
                        for p in preds.get(art.name, [])) for art, u in speech)
        out["speech_cue_gold"] = len(speech)
        out["speech_cue_recall"] = round(found / len(speech), 3) if speech else None
    if articles and articles[0].canonical:
        out["speaker_accuracy"] = round(sp_all[0] / sp_all[1], 3) if sp_all[1] else None
        out["speaker_judged"] = sp_all[1]
    else:
        out["speaker_accuracy_named"] = round(sp_named[0] / sp_named[1], 3) if sp_named[1] else None
        out["speaker_judged_named"] = sp_named[1]
        out["speaker_accuracy_named_or_pronoun"] = (
            round(sp_all[0] / sp_all[1], 3) if sp_all[1] else None)
        out["speaker_judged_named_or_pronoun"] = sp_all[1]
    return out


def evaluate(label: str, articles: list[GoldArticle], with_textacy: bool) -> dict:
    ours, theirs, timing = run_systems(articles, with_textacy)
    result: dict = {"articles": len(articles), "readout": {
        "direct": score(articles, ours, "direct"), "indirect": score(articles, ours, "indirect")}}
    if theirs is not None:
        result["textacy"] = {"direct": score(articles, theirs, "direct", exact=False),
                             "gave_up_on_articles": timing["textacy_gave_up"]}
    result["seconds"] = {k: round(v, 1) for k, v in timing.items() if k.endswith("_s")}
    print(f"\n== {label} ({len(articles)} articles)")
    for system in ("readout", "textacy"):
        if system not in result:
            continue
        for kind in ("direct", "indirect"):
            r = result[system].get(kind)
            if not r or not r["gold"]:
                continue  # (no gold of that kind: the own BASIL gold has direct quotes only)
            acc = r.get("speaker_accuracy", r.get("speaker_accuracy_named"))
            extra = ""
            if "speaker_accuracy_named_or_pronoun" in r:
                extra = f"  speaker(named+pron) {r['speaker_accuracy_named_or_pronoun']}"
            print(f"{system:8s} {kind:8s} P {r['precision']:.3f} R {r['recall']:.3f} "
                  f"F1 {r['f1']:.3f}  speaker {acc}{extra}  attributed-F1 "
                  f"{r['attributed']['f1']:.3f}  (gold {r['gold']}, pred {r['predicted']})")
        if system == "textacy":
            print(f"textacy gave up on {result['textacy']['gave_up_on_articles']} articles")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=("all", "seeds", "polnear", "basil", "basil-own", "written"),
                        default="all")
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both",
                        help="PolNeAR split(s); test is for final figures only")
    parser.add_argument("--basil-half", choices=("dev", "heldout", "both"), default="both")
    parser.add_argument("--no-textacy", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--limit", type=int, default=0, help="PolNeAR articles (0 = all)")
    parser.add_argument("--batch", type=int, default=0,
                        help="own BASIL gold: run this batch only (0 = all)")
    args = parser.parse_args(argv)
    with_textacy = not args.no_textacy
    results: dict = {}
    if args.corpus in ("all", "seeds"):
        results["seeds"] = evaluate("seeds gold", load_seeds(), with_textacy)
    if args.corpus in ("all", "basil-own"):
        own = [BASIL_OWN_GOLD, BASIL_OWN_GOLD_2, BASIL_OWN_GOLD_3, BASIL_OWN_GOLD_4,
               BASIL_OWN_GOLD_5, BASIL_OWN_GOLD_6, BASIL_OWN_GOLD_7, BASIL_OWN_GOLD_8,
               BASIL_OWN_GOLD_9, BASIL_OWN_GOLD_10]
        for number, path in enumerate(own, start=1):
            if args.batch and number != args.batch:
                continue
            key = "basil_own_dev" + ("" if number == 1 else str(number))
            label = "BASIL dev, own quote gold" + ("" if number == 1 else f", batch {number}")
            if number >= 3:
                label += " (with indirect)"
            results[key] = evaluate(label, load_basil_own(path), with_textacy)
            if number <= 2:
                results[key]["readout"].pop("indirect", None)  # no indirect gold there
    if args.corpus in ("all", "written"):
        results["written_dev"] = evaluate("written diplomacy news, dev (with indirect)",
                                          load_written(), with_textacy)
        results["written_dev2"] = evaluate("written diplomacy news, dev2 (second writer)",
                                           load_written(WRITTEN_GOLD_2), with_textacy)
        results["written_dev3"] = evaluate("written diplomacy news, dev3 (writer desk4)",
                                           load_written(WRITTEN_GOLD_3), with_textacy)
        results["written_dev4"] = evaluate("written diplomacy news, dev4 (writer desk5)",
                                           load_written(WRITTEN_GOLD_4), with_textacy)
        results["written_dev5"] = evaluate("written diplomacy news, dev5 (web pages, desk7)",
                                           load_written(WRITTEN_GOLD_5), with_textacy)
    if args.corpus in ("all", "polnear"):
        for split in (("dev", "test") if args.split == "both" else (args.split,)):
            polnear = load_polnear(split)
            if args.limit:
                polnear = polnear[: args.limit]
            results[f"polnear_{split}"] = evaluate(f"PolNeAR {split}", polnear, with_textacy)
    if args.corpus in ("all", "basil"):
        for half in (("dev", "heldout") if args.basil_half == "both" else (args.basil_half,)):
            results[f"basil_{half}"] = evaluate_basil(half)
    if not args.no_write:
        old = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
        old.update(results)
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(old, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
