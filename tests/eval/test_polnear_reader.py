"""The PolNeAR reader: brat T/E lines become attributions with per-role fragments."""

from __future__ import annotations

import pytest
from eval.polnear import DEFAULT_ROOT, parse_ann, parse_fragments, read_split

ANN = """T1\tSource 0 8\tOfficials
T2\tCue 9 13\tsaid
T3\tContent 14 30;40 52\tthe plan ... failed
T4\tAttribution 9 13\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tCue 60 63\tsay
T6\tContent 64 70\tthings
T7\tAttribution 60 63\tsay
E2\tAttribution-no-source:T7 Content:T6 Cue:T5
T8\tContent 80 90\tsecond
E3\tAttribution:T4 Cue:T2 Source:T1 Content:T8 Content2:T6
T9\tDiscuss 0 5\tnote
E4\tAttribution-no-source:T9\t
"""


@pytest.mark.parametrize(
    ("offsets", "fragments"),
    [("3 9", [(3, 9)]), ("575 842;843 1076", [(575, 842), (843, 1076)])],
)
def test_parse_fragments(offsets, fragments):
    assert parse_fragments(offsets) == fragments


def test_parse_ann_roles():
    first, no_source, two_contents = parse_ann(ANN)
    assert (first.id, first.source, first.cue) == ("E1", [(0, 8)], [(9, 13)])
    assert first.content == [(14, 30), (40, 52)]
    assert no_source.source == [] and no_source.cue == [(60, 63)]
    assert two_contents.content == [(64, 70), (80, 90)]


def test_parse_ann_skips_lines_without_a_cue():
    assert [a.id for a in parse_ann(ANN)] == ["E1", "E2", "E3"]


@pytest.mark.skipif(not (DEFAULT_ROOT / "dev").exists(), reason="PolNeAR not in ../shared")
def test_dev_offsets_point_at_the_annotated_text():
    doc = next(read_split("dev"))
    assert doc.attributions
    for attribution in doc.attributions:
        for start, end in attribution.cue + attribution.source + attribution.content:
            assert 0 <= start < end <= len(doc.text)
    names = [d.name for d in read_split("dev")]
    assert len(names) == len(set(names))  # one annotation per article by default
