"""Two ingests creating one new ledger at the same moment: both succeed, one schema."""

from __future__ import annotations

import multiprocessing
import sqlite3
import traceback

from newsledger.ledger.schema import APPLICATION_ID, SCHEMA_VERSION

ROUNDS = 10
PROCESSES = 2


def _open_at_barrier(path: str, barrier, errors) -> None:
    """Child: wait for the others, then open (create, migrate) the same new ledger."""
    from newsledger.ledger.store import Ledger

    try:
        barrier.wait()
        Ledger(path).close()
    except BaseException:
        errors.put(traceback.format_exc())
        raise SystemExit(1) from None


def test_simultaneous_creation_of_one_new_ledger(tmp_path):
    # fork: the children start at once (no interpreter start-up between the barrier and
    # the race), and the target needs no pickling.
    context = multiprocessing.get_context("fork")
    for round_number in range(ROUNDS):
        path = str(tmp_path / f"new-{round_number}.db")
        barrier = context.Barrier(PROCESSES)
        errors = context.Queue()
        children = [
            context.Process(target=_open_at_barrier, args=(path, barrier, errors))
            for _ in range(PROCESSES)
        ]
        for child in children:
            child.start()
        for child in children:
            child.join()
        failures = [errors.get() for child in children if child.exitcode != 0]
        assert not failures, f"round {round_number}:\n" + "\n".join(failures)
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            columns = {row[1] for row in conn.execute("PRAGMA table_info(events)")}
        assert {"articles", "canonical_entities", "claim_clusters", "disagreements"} <= tables
        assert {"actor_codes", "target_codes"} <= columns
