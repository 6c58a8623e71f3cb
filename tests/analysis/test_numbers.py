import math

import pytest
from tests.analysis.conftest import make_record

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


def _disagreements(ledger):
    with transaction(ledger.conn):
        update_entities(ledger.conn)
        update_disagreements(ledger.conn)
    return [
        dict(r)
        for r in ledger.conn.execute(
            """SELECT d.kind, d.counted, qa.text AS a, qb.text AS b FROM disagreements d
               JOIN quantities qa ON qa.id = d.quantity_a JOIN quantities qb ON qb.id = d.quantity_b"""
        )
    ]


ENTS = [("Morocco", "GPE"), ("Marrakech", "GPE")]


def _quake(text, day, number, value, measure, bound="exact"):
    return make_record(text, day, ENTS, quantities=[(number, value, bound, None, measure)])


def test_a_rising_toll_is_an_update_and_a_magnitude_a_conflict(ledger):
    ledger.write([
        _quake("The quake near Marrakech in Morocco killed 632.", "2023-09-09", "632", 632, "killed"),
        _quake("Morocco: 2,012 killed near Marrakech.", "2023-09-10", "2,012", 2012, "killed"),
        _quake("A magnitude 6.8 quake hit Morocco near Marrakech.", "2023-09-09", "6.8", 6.8, "magnitude"),
        _quake("Morocco's 7.0 quake near Marrakech.", "2023-09-09", "7.0", 7.0, "magnitude"),
    ])  # fmt: skip
    found = {(r["counted"], r["kind"]) for r in _disagreements(ledger)}
    assert found == {("killed", "update"), ("magnitude", "conflict")}


def test_killed_never_meets_injured(ledger):
    ledger.write([
        _quake("In Morocco near Marrakech 2,012 died.", "2023-09-10", "2,012", 2012, "killed"),
        _quake("In Morocco near Marrakech 1,204 were hurt.", "2023-09-10", "1,204", 1204, "injured"),
    ])  # fmt: skip
    assert _disagreements(ledger) == []


def test_a_toll_that_falls_later_is_a_conflict(ledger):
    ledger.write([
        _quake("Morocco near Marrakech: 2,012 dead.", "2023-09-10", "2,012", 2012, "killed"),
        _quake("Morocco near Marrakech: 1,500 dead.", "2023-09-11", "1,500", 1500, "killed"),
    ])  # fmt: skip
    assert [r["kind"] for r in _disagreements(ledger)] == ["conflict"]


def test_vague_amounts_and_other_stories_are_not_compared(ledger):
    ledger.write([
        _quake("Morocco near Marrakech: thousands dead.", "2023-09-10", "thousands", 1000, "killed", "vague"),
        _quake("Morocco near Marrakech: 2,012 dead.", "2023-09-10", "2,012", 2012, "killed"),
        make_record("In Peru 80 died in Lima.", "2023-09-10", [("Peru", "GPE"), ("Lima", "GPE")],
                    quantities=[("80", 80, "exact", None, "killed")]),
    ])  # fmt: skip
    assert _disagreements(ledger) == []


def test_units_convert_before_comparing(ledger):
    def report(text, number, value, unit, si):
        record = make_record(
            text, "2024-11-18", ENTS, quantities=[(number, value, "about", None, "distance")]
        )
        record["quantities"][0].update(unit=unit, si_value=si, si_unit="m")
        return record

    ledger.write([
        report("Morocco to Marrakech: about 190 miles.", "about 190 miles", 190, "mile", 305_775.36),
        report("Morocco to Marrakech: about 300 km.", "about 300 km", 300, "kilometre", 300_000.0),
        report("Morocco to Marrakech: about 400 km.", "about 400 km", 400, "kilometre", 400_000.0),
    ])  # fmt: skip
    pairs = {frozenset((r["a"], r["b"])) for r in _disagreements(ledger)}
    assert frozenset(("about 190 miles", "about 300 km")) not in pairs
    assert frozenset(("about 190 miles", "about 400 km")) in pairs


class _TopicEmbedder:
    """Stands in for MiniLM: a text about a flood and one about a bombing are far apart."""

    name = "minilm-int8"
    dim = 2

    def encode(self, texts):
        import numpy as np

        return np.array([[1.0, 0.0] if "flood" in t.lower() else [0.0, 1.0] for t in texts])


def test_two_incidents_sharing_places_are_not_one_story(ledger):
    ents = [("Iraq", "GPE"), ("Baghdad", "GPE")]
    ledger.write([
        make_record("Floods in Iraq: near Baghdad 40 died.", "2005-04-20", ents,
                    quantities=[("40", 40, "exact", None, "killed")]),
        make_record("A bomb in Iraq: in Baghdad 15 died.", "2005-04-22", ents,
                    quantities=[("15", 15, "exact", None, "killed")]),
        make_record("More floods in Iraq: near Baghdad 55 died.", "2005-04-23", ents,
                    quantities=[("55", 55, "exact", None, "killed")]),
    ])  # fmt: skip
    with transaction(ledger.conn):
        update_entities(ledger.conn)
        update_disagreements(ledger.conn, _TopicEmbedder())
    pairs = {
        frozenset(r)
        for r in ledger.conn.execute(
            """SELECT qa.text, qb.text FROM disagreements d JOIN quantities qa ON qa.id = d.quantity_a
               JOIN quantities qb ON qb.id = d.quantity_b"""
        )
    }
    assert pairs == {frozenset(("40", "55"))}


class _AngleEmbedder:
    """Stands in for MiniLM: the first report and a later one on the rescue are less alike
    (0.45) than either is to the report in between (0.71, 0.74)."""

    name = "minilm-int8"
    dim = 3

    def encode(self, texts):
        import numpy as np

        first, between, rescue = [1.0, 0.0, 0.0], [0.7071, 0.7071, 0.0], [0.45, 0.6, 0.661]
        return np.array(
            [rescue if "rescue" in t else between if "update" in t else first for t in texts]
        )


def _story_pairs(ledger, records):
    ledger.write(records)
    with transaction(ledger.conn):
        update_entities(ledger.conn)
        update_disagreements(ledger.conn, _AngleEmbedder())
    return {
        frozenset(r)
        for r in ledger.conn.execute(
            """SELECT qa.text, qb.text FROM disagreements d JOIN quantities qa ON qa.id = d.quantity_a
               JOIN quantities qb ON qb.id = d.quantity_b"""
        )
    }


FIRST = ("Quake news: in Morocco near Marrakech 632 dead.", "2023-09-09", "632", 632, "killed")
RESCUE = ("Quake rescue: in Morocco near Marrakech 2,012 dead.", "2023-09-12", "2,012", 2012,
          "killed")  # fmt: skip


def test_reports_less_alike_are_one_story_through_a_report_between(ledger):
    between = _quake("Quake update: in Morocco near Marrakech 1,500 dead.", "2023-09-10",
                     "1,500", 1500, "killed")  # fmt: skip
    pairs = _story_pairs(ledger, [_quake(*FIRST), between, _quake(*RESCUE)])
    assert frozenset(("632", "2,012")) in pairs


def test_reports_less_alike_with_nothing_between_are_not_compared(ledger):
    assert _story_pairs(ledger, [_quake(*FIRST), _quake(*RESCUE)]) == set()
