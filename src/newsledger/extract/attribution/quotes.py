"""Direct quotations in news typography: where each quoted stretch starts and ends.

Whether a mark opens or closes is read from its neighbours, not its glyph, because real
articles carry typos (a second piece opening with a closing mark ”) and straight quotes
are the same glyph both ways: a mark after a space or line start and before a word opens;
a mark after a word or punctuation and before a space, punctuation or line end closes.
A paragraph that ends inside a quotation continues it when the next paragraph opens with a
quote mark (the news convention for a quotation over several paragraphs): the pieces are
returned as one quotation with one span per paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE_MARKS = ("“", "”", '"', "„", "«", "»", "''", "``")
OPENING_GLYPHS = frozenset({"“", "„", "«", "``"})
CLOSING_GLYPHS = frozenset({"”", "»", "''"})
OPEN_BEFORE = frozenset(" \t\n([{—–-/")  # what may stand before an opening mark
MIN_QUOTE_CHARS = 2


@dataclass(slots=True)
class Quotation:
    """One quotation: its pieces (character spans, marks included), in text order."""

    pieces: list[tuple[int, int]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


# The marks as one regex, scanned left to right, two-character marks first (so three
# apostrophes are one mark and a stray one).
MARK = re.compile("|".join(re.escape(m) for m in sorted(DOUBLE_MARKS, key=len, reverse=True)))


def _marks(text: str) -> list[tuple[int, int]]:
    """(start, end) of every double quotation mark, two-character marks included (a regex
    scan: a Python loop over every character cost more than finding the quotations)."""
    return [m.span() for m in MARK.finditer(text)]


def _role(text: str, start: int, end: int) -> str:
    """'open', 'close' or 'either' for the mark at text[start:end]."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    glyph = text[start:end]
    opens = before in OPEN_BEFORE and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if glyph in OPENING_GLYPHS:
        return "open"
    if glyph in CLOSING_GLYPHS:
        return "close"
    return "either"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in the text, multi-paragraph ones joined, in text order."""
    quotations: list[Quotation] = []
    carried: Quotation | None = None  # a quotation left open at the end of a paragraph
    for para_start, para_end in _paragraphs(text):
        paragraph = text[para_start:para_end]
        marks = [(s + para_start, e + para_start) for s, e in _marks(paragraph)]
        stripped_start = para_start + (len(paragraph) - len(paragraph.lstrip()))
        opens_with_mark = bool(marks) and marks[0][0] == stripped_start
        if carried is not None and not opens_with_mark:
            carried = None
        open_at: int | None = None
        for start, end in marks:
            role = _role(text, start, end)
            if open_at is None:
                if role != "close" or start == stripped_start:
                    open_at = start
                continue
            if role == "open" and start > open_at:
                # an opening mark inside an open quotation: the first was never closed
                _add(quotations, open_at, _trim_end(text, open_at, start), carried)
                carried = None
                open_at = start
                continue
            _add(quotations, open_at, end, carried)
            carried = None
            open_at = None
        if open_at is not None:
            line_end = _trim_end(text, open_at, para_end)
            carried = _add(quotations, open_at, line_end, carried)
        else:
            carried = None
    return [q for q in quotations if q.end - q.start > MIN_QUOTE_CHARS]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _add(quotations: list[Quotation], start: int, end: int, carried: Quotation | None) -> Quotation:
    if carried is not None:
        carried.pieces.append((start, end))
        return carried
    quotation = Quotation([(start, end)])
    quotations.append(quotation)
    return quotation


def quoted_chars(quotations: list[Quotation]) -> list[tuple[int, int]]:
    """All pieces, sorted: the stretches of text that are someone's own words."""
    return sorted(piece for q in quotations for piece in q.pieces)
