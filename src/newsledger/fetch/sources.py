"""URLs → Articles: an article page, or a feed or sitemap whose listed articles are read.

A page already kept (a `PageStore`, the ledger's raw pages) is read from there and never
fetched again. A URL that cannot be read gives a `ReadFailure` and the stream goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol
from urllib.parse import urlsplit

from newsledger.article import Article, ReadFailure
from newsledger.errors import Code, NewsledgerError
from newsledger.fetch.client import Page, PoliteClient
from newsledger.fetch.listings import Listed, feed_links, page_kind, sitemap_links
from newsledger.readers.html import article_from_html
from newsledger.readers.textcheck import MAX_ARTICLE_CHARS, check_text, decode


class PageStore(Protocol):
    """Where fetched pages are kept, so none is fetched twice."""

    def stored(self, url: str) -> Page | None: ...

    def keep(self, page: Page) -> None: ...


@dataclass(frozen=True, slots=True)
class WebOptions:
    """What to read from feeds and sitemaps, and the date given for articles."""

    since: date | None = None  # listed articles published before it are left out
    other_hosts: bool = False  # follow a listing's links to other hosts
    published: date | None = None  # --published: overrides the page's date
    max_chars: int = MAX_ARTICLE_CHARS


def is_url(value: str) -> bool:
    return urlsplit(value).scheme in ("http", "https")


def print_notice(message: str) -> None:
    print(f"newsledger: {message}", file=sys.stderr, flush=True)


def read_urls(
    urls: Iterable[str],
    client: PoliteClient,
    options: WebOptions | None = None,
    store: PageStore | None = None,
    notice: Callable[[str], None] = print_notice,
) -> Iterator[Article | ReadFailure]:
    """The articles at `urls`, one page at a time; feeds and sitemaps give the articles they list."""
    reader = _Reader(client, options or WebOptions(), store, notice)
    for url in urls:
        yield from reader.read(url.strip(), accept=("html", "feed", "sitemap"))


def article_from_page(
    page: Page, published: date | None = None, max_chars: int = MAX_ARTICLE_CHARS
) -> Article:
    """The article of a fetched (or kept) HTML page; its source is the URL asked for."""
    text = decode(page.body, page.url)
    article = article_from_html(text, page.url, published)
    check_text(article.text, page.url, max_chars)
    return article


@dataclass(slots=True)
class _Reader:
    client: PoliteClient
    options: WebOptions
    store: PageStore | None
    notice: Callable[[str], None]
    seen: set[str] = field(default_factory=set)

    def read(
        self, url: str, accept: tuple[str, ...], listed: Listed | None = None
    ) -> Iterator[Article | ReadFailure]:
        if url in self.seen:  # listed twice (a feed and a sitemap, two sitemaps): read once
            return
        self.seen.add(url)
        try:
            page, fresh = self._page(url)
            kind = page_kind(page)
            if kind not in accept:
                raise NewsledgerError(
                    Code.UNSUPPORTED,
                    f"not {' or '.join(_WHAT[k] for k in accept)} "
                    f"(Content-Type: {page.content_type or 'none'})",
                    url,
                )
            if kind == "html":
                if fresh and self.store is not None:
                    self.store.keep(page)
                article = self._article(page, listed)
                if article is not None:
                    yield article
                return
            links = feed_links(page) if kind == "feed" else sitemap_links(page)
        except NewsledgerError as error:
            yield ReadFailure(url, error)
            return
        for link in self._wanted(url, page, links):
            yield from self.read(link.url, ("sitemap",) if link.sitemap else ("html",), link)

    def _page(self, url: str) -> tuple[Page, bool]:
        """The page, from the store if it was kept before (then not fetched), else fetched."""
        kept = self.store.stored(url) if self.store is not None else None
        return (kept, False) if kept is not None else (self.client.fetch(url), True)

    def _article(self, page: Page, listed: Listed | None) -> Article | None:
        article = article_from_page(page, self.options.published, self.options.max_chars)
        if article.published is None and listed is not None and listed.published is not None:
            article.published = listed.published
            article.published_from = listed.via
        since = self.options.since
        if listed is not None and since and article.published and article.published < since:
            self.notice(f"{page.url}: published {article.published}, before --since {since}")
            return None
        return article

    def _wanted(self, url: str, page: Page, links: list[Listed]) -> list[Listed]:
        """The links to read: on the listing's own host unless other hosts were asked for,
        and (articles) not dated before --since; one notice line for what was left out."""
        if not links:
            self.notice(f"{url}: lists no articles")
            return []
        host = urlsplit(page.final_url).netloc
        since = self.options.since
        wanted: list[Listed] = []
        other = old = 0
        for link in links:
            if urlsplit(link.url).netloc != host and not self.options.other_hosts:
                other += 1
            elif since and not link.sitemap and link.published and link.published < since:
                old += 1
            else:
                wanted.append(link)
        if other:
            self.notice(
                f"{url}: left out {other} link(s) to other hosts (--other-hosts follows them)"
            )
        if old:
            self.notice(f"{url}: left out {old} article(s) dated before --since {since}")
        return wanted


_WHAT = {"html": "an HTML page", "feed": "an RSS/Atom feed", "sitemap": "a sitemap"}
