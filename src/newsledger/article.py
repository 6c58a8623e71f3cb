"""Article: the text a user has, with its metadata, and readers for the forms it comes in.

Readers never raise on one bad article among many: they yield a `ReadFailure` for it
and go on, so a directory or a JSONL file with a broken entry still gives the rest.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import sys
import zlib
from collections import Counter
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
WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".rdf")
# What a directory walk reads (README lists the same); `.xml` only when it is an RSS/Atom feed.
# A file named on the command line is read whatever its name.
READABLE_SUFFIXES = (
    TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES + FEED_SUFFIXES + (".xml",)
)
# Folders a walk never enters: tools' state, not articles (virtualenvs are found by pyvenv.cfg).
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__"})


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


@dataclass(frozen=True, slots=True)
class SkippedFiles:
    """Files a directory walk passed over for their type: one summary line, not a failure each."""

    source: str
    by_suffix: dict[str, int]

    @property
    def count(self) -> int:
        return sum(self.by_suffix.values())

    def __str__(self) -> str:
        kinds = ", ".join(
            f"{suffix or '(none)'} ×{n}" for suffix, n in sorted(self.by_suffix.items())
        )
        files = "file" if self.count == 1 else "files"
        return f"{self.source}: skipped {self.count} {files} of types newsledger does not read ({kinds})"


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
    """One JSONL record: `text` required; `headline`, `published`, `id`, `authors` optional.

    A field of the wrong JSON type (a headline given as an object, say) makes the record bad
    (NL007, naming the field) rather than being stored as its Python repr.
    """
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise NewsledgerError(Code.BAD_RECORD, "a record needs a 'text' string field", source)
    text = obj["text"]
    for name in _STRING_FIELDS:
        _require(obj, name, (str,), "a string", source)
    _require(obj, "id", (str, int), "a string or a number", source)
    named_source = _named_source(obj, source)
    authors = obj.get("authors") or []
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.split(";") if a.strip()]
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        odd = [a for a in authors if not isinstance(a, str)] if isinstance(authors, list) else []
        what = f"a list holding {_json_type(odd[0])}" if odd else _json_type(authors)
        raise NewsledgerError(
            Code.BAD_RECORD,
            f"field 'authors' must be a string or a list of strings, not {what}",
            source,
        )
    front = read_front_matter(text)
    headline = (obj.get("headline") or "").strip() or (obj.get("title") or "").strip() or None
    return Article(
        text=text,
        headline=headline or front.headline,
        authors=[a.strip() for a in authors if a.strip()] or front.authors,
        dateline=(obj.get("dateline") or "").strip() or front.dateline,
        published=published or parse_date(obj.get("published"), source) or front.published,
        source=source,
        external_id=str(obj["id"]) if obj.get("id") is not None else None,
        outlet=_text_field(obj, "outlet", "publisher", "source") or named_source,
        regions=[r for r in front.regions if not (headline and r.kind == "headline")],
    )


# JSONL fields that hold text: any other JSON type in them is a bad record. `source` may
# also be a NewsAPI-style object, {"name": "Reuters", …}: its name is the outlet.
_STRING_FIELDS = ("headline", "title", "dateline", "outlet", "publisher")


def _require(obj: dict, name: str, kinds: tuple[type, ...], wanted: str, source: str) -> None:
    value = obj.get(name)
    if value is not None and (isinstance(value, bool) or not isinstance(value, kinds)):
        raise NewsledgerError(
            Code.BAD_RECORD, f"field '{name}' must be {wanted}, not {_json_type(value)}", source
        )


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    kinds = {dict: "an object", list: "a list", int: "a number", float: "a number", str: "a string"}
    return kinds.get(type(value), type(value).__name__)


def _named_source(obj: dict, where: str) -> str | None:
    """The outlet from a `source` object with a string `name`; any other non-string is bad."""
    value = obj.get("source")
    if value is None or isinstance(value, str):
        return None
    if isinstance(value, dict) and isinstance(value.get("name"), str | None):
        return (value.get("name") or "").strip() or None
    raise NewsledgerError(
        Code.BAD_RECORD,
        f"field 'source' must be a string or an object with a name, not {_json_type(value)}",
        where,
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
) -> Iterator[Article | ReadFailure | SkippedFiles]:
    """Articles from a file, a directory (recursively) or '-' for standard input.

    A directory yields one `SkippedFiles` summary after its articles if it held files of other
    types, and one NL017 failure if it held nothing to read at all.
    """
    if isinstance(path, str) and not path.strip():
        # Path("") is the current directory: reading it would walk a whole checkout.
        error = NewsledgerError(
            Code.EMPTY_PATH, "an empty path names no file; give a file, a directory or -", "PATH"
        )
        yield ReadFailure(repr(path), error)
        return
    if str(path) == "-":
        yield from _read_stream(sys.stdin.buffer, "<stdin>", published, max_chars)
        return
    path = Path(path)
    if not path.exists():
        yield ReadFailure(str(path), NewsledgerError(Code.NOT_FOUND, "no such file", str(path)))
        return
    if path.is_dir():
        yield from _read_directory(path, published, max_chars)
        return
    yield from _read_file(path, published, max_chars)


def _read_directory(
    folder: Path, published: date | None, max_chars: int
) -> Iterator[Article | ReadFailure | SkippedFiles]:
    """The articles of a folder tree, in sorted order, never entering hidden folders,
    virtualenvs, node_modules or __pycache__; files of other types are counted, not read."""
    skipped: Counter[str] = Counter()
    walk_errors: list[OSError] = []
    found = False
    for root, dirnames, filenames in os.walk(folder, onerror=walk_errors.append):
        here = Path(root)
        dirnames[:] = sorted(d for d in dirnames if not _skipped_folder(here / d))
        found = found or bool(walk_errors)
        yield from _unlistable(walk_errors)
        for filename in sorted(filenames):
            if filename.startswith("."):
                continue
            child = here / filename
            lowered = filename.lower()
            if not lowered.endswith(READABLE_SUFFIXES) or (
                lowered.endswith(".xml") and not _feed_file(child)
            ):
                skipped[Path(lowered).suffix] += 1
                continue
            for item in _read_file(child, published, max_chars):
                found = True
                yield item
    found = found or bool(walk_errors)
    yield from _unlistable(walk_errors)  # the last folder entered, or the top one, unlistable
    summary = SkippedFiles(str(folder), dict(skipped)) if skipped else None
    if found:
        if summary:
            yield summary
        return
    what = f"; {str(summary).split(': ', 1)[1]}" if summary else ""
    yield ReadFailure(
        str(folder),
        NewsledgerError(
            Code.NO_ARTICLES,
            f"no article to read in this directory (txt, md, html, jsonl, warc or feed files){what}",
            str(folder),
        ),
    )


def _unlistable(errors: list[OSError]) -> Iterator[ReadFailure]:
    """A failure for each folder os.walk could not list (it reports them through a callback)."""
    for error in errors:
        where = str(error.filename)
        yield ReadFailure(
            where, NewsledgerError(Code.NOT_FOUND, f"cannot read ({error.strerror})", where)
        )
    errors.clear()


def _skipped_folder(path: Path) -> bool:
    name = path.name
    return name.startswith(".") or name in SKIPPED_FOLDERS or (path / "pyvenv.cfg").is_file()


def _read_file(
    path: Path, published: date | None, max_chars: int
) -> Iterator[Article | ReadFailure]:
    """One file, by its type: JSONL, WARC, feed, else a txt or HTML article."""
    if path.name.lower().endswith(JSONL_SUFFIXES):
        yield from read_jsonl(path, published, max_chars)
        return
    from newsledger import feeds

    lowered = path.name.lower()
    if lowered.endswith(WARC_SUFFIXES):
        yield from feeds.read_warc(path, published, max_chars)
        return
    if lowered.endswith(FEED_SUFFIXES) or (lowered.endswith(".xml") and _feed_file(path)):
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
