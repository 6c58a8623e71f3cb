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
- *same* too: an organisation and someone its source names as one of its own ("the U.S.
  Coast Guard" and "U.S. Coast Guard Captain Jamie Frederick", "Coast Guard officials", "a
  statement from the Coast Guard"): news credits an agency's statement to the agency or
  to its spokesman, one report one way, the next the other (`bodies`: the organisations
  named inside the source, as linked);
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
    bodies: frozenset[str] = frozenset()  # organisations named in the source ("entity:N")


def speaker(
    source_text: str | None,
    source_kind: str | None,
    canonical_id: int | None,
    bodies: frozenset[str] = frozenset(),
) -> Speaker | None:
    """Who says it, None when the attribution has no source."""
    key = speaker_key(source_text, source_kind, canonical_id)
    return None if key is None else Speaker(key, source_kind == "named", bodies)


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
    if a.named and b.named:
        return DIFFERENT
    return SAME if a.key in b.bodies or b.key in a.bodies else UNKNOWN


def speakers_of(
    conn: sqlite3.Connection, attribution_ids: Iterable[int]
) -> dict[int, Speaker | None]:
    """The speaker of each attribution."""
    ids = sorted(set(attribution_ids))
    bodies = _bodies_of(conn, ids)
    found: dict[int, Speaker | None] = {}
    for row in execute_in(
        conn,
        """SELECT at.id, at.source_text, at.source_kind, l.canonical_id FROM attributions at
           LEFT JOIN entity_links l ON l.entity_id = at.source_entity_id
           WHERE at.id IN ({marks})""",
        ids,
    ):
        found[row[0]] = speaker(row[1], row[2], row[3], bodies.get(row[0], frozenset()))
    return found


def _bodies_of(conn: sqlite3.Connection, attribution_ids: list[int]) -> dict[int, frozenset[str]]:
    """The linked organisations (ORG mentions) inside each attribution's source span."""
    found: dict[int, set[str]] = {}
    for attribution_id, canonical_id in execute_in(
        conn,
        # CROSS JOIN keeps SQLite's order (each attribution, then the mentions of its source
        # span through mentions_article): on a large ledger the planner otherwise drove the
        # query from every ORG entity, half the analysis time
        """SELECT at.id, l.canonical_id FROM attributions at
           CROSS JOIN mentions m ON m.article_id = at.article_id
                AND m.start BETWEEN at.source_start AND at.source_end
                AND m."end" <= at.source_end
           CROSS JOIN entities e ON e.id = m.entity_id AND e.type = 'ORG'
           CROSS JOIN entity_links l ON l.entity_id = m.entity_id
           WHERE at.id IN ({marks})""",
        attribution_ids,
    ):
        found.setdefault(attribution_id, set()).add(f"entity:{canonical_id}")
    return {a: frozenset(keys) for a, keys in found.items()}
