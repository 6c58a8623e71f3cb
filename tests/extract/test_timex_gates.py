"""The timex gates only skip work: with or without them, the same matches."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsledger.extract.timex import patterns
from newsledger.extract.timex.gates import GATES


def _ungated(text: str) -> list[tuple]:
    found = []
    for priority, (rule, pattern) in enumerate(patterns.RULES):
        for match in pattern.finditer(text):
            start, end = match.span("t")
            if end > start:
                found.append((start, end, rule, match.span(), match.groupdict(), priority))
    return found


def _gated(text: str) -> list[tuple]:
    return [
        (c.start, c.end, c.rule, c.match.span(), c.match.groupdict(), c.priority)
        for c in patterns.candidates(text)
    ]


def _sample_texts() -> list[str]:
    raw = resources.files("newsledger.samples").joinpath("wikinews-sample.jsonl").read_text()
    return [json.loads(line)["text"] for line in raw.splitlines() if line.strip()]


def test_one_gate_per_rule_in_order():
    assert [name for name, _ in GATES] == [name for name, _ in patterns.RULES]


@pytest.mark.parametrize(
    "text",
    [
        "At 3:30 p.m. EST on Sunday, the 1990s, the '90s, mid-2024, two days later.",
        "In the eighties and nineteen ninety-six; year-end; every two weeks; Christmas Eve.",
        "THE FIRST QUARTER OF 2008, NEXT FRIDAY, A YEAR AGO, SEPT. 11, TODAY",
        "the \u017fame day, la\u017ft week, two year\u017f ago",  # long s: gates stand aside
        "the fifteenth centur\u0131es",
    ],
)
def test_gates_keep_every_match(text):
    assert _gated(text) == _ungated(text)


def test_gates_keep_every_match_on_the_sample():
    texts = _sample_texts()
    assert texts
    for text in texts:
        assert _gated(text) == _ungated(text)
        assert _gated(text.upper()) == _ungated(text.upper())
