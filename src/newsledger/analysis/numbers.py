"""Numeric disagreements: the same quantity about the same thing, reported differently.

Two quantities are reports of the same thing when they count the same noun ("troops")
in the same unit, their sentences name at least one common canonical entity, and the
articles came out within `WINDOW_DAYS` of each other (tallies such as death tolls grow
over weeks; that is news, not disagreement). They disagree only when the value
intervals their wording allows do not meet: "about 10,000" is [9,000, 11,000], "more
than 11,000" is (11,000, inf), so those two do not conflict, while "10,000" and
"12,000" do.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import defaultdict
from datetime import date, timedelta

from newsledger.analysis.state import get_mark, set_mark

WATERMARK = "analysis.quantities_upto"
WINDOW_DAYS = 3
MAX_GAP = 0.5  # values more than 2x apart count different things ("2" vs "133,000")
MIN_VALUE = 10  # "one" vs "two" soldiers are nearly always two different incidents
MIN_OVERLAP = 0.2  # share of content words two sentences must have in common
_WORD = re.compile(r"[a-z][a-z\-]{2,}")
_STOP = {"the", "and", "for", "that", "with", "from", "this", "were", "was", "are", "has", "have",
         "had", "said", "says", "will", "would", "been", "its", "their", "his", "her", "they",
         "which", "who", "but", "not", "than", "more", "about", "also", "after", "into", "over"}  # fmt: skip
ABOUT = 0.1  # "about", "nearly", "some": ±10 %
EXACT_SLACK = 0.005  # rounding of an exact figure
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# Counted nouns too vague to be one thing ("others", "times") or not counts at all.
_VAGUE = {"others", "other", "times", "time", "one", "ones", "way", "ways", "things", "thing",
          "percent", "per cent", "years", "year", "days", "day", "months", "month", "weeks",
          "points", "point"}  # fmt: skip


def interval(value: float, high: float | None, bound: str | None) -> tuple[float, float]:
    """The values a quantity's wording allows."""
    bound = bound or "exact"
    if bound == "range" and high is not None:
        return min(value, high), max(value, high)
    if bound in ("about", "vague"):
        return value * (1 - ABOUT), value * (1 + ABOUT)
    if bound in ("at_least", "more_than"):
        return value, math.inf
    if bound in ("at_most", "less_than"):
        return 0.0, value
    return value * (1 - EXACT_SLACK), value * (1 + EXACT_SLACK)


def gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Relative distance between two intervals; 0 when they meet."""
    low, high = (a, b) if a[1] < b[0] else (b, a)
    if low[1] >= high[0]:
        return 0.0
    return (high[0] - low[1]) / max(abs(high[0]), 1e-9)


def counted_key(counted: str | None) -> str:
    words = (counted or "").strip().lower().split()
    if not words or not words[-1].isalpha():
        return ""
    head = words[-1]
    if head.endswith("ies") and len(head) > 4:
        head = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return "" if head in _VAGUE or head + "s" in _VAGUE else head


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    found = _SENTENCE_END.search(text, end)
    return left, found.start() + 1 if found else len(text)


def about_entities(
    conn: sqlite3.Connection, article_id: str, text: str, start: int, end: int
) -> tuple[set[int], set[str]]:
    """Canonical entities and content words of the quantity's sentence."""
    left, right = sentence_bounds(text, start, end)
    rows = conn.execute(
        """SELECT DISTINCT l.canonical_id FROM mentions m JOIN entity_links l ON l.entity_id = m.entity_id
           WHERE m.article_id = ? AND m.start >= ? AND m."end" <= ?""",
        (article_id, left, right),
    )
    words = set(_WORD.findall(text[left:right].lower())) - _STOP
    return {r[0] for r in rows}, words


def overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def update_disagreements(conn: sqlite3.Connection) -> dict[str, int]:
    """Compare the quantities added since the last run with those of nearby days."""
    upto = get_mark(conn, WATERMARK)
    rows = conn.execute(
        """SELECT q.*, ar.published FROM quantities q JOIN articles ar ON ar.id = q.article_id
           WHERE q.id > ? AND q.value IS NOT NULL AND q.counted IS NOT NULL AND q.counted != ''
           AND ar.published IS NOT NULL""",
        (upto,),
    ).fetchall()
    top = conn.execute("SELECT max(id) FROM quantities").fetchone()[0] or upto
    texts: dict[str, str] = {}
    abouts: dict[int, tuple[set[int], set[str]]] = {}

    def about(q: sqlite3.Row) -> tuple[set[int], set[str]]:
        if q["id"] not in abouts:
            if q["article_id"] not in texts:
                texts[q["article_id"]] = conn.execute(
                    "SELECT text FROM articles WHERE id = ?", (q["article_id"],)
                ).fetchone()[0]
            abouts[q["id"]] = about_entities(
                conn, q["article_id"], texts[q["article_id"]], q["start"], q["end"]
            )
        return abouts[q["id"]]

    by_key: dict[tuple[str, str], list[sqlite3.Row]] = defaultdict(list)
    for q in rows:
        key = counted_key(q["counted"])
        if key:
            by_key[(key, q["unit"] or q["currency"] or "")].append(q)
    found = 0
    for (key, unit), new in by_key.items():
        for q in new:
            day = date.fromisoformat(q["published"][:10])
            others = conn.execute(
                """SELECT q.*, ar.published FROM quantities q JOIN articles ar ON ar.id = q.article_id
                   WHERE q.counted LIKE ? AND q.article_id != ? AND q.value IS NOT NULL
                   AND ar.published BETWEEN ? AND ? AND q.id < ?""",
                (f"%{key}%", q["article_id"], str(day - timedelta(days=WINDOW_DAYS)),
                 str(day + timedelta(days=WINDOW_DAYS)), q["id"]),
            ).fetchall()  # fmt: skip
            for other in others:
                if (
                    counted_key(other["counted"]) != key
                    or (other["unit"] or other["currency"] or "") != unit
                ):
                    continue
                distance = gap(
                    interval(q["value"], q["high"], q["bound"]),
                    interval(other["value"], other["high"], other["bound"]),
                )
                if distance <= 0 or distance > MAX_GAP:
                    continue
                if max(q["value"], other["value"]) < MIN_VALUE:
                    continue
                (entities_q, words_q), (entities_o, words_o) = about(q), about(other)
                shared = entities_q & entities_o
                if not shared or overlap(words_q, words_o) < MIN_OVERLAP:
                    continue
                a, b = sorted((q["id"], other["id"]))
                cursor = conn.execute(
                    """INSERT OR IGNORE INTO disagreements(quantity_a, quantity_b, counted, unit, about, gap)
                       VALUES (?, ?, ?, ?, ?, ?)""",
                    (a, b, key, unit or None, json.dumps(sorted(shared)), round(distance, 4)),
                )
                found += cursor.rowcount
    set_mark(conn, WATERMARK, top)
    return {"new_quantities": len(rows), "new_disagreements": found}
