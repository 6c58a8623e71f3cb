"""The cross-article merge scorer counts pairs of units in different documents only."""

from eval.crossdoc_entities import score_units


def test_pairs_merged_split_and_wrong():
    units = {
        ("d1", "lai"): (1, "Lai Ching-te"),
        ("d2", "lai"): (1, "Lai Ching - te"),  # merged
        ("d3", "lai"): (2, "Lai Ching"),  # split from both
        ("d1", "kmt"): (3, "Kuomintang"),
        ("d2", "kmt"): (None, "KMT"),  # NER missed it: not found
        ("d3", "jimmy"): (2, "Lai"),  # wrongly shares d3's Lai canonical... same document
        ("d4", "jimmy"): (2, "Jimmy Lai"),  # ...and across documents: wrong merges
    }
    scores = score_units(units)
    assert scores.gold_pairs == 5  # lai: 3 pairs; kmt: 1; jimmy: 1
    assert scores.found_pairs == 4 and scores.merged == 2  # lai d1-d2, jimmy d3-d4
    # canonical 2 across documents: (d3 lai, d4 jimmy) differs in gold; (d3 jimmy, d4 jimmy)
    # agrees; d3 lai and d3 jimmy are one document, not scored
    assert scores.wrong == 1 and scores.system_pairs == 3
