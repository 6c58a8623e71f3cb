"""Shared fixtures: the pipeline is loaded once per test session (it takes seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "samples" / "seed-article.txt"


@pytest.fixture(scope="session")
def nlp():
    from newsledger.pipeline import load

    return load()


@pytest.fixture(scope="session")
def seed_article():
    from newsledger.article import Article

    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return Article.from_text(SEED.read_text(encoding="utf-8"), source=str(SEED))


@pytest.fixture(scope="session")
def seed_record(nlp, seed_article):
    """The seed article's record as JSON-ready dict."""
    from newsledger.pipeline import analyse

    return analyse(seed_article, nlp).to_dict()


@pytest.fixture
def analyse_text(nlp):
    """Analyse a snippet with a given publication date: analyse_text(text, "2024-11-17")."""
    from datetime import date

    from newsledger.article import Article
    from newsledger.pipeline import analyse

    def run(text: str, published: str | None = None) -> dict:
        article = Article(text=text, published=date.fromisoformat(published) if published else None)
        return analyse(article, nlp).to_dict()

    return run
