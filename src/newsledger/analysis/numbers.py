"""Numeric disagreements: the same property of the same thing, in the same story, reported
with values that cannot both be right.

Each quantity carries a frame from extraction (`measure`: killed, injured, votes,
magnitude, length ...; `owner`: whose; `as_of`). Two quantities are reports of the same
thing when

- their measures are equal and their units convert (both compared in SI units, so "about
  190 miles" and "300 km" agree; money only in the same currency);
- their owners agree: the same canonical entity or the same folded words; a country is the
  story's scope, not an owner; a partial toll ("452 in Taroudant") or one candidate's votes
  are never compared with an ownerless figure;
- their articles belong to one story: published within `WINDOW_DAYS`, sharing at least
  `STORY_ENTITIES` canonical entities, and (with MiniLM) their leads alike at
  `STORY_SIMILARITY` or the two figures' sentences alike at `SENTENCE_SIMILARITY` (two
  bombings in Iraq a week apart share "Iraq" and "Baghdad" but are two stories);
- votes, seats and vote shares only with an owner on both sides (whose votes).

Vague amounts ("dozens", "thousands of") are never compared: they are not figures. They
disagree when the value intervals their wording allows do not meet ("about 10,000" is
[9,000, 11,000], "more than 11,000" is (11,000, inf)). A disagreement is an **update** when
the measure is a running tally (a toll, a vote count) that moved between reports, and a
**conflict** otherwise: fixed properties (a magnitude, a ship's length, a crew), a tally
given for the same time with different values, or a tally that went down.

A quantity whose measure is only its counted noun (the fallback) is compared more
carefully: at least `MIN_VALUE`, within a factor two, with a named entity in common between
the two sentences.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from datetime import date, timedelta
from typing import NamedTuple

import numpy as np

from newsledger.analysis.embeddings import Embedder
from newsledger.analysis.state import get_mark, set_mark
from newsledger.measures import is_tally, named_measure
from newsledger.places import country_code

WATERMARK = "analysis.quantities_upto"
WINDOW_DAYS = 14  # a story's tallies are updated over days and weeks
STORY_ENTITIES = 2  # canonical entities two articles of one story share at least
# Cosine of two articles' leads at or above which they tell one story, per model (on the
# multi-outlet development set, eval/crossoutlet.py); other models skip this test.
STORY_SIMILARITY = {"minilm-int8": 0.5, "minilm": 0.5}
LEAD_CHARS = 400
SENTENCE_SIMILARITY = 0.6  # or the two figures' sentences this alike
HOP_MARGIN = 0.1  # or leads this much less alike, with a report alike to both between them
OWNED = frozenset({"votes", "seats", "vote share"})  # measures that mean nothing without an owner
MAX_RATIO_TALLY = 50.0  # "57 injured" at noon, "1,145" three days later: one tally
MAX_RATIO = 2.0  # values further apart measure different things ("2" vs "133,000")
MIN_VALUE = 10  # for fallback measures: "one" vs "two" soldiers are two incidents
ABOUT = 0.1  # "about", "nearly", "some": ±10 %
EXACT_SLACK = 0.005  # rounding of an exact figure
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_FOLD = re.compile(r"[\s\-‐‑–—_']+")
_OWNER_NOISE = {"the", "a", "an", "province", "prefecture", "county", "city", "region", "district"}


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
    """The counted noun, singular ("troops" -> "troop"), or "" when too vague to compare."""
    words = (counted or "").strip().lower().split()
    if not words or not words[-1].isalpha():
        return ""
    head = words[-1]
    if head.endswith("ies") and len(head) > 4:
        head = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return "" if head in _VAGUE else head


_VAGUE = {"other", "time", "one", "way", "thing", "percent", "per cent", "year", "day", "month",
          "week", "point"}  # fmt: skip


class Owner(NamedTuple):
    canonical: int | None  # the canonical entity of a mention over the owner span
    words: str  # the owner's folded words ("container ship", "palestinians")


def owner_key(conn: sqlite3.Connection, row: sqlite3.Row) -> Owner | None:
    """Whose property; None for no owner or a country (the story's scope)."""
    text = row["owner_text"]
    if not text or country_code(text):
        return None
    found = conn.execute(
        """SELECT l.canonical_id FROM mentions m JOIN entity_links l ON l.entity_id = m.entity_id
           WHERE m.article_id = ? AND m.start < ? AND m."end" > ? LIMIT 1""",
        (row["article_id"], row["owner_end"], row["owner_start"]),
    ).fetchone()
    words = " ".join(w for w in _FOLD.sub(" ", text.lower()).split() if w not in _OWNER_NOISE)
    return Owner(found[0] if found else None, words or text.lower())


def owners_agree(measure: str, a: Owner | None, b: Owner | None) -> bool:
    """The same owner: one canonical entity, or the same words ("Palestinians" in two
    reports), or, for things without a name, the same head noun ("container ship" / "ship")."""
    if measure in OWNED and (a is None or b is None):
        return False  # whose votes or seats: without the party or candidate, nothing to compare
    if a is None or b is None:
        if measure == "magnitude":  # an aftershock's magnitude is not the quake's
            return a is None and b is None
        # a partial toll or one candidate's votes against an ownerless figure: different things;
        # a fixed property ("a crew of 22") usually has one owner in the story
        return (a is None and b is None) or not is_tally(measure)
    if a.words == b.words or (a.canonical is not None and a.canonical == b.canonical):
        return True
    if a.canonical is not None and b.canonical is not None:
        return False
    return a.words.split()[-1] == b.words.split()[-1]


def in_si(row: sqlite3.Row) -> tuple[float, float | None, str]:
    """A quantity's value, high end and unit, in SI units where it has them ("948 feet" as
    289 m), else as written (the unit or the currency, "" for a count)."""
    if row["si_unit"] and row["si_value"] is not None:
        scale = row["si_value"] / row["value"] if row["value"] else 1.0
        high = row["high"] * scale if row["high"] is not None else None
        return row["si_value"], high, row["si_unit"]
    return row["value"], row["high"], row["unit"] or row["currency"] or ""


def comparable_values(
    a: sqlite3.Row, b: sqlite3.Row
) -> tuple[float, float | None, float, float | None] | None:
    """Both values in one unit (SI, or the same unit or currency), or None."""
    (value_a, high_a, unit_a), (value_b, high_b, unit_b) = in_si(a), in_si(b)
    if unit_a != unit_b:
        return None
    return value_a, high_a, value_b, high_b


def disagreement_kind(
    measure: str, earlier: sqlite3.Row, later: sqlite3.Row, low_first: bool
) -> str:
    """'update' for a tally that moved on between reports; 'conflict' otherwise."""
    if not is_tally(measure):
        return "conflict"
    if earlier["as_of"] and earlier["as_of"] == later["as_of"] and "X" not in earlier["as_of"]:
        return "conflict"  # the same time, two values
    if earlier["published"] < later["published"] and not low_first:
        return "conflict"  # a toll that fell days later is a correction in dispute
    return "update"


class _Story:
    """Per-run caches: each article's canonical entities, each quantity's sentence entities."""

    def __init__(self, conn: sqlite3.Connection, embedder: Embedder | None = None) -> None:
        self.conn = conn
        self.embedder = embedder
        self.leads: dict[str, np.ndarray] = {}
        self.sentences: dict[int, np.ndarray] = {}
        self.article_entities: dict[str, set[int]] = {}
        self.sentence_entities: dict[int, set[int]] = {}
        self.owners: dict[int, Owner | None] = {}
        self.texts: dict[str, str] = {}
        self.pool: set[str] = set()  # the articles whose figures are compared now

    def entities(self, article_id: str) -> set[int]:
        if article_id not in self.article_entities:
            self.article_entities[article_id] = {
                r[0]
                for r in self.conn.execute(
                    """SELECT DISTINCT l.canonical_id FROM mentions m
                       JOIN entity_links l ON l.entity_id = m.entity_id WHERE m.article_id = ?""",
                    (article_id,),
                )
            }
        return self.article_entities[article_id]

    def sentence(self, row: sqlite3.Row) -> np.ndarray:
        if row["id"] not in self.sentences:
            text = self.text(row["article_id"])
            left, right = sentence_bounds(text, row["start"], row["end"])
            assert self.embedder is not None
            self.sentences[row["id"]] = self.embedder.encode([text[left:right]])[0]
        return self.sentences[row["id"]]

    def text(self, article_id: str) -> str:
        if article_id not in self.texts:
            self.texts[article_id] = self.conn.execute(
                "SELECT text FROM articles WHERE id = ?", (article_id,)
            ).fetchone()[0]
        return self.texts[article_id]

    def one_story(self, q: sqlite3.Row, other: sqlite3.Row) -> set[int] | None:
        """The canonical entities the two figures' articles share, when they report one story:
        at least `STORY_ENTITIES` in common and, with MiniLM, their leads alike or, when the
        leads differ (a report on the rescue, another on the toll), the two sentences that
        give the figures (two bombings in Iraq a week apart share "Iraq" and "Baghdad" but
        are two stories)."""
        shared = self.entities(q["article_id"]) & self.entities(other["article_id"])
        if len(shared) < STORY_ENTITIES:
            return None
        least = STORY_SIMILARITY.get(self.embedder.name) if self.embedder is not None else None
        if least is None:
            return shared
        alike = self.alike(q["article_id"], other["article_id"])
        if alike >= least:
            return shared
        if float(self.sentence(q) @ self.sentence(other)) >= SENTENCE_SIMILARITY:
            return shared
        if alike >= least - HOP_MARGIN and self.bridged(
            q["article_id"], other["article_id"], least
        ):
            return shared
        return None

    def alike(self, first: str, second: str) -> float:
        """The cosine of two articles' leads."""
        return float(self.lead(first) @ self.lead(second))

    def bridged(self, first: str, second: str, least: float) -> bool:
        """True when a third article of the pool tells the story of both (its lead alike to
        each at `least`, sharing `STORY_ENTITIES` with each): a later report on the rescue
        is one story with the first reports through the reports in between."""
        for third in self.pool - {first, second}:
            if (
                self.alike(first, third) >= least
                and self.alike(second, third) >= least
                and len(self.entities(first) & self.entities(third)) >= STORY_ENTITIES
                and len(self.entities(second) & self.entities(third)) >= STORY_ENTITIES
            ):
                return True
        return False

    def lead(self, article_id: str) -> np.ndarray:
        """The vector of the headline and opening of an article: what its story is."""
        if article_id not in self.leads:
            headline, text = self.conn.execute(
                "SELECT headline, text FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            assert self.embedder is not None
            lead = f"{headline or ''}. {text[:LEAD_CHARS]}"
            self.leads[article_id] = self.embedder.encode([lead])[0]
        return self.leads[article_id]

    def owner(self, row: sqlite3.Row) -> Owner | None:
        if row["id"] not in self.owners:
            self.owners[row["id"]] = owner_key(self.conn, row)
        return self.owners[row["id"]]

    def in_sentence(self, row: sqlite3.Row) -> set[int]:
        if row["id"] not in self.sentence_entities:
            article = row["article_id"]
            left, right = sentence_bounds(self.text(article), row["start"], row["end"])
            self.sentence_entities[row["id"]] = {
                r[0]
                for r in self.conn.execute(
                    """SELECT DISTINCT l.canonical_id FROM mentions m JOIN entity_links l ON l.entity_id = m.entity_id
                       WHERE m.article_id = ? AND m.start >= ? AND m."end" <= ?""",
                    (article, left, right),
                )
            }
        return self.sentence_entities[row["id"]]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    found = _SENTENCE_END.search(text, end)
    return left, found.start() + 1 if found else len(text)


_SELECT = """SELECT q.*, ar.published FROM quantities q JOIN articles ar ON ar.id = q.article_id"""
_FIGURE = "q.value IS NOT NULL AND coalesce(q.bound, '') != 'vague'"  # a figure, not "thousands"


def update_disagreements(
    conn: sqlite3.Connection, embedder: Embedder | None = None
) -> dict[str, int]:
    """Compare the framed quantities added since the last run with those of the same story
    (told by shared entities and, given an embedder, by alike leads)."""
    upto = get_mark(conn, WATERMARK)
    rows = conn.execute(
        f"""{_SELECT} WHERE {_FIGURE} AND q.id > ? AND q.measure IS NOT NULL
            AND ar.published IS NOT NULL""",
        (upto,),
    ).fetchall()
    top = conn.execute("SELECT max(id) FROM quantities").fetchone()[0] or upto
    story = _Story(conn, embedder)
    found = 0
    for q in rows:
        day = date.fromisoformat(q["published"][:10])
        others = conn.execute(
            f"""{_SELECT} WHERE {_FIGURE} AND q.measure = ? AND q.article_id != ?
                AND ar.published BETWEEN ? AND ? AND q.id < ?""",
            (q["measure"], q["article_id"], str(day - timedelta(days=WINDOW_DAYS)),
             str(day + timedelta(days=WINDOW_DAYS)), q["id"]),
        ).fetchall()  # fmt: skip
        story.pool = {q["article_id"]} | {other["article_id"] for other in others}
        for other in others:
            found += _compare(conn, story, q["measure"], q, other)
    set_mark(conn, WATERMARK, top)
    return {"new_quantities": len(rows), "new_disagreements": found}


def _compare(
    conn: sqlite3.Connection, story: _Story, measure: str, q: sqlite3.Row, other: sqlite3.Row
) -> int:
    values = comparable_values(q, other)
    if values is None:
        return 0
    value_q, high_q, value_o, high_o = values
    interval_q = interval(value_q, high_q, q["bound"])
    interval_o = interval(value_o, high_o, other["bound"])
    distance = gap(interval_q, interval_o)
    if distance <= 0:
        return 0
    named = named_measure(measure)
    ratio = max(value_q, value_o) / max(min(value_q, value_o), 1e-9)
    if ratio > (MAX_RATIO_TALLY if named and is_tally(measure) else MAX_RATIO):
        return 0
    if not named and max(value_q, value_o) < MIN_VALUE:
        return 0
    shared = story.one_story(q, other)
    if shared is None:
        return 0
    if not named and not story.in_sentence(q) & story.in_sentence(other):
        return 0
    owner_q, owner_o = story.owner(q), story.owner(other)
    if not owners_agree(measure, owner_q, owner_o):
        return 0
    earlier, later = sorted((q, other), key=lambda r: (r["published"], r["id"]))
    value_of = {q["id"]: value_q, other["id"]: value_o}
    low_first = value_of[earlier["id"]] <= value_of[later["id"]]
    kind = disagreement_kind(measure, earlier, later, low_first)
    a, b = sorted((q["id"], other["id"]))
    unit = q["si_unit"] or q["unit"] or q["currency"]
    cursor = conn.execute(
        """INSERT OR IGNORE INTO disagreements(quantity_a, quantity_b, counted, unit, about, gap, kind, owner)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        (a, b, measure, unit, json.dumps(sorted(shared)[:20]), round(distance, 4), kind,
         q["owner_text"] or other["owner_text"] if owner_q or owner_o else None),
    )  # fmt: skip
    return cursor.rowcount
