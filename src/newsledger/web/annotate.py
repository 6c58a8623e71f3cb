"""Annotated article HTML from overlapping spans, always well-formed and always escaped.

Extractors produce spans that nest and overlap freely (a timex inside a quote, a quote that
starts inside a source's name…). HTML elements must nest strictly, so the text is cut at
every span boundary into segments; each segment knows which spans cover it, and an element
that must close early to let another close is closed and reopened around the next segment.
A span may therefore come out as several elements: they carry the same attributes, which
is how the page treats them as one (the `data-attr` highlight group of an attribution).
Offsets are Python `str` indices into the article text, as in the record.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    """One span to wrap: `tag` with `classes` and `attrs`; `rank` orders spans that cover
    exactly the same text (lower is outer). `first_attrs` go on the first element only
    (an `id` must not repeat when the span is cut into pieces)."""

    start: int
    end: int
    classes: tuple[str, ...]
    tag: str = "span"
    rank: int = 50
    attrs: tuple[tuple[str, str], ...] = ()
    first_attrs: tuple[tuple[str, str], ...] = ()
    layer: str = field(default="", compare=False)


ALLOWED_TAGS = frozenset({"span", "a", "mark"})


def valid_marks(text: str, marks: Iterable[Mark]) -> list[Mark]:
    """Marks whose offsets fall inside the text and cover something; the rest are dropped
    (a bad offset must not take the page down). Links never overlap links: a later `<a>`
    that overlaps an earlier one is dropped, since nested anchors are invalid HTML."""
    kept: list[Mark] = []
    link_ends: list[tuple[int, int]] = []
    ordered = sorted(marks, key=lambda m: (m.start, -m.end, m.rank))
    for mark in ordered:
        if mark.tag not in ALLOWED_TAGS:
            raise ValueError(f"tag {mark.tag!r} is not allowed in annotated text")
        if not (0 <= mark.start < mark.end <= len(text)):
            continue
        if mark.tag == "a":
            if any(mark.start < end and start < mark.end for start, end in link_ends):
                continue
            link_ends.append((mark.start, mark.end))
        kept.append(mark)
    return kept


def _open_tag(mark: Mark, first: bool) -> str:
    attrs: list[tuple[str, str]] = [("class", " ".join(mark.classes))] if mark.classes else []
    attrs += list(mark.attrs)
    if first:
        attrs += list(mark.first_attrs)
    else:
        attrs.append(("data-cont", "1"))
    rendered = "".join(f' {name}="{escape(value)}"' for name, value in attrs)
    return f"<{mark.tag}{rendered}>"


def _order_key(mark: Mark) -> tuple[int, int, int]:
    # Earlier-starting, longer spans go outside: an element only has to be cut when a
    # span inside it outlives it, which keeps the number of pieces small.
    return (mark.start, -mark.end, mark.rank)


def annotate(text: str, marks: Iterable[Mark]) -> Markup:
    """The text as HTML with every mark applied; every piece of text is escaped."""
    kept = valid_marks(text, marks)
    bounds = sorted({0, len(text)} | {m.start for m in kept} | {m.end for m in kept})
    starting: dict[int, list[Mark]] = {}
    for mark in kept:
        starting.setdefault(mark.start, []).append(mark)
    active: list[Mark] = []
    stack: list[Mark] = []
    opened: set[int] = set()
    out: list[str] = []
    for left, right in pairwise(bounds):
        active = [m for m in active if m.end > left] + starting.get(left, [])
        wanted = sorted(active, key=_order_key)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        for mark in reversed(stack[keep:]):
            out.append(f"</{mark.tag}>")
        for mark in wanted[keep:]:
            out.append(_open_tag(mark, id(mark) not in opened))
            opened.add(id(mark))
        stack = wanted
        out.append(str(escape(text[left:right])))
    for mark in reversed(stack):
        out.append(f"</{mark.tag}>")
    return Markup("".join(out))


def data_attrs(values: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """`data-*` attributes from a mapping, skipping empty values."""
    return tuple((f"data-{k}", str(v)) for k, v in values.items() if v not in (None, ""))
