"""The names of the claim embedders and the default one, apart from the embedders themselves
so that the CLI can offer the choice without loading numpy or a model at start-up."""

from __future__ import annotations

import os

MODELS = ("static", "minilm-int8", "minilm")
DEFAULT_MODEL = os.environ.get("NEWSLEDGER_EMBEDDINGS", "minilm-int8")
