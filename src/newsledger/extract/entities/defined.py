"""Names an article defines with their acronym, where the model missed or cut the name:
"Transport for London (TfL)", "the Kenya Wildlife Service (KWS)".

The article itself says the words are one name: a run of capitalised words (with the small
words names take: "for", "of", "and") right before a bracketed acronym whose letters are
their initials. The run becomes one mention, typed by `types.corrected_label` like any other,
and the acronym a mention that `linking` joins to it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsledger.extract.common import doc_text
from newsledger.extract.entities.acronyms import INITIAL_SKIP, is_acronym_of

MAX_WORDS = 8
BRACKETED = re.compile(r"\([A-Z][A-Za-z.&]{1,9}\)")


def defined_names(doc: Doc) -> list[tuple[int, int, int]]:
    """(start, end, acronym token) of each name the article defines with an acronym."""
    found = []
    for match in BRACKETED.finditer(doc_text(doc)):  # one scan in C, not a loop over tokens
        opening = doc.char_span(match.start(), match.start() + 1)
        if opening is None:
            continue
        i = opening.start
        if i < 1 or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        if not _acronym_like(doc[i + 1].text):
            continue
        end = i
        while end > 0 and doc[end - 1].is_space:
            end -= 1  # "Transport for London  (TfL)": a stripped page's double space
        start = end
        while start > 0 and end - start < MAX_WORDS and _name_word(doc, start - 1):
            start -= 1
        for first in range(start, end):  # the longest run the acronym abbreviates
            if doc[first].lower_ in INITIAL_SKIP or not doc[first].text[:1].isupper():
                continue  # "the", "of" open no name; nor does "Fighting in the ..."
            capitals = [t for t in doc[first:end] if t.text[:1].isupper()]
            if len(capitals) >= 2 and is_acronym_of(doc[i + 1].text, doc[first:end].text):
                found.append((first, end, i + 1))
                break
    return found


def _acronym_like(text: str) -> bool:
    """ "TfL", "KWS", "U.N.": two to eight letters, the first and most of them capitals."""
    letters = text.replace(".", "")
    capitals = sum(c.isupper() for c in letters)
    return 2 <= len(letters) <= 8 and letters.isalpha() and text[0].isupper() and capitals >= 2


def _name_word(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.is_space or (token.is_punct and token.text not in ("&", "-")):
        return False
    return token.text[:1].isupper() or token.lower_ in INITIAL_SKIP or token.text in ("&", "-")
