"""The brief: what the stored (or given) articles say, every line citing its sources.

``build_brief`` turns analyses into one plain JSON-able structure; the renderers (terminal,
Markdown, HTML, JSON) only lay it out, so all formats say the same thing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from readout import __version__
from readout.records import ArticleAnalysis
from readout.render.series import main_pair, pair_series
from readout.story import compare
from readout.story.issues import group_proposals


def _source_table(analyses: list[ArticleAnalysis]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    sources, numbers = [], {}
    for n, analysis in enumerate(analyses, start=1):
        a = analysis.article
        numbers[a.doc] = n
        sources.append({"n": n, "doc": a.doc, "title": a.title, "outlet": a.outlet,
                        "author": a.author, "published": a.published, "url": a.url})
    return sources, numbers


def cite(numbers: dict[str, int], doc: str, paragraph: int | None) -> dict[str, Any]:
    return {"n": numbers[doc], "doc": doc, "paragraph": paragraph}


def build_brief(analyses: list[ArticleAnalysis], title: str | None = None) -> dict[str, Any]:
    sources, numbers = _source_table(analyses)
    story = compare(analyses)  # merged timeline, shared quotes, divergences (readout.story)
    timeline = []
    for position, entry in enumerate(story.timeline):
        item = entry.to_json()
        for source in item["sources"]:
            source["n"] = numbers[source["doc"]]
        for conflict in item["conflicts"]:
            for value in conflict["values"]:
                value["cites"] = [numbers[d] for d in value["sources"]]
        item["accounts"] = story.accounts.get(position, [])
        for account in item["accounts"]:
            account["n"] = numbers[account["doc"]]
        timeline.append(item)

    quotes = []
    for merged in story.quotes:
        item = merged.to_json()
        for source in item["sources"]:
            source["n"] = numbers[source["doc"]]
        quotes.append(item)

    differences = []
    for point in story.differences:
        for side in point["sides"]:
            side["cites"] = [numbers[d] for d in side["sources"]]
        differences.append(point)
    for profile in story.outlets:
        profile["cites"] = [numbers[d] for d in profile["articles"]]

    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for analysis in analyses:
        for q in analysis.quotes:
            if not q.speaker:
                continue
            by_speaker[q.speaker].append({
                "text": q.text, "kind": q.kind, "cue": q.cue,
                "cite": cite(numbers, analysis.article.doc, q.paragraph), "start": q.start, "end": q.end})
    speakers = [{"speaker": name, "quotes": items}
                for name, items in sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0]))]

    # Similar proposals from different articles share one issue heading (story/issues.py).
    proposals = []
    for group in group_proposals(analyses):
        items = [{"proposer": i["proposer"], "addressee": i["addressee"], "kind": i["kind"],
                  "label": i["issue"], "evidence": i["evidence"],
                  "cite": cite(numbers, i["doc"], i["paragraph"])} for i in group.items]
        proposals.append({"issue": group.label, "key": group.key,
                          "sources": sorted({numbers[d] for d in group.sources}),
                          "items": items})

    mentions: Counter[str] = Counter()
    articles_of: dict[str, set[int]] = defaultdict(set)
    info: dict[str, dict[str, Any]] = {}
    for analysis in analyses:
        for actor in analysis.actors:
            mentions[actor.name] += actor.mentions
            articles_of[actor.name].add(numbers[analysis.article.doc])
            info.setdefault(actor.name, {"country": actor.country, "sector": actor.sector})
    actors = [{"name": name, "mentions": count, "sources": sorted(articles_of[name]), **info[name]}
              for name, count in mentions.most_common(25)]

    events = []
    for analysis in analyses:
        for e in analysis.events:
            events.append({**e.to_json(), "cite": cite(numbers, analysis.article.doc, e.paragraph)})
    events.sort(key=lambda e: e["date"] or "9999")

    # The cooperation–conflict series of the pair of states the events are mostly about;
    # undated events count on their article's publication day here, as the plot says.
    series = None
    pair = main_pair(analyses)
    if pair is not None:
        series = pair_series(analyses, *pair, undated="published").to_json()
        series["undated"] = "published"

    return {"title": title or "readout brief", "generated_by": f"readout {__version__}",
            "sources": sources, "timeline": timeline, "quotes": quotes, "speakers": speakers,
            "proposals": proposals, "events": events, "actors": actors,
            "differences": differences, "outlets": story.outlets, "claims": story.claims,
            "series": series}


def citation_label(c: dict[str, Any]) -> str:
    return f"[{c['n']}{' ¶' + str(c['paragraph']) if c.get('paragraph') else ''}]"


def quote_text(q: dict[str, Any]) -> str:
    """A quote as the brief prints it: direct speech in marks; reported speech after its cue,
    since the cue carries the stance ("denies" that it plans an attack is not saying it does)."""
    if q["kind"] == "direct":
        return f"“{q['text']}”"
    cue = (q["cue"] or "indirect").lower()
    return f"({'according to' if cue == 'according' else cue}) {q['text']}"


def proposal_line(p: dict[str, Any], heading: str) -> str:
    """One proposal under its issue heading: who, to whom, what kind, and its own wording when
    the heading (shared by similar proposals) does not say it."""
    who = p["proposer"] or "unattributed"
    to = f" → {p['addressee']}" if p["addressee"] else ""
    own = p.get("label")
    wording = f": {own}" if own and own.casefold() != heading.casefold() else ""
    return f"{who}{to} ({p['kind']}){wording}"


def proposal_items(group: dict[str, Any]) -> list[str]:
    """Each proposal of an issue group as a line with its citation."""
    return [f"{proposal_line(p, group['issue'])} {citation_label(p['cite'])}"
            for p in group["items"]]


def source_label(s: dict[str, Any]) -> str:
    parts = [s.get("outlet") or "unknown outlet", s.get("published") or "undated"]
    title = s.get("title")
    return ", ".join(parts) + (f' — "{title}"' if title else "") + f" ({s['doc']})"


def timeline_line(entry: dict[str, Any]) -> str:
    who = " – ".join(entry["participants"])
    status = "" if entry["status"] == "held" else " (planned)"
    place = f" in {entry['place']}" if entry.get("place") else ""
    return f"{entry['date'] or 'date unknown'}: {entry['format']}{place}, {who}{status}"


def conflict_line(conflict: dict[str, Any]) -> str:
    parts = []
    for v in conflict["values"]:
        value = ", ".join(v["value"]) if isinstance(v["value"], list) else v["value"]
        who = " ".join(f"[{n}]" for n in v["cites"]) if v.get("cites") else ", ".join(v["sources"])
        parts.append(f"{value} per {who}")
    return f"sources differ on {conflict['field']}: " + "; ".join(parts)


def difference_line(point: dict[str, Any]) -> str:
    """One "How the sources differ" point: what each side says, with its sources."""
    sides = [f"{side['says']} {' '.join(f'[{n}]' for n in side.get('cites', []))}".strip()
             for side in point["sides"]]
    return f"{point['text']} " + " vs ".join(sides)


def voice_line(profile: dict[str, Any]) -> str:
    shares = ", ".join(f"{side} {share:.0%}" for side, share in
                       sorted(profile["voice"].items(), key=lambda kv: -kv[1]))
    quoted = ", ".join(f"{q['speaker']} ({q['quotes']})" for q in profile["quoted"][:5])
    backs = "; ".join(profile["backs"][:4])
    return (f"{profile['outlet']}: voice {shares or 'none attributed'}"
            + (f"; quotes {quoted}" if quoted else "") + (f"; backs {backs}" if backs else ""))
