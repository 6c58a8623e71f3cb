"""Rows out: a table on a terminal, JSON, JSON lines or CSV for pipes (sqlite-utils habit)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

import click

FORMATS = ("auto", "table", "json", "jsonl", "csv")


def format_option(function):
    """The one shared --format option of every query command."""
    return click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True,
        help="auto: a table on a terminal, JSON lines in a pipe.",
    )(function)  # fmt: skip


def emit(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO | None = None) -> int:
    """Write rows in the chosen format; returns how many."""
    out = out or sys.stdout
    if fmt == "auto":
        fmt = "table" if out.isatty() else "jsonl"
    count = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("\n" if count == 0 else ",\n") + json.dumps(row, ensure_ascii=False))
            count += 1
        out.write("\n]\n" if count else "]\n")
    elif fmt == "csv":
        writer = None
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
            count += 1
    else:
        count = _table(rows, out)
    return count


def _table(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    from rich.console import Console
    from rich.table import Table

    materialised = list(rows)
    if not materialised:
        out.write("(no rows)\n")
        return 0
    table = Table(show_lines=False, header_style="bold")
    for column in materialised[0]:
        table.add_column(column, overflow="fold")
    for row in materialised:
        table.add_row(*("" if v is None else str(v) for v in row.values()))
    Console(file=out).print(table)
    return len(materialised)
