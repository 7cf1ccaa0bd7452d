"""Across articles: merged timeline with conflicts, shared quotes, divergences, outlet profiles.

The analyses are built by hand from short texts written for these tests, so the story logic
is tested without the extraction pipeline.
"""

from __future__ import annotations

from readout.records import Actor, Article, ArticleAnalysis, Contact, Proposal, Quote
from readout.render import build_brief, render
from readout.story import build_timeline, compare, merge_quotes
from readout.story.timeline import duration_minutes

PEOPLE = [Actor("Anna Lind", "Sweden", "government", "person", mentions=3),
          Actor("Boris Kalin", "Russia", "government", "person", mentions=3),
          Actor("Carl Weiss", None, "think_tank", "person", affiliation="a policy institute")]


def article(doc: str, outlet: str, published: str, text: str, contacts=(), quotes=(),
            proposals=()) -> ArticleAnalysis:
    return ArticleAnalysis(Article(doc=doc, text=text, outlet=outlet, published=published),
                           actors=list(PEOPLE), contacts=list(contacts), quotes=list(quotes),
                           proposals=list(proposals))


def contact(text: str, phrase: str, *, date: str | None, fmt: str = "video call",
            status: str = "held", duration: str | None = None,
            participants=("Anna Lind", "Boris Kalin")) -> Contact:
    start = text.index(phrase)
    return Contact(participants=list(participants), format=fmt, date=date, place=None,
                   status=status, evidence=phrase, start=start, end=start + len(phrase),
                   duration=duration)


def quote(text: str, words: str, speaker: str | None) -> Quote:
    start = text.index(words)
    return Quote(text=words, speaker=speaker, kind="direct", cue="said", start=start,
                 end=start + len(words))


TEXT_A = ("Lind and Kalin spoke by video link on Tuesday for nearly an hour.\n"
          "Officials in Stockholm called the exchange frank and businesslike, and said grain "
          "exports and grain corridors dominated; 40 ships wait in port.\n"
          "\u201cWe will not accept a blockade of the harbours,\u201d Lind said.\n")
TEXT_B = ("The two leaders held a video call that lasted two hours, Moscow said.\n"
          "Its summary called the talk tense and stressed naval exercises and security "
          "guarantees; 25 ships wait in port.\n"
          "\u201cwe will not accept a blockade of the harbours\u201d, the Swedish side was quoted "
          "as saying, in words Kalin later repeated.\n")
TEXT_C = ("A columnist notes the call came a day later than officials first said.\n"
          "Weiss argues both capitals should reopen consulates.\n")


def three_sources() -> list[ArticleAnalysis]:
    a = article("a.txt", "Nordic Daily", "2023-03-08", TEXT_A,
                contacts=[contact(TEXT_A, "Lind and Kalin spoke by video link", date="2023-03-07",
                                  duration="nearly an hour")],
                quotes=[quote(TEXT_A, "We will not accept a blockade of the harbours", "Anna Lind")])
    b = article("b.txt", "Eastern Herald", "2023-03-08", TEXT_B,
                contacts=[contact(TEXT_B, "The two leaders held a video call", date="2023-03-08",
                                  duration="two hours")],
                quotes=[quote(TEXT_B, "we will not accept a blockade of the harbours",
                              "Boris Kalin")])
    c = article("c.txt", "Opinion Weekly", "2023-03-10", TEXT_C,
                contacts=[contact(TEXT_C, "the call came a day later", date=None,
                                  fmt="phone call", participants=("Lind", "Kalin"))],
                proposals=[Proposal("Carl Weiss", None, "reopen consulates", "should reopen "
                                    "consulates", TEXT_C.index("should"),
                                    TEXT_C.index("should") + 26, kind="recommendation")])
    return [a, b, c]


