"""Write docs/cli.md from the commands' own --help, so the reference cannot drift
(tests/test_docs.py fails when it is stale: run `.venv/bin/python scripts/cli_reference.py`)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from newsledger.cli.main import main

TARGET = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def reference() -> str:
    runner = CliRunner()
    parts = [
        "# Command-line reference",
        "",
        "Generated from `--help` by `scripts/cli_reference.py`.",
        "",
    ]
    commands = [[]] + [[name] for name in sorted(main.commands)]
    for path in commands:
        title = " ".join(["newsledger", *path])
        result = runner.invoke(main, [*path, "--help"], terminal_width=100)
        parts += [f"## {title}", "", "```", result.output.rstrip(), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    text = reference()
    if "--check" in sys.argv:
        sys.exit(0 if TARGET.exists() and TARGET.read_text() == text else 1)
    TARGET.write_text(text)
    click.echo(f"wrote {TARGET}")
