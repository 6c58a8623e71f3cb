"""Ingest: sources -> articles -> (parallel NLP) -> one writer, committed in batches.

Articles already in the ledger are skipped *before* any NLP, by the hash of their text,
so a re-run after a crash or on the same corpus only analyses what is missing.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newsledger.article import JSONL_SUFFIXES, Article, ReadFailure, read_path
from newsledger.ledger.store import Ledger
from newsledger.parallel import Outcome, analyse_stream, batched
from newsledger.textcheck import MAX_ARTICLE_CHARS


@dataclass(slots=True)
class IngestReport:
    added: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)


Analyser = Callable[[Iterable[Article]], Iterator[Outcome]]


def read_sources(
    paths: Iterable[str], published: date | None = None, max_chars: int = MAX_ARTICLE_CHARS
) -> Iterator[Article | ReadFailure]:
    for path in paths:
        yield from read_path(path, published, max_chars)


def count_articles(paths: Iterable[str]) -> int | None:
    """A cheap count for the progress bar: lines of JSONL, files of a directory."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if raw == "-" or not path.exists():
            return None
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.name.lower().endswith(JSONL_SUFFIXES):
            opener = gzip.open if path.name.endswith(".gz") else open
            try:
                with opener(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except (OSError, EOFError):
                return None
        elif path.name.lower().endswith((".warc", ".warc.gz", ".rss", ".atom", ".xml")):
            return None
        else:
            total += 1
    return total


def ingest(
    ledger: Ledger,
    items: Iterable[Article | ReadFailure],
    analyser: Analyser,
    commit_every: int = 64,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Store every new article of `items`; failures are recorded and the run goes on."""
    report = IngestReport()
    failures: list[tuple[str, str, str]] = []

    def fail(source: str, code: str, message: str) -> None:
        failures.append((source, code, message))
        report.failed += 1
        report.failures.append((source, code, message))

    def new_articles() -> Iterator[Article]:
        for chunk in batched(items, 256):  # type: ignore[arg-type]
            articles = []
            for item in chunk:
                if isinstance(item, ReadFailure):
                    fail(item.source, item.error.code.value, item.error.message)
                    if progress:
                        progress(1)
                else:
                    articles.append(item)
            known = ledger.known(a.id for a in articles)
            seen: set[str] = set()
            for article in articles:
                if article.id in known or article.id in seen:
                    report.skipped += 1
                    if progress:
                        progress(1)
                    continue
                seen.add(article.id)
                yield article

    pending = []
    for outcome in analyser(new_articles()):
        if outcome.record is None:
            fail(outcome.source, outcome.code or "NL012", outcome.error or "analysis failed")
        else:
            pending.append(outcome.record)
        if progress:
            progress(1)
        if len(pending) >= commit_every:
            report.added += ledger.write(pending, failures)
            pending, failures = [], []
    if pending or failures:
        report.added += ledger.write(pending, failures)
    return report


def local_analyser(workers: int, batch_size: int) -> Analyser:
    def run(articles: Iterable[Article]) -> Iterator[Outcome]:
        return analyse_stream(articles, workers=workers, batch_size=batch_size)

    return run


def progress_bar(total: int | None, enabled: bool):
    """A tqdm bar on stderr (articles/s, ETA) when stderr is a terminal; else nothing."""
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
