"""Load time and memory of the learned models and compiled dictionaries the package ships,
each loaded in a fresh subprocess (so nothing is cached); the module's own import is not
counted, only the load.

    .venv/bin/python -m benchmarks.models
"""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

# (what, the module to import, the call that loads it, its file in the package)
LOADERS = (
    ("attribution verifier", "newsledger.extract.attribution.verifier", "shipped_verifier()",
     "data/attribution_verifier.json"),
    ("attribution verifier, second stage", "newsledger.extract.attribution.verifier",
     "shipped_tagged_verifier()", "data/attribution_verifier_tagged.json"),
    ("attribution tagger (int8 ONNX)", "newsledger.extract.attribution.tagger",
     "shipped_tagger()", "data/attribution_tagger/model.onnx"),
    ("event category model", "newsledger.extract.events.category_model",
     "shipped_category_model()", "data/events_category_model.json"),
    ("Phoenix actor dictionary", "newsledger.extract.entities.phoenix", "actors()",
     "extract/entities/phoenix_actors.tsv.gz"),
    ("first-name genders", "newsledger.extract.entities.gender", "_genders()",
     "extract/entities/first_names.tsv.gz"),
)  # fmt: skip

MEASURE = """
import time, tracemalloc
import {module} as m
tracemalloc.start()
began = time.perf_counter()
loaded = m.{call}
seconds = time.perf_counter() - began
peak = tracemalloc.get_traced_memory()[1]
assert loaded is not None
print(f"{{seconds * 1000:.1f}} {{peak / 2**20:.1f}}")
"""


def main() -> None:
    print("| shipped file | size | load ms | peak MiB while loading |")
    print("|---|---:|---:|---:|")
    for name, module, call, path in LOADERS:
        out = subprocess.run(
            [sys.executable, "-c", MEASURE.format(module=module, call=call)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        size = resources.files("newsledger").joinpath(path).read_bytes()
        print(f"| {name} (`{path}`) | {len(size) / 1024:.0f} KiB | {out[0]} | {out[1]} |")


if __name__ == "__main__":
    main()
