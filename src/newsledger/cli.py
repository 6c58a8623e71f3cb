"""The command line: a thin layer over the library that pipes.

Exit codes: 0 all inputs analysed; 1 one or more inputs could not be read (each is
reported on stderr as one line, the rest are still analysed); 2 bad usage.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from importlib import metadata, resources
from typing import Any, TextIO

import click

from newsledger.article import Article, ReadFailure, SkippedFiles, read_jsonl, read_path
from newsledger.errors import Code, NewsledgerError
from newsledger.textcheck import MAX_ARTICLE_CHARS

EXIT_INPUT_ERROR = 1


def _parse_published(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date in YYYY-MM-DD form") from None


def check_path_arguments(
    ctx: click.Context, param: click.Parameter, value: tuple[str, ...] | str | None
) -> tuple[str, ...] | str | None:
    """Refuse an empty path as bad usage (exit 2): `Path("")` is the current directory, so
    `newsledger read "$UNSET"` would otherwise read everything below it."""
    paths = (value,) if isinstance(value, str) else value or ()
    for number, path in enumerate(paths, start=1):
        if not path.strip():
            where = f"{param.human_readable_name} #{number}" if len(paths) > 1 else None
            raise _EmptyPath(where or param.human_readable_name, ctx=ctx, param=param)
    return value


class _EmptyPath(click.BadParameter):
    """A usage error shown as the one line every newsledger error is, not click's three."""

    def __init__(self, where: str, **kwargs: Any) -> None:
        error = NewsledgerError(
            Code.EMPTY_PATH, "an empty path names no file; give a file, a directory or -", where
        )
        super().__init__(str(error), **kwargs)

    def show(self, file: Any = None) -> None:
        click.echo(f"newsledger: {self.message}", file=file, err=True)


def report_failure(failure: ReadFailure) -> None:
    click.echo(f"newsledger: {failure.error}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(metadata.version("newsledger"), prog_name="newsledger")
def main() -> None:
    """Turn news reports into a sourced, time-anchored ledger of what they say."""


@main.command()
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
def read(
    paths: tuple[str, ...],
    fmt: str,
    published: date | None,
    max_chars: int,
    batch_size: int,
    workers: int,
) -> None:
    """Analyse articles: files (txt, html, jsonl, jsonl.gz, warc, rss), directories, or - for stdin."""
    failures = _FailureCounter()
    articles = failures.filter(_read_all(paths, published, max_chars))
    records = _analyse(articles, batch_size, workers, failures)
    write_records(records, fmt, sys.stdout)
    if failures.count:
        click.echo(f"newsledger: {failures.count} input(s) could not be read", err=True)
        sys.exit(EXIT_INPUT_ERROR)


@main.command()
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


def _read_all(
    paths: Iterable[str], published: date | None, max_chars: int
) -> Iterator[Article | ReadFailure | SkippedFiles]:
    for path in paths:
        yield from read_path(path, published, max_chars)


def _analyse(
    articles: Iterator[Article], batch_size: int, workers: int, failures: _FailureCounter
) -> Iterator[dict[str, Any]]:
    from newsledger.parallel import analyse_stream

    for outcome in analyse_stream(articles, workers=workers, batch_size=batch_size):
        if outcome.record is None:
            failures.count += 1
            click.echo(f"newsledger: [{outcome.code}] {outcome.source}: {outcome.error}", err=True)
        else:
            yield outcome.record


def write_records(
    records: Iterable[dict[str, Any]], fmt: str, out: TextIO, max_rows: int | None = None
) -> None:
    """Stream records: a JSON object (array for several), JSON lines, or Markdown."""
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    if fmt == "html":
        from newsledger.web.render import write_html

        write_html(records, out)
        return
    if fmt == "md":
        from newsledger.report import markdown_report

        for number, record in enumerate(records):
            if number:
                out.write("\n---\n\n")
            out.write(markdown_report(record, max_rows=max_rows))
        return
    iterator = iter(records)
    first = next(iterator, None)
    if first is None:
        return
    second = next(iterator, None)
    if second is None:
        out.write(json.dumps(first, ensure_ascii=False, indent=2) + "\n")
        return
    out.write("[\n")
    for number, record in enumerate([first, second]):
        out.write(("" if number == 0 else ",\n") + json.dumps(record, ensure_ascii=False, indent=2))
    for record in iterator:
        out.write(",\n" + json.dumps(record, ensure_ascii=False, indent=2))
    out.write("\n]\n")


from newsledger import cli_analysis, cli_ledger, cli_web  # noqa: E402  (register their commands)

__all__ = [
    "check_path_arguments",
    "cli_analysis",
    "cli_ledger",
    "cli_web",
    "main",
    "run",
    "write_records",
]


def run() -> None:
    """Entry point that turns any input error escaping the commands into one line."""
    try:
        main(standalone_mode=True)
    except NewsledgerError as error:
        click.echo(f"newsledger: {error}", err=True)
        sys.exit(EXIT_INPUT_ERROR)
    except KeyboardInterrupt:
        click.echo("newsledger: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # The reader of our output went away (`| head`): not an error of ours.
        sys.stderr.close()
        sys.exit(0)
