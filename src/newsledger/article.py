"""Article: the text a user has, with its metadata, and readers for the forms it comes in.

Readers never raise on one bad article among many: they yield a `ReadFailure` for it
and go on, so a directory or a JSONL file with a broken entry still gives the rest.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime

from newsledger.errors import Code, NewsledgerError
from newsledger.readers.frontmatter import read_front_matter
from newsledger.records import ArticleInfo, Region


@dataclass(slots=True)
class Article:
    """One news report: its text exactly as given, and what is known about it."""

    text: str
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    published: date | None = None
    published_from: str | None = None  # which signal gave `published` (see ArticleInfo)
    source: str | None = None
    external_id: str | None = None
    outlet: str | None = None
    regions: list[Region] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.published = as_date(self.published)

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
            published_from=self.published_from if self.published else None,
            source=self.source,
            external_id=self.external_id,
            outlet=self.outlet,
            regions=list(self.regions),
        )

    @classmethod
    def from_text(
        cls, text: str, source: str | None = None, published: date | str | None = None
    ) -> Article:
        """A plain-text article, its front matter and furniture recognised."""
        front = read_front_matter(text)
        return cls(
            text=text,
            headline=front.headline,
            authors=front.authors,
            dateline=front.dateline,
            published=published or front.published,
            published_from="given" if published else "text" if front.published else None,
            source=source,
            regions=front.regions,
        )


def as_date(value: date | datetime | str | None) -> date | None:
    """A publication date as the API is handed it: a date, a datetime (its day) or an ISO
    string ("2024-11-17"); anything else is one clear NL010 error, not a failure deep
    inside the time normaliser."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise NewsledgerError(Code.BAD_DATE, f"not a publication date (YYYY-MM-DD): {value!r}")


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
