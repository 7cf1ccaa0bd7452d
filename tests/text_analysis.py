"""One short text through the whole pipeline, for tests written on the project's own sentences."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from readout.analyze.pipeline import analysis_from_doc, analyze_text, build_pipeline, make_doc
from readout.records import Article, ArticleAnalysis, Contact, Proposal


@lru_cache(maxsize=1)
def _nlp() -> Language:
    return build_pipeline(None)


def doc_of(text: str, published: str = "2024-05-02") -> Doc:
    """The spaCy doc the pipeline makes of the text, with every component's extensions."""
    nlp = _nlp()
    return nlp(make_doc(nlp, Article(doc="t", text=text, published=published)))


def analysis_of(text: str, published: str = "2024-05-02", author: str | None = None,
                title: str | None = None) -> ArticleAnalysis:
    nlp = _nlp()
    article = Article(doc="t", text=text, published=published, author=author, title=title)
    return analysis_from_doc(article, nlp(make_doc(nlp, article)))


def proposals_of(text: str, author: str | None = None, published: str = "2024-05-02",
                 title: str | None = None) -> list[Proposal]:
    return analysis_of(text, published=published, author=author, title=title).proposals


def contacts_of(text: str, published: str = "2024-05-10") -> list[Contact]:
    return list(analysis_of(text, published=published).contacts)


def contacts_in_brief(found: list[Contact]) -> list[tuple[list[str], str, str | None, str]]:
    """Each contact as (sorted participants, format, date, status), for exact asserts."""
    return [(sorted(c.participants), c.format, c.date, c.status) for c in found]


def actor_mentions_of(text: str, day: str) -> list[tuple[str, str]]:
    """Each actor mention as (its text, the actor it was read as), in order."""
    return [(m.text, m.actor) for m in doc_of(text, published=day)._.actor_mentions]


def group_readings(text: str, day: str, phrase: str) -> list[list[str]]:
    """The people each occurrence of ``phrase`` was read as, in order."""
    found: dict[int, list[str]] = {}
    for m in doc_of(text, published=day)._.actor_mentions:
        if m.text.casefold() == phrase.casefold():
            found.setdefault(m.start, []).append(m.actor)
    return [sorted(found[k]) for k in sorted(found)]


def event_triples(text: str, published: str = "2024-03-04"
                  ) -> set[tuple[str, str | None, str | None]]:
    """The events of the text as (type, actor, target)."""
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}

