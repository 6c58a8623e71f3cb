"""Words a timex rule cannot match without: a substring test on the lower-cased text
skips the rule's regex over a text that lacks them.

Python's regexes try a pattern with optional leading parts ("early", "the", "about") at
every word boundary, so each rule costs a pass over the text even when it finds nothing;
a substring search (``in``) is many times cheaper. A gate is a tuple of groups, each a
tuple of words; every group must have one of its words in the lower-cased text, or the
rule cannot match (each word is a literal every match of the rule contains). An empty
gate always runs the rule. The gates only skip work: the matches are the rule's own.
"""

from __future__ import annotations

Gate = tuple[tuple[str, ...], ...]

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_FULL_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNITS = (
    "second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter",
    "year", "decade", "centur", "millenni",
)  # fmt: skip
_PLURAL_UNITS = ("years", "months", "weeks", "decades", "days", "hours", "minutes")
_PARTS = ("morning", "afternoon", "evening", "night")
_NOW = ("now", "current", "present", "these days", "recent", "lately", "the past", "future",
        "time being")  # fmt: skip
_PERIODS = (
    "the end of", "the start of", "the beginning of", "the middle of", "year-end", "year end",
    "year's end", "year\u2019s end",
    "er in th",
    "fiscal year", "the full year", "term",
)  # fmt: skip
_HOLIDAYS = (
    "christmas", "new year's", "thanksgiving", "halloween", "easter", "independence day",
    "valentine's day",
)  # fmt: skip

# (rule name, gate), in the order of patterns.RULES (a test checks the names line up)
GATES: list[tuple[str, Gate]] = [
    ("clock", (("am", "pm", "a.m", "p.m"),)),
    ("clock", ((":",),)),
    ("clock", (("gmt", "utc"),)),
    ("clock", (("noon", "midnight", "midday"),)),
    ("clock", (_PARTS,)),
    ("iso", (("-",),)),
    ("slash", (("/",),)),
    ("shortyear", (("'",),)),
    ("mdy", (_MONTHS,)),
    ("mdy", (_MONTHS,)),
    ("mdy", (_MONTHS,)),
    ("dmy", (_MONTHS,)),
    ("my", (_MONTHS,)),
    ("month", (_FULL_MONTHS,)),
    ("rel", (("this", "last", "next", "past", "coming"),)),
    ("rel", (("current",),)),
    ("deictic", (("today", "tonight", "yesterday", "tomorrow"),)),
    ("weekday", (_WEEKDAYS,)),
    ("anaphor", (("that", "the"), ("day", "week", "month", "year", *_PARTS))),
    ("anaphor", (("previous", "preceding", "prior", "following", "next"), _WEEKDAYS)),
    (
        "ago",
        (
            _UNITS,
            ("ago", "earlier", "later", "before", "after", "previously", "from now", "hence"),
        ),
    ),
    ("quarter", (("quarter", "half"),)),
    ("sameperiod", (("same", "corresponding", "comparable"), ("year",))),
    ("quarter", (("quarter", "half"),)),
    ("quarter", (("quarter", "year-", "latest period", "recent period"),)),
    ("anaphor", (("weekend",),)),
    ("part", (_PARTS,)),
    ("day", (("day",),)),
    ("duration", (_UNITS,)),
    (
        "duration",
        (
            ("past", "last", "next", "coming", "previous", "following", "latest"),
            ("week", "month", "year", "decade", "century", "quarter", "day", "hour", "minute"),
        ),
    ),
    ("vague", (_PLURAL_UNITS,)),
    ("vague", (("s-long",),)),
    ("vague", (("over the",),)),
    ("ref", (("recent", "coming", "few"), _PLURAL_UNITS)),
    ("ref", (("current",),)),
    ("ref", (_NOW,)),
    ("ref", (("soon",),)),
    ("set", (("every", "each"),)),
    ("set", (("daily", "weekly", "monthly", "annual", "yearly", "hourly", "nightly"),)),
    ("rate", (("year", "month", "week", "day", "hour", "minute", "night"),)),
    ("decade", (("0s", "0's"),)),
    ("decade", (("0s",),)),
    ("decade", (("0s",),)),
    ("decade", (("0s",),)),
    ("century", (("century",),)),
    ("year", ()),
    ("season", (("spring", "summer", "autumn", "winter", "fall"),)),
    ("spelled", (("nineteen", "twenty", "two thousand"),)),
    ("spelled", (("ties",),)),
    ("period", (_PERIODS,)),
    ("theyear", (("the year", "fiscal year", "financial year", "entire year", "whole year"),)),
    ("holiday", (_HOLIDAYS,)),
]

# Non-ASCII letters a case-blind regex matches to an ASCII one ("ſ" to "s", "ı" and "İ" to
# "i", the Kelvin sign to "k") that lower-casing does not turn into it: with one in the
# text, a gate's word could be missing from the lower-cased text yet matched, so none apply.
_CASE_FOLDS = ("\u017f", "\u0131", "\u0130", "\u212a")


def gated_text(text: str) -> str | None:
    """The text the gates test (lower-cased), or None when they must not be trusted."""
    if any(c in text for c in _CASE_FOLDS):
        return None
    return text.lower()


def passes(gate: Gate, lowered: str | None) -> bool:
    """False only when the rule cannot match: a group with none of its words in the text."""
    if lowered is None:
        return True
    return all(any(word in lowered for word in group) for group in gate)