def test_one_entry_lists_every_source_with_its_evidence():
    (entry,) = build_timeline(three_sources())
    assert [s.doc for s in entry.sources] == ["a.txt", "b.txt", "c.txt"]
    # "Lind"/"Kalin" are read as the fuller names named elsewhere in the story.
    assert entry.participants == ["Anna Lind", "Boris Kalin"]
    item = entry.to_json()
    assert {"date", "format", "participants", "status", "sources", "conflicts"} <= set(item)
    assert all({"doc", "evidence"} <= set(s) for s in item["sources"])
    assert item["format"] == "video call"


def test_conflicting_details_are_kept_not_resolved():
    (entry,) = build_timeline(three_sources())
    conflicts = {c["field"]: c for c in entry.conflicts}
    dates = {v["value"]: v["sources"] for v in conflicts["date"]["values"]}
    assert dates == {"2023-03-07": ["a.txt"], "2023-03-08": ["b.txt"]}
    durations = {v["value"]: v["sources"] for v in conflicts["duration"]["values"]}
    assert durations == {"nearly an hour": ["a.txt"], "two hours": ["b.txt"]}
    # "video call" vs "phone call" are two accounts of the format.
    assert "format" in conflicts


def test_durations_in_other_words_agree():
    assert duration_minutes("two-hour") == duration_minutes("2 hours") == 120
    assert duration_minutes("nearly an hour") == 60
    assert duration_minutes("an hour and a half") == 90
    texts = three_sources()
    texts[1].contacts[0].duration = "2 hours"
    texts[0].contacts[0].duration = "two-hour"
    (entry,) = build_timeline(texts)
    assert "duration" not in {c["field"] for c in entry.conflicts}


def test_different_contacts_stay_apart():
    a, b, _c = three_sources()
    b.contacts[0].date = "2023-04-20"  # weeks later: another call between the same leaders
    entries = build_timeline([a, b])
    assert len(entries) == 2
    planned = three_sources()[0]
    planned.contacts[0].status = "planned"
    planned.contacts[0].date = None
    planned.article.published = None
    held = three_sources()[1]
    held.contacts[0].date = None
    held.article.published = None
    assert len(build_timeline([planned, held])) == 2  # undated: held and planned stay apart


def test_held_and_planned_reports_of_one_contact_are_a_conflict():
    a, b, _c = three_sources()
    b.contacts[0].status = "planned"
    b.contacts[0].date = "2023-03-07"
    (entry,) = build_timeline([a, b])
    assert entry.status == "held"
    status = next(c for c in entry.conflicts if c["field"] == "status")
    assert {v["value"] for v in status["values"]} == {"held", "planned"}


def test_same_quote_in_two_outlets_is_shown_once_and_speaker_conflict_flagged():
    merged = merge_quotes(three_sources())
    (shared,) = merged
    assert not shared.single_source and not shared.single_outlet
    assert shared.outlets == ["Eastern Herald", "Nordic Daily"]
    assert shared.to_json()["speaker_conflict"] == ["Anna Lind", "Boris Kalin"]


def test_single_outlet_quotes_are_marked_and_short_fragments_do_not_merge():
    a, b, _c = three_sources()
    b.quotes = [quote(TEXT_B, "tense", "Boris Kalin")]
    a.quotes.append(quote(TEXT_A, "frank", "Anna Lind"))
    merged = merge_quotes([a, b])
    assert len(merged) == 3
    assert all(m.single_outlet for m in merged)


def test_trimmed_quote_matches_the_fuller_one():
    a, b, _c = three_sources()
    b.quotes = [quote(TEXT_B, "not accept a blockade of the harbours", "Anna Lind")]
    (shared,) = merge_quotes([a, b])
    assert shared.text == "We will not accept a blockade of the harbours"  # the fuller one


