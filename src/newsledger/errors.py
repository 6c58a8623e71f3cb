"""Errors a user can act on: each has a searchable code and a one-line message.

The CLI prints ``[NL0xx] message`` on stderr and exits non-zero; no traceback.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    EMPTY = "NL001"
    BINARY = "NL002"
    ENCODING = "NL003"
    TOO_LARGE = "NL004"
    NOT_ENGLISH = "NL005"
    NO_ARTICLE = "NL006"
    BAD_RECORD = "NL007"
    TRUNCATED = "NL008"
    NOT_FOUND = "NL009"
    BAD_DATE = "NL010"
    UNSUPPORTED = "NL011"
    ANALYSIS_FAILED = "NL012"
    BAD_LEDGER = "NL013"  # not SQLite, empty, a directory, or another program's database
    READ_ONLY = "NL014"  # a ledger this user cannot write
    EMPTY_PATH = "NL015"  # an empty path argument (usage error: exit 2)
    OUTSIDE_FEED = "NL016"  # a feed link that leaves the feed's folder
    NO_ARTICLES = "NL017"  # a directory with no readable article
    ROBOTS = "NL018"  # a URL the site's robots.txt disallows
    HTTP_STATUS = "NL019"  # an HTTP error status (404, or 429/5xx after the retries)
    NETWORK = "NL020"  # a timeout, a refused connection, too many redirects
    BAD_FILTER = "NL021"  # a --where condition SQLite cannot run


class NewsledgerError(Exception):
    """An input problem reported to the user as one line."""

    def __init__(self, code: Code, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.source = source

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"[{self.code.value}] {where}{self.message}"
