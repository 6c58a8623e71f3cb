"""Recognition of time expressions: one compiled regular expression per rule.

Each rule's match has a group ``t``, the span a TimeML annotator would mark (the
preposition in "on Sunday" stays out; "a year ago" and "the past two months" stay whole).
The regexes run once over the whole text (in C), so recognition costs little next to
the parser. Month and weekday names are matched case-sensitively ("may", "march" are
verbs in lower case); everything else ignores case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsledger.extract.timex.gates import GATES, gated_text, passes

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "half a": 0.5, "a half": 0.5,
}  # fmt: skip
VAGUE_NUMBERS = {"several", "a few", "few", "many", "some", "numerous", "a number of"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip

_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH_ANY = rf"(?P<mon>{_MONTH_FULL}|{_MONTH_ABBR}|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
# What follows a month or month-day that shares the year of its partner: "October and
# November 2010", "between March 3 and April 9, 2021", "in August and September of 2004".
PARTNER_YEAR = re.compile(
    rf"\s*(?:,|and|or|to|through|until|-|\u2013)\s*(?:(?:early|mid|late)[- ]?\s*)?"
    rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})(?:\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)?,?\s+"
    r"(?:of\s+)?(?P<year>1[6-9]\d\d|20\d\d)\b"
)
YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_REL_YEAR = r"\s+(?:of\s+)?(?P<rel>last|this|next)\s+year"  # "April 6 last year"
_UNITS = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|"
    r"quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))"
)
UNIT = rf"(?P<unit>{_UNITS})"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUM = (
    rf"(?P<num>(?:\d{{1,3}}(?:\.\d+|\s+1/2)?|{_TENS}(?:[- ]{_ONES})?|a hundred|a couple of|"
    r"couple of|a dozen|a few|a number of|half a|eleven|twelve|thirteen|fourteen|fifteen|"
    rf"sixteen|seventeen|eighteen|nineteen|ten|{_ONES}|hundred|several|few|many|some|numerous|"
    r"an|a)(?:\s+and\s+a\s+half)?)"
)
_FUZZ = r"(?P<fuzz>early|earlier|late|later|mid|middle of|the middle of|the end of|the start of|the beginning of|end of|start of|beginning of)"
# Words that bound a count, kept in its extent with a TIMEX3 mod; "only" and "just" stress it
# and stay out, as TimeML marks them ("only five hours", "just a decade ago").
MOD_WORDS = (
    r"(?P<mod>about|around|approximately|roughly|some|nearly|almost|more than|less than|"
    r"fewer than|over|under|at least|at most|up to|no more than|just over|just under|"
    r"barely|well over|close to)"
)
# "last" the adjective, not the verb ("is expected to last two weeks": "two weeks")
_VERB_LAST_BEFORE = ("to", "will", "would", "could", "may", "might", "can", "should", "must",
                     "not", "'ll")  # fmt: skip
_LAST = "last" + "".join(rf"(?<!\b{w}\slast)" for w in _VERB_LAST_BEFORE)
_PART = r"(?P<part>morning|afternoon|evening|night|overnight)"
_SEASON = r"(?P<season>spring|summer|autumn|winter|fall)"

# A clock time's zone, in capitals: "EST", "ET", "GMT", "BST", "CEST" ...
_ZONE = r"(?-i:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|WES?T|IST|JST|AE[SD]T)"

# (name, pattern): the order breaks ties between candidates of equal length.
_RULES: list[tuple[str, str]] = [
    # 3:30 p.m. EST, 10 a.m., 14:58 UTC, 0800 GMT, noon
    (
        "clock",
        rf"(?i:\b(?P<t>(?:(?P<mod>about|around|approximately|shortly after|shortly before|just after|just before|after|before)\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|a\.m|p\.m|am\b|pm\b)(?:\s+(?P<tz>{_ZONE})\b)?))",
    ),
    (
        "clock",
        rf"\b(?P<t>(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?:\s+(?P<tz>{_ZONE})\b)?)(?![:\d])",
    ),
    ("clock", r"\b(?P<t>(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)\s+(?P<tz>GMT|UTC))\b"),
    ("clock", r"(?i:\b(?P<t>(?P<word>noon|midnight|midday)))\b"),
    (
        "clock",
        r"(?i:\bat\s+(?P<t>(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?(?:\s+o'clock)?\s+in\s+the\s+(?P<inpart>morning|afternoon|evening|night)))\b",
    ),
    # 2008-03-01, 3/1/2008
    ("iso", r"\b(?P<t>(?P<y>1[6-9]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d))\b"),
    (
        "slash",
        r"\b(?P<t>(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)?\d\d))\b(?!/)",
    ),
    ("shortyear", r"(?<![\w'])(?P<t>'(?P<yy>\d\d))\b(?!s)"),
    # March 1, 2008 / Nov. 17 / 1 March 2008 / the 1st of March
    ("mdy", rf"\b(?P<t>{MONTH_ANY}\s+{DAY}(?:,?\s+{YEAR}|{_REL_YEAR})?)\b(?![,.]?\d)"),
    # September the 11th, May the 4th
    ("mdy", rf"\b(?P<t>{MONTH_ANY}\s+the\s+{DAY}(?:,?\s+{YEAR})?)\b(?![,.]?\d)"),
    # the second day of "July 9 and 10", "Oct. 3-5"
    (
        "mdy",
        rf"\b{MONTH_ANY}\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:and|or|&|to|through|-|\u2013)\s*(?P<t>{DAY})\b(?![,.]?\d|\s*(?:%|percent))(?!\s+(?!(?:in|at|on|and|to|for|of|the|this|last|next|when|as|with|after|before|by|from)\b)[a-z])",
    ),
    (
        "dmy",
        rf"\b(?P<t>(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH_ANY}(?:,?\s+{YEAR}|{_REL_YEAR})?)(?![\w])",
    ),
    # February 2022 / early May 2008 / July last year
    (
        "my",
        rf"(?i:\b(?P<t>(?:{_FUZZ}[- ]?\s*)?(?-i:{MONTH_ANY}),?\s+(?:of\s+)?(?:{YEAR}|(?P<rel>last|this|next) year)))\b",
    ),
    # May / in early August / mid-November
    ("month", rf"(?i:\b(?P<t>(?:{_FUZZ}[- ]?\s*)?(?-i:(?P<mon>{_MONTH_FULL}))))\b(?!\s+\d)"),
    # this week, last May, next Friday, early next year, later this month
    (
        "rel",
        rf"(?i:\b(?P<t>(?:{_FUZZ}[- ]?\s*)?(?P<rel>this|last|next|this past|this coming|past|coming)\s+(?P<what>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|(?-i:{_MONTH_FULL})|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))))\b",
    ),
    # the current year, the current month
    (
        "rel",
        r"(?i:\b(?P<t>(?:the\s+)?(?P<rel>current)\s+(?P<what>week|month|year|quarter|decade|century)))\b(?!-)",
    ),
    # today, yesterday morning, tonight, late yesterday
    (
        "deictic",
        rf"(?i:\b(?P<t>(?:{_FUZZ}\s+)?(?P<word>today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow)(?:\s+{_PART})?))\b",
    ),
    # Sunday, on Friday night, late Tuesday, Sundays
    ("weekday", rf"\b(?P<t>(?:(?i:{_FUZZ})\s+)?{WEEKDAY}(?P<plural>s)?(?:\s+(?i:{_PART}))?)\b"),
    # that day, the next day, the following week, the day before
    (
        "anaphor",
        rf"(?i:\b(?P<t>(?:{_FUZZ}\s+)?(?P<rel>that|the same|the next|the following|the previous|the preceding|the prior)\s+(?P<what>day|week|weekend|month|year|morning|afternoon|evening|night)))\b",
    ),
    # the previous Friday, the following Monday: a week's day next to the narrative's day
    (
        "anaphor",
        rf"\b(?P<t>(?i:(?P<rel>the\s+(?:previous|preceding|prior|following|next)))\s+{WEEKDAY.replace('wd', 'what')})\b",
    ),
    # a year ago, two days later, about five years earlier
    (
        "ago",
        rf"(?i:\b(?P<t>(?:{MOD_WORDS}\s+)?{NUM}[- ]{UNIT}(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before(?=\s*[,.;)])|after(?=\s*[,.;)])|previously|from now|hence)))\b",
    ),
    # the third quarter (of 2008), third-quarter, the first half
    (
        "quarter",
        rf"(?i:\b(?P<t>(?:the\s+(?:fiscal[- ])?(?=\w+\s))?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?P<what>quarter|half)(?:\s+of\s+(?:(?:fiscal\s+)?{YEAR}|(?P<rel>this|last|next|the) year))?))\b(?!-|\s+of\s+(?:the|a|an|this|that|its|his|her|their)\b)",
    ),
    # the same period a year before: "the same month last year", "the corresponding quarter a
    # year earlier" (the period the text last named, a year back)
    (
        "sameperiod",
        r"(?i:\b(?P<t>the\s+(?:same|corresponding|comparable)\s+(?P<what>period|month|quarter|half|week)\s+(?:of\s+)?(?:last\s+year|the\s+(?:previous|prior|preceding|last)\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before)|the\s+year\s+before)))\b",
    ),
    # the year first: "the 2019 third quarter", "last year's fourth quarter"
    (
        "quarter",
        rf"(?i:\b(?P<t>(?:the\s+)?(?:{YEAR}|(?P<rel>this|last|next)\s+year['\u2019]s)\s+(?:fiscal[- ])?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?P<what>quarter|half)))\b(?!-)",
    ),
    (
        "quarter",
        r"(?i:\b(?P<t>(?P<what>the (?:(?:latest|current|most recent|same|year-earlier|year-ago)\s+)?quarter|(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period))?|(?:the (?:latest|most recent) period|that quarter)(?!\s+of\b))))(?![\w-])",
    ),
    ("anaphor", r"(?i:\b(?P<t>(?P<rel>the)\s+(?P<what>weekend)))\b"),
    # (continued) into the morning, in the evening: a part of the narrative's day
    (
        "part",
        r"(?i:\b(?:(?P<into>into)|in|during|through|throughout|until|till)\s+(?P<t>the\s+(?P<part>morning|afternoon|evening|night)))\b(?!\s+(?:of|before|after|when|that)\b)",
    ),
    # (ended) the day, late in the day: the day the narrative is on
    (
        "day",
        r"(?i:\b(?P<t>(?:(?P<fuzz>late|early|later|earlier|(?P<edge>the\s+(?:start|end|beginning|close)\s+of))\s+(?(edge)|in\s+))?the\s+day))\b(?(fuzz)|(?!\s+(?:before|after|of|when|that|he|she|they|it|we|I)\b))",
    ),
    # the past two months, more than three years, the first nine months, two-year, 24-hour
    (
        "duration",
        rf"(?i:\b(?P<t>(?:(?!over\s+the\b){MOD_WORDS}\s+)?(?:the\s+)?(?:(?P<rel>past|{_LAST}|next|coming|first|final|previous|following|latest|entire|whole|full|same|remaining|other|initial)\s+)?{NUM}(?:\s+more|\s+additional|\s+straight|\s+consecutive|\s+successive)?(?:\s+(?P<kind>trading|business|working))?[- ]{UNIT}))(?![\w-])",
    ),
    (
        "duration",
        rf"(?i:\b(?P<t>(?:(?!over\s+the\b){MOD_WORDS}\s+)?the\s+(?P<rel>past|last|next|coming|previous|following|latest)\s+(?P<unit>week|weekend|month|year|decade|century|quarter|day|hour|minute)))\b",
    ),
    # for years, within hours, in recent months, in the coming weeks
    (
        "vague",
        r"(?i:\b(?:for|within|in|over|after|took|take|takes|taken|lasted|last|spent|spend|than)\s+(?:(?:just|only|mere)\s+)?(?P<t>(?P<unit>years|months|weeks|decades|days|hours|minutes)))\b(?!\s+(?:of|and|before|after|ago|earlier|later))",
    ),
    ("vague", r"(?i:\b(?P<t>(?P<unit>years|months|weeks|decades|days|hours)))-long\b"),
    # over the years, over the decades: a stretch of time up to the narrative's
    (
        "vague",
        r"(?i:\b(?P<t>over\s+the\s+(?P<unit>years|decades|months|centuries)))\b(?!\s+(?:of|before|since|to|from|\d))",
    ),
    (
        "ref",
        r"(?i:\b(?P<t>(?P<word>recent|coming|upcoming|next few|past few|last few)\s+(?P<unit>years|months|weeks|days|decades|hours)))\b",
    ),
    # now, recently, the future
    ("ref", r"(?i:\b(?P<t>(?P<adj>current)))\b(?!\s*-)"),
    (
        "ref",
        r"(?i:\b(?P<t>(?P<word>now|currently|nowadays|presently|these days|more recently|recently|lately|the past|the future|the near future|the foreseeable future|the distant future|the time being)))\b(?!\s*-)",
    ),
    # soon, very soon, as soon as possible (not the conjunction "as soon as he left", nor
    # "soon after", which a clause or an event anchors, nor "too soon to say")
    (
        "ref",
        r"(?i:(?<!\bas\s)(?<!\btoo\s)(?<!\bso\s)(?<!\bhow\s)\b(?P<t>(?P<word>as soon as possible|(?:very\s+)?soon)))\b(?!-|\s+(?:after|afterwards|thereafter|as|enough|to\s+be)\b)",
    ),
    # every Sunday, each year, every two weeks
    (
        "set",
        rf"(?i:\b(?P<t>(?:every|each)\s+(?:other\s+)?(?:{NUM}\s+)?(?P<what>{_UNITS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|{_MONTH_FULL}|spring|summer|autumn|winter)))\b",
    ),
    (
        "set",
        r"(?i:\b(?P<t>(?P<word>daily|weekly|monthly|annually|annual|yearly|hourly|nightly|biweekly|biannual|semiannual|semi-annual)))\b(?!-)",
    ),
    ("rate", r"(?i:\b(?P<t>(?:a|an|per)\s+(?P<unit>year|month|week|day|hour|minute|night)))\b"),
    # the 1990s, the '90s, early 1980s
    ("decade", rf"(?i:\b(?P<t>(?:the\s+)?(?:{_FUZZ}[- ]?\s*)?(?P<dec>1[5-9]\d0|20[0-9]0)'?s))\b"),
    ("decade", rf"(?i:(?P<t>(?:the\s+)?(?:{_FUZZ}[- ]?\s*)?'(?P<dd>\d)0s))\b"),
    # "cars of the 70s and 80s" (not "in the 70s", a temperature, an age or a share)
    (
        "decade",
        r"(?i:\b(?:of|since|from|during|until|through)\s+the\s+(?P<t>(?P<dd>[2-9])0s))\b",
    ),
    ("decade", r"(?i:\bthe\s+[2-9]0s\s+(?:and|or|to|through)\s+(?P<t>(?P<dd>[2-9])0s))\b"),
    (
        "century",
        rf"(?i:\b(?P<t>(?:the\s+)?(?:{_FUZZ}[- ]?\s*)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[- ]century))\b",
    ),
    # 1998, fiscal 1989, mid-2024, late 2006
    (
        "year",
        rf"(?i:\b(?P<t>(?:{_FUZZ}[- ]?\s*)?(?:(?:fiscal(?: year)?|FY|the year)\s*)?{YEAR}))\b(?![-/]\d|,\d|\.\d|\s*(?:%|percent))",
    ),
    # the summer of 2008, last fall, in the spring
    (
        "season",
        rf"(?i:\b(?P<t>(?:the\s+)?(?:{_FUZZ}[- ]?\s*)?(?:(?P<rel>upcoming|coming|that)\s+)?{_SEASON}(?:\s+(?:of\s+)?{YEAR}|(?:\s+(?:holiday|holidays|vacation|travel|tourist|tourism|festival|recess|break))?\s+season)?))\b",
    ),
    # nineteen ninety-six, the year two thousand (transcripts spell years out)
    (
        "spelled",
        rf"(?i:\b(?P<t>(?:the year\s+)?(?P<hi>nineteen|twenty)[- ](?P<lo>(?:{_TENS})(?:[- ]{_ONES})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ]{_ONES})|(?:the year\s+)?(?P<k>two thousand(?:\s+(?:and\s+)?(?:{_ONES}|ten|eleven|twelve))?)))\b(?!\s+(?:years|people|dollars|troops))",
    ),
    (
        "spelled",
        r"(?i:\b(?P<t>(?:the\s+)?(?P<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))\b",
    ),
    # year-end, the end of the month, the fiscal year, the near term
    (
        "period",
        r"(?i:\b(?P<t>(?P<fuzz>the end of|the start of|the beginning of|the middle of|earlier in|later in)\s+(?:the|this)\s+(?P<what>year|month|week|decade|century)|(?P<ye>year-end|year end|year['\u2019]s end)|the (?:latest |current |full |)fiscal year|the full year|the near term|the short term|the long term))\b",
    ),
    # for the year, the first nine months of the year, the year ended Sept. 30 (a report's
    # year: this one, or twelve months up to a day)
    (
        "theyear",
        r"(?i:\b(?:for|during|through|throughout|in|into|until|by|over|(?:months|weeks|days|quarters?|half|rest|remainder|part|balance)\s+of)\s+(?P<t>the\s+(?:(?:fiscal|financial|entire|whole)\s+)?year)\b(?P<to>\s+(?:ended|ending|to)\s)?)(?!['\u2019-]|\s+(?:of|in which|when|that|since|before|after|ago|earlier|\d)\b)",
    ),
    (
        "holiday",
        r"\b(?P<t>(?P<name>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|Thanksgiving(?: Day)?|Halloween|Easter(?: Sunday)?|Independence Day|Valentine's Day))\b",
    ),
]

RULES: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(p)) for name, p in _RULES]


def number_of(text: str | None) -> float | None:
    """The number a duration counts ("two" -> 2, "twenty-five" -> 25); None when vague."""
    if not text:
        return None
    text = text.lower().strip()
    half = 0.0
    if text.endswith("and a half"):
        text, half = text[: -len("and a half")].strip(), 0.5
    if text in VAGUE_NUMBERS:
        return None
    if text.endswith(" 1/2"):
        text, half = text[:-4].strip(), 0.5
    try:
        return float(text) + half
    except ValueError:
        pass
    if text in NUMBERS:
        return NUMBERS[text] + half
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]] + half
    return None


@dataclass(slots=True)
class TimexMatch:
    start: int
    end: int
    rule: str
    match: re.Match[str]
    priority: int

    def group(self, name: str) -> str | None:
        try:
            return self.match.group(name)
        except IndexError:
            return None


def candidates(text: str) -> list[TimexMatch]:
    """Every rule's matches; a rule whose gate the text fails cannot match and is skipped."""
    found = []
    lowered = gated_text(text)
    for priority, ((rule, pattern), (_, gate)) in enumerate(zip(RULES, GATES, strict=True)):
        if not passes(gate, lowered):
            continue
        for match in pattern.finditer(text):
            start, end = match.span("t")
            if end > start:
                found.append(TimexMatch(start, end, rule, match, priority))
    return found


def resolve_overlaps(candidates: list[TimexMatch]) -> list[TimexMatch]:
    """Longest first; among equals, the earlier rule. Kept candidates never overlap."""
    kept: list[TimexMatch] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if any(cand.start < end and cand.end > start for start, end in taken):
            continue
        kept.append(cand)
        taken.append((cand.start, cand.end))
    return sorted(kept, key=lambda c: c.start)
