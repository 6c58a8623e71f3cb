"""What the command modules share: exit codes, path and date options, how records and
failures are written. Imports no command module, so none imports another through it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, TextIO

import click

from newsledger.article import ReadFailure
from newsledger.errors import Code, NewsledgerError

if TYPE_CHECKING:
    from newsledger.fetch.client import FetchSettings
    from newsledger.fetch.sources import WebOptions

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
        from newsledger.cli.report import markdown_report

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


def web_options(function: Any) -> Any:
    """The options of every command that reads URLs: how politely and what to follow."""
    options = [
        click.option("--since", callback=_parse_published,
                     help="Only the feed or sitemap articles published on or after this date (YYYY-MM-DD)."),
        click.option("--other-hosts", is_flag=True,
                     help="Follow feed and sitemap links to other hosts (off: only the listing's own host)."),
        click.option("--contact", default=None,
                     help="An address for site owners (email or URL), put in the User-Agent."),
        click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
                     help="Seconds between two requests to one host (a longer robots.txt Crawl-delay wins)."),
        click.option("--timeout", type=click.FloatRange(min=0.01), default=20.0, show_default=True,
                     help="Seconds to wait for a connection, and between two reads of a response."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=10_000_000, show_default=True,
                     help="The largest response read."),
        click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
                     help="Further attempts after a 429 or 5xx, each waiting twice as long (from --backoff)."),
        click.option("--backoff", type=click.FloatRange(min=0), default=1.0, show_default=True,
                     help="Seconds before the first retry (a Retry-After header wins)."),
    ]  # fmt: skip
    for option in reversed(options):
        function = option(function)
    return function


def web_settings(
    web: dict[str, Any], published: date | None, max_chars: int
) -> tuple[FetchSettings, WebOptions]:
    """The fetch settings and web options from the values of `web_options`."""
    from newsledger.fetch.client import FetchSettings
    from newsledger.fetch.sources import WebOptions

    settings = FetchSettings(
        delay=web["delay"], timeout=web["timeout"], max_bytes=web["max_bytes"],
        retries=web["retries"], backoff=web["backoff"], contact=web["contact"],
    )  # fmt: skip
    options = WebOptions(
        since=web["since"], other_hosts=web["other_hosts"], published=published, max_chars=max_chars
    )
    return settings, options
