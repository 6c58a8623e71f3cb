"""`read` and `demo`: articles in, records out, no ledger."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from importlib import resources
from typing import Any

import click

from newsledger.article import Article, ReadFailure, SkippedFiles
from newsledger.cli.common import (
    EXIT_INPUT_ERROR,
    _parse_published,
    check_path_arguments,
    report_failure,
    web_options,
    web_settings,
    write_records,
)
from newsledger.readers.jsonl import read_jsonl
from newsledger.readers.textcheck import MAX_ARTICLE_CHARS


@click.command()
@click.argument("paths", nargs=-1, required=True, callback=check_path_arguments)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl", "md", "html"]), default="json", show_default=True,
    help="json: one object (an array for several articles); jsonl: one line an article; md: a report; "
    "html: one self-contained annotated page.",
)  # fmt: skip
@click.option(
    "--published", callback=_parse_published, help="Article date YYYY-MM-DD (overrides the text's)."
)
@click.option(
    "--max-chars", default=MAX_ARTICLE_CHARS, show_default=True, help="Longest article accepted."
)
@click.option("--batch-size", default=8, show_default=True, help="Articles per spaCy batch.")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    help="Processes for the NLP (output keeps input order).",
)
@web_options
def read(
    paths: tuple[str, ...],
    fmt: str,
    published: date | None,
    max_chars: int,
    batch_size: int,
    workers: int,
    **web: Any,
) -> None:
    """Analyse articles: files (txt, html, jsonl, jsonl.gz, warc, rss), directories, - for stdin,
    or http(s) URLs of article pages, RSS/Atom feeds and sitemaps (fetched politely: see README)."""
    from newsledger.ingest.local import read_sources
    from newsledger.ingest.web import url_reader

    failures = _FailureCounter()
    settings, options = web_settings(web, published, max_chars)
    notice = lambda message: click.echo(f"newsledger: {message}", err=True)  # noqa: E731
    with url_reader(settings, options, notice=notice) as read_url:
        articles = failures.filter(read_sources(paths, published, max_chars, read_url))
        records = _analyse(articles, batch_size, workers, failures)
        write_records(records, fmt, sys.stdout)
    if failures.count:
        click.echo(f"newsledger: {failures.count} input(s) could not be read", err=True)
        sys.exit(EXIT_INPUT_ERROR)


@click.command()
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl", "md"]), default="md", show_default=True
)
def demo(fmt: str) -> None:
    """Analyse the shipped Wikinews sample (CC BY 2.5) and print a short report."""
    sample = resources.files("newsledger.samples").joinpath("wikinews-sample.jsonl")
    with resources.as_file(sample) as path:
        failures = _FailureCounter()
        records = _analyse(failures.filter(read_jsonl(path)), 4, 1, failures)
        write_records(records, fmt, sys.stdout, max_rows=8)
    click.echo(
        "Sample articles: Wikinews, CC BY 2.5 (see newsledger/samples/ATTRIBUTION.md).", err=True
    )


class _FailureCounter:
    def __init__(self) -> None:
        self.count = 0

    def filter(self, items: Iterable[Article | ReadFailure | SkippedFiles]) -> Iterator[Article]:
        """The articles; failures reported and counted, a directory's skipped-files summary
        reported but not counted (those files were not meant to be read)."""
        for item in items:
            if isinstance(item, ReadFailure):
                self.count += 1
                report_failure(item)
            elif isinstance(item, SkippedFiles):
                click.echo(f"newsledger: {item}", err=True)
            else:
                yield item


def _analyse(
    articles: Iterator[Article], batch_size: int, workers: int, failures: _FailureCounter
) -> Iterator[dict[str, Any]]:
    from newsledger.nlp.parallel import analyse_stream

    for outcome in analyse_stream(articles, workers=workers, batch_size=batch_size):
        if outcome.record is None:
            failures.count += 1
            click.echo(f"newsledger: [{outcome.code}] {outcome.source}: {outcome.error}", err=True)
        else:
            yield outcome.record


COMMANDS = [read, demo]
