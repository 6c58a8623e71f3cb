"""A subordinate clause the parser read as a preposition and a coordinated verb.

In "Jones has been targeting Lopez since Smith, at the debate, cited his remarks", the small
parser makes "Smith" the object of "since" and "cited" a conjunct of "targeting", so
"cited" would borrow Jones as its subject. With no "and" or "but" before the verb, the
subordinator's object is the clause's subject: Smith cited the remarks.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBORDINATORS = frozenset(
    "since after before until because while when although though once as".split()
)
SUBJECT_TAGS = frozenset({"NNP", "NNPS", "PRP"})


def subordinate_clause_subject(verb: Token) -> Token | None:
    """The subject of a conjoined verb that really ends a misparsed subordinate clause."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i or verb.pos_ != "VERB":
        return None
    doc = verb.doc
    between = doc[verb.head.i + 1 : verb.i]
    if any(t.dep_ == "cc" or t.pos_ in ("VERB", "AUX") for t in between):
        return None
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in SUBORDINATORS or not (prep.i < verb.i):
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj" and c.tag_ in SUBJECT_TAGS]
        if objects and objects[0].i < verb.i:
            return objects[0]
    return None