def test_divergence_accounts_and_how_the_sources_differ():
    story = compare(three_sources())
    accounts = {a["doc"]: a for a in story.accounts[0]}
    assert accounts["a.txt"]["characterisation"] == ["frank", "businesslike"]
    assert accounts["b.txt"]["characterisation"] == ["tense"]
    assert "grain" in [w.casefold() for w in accounts["a.txt"]["stresses"]]
    assert {"guarantees", "exercises"} <= {w.casefold() for w in accounts["b.txt"]["stresses"]}
    assert "grain" not in {w.casefold() for w in accounts["b.txt"]["stresses"]}
    kinds = {p["kind"] for p in story.differences}
    assert {"conflict:date", "conflict:duration", "characterisation",
            "contradiction:number", "contradiction:speaker"} <= kinds
    for point in story.differences:
        assert len(point["sides"]) >= 2  # every point names sources on both sides
        assert all(side["sources"] for side in point["sides"])
    ships = next(p for p in story.differences if p["kind"] == "contradiction:number")
    assert {s["says"] for s in ships["sides"]} == {"25 ships", "40 ships"}


def test_claims_and_outlet_profiles():
    story = compare(three_sources())
    assert story.claims["counts"]["several"] >= 2  # the call and the shared quote
    profiles = {p["outlet"]: p for p in story.outlets}
    assert profiles["Nordic Daily"]["voice"] == {"Europe": 1.0}
    assert profiles["Eastern Herald"]["voice"] == {"Russia": 1.0}
    assert profiles["Opinion Weekly"]["backs"] == ["reopen consulates"]


def test_brief_has_the_section_with_citations_in_every_format():
    brief = build_brief(three_sources(), title="test")
    assert brief["differences"] and brief["outlets"]
    for point in brief["differences"]:
        assert all(side["cites"] for side in point["sides"])
    md = render(brief, "md")
    assert "## How the sources differ" in md and "## Outlet profiles" in md
    assert "How the sources differ" in render(brief, "text")
    assert "How the sources differ" in render(brief, "html")


def test_undated_article_is_dated_by_its_story():
    from readout.records import Article, ArticleAnalysis, Contact
    from readout.story.timeline import build_timeline

    def contact(date, date_text, status, start):
        c = Contact(participants=["Joe Biden", "Vladimir Putin"], format="video call", date=date,
                    place=None, status=status, evidence="x", start=start, end=start + 1)
        c.date_text = date_text  # type: ignore[attr-defined]
        return c

    undated = ArticleAnalysis(article=Article(doc="preview.txt", text="x" * 10),
                              contacts=[contact(None, "December 7", "planned", 0)])
    dated = ArticleAnalysis(article=Article(doc="report.txt", text="x" * 10, published="2021-12-08"),
                            contacts=[contact(None, None, "held", 0)])
    weekday = ArticleAnalysis(article=Article(doc="other.txt", text="x" * 10),
                              contacts=[contact(None, "Thursday", "held", 0)])
    entries = build_timeline([undated, dated])
    assert [(e.date, e.status, len(e.docs)) for e in entries] == [("2021-12-07", "held", 2)]
    preview = next(s for s in entries[0].sources if s.doc == "preview.txt")
    assert preview.date_basis == "story"
    # A weekday counts from the article's own (unknown) publication day: left undated.
    assert all(e.date is None for e in build_timeline([weekday, dated]) if "other.txt" in e.docs)


def test_a_placed_summit_is_not_merged_into_a_call():
    from readout.records import Article, ArticleAnalysis, Contact
    from readout.story.timeline import build_timeline

    def report(doc, fmt, place, status, published):
        contact = Contact(participants=["Joe Biden", "Vladimir Putin"], format=fmt, date=None,
                          place=place, status=status, evidence="x", start=0, end=1)
        return ArticleAnalysis(article=Article(doc=doc, text="x", published=published),
                               contacts=[contact])

    call = report("call.txt", "video call", None, "planned", None)
    summit = report("summit.txt", "summit", "Switzerland", "planned", None)
    entries = build_timeline([call, summit])
    assert sorted(e.format for e in entries) == ["summit", "video call"]


