"""Fixtures for the web view: hand-made records and ledgers (no NLP, fast), ledgers built
by the real pipeline, the app served on a loopback port, and a Debian chromium driven by
Playwright (skipped, with the reason, where either is missing)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from web_support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    HOSTILE_HEADLINE,
    HOSTILE_TEXT,
    LiveServer,
    build_ledger,
)


@pytest.fixture
def ledger_of(tmp_path: Path) -> Callable[..., Path]:
    """ledger_of(records) -> path of a fresh ledger holding them."""
    counter = iter(range(1_000_000))

    def make(records: list[dict[str, Any]]) -> Path:
        return build_ledger(tmp_path / f"ledger{next(counter)}.db", records)

    return make


def _analyse(nlp: Any, text: str, headline: str | None, published: str) -> dict[str, Any]:
    from datetime import date

    from newsledger.article import Article
    from newsledger.nlp.pipeline import analyse

    article = Article(text=text, headline=headline, published=date.fromisoformat(published))
    return analyse(article, nlp).to_dict()


@pytest.fixture(scope="session")
def wikinews_records(nlp: Any) -> list[dict[str, Any]]:
    """The four shipped Wikinews sample articles (CC BY 2.5), analysed."""
    from newsledger.article import ReadFailure
    from newsledger.nlp.pipeline import analyse
    from newsledger.readers.jsonl import read_jsonl

    sample = resources.files("newsledger.samples").joinpath("wikinews-sample.jsonl")
    with resources.as_file(sample) as path:
        articles = list(read_jsonl(path))
    assert len(articles) == 4
    records = [analyse(a, nlp).to_dict() for a in articles if not isinstance(a, ReadFailure)]
    for record in records:
        record["article"]["outlet"] = record["article"].get("outlet") or "Wikinews"
    return records


@pytest.fixture(scope="session")
def hostile_record(nlp: Any) -> dict[str, Any]:
    return _analyse(nlp, HOSTILE_TEXT, HOSTILE_HEADLINE, "2024-11-18")


# --- the app on a loopback port -------------------------------------------------------


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[Path], str]]:
    """live(db) -> base URL of the app serving that ledger (stopped at session end)."""
    servers: list[LiveServer] = []

    def start(db: Path) -> str:
        server = LiveServer(db)
        servers.append(server)
        return server.url

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def wikinews_ledger(
    tmp_path_factory: pytest.TempPathFactory, wikinews_records: list, hostile_record: dict
) -> Path:
    path = tmp_path_factory.mktemp("web") / "wikinews.db"
    return build_ledger(path, [*wikinews_records, hostile_record])


# --- the browser -----------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's chromium under Playwright; the tests that need it skip when it is absent."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need playwright: .venv/bin/pip install playwright")
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip("browser tests need chromium: apt-get install chromium (/usr/bin/chromium)")
    executable = str(CHROMIUM) if CHROMIUM.exists() else str(shutil.which("chromium"))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that records every dialog (alert) it is shown."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.dialogs = []

    def on_dialog(dialog: Any) -> None:
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield page
    context.close()
