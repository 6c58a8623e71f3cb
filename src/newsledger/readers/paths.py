"""read_path: a file, a directory walk or standard input, dispatched to its reader."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from newsledger.article import Article, ReadFailure, SkippedFiles
from newsledger.errors import Code, NewsledgerError
from newsledger.readers import feeds, warc
from newsledger.readers.feeds import FEED_SUFFIXES, looks_like_feed
from newsledger.readers.jsonl import _jsonl_lines, read_jsonl
from newsledger.readers.text import HTML_SUFFIXES, TEXT_SUFFIXES, read_bytes
from newsledger.readers.textcheck import MAX_ARTICLE_CHARS
from newsledger.readers.warc import WARC_SUFFIXES

MAX_FILE_BYTES = 20_000_000  # for one txt/html article; JSONL streams and has no cap
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
# What a directory walk reads (README lists the same); `.xml` only when it is an RSS/Atom feed.
# A file named on the command line is read whatever its name.
READABLE_SUFFIXES = (
    TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES + FEED_SUFFIXES + (".xml",)
)
# Folders a walk never enters: tools' state, not articles (virtualenvs are found by pyvenv.cfg).
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__"})


def read_path(
    path: str | Path,
    published: date | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
) -> Iterator[Article | ReadFailure | SkippedFiles]:
    """Articles from a file, a directory (recursively) or '-' for standard input.

    A directory yields one `SkippedFiles` summary after its articles if it held files of other
    types, and one NL017 failure if it held nothing to read at all.
    """
    if isinstance(path, str) and not path.strip():
        # Path("") is the current directory: reading it would walk a whole checkout.
        error = NewsledgerError(
            Code.EMPTY_PATH, "an empty path names no file; give a file, a directory or -", "PATH"
        )
        yield ReadFailure(repr(path), error)
        return
    if str(path) == "-":
        yield from _read_stream(sys.stdin.buffer, "<stdin>", published, max_chars)
        return
    path = Path(path)
    if not path.exists():
        yield ReadFailure(str(path), NewsledgerError(Code.NOT_FOUND, "no such file", str(path)))
        return
    if path.is_dir():
        yield from _read_directory(path, published, max_chars)
        return
    yield from _read_file(path, published, max_chars)


def _read_directory(
    folder: Path, published: date | None, max_chars: int
) -> Iterator[Article | ReadFailure | SkippedFiles]:
    """The articles of a folder tree, in sorted order, never entering hidden folders,
    virtualenvs, node_modules or __pycache__; files of other types are counted, not read."""
    skipped: Counter[str] = Counter()
    walk_errors: list[OSError] = []
    found = False
    for root, dirnames, filenames in os.walk(folder, onerror=walk_errors.append):
        here = Path(root)
        dirnames[:] = sorted(d for d in dirnames if not _skipped_folder(here / d))
        found = found or bool(walk_errors)
        yield from _unlistable(walk_errors)
        for filename in sorted(filenames):
            if filename.startswith("."):
                continue
            child = here / filename
            lowered = filename.lower()
            if not lowered.endswith(READABLE_SUFFIXES) or (
                lowered.endswith(".xml") and not _feed_file(child)
            ):
                skipped[Path(lowered).suffix] += 1
                continue
            for item in _read_file(child, published, max_chars):
                found = True
                yield item
    found = found or bool(walk_errors)
    yield from _unlistable(walk_errors)  # the last folder entered, or the top one, unlistable
    summary = SkippedFiles(str(folder), dict(skipped)) if skipped else None
    if found:
        if summary:
            yield summary
        return
    what = f"; {str(summary).split(': ', 1)[1]}" if summary else ""
    yield ReadFailure(
        str(folder),
        NewsledgerError(
            Code.NO_ARTICLES,
            f"no article to read in this directory (txt, md, html, jsonl, warc or feed files){what}",
            str(folder),
        ),
    )


def _unlistable(errors: list[OSError]) -> Iterator[ReadFailure]:
    """A failure for each folder os.walk could not list (it reports them through a callback)."""
    for error in errors:
        where = str(error.filename)
        yield ReadFailure(
            where, NewsledgerError(Code.NOT_FOUND, f"cannot read ({error.strerror})", where)
        )
    errors.clear()


def _skipped_folder(path: Path) -> bool:
    name = path.name
    return name.startswith(".") or name in SKIPPED_FOLDERS or (path / "pyvenv.cfg").is_file()


def _read_file(
    path: Path, published: date | None, max_chars: int
) -> Iterator[Article | ReadFailure]:
    """One file, by its type: JSONL, WARC, feed, else a txt or HTML article."""
    if path.name.lower().endswith(JSONL_SUFFIXES):
        yield from read_jsonl(path, published, max_chars)
        return

    lowered = path.name.lower()
    if lowered.endswith(WARC_SUFFIXES):
        yield from warc.read_warc(path, published, max_chars)
        return
    if lowered.endswith(FEED_SUFFIXES) or (lowered.endswith(".xml") and _feed_file(path)):
        yield from feeds.read_feed(path, published, max_chars)
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise NewsledgerError(
                Code.TOO_LARGE,
                f"the file is {size / 1e6:.1f} MB, over the {MAX_FILE_BYTES / 1e6:.0f} MB limit "
                "for one article; give a corpus as JSONL, one article a line",
                str(path),
            )
        yield read_bytes(path.read_bytes(), str(path), published, max_chars)
    except NewsledgerError as error:
        yield ReadFailure(str(path), error)
    except OSError as error:
        yield ReadFailure(
            str(path), NewsledgerError(Code.NOT_FOUND, f"cannot read ({error.strerror})", str(path))
        )


def _feed_file(path: Path) -> bool:

    try:
        with path.open("rb") as handle:
            return looks_like_feed(handle.read(1024))
    except OSError:
        return False


def _read_stream(
    stream: IO[bytes], name: str, published: date | None, max_chars: int
) -> Iterator[Article | ReadFailure]:
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        yield ReadFailure(
            name,
            NewsledgerError(
                Code.TOO_LARGE,
                f"standard input is over the {MAX_FILE_BYTES / 1e6:.0f} MB limit for one article",
                name,
            ),
        )
        return
    head = data.lstrip()[:1]
    if head == b"{":
        lines = data.splitlines(keepends=True)
        if len(lines) > 1 or data.rstrip().endswith(b"}"):
            yield from _jsonl_lines(iter(lines), name, published, max_chars)  # type: ignore[arg-type]
            return
    try:
        yield read_bytes(data, name, published, max_chars)
    except NewsledgerError as error:
        yield ReadFailure(name, error)
