"""The one entity timeline (ledger.entities): what a name means before and after the
analysis, and the one claim time (the first date inside the content, else publication)."""

from __future__ import annotations

from newsledger.analysis.entities import resolve_entity, update_entities
from newsledger.ledger.entities import timeline
from newsledger.ledger.store import transaction

FIRST = "Tony Blair said the troops will leave on 3 May 2006."
SECOND = "Prime Minister Blair said the troops will stay."  # a surname alone: no link


def _records(record):
    first = record(FIRST, "2006-04-01", [("Tony Blair", "PERSON")],
                   [("Tony Blair", "named", "the troops will leave on 3 May 2006")])  # fmt: skip
    start = FIRST.index("3 May 2006")
    first["timexes"] = [{"start": start, "end": start + 10, "text": "3 May 2006", "type": "DATE",
                         "value": "2006-05-03", "mod": None,
                         "interval": {"begin": "2006-05-03", "end": "2006-05-03"}}]  # fmt: skip
    second = record(SECOND, "2006-04-02", [("Prime Minister Blair", "PERSON")],
                    [("Prime Minister Blair", "named", "the troops will stay")])  # fmt: skip
    return [first, second]


def test_without_analysis_a_name_is_the_article_entities_called_so(ledger, record):
    ledger.write(_records(record))
    found = resolve_entity(ledger.conn, "tony blair")  # any case
    assert found is not None and found.name == "Tony Blair" and found.canonical is None
    rows = timeline(ledger.conn, found)
    assert [(r["when"], r["time_from"], r["kind"]) for r in rows] == [
        ("2006-05-03", "content", "said")
    ]
    assert resolve_entity(ledger.conn, "Tony") is None  # whole names only, no LIKE


def test_with_analysis_a_name_is_its_canonical_entity(ledger, record):
    ledger.write(_records(record))
    with transaction(ledger.conn):
        update_entities(ledger.conn)
    for name in ("Tony Blair", "blair"):  # the canonical name, or a name an article uses
        found = resolve_entity(ledger.conn, name)
        assert found is not None and found.name == "Tony Blair" and found.canonical, name
        rows = timeline(ledger.conn, found)
        assert [(r["when"], r["time_from"]) for r in rows] == [
            ("2006-04-02", "published"),  # no date in its content
            ("2006-05-03", "content"),  # reported earlier, about a later day
        ], name
    assert timeline(ledger.conn, found, limit=1, offset=1)[0]["when"] == "2006-05-03"
    assert resolve_entity(ledger.conn, "Nobody") is None
