"""Units named after their organisation with a possessive: "the Coast Guard’s First District".

"First District" alone says which unit, not whose: every coast guard, police force and
court has one. Written after "Coast Guard’s" it is the unit another report calls the
"First Coast Guard District", so the linker reads it as "Coast Guard First District"
(`variants.bag_key` then meets the other word order). Only names made of unit words and
ordinals are so read: "Taiwan’s National Fire Agency" or "Apple’s iPhone" name their
thing whole.
"""

from __future__ import annotations

import sqlite3

from newsledger.ledger.store import execute_in

# Words that name a unit of an organisation, and the words that number or place it.
UNIT_WORDS = frozenset({
    "district", "division", "command", "region", "branch", "office", "bureau", "unit",
    "fleet", "corps", "squadron", "brigade", "battalion", "regiment", "sector", "zone",
    "precinct", "station", "directorate", "section", "wing", "headquarters", "department",
})  # fmt: skip
ORDER_WORDS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "northern", "southern", "eastern", "western", "central", "north",
    "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "pacific",
    "atlantic", "regional",
})  # fmt: skip
OWNER_TYPES = {"ORG"}
OWNED_TYPES = {"ORG", "LOC", "FAC", "GPE"}


def is_unit_name(name: str) -> bool:
    """ "First District", "Pacific Fleet", "7th Precinct": an ordinal or a place word and
    a unit word, nothing else."""
    words = name.lower().removeprefix("the ").split()
    if len(words) < 2 or words[-1] not in UNIT_WORDS:
        return False
    return all(w in ORDER_WORDS or _ordinal_number(w) for w in words[:-1])


def _ordinal_number(word: str) -> bool:
    return word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th")


def owned_names(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> dict[int, str]:
    """Entity id -> the name it is linked under, its owner's name before it ("Coast Guard
    First District"), for the batch's unit names written right after an organisation's
    name and a possessive."""
    entity = {row["id"]: (row["name"], row["type"]) for row in rows}
    units = [i for i, (name, kind) in entity.items() if kind in OWNED_TYPES and is_unit_name(name)]
    if not units:
        return {}
    owned: dict[int, str] = {}
    for owner, unit in execute_in(
        conn,
        """SELECT m1.entity_id, m2.entity_id FROM mentions m2
            JOIN mentions m1 ON m1.article_id = m2.article_id
                 AND m1."end" BETWEEN m2.start - 3 AND m2.start - 2
            JOIN articles a ON a.id = m2.article_id
            WHERE m2.entity_id IN ({marks})
              AND substr(a.text, m1."end" + 1, m2.start - m1."end") IN ('’s ', '''s ')""",
        units,
    ):
        owner_name, owner_type = entity.get(owner, ("", ""))
        if owner_type in OWNER_TYPES and unit not in owned:
            unit_name = entity[unit][0]
            owned[unit] = f"{_bare(owner_name)} {_bare(unit_name)}"
    return owned


def _bare(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name
