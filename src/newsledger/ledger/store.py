"""The SQLite store: open, migrate, and write article records (one writer, batched).

An article is keyed by the sha256 of its text, so writing the same article twice adds
nothing. Each batch is one transaction: a crash loses at most the batch in flight,
never what was committed, and the next run skips what is already there.

`open_ledger` is the one place a path is checked before use (a directory, an empty
file, not SQLite, another program's database, a newer schema, a ledger this user cannot
write), so every command reports such a path as one NL013/NL014 line.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsledger.errors import Code, NewsledgerError
from newsledger.ledger.raw_pages import StoredPage, keep_page
from newsledger.ledger.schema import APPLICATION_ID, SCHEMA_VERSION, migrate, newer_schema

TABLES = (
    "articles", "entities", "mentions", "attributions", "attribution_contents",
    "timexes", "quantities", "events", "failures",
)  # fmt: skip
# The columns of `articles` since the first migration: how a ledger made before the
# application id was stamped is told apart from another program's `articles` table.
ARTICLE_COLUMNS = frozenset(
    {"rowid", "id", "source", "external_id", "outlet", "headline", "published", "dateline",
     "authors", "text", "regions", "sourcing", "n_attributions", "anonymous_share", "ingested_at"}
)  # fmt: skip
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
_SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_CORRUPT, _SQLITE_NOTADB = 8, 14, 11, 26
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the pragmas the ledger relies on; read-only opens never write.

    No checks on what the file holds: `open_ledger` makes those and should be preferred.
    """
    if readonly:
        conn = _connect_readonly(Path(path))
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
        _writer_pragmas(conn)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _writer_pragmas(conn: sqlite3.Connection) -> None:
    # busy_timeout first: another process may be creating or migrating this very file, and
    # switching to WAL needs a lock of its own.
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _retry_busy(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone())
    conn.execute("PRAGMA synchronous = NORMAL")


def _retry_busy(step: Any, attempts: int = 50) -> Any:
    """Run `step`, again while SQLite says busy: switching a brand-new file to WAL while
    another process does the same can return SQLITE_BUSY without calling the busy handler."""
    for attempt in range(attempts):
        try:
            return step()
        except sqlite3.OperationalError as error:
            if _primary(error) not in _BUSY_CODES or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    return None


