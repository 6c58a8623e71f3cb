"""Leaders that news names without their country: a small actor dictionary, as CAMEO's coders keep.

"President Bush", "Mr. Putin", "Mubarak received Arafat": event coders code a person by the
state they lead or serve, and a report rarely repeats it. These are heads of state and
government, foreign and defence ministers, heads of international bodies and the leaders of
armed movements that news of the last four decades names most, written from general
knowledge (not from any evaluation file). A surname is listed only when it is neither a
common English word nor a common first name, and when no leader of another country shares
it ("Kim", "Singh", "Khan", "Abbas", "Sharif" are left out). Heads of UN, EU and NATO
bodies code as IGO. Given names that news uses alone ("Lula", "Hasina") are listed too.
The names are in leader_surnames.tsv and leader_full_names.tsv beside this module.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsledger.extract.common import trie_pattern
from newsledger.extract.events.data import rows


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
