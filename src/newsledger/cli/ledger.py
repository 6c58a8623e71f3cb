"""Ledger commands: ingest, search, sources, timeline, show, export."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from itertools import chain
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO

import click

from newsledger.cli.common import (
    EXIT_INPUT_ERROR,
    _parse_published,
    check_path_arguments,
    web_options,
    web_settings,
    write_records,
)
from newsledger.cli.output import emit, format_option
from newsledger.errors import Code, NewsledgerError
from newsledger.nlp.parallel import MAX_ANALYSIS_CHARS, default_workers
from newsledger.readers.textcheck import MAX_ARTICLE_CHARS

if TYPE_CHECKING:
    from newsledger.ledger.store import Ledger


class LedgerProblem(click.ClickException):
    """A NewsledgerError as the CLI's one line, `newsledger: [NLxxx] where: what`, exit 1."""

    exit_code = EXIT_INPUT_ERROR

    def __init__(self, error: NewsledgerError) -> None:
        super().__init__(str(error))
        self.error = error

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"newsledger: {self.format_message()}", err=True)


def _open_readonly(db: str) -> closing[sqlite3.Connection]:
    """A checked read-only connection (see `store.open_ledger`), or one line and exit 1."""
    from newsledger.ledger.store import open_ledger

    try:
        return closing(open_ledger(db, readonly=True))
    except NewsledgerError as error:
        raise LedgerProblem(error) from None


def _open_writer(db: str, create: bool = True) -> Ledger:
    """The ledger opened for writing (checked, migrated), or one line and exit 1."""
    from newsledger.ledger.store import Ledger

    try:
        return Ledger(db, create=create)
    except NewsledgerError as error:
        raise LedgerProblem(error) from None


@click.command()
@click.argument("db")
@click.argument("sources", nargs=-1, callback=check_path_arguments)
@click.option(
    "--urls", "urls_file", type=click.File("r", encoding="utf-8"), default=None,
    help="A file of URLs, one a line (# comments and blank lines skipped); - for stdin.",
)  # fmt: skip
@click.option(
    "--workers", default=default_workers(), show_default=True, help="Processes for the NLP."
)
@click.option(
    "--scheduler",
    default=None,
    help="Dask scheduler address (tcp://host:8786): run the NLP on a cluster.",
)
@click.option("--batch-size", default=16, show_default=True, help="Articles per NLP batch.")
@click.option(
    "--commit-every", default=64, show_default=True, help="Articles per database transaction."
)
@click.option(
    "--published", callback=_parse_published, help="Date for articles that carry none (YYYY-MM-DD)."
)
@click.option(
    "--max-chars",
    default=min(MAX_ARTICLE_CHARS, MAX_ANALYSIS_CHARS),
    show_default=True,
    help="Longest article accepted (the analysis takes none over "
    f"{MAX_ANALYSIS_CHARS:,} characters).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar (default: when stderr is a terminal).",
)
@click.option(
    "--analyse/--no-analyse", "analyse", default=True, show_default=True,
    help="Then update the cross-article analysis: canonical entities, claim clusters, disagreements.",
)  # fmt: skip
@web_options
def ingest(
    db: str, sources: tuple[str, ...], urls_file: TextIO | None, workers: int, scheduler: str | None,
    batch_size: int, commit_every: int, published: date | None, max_chars: int,
    progress: bool | None, analyse: bool, **web: Any,
) -> None:  # fmt: skip
    """Analyse SOURCES (files, directories, JSONL(.gz), WARC, RSS/Atom, or http(s) URLs of
    article pages, feeds and sitemaps) into the ledger DB.

    Re-running adds only what is missing; a URL fetched before is read from the ledger's kept
    page, not fetched again. A crash loses nothing already committed, and an analysis a crash
    or --no-analyse left behind is caught up on the next run.
    """
    from newsledger.ingest.local import count_articles, local_analyser, progress_bar, read_sources
    from newsledger.ingest.local import ingest as run_ingest
    from newsledger.ingest.web import url_reader

    if not sources and urls_file is None:
        raise click.UsageError("give SOURCES (paths or URLs), or --urls FILE")
    listed = _url_lines(urls_file) if urls_file is not None else iter(())
    settings, options = web_settings(web, published, max_chars)

    if scheduler:
        from newsledger.ingest.cluster import cluster_analyser

        analyser = cluster_analyser(scheduler, batch_size=batch_size)
    else:
        analyser = local_analyser(workers, batch_size)
    analysis_failed = False
    # Opened (checked, migrated) first: a bad or read-only ledger is reported before any NLP.
    with _open_writer(db) as ledger:
        show = sys.stderr.isatty() if progress is None else progress
        total = count_articles(sources) if show and urls_file is None else None
        bar = progress_bar(total, show)
        notice = lambda message: click.echo(f"newsledger: {message}", err=True)  # noqa: E731
        with url_reader(settings, options, ledger, notice) as read_url:
            items = read_sources(chain(sources, listed), published, max_chars, read_url)
            report = run_ingest(
                ledger, items, analyser, commit_every=commit_every,
                progress=bar.update if bar is not None else None, notice=notice,
            )  # fmt: skip
        if bar is not None:
            bar.close()
            bar = None
        if analyse:
            analysis_failed = not _catch_up_analysis(ledger, db, bool(report.added))
        counts = ledger.counts()
    if bar is not None:
        bar.close()
    for source, code, message in report.failures[:20]:
        click.echo(f"newsledger: [{code}] {source}: {message}", err=True)
    if len(report.failures) > 20:
        click.echo(
            f"newsledger: … and {len(report.failures) - 20} more failures (table 'failures')",
            err=True,
        )
    click.echo(
        f"added {report.added}, already present {report.skipped}, failed {report.failed}; "
        f"ledger has {counts['articles']} articles, {counts['attributions']} attributions, "
        f"{counts['events']} events",
        err=True,
    )
    if report.failed or analysis_failed:
        sys.exit(EXIT_INPUT_ERROR)


