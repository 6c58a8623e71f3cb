"""Words of saying that name what is said rather than who says it: hearsay participles ("X
said to have done Y", "a warning said to come from ...") and "said" as "aforesaid"."""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.attribution.light_verbs import MESSAGE_OBJECTS


def the_said(token: Token) -> bool:
    """ "The said police officers": "said" as "aforesaid", no one saying anything."""
    doc = token.doc
    return (
        token.i > 0
        and token.i + 1 < len(doc)
        and doc[token.i - 1].lower_ in ("the", "this", "that", "these", "those")
        and doc[token.i + 1].pos_ in ("NOUN", "PROPN")
    )


def said_to_be(token: Token) -> bool:
    """ "X said to have done Y", "X reported to be": a reduced passive of hearsay (the verb
    has no auxiliary, and its infinitive is "to be" or "to have" done), so X is what is
    said, not who says it."""
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in token.children):
        return False
    for clause in token.children:
        if clause.dep_ != "xcomp":
            continue
        marks = [c for c in clause.children if c.dep_ == "aux"]
        if not any(m.lower_ == "to" for m in marks):
            continue
        if clause.lemma_ == "be" or any(m.lemma_ in ("be", "have") for m in marks):
            return True
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if subjects and _thing(subjects[0]):
            return True  # "a warning said to come from the Iranians": a thing tells no one
    return False


def _thing(subject: Token) -> bool:
    """A message that cannot instruct anyone ("a warning said to come from"), unlike "the
    coach said to wait"."""
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and (lemma in MESSAGE_OBJECTS or lemma in CARRIED_MESSAGES)


CARRIED_MESSAGES = frozenset(
    "message letter note recording video audio tape document email e-mail memo order".split()
)


# Participles of hearsay: "said / reported / alleged / believed to have ...".
HEARSAY_PARTICIPLES = frozenset("said reported rumoured rumored alleged believed thought".split())
