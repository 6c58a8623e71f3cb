"""Nearest neighbours of claim vectors through a FAISS HNSW index kept beside the ledger.

The vectors themselves live in the ledger (`claim_embeddings`), so the index file
(`<ledger>.claims.faiss`) is only a cache: when it is missing or does not hold exactly
the stored vectors, it is rebuilt from the ledger. Adding vectors to HNSW and querying it
cost about log(n) each, so a batch of new articles never compares against the corpus
pair by pair.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np

from newsledger.analysis.centring import centred
from newsledger.analysis.embeddings import from_blobs

HNSW_LINKS = 32
EF_SEARCH = 64


def index_path(db_path: str | Path, model: str) -> Path:
    return Path(f"{db_path}.claims-{model}.faiss")


class VectorIndex:
    def __init__(self, dim: int, path: Path | None) -> None:
        import faiss

        self.faiss = faiss
        self.dim = dim
        self.path = path
        self.index = faiss.IndexIDMap2(
            faiss.IndexHNSWFlat(dim, HNSW_LINKS, faiss.METRIC_INNER_PRODUCT)
        )

    @classmethod
    def open(
        cls,
        conn: sqlite3.Connection,
        model: str,
        dim: int,
        path: Path | None,
        centre: np.ndarray | None = None,
    ) -> VectorIndex:
        """The index for the vectors already in the ledger (loaded, or rebuilt if stale);
        the ledger stores raw vectors, the index holds them centred."""
        stored = conn.execute(
            "SELECT count(*) FROM claim_embeddings WHERE model = ?", (model,)
        ).fetchone()[0]
        self = cls(dim, path)
        if path is not None and path.exists():
            loaded = self.faiss.read_index(str(path))
            if loaded.ntotal == stored and loaded.d == dim:
                self.index = loaded
                self._tune()
                return self
        rows = conn.execute(
            "SELECT attribution_id, vector FROM claim_embeddings WHERE model = ? ORDER BY attribution_id",
            (model,),
        ).fetchall()
        if rows:
            ids = np.array([r[0] for r in rows], dtype=np.int64)
            vectors = centred(from_blobs([r[1] for r in rows], dim), centre)
            self.index.add_with_ids(vectors, ids)
        self._tune()
        return self

    def _tune(self) -> None:
        hnsw = self.faiss.downcast_index(self.index.index)
        hnsw.hnsw.efSearch = EF_SEARCH

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids):
            self.index.add_with_ids(vectors, ids.astype(np.int64))

    def vector(self, vector_id: int) -> np.ndarray:
        """A stored vector, by its id (the attribution id)."""
        return self.index.reconstruct(int(vector_id))

    def search(self, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(similarities, ids) of the k nearest, -1 where fewer exist."""
        if not len(vectors) or not self.size:
            shape = (len(vectors), k)
            return np.zeros(shape, dtype=np.float32), -np.ones(shape, dtype=np.int64)
        return self.index.search(vectors, min(k, self.size))

    def save(self) -> None:
        if self.path is not None:
            tmp = self.path.with_suffix(".tmp")
            self.faiss.write_index(self.index, str(tmp))
            tmp.replace(self.path)
