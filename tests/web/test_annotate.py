"""The interval renderer: any set of spans gives well-formed, escaped HTML in which each
span's pieces cover exactly its text."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.web.annotate import Mark, annotate


def mark(start: int, end: int, name: str, tag: str = "span", rank: int = 50) -> Mark:
    return Mark(start, end, (name,), tag=tag, rank=rank, attrs=(("data-k", name),))


CASES = [
    # (text, marks, expected HTML)
    ("plain", [], "plain"),
    ("a < b & c", [], "a &lt; b &amp; c"),
    ("say it", [mark(0, 3, "x")], '<span class="x" data-k="x">say</span> it'),
    # nested: the inner span sits inside the outer one
    (
        "abcdef",
        [mark(0, 6, "out"), mark(2, 4, "in")],
        '<span class="out" data-k="out">ab<span class="in" data-k="in">cd</span>ef</span>',
    ),
    # crossing: the earlier span is cut where the later one outlives it, and reopened
    (
        "abcdef",
        [mark(0, 4, "p"), mark(2, 6, "q")],
        '<span class="p" data-k="p">ab<span class="q" data-k="q">cd</span></span>'
        '<span class="q" data-k="q" data-cont="1">ef</span>',
    ),
    # identical extent: rank decides which is outside
    (
        "ab",
        [mark(0, 2, "inner", rank=9), mark(0, 2, "outer", rank=1)],
        '<span class="outer" data-k="outer"><span class="inner" data-k="inner">ab</span></span>',
    ),
    # offsets outside the text or empty spans are dropped, not fatal
    ("abc", [mark(2, 9, "bad"), mark(1, 1, "empty")], "abc"),
    # text inside a span is escaped too, and so are attribute values
    (
        "<b>",
        [Mark(0, 3, ("t",), attrs=(("data-tip", 'x"><script>'),))],
        '<span class="t" data-tip="x&#34;&gt;&lt;script&gt;">&lt;b&gt;</span>',
    ),
    # links never nest: the overlapping second link is dropped
    (
        "abcd",
        [mark(0, 3, "l1", tag="a"), mark(2, 4, "l2", tag="a")],
        '<a class="l1" data-k="l1">abc</a>d',
    ),
]


@pytest.mark.parametrize(("text", "marks", "expected"), CASES)
def test_annotate(text: str, marks: list[Mark], expected: str) -> None:
    assert str(annotate(text, marks)) == expected


def test_first_attrs_only_on_first_piece() -> None:
    html = str(
        annotate(
            "abcdef",
            [mark(0, 4, "p"), Mark(2, 6, ("q",), first_attrs=(("id", "only-once"),))],
        )
    )
    assert html.count('id="only-once"') == 1


def test_unknown_tag_is_refused() -> None:
    with pytest.raises(ValueError):
        annotate("abc", [Mark(0, 1, ("x",), tag="script")])


class _Collector(HTMLParser):
    """Rebuilds the text and, for each data-k, the text its elements cover; fails on any
    unbalanced tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.covered: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append((tag, dict(attrs).get("data-k")))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"unbalanced </{tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for _, key in self.stack:
            if key is not None:
                self.covered.setdefault(key, []).append(data)


ALPHABET = st.sampled_from([*"ab <>&\"'“”\n", "😀", "é"])


@st.composite
def texts_and_marks(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.text(ALPHABET, min_size=1, max_size=40))
    bounds = st.integers(0, len(text))
    spans = draw(st.lists(st.tuples(bounds, bounds), max_size=8))
    return text, [(min(a, b), max(a, b)) for a, b in spans if a != b]


@settings(max_examples=300, deadline=None)
@given(texts_and_marks())
def test_any_spans_give_well_formed_html(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    marks = [mark(start, end, f"k{i}") for i, (start, end) in enumerate(spans)]
    collector = _Collector()
    collector.feed(str(annotate(text, marks)))
    collector.close()
    assert not collector.stack
    assert "".join(collector.text) == text
    for i, (start, end) in enumerate(spans):
        assert "".join(collector.covered[f"k{i}"]) == text[start:end]
