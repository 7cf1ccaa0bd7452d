"""URL fetching over real HTTP (a local server) and WARC crawls."""

from __future__ import annotations

import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from readout.errors import InputError
from readout.ingest import read_inputs
from tests.test_ingest import HTML_PAGE


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path == "/article":
            body = HTML_PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_url_is_fetched_and_extracted(server):
    (article,) = list(read_inputs([f"{server}/article"]))
    assert not isinstance(article, InputError)
    assert article.doc == f"{server}/article"
    assert "Diplomats from thirty countries" in article.text
    assert article.published == "2022-01-13"


def test_http_error_is_named(server):
    (error,) = list(read_inputs([f"{server}/missing"]))
    assert isinstance(error, InputError) and error.code == "E010" and "HTTP 404" in error.message


def _warc(path: Path, pages: dict[str, str]) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()),
                                               http_headers=headers)
            writer.write_record(record)


def test_warc_records_become_articles(tmp_path):
    crawl = tmp_path / "crawl.warc.gz"
    _warc(crawl, {"https://news.example/a": HTML_PAGE,
                  "https://news.example/b": HTML_PAGE.replace("Vienna", "Helsinki")})
    items = list(read_inputs([str(crawl)]))
    assert [i.doc for i in items if not isinstance(i, InputError)] == [
        "https://news.example/a", "https://news.example/b"]


def test_malformed_warc(tmp_path):
    bad = tmp_path / "broken.warc"
    bad.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    items = list(read_inputs([str(bad)]))
    assert items and all(isinstance(i, InputError) for i in items)
    assert "broken.warc" in str(items[0])