def _primary(error: sqlite3.Error) -> int:
    return (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """`mode=ro`; if that cannot read, `immutable=1`.

    A WAL ledger is read through its -shm file, which SQLite must be able to create beside
    the ledger; a user who can write neither the file nor its folder (a ledger shared
    read-only, as after a clean close, with no -shm left) gets SQLITE_READONLY or
    SQLITE_CANTOPEN on the first read. Such a user cannot be the writer, and the file on
    disk then holds every committed transaction (a clean close checkpoints the WAL), so it
    is read as immutable: no locks, no -shm. The cost: should the owner write to it at the
    same time, this reader may see the file as it was, or fail; it never changes it.
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(
        f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        conn.close()
        if _primary(error) not in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
            raise
        conn = sqlite3.connect(
            f"{uri}?immutable=1", uri=True, isolation_level=None, check_same_thread=False
        )
    return conn


def open_ledger(
    path: str | Path, readonly: bool = False, create: bool = True
) -> sqlite3.Connection:
    """The one place a ledger file is checked before use; raises NewsledgerError.

    NL009 no such file (unless a writer may `create` it); NL013 a directory, an empty file
    (unless a writer may create), not SQLite, or SQLite but not a ledger; NL014 a ledger
    this user cannot write (writers only, checked before any work is done). A zero-byte
    file is a new ledger to a writer that may create one (`ingest`: it is what `touch` or
    `mktemp` leaves, and SQLite itself takes it for an empty database), while a reader, or
    `analyse`, has nothing to work on in it. Writers get the ledger migrated.
    """
    where = str(path)
    path = Path(path)
    if path.is_dir():
        raise NewsledgerError(Code.BAD_LEDGER, "is a directory, not a ledger file", where)
    if not path.exists():
        if readonly or not create:
            raise NewsledgerError(Code.NOT_FOUND, "no such ledger file", where)
    else:
        _check_header(path, where, empty_is_new=create and not readonly)
    if not readonly:
        _check_writable(path, where)
    conn: sqlite3.Connection | None = None
    try:
        if readonly:
            conn = connect(path, readonly=True)
            check_schema(conn, where, readonly=True)
            return conn
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        check_schema(conn, where, readonly=False)  # before WAL: never touch a foreign file
        _writer_pragmas(conn)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
        return conn
    except NewsledgerError as error:
        if conn is not None:
            conn.close()
        error.source = error.source or where
        raise
    except sqlite3.DatabaseError as error:
        if conn is not None:
            conn.close()
        mapped = _as_ledger_error(error, where, readonly)
        if mapped is None:
            raise
        raise mapped from None


def _check_header(path: Path, where: str, empty_is_new: bool) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        raise NewsledgerError(
            Code.READ_ONLY, "permission denied: this user cannot read the ledger file", where
        ) from None
    if not header:
        wal = Path(f"{path}-wal")
        if not empty_is_new and not (wal.exists() and wal.stat().st_size):  # it may be in the WAL
            raise NewsledgerError(Code.BAD_LEDGER, "empty file, not a ledger", where)
        return
    if header != SQLITE_HEADER:
        raise NewsledgerError(Code.BAD_LEDGER, "not a SQLite database", where)


def _check_writable(path: Path, where: str) -> None:
    folder = path.resolve().parent
    if path.exists() and not os.access(path, os.W_OK):
        raise NewsledgerError(
            Code.READ_ONLY, "this user cannot write the ledger file (read-only)", where
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise NewsledgerError(
            Code.READ_ONLY,
            f"this user cannot write in the ledger's folder {folder} "
            "(SQLite keeps its -wal and -shm files beside the ledger)",
            where,
        )


def _as_ledger_error(
    error: sqlite3.DatabaseError, where: str, readonly: bool
) -> NewsledgerError | None:
    """The one-line error for what SQLite said about the file; None if it is not about the file."""
    code = _primary(error)
    if code == _SQLITE_NOTADB:
        return NewsledgerError(Code.BAD_LEDGER, "not a SQLite database", where)
    if code == _SQLITE_CORRUPT:
        return NewsledgerError(Code.BAD_LEDGER, f"a damaged SQLite database ({error})", where)
    if code in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
        action = "open" if readonly else "write"
        return NewsledgerError(
            Code.READ_ONLY, f"this user cannot {action} the ledger ({error})", where
        )
    return None


def check_schema(conn: sqlite3.Connection, where: str, readonly: bool) -> None:
    """Refuse a SQLite database that is not a newsledger ledger (NL013).

    Ours: our application id, or (ledgers made before it was stamped) no application id,
    a user_version in 1..SCHEMA_VERSION and an `articles` table with the ledger's columns.
    A database with no tables and version 0 is a new ledger to a writer.
    """
    # One read transaction: another process may be creating this ledger right now, and
    # separate reads could see the ids from before its first migration, the tables after.
    conn.execute("BEGIN")
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = sorted(
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        )
        columns = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")  # it only read

    def foreign(why: str) -> NewsledgerError:
        return NewsledgerError(
            Code.BAD_LEDGER, f"a SQLite database but not a newsledger ledger ({why})", where
        )

    if app_id not in (0, APPLICATION_ID):
        raise foreign(f"application_id {app_id} belongs to another program")
    if app_id == APPLICATION_ID:
        if version > SCHEMA_VERSION:
            raise newer_schema(version)
        return
    if version == 0:
        if tables:
            shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
            raise foreign(f"no newsledger schema; unknown tables: {shown}")
        if readonly:
            raise foreign("no tables: nothing has been ingested into it")
        return
    if not ARTICLE_COLUMNS.issubset(columns):
        raise foreign(f"user_version {version} but no newsledger `articles` table")
    if version > SCHEMA_VERSION:
        raise newer_schema(version)


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

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.path = Path(path)
        self.conn = open_ledger(self.path, readonly=False, create=create)

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

    def replace(self, records: Iterable[dict[str, Any]]) -> int:
        """Put new analyses of stored articles in place of the old, in one transaction;
        returns how many articles were found to replace."""
        with transaction(self.conn):
            return sum(replace_analysis(self.conn, record) for record in records)

    def keep_page(self, page: StoredPage) -> None:
        """Store a fetched page, committed at once: it is not fetched again, even after a crash."""
        with transaction(self.conn):
            keep_page(self.conn, page)

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        """Set (or, with None, remove) a value in the ledger's `meta` table, committed."""
        with transaction(self.conn):
            if value is None:
                self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                self.conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value)
                )

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def analysed_now() -> str:
    """A record's analysis time, to the microsecond: `reanalyse --all` resumes by it."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _interval(timex: dict[str, Any]) -> tuple[str | None, str | None]:
    interval = timex.get("interval") or {}
    return interval.get("begin"), interval.get("end")


def write_record(conn: sqlite3.Connection, record: dict[str, Any]) -> int:
    """Insert one article record and everything extracted from it; 0 if already stored."""
    article = record["article"]
    sourcing = record.get("sourcing") or {}
    cursor = conn.execute(
        """INSERT OR IGNORE INTO articles(id, source, external_id, outlet, headline, published,
           dateline, authors, text, regions, sourcing, n_attributions, anonymous_share, ingested_at,
           published_from, pipeline, analysed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            article["id"], article.get("source"), article.get("external_id"), article.get("outlet"),
            article.get("headline"), article.get("published"), article.get("dateline"),
            json.dumps(article.get("authors") or [], ensure_ascii=False), article["text"],
            json.dumps(article.get("regions") or [], ensure_ascii=False),
            json.dumps(sourcing, ensure_ascii=False), _statements(record),
            sourcing.get("anonymous_share"), _now(), article.get("published_from"),
            record.get("pipeline"), analysed_now(),
        ),
    )  # fmt: skip
    if cursor.rowcount == 0:
        return 0
    if article.get("source"):
        conn.execute(
            "UPDATE raw_pages SET article_id = ? WHERE article_id IS NULL AND url = ?",
            (article["id"], article["source"]),
        )
    _write_items(conn, article["id"], record)
    return 1


