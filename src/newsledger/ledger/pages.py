"""The SQL behind the web app's pages: paged, read-only, and nothing a page could not show.

The CLI's queries (newsledger.ledger.queries) answer with whole result sets; pages need an
offset, snippets whose highlight markers cannot collide with the text, and a context
window around each mention. Every query takes `limit`/`offset`; callers ask for one row
more than they show, to know whether there is a next page. An entity page's name is resolved
by ledger.entities.resolve_entity, and its timeline is ledger.entities.timeline: the same
as the CLI's.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from newsledger.ledger.claims import disagreement_rows
from newsledger.ledger.entities import LINKS_SHAPE
from newsledger.ledger.queries import fts_query, has_shape, tables

Row = dict[str, Any]

# Snippet markers: control characters never appear in article text the readers accept,
# so the highlight can be turned into <mark> after escaping without touching real text.
HIT_OPEN, HIT_CLOSE = "\x02", "\x03"

# Characters of context either side of a mention or a quantity.
WINDOW = 90

# The cross-article analysis tables (newsledger.analysis, schema migration 2), with the
# columns these pages read. Ledgers made before that migration lack them.
CLAIM_COLUMNS = {"id", "label", "first_published", "last_published", "n_members", "n_articles",
                 "n_outlets", "n_sources", "n_anonymous", "anonymous_only"}  # fmt: skip
MEMBER_COLUMNS = {"attribution_id", "cluster_id", "similarity"}
DISAGREEMENT_COLUMNS = {
    "id",
    "quantity_a",
    "quantity_b",
    "counted",
    "unit",
    "about",
    "gap",
    "kind",
    "owner",
}


def _rows(conn: sqlite3.Connection, sql: str, params: tuple | list = ()) -> list[Row]:
    return [dict(row) for row in conn.execute(sql, params)]


def overview(conn: sqlite3.Connection) -> Row:
    row = conn.execute(
        """SELECT (SELECT count(*) FROM articles) AS articles,
                  (SELECT count(*) FROM attributions WHERE kind = 'statement') AS attributions,
                  (SELECT count(DISTINCT name) FROM entities) AS entities,
                  (SELECT count(*) FROM events) AS events,
                  (SELECT min(published) FROM articles) AS first,
                  (SELECT max(published) FROM articles) AS last"""
    ).fetchone()
    return dict(row)


def articles(conn: sqlite3.Connection, limit: int, offset: int) -> list[Row]:
    return _rows(
        conn,
        """SELECT id, headline, published, outlet, external_id, n_attributions, anonymous_share
           FROM articles ORDER BY published DESC, rowid DESC LIMIT ? OFFSET ?""",
        (limit, offset),
    )


def search(conn: sqlite3.Connection, query: str, scope: str, limit: int, offset: int) -> list[Row]:
    """FTS5 search of articles (headline and text) or of quotes, with marked snippets."""
    match = fts_query(query)
    if not match:
        return []
    if scope == "quotes":
        sql = f"""
            SELECT a.article_id, ar.headline, ar.published, ar.outlet, a.source_text AS source,
                   a.source_kind AS kind, a.cue_lemma AS cue, a.direct, a.local_id,
                   snippet(attributions_fts, 1, '{HIT_OPEN}', '{HIT_CLOSE}', '…', 24) AS snippet
            FROM attributions_fts JOIN attributions a ON a.id = attributions_fts.rowid
            JOIN articles ar ON ar.id = a.article_id
            WHERE attributions_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"""
    else:
        sql = f"""
            SELECT ar.id AS article_id, ar.headline, ar.published, ar.outlet, ar.n_attributions,
                   snippet(articles_fts, 1, '{HIT_OPEN}', '{HIT_CLOSE}', '…', 24) AS snippet
            FROM articles_fts JOIN articles ar ON ar.rowid = articles_fts.rowid
            WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"""
    return _rows(conn, sql, (match, limit, offset))


# Article entities with their display name: the canonical entity's, else their own.
_NAMED = """entities e LEFT JOIN entity_links l ON l.entity_id = e.id
            LEFT JOIN canonical_entities c ON c.id = l.canonical_id"""


def entities(
    conn: sqlite3.Connection, kind: str | None, name: str | None, limit: int, offset: int
) -> list[Row]:
    """Entities across the ledger, most mentioned first: canonical names once the analysis
    has linked them (so "Russia" and "Russian Federation" are one row), else the names
    the articles use. A name filter matches either."""
    linked = has_shape(conn, LINKS_SHAPE)
    shown = "coalesce(c.name, e.name)" if linked else "e.name"
    typed = "coalesce(c.type, e.type)" if linked else "e.type"
    where, having, params = "", "", []
    if kind:
        where = f"WHERE {typed} = ?"
        params.append(kind)
    if name:
        having = f"HAVING max(e.name LIKE ? OR {shown} LIKE ?)"
        params += [f"%{name}%"] * 2
    return _rows(
        conn,
        f"""SELECT {shown} AS name, {typed} AS type, sum(e.n_mentions) AS mentions,
                   count(DISTINCT e.article_id) AS articles
            FROM {_NAMED if linked else "entities e"} {where}
            GROUP BY 1, 2 {having}
            ORDER BY mentions DESC, name LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )


