"""Stories: incremental grouping, storage across runs, the CLI, and the five seeds end to end."""

from __future__ import annotations

import json
from itertools import combinations

import pytest

from readout import api
from readout.cli import app
from readout.story import StoryConfig, StoryIndex
from readout.story.timeline import dates_compatible

GRAIN = [
    ("Grain ships leave the port under a new corridor deal",
     "The first grain ships left the harbour under the corridor deal brokered by mediators; "
     "insurers and shipowners watched the corridor closely."),
    ("Second convoy of grain ships sails through the corridor",
     "A second convoy of grain ships sailed through the corridor on Friday, the mediators "
     "said, while insurers raised premiums for the harbour route."),
    ("Insurers doubt the grain corridor will hold",
     "Insurers told shipowners the grain corridor deal might not hold if the harbour is "
     "shelled again; the mediators promised inspections of every convoy."),
]
REACTOR = [
    ("Inspectors reach the reactor site after shelling",
     "Nuclear inspectors reached the reactor site after shelling cut a power line; the agency "
     "chief asked for a safety zone around the plant."),
    ("Reactor plant loses outside power again",
     "The reactor plant lost outside power again and ran on diesel generators, the nuclear "
     "agency said, repeating its call for a safety zone."),
]


def test_related_articles_share_a_story_and_unrelated_ones_do_not():
    index = StoryIndex()
    grain = [index.add(i, t, x, "2022-08-0" + str(i + 1)).story_id for i, (t, x) in
             enumerate(GRAIN)]
    reactor = [index.add(10 + i, t, x, "2022-08-0" + str(i + 2)).story_id for i, (t, x) in
               enumerate(REACTOR)]
    assert len(set(grain)) == 1 and len(set(reactor)) == 1
    assert grain[0] != reactor[0]
    # A later article about the corridor joins the existing story instead of opening one.
    later = index.add(20, "Corridor deal extended for grain ships",
                      "Mediators extended the grain corridor deal; shipowners and insurers "
                      "welcomed the convoy schedule for the harbour.", "2022-08-20")
    assert later.story_id == grain[0] and not later.opened


def test_time_separates_the_same_words_far_apart():
    index = StoryIndex()
    first = index.add(1, *GRAIN[0], "2019-01-10")
    again = index.add(2, *GRAIN[1], "2022-08-02")  # years later: another story
    assert again.story_id != first.story_id and again.opened


def test_shared_actors_pull_articles_together():
    words = ("The two presidents discussed the frontier and trade.",
             "Leaders talked about fishing quotas and a ferry line.")
    apart, together = StoryIndex(), StoryIndex()
    a = apart.add(1, None, words[0], "2022-01-01")
    b = apart.add(2, None, words[1], "2022-01-02")
    assert a.story_id != b.story_id
    actors = {"Anna Lind": 4, "Boris Kalin": 4}
    c = together.add(1, None, words[0], "2022-01-01", actors)
    d = together.add(2, None, words[1], "2022-01-02", actors)
    assert c.story_id == d.story_id


def test_blocking_bounds_the_candidates():
    config = StoryConfig(candidates=5)
    index = StoryIndex(config)
    for i in range(300):  # many small stories sharing one common word
        index.add(i, f"harbour report {i} zone{i} sector{i}", f"harbour item{i} note{i}",
                  "2022-05-01")
    counts, _ = index.term_counts("harbour report", "harbour")
    found = index.candidates(index.weigh(counts), {}, None)
    assert len(found) <= config.candidates


def test_dates_compatible():
    assert dates_compatible("2021-12", "2021-12-07")
    assert not dates_compatible("2021-12-07", "2021-12-09")
    assert dates_compatible("2021-12-07", "2021-12-09", tolerance=2)


def _write(tmp_path, name: str, title: str, body: str) -> str:
    path = tmp_path / name
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return str(path)


