"""The SQLite store: open, migrate, and write article records (one writer, batched).

An article is keyed by the sha256 of its text, so writing the same article twice adds
nothing. Each batch is one transaction: a crash loses at most the batch in flight,
never what was committed, and the next run skips what is already there.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsledger.ledger.schema import migrate

TABLES = (
    "articles", "entities", "mentions", "attributions", "attribution_contents",
    "timexes", "quantities", "events", "failures",
)  # fmt: skip


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the pragmas the ledger relies on; read-only opens never write."""
    if readonly:
        uri = f"file:{Path(path).resolve()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def execute_in(
    conn: sqlite3.Connection, sql: str, ids: Iterable[Any], size: int = 500
) -> Iterator[sqlite3.Row]:
    """Run `sql` (with one `{marks}` placeholder inside `IN (...)`) over `ids` in chunks, so
    a long id list never passes SQLite's limit on bound parameters; rows of every chunk."""
    values = list(ids)
    for start in range(0, len(values), size):
        chunk = values[start : start + size]
        yield from conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class Ledger:
    """A ledger file: the single writer of article records."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.conn = connect(self.path)
        migrate(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def known(self, article_ids: Iterable[str]) -> set[str]:
        """Which of these article ids are already stored."""
        return {
            row[0]
            for row in execute_in(
                self.conn, "SELECT id FROM articles WHERE id IN ({marks})", article_ids
            )
        }

    def write(
        self, records: Iterable[dict[str, Any]], failures: Iterable[tuple[str, str, str]] = ()
    ) -> int:
        """Store a batch of article records (JSON form) in one transaction; returns how many
        were new."""
        added = 0
        with transaction(self.conn):
            for record in records:
                added += write_record(self.conn, record)
            for source, code, message in failures:
                self.conn.execute(
                    "INSERT OR IGNORE INTO failures(source, code, message, at) VALUES (?, ?, ?, ?)",
                    (source, code, message, _now()),
                )
        return added

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _interval(timex: dict[str, Any]) -> tuple[str | None, str | None]:
    interval = timex.get("interval") or {}
    return interval.get("begin"), interval.get("end")


def write_record(conn: sqlite3.Connection, record: dict[str, Any]) -> int:
    """Insert one article record and everything extracted from it; 0 if already stored."""
    article = record["article"]
    sourcing = record.get("sourcing") or {}
    cursor = conn.execute(
        """INSERT OR IGNORE INTO articles(id, source, external_id, outlet, headline, published,
           dateline, authors, text, regions, sourcing, n_attributions, anonymous_share, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            article["id"], article.get("source"), article.get("external_id"), article.get("outlet"),
            article.get("headline"), article.get("published"), article.get("dateline"),
            json.dumps(article.get("authors") or [], ensure_ascii=False), article["text"],
            json.dumps(article.get("regions") or [], ensure_ascii=False),
            json.dumps(sourcing, ensure_ascii=False), len(record.get("attributions") or []),
            sourcing.get("anonymous_share"), _now(),
        ),
    )  # fmt: skip
    if cursor.rowcount == 0:
        return 0
    article_id = article["id"]
    entity_rows: dict[str, int] = {}
    for entity in record.get("entities") or []:
        row = conn.execute(
            "INSERT INTO entities(article_id, local_id, name, type, n_mentions) VALUES (?, ?, ?, ?, ?)",
            (article_id, entity["id"], entity["name"], entity["type"], len(entity["mentions"])),
        ).lastrowid
        entity_rows[entity["id"]] = int(row)
        conn.executemany(
            'INSERT INTO mentions(entity_id, article_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            [(row, article_id, m["start"], m["end"], m["text"]) for m in entity["mentions"]],
        )
    attribution_rows: dict[str, int] = {}
    for attribution in record.get("attributions") or []:
        source = attribution.get("source") or {}
        cue = attribution["cue"]
        contents = attribution.get("content") or []
        row = conn.execute(
            """INSERT INTO attributions(article_id, local_id, source_text, source_start, source_end,
               source_kind, source_entity_id, cue_text, cue_start, cue_end, cue_lemma, direct, content)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article_id, attribution["id"], source.get("text"), source.get("start"),
                source.get("end"), source.get("kind") or "unknown",
                entity_rows.get(source.get("entity") or ""), cue["text"], cue["start"], cue["end"],
                cue.get("lemma"), int(bool(attribution.get("direct"))),
                " … ".join(c["text"] for c in contents),
            ),
        ).lastrowid  # fmt: skip
        attribution_rows[attribution["id"]] = int(row)
        conn.executemany(
            'INSERT INTO attribution_contents(attribution_id, position, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            [(row, i, c["start"], c["end"], c["text"]) for i, c in enumerate(contents)],
        )
    conn.executemany(
        'INSERT INTO timexes(article_id, start, "end", text, type, value, mod, begin, end_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
            (article_id, t["start"], t["end"], t["text"], t["type"], t["value"], t.get("mod"), *_interval(t))
            for t in record.get("timexes") or []
        ],
    )  # fmt: skip
    conn.executemany(
        """INSERT INTO quantities(article_id, start, "end", text, value, high, unit, unit_text, currency,
           si_value, si_unit, bound, counted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (article_id, q["start"], q["end"], q["text"], q.get("value"), q.get("high"), q.get("unit"),
             q.get("unit_text"), q.get("currency"), q.get("si_value"), q.get("si_unit"), q.get("bound"),
             q.get("counted"))
            for q in record.get("quantities") or []
        ],
    )  # fmt: skip
    conn.executemany(
        """INSERT INTO events(article_id, local_id, trigger_start, trigger_end, trigger_text, type, status,
           actor_entity_id, target_entity_id, place_entity_id, time, attribution_id, actor_codes, target_codes)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                article_id, v["id"], v["trigger"]["start"], v["trigger"]["end"], v["trigger"]["text"],
                v["type"], v["status"], entity_rows.get(v.get("actor") or ""),
                entity_rows.get(v.get("target") or ""), entity_rows.get(v.get("place") or ""),
                v.get("time"), attribution_rows.get(v.get("attribution") or ""),
                json.dumps(v.get("actor_codes") or []), json.dumps(v.get("target_codes") or []),
            )
            for v in record.get("events") or []
        ],
    )  # fmt: skip
    return 1
