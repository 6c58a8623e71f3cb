"""Read queries over the cross-article tables the CLI lists: claim clusters, one cluster's
timeline, disagreements. (The web pages' paged versions are in ledger.pages.)"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from newsledger.ledger.entities import CLAIM_TIME

Row = dict[str, Any]


def analysis_ready(conn: sqlite3.Connection) -> bool:
    """True once the cross-article analysis tables exist (schema migration 2)."""
    if conn.execute("PRAGMA user_version").fetchone()[0] < 2:
        return False
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'claim_clusters'").fetchone()
    return found is not None


# Clusters with a member whose source, or a mention inside whose content, is linked to one
# of the canonical entities (a JSON array parameter).
_CLUSTERS_OF = """
    SELECT m.cluster_id FROM claim_members m JOIN attributions at ON at.id = m.attribution_id
    JOIN entity_links l ON l.entity_id = at.source_entity_id
    WHERE l.canonical_id IN (SELECT value FROM json_each(:canonical))
    UNION
    SELECT m.cluster_id FROM claim_members m
    JOIN attribution_contents ac ON ac.attribution_id = m.attribution_id
    JOIN attributions at ON at.id = m.attribution_id
    JOIN mentions me ON me.article_id = at.article_id AND me.start >= ac.start AND me."end" <= ac."end"
    JOIN entity_links l ON l.entity_id = me.entity_id
    WHERE l.canonical_id IN (SELECT value FROM json_each(:canonical))"""


def claims(
    conn: sqlite3.Connection, min_articles: int, limit: int,
    canonical_ids: Iterable[int] | None = None,
) -> Iterator[Row]:  # fmt: skip
    """Claims repeated across reports, most widely reported first; with `canonical_ids`,
    only those whose source or content is one of those canonical entities."""
    where = f"AND c.id IN ({_CLUSTERS_OF})" if canonical_ids is not None else ""
    params: dict[str, Any] = {"min": min_articles, "limit": limit,
                              "canonical": json.dumps(list(canonical_ids or []))}  # fmt: skip
    rows = conn.execute(
        f"""SELECT c.id AS cluster, c.n_articles AS articles, c.n_outlets AS outlets,
                   c.n_sources AS sources, c.n_anonymous AS anonymous,
                   c.anonymous_only, c.first_published, c.last_published, c.label AS claim
            FROM claim_clusters c WHERE c.n_articles >= :min {where}
            ORDER BY c.n_articles DESC, c.n_sources DESC, c.first_published LIMIT :limit""",
        params,
    )
    return (dict(row) for row in rows)


def cluster_timeline(conn: sqlite3.Connection, cluster_id: int) -> Iterator[Row]:
    """Every report of one claim, by the time its content refers to (the same claim time
    as the entity timeline), else its publication date."""
    sql = f"""
        SELECT coalesce(claim_time, published) AS "when",
               CASE WHEN claim_time IS NULL THEN 'published' ELSE 'content' END AS time_from,
               published, outlet, source, source_kind, cue, content, similarity, article_id
        FROM (
            SELECT {CLAIM_TIME} AS claim_time, ar.published, ar.outlet,
                   coalesce(a.source_text, '(no source)') AS source, a.source_kind,
                   a.cue_text AS cue, a.content, m.similarity, ar.id AS article_id, a.id
            FROM claim_members m JOIN attributions a ON a.id = m.attribution_id
            JOIN articles ar ON ar.id = a.article_id
            WHERE m.cluster_id = ?
        ) ORDER BY "when" IS NULL, "when", published, id"""
    return (dict(row) for row in conn.execute(sql, (cluster_id,)))


def disagreement_list(conn: sqlite3.Connection, limit: int) -> Iterator[Row]:
    """The same count about the same thing reported differently, widest gap first."""
    rows = conn.execute(
        """SELECT d.counted, d.gap,
                  qa.text AS says_a, aa.published AS published_a, aa.headline AS headline_a,
                  qb.text AS says_b, ab.published AS published_b, ab.headline AS headline_b,
                  (SELECT group_concat(c.name, '; ') FROM canonical_entities c
                   WHERE c.id IN (SELECT value FROM json_each(d.about))) AS about
           FROM disagreements d
           JOIN quantities qa ON qa.id = d.quantity_a JOIN articles aa ON aa.id = qa.article_id
           JOIN quantities qb ON qb.id = d.quantity_b JOIN articles ab ON ab.id = qb.article_id
           ORDER BY d.gap DESC LIMIT ?""",
        (limit,),
    )
    return (dict(row) for row in rows)
