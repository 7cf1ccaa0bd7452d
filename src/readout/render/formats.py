"""Renderers of a brief: terminal (rich), Markdown, self-contained HTML, JSON."""

from __future__ import annotations

import io
import json
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from readout.render.brief import (
    citation_label,
    conflict_line,
    difference_line,
    proposal_items,
    proposal_line,
    quote_text,
    source_label,
    timeline_line,
    voice_line,
)

FORMATS = ("text", "md", "html", "json")


def _cites(sources: list[dict[str, Any]]) -> str:
    return " ".join(citation_label(s if "n" in s and "cite" not in s else s.get("cite", s))
                    for s in sources)


def _quote_sources(item: dict[str, Any]) -> str:
    # two mentions in one paragraph cite it once
    labels = [citation_label({"n": s["n"], "paragraph": s.get("paragraph")}) for s in item["sources"]]
    return " ".join(dict.fromkeys(labels))


def render_json(brief: dict[str, Any]) -> str:
    return json.dumps(brief, ensure_ascii=False, indent=2)


def render_markdown(brief: dict[str, Any]) -> str:
    out = [f"# {brief['title']}", ""]
    out += ["## Sources", ""]
    out += [f"{s['n']}. {source_label(s)}" for s in brief["sources"]]
    out += ["", "## Timeline of contacts", ""]
    if not brief["timeline"]:
        out.append("_No contacts found._")
    for entry in brief["timeline"]:
        out.append(f"- **{timeline_line(entry)}** {_quote_sources(entry)}")
        for conflict in entry["conflicts"]:
            out.append(f"  - ⚠ {conflict_line(conflict)}")
    out += ["", "## Who said what", ""]
    for group in brief["speakers"]:
        out.append(f"### {group['speaker']}")
        for q in group["quotes"]:
            out.append(f"- {quote_text(q)} {citation_label(q['cite'])}")
        out.append("")
    shared = [q for q in brief["quotes"] if not q["single_source"]]
    if shared:
        out += ["## Quoted by several sources", ""]
        for q in shared:
            out.append(f"- “{q['text']}” ({q['speaker'] or 'speaker unknown'}) {_quote_sources(q)}")
        out.append("")
    if brief.get("differences"):
        out += ["## How the sources differ", ""]
        out += [f"- {difference_line(point)}" for point in brief["differences"]]
        out.append("")
    if brief.get("outlets"):
        out += ["## Outlet profiles", ""]
        out += [f"- {voice_line(profile)} {' '.join(f'[{n}]' for n in profile['cites'])}"
                for profile in brief["outlets"]]
        out.append("")
    out += ["## Positions and proposals", ""]
    if not brief["proposals"]:
        out.append("_No proposals found._")
    for group in brief["proposals"]:
        items = proposal_items(group)
        if len(items) == 1:
            out.append(f"- **{group['issue']}** — {items[0]}")
            continue
        out.append(f"- **{group['issue']}**")
        out += [f"  - {item}" for item in items]
    if brief.get("events"):
        out += ["", "## Events", ""]
        for e in brief["events"]:
            out.append(f"- {e['date'] or 'undated'}: {e['type']} {e['actor'] or '?'} → "
                       f"{e['target'] or '?'} {citation_label(e['cite'])}")
    return "\n".join(out).rstrip() + "\n"


def render_text(brief: dict[str, Any], width: int = 110) -> str:
    """The terminal brief, laid out with rich (colours only when printing to a terminal)."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=False, highlight=False,
                      color_system=None)
    console.rule(escape(brief["title"]))
    console.print("[bold]Sources[/bold]")
    for s in brief["sources"]:
        console.print(f"  [{s['n']}] {escape(source_label(s))}")
    console.print()
    console.print("[bold]Timeline of contacts[/bold]")
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("date", "contact", "participants", "sources"):
        table.add_column(column)
    for entry in brief["timeline"]:
        status = "" if entry["status"] == "held" else " (planned)"
        place = f" in {entry['place']}" if entry.get("place") else ""
        table.add_row(entry["date"] or "?", escape(entry["format"] + place + status),
                      escape(", ".join(entry["participants"])), escape(_quote_sources(entry)))
        for conflict in entry["conflicts"]:
            table.add_row("", escape("⚠ " + conflict_line(conflict)), "", "")
    console.print(table if brief["timeline"] else "  (no contacts found)")
    console.print()
    console.print("[bold]Who said what[/bold]")
    for group in brief["speakers"]:
        console.print(f"  [bold]{escape(group['speaker'])}[/bold]")
        for q in group["quotes"]:
            console.print(f"    - {escape(quote_text(q))} {escape(citation_label(q['cite']))}")
    console.print()
    if brief.get("differences"):
        console.print("[bold]How the sources differ[/bold]")
        for point in brief["differences"]:
            console.print(f"  - {escape(difference_line(point))}")
        console.print()
    if brief.get("outlets"):
        console.print("[bold]Outlet profiles[/bold]")
        for profile in brief["outlets"]:
            console.print(f"  - {escape(voice_line(profile))}")
        console.print()
    console.print("[bold]Positions and proposals[/bold]")
    for group in brief["proposals"]:
        items = proposal_items(group)
        if len(items) == 1:
            console.print(f"  - {escape(group['issue'])} — {escape(items[0])}")
            continue
        console.print(f"  - {escape(group['issue'])}")
        for item in items:
            console.print(f"      {escape(item)}")
    if not brief["proposals"]:
        console.print("  (no proposals found)")
    return buffer.getvalue()


_env = Environment(loader=PackageLoader("readout.render", "templates"),
                   autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
_env.globals.update(citation_label=citation_label, quote_text=quote_text,
                    proposal_line=proposal_line, source_label=source_label,
                    timeline_line=timeline_line, conflict_line=conflict_line,
                    difference_line=difference_line, voice_line=voice_line)


def render_html(brief: dict[str, Any]) -> str:
    """One self-contained HTML file; all article text is escaped by Jinja2's autoescape."""
    svg = None
    if brief.get("series") and brief["series"]["daily"]:
        from readout.render.series import PairSeries, plot_svg
        data = brief["series"]
        svg = plot_svg(PairSeries(a=data["a"], b=data["b"], daily=data["daily"],
                                  weekly=data["weekly"]))
        svg = svg[svg.find("<svg"):]  # drop the XML prolog: the SVG sits inside the HTML
    return _env.get_template("brief.html.j2").render(brief=brief, series_svg=svg)


def render(brief: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return render_json(brief)
    if fmt == "md":
        return render_markdown(brief)
    if fmt == "html":
        return render_html(brief)
    return render_text(brief)
