"""The Python API; each function is one CLI command (``readout analyze`` → ``analyze``)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from readout.analyze.pipeline import AnalyzeOptions, analysis_from_doc, build_pipeline, make_doc
from readout.errors import InputError, ReadoutError
from readout.ingest import IngestOptions, read_inputs
from readout.records import Article, ArticleAnalysis
from readout.render import build_brief, render
from readout.store import Store
from readout.story.assign import StoryAssigner
from readout.story.tables import (
    count_unassigned,
    list_stories,
    story_article_ids,
    story_title,
)

log = logging.getLogger("readout")
ErrorHandler = Callable[[ReadoutError], None]


@dataclass
class RunReport:
    """What a run did: analyses in input order, the inputs that failed, what was stored."""

    analyses: list[ArticleAnalysis] = field(default_factory=list)
    errors: list[ReadoutError] = field(default_factory=list)
    stored: int = 0
    already_stored: int = 0
    duplicates: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def _report_error(report: RunReport, error: ReadoutError, on_error: ErrorHandler | None) -> None:
    report.errors.append(error)
    if on_error is not None:
        on_error(error)


def _analyse_batch(batch: list[Article], options: AnalyzeOptions,
                   report: RunReport, on_error: ErrorHandler | None) -> list[ArticleAnalysis]:
    """nlp.pipe over one batch; if the batch fails, retry one by one to name the culprit."""
    nlp = build_pipeline(options.gazetteer)
    try:
        docs = nlp.pipe((make_doc(nlp, a) for a in batch), batch_size=options.batch_size,
                        n_process=options.processes)
        return [analysis_from_doc(a, d) for a, d in zip(batch, docs, strict=True)]
    except Exception:  # one bad article must not sink the batch
        results = []
        for article in batch:
            try:
                results.append(analysis_from_doc(article, nlp(make_doc(nlp, article))))
            except Exception as exc:  # reported with the input's name, then the run goes on
                _report_error(report, InputError("E014", input=article.doc, reason=repr(exc)[:200]),
                              on_error)
        return results


def _articles(paths: Iterable[str], ingest_options: IngestOptions, report: RunReport,
              on_error: ErrorHandler | None, max_chars: int) -> Iterator[Article]:
    for item in read_inputs(paths, ingest_options):
        if isinstance(item, ReadoutError):
            _report_error(report, item, on_error)
        elif len(item.text) > max_chars:
            _report_error(report, InputError("E005", input=item.doc, size=len(item.text),
                                             limit=max_chars), on_error)
        else:
            yield item


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def analyze(paths: Iterable[str], ingest_options: IngestOptions | None = None,
            options: AnalyzeOptions | None = None, on_error: ErrorHandler | None = None,
            progress: Callable[[int], None] | None = None) -> RunReport:
    """Read and analyse the inputs without storing them (``readout analyze``)."""
    ingest_options = ingest_options or IngestOptions()
    options = options or AnalyzeOptions()
    report = RunReport()
    seen: set[str] = set()
    articles = _articles(paths, ingest_options, report, on_error, options.max_chars)
    for batch in _batches(articles, max(options.batch_size * max(options.processes, 1), 1)):
        for article in batch:
            if article.key in seen:
                report.duplicates += 1
            seen.add(article.key)
        report.analyses.extend(_analyse_batch(batch, options, report, on_error))
        if progress:
            progress(len(batch))
    return report


def ingest(paths: Iterable[str], db: str | None = None, ingest_options: IngestOptions | None = None,
           options: AnalyzeOptions | None = None, on_error: ErrorHandler | None = None,
           progress: Callable[[int], None] | None = None) -> RunReport:
    """Analyse new articles and store them (``readout ingest``); known articles are skipped."""
    ingest_options = ingest_options or IngestOptions()
    options = options or AnalyzeOptions()
    report = RunReport()
    with Store(db) as store:
        stories = StoryAssigner(store.engine)
        stories.backfill()  # articles stored before stories existed join stories first
        seen: set[str] = set()

        def fresh(items: Iterable[Article]) -> Iterator[Article]:
            for article in items:
                key = article.key
                if key in seen or store.has(key):
                    report.already_stored += 1
                    continue
                seen.add(key)
                yield article

        articles = fresh(_articles(paths, ingest_options, report, on_error, options.max_chars))
        for batch in _batches(articles, max(options.batch_size, 1)):
            for analysis in _analyse_batch(batch, options, report, on_error):
                try:
                    _id, created = store.add(analysis)
                except Exception as exc:  # the article is rolled back; others stay stored
                    _report_error(report, InputError("E015", input=analysis.article.doc,
                                                     reason=str(exc).splitlines()[0][:200]), on_error)
                    continue
                report.stored += int(created)
                report.analyses.append(analysis)
                if created:
                    stories.add(_id, analysis)
            stories.flush()  # stories are saved with each batch, like the articles
            if progress:
                progress(len(batch))
    return report


def stored_analyses(db: str | None = None) -> list[ArticleAnalysis]:
    with Store(db) as store:
        if store.count() == 0:
            raise ReadoutError("E022", url=store.url)
        return store.analyses()


def stories(db: str | None = None) -> list[dict[str, Any]]:
    """The stories in the store, largest first (``readout stories``): each
    ``{"id", "title", "articles": [doc, ...]}`` plus dates, outlets and members.
    Read-only: articles in no story yet are counted by :func:`unassigned` and placed by
    :func:`assign_stories` (``ingest`` does that itself)."""
    with Store(db) as store:
        if store.count() == 0:
            raise ReadoutError("E022", url=store.url)
        return list_stories(store.engine)


def unassigned(db: str | None = None) -> int:
    """How many stored articles are in no story (stored by an older version, or a run that was
    interrupted between storing an article and saving its story)."""
    with Store(db) as store, store.engine.connect() as conn:
        return count_unassigned(conn)


def assign_stories(db: str | None = None) -> int:
    """Put the stored articles that are in no story into stories (``readout stories --assign``);
    returns how many were placed."""
    with Store(db) as store:
        return StoryAssigner(store.engine).backfill()


def story_analyses(story: int, db: str | None = None) -> list[ArticleAnalysis]:
    """The stored analyses of one story's articles."""
    return _story(story, db)[1]


