"""The one table of what numbers measure (`data/measures.tsv`), shared by extraction (which
reads a quantity's frame) and the cross-article analysis (which tells a tally's update from
a conflict). A word (lemma or lower form) maps to a measure name and whether that measure is
a running tally (a toll, a vote count) whose reports may rise over time."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

DIMENSIONS = frozenset(
    "length height width depth distance mass area volume speed temperature turnout".split()
)


@dataclass(frozen=True, slots=True)
class Measure:
    name: str
    tally: bool


@lru_cache(maxsize=1)
def measure_words() -> dict[str, Measure]:
    words: dict[str, Measure] = {}
    text = resources.files("newsledger").joinpath("data/measures.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, name, tally = line.split("\t")[:3]
        words[word] = Measure(name, tally == "1")
    return words


@lru_cache(maxsize=1)
def _names() -> dict[str, bool]:
    return {m.name: m.tally for m in measure_words().values()}


def base_measure(measure: str) -> str:
    return measure.removeprefix("critically ")


def is_tally(measure: str | None) -> bool:
    """Whether reports of this measure may rise over time (a toll), rather than be fixed."""
    return bool(measure) and _names().get(base_measure(measure), False)


def named_measure(measure: str | None) -> bool:
    """Whether the measure was read from a measure word or a dimension, not only a noun."""
    if not measure:
        return False
    base = base_measure(measure)
    return base in _names() or base.endswith(" share") or base in DIMENSIONS
