"""Reader for MEANTIME (NewsReader CAT XML): document text plus every markable.

MEANTIME stores a document as numbered tokens (``<token t_id sentence>``) and its
annotations as markables that list the token ids they cover (``<token_anchor t_id>``).
There is no original text, so :func:`read_document` rebuilds one: tokens joined by a
space, no space before closing punctuation or after opening punctuation, one line per
sentence. Each markable gets the character span of its first to last token in that text,
so any scorer can compare it with a system's character offsets.

Markables of every kind are kept (``TIMEX3``, ``ENTITY_MENTION``, ``EVENT_MENTION``,
``VALUE``, and the token-less instance markables ``ENTITY``/``EVENT``/``TIMEX3`` with a
``TAG_DESCRIPTOR``), with their attributes as written, so the time, entity and event
scorers share this one reader::

    doc = read_document(path)
    doc.text[m.start:m.end]           # a markable's surface text
    [m for m in doc.markables if m.kind == "TIMEX3" and m.tokens]
    doc.dct                           # the creation-time TIMEX3 value, e.g. "2008-03-01"
    doc.text[:doc.annotated_end]      # the part that was annotated (see ANNOTATED_SENTENCES)

Only the title, the date line and the first sentences of each article carry
annotations (sentences 0-5 in every file), so a scorer must not count system output
past ``annotated_end`` as false.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "meantime"

# Sentences 0..5 (title, date line, four body sentences) are annotated in every file.
ANNOTATED_SENTENCES = 6

_NO_SPACE_BEFORE = {
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    ")",
    "]",
    "}",
    "'s",
    "n't",
    "'",
    "%",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


@dataclass(frozen=True, slots=True)
class Token:
    id: int
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Markable:
    """One annotation: ``kind`` is the XML tag; ``tokens`` is empty for instance markables."""

    kind: str
    id: str
    tokens: tuple[int, ...]
    start: int
    end: int
    attrs: dict[str, str] = field(default_factory=dict)

    @property
    def type(self) -> str:
        """The markable's type attribute, whichever name its kind uses."""
        return self.attrs.get("type") or self.attrs.get("ent_type") or ""


@dataclass(slots=True)
class Document:
    id: str
    name: str
    url: str
    text: str
    tokens: list[Token]
    markables: list[Markable]

    def of_kind(self, kind: str, anchored: bool = True) -> list[Markable]:
        """Markables of one kind; ``anchored`` keeps only those that cover tokens."""
        return [m for m in self.markables if m.kind == kind and (m.tokens or not anchored)]

    @property
    def annotated_end(self) -> int:
        """Character offset where the annotated part of the text ends."""
        inside = [t.end for t in self.tokens if t.sentence < ANNOTATED_SENTENCES]
        return max(inside, default=0)

    @property
    def dct_markable(self) -> Markable | None:
        for m in self.markables:
            if m.kind == "TIMEX3" and m.attrs.get("functionInDocument") == "CREATION_TIME":
                return m
        return None

    @property
    def dct(self) -> str | None:
        """The document creation time value (ISO date), if annotated."""
        m = self.dct_markable
        return m.attrs.get("value") if m else None


def rebuild_text(raw_tokens: list[tuple[int, int, str]]) -> tuple[str, list[Token]]:
    """Join ``(t_id, sentence, text)`` tokens into readable text with character offsets."""
    parts: list[str] = []
    tokens: list[Token] = []
    position = 0
    previous_sentence: int | None = None
    previous_text = ""
    for t_id, sentence, text in raw_tokens:
        if previous_sentence is None:
            sep = ""
        elif sentence != previous_sentence:
            sep = "\n"
        elif text in _NO_SPACE_BEFORE or previous_text in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        position += len(sep)
        tokens.append(Token(t_id, sentence, position, position + len(text), text))
        parts.append(text)
        position += len(text)
        previous_sentence, previous_text = sentence, text
    return "".join(parts), tokens


def read_document(path: str | Path) -> Document:
    """Parse one MEANTIME XML file."""
    root = ET.parse(path).getroot()
    raw = [
        (int(t.get("t_id", "0")), int(t.get("sentence", "0")), t.text or "")
        for t in root.iter("token")
    ]
    text, tokens = rebuild_text(raw)
    by_id = {t.id: t for t in tokens}
    markables: list[Markable] = []
    container = root.find("Markables")
    for element in container if container is not None else []:
        ids = tuple(sorted(int(a.get("t_id", "0")) for a in element.iter("token_anchor")))
        ids = tuple(i for i in ids if i in by_id)
        start = by_id[ids[0]].start if ids else -1
        end = by_id[ids[-1]].end if ids else -1
        markables.append(
            Markable(element.tag, element.get("m_id", ""), ids, start, end, dict(element.attrib))
        )
    return Document(
        id=root.get("doc_id", ""),
        name=root.get("doc_name", Path(path).stem),
        url=root.get("url", ""),
        text=text,
        tokens=tokens,
        markables=markables,
    )


def iter_documents(
    root: str | Path = DEFAULT_ROOT, layer: str = "intra-doc_annotation"
) -> Iterator[Document]:
    """Every English MEANTIME document under ``root/layer``, in a stable order."""
    for path in sorted(Path(root, layer).glob("*/*.xml")):
        yield read_document(path)


def refers_to(path: str | Path) -> dict[str, str]:
    """Mention m_id -> the m_id of the instance it REFERS_TO (entity or event instances)."""
    root = ET.parse(path).getroot()
    links: dict[str, str] = {}
    relations = root.find("Relations")
    for relation in relations.iter("REFERS_TO") if relations is not None else []:
        target = relation.find("target")
        if target is None:
            continue
        for source in relation.iter("source"):
            links[source.get("m_id", "")] = target.get("m_id", "")
    return links
