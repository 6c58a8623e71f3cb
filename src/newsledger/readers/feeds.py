"""News feeds (RSS/Atom, through feedparser): entries read from saved pages in the feed's folder."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import unquote, urlparse

from newsledger.article import Article, ReadFailure
from newsledger.errors import Code, NewsledgerError
from newsledger.readers.html import article_from_html
from newsledger.readers.text import read_bytes
from newsledger.readers.textcheck import MAX_ARTICLE_CHARS, check_text

FEED_SUFFIXES = (".rss", ".atom", ".rdf")


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
    local = _local_file(path, entry.get("link") or "", where)
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
    if when:
        article.published = when
        article.published_from = "given" if published else "feed"
    article.external_id = entry.get("id") or article.external_id
    return article


def _entry_date(entry) -> date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return datetime.fromtimestamp(calendar.timegm(stamp), UTC).date()


def _local_file(feed: Path, link: str, where: str) -> Path | None:
    """The saved HTML file a feed link points at, if it is beside the feed.

    Only the feed's folder and its subfolders are read: a link (or a symlink) that resolves
    elsewhere is refused with NL016, since a feed from the web must not make newsledger read,
    and store, any HTML file of the user's (`../../private.html`, `file:///home/…`).
    """
    folder = feed.parent.resolve()
    parsed = urlparse(link)
    candidates = []
    if parsed.scheme in ("", "file"):
        candidates.append(feed.parent / unquote(parsed.path).lstrip("/"))
        if Path(unquote(parsed.path)).is_absolute():
            candidates.append(Path(unquote(parsed.path)))
    if parsed.path:
        candidates.append(feed.parent / Path(unquote(parsed.path)).name)
    for candidate in candidates:
        try:
            if not (candidate.is_file() and candidate.suffix.lower() in (".html", ".htm")):
                continue
            inside = candidate.resolve().is_relative_to(folder)
        except (OSError, RuntimeError, ValueError):  # unreadable, a symlink loop, a NUL byte
            continue
        if not inside:
            raise NewsledgerError(
                Code.OUTSIDE_FEED,
                "the entry links to a file outside the feed's folder; "
                "only pages saved beside the feed are read",
                where,
            )
        return candidate
    return None
