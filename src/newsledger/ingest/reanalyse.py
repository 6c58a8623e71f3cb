"""Re-run the analysis over what a ledger stores, when the analysis has improved.

Every article is kept: its text (and so its id, and every offset's evidence), source, date and
raw page stay; only what the analysis found is replaced, article by article, in committed
batches. Records the current pipeline made are passed over, so a second run does nothing
(idempotent) and a run cut short goes on where it stopped (resumable). With `everything`
(`--all`) those are re-run too, and a run cut short is resumed by the next `--all`: it passes
over what was analysed after the unfinished run began (kept in `meta`). Kept pages that gave no
article before (their extraction or analysis failed) are read again. The cross-article
analysis is then rebuilt over the new records.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsledger.article import Article, ReadFailure
from newsledger.errors import NewsledgerError
from newsledger.fetch.sources import article_from_page
from newsledger.ingest.local import Analyser, IngestReport, ingest
from newsledger.ingest.web import as_page
from newsledger.ledger.queries import count_stored_articles, stored_articles
from newsledger.ledger.raw_pages import pages_without_article
from newsledger.ledger.store import Ledger, analysed_now
from newsledger.records import Region

ALL_RUN_KEY = "reanalyse.all_started"  # when the unfinished `--all` run began


@dataclass(frozen=True, slots=True)
class Selection:
    """Which stored articles a run re-analyses (besides --where)."""

    not_by: str | None  # skip records this pipeline made
    before: str | None  # skip records analysed since this time
    resumed: bool = False  # an unfinished --all run is being resumed


def select(ledger: Ledger, pipeline: str, everything: bool) -> Selection:
    """The records another pipeline made; with `everything`, every record not analysed since
    this --all run (or the unfinished one it resumes) began."""
    if not everything:
        return Selection(not_by=pipeline, before=None)
    started = ledger.meta(ALL_RUN_KEY)
    if started is not None:
        return Selection(not_by=None, before=started, resumed=True)
    started = analysed_now()
    ledger.set_meta(ALL_RUN_KEY, started)
    return Selection(not_by=None, before=started)


@dataclass(slots=True)
class ReanalyseReport:
    reanalysed: int = 0
    failed: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    from_pages: IngestReport = field(default_factory=IngestReport)


def to_reanalyse(ledger: Ledger, where: str | None, selection: Selection) -> int:
    """How many stored articles a run would re-analyse (for the progress bar); raises
    sqlite3.Error for a `where` SQLite cannot run."""
    return count_stored_articles(ledger.conn, where, selection.not_by, selection.before)


def reanalyse(
    ledger: Ledger,
    analyser: Analyser,
    selection: Selection,
    where: str | None = None,
    commit_every: int = 32,
    progress: Callable[[int], None] | None = None,
) -> ReanalyseReport:
    """Re-analyse the stored articles matching `where` and `selection`; then the kept pages
    that gave no article. An --all run that ends is no longer one to resume."""
    report = ReanalyseReport()
    pending: list[dict[str, Any]] = []
    failures: list[tuple[str, str, str]] = []

    def commit() -> None:
        report.reanalysed += ledger.replace(pending)
        if failures:
            ledger.write([], failures)
        pending.clear()
        failures.clear()

    rows = stored_articles(ledger.conn, where, selection.not_by, selection.before)
    articles = (_article(row) for row in rows)
    for outcome in analyser(articles):
        if outcome.record is None:
            failure = (outcome.source, outcome.code or "NL012", outcome.error or "analysis failed")
            failures.append(failure)
            report.failures.append(failure)
            report.failed += 1
        else:
            pending.append(outcome.record)
        if progress:
            progress(1)
        if len(pending) + len(failures) >= commit_every:
            commit()
    commit()
    if where is None:
        report.from_pages = ingest(ledger, _page_articles(ledger), analyser)
    if selection.before is not None:
        ledger.set_meta(ALL_RUN_KEY, None)
    return report


def _article(row: dict[str, Any]) -> Article:
    """A stored article as the pipeline reads it: exactly the text and metadata it had."""
    return Article(
        text=row["text"],
        headline=row["headline"],
        authors=json.loads(row["authors"] or "[]"),
        dateline=row["dateline"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        published_from=row["published_from"],
        source=row["source"],
        external_id=row["external_id"],
        outlet=row["outlet"],
        regions=[Region(**region) for region in json.loads(row["regions"] or "[]")],
    )


def _page_articles(ledger: Ledger) -> Iterator[Article | ReadFailure]:
    """Articles read again from the kept pages that gave none."""
    for kept in pages_without_article(ledger.conn):
        try:
            yield article_from_page(as_page(kept))
        except NewsledgerError as error:
            yield ReadFailure(kept.url, error)
