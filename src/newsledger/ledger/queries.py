"""Read-only questions a user asks of the ledger. Storage never runs NLP: these are SQL."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

Row = dict[str, Any]


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: quoted terms (so "U.S." or "co-op" cannot break
    the syntax), all required; a trailing * on a word keeps prefix search.

    Quoting makes FTS5's own syntax plain words: NEAR, AND, a lone "-", column filters and
    unbalanced quotes cannot raise. NUL ends an FTS5 string early ("unterminated string")
    and a lone surrogate (undecodable bytes on a command line) cannot be encoded, so those
    are dropped first."""
    text = text.encode("utf-8", "ignore").decode("utf-8").replace("\x00", " ")
    terms = re.findall(r'"[^"]+"|\S+', text)
    quoted = []
    for term in terms:
        prefix = term.endswith("*") and len(term) > 1
        core = term.strip('"').rstrip("*").replace('"', '""')
        if core:
            quoted.append(f'"{core}"' + ("*" if prefix else ""))
    return " ".join(quoted)


def search(
    conn: sqlite3.Connection, query: str, limit: int = 20, offset: int = 0, scope: str = "articles"
) -> Iterator[Row]:
    """Full-text search with snippets; scope 'articles' (headline and text) or 'quotes'
    (attribution sources and contents)."""
    match = fts_query(query)
    if not match:
        return iter(())
    if scope == "quotes":
        sql = """
            SELECT a.article_id, ar.headline, ar.published, a.source_text AS source, a.cue_lemma AS cue,
                   snippet(attributions_fts, 1, '[', ']', '…', 16) AS snippet
            FROM attributions_fts JOIN attributions a ON a.id = attributions_fts.rowid
            JOIN articles ar ON ar.id = a.article_id
            WHERE attributions_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"""
    else:
        sql = """
            SELECT ar.id AS article_id, ar.headline, ar.published, ar.outlet,
                   snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
            FROM articles_fts JOIN articles ar ON ar.rowid = articles_fts.rowid
            WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"""
    return (dict(row) for row in conn.execute(sql, (match, limit, offset)))


def sources(conn: sqlite3.Connection, entity: str | None = None, limit: int = 50) -> Iterator[Row]:
    """Who is quoted, how often, in how many articles, how directly; anonymous sources are
    grouped by their wording ("U.S. officials"). With `entity`, only attributions whose
    content mentions that entity."""
    params: list[Any] = []
    where = ""
    if entity:
        where = """WHERE EXISTS (
            SELECT 1 FROM attribution_contents c JOIN mentions m ON m.article_id = a.article_id
            JOIN entities e ON e.id = m.entity_id
            WHERE c.attribution_id = a.id AND m.start >= c.start AND m."end" <= c."end"
              AND e.name LIKE ? COLLATE NOCASE)"""
        params.append(f"%{entity}%")
    sql = f"""
        SELECT coalesce(e.name, lower(a.source_text), '(no source)') AS source,
               a.source_kind AS kind,
               sum(a.kind = 'statement') AS attributions,
               sum(a.kind = 'attitude') AS attitudes,
               count(DISTINCT a.article_id) AS articles,
               sum(a.direct AND a.kind = 'statement') AS direct,
               min(ar.published) AS first, max(ar.published) AS last
        FROM attributions a JOIN articles ar ON ar.id = a.article_id
        LEFT JOIN entities e ON e.id = a.source_entity_id
        {where}
        GROUP BY 1, 2 ORDER BY attributions DESC, source LIMIT ?"""
    params.append(limit)
    return (dict(row) for row in conn.execute(sql, params))


def sourcing_summary(conn: sqlite3.Connection) -> Row:
    row = conn.execute(
        """SELECT count(*) AS attributions,
                  round(avg(source_kind = 'anonymous'), 3) AS anonymous_share,
                  round(avg(direct), 3) AS direct_share,
                  count(DISTINCT article_id) AS articles
           FROM attributions WHERE kind = 'statement'"""
    ).fetchone()
    return dict(row)


