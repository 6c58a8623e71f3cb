"""Numbers that are part of a name, model or code, not amounts.

"Voyager 2", "Boeing 787", "Covid-19", "No. 5", "the 787-8", "020 7946 0958": a
ledger that counted these would report quantities nobody claimed. Each check looks
at the words around one number; none decides what an amount is worth.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Doc

from newsledger.extract.quantities.context import NAME_WORDS
from newsledger.extract.quantities.numbers import Numeral

PROPER_POS = frozenset({"PROPN"})
SPACE_ONLY = re.compile(r"[ \t\u00a0]+")
THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
VARIANT = re.compile(r"-\d+[A-Z]*\b(?![.,]\d)")  # "787-8", "777-200LR"
# Nouns that make the number before them a level, not a name: "the 500 mark".
VALUE_NOUNS = frozenset("mark level barrier threshold milestone figure line ceiling".split())


class NumberNames:
    """Name and id checks for the numbers of one doc."""

    def __init__(self, doc: Doc, text: str, token_index: Callable[[int], int]) -> None:
        self.doc = doc
        self.text = text
        self.token_index = token_index

    def digit_runs(self, numerals: list[Numeral]) -> set[int]:
        """Starts of digit groups written side by side ("020 7946 0958", "245 23"): an id.

        Grouped thousands ("10 000") are already one numeral, so two digit numbers with
        only a space between them are a phone, account or reference number, or a table
        row, not an amount. A year beside a number ("In 2010 15 people died") is not a run.
        """
        starts: set[int] = set()
        for a, b in pairwise(numerals):
            if not (a.integer_digits and b.integer_digits) or year_like(a) or year_like(b):
                continue  # "5,700 737s": a formatted number is an amount, not a code group
            if self.text[b.end : b.end + 1].isalpha():
                continue  # "18 777s": the glued plural marks a model
            if SPACE_ONLY.fullmatch(self.text, a.end, b.start):
                starts.update((a.start, b.start))
        return starts

    def model_number(self, numeral: Numeral) -> int | None:
        """ "the 787 Dreamliner", "its 777 was", "the 787-8": a number used as a singular name.

        A count after a determiner agrees with a plural ("the 300 were rescued", "their
        150 soldiers"); a bare three-digit number followed by a singular noun or verb, a
        proper name or a variant ("-8") names a model, route or code, unless the noun
        names a level ("the 500 mark"). Returns where the name ends (a variant joins it,
        so its digits are not read again), or None.
        """
        text = self.text
        if numeral.words or not self.determined(numeral.start):
            return None
        if any(ch.isalpha() for ch in text[numeral.start : numeral.end]):
            return numeral.end  # "the 7E7": nobody writes a count after "the" as 7×10⁷
        if not numeral.integer_digits or numeral.end - numeral.start != 3:
            return None
        variant = VARIANT.match(text, numeral.end)
        if variant:
            return variant.end()
        i = self.token_index(numeral.end)
        i += self.doc[i].idx < numeral.end
        if i >= len(self.doc):
            return None
        nxt = self.doc[i]
        if nxt.lower_ in VALUE_NOUNS:
            return None  # "the 500 mark": the number is a level the noun points at
        singular = (
            nxt.tag_ in ("NN", "VBZ")
            or nxt.lower_ in ("is", "was", "has")
            or (nxt.pos_ == "PROPN" and nxt.text[:1].isupper())
        )
        return numeral.end if singular else None

    def determined(self, start: int) -> bool:
        """A determiner, possessive or adjective right before: "the", "its", "Boeing's", "new"."""
        if THE_BEFORE.search(self.text, max(0, start - 5), start):
            return True
        if start < 2 or not self.text[start - 1].isspace():
            return False
        before = self.doc[self.token_index(start - 2)]
        return before.tag_ in ("DT", "PRP$", "POS", "JJ")

    def looks_like_id(self, start: int, end: int) -> bool:
        """Numbers inside codes and names: "Covid-19", "A330-200", "No. 5", "+44 20 7946"."""
        text = self.text
        if start >= 2 and text[start - 1] in "-+" and text[start - 2].isalpha():
            return True
        if start >= 2 and text[start - 1] == "+" and text[start - 2].isalnum():
            return True
        if end < len(text) and text[end] in "+":
            return end + 1 < len(text) and text[end + 1].isalnum()
        if start >= 1 and text[start - 1] in "=\"'" and "=" in text[max(0, start - 2) : start]:
            return True  # markup attributes: colspan="2", count=10
        before = text[max(0, start - 12) : start]
        return bool(NAME_WORDS.search(before))

    def after_name(self, start: int) -> bool:
        """A bare number right after a proper name is part of it ("Voyager 2", "Boeing 787")."""
        if start < 2 or self.text[start - 1] != " ":
            return False
        i = self.token_index(start - 2)
        token = self.doc[i]
        if any(ch.isdigit() for ch in token.text) and any(ch.isalpha() for ch in token.text):
            return True
        return token.pos_ in PROPER_POS and any(ch.isupper() for ch in token.text)

    def in_name(self, start: int) -> bool:
        """A capitalised number word inside a sentence, tagged as a proper name."""
        token = self.doc[self.token_index(start)]
        if not token.text[:1].isupper() or token.is_sent_start:
            return False
        before = self.doc[token.i - 1]
        return token.pos_ in PROPER_POS or (before.pos_ in PROPER_POS and before.text[:1].isupper())


def year_like(numeral: Numeral) -> bool:
    """Four plain digits from 1000 to 2100: possibly a year, for the time extractor."""
    return (
        numeral.integer_digits
        and numeral.end - numeral.start == 4
        and 1000 <= numeral.value <= 2100
    )
