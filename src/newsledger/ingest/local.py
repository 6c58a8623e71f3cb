"""Ingest: sources -> articles -> (parallel NLP) -> one writer, committed in batches.

Articles already in the ledger are skipped *before* any NLP, by the hash of their text,
so a re-run after a crash or on the same corpus only analyses what is missing. An article
another process stored while this one analysed it counts as already present, too.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from newsledger.article import Article, ReadFailure, SkippedFiles
from newsledger.fetch.sources import is_url
from newsledger.ledger.store import Ledger
from newsledger.nlp.parallel import Outcome, analyse_stream, batched
from newsledger.readers.paths import JSONL_SUFFIXES, read_path
from newsledger.readers.textcheck import MAX_ARTICLE_CHARS


@dataclass(slots=True)
class IngestReport:
    added: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)


Analyser = Callable[[Iterable[Article]], Iterator[Outcome]]
Item = Article | ReadFailure | SkippedFiles


def read_sources(
    paths: Iterable[str],
    published: date | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
    read_url: Callable[[str], Iterator[Article | ReadFailure]] | None = None,
) -> Iterator[Item]:
    """Articles from paths and, through `read_url` (see `ingest.web.url_reader`), URLs."""
    for path in paths:
        if read_url is not None and is_url(path):
            yield from read_url(path)
        else:
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


def print_notice(message: str) -> None:
    print(f"newsledger: {message}", file=sys.stderr, flush=True)


def ingest(
    ledger: Ledger,
    items: Iterable[Item],
    analyser: Analyser,
    commit_every: int = 64,
    progress: Callable[[int], None] | None = None,
    notice: Callable[[str], None] = print_notice,
) -> IngestReport:
    """Store every new article of `items`; failures are recorded and the run goes on.

    A `SkippedFiles` summary (files of a folder newsledger does not read) is no failure:
    it goes to `notice` once, as it comes, and is neither stored nor counted.
    """
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
                if isinstance(item, SkippedFiles):
                    notice(str(item))
                elif isinstance(item, ReadFailure):
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

    def store(records: list[dict[str, Any]], batch_failures: list[tuple[str, str, str]]) -> None:
        added = ledger.write(records, batch_failures)
        report.added += added
        report.skipped += len(records) - added  # stored meanwhile by a concurrent ingest

    pending: list[dict[str, Any]] = []
    for outcome in analyser(new_articles()):
        if outcome.record is None:
            fail(outcome.source, outcome.code or "NL012", outcome.error or "analysis failed")
        else:
            pending.append(outcome.record)
        if progress:
            progress(1)
        if len(pending) >= commit_every:
            store(pending, failures)
            pending, failures = [], []
    if pending or failures:
        store(pending, failures)
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
