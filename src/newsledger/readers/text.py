"""Plain-text and HTML bytes of one article: decoded, checked, dispatched."""

from __future__ import annotations

from datetime import date

from newsledger.article import Article
from newsledger.readers.html import article_from_html
from newsledger.readers.textcheck import MAX_ARTICLE_CHARS, check_text, decode

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def read_bytes(
    data: bytes,
    name: str,
    published: date | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
) -> Article:
    """One txt or HTML article from its bytes (HTML recognised by name or content)."""
    text = decode(data, name)
    if name.lower().endswith(HTML_SUFFIXES) or _looks_like_html(text):
        article = article_from_html(text, name, published)
    else:
        article = Article.from_text(text, name, published)
    check_text(article.text, name, max_chars)
    return article


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)
