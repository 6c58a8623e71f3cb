"""Latency of search and timeline queries on a ledger (the full Wikinews ledger for the
committed figures), p50/p95 over repeated runs, with a plain `count(*)` scan of the
articles table as the in-run baseline.

    .venv/bin/newsledger ingest /tmp/wikinews.db ../shared/corpus/wikinews-politics-economy.jsonl.gz
    .venv/bin/python -m benchmarks.query /tmp/wikinews.db [--repeat 50]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

SEARCHES = [
    "election",
    "prime minister",
    "oil prices",
    "court ruling",
    "central bank interest rate",
    "protest*",
]
ENTITIES = ["United States", "Bush", "European Union", "China", "Obama", "United Nations"]


def timed(run: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    from newsledger.ledger.entities import resolve_entity, timeline
    from newsledger.ledger.queries import search
    from newsledger.ledger.store import connect

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    conn = connect(args.db, readonly=True)
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    runs = {
        "baseline: count(*) articles": [
            lambda: conn.execute("SELECT count(*) FROM articles").fetchone()
        ],
        "search (FTS5, 20 hits + snippets)": [
            lambda q=q: list(search(conn, q, 20)) for q in SEARCHES
        ],
        "search quotes (FTS5)": [
            lambda q=q: list(search(conn, q, 20, scope="quotes")) for q in SEARCHES
        ],
        "timeline (entity)": [
            lambda e=e: list(timeline(conn, ref, 200) if (ref := resolve_entity(conn, e)) else [])
            for e in ENTITIES
        ],
    }
    print(f"ledger {args.db}: {articles:,} articles; {args.repeat} runs of each query")
    print(f"{'query':<36}{'p50 ms':>9}{'p95 ms':>9}{'p50 / baseline':>16}")
    base = None
    for name, calls in runs.items():
        times = [t for call in calls for t in timed(call, args.repeat)]
        p50, p95 = statistics.median(times), percentile(times, 0.95)
        base = base or p50
        print(f"{name:<36}{p50:>9.2f}{p95:>9.2f}{p50 / base:>16.1f}")


if __name__ == "__main__":
    main()
