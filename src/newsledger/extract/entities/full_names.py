"""A full name the model typed as a place or a body, whose surname the article shows to be a
person's.

"Freed hostages Sorin Petrescu and Ion Talpa arrived. Petrescu, who was held for months,
..." : the model reads "Sorin Petrescu" as a place, and the lone "Petrescu" as a person,
which the relative "who" bears out. A reader takes the full name as that person's, and
the article then has one person, not a place and a person.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.entities.mention import Mention
from newsledger.extract.entities.phoenix import NON_PERSON_HEADS, listed_kind

MISTYPES = frozenset(["ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"])


def people_by_surname(doc: Doc, mentions: list[Mention], shown: set[str]) -> None:
    """Retype as PERSON each name of two or three capitalised words whose last word is one
    of the one-word names `shown` to be a person's, unless a list knows the whole name or
    its last word names a kind of body ("Harbour Authority")."""
    for mention in mentions:
        words = doc[mention.start : mention.end]
        if (
            mention.label in MISTYPES
            and 2 <= len(words) <= 3
            and words[-1].text in shown
            and all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in words)
            and words[-1].lower_ not in NON_PERSON_HEADS
            and listed_kind(words.text) is None
        ):
            mention.label = "PERSON"
