"""Render: briefs and exports in terminal, Markdown, HTML and JSON form."""

from readout.render.brief import build_brief
from readout.render.formats import FORMATS, render

__all__ = ["FORMATS", "build_brief", "render"]
