"""Streaming exports of ledger tables: JSON lines, CSV, Parquet (pyarrow), row groups at a
time, so a table of any size leaves in constant memory."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from itertools import islice
from typing import Any, BinaryIO, TextIO

from newsledger.ledger.queries import article_record
from newsledger.ledger.store import TABLES

EXPORTABLE = (*TABLES, "records")


def rows(conn: sqlite3.Connection, table: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(EXPORTABLE)}")
    cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
    columns = [d[0] for d in cursor.description]
    return columns, (tuple(row) for row in cursor)


def records(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every article's full record, one at a time."""
    ids = conn.execute("SELECT id FROM articles ORDER BY rowid")
    while batch := ids.fetchmany(200):
        for (article_id,) in batch:
            record = article_record(conn, article_id)
            if record is not None:
                yield record


def write_jsonl(conn: sqlite3.Connection, table: str, out: TextIO) -> int:
    count = 0
    if table == "records":
        for record in records(conn):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    columns, data = rows(conn, table)
    for row in data:
        out.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(conn: sqlite3.Connection, table: str, out: TextIO) -> int:
    if table == "records":
        raise ValueError("records are nested: export them as jsonl, or export a table as csv")
    columns, data = rows(conn, table)
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in data:
        writer.writerow(row)
        count += 1
    return count


def write_parquet(
    conn: sqlite3.Connection, table: str, out: BinaryIO | str, group_rows: int = 10_000
) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if table == "records":
        raise ValueError("records are nested: export them as jsonl, or export a table as parquet")
    columns, data = rows(conn, table)
    schema = _arrow_schema(conn, table, columns)
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        while chunk := list(islice(data, group_rows)):
            arrays = [
                pa.array([row[i] for row in chunk], type=schema.field(i).type)
                for i in range(len(columns))
            ]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            count += len(chunk)
    return count


def _arrow_schema(conn: sqlite3.Connection, table: str, columns: list[str]):
    import pyarrow as pa

    declared = {
        row[1]: (row[2] or "").upper() for row in conn.execute(f"PRAGMA table_info({table})")
    }
    fields = []
    for name in columns:
        kind = declared.get(name, "")
        arrow_type = (
            pa.int64() if "INT" in kind else pa.float64() if "REAL" in kind else pa.string()
        )
        fields.append(pa.field(name, arrow_type))
    return pa.schema(fields)
