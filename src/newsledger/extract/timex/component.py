"""Time expressions, normalised to TIMEX3 values against the article date.

Recognition is a set of compiled patterns run once over the text
(:mod:`.patterns`); spaCy's tokens then veto what the patterns cannot judge alone
(:mod:`.vetoes`: "may" the modal, "Sunday" inside "The Sunday Times", a number that
counts troops rather than years, anything in furniture). Values are resolved against the
article date (``doc._.published``), with the tense of the governing verb and cue words
deciding which "Sunday" or "May" is meant (:mod:`.direction`), "two days later" anchored
on the last day the narrative named, a clock time on the day of its own phrase, and a
retold story's month-days on the date the story set (:mod:`.anchoring`; the
``anchoring="news"`` setting reads everything against the article date, as HeidelTime's
news mode). Handlers per rule are in :mod:`.values`, calendar arithmetic in
:mod:`.normalise`, word lists in ``cues.tsv``. Without an article
date only absolute expressions get calendar values; relative ones keep TIMEX3's
underspecified forms (``XXXX-WXX-7``, ``XXXX-05``) or a reference (``PAST_REF``),
never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsledger.extract.common import doc_text
from newsledger.extract.extensions import PARSED, register_extensions
from newsledger.extract.timex import normalise as tn
from newsledger.extract.timex.anchoring import Narrative
from newsledger.extract.timex.direction import PAST_OR_SOON, PASTWARD, direction_of
from newsledger.extract.timex.patterns import (
    PARTNER_YEAR,
    WEEKDAYS,
    TimexMatch,
    candidates,
    resolve_overlaps,
)
from newsledger.extract.timex.values import ANAPHOR_OFFSET, normalise, number_of, same_period
from newsledger.extract.timex.vetoes import acceptable, tokens_of
from newsledger.records import Span, Timex


@Language.factory(
    "newsledger_timex",
    requires=[
        "doc._.published",
        "token._.furniture",
        *PARSED,
    ],
    assigns=["doc._.nl_timexes"],
    default_config={"anchoring": "mixed"},
)
def make_timex(nlp: Language, name: str, anchoring: str) -> TimexExtractor:
    """``anchoring``: "mixed" (per expression: the publication date, or the date a retold
    story set) or "news" (always the publication date, as HeidelTime's news mode)."""
    if anchoring not in ANCHORINGS:
        raise ValueError(f"anchoring must be one of {sorted(ANCHORINGS)}, not {anchoring!r}")
    register_extensions()
    return TimexExtractor(narrative=anchoring == "mixed")


ANCHORINGS = {"mixed", "news"}


class TimexExtractor:
    def __init__(self, narrative: bool = True) -> None:
        self.narrative = narrative

    def __call__(self, doc: Doc) -> Doc:
        doc._.nl_timexes = find_timexes(doc, self.narrative)
        return doc


def timex_from_doc(doc: Doc) -> list[Timex]:
    """The records this component left on the doc."""
    return list(doc._.nl_timexes or [])


def find_timexes(doc: Doc, narrative_anchoring: bool = True) -> list[Timex]:
    """All time expressions in the doc, in text order, with values.

    Walks the expressions in order, carrying the narrative's current day (``reference``,
    for "two days later" and bare clock times), its last named period (``reference_value``,
    for "a year earlier" after "the third quarter") and its reference time
    (:class:`Narrative`: the publication date, or the date a retold story set; without
    ``narrative_anchoring``, always the publication date).
    """
    text = doc_text(doc)  # spaCy joins the tokens on every doc.text; the cached copy
    chosen = resolve_overlaps(_accepted(doc, candidates(text)))
    published: date | None = doc._.published
    narrative = Narrative(published, enabled=narrative_anchoring)
    parsed = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    sentences = {sent.start: i for i, sent in enumerate(doc.sents)} if parsed else {}
    found: list[_Found] = []
    reference = told = published  # `told`: the last such day not after the publication date
    anchored = False  # whether the text has named a day (or a period: `reference_value`)
    reference_value = ""
    reference_is_period = False  # the last named date is a year or a month, not a day
    quarters = _Quarters()
    for cand, joined in _with_joined(text, chosen):
        token = _head_token(doc, cand)
        direction = direction_of(cand, tokens_of(doc, cand), token)
        sentence = sentences.get(token.sent.start, 0) if token is not None else 0
        dct, way = narrative.dct_for(cand, direction, sentence)
        before = text[max(0, cand.start - 12) : cand.start]
        day = _counted_from(cand, direction, reference, told, published)
        result = _safe_normalise(cand, dct, day, way)
        if dct != published and (result is None or not narrative.takes(result[1], sentence)):
            dct, way = published, direction  # not part of the story: read it as news
            result = _safe_normalise(cand, dct, day, way)
        if result is not None and narrative.misdated(cand, direction, result[1]):
            retry = _safe_normalise(cand, narrative.background, day, "nearest")
            if retry is not None and narrative.takes_background(retry[1], sentence):
                result = retry  # a past event the text dated earlier, not a future one
        if result is None:
            continue
        if cand.rule == "ago" and not (anchored or reference_value) and dct == published:
            result = _counted_from_nothing(cand, result)
        ttype, value, mod = result
        known = narrative.known_year(cand, before, found[-1].value if found else "")
        if known is None:
            known = narrative.month_told(cand, direction, value, sentence)
        if known is None:
            known = narrative.after_plan(cand, direction, value, sentence)
        partner = _partner_year(text, cand)
        known = partner if partner is not None else known
        if known is not None and re.match(r"\d{4}-", value):
            value = f"{known:04d}{value[4:]}"
        value = same_period(doc, cand, value, reference_value)
        if cand.rule == "anaphor" and ttype == "DATE":
            value = _year_or_month_before(cand, value, reference_value)
        elif cand.rule == "season" and (cand.group("rel") or "").lower() == "that":
            value = reference_value[:4] + value[4:] if reference_value[:1].isdigit() else value
        elif cand.rule == "month" and _THAT.search(before):
            value = _that_month(value, found, reference_value)
        elif cand.rule == "theyear" and ttype == "DATE" and reference_value[:1].isdigit():
            value = reference_value[:4]  # "a loss in the fourth quarter and for the year"
        elif cand.rule == "ago" and ttype == "DATE" and reference_is_period:
            value = _counted_from_period(cand, value, reference_value)
        elif cand.rule == "quarter":
            value = quarters.named(cand, value)
        end = cand.end
        if cand.rule == "ago" and ttype == "DURATION":  # "Ten minutes later": the signal out
            end = cand.match.start("dir")
            end -= len(text[cand.start : end]) - len(text[cand.start : end].rstrip())
        if joined is not None:  # "Friday, Oct. 23": the date gives the value
            end = joined.end
            other = _safe_normalise(joined, dct, reference, way)
            if other is not None and _DAY_VALUE.match(other[1]):  # "9pm Friday evening" too
                day = _year_of_weekday(cand, joined, other[1][:10], dct)
                value = day + value[value.index("T") :] if "T" in value else day
        narrative.update(joined or cand, ttype, value, sentence, _dates_main_verb(token))
        anchor = tn.anchor_of(value[:10]) if ttype in ("DATE", "TIME") else None
        if (
            anchor is not None
            and cand.rule not in ("deictic", "clock")
            and direction != PAST_OR_SOON
            and not _plan_of_noun(anchor, published, token)
        ):
            reference = anchor  # not a noun's day ("left for the Easter break"): no scene set
            told = anchor if published is None or anchor <= published else told
            anchored = True
        if ttype == "DATE" and value[:1].isdigit() and not _is_comparison(cand):
            reference_value = value
            # a year, a month or a season, not a quarter ("a year earlier" after a quarter is
            # that quarter a year before, which `same_period` gives)
            reference_is_period = PERIOD.fullmatch(value) is not None
        quarters.remember(cand, ttype, value)
        found.append(_Found(_start_of(cand), end, cand.rule, ttype, value, mod))
    one_day_per_phrase(text, found)
    weekday_of_its_week(text, found)
    counted_to_its_date(text, found)
    return [item.record(text) for item in found]


_QUARTER = re.compile(r"\d{4}-[QH]\d")


class _Quarters:
    """The quarters (or halves) a report has named, for "Sales in the latest period" (the
    last one it reported on, which need not be the last completed before publication) and
    "Results for that quarter" (the last one named, a year-ago one included)."""

    def __init__(self) -> None:
        self.reported = ""
        self.last = ""

    def remember(self, cand: TimexMatch, ttype: str, value: str) -> None:
        if ttype != "DATE" or not _QUARTER.fullmatch(value):
            return
        self.last = value
        if not _is_comparison(cand) and cand.rule != "sameperiod":
            self.reported = value

    def named(self, cand: TimexMatch, value: str) -> str:
        what = " ".join((cand.group("what") or "").lower().split())
        if what == "that quarter":
            return self.last or value
        if what in ("the latest period", "the most recent period"):
            return self.reported or value
        return value


_DATES_IN_NAMES = {"mdy", "dmy", "my"}


def _accepted(doc: Doc, found: list[TimexMatch]) -> list[TimexMatch]:
    """The candidates the vetoes let through, less the parts of a month and year the vetoes
    took for a name: its year alone is no date of its own either."""
    kept, named = [], []
    for cand in found:
        if acceptable(doc, cand):
            kept.append(cand)
        elif cand.rule in _DATES_IN_NAMES:
            named.append((cand.start, cand.end))
    return [
        c
        for c in kept
        if not any(s <= c.start and c.end <= e and e - s > c.end - c.start for s, e in named)
    ]


def _counted_from_nothing(
    cand: TimexMatch, result: tuple[str, str, str | None]
) -> tuple[str, str, str | None]:
    """ "A year later, the firm went bankrupt" with no day named before: a stretch from an
    event the text has not dated (TimeML's duration), not a year after the publication date;
    "a year earlier" stays a date ("up from $4 million a year earlier": the year before)."""
    amount = number_of(cand.group("num"))
    if cand.group("dir").lower() not in ("later", "after") or amount is None:
        return result
    unit = tn.unit_code(cand.group("unit"))
    return "DURATION", tn.duration_value(amount, "W" if unit == "WE" else unit), result[2]


def _start_of(cand: TimexMatch) -> int:
    """Where the expression starts: "the" before a count made an adjective ("the 30-day
    period", "the two day rally") is the noun's, not the time's."""
    if cand.rule != "duration" or cand.group("rel") or cand.group("mod"):
        return cand.start
    if cand.match.group("t")[:4].lower() != "the ":
        return cand.start
    unit = cand.group("unit").lower()
    joined = cand.match.string[cand.match.start("unit") - 1] == "-"
    if joined or (not unit.endswith("s") and number_of(cand.group("num")) not in (1, None)):
        return cand.match.start("num")
    return cand.start


def _partner_year(text: str, cand: TimexMatch) -> int | None:
    """ "October and November 2010": a month or month-day without a year takes the year of
    the one it is paired with."""
    if cand.rule not in ("month", "mdy", "dmy") or cand.group("year") or cand.group("rel"):
        return None
    paired = PARTNER_YEAR.match(text, cand.end)
    return int(paired["year"]) if paired else None


def _year_or_month_before(cand: TimexMatch, value: str, reference_value: str) -> str:
    """ "A 1984 cable ... a report from the same year": "that year", "the following year"
    and "the same month" count from the last year or month the text named, not the
    publication date (with none named, the value stays)."""
    rel = " ".join(cand.group("rel").lower().split())
    what = cand.group("what").lower()
    offset = ANAPHOR_OFFSET.get(rel)
    if offset is None or not re.match(r"\d{4}", reference_value):
        return value
    year = int(reference_value[:4])
    if what == "year":
        return f"{year + offset:04d}"
    if what == "month" and re.match(r"\d{4}-\d\d", reference_value):
        return _months_on(reference_value, offset)  # "the following month" after "May 2020"
    return value


_THAT = re.compile(r"\bthat\s+$", re.I)


def _that_month(value: str, found: list[_Found], reference_value: str) -> str:
    """ "Earlier that October": the October the text last named ("on October 24, 2001"),
    else the month in the year the text last named, not the one before the article date."""
    month = value[4:7]
    for item in reversed(found):
        if item.value[4:7] == month and re.match(r"\d{4}-\d\d", item.value):
            return item.value[:4] + month
    return reference_value[:4] + month if re.match(r"\d{4}", reference_value) else value


_WEEKDAY_SLIP_DAYS = 45
PERIOD = re.compile(r"\d{4}(?:-\d\d|-SP|-SU|-FA|-WI)?")  # a year, a month, a season


def _year_of_weekday(weekday: TimexMatch, joined: TimexMatch, day: str, dct: date | None) -> str:
    """ "Sunday, Nov. 5" with no year: the year next to the one read whose Nov. 5 is a
    Sunday, when the one read is not (the weekday is part of the date); not when the one
    read lies within weeks of the article date, where the weekday is the writer's slip
    ("the early hours of Wednesday, September 16" in a report of September 20)."""
    if weekday.rule != "weekday" or joined.group("year") or not weekday.group("wd"):
        return day
    if dct is not None and abs((date.fromisoformat(day) - dct).days) <= _WEEKDAY_SLIP_DAYS:
        return day
    named = WEEKDAYS[weekday.group("wd").lower()]
    read = date.fromisoformat(day)
    if read.isoweekday() == named:
        return day
    for year in (read.year - 1, read.year + 1):
        try:
            other = read.replace(year=year)
        except ValueError:  # February 29
            continue
        if other.isoweekday() == named:
            return other.isoformat()
    return day


def _months_on(month_value: str, months: int) -> str:
    """ "2020-05" moved by `months`: "2020-06" for 1."""
    first = date(int(month_value[:4]), int(month_value[5:7]), 1)
    return tn.at_granularity(tn.shift_months(first, months), "M")


def _counted_from_period(cand: TimexMatch, value: str, reference_value: str) -> str:
    """ "Two years later" after "in 2020" (a named year, no day to count from): 2022, not two
    years after the publication date; "three months earlier" after "May 2020": 2020-02."""
    way = cand.group("dir").lower()
    amount = number_of(cand.group("num"))
    unit = tn.unit_code(cand.group("unit"))
    if way not in ("later", "earlier", "after", "before") or amount is None or amount % 1:
        return value
    sign = 1 if way in ("later", "after") else -1
    if unit == "Y":
        return f"{int(reference_value[:4]) + sign * int(amount):04d}"
    if unit == "M" and re.fullmatch(r"\d{4}-\d\d", reference_value):
        return _months_on(reference_value, sign * int(amount))
    if unit in ("W", "D", "WE"):
        return _weeks_from_period(reference_value, sign * int(amount), unit) or value
    return value


def _weeks_from_period(reference_value: str, amount: int, unit: str) -> str | None:
    """ "Three weeks later" after "in March 2021": a day the text cannot name, counted from
    the middle of the period, at the period's granularity (2021-04), not weeks after the
    publication date."""
    covered = tn.interval(reference_value)
    if covered is None:
        return None
    first, last = covered
    moved = first + (last - first) / 2 + timedelta(days=amount * (1 if unit == "D" else 7))
    return tn.at_granularity(moved, "Y" if re.fullmatch(r"\d{4}", reference_value) else "M")


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    rule: str
    type: str
    value: str
    mod: str | None

    def record(self, text: str) -> Timex:
        interval = tn.interval(self.value) if self.type in ("DATE", "TIME") else None
        return Timex(
            span=Span(self.start, self.end, text[self.start : self.end]),
            type=self.type,
            value=self.value,
            mod=self.mod,
            begin=interval[0].isoformat() if interval else None,
            end=interval[1].isoformat() if interval else None,
        )


# Between a clock time and its day in one phrase: "9:59 p.m. local time on Tuesday",
# "Tuesday at 9:59 p.m.", "yesterday, around 3 p.m."
_CLOCK_THEN_DAY = re.compile(
    r"\s*(?:\(?(?i:local time)\)?|\(?[A-Z]{2,4}\)?)?\s*,?\s*(?:(?i:on)\s+(?:the\s+)?)?$"
)  # the zone in capitals: "9 p.m. EST on Friday", not "9 p.m. and on Friday"
_DAY_THEN_CLOCK = re.compile(
    r"\s*,?\s*(?:at|around|about|shortly after|shortly before|just after|just before|from|by)?\s*$",
    re.IGNORECASE,
)
_DAY_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)(?:T[A-Z]{2})?$")


_WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d)$")


def weekday_of_its_week(text: str, found: list[_Found]) -> None:
    """ "On Tuesday last week": the Tuesday of the week named right after it, not the one
    the tense alone would pick."""
    for item, following in pairwise(found):
        week = _WEEK_VALUE.match(following.value)
        if item.rule != "weekday" or week is None or text[item.end : following.start] != " ":
            continue
        day = _DAY_VALUE.match(item.value)
        if day is None:
            continue
        weekday = date.fromisoformat(day[1]).isoweekday()
        named = date.fromisocalendar(int(week[1]), int(week[2]), weekday).isoformat()
        item.value = named + item.value[10:]


_APPOSITION = re.compile(r",\s(?:in|on)\s")
_DATED_RULES = {"mdy", "dmy", "my", "year", "iso"}


def counted_to_its_date(text: str, found: list[_Found]) -> None:
    """ "Nine months earlier, in May 2002, ...": a count from an event the text then dates
    itself is that date, whatever the count was read against."""
    for item, following in pairwise(found):
        if (
            item.rule == "ago"
            and item.type == "DATE"
            and following.rule in _DATED_RULES
            and following.value[:4].isdigit()
            and _APPOSITION.fullmatch(text[item.end : following.start])
        ):
            item.value = following.value


def one_day_per_phrase(text: str, found: list[_Found]) -> None:
    """A clock time takes the day named in its own phrase: "at 9:59 p.m. local time on
    Tuesday" is Tuesday at 21:59, whatever day the narrative was on before."""
    for index, item in enumerate(found):
        if item.rule != "clock" or "T" not in item.value:
            continue
        neighbours = []
        if index + 1 < len(found):
            following = found[index + 1]
            if _CLOCK_THEN_DAY.fullmatch(text[item.end : following.start]):
                neighbours.append(following)
        if index > 0:
            previous = found[index - 1]
            if _DAY_THEN_CLOCK.fullmatch(text[previous.end : item.start]):
                neighbours.append(previous)
        for other in neighbours:
            day = _DAY_VALUE.match(other.value) if other.rule != "clock" else None
            if day is not None:
                item.value = day[1] + item.value[item.value.index("T") :]
                break


