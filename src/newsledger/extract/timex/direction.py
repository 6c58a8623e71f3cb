"""Which way a relative expression points: from the tense of its verb and from cue words.

"Sunday" in "they met on Sunday" is the one before the article date, in "they will meet on
Sunday" the one after. Cue words can override the tense: "ahead of Friday's election" is the
coming Friday even in a past-tense sentence ("voters queued"), because a report says "ahead
of" an event still to come; "after Friday's vote" has happened.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsledger.extract.timex.data import word_list
from newsledger.extract.timex.patterns import TimexMatch

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "going"}
# A past clause about a noun's event ("told clients of a cutback in September", "as Easter
# week began"): the event is the noun's, and may still be ahead, though not by much.
PAST_OR_SOON = "past or soon"
PASTWARD = ("past", PAST_OR_SOON)
# Participles that put what they date ahead: "scheduled for May", "planned for early April".
_SCHEDULING = {"schedule", "plan", "slate", "timetable"}
_SCHEDULING_WITH_FOR = {
    "set",
    "earmark",
    "pencil",
    "book",
    "fix",
}  # "set for May", not "set in May"


def tense(token: Token) -> str:
    """past, future, present or nearest: the tense of the verb governing a time expression
    ("scheduled before" for "was scheduled for": ahead for a month, either way for a weekday).

    "future" needs a future auxiliary ("will", "'ll", "going to"); "present" is a base or
    present form ("votes Tuesday", "to meet Monday"), which in news mostly looks ahead, or
    one under another modal ("should be completed"; "should have been" is past).
    """
    current = token
    via_for = via_noun = False
    for _ in range(5):
        via_for = via_for or (current.dep_ == "prep" and current.lower_ == "for")
        via_noun = via_noun or (current.i != token.i and current.pos_ in ("NOUN", "PROPN"))
        if (current.pos_ in ("VERB", "AUX") or current.tag_.startswith("VB")) and not (
            _participle_as_noun(current)
        ):
            aux = [c for c in current.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in _FUTURE_AUX for a in aux) or current.lower_ in _FUTURE_AUX:
                return "future"
            if current.tag_ in ("VB", "VBN") and any(a.tag_ == "TO" for a in aux) and not via_noun:
                return _infinitive(current)
            if any(a.tag_ == "MD" for a in aux) and not any(a.lower_ == "have" for a in aux):
                return "present"  # "should be completed in October": not yet done
            lemma = current.lemma_.lower()
            if current.tag_ == "VBN" and (
                lemma in _SCHEDULING or (lemma in _SCHEDULING_WITH_FOR and _for(current, via_for))
            ):
                if any(a.tag_ == "VBD" for a in aux) or _in_past_clause(current, aux):
                    return "scheduled before"  # "was set for April"; a weekday: either way
                return "future"  # "elections scheduled for May"
            if current.tag_ == "VBD" and lemma in _SCHEDULING and token.i > current.i:
                return "scheduled before"  # "they planned a rally on Saturday": either way;
                # "On Friday, the government planned to ..." dates the planning
            if current.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
                return "past"
            if any(a.lower_ in ("has", "have", "had", "'ve") for a in aux):
                return "past"
            if current.tag_ == "VBN":
                if any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP", "VBG") for a in aux):
                    return "present"  # "is held in May", "being held in December": not past
                return "past"
            if current.tag_ == "VBG" and not aux and current.dep_ == "ROOT":
                return _told_in(current.sent)  # a participle as the root: a misparse
            if current.tag_ in ("VB", "VBZ", "VBP", "VBG"):
                return "present"
            return "nearest"
        if current.head.i == current.i:
            break
        current = current.head
    return _told_in(token.sent)  # no verb above it: a headline, or a verb the parser missed


def _participle_as_noun(token: Token) -> bool:
    """ "faces a 20 percent cut in supply": the small tagger calls "cut" a past participle
    although it is the object; a bare participle in a noun's place is a noun. So is a
    present form as an object ("denied on Sunday media reports that ...": "reports" tagged
    VBZ), which a finite verb with no subject of its own cannot be."""
    if token.tag_ in ("VBZ", "VBP"):
        return token.dep_ in ("dobj", "pobj") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children
        )
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )


def _infinitive(verb: Token) -> str:
    """ "is to resume trading Tuesday", "is scheduled to close Monday": an infinitive that a
    time expression dates directly, under a present or future verb (or none), looks ahead;
    under a past one ("tried to flee on Tuesday") it may have happened, and under a noun
    ("a ruling to return the boy by Jan. 14") it tells no time: both stay "present" (the
    nearest)."""
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return "past"  # "is said to have crashed Saturday"
    if verb.head.i == verb.i:
        return "future"
    governor = verb.head
    if verb.dep_ not in ("xcomp", "ccomp", "advcl", "conj") or any(
        c.tag_ == "TO" for c in governor.children
    ):
        return "present"  # "a ruling to ...", "ways to get around ... to return ...": too far
    if governor.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in governor.children
    ):
        return "present"  # "forcing the channel to go off air on Thursday": a participle
    told = tense(governor)
    if told == "scheduled before":
        return told
    return "future" if told in ("present", "future") else "present"


def _for(participle: Token, via_for: bool) -> bool:
    """ "set for May", or "a summit set for Washington in April": a "for" on the participle."""
    return via_for or any(c.dep_ == "prep" and c.lower_ == "for" for c in participle.children)


def _in_past_clause(participle: Token, aux: list[Token]) -> bool:
    """ "a memorial planned for Saturday was cancelled": a reduced relative in a past clause
    tells a plan that was made before, not one still ahead."""
    return (
        not aux
        and participle.dep_ == "acl"
        and participle.head.i != participle.i
        and tense(participle.head) == "past"
    )


def _told_in(sentence) -> str:
    """ "In February, Trump rescinded guidance ... saying": the small parser made "saying"
    the root and "rescinded" a modifier; a past-tense verb anywhere, or a past participle
    right after a name (a verb the parser took for an adjective), tells the sentence past."""
    for token in sentence:
        if token.tag_ == "VBD":
            return "past"
        before = token.doc[token.i - 1] if token.i > sentence.start else None
        if (
            token.tag_ == "VBN"
            and token.dep_ == "amod"
            and before is not None
            and before.pos_ in ("PROPN", "PRON")
            and before.whitespace_
        ):
            return "past"
    return "nearest"


def cue(doc: Doc, start: int) -> str | None:
    """ "future", "past", "around" (the nearest) or "deadline" (ahead unless told in the
    past) when a cue phrase ends right before token ``start`` ("ahead of Friday's vote",
    "since Monday", "until Friday", "by Sunday"), else None."""
    words = [t.lower_ for t in doc[max(0, start - 4) : start]]
    if start > 0 and doc[start - 1].lower_ in ("the", "this"):
        words = words[:-1]  # "until the Friday"
    for size in (4, 3, 2, 1):
        if len(words) < size:
            continue
        phrase = " ".join(words[-size:])
        if phrase in word_list("ahead"):
            return "future"
        if phrase in word_list("behind"):
            return "past"
        if phrase in word_list("around"):
            governor = doc[start - size].head  # "postponed until Tuesday"
            return "future" if governor.lemma_.lower() in word_list("deferral") else "around"
        if phrase in word_list("deadline"):
            return "deadline"
    return None


def dates_a_noun(token: Token) -> bool:
    """Whether a time expression modifies a noun rather than a verb: "a visit in September",
    "Easter week" (through prepositions, not through a verb), whose event the noun phrase
    does not itself tell as past ("the Easter attack that killed nine") nor counts."""
    current = token
    for _ in range(3):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in ("NOUN", "PROPN"):
            if _scene_of_verb(current):
                return False  # "At a conference in January, the judge said"
            return not any(
                (c.dep_ in ("relcl", "acl") and tense(c) == "past") or c.dep_ == "nummod"
                for c in current.children
            )  # "shown 72 times in October": a count, not an event
        if current.dep_ != "prep":
            return False
    return False


def _scene_of_verb(noun: Token) -> bool:
    """ "at a conference", "in the vote": a noun that is where (or when) a verb's event took
    place, not an event of its own."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("at", "in", "during", "on")
        and prep.head.i != prep.i
        and prep.head.pos_ in ("VERB", "AUX")
    )