def anonymous_share_by_outlet(conn: sqlite3.Connection) -> Iterator[Row]:
    sql = """SELECT coalesce(ar.outlet, '(unknown)') AS outlet, count(*) AS attributions,
                    round(avg(a.source_kind = 'anonymous'), 3) AS anonymous_share
             FROM attributions a JOIN articles ar ON ar.id = a.article_id
             WHERE a.kind = 'statement'
             GROUP BY 1 ORDER BY attributions DESC"""
    return (dict(row) for row in conn.execute(sql))


def tables(conn: sqlite3.Connection) -> set[str]:
    """The ledger's tables and views."""
    return {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    }


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM pragma_table_info(?)", (table,))}


def has_shape(conn: sqlite3.Connection, shape: dict[str, set[str]]) -> bool:
    """True when every table exists with (at least) the columns a view reads: the
    cross-article tables (schema migration 2) are missing from older ledgers."""
    present = tables(conn)
    return all(
        table in present and needed <= columns(conn, table) for table, needed in shape.items()
    )


def find_article(conn: sqlite3.Connection, key: str) -> str | None:
    """An article id from a full id, an id prefix (as `show` prints), or an external id."""
    row = conn.execute(
        "SELECT id FROM articles WHERE id = ? OR external_id = ? OR id LIKE ? ORDER BY id = ? DESC LIMIT 2",
        (key, key, f"{key}%", key),
    ).fetchall()
    return row[0][0] if row else None


