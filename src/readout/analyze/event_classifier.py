"""Sentence classifier for CAMEO "pentacode" event classes.

The five classes are statement, verbal cooperation, material cooperation,
verbal conflict and material conflict. The model is a small scikit-learn
pipeline trained by ``scripts/train_event_classifier.py`` on the ConfliBERT
CAMEO train split and shipped as package data; nothing is downloaded.

Its input is built here, not inside the pickled pipeline, so the pickle holds
only scikit-learn objects. Each sentence becomes two text columns:

* the sentence with capitalised words and numbers masked, because the train
  sentences (2017-2019 news) and the sentences we meet later name different
  actors, and names should not decide the event class;
* a string of symbolic cue features from a hand-written lexicon of CAMEO cue
  phrases (root codes 01-20). The cue features carry the part of the signal
  that transfers across eras and outlets: which kind of act the sentence
  reports, whether it is negated, future or embedded under a demand/refusal.

The lexicon is fingerprinted; a model trained with another lexicon is refused
at load time, since its features would silently mean something else.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_MODEL_PATH = DATA_DIR / "event_classifier.joblib"
DEFAULT_METADATA_PATH = DATA_DIR / "event_classifier.json"

# ConfliBERT's integer labels 0-4, in order.
PENTACODE_LABELS: tuple[str, ...] = (
    "statement",
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
)

FEATURE_VERSION = "pentacode-cues-1"

# CAMEO root code -> regular expressions (matched on lower-cased text, whole
# words). Longer phrases win over cues they contain, so "cut aid" counts as
# reducing relations (16), not as aid (07).
# fmt: off
_CUE_PATTERNS: dict[str, tuple[str, ...]] = {
    # 01 public statement: comments, optimism, denials, condolences
    "01": (
        r"agree(s|d)? with",
        r"den(y|ies|ied|ying) (\w+ ){0,2}(charges?|accusations?|allegations?|claims?|reports?)",
        r"den(y|ies|ied) (any )?(responsibility|involvement|role)",
        r"reject\w* (\w+ ){0,2}(accusations?|allegations?|charges?)",
        r"express\w* (\w+ )?(regret|concerns?|satisfaction|hope|optimism|pessimism|confidence)",
        r"releas\w* (a |the |its |their )?(statement|report|document)s?",
        r"(statement|report)s? (was |were )?released",
        r"suggest\w*", r"confiden\w*", r"skeptic\w*", r"sceptic\w*", r"predict\w*", r"expect\w*",
        r"paid (\w+ )?respects?", r"declin\w* to comment", r"no comment",
        r"optimis\w*", r"pessimis\w*", r"hope[sd]?", r"hoping", r"consider(s|ed|ing)?",
        r"explor(e|es|ed|ing) (the )?(possibility|option)", r"condolences?", r"sympath\w*",
        r"claim(s|ed)? responsibility", r"acknowledg\w*", r"mourn\w*", r"commemorat\w*",
    ),
    # 02 appeal
    "02": (
        r"seek(s|ing)? (\w+ )?(aid|support|help|release|assistance)",
        r"sought (\w+ )?(aid|support|help|release|assistance)",
        r"appeal(s|ed|ing)?", r"urg(e|es|ed|ing)", r"call(s|ed|ing)? (on|upon|for)",
        r"request(s|ed|ing)?", r"ask(s|ed|ing)?", r"plead\w*", r"invit(e|es|ed|ing)",
    ),
    # 03 intent to cooperate
    "03": (
        r"agree\w* (up)?on", r"agree(s|d)? to",
        r"accept\w* (\w+ ){0,2}(offer|proposal|plan|invitation)",
        r"express(es|ed)? (its |their |his |her )?(willingness|intent|desire|readiness)",
        r"promis\w*", r"pledg\w*", r"offer(s|ed|ing)?", r"vow(s|ed)? to", r"willing\w*",
        r"ready to", r"readiness", r"intend\w*", r"intention", r"plan(s|ned)? to",
        r"commit(s|ted)? to", r"propos\w*",
    ),
    # 04 consult
    "04": (
        r"meet(s|ing|ings)?", r"met", r"talks", r"held talks", r"visit\w*", r"host\w*",
        r"discuss\w*", r"confer(s|red|ring)?", r"negotiat\w*", r"mediat\w*", r"(tele)?phon\w*",
        r"summit", r"consult\w*", r"arriv\w*",
    ),
    # 05 diplomatic cooperation: praise, endorsement, agreements, recognition
    "05": (
        r"establish\w* (diplomatic )?(relations|ties)", r"restor\w* (diplomatic )?(relations|ties)",
        r"appreciat\w*", r"gratitude", r"grateful", r"prais\w*", r"hail\w*", r"welcom\w*",
        r"commend\w*", r"endors\w*", r"support(s|ed|ing)?", r"back(s|ed|ing)(?! down)",
        r"sign(s|ed|ing)?", r"ratif\w*", r"recogni[sz]\w*", r"apologi[sz]\w*", r"forgiv\w*",
        r"thank\w*", r"congratulat\w*", r"defend\w*", r"applaud\w*", r"agreement", r"accord",
        r"treaty",
    ),
    # 06 material cooperation
    "06": (
        r"shar\w* (\w+ )?(expertise|information|technology|data)",
        r"shar\w* (\w+ ){0,2}intelligence", r"intelligence[- ]sharing",
        r"joint (military )?(exercise|patrol|operation|venture)s?",
        r"cooperat\w*", r"co-operat\w*", r"extradit\w*", r"invest\w*", r"trade deal", r"exchang\w*",
    ),
    # 07 aid
    "07": (
        r"sen[dt]s? (\w+ ){0,2}(arms|weapons|troops|team|experts|doctors|food|medicine|supplies|equipment|aid)",
        r"suppl(y|ies|ying) (\w+ )?(arms|weapons|food|medicine|fuel|equipment)",
        r"accept\w* (\w+ ){0,2}refugees",
        r"compensat\w*", r"donors?", r"contribut\w*", r"resettle\w*", r"aid", r"assistance",
        r"donat\w*", r"provid(e|es|ed|ing)", r"grant(s|ed)?", r"humanitarian", r"relief", r"loans?",
        r"peacekeep\w*", r"asylum", r"shelter\w*", r"supplied", r"fund(s|ed|ing)?", r"help(s|ed|ing)?",
    ),
    # 08 yield: release, ease, withdraw, cease fire, resign, allow
    "08": (
        r"(lift|eas|cancel|relax|remov|end)\w* (\w+ ){0,3}"
        r"(restrictions|ban|curbs|sanctions|embargo|curfew|blockade|emergency)",
        r"call\w* off (\w+ ){0,2}(strike|protest|boycott|demonstration|march)s?",
        r"free (\w+ )?(prisoners?|hostages?|detainees?|captives?)",
        r"accept\w* (\w+ ){0,2}demands?", r"reduc\w* (\w+ )?tariffs?",
        r"back(s|ed|ing)? down", r"(set|let) free", r"ship\w* out", r"evacuat\w*",
        r"releas\w*", r"fre(es|ed)", r"lift(s|ed|ing)?", r"eas(e|es|ed|ing)", r"relax\w*",
        r"withdr[ae]w\w*", r"pull(s|ed)? (out|back)", r"retreat\w*", r"surrender\w*", r"lay down",
        r"laid down", r"disarm\w*", r"demobili[sz]\w*", r"cease-?fire", r"truce", r"resign\w*",
        r"step(s|ped)? down", r"allow\w*", r"permit\w*", r"return(s|ed|ing)?", r"reopen\w*",
        r"conced\w*", r"concession", r"acced\w*", r"compl(y|ied|ies)", r"hand(s|ed)? over",
        r"pardon\w*", r"amnesty",
    ),
    # 09 investigate
    "09": (
        r"investigat\w*", r"probe[sd]?", r"probing", r"inquir(y|ies)", r"inquest", r"enquir\w*",
        r"inspect\w*", r"re-?examin\w*",
    ),
    # 10 demand
    "10": (r"demand\w*", r"insist\w*", r"order(s|ed)?", r"press(es|ed)? for", r"must", r"pressur\w*"),
    # 11 disapprove: criticise, accuse, sue
    "11": (
        r"(evidence|case|charges?) against", r"charg(e|es|ed) (\w+ )?with",
        r"attack(s|ed)? .{0,20}(policy|remarks|statement|decision)",
        r"legal action", r"reneg\w*", r"critici[sz]\w*", r"condemn\w*", r"denounc\w*", r"accus\w*",
        r"blam\w*", r"alleg\w*", r"complain\w*", r"su(e|es|ed)", r"lawsuit", r"deplor\w*",
        r"rebuk\w*", r"slam(s|med)?", r"reproach\w*", r"object(s|ed)? to", r"fault\w*",
        r"censur\w*", r"lambast\w*",
    ),
    # 12 reject and refuse
    "12": (
        r"den(y|ies|ied) (\w+ )?(request|entry|access|permission)",
        r"declin(e|es|ed|ing) (to|an?|the)", r"not (agree|accept)",
        r"reject\w*", r"refus\w*", r"refut\w*", r"abandon\w*", r"turn(s|ed)? down", r"veto\w*",
        r"rebuff\w*", r"spurn\w*", r"dismiss\w*", r"oppos\w*", r"def(y|ies|ied)", r"will not",
        r"won't", r"would not", r"fail(s|ed)? to", r"rul(e|es|ed) out", r"resist\w*",
    ),
    # 13 threaten
    "13": (
        r"vow(s|ed)? (to )?(retaliat|reveng)\w*",
        r"threat\w*", r"warn\w*", r"ultimatum", r"deadline", r"menac\w*",
    ),
    # 14 protest
    "14": (
        r"block\w* (the )?(roads?|streets?|highways?|traffic)", r"strik(e|es|ing) (workers|over)",
        r"protest\w*", r"demonstrat\w*", r"rall(y|ies|ied)", r"march(es|ed)?", r"on strike",
        r"hunger strike", r"boycott\w*", r"riot\w*", r"sit-in", r"picket\w*", r"walkout",
        r"stopped work",
    ),
    # 15 show of force
    "15": (
        r"mass(ed|ing) (troops|forces|tanks)", r"troops? (to|along|near) the border",
        r"mobili[sz]\w*", r"deploy\w*", r"(on|high) alert", r"reinforc\w*", r"military exercises?",
        r"buildup", r"build-up", r"show of force",
    ),
    # 16 reduce relations: sanctions, suspensions, recalls, convictions
    "16": (
        r"(cut|cuts|reduc\w*|suspend\w*|halt\w*|stop\w*|end\w*|freez\w*|froze\w*|withdr[ae]w\w*"
        r"|scal\w* back|downgrad\w*) (\w+ ){0,3}(aid|assistance|ties|relations|talks|negotiations"
        r"|cooperation|funding|loans?|imports|exports|trade|contacts|supplies|food|mediation|efforts|links)",
        r"(withdr[ae]w\w*|recall\w*|pull\w* out) (\w+ ){0,2}(ambassadors?|envoys?|diplomats|delegation)",
        r"withdr[ae]w\w* from (the )?(talks|treaty|agreement|negotiations)",
        r"walk\w* out of (the )?(talks|negotiations|meeting)",
        r"tighten\w* (\w+ ){0,3}(blockade|sanctions|embargo)",
        r"expel\w* (\w+ )?diplomats?", r"freez\w* (\w+ )?assets", r"br(eak|oke) off",
        r"found (\w+ )?guilty", r"cancel\w*", r"suspension", r"suspend\w*", r"postpon\w*",
        r"convict\w*", r"sever\w*", r"embargo\w*", r"sanction\w*", r"downgrad\w*",
    ),
    # 17 coerce: arrests, bans, expulsions, curfews, seizures
    "17": (
        r"clos(e|es|ed) (the |its )?(border|newspaper|office)", r"forc\w* (\w+ ){0,4}out",
        r"state of (emergency|siege)", r"martial law", r"crack(s|ed)? down", r"crackdown",
        r"rounded up", r"shut(s)? down",
        r"hack\w*", r"cyber\w*", r"apprehend\w*", r"evict\w*", r"destroy\w*", r"arrest\w*",
        r"detain\w*", r"detention", r"seiz\w*", r"confiscat\w*", r"jail\w*", r"imprison\w*",
        r"deport\w*", r"expel\w*", r"ban(s|ned|ning)?", r"curfew", r"demolish\w*", r"restrict\w*",
        r"censor\w*", r"sentenc\w*", r"blockad\w*", r"repress\w*", r"custody",
    ),
    # 18 assault on people
    "18": (
        r"car bomb\w*", r"shot dead",
        r"kill\w*", r"murder\w*", r"assassinat\w*", r"abduct\w*", r"kidnap\w*", r"tortur\w*",
        r"beat(en|ing)?", r"suicide", r"stabb\w*", r"gunm[ae]n", r"wound\w*", r"injur\w*",
        r"hostages?",
    ),
    # 19 fight
    "19": (
        r"fir(e|es|ed|ing) (\w+ ){0,3}(at|on|into)", r"fir(e|ed|ing) (rockets?|missiles?|shots)",
        r"bl(ew|ow|own|owing) up", r"air ?strikes?", r"air raids?",
        r"storm(s|ed|ing)", r"besieg\w*", r"siege", r"grenades?", r"mortars?", r"shoot\w*", r"shot",
        r"gun(s|fire|men)?", r"attack\w*", r"clash\w*", r"fight\w*", r"fought", r"shell(s|ed|ing)",
        r"bombard\w*", r"raid\w*", r"artillery", r"battl\w*", r"ambush\w*", r"offensive",
        r"invad\w*", r"invasion", r"occup(y|ied|ies|ation)", r"captur\w*", r"bomb(s|ed|ing)?",
        r"rockets?", r"missiles?", r"explosions?", r"insurgen\w*", r"militants?",
    ),
    # 20 mass violence
    "20": (
        r"ethnic cleansing", r"chemical weapons?", r"nuclear (attack|strike)",
        r"massacr\w*", r"genocid\w*", r"atrocit\w*",
    ),
}
# fmt: on

# CAMEO root -> pentacode index (Schrodt's grouping as used by ConfliBERT:
# 16 "reduce relations" counts as verbal conflict).
ROOT_TO_PENTACODE: dict[str, int] = {
    "01": 0, "02": 0,
    "03": 1, "04": 1, "05": 1,
    "06": 2, "07": 2, "08": 2,
    "09": 3, "10": 3, "11": 3, "12": 3, "13": 3, "16": 3,
    "14": 4, "15": 4, "17": 4, "18": 4, "19": 4, "20": 4,
}  # fmt: skip

# Appeals, promises, demands, refusals and threats take the act they are
# about as a complement ("refused to release"); cues right after them describe
# that act, not the event itself.
_GOVERNING_ROOTS = frozenset({"02", "03", "10", "12", "13"})
_EMBED_WINDOW = 60  # characters after a governing cue
_NEG_WINDOW = 30  # characters before a cue searched for negation
_FUT_WINDOW = 40  # characters before the main cue searched for future/intent

_CUE_REGEXES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (root, re.compile(r"\b(?:" + "|".join(patterns) + r")\b"))
    for root, patterns in _CUE_PATTERNS.items()
)
_NEGATION = re.compile(
    r"\b(not|n't|never|no longer|without|refus\w*|reject\w*|declin\w*|fail\w*|unwilling)\b"
)
_FUTURE = re.compile(
    r"\b(will|would|shall|'ll|plans? to|planning to|intends? to|is to|are to|prepared to"
    r"|ready to|going to|expected to|set to)\b"
)
# A capitalised word not at the very start of the sentence (names, places).
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'’.-]*")
_NUMBER = re.compile(r"\d[\d,.]*")


class Cue(NamedTuple):
    """One lexicon match: character span in the lower-cased sentence and CAMEO root."""

    start: int
    end: int
    root: str


def lexicon_fingerprint() -> str:
    """sha1 over everything that shapes the features; stored with the model."""
    spec = {
        "version": FEATURE_VERSION,
        "patterns": _CUE_PATTERNS,
        "penta": ROOT_TO_PENTACODE,
        "governing": sorted(_GOVERNING_ROOTS),
        "windows": [_EMBED_WINDOW, _NEG_WINDOW, _FUT_WINDOW],
        "negation": _NEGATION.pattern,
        "future": _FUTURE.pattern,
        "capitalised": _CAPITALISED.pattern,
        "number": _NUMBER.pattern,
    }
    return hashlib.sha1(json.dumps(spec, sort_keys=True).encode("utf-8")).hexdigest()


def _lower(text: str) -> str:
    # Same length as the input, so cue offsets stay valid for the original.
    return text.lower().replace("’", "'")


def find_cues(text: str) -> list[Cue]:
    """CAMEO cue phrases in ``text``, in reading order, longest phrase winning."""
    low = _lower(text)
    hits = [
        Cue(m.start(), m.end(), root) for root, regex in _CUE_REGEXES for m in regex.finditer(low)
    ]
    kept = {
        h
        for h in hits
        if not any(
            o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start)
            for o in hits
        )
    }
    return sorted(kept)


def cue_features(text: str) -> str:
    """Space-separated symbolic features describing the cues of one sentence."""
    low = _lower(text)
    cues = find_cues(text)
    if not cues:
        return "NOCUE NEG" if _NEGATION.search(low) else "NOCUE"
    feats: list[str] = []
    main: Cue | None = None
    governor: Cue | None = None
    for cue in cues:
        penta = ROOT_TO_PENTACODE[cue.root]
        if governor is not None and governor.end <= cue.start <= governor.end + _EMBED_WINDOW:
            feats += [f"EMB_C{cue.root}", f"EMB_{governor.root}_P{penta}"]
            continue
        feats += [f"C{cue.root}", f"P{penta}"]
        if main is None:
            main = cue
        if cue.root in _GOVERNING_ROOTS:
            governor = cue
    assert main is not None  # the first cue is never embedded
    main_penta = ROOT_TO_PENTACODE[main.root]
    feats += [f"FIRST_C{main.root}", f"FIRST_P{main_penta}"]
    for cue in cues:
        if _NEGATION.search(low[max(0, cue.start - _NEG_WINDOW) : cue.start]):
            feats += [f"NEG_C{cue.root}", f"NEG_P{ROOT_TO_PENTACODE[cue.root]}"]
    if _NEGATION.search(low):
        feats.append("NEG")
    # "will provide aid" is a promise (verbal), "provided aid" an act.
    if _FUTURE.search(low[max(0, main.start - _FUT_WINDOW) : main.start]):
        feats += ["FUT", f"FUT_C{main.root}", f"FUT_P{main_penta}"]
    return " ".join(feats)


def mask_names(text: str) -> str:
    """Replace capitalised words (after the first) and numbers by placeholders."""
    return _NUMBER.sub("0", _CAPITALISED.sub("Xx", text))


def featurize(sentences: Sequence[str]) -> np.ndarray:
    """Two-column object array ``[masked text, cue features]`` fed to the pipeline."""
    rows = [[mask_names(s), cue_features(s)] for s in sentences]
    return np.array(rows, dtype=object).reshape(len(rows), 2)


class EventClassifier:
    """Pentacode classifier: sentence -> (label, probability of that label)."""

    def __init__(self, pipeline: Any, metadata: dict[str, Any] | None = None) -> None:
        self._pipeline = pipeline
        self.labels: tuple[str, ...] = tuple(str(c) for c in pipeline.classes_)
        self.metadata: dict[str, Any] = dict(metadata or {})

    def predict_proba(self, sentences: Sequence[str]) -> np.ndarray:
        """Class probabilities, columns in the order of ``self.labels``."""
        if not sentences:
            return np.zeros((0, len(self.labels)))
        return np.asarray(self._pipeline.predict_proba(featurize(sentences)))

    @property
    def parse_weight(self) -> float:
        """Weight of the parse's pentacode in :meth:`predict_with_parse` (chosen on train)."""
        combo = self.metadata.get("parse_combination") or {}
        return float(combo.get("weight", 0.0))

    def predict_with_parse(self, sentences: Sequence[str],
                           parse_codes: Sequence[int | None]) -> list[tuple[str, float]]:
        """Most probable label when the pentacode of readout's own parse-and-lexicon event
        type (None: no event found) is added with :attr:`parse_weight` to the classifier's
        probabilities. The returned probability is the classifier's own for that label."""
        proba = self.predict_proba(sentences)
        if not len(proba):
            return []
        bonus = np.zeros_like(proba)
        for i, code in enumerate(parse_codes):
            if code is not None and PENTACODE_LABELS[code] in self.labels:
                bonus[i, self.labels.index(PENTACODE_LABELS[code])] = self.parse_weight
        best = (proba + bonus).argmax(axis=1)
        return [(self.labels[i], float(p[i])) for i, p in zip(best, proba, strict=True)]

    def predict(self, sentences: list[str]) -> list[tuple[str, float]]:
        """Most probable label per sentence, with its probability."""
        proba = self.predict_proba(sentences)
        best = proba.argmax(axis=1) if len(proba) else np.zeros(0, dtype=int)
        return [(self.labels[i], float(p[i])) for i, p in zip(best, proba, strict=True)]


