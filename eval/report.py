"""Where a scorer's results table goes: the terminal, and the file `--out` names."""

from __future__ import annotations

from pathlib import Path


def emit(text: str, out: Path | None) -> None:
    """Print the table; with `out`, also write it there (its folder made if need be)."""
    print(text)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text)