def scene_of_past(weekday: Token) -> bool:
    """ "In Tuesday's speech the Pope quoted ...": the day's event is where a past clause
    took place (under "in", "at", "during"), so the day is past; "voters queued for Friday's
    election" names an event the clause looks to (the nearest day)."""
    noun = weekday.head
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("in", "at", "during")
        and prep.head.i != prep.i
        and tense(prep.head) == "past"
    )


_CUED_RULES = {"weekday", "clock", "mdy", "dmy", "month", "holiday"}
# The kind of expression, where it changes what a tense means: a day ("Friday", "9 a.m."), a
# month or holiday (an event a noun names may lie ahead), anything else.
_KIND = {"weekday": "day", "clock": "day", "month": "month", "holiday": "month"}

# A cue read under the tense of its verb, where the tense changes it; any other pair is the
# cue as it is ("ahead of Friday's vote" is ahead whatever the tense).
_CUE_BY_TENSE: dict[tuple[str, str], str] = {
    ("around", "future"): "future",  # "banks will stay shut until Tuesday": not the one past
    ("past", "future"): "nearest",  # "will begin work after the Christmas holiday"
}
# A tense read for a kind of expression, where the tense is not itself the direction.
_TENSE_BY_KIND: dict[tuple[str, str], str] = {
    ("scheduled before", "day"): "around",  # "a hearing that was scheduled for Tuesday night"
    ("scheduled before", "month"): "future",  # "a summit that was set for April"
    ("scheduled before", "other"): "future",
}
# The words that make a deadline's day a modifier ("by the Tuesday deadline"), not the deadline
_MODIFIER_DEPS = ("poss", "compound", "nmod")


