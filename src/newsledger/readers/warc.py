"""Web archives (WARC, through warcio): every HTML response as an article; a cut file
keeps its whole records and reports the cut."""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlparse

from newsledger.article import Article, ReadFailure
from newsledger.errors import Code, NewsledgerError
from newsledger.readers.html import article_from_html
from newsledger.readers.textcheck import MAX_ARTICLE_CHARS, check_text, decode, printable

_CHUNK = 1 << 16

WARC_SUFFIXES = (".warc", ".warc.gz")


def read_warc(
    path: Path, published: date | None = None, max_chars: int = MAX_ARTICLE_CHARS
) -> Iterator[Article | ReadFailure]:
    """Every HTML response in a WARC file, as an article.

    A file cut short (a download or copy that stopped) keeps the records before the cut and
    reports the cut once, as NL008: the cut record itself is not read, since half an article
    would be analysed as if it were whole.
    """
    name = str(path)
    records = 0
    try:
        if path.stat().st_size == 0:
            yield ReadFailure(name, NewsledgerError(Code.EMPTY, "the WARC file is empty", name))
            return
        with path.open("rb") as handle:
            for uri, html in _warc_records(handle):
                records += 1
                if html is None:
                    continue
                where = uri or f"{name}#{records}"
                try:
                    article = article_from_html(decode(html, where), where, published)
                    article.outlet = article.outlet or urlparse(where).hostname
                    check_text(article.text, where, max_chars)
                except NewsledgerError as error:
                    yield ReadFailure(where, error)
                    continue
                yield article
    except _WarcCut as cut:
        where = f"{name} at {printable(cut.uri)}" if cut.uri else name
        message = (
            f"the WARC file is cut short: {cut.what}; the {records} record(s) before it are kept"
        )
        yield ReadFailure(name, NewsledgerError(Code.TRUNCATED, message, where))
        return
    except _warc_errors() as error:
        # warcio raises whatever its parser meets, often quoting the file's bytes: keep it short
        if isinstance(error, AttributeError | TypeError):
            detail = "a record's header is incomplete"
        else:
            detail = printable(error, ascii_only=True) or type(error).__name__
        message = (
            f"the WARC file is damaged or cut short after {records} record(s) ({detail})"
            if records
            else f"not a readable WARC file ({detail})"
        )
        yield ReadFailure(name, NewsledgerError(Code.TRUNCATED, message, name))
        return
    if not records:
        yield ReadFailure(name, NewsledgerError(Code.EMPTY, "the file holds no WARC records", name))


class _WarcCut(Exception):
    """A WARC record, or the gzip member holding it, that ends before its stated length."""

    def __init__(self, what: str, uri: str | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.uri = uri


def _warc_errors() -> tuple[type[BaseException], ...]:
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    return (
        ArchiveLoadFailed,
        StatusAndHeadersParserException,
        OSError,
        EOFError,
        ValueError,
        AttributeError,
        TypeError,
        zlib.error,
    )


def _warc_records(handle: BinaryIO) -> Iterator[tuple[str | None, bytes | None]]:
    """(target URI, HTML bytes) for each whole record, the bytes None for records that are
    not HTML responses; raises _WarcCut where the file stops inside a record.

    warcio reads a cut file without complaint: it gives a record the bytes that are there, and
    takes a stop inside the next record's headers for the end of the archive. So each record's
    Content-Length is checked against what was read, the archive must end where the file does,
    and a gzip member must be complete.
    """
    gzipped = handle.read(2) == b"\x1f\x8b"
    handle.seek(0)
    archive = _archive_iterator(handle)
    records = iter(archive)
    while True:
        with contextlib.redirect_stderr(io.StringIO()):  # warcio prints warnings quoting bytes
            record = next(records, None)
            if record is None:
                break
            uri, html = _whole_record(record)
        yield uri, html
    if archive.member_cut and gzipped:
        raise _WarcCut("the last gzip member is incomplete")
    end = handle.seek(0, io.SEEK_END)
    if archive.offset < end:
        raise _WarcCut(f"the last {end - archive.offset:,} bytes are not a whole record")


def _whole_record(record) -> tuple[str | None, bytes | None]:
    """A record's URI and HTML payload (None if not an HTML response), read to its end."""
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    if not declared.isdigit():
        raise _WarcCut("a record's header is incomplete or has no Content-Length")
    uri = record.rec_headers.get_header("WARC-Target-URI")
    html = record.content_stream().read() if _is_html_response(record) else None
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    missing = getattr(raw, "limit", 0)
    if missing > 0:
        raise _WarcCut(f"the record lacks {missing:,} of its {int(declared):,} bytes", uri)
    return uri, html


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    return "html" in (record.http_headers.get_header("Content-Type") or "").lower()


def _archive_iterator(handle: BinaryIO):
    """warcio's ArchiveIterator, noting whether the gzip member it stopped in was whole
    (it closes the decompressor, and with it that knowledge, when it stops)."""
    from warcio.archiveiterator import ArchiveIterator

    class CheckedArchiveIterator(ArchiveIterator):
        member_cut = False

        def close(self) -> None:
            decompressor = self.reader.decompressor if self.reader else None
            if decompressor is not None and not decompressor.eof:
                self.member_cut = True
            super().close()

    return CheckedArchiveIterator(handle)
