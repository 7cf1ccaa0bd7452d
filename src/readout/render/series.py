"""Cooperation–conflict over time for a pair of actors.

Every event between the two sides (either direction) contributes its PLOVER score on its
date; days and ISO weeks sum and average the scores. A side matches an event's actor or
target by name, or, with ``members`` on, by the actor's country (so "Joe Biden" counts for
"United States"). Events dated only to a month, or not dated at all, are left out of the
series (counted in ``skipped``) unless ``undated="published"`` dates them by their article.
Outputs: rows (plain dicts), CSV, Parquet, and a matplotlib plot (PNG or SVG by suffix).
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from readout.records import ArticleAnalysis, Event

COLUMNS = ("period", "events", "score_sum", "score_mean", "cooperation", "conflict",
           "a_to_b", "b_to_a")


@dataclass
class PairSeries:
    a: str
    b: str
    daily: list[dict[str, Any]] = field(default_factory=list)
    weekly: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    skipped: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "daily": self.daily, "weekly": self.weekly,
                "events": self.events, "skipped": self.skipped}


def _countries(analyses: Iterable[ArticleAnalysis]) -> dict[str, str]:
    """Actor name → country, from the analyses and the gazetteer."""
    out: dict[str, str] = {}
    try:
        from readout.analyze.gazetteer import load_gazetteer
        for name, entry in load_gazetteer(None).entries.items():
            if entry.country:
                out[name] = entry.country
    except Exception:  # the series works on names alone when no gazetteer loads
        pass
    for analysis in analyses:
        for actor in analysis.actors:
            if actor.country:
                out.setdefault(actor.name, actor.country)
    return out


def _side(name: str | None, side: str, countries: dict[str, str], members: bool) -> bool:
    if name is None:
        return False
    return name == side or (members and countries.get(name) == side)


def _day(event: Event, published: str | None, undated: str) -> date | None:
    value = event.date
    if (value is None or len(value) != 10) and undated == "published":
        value = published
    if value is None or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def pair_series(analyses: list[ArticleAnalysis], a: str, b: str, members: bool = True,
                undated: str = "skip") -> PairSeries:
    """Daily and weekly cooperation–conflict series between ``a`` and ``b``."""
    countries = _countries(analyses) if members else {}
    result = PairSeries(a=a, b=b)
    daily: dict[date, list[tuple[float, str]]] = defaultdict(list)
    for analysis in analyses:
        for event in analysis.events:
            forward = _side(event.actor, a, countries, members) and \
                _side(event.target, b, countries, members)
            backward = _side(event.actor, b, countries, members) and \
                _side(event.target, a, countries, members)
            if not (forward or backward) or event.score is None:
                continue
            day = _day(event, analysis.article.published, undated)
            if day is None:
                result.skipped += 1
                continue
            direction = "a_to_b" if forward else "b_to_a"
            daily[day].append((float(event.score), direction))
            result.events.append({"date": day.isoformat(), "type": event.type,
                                  "actor": event.actor, "target": event.target,
                                  "score": event.score, "doc": analysis.article.doc,
                                  "start": event.start, "end": event.end})
    weekly: dict[date, list[tuple[float, str]]] = defaultdict(list)
    for day, items in daily.items():
        weekly[day - timedelta(days=day.weekday())].extend(items)
    result.daily = [_row(day.isoformat(), daily[day]) for day in sorted(daily)]
    result.weekly = [_row(f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02d}",
                          weekly[monday], monday) for monday in sorted(weekly)]
    result.events.sort(key=lambda e: e["date"])
    return result


def _row(period: str, items: list[tuple[float, str]], monday: date | None = None
         ) -> dict[str, Any]:
    scores = [s for s, _ in items]
    row: dict[str, Any] = {
        "period": period, "events": len(items), "score_sum": round(sum(scores), 2),
        "score_mean": round(sum(scores) / len(scores), 2) if scores else 0.0,
        "cooperation": round(sum(s for s in scores if s > 0), 2),
        "conflict": round(sum(s for s in scores if s < 0), 2),
        "a_to_b": sum(1 for _, d in items if d == "a_to_b"),
        "b_to_a": sum(1 for _, d in items if d == "b_to_a"),
    }
    if monday is not None:
        row["week_start"] = monday.isoformat()
    return row


def to_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    fields = list(COLUMNS) + (["week_start"] if rows and "week_start" in rows[0] else [])
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k) for k in fields})
    return buffer.getvalue()


def write_table(rows: list[dict[str, Any]], path: str | Path) -> Path:
    """Write rows as CSV or Parquet, chosen by the file suffix."""
    path = Path(path)
    if path.suffix.lower() == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        fields = list(COLUMNS) + (["week_start"] if rows and "week_start" in rows[0] else [])
        table = pa.table({k: [r.get(k) for r in rows] for k in fields})
        pq.write_table(table, path)
    else:
        path.write_text(to_csv(rows), encoding="utf-8")
    return path


def main_pair(analyses: list[ArticleAnalysis], min_events: int = 2) -> tuple[str, str] | None:
    """The two states with the most events between them (by the actors' countries)."""
    countries = _countries(analyses)
    counts: Counter[tuple[str, str]] = Counter()
    for analysis in analyses:
        for event in analysis.events:
            a = countries.get(event.actor or "", event.actor)
            b = countries.get(event.target or "", event.target)
            if a and b and a != b and event.score is not None:
                counts[(min(a, b), max(a, b))] += 1
    if not counts:
        return None
    pair, count = counts.most_common(1)[0]
    return pair if count >= min_events else None


def plot(series: PairSeries, path: str | Path | None = None, fmt: str = "png") -> bytes:
    """Plot the weekly mean score (line) over the daily scores (bars); returns the image
    bytes and writes them to ``path`` when given (format from its suffix)."""
    import matplotlib
    matplotlib.use("Agg")  # no display needed; deterministic output
    import matplotlib.pyplot as plt

    if path is not None:
        fmt = Path(path).suffix.lstrip(".").lower() or fmt
    fig, ax = plt.subplots(figsize=(8, 3.2), dpi=100)
    if series.daily:
        # matplotlib converts dates itself; its stubs only admit numbers
        days: list[Any] = [date.fromisoformat(r["period"]) for r in series.daily]
        ax.bar(days, [r["score_sum"] for r in series.daily], width=0.8,
               color=["#2b8a3e" if r["score_sum"] >= 0 else "#c92a2a" for r in series.daily],
               label="daily sum")
        weeks: list[Any] = [date.fromisoformat(r["week_start"]) + timedelta(days=3)
                            for r in series.weekly]
        ax.plot(weeks, [r["score_mean"] for r in series.weekly], color="#1c7ed6", marker="o",
                label="weekly mean")
        ax.legend(loc="best", fontsize=8)
    else:
        ax.text(0.5, 0.5, "no dated events between these actors", ha="center", va="center",
                transform=ax.transAxes)
    ax.axhline(0, color="#868e96", linewidth=0.8)
    ax.set_ylabel("PLOVER score")
    ax.set_title(f"Cooperation–conflict: {series.a} – {series.b}", fontsize=10)
    fig.autofmt_xdate()
    fig.tight_layout()
    buffer = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {}
    fig.savefig(buffer, format=fmt, metadata=metadata)
    plt.close(fig)
    data = buffer.getvalue()
    if path is not None:
        Path(path).write_bytes(data)
    return data


def plot_svg(series: PairSeries) -> str:
    """The plot as inline SVG text, for embedding in the HTML brief."""
    return plot(series, fmt="svg").decode("utf-8")