def entity_types(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT DISTINCT type FROM entities ORDER BY type")]


# The entity ids a page is about, passed as one JSON array parameter (any number of them).
_IDS = "(SELECT value FROM json_each(?))"


def entity_summary(conn: sqlite3.Connection, ids: list[int]) -> list[Row]:
    """The entity's types and counts (one name can be typed differently across articles)."""
    return _rows(
        conn,
        f"""SELECT type, sum(n_mentions) AS mentions, count(DISTINCT article_id) AS articles
            FROM entities WHERE id IN {_IDS} GROUP BY type ORDER BY mentions DESC""",
        (json.dumps(ids),),
    )


def mentions(conn: sqlite3.Connection, ids: list[int], limit: int, offset: int) -> list[Row]:
    """Each mention with the text around it (SQLite substr counts characters, as Python
    does, so the window's offsets line up with the record's)."""
    rows = _rows(
        conn,
        f"""SELECT m.article_id, m.start, m."end", m.text, ar.headline, ar.published,
                   max(m.start - {WINDOW}, 0) AS window_start,
                   substr(ar.text, max(m.start - {WINDOW}, 0) + 1,
                          m."end" - max(m.start - {WINDOW}, 0) + {WINDOW}) AS window
            FROM mentions m JOIN articles ar ON ar.id = m.article_id
            WHERE m.entity_id IN {_IDS}
            ORDER BY ar.published DESC, m.article_id, m.start LIMIT ? OFFSET ?""",
        (json.dumps(ids), limit, offset),
    )
    for row in rows:
        cut_start = row["start"] - row["window_start"]
        cut_end = row["end"] - row["window_start"]
        window = row.pop("window") or ""
        row["before"] = ("…" if row["window_start"] else "") + window[:cut_start]
        row["hit"] = window[cut_start:cut_end]
        row["after"] = window[cut_end:] + "…"
    return rows


def quotes_by(conn: sqlite3.Connection, ids: list[int], limit: int, offset: int) -> list[Row]:
    """Attributions whose source resolved to this entity."""
    return _rows(
        conn,
        f"""SELECT a.article_id, a.local_id, a.source_text, a.cue_lemma, a.cue_text, a.direct,
                   a.content, ar.headline, ar.published
            FROM attributions a JOIN articles ar ON ar.id = a.article_id
            WHERE a.source_entity_id IN {_IDS}
            ORDER BY ar.published DESC, a.id LIMIT ? OFFSET ?""",
        (json.dumps(ids), limit, offset),
    )


# Attribution ids whose content holds a mention of the entity: walks from its mentions
# to the attributions of those articles only.
_ABOUT_IDS = f"""
    SELECT c.attribution_id FROM mentions m
    JOIN attributions a2 ON a2.article_id = m.article_id
    JOIN attribution_contents c ON c.attribution_id = a2.id
    WHERE m.entity_id IN {_IDS} AND m.start >= c.start AND m."end" <= c."end"
"""


def quotes_about(conn: sqlite3.Connection, ids: list[int], limit: int, offset: int) -> list[Row]:
    """Attributions whose content mentions this entity."""
    return _rows(
        conn,
        f"""SELECT a.article_id, a.local_id, a.source_text, a.source_kind, a.cue_lemma, a.cue_text,
                  a.direct, a.content, ar.headline, ar.published
           FROM attributions a JOIN articles ar ON ar.id = a.article_id
           WHERE a.id IN ({_ABOUT_IDS})
           ORDER BY ar.published DESC, a.id LIMIT ? OFFSET ?""",
        (json.dumps(ids), limit, offset),
    )


def sources(conn: sqlite3.Connection, kind: str | None, limit: int, offset: int) -> list[Row]:
    """The sources leaderboard: who is quoted most, how directly, in how many articles.
    Sources without an entity are grouped by their wording ("U.S. officials")."""
    where = "WHERE a.source_kind = ?" if kind else ""
    params: list[Any] = [kind] if kind else []
    return _rows(
        conn,
        f"""SELECT coalesce(e.name, lower(a.source_text), '(no source)') AS source,
                   e.name IS NOT NULL AS is_entity, a.source_kind AS kind,
                   sum(a.kind = 'statement') AS attributions, sum(a.kind = 'attitude') AS attitudes,
                   count(DISTINCT a.article_id) AS articles, sum(a.direct AND a.kind = 'statement') AS direct,
                   min(ar.published) AS first, max(ar.published) AS last
            FROM attributions a JOIN articles ar ON ar.id = a.article_id
            LEFT JOIN entities e ON e.id = a.source_entity_id
            {where}
            GROUP BY 1, 2, 3 ORDER BY attributions DESC, source LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )


def source_kinds(conn: sqlite3.Connection) -> list[Row]:
    return _rows(
        conn,
        """SELECT source_kind AS kind, count(*) AS attributions FROM attributions
           WHERE kind = 'statement' GROUP BY 1 ORDER BY 2 DESC""",
    )


def outlets(conn: sqlite3.Connection, limit: int, offset: int) -> list[Row]:
    """Anonymous share by outlet, over the outlet's attributions."""
    return _rows(
        conn,
        """SELECT coalesce(ar.outlet, '(unknown)') AS outlet, count(DISTINCT ar.id) AS articles,
                  count(*) AS attributions, avg(a.source_kind = 'anonymous') AS anonymous_share,
                  avg(a.direct) AS direct_share
           FROM attributions a JOIN articles ar ON ar.id = a.article_id
           WHERE a.kind = 'statement'
           GROUP BY 1 ORDER BY attributions DESC, outlet LIMIT ? OFFSET ?""",
        (limit, offset),
    )


CLAIMS_SHAPE = {"claim_clusters": CLAIM_COLUMNS, "claim_members": MEMBER_COLUMNS}
DISAGREEMENTS_SHAPE = {"disagreements": DISAGREEMENT_COLUMNS}


def claim_clusters(conn: sqlite3.Connection, limit: int, offset: int) -> list[Row]:
    """Clusters reported most widely first: by articles, then members."""
    return _rows(
        conn,
        """SELECT * FROM claim_clusters
           ORDER BY n_articles DESC, n_members DESC, first_published, id LIMIT ? OFFSET ?""",
        (limit, offset),
    )


def claim_cluster(conn: sqlite3.Connection, cluster_id: int) -> Row | None:
    row = conn.execute("SELECT * FROM claim_clusters WHERE id = ?", (cluster_id,)).fetchone()
    return dict(row) if row else None


def claim_members(
    conn: sqlite3.Connection, cluster_ids: list[int], limit: int, offset: int = 0
) -> dict[int, list[Row]]:
    """Members of these clusters in the order they were reported, at most `limit` each."""
    if not cluster_ids:
        return {}
    marks = ",".join("?" * len(cluster_ids))
    rows = _rows(
        conn,
        f"""SELECT * FROM (
                SELECT m.cluster_id, m.similarity, a.article_id, a.local_id, a.source_text,
                       a.source_kind, a.cue_lemma, a.cue_text, a.direct, a.content,
                       ar.headline, ar.published, ar.outlet,
                       row_number() OVER (PARTITION BY m.cluster_id
                                          ORDER BY ar.published, a.id) AS position
                FROM claim_members m JOIN attributions a ON a.id = m.attribution_id
                JOIN articles ar ON ar.id = a.article_id
                WHERE m.cluster_id IN ({marks}))
            WHERE position > ? AND position <= ? ORDER BY cluster_id, position""",
        [*cluster_ids, offset, offset + limit],
    )
    members: dict[int, list[Row]] = {}
    for row in rows:
        members.setdefault(row["cluster_id"], []).append(row)
    return members


def disagreements(conn: sqlite3.Connection, limit: int, offset: int) -> list[Row]:
    """Pairs of figures that do not agree, conflicts first, each side with its article, source
    and the sentence-sized window around it."""
    window = """, max(q{s}.start - {w}, 0) AS {s}_window_start,
        substr(ar{s}.text, max(q{s}.start - {w}, 0) + 1, q{s}."end" - max(q{s}.start - {w}, 0) + {w})
        AS {s}_window"""
    rows = disagreement_rows(
        conn, limit, offset, extra=window.format(s="a", w=WINDOW) + window.format(s="b", w=WINDOW)
    )
    names = _canonical_names(conn)
    for row in rows:
        for s in ("a", "b"):
            cut_start = row[f"{s}_start"] - row[f"{s}_window_start"]
            cut_end = row[f"{s}_end"] - row[f"{s}_window_start"]
            window_text = row.pop(f"{s}_window") or ""
            row[f"{s}_before"] = ("…" if row[f"{s}_window_start"] else "") + window_text[:cut_start]
            row[f"{s}_after"] = window_text[cut_end:] + "…"
        row["about_names"] = _about_names(row.get("about"), names)
    return rows


def _canonical_names(conn: sqlite3.Connection) -> dict[int, str]:
    if "canonical_entities" not in tables(conn):
        return {}
    return {row[0]: row[1] for row in conn.execute("SELECT id, name FROM canonical_entities")}


def _about_names(about: str | None, names: dict[int, str]) -> list[str]:
    try:
        ids = json.loads(about or "[]")
    except ValueError:
        return []
    return [names.get(i, f"#{i}") if isinstance(i, int) else str(i) for i in ids]


def has_claims(conn: sqlite3.Connection) -> bool:
    """The claim pages' tables are there (ledgers made before migration 2 lack them)."""
    return has_shape(conn, CLAIMS_SHAPE)


def has_disagreements(conn: sqlite3.Connection) -> bool:
    return has_shape(conn, DISAGREEMENTS_SHAPE)
