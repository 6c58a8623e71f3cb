import math

import pytest

from newsledger.analysis.entities import update_entities
from newsledger.analysis.numbers import counted_key, gap, interval, update_disagreements
from newsledger.ledger.store import transaction


@pytest.mark.parametrize(
    ("value", "high", "bound", "expected"),
    [
        (10000, None, "about", (9000, 11000)),
        (11000, None, "more_than", (11000, math.inf)),
        (50, None, "at_most", (0, 50)),
        (5, 8, "range", (5, 8)),
    ],
)
def test_interval(value, high, bound, expected):
    assert interval(value, high, bound) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (("about", 10000), ("more_than", 11000), False),  # the example
        (("exact", 10000), ("exact", 12000), True),
        (("exact", 10000), ("exact", 10000), False),
        (
            ("exact", 3),
            ("exact", 4),
            True,
        ),  # the interval rule itself; small counts are filtered later
        (("at_least", 82), ("exact", 90), False),
    ],
)
def test_gap_only_when_intervals_do_not_meet(a, b, conflict):
    assert (gap(interval(a[1], None, a[0]), interval(b[1], None, b[0])) > 0) is conflict


@pytest.mark.parametrize(
    ("counted", "key"),
    [
        ("troops", "troop"),
        ("civilians", "civilian"),
        ("casualties", "casualty"),
        ("others", ""),
        ("", ""),
    ],
)
def test_counted_key(counted, key):
    assert counted_key(counted) == key


def test_disagreement_between_two_reports(ledger, record):
    first = "Italy has 3,000 troops in Iraq, Prodi said."
    second = "Prodi said Italy keeps 2,600 troops in Iraq."
    third = "Italy has about 3,100 troops in Iraq."
    ents = [("Italy", "GPE"), ("Iraq", "GPE")]
    ledger.write([
        record(first, "2006-05-18", ents, quantities=[("3,000", 3000, "exact", "troops")]),
        record(second, "2006-05-20", ents, quantities=[("2,600", 2600, "exact", "troops")]),
    ])  # fmt: skip
    with transaction(ledger.conn):
        update_entities(ledger.conn)
        assert update_disagreements(ledger.conn)["new_disagreements"] == 1
    ledger.write(
        [record(third, "2006-05-19", ents, quantities=[("about 3,100", 3100, "about", "troops")])]
    )
    with transaction(ledger.conn):
        update_entities(ledger.conn)
        report = update_disagreements(ledger.conn)
    # "about 3,100" meets 3,000 but not 2,600; only the new quantity was compared
    assert report == {"new_quantities": 1, "new_disagreements": 1}


def test_small_counts_are_not_compared(ledger, record):
    ents = [("Basra", "GPE")]
    ledger.write([
        record("Two soldiers were killed in Basra.", "2006-09-04", ents,
               quantities=[("Two", 2, "exact", "soldiers")]),
        record("Three soldiers were killed in Basra.", "2006-09-04", ents,
               quantities=[("Three", 3, "exact", "soldiers")]),
    ])  # fmt: skip
    with transaction(ledger.conn):
        update_entities(ledger.conn)
        assert update_disagreements(ledger.conn)["new_disagreements"] == 0
