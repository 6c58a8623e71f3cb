"""Time expressions, normalised to TIMEX3 values against the article date.

Recognition is a set of compiled patterns run once over the text
(:mod:`timex_patterns`); spaCy's tokens then veto what the patterns cannot judge
alone ("may" the modal, "Sunday" inside "The Sunday Times", a number that counts
troops rather than years, anything in furniture). Values are resolved against the
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.extract.common import doc_text, touches_furniture
from newsledger.extract.extensions import PARSED, register_extensions
from newsledger.extract.timex import normalise as tn
from newsledger.extract.timex.anchoring import Narrative
from newsledger.extract.timex.data import word_list
from newsledger.extract.timex.direction import PAST_OR_SOON, direction_of
from newsledger.extract.timex.patterns import (
    PARTNER_YEAR,
    WEEKDAYS,
    TimexMatch,
    candidates,
    resolve_overlaps,
)
from newsledger.extract.timex.values import ANAPHOR_OFFSET, normalise, number_of, same_period
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


_ENTITY_VETO = {"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "GPE", "EVENT", "NORP"}
_RATE_BEFORE = {"times", "once", "twice", "million", "billion", "thousand", "hundred",
                "percent", "%", "trillion", "cents", "miles", "kilometers", "barrels"}  # fmt: skip
_ADJ_VETO = {"account", "accounts", "affairs", "events", "generation", "generations", "flow",
             "flows", "contract", "contracts", "tense", "trading", "delivery", "deliveries",
             "electric", "electrical", "liabilities", "assets", "yield", "price", "prices",
             "market", "markets", "study", "studies", "research", "survey", "report",
             "reports"}  # fmt: skip
_YEAR_BEFORE_VETO = {"$", "#", "no", "no.", "number", "route", "flight", "model", "room"}


def find_timexes(doc: Doc, narrative_anchoring: bool = True) -> list[Timex]:
    """All time expressions in the doc, in text order, with values.

    Walks the expressions in order, carrying the narrative's current day (``reference``,
    for "two days later" and bare clock times), its last named period (``reference_value``,
    for "a year earlier" after "the third quarter") and its reference time
    (:class:`Narrative`: the publication date, or the date a retold story set; without
    ``narrative_anchoring``, always the publication date).
    """
    text = doc_text(doc)  # spaCy joins the tokens on every doc.text; the cached copy
    chosen = resolve_overlaps([c for c in candidates(text) if _acceptable(doc, c)])
    published: date | None = doc._.published
    narrative = Narrative(published, enabled=narrative_anchoring)
    parsed = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    sentences = {sent.start: i for i, sent in enumerate(doc.sents)} if parsed else {}
    found: list[_Found] = []
    reference = published
    reference_value = ""
    reference_is_period = False  # the last named date is a year or a month, not a day
    for cand, joined in _with_joined(text, chosen):
        token = _head_token(doc, cand)
        direction = direction_of(cand, _tokens(doc, cand), token)
        sentence = sentences.get(token.sent.start, 0) if token is not None else 0
        dct, way = narrative.dct_for(cand, direction, sentence)
        before = text[max(0, cand.start - 12) : cand.start]
        result = _safe_normalise(cand, dct, reference, way)
        if dct != published and (result is None or not narrative.takes(result[1], sentence)):
            dct, way = published, direction  # not part of the story: read it as news
            result = _safe_normalise(cand, dct, reference, way)
        if result is not None and narrative.misdated(cand, direction, result[1]):
            retry = _safe_normalise(cand, narrative.background, reference, "nearest")
            if retry is not None and narrative.takes_background(retry[1], sentence):
                result = retry  # a past event the text dated earlier, not a future one
        if result is None:
            continue
        ttype, value, mod = result
        known = narrative.known_year(cand, before, found[-1].value if found else "")
        partner = _partner_year(text, cand)
        known = partner if partner is not None else known
        if known is not None and re.match(r"\d{4}-", value):
            value = f"{known:04d}{value[4:]}"
        value = same_period(doc, cand, value, reference_value)
        if cand.rule == "anaphor" and ttype == "DATE":
            value = _year_or_month_before(cand, value, reference_value)
        elif cand.rule == "season" and (cand.group("rel") or "").lower() == "that":
            value = reference_value[:4] + value[4:] if reference_value[:1].isdigit() else value
        elif cand.rule == "theyear" and ttype == "DATE" and reference_value[:1].isdigit():
            value = reference_value[:4]  # "a loss in the fourth quarter and for the year"
        elif cand.rule == "ago" and ttype == "DATE" and reference_is_period:
            value = _counted_from_period(cand, value, reference_value)
        end = cand.end
        if joined is not None:  # "Friday, Oct. 23": the date gives the value
            end = joined.end
            other = _safe_normalise(joined, dct, reference, way)
            if other is not None and re.match(r"\d{4}-\d\d-\d\d$", other[1]):
                day = _year_of_weekday(cand, joined, other[1], dct)
                value = day + value[value.index("T") :] if "T" in value else day
        narrative.update(joined or cand, ttype, value, sentence, _dates_main_verb(token))
        anchor = tn.anchor_of(value[:10]) if ttype in ("DATE", "TIME") else None
        if (
            anchor is not None
            and cand.rule not in ("deictic", "clock")
            and direction != PAST_OR_SOON
        ):
            reference = anchor  # not a noun's day ("left for the Easter break"): no scene set
        if ttype == "DATE" and value[:1].isdigit() and not _is_comparison(cand):
            reference_value = value
            # a year, a month or a season, not a quarter ("a year earlier" after a quarter is
            # that quarter a year before, which `same_period` gives)
            reference_is_period = PERIOD.fullmatch(value) is not None
        found.append(_Found(cand.start, end, cand.rule, ttype, value, mod))
    one_day_per_phrase(text, found)
    return [item.record(text) for item in found]


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
    return value


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


def _tokens(doc: Doc, cand: TimexMatch) -> SpacySpan | None:
    return doc.char_span(cand.start, cand.end, alignment_mode="expand")


def _head_token(doc: Doc, cand: TimexMatch) -> Token | None:
    span = _tokens(doc, cand)
    return span.root if span is not None and len(span) else None


def _acceptable(doc: Doc, cand: TimexMatch) -> bool:
    """What the patterns cannot judge alone: furniture, names, modal "may", counts."""
    span = _tokens(doc, cand)
    if span is None or not len(span) or touches_furniture(span):
        return False
    if cand.rule in _NAMED_RULES and any(t.ent_type_ in _ENTITY_VETO for t in span):
        return False  # "The Sunday Times", "Theresa May"
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    veto = _VETOES.get(cand.rule)
    return veto is None or not veto(cand, span, before, after)


Veto = Callable[[TimexMatch, SpacySpan, Token | None, Token | None], bool]


def _month_veto(
    cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None
) -> bool:
    last = span[-1]
    if last.tag_ == "MD":
        return True
    return (
        last.text == "May"
        and after is not None
        and (after.tag_ in ("VB", "PRP", "RB") or after.lower_ in ("be", "have", "not"))
    )


def _year_veto(
    cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None
) -> bool:
    """A four-digit number that counts, labels or prices something is not a year."""
    if before is not None and (before.lower_ in _YEAR_BEFORE_VETO or before.text == "$"):
        return True
    fiscal = "fiscal" in cand.match.group("t").lower()
    if (
        after is not None
        and after.tag_ == "NNS"
        and not fiscal
        and not _names_a_year(before, after)
    ):
        return True  # "2000 workers"
    if after is not None and after.text in (":", "-"):
        return True
    if span[-1].like_num and span[-1].ent_type_ in ("MONEY", "CARDINAL", "QUANTITY"):
        if (
            after is not None
            and after.tag_ == "NN"
            and after.lower_ not in word_list("count_units")
        ):
            return False  # "a crewed 2024 moon mission": only "one" counts a singular noun
        return before is None or before.lower_ not in ("in", "since", "of", "by", "until")
    return False


def _names_a_year(before: Token | None, after: Token) -> bool:
    """ "its 2030 emissions", "on 2005 levels", "their 2015 convictions": a possessive does
    not count, and some nouns are dated rather than counted."""
    if after.lower_ in word_list("year_nouns"):
        return True
    return before is not None and before.lower_ in word_list("year_determiners")


def _spelled_veto(
    cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None
) -> bool:
    if not cand.group("decade"):
        return False
    # "the sixties" is a decade; "in her sixties" is an age
    no_article = not cand.match.group("t").lower().startswith("the")
    return no_article or (before is not None and before.lower_ in ("her", "his", "their"))


def _rate_veto(
    cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None
) -> bool:
    """ "a year" is a rate (SET) only after an amount: "$5 million a year", "twice a day"."""
    return before is None or not (
        before.like_num or before.lower_ in _RATE_BEFORE or before.tag_ == "NNS"
    )


def _season_veto(
    cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None
) -> bool:
    if cand.group("year") is not None:
        return False
    if any(t.ent_type_ in _ENTITY_VETO for t in span):
        return True  # "the Winter Olympics", "the Arab Spring"
    words = cand.match.group("t").lower().split()
    if len(words) == 1 and (before is None or before.lower_ not in _SEASON_BEFORE):
        return not _bare_season(span, before)
    if words[-1] == "fall" and after is not None and after.lower_ in ("in", "of"):
        return True  # "the fall in CD sales", "the fall of the regime": a decline, no season
    return words[-1] == "fall" and span[-1].pos_ == "VERB"


def _bare_season(span: SpacySpan, before: Token | None) -> bool:
    """ "spring shows signs of hope", "their autumn meetings", "the summer recess": a season
    named alone is one when it is a noun of its own, not a name ("the Arab Spring", "Donna
    Summer"), a generic one ("a hot summer") or "fall" (mostly a decline)."""
    word = span[0]
    if word.lower_ == "fall" or word.pos_ not in ("NOUN", "PROPN"):
        return False
    if before is None:
        return True
    if before.lower_ in ("a", "an") or before.pos_ == "PROPN":
        return False
    # "the parliamentary summer recess": the adjective is the recess's
    return before.pos_ != "ADJ" or word.dep_ in ("compound", "nmod")


def _ref_veto(cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None) -> bool:
    if cand.group("adj"):  # "current" as in "the current leader", not "current account"
        if after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return True
        return after.lower_ in _ADJ_VETO or span[-1].pos_ not in ("ADJ", "PROPN", "NOUN")
    word = (cand.group("word") or "").lower()
    return word == "the past" and after is not None and after.like_num


def _duration_veto(
    cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None
) -> bool:
    text = cand.match.group("t").lower()
    if re.search(r"\ban? second$", text):  # "a second consecutive day": an ordinal
        return True
    if (
        "quarter" in text
        and after is not None
        and after.lower_ == "of"
        and not _IN_A_ROW.search(text)
    ):
        return True  # "three-quarters of the vote": a fraction; not "two straight quarters of"
    if after is not None and after.lower_ == "old":
        return True  # an age
    return bool(re.search(r"-(?:year|month|week|day)$", text)) and (
        after is not None and after.text == "-"
    )


_IN_A_ROW = re.compile(r"\b(?:consecutive|straight|successive)\b")


def _day_veto(cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None) -> bool:
    """ "the day" is a date where a report closes or counts it: "ended the day", "for the day"."""
    if cand.group("fuzz"):
        return False
    return before is None or before.lower_ not in _DAY_BEFORE


# Nouns a date names rather than dates: "the March 14 coalition", "the 6 April movement".
_DATE_NAMED_GROUPS = frozenset({"coalition", "alliance", "movement", "bloc", "camp", "group"})


def _named_group_veto(
    cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None
) -> bool:
    """A month-day that names a political group is no date ("the anti-Syrian March 14
    coalition"), nor is one in a run of names before such a noun ("March 14 government
    coalition")."""
    if cand.group("year") is not None or after is None:
        return False
    return any(t.lower_ in _DATE_NAMED_GROUPS for t in span.doc[after.i : after.i + 2])


def _shortyear_veto(
    cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None
) -> bool:
    return before is None or before.lower_ not in ("since", "in", "of", "until", "from", "by")


def _weekday_veto(
    cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None
) -> bool:
    return before is not None and before.lower_ in _NAMED_DAYS  # "Black Monday"


_DAY_BEFORE = {"end", "ended", "ending", "ends", "finish", "finished", "finishing", "for",
               "during", "start", "started", "starting", "close", "closed", "closing"}  # fmt: skip
_NAMED_RULES = {"month", "weekday", "mdy", "my", "rel", "dmy"}
_SEASON_BEFORE = {"in", "this", "last", "next", "during"}
_NAMED_DAYS = {"black", "super", "good", "bloody", "ash", "palm"}


def _deictic_veto(
    cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None
) -> bool:
    """ "USA Today", "the Today show": a capitalised "Today" after a name or before "show"
    inside a sentence is a title, not the report's day."""
    first = span[0]
    if not first.is_title or first.is_sent_start or len(span) > 1:
        return False
    named_before = before is not None and before.pos_ == "PROPN" and before.text[:1].isupper()
    return named_before or (after is not None and after.lower_ in ("show", "programme", "program"))


_US = {"america", "america's", "american", "u.s.", "us", "usa", "states", "nation", "nation's"}


def _holiday_veto(
    cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None
) -> bool:
    """ "Cuba's Independence Day", "Israeli Independence Day": another country's own day,
    not the Fourth of July the holiday table knows."""
    if not cand.group("name").startswith("Independence") or before is None:
        return False
    owner = span.doc[before.i - 1] if before.tag_ == "POS" and before.i > 0 else before
    named = owner.ent_type_ in ("GPE", "NORP") or (owner.is_title and owner.pos_ == "PROPN")
    return named and owner.lower_ not in _US


_VETOES: dict[str, Veto] = {
    "deictic": _deictic_veto,
    "month": _month_veto,
    "year": _year_veto,
    "spelled": _spelled_veto,
    "rate": _rate_veto,
    "season": _season_veto,
    "ref": _ref_veto,
    "duration": _duration_veto,
    "weekday": _weekday_veto,
    "day": _day_veto,
    "mdy": _named_group_veto,
    "dmy": _named_group_veto,
    "shortyear": _shortyear_veto,
    "holiday": _holiday_veto,
}


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
