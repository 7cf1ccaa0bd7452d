"""One short text through the whole pipeline, for tests written on the project's own sentences."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from readout.analyze.pipeline import analysis_from_doc, build_pipeline, make_doc
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