def _url_lines(handle: TextIO) -> Iterator[str]:
    """The URLs of a --urls file, streamed: one a line, blank lines and # comments skipped."""
    for line in handle:
        url = line.strip()
        if url and not url.startswith("#"):
            yield url


def _catch_up_analysis(ledger: Ledger, db: str, added: bool) -> bool:
    """Update the cross-article analysis when articles were added or it is behind the stored
    ones (a run killed during the update, or --no-analyse); False, said in one line, if it
    failed: the articles stay stored and the next run tries again."""
    from newsledger.analysis.update import analysis_behind, update_analysis

    if not (added or analysis_behind(ledger.conn)):
        return True
    click.echo("updating cross-article analysis…", err=True)
    try:
        update_analysis(ledger)
    except Exception as error:  # rolled back; reported as one line, the run's counts still shown
        problem = NewsledgerError(
            Code.ANALYSIS_FAILED,
            f"cross-article analysis failed ({type(error).__name__}: {error}); "
            "the articles are stored, ingest again or run `newsledger analyse` to retry",
            db,
        )
        click.echo(f"newsledger: {problem}", err=True)
        return False
    return True


@click.command()
@click.argument("db")
@click.argument("query")
@click.option(
    "--in",
    "scope",
    type=click.Choice(["articles", "quotes"]),
    default="articles",
    show_default=True,
)
@click.option("--limit", default=20, show_default=True)
@click.option("--offset", default=0)
@format_option
def search(db: str, query: str, scope: str, limit: int, offset: int, fmt: str) -> None:
    """Full-text search of articles (or of quotes) with snippets."""
    from newsledger.ledger.queries import search as run_search

    with _open_readonly(db) as conn:
        emit(run_search(conn, query, limit, offset, scope), fmt)


