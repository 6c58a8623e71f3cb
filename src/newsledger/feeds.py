"""Readers for web archives (WARC, through warcio) and news feeds (RSS/Atom, through
feedparser), yielding Articles like every other reader.

A feed entry whose link names an HTML file saved beside the feed is read from that file
(the full article); otherwise the entry's own content is used. Pages and entries with no
article text are reported as failures and the rest go on.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import unquote, urlparse

from newsledger.article import Article, ReadFailure, article_from_html, read_bytes
from newsledger.errors import Code, NewsledgerError
from newsledger.textcheck import MAX_ARTICLE_CHARS, check_text, decode

WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".rdf")


def read_warc(
    path: Path, published: date | None = None, max_chars: int = MAX_ARTICLE_CHARS
) -> Iterator[Article | ReadFailure]:
    """Every HTML response in a WARC file, as an article."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    try:
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or name
                try:
                    html = decode(record.content_stream().read(), uri)
                    article = article_from_html(html, uri, published)
                    article.outlet = article.outlet or urlparse(uri).hostname
                    check_text(article.text, uri, max_chars)
                except NewsledgerError as error:
                    yield ReadFailure(uri, error)
                    continue
                yield article
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError, TypeError) as error:
        # warcio raises whatever its parser meets in a malformed or cut file
        yield ReadFailure(
            name, NewsledgerError(Code.TRUNCATED, f"not a readable WARC file ({error})", name)
        )


def looks_like_feed(head: bytes) -> bool:
    start = head.lstrip()[:600].lower()
    return start.startswith(b"<?xml") and (
        b"<rss" in start or b"<feed" in start or b"<rdf" in start
    )


def read_feed(
    path: Path, published: date | None = None, max_chars: int = MAX_ARTICLE_CHARS
) -> Iterator[Article | ReadFailure]:
    """The entries of an RSS or Atom file, each read from its linked HTML file where that
    file is saved beside the feed, else from the entry's own content."""
    import feedparser

    parsed = feedparser.parse(path.read_bytes())
    if parsed.bozo and not parsed.entries:
        error = NewsledgerError(
            Code.BAD_RECORD, f"not a readable RSS/Atom feed ({parsed.bozo_exception})", str(path)
        )
        yield ReadFailure(str(path), error)
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = entry.get("link") or f"{path}#{number}"
        try:
            article = _entry_article(path, entry, where, published, max_chars)
        except NewsledgerError as error:
            yield ReadFailure(where, error)
            continue
        article.outlet = article.outlet or outlet
        yield article


def _entry_article(
    path: Path, entry, where: str, published: date | None, max_chars: int
) -> Article:
    when = published or _entry_date(entry)
    local = _local_file(path, entry.get("link") or "")
    if local is not None:
        article = read_bytes(local.read_bytes(), str(local), when, max_chars)
    else:
        contents = entry.get("content") or []
        html = contents[0].get("value") if contents else entry.get("summary") or ""
        if not html.strip():
            raise NewsledgerError(
                Code.NO_ARTICLE, "feed entry has no text and no saved page", where
            )
        page = (
            f"<html><body><article><h1>{entry.get('title', '')}</h1>{html}</article></body></html>"
        )
        article = article_from_html(page, where, when)
        check_text(article.text, where, max_chars)
    article.headline = entry.get("title") or article.headline
    authors = [a.get("name") for a in entry.get("authors") or [] if a.get("name")]
    article.authors = authors or article.authors
    article.published = when or article.published
    article.external_id = entry.get("id") or article.external_id
    return article


def _entry_date(entry) -> date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return datetime.fromtimestamp(calendar.timegm(stamp), UTC).date()


def _local_file(feed: Path, link: str) -> Path | None:
    """The saved HTML file a feed link points at, if it is beside the feed."""
    parsed = urlparse(link)
    candidates = []
    if parsed.scheme in ("", "file"):
        candidates.append(feed.parent / unquote(parsed.path).lstrip("/"))
        candidates.append(Path(unquote(parsed.path)))
    if parsed.path:
        candidates.append(feed.parent / Path(unquote(parsed.path)).name)
    for candidate in candidates:
        try:
            if candidate.is_file() and candidate.suffix.lower() in (".html", ".htm"):
                return candidate
        except OSError:
            continue
    return None
