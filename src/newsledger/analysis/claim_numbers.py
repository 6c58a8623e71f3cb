"""The figures a claim states, so that claims whose numbers differ are never one claim.

"At least 1,037 dead" and "at least 2,012 dead" read alike to a sentence embedder, yet they
are two reports (an update, or a conflict), and a cluster labelled with the first would hide
the second. A quantity belongs to a claim when it lies inside one of the attribution's
content spans (`quantities` and `attribution_contents` offsets into the same article text).

Two quantities state the same frame when they measure the same thing in the same unit: the
same `measure` when both carry one; else the same counted
head noun (`numbers.counted_key`); else the same unit (a length in feet); else, for bare
numbers ("2,059 injured", "a crew of 22"), a content word beside the number in common. They
differ when their intervals (`numbers.interval`) do not meet (`numbers.gap` > 0), where an
open bound ("at least 2,012") is read as the figure stated, give or take: a claim is its
figure, and "at least 1,037" and "at least 2,012" are two tolls even though both floors
allow 3,000.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from newsledger.analysis.numbers import counted_key, gap, in_si, interval
from newsledger.ledger.store import execute_in

OPEN_BOUNDS = frozenset({"at_least", "more_than", "at_most", "less_than"})
CONTEXT_WORDS = 2  # content words taken on each side of a bare number
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STOP = frozenset(
    """a an the of to in on at by for from with and or but as is are was were be been being
    has have had that this these those it its their his her they he she we our said says
    say says told according about some than more less least most nearly almost over under
    up down out into after before since while who which what when where there here now
    also just only still all other others""".split()
)


@dataclass(frozen=True, slots=True)
class Figure:
    """One quantity of a claim, reduced to what the comparison needs."""

    low: float
    high: float
    unit: str
    measure: str | None
    counted: str
    context: frozenset[str]


def figure(row: sqlite3.Row, content_start: int, content_text: str) -> Figure:
    bound = row["bound"]
    value, high, unit = in_si(row)  # compare "948 feet" and "289 m" as metres
    low_high = interval(value, high, "about" if bound in OPEN_BOUNDS else bound)
    counted = counted_key(row["counted"])
    start, end = row["start"] - content_start, row["end"] - content_start
    left = [_bare(w) for w in _WORD.findall(content_text[: max(start, 0)])]
    right = [_bare(w) for w in _WORD.findall(content_text[max(end, 0) :])]
    near = [w for w in left if w not in _STOP][-CONTEXT_WORDS:]
    near += [w for w in right if w not in _STOP][:CONTEXT_WORDS]
    # what the number measures is one of its words too: "magnitude" meets "the quake was 7.2"
    named = [w for w in (counted, row["measure"]) if w]
    context = frozenset(near + named)
    return Figure(low_high[0], low_high[1], unit, row["measure"] or None, counted, context)


def _bare(word: str) -> str:
    """ "Earthquake's" -> "earthquake": a possessive is the same word beside a number."""
    word = word.lower()
    return word[:-2] if word.endswith(("'s", "’s")) else word


def same_frame(a: Figure, b: Figure) -> bool:
    """Whether two figures measure the same thing (then their values must agree)."""
    if a.measure and b.measure:
        return a.measure == b.measure and a.unit == b.unit
    if a.unit != b.unit:
        return False
    if a.counted and b.counted:
        return a.counted == b.counted
    if a.unit:
        return True
    return bool(a.context & b.context)


def conflict(a: Figure, b: Figure) -> bool:
    return same_frame(a, b) and gap((a.low, a.high), (b.low, b.high)) > 0


def conflicting(new: Iterable[Figure], held: Iterable[Figure]) -> bool:
    """Whether a figure of a claim differs from every figure of its frame that a cluster
    already states. (Every one, not any: "rose from 1,037 to 2,012" states two figures of
    one frame, and must still join a copy of itself.)"""
    held = list(held)
    for a in new:
        framed = [b for b in held if same_frame(a, b)]
        if framed and all(gap((a.low, a.high), (b.low, b.high)) > 0 for b in framed):
            return True
    return False


def about_other_things(new: Iterable[Figure], held: Iterable[Figure]) -> bool:
    """Whether both state figures and no figure of one measures what a figure of the other
    does: "372 people injured" and "323 unaccounted for" are two claims, however alike."""
    mine = {f.measure for f in new if f.measure}
    theirs = {f.measure for f in held if f.measure}
    return bool(mine and theirs) and not mine & theirs


_SELECT = """SELECT {key} AS key, c.start AS content_start, c.text AS content_text, q.*
    FROM attribution_contents c JOIN attributions at ON at.id = c.attribution_id
    JOIN quantities q ON q.article_id = at.article_id AND q.start >= c.start AND q."end" <= c."end"
    {join} WHERE {where} IN ({{marks}}) AND q.value IS NOT NULL"""


def figures_of_claims(
    conn: sqlite3.Connection, attribution_ids: Iterable[int]
) -> dict[int, list[Figure]]:
    """The figures inside each attribution's contents."""
    sql = _SELECT.format(key="c.attribution_id", join="", where="c.attribution_id")
    return _collect(conn, sql, attribution_ids)


def figures_of_clusters(
    conn: sqlite3.Connection, cluster_ids: Iterable[int]
) -> dict[int, list[Figure]]:
    """The figures inside the contents of each cluster's members."""
    sql = _SELECT.format(
        key="m.cluster_id",
        join="JOIN claim_members m ON m.attribution_id = c.attribution_id",
        where="m.cluster_id",
    )
    return _collect(conn, sql, cluster_ids)


def _collect(conn: sqlite3.Connection, sql: str, ids: Iterable[int]) -> dict[int, list[Figure]]:
    found: dict[int, list[Figure]] = {}
    for row in execute_in(conn, sql, sorted(set(ids))):
        found.setdefault(row["key"], []).append(
            figure(row, row["content_start"], row["content_text"])
        )
    return found
