"""When an event happened: a time of its own clause, never another clause's date.

"The rebels, in power since 2003, fought on Monday" is dated Monday; "offered to hand over
men suspected of a 1988 bombing" is not dated 1988; with no time given, a present perfect
or progressive ("has authorized", "are fighting") is news of the report's own day.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.candidate import Candidate
from newsledger.records import Timex

CALENDAR_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def after_publication(value: str | None, published: date | None) -> bool:
    """True if a calendar value (a year, month or day) lies wholly after the article's date."""
    if value is None or published is None or not CALENDAR_VALUE.match(value):
        return False
    return value > published.isoformat()[: len(value)]


def _clause_range(pred: Token) -> tuple[int, int]:
    tokens = list(pred.subtree)
    for teller in _telling_verbs(pred)[:1]:
        tokens += list(teller.subtree)  # "the summit will be held in July"
    tokens.sort(key=lambda t: t.i)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


# Verbs that say only that an event takes place: their time is the event's.
HAPPENING_VERBS = frozenset(
    "hold take start begin open resume end occur happen convene conclude close continue".split()
)


def _telling_verbs(noun: Token) -> list[Token]:
    """The verbs whose time is an event noun's own: the one it is the subject of when that
    verb only says it takes place ("the summit will be held in July", "talks begin on
    Monday"), or is scheduled ("the talks are due to start next week")."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = noun.head
    tellers = [verb] if verb.lemma_.lower() in HAPPENING_VERBS else []
    for holder in (verb, *(c for c in verb.children if c.dep_ == "acomp")):
        if holder.lower_ in lex.SCHEDULED:
            tellers += [holder, *(c for c in holder.children if c.dep_ == "xcomp")]
    return tellers


def event_time(doc: Doc, sent: SpacySpan, candidate: Candidate, timexes: list[Timex]) -> str | None:
    """The time of the event's own clause: a timex that modifies its predicate (or trigger)
    through no other clause. "The rebels, in power since 2003, fought on Monday" is dated
    Monday; "offered to hand over men suspected of a 1988 bombing" is not dated 1988."""
    in_sentence = [t for t in timexes if sent.start_char <= t.span.start < sent.end_char]
    low, high = _clause_range(candidate.predicate)
    anchor = candidate.trigger.idx
    own = [t for t in in_sentence if low <= t.span.start < high and _modifies(doc, t, candidate)]
    if own:
        return min(own, key=lambda t: (_bounds_a_state(doc, t), abs(t.span.start - anchor))).value
    published = doc._.published
    if published is not None and _news_of_the_day(candidate.predicate):
        return published.isoformat()
    return None


# Dependencies that open another clause or an argument phrase: a date below one of them
# belongs to that clause or phrase, not to the event ("in power since 2003").
OTHER_PHRASE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "attr", "relcl", "acl", "appos", "advcl", "ccomp",
     "xcomp", "conj", "csubj", "parataxis"}
)  # fmt: skip


def _modifies(doc: Doc, timex: Timex, candidate: Candidate) -> bool:
    """True if the timex hangs from the predicate or trigger through modifiers only."""
    span = doc.char_span(timex.span.start, timex.span.end, alignment_mode="expand")
    if span is None:
        return False
    targets = {candidate.predicate.i, candidate.trigger.i}
    targets |= {t.i for t in _telling_verbs(candidate.predicate)}
    for when in (c for c in candidate.predicate.children if c.lower_ in lex.SCHEDULED):
        # "the summit, due to take place on June 20": the date the summit is due on
        targets |= {when.i} | {c.i for c in when.children if c.dep_ == "xcomp"}
    governor = candidate.predicate
    while governor.dep_ == "xcomp" and governor.head.i != governor.i:
        governor = governor.head  # "began to ease ... in May": the date is the easing's
        targets.add(governor.i)
    current = span.root
    for _ in range(8):
        if current.i in targets:
            return True
        if current.head.i == current.i or (
            current.dep_ in OTHER_PHRASE_DEPS and current.head.i not in targets
        ):
            return False
        if current.dep_ in OTHER_PHRASE_DEPS and current.head.i in targets:
            return current.dep_ in ("dobj", "attr")  # "spent Monday", "Monday was the day"
        current = current.head
    return False


def _bounds_a_state(doc: Doc, timex: Timex) -> bool:
    """ "since 2003", "until May": the bound of a state, a date for the event only if no
    other is given."""
    before = doc.char_span(timex.span.start, timex.span.end, alignment_mode="expand")
    return (
        before is not None
        and before.start > 0
        and doc[before.start - 1].lower_ in ("since", "until", "till")
    )


def _news_of_the_day(pred: Token) -> bool:
    """Present perfect or progressive with no time given: the report's own day."""
    auxes = {c.lemma_ for c in pred.children if c.dep_ in {"aux", "auxpass"}}
    if pred.tag_ == "VBN" and "have" in auxes and not ({"would", "could", "should"} & auxes):
        return any(c.tag_ in {"VBZ", "VBP"} for c in pred.children if c.lemma_ == "have")
    return pred.tag_ == "VBG" and any(
        c.lemma_ == "be" and c.tag_ in {"VBZ", "VBP"} for c in pred.children
    )