def article_record(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """The article's record rebuilt from the ledger, in the `newsledger.article/1` form."""
    from newsledger.records import SCHEMA

    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    local = {
        r["id"]: r["local_id"]
        for r in conn.execute(
            "SELECT id, local_id FROM entities WHERE article_id = ?", (article_id,)
        )
    }
    entities = []
    for e in conn.execute("SELECT * FROM entities WHERE article_id = ? ORDER BY id", (article_id,)):
        mentions = [
            _span(m)
            for m in conn.execute(
                'SELECT start, "end", text FROM mentions WHERE entity_id = ? ORDER BY start',
                (e["id"],),
            )
        ]
        entities.append(
            {"id": e["local_id"], "name": e["name"], "type": e["type"], "mentions": mentions}
        )
    attributions, attribution_local = [], {}
    for a in conn.execute(
        "SELECT * FROM attributions WHERE article_id = ? ORDER BY id", (article_id,)
    ):
        attribution_local[a["id"]] = a["local_id"]
        content = [
            _span(c)
            for c in conn.execute(
                'SELECT start, "end", text FROM attribution_contents WHERE attribution_id = ? ORDER BY position',
                (a["id"],),
            )
        ]
        source = None
        if a["source_text"] is not None:
            source = {"start": a["source_start"], "end": a["source_end"], "text": a["source_text"],
                      "entity": local.get(a["source_entity_id"]), "kind": a["source_kind"]}  # fmt: skip
        attributions.append({"id": a["local_id"], "source": source,
                             "cue": {"start": a["cue_start"], "end": a["cue_end"], "text": a["cue_text"], "lemma": a["cue_lemma"]},
                             "content": content, "direct": bool(a["direct"]), "kind": a["kind"],
                             "confidence": a["confidence"], "model": a["model"]})  # fmt: skip
    timexes = [
        {**_span(t), "type": t["type"], "value": t["value"], "mod": t["mod"],
         "interval": {"begin": t["begin"], "end": t["end_date"]} if t["begin"] or t["end_date"] else None}
        for t in conn.execute("SELECT * FROM timexes WHERE article_id = ? ORDER BY start", (article_id,))
    ]  # fmt: skip
    quantities = [
        {**_span(q), **{k: q[k] for k in ("value", "high", "unit", "unit_text", "currency", "si_value", "si_unit", "bound", "counted", "measure", "as_of")},
         "owner": {"start": q["owner_start"], "end": q["owner_end"], "text": q["owner_text"]} if q["owner_text"] is not None else None}
        for q in conn.execute("SELECT * FROM quantities WHERE article_id = ? ORDER BY start", (article_id,))
    ]  # fmt: skip
    events = [
        {"id": v["local_id"], "trigger": {"start": v["trigger_start"], "end": v["trigger_end"], "text": v["trigger_text"]},
         "type": v["type"], "actor": local.get(v["actor_entity_id"]), "actor_span": _stored_span(v, "actor"),
         "target": local.get(v["target_entity_id"]), "target_span": _stored_span(v, "target"),
         "place": local.get(v["place_entity_id"]), "time": v["time"], "status": v["status"],
         "attribution": attribution_local.get(v["attribution_id"]),
         "actor_codes": json.loads(v["actor_codes"]), "target_codes": json.loads(v["target_codes"]),
         "model": v["model"]}
        for v in conn.execute("SELECT * FROM events WHERE article_id = ? ORDER BY trigger_start", (article_id,))
    ]  # fmt: skip
    article = {
        "id": row["id"], "headline": row["headline"], "authors": json.loads(row["authors"]),
        "dateline": row["dateline"], "published": row["published"],
        "published_from": row["published_from"], "source": row["source"],
        "external_id": row["external_id"], "outlet": row["outlet"], "language": "en", "time_anchor": row["published"],
        "regions": json.loads(row["regions"]), "text": row["text"],
    }  # fmt: skip
    return {
        "schema": SCHEMA, "pipeline": row["pipeline"], "article": article, "entities": entities,
        "attributions": attributions,
        "timexes": timexes, "quantities": quantities, "events": events,
        "sourcing": json.loads(row["sourcing"]),
    }  # fmt: skip


def _span(row: sqlite3.Row) -> dict[str, Any]:
    return {"start": row["start"], "end": row["end"], "text": row["text"]}


def _stored_span(row: sqlite3.Row, role: str) -> dict[str, Any] | None:
    """An event's actor or target words, from their three columns (null in older ledgers)."""
    if row[f"{role}_text"] is None:
        return None
    return {"start": row[f"{role}_start"], "end": row[f"{role}_end"], "text": row[f"{role}_text"]}


def _stored_filter(
    where: str | None, not_by: str | None, before: str | None
) -> tuple[str, list[Any]]:
    conditions = [f"({where})"] if where else []
    params: list[Any] = []
    if not_by is not None:
        conditions.append("(pipeline IS NULL OR pipeline != ?)")
        params.append(not_by)
    if before is not None:
        conditions.append("(analysed_at IS NULL OR analysed_at < ?)")
        params.append(before)
    return "".join(f" AND {c}" for c in conditions), params


def stored_articles(
    conn: sqlite3.Connection,
    where: str | None = None,
    not_by: str | None = None,
    before: str | None = None,
) -> Iterator[Row]:
    """The stored articles a re-analysis reads (their text and metadata, in storage order):
    those matching the SQL condition `where` over `articles` columns, whose record another
    pipeline than `not_by` made, analysed before the time `before` (each filter optional).

    Rows are fetched a page at a time by rowid, so a corpus is never held in memory and a
    caller may write between pages."""
    filters, params = _stored_filter(where, not_by, before)
    last = 0
    while True:
        page = conn.execute(
            f"""SELECT rowid, id, text, headline, authors, dateline, published, published_from,
                       source, external_id, outlet, regions
                FROM articles WHERE rowid > ?{filters} ORDER BY rowid LIMIT 256""",
            (last, *params),
        ).fetchall()
        if not page:
            return
        for row in page:
            yield dict(row)
        last = page[-1]["rowid"]


def count_stored_articles(
    conn: sqlite3.Connection,
    where: str | None = None,
    not_by: str | None = None,
    before: str | None = None,
) -> int:
    filters, params = _stored_filter(where, not_by, before)
    sql = f"SELECT count(*) FROM articles WHERE 1{filters}"
    return int(conn.execute(sql, params).fetchone()[0])
