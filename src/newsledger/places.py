"""One table of countries and the names news gives them (``data/countries.tsv``).

Each country has its ISO 3166-1 codes (alpha-2, alpha-3, numeric), an everyday English name
("Russia", not "Russian Federation"), its ISO names, and every other form news uses for it:
aliases ("U.S.", "Britain", "Ivory Coast"), demonyms the demonym table lacks ("Bosniaks"),
seats of government standing for it ("the Kremlin said") and capitals standing for it
("Washington"). Kosovo (XK/XKX, outside ISO 3166-1) is the one country ISO lacks.

Three callers read it: entity typing and canonical ids (``entities``), PLOVER actor coding
(``events``) and the place knowledge base of the analysis (``analysis``). A row names the callers
that read it; most rows are read by all. Where the callers disagree (analysis leaves "Korea"
ambiguous, only actor coding reads "Congo" as the DRC or "the Kremlin" as Russia) the row
says so, which keeps each caller's answers as they were before the tables were merged.

Imports nothing from newsledger: every layer may use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

CALLERS = ("entities", "events", "analysis")
ISO_KINDS = ("iso", "official", "common")  # ISO 3166-1 name, official_name, common_name
ALIAS_KINDS = ("alias", "seat", "capital", "old-city", "demonym", "part", "former")
# Forms coded to a country that name a place or a state of their own ("Scotland", "Gaza",
# "the Soviet Union"): the same code, never the same entity as the country.


@dataclass(frozen=True, slots=True)
class Country:
    alpha2: str
    alpha3: str
    numeric: str  # "" outside ISO 3166-1
    name: str  # everyday English name


@dataclass(frozen=True, slots=True)
class Alias:
    form: str  # as written: "U.S.", "Kremlin"
    alpha3: str
    kind: str  # iso|official|common|alias|seat|capital|old-city|demonym|part|former
    callers: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Table:
    countries: tuple[Country, ...]
    by_code: dict[str, Country]  # alpha-2 and alpha-3
    forms: tuple[Alias, ...]  # ISO names and aliases, in file order


@lru_cache(maxsize=1)
def _table() -> _Table:
    text = resources.files("newsledger.data").joinpath("countries.tsv").read_text("utf-8")
    countries: list[Country] = []
    forms: list[Alias] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        alpha2, alpha3, numeric, kind, form, users = line.split("\t")
        if kind == "name":
            countries.append(Country(alpha2, alpha3, numeric, form))
            continue
        callers = frozenset(CALLERS) if users == "*" else frozenset(users.split(","))
        forms.append(Alias(form, alpha3, kind, callers))
    by_code = {c.alpha3: c for c in countries} | {c.alpha2: c for c in countries}
    return _Table(tuple(countries), by_code, tuple(forms))


def countries() -> tuple[Country, ...]:
    """Every country, ISO 3166-1 order (then Kosovo)."""
    return _table().countries


def country(code: str) -> Country | None:
    """The country of an alpha-2 or alpha-3 code ("RU", "RUS")."""
    return _table().by_code.get(code.upper())


def alpha2(code: str) -> str | None:
    """ "RUS" -> "RU"."""
    found = country(code)
    return found.alpha2 if found else None


def alpha3(code: str) -> str | None:
    """ "RU" -> "RUS"."""
    found = country(code)
    return found.alpha3 if found else None


def country_name(code: str) -> str | None:
    """The everyday English name of a country code ("RUS" -> "Russia")."""
    found = country(code)
    return found.name if found else None


def iso_names() -> Iterator[Alias]:
    """The ISO 3166-1 names, official names and common names, ISO order."""
    return (a for a in _table().forms if a.kind in ISO_KINDS)


def aliases(caller: str | None = None, kinds: tuple[str, ...] = ALIAS_KINDS) -> Iterator[Alias]:
    """The forms ISO does not spell ("U.S.", "Kremlin"), those one caller reads if named."""
    if caller is not None and caller not in CALLERS:
        raise ValueError(f"unknown caller {caller!r}: one of {CALLERS}")
    return (
        a for a in _table().forms if a.kind in kinds and (caller is None or caller in a.callers)
    )


@lru_cache(maxsize=len(CALLERS) + 1)
def alias_table(caller: str | None = None) -> dict[str, str]:
    """Lower-cased alias -> alpha-3, as one caller reads the table (all of it when None)."""
    return {a.form.lower(): a.alpha3 for a in aliases(caller)}


@lru_cache(maxsize=1)
def own_places() -> frozenset[str]:
    """Lower-cased forms of a country's parts and former states ("scotland", "gaza", "ussr")."""
    return frozenset(a.form.lower() for a in _table().forms if a.kind in ("part", "former"))


def bare_name(name: str) -> str:
    """ "the U.S.'s" -> "U.S.": without a leading article or a possessive."""
    name = re.sub(r"['’]s$", "", name.strip())
    return name[4:] if name.lower().startswith("the ") else name


def country_code(name: str, caller: str | None = None) -> str | None:
    """ISO alpha-3 of a country name as news writes it ("the U.S.", "Britain"), else None.

    Aliases first (as `caller` reads them), then ISO codes and names (`iso_lookup`).
    """
    key = bare_name(name).lower()
    return alias_table(caller).get(key) or iso_lookup(key)


@lru_cache(maxsize=1)
def _iso_index() -> dict[str, str]:
    """Lower-cased ISO code or name -> alpha-3, first match winning as in pycountry's lookup:
    codes (alpha-2, alpha-3, numeric) before names, and the earlier country on a tie."""
    index: dict[str, str] = {}
    table = _table()
    for c in table.countries:
        if c.numeric:  # ISO 3166-1 only
            for code in (c.alpha2, c.alpha3, c.numeric):
                index.setdefault(code.lower(), c.alpha3)
    for kind in ISO_KINDS:
        for a in table.forms:
            if a.kind == kind:
                index.setdefault(a.form.lower(), a.alpha3)
    return index


def iso_lookup(value: str) -> str | None:
    """Alpha-3 of an ISO 3166-1 code or name, matched without regard to case."""
    return _iso_index().get(value.lower())