# The tables holding what the analysis found in an article, children before parents.
ANALYSIS_TABLES = (
    "attribution_contents", "events", "attributions", "mentions", "entities", "timexes",
    "quantities",
)  # fmt: skip


def replace_analysis(conn: sqlite3.Connection, record: dict[str, Any]) -> int:
    """Put a new analysis of a stored article in place of its old one; the article (its
    text, source, date, raw page) stays as it is. 0 if the article is not stored."""
    article = record["article"]
    sourcing = record.get("sourcing") or {}
    article_id = article["id"]
    cursor = conn.execute(
        """UPDATE articles SET sourcing = ?, n_attributions = ?, anonymous_share = ?, pipeline = ?,
           analysed_at = ? WHERE id = ?""",
        (
            json.dumps(sourcing, ensure_ascii=False), _statements(record),
            sourcing.get("anonymous_share"), record.get("pipeline"), analysed_now(), article_id,
        ),
    )  # fmt: skip
    if cursor.rowcount == 0:
        return 0
    conn.execute(
        "DELETE FROM attribution_contents WHERE attribution_id IN "
        "(SELECT id FROM attributions WHERE article_id = ?)",
        (article_id,),
    )
    for table in ANALYSIS_TABLES[1:]:
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    _write_items(conn, article_id, record)
    return 1