def direction_of(cand: TimexMatch, span: Span | None, token: Token | None) -> str:
    """The way a relative expression (its tokens ``span``, headed by ``token``) points: a
    cue phrase before it ("ahead of Friday's vote") over the tense of its verb; a weekday
    that names an event's day ("Friday's vote") without a cue is the nearest one ("around"),
    whatever the tense of the sentence."""
    if token is None:
        return "nearest"
    kind = _KIND.get(cand.rule, "other")
    if cand.rule in _CUED_RULES and span is not None:
        # a clock time's cue is its day's: "until 9 a.m. Tuesday"
        pointed = cue(token.doc, span.start)
        if pointed == "deadline":  # "due by Sunday"; "had left by Sunday"
            if kind == "day" and span[-1].dep_ not in _MODIFIER_DEPS:
                return _deadline(span, token)
            pointed = None  # "by Jan. 14", "by the Tuesday deadline": as the sentence tells
        if pointed is not None:
            return _CUE_BY_TENSE.get((pointed, tense(token)), pointed)
        if cand.rule == "weekday" and span[-1].dep_ == "poss":
            return "past" if scene_of_past(span[-1]) else "around"
    told = tense(token)
    if told == "past" and kind == "month" and dates_a_noun(token):
        return PAST_OR_SOON
    return _TENSE_BY_KIND.get((told, kind), told)


def _deadline(span: Span, token: Token) -> str:
    """A day as a deadline ("by Sunday") is past when told in the past ("had left by
    Sunday") or fronted in a clause not in the future ("By late Sunday, reports indicate
    ..."), a past scene; ahead otherwise."""
    doc = token.doc
    told = tense(token)
    fronted = doc[span.start - 1].is_sent_start or (
        span.start > 1 and doc[span.start - 2].is_sent_start  # "By late Sunday,"
    )
    return "past" if told == "past" or (fronted and told != "future") else "future"
