"""Reader for PolNeAR (brat standoff): article text plus its gold attributions.

PolNeAR keeps one ``text/NAME.txt`` per article and one ``attributions/NAME_ANNOTATOR.ann``
per annotation of it (the suffix after the last underscore names the annotator; a few
articles were annotated by several people to measure agreement). In an ``.ann`` file:

- ``T`` lines are spans: ``T3<TAB>Content 115 290;300 310<TAB>text`` (a span may be
  discontinuous: fragments separated by ``;``). Labels are Source, Cue, Content,
  Attribution (a copy of the cue that anchors the relation), and Discuss/Discard
  (annotator notes, not attributions).
- ``E`` lines tie one attribution together:
  ``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``; the anchor role is
  ``Attribution-no-source`` when there is no source, and a second content is ``Content2``.

Offsets are Python ``str`` indices into the text file decoded as UTF-8, so
``text[start:end]`` is the annotated surface text::

    for doc in read_split("dev"):
        doc.text, [a.cue for a in doc.attributions]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "polnear"

Fragment = tuple[int, int]

_ROLE = re.compile(r"^(Source|Cue|Content)\d*$")


@dataclass(slots=True)
class GoldAttribution:
    """One E line: each role is a list of (start, end) fragments, in text order."""

    id: str
    source: list[Fragment] = field(default_factory=list)
    cue: list[Fragment] = field(default_factory=list)
    content: list[Fragment] = field(default_factory=list)


@dataclass(slots=True)
class PolnearDoc:
    name: str
    annotator: str
    text: str
    attributions: list[GoldAttribution]


def parse_fragments(offsets: str) -> list[Fragment]:
    """``"575 842;843 1076"`` -> ``[(575, 842), (843, 1076)]``."""
    fragments = []
    for piece in offsets.split(";"):
        start, end = piece.split()
        fragments.append((int(start), int(end)))
    return fragments


def parse_ann(ann: str) -> list[GoldAttribution]:
    """The attributions of one .ann file (E lines resolved through their T spans)."""
    spans: dict[str, tuple[str, list[Fragment]]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, parse_fragments(offsets))
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            args = [tuple(arg.split(":", 1)) for arg in parts[1].split() if ":" in arg]
            events.append((parts[0], args))  # type: ignore[arg-type]
    attributions = []
    for event_id, args in events:
        gold = GoldAttribution(event_id)
        for role, span_id in args:
            match = _ROLE.match(role)
            if not match or span_id not in spans:
                continue
            fragments = spans[span_id][1]
            getattr(gold, match.group(1).lower()).extend(fragments)
        if not gold.cue:
            continue  # an E line with no cue is an unfinished annotation
        for role in ("source", "cue", "content"):
            getattr(gold, role).sort()
        attributions.append(gold)
    return attributions


def read_split(
    split: str = "dev", root: Path = DEFAULT_ROOT, all_annotators: bool = False
) -> Iterator[PolnearDoc]:
    """Every article of a split, in name order, with one annotation each.

    An article annotated by several people is read once, with the annotation whose
    annotator id sorts first (a fixed choice, so runs compare), unless ``all_annotators``.
    """
    base = root / split
    seen: set[str] = set()
    for ann_path in sorted((base / "attributions").glob("*.ann")):
        name, _, annotator = ann_path.stem.rpartition("_")
        if name in seen and not all_annotators:
            continue
        text_path = base / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        seen.add(name)
        text = text_path.read_text(encoding="utf-8")
        attributions = parse_ann(ann_path.read_text(encoding="utf-8"))
        yield PolnearDoc(name, annotator, text, attributions)
