"""What an entity name means, and the one entity timeline every view shows.

A name means the canonical entity (newsledger.analysis, schema migration 2) when the
cross-article analysis has one for it, with every article entity linked to it; where the
analysis has not run (or has not linked an article yet) it means the article entities
called exactly that, case aside. `newsledger timeline`, `newsledger entity` and the web
app's entity page all resolve a name with `resolve_entity` and list `timeline`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsledger.ledger.queries import has_shape

Row = dict[str, Any]

# The cross-article entity tables, with the columns read here.
LINKS_SHAPE = {"canonical_entities": {"id", "name", "type", "n_articles"},
               "entity_links": {"entity_id", "canonical_id"}}  # fmt: skip

# The time a claim is about: the first calendar date inside its content (the start of the
# timex's interval, an ISO date), by position. Callers fall back to the publication date.
# `a` is the attribution.
CLAIM_TIME = """(SELECT t.begin FROM timexes t JOIN attribution_contents c ON c.attribution_id = a.id
                 WHERE t.article_id = a.article_id AND t.start >= c.start AND t."end" <= c."end"
                   AND t.type = 'DATE' AND t.begin IS NOT NULL ORDER BY t.start LIMIT 1)"""


@dataclass(frozen=True)
class EntityRef:
    """A resolved name: as shown (the canonical name, else the most mentioned spelling),
    the article entity ids it stands for, and the canonical entity's row if there is one
    (`others`: the further canonical entities the name could mean, most likely first)."""

    name: str
    ids: list[int]
    canonical: Row | None = None
    others: list[Row] = field(default_factory=list)


def canonical_types(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT DISTINCT type FROM canonical_entities")]


def canonical_candidates(
    conn: sqlite3.Connection, name: str, keys: Iterable[str] = ()
) -> list[sqlite3.Row]:
    """Canonical entities shown under exactly NAME (any case) first, then those reached by
    the analysis's lookup `keys` (canonical_names), the most reported first."""
    keys = sorted(set(keys))
    marks = ",".join("?" * len(keys))
    by_key = f"OR c.id IN (SELECT canonical_id FROM canonical_names WHERE key IN ({marks}))"
    return conn.execute(
        f"""SELECT c.* FROM canonical_entities c
            WHERE c.name = ? COLLATE NOCASE {by_key if keys else ""}
            ORDER BY c.name = ? COLLATE NOCASE DESC, c.n_articles DESC, c.id""",
        [name, *keys, name],
    ).fetchall()


def _linked_from_name(conn: sqlite3.Connection, name: str) -> list[sqlite3.Row]:
    """Canonical entities the article entities called NAME were linked to ("Russia" ->
    "Russian Federation"), the most of those entities first."""
    return conn.execute(
        """SELECT c.* FROM entities e JOIN entity_links l ON l.entity_id = e.id
           JOIN canonical_entities c ON c.id = l.canonical_id
           WHERE e.name = ? COLLATE NOCASE
           GROUP BY c.id ORDER BY count(*) DESC, c.n_articles DESC, c.id""",
        (name,),
    ).fetchall()


def resolve_entity(
    conn: sqlite3.Connection, name: str, keys: Iterable[str] = ()
) -> EntityRef | None:
    """What NAME means on every view. With the analysis: the canonical entity shown under
    that name, else the one the article entities so called were linked to; its ids are the
    article entities linked to it plus any called NAME not linked yet. Else the article
    entities called exactly NAME, any case (all of them where the analysis has not run).
    Only when no article entity is called NAME either, a canonical entity the analysis's
    lookup `keys` reach ("Blair" -> "Tony Blair"; see analysis.entities.lookup_keys).
    None when nothing is called so."""
    unlinked = "SELECT id FROM entities WHERE name = ? COLLATE NOCASE"
    if has_shape(conn, LINKS_SHAPE):
        found: dict[int, Row] = {}
        for row in [*canonical_candidates(conn, name), *_linked_from_name(conn, name)]:
            found.setdefault(row["id"], dict(row))
        raw = conn.execute(unlinked + " LIMIT 1", (name,)).fetchone()
        if found or (keys and raw is None):  # the lookup keys only when no article says NAME
            for row in canonical_candidates(conn, name, keys):
                found.setdefault(row["id"], dict(row))
        if found:
            chosen, *others = found.values()
            ids = [
                row[0]
                for row in conn.execute(
                    f"""SELECT entity_id FROM entity_links WHERE canonical_id = ?
                        UNION {unlinked} AND id NOT IN (SELECT entity_id FROM entity_links)""",
                    (chosen["id"], name),
                )
            ]
            return EntityRef(chosen["name"], sorted(ids), chosen, others)
    ids = sorted(row[0] for row in conn.execute(unlinked, (name,)))
    if not ids:
        return None
    shown = conn.execute(
        """SELECT name FROM entities WHERE name = ? COLLATE NOCASE
           GROUP BY name ORDER BY sum(n_mentions) DESC, name LIMIT 1""",
        (name,),
    ).fetchone()[0]
    return EntityRef(shown, ids)


