"""What the timex patterns cannot judge alone, judged on spaCy's tokens: furniture, names
("The Sunday Times", "Theresa May", "the Arab Spring"), the modal "may", numbers that count
or label rather than date ("2000 workers", "flight 1549"), seasons that are generic, a
"fall" that is a decline. One veto per recognition rule; a candidate a veto rejects is
dropped before values are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.extract.common import touches_furniture
from newsledger.extract.timex.data import word_list
from newsledger.extract.timex.patterns import TimexMatch

_ENTITY_VETO = {"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "GPE", "EVENT", "NORP"}
_RATE_BEFORE = {"times", "once", "twice", "million", "billion", "thousand", "hundred",
                "percent", "%", "trillion", "cents", "miles", "kilometers", "barrels"}  # fmt: skip
_ADJ_VETO = {"account", "accounts", "affairs", "events", "generation", "generations", "flow",
             "flows", "contract", "contracts", "tense", "trading", "delivery", "deliveries",
             "electric", "electrical", "liabilities", "assets", "yield", "price", "prices",
             "market", "markets", "study", "studies", "research", "survey", "report",
             "reports"}  # fmt: skip
_YEAR_BEFORE_VETO = {"$", "#", "no", "no.", "number", "route", "flight", "model", "room"}


def tokens_of(doc: Doc, cand: TimexMatch) -> SpacySpan | None:
    """The tokens a candidate covers (widened to whole tokens)."""
    return doc.char_span(cand.start, cand.end, alignment_mode="expand")


def acceptable(doc: Doc, cand: TimexMatch) -> bool:
    """What the patterns cannot judge alone: furniture, names, modal "may", counts."""
    span = tokens_of(doc, cand)
    if span is None or not len(span) or touches_furniture(span):
        return False
    if cand.rule in _NAMED_RULES and any(t.ent_type_ in _vetoing(cand) for t in span):
        return False  # "The Sunday Times", "Theresa May"
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    veto = _VETOES.get(cand.rule)
    return veto is None or not veto(cand, span, before, after)


Veto = Callable[[TimexMatch, SpacySpan, Token | None, Token | None], bool]


def _vetoing(cand: TimexMatch) -> set[str]:
    """The entity types that make a candidate a name. A whole date with its year stays a
    date inside an event's name, as TimeML marks it ("the Aug. 7, 1998, bombings", "the
    September 14, 2003 memo", which the small model calls an EVENT)."""
    if cand.rule in ("mdy", "dmy") and cand.group("year"):
        return _ENTITY_VETO - {"EVENT"}
    return _ENTITY_VETO


def _month_veto(
    cand: TimexMatch, span: SpacySpan, before: Token | None, after: Token | None
) -> bool:
    last = span[-1]
    if last.tag_ == "MD":
        return True
    if last.text != "May" or after is None:
        return False
    if after.tag_ in ("VB", "PRP", "RB") or after.lower_ in ("be", "have", "not"):
        return True
    return len(span) == 1 and _surname_told(span, after)


def _surname_told(span: SpacySpan, after: Token) -> bool:
    """ "Elizabeth May announced ... May came in second": a bare "May" that acts (a finite
    verb or a possessive after it) in a text that has named a person "... May" is her."""
    if after.tag_ not in ("VBD", "VBZ", "VBP", "MD", "POS"):
        return False
    return any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == "May" and e.end <= span.start
        for e in span.doc.ents
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
    if word.dep_ == "compound" and word.head.dep_ == "compound":
        return False  # "a winter fuel allowance": part of a thing's name
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
    if re.search(r"\b(?:a|one)\s+quarter$", text) and (
        before is None or before.lower_ not in _BEFORE_A_PERIOD
    ):
        return True  # "789, or about a quarter, of its dealers"; not "for a quarter"
    if after is not None and after.lower_ == "old":
        return True  # an age
    return bool(re.search(r"-(?:year|month|week|day)$", text)) and (
        after is not None and after.text == "-"
    )


_BEFORE_A_PERIOD = {"for", "in", "within", "over", "after", "during", "than", "per", "every",
                    "each"}  # fmt: skip
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
