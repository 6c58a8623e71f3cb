"""Leaders that news names without their country: a small actor dictionary, as CAMEO's coders keep.

"President Bush", "Mr. Putin", "Mubarak received Arafat": event coders code a person by the
state they lead or serve, and a report rarely repeats it. These are heads of state and
government, foreign and defence ministers, heads of international bodies and the leaders of
armed movements that news of the last four decades names most, written from general
knowledge (not from any evaluation file). A surname is listed only when it is neither a
common English word nor a common first name, and when no leader of another country shares
it ("Kim", "Singh", "Khan", "Abbas", "Sharif" are left out). Heads of UN, EU and NATO
bodies code as IGO. Given names that news uses alone ("Lula", "Hasina") are listed too.
The names are in leader_surnames.tsv and leader_full_names.tsv beside this module; a full
name the Phoenix / PETRARCH2 dictionaries list with the same country is left to them
(`listed_actor`), which also know the person's sector on the article's date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from newsledger.extract.common import ents_within, trie_pattern
from newsledger.extract.entities.phoenix import actor_codes
from newsledger.extract.events.data import rows

# Which of a person's codes on a day says most about the actor: office before standing.
SECTOR_ORDER = ("GOV", "MIL", "JUD", "LEG", "COP", "SPY", "REB", "OPP", "ELI")


@lru_cache(maxsize=1)
def leaders() -> dict[str, str]:
    """Surname (or the name news uses alone, or a full name) -> country or IGO code."""
    table: dict[str, str] = {}
    for code, names in rows("leader_surnames.tsv"):
        for name in names.split():
            table.setdefault(name, code)
    for code, full_names in rows("leader_full_names.tsv", joiner="|"):
        for name in full_names.split("|"):
            table.setdefault(name.strip(), code)
    return table


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(" + trie_pattern(leaders()) + r")(?![\w-])")


def leader_country(text: str) -> str | None:
    """The code of the first listed leader named in `text` ("Kim Jong-un" -> PRK)."""
    match = _pattern().search(text)
    return leaders()[match.group(1)] if match else None


def listed_actor(span: SpacySpan) -> tuple[str, str | None] | None:
    """(country or IGO/IMG, sector) of a person in the span whom the Phoenix dictionaries list,
    as coded on the article's date ("Joe Biden" in 2005: USA ELI; in 2012: USA GOV)."""
    on = span.doc._.published
    for ent in ents_within(span):
        if ent.label_ != "PERSON":
            continue
        codes = actor_codes(ent.text, on)
        if not codes:
            continue
        best = min(codes, key=lambda c: _rank(c[3:6]))
        country, sector = best[:3], best[3:6] or None
        if country == "IMG":
            return country, "REB"
        return country, (sector if country != "IGO" else None)
    return None


def _rank(sector: str) -> int:
    return SECTOR_ORDER.index(sector) if sector in SECTOR_ORDER else len(SECTOR_ORDER)
