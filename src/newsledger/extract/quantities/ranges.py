"""Quantities being assembled, and how neighbours join: ranges and shared units.

"between 44 and 50 mg", "10-15 exabytes" and "8- to 16-meter" are one quantity with
a low and a high end; in "45 and 50 mg" both numbers are milligrams; "rose from 5% to
7%" reports two values, not a range, and so does a score or tally ("won 2-1");
in "1.5 to 2 million" both ends are millions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from newsledger.extract.quantities.context import CHANGE_FROM, RANGE_GAP
from newsledger.extract.quantities.units import Unit, is_duration


@dataclass(slots=True)
class Found:
    """A quantity being assembled: its span grows as context is read."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    unit: Unit | None = None
    unit_text: str | None = None
    bound: str = "exact"
    high: float | None = None
    counted: str | None = None
    kind: str = "quantity"  # quantity | year | duration | name (a model number, dropped)
    words: bool = False
    count_like: bool = True  # no unit, currency or percent
    scale: float = 1.0  # the multiplier written after the number ("million", "bn", "k")


def join_ranges(
    text: str, found: list[Found], counted_noun: Callable[[int], str | None]
) -> list[Found]:
    """ "between 44 and 50 mg", "10-15 exabytes", "8- to 16-meter"; "45 and 50 mg" share mg."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and a.kind == "quantity" and (b.kind == "quantity" or a.unit is None):
            gap = text[a.end : b.start]
            m = RANGE_GAP.fullmatch(gap)
            if m and _shares_rate(a.unit, b.unit):  # "$60 to $70 a barrel": both per barrel
                a.unit = b.unit
            same = a.unit is None or (b.unit is not None and a.unit.name == b.unit.name)
            if m and same and a.bound in ("exact", "about") and b.bound == "exact":
                _share_scale(a, b)
                joiner = m["joiner"].lower()
                before = text[max(0, a.start - 60) : a.start]
                between = re.search(r"\bbetween\s+\Z", before, re.IGNORECASE)
                change = CHANGE_FROM.search(before)
                if joiner == "and" and not between:
                    if a.unit is None and b.unit is not None:
                        a.unit, a.unit_text, a.count_like = b.unit, b.unit_text, False
                    elif a.count_like and b.count_like and a.counted is None:
                        a.counted = counted_noun(b.end)
                    out.append(a)
                    i += 1
                    continue
                # A high end no higher than the low end makes no range: a score or tally
                # ("won 2-1", "voted 52-35") or a rate ("76.25 to a dollar").
                inverted = 0 <= b.value <= a.value and not between
                if (joiner in ("to", "through") and change) or inverted:
                    if a.unit is None and b.unit is not None and not inverted:
                        a.unit, a.unit_text, a.count_like = b.unit, b.unit_text, False
                    out.append(a)
                    i += 1
                    continue
                low, high = sorted((a.value, b.value))  # "between -30 and -60"
                merged = replace(b, start=a.start, num_start=a.num_start, value=low, high=high)
                merged.unit = b.unit or a.unit
                merged.count_like = merged.unit is None
                merged.bound = "range"
                merged.kind = b.kind
                if between:
                    merged.start = between.start() + max(0, a.start - 60)
                else:
                    f = re.search(r"\bfrom\s+\Z", before, re.IGNORECASE)
                    if f:
                        merged.start = f.start() + max(0, a.start - 60)
                if merged.unit is not None and is_duration(merged.unit):
                    merged.kind = "duration"
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _shares_rate(a: Unit | None, b: Unit | None) -> bool:
    """A bare amount next to a rate in the same currency takes its "per" unit."""
    return (
        a is not None
        and b is not None
        and a.kind == b.kind == "money"
        and a.name == a.currency == b.currency
        and "/" in b.name
    )


def _share_scale(a: Found, b: Found) -> None:
    """ "between 1.5 and 2 million", "3 to 4bn": the low end takes the high end's multiplier.

    Only when the low number is below the high one's own digits: in "from 500 to
    2 million" the 500 is five hundred.
    """
    if a.scale == 1.0 and b.scale != 1.0 and not a.words and a.value < b.value / b.scale:
        a.value *= b.scale
        a.scale = b.scale
