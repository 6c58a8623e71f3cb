"""TIMEX3 values for recognised time expressions: one handler per recognition rule.

Each handler reads its match against the article date (``dct``), the day the narrative
is on (``ref``, for "two days later" and clock times) and the tense of the governing
verb (``direction``: past, future, present or nearest), and returns (type, value, mod).
Without an article date, relative expressions keep TIMEX3's underspecified forms.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc

from newsledger.extract.timex import normalise as tn
from newsledger.extract.timex.direction import PAST_OR_SOON
from newsledger.extract.timex.patterns import (
    MONTHS,
    ORDINALS,
    WEEKDAYS,
    TimexMatch,
    number_of,
)

Found = tuple[str, str, str | None]  # (type, value, mod)


def normalise(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found | None:
    handler = _HANDLERS[cand.rule]
    return handler(cand, dct, ref, direction)


def _fuzz_mod(cand: TimexMatch) -> str | None:
    return tn.mod_of(cand.group("fuzz")) or tn.mod_of(cand.group("mod"))


def _clock(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    word = (cand.group("word") or "").lower()
    if word:
        hour, minute = (24, 0) if word == "midnight" else (12, 0)
    else:
        hour, minute = int(cand.group("h") or 0), int(cand.group("min") or 0)
        ampm = (cand.group("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        part = (cand.group("inpart") or "").lower()  # "at 4 in the morning"
        if (part in ("afternoon", "evening") or (part == "night" and hour >= 6)) and hour < 12:
            hour += 12
    zone = "Z" if (cand.group("tz") or "") in ("UTC", "GMT") else ""
    anchor = ref or dct  # a clock time belongs to the day the narrative is on
    day = anchor.isoformat() if anchor else "XXXX-XX-XX"
    return "TIME", f"{day}T{hour:02d}:{minute:02d}{zone}", tn.mod_of(cand.group("mod"))


def _iso(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    year = _full_year(cand.group("y"), dct)
    return "DATE", f"{year}-{int(cand.group('m')):02d}-{int(cand.group('d')):02d}", None


def _full_year(digits: str, dct: date | None) -> str:
    """ "07" is 2007 for an article of 2010, "98" is 1998: the century nearest the article."""
    if len(digits) == 4:
        return digits
    now = dct.year if dct else 2000
    candidates = [century + int(digits) for century in (now // 100 * 100 - 100, now // 100 * 100)]
    return f"{min(candidates, key=lambda y: (abs(y - now), -y)):04d}"


def _shortyear(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    return "DATE", _full_year(cand.group("yy"), dct), None


def _day(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    anchor = ref or dct
    return "DATE", anchor.isoformat() if anchor else "XXXX-XX-XX", _fuzz_mod(cand)


def _month_number(cand: TimexMatch) -> int:
    return MONTHS[cand.group("mon").lower().rstrip(".")]


def _mdy(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    month, day = _month_number(cand), int(cand.group("day"))
    if cand.group("year"):
        year = cand.group("year")
    elif cand.group("rel") and dct is not None:  # "April 6 last year"
        year = f"{dct.year + _YEAR_OFFSET[cand.group('rel').lower()]:04d}"
    elif dct is not None:
        way = "future" if direction == "future" else "nearest"  # tense misleads here ...
        number = tn.month_day_year(dct, month, day, way)
        if direction == "past" and _after(number, month, day, dct, _PAST_GRACE_DAYS):
            number -= 1  # ... but not so far: a past "Oct. 23" read in May is last October's
        if direction == "future" and _after(number, month, day, dct, _STALE_FUTURE_DAYS):
            number -= 1  # "is expected to last from June 7" in a June 8 report: not next year
        year = f"{number:04d}"
    else:
        year = "XXXX"
    return "DATE", f"{year}-{month:02d}-{day:02d}", None


_PAST_GRACE_DAYS = 120  # a past clause may date what is scheduled in the next months
_STALE_FUTURE_DAYS = 330  # a future clause's month-day a few weeks back is this year's
_SOON_MONTHS = 2  # how far ahead a noun's event told in a past clause may lie ...
_SOON_HOLIDAY_DAYS = 21  # ... and a holiday's ("as Easter week began", "the Easter break")
# A future clause about a holiday a few days before the article date was written before it
# ("will open at 8pm on Thanksgiving Day" in the Friday paper): not next year's.
_WRITING_LAG_DAYS = 3


def _after(year: int, month: int, day: int, dct: date, grace: int) -> bool:
    """Whether that day lies more than ``grace`` days after the article date."""
    try:
        return date(year, month, day) > dct + timedelta(days=grace)
    except ValueError:  # February 29 of a common year
        return False


_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}


def _my(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    month = _month_number(cand)
    if cand.group("year"):
        year = cand.group("year")
    elif dct is not None:
        year = f"{dct.year + _YEAR_OFFSET.get((cand.group('rel') or '').lower(), 0):04d}"
    else:
        year = "XXXX"
    return "DATE", f"{year}-{month:02d}", _fuzz_mod(cand)


def _month(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    month = _month_number(cand)
    way = direction if direction in ("past", "future") else "nearest"
    if direction == PAST_OR_SOON:
        soon = dct is not None and 0 < (month - dct.month) % 12 <= _SOON_MONTHS
        way = "future" if soon else "past"
    year = f"{tn.month_year(dct, month, way):04d}" if dct else "XXXX"
    return "DATE", f"{year}-{month:02d}", _fuzz_mod(cand)


_REL_OFFSET = {"this": 0, "last": -1, "next": 1, "past": -1, "coming": 1, "this past": -1,
               "this coming": 1}  # fmt: skip


def _rel(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    rel = " ".join((cand.group("rel") or "this").lower().split())
    what = cand.group("what")
    mod = _fuzz_mod(cand)
    offset = _REL_OFFSET.get(rel, 0)
    lower = what.lower()
    if what.lower() in WEEKDAYS and what[0].isupper():
        wd = WEEKDAYS[lower]
        if dct is None:
            return "DATE", f"XXXX-WXX-{wd}", mod
        way = {"last": "last", "past": "last", "this past": "last", "next": "next",
               "coming": "next", "this coming": "next"}.get(rel, "nearest")  # fmt: skip
        if rel == "this" and direction in ("past", "future"):
            way = direction  # "at a press conference this Monday, he was asked": the one past
        day = tn.weekday_date(dct, wd, way)
        if way in ("last", "next") and abs((day - dct).days) == 1:
            # "yesterday" and "tomorrow" name those days; "last Monday" said on a Tuesday is
            # the Monday of the week before, "next Friday" said on a Thursday the week after
            day += timedelta(weeks=1 if way == "next" else -1)
        return "DATE", day.isoformat(), mod
    if lower in MONTHS and what[0].isupper():
        month = MONTHS[lower]
        if dct is None:
            return "DATE", f"XXXX-{month:02d}", mod
        if offset == 0:
            return "DATE", f"{dct.year:04d}-{month:02d}", mod
        way = "last" if offset < 0 else "next"
        return "DATE", f"{tn.month_year(dct, month, way):04d}-{month:02d}", mod
    if lower in tn.SEASONS:
        code = tn.SEASONS[lower]
        if dct is None:
            return "DATE", f"XXXX-{code}", mod
        way = "last" if offset < 0 else "next" if offset > 0 else "nearest"
        return "DATE", f"{tn.season_year(dct, code, way):04d}-{code}", mod
    if lower in tn.PARTS:
        if dct is None:
            return "TIME", f"XXXX-XX-XXT{tn.PARTS[lower]}", mod
        day = dct - timedelta(days=1) if offset < 0 else dct + timedelta(days=offset)
        return "TIME", f"{day.isoformat()}T{tn.PARTS[lower]}", mod
    if cand.match.group("t").lower().split()[-2:-1] == ["the"]:  # "in the year": the reference
        unit = tn.unit_code(lower)
        anchor = ref or dct
        return ("DATE", tn.at_granularity(anchor, unit) if anchor else "XXXX", mod)
    if lower == "weekend":
        if dct is None:
            return "DATE", "XXXX-WXX-WE", mod
        return "DATE", tn.week_value(dct + timedelta(weeks=offset)) + "-WE", mod
    unit = tn.unit_code(lower)
    if dct is None:
        return "DATE", {"W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(unit, "XXXX"), mod
    return "DATE", tn.at_granularity(tn.shift(dct, offset, unit), unit), mod


_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
            "the day before yesterday": -2, "the day after tomorrow": 2}  # fmt: skip


def _deictic(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    word = " ".join(cand.group("word").lower().split())
    part = (cand.group("part") or "").lower() or ("night" if word == "tonight" else "")
    day = (dct + timedelta(days=_DEICTIC[word])).isoformat() if dct else "XXXX-XX-XX"
    if part:
        return "TIME", f"{day}T{tn.PARTS[part]}", _fuzz_mod(cand)
    return "DATE", day, _fuzz_mod(cand)


def _weekday(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    wd = WEEKDAYS[cand.group("wd").lower()]
    part = (cand.group("part") or "").lower()
    suffix = f"T{tn.PARTS[part]}" if part else ""
    if cand.group("plural"):
        return "SET", f"XXXX-WXX-{wd}{suffix}", None
    if dct is None:
        return ("TIME" if part else "DATE"), f"XXXX-WXX-{wd}{suffix}", _fuzz_mod(cand)
    way = {"future": "future", "present": "nearest", "around": "nearest"}.get(direction, "past")
    day = tn.weekday_date(dct, wd, way)
    return ("TIME" if part else "DATE"), f"{day.isoformat()}{suffix}", _fuzz_mod(cand)


# How many of its units an anaphoric expression is from the time it refers back to.
ANAPHOR_OFFSET = {"the": 0, "that": 0, "the same": 0, "the next": 1, "the following": 1,
                  "the previous": -1, "the preceding": -1, "the prior": -1}  # fmt: skip


def _part(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    """ "(into) the morning": a part of the day the narrative is on; a night runs "into the
    morning" of the next day."""
    part = cand.group("part").lower()
    anchor = ref or dct
    if anchor is None:
        return "TIME", f"XXXX-XX-XXT{tn.PARTS[part]}", None
    if cand.group("into") and part == "morning":
        anchor += timedelta(days=1)
    return "TIME", f"{anchor.isoformat()}T{tn.PARTS[part]}", None


