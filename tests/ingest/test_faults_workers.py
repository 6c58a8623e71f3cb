"""kill -9 of a process analysing with workers leaves no worker, nor resource tracker, behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import psutil

# Three articles, two workers, two batches in flight: the first outcome is printed once a
# worker has started (its initializer has run) and the second has been spawned; then the
# stream stalls, as a slow source would, and the parent is killed while it waits.
SCRIPT = textwrap.dedent(
    """
    import time
    from newsledger.article import Article
    from newsledger.nlp.parallel import analyse_stream

    def articles():
        for n in range(2):
            yield Article(text=f"The minister said the talks would resume on Monday ({n}).")
        time.sleep(3600)
        yield Article(text="Never reached.")

    for outcome in analyse_stream(articles(), workers=2, batch_size=1, window=2):
        print("outcome", outcome.source, flush=True)
    """
)
READY_DEADLINE_S = 300  # model loads on a busy machine; a deadline, not a timing assertion
GONE_DEADLINE_S = 30


def _alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _kinds(children: list[psutil.Process]) -> dict[str, int]:
    kinds = {"worker": 0, "tracker": 0}
    for child in children:
        try:
            command = " ".join(child.cmdline())
        except psutil.Error:
            continue
        if "spawn_main" in command:
            kinds["worker"] += 1
        elif "resource_tracker" in command:
            kinds["tracker"] += 1
    return kinds


def test_workers_and_tracker_die_with_a_killed_parent(tmp_path):
    out = tmp_path / "out.txt"
    with out.open("w") as handle:
        parent = subprocess.Popen([sys.executable, "-c", SCRIPT], stdout=handle, cwd=tmp_path)
    children: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + READY_DEADLINE_S
        while time.monotonic() < deadline and parent.poll() is None:
            children = psutil.Process(parent.pid).children(recursive=True)
            if "outcome" in out.read_text() and _kinds(children) == {"worker": 2, "tracker": 1}:
                break
            time.sleep(0.2)
        assert parent.poll() is None, f"the script ended first: {out.read_text()}"
        assert _kinds(children) == {"worker": 2, "tracker": 1}, "workers did not start in time"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + GONE_DEADLINE_S
        while time.monotonic() < deadline and any(_alive(c) for c in children):
            time.sleep(0.2)
        left = [" ".join(c.cmdline()) for c in children if _alive(c)]
        assert not left, f"still running after the parent was killed: {left}"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for child in children:  # ours: never leave 300 MB workers behind a failed test
            if _alive(child):
                child.kill()
