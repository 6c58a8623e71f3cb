"""The words a quantity's frame is read from: the measure table's look-up and the parse
roles both the measure and the owner readers use."""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.measures import Measure, measure_words

PERSON_NOUNS = frozenset(
    "people persons person residents civilians individuals children adults villagers "
    "victims others men women passengers tourists citizens migrants workers".split()
)
SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def word_measure(token: Token) -> Measure | None:
    words = measure_words()
    return words.get(token.lower_) or words.get(lemma(token))


def counted_noun(token: Token) -> bool:
    """A noun a number counts: "people", and demonyms tagged as names ("507 Palestinians")."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.ent_type_ == "NORP")
