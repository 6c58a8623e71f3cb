"""A person's gender from the words that give it: an honorific ("Mr", "Ms"), a pronoun, or
the first name where it leaves little doubt. One table of each for the entities and the
attribution extractors.

The first name is used as a veto only: "she" does not take John Smith, and "Mr Johnson" does not join Rachel
Johnson. The table (`first_names.tsv.gz`, built by `scripts/build_first_names.py` from the
1990 U.S. Census name files) gives a gender only to names at least 20 times more common for
one sex, less names other cultures give the other sex ("Andrea", "Nikita"). The article's
own honorifics ("Mr", "Ms") always win over it.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

TABLE = "first_names.tsv.gz"
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f",
                    "lady": "f", "lord": "m"}  # fmt: skip
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}  # fmt: skip


@lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    raw = resources.files("newsledger.extract.entities").joinpath(TABLE).read_bytes()
    table: dict[str, str] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            table[name] = gender
    return table


def census_first_names() -> frozenset[str]:
    """The lower-cased first names of the table."""
    return frozenset(_genders())


def first_name_gender(full_name: str) -> str | None:
    """m, f or None for a full name ("John Smith" -> m); None for a lone surname, an
    initial or a hyphenated first name, where the first word is not a given name to judge."""
    words = full_name.split()
    if len(words) < 2:
        return None
    first = words[0].strip(".,").lower()
    if len(first) < 2 or "-" in first or not first.isalpha():
        return None
    return _genders().get(first)
