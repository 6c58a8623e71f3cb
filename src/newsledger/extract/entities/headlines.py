"""Capitalised runs in title-case lines (headlines, standfirsts) that are no names: words
of the line that only look like names because every word is capitalised."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

NAME_PARTICLES = frozenset(
    ["of", "the", "and", "for", "de", "du", "la", "le", "von", "van", "al", "bin", "del", "da", "y"]
)


def common_words_in_title_case(doc: Doc, start: int, end: int) -> bool:
    """A capitalised run in a title-case line whose first word the text also writes in
    lower case ("Powerful Quake" above "a powerful earthquake"): ordinary words."""
    sentence = doc[start].sent
    if sentence[-1].text in (".", "?", "!") or (len(sentence) > 1 and sentence[-2].text == "."):
        return False  # a headline has no full stop
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    if len(words) < 4 or sum(t.is_title or t.is_upper for t in words) * 5 < len(words) * 4:
        return False
    first = next((t.lower_ for t in doc[start:end] if t.lower_ not in STOP_WORDS), None)
    return first is not None and any(
        t.text == first for t in doc if not sentence.start <= t.i < sentence.end
    )


def broken_title_case(span: SpacySpan) -> bool:
    """A headline span that is not one name: it holds a verb or a function word."""
    for token in span:
        if token.tag_.startswith("VB") and token.tag_ != "VBN":
            return True
        if token.lower_ in STOP_WORDS and token.lower_ not in NAME_PARTICLES:
            return True
    return False