def test_stories_are_stored_and_continued_by_later_ingests(tmp_path, runner):
    db = str(tmp_path / "s.db")
    first = [_write(tmp_path, f"g{i}.txt", t, x) for i, (t, x) in enumerate(GRAIN[:2])]
    other = _write(tmp_path, "r0.txt", *REACTOR[0])
    api.ingest([*first, other], db)
    stories = api.stories(db)
    assert sorted(len(s["articles"]) for s in stories) == [1, 2]
    grain_id = next(s["id"] for s in stories if len(s["articles"]) == 2)
    # A second run reloads the index from the store and extends the same story.
    api.ingest([_write(tmp_path, "g2.txt", *GRAIN[2])], db)
    grown = next(s for s in api.stories(db) if s["id"] == grain_id)
    assert len(grown["articles"]) == 3

    result = runner.invoke(app, ["stories", "--db", db, "--format", "json"])
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert all({"id", "title", "articles"} <= set(s) for s in listed)
    result = runner.invoke(app, ["brief", "--db", db, "--story", str(grain_id), "-f", "json"])
    assert result.exit_code == 0
    brief = json.loads(result.stdout)
    assert len(brief["sources"]) == 3 and "timeline" in brief and "differences" in brief
    result = runner.invoke(app, ["brief", "--db", db, "--story", "999"])
    assert result.exit_code == 1 and "E021" in result.stderr


def test_the_five_seeds_form_one_story_with_one_entry_per_contact(seeds, tmp_path):
    db = str(tmp_path / "seeds.db")
    report = api.ingest([str(seeds)], db)
    assert report.stored == 5
    (story,) = api.stories(db)
    assert len(story["articles"]) == 5
    brief = api.brief_data(db, story=story["id"])
    timeline = brief["timeline"]
    docs = set(story["articles"])
    for entry in timeline:
        assert {s["doc"] for s in entry["sources"]} <= docs
    # Each contact once: no two entries with the same people, format and a compatible date.
    for a, b in combinations(timeline, 2):
        if a["date"] and b["date"] and set(a["participants"]) == set(b["participants"]):
            assert a["format"] != b["format"] or not dates_compatible(a["date"], b["date"], 2)
    # Every source reporting a contact is listed on that contact's one entry.
    by_source = {}
    for entry in timeline:
        for source in entry["sources"]:
            # one sentence may report two contacts ("to Moscow in November and Germany in
            # January"): a report is its sentence plus what it says of place and date
            key = (source["doc"], source["start"], source["place"], source["date"])
            assert key not in by_source  # a report sits on one entry only
            by_source[key] = entry
    assert any(len({s["doc"] for s in e["sources"]}) > 1 for e in timeline)


@pytest.fixture()
def runner():
    from typer.testing import CliRunner
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # newer Click keeps stderr apart already
        return CliRunner()


def test_listing_stories_never_writes_and_assign_places_articles_in_no_story(tmp_path, runner):
    from readout.store import Store
    from readout.story.tables import clear_stories

    db = str(tmp_path / "old.db")
    paths = [_write(tmp_path, f"g{i}.txt", t, x) for i, (t, x) in enumerate(GRAIN[:2])]
    api.ingest(paths, db)
    with Store(db) as store, store.engine.begin() as conn:
        clear_stories(conn)  # as a store written before stories existed
    before = (tmp_path / "old.db").read_bytes()
    assert api.stories(db) == [] and api.unassigned(db) == 2
    result = runner.invoke(app, ["stories", "--db", db])
    assert result.exit_code == 0 and result.stdout.strip() == ""
    assert "2 stored article(s) are in no story yet" in result.stderr
    assert api.unassigned(db) == 2  # listing placed nothing
    assert (tmp_path / "old.db").read_bytes() == before
    result = runner.invoke(app, ["stories", "--db", db, "--assign", "--format", "json"])
    assert result.exit_code == 0 and "placed 2 article(s)" in result.stderr
    assert [len(s["articles"]) for s in json.loads(result.stdout)] == [2]
    assert api.unassigned(db) == 0
