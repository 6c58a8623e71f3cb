"""Peak resident memory of `newsledger ingest` on the first 1,000 vs 7,000 Wikinews articles,
each in a fresh subprocess, for the ingest process (reader and single writer: streaming means
its peak must not grow with the corpus) and for its largest NLP worker (which holds one batch
of docs, so its peak follows the longest articles met, and which is replaced every 1,000
articles). Exit 1 means some articles were recorded as failures (e.g. not English). The
cross-article analysis that ingest runs afterwards is left out (`--no-analyse`): its claim
index holds one 256-float vector per claim by design; `benchmarks/claims_update.py` measures it.

    .venv/bin/python -m benchmarks.memory [--sizes 1000 7000] [--workers 1]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_slice

MEASURE = """
import resource, sys
from newsledger.cli.main import main
try:
    main(sys.argv[1:], standalone_mode=False)
except SystemExit as stop:
    code = stop.code or 0
else:
    code = 0
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print("MEASURE", own, workers, code)
"""


def peak_rss_mib(arguments: list[str]) -> tuple[float, float, int]:
    """Peak RSS of the ingest process itself (reader + single writer) and of its largest NLP
    worker, in MiB, and the exit code."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *arguments], capture_output=True, text=True
    )
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith("MEASURE"))
    _, own, workers, code = line.split()
    return int(own) / 1024, int(workers) / 1024, int(code)


def longest_article(path: Path) -> int:
    import json

    with path.open(encoding="utf-8") as handle:
        return max(len(json.loads(line)["text"]) for line in handle)


def _ratio(value: float, base: float) -> str:
    """The ratio to the first size; "-" when there is none (with one worker the NLP runs in
    the ingest process, so no worker is measured apart)."""
    return f"{value / base:.2f}" if base else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 7000])
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            corpus = write_slice(size, Path(tmp) / f"slice-{size}.jsonl")
            db = Path(tmp) / f"ledger-{size}.db"
            arguments = ["ingest", str(db), str(corpus), "--workers", str(args.workers),
                         "--no-progress", "--no-analyse"]  # fmt: skip
            started = time.perf_counter()
            own, workers, code = peak_rss_mib(arguments)
            rows.append(
                (size, own, workers, longest_article(corpus), time.perf_counter() - started, code)
            )
    base_own, base_workers = rows[0][1], rows[0][2]
    print(
        f"{'articles':>9}{'ingest MiB':>12}{'ratio':>7}{'worker MiB':>12}{'ratio':>7}{'longest article':>17}{'s':>6}{'exit':>6}"
    )
    for size, own, workers, longest, seconds, code in rows:
        print(
            f"{size:>9}{own:>12.0f}{_ratio(own, base_own):>7}{workers:>12.0f}"
            f"{_ratio(workers, base_workers):>7}"
            f"{longest:>17,}{seconds:>6.0f}{code:>6}"
        )
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB)")


if __name__ == "__main__":
    main()
