"""The TimeML reader and the TempEval-3 matching the timex scorer uses."""

from __future__ import annotations

from datetime import date

import pytest
from eval.tempeval import read_timeml
from eval.timex import Case, Item, figures, parse_dct, score_case

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>APW1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, <TIMEX3 tid="t2" type="DURATION" value="P2M">two months</TIMEX3> after talks.
</TEXT>
</TimeML>
"""


def test_timeml_offsets_point_into_the_text(tmp_path):
    path = tmp_path / "APW1.tml"
    path.write_text(TIMEML, encoding="utf-8")
    doc = read_timeml(path)
    assert (doc.id, doc.dct) == ("APW1", "1998-08-07")
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Friday", "DATE", "1998-08-07"),
        ("two months", "DURATION", "P2M"),
    ]
    for timex in doc.timexes:
        assert doc.text[timex.start : timex.end] == timex.text


def case(gold: list[Item], ignore: list[tuple[int, int]] | None = None) -> Case:
    return Case("T", "d", "x" * 100, date(2024, 1, 1), gold, ignore or [])


def test_strict_relaxed_and_value_matches():
    gold = [Item(0, 6, "DATE", "2024-01-01"), Item(10, 20, "DURATION", "P2M")]
    system = [
        Item(0, 6, "DATE", "2024-01-01"),  # strict, value right
        Item(12, 20, "DATE", "P2M"),  # relaxed only, type wrong, value right
        Item(40, 45, "DATE", "2024"),  # false
    ]
    counts = score_case(case(gold), system)
    assert (counts.gold, counts.system, counts.strict, counts.relaxed) == (2, 3, 1, 2)
    assert (counts.type_ok, counts.value_ok) == (1, 2)
    f = figures(counts)
    assert f["relaxed P"] == pytest.approx(2 / 3)
    assert f["value acc"] == 1.0


def test_each_timex_matches_once():
    gold = [Item(0, 10, "DATE", "a")]
    system = [Item(0, 4, "DATE", "a"), Item(5, 10, "DATE", "a")]
    counts = score_case(case(gold), system)
    assert (counts.relaxed, counts.system) == (1, 2)


def test_ignored_stretches_are_not_counted():
    counts = score_case(case([], ignore=[(50, 100)]), [Item(60, 65, "DATE", "2024")])
    assert counts.system == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1998-08-07", date(1998, 8, 7)), ("1998-06-26T07:07:00", date(1998, 6, 26)),
     ("03-02-2009", date(2009, 2, 3)), ("", None)],
)  # fmt: skip
def test_parse_dct(text, expected):
    assert parse_dct(text) == expected


def test_narrative_table_splits_gold_by_where_its_value_lies():
    from eval.timex import NARRATIVE_SUBSETS, narrative_counts, narrative_table

    text = "On July 8 the court sat; in March it rose; P2M."
    gold = [
        Item(3, 9, "DATE", "2021-07-08"),  # another year
        Item(28, 33, "DATE", "2025-03"),  # the publication month
        Item(44, 47, "DURATION", "P2M"),  # no calendar value: in no subset
    ]
    case = Case("MEANTIME", "d1", text, date(2025, 3, 12), gold)
    system = [Item(3, 9, "DATE", "2025-07-08"), Item(28, 33, "DATE", "2025-03")]
    counts = narrative_counts([case], [system])
    away, other_year, here = NARRATIVE_SUBSETS
    assert counts[away] == [1, 1, 0]
    assert counts[other_year] == [1, 1, 0]
    assert counts[here] == [1, 1, 1]
    table = narrative_table([("MEANTIME", "per expression", counts)])
    assert "| MEANTIME | in the publication month (or year) | per expression | 1 | 1 | 1 |" in table
