"""Fetched web pages kept in the ledger, compressed: what was read, from where, when.

A page is stored once per URL asked for; a later run reads it from here instead of
fetching it again, and `reanalyse` can read it again when extraction improves.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StoredPage:
    """A fetched page as the ledger keeps it (the body decompressed)."""

    url: str
    final_url: str
    status: int
    content_type: str | None
    fetched_at: str
    body: bytes
    article_id: str | None = None


def keep_page(conn: sqlite3.Connection, page: StoredPage) -> None:
    """Store a fetched page (once per URL: a page already kept stays as it was)."""
    conn.execute(
        """INSERT OR IGNORE INTO raw_pages(url, final_url, status, content_type, fetched_at, body)
           VALUES (?, ?, ?, ?, ?, ?)""",
        (
            page.url,
            page.final_url,
            page.status,
            page.content_type,
            page.fetched_at,
            zlib.compress(page.body, 6),
        ),
    )


def stored_page(conn: sqlite3.Connection, url: str) -> StoredPage | None:
    """The page kept for this URL (asked for, or where a redirect ended), if any."""
    row = conn.execute(
        "SELECT * FROM raw_pages WHERE url = ? OR final_url = ? ORDER BY url = ? DESC LIMIT 1",
        (url, url, url),
    ).fetchone()
    return _page(row) if row else None


def pages_without_article(conn: sqlite3.Connection) -> Iterator[StoredPage]:
    """Kept pages no stored article came from (extraction or analysis failed on them)."""
    last = 0
    while True:
        rows = conn.execute(
            "SELECT * FROM raw_pages WHERE article_id IS NULL AND id > ? ORDER BY id LIMIT 64",
            (last,),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield _page(row)
        last = rows[-1]["id"]


def _page(row: sqlite3.Row) -> StoredPage:
    return StoredPage(
        url=row["url"],
        final_url=row["final_url"],
        status=row["status"],
        content_type=row["content_type"],
        fetched_at=row["fetched_at"],
        body=zlib.decompress(row["body"]),
        article_id=row["article_id"],
    )
