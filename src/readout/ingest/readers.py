"""Readers: bytes of one input → Article records (or InputErrors naming the input).

Each reader takes the raw bytes and the input's name, so files, URLs, stdin and WARC records
share one code path; failures are raised as coded ``InputError``s, never as tracebacks.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

from readout.errors import InputError
from readout.ingest.metadata import (
    date_from_path,
    metadata_from_text,
    outlet_from_url,
    parse_date,
)
from readout.ingest.options import HTML_SUFFIXES, JSONL_SUFFIXES, IngestOptions
from readout.records import Article

# Bytes that never occur in text files; one of them in the first block means binary.
_BINARY_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}


def check_size(name: str, size: int, options: IngestOptions) -> None:
    if size > options.max_bytes:
        raise InputError("E005", input=name, size=size, limit=options.max_bytes)


def decode_text(name: str, data: bytes) -> str:
    """Bytes → str, refusing empty, binary and non-UTF-8 input with a clear reason."""
    if not data.strip():
        raise InputError("E002", input=name)
    head = data[:4096]
    if head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b")):
        raise InputError("E003", input=name)
    if sum(b in _BINARY_BYTES for b in head) > 0 and b"\x00" in head:
        raise InputError("E003", input=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("E004", input=name, position=exc.start, reason=exc.reason) from None
    if sum(ch in "\x00\x01\x02\x03\x04\x05\x06\x07\x08" for ch in text[:4096]) > 0:
        raise InputError("E003", input=name)
    # One line-ending convention, so offsets are stable whichever OS wrote the file.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def article_from_text(name: str, text: str, source_format: str, **given: Any) -> Article:
    """Plain text → Article; metadata given by the caller wins over what the text says."""
    meta = metadata_from_text(text)
    article = Article(doc=name, text=text, source_format=source_format)
    for field_name in ("title", "outlet", "author", "published", "url"):
        value = given.get(field_name)
        basis = "given"
        if not value:
            value = getattr(meta, field_name)
            basis = "text"
        if value:
            setattr(article, field_name, value)
            article.metadata_basis[field_name] = basis
    if not article.outlet and article.url:
        article.outlet = outlet_from_url(article.url)
    if not article.published:
        published = (date_from_path(article.url, meta.dateline_day)
                     or date_from_path(name, meta.dateline_day))
        if published:
            article.published = published
            article.metadata_basis["published"] = "path"
    return article


def article_from_html(name: str, html: str, options: IngestOptions, url: str | None = None) -> Article:
    """HTML page → Article: body text via trafilatura, date via htmldate, boilerplate dropped."""
    import trafilatura  # imported here: slow to import, and only HTML inputs need it
    from htmldate import find_date

    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                            include_comments=False, include_tables=False,
                                            favor_precision=True)
    text = (getattr(extracted, "text", None) or "").strip() if extracted is not None else ""
    # trafilatura puts one paragraph per line; a blank line between them keeps paragraphs
    # countable for citations, the same convention as plain-text articles.
    text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    if len(text) < options.min_html_chars:
        raise InputError("E006", input=name)
    try:
        published = find_date(html, url=url, original_date=True, extensive_search=False)
    except Exception:  # htmldate raises on some malformed pages; a missing date is not fatal
        published = None
    given = {
        "title": getattr(extracted, "title", None),
        "author": getattr(extracted, "author", None),
        "outlet": getattr(extracted, "sitename", None) or outlet_from_url(url),
        "published": published or getattr(extracted, "date", None),
        "url": url or getattr(extracted, "url", None),
    }
    return article_from_text(name, text, "html", **given)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().casefold()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def articles_from_jsonl(name: str, text: str) -> Iterator[Article | InputError]:
    """One article per line: {"id", "text"} plus optional title, outlet, published, url."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError("E007", input=name, line=number, reason=exc.msg)
            continue
        if not isinstance(record, dict):
            yield InputError("E008", input=name, line=number, reason="expected a JSON object")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputError("E008", input=name, line=number, reason='missing or empty "text"')
            continue
        doc_id = str(record.get("id") or record.get("doc") or f"{name}:{number}")
        published = record.get("published") or record.get("date")
        if isinstance(published, str) and published and not _is_iso_date(published):
            published = parse_date(published)
        body = body.replace("\r\n", "\n")
        if looks_like_html(body):
            try:
                yield article_from_html(doc_id, body, IngestOptions(), url=record.get("url"))
            except InputError as exc:
                yield InputError("E008", input=name, line=number, reason=exc.message)
            continue
        yield article_from_text(doc_id, body, "jsonl", title=record.get("title"),
                                outlet=record.get("outlet"), author=record.get("author"),
                                published=published, url=record.get("url"))


def _is_iso_date(value: str) -> bool:
    return len(value) in (7, 10) and value[:4].isdigit() and value[4] == "-"


def articles_from_warc(name: str, data: bytes, options: IngestOptions) -> Iterator[Article | InputError]:
    """Each HTML response record of a WARC file → Article named by its target URI."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#record"
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if ctype and "html" not in ctype.casefold():
                continue
            payload = record.content_stream().read()
            try:
                html = decode_text(uri, payload)
                yield article_from_html(uri, html, options, url=uri)
            except InputError as exc:
                yield exc
    except (ArchiveLoadFailed, ValueError, OSError, AttributeError, KeyError) as exc:
        # warcio reports truncated or malformed records with assorted exception types.
        reason = (str(exc).splitlines() or [type(exc).__name__])[0][:120]
        yield InputError("E011", input=name, reason=reason)


def read_bytes(name: str, data: bytes, suffix: str, options: IngestOptions,
               url: str | None = None) -> Iterator[Article | InputError]:
    """Dispatch one input's bytes to its reader by suffix (or content, for URLs and stdin)."""
    check_size(name, len(data), options)
    if suffix.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        if not data:
            raise InputError("E002", input=name)
        yield from articles_from_warc(name, data, options)
        return
    text = decode_text(name, data)
    if suffix in JSONL_SUFFIXES:
        yield from articles_from_jsonl(name, text)
    elif suffix in HTML_SUFFIXES or looks_like_html(text):
        yield article_from_html(name, text, options, url=url)
    else:
        fmt = "md" if suffix in (".md", ".markdown") else ("url" if url else "txt")
        yield article_from_text(name, text, fmt, url=url)
