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
