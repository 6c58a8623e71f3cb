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
open bound ("at least 2,012") is read as the figure stated: a claim is its figure, and "at
least 1,037" and "at least 2,012" are two tolls even though both floors allow 3,000; so are
"at least 2,012" and "at least 2,122", a toll updated by 5 % (read give or take 10 %, as
"about" is, they met and the later toll was hidden in the earlier one's cluster). "Over
10,000" and "about 10,000" still meet: "about" keeps its ±10 %. A round bound is the figure
rounded (`as_stated`): "more than 50 injuries" is how a report relays "57 injuries", so it
reads 50 to 60, and "less than 40 hours" 30 to 40; a bound given to the unit ("at least
2,012") is its figure alone.

Durations are figures too ("less than 40 hours of air left", "aftershocks over the next four
days"), read from the time expressions (`timexes`, type DURATION) inside the content, in
seconds. A story states many durations (hours of air left, days of search, years since the
last quake), so two durations are one frame only with a word beside them in common.

A figure also tells which claims are one (`claims`): a claim that states figures and one that
states none are two statements (a toll and a description of the same scene), and two claims
that state the same telling figure (`agreeing`: "a magnitude 6.8 quake", "the
quake measured 6.8") are one statement more likely than their wording says.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from newsledger.analysis.numbers import MIN_VALUE, counted_key, gap, in_si, interval
from newsledger.ledger.store import execute_in

OPEN_BOUNDS = frozenset({"at_least", "more_than", "at_most", "less_than"})
CONTEXT_WORDS = 2  # content words taken on each side of a bare number
DURATION = "s"  # the unit of a duration figure (seconds)
ROUNDED_SHARE = 0.999  # "more than 50" reaches up to, not into, the next ten
_MOD_BOUNDS = {"APPROX": "about", "LESS_THAN": "less_than", "EQUAL_OR_LESS": "at_most",
               "MORE_THAN": "more_than", "EQUAL_OR_MORE": "at_least"}  # fmt: skip
_ISO_DURATION = re.compile(
    r"P(?:(?P<Y>[\d.]+)Y)?(?:(?P<MO>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<H>[\d.]+)H)?(?:(?P<MI>[\d.]+)M)?(?:(?P<S>[\d.]+)S)?)?"
)
_SECONDS = {"Y": 365.25 * 86400, "MO": 30.44 * 86400, "W": 7 * 86400, "D": 86400, "H": 3600,
            "MI": 60, "S": 1}  # fmt: skip
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
    vague: bool = False  # "dozens", "thousands of": an amount, not a figure a claim states

    @property
    def telling(self) -> bool:
        """Whether the same value elsewhere is the same figure rather than a coincidence: it
        says what it measures (a measure such as killed or magnitude, a unit, a currency), or
        counts a noun at least `MIN_VALUE` times ("three journalists" recurs in unrelated
        statements of one story; "3,000 troops" less so)."""
        if self.vague:
            return False
        if (self.unit and self.unit != DURATION) or (self.measure and self.measure != self.counted):
            return True
        return bool(self.counted) and self.low >= MIN_VALUE


def figure(row: sqlite3.Row, content_start: int, content_text: str) -> Figure:
    bound = row["bound"]
    value, high, unit = in_si(row)  # compare "948 feet" and "289 m" as metres
    if bound in OPEN_BOUNDS:
        low_high = as_stated(value, row["value"], bound)
    else:
        low_high = interval(value, high, bound)
    counted = counted_key(row["counted"])
    # what the number measures is one of its words too: "magnitude" meets "the quake was 7.2"
    named = [w for w in (counted, row["measure"]) if w]
    context = _beside(content_text, row["start"] - content_start, row["end"] - content_start)
    return Figure(
        low_high[0], low_high[1], unit, row["measure"] or None, counted,
        frozenset([*context, *named]), bound == "vague",
    )  # fmt: skip


def duration_figure(row: sqlite3.Row, content_start: int, content_text: str) -> Figure | None:
    """A DURATION time expression as a figure in seconds; None when it has no amount
    ("decades": PXDE) or an unusual unit ("a quarter": P1Q)."""
    seconds = duration_seconds(row["value"] or "")
    if seconds is None:
        return None
    bound = _MOD_BOUNDS.get(row["mod"] or "", "exact")
    if bound in OPEN_BOUNDS:
        low, high = as_stated(seconds, _amount(row["value"] or ""), bound)
    else:
        low, high = interval(seconds, None, bound)
    context = _beside(content_text, row["start"] - content_start, row["end"] - content_start)
    return Figure(low, high, DURATION, None, "", frozenset(context))


def as_stated(value: float, stated: float | None, bound: str) -> tuple[float, float]:
    """An open bound read as the figure it states, give or take the figure's own rounding:
    "at least 2,012" is 2,012, but "more than 50" is 50 to 60, how a report that rounds
    relays "57 injuries" (and "less than 40" is 30 to 40). `value` is the figure in the
    unit compared (metres, seconds), `stated` the number as written."""
    low, high = interval(value, None, "exact")
    step = rounding(stated) * value / stated if stated else 0.0
    if bound in ("at_least", "more_than"):
        return low, max(high, value + step * ROUNDED_SHARE)
    return min(low, value - step * ROUNDED_SHARE), high


def rounding(number: float) -> float:
    """The power of ten a whole number is rounded to: 50 -> 10, 2,000 -> 1,000; 0 when the
    figure is not round (2,012, 7.5, 9): then it was given as counted."""
    if number <= 0 or number != int(number):
        return 0.0
    whole, unit = int(number), 1
    while whole % (unit * 10) == 0:
        unit *= 10
    return float(unit) if unit > 1 else 0.0


def _amount(iso: str) -> float | None:
    """The number of a one-unit ISO 8601 duration ("PT40H" -> 40.0), None otherwise."""
    match = _ISO_DURATION.fullmatch(iso)
    amounts = [n for n in match.groupdict().values() if n] if match else []
    try:
        return float(amounts[0]) if len(amounts) == 1 else None
    except ValueError:
        return None


def duration_seconds(value: str) -> float | None:
    """ "PT41H" -> 147600.0; None for what is not an ISO 8601 duration with an amount."""
    match = _ISO_DURATION.fullmatch(value)
    if not match or not any(match.groupdict().values()):
        return None
    try:
        return sum(float(n) * _SECONDS[u] for u, n in match.groupdict().items() if n)
    except ValueError:
        return None


def _beside(content_text: str, start: int, end: int) -> list[str]:
    """The content words next to a span: `CONTEXT_WORDS` on each side."""
    left = [_bare(w) for w in _WORD.findall(content_text[: max(start, 0)])]
    right = [_bare(w) for w in _WORD.findall(content_text[max(end, 0) :])]
    near = [w for w in left if w not in _STOP][-CONTEXT_WORDS:]
    return near + [w for w in right if w not in _STOP][:CONTEXT_WORDS]


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
    if a.unit and a.unit != DURATION:
        return True
    return bool(a.context & b.context)  # a bare number, or a duration: the words beside it


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
    does: "372 people injured" and "323 unaccounted for" are two claims, however alike; so
    are two that state spans of time and no span in common ("contact was lost an hour and
    45 minutes into the dive" and "40 hours of air left"), whatever words stand beside them."""
    new, held = list(new), list(held)
    mine = {f.measure for f in new if f.measure}
    theirs = {f.measure for f in held if f.measure}
    if mine and theirs and not mine & theirs:
        return True
    spans = [f for f in new if f.unit == DURATION]
    others = [f for f in held if f.unit == DURATION]
    return bool(spans and others) and not any(
        gap((a.low, a.high), (b.low, b.high)) == 0 for a in spans for b in others
    )


def one_sided(new: Iterable[Figure], held: Iterable[Figure]) -> bool:
    """Whether one states figures and the other none ("at least 323 people injured" and
    "many victims were crushed by houses"): two statements about one scene, not one claim.
    Vague amounts do not count: "dozens of ships" states no figure."""
    return any(not f.vague for f in new) != any(not f.vague for f in held)


def agreeing(new: Iterable[Figure], held: Iterable[Figure]) -> bool:
    """Whether a figure that says what it measures is stated by both with values that meet
    (the same magnitude, the same number of missing), and none of the new ones differs.
    Either side may be the one that says it: "a magnitude of 6.8" tells, and "the
    6.8-magnitude quake" of the same frame is the same figure, whichever report came first."""
    held = list(held)
    new = list(new)
    if conflicting(new, held):
        return False
    return any(
        (a.telling or b.telling) and not a.vague and not b.vague and same_frame(a, b)
        and gap((a.low, a.high), (b.low, b.high)) == 0
        for a in new for b in held
    )  # fmt: skip


_SELECT = """SELECT {key} AS key, c.start AS content_start, c.text AS content_text, q.*
    FROM attribution_contents c JOIN attributions at ON at.id = c.attribution_id
    JOIN quantities q ON q.article_id = at.article_id AND q.start >= c.start AND q."end" <= c."end"
    {join} WHERE {where} IN ({{marks}}) AND q.value IS NOT NULL"""
_DURATIONS = """SELECT {key} AS key, c.start AS content_start, c.text AS content_text, t.*
    FROM attribution_contents c JOIN attributions at ON at.id = c.attribution_id
    JOIN timexes t ON t.article_id = at.article_id AND t.start >= c.start AND t."end" <= c."end"
    {join} WHERE {where} IN ({{marks}}) AND t.type = 'DURATION'"""


def figures_of_claims(
    conn: sqlite3.Connection, attribution_ids: Iterable[int]
) -> dict[int, list[Figure]]:
    """The figures inside each attribution's contents."""
    parts = {"key": "c.attribution_id", "join": "", "where": "c.attribution_id"}
    return _collect(conn, parts, attribution_ids)


def figures_of_clusters(
    conn: sqlite3.Connection, cluster_ids: Iterable[int]
) -> dict[int, list[Figure]]:
    """The figures inside the contents of each cluster's members."""
    parts = {
        "key": "m.cluster_id",
        "join": "JOIN claim_members m ON m.attribution_id = c.attribution_id",
        "where": "m.cluster_id",
    }
    return _collect(conn, parts, cluster_ids)


def _collect(
    conn: sqlite3.Connection, parts: dict[str, str], ids: Iterable[int]
) -> dict[int, list[Figure]]:
    found: dict[int, list[Figure]] = {}
    ids = sorted(set(ids))
    for row in execute_in(conn, _SELECT.format(**parts), ids):
        found.setdefault(row["key"], []).append(
            figure(row, row["content_start"], row["content_text"])
        )
    for row in execute_in(conn, _DURATIONS.format(**parts), ids):
        duration = duration_figure(row, row["content_start"], row["content_text"])
        if duration is not None:
            found.setdefault(row["key"], []).append(duration)
    return found
