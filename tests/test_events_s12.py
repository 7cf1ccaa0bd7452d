"""Article-level event rules, fifth round (twelfth session, task events5). Sentences are the
project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text
from readout.records import Event


def triples(text: str, published: str = "2024-06-01") -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events]


def test_a_joint_act_is_marked_on_the_event_itself() -> None:
    # the fact travels with the record (an id() kept aside can be reused by a later event)
    events = analyze_text("Paraguay and Uruguay met in Asuncion on Monday.\n\nIn their joint "
                          "statement, Paraguay and Uruguay said the river must stay open. They "
                          "called for an end to the blockade.", published="2024-06-01").events
    calls = [e for e in events if e.type == "REQUEST"]
    assert calls and all(e.joint and e.target is None for e in calls)
    # a working fact only: equality and the output contract ignore it
    one = Event("REQUEST", "Paraguay", None, None, "x", 0, 1)
    two = Event("REQUEST", "Paraguay", None, None, "x", 0, 1, joint=True)
    assert one == two and "joint" not in two.to_json()
