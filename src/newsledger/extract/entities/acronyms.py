"""Whether a short form abbreviates a long one: "CDC" for "Centers for Disease Control and
Prevention", "TfL" for "Transport for London". Text only, no parse, so the mention finder and
the linker can both use it."""

from __future__ import annotations

import re

INITIAL_SKIP = frozenset(["of", "and", "the", "for", "on", "in", "to", "&", "de", "du", "des"])


def bare(text: str) -> str:
    """The name without a leading article: "the European Union" -> "European Union"."""
    return re.sub(r"^the\s+", "", text, flags=re.I)


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
