"""Timelines per canonical entity and per claim cluster, in event-time order.

Ordered by when a thing happened, not when it was reported: an event's normalised
time, or for a claim the first time expression inside its content, falling back to the
publication date (marked `time_from = 'published'`). The publication date stands
beside each row so late reports of early events show as such.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

_CLAIM_TIME = """(SELECT t.begin FROM timexes t JOIN attribution_contents c ON c.attribution_id = at.id
                  WHERE t.article_id = at.article_id AND t.start >= c.start AND t."end" <= c."end"
                  AND t.type = 'DATE' AND t.begin IS NOT NULL ORDER BY t.start LIMIT 1)"""


def entity_timeline(
    conn: sqlite3.Connection, canonical_id: int, limit: int = 200
) -> Iterator[dict[str, Any]]:
    """Events the entity takes part in and claims its sources make, by event time."""
    sql = f"""
        SELECT * FROM (
            SELECT coalesce(v.time, ar.published) AS "when",
                   CASE WHEN v.time IS NULL THEN 'published' ELSE 'event' END AS time_from,
                   ar.published, 'event' AS kind, v.type || ' (' || v.status || ')' AS what,
                   v.trigger_text AS text, ar.headline, ar.id AS article_id
            FROM events v JOIN articles ar ON ar.id = v.article_id
            WHERE EXISTS (SELECT 1 FROM entity_links l WHERE l.canonical_id = :c
                          AND l.entity_id IN (v.actor_entity_id, v.target_entity_id, v.place_entity_id))
            UNION ALL
            SELECT coalesce({_CLAIM_TIME}, ar.published) AS "when",
                   CASE WHEN {_CLAIM_TIME} IS NULL THEN 'published' ELSE 'content' END AS time_from,
                   ar.published, 'said' AS kind, coalesce(at.cue_lemma, at.cue_text) AS what,
                   at.content AS text, ar.headline, ar.id AS article_id
            FROM attributions at JOIN articles ar ON ar.id = at.article_id
            JOIN entity_links l ON l.entity_id = at.source_entity_id
            WHERE l.canonical_id = :c
        ) ORDER BY "when" IS NULL, "when", published LIMIT :limit"""
    for row in conn.execute(sql, {"c": canonical_id, "limit": limit}):
        yield dict(row)


def cluster_timeline(conn: sqlite3.Connection, cluster_id: int) -> Iterator[dict[str, Any]]:
    """Every report of one claim, by the time its content refers to."""
    sql = f"""
        SELECT coalesce({_CLAIM_TIME}, ar.published) AS "when",
               CASE WHEN {_CLAIM_TIME} IS NULL THEN 'published' ELSE 'content' END AS time_from,
               ar.published, ar.outlet, coalesce(at.source_text, '(no source)') AS source,
               at.source_kind, at.cue_text AS cue, at.content, m.similarity, ar.id AS article_id
        FROM claim_members m JOIN attributions at ON at.id = m.attribution_id
        JOIN articles ar ON ar.id = at.article_id
        WHERE m.cluster_id = ? ORDER BY "when" IS NULL, "when", ar.published, at.id"""
    for row in conn.execute(sql, (cluster_id,)):
        yield dict(row)
