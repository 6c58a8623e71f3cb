"""The time extractor's word lists are data: ``cues.tsv`` beside this code."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of one named list in ``cues.tsv`` (lower case; a list may wrap over rows
    whose first field is empty)."""
    found: dict[str, set[str]] = {}
    last = ""
    for line in files(__package__).joinpath("cues.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, words = line.partition("\t")
        last = key or last
        found.setdefault(last, set()).update(w.strip().lower() for w in words.split("|"))
    return frozenset(found[name] - {""})
