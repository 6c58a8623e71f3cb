"""A place knowledge base: ISO 3166-1 countries and their aliases from the one country table
(`newsledger.places`), ISO 3166-2 subdivisions from pycountry.

Why a KB: "Georgia" is a country (GE) and a US state (US-GA); "Britain", "UK" and
"United Kingdom" are one country. Names alone cannot tell these apart; the ISO codes
give each place one id, and the other places an article names tell which one it means.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from newsledger import places
from newsledger.analysis.names import fold
from newsledger.analysis.variants import ADMIN_WORDS

CALLER = "analysis"  # which rows of the country table (newsledger.places) this module reads

# Top-level subdivision types worth naming as a place of their own.
_SUBDIVISION_TYPES = {
    "State", "Province", "Region", "Autonomous republic", "Autonomous region", "Territory",
    "Federal district", "Republic", "Country", "Prefecture", "Emirate", "Canton",
    "Autonomous community", "Land", "Nation", "Federal territory", "Autonomous province",
    "City", "Autonomous city", "Capital city", "Capital district", "Federal capital territory",
}  # fmt: skip
# Names far more often meant as a city or a government than as the subdivision.
_CITY_FIRST = {"washington", "new york", "mexico"}


@dataclass(frozen=True, slots=True)
class Place:
    code: str  # "GE" (country) or "US-GA" (subdivision)
    country: str  # ISO alpha-2 of the country it lies in
    name: str


@lru_cache(maxsize=1)
def _index() -> dict[str, list[Place]]:
    index: dict[str, list[Place]] = defaultdict(list)
    iso_names = {(a.alpha3, a.kind): a.form for a in places.iso_names()}
    countries = {
        c.alpha3: Place(
            c.alpha2, c.alpha2, iso_names.get((c.alpha3, "common")) or iso_names[(c.alpha3, "iso")]
        )
        for c in places.countries()
        if c.numeric  # ISO 3166-1 only
    }
    for iso in places.iso_names():
        place = countries[iso.alpha3]
        names = [iso.form]
        if iso.kind == "iso" and "," in iso.form:
            names.append(iso.form.split(",")[0])  # "Korea, Republic of" -> "Korea"
        for name in names:
            key = fold(name)
            if place not in index[key]:
                index[key].append(place)
    aliases = _aliases()
    for alias, code in aliases.items():
        index[alias] = [countries[code]]
    # a key that names two countries ("korea", "congo") names neither
    for key in [k for k, v in index.items() if len(v) > 1]:
        del index[key]
    import pycountry

    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) or sub.type not in _SUBDIVISION_TYPES:
            continue
        key = fold(sub.name)
        if key in aliases:
            continue
        index[key].append(Place(sub.code, sub.country_code, sub.name))
    return dict(index)


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Folded alias -> alpha-3 of its country, the rows of the country table read here."""
    return {fold(a.form): a.alpha3 for a in places.aliases(CALLER)}


def candidates(name: str) -> list[Place]:
    """Every place this name can mean (countries first)."""
    key = fold(name)
    key = key[4:] if key.startswith("the ") else key
    found = _index().get(key, [])
    return sorted(found, key=lambda p: (p.code != p.country, p.code))


def context_countries(names: list[str]) -> dict[str, int]:
    """How often each country is evidenced by the unambiguous subdivisions an article names.

    Only subdivisions count: an article about Georgia the country names the United States
    as often as one about the state does, but only the latter names Florida or Alabama.
    """
    counts: dict[str, int] = defaultdict(int)
    for name in set(names):
        found = candidates(name)
        if len(found) == 1 and found[0].code != found[0].country:
            counts[found[0].country] += 1
    return counts


_ADMIN_SUFFIX = re.compile(rf"\s+(?:{'|'.join(sorted(ADMIN_WORDS))})$", re.IGNORECASE)


def resolve(name: str, context: dict[str, int], text: str = "") -> tuple[Place | None, str]:
    """The place a name means here, and why: ("kb" | "kb-context" | "kb-ambiguous")."""
    found = candidates(name)
    if not found:
        bare = _ADMIN_SUFFIX.sub("", name)  # "Ishikawa Prefecture" is the prefecture Ishikawa
        if bare == name:
            return None, ""
        found = [p for p in candidates(bare) if p.code != p.country]
        if not found:
            return None, ""
        name = bare
    key = fold(name)
    countries = [p for p in found if p.code == p.country]
    subdivisions = [p for p in found if p.code != p.country]
    if not subdivisions:
        return countries[0], "kb"
    if text and re.search(
        rf"\b(?:state of {re.escape(name)}|{re.escape(name)} state)\b", text, re.I
    ):
        us_style = [p for p in subdivisions if p.country == "US"] or subdivisions
        return us_style[0], "kb-context"
    ranked = sorted(subdivisions, key=lambda p: -context.get(p.country, 0))
    best = ranked[0]
    own = context.get(countries[0].country, 0) if countries else 0
    if countries:
        if context.get(best.country, 0) > own:
            return best, "kb-context"
        return countries[0], "kb"
    if key in _CITY_FIRST:
        return None, ""
    if context.get(best.country, 0) > 0:
        return best, "kb-context"
    if len(subdivisions) == 1:
        return best, "kb-ambiguous"
    return None, ""
