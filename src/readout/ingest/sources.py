"""Expand what the user named (files, folders, globs, URLs, "-") into articles."""

from __future__ import annotations

import glob
import sys
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path

from readout.errors import InputError
from readout.ingest.options import SUPPORTED_SUFFIXES, IngestOptions
from readout.ingest.readers import check_size, read_bytes
from readout.records import Article

ReadResult = Article | InputError


def suffix_of(path: str) -> str:
    name = path.casefold()
    for double in (".warc.gz", ".arc.gz"):
        if name.endswith(double):
            return double
    return Path(name).suffix


# A folder's own documentation is not news: README.md beside the articles is skipped.
DOC_FILES = ("readme", "license", "changelog", "contributing", "source")


def _folder_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and suffix_of(p.name) in SUPPORTED_SUFFIXES
                  and not p.stem.casefold().startswith(DOC_FILES)
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def expand(specs: Iterable[str]) -> Iterator[str | InputError]:
    """Each spec → the concrete inputs it names, in a stable order."""
    for spec in specs:
        if spec == "-" or spec.startswith(("http://", "https://")):
            yield spec
            continue
        path = Path(spec)
        if path.is_dir():
            files = _folder_files(path)
            if not files:
                yield InputError("E013", input=spec)
            yield from (str(p) for p in files)
        elif path.exists():
            yield spec
        elif any(ch in spec for ch in "*?["):
            matches = sorted(m for m in glob.glob(spec, recursive=True) if Path(m).is_file())
            if not matches:
                yield InputError("E012", input=spec)
            yield from matches
        else:
            yield InputError("E001", input=spec)


def fetch_url(url: str, options: IngestOptions) -> tuple[bytes, str]:
    """GET a URL (size-capped); returns the body and its content type."""
    request = urllib.request.Request(url, headers={"User-Agent": "readout/0.1 (+news analysis)"})
    try:
        with urllib.request.urlopen(request, timeout=options.url_timeout) as response:
            body: bytes = response.read(options.max_bytes + 1)
            ctype = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise InputError("E010", input=url, reason=f"HTTP {exc.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError("E010", input=url, reason=str(reason)) from None
    return body, ctype


def read_one(spec: str, options: IngestOptions) -> Iterator[ReadResult]:
    """One concrete input → its articles; an unreadable input yields its InputError."""
    try:
        if spec == "-":
            data = sys.stdin.buffer.read()
            yield from read_bytes("<stdin>", data, ".txt", options)
        elif spec.startswith(("http://", "https://")):
            data, ctype = fetch_url(spec, options)
            suffix = ".html" if "html" in ctype.casefold() else suffix_of(spec.split("?")[0])
            yield from read_bytes(spec, data, suffix if suffix in SUPPORTED_SUFFIXES else ".txt",
                                  options, url=spec)
        else:
            path = Path(spec)
            suffix = suffix_of(spec)
            if suffix not in SUPPORTED_SUFFIXES:
                raise InputError("E009", input=spec, suffix=suffix or "(none)")
            check_size(spec, path.stat().st_size, options)
            yield from read_bytes(spec, path.read_bytes(), suffix, options)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError("E001", input=spec) if isinstance(exc, FileNotFoundError) else \
            InputError("E017", input=spec, reason=exc.strerror or str(exc))


def read_inputs(specs: Iterable[str], options: IngestOptions | None = None) -> Iterator[ReadResult]:
    """All articles (and errors) from the user's inputs, in input order."""
    options = options or IngestOptions()
    for item in expand(specs):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_one(item, options)
