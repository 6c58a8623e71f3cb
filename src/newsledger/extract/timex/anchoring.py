"""The narrative's reference time: which date a relative expression is read against.

A news report mixes two kinds of passage. News sentences speak from the publication date
("on Tuesday", "in May"); narrative passages retell earlier events, and there a reader
takes "July 8" in the year the text last set explicitly ("the hearing began on July 6,
2021"). HeidelTime chooses one anchor per document (news: the publication date; narrative:
the last explicit date); here the choice is made per expression:

* an explicit date of a month or a day (it carries its year: "on July 6, 2021", "in March
  2019") that dates a clause, not a noun, becomes the narrative's anchor while the story
  goes on: for the next two sentences, and on from each expression read against it. A bare
  year does not: in news it is mostly a comparison or a label ("up from $5 billion in
  2000", "its 2019 results"), not a scene;
* a month, season, holiday or month-day without a year, in a past-tense (or verbless)
  clause, is read against that anchor when it lies away from the publication date;
  present and future clauses keep the publication date, and bring the narrative back to it;
* an expression counted from the publication date ("yesterday", "on Monday", "last week",
  "now") brings the narrative back to the present and clears the anchor;
* a month-day in a past clause that the news reading puts after the publication date is
  read against the last explicit past date even when that one dated a noun ("an arrest in
  March 2020 ... knelt on the man on March 25"), and the story goes on from there;
* a month-day the text gave with its year before ("Oct. 7, 2023") keeps that year when it
  comes back bare ("the Oct. 7 attacks"), and so does one after a possessive year ("last
  year's Oct. 7 attacks").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from newsledger.extract.timex.direction import PASTWARD
from newsledger.extract.timex.patterns import MONTHS, TimexMatch

# Rules whose value the anchor decides when the text gives no year.
NARRATIVE_RULES = {"mdy", "dmy", "month", "season", "holiday"}
# Rules counted from the publication date: they return the narrative to the present.
PRESENT_RULES = {"deictic", "weekday", "rel", "ref"}
_EXPLICIT_RULES = {"iso", "slash", "mdy", "dmy", "my"}
_AWAY_DAYS = 45  # an anchor this far from the publication date is a different time
_REACH = 2  # sentences a date stays the anchor without being used
_BACK_DAYS, _ON_DAYS = 45, 183  # how far a story looks back from its anchor, and goes on
# A past clause may date a day just ahead ("was distributed for the conference of December
# 12" in a report of December 9); only one weeks ahead is misdated.
_MISDATED_DAYS = 14
_POSSESSIVE = re.compile(r"['\u2019]s\s+(?:the\s+)?$")


@dataclass(slots=True)
class Narrative:
    """What the text has said about time so far, read in order."""

    published: date | None
    enabled: bool = True  # False: every expression is read against the publication date
    anchor: date | None = None  # the last explicit date, if away from the publication date
    anchor_sentence: int = -1
    years: dict[tuple[int, int], int] = field(default_factory=dict)  # (month, day) -> year
    background: date | None = None  # the last explicit date away in the past, even a noun's
    month: tuple[int, int, int] | None = None  # the last explicit month: (month, year, sentence)
    ahead: tuple[date, int] | None = None  # the last day named after the publication date

    def dct_for(self, cand: TimexMatch, direction: str, sentence: int) -> tuple[date | None, str]:
        """The date to resolve ``cand`` against, and the direction to look in from it: the
        publication date and the tense, or the narrative's anchor and "nearest" (then
        :meth:`takes` judges the value)."""
        if (
            self.anchor is None
            or not self.enabled
            or cand.rule not in NARRATIVE_RULES
            or cand.group("year")
            or cand.group("rel")
        ):
            return self.published, direction
        if direction not in (*PASTWARD, "nearest"):
            self.anchor = None  # "will join on March 12": the report is back in its present
            return self.published, direction
        if sentence - self.anchor_sentence > _REACH:
            self.anchor = None  # the story has not been taken up again: back to the news
            return self.published, direction
        return self.anchor, "nearest"

    def takes(self, value: str, sentence: int) -> bool:
        """Whether a value read against the anchor belongs to the story: a story moves on
        from the date it set and may look back a little (six months on, six weeks back);
        "November 20" read against "February 23, 2002" is neither, and is news. A story that
        goes on moves its anchor."""
        day = _first_day(value)
        if self.anchor is None or day is None:
            return False
        if not -_BACK_DAYS <= (day - self.anchor).days <= _ON_DAYS:
            return False
        self.anchor_sentence = sentence
        if len(value) == 10:
            self.anchor = day
        return True

    def misdated(self, cand: TimexMatch, direction: str, value: str) -> bool:
        """Whether a date without a year read as news lands after the publication date in a
        past clause ("the officer knelt on the man on March 25" in a January report): no
        reader takes it so when the text has set an earlier year ("an arrest in March
        2020"), even in a phrase dating a noun."""
        day = _first_day(value)
        return (
            self.enabled
            and self.background is not None
            and self.published is not None
            and direction in PASTWARD
            and cand.rule in NARRATIVE_RULES
            and not cand.group("year")
            and day is not None
            and (day - self.published).days > _MISDATED_DAYS
        )

    def takes_background(self, value: str, sentence: int) -> bool:
        """Whether a value read against the background date belongs to its story: `takes`
        with the background as the anchor, which it stays if so (the story goes on from it)."""
        previous, self.anchor = self.anchor, self.background
        if self.takes(value, sentence):
            return True
        self.anchor = previous
        return False

    def known_year(self, cand: TimexMatch, before: str, previous_value: str) -> int | None:
        """The year of a month-day the text has already given: the possessive year right
        before it ("last year's Oct. 7"), or an earlier mention of the same date with its year."""
        if (
            not self.enabled
            or cand.rule not in ("mdy", "dmy")
            or cand.group("year")
            or cand.group("rel")
        ):
            return None
        if self.published is not None and _month_day(cand) == (
            self.published.month,
            self.published.day,
        ):
            return None  # an anniversary: "on the 25th of April" in a report of April 25
        if _POSSESSIVE.search(before) and re.fullmatch(r"\d{4}", previous_value):
            return int(previous_value)
        return self.years.get(_month_day(cand))

    def month_told(self, cand: TimexMatch, direction: str, value: str, sentence: int) -> int | None:
        """The year of a past month-day that follows its month named with a year ("deaths in
        June of 2006 ... a June 16 kidnapping", even where that dated a noun), when the news
        reading puts it months before the publication date; one close to it is news
        ("the August 1988 cease-fire ... the invasion on Aug. 2" in a report of Aug. 15)."""
        day = _first_day(value)
        if (
            not self.enabled
            or self.month is None
            or self.published is None
            or day is None
            or direction not in PASTWARD
            or not _bare_month_day(cand)
        ):
            return None
        month, year, told = self.month
        if month != day.month or year == day.year or sentence - told > _REACH:
            return None
        return year if (self.published - day).days > _AWAY_DAYS else None

    def after_plan(self, cand: TimexMatch, direction: str, value: str, sentence: int) -> int | None:
        """The year of a month-day in a clause not told in the past that follows a day in a
        later year named just before ("will rise on January 1 next year, then again on July 1"
        in a July report): after that day, not this year's, which is past. A plan within the
        year does not move it ("arrives on December 9 ... events around December 1")."""
        day = _first_day(value)
        if (
            not self.enabled
            or self.ahead is None
            or self.published is None
            or day is None
            or direction in PASTWARD
            or not _bare_month_day(cand)
            or day >= self.published
            or self.ahead[0].year <= self.published.year  # the plan has reached next year
            or sentence - self.ahead[1] > 1
        ):
            return None
        later = _first_day(f"{day.year + 1:04d}{value[4:]}")
        return day.year + 1 if later is not None and later >= self.ahead[0] else None

    def update(self, cand: TimexMatch, ttype: str, value: str, sentence: int, main: bool) -> None:
        """Take in one resolved expression (``main``: whether it dates a clause, as a date
        that sets a scene does, rather than a noun: "charged in the Dec. 21, 1988, bombing")."""
        named = _first_day(value[:10]) if ttype in ("DATE", "TIME") else None
        if named is not None and self.published is not None and named > self.published:
            self.ahead = (named, sentence)
        if cand.rule in PRESENT_RULES:
            self.anchor = None
            return
        if ttype != "DATE" or cand.rule not in _EXPLICIT_RULES or not _has_year(cand):
            return
        if cand.rule in ("mdy", "dmy"):
            self.years[_month_day(cand)] = int(value[:4])
        day = _first_day(value)
        if day is None:
            return
        self.month = (day.month, day.year, sentence)
        if self.published is not None and (
            abs((day - self.published).days) <= _AWAY_DAYS or day > self.published
        ):
            self.anchor = None  # back to the present, or a plan: not a story told
            return
        self.background = day
        if not main:
            return
        self.anchor, self.anchor_sentence = day, sentence


def _has_year(cand: TimexMatch) -> bool:
    return bool(cand.group("year") or cand.group("y"))


def _month_day(cand: TimexMatch) -> tuple[int, int]:
    return MONTHS[cand.group("mon").lower().rstrip(".")], int(cand.group("day"))


def _first_day(value: str) -> date | None:
    """The day a value of a month or a day starts on ("2021-07", "2021-07-06")."""
    m = re.match(r"(\d{4})-(\d\d)(?:-(\d\d))?$", value)
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3] or 1))
    except ValueError:
        return None


def _bare_month_day(cand: TimexMatch) -> bool:
    """A month and day with no year and no "last year" of its own ("a June 16 kidnapping")."""
    return cand.rule in ("mdy", "dmy") and not cand.group("year") and not cand.group("rel")