def _anaphor(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found | None:
    rel = " ".join(cand.group("rel").lower().split())
    what = cand.group("what").lower()
    anchor = ref or dct
    offset = ANAPHOR_OFFSET[rel]
    if what in tn.PARTS:
        if anchor is None:
            return "TIME", f"XXXX-XX-XXT{tn.PARTS[what]}", _fuzz_mod(cand)
        day = anchor + timedelta(days=offset)
        return "TIME", f"{day.isoformat()}T{tn.PARTS[what]}", _fuzz_mod(cand)
    if what in WEEKDAYS:  # "the previous Friday": the one before the narrative's day
        way = "last" if offset < 0 else "next"
        day = tn.weekday_date(anchor, WEEKDAYS[what], way) if anchor else None
        return "DATE", day.isoformat() if day else f"XXXX-WXX-{WEEKDAYS[what]}", None
    unit = "W" if what == "weekend" else tn.unit_code(what)
    mod = _fuzz_mod(cand)
    if rel == "the" and dct is not None:  # "the weekend": the one just past, or coming
        # told in the present ("the crisis comes during the weekend"), the nearer of the two
        way = {"future": "future", "present": "nearest"}.get(direction, "past")
        saturday = tn.weekday_date(dct, 6, way)
        return "DATE", tn.week_value(saturday) + "-WE", mod
    if anchor is None:
        return "DATE", "XXXX-XX-XX" if unit == "D" else "XXXX", mod
    value = tn.at_granularity(tn.shift(anchor, offset, unit), unit)
    return "DATE", value + ("-WE" if what == "weekend" else ""), mod


# The words after a count that relate it to an event rather than to the article date.
SIGNALS = ("later", "earlier", "after", "before")


def _ago(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    amount = number_of(cand.group("num"))
    unit = tn.unit_code(cand.group("unit"))
    if unit == "WE":
        unit = "W"
    way = cand.group("dir").lower()
    sign = 1 if way in ("later", "after", "from now", "hence") else -1
    anchor = dct if way in ("ago", "from now", "hence") else (ref or dct)
    mod = tn.mod_of(cand.group("mod"))
    if "or so" in cand.match.group("t").lower():
        mod = "APPROX"
    if way in SIGNALS and (unit in ("H", "MIN", "S") or amount is None):
        # "Ten minutes later", "a few days later": a stretch counted from an event, no day
        # of its own (TimeML's duration, "later" its signal); "two days later" stays a date
        return "DURATION", tn.duration_value(amount, unit), mod
    if anchor is None or unit in ("H", "MIN", "S"):
        if unit in ("H", "MIN", "S") and anchor is not None:
            return "DATE", anchor.isoformat(), mod
        if anchor is None and amount is not None:
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod
    if amount is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod
    moved = tn.shift(anchor, sign * amount, unit)
    if unit in ("W", "D"):
        return "DATE", moved.isoformat(), mod
    if unit in ("DE", "CE"):
        return "DATE", tn.at_granularity(moved, "Y"), mod
    if unit == "Y" and amount == 1 and way == "ago":
        return "DATE", tn.at_granularity(moved, "M"), mod  # "a year ago": this month last year
    return "DATE", tn.at_granularity(moved, unit), mod


_OVER = re.compile(r"\b(?:over|for|throughout|during)\s+\Z", re.I)


def _duration(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    rel = (cand.group("rel") or "").lower()
    if not cand.group("num") and rel in ("past", "last", "previous", "latest") and dct:
        unit = tn.unit_code(cand.group("unit"))
        if unit == "DE" and _OVER.search(cand.match.string, max(0, cand.start - 16), cand.start):
            return "DURATION", "P10Y", None  # "over the past decade": ten years to now
        if unit in ("Y", "M", "W", "Q", "DE"):  # "the past year": the one before this
            return "DATE", tn.at_granularity(tn.shift(dct, -1, unit), unit), None
    amount = number_of(cand.group("num")) if cand.group("num") else 1.0
    unit = tn.unit_code(cand.group("unit"))
    if cand.group("unit").lower().startswith("fortnight"):
        amount = None if amount is None else amount * 2
    return "DURATION", tn.duration_value(amount, unit), tn.mod_of(cand.group("mod"))


def _vague(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    return "DURATION", tn.duration_value(None, tn.unit_code(cand.group("unit"))), None


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
         "presently": "PRESENT_REF", "these days": "PRESENT_REF", "soon": "FUTURE_REF",
         "very soon": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
         "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
         "the foreseeable future": "FUTURE_REF", "the distant future": "FUTURE_REF",
         "the time being": "PRESENT_REF", "coming": "FUTURE_REF", "upcoming": "FUTURE_REF",
         "next few": "FUTURE_REF"}  # fmt: skip


_ADJ_REFS = {"current": "PRESENT_REF"}


def _ref(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    if cand.group("adj"):
        return "DATE", _ADJ_REFS[cand.group("adj").lower()], None
    word = " ".join(cand.group("word").lower().split())
    if cand.group("unit") and word not in ("recent", "past few", "last few"):
        # "the coming weeks": a vague stretch of time; "recent years" is the past
        return "DURATION", tn.duration_value(None, tn.unit_code(cand.group("unit"))), None
    return "DATE", _REFS.get(word, "PAST_REF"), None


_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
              "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "annual": "P1Y",
              "yearly": "P1Y", "hourly": "PT1H", "biannual": "P6M", "semiannual": "P6M",
              "semi-annual": "P6M"}  # fmt: skip


def _set(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    word = cand.group("word")
    if word:
        return "SET", _SET_WORDS[word.lower()], None
    what = cand.group("what")
    lower = what.lower()
    if lower in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[lower]}", None
    if lower in MONTHS:
        return "SET", f"XXXX-{MONTHS[lower]:02d}", None
    if lower in tn.PARTS:
        return "SET", f"XXXX-XX-XXT{tn.PARTS[lower]}", None
    if lower in tn.SEASONS:
        return "SET", f"XXXX-{tn.SEASONS[lower]}", None
    amount = number_of(cand.group("num")) if cand.group("num") else 1.0
    if "other" in cand.match.group("t").lower().split():
        amount = 2.0
    return "SET", tn.duration_value(amount, tn.unit_code(what)), None


def _rate(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    return "SET", tn.duration_value(1.0, tn.unit_code(cand.group("unit"))), None


def _quarter(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    what = cand.group("what").lower()
    if not cand.group("ord"):
        # the latest/current quarter, the year-ago period: reports speak of the last
        # completed quarter and compare it with the same quarter a year before
        if dct is None:
            return "DATE", "XXXX-QX", None
        current = "current" in what
        latest = dct if current else tn.shift_months(dct, -3)
        if "year-" in what:
            latest = tn.shift_months(latest, -12)
        return "DATE", tn.quarter_value(latest), None
    ordinal = cand.group("ord").lower()
    count = 2 if what == "half" else 4
    n = count if ordinal in ("final", "last") else ORDINALS.get(ordinal, 1)
    letter = "H" if what == "half" else "Q"
    if cand.group("year"):
        return "DATE", f"{cand.group('year')}-{letter}{n}", None
    if dct is None:
        return "DATE", f"XXXX-{letter}{n}", None
    if ordinal == "last" and letter == "Q" and not cand.group("rel"):
        return "DATE", tn.quarter_value(tn.shift_months(dct, -3)), None  # the previous one
    offset = {"last": -1, "next": 1}.get((cand.group("rel") or "").lower(), 0)
    year = dct.year + offset
    current = (dct.month - 1) // (12 // count) + 1
    if not cand.group("rel") and letter == "Q" and n - current > 1:
        year -= 1  # "the fourth quarter" read in March is last year's
    return "DATE", f"{year:04d}-{letter}{n}", None


def _sameperiod(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    """ "the same month last year": the period the text named, a year back (set by
    :func:`same_period`); with none named, the year before the article's."""
    return "DATE", f"{dct.year - 1:04d}" if dct else "XXXX", None


def _decade(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    if cand.group("dec"):
        return "DATE", cand.group("dec")[:3], _fuzz_mod(cand)
    digit = cand.group("dd")
    century = "19" if dct is None or int(digit) > dct.year % 100 // 10 else f"{dct.year // 100}"
    return "DATE", f"{century}{digit}", _fuzz_mod(cand)


def _century(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    ordinal = cand.group("ord").lower()
    n = ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal) or 1)
    return "DATE", f"{n - 1:02d}", _fuzz_mod(cand)


def _year(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    return "DATE", cand.group("year"), _fuzz_mod(cand)


def _season(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    code = tn.SEASONS[cand.group("season").lower()]
    if cand.group("year"):
        return "DATE", f"{cand.group('year')}-{code}", _fuzz_mod(cand)
    if dct is None:
        return "DATE", f"XXXX-{code}", _fuzz_mod(cand)
    rel = (cand.group("rel") or "").lower()
    if rel == "that":  # "that summer": the year the text last named (set by the component)
        return "DATE", f"{(ref or dct).year:04d}-{code}", _fuzz_mod(cand)
    if rel:  # "the upcoming summer season": one still ahead, or only just begun (in June)
        year = tn.season_year(dct - timedelta(days=_JUST_BEGUN_DAYS), code, "next")
        return "DATE", f"{year:04d}-{code}", _fuzz_mod(cand)
    return "DATE", f"{tn.season_year(dct, code, direction):04d}-{code}", _fuzz_mod(cand)


_JUST_BEGUN_DAYS = 31  # a season's first month: what is "coming" is its holidays, its peak


def _holiday(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    name = cand.group("name")
    if dct is None:
        return "DATE", "XXXX-XX-XX", None
    options = [date.fromisoformat(tn.holiday(name, dct.year + k)) for k in (-1, 0, 1)]
    if direction == PAST_OR_SOON:
        soon = dct + timedelta(days=_SOON_HOLIDAY_DAYS)
        options = [d for d in options if d <= soon] or options
    elif direction == "past":
        options = [d for d in options if d <= dct] or options
    elif direction == "future":  # one just past is this year's, written before it came
        stale = dct - timedelta(days=_WRITING_LAG_DAYS)
        options = [d for d in options if d >= stale] or options
    return "DATE", min(options, key=lambda d: abs((d - dct).days)).isoformat(), None


_WORD_NUMBERS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                 "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                 "nineteen": 19}  # fmt: skip


def _spelled(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found | None:
    if cand.group("decade"):
        tens = {
            "twenties": 2,
            "thirties": 3,
            "forties": 4,
            "fifties": 5,
            "sixties": 6,
            "seventies": 7,
            "eighties": 8,
            "nineties": 9,
        }[cand.group("decade").lower()]
        return "DATE", f"19{tens}", None
    if cand.group("k"):
        rest = cand.group("k").lower().replace("two thousand", "").replace("and", "").strip()
        low = int(number_of(rest) or 0) if rest else 0
        return "DATE", f"{2000 + low:04d}", None
    high = 19 if cand.group("hi").lower() == "nineteen" else 20
    lo_text = cand.group("lo").lower().replace("oh-", "").replace("oh ", "")
    low = _WORD_NUMBERS.get(lo_text) or number_of(lo_text)
    if low is None:
        return None
    return "DATE", f"{high * 100 + int(low):04d}", None


def _period(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    text = " ".join(cand.match.group("t").lower().split())
    if text.endswith(("near term", "short term")):
        return "DATE", "FUTURE_REF", None
    if text.endswith("long term"):
        return "DURATION", "PXY", None
    if dct is None:
        return "DATE", "XXXX", _fuzz_mod(cand)
    if cand.group("ye"):
        return "DATE", f"{dct.year:04d}", "END"
    what = (cand.group("what") or "year").lower()
    return "DATE", tn.at_granularity(dct, tn.unit_code(what)), _fuzz_mod(cand)


def _the_year(cand: TimexMatch, dct: date | None, ref: date | None, direction: str) -> Found:
    """ "For the year, sales rose": the report's year; "the year ended Sept. 30": a year's
    length up to that day (TimeML's duration)."""
    if cand.group("to"):
        return "DURATION", "P1Y", None
    return "DATE", f"{dct.year:04d}" if dct else "XXXX", None


_HANDLERS = {
    "clock": _clock, "iso": _iso, "slash": _iso, "mdy": _mdy, "dmy": _mdy, "my": _my,
    "month": _month, "rel": _rel, "deictic": _deictic, "weekday": _weekday,
    "anaphor": _anaphor, "part": _part, "shortyear": _shortyear, "day": _day, "ago": _ago, "duration": _duration, "vague": _vague, "ref": _ref,
    "set": _set, "rate": _rate, "quarter": _quarter, "decade": _decade, "century": _century,
    "year": _year, "season": _season, "holiday": _holiday, "spelled": _spelled,
    "period": _period, "sameperiod": _sameperiod, "theyear": _the_year,
}  # fmt: skip


_PERIOD = re.compile(r"^(\d{4})-([QH]\d)$")
_NAMED_PERIOD = re.compile(r"(\d{4})(-(?:\d\d|[QH]\d|W\d\d|SP|SU|FA|WI))")  # not a year, a day


_COMPARING = {"from", "than", "with", "against", "compare", "versus", "vs."}


def same_period(doc: Doc, cand: TimexMatch, value: str, reference_value: str) -> str:
    """ "A year earlier" after "the third quarter" is that quarter a year before: reports
    compare a period with the same period of an earlier year (so does "compared with
    ... last year")."""
    if cand.rule == "sameperiod":
        named = _NAMED_PERIOD.fullmatch(reference_value)
        return f"{int(named[1]) - 1:04d}{named[2]}" if named else value
    period = _PERIOD.match(reference_value)
    if period is None or not re.fullmatch(r"\d{4}(?:-\d\d)?", value):
        return value
    if cand.rule == "rel" and (cand.group("what") or "").lower() == "year":
        if cand.group("rel").lower() != "last" or cand.group("fuzz"):
            return value
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None:
            return value
        first = span.sent.start if doc.has_annotation("SENT_START") else 0
        window = doc[max(first, span.start - 8) : span.start]
        if not any(t.lemma_.lower() in _COMPARING for t in window):
            return value
        return f"{int(period[1]) - 1:04d}-{period[2]}"
    if cand.rule != "ago" or not re.search(r"years?\b", cand.group("unit") or "", re.I):
        return value
    amount = number_of(cand.group("num"))
    if amount is None or amount != int(amount):
        return value
    sign = 1 if cand.group("dir").lower() in ("later", "after", "from now", "hence") else -1
    return f"{int(period[1]) + sign * int(amount):04d}-{period[2]}"
