"""Peak resident memory of `newsledger ingest` on the first 1,000 vs 7,000 Wikinews articles,
each in a fresh subprocess. Streaming means the peak must not grow with the corpus. The cross-article analysis that
ingest runs afterwards is left out (`--no-analyse`): its claim index holds one 256-float
vector per claim by design, and `benchmarks/claims_update.py` measures it.

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
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True)
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(peak_kib, done.returncode)
"""


def peak_rss_mib(command: list[str]) -> tuple[float, int]:
    """Peak RSS of the largest process in `command`'s tree (parent or a worker)."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True
    )
    kib, code = out.stdout.split()
    return int(kib) / 1024, int(code)


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
            command = [sys.executable, "-m", "newsledger", "ingest", str(db), str(corpus),
                       "--workers", str(args.workers), "--no-progress", "--no-analyse"]  # fmt: skip
            started = time.perf_counter()
            peak, code = peak_rss_mib(command)
            rows.append((size, peak, time.perf_counter() - started, code))
    base = rows[0][1]
    print(f"{'articles':>9}{'peak RSS MiB':>14}{'ratio':>8}{'seconds':>10}{'exit':>6}")
    for size, peak, seconds, code in rows:
        print(f"{size:>9}{peak:>14.0f}{peak / base:>8.2f}{seconds:>10.0f}{code:>6}")
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB)")


if __name__ == "__main__":
    main()
