"""The claim-pair scorer: speaker relations from the pair file, thresholds tuned per relation."""

from __future__ import annotations

import numpy as np
from eval.claims import MAX_DISCOUNT, best_speaker_thresholds, predict, relations


def test_relations_come_from_the_recovered_speakers():
    pairs = [
        {"a_speaker": "entity:1", "a_source_kind": "named", "b_speaker": "entity:1", "b_source_kind": "named"},
        {"a_speaker": "entity:1", "a_source_kind": "named", "b_speaker": "entity:2", "b_source_kind": "named"},
        {"a_speaker": "entity:1", "a_source_kind": "organization", "b_speaker": "entity:2", "b_source_kind": "named"},
        {"a_speaker": None, "a_source_kind": None, "b_speaker": "entity:2", "b_source_kind": "named"},
    ]  # fmt: skip
    assert relations(pairs).tolist() == ["same", "different", "unknown", "unknown"]


def test_speaker_thresholds_separate_what_one_threshold_cannot():
    """A same-speaker paraphrase at 0.55 and a different-speaker look-alike at 0.75."""
    sims = np.array([0.55, 0.75, 0.9, 0.2, 0.6])
    kinds = np.array(["same", "different", "unknown", "same", "unknown"])
    labels = np.array([True, False, True, False, False])
    chosen = best_speaker_thresholds(labels, sims, kinds)
    assert predict(sims, kinds, chosen).tolist() == labels.tolist()
    assert chosen.same <= chosen.unknown <= chosen.same + MAX_DISCOUNT + 1e-9
    assert chosen.unknown <= chosen.different
