"""Small ledgers built from hand-written records (no NLP), and a deterministic embedder."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import numpy as np
import pytest

from newsledger.analysis.numbers import counted_key
from newsledger.extract.quantities.frame_words import PERSON_NOUNS


class HashingEmbedder:
    """Bag of words hashed into 256 dims: same words, same direction. For tests only."""

    name = "hashing"
    dim = 256

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


def _span(text: str, part: str, after: int = 0) -> dict[str, Any]:
    start = text.index(part, after)
    return {"start": start, "end": start + len(part), "text": part}


def make_record(
    text: str,
    published: str,
    entities: list[tuple[str, str]] = (),
    claims: list[tuple[str, str, str]] = (),
    quantities: list[tuple] = (),
    outlet: str = "Wikinews",
    durations: list[tuple[str, str, str | None]] = (),
) -> dict[str, Any]:
    """entities: (name, type), each mentioned where the name occurs; claims: (source, kind,
    content); quantities: (surface, value, bound, counted[, measure]), the measure being the
    counted noun's singular unless given; durations: (surface, ISO value, TIMEX3 mod)."""
    article_id = hashlib.sha256(text.encode()).hexdigest()
    record: dict[str, Any] = {
        "article": {"id": article_id, "text": text, "published": published, "outlet": outlet,
                    "headline": text[:40]},
        "entities": [], "attributions": [], "quantities": [], "timexes": [], "events": [],
    }  # fmt: skip
    local = {}
    for index, (name, kind) in enumerate(entities):
        local[name] = f"e{index + 1}"
        record["entities"].append(
            {"id": f"e{index + 1}", "name": name, "type": kind, "mentions": [_span(text, name)]}
        )
    for index, (source, kind, content) in enumerate(claims):
        record["attributions"].append({
            "id": f"a{index + 1}",
            "source": {**_span(text, source), "kind": kind, "entity": local.get(source)},
            "cue": {**_span(text, "said"), "lemma": "say"}, "direct": False,
            "content": [_span(text, content)],
        })  # fmt: skip
    for surface, value, mod in durations:
        record["timexes"].append({**_span(text, surface), "type": "DURATION", "value": value,
                                  "mod": mod})  # fmt: skip
    for surface, value, bound, counted, *measure in quantities:
        record["quantities"].append(
            {**_span(text, surface), "value": value, "bound": bound, "counted": counted,
             "measure": measure[0] if measure else _measure_of(counted)}
        )  # fmt: skip
    return record


def _measure_of(counted: str | None) -> str | None:
    """As extraction does for a bare count: the counted noun, except people in general."""
    return None if (counted or "").lower() in PERSON_NOUNS else counted_key(counted) or None


@pytest.fixture
def ledger(tmp_path):
    from newsledger.ledger.store import Ledger

    with Ledger(tmp_path / "test.db") as opened:
        yield opened


@pytest.fixture
def embedder():
    return HashingEmbedder()


@pytest.fixture
def record():
    """make_record, for building hand-written article records in a test."""
    return make_record


def canonical_links(ledger, name):
    """(canonical id, link method) of each entity called `name`, in the order written."""
    rows = ledger.conn.execute(
        """SELECT l.canonical_id, l.method FROM entity_links l JOIN entities e ON e.id = l.entity_id
           WHERE e.name = ? ORDER BY e.id""",
        (name,),
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def link_entities(ledger):
    from newsledger.analysis.entities import update_entities
    from newsledger.ledger.store import transaction

    with transaction(ledger.conn):
        return update_entities(ledger.conn)
