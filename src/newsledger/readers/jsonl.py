"""JSONL and JSONL.gz corpora: one article record a line, streamed."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from newsledger.article import Article, ReadFailure
from newsledger.errors import Code, NewsledgerError
from newsledger.readers.frontmatter import read_front_matter
from newsledger.readers.textcheck import MAX_ARTICLE_CHARS, check_text, decode


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
    record_date = parse_date(obj.get("published"), source)
    return Article(
        text=text,
        headline=headline or front.headline,
        authors=[a.strip() for a in authors if a.strip()] or front.authors,
        dateline=(obj.get("dateline") or "").strip() or front.dateline,
        published=published or record_date or front.published,
        published_from="given" if published else "record" if record_date else "text",
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
