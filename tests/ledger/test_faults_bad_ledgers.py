"""A ledger path that is not a ledger gets one line naming the problem, never a traceback."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from newsledger.cli.main import main
from newsledger.errors import NewsledgerError
from newsledger.ledger.schema import APPLICATION_ID, SCHEMA_VERSION
from newsledger.ledger.store import Ledger, open_ledger

READERS = [["search", "{db}", "troops"], ["sources", "{db}"], ["claims", "{db}"],
           ["export", "{db}"], ["datasette-metadata", "{db}"]]  # fmt: skip
WRITERS = [["analyse", "{db}"], ["ingest", "{db}", "{source}", "--workers", "1", "--no-analyse"]]


def _text_file(path):
    path.write_text("not a database, just some text\n" * 10)


def _directory(path):
    path.mkdir()


def _foreign(path):
    with sqlite3.connect(path) as conn:  # another program's database with an `articles` table
        conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
        conn.execute("INSERT INTO articles(title, body) VALUES ('t', 'b')")
    conn.close()


def _foreign_versioned(path):
    with sqlite3.connect(path) as conn:  # another program that uses user_version too
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("PRAGMA user_version = 2")
    conn.close()


def _zero_bytes(path):
    path.write_bytes(b"")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def _invoke(command, db, tmp_path):
    source = tmp_path / "article.txt"
    source.write_text("The minister said the talks would resume on Monday in Geneva.\n")
    return run(*[part.format(db=db, source=source) for part in command])


def _assert_one_line(result, code: str, words: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"newsledger: [{code}] ") and words in lines[0], lines[0]


@pytest.mark.parametrize("command", READERS + WRITERS, ids=lambda c: c[0])
@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_text_file, "not a SQLite database"),
        (_directory, "is a directory"),
        (_foreign, "a SQLite database but not a newsledger ledger"),
        (_foreign_versioned, "a SQLite database but not a newsledger ledger"),
    ],
    ids=["text", "directory", "foreign", "foreign-versioned"],
)
def test_bad_ledger_is_one_line(tmp_path, command, make, words):
    db = tmp_path / "ledger.db"
    make(db)
    before = db.read_bytes() if db.is_file() else None
    _assert_one_line(_invoke(command, db, tmp_path), "NL013", words)
    if before is not None:
        assert db.read_bytes() == before, "a file that is not a ledger was changed"


@pytest.mark.parametrize("command", [*READERS, WRITERS[0]], ids=lambda c: c[0])
def test_empty_file_is_no_ledger_to_read_but_a_new_one_to_ingest(tmp_path, command):
    db = tmp_path / "ledger.db"
    _zero_bytes(db)
    _assert_one_line(_invoke(command, db, tmp_path), "NL013", "empty file, not a ledger")
    assert db.stat().st_size == 0
    with Ledger(db) as ledger:  # the writer `ingest` opens: `touch ledger.db` then ingest
        assert ledger.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert ledger.counts()["articles"] == 0


def test_missing_ledger_for_datasette_metadata(tmp_path):
    _assert_one_line(
        run("datasette-metadata", str(tmp_path / "none.db")), "NL009", "no such ledger file"
    )


def test_ledger_of_an_older_newsledger_is_accepted_and_stamped(tmp_path):
    db = tmp_path / "old.db"
    Ledger(db).close()
    with sqlite3.connect(db) as conn:  # as made before the application id was stamped
        conn.execute("PRAGMA application_id = 0")
    conn.close()
    open_ledger(db, readonly=True).close()
    assert run("search", str(db), "troops").exit_code == 0
    with Ledger(db) as ledger:
        assert ledger.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_newer_ledger_is_refused_with_its_version(tmp_path):
    db = tmp_path / "new.db"
    Ledger(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(NewsledgerError, match="newer newsledger"):
        open_ledger(db, readonly=True)
    _assert_one_line(run("search", str(db), "troops"), "NL013", "newer newsledger")
