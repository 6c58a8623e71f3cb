"""Shared fixtures: the pipeline is loaded once per test session (it takes seconds)."""

from __future__ import annotations

from importlib import resources

import pytest


@pytest.fixture(scope="session")
def nlp():
    from newsledger.nlp.pipeline import load

    return load()


@pytest.fixture(scope="session")
def seed_article():
    from tests.fixtures.seed import seed_article

    return seed_article()


@pytest.fixture(scope="session")
def seed_record(nlp, seed_article):
    """The seed article's record as JSON-ready dict."""
    from newsledger.nlp.pipeline import analyse

    return analyse(seed_article, nlp).to_dict()


@pytest.fixture
def analyse_text(nlp):
    """Analyse a snippet with a given publication date: analyse_text(text, "2024-11-17")."""
    from datetime import date

    from newsledger.article import Article
    from newsledger.nlp.pipeline import analyse

    def run(text: str, published: str | None = None) -> dict:
        article = Article(text=text, published=date.fromisoformat(published) if published else None)
        return analyse(article, nlp).to_dict()

    return run


# A small ledger built once from the shipped Wikinews sample (CC BY 2.5).
@pytest.fixture(scope="session")
def sample_path():
    return str(resources.files("newsledger.samples").joinpath("wikinews-sample.jsonl"))


@pytest.fixture(scope="session")
def sample_ledger(tmp_path_factory, sample_path, nlp):
    from newsledger.ingest.local import ingest, local_analyser, read_sources
    from newsledger.ledger.store import Ledger

    path = tmp_path_factory.mktemp("ledger") / "sample.db"
    with Ledger(path) as ledger:
        report = ingest(ledger, read_sources([sample_path]), local_analyser(1, 4))
    assert report.added == 4 and report.failed == 0
    return path


@pytest.fixture
def events_rules_only(monkeypatch):
    """The event rules without the learned category model, which may re-read a category."""
    from newsledger.extract.events import component

    monkeypatch.setattr(component, "shipped_category_model", lambda: None)
