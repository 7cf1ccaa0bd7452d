"""Stories: articles grouped into storylines, incrementally, one article at a time.

Each article becomes two sparse hashed TF-IDF vectors: one over the words of its title and
lead, one over its actors (weighted by mentions; actors every article names, like "Russia", are
discounted by their document frequency like common words). A story keeps the sums of its
members' vectors (pruned to the heaviest terms) and the span of its members' dates. The score
of an article against a story blends the two cosines (words only when either side has no
actors, e.g. bare headlines) and is discounted by the time gap between the article and the
story; the article joins the best story when the score reaches a threshold, else it opens one.

Scale: the article is compared only with stories found through an inverted index from terms
to stories (its rarest informative terms, the most recently updated stories per term), never
with all stories; so the cost per article is bounded and 100k+ articles run in one pass.
Document frequencies grow with the corpus, so the index stays usable across runs (see
``readout.story.tables`` for how it is stored).
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

# Function words and newsroom boilerplate that say nothing about which story an article is in.
_STOPWORDS = """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours out over own same
she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why
will with would you your yours yourself said says say told tells new news one two three first
last year years week weeks day days today yesterday tomorrow monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august september october
november december mr mrs ms dr according also amid after via get gets got make makes made
like could would should might must may can't don't won't it's that's us per
"""
STOPWORDS = frozenset(_STOPWORDS.split())
TOKEN = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]", re.UNICODE)


def _stem(token: str) -> str:
    """A deliberately crude suffix folding: enough to join 'talks'/'talk', 'sanctions'/'sanction'."""
    if len(token) > 5 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 4 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def tokens(text: str) -> list[str]:
    out = []
    for raw in TOKEN.findall(text.casefold().replace("’", "'")):
        raw = raw.removesuffix("'s")
        if len(raw) < 3 or raw in STOPWORDS:
            continue
        out.append(_stem(raw))
    return out


def term_id(term: str) -> int:
    """A stable 32-bit hash (Python's own ``hash`` is salted per process)."""
    return zlib.crc32(term.encode("utf-8"))


def to_day(value: str | None) -> int | None:
    """``YYYY-MM-DD`` or ``YYYY-MM`` (taken as mid-month) → a day number; else None."""
    if not value:
        return None
    try:
        if len(value) >= 10:
            return date.fromisoformat(value[:10]).toordinal()
        if len(value) == 7:
            return date(int(value[:4]), int(value[5:7]), 15).toordinal()
    except ValueError:
        return None
    return None


def day_to_iso(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day is not None else None


@dataclass(frozen=True)
class StoryConfig:
    threshold: float = 0.22  # discounted cosine at which an article joins a story
    window_days: int = 45  # a gap up to this many days between article and story costs nothing
    decay_days: float = 90.0  # beyond the window the score decays with this time constant
    max_gap_days: int = 240  # beyond this gap an article never joins the story
    body_chars: int = 3000  # the lead of the text that is read (a story is set in the lead)
    title_weight: float = 2.0  # title words count this many times
    actor_share: float = 0.45  # share of the actor cosine in the score when both sides have actors
    idf_prior_docs: int = 200  # pseudo-documents that keep IDF flat while the corpus is small
    bigram_weight: float = 0.5
    block_terms: int = 12  # the article's heaviest terms used to look up candidate stories
    postings_cap: int = 100  # most recently updated stories looked at per term
    candidates: int = 20  # candidate stories scored in full
    centroid_terms: int = 150  # a story keeps its heaviest terms only
    posting_terms: int = 40  # a story is findable through this many of its heaviest terms


@dataclass
class Story:
    id: int
    title: str | None = None
    first_day: int | None = None
    last_day: int | None = None
    size: int = 0
    centroid: dict[int, float] = field(default_factory=dict)
    actor_centroid: dict[int, float] = field(default_factory=dict)
    actors: Counter[str] = field(default_factory=Counter)  # actor names, for display
    best_score: float = -1.0  # score of the member whose title names the story
    labels: Counter[str] = field(default_factory=Counter)  # frequent words, for untitled stories
    norm: float = 1.0  # lengths of the centroids, kept up to date by the index
    actor_norm: float = 1.0

    def gap(self, day: int | None) -> int:
        """Days between a date and the story's span of dates (0 inside it or when undated)."""
        if day is None or self.first_day is None or self.last_day is None:
            return 0
        if day < self.first_day:
            return self.first_day - day
        return max(0, day - self.last_day)

    def heading(self) -> str:
        if self.title:
            return self.title
        return " ".join(w for w, _n in self.labels.most_common(6)) or f"story {self.id}"


@dataclass
class Assignment:
    """Where one article went: its story, the score it joined with, whether it opened the story."""

    key: str | int
    story_id: int
    score: float
    opened: bool


class StoryIndex:
    """Incremental story clustering (online, single pass, with blocking)."""

    def __init__(self, config: StoryConfig | None = None) -> None:
        self.config = config or StoryConfig()
        self.stories: dict[int, Story] = {}
        self.df: Counter[int] = Counter()
        self.n_docs = 0
        self.postings: dict[int, dict[int, None]] = {}  # term → story ids, least recent first
        self.next_id = 1
        self.touched = 0  # update counter, stored so that reloaded postings keep their recency
        # What changed since the last save: stories and document-frequency increments.
        self.dirty: set[int] = set()
        self.df_delta: Counter[int] = Counter()

    # -- features ----------------------------------------------------------------------------

    def term_counts(self, title: str | None, text: str) -> tuple[dict[int, float], Counter[str]]:
        c = self.config
        counts: dict[int, float] = defaultdict(float)  # weighted by where the term stands
        words: Counter[str] = Counter()
        for part, weight in ((title or "", c.title_weight), (text[: c.body_chars], 1.0)):
            toks = tokens(part)
            for tok in toks:
                counts[term_id(tok)] += weight
                words[tok] += 1
            for a, b in zip(toks, toks[1:], strict=False):
                counts[term_id(a + " " + b)] += weight * c.bigram_weight
        return counts, words

    @staticmethod
    def actor_counts(actors: Mapping[str, int]) -> Counter[int]:
        return Counter({term_id("@" + name): max(n, 1) for name, n in actors.items() if name})

    def idf(self, term: int) -> float:
        prior = self.config.idf_prior_docs
        return math.log((self.n_docs + prior + 1) / (self.df.get(term, 0) + 1)) + 1.0

    def weigh(self, counts: Mapping[int, float]) -> dict[int, float]:
        vector = {t: (1.0 + math.log(n)) * self.idf(t) if n >= 1 else n * self.idf(t)
                  for t, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        return {t: w / norm for t, w in vector.items()}

    # -- assignment --------------------------------------------------------------------------

    def candidates(self, vector: dict[int, float], actor_vector: dict[int, float],
                   day: int | None) -> list[Story]:
        """Stories sharing informative terms with the article (blocking), best-first by overlap."""
        c = self.config
        # Terms seen in only this article cannot lead to a story; skip them.
        usable = [(w, t) for t, w in vector.items() if self.df.get(t, 0) > 1 and t in self.postings]
        usable.sort(reverse=True)
        keys = usable[: c.block_terms]
        actor_keys = sorted(((w, t) for t, w in actor_vector.items() if t in self.postings),
                            reverse=True)
        keys += [(w * c.actor_share, t) for w, t in actor_keys[:3]]
        hits: dict[int, float] = {}
        for weight, term in keys:
            posting = self.postings[term]
            for story_id in islice(reversed(posting), c.postings_cap):
                hits[story_id] = hits.get(story_id, 0.0) + weight
        found = []
        for story_id in sorted(hits, key=hits.__getitem__, reverse=True):
            story = self.stories[story_id]
            if story.gap(day) <= c.max_gap_days:
                found.append(story)
            if len(found) >= c.candidates:
                break
        return found

    def score(self, vector: dict[int, float], actor_vector: dict[int, float], story: Story,
              day: int | None) -> float:
        get = story.centroid.get
        dot = 0.0
        for t, w in vector.items():
            dot += w * get(t, 0.0)
        cosine = dot / story.norm
        if actor_vector and story.actor_centroid:
            get = story.actor_centroid.get
            actor_dot = 0.0
            for t, w in actor_vector.items():
                actor_dot += w * get(t, 0.0)
            share = self.config.actor_share
            cosine = (1 - share) * cosine + share * actor_dot / story.actor_norm
        gap = story.gap(day) - self.config.window_days
        return cosine * (math.exp(-gap / self.config.decay_days) if gap > 0 else 1.0)

    def add(self, key: str | int, title: str | None, text: str, published: str | None = None,
            actors: Mapping[str, int] | Iterable[str] = ()) -> Assignment:
        """Put one article into a story (an existing one or a new one). ``actors`` maps
        canonical actor names to their mention counts (or is a plain list of names)."""
        if not isinstance(actors, Mapping):
            actors = dict.fromkeys(actors, 1)
        counts, words = self.term_counts(title, text)
        a_counts = self.actor_counts(actors)
        for term in (*counts, *a_counts):
            self.df[term] += 1
            self.df_delta[term] += 1
        self.n_docs += 1
        vector = self.weigh(counts)
        actor_vector = self.weigh(a_counts) if a_counts else {}
        day = to_day(published)
        best, best_score = None, 0.0
        for story in self.candidates(vector, actor_vector, day):
            s = self.score(vector, actor_vector, story, day)
            if s > best_score:
                best, best_score = story, s
        opened = best is None or best_score < self.config.threshold
        if opened:
            best = Story(id=self.next_id)
            self.next_id += 1
            self.stories[best.id] = best
            best_score = 0.0
        assert best is not None
        self._join(best, vector, actor_vector, day, title, actors, words, best_score)
        return Assignment(key=key, story_id=best.id, score=round(best_score, 4), opened=opened)

    def _join(self, story: Story, vector: dict[int, float], actor_vector: dict[int, float],
              day: int | None, title: str | None, actors: Mapping[str, int], words: Counter[str],
              score: float) -> None:
        c = self.config
        for t, w in vector.items():
            story.centroid[t] = story.centroid.get(t, 0.0) + w
        if len(story.centroid) > c.centroid_terms:
            heaviest = sorted(story.centroid.items(), key=lambda kv: -kv[1])[: c.centroid_terms]
            story.centroid = dict(heaviest)
        story.norm = math.sqrt(sum(w * w for w in story.centroid.values())) or 1.0
        if actor_vector:
            for t, w in actor_vector.items():
                story.actor_centroid[t] = story.actor_centroid.get(t, 0.0) + w
            if len(story.actor_centroid) > 40:
                story.actor_centroid = dict(sorted(story.actor_centroid.items(),
                                                   key=lambda kv: -kv[1])[:30])
            story.actor_norm = math.sqrt(sum(w * w for w in story.actor_centroid.values())) or 1.0
        story.size += 1
        story.actors.update(actors)
        if len(story.actors) > 40:
            story.actors = Counter(dict(story.actors.most_common(30)))
        story.labels.update(words)
        if len(story.labels) > 60:
            story.labels = Counter(dict(story.labels.most_common(40)))
        if day is not None:
            story.first_day = day if story.first_day is None else min(story.first_day, day)
            story.last_day = day if story.last_day is None else max(story.last_day, day)
        if title and (story.title is None or score > story.best_score):
            story.title, story.best_score = title, score
        self._post(story)
        self.dirty.add(story.id)

    def _post(self, story: Story) -> None:
        """Make the story findable through its heaviest terms, as the most recent story."""
        heaviest = sorted(story.centroid.items(), key=lambda kv: -kv[1])[: self.config.posting_terms]
        heaviest += sorted(story.actor_centroid.items(), key=lambda kv: -kv[1])[:5]
        for term, _w in heaviest:
            posting = self.postings.setdefault(term, {})
            posting.pop(story.id, None)
            posting[story.id] = None

    def restore(self, story: Story) -> None:
        """Put back a story loaded from the store."""
        self.stories[story.id] = story
        self.next_id = max(self.next_id, story.id + 1)
        self._post(story)
