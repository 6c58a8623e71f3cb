"""Decode raw bytes into text and refuse what is not an English news text.

Runs before any NLP so that bad input fails fast with a clear reason instead of
producing English-looking garbage.
"""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes

from newsledger.errors import Code, NewsledgerError

# Parsing memory grows with the article: about 3.3 MB a 1,000 characters over a 150 MB
# pipeline (200,000 characters peaked at 810 MB; 900,000 took 2.9 GB and 82 s). At 250,000 a
# worker stays near 1 GB. News articles run far shorter (a long feature is 30,000); a longer
# text is refused (NL004), not parsed in pieces: the components read the whole document
# (entity aliases, dates anchored on earlier dates), so records of pieces cannot be merged.
MAX_ARTICLE_CHARS = 250_000


def too_long_for_analysis(text: str) -> str | None:
    """Why a text is not analysed, if it is over MAX_ARTICLE_CHARS."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return None
    return (
        f"the article is {len(text):,} characters, over the analysis limit of "
        f"{MAX_ARTICLE_CHARS:,} (parsing memory grows with length); split it into articles"
    )


_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

# The most frequent English function words: news prose is roughly 40% these.
_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "that",
        "is",
        "was",
        "he",
        "for",
        "it",
        "with",
        "as",
        "his",
        "on",
        "be",
        "at",
        "by",
        "i",
        "this",
        "had",
        "not",
        "are",
        "but",
        "from",
        "or",
        "have",
        "an",
        "they",
        "which",
        "one",
        "you",
        "were",
        "her",
        "all",
        "she",
        "there",
        "would",
        "their",
        "we",
        "him",
        "been",
        "has",
        "when",
        "who",
        "will",
        "more",
        "no",
        "if",
        "out",
        "so",
        "said",
        "what",
        "up",
        "its",
        "about",
        "into",
        "than",
        "them",
        "can",
        "only",
        "other",
        "new",
        "some",
        "could",
        "time",
        "these",
        "two",
        "may",
        "then",
        "do",
        "first",
        "any",
        "my",
        "now",
        "such",
        "like",
        "our",
        "over",
        "man",
        "me",
        "even",
        "most",
        "made",
        "after",
        "also",
        "did",
        "many",
        "before",
        "must",
        "through",
        "back",
        "years",
        "where",
        "much",
        "your",
        "way",
        "well",
        "down",
        "should",
        "because",
        "each",
        "just",
        "those",
        "people",
        "mr",
        "how",
        "too",
        "little",
        "state",
        "good",
        "very",
        "make",
        "world",
        "still",
        "own",
        "see",
        "men",
        "work",
        "long",
        "get",
        "here",
        "between",
        "both",
        "life",
        "being",
        "under",
        "never",
        "day",
        "same",
        "another",
        "know",
        "while",
        "last",
        "might",
        "us",
        "great",
        "old",
        "year",
        "off",
        "come",
        "since",
        "against",
        "go",
        "came",
        "right",
        "used",
        "take",
        "three",
    ]
)


def decode(data: bytes, source: str | None = None) -> str:
    """Bytes to text: UTF-8, else the declared or detected encoding, else a clear error."""
    if not data.strip():
        raise NewsledgerError(Code.EMPTY, "the input is empty", source)
    if _looks_binary(data):
        raise NewsledgerError(
            Code.BINARY, "the input is binary data, not text (NUL or control bytes found)", source
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        utf8_error = error
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    if utf8_error.start >= len(data) - 3 and utf8_error.reason == "unexpected end of data":
        raise NewsledgerError(
            Code.TRUNCATED,
            f"the input ends in the middle of a UTF-8 character (byte {utf8_error.start}): "
            "the file looks truncated",
            source,
        )
    best = from_bytes(data).best()
    if best is not None and best.encoding and best.chaos < 0.2:
        return str(best)
    raise NewsledgerError(
        Code.ENCODING,
        f"the input is not UTF-8 (invalid byte at {utf8_error.start}) and its encoding "
        "could not be detected; convert it to UTF-8",
        source,
    )


def printable(text: object, limit: int = 120, ascii_only: bool = False) -> str:
    """Text safe for a one-line message: unprintable characters (and, with `ascii_only`, any
    non-ASCII, as in bytes a parser decoded as Latin-1) replaced, whitespace runs made one
    space, cut to `limit` characters. A parser's error can quote a kilobyte of binary input."""
    cleaned = "".join(
        c if c.isprintable() and (c.isascii() or not ascii_only) else " " for c in str(text)
    )
    cleaned = " ".join(cleaned.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 3].rstrip() + "..."


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def check_text(text: str, source: str | None = None, max_chars: int = MAX_ARTICLE_CHARS) -> None:
    """Refuse empty, oversized or non-English article text."""
    if not text.strip():
        raise NewsledgerError(Code.EMPTY, "the article has no text", source)
    if len(text) > max_chars:
        raise NewsledgerError(
            Code.TOO_LARGE,
            f"the article is {len(text):,} characters, over the limit of {max_chars:,} "
            "for one article; split it into articles (JSONL) or raise --max-chars",
            source,
        )
    language = guess_language(text)
    if language != "en":
        raise NewsledgerError(
            Code.NOT_ENGLISH,
            f"the text does not look like English ({language}); newsledger analyses English news",
            source,
        )


def guess_language(text: str) -> str:
    """'en', or a short description of why the text is not English.

    A function-word test: cheap, offline, and reliable on anything article-sized.
    Very short texts are given the benefit of the doubt.
    """
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if letters:
        latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
        if latin / len(letters) < 0.6:
            return "mostly non-Latin script"
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 12:
        return "en"
    share = sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS) / len(words)
    return "en" if share >= 0.12 else f"only {share:.0%} English function words"
