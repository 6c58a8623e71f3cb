"""Helpers for the web tests: hand-made records (small, exact, no NLP needed) and ledgers,
the app served on a loopback port, and how chromium is launched."""

from __future__ import annotations

import hashlib
import socket
import threading
import time
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

CHROMIUM = Path("/usr/bin/chromium")
# What a browser on this machine sends as Host: the app refuses every other name by default.
LOCAL_URL = "http://localhost:8000"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

# An article whose text carries markup that must come out as text, never run.
HOSTILE_TEXT = (
    "Officials said the page contained <script>alert(1)</script> and an image tag "
    '<img src=x onerror="alert(2)"> on Monday. "We take this seriously & we are '
    'investigating," a spokesman for Acme Corp said.'
)
HOSTILE_HEADLINE = "Markup <b>in</b> the headline & <script>alert(3)</script>"


def span(text: str, needle: str, occurrence: int = 0) -> dict[str, Any]:
    """The span of the n-th occurrence of `needle` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


def make_record(
    text: str, headline: str | None = None, published: str | None = "2024-11-17", **extra: Any
) -> dict[str, Any]:
    """A minimal `newsledger.article/1` record; lists default to empty."""
    record: dict[str, Any] = {
        "schema": "newsledger.article/1",
        "article": {
            "id": hashlib.sha256(text.encode("utf-8")).hexdigest(), "headline": headline,
            "authors": [], "dateline": None, "published": published, "text": text,
            "regions": [], "outlet": extra.pop("outlet", None),
        },
        "entities": [], "attributions": [], "timexes": [], "quantities": [], "events": [],
    }  # fmt: skip
    record.update(extra)
    return record


def quoted_record() -> dict[str, Any]:
    """A record with a split direct quote, a source entity, a timex and a quantity."""
    text = "“First part,” Mr. Smith said on Monday. “Second part with 40 soldiers.”"
    smith = span(text, "Mr. Smith")
    return make_record(
        text,
        headline="Smith speaks",
        outlet="Example Times",
        entities=[{"id": "e1", "name": "John Smith", "type": "PERSON", "mentions": [smith]}],
        attributions=[
            {
                "id": "a1",
                "source": {**smith, "entity": "e1", "kind": "named"},
                "cue": {**span(text, "said"), "lemma": "say"},
                "content": [
                    span(text, "“First part,”"),
                    span(text, "“Second part with 40 soldiers.”"),
                ],
                "direct": True,
            }
        ],
        timexes=[{**span(text, "Monday"), "type": "DATE", "value": "2024-11-11", "mod": None}],
        quantities=[
            {
                **span(text, "40 soldiers"),
                "value": 40.0,
                "high": None,
                "unit": None,
                "si_value": None,
                "si_unit": None,
                "bound": "exact",
                "counted": "soldiers",
            }
        ],
        events=[
            {
                "id": "v1",
                "trigger": span(text, "said"),
                "type": "STATEMENT",
                "actor": "e1",
                "target": None,
                "place": None,
                "time": "2024-11-11",
                "status": "happened",
                "attribution": "a1",
            }
        ],
    )


def local_client(db: Path, **options: Any) -> TestClient:
    """A TestClient for the app over `db`, asking for it as a local browser does."""
    from newsledger.web.app import create_app

    return TestClient(create_app(db, **options), base_url=LOCAL_URL)


def build_ledger(path: Path, records: list[dict[str, Any]]) -> Path:
    from newsledger.ledger.store import Ledger

    with Ledger(path) as ledger:
        ledger.write(records)
    return path


class LiveServer:
    """uvicorn in a thread, on a socket bound to 127.0.0.1 by the OS (a free port)."""

    def __init__(self, db: Path) -> None:
        import uvicorn

        from newsledger.web.app import create_app

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        config = uvicorn.Config(create_app(db), log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the web app did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
