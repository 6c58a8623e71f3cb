"""Read queries over the cross-article tables the CLI lists: claim clusters, one cluster's
timeline, disagreements. (The web pages' paged versions are in ledger.pages.)"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from newsledger.ledger.entities import CLAIM_TIME
from newsledger.ledger.store import execute_in

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


# One side of a disagreement: the figure, its bound and frame, who says it (the attribution
# whose content holds the figure), the outlet and the report's date. Shared by the CLI and web.
DISAGREEMENT_SIDE = """q{s}.text AS {s}_text, q{s}.value AS {s}_value, q{s}.high AS {s}_high,
    q{s}.unit AS {s}_unit, q{s}.bound AS {s}_bound, q{s}.as_of AS {s}_as_of,
    q{s}.owner_text AS {s}_owner, q{s}.article_id AS {s}_article, q{s}.start AS {s}_start,
    q{s}."end" AS {s}_end, ar{s}.headline AS {s}_headline, ar{s}.published AS {s}_published,
    ar{s}.outlet AS {s}_outlet,
    (SELECT at.source_text FROM attributions at JOIN attribution_contents c ON c.attribution_id = at.id
     WHERE at.article_id = q{s}.article_id AND c.start <= q{s}.start AND c."end" >= q{s}."end"
     ORDER BY c."end" - c.start LIMIT 1) AS {s}_source"""
DISAGREEMENT_FROM = """FROM disagreements d
    JOIN quantities qa ON qa.id = d.quantity_a JOIN articles ara ON ara.id = qa.article_id
    JOIN quantities qb ON qb.id = d.quantity_b JOIN articles arb ON arb.id = qb.article_id"""
# Conflicts first (two reports that cannot both be right), then updates; widest gap first.
DISAGREEMENT_ORDER = "ORDER BY d.kind = 'update', d.gap DESC, d.id"


def disagreement_rows(
    conn: sqlite3.Connection, limit: int, offset: int = 0, kind: str | None = None, extra: str = ""
) -> list[Row]:
    """Pairs of figures for one frame that do not agree, both sides in full."""
    where = "WHERE d.kind = ?" if kind else ""
    rows = conn.execute(
        f"""SELECT d.id, d.kind, d.counted AS measure, d.owner, d.unit, d.about, d.gap,
                   {DISAGREEMENT_SIDE.format(s="a")}, {DISAGREEMENT_SIDE.format(s="b")}{extra}
            {DISAGREEMENT_FROM} {where} {DISAGREEMENT_ORDER} LIMIT ? OFFSET ?""",
        (*([kind] if kind else []), limit, offset),
    )
    return [dict(row) for row in rows]


def disagreement_list(
    conn: sqlite3.Connection, limit: int, kind: str | None = None
) -> Iterator[Row]:
    """The CLI's rows: a conflict or an update, the frame, and each side's figure, bound, source,
    outlet and date (the earlier report first)."""
    about = """, (SELECT group_concat(c.name, '; ') FROM canonical_entities c
                 WHERE c.id IN (SELECT value FROM json_each(d.about))) AS about_names"""
    for row in disagreement_rows(conn, limit, 0, kind, about):
        first, second = (
            ("a", "b") if (row["a_published"] or "") <= (row["b_published"] or "") else ("b", "a")
        )
        yield {
            "kind": row["kind"], "measure": row["measure"], "owner": row["owner"], "unit": row["unit"],
            "gap": row["gap"], "about": row["about_names"],
            **{f"{k}_{side}": row[f"{s}_{k}"] for side, s in (("a", first), ("b", second))
               for k in ("text", "value", "bound", "source", "outlet", "published", "as_of", "headline")},
            "says_a": row[f"{first}_text"], "says_b": row[f"{second}_text"],
        }  # fmt: skip


def number_series(conn: sqlite3.Connection, limit: int = 50) -> list[Row]:
    """Tallies that moved on between reports, each as a series over time: the figures joined by
    `update` disagreements (one connected group per frame), in publication order."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    measure_of: dict[int, tuple[str, str | None]] = {}
    for a, b, measure, owner in conn.execute(
        "SELECT quantity_a, quantity_b, counted, owner FROM disagreements WHERE kind = 'update'"
    ):
        parent[find(a)] = find(b)
        measure_of[a] = measure_of[b] = (measure, owner)
    groups: dict[int, list[int]] = {}
    for q in parent:
        groups.setdefault(find(q), []).append(q)
    series = []
    for members in sorted(groups.values(), key=len, reverse=True)[:limit]:
        points = sorted(
            (
                dict(r)
                for r in execute_in(
                    conn,
                    """SELECT q.id, q.text, q.value, q.bound, q.as_of, q.article_id, ar.published,
                              ar.outlet, ar.headline FROM quantities q
                       JOIN articles ar ON ar.id = q.article_id WHERE q.id IN ({marks})""",
                    members,
                )
            ),
            key=lambda p: (p["published"] or "", p["value"]),
        )
        measure, owner = measure_of[members[0]]
        series.append({"measure": measure, "owner": owner, "points": points})
    return series
