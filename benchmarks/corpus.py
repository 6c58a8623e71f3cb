"""The benchmark corpus: the first N non-empty Wikinews articles (CC BY 2.5), streamed."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

CORPUS = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "corpus"
    / "wikinews-politics-economy.jsonl.gz"
)


def first_articles(n: int, path: Path = CORPUS) -> Iterator[dict]:
    """Up to n corpus rows with text, in file order."""
    count = 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if not (row.get("text") or "").strip():
                continue
            yield row
            count += 1
            if count >= n:
                return


def write_slice(n: int, target: Path) -> Path:
    """The first n articles as a JSONL file (for ingest runs in a subprocess)."""
    with target.open("w", encoding="utf-8") as out:
        for row in first_articles(n):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return target
