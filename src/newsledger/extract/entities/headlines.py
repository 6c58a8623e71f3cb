"""Capitalised runs in title-case lines (headlines, standfirsts) that are no names: words
of the line that only look like names because every word is capitalised."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsledger.extract.common import doc_text

LOWER_WORD = re.compile(r"\b[a-z]+\b")
# per-doc caches in `doc.user_data` (as `common.doc_text` keeps the text)
_VERBS_KEY = ("newsledger", "lower_verbs")
_LOWER_KEY = ("newsledger", "lower_words_outside")
NAME_PARTICLES = frozenset(
    ["of", "the", "and", "for", "de", "du", "la", "le", "von", "van", "al", "bin", "del", "da", "y"]
)


def common_words_in_title_case(doc: Doc, start: int, end: int) -> bool:
    """A capitalised run in a title-case line whose first word the text also writes in
    lower case ("Powerful Quake" above "a powerful earthquake"): ordinary words."""
    sentence = doc[start].sent
    if not _title_case_line(sentence):
        return False
    first = next((t.lower_ for t in doc[start:end] if t.lower_ not in STOP_WORDS), None)
    return first is not None and first in _lower_words_outside(doc, sentence)


def name_end_in_title_case(doc: Doc, start: int, end: int, person: bool = False) -> int:
    """Where the name in a title-case line's capitalised run ends, when ordinary words follow
    it: in "Procter & Gamble Profit Bucks Proxy Fight" the body writes "profit", "proxy" and
    "fight" in lower case, so the name is "Procter & Gamble". A tail of one word stays
    ("Federal Reserve Bank") unless it is a verb the body writes in lower case ("Trump
    Blindsided" above "was blindsided"; the one cut made in a person's name), and so does the
    whole run outside a title-case line."""
    if end - start < 2 or not all(
        t.is_title or t.is_upper or not t.is_alpha for t in doc[start:end]
    ):
        return end
    sentence = doc[start].sent
    if not _title_case_line(sentence):
        return end
    lower = _lower_words_outside(doc, sentence)
    if _a_verb_outside(doc, sentence, doc[end - 1].lower_):
        return end - 1
    if person:
        return end  # a person's name has no ordinary words to cut but a verb
    for cut in range(start + 1, end - 1):
        tail = [t for t in doc[cut:end] if t.is_alpha]
        if not doc[cut].is_title or doc[cut].lower_ in STOP_WORDS or len(tail) < 2:
            continue
        if doc[cut].lower_ in lower and sum(t.lower_ in lower for t in tail) * 2 >= len(tail):
            while cut > start + 1 and not doc[cut - 1].is_alpha:
                cut -= 1  # no "&" left at the end
            return cut
    return end


def _a_verb_outside(doc: Doc, sentence: SpacySpan, word: str) -> bool:
    """True if the text uses the word as a verb, in lower case, outside the sentence."""
    return any(not sentence.start <= i < sentence.end for i in _lower_verbs(doc).get(word, ()))


def _lower_verbs(doc: Doc) -> dict[str, list[int]]:
    """Where the text uses each word as a verb, in lower case: read once per doc, not once
    per name in a title-case line (each read was a pass over every token)."""
    found: dict[str, list[int]] | None = doc.user_data.get(_VERBS_KEY)
    if found is None:
        found = doc.user_data[_VERBS_KEY] = {}
        for t in doc:
            if t.is_lower and t.tag_.startswith("VB"):
                found.setdefault(t.lower_, []).append(t.i)
    return found


def _lower_words_outside(doc: Doc, sentence: SpacySpan) -> set[str]:
    """The words the text writes in lower case outside the sentence (once per sentence:
    every name of a title-case line asks again). Callers only read the set."""
    cache: dict[tuple[int, int], set[str]] = doc.user_data.setdefault(_LOWER_KEY, {})
    key = (sentence.start_char, sentence.end_char)
    words = cache.get(key)
    if words is None:
        text = doc_text(doc)
        outside = text[: sentence.start_char] + " " + text[sentence.end_char :]
        words = cache[key] = set(LOWER_WORD.findall(outside))
    return words


def _title_case_line(sentence: SpacySpan) -> bool:
    if sentence[-1].text in (".", "?", "!") or (len(sentence) > 1 and sentence[-2].text == "."):
        return False  # a headline has no full stop
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.is_title or t.is_upper for t in words) * 5 >= len(words) * 4


def broken_title_case(span: SpacySpan) -> bool:
    """A headline span that is not one name: it holds a verb or a function word."""
    for token in span:
        if token.tag_.startswith("VB") and token.tag_ != "VBN":
            return True
        if token.lower_ in STOP_WORDS and token.lower_ not in NAME_PARTICLES:
            return True
    return False
