"""Time to bring the cross-article analysis up to date after adding articles to a large ledger.

Builds a base ledger of `--base` analysed articles taken from a source ledger (records
rebuilt with `queries.article_record`, so no NLP is timed), runs the full analysis once,
then adds `--add` batches of articles the base does not hold and times
`update_analysis` for each batch: entity linking, embedding the new attribution
contents, HNSW search and cluster updates, numeric comparisons.

If the source holds fewer articles than needed, its records are reused under new
article ids (marked "replicated" in the output): the analysis then sees repeated claims,
which join existing clusters, so cluster counts are not meaningful, but the work per
article (embedding, index search, SQL) is the same.

    .venv/bin/python -m benchmarks.claims_update --source /tmp/wikinews.db --base 7000 --add 100 1000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def source_records(source: Path) -> Iterator[tuple[dict[str, Any], int]]:
    """Every record of the source ledger, then again under new ids (round 1, 2, ...)."""
    from newsledger.ledger.queries import article_record
    from newsledger.ledger.store import connect

    conn = connect(source, readonly=True)
    ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY published, rowid")]
    if not ids:
        raise SystemExit(f"{source} holds no articles")
    round_ = 0
    while True:
        for article_id in ids:
            record = article_record(conn, article_id)
            if record is None:
                continue
            if round_:
                record["article"]["id"] = hashlib.sha256(
                    f"{article_id}:{round_}".encode()
                ).hexdigest()
            yield record, round_
        round_ += 1


def write(ledger, records: Iterator[tuple[dict[str, Any], int]], n: int) -> int:
    """Write n records in batches; returns how many were replicas."""
    batch, replicas = [], 0
    for _ in range(n):
        record, round_ = next(records)
        replicas += round_ > 0
        batch.append(record)
        if len(batch) == 256:
            ledger.write(batch)
            batch = []
    if batch:
        ledger.write(batch)
    return replicas


def run(source: Path, base: int, adds: list[int], model: str, workdir: Path) -> list[dict]:
    from newsledger.analysis.update import update_analysis
    from newsledger.ledger.store import Ledger

    records = source_records(source)
    path = workdir / "bench.db"
    rows = []
    with Ledger(path) as ledger:
        replicas = write(ledger, records, base)
        started = time.perf_counter()
        report = update_analysis(ledger, model)
        rows.append(
            _row(
                "initial analysis",
                base,
                replicas,
                time.perf_counter() - started,
                report,
                ledger.conn,
            )
        )
        for n in adds:
            replicas = write(ledger, records, n)
            started = time.perf_counter()
            report = update_analysis(ledger, model)
            rows.append(
                _row(f"add {n}", n, replicas, time.perf_counter() - started, report, ledger.conn)
            )
    return rows


def _row(
    step: str, n: int, replicas: int, seconds: float, report: dict, conn: sqlite3.Connection
) -> dict:
    totals = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "attributions", "claim_clusters", "canonical_entities", "disagreements")
    }  # fmt: skip
    return {
        "step": step, "articles": n, "replicated": replicas, "seconds": round(seconds, 2),
        "per_1000_articles_s": round(seconds / n * 1000, 1), "new_claims": report.get("claims", {}).get("new_claims", 0),
        "ledger": totals,
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--base", type=int, default=7000)
    parser.add_argument("--add", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--model", default="static")
    args = parser.parse_args()
    # the embedding model is loaded before timing: a long-running ingest keeps it loaded
    from newsledger.analysis.embeddings import embedder

    embedder(args.model)
    with tempfile.TemporaryDirectory() as workdir:
        for row in run(args.source, args.base, args.add, args.model, Path(workdir)):
            print(json.dumps(row))


if __name__ == "__main__":
    main()
