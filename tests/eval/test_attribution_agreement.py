"""Annotator agreement: the groups of multiply annotated articles and the pair scoring."""

from __future__ import annotations

import pytest
import spacy
from eval.attribution_agreement import multiply_annotated
from eval.attribution_scoring import Tally, Triple, prf_overlap, score_doc
from eval.polnear import DEFAULT_ROOT


def test_an_annotation_agrees_fully_with_itself_and_partly_with_a_shorter_cue():
    doc = spacy.blank("en")("Officials said on Monday that the plan had failed.")
    full = [Triple(cue=[(10, 24)], source=[(0, 9)], content=[(25, 50)])]
    short = [Triple(cue=[(10, 14)], source=[(0, 9)], content=[(25, 50)])]
    same, partial = Tally(), Tally()
    score_doc(doc, full, full, same)
    score_doc(doc, short, full, partial)
    assert prf_overlap(*same.overlap["cue"]) == (1.0, 1.0, 1.0)
    precision, recall, _ = prf_overlap(*partial.overlap["cue"])
    assert (precision, recall) == (1.0, pytest.approx(1 / 3))  # "said" of "said on Monday"


@pytest.mark.skipif(not (DEFAULT_ROOT / "train").exists(), reason="PolNeAR not in ../shared")
def test_multiply_annotated_groups_one_article_by_several_annotators():
    groups = list(multiply_annotated())
    assert len(groups) == 18
    for group in groups:
        assert len({doc.name for doc in group}) == 1
        assert len({doc.annotator for doc in group}) == len(group) >= 2
        assert [doc.annotator for doc in group] == sorted(doc.annotator for doc in group)
