"""Pages that list articles: RSS/Atom feeds (through feedparser) and sitemaps, news sitemaps
and sitemap indexes (through lxml, entities and network access switched off)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime

from newsledger.errors import Code, NewsledgerError
from newsledger.fetch.client import Page
from newsledger.readers.feeds import looks_like_feed

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


@dataclass(frozen=True, slots=True)
class Listed:
    """A link a feed or sitemap gives: the URL, its date where given, and whether it is a
    further sitemap (in a sitemap index) rather than an article."""

    url: str
    published: date | None = None
    sitemap: bool = False
    via: str = "feed"  # what listed it: "feed" or "sitemap" (the date signal, if it gives the date)


def page_kind(page: Page) -> str:
    """'html', 'feed', 'sitemap', or 'other', from the content type and the first bytes."""
    head = page.body[:1024].lstrip().lower()
    if page.media_type in HTML_TYPES or head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if looks_like_feed(page.body[:1024]) or page.media_type in (
        "application/rss+xml",
        "application/atom+xml",
    ):
        return "feed"
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    return "other"


def feed_links(page: Page) -> list[Listed]:
    """The entries of an RSS/Atom feed, each with its date where the feed gives one."""
    import feedparser

    parsed = feedparser.parse(page.body)
    if parsed.bozo and not parsed.entries:
        raise NewsledgerError(
            Code.BAD_RECORD, f"not a readable RSS/Atom feed ({parsed.bozo_exception})", page.url
        )
    found = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        when = datetime.fromtimestamp(calendar.timegm(stamp), UTC).date() if stamp else None
        found.append(Listed(link, when))
    return found


def sitemap_links(page: Page) -> list[Listed]:
    """The `<loc>`s of a sitemap (with `news:publication_date`, else `lastmod`), or of a
    sitemap index (each a further sitemap)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(page.body, parser)
    except etree.XMLSyntaxError as error:
        raise NewsledgerError(
            Code.BAD_RECORD, f"not a readable sitemap ({error})", page.url
        ) from None
    index = etree.QName(root).localname == "sitemapindex"
    found = []
    for item in root:
        if not isinstance(item.tag, str):
            continue
        loc = item.findtext(f"{{{SITEMAP_NS}}}loc") or item.findtext("loc")
        if not loc or not loc.strip():
            continue
        stamp = (
            item.findtext(f"{{{NEWS_NS}}}news/{{{NEWS_NS}}}publication_date")
            or item.findtext(f"{{{SITEMAP_NS}}}lastmod")
            or item.findtext("lastmod")
        )
        found.append(Listed(loc.strip(), _iso_date(stamp), sitemap=index, via="sitemap"))
    return found


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
