"""URLs into a ledger: the polite client's pages kept in the ledger's `raw_pages`, so a URL
already fetched is read from there and never fetched again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from newsledger.article import Article, ReadFailure
from newsledger.fetch.client import FetchSettings, Page, PoliteClient
from newsledger.fetch.sources import WebOptions, print_notice, read_urls
from newsledger.ledger.raw_pages import StoredPage, stored_page
from newsledger.ledger.store import Ledger

UrlReader = Callable[[str], Iterator[Article | ReadFailure]]


class LedgerPages:
    """The ledger's raw pages as the fetcher's `PageStore`."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    def stored(self, url: str) -> Page | None:
        kept = stored_page(self.ledger.conn, url)
        return as_page(kept) if kept is not None else None

    def keep(self, page: Page) -> None:
        self.ledger.keep_page(
            StoredPage(
                url=page.url,
                final_url=page.final_url,
                status=page.status,
                content_type=page.content_type,
                fetched_at=page.fetched_at,
                body=page.body,
            )
        )


def as_page(kept: StoredPage) -> Page:
    return Page(
        url=kept.url,
        final_url=kept.final_url,
        status=kept.status,
        content_type=kept.content_type or "",
        body=kept.body,
        fetched_at=kept.fetched_at,
    )


@contextmanager
def url_reader(
    settings: FetchSettings,
    options: WebOptions,
    ledger: Ledger | None = None,
    notice: Callable[[str], None] = print_notice,
) -> Iterator[UrlReader]:
    """A function reading one URL's articles, all URLs sharing one client (its robots.txt
    cache and per-host delays); pages kept in `ledger` when one is given."""
    store = LedgerPages(ledger) if ledger is not None else None
    with PoliteClient(settings) as client:

        def read(url: str) -> Iterator[Article | ReadFailure]:
            return read_urls([url], client, options, store, notice)

        yield read
