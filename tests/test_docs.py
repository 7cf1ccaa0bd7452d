"""The documentation keeps up with the code: every command and error code is documented."""

from __future__ import annotations

import re

import typer.main

from readout.cli import app
from readout.errors import ErrorCode
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_readme_starts_with_the_two_commands():
    first_block = README.split("```")[1]
    assert first_block.strip().splitlines()[0].startswith("make demo")
    assert "make test" in first_block


def test_every_command_is_in_the_readme():
    missing = [name for name in _commands() if f"readout {name}" not in README]
    assert not missing, f"undocumented commands: {missing}"


def test_every_command_has_help(runner):
    for name in _commands():
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage:" in result.stdout


def test_error_codes_are_unique_and_formatted():
    codes = {name: text for name, text in vars(ErrorCode).items() if re.fullmatch(r"E\d{3}", name)}
    assert len(set(codes.values())) == len(codes)
    for text in codes.values():
        assert "{" in text  # every message names what it is about
