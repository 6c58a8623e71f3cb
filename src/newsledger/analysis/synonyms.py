"""Alternative names of organisations from the Phoenix / PETRARCH2 actor dictionaries:
"IDF" and "Israel Defense Forces", "Al Qaeda" and "Al Qaida", "World Food Program" and
"World Food Programme" (data/phoenix_synonyms.tsv.gz, compiled by scripts/build_phoenix.py,
which keeps only pairs that are visibly one name: an acronym and the name its initials
spell, or two spellings of one name).

A name's synonyms are keys in the shape `entities` stores them: ``norm:<norm_key>`` for a
name, ``acr:<letters>`` for an acronym.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from newsledger.analysis.variants import norm_key

TABLE = "phoenix_synonyms.tsv.gz"


def key_of(name: str) -> str:
    """ "acr:idf" for an acronym, "norm:israel defense forces" for a name, "" for neither."""
    bare = name.replace(".", "")
    if " " not in bare and 2 <= len(bare) <= 8 and bare.isalpha() and bare.isupper():
        return f"acr:{bare.lower()}"
    norm = norm_key(name, "ORG")
    return f"norm:{norm}" if norm else ""


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    raw = resources.files("newsledger.data").joinpath(TABLE).read_bytes()
    table: dict[str, set[str]] = defaultdict(set)
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        a, b = (key_of(part) for part in line.split("\t"))
        if a and b and a != b:
            table[a].add(b)
            table[b].add(a)
    return {key: frozenset(found) for key, found in table.items()}


def synonyms(name: str) -> frozenset[str]:
    """The keys of the names the dictionaries give the same organisation."""
    key = key_of(name)
    return _table().get(key, frozenset()) if key else frozenset()
