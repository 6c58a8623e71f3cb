"""The learned attribution tagger: which words are a cue, a source or a content.

A MiniLM-L6 encoder fine-tuned on PolNeAR train to tag word pieces with BIO labels for the
three roles (`training.attribution_tagger`), shipped as an int8 ONNX file in
`data/attribution_tagger/` and run by onnxruntime; nothing is downloaded. It reads windows
of whole sentences (`tagger_windows`), only the sentences the caller asks for (those that
may hold an attribution), in batches of similar length.

The rules keep the structure (which cue, which source, which content belong together); the
tagger says where a source or a content begins and ends, which the parse often gets wrong.
Each spaCy token takes the label of its first word piece.
"""

from __future__ import annotations

import json
import os
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from newsledger.batching import length_batches
from newsledger.extract.attribution.tagger_windows import LABELS, Window, cut_windows
from newsledger.extract.common import doc_text

MODEL_DIR = Path(__file__).resolve().parents[2] / "data" / "attribution_tagger"
TOKENIZER = Path(__file__).resolve().parents[2] / "data" / "minilm-onnx" / "tokenizer.json"
# the cores this process may use: all of them, unless a pool of workers shares them out
# (`nlp.parallel` sets the variable in each worker); onnxruntime uses at most 2 here
THREADS_VARIABLE = "NEWSLEDGER_MODEL_THREADS"


def default_threads() -> int:
    return max(1, min(2, int(os.environ.get(THREADS_VARIABLE) or os.cpu_count() or 1)))


@dataclass(slots=True)
class TokenTags:
    """Per spaCy token: its role ("CUE", "SOURCE", "CONTENT" or ""), whether it begins a
    span, and the probability of that label; tokens the tagger did not read have ""."""

    role: list[str]
    begins: list[bool]
    probability: list[float]

    def run(self, i: int) -> tuple[int, int] | None:
        """The token range [start, end) of the tagged span holding token i, if any."""
        role = self.role[i]
        if not role:
            return None
        start = i
        while start > 0 and not self.begins[start] and self.role[start - 1] == role:
            start -= 1
        end = i + 1
        while end < len(self.role) and self.role[end] == role and not self.begins[end]:
            end += 1
        return start, end


class AttributionTagger:
    """The packaged model; `tag` labels the tokens of the chosen sentences of a doc."""

    def __init__(self, model_dir: Path = MODEL_DIR, threads: int | None = None) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
        self.version: str = meta["version"]
        self.labels: list[str] = meta["labels"]
        if tuple(self.labels) != LABELS:
            raise ValueError(f"{model_dir}: labels {self.labels} are not {LABELS}")
        self.max_pieces: int = meta["max_pieces"]
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or default_threads()
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        # idle threads sleep instead of spinning: a spinning pool fights the parser and other
        # processes for the cores (300 Wikinews articles: 11-13 s -> 4.7 s, same outputs)
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = onnxruntime.InferenceSession(
            str(model_dir / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(TOKENIZER))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self.cls = self.tokenizer.token_to_id("[CLS]")
        self.sep = self.tokenizer.token_to_id("[SEP]")

    def tag(self, doc: Doc, sentences: Iterable[tuple[int, int]]) -> TokenTags:
        """Labels for the tokens of the given sentences (character spans, in text order)."""
        tags = TokenTags([""] * len(doc), [False] * len(doc), [0.0] * len(doc))
        windows = cut_windows(doc_text(doc), sentences, self.tokenizer, self.max_pieces)
        if not windows:
            return tags
        for window, probabilities in zip(windows, self._probabilities(windows), strict=True):
            best = probabilities.argmax(axis=1)
            piece_starts = [s for s, _ in window.offsets]
            span = doc.char_span(window.start, window.end, alignment_mode="expand")
            previous_piece = -1
            for token in span if span is not None else ():
                k = bisect_right(piece_starts, token.idx) - 1
                if k < 0 or window.offsets[k][1] <= token.idx or tags.role[token.i]:
                    continue  # a space, or read already by an earlier window
                prefix, _, role = LABELS[int(best[k])].partition("-")
                tags.role[token.i] = role
                # a token inside the piece of the one before ("n't" in "don") continues it
                tags.begins[token.i] = prefix == "B" and k != previous_piece
                tags.probability[token.i] = float(probabilities[k, best[k]])
                previous_piece = k
        return tags

    def _probabilities(self, windows: list[Window]) -> list[np.ndarray]:
        out: list[np.ndarray] = [np.zeros(0)] * len(windows)
        for batch in length_batches([len(w.ids) + 2 for w in windows]):
            width = max(len(windows[i].ids) for i in batch) + 2
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                n = len(windows[i].ids)
                ids[row, : n + 2] = [self.cls, *windows[i].ids, self.sep]
                mask[row, : n + 2] = 1
            logits = self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            for row, i in enumerate(batch):
                n = len(windows[i].ids)
                scores = logits[row, 1 : n + 1]
                scores = np.exp(scores - scores.max(axis=1, keepdims=True))
                out[i] = scores / scores.sum(axis=1, keepdims=True)
        return out


@lru_cache(maxsize=1)
def shipped_tagger() -> AttributionTagger | None:
    """The packaged tagger, loaded once; None when the package ships none."""
    if not (MODEL_DIR / "model.onnx").exists():
        return None
    return AttributionTagger()
