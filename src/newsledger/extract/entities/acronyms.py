"""Whether a short form abbreviates a long one: "CDC" for "Centers for Disease Control and
Prevention", "TfL" for "Transport for London". Text only, no parse, so the mention finder and
the linker can both use it."""

from __future__ import annotations

import re
from functools import lru_cache

from newsledger.extract.entities.gazetteer import country_code, place

INITIAL_SKIP = frozenset(["of", "and", "the", "for", "on", "in", "to", "&", "de", "du", "des"])


_LEADING_THE = re.compile(r"^the\s+", re.I)


@lru_cache(maxsize=8192)
def bare(text: str) -> str:
    """The name without a leading article: "the European Union" -> "European Union" (cached:
    the linking passes ask for every mention's form again on each pass)."""
    return _LEADING_THE.sub("", text)


def initials(text: str) -> str:
    """ "Centers for Disease Control" -> "CDC"; "Frank-Walter" counts one word."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text) if w.lower() not in INITIAL_SKIP]
    return "".join(w[0].upper() for w in words)


def is_acronym_of(short: str, long: str) -> bool:
    """ "ATACMS" for "Army Tactical Missile Systems", "CDC" for "Centers for Disease Control
    and Prevention": the first letters agree, the acronym's letters are word initials in
    order (all of them, or all but the last word's), and they occur in order in the long form."""
    acronym = short.replace(".", "").upper()
    letters = initials(long)
    if len(acronym) < 2 or not letters or acronym[0] != letters[0]:
        return False
    words = "".join(re.findall(r"[A-Za-z]+", bare(long))).upper()
    whole = _subsequence(letters, acronym) or _subsequence(letters[:-1], acronym)
    return whole and _subsequence(acronym, words)


def _subsequence(needle: str, haystack: str) -> bool:
    letters = iter(haystack)
    return all(ch in letters for ch in needle)


# Initials news uses for places that the gazetteers do not list as names.
PLACE_INITIALS = frozenset({"NYC", "LA", "DC", "SF", "KL", "HK"})


def unknown_initials(text: str) -> bool:
    """Up to four capitals no gazetteer knows as a place: a body's ("BT"), not "NYC"."""
    letters = text.replace(".", "")
    return (
        letters.isupper()
        and letters.isalpha()
        and len(letters) <= 4
        and letters not in PLACE_INITIALS
        and place(text) is None
        and country_code(text) is None
    )


# A capital, one small word's lower-case letter, and one or two capitals: the initials
# British departments and bodies go by ("MoD", "DfT", "TfL", "BoE", "DoJ"), never a place's
# or a person's; the model types them as places or works of art.
MIXED_INITIALS = re.compile(r"^[A-Z][a-z][A-Z]{1,2}$")
NOT_BODY_INITIALS = frozenset({"PhD", "DdS"})


def body_initials(text: str) -> bool:
    return bool(MIXED_INITIALS.match(text)) and text not in NOT_BODY_INITIALS