def _with_joined(
    text: str, chosen: list[TimexMatch]
) -> Iterator[tuple[TimexMatch, TimexMatch | None]]:
    """Each candidate with the one it joins into a single expression, if any."""
    index = 0
    while index < len(chosen):
        cand = chosen[index]
        following = chosen[index + 1] if index + 1 < len(chosen) else None
        if following is not None and _joins(text, cand, following):
            yield cand, following
            index += 2
        else:
            yield cand, None
            index += 1


def _safe_normalise(
    cand: TimexMatch, dct: date | None, ref: date | None, direction: str
) -> tuple[str, str, str | None] | None:
    try:
        return normalise(cand, dct, ref, direction)
    except (ValueError, OverflowError):  # a date outside the calendar ("900 centuries ago")
        return None


def _is_comparison(cand: TimexMatch) -> bool:
    """ "A year earlier", "the year-ago quarter" point back; they are not a new period."""
    return cand.rule == "ago" or "year-" in (cand.group("what") or "")


def _joins(text: str, first: TimexMatch, second: TimexMatch) -> bool:
    """A clock time directly followed by its day ("10 a.m. Friday", "5 p.m. EST, Nov. 9"),
    or a weekday by its date ("Friday, Oct. 23")."""
    if first.rule == "weekday" and second.rule in ("mdy", "dmy") and not first.group("part"):
        return bool(re.fullmatch(r",?\s{1,2}(?:the\s)?", text[first.end : second.start]))
    if first.rule != "clock" or second.rule not in ("weekday", "mdy", "deictic", "dmy"):
        return False
    return bool(re.fullmatch(r",?\s{1,2}", text[first.end : second.start]))


