"""A ledger this user can read but not write: queries work, an ingest says so at once."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from newsledger.ledger.store import Ledger

NOBODY = 65534
TEXT = "Officials said on Monday that 10,000 troops moved towards the border."


def _as_other_user() -> None:
    """preexec_fn: drop to `nobody` (when setpriv is not there to do it)."""
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m newsledger ARGS`; as `nobody` when we are root, who ignores permissions."""
    command = [sys.executable, "-m", "newsledger", *args]
    preexec = None
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv:
            command = [
                setpriv,
                f"--reuid={NOBODY}",
                f"--regid={NOBODY}",
                "--clear-groups",
                *command,
            ]
        else:
            preexec = _as_other_user
    env = {**os.environ, "HOME": str(cwd)}
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, preexec_fn=preexec
    )


@pytest.fixture
def shared_ledger():
    """A WAL ledger closed cleanly (no -wal, no -shm), file 0o444 in a 0o555 folder."""
    base = Path(tempfile.mkdtemp(prefix="newsledger-ro-", dir="/tmp"))
    base.chmod(0o755)  # traversable by `nobody`
    folder = base / "shared"
    folder.mkdir()
    db = folder / "ledger.db"
    article = {"id": hashlib.sha256(TEXT.encode()).hexdigest(), "text": TEXT,
               "headline": "Troops move", "published": "2024-11-18", "source": "x.txt"}  # fmt: skip
    with Ledger(db) as ledger:
        ledger.write([{"article": article}])
        assert ledger.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sorted(p.name for p in folder.iterdir()) == ["ledger.db"]
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield db
    finally:
        folder.chmod(0o755)
        shutil.rmtree(base)


def test_queries_read_a_ledger_nobody_here_can_write(shared_ledger):
    cwd = shared_ledger.parent.parent
    found = _run(["search", str(shared_ledger), "troops", "--format", "jsonl"], cwd)
    assert found.returncode == 0, found.stderr
    [row] = [json.loads(line) for line in found.stdout.splitlines()]
    assert row["headline"] == "Troops move"
    exported = _run(["export", str(shared_ledger), "--table", "articles"], cwd)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["text"] == TEXT
    assert sorted(p.name for p in shared_ledger.parent.iterdir()) == ["ledger.db"]


def test_ingest_into_a_read_only_ledger_says_so_before_any_work(shared_ledger):
    cwd = shared_ledger.parent.parent
    source = cwd / "article.txt"
    source.write_text("The minister said the talks would resume on Monday in Geneva.\n")
    source.chmod(0o644)
    result = _run(["ingest", str(shared_ledger), str(source), "--workers", "1"], cwd)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsledger: [NL014] "), result.stderr
    assert "cannot write" in lines[0]