def write_entity(conn: sqlite3.Connection, article_id: str, entity: dict[str, Any]) -> int:
    """One article entity ({id, name, type, mentions: [{start, end, text}]}) and its
    mentions; returns its row id."""
    row = int(
        conn.execute(
            "INSERT INTO entities(article_id, local_id, name, type, n_mentions) VALUES (?, ?, ?, ?, ?)",
            (article_id, entity["id"], entity["name"], entity["type"], len(entity["mentions"])),
        ).lastrowid
    )
    conn.executemany(
        'INSERT INTO mentions(entity_id, article_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
        [(row, article_id, m["start"], m["end"], m["text"]) for m in entity["mentions"]],
    )
    return row


def _write_items(conn: sqlite3.Connection, article_id: str, record: dict[str, Any]) -> None:
    """The rows of what was found in the article: entities, attributions, times, numbers, events."""
    entity_rows: dict[str, int] = {}
    for entity in record.get("entities") or []:
        entity_rows[entity["id"]] = write_entity(conn, article_id, entity)
    attribution_rows: dict[str, int] = {}
    for attribution in record.get("attributions") or []:
        source = attribution.get("source") or {}
        cue = attribution["cue"]
        contents = attribution.get("content") or []
        row = conn.execute(
            """INSERT INTO attributions(article_id, local_id, source_text, source_start, source_end,
               source_kind, source_entity_id, cue_text, cue_start, cue_end, cue_lemma, direct, content,
               kind, confidence, model)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article_id, attribution["id"], source.get("text"), source.get("start"),
                source.get("end"), source.get("kind") or "unknown",
                entity_rows.get(source.get("entity") or ""), cue["text"], cue["start"], cue["end"],
                cue.get("lemma"), int(bool(attribution.get("direct"))),
                " … ".join(c["text"] for c in contents), attribution.get("kind") or "statement",
                attribution.get("confidence"), attribution.get("model") or "rules",
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
           si_value, si_unit, bound, counted, measure, owner_start, owner_end, owner_text, as_of)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (article_id, q["start"], q["end"], q["text"], q.get("value"), q.get("high"), q.get("unit"),
             q.get("unit_text"), q.get("currency"), q.get("si_value"), q.get("si_unit"), q.get("bound"),
             q.get("counted"), q.get("measure"), *_owner(q.get("owner")), q.get("as_of"))
            for q in record.get("quantities") or []
        ],
    )  # fmt: skip
    conn.executemany(
        """INSERT INTO events(article_id, local_id, trigger_start, trigger_end, trigger_text, type, status,
           actor_entity_id, target_entity_id, place_entity_id, time, attribution_id, actor_codes, target_codes,
           model, actor_start, actor_end, actor_text, target_start, target_end, target_text)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                article_id, v["id"], v["trigger"]["start"], v["trigger"]["end"], v["trigger"]["text"],
                v["type"], v["status"], entity_rows.get(v.get("actor") or ""),
                entity_rows.get(v.get("target") or ""), entity_rows.get(v.get("place") or ""),
                v.get("time"), attribution_rows.get(v.get("attribution") or ""),
                json.dumps(v.get("actor_codes") or []), json.dumps(v.get("target_codes") or []),
                v.get("model") or "rules", *_owner(v.get("actor_span")), *_owner(v.get("target_span")),
            )
            for v in record.get("events") or []
        ],
    )  # fmt: skip


def _statements(record: dict[str, Any]) -> int:
    """The article's attribution count: its statements (attitudes are listed apart)."""
    return sum(1 for a in record.get("attributions") or [] if a.get("kind") != "attitude")


def _owner(owner: dict | None) -> tuple[int | None, int | None, str | None]:
    """A record span as three columns (start, end, text), or three nulls."""
    return (owner["start"], owner["end"], owner["text"]) if owner else (None, None, None)
