"""The attribution tagger's input: text cut into windows of whole sentences, and its labels.

Shared by the runtime tagger (`tagger`) and its training (`training.attribution_tagger`) so
both cut and label text the same way. A window is a run of consecutive sentences of at most
`MAX_PIECES` word pieces; a longer sentence is cut into pieces of that size. The labels are
BIO tags over word pieces for the three PolNeAR roles.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tokenizers import Tokenizer

MAX_PIECES = 190  # word pieces per window, [CLS] and [SEP] not counted
ROLES = ("CUE", "SOURCE", "CONTENT")
LABELS = ("O", *(f"{p}-{r}" for r in ROLES for p in ("B", "I")))
LABEL_ID = {label: i for i, label in enumerate(LABELS)}


@dataclass(slots=True)
class Window:
    """Word-piece ids of a run of sentences, with each piece's character span in the text."""

    ids: list[int]
    offsets: list[tuple[int, int]]  # into the whole text, one per piece (no [CLS]/[SEP])
    start: int  # the characters the window covers
    end: int


def cut_windows(
    text: str,
    sentences: Iterable[tuple[int, int]],
    tokenizer: Tokenizer,
    max_pieces: int = MAX_PIECES,
) -> list[Window]:
    """Windows over the given sentences (character spans, in text order); sentences that
    are not consecutive in the list are never joined, so a caller can pass only the
    sentences it wants read."""
    windows: list[Window] = []
    current: Window | None = None
    last_end = -1
    for start, end in sentences:
        chunk = text[start:end]
        if not chunk.strip():
            continue
        encoding = tokenizer.encode(chunk, add_special_tokens=False)
        pieces = [
            (i, (start + s, start + e))
            for i, (s, e) in zip(encoding.ids, encoding.offsets, strict=True)
        ]
        joinable = (
            current is not None
            and start <= last_end + 2
            and (len(current.ids) + len(pieces) <= max_pieces)
        )
        if not joinable:
            current = None
        for piece_id, (s, e) in pieces:
            if current is None or len(current.ids) >= max_pieces:
                current = Window([], [], s, e)
                windows.append(current)
            current.ids.append(piece_id)
            current.offsets.append((s, e))
            current.end = e
        last_end = end
    return windows


def piece_labels(window: Window, roles: Sequence[tuple[int, int, str, int]]) -> list[int]:
    """BIO label ids for a window's pieces from gold role spans ``(start, end, role, group)``;
    `group` tells two adjacent spans of one role apart (another attribution or fragment)."""
    labels = []
    previous: tuple[str, int] | None = None
    for s, _ in window.offsets:
        found = None
        for rs, re_, role, group in roles:
            if rs <= s < re_:
                found = (role, group)
                break
        if found is None:
            labels.append(LABEL_ID["O"])
        else:
            prefix = "I" if found == previous else "B"
            labels.append(LABEL_ID[f"{prefix}-{found[0]}"])
        previous = found
    return labels
