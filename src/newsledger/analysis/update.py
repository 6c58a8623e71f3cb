"""Bring a ledger's cross-article analysis up to date, reading only what is new.

Order matters: entities first (claims count sources by canonical entity and numbers
compare by it), then claims, then numbers. One transaction for the database; the
vector index file is saved after the commit (it is a cache the ledger can rebuild).

The steps' watermarks move in the same transaction as their results, so an update that
crashed or never ran (`ingest --no-analyse`, kill -9) leaves them behind the stored rows;
`analysis_behind` notices, and the next run catches up.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from newsledger.analysis.claims import WATERMARK as CLAIMS_WATERMARK
from newsledger.analysis.claims import update_claims
from newsledger.analysis.embeddings import DEFAULT_MODEL, Embedder, embedder
from newsledger.analysis.entities import WATERMARK as ENTITIES_WATERMARK
from newsledger.analysis.entities import update_entities
from newsledger.analysis.numbers import WATERMARK as NUMBERS_WATERMARK
from newsledger.analysis.numbers import update_disagreements
from newsledger.analysis.state import behind, set_mark
from newsledger.analysis.story_names import PREFIX as TEXT_PREFIX
from newsledger.ledger.store import Ledger, transaction


def update_analysis(
    ledger: Ledger, model: str | Embedder = DEFAULT_MODEL, claims: bool = True
) -> dict[str, Any]:
    """Incremental update after `Ledger.write`; call it once per ingest run (or batch)."""
    report: dict[str, Any] = {}
    index = None
    conn = ledger.conn

    def chosen() -> Embedder:  # the model is loaded only if a step has something new to read
        return embedder(model) if isinstance(model, str) else model

    with transaction(conn):
        report["entities"] = update_entities(conn)
        if claims and behind(conn, CLAIMS_WATERMARK, "attributions"):
            report["claims"], index = update_claims(conn, chosen(), Path(ledger.path))
        new_numbers = behind(conn, NUMBERS_WATERMARK, "quantities")
        report["numbers"] = update_disagreements(conn, chosen() if new_numbers else None)
    if index is not None:
        index.save()
    return report


# The derived tables, dependants first; `rebuild_analysis` empties them.
DERIVED_TABLES = (
    "disagreements", "claim_members", "claim_clusters", "claim_embeddings", "entity_links",
    "canonical_names", "canonical_entities",
)  # fmt: skip
WATERMARKS = (ENTITIES_WATERMARK, CLAIMS_WATERMARK, NUMBERS_WATERMARK)


def rebuild_analysis(ledger: Ledger, model: str | Embedder = DEFAULT_MODEL) -> dict[str, Any]:
    """The cross-article analysis made again from every stored record (after `reanalyse`
    replaced records, the incremental update would keep links to what is gone).

    The emptying commits first with the watermarks set back to 0, so a rebuild cut short
    leaves the analysis behind, and the next `ingest` or `analyse` catches up."""
    with transaction(ledger.conn):
        for table in DERIVED_TABLES:
            ledger.conn.execute(f"DELETE FROM {table}")
        # the entities the analysis found in the text (`story_names`) are found again
        ledger.conn.execute("DELETE FROM entities WHERE local_id LIKE ?", (f"{TEXT_PREFIX}%",))
        for mark in WATERMARKS:
            set_mark(ledger.conn, mark, 0)
    return update_analysis(ledger, model)


def analysis_behind(conn: sqlite3.Connection) -> bool:
    """Whether stored entities, attributions or quantities have not been analysed yet."""
    return (
        behind(conn, ENTITIES_WATERMARK, "entities")
        or behind(conn, CLAIMS_WATERMARK, "attributions")
        or behind(conn, NUMBERS_WATERMARK, "quantities")
    )
