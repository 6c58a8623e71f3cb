"""HTML pages: article text, headline, authors and date through trafilatura.

The date is the one users most often find wrong in news extractors, so the record says
which signal gave it: the page's own `<meta property="article:published_time">` first (the
publisher's statement of when it was published), else what trafilatura's htmldate finds,
else a date line in the text.
"""

from __future__ import annotations

from datetime import date

from newsledger.article import Article
from newsledger.errors import Code, NewsledgerError
from newsledger.readers.frontmatter import read_front_matter
from newsledger.readers.jsonl import parse_date

# Meta tags that state the publication date outright, in the order they are trusted.
PUBLISHED_META = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datePublished"),
)


def article_from_html(
    html: str, source: str | None = None, published: date | None = None
) -> Article:
    """The article body and metadata of an HTML page, through trafilatura."""
    from trafilatura import bare_extraction

    extracted = bare_extraction(html, with_metadata=True, include_comments=False)
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or len(body.split()) < 10:
        raise NewsledgerError(Code.NO_ARTICLE, "no article text found in this HTML page", source)
    front = read_front_matter(body)
    authors = [a.strip() for a in (extracted.author or "").split(";") if a.strip()]
    page_date, signal = page_published(html, extracted.date)
    when, signal = (
        (published, "given")
        if published
        else (page_date, signal)
        if page_date
        else (front.published, "text" if front.published else None)
    )
    return Article(
        text=body,
        headline=extracted.title or front.headline,
        authors=authors or front.authors,
        dateline=front.dateline,
        published=when,
        published_from=signal,
        source=source,
        outlet=extracted.sitename or extracted.hostname,
        regions=[r for r in front.regions if r.kind != "headline"],
    )


def page_published(html: str, found: str | None) -> tuple[date | None, str | None]:
    """The page's publication date and the signal that gave it: a published-time meta tag,
    else `found` (trafilatura's date, from htmldate)."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html.encode("utf-8", "replace"))
    except (ValueError, TypeError, SyntaxError):
        tree = None
    if tree is not None:
        for attribute, value in PUBLISHED_META:
            for content in tree.xpath(f"//meta[@{attribute}=$value]/@content", value=value):
                when = _date(content)
                if when is not None:
                    return when, f"meta:{value}"
    when = _date(found)
    return (when, "htmldate") if when else (None, None)


def _date(value: object) -> date | None:
    try:
        return parse_date(value)
    except NewsledgerError:
        return None
