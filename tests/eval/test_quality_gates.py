"""Quality gates: each extractor's score on a small slice of public gold data must not
fall below a pinned floor (trafilatura's eval-gate habit). Floors sit a little under the
figures measured when they were pinned, so noise does not trip them but a regression does.
The full tables, with the commands that produce them, are in eval/results/."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "eval"


def needs(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"gold data not found at {path}")


@pytest.mark.slow
def test_ner_on_meantime_slice(nlp):
    from eval import ner

    root = SHARED / "meantime"
    needs(root)
    paths = sorted(Path(root, "intra-doc_annotation").glob("*/*.xml"))[:12]
    table, documents, _ = ner.run(paths)
    assert documents == 12
    f1 = table["ours"]["overlap untyped"][2]
    assert f1 >= 0.80, table["ours"]  # pinned 0.834 on these 12 documents
    assert table["ours"]["overlap typed"][2] >= 0.70  # pinned 0.745


@pytest.mark.slow
def test_timex_on_meantime_slice(nlp):
    from eval import timex

    needs(SHARED / "meantime")
    cases = timex.meantime_cases(12)
    total = timex.Counts()
    for case, system in zip(cases, timex.newsledger_system(cases), strict=True):
        total.add(timex.score_case(case, system))
    figures = timex.figures(total)
    assert figures["relaxed F1"] >= 0.92, figures  # pinned 0.980 on these 12 documents
    assert figures["value F1"] >= 0.80, figures  # pinned 0.857
