"""Ingest: files, folders, globs, URLs, stdin, JSONL and WARC → Article records."""

from readout.ingest.options import IngestOptions
from readout.ingest.sources import read_inputs

__all__ = ["IngestOptions", "read_inputs"]