def _story(story: int, db: str | None) -> tuple[str | None, list[ArticleAnalysis]]:
    """One story's title and analyses, read through one connection to the store."""
    with Store(db) as store:
        ids = story_article_ids(store.engine, story)
        if not ids:
            raise ReadoutError("E021", story=story)
        return story_title(store.engine, story), store.analyses(ids)


def brief(db: str | None = None, fmt: str = "text", analyses: list[ArticleAnalysis] | None = None,
          title: str | None = None, story: int | None = None) -> str:
    """The brief of the stored articles (or of one story), or of the given analyses
    (``readout brief``)."""
    return render(brief_data(db, analyses, title=title, story=story), fmt)


def brief_data(db: str | None = None, analyses: list[ArticleAnalysis] | None = None,
               title: str | None = None, story: int | None = None) -> dict[str, Any]:
    if analyses is None and story is not None:
        found_title, analyses = _story(story, db)
        title = title or found_title
    data = build_brief(analyses if analyses is not None else stored_analyses(db), title=title)
    if story is not None:
        data["story"] = story
    return data


def search(query: str, db: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Full-text search over stored articles (``readout search``)."""
    with Store(db) as store:
        return store.search(query, limit)


def _chosen(db: str | None, analyses: list[ArticleAnalysis] | None,
            paths: Iterable[str] | None) -> list[ArticleAnalysis]:
    if analyses is not None:
        return analyses
    if paths:
        return analyze(paths, on_error=print_error).analyses
    return stored_analyses(db)


def series(a: str, b: str, db: str | None = None, analyses: list[ArticleAnalysis] | None = None,
           paths: Iterable[str] | None = None, members: bool = True,
           undated: str = "skip") -> Any:
    """Daily and weekly cooperation–conflict series between two actors (``readout series``);
    a :class:`readout.render.series.PairSeries`."""
    from readout.render.series import pair_series
    return pair_series(_chosen(db, analyses, paths), a, b, members=members, undated=undated)


def export_events(db: str | None = None, analyses: list[ArticleAnalysis] | None = None,
                  paths: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Events as PLOVER-style records (``readout export --events``)."""
    from readout.render.export import plover_records
    return list(plover_records(_chosen(db, analyses, paths)))


def print_error(error: ReadoutError) -> None:
    print(f"readout: error: {error}", file=sys.stderr)
