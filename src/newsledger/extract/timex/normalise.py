"""Calendar arithmetic for TIMEX3 values: resolving against an anchor, keeping granularity.

A value says only as much as the text: "in May" is ``2024-05``, not a day; "last week"
is ``2024-W45``; "the 1990s" is ``199``. ``interval`` turns any such value into the
first and last calendar day it covers, so records can be sorted and filtered by time.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
         "overnight": "NI"}  # fmt: skip
MODS = {
    "early": "START", "earlier": "START", "earlier in": "START", "later in": "END", "start of": "START", "the start of": "START",
    "beginning of": "START", "the beginning of": "START", "mid": "MID", "middle of": "MID",
    "the middle of": "MID", "late": "END", "later": "END", "end of": "END", "the end of": "END",
    "the close of": "END",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "close to": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "just under": "LESS_THAN", "barely": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "shortly after": "AFTER", "just after": "AFTER",
    "after": "AFTER", "shortly before": "BEFORE", "just before": "BEFORE", "before": "BEFORE",
}  # fmt: skip


def mod_of(word: str | None) -> str | None:
    return MODS.get(" ".join(word.lower().split())) if word else None


def shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift(day: date, amount: float, unit: str) -> date:
    """``day`` moved by ``amount`` units (negative moves back)."""
    n = round(amount)
    if unit == "D":
        return day + timedelta(days=n)
    if unit == "W":
        return day + timedelta(weeks=n)
    if unit == "M":
        return shift_months(day, n)
    if unit == "Q":
        return shift_months(day, 3 * n)
    if unit == "Y":
        return shift_months(day, 12 * n)
    if unit == "DE":
        return shift_months(day, 120 * n)
    if unit == "CE":
        return shift_months(day, 1200 * n)
    return day


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_value(day: date) -> str:
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


def at_granularity(day: date, unit: str) -> str:
    """The value of the unit-sized stretch of time containing ``day``."""
    if unit in ("D", "H", "MIN", "S"):
        return day.isoformat()
    if unit == "W":
        return week_value(day)
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return quarter_value(day)
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def weekday_date(anchor: date, weekday: int, direction: str) -> date:
    """The date of ISO ``weekday`` (1 = Monday) relative to ``anchor``.

    ``past``: on or before the anchor (a past-tense report of "Sunday" published on a
    Sunday means that day); ``future``: on or after; ``last``/``next``: strictly
    before/after; anything else: the nearest one.
    """
    delta = weekday - anchor.isoweekday()
    if direction == "past":
        return anchor + timedelta(days=delta if delta <= 0 else delta - 7)
    if direction == "future":
        return anchor + timedelta(days=delta if delta >= 0 else delta + 7)
    if direction == "last":
        return anchor + timedelta(days=delta if delta < 0 else delta - 7)
    if direction == "next":
        return anchor + timedelta(days=delta if delta > 0 else delta + 7)
    if delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return anchor + timedelta(days=delta)


def month_year(anchor: date, month: int, direction: str) -> int:
    """The year of a bare month name, read against the anchor and the tense."""
    if direction == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if direction == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    if direction == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if direction == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    if month - anchor.month > 6:
        return anchor.year - 1
    if anchor.month - month > 6:
        return anchor.year + 1
    return anchor.year


def month_day_year(anchor: date, month: int, day: int, direction: str) -> int:
    """The year of "March 12" without a year."""
    this = (month, day)
    now = (anchor.month, anchor.day)
    if direction == "past":
        return anchor.year if this <= now else anchor.year - 1
    if direction == "future":
        return anchor.year if this >= now else anchor.year + 1
    return month_year(anchor, month, "nearest")


def season_year(anchor: date, season: str, direction: str) -> int:
    first, last = _SEASON_MONTHS[season]
    start = date(anchor.year, first, 1)
    end = date(anchor.year + (1 if season == "WI" else 0), last, 28)
    if direction == "last":
        return anchor.year if end < anchor else anchor.year - 1
    if direction == "next":
        return anchor.year if start > anchor else anchor.year + 1
    if direction == "past":
        return anchor.year if start <= anchor else anchor.year - 1
    if direction == "future":
        return anchor.year if end >= anchor else anchor.year + 1
    return anchor.year


_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
            "MIN": ("S", 60)}  # fmt: skip


def duration_value(amount: float | None, unit: str) -> str:
    """P2M, PT3H, PXY; a fraction goes to the next unit down: 1.5 years is P1Y6M."""
    if unit in ("DE", "CE", "ML") and amount is not None:
        amount, unit = amount * {"DE": 10, "CE": 100, "ML": 1000}[unit], "Y"
    if amount is None:
        parts = [("X", unit)]
    elif amount == int(amount) or unit not in _SMALLER:
        parts = [(f"{amount:g}", unit)]
    else:
        smaller, factor = _SMALLER[unit]
        whole, rest = int(amount), round((amount - int(amount)) * factor)
        parts = ([(str(whole), unit)] if whole else []) + [(str(rest), smaller)]
    date_part = "".join(n + u for n, u in parts if u not in ("H", "MIN", "S"))
    time_part = "".join(n + ("M" if u == "MIN" else u) for n, u in parts if u in ("H", "MIN", "S"))
    return "P" + date_part + ("T" + time_part if time_part else "")


UNIT_CODES = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "centurie": "CE", "millennium": "ML", "millennia": "ML",
}  # fmt: skip


def unit_code(word: str) -> str:
    word = word.lower().rstrip("s") if word.lower() not in ("millennia",) else word.lower()
    return UNIT_CODES.get(word, "D")


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-([QH])(\d)$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def interval(value: str) -> tuple[date, date] | None:
    """The first and last calendar day a DATE/TIME value covers, if it names one."""
    try:
        return _interval(value)
    except (ValueError, OverflowError):  # 2024-W54, year 0…
        return None


def _interval(value: str) -> tuple[date, date] | None:
    if m := _DAY.match(value):
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return day, day
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            return None
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if m := _YEAR.match(value):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if m := _QUARTER.match(value):
        year, size, n = int(m[1]), 3 if m[2] == "Q" else 6, int(m[3])
        first = (n - 1) * size + 1
        last = first + size - 1
        return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
    if m := _SEASON.match(value):
        year = int(m[1])
        first, last = _SEASON_MONTHS[m[2]]
        end_year = year + 1 if m[2] == "WI" else year
        return date(year, first, 1), date(end_year, last, calendar.monthrange(end_year, last)[1])
    if m := _DECADE.match(value):
        return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
    if m := _CENTURY.match(value):
        return date(int(m[1]) * 100, 1, 1), date(int(m[1]) * 100 + 99, 12, 31)
    return None


def anchor_of(value: str) -> date | None:
    """A day to anchor later relative expressions on ("two days later"), if the value has one."""
    span = interval(value)
    if span is None:
        return None
    return span[0] if _DAY.match(value) else None


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday(name: str, year: int) -> str:
    name = name.lower()
    if name.startswith("christmas eve"):
        return f"{year:04d}-12-24"
    if name.startswith("christmas"):
        return f"{year:04d}-12-25"
    if name == "new year's eve":
        return f"{year:04d}-12-31"
    if name.startswith("new year"):
        return f"{year:04d}-01-01"
    if name.startswith("thanksgiving"):
        first = date(year, 11, 1)
        return (first + timedelta(days=(3 - first.weekday()) % 7 + 21)).isoformat()
    if name == "halloween":
        return f"{year:04d}-10-31"
    if name.startswith("easter"):
        return easter(year).isoformat()
    if name == "independence day":
        return f"{year:04d}-07-04"
    if name.startswith("valentine"):
        return f"{year:04d}-02-14"
    return f"{year:04d}"
