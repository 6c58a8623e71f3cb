"""Texts grouped by length for a transformer pass: little padding, flat memory.

Used by every ONNX model newsledger runs (the claims embedder, the attribution tagger)."""

from __future__ import annotations

BATCH_TOKENS = 8192  # padded tokens per batch: keeps memory flat whatever the lengths
BATCH_MAX = 64
SLACK_TOKENS = 8  # short texts may share a batch whatever their ratio ("Yes." and a clause)


def length_batches(lengths: list[int]) -> list[list[int]]:
    """Indices grouped by similar length: sorted, cut when a batch would pad past the
    token budget, hold `BATCH_MAX` texts, or pad its shortest text to over twice its length."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        if current and (
            len(current) >= BATCH_MAX
            or (len(current) + 1) * lengths[i] > BATCH_TOKENS
            or lengths[i] > 2 * lengths[current[0]] + SLACK_TOKENS
        ):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches
