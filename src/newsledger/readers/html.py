"""HTML pages: article text, headline, authors and date through trafilatura."""

from __future__ import annotations

from datetime import date

from newsledger.article import Article
from newsledger.errors import Code, NewsledgerError
from newsledger.readers.frontmatter import read_front_matter
from newsledger.readers.jsonl import parse_date


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
    page_date = None
    if extracted.date:
        try:
            page_date = parse_date(extracted.date, source)
        except NewsledgerError:
            page_date = None
    return Article(
        text=body,
        headline=extracted.title or front.headline,
        authors=authors or front.authors,
        dateline=front.dateline,
        published=published or page_date or front.published,
        source=source,
        outlet=extracted.sitename or extracted.hostname,
        regions=[r for r in front.regions if r.kind != "headline"],
    )