@click.command()
@click.argument("db")
@click.option(
    "--entity", default=None, help="Only attributions whose content mentions this entity."
)
@click.option("--limit", default=50, show_default=True)
@format_option
def sources(db: str, entity: str | None, limit: int, fmt: str) -> None:
    """Who is quoted, how often, and how much of it is anonymous."""
    from newsledger.ledger.queries import sources as run_sources
    from newsledger.ledger.queries import sourcing_summary

    with _open_readonly(db) as conn:
        summary = sourcing_summary(conn)
        emit(run_sources(conn, entity, limit), fmt)
    click.echo(
        f"{summary['attributions']} attributions in {summary['articles']} articles; "
        f"anonymous share {summary['anonymous_share'] or 0:.0%}",
        err=True,
    )


@click.command()
@click.argument("db")
@click.argument("entity")
@click.option("--limit", default=200, show_default=True)
@format_option
def timeline(db: str, entity: str, limit: int, fmt: str) -> None:
    """Events and claims by or about ENTITY, in the order of the time they are about."""
    from newsledger.analysis.entities import resolve_entity
    from newsledger.ledger.entities import timeline as run_timeline

    with _open_readonly(db) as conn:
        found = resolve_entity(conn, entity)
        emit(run_timeline(conn, found, limit) if found else [], fmt)
    if found is None:
        click.echo(f"newsledger: no entity called {entity!r} in {db}", err=True)


@click.command()
@click.argument("db")
@click.argument("article_id")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl", "md"]), default="md", show_default=True
)
def show(db: str, article_id: str, fmt: str) -> None:
    """One article's record from the ledger (ARTICLE_ID: its id, an id prefix, or its source id)."""
    from newsledger.ledger.queries import article_record, find_article

    with _open_readonly(db) as conn:
        found = find_article(conn, article_id)
        record = article_record(conn, found) if found else None
    if record is None:
        raise LedgerProblem(NewsledgerError(Code.NOT_FOUND, f"no article {article_id!r}", db))
    write_records([record], fmt, sys.stdout)


@click.command()
@click.argument("db")
@click.option(
    "--table",
    default="records",
    show_default=True,
    help="A ledger table, or 'records' for whole article records.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    default=None,
    help="File to write (parquet needs one).",
)
def export(db: str, table: str, fmt: str, output: str | None) -> None:
    """Stream a table (or every record) out as JSON lines, CSV or Parquet."""
    from newsledger.ledger import export as exports

    if table not in exports.EXPORTABLE:
        raise click.BadParameter(
            f"choose one of {', '.join(exports.EXPORTABLE)}", param_hint="--table"
        )
    if fmt == "parquet" and output is None:
        raise click.BadParameter("parquet is binary: give --output FILE", param_hint="--output")
    with _open_readonly(db) as conn:
        try:
            if fmt == "parquet":
                count = exports.write_parquet(conn, table, output)
            else:
                writer = exports.write_jsonl if fmt == "jsonl" else exports.write_csv
                if output:
                    with open(output, "w", encoding="utf-8", newline="") as handle:
                        count = writer(conn, table, handle)
                else:
                    count = writer(conn, table, sys.stdout)
        except ValueError as error:
            raise click.ClickException(str(error)) from None
    click.echo(f"exported {count} rows of {table}", err=True)


def datasette_metadata(db: str) -> dict:
    """Datasette metadata (table descriptions, facets, canned queries) for this ledger file."""
    import json
    from importlib import resources

    template = json.loads(
        resources.files("newsledger.ledger").joinpath("datasette-metadata.json").read_text("utf-8")
    )
    template["databases"] = {Path(db).stem: template["databases"]["*"]}
    return template


@click.command(name="datasette-metadata")
@click.argument("db")
def datasette_metadata_command(db: str) -> None:
    """Print Datasette metadata for DB: `datasette DB -m <(newsledger datasette-metadata DB)`."""
    import json

    with _open_readonly(db):  # a missing or foreign file is an error, not metadata for nothing
        pass

    click.echo(json.dumps(datasette_metadata(db), indent=2, ensure_ascii=False))


COMMANDS = [ingest, search, sources, timeline, show, export, datasette_metadata_command]
