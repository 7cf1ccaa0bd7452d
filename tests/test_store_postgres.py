"""The store on a real PostgreSQL server, started (and stopped) by this test module.

The server is a throwaway cluster in a temporary folder on a private port. On a machine
without PostgreSQL the tests skip, except in CI (CI=true), where .ci/run installs it and a
missing server is a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from readout.analyze import analyze_text
from readout.store import Store

TEXT = ("Envoys in Vienna\n\nJanuary 13, 2022\n\nPresident Joe Biden spoke with President Vladimir "
        "Putin by phone on Thursday. \u201cWe had a frank exchange,\u201d Biden said afterwards.\n")


def _pg_bin() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(cmd: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; the Debian package provides a 'postgres' user.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed; .ci/run should have installed it")
        pytest.skip("PostgreSQL server binaries not installed")
    # Not under pytest's tmp folder: that one is private to root, and the server user must
    # be able to reach its data directory.
    base = Path(tempfile.mkdtemp(prefix="readout-pg-"))
    data = base / "data"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(data, "postgres")
    port = _free_port()
    subprocess.run(_as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", "readout",
                                    "--auth=trust", "-E", "UTF8"]),
                   check=True, capture_output=True)
    subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l",
                                    str(base / "log"), "-o",
                                    f"-p {port} -k {base} -c listen_addresses=127.0.0.1", "start"]),
                   check=True, capture_output=True)
    try:
        deadline = time.time() + 30
        url = f"postgresql+psycopg://readout@127.0.0.1:{port}/postgres"
        while time.time() < deadline:
            try:
                Store(url).close()
                break
            except Exception:
                time.sleep(0.5)
        yield url
    finally:
        subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                        "stop"]), check=False, capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_postgres_store_roundtrip(postgres_url):
    analysis = analyze_text(TEXT, published="2022-01-13", doc_id="vienna.txt")
    with Store(postgres_url) as store:
        first_id, created = store.add(analysis)
        again_id, created_again = store.add(analysis)
        assert created and not created_again and first_id == again_id
        assert store.count() == 1
        (stored,) = store.analyses()
        assert stored.to_json() == analysis.to_json()
        assert [hit["doc"] for hit in store.search("frank")] == ["vienna.txt"]


def test_cli_ingest_into_postgres(postgres_url, runner, tmp_path):
    from readout.cli import app
    article = tmp_path / "geneva.txt"
    article.write_text("Talks in Geneva\n\nJanuary 10, 2022\n\nWendy Sherman met Sergei Ryabkov "
                       "in Geneva on Monday for talks on European security.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(article), "--db", postgres_url])
    assert result.exit_code == 0, result.stderr
    again = runner.invoke(app, ["ingest", str(article), "--db", postgres_url])
    assert "stored 0 new article(s); 1 already stored" in again.stderr
