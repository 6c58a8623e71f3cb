"""Article: the text a user has, with its metadata, and readers for the forms it comes in.

Readers never raise on one bad article among many: they yield a `ReadFailure` for it
and go on, so a directory or a JSONL file with a broken entry still gives the rest.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

from newsledger.errors import Code, NewsledgerError
from newsledger.frontmatter import read_front_matter
from newsledger.records import ArticleInfo, Region
from newsledger.textcheck import MAX_ARTICLE_CHARS, check_text, decode

MAX_FILE_BYTES = 20_000_000  # for one txt/html article; JSONL streams and has no cap
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


@dataclass(slots=True)
class Article:
    """One news report: its text exactly as given, and what is known about it."""

    text: str
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    published: date | None = None
    source: str | None = None
    external_id: str | None = None
    outlet: str | None = None
    regions: list[Region] = field(default_factory=list)

    @property
    def id(self) -> str:
        """The article's key: sha256 of its text, so the same text is the same article."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def furniture(self) -> list[Region]:
        return [r for r in self.regions if r.furniture]

    def info(self) -> ArticleInfo:
        return ArticleInfo(
            id=self.id,
            text=self.text,
            headline=self.headline,
            authors=list(self.authors),
            dateline=self.dateline,
            published=self.published.isoformat() if self.published else None,
            source=self.source,
            external_id=self.external_id,
            outlet=self.outlet,
            regions=list(self.regions),
        )

    @classmethod
    def from_text(
        cls, text: str, source: str | None = None, published: date | None = None
    ) -> Article:
        """A plain-text article, its front matter and furniture recognised."""
        front = read_front_matter(text)
        return cls(
            text=text,
            headline=front.headline,
            authors=front.authors,
            dateline=front.dateline,
            published=published or front.published,
            source=source,
            regions=front.regions,
        )


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input that could not be read, with the reason a user can act on."""

    source: str
    error: NewsledgerError


def parse_date(value: object, source: str | None = None) -> date | None:
    """A YYYY-MM-DD date from a metadata field (ISO datetimes are cut to their date)."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise NewsledgerError(
            Code.BAD_DATE, f"'{value}' is not a date in YYYY-MM-DD form", source
        ) from None


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


def article_from_json(obj: object, source: str, published: date | None = None) -> Article:
    """One JSONL record: `text` required; `headline`, `published`, `id`, `authors` optional."""
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise NewsledgerError(Code.BAD_RECORD, "a record needs a 'text' string field", source)
    text = obj["text"]
    authors = obj.get("authors") or []
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.split(";") if a.strip()]
    front = read_front_matter(text)
    headline = obj.get("headline") or obj.get("title")
    return Article(
        text=text,
        headline=str(headline) if headline else front.headline,
        authors=[str(a) for a in authors] or front.authors,
        dateline=obj.get("dateline") or front.dateline,
        published=published or parse_date(obj.get("published"), source) or front.published,
        source=source,
        external_id=str(obj["id"]) if obj.get("id") is not None else None,
        outlet=_text_field(obj, "outlet", "publisher", "source"),
        regions=[r for r in front.regions if not (headline and r.kind == "headline")],
    )


def _text_field(obj: dict, *names: str) -> str | None:
    for name in names:
        if isinstance(obj.get(name), str) and obj[name].strip():
            return str(obj[name]).strip()
    return None


def _open_lines(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.endswith(".gz") else path.open("rb")


def read_jsonl(
    path: Path, published: date | None = None, max_chars: int = MAX_ARTICLE_CHARS
) -> Iterator[Article | ReadFailure]:
    """Stream the articles of a JSONL (or JSONL.gz) file, one bad line never stopping the rest."""
    name = str(path)
    try:
        with _open_lines(path) as handle:
            yield from _jsonl_lines(handle, name, published, max_chars)
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        yield ReadFailure(
            name, NewsledgerError(Code.TRUNCATED, f"compressed file is cut short ({error})", name)
        )


def _jsonl_lines(
    handle: IO[bytes], name: str, published: date | None, max_chars: int
) -> Iterator[Article | ReadFailure]:
    for number, raw in enumerate(handle, start=1):
        where = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(decode(raw, where))
        except json.JSONDecodeError as error:
            kind = Code.TRUNCATED if not raw.endswith(b"\n") else Code.BAD_RECORD
            yield ReadFailure(
                where, NewsledgerError(kind, f"not a JSON object ({error.msg})", where)
            )
            continue
        except NewsledgerError as error:
            yield ReadFailure(where, error)
            continue
        try:
            article = article_from_json(obj, where, published)
            check_text(article.text, where, max_chars)
        except NewsledgerError as error:
            yield ReadFailure(where, error)
            continue
        yield article


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


def read_path(
    path: str | Path,
    published: date | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
) -> Iterator[Article | ReadFailure]:
    """Articles from a file, a directory (recursively) or '-' for standard input."""
    if str(path) == "-":
        yield from _read_stream(sys.stdin.buffer, "<stdin>", published, max_chars)
        return
    path = Path(path)
    if not path.exists():
        yield ReadFailure(str(path), NewsledgerError(Code.NOT_FOUND, "no such file", str(path)))
        return
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.name.startswith("."):
                continue
            yield from read_path(child, published, max_chars)
        return
    if path.name.lower().endswith(JSONL_SUFFIXES):
        yield from read_jsonl(path, published, max_chars)
        return
    from newsledger import feeds

    lowered = path.name.lower()
    if lowered.endswith(feeds.WARC_SUFFIXES):
        yield from feeds.read_warc(path, published, max_chars)
        return
    if lowered.endswith(feeds.FEED_SUFFIXES) or (lowered.endswith(".xml") and _feed_file(path)):
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
    from newsledger.feeds import looks_like_feed

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