def read_cameo_split(path: Path) -> tuple[list[str], list[str]]:
    """Sentences and label names of a ConfliBERT cameo_class TSV (text<TAB>0-4), as used by
    the training script and the benchmark."""
    texts: list[str] = []
    labels: list[str] = []
    # newline="" plus csv quoting: 4 train lines are CSV-quoted, all lines CRLF.
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quotechar='"'):
            texts.append(row[0])
            labels.append(PENTACODE_LABELS[int(row[1].strip())])
    return texts, labels


def _read_metadata(model_path: Path) -> dict[str, Any]:
    meta_path = model_path.with_suffix(".json")
    if not meta_path.is_file():
        return {}
    return dict(json.loads(meta_path.read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> EventClassifier:
    import joblib  # deferred: only needed when a model is actually used

    payload = joblib.load(path)
    if payload.get("lexicon_sha1") != lexicon_fingerprint():
        raise ValueError(
            f"{path} was trained with a different cue lexicon; "
            "rerun scripts/train_event_classifier.py"
        )
    return EventClassifier(payload["pipeline"], _read_metadata(path))


def load_event_classifier(path: str | Path | None = None) -> EventClassifier:
    """Load (once) the classifier shipped in the package data, or one at ``path``."""
    model_path = Path(path) if path is not None else DEFAULT_MODEL_PATH
    return _load(model_path.resolve())
