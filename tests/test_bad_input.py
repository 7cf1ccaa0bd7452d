"""Bad input: a one-line error naming the input, the run goes on, the exit status says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.cli import app
from readout.store import Store

GOOD = ("Leaders meet in Geneva\n\nJune 17, 2021\n\n"
        "President Joe Biden met Russian President Vladimir Putin in Geneva on Wednesday.\n")


@pytest.fixture()
def inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "good": tmp_path / "good.txt",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "image.txt",
        "latin1": tmp_path / "latin1.txt",
        "huge": tmp_path / "huge.txt",
        "nohtml": tmp_path / "shell.html",
        "jsonl": tmp_path / "rows.jsonl",
    }
    files["good"].write_text(GOOD, encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    files["latin1"].write_bytes("Caf\u00e9 talks in Gen\u00e8ve ended early.".encode("latin-1"))
    files["huge"].write_text("word " * 400, encoding="utf-8")
    files["nohtml"].write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>",
                               encoding="utf-8")
    rows = [json.dumps({"id": "ok-1", "text": "Diplomats met in Vienna for talks on Thursday."}),
            '{"id": "broken", "text": ',
            json.dumps({"id": "no-text"})]
    files["jsonl"].write_text("\n".join(rows) + "\n", encoding="utf-8")
    return files


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("readout: error:")]


@pytest.mark.parametrize("name, code, fragment", [
    ("empty", "E002", "file is empty"),
    ("binary", "E003", "binary"),
    ("latin1", "E004", "not valid UTF-8"),
    ("nohtml", "E006", "no article text"),
])
def test_each_bad_file_is_named_and_others_still_stored(inputs, tmp_path, runner, name, code, fragment):
    db = tmp_path / "store.db"
    result = runner.invoke(app, ["ingest", str(inputs["good"]), str(inputs[name]), "--db", str(db)])
    assert result.exit_code == 1
    errors = _errors(result.stderr)
    assert len(errors) == 1
    assert f"[{code}]" in errors[0] and str(inputs[name]) in errors[0] and fragment in errors[0]
    with Store(str(db)) as store:
        assert store.count() == 1


def test_size_limit(inputs, runner, tmp_path):
    result = runner.invoke(app, ["ingest", str(inputs["huge"]), str(inputs["good"]),
                                 "--max-bytes", "1000", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1
    (error,) = _errors(result.stderr)
    assert "[E005]" in error and "huge.txt" in error and "1000" in error


def test_missing_path_and_empty_glob(runner, inputs, tmp_path):
    result = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt"), str(tmp_path / "*.xml"),
                                 str(inputs["good"])])
    assert result.exit_code == 1
    errors = _errors(result.stderr)
    assert any("[E001]" in e and "nope.txt" in e for e in errors)
    assert any("[E012]" in e for e in errors)
    assert len(json.loads(result.stdout)) == 1


def test_malformed_jsonl_lines_are_named(inputs, runner):
    result = runner.invoke(app, ["analyze", str(inputs["jsonl"])])
    assert result.exit_code == 1
    errors = _errors(result.stderr)
    assert any("[E007]" in e and "line 2" in e for e in errors)
    assert any("[E008]" in e and "line 3" in e and '"text"' in e for e in errors)
    assert [a["doc"] for a in json.loads(result.stdout)] == ["ok-1"]


def test_all_good_exits_zero(inputs, runner):
    result = runner.invoke(app, ["analyze", str(inputs["good"])])
    assert result.exit_code == 0, result.stderr
    assert _errors(result.stderr) == []


def test_unreachable_url_is_an_error(runner, inputs):
    result = runner.invoke(app, ["analyze", "http://127.0.0.1:9/never", str(inputs["good"])])
    assert result.exit_code == 1
    (error,) = _errors(result.stderr)
    assert "[E010]" in error and "127.0.0.1:9" in error
