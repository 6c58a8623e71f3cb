"""The real-news scorer's matching, and the labels' consistency with the set's index."""

import json

import pytest
from eval.realnews import ROOT, Tally, overlapping, same_source, score_attributions


def test_a_source_matches_by_name_words_or_surname():
    label = {"source": "he", "resolved": "Philip Lowe"}
    assert same_source(["Dr Lowe", ""], label)
    assert same_source(["he", "Philip Lowe"], label)
    assert not same_source(["the bank", "Reserve Bank"], label)
    assert same_source(
        ["U.S. officials", ""], {"source": "U.S. officials", "resolved": "U.S. officials"}
    )


@pytest.mark.parametrize(
    ("spans", "start", "end", "expected"),
    [
        ([(0, 10)], 0, 10, True),
        ([(0, 10)], 4, 30, True),
        ([(0, 10)], 9, 40, False),
        ([], 0, 5, False),
    ],
)
def test_contents_overlap_by_half_of_either(spans, start, end, expected):
    assert overlapping(spans, start, end) is expected


def test_a_wrong_source_is_counted_and_named():
    text = 'Rates held. "Prices are easing," the governor said.'
    record = {
        "entities": [],
        "attributions": [
            {
                "source": {"text": "the bank", "entity": None},
                "cue": {"text": "said"},
                "content": [{"start": 12, "end": 32, "text": '"Prices are easing,"'}],
            }
        ],
    }
    labels = [{"source": "the governor", "resolved": "the governor", "cue": "said",
               "content": "Prices are easing"}]  # fmt: skip
    tally = Tally()
    score_attributions("x", text, record, labels, tally)
    assert tally.counts["right"] == 0 and tally.counts["found"] == 0
    assert tally.errors[0].startswith("wrong source [x]")


def test_every_label_belongs_to_a_listed_report():
    ids = {json.loads(line)["id"] for line in (ROOT / "articles.jsonl").read_text().splitlines()}
    for name in ("attributions.jsonl", "entities.jsonl", "timexes.jsonl"):
        rows = [json.loads(line) for line in (ROOT / name).read_text().splitlines()]
        assert rows and {row["article"] for row in rows} <= ids
