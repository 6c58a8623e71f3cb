"""`reanalyse`: run the current analysis again over what a ledger stores."""

from __future__ import annotations

import sqlite3
import sys
from typing import TYPE_CHECKING

import click

from newsledger.cli.common import EXIT_INPUT_ERROR
from newsledger.cli.ledger import LedgerProblem, _open_writer
from newsledger.errors import Code, NewsledgerError
from newsledger.nlp.parallel import default_workers

if TYPE_CHECKING:
    from newsledger.ledger.store import Ledger


@click.command()
@click.argument("db")
@click.option(
    "--where", default=None,
    help="Only the articles matching this SQL condition over the `articles` table, e.g. "
    "\"outlet = 'Example News'\" or \"published >= '2025-01-01'\".",
)  # fmt: skip
@click.option(
    "--all", "everything", is_flag=True,
    help="Also the records the current pipeline made (by default they are passed over, so a "
    "run cut short resumes and a second run does nothing); an --all run cut short is resumed "
    "by the next --all.",
)  # fmt: skip
@click.option(
    "--workers", default=default_workers(), show_default=True, help="Processes for the NLP."
)
@click.option("--batch-size", default=16, show_default=True, help="Articles per NLP batch.")
@click.option(
    "--commit-every", default=32, show_default=True, help="Articles per database transaction."
)
@click.option(
    "--progress/--no-progress", default=None,
    help="Progress bar (default: when stderr is a terminal).",
)  # fmt: skip
@click.option(
    "--analyse/--no-analyse", "analyse", default=True, show_default=True,
    help="Then rebuild the cross-article analysis over the new records.",
)  # fmt: skip
def reanalyse(
    db: str, where: str | None, everything: bool, workers: int, batch_size: int,
    commit_every: int, progress: bool | None, analyse: bool,
) -> None:  # fmt: skip
    """Run the analysis again over the articles (and kept web pages) stored in DB.

    Every article is kept: its text, source, date and page stay, and only what the analysis
    found is replaced. Records made by the current pipeline (the `pipeline` field) are passed
    over unless --all, so the command is idempotent and resumes where a cut-short run stopped.
    Kept pages that gave no article before are read again (without --where).
    """
    from newsledger.ingest.local import local_analyser, progress_bar
    from newsledger.ingest.reanalyse import reanalyse as run_reanalyse
    from newsledger.ingest.reanalyse import select, to_reanalyse
    from newsledger.nlp.pipeline import pipeline_version

    analysis_failed = False
    with _open_writer(db, create=False) as ledger:
        selection = select(ledger, pipeline_version(), everything)
        if selection.resumed:
            click.echo(f"resuming the --all run begun at {selection.before}", err=True)
        try:
            total = to_reanalyse(ledger, where, selection)
        except sqlite3.Error as error:
            raise LedgerProblem(
                NewsledgerError(Code.BAD_FILTER, f"--where {where!r}: {error}", db)
            ) from None
        show = sys.stderr.isatty() if progress is None else progress
        bar = progress_bar(total, show)
        report = run_reanalyse(
            ledger, local_analyser(workers, batch_size), selection, where,
            commit_every=commit_every, progress=bar.update if bar is not None else None,
        )  # fmt: skip
        if bar is not None:
            bar.close()
        changed = report.reanalysed or report.from_pages.added
        if analyse and changed:
            analysis_failed = not _rebuild(ledger, db)
        counts = ledger.counts()
    for source, code, message in report.failures[:20]:
        click.echo(f"newsledger: [{code}] {source}: {message}", err=True)
    pages = report.from_pages
    still = f", {pages.failed} still give none" if pages.failed else ""
    click.echo(
        f"reanalysed {report.reanalysed} of {total} articles, failed {report.failed}; "
        f"{pages.added} added from kept pages that gave no article before{still}; ledger has "
        f"{counts['articles']} articles, {counts['attributions']} attributions, "
        f"{counts['events']} events",
        err=True,
    )
    if report.failed or analysis_failed:
        sys.exit(EXIT_INPUT_ERROR)


def _rebuild(ledger: Ledger, db: str) -> bool:
    """Rebuild the cross-article analysis; False, said in one line, if it failed."""
    from newsledger.analysis.update import rebuild_analysis

    click.echo("rebuilding cross-article analysis…", err=True)
    try:
        rebuild_analysis(ledger)
    except Exception as error:  # its emptying is committed: the next ingest or analyse catches up
        problem = NewsledgerError(
            Code.ANALYSIS_FAILED,
            f"cross-article analysis failed ({type(error).__name__}: {error}); "
            "the records are stored, run `newsledger analyse` to retry",
            db,
        )
        click.echo(f"newsledger: {problem}", err=True)
        return False
    return True


COMMANDS = [reanalyse]
