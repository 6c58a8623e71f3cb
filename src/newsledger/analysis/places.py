"""A place knowledge base from pycountry (ISO 3166-1 countries, ISO 3166-2 subdivisions).

Why a KB: "Georgia" is a country (GE) and a US state (US-GA); "Britain", "UK" and
"United Kingdom" are one country. Names alone cannot tell these apart; the ISO codes
give each place one id, and the other places an article names tell which one it means.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from newsledger.analysis.names import fold

# Short forms news copy uses that ISO names do not carry.
COUNTRY_ALIASES = {
    "us": "US", "u.s": "US", "u.s.": "US", "usa": "US", "u.s.a": "US", "america": "US",
    "united states": "US", "united states of america": "US",
    "uk": "GB", "u.k": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB",
    "united kingdom": "GB", "russia": "RU", "south korea": "KR",
    "north korea": "KP", "iran": "IR", "syria": "SY", "vietnam": "VN", "venezuela": "VE",
    "bolivia": "BO", "tanzania": "TZ", "taiwan": "TW", "laos": "LA", "moldova": "MD",
    "czech republic": "CZ", "ivory coast": "CI", "burma": "MM", "macedonia": "MK",
    "palestine": "PS", "vatican": "VA", "holland": "NL", "the netherlands": "NL",
    "east timor": "TL", "cape verde": "CV", "swaziland": "SZ", "turkey": "TR",
    "democratic republic of congo": "CD", "democratic republic of the congo": "CD",
}  # fmt: skip
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
    import pycountry

    index: dict[str, list[Place]] = defaultdict(list)
    countries: dict[str, Place] = {}
    for country in pycountry.countries:
        place = Place(
            country.alpha_2, country.alpha_2, getattr(country, "common_name", None) or country.name
        )
        countries[country.alpha_2] = place
        names = {
            country.name,
            getattr(country, "official_name", ""),
            getattr(country, "common_name", ""),
        }
        if "," in country.name:
            names.add(country.name.split(",")[0])
        for name in filter(None, names):
            key = fold(name)
            if place not in index[key]:
                index[key].append(place)
    for alias, code in COUNTRY_ALIASES.items():
        index[alias] = [countries[code]]
    # a key that names two countries ("korea", "congo") names neither
    for key in [k for k, v in index.items() if len(v) > 1]:
        del index[key]
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) or sub.type not in _SUBDIVISION_TYPES:
            continue
        key = fold(sub.name)
        if key in COUNTRY_ALIASES:
            continue
        index[key].append(Place(sub.code, sub.country_code, sub.name))
    return dict(index)


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


def resolve(name: str, context: dict[str, int], text: str = "") -> tuple[Place | None, str]:
    """The place a name means here, and why: ("kb" | "kb-context" | "kb-ambiguous")."""
    found = candidates(name)
    if not found:
        return None, ""
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