def link_names(conn: sqlite3.Connection, canonical_id: int, limit: int = 12) -> list[Row]:
    """The names the articles use for a canonical entity and how each was linked."""
    rows = conn.execute(
        """SELECT e.name, l.method, count(*) AS n FROM entity_links l
           JOIN entities e ON e.id = l.entity_id
           WHERE l.canonical_id = ? GROUP BY 1, 2 ORDER BY n DESC, e.name LIMIT ?""",
        (canonical_id, limit),
    )
    return [dict(row) for row in rows]


def timeline(
    conn: sqlite3.Connection, entity: EntityRef, limit: int = 200, offset: int = 0
) -> list[Row]:
    """Events the entity takes part in (actor, target or place) and claims it makes
    (kind 'said') or that mention it (kind 'about'), in the order of the time they are
    about: the event's time, or the first date inside the claim (CLAIM_TIME), else the
    article's publication date; `time_from` says which ('event', 'content', 'published').
    The publication date stands beside each row, so late reports of early events show."""
    sql = f"""
        WITH ids AS MATERIALIZED (SELECT value FROM json_each(?)),
        hit_events AS (
            SELECT id FROM events WHERE actor_entity_id IN ids
            UNION SELECT id FROM events WHERE target_entity_id IN ids
            UNION SELECT id FROM events WHERE place_entity_id IN ids
        ),
        said AS (SELECT id FROM attributions WHERE source_entity_id IN ids),
        about AS (
            SELECT c.attribution_id AS id FROM mentions m
            JOIN attributions a ON a.article_id = m.article_id
            JOIN attribution_contents c ON c.attribution_id = a.id
            WHERE m.entity_id IN ids AND m.start >= c.start AND m."end" <= c."end"
            EXCEPT SELECT id FROM said
        ),
        claims AS (
            SELECT h.kind, a.*, {CLAIM_TIME} AS claim_time
            FROM (SELECT id, 'said' AS kind FROM said UNION ALL SELECT id, 'about' FROM about) h
            JOIN attributions a ON a.id = h.id
        )
        SELECT "when", time_from, published, kind, what, evidence, article_id, headline FROM (
            SELECT coalesce(v.time, ar.published) AS "when",
                   CASE WHEN v.time IS NULL THEN 'published' ELSE 'event' END AS time_from,
                   ar.published, 'event' AS kind, v.type || ' (' || v.status || ')' AS what,
                   v.trigger_text AS evidence, ar.id AS article_id, ar.headline,
                   v.trigger_start AS position
            FROM hit_events h JOIN events v ON v.id = h.id JOIN articles ar ON ar.id = v.article_id
            UNION ALL
            SELECT coalesce(a.claim_time, ar.published) AS "when",
                   CASE WHEN a.claim_time IS NULL THEN 'published' ELSE 'content' END AS time_from,
                   ar.published, a.kind,
                   coalesce(a.source_text, '?') || ' ' || coalesce(a.cue_lemma, a.cue_text) AS what,
                   a.content AS evidence, ar.id AS article_id, ar.headline,
                   a.cue_start AS position
            FROM claims a JOIN articles ar ON ar.id = a.article_id
        ) ORDER BY "when" IS NULL, "when", published, article_id, position, kind
        LIMIT ? OFFSET ?"""
    rows = conn.execute(sql, (json.dumps(entity.ids), limit, offset))
    return [dict(row) for row in rows]
