"""A fixed centre for claim vectors, so generic quotes stop looking alike (hubness).

Sentence vectors share a common direction: long, conversational quotes all lean on it
and become near neighbours of one another, and clusters grow into hubs. Subtracting the
mean vector of the ledger's claims removes that direction. For the clustering to stay
incremental the centre must not move: it is computed once, when the ledger first holds
`CENTRE_MIN` claims, stored in `meta`, and used for every vector from then on (the few
earlier vectors are re-centred once, with the index rebuilt from the stored raw vectors).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3

import numpy as np

from newsledger.analysis.embeddings import from_blobs, normalise

CENTRE_MIN = 200


def _key(model: str) -> str:
    return f"analysis.claims_centre.{model}"


def stored_centre(conn: sqlite3.Connection, model: str) -> np.ndarray | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_key(model),)).fetchone()
    return np.array(json.loads(row[0]), dtype=np.float32) if row else None


def fix_centre(
    conn: sqlite3.Connection, model: str, dim: int, new: np.ndarray
) -> np.ndarray | None:
    """The ledger's centre, fixing it now if enough claims exist and none is set yet."""
    centre = stored_centre(conn, model)
    if centre is not None:
        return centre
    stored = conn.execute(
        "SELECT vector FROM claim_embeddings WHERE model = ?", (model,)
    ).fetchall()
    if len(stored) + len(new) < CENTRE_MIN:
        return None
    everything = np.vstack([from_blobs([r[0] for r in stored], dim), new])
    stored_value = [round(float(x), 6) for x in everything.mean(axis=0)]
    conn.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
        (_key(model), json.dumps(stored_value)),
    )
    return np.array(stored_value, dtype=np.float32)  # exactly what later runs will read


def centred(vectors: np.ndarray, centre: np.ndarray | None) -> np.ndarray:
    return vectors if centre is None else normalise(vectors - centre)


def tag(centre: np.ndarray | None) -> str:
    """Short name of a centre, so an index built with another centre is never reused."""
    if centre is None:
        return "raw"
    return hashlib.sha1(np.asarray(centre, dtype="<f4").tobytes()).hexdigest()[:8]
