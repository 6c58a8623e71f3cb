"""Capitalised tokens the small model takes for names that name nothing a reader would
list: a time zone ("0735 GMT"), a bare Roman numeral ("Article VIII") and a currency ("the
Euro", which the model calls an organisation, and "the agency" then stood for)."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

# Time zones news writes after a clock time.
TIME_ZONES = frozenset(
    "GMT UTC EST EDT CST CDT MST MDT PST PDT BST CET CEST EET EEST IST JST KST HKT AEST "
    "AEDT WIB".split()
)
ROMAN_NUMERAL = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
# Currencies written capitalised; not those that are also names or words ("Real", "Won",
# "Rand", "Pound", "Franc", "Mark").
CURRENCIES = frozenset(
    "Euro Euros Dollar Dollars Yen Yuan Renminbi Rupee Rupees Rouble Roubles Ruble Rubles "
    "Peso Pesos Sterling Lira Zloty Forint Hryvnia Baht Ringgit Naira Shekel Dinar Riyal "
    "Krona Krone".split()
)


def not_a_name(ent: SpacySpan) -> bool:
    """A one-token entity that is a time zone, a currency or a Roman numeral of two or more
    letters."""
    if len(ent) != 1:
        return False
    text = ent.text
    if text in TIME_ZONES or text in CURRENCIES:
        return True
    return len(text) >= 2 and bool(ROMAN_NUMERAL.match(text))