def test_names_are_stressed_whole_and_titles_dates_and_sentence_ends_stay_out():
    text_a = ("Lind and Kalin spoke by video link on Tuesday.\n"
              "The call was placed from the Government Offices Crisis Room. President Kalin "
              "raised the Baltic Grain Corridor twice; the Baltic Grain Corridor is closed.\n")
    text_b = ("The two leaders held a video call on Tuesday, Moscow said.\n"
              "Its summary stressed naval exercises and security guarantees in June.\n")
    a = article("a.txt", "Nordic Daily", "2023-03-08", text_a,
                contacts=[contact(text_a, "Lind and Kalin spoke by video link",
                                  date="2023-03-07")])
    b = article("b.txt", "Eastern Herald", "2023-03-08", text_b,
                contacts=[contact(text_b, "The two leaders held a video call",
                                  date="2023-03-07")])
    accounts = {x["doc"]: x for x in compare([a, b]).accounts[0]}
    stressed = accounts["a.txt"]["stresses"]
    assert "Baltic Grain Corridor" in stressed and "Government Offices Crisis Room" in stressed
    assert not any(w in stressed for w in ("Baltic", "Corridor", "President Kalin", "Kalin"))
    assert "June" not in accounts["b.txt"]["stresses"]
    assert "Baltic Grain Corridor" in accounts["b.txt"]["leaves_out"]


def test_a_two_leader_visit_does_not_merge_with_talks_of_four_states():
    text = ("Lind flies to Tallinn on Tuesday to meet Kalin. Advisers of Sweden, Russia, "
            "Estonia and Finland will hold talks in Tallinn on Thursday.\n")
    visit = contact(text, "Lind flies to Tallinn on Tuesday to meet Kalin", date="2023-03-07",
                    fmt="visit")
    talks = contact(text, "Advisers of Sweden, Russia, Estonia and Finland will hold talks",
                    date="2023-03-09", fmt="talks", status="planned",
                    participants=("Sweden", "Russia", "Estonia", "Finland"))
    analysis = article("a.txt", "Nordic Daily", "2023-03-06", text, contacts=[visit, talks])
    analysis.actors += [Actor(name, name, "government", "state")
                        for name in ("Sweden", "Russia", "Estonia", "Finland")]
    assert len(build_timeline([analysis])) == 2


def test_a_phone_call_and_a_video_call_one_article_tells_apart_stay_apart():
    text = ("Lind and Kalin spoke by phone this month. It followed their video call on "
            "March 2.\n")
    phone = contact(text, "Lind and Kalin spoke by phone this month", date="2023-03",
                    fmt="phone call")
    video = contact(text, "their video call on March 2", date="2023-03-02")
    entries = build_timeline([article("a.txt", "Nordic Daily", "2023-03-20", text,
                                      contacts=[phone, video])])
    assert sorted((e.format, e.date) for e in entries) == [("phone call", "2023-03"),
                                                           ("video call", "2023-03-02")]


def test_an_undated_look_back_joins_the_contact_in_the_same_place():
    from readout.records import Article, ArticleAnalysis, Contact
    from readout.story.timeline import build_timeline

    def report(doc, date, place, published):
        contact = Contact(participants=["Anna Lind", "Boris Kalin"], format="summit", date=date,
                          place=place, status="held", evidence="x", start=0, end=1)
        return ArticleAnalysis(article=Article(doc=doc, text="x", published=published),
                               contacts=[contact])

    dated = report("june.txt", "2021-06", None, "2022-01-11")
    # "months after the two met at a summit in Geneva", in an article of December
    look_back = report("december.txt", None, "Geneva", "2021-12-08")
    entries = build_timeline([dated, look_back])
    assert [(e.date, e.place, len(e.docs)) for e in entries] == [("2021-06", "Geneva", 2)]
    # Elsewhere, or unplaced, a summit months back is not assumed to be that one.
    for place in ("Vienna", None):
        elsewhere = report("december.txt", None, place, "2021-12-08")
        dated_placed = report("june.txt", "2021-06", "Geneva", "2022-01-11")
        assert len(build_timeline([dated_placed, elsewhere])) == 2


