"""Views read through ledger/: no module of the web app or the CLI writes SQL."""

from __future__ import annotations

from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "newsledger"
SQL_MARKERS = ("SELECT ", "INSERT ", ".execute(")


def view_modules() -> list[Path]:
    return sorted([*(SRC / "web").rglob("*.py"), *(SRC / "cli").rglob("*.py")])


def test_there_are_view_modules() -> None:
    names = {p.name for p in view_modules()}
    assert {"app.py", "render.py", "ledger.py", "analysis.py"} <= names


@pytest.mark.parametrize("path", view_modules(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_sql_in_views(path: Path) -> None:
    text = path.read_text("utf-8")
    found = [marker for marker in SQL_MARKERS if marker in text]
    assert not found, f"{path.relative_to(SRC)} holds SQL ({found}): move it to newsledger.ledger"
