"""What the words around a name say about it being a place or a site, whatever type the
small model gave it (often PERSON for a place it does not know):

- "the border region of Doumeira", "the town of Kyaukme": a place noun, then "of";
- "the capital, Guwahati", "Guwahati, the capital of Assam": a place noun in apposition
  (or, where the parse is lost, "the capital, X" ending the sentence);
- "in East Haddam, Connecticut": a preposition of place, then the name and a state or
  country after a comma, as datelines and news copy write a town;
- "the Carmichael mine", "the Tarbela dam": the name of a site; no person is mined.

Each reads a few tokens around one mention, no scan of the document.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.entities.gazetteer import LOCATIVE_PREPOSITIONS, place
from newsledger.extract.entities.phoenix import document_says

# Nouns for a settlement or an administrative area: "the town of X", "the capital, X".
SETTLEMENT_NOUNS = frozenset(
    "city town village capital province district county municipality prefecture "
    "township hamlet suburb".split()
)
# Nouns for an area with no government of its own: "the region of X", "the island, X".
AREA_NOUNS = frozenset("region area island border territory peninsula valley".split())
# Sites named after a place or a founder: "the Carmichael mine".
SITE_NOUNS = frozenset(
    "mine mines dam refinery oilfield gasfield smelter colliery reservoir airbase airfield".split()
)
WIDE_PLACES = frozenset(["state", "country"])  # what follows "in Town, ..."
# Types the model gives a place or a site it does not know.
MISTYPES = frozenset(["PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"])


def label_from_context(doc: Doc, start: int, end: int, label: str) -> str | None:
    """GPE, LOC or FAC where the words around doc[start:end] say it is a place or a site;
    None where they say nothing (the model's type stands)."""
    if label not in MISTYPES or end - start > 3:
        return None
    span = doc[start:end]
    if not all(t.is_title or not t.is_alpha for t in span):
        return None  # "Big Data", "the Ritz-Carlton" are left alone
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lower_ in SITE_NOUNS and span.root.head.i == end:
        known = place(span.text)
        return "LOC" if known is not None else "FAC"
    noun = _place_noun(doc, start, end)
    if noun is not None:
        return "GPE" if noun in SETTLEMENT_NOUNS else "LOC"
    if label in ("PERSON", "ORG") and _town_then_state(doc, start, end):
        return "GPE"
    return None


def _place_noun(doc: Doc, start: int, end: int) -> str | None:
    """The lower-case place noun the name is "of" or stands in apposition to."""
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_lower:
        noun = doc[start - 2].lower_
        if noun in SETTLEMENT_NOUNS or noun in AREA_NOUNS:
            return noun
    if (
        start >= 3
        and doc[start - 1].text == ","
        and doc[start - 2].lower_ in SETTLEMENT_NOUNS
        and doc[start - 3].lower_ == "the"
        and (end == len(doc) or doc[end].text in (".", ";", ")"))
    ):
        return doc[start - 2].lower_  # "... of the capital, Guwahati.", however it is parsed
    root = doc[start:end].root
    apposed = [c for c in root.children if c.dep_ == "appos" and c.i >= end]
    if root.dep_ == "appos" and root.head.i < start:
        apposed.append(root.head)
    if apposed and document_says(doc, start, end) == "PERSON":
        return None  # "X, the Police Superintendent of Comilla district": headed "district"
    for noun in apposed:
        if noun.is_lower and (noun.lemma_ in SETTLEMENT_NOUNS or noun.lemma_ in AREA_NOUNS):
            return noun.lemma_
    return None


def _town_then_state(doc: Doc, start: int, end: int) -> bool:
    """ "in East Haddam, Connecticut": the name follows a preposition of place and a comma
    and a state or a country follow it, the sentence going on after them."""
    if start == 0 or doc[start - 1].lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    for length in (3, 2, 1):
        stop = end + 1 + length
        if stop > len(doc) or not all(t.is_title for t in doc[end + 1 : stop]):
            continue
        known = place(doc[end + 1 : stop].text)
        if known is not None and known.kind in WIDE_PLACES:
            return stop == len(doc) or doc[stop].is_punct or doc[stop].pos_ in ("ADP", "VERB")
    return False
