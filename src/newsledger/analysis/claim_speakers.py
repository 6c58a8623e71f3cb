"""Who says a claim, as the claim clusterer compares speakers.

A fact-checker counts the same words from the same person, relayed by several outlets, as
one claim; two people saying much the same thing are usually two claims (a minister and the
opposition both "welcome the deal"), unless the words are near-verbatim, which is mostly one
quote whose speaker was resolved differently in two reports. So the join threshold depends
on how the two speakers relate:

- *same*: one canonical entity (through `entity_links`), or the same folded source text
  when no entity was linked ("the interior ministry"), or two anonymous sources of one
  kind (head noun: "a US official" and "officials"; "a source" is another kind);
- *different*: two people named (source kind "named") who are not the same;
- *unknown*: either has no source (or only a pronoun no entity was linked to), or one of
  two different speakers is an organisation, document, group or anonymous source, which
  may be relaying the other's words ("The Washington Post reported" and "the diplomat
  said"; "UPI" and the man UPI quoted).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from typing import NamedTuple

from newsledger.ledger.store import execute_in

SAME, DIFFERENT, UNKNOWN = "same", "different", "unknown"
_DROP = re.compile(r"^(?:the|a|an|this|that|these|those)\s+|[^\w\s'’-]", re.I)
_WORD = re.compile(r"[a-z][a-z'’-]*")
# Subject and object pronouns a source may be written as (analysis never imports extract).
_PRONOUNS = frozenset("i me you he him she her it we us they them".split())


def fold(text: str) -> str:
    """ "The  Interior Ministry," -> "interior ministry"."""
    return " ".join(_DROP.sub(" ", (text or "").strip().lower()).split())


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us")) and len(word) > 3:
        return word[:-1]
    return word


class Speaker(NamedTuple):
    key: str
    named: bool  # a person identified by name


def speaker(
    source_text: str | None, source_kind: str | None, canonical_id: int | None
) -> Speaker | None:
    """Who says it, None when the attribution has no source."""
    key = speaker_key(source_text, source_kind, canonical_id)
    return None if key is None else Speaker(key, source_kind == "named")


def speaker_key(
    source_text: str | None, source_kind: str | None, canonical_id: int | None
) -> str | None:
    """One string per speaker, None when the attribution has no source."""
    if canonical_id is not None:
        return f"entity:{canonical_id}"
    words = _WORD.findall((source_text or "").lower())
    if not words or (len(words) == 1 and words[0] in _PRONOUNS):
        return None  # an unresolved "they" or "it": "they" in two reports is no one speaker
    if source_kind == "anonymous":
        return f"anonymous:{_singular(words[-1])}"
    return f"text:{fold(source_text or '')}"


def relation(a: Speaker | None, b: Speaker | None) -> str:
    if a is None or b is None:
        return UNKNOWN
    if a.key == b.key:
        return SAME
    return DIFFERENT if a.named and b.named else UNKNOWN


def speakers_of(
    conn: sqlite3.Connection, attribution_ids: Iterable[int]
) -> dict[int, Speaker | None]:
    """The speaker of each attribution."""
    found: dict[int, Speaker | None] = {}
    for row in execute_in(
        conn,
        """SELECT at.id, at.source_text, at.source_kind, l.canonical_id FROM attributions at
           LEFT JOIN entity_links l ON l.entity_id = at.source_entity_id
           WHERE at.id IN ({marks})""",
        sorted(set(attribution_ids)),
    ):
        found[row[0]] = speaker(row[1], row[2], row[3])
    return found
