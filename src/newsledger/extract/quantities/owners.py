"""Whose a measured number is, and as of when: the owner and the time of a quantity's frame
(the candidate whose votes, the ship whose length, the place a partial toll is for)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.extract.common import doc_text
from newsledger.extract.quantities.frame_words import (
    PERSON_NOUNS,
    SUBJECTS,
    counted_noun,
    lemma,
    word_measure,
)
from newsledger.measures import is_tally
from newsledger.records import Timex

REPORT_NOUNS = frozenset("toll tally figure count update statement release bulletin report".split())
OWNER_PREPOSITIONS = frozenset("in across at for on".split())
NOT_PLACES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
PLACE_NOUNS = frozenset(
    "town city village province prefecture county region district state".split()
)
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def owner_of(
    span: Span, root: Token, measure: str, owner_token: Token | None
) -> tuple[int, int] | None:
    """Offsets of the owner: the token found with the measure, else a place the count is
    scoped to ("452 in Taroudant", "1,293 deaths in Al Haouz")."""
    if owner_token is not None and owner_token.tag_ not in ("PRP", "WDT", "WP", "DT"):
        return phrase(owner_token, after=span.end - 1)
    if not is_tally(measure):
        return None
    noun = root.head if root.dep_ in ("nummod", "quantmod") and counted_noun(root.head) else None
    if noun is not None and noun.lower_ not in PERSON_NOUNS and word_measure(noun) is None:
        return phrase(noun, after=span.end - 1)  # "three hikers" killed: not the whole toll
    heads = [root, root.head, root.head.head]
    heads += [c for c in root.head.children if c.dep_ in ("acl", "relcl")]  # "deaths reported at"
    for token in heads:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and is_place(place_name(obj)):
                    return phrase(place_name(obj))
    return None


def is_place(token: Token) -> bool:
    """A named place ("Taroudant", "Al Haouz province"); spaCy's small model often mistypes
    them, so a proper name or a noun with one is taken, not only GPE/LOC."""
    if token.ent_type_ in NOT_PLACES:
        return False
    if token.ent_type_ in PLACE_TYPES or token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children
    )


def place_name(token: Token) -> Token:
    """ "the town of Anamizu" -> Anamizu."""
    if lemma(token) in PLACE_NOUNS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "PROPN":
                    return obj
    return token


def phrase(token: Token, after: int = -1) -> tuple[int, int]:
    """The named entity or compound name around `token` ("Lai Ching-te", "container ship Dali")."""
    if token.ent_type_:
        doc = token.doc
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    doc, left = token.doc, token.i
    while left - 1 > after and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i <= token.i:
        left -= 1
    return doc[left].idx, token.idx + len(token)


def as_of_time(sentence: Span, timexes: list[Timex]) -> str | None:
    """A tally's time, when the sentence gives one: "as of Sunday", "by 10 pm", "a toll issued on
    Saturday at 10 pm". A bare date in the sentence is usually when it happened, not this."""
    doc = sentence.doc
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or not (
            sentence.start_char <= timex.span.start < sentence.end_char
        ):
            continue
        before = doc_text(doc)[
            max(sentence.start_char, timex.span.start - 12) : timex.span.start
        ].lower()
        if before.rstrip().endswith(("as of", "by", "until", "up to")):
            return timex.value
        first = doc.char_span(timex.span.start, timex.span.end, alignment_mode="expand")
        if first is None:
            continue
        for ancestor in list(first.root.ancestors)[:3]:
            if lemma(ancestor) in REPORT_NOUNS or (
                ancestor.dep_ == "acl" and lemma(ancestor.head) in REPORT_NOUNS
            ):
                return timex.value
    return None


def possessor_or_subject(noun: Token) -> Token | None:
    """Whose votes or crew: "Lai's votes", "votes for Lai", "Lai received ... votes"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "aboard", "on"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        subject = next((c for c in noun.head.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.pos_ == "PROPN":
            return subject
    return None


def copula_subject(token: Token) -> Token | None:
    """ "The ship, which is 985 feet long": the subject of the clause, through "which"."""
    head = token.head
    subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
        return head.head
    return subject


def clause_subject(token: Token) -> Token | None:
    for ancestor in [token, *token.ancestors]:
        if ancestor.pos_ in ("VERB", "AUX"):
            return next((c for c in ancestor.children if c.dep_ in SUBJECTS), None)
    return None


def governing_noun(root: Token) -> Token | None:
    """The noun a measured amount modifies: "a 948-foot ship", "a $60 million bridge"."""
    head = root.head
    if root.dep_ in ("nummod", "compound", "amod", "npadvmod", "quantmod") and head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        return head
    if head.pos_ == "ADJ" and head.head.pos_ in ("NOUN", "PROPN") and head.dep_ == "amod":
        return head.head
    return None
