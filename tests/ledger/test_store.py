import sqlite3

import pytest

from newsledger.errors import NewsledgerError
from newsledger.ledger.queries import article_record
from newsledger.ledger.schema import SCHEMA_VERSION, current_version
from newsledger.ledger.store import Ledger, connect

TEXT = "Officials said on Monday that 10,000 troops moved. Mr. Smith said “it is over.”"


def record(text: str = TEXT) -> dict:
    """A hand-made record in the newsledger.article/1 form (no NLP needed)."""
    import hashlib

    return {
        "schema": "newsledger.article/1",
        "pipeline": "newsledger/test",
        "article": {"id": hashlib.sha256(text.encode()).hexdigest(), "headline": "Troops move", "authors": ["A B"],
                    "dateline": None, "published": "2024-11-17", "published_from": "text", "source": "x.txt", "external_id": "x1",
                    "outlet": "Example", "language": "en", "time_anchor": "2024-11-17", "regions": [], "text": text},
        "entities": [{"id": "e1", "name": "Smith", "type": "PERSON", "mentions": [{"start": 56, "end": 61, "text": "Smith"}]}],
        "attributions": [
            {"id": "a1", "source": {"start": 0, "end": 9, "text": "Officials", "entity": None, "kind": "anonymous"},
             "cue": {"start": 10, "end": 14, "text": "said", "lemma": "say"},
             "content": [{"start": 25, "end": 50, "text": text[25:50]}], "direct": False,
             "kind": "statement", "confidence": 0.9, "model": "attribution-verifier/test"},
            {"id": "a2", "source": {"start": 52, "end": 61, "text": "Mr. Smith", "entity": "e1", "kind": "named"},
             "cue": {"start": 62, "end": 66, "text": "said", "lemma": "say"},
             "content": [{"start": 68, "end": 78, "text": text[68:78]}], "direct": True,
             "kind": "statement", "confidence": None, "model": "rules"},
        ],
        "timexes": [{"start": 18, "end": 24, "text": "Monday", "type": "DATE", "value": "2024-11-11", "mod": None,
                     "interval": {"begin": "2024-11-11", "end": "2024-11-11"}}],
        "quantities": [{"start": 30, "end": 43, "text": "10,000 troops", "value": 10000.0, "high": None, "unit": None,
                        "unit_text": None, "currency": None, "si_value": None, "si_unit": None, "bound": "exact",
                        "counted": "troops", "measure": "troop", "owner": None, "as_of": None}],
        "events": [{"id": "v1", "trigger": {"start": 44, "end": 49, "text": "moved"}, "type": "MOBILIZE",
                    "actor": None, "actor_span": {"start": 30, "end": 43, "text": "10,000 troops"},
                    "target": None, "target_span": None, "place": None, "time": "2024-11-11", "status": "happened",
                    "attribution": "a1", "actor_codes": [{"code": "USA", "sector": "MIL"}], "target_codes": [],
                    "model": "rules"}],
        "sourcing": {"attributions": 2, "anonymous_share": 0.5},
    }  # fmt: skip


def test_fresh_ledger_is_migrated(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        assert current_version(ledger.conn) == SCHEMA_VERSION
        assert ledger.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_write_is_idempotent_and_round_trips(tmp_path):
    original = record()
    with Ledger(tmp_path / "l.db") as ledger:
        assert ledger.write([original]) == 1
        assert ledger.write([original]) == 0
        counts = ledger.counts()
        assert counts["articles"] == 1 and counts["attributions"] == 2 and counts["mentions"] == 1
        rebuilt = article_record(ledger.conn, original["article"]["id"])
    assert rebuilt == original


def test_fts_finds_articles_and_quotes(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        ledger.write([record()])
        hits = ledger.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'troops'"
        ).fetchall()
        quotes = ledger.conn.execute(
            "SELECT rowid FROM attributions_fts WHERE attributions_fts MATCH 'over'"
        ).fetchall()
    assert len(hits) == 1 and len(quotes) == 1


def test_failed_batch_is_rolled_back(tmp_path):
    good, bad = record(), record("Another text, a spokesman said.")
    bad["entities"][0]["mentions"] = None  # breaks mid-write
    with Ledger(tmp_path / "l.db") as ledger:
        with pytest.raises(TypeError):
            ledger.write([good, bad])
        assert ledger.counts()["articles"] == 0
        assert ledger.write([good]) == 1


def test_deleting_an_article_cascades(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        ledger.write([record()])
        ledger.conn.execute("DELETE FROM articles")
        assert all(v == 0 for v in ledger.counts().values())
        assert (
            ledger.conn.execute(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'troops'"
            ).fetchone()[0]
            == 0
        )


def test_readonly_connection_refuses_writes(tmp_path):
    path = tmp_path / "l.db"
    with Ledger(path) as ledger:
        ledger.write([record()])
    conn = connect(path, readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM articles")


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "l.db"
    with Ledger(path) as ledger:
        ledger.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(NewsledgerError, match="schema version"):
        Ledger(path)


def test_old_ledger_is_migrated_in_place(tmp_path):
    from newsledger.ledger import schema

    path = tmp_path / "v1.db"
    conn = connect(path)
    for statement in schema._statements(schema.MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with Ledger(path) as ledger:
        assert current_version(ledger.conn) == SCHEMA_VERSION
        columns = {row[1] for row in ledger.conn.execute("PRAGMA table_info(events)")}
        assert {"actor_codes", "target_codes", "actor_text", "target_start"} <= columns
        assert ledger.write([record()]) == 1
