"""The catalogue of readout's user-facing error messages, one code each.

Modelled on spaCy's ``errors.py``: messages live in one place, carry a stable code and are
formatted with keyword arguments, so tests and users can match on the code.
"""

from __future__ import annotations


class ErrorCode:
    E001 = "cannot read {input}: no such file or directory"
    E002 = "{input}: file is empty"
    E003 = "{input}: looks like a binary file, not text"
    E004 = "{input}: not valid UTF-8 text (byte {position}: {reason})"
    E005 = "{input}: {size} bytes is over the size limit of {limit} bytes (see --max-bytes)"
    E006 = "{input}: no article text found in the HTML page"
    E007 = "{input}, line {line}: malformed JSON ({reason})"
    E008 = "{input}, line {line}: {reason}"
    E009 = "{input}: unsupported input type {suffix!r}"
    E010 = "{input}: could not fetch URL ({reason})"
    E011 = "{input}: malformed WARC file ({reason})"
    E012 = "{input}: glob matched no files"
    E013 = "{input}: no supported files in this folder"
    E014 = "{input}: analysis failed ({reason})"
    E015 = "{input}: could not store the article ({reason})"
    E016 = "{input}: text is empty after extraction"
    E017 = "{input}: cannot read ({reason})"
    E020 = "database {url}: {reason}"
    E021 = "story {story!r} not found; `readout stories` lists them"
    E022 = "no articles are stored in {url}; run `readout ingest PATH` first"


class ReadoutError(Exception):
    """An error about one input or one operation, with a catalogue code."""

    def __init__(self, code: str, **kwargs: object) -> None:
        template = getattr(ErrorCode, code)
        self.code = code
        self.message = template.format(**kwargs)
        super().__init__(f"[{code}] {self.message}")


class InputError(ReadoutError):
    """One input could not be read; the run goes on with the others."""
