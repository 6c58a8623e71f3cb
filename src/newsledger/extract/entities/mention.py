"""A candidate entity mention: a token span with its type, before mentions become entities."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Mention:
    """A candidate entity mention over tokens [start, end) with its type."""

    start: int
    end: int
    label: str
    nominal: bool = False  # "the president", "he": linked, never a canonical name
