"""Reader for TimeML files (TempEval-3 TBAQ-cleaned): text of ``<TEXT>`` and its TIMEX3s.

The text is the content of the ``<TEXT>`` element with every tag removed, so TIMEX3
offsets are character offsets into exactly the text a system reads. The document
creation time is the TIMEX3 with ``functionInDocument="CREATION_TIME"`` (in ``<DCT>``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_ROOT = (
    Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "tempeval3" / "TBAQ-cleaned"
)


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class TimeMLDocument:
    id: str
    text: str
    dct: str | None
    timexes: list[GoldTimex]


def _walk(element: ET.Element, parts: list[str], found: list[GoldTimex], offset: list[int]) -> None:
    """Collect text depth-first, recording each TIMEX3's start and end offsets."""
    start = offset[0]
    if element.text:
        parts.append(element.text)
        offset[0] += len(element.text)
    for child in element:
        _walk(child, parts, found, offset)
        if child.tail:
            parts.append(child.tail)
            offset[0] += len(child.tail)
    if element.tag == "TIMEX3" and offset[0] > start:
        text = "".join(parts)[start : offset[0]]
        found.append(
            GoldTimex(
                start,
                offset[0],
                text,
                element.get("type", ""),
                element.get("value", ""),
                dict(element.attrib),
            )
        )


def read_timeml(path: str | Path) -> TimeMLDocument:
    root = ET.parse(path).getroot()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value")
            break
    body = root.find("TEXT")
    parts: list[str] = []
    found: list[GoldTimex] = []
    if body is not None:
        body.tail = None
        _walk(body, parts, found, [0])
    found = [t for t in found if t.attrs.get("functionInDocument") != "CREATION_TIME"]
    found.sort(key=lambda t: t.start)
    docid = root.findtext("DOCID") or Path(path).stem
    return TimeMLDocument(docid.strip(), "".join(parts), dct, found)


def iter_timeml(root: str | Path = DEFAULT_ROOT) -> Iterator[TimeMLDocument]:
    """Every .tml file under TimeBank/ and AQUAINT/, in a stable order."""
    for path in sorted(p for sub in ("TimeBank", "AQUAINT") for p in Path(root, sub).glob("*.tml")):
        yield read_timeml(path)
