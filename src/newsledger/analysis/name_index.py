"""The canonical names in memory (`canonical_names` and what the linker needs to know of each
canonical entity), a link's record, and the one operation that joins two canonical entities.

Links are made in the order reports arrive, so a canonical entity known only as "KMT" can
exist before a report says "the Kuomintang (KMT)"; `absorb` then moves the acronym's links,
keys and weight to the Kuomintang and drops the emptied entity.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

PLACE_TYPES = {"GPE", "LOC"}


def type_group(entity_type: str) -> str:
    if entity_type in PLACE_TYPES:
        return "PLACE"
    return entity_type


@dataclass(slots=True)
class Link:
    """How one article entity links to a canonical entity (`entity_links`)."""

    canonical_id: int
    method: str
    score: float
    evidence: str


@dataclass
class NameIndex:
    """canonical_names in memory, plus what the linker needs to know of each canonical."""

    keys: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    names: dict[int, str] = field(default_factory=dict)
    types: dict[int, str] = field(default_factory=dict)
    kb: set[int] = field(default_factory=set)
    weight: dict[int, int] = field(default_factory=lambda: defaultdict(int))

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> NameIndex:
        index = cls()
        for row in conn.execute("SELECT id, name, type, kb_id FROM canonical_entities"):
            index.names[row[0]] = row[1]
            index.types[row[0]] = row[2]
            if row[3]:
                index.kb.add(row[0])
        # weight: links made by the name itself, so that bare surnames do not snowball
        for canonical_id, n in conn.execute(
            "SELECT canonical_id, count(*) FROM entity_links WHERE method != 'surname' GROUP BY 1"
        ):
            index.weight[canonical_id] = n
        for key, canonical_id in conn.execute("SELECT key, canonical_id FROM canonical_names"):
            index.keys[key].append(canonical_id)
        return index

    def find(self, key: str) -> list[int]:
        return self.keys.get(key, [])

    def best(self, key: str) -> int | None:
        """The most reported canonical under `key`; on a tie the shortest name ("Apple
        Computer", not the NER's "Apple Computer's Mac OS")."""
        found = self.find(key)
        if not found:
            return None
        return max(found, key=lambda c: (self.weight[c], -len(self.names.get(c, ""))))


def absorb(conn: sqlite3.Connection, index: NameIndex, src: int, dst: int) -> None:
    """Canonical entity `src` is `dst`: its links and lookup keys move to `dst`, and it goes.
    Other tables keep no copy of a canonical id but disagreements' `about` list, whose
    readers skip an id that is gone."""
    keys = [row[0] for row in conn.execute(
        "SELECT key FROM canonical_names WHERE canonical_id = ?", (src,))]  # fmt: skip
    conn.execute("UPDATE entity_links SET canonical_id = ? WHERE canonical_id = ?", (dst, src))
    conn.execute(
        "UPDATE OR IGNORE canonical_names SET canonical_id = ? WHERE canonical_id = ?", (dst, src)
    )
    conn.execute("DELETE FROM canonical_names WHERE canonical_id = ?", (src,))
    conn.execute("DELETE FROM canonical_entities WHERE id = ?", (src,))
    for key in keys:
        found = index.keys.get(key, [])
        index.keys[key] = [c for c in found if c != src] + ([dst] if dst not in found else [])
    index.weight[dst] += index.weight.pop(src, 0)
    index.names.pop(src, None)
    index.types.pop(src, None)
    index.kb.discard(src)
