"""Shared wording: whether two claim contents have a run of words in common.

When two reports give one statement to speakers not known to be the same (an organisation
and its spokesman, "officials" and no source at all), they are mostly relaying it, and
relayed statements keep some of their wording ("underwater noises were detected", "40
hours of breathable air"). Two contents of one story with no `SHARED_RUN` words in a row
in common are mostly two statements on one topic ("the new proposed constitution" and
"the UK will not vote on the constitution"), however close their vectors. The same
speaker's paraphrase needs no shared wording (a translated quote keeps none).

Words are lower-cased letters and digits, so punctuation and quote marks do not break a
run; a run of `SHARED_RUN` words is a shared word `SHARED_RUN`-gram.
"""

from __future__ import annotations

import re

# Chosen on the dev half of eval/data/paraphrase_pairs.jsonl (eval/claims_rules.py).
SHARED_RUN = 3
_WORD = re.compile(r"[^\W_]+")


def word_runs(text: str, n: int = SHARED_RUN) -> frozenset[tuple[str, ...]]:
    """The content's word n-grams."""
    words = _WORD.findall(text.lower())
    return frozenset(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def share_wording(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> bool:
    return not a.isdisjoint(b)
