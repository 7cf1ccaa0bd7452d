"""End to end on the real seed articles (read from ../shared, never copied)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from readout.cli import app

CONTRACT_KEYS = {"doc", "title", "outlet", "published", "actors", "quotes", "contacts", "events",
                 "proposals"}


@pytest.fixture(scope="module")
def seeded_db(seeds, tmp_path_factory) -> Path:
    from typer.testing import CliRunner
    db = tmp_path_factory.mktemp("e2e") / "readout.db"
    result = CliRunner().invoke(app, ["ingest", str(seeds), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert "stored 5 new article(s)" in result.stderr
    return db


@pytest.fixture(scope="module")
def brief_json(seeded_db) -> dict:
    from typer.testing import CliRunner
    result = CliRunner().invoke(app, ["brief", "--db", str(seeded_db), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _dump(db: Path) -> list:
    conn = sqlite3.connect(db)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'articles_fts%' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    dump = []
    for table in tables:
        rows = conn.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608 (names from sqlite_master)
        if table == "schema_migrations":
            rows = [r[:2] for r in rows]
        dump.append((table, sorted(map(repr, rows))))
    conn.close()
    return dump


def test_analyze_follows_the_output_contract(seeds, runner):
    result = runner.invoke(app, ["analyze", str(seeds), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    docs = json.loads(result.stdout)
    assert [Path(d["doc"]).name[:3] for d in docs] == ["000", "001", "002", "003", "004"]
    for item in docs:
        assert set(item) >= CONTRACT_KEYS
        text = Path(item["doc"]).read_text(encoding="utf-8")
        for quote in item["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
            assert quote["kind"] in ("direct", "indirect")
        for key in ("contacts", "events", "proposals"):
            for fact in item[key]:
                assert text[fact["start"]:fact["end"]] == fact["evidence"]
        for contact in item["contacts"]:
            assert contact["format"] in ("summit", "meeting", "video call", "phone call", "visit", "talks")
            assert contact["status"] in ("held", "planned")


def test_timeline_has_the_december_video_call(brief_json, seeds):
    calls = [e for e in brief_json["timeline"]
             if e["format"] == "video call" and (e["date"] or "").startswith("2021-12")
             and {"Joe Biden", "Vladimir Putin"} <= set(e["participants"])]
    assert calls, [(e["date"], e["format"], e["participants"]) for e in brief_json["timeline"]]
    cited = {Path(s["doc"]).name[:3] for s in calls[0]["sources"]}
    assert cited & {"001", "003"}
    for source in calls[0]["sources"]:
        text = Path(source["doc"]).read_text(encoding="utf-8")
        assert source["evidence"] in text


def test_certainly_open_is_psakis(brief_json):
    owners = [group["speaker"] for group in brief_json["speakers"]
              for q in group["quotes"] if "certainly open" in q["text"]]
    assert owners == ["Jen Psaki"]


def test_reingest_changes_nothing(seeded_db, seeds, runner):
    before = _dump(seeded_db)
    result = runner.invoke(app, ["ingest", str(seeds), "--db", str(seeded_db)])
    assert result.exit_code == 0
    assert "stored 0 new article(s); 5 already stored" in result.stderr
    assert _dump(seeded_db) == before


def test_brief_formats(seeded_db, runner, tmp_path):
    out = tmp_path / "brief.html"
    result = runner.invoke(app, ["brief", "--db", str(seeded_db), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    md = runner.invoke(app, ["brief", "--db", str(seeded_db), "--format", "md"]).stdout
    assert md.startswith("# readout brief") and "Washington Examiner, 2022-02-08" in md


def test_brief_of_empty_store(runner, tmp_path):
    result = runner.invoke(app, ["brief", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "[E022]" in result.stderr


def test_installed_command_runs(seed_file):
    """The console script itself (not only the in-process runner) works."""
    exe = Path(sys.executable).with_name("readout")
    result = subprocess.run([str(exe), "analyze", str(seed_file("002")), "--format", "jsonl"],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0])["doc"].endswith("002_5d43470e26ac7881.txt")


def test_parallel_analysis_matches_serial(seed_file, runner):
    paths = [str(seed_file("002")), str(seed_file("003"))]
    serial = runner.invoke(app, ["analyze", *paths, "--format", "json"])
    parallel = runner.invoke(app, ["analyze", *paths, "--format", "json", "--processes", "2"])
    assert serial.exit_code == parallel.exit_code == 0
    assert json.loads(parallel.stdout) == json.loads(serial.stdout)
