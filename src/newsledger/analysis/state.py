"""Watermarks in the ledger's `meta` table: how far each analysis step has read."""

from __future__ import annotations

import sqlite3


def get_mark(conn: sqlite3.Connection, key: str) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def set_mark(conn: sqlite3.Connection, key: str, value: int) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, str(value)))


def behind(conn: sqlite3.Connection, key: str, table: str) -> bool:
    """Whether `table` has rows past the watermark `key`: a step that has not read them yet.

    `max(id)` of an INTEGER PRIMARY KEY is one b-tree descent, so this is cheap to ask
    on every run.
    """
    top = conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
    return top is not None and int(top) > get_mark(conn, key)
