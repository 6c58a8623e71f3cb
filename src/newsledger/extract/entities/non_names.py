"""Capitalised tokens the small model takes for names that name nothing a reader would
list: a time zone ("0735 GMT") and a bare Roman numeral ("Article VIII")."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

# Time zones news writes after a clock time.
TIME_ZONES = frozenset(
    "GMT UTC EST EDT CST CDT MST MDT PST PDT BST CET CEST EET EEST IST JST KST HKT AEST "
    "AEDT WIB".split()
)
ROMAN_NUMERAL = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")


def not_a_name(ent: SpacySpan) -> bool:
    """A one-token entity that is a time zone or a Roman numeral of two or more letters."""
    if len(ent) != 1:
        return False
    text = ent.text
    if text in TIME_ZONES:
        return True
    return len(text) >= 2 and bool(ROMAN_NUMERAL.match(text))
