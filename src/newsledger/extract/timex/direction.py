"""Which way a relative expression points: from the tense of its verb and from cue words.

"Sunday" in "they met on Sunday" is the one before the article date, in "they will meet on
Sunday" the one after. Cue words can override the tense: "ahead of Friday's election" is the
coming Friday even in a past-tense sentence ("voters queued"), because a report says "ahead
of" an event still to come; "after Friday's vote" has happened.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.timex.data import word_list

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "going"}
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
    via_for = False
    for _ in range(5):
        via_for = via_for or (current.dep_ == "prep" and current.lower_ == "for")
        if current.pos_ in ("VERB", "AUX") or current.tag_.startswith("VB"):
            aux = [c for c in current.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in _FUTURE_AUX for a in aux) or current.lower_ in _FUTURE_AUX:
                return "future"
            if any(a.tag_ == "MD" for a in aux) and not any(a.lower_ == "have" for a in aux):
                return "present"  # "should be completed in October": not yet done
            lemma = current.lemma_.lower()
            if current.tag_ == "VBN" and (
                lemma in _SCHEDULING or (lemma in _SCHEDULING_WITH_FOR and via_for)
            ):
                if any(a.tag_ == "VBD" for a in aux):
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
                if any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in aux):
                    return "present"  # "is held in May": not told as past
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