def _head_token(doc: Doc, cand: TimexMatch) -> Token | None:
    span = tokens_of(doc, cand)
    return span.root if span is not None and len(span) else None


def _counted_from(
    cand: TimexMatch,
    direction: str,
    reference: date | None,
    told: date | None,
    published: date | None,
) -> date | None:
    """The day a count is read from: the narrative's day, except for a past event counted
    back from a day still ahead ("registration opens on December 1 ... had dissolved
    parliament a day earlier"), which counts from the last day the story was on before."""
    if (
        cand.rule == "ago"
        and direction in PASTWARD
        and published is not None
        and reference is not None
        and reference > published
        and cand.group("dir").lower() in ("earlier", "before")
    ):
        return told
    return reference


def _plan_of_noun(day: date, published: date | None, token: Token | None) -> bool:
    """ "may boycott the April 2 poll": a day still ahead that names the noun it comes before
    sets no scene; "Noon saw the rally's arrival" after it is still the publication day's
    ("her first stop Tuesday morning ... later in the day" is that Tuesday)."""
    return (
        published is not None
        and token is not None
        and day > published
        and token.dep_ in ("compound", "nmod", "amod", "poss")
        and token.head.i > token.i
    )


def _dates_main_verb(token: Token | None) -> bool:
    """Whether an expression dates a clause of its sentence ("On July 6, 2021, the court
    heard ...", "police said the fraud began on July 6, 2021") rather than a noun or a
    relative clause ("charged over the May 2, 2019, bombing", "a program approved in 1987"):
    only the first sets the scene for what follows."""
    if token is None or token.head.i == token.i:
        return False  # a date standing alone: a dateline, a headline
    current = token.head
    for _ in range(6):
        if current.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return False
        if current.pos_ in ("VERB", "AUX") or current.tag_.startswith("VB"):
            return current.dep_ not in ("relcl", "acl", "amod")
        if current.head.i == current.i:
            return False
        current = current.head
    return False
