"""The word lists of event coding are data: tab-separated files beside this package's code."""

from __future__ import annotations

from importlib.resources import files


def rows(name: str, joiner: str = " ") -> list[list[str]]:
    """The tab-separated rows of a data file in this package. Blank lines and lines that start
    with "#" are skipped; a row whose leading fields are empty continues the last field of the
    row above (joined with `joiner`), so long lists wrap."""
    found: list[list[str]] = []
    text = files(__package__).joinpath(name).read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if found and len(fields) > 1 and not any(fields[:-1]):
            found[-1][-1] += joiner + fields[-1]
        else:
            found.append(fields)
    return found
