"""The in-article entity under construction: its mentions, their votes on its type, and the
evidence (titles, honorific gender, "of <country>") the linking rules read."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from newsledger.extract.entities.mention import Mention


@dataclass(slots=True)
class Cluster:
    key: str
    label: str
    mentions: list[Mention] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)
    titles: set[str] = field(default_factory=set)
    qualifiers: set[str] = field(default_factory=set)  # countries a title is "of"
    gender: str | None = None
    surname: str | None = None
    how: dict[int, str] = field(default_factory=dict)  # mention start -> how it was linked

    def named(self) -> list[Mention]:
        return [m for m in self.mentions if not m.nominal]

    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def add_nominal(self, mention: Mention, how: str) -> None:
        """A pronoun, role or description: it refers, but never names or types the entity."""
        self.mentions.append(mention)
        self.how[mention.start] = how


def absorb(
    into: Cluster, other: Cluster, how: str, by_start: dict[int, Cluster] | None = None
) -> None:
    """Move every mention of `other` into `into` (one referent found under two names)."""
    for mention in other.mentions:
        into.mentions.append(mention)
        into.labels[mention.label] += 1
        into.how[mention.start] = how
        if by_start is not None:
            by_start[mention.start] = into
    into.titles |= other.titles
    into.qualifiers |= other.qualifiers
    into.gender = into.gender or other.gender
    into.mentions.sort(key=lambda m: m.start)
    other.mentions.clear()


def span_text(doc: Doc, mention: Mention) -> str:
    """The mention as written (hyphens and apostrophes kept: "Frank-Walter Steinmeier")."""
    return doc[mention.start : mention.end].text