def test_reported_speech_is_shown_after_its_cue():
    from readout.render.brief import quote_text

    assert quote_text({"kind": "indirect", "cue": "denies", "text": "it plans an attack"}) == \
        "(denies) it plans an attack"
    assert quote_text({"kind": "indirect", "cue": "According", "text": "x"}) == "(according to) x"
    assert quote_text({"kind": "direct", "cue": "said", "text": "We will see"}) == "“We will see”"


def test_similar_proposals_are_listed_under_one_issue_heading():
    text_a = "Kalin demanded a halt to NATO expansion."
    text_b = "Lind said the allies should reject any freeze on NATO expansion."
    demand = Proposal("Boris Kalin", None, "a halt to NATO expansion",
                      text_a, 0, len(text_a), kind="demand")
    recommendation = Proposal("Anna Lind", None, "reject any freeze on NATO expansion", text_b,
                              0, len(text_b), kind="recommendation")
    a = article("a.txt", "Nordic Daily", "2023-03-08", text_a, proposals=[demand])
    b = article("b.txt", "Eastern Herald", "2023-03-09", text_b, proposals=[recommendation])
    brief = build_brief([a, b])
    groups = [g for g in brief["proposals"] if len(g["items"]) > 1]
    assert len(groups) == 1, brief["proposals"]
    markdown = render(brief, "md")
    heading = f"- **{groups[0]['issue']}**\n"
    assert heading in markdown
    block = markdown.split(heading, 1)[1]
    assert block.startswith("  - ") and "Boris Kalin (demand)" in block and \
        "Anna Lind (recommendation)" in block
    assert markdown.count(f"**{groups[0]['issue']}**") == 1



def test_a_contact_named_in_passing_is_compared_on_its_own_sentence():
    # the summit is recalled in a paragraph about a video call: what that paragraph says of
    # the call (the Crisis Room, grain) is not what the article "stresses" about the summit
    text_a = ("Lind and Kalin spoke by video link from the Government Offices Crisis Room. "
              "The call came a year after the two met at a summit in Tallinn, as tension grew.\n"
              "Grain exports dominated the call.\n")
    text_b = ("Lind and Kalin first met at a summit in Tallinn last spring.\n"
              "That summit opened the Baltic Grain Corridor, the Kremlin said.\n")
    summit_a = contact(text_a, "the two met at a summit in Tallinn", date="2022-03", fmt="summit")
    call_a = contact(text_a, "Lind and Kalin spoke by video link", date="2023-03-07")
    a = article("a.txt", "Nordic Daily", "2023-03-08", text_a, contacts=[call_a, summit_a])
    b = article("b.txt", "Eastern Herald", "2023-03-08", text_b,
                contacts=[contact(text_b, "Lind and Kalin first met at a summit in Tallinn",
                                  date="2022-03", fmt="summit")])
    story = compare([a, b])
    summit = next(i for i, e in enumerate(story.timeline) if e.format == "summit")
    accounts = {x["doc"]: x for x in story.accounts[summit]}
    stressed = [w.casefold() for w in accounts["a.txt"]["stresses"]]
    assert "government offices crisis room" not in stressed and "grain" not in stressed
    assert "tension" in stressed


def test_a_plan_reported_before_the_contact_or_undated_is_no_conflict():
    for published in ("2023-03-06", None):
        a, b, _c = three_sources()
        b.contacts[0].status = "planned"
        b.contacts[0].date = "2023-03-07"
        b.article.published = published
        (entry,) = build_timeline([a, b])
        assert entry.status == "held"
        assert not [c for c in entry.conflicts if c["field"] == "status"]
