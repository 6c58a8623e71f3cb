"""Search through Datasette itself: `?_search=` on articles and attributions uses the FTS
tables (the schema's `content='articles'` is not what Datasette's detection looks for, so
the metadata names them), and the search canned query survives any text a user types."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from tests.fixtures.aio import run_async

datasette_app = pytest.importorskip("datasette.app")

VOLCANO = "The volcano erupted on Monday, officials said. Ash covered the village."
BUDGET = "The budget was cut again, a minister said. Schools will close."


def _span(text: str, part: str) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def _record(text: str, headline: str, source: str, content: str) -> dict[str, Any]:
    return {
        "schema": "newsledger.article/1",
        "article": {"id": hashlib.sha256(text.encode()).hexdigest(), "headline": headline,
                    "published": "2024-11-17", "text": text, "outlet": "Example Times"},
        "entities": [], "timexes": [], "quantities": [], "events": [],
        "attributions": [{"id": "a1", "source": {**_span(text, source), "kind": "unknown",
                                                 "entity": None},
                          "cue": {**_span(text, "said"), "lemma": "say"},
                          "content": [_span(text, content)], "direct": False}],
    }  # fmt: skip


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from newsledger.ledger.store import Ledger

    path = tmp_path_factory.mktemp("datasette") / "search.db"
    with Ledger(path) as opened:
        opened.write([
            _record(VOLCANO, "Volcano erupts", "officials", "The volcano erupted on Monday"),
            _record(BUDGET, "Budget cut", "a minister", "The budget was cut again"),
        ])  # fmt: skip
    return path


def _fetch(ledger: Path, path: str, **params: str) -> tuple[int, Any]:
    from newsledger.cli.ledger import datasette_metadata

    ds = datasette_app.Datasette([str(ledger)], metadata=datasette_metadata(str(ledger)))

    async def get() -> tuple[int, Any]:
        response = await ds.client.get(
            f"/{ledger.stem}/{path}", params={**params, "_shape": "array"}
        )
        return response.status_code, response.json()

    return run_async(get())


def test_search_articles_table(ledger: Path) -> None:
    assert _fetch(ledger, "articles.json", _search="zzqx nonsense") == (200, [])
    status, rows = _fetch(ledger, "articles.json", _search="volcanoes")  # stemmed
    assert status == 200 and [row["headline"] for row in rows] == ["Volcano erupts"]
    status, rows = _fetch(ledger, "articles.json", _search='budget "cut')  # unbalanced
    assert status == 200 and [row["headline"] for row in rows] == ["Budget cut"]


def test_search_attributions_table(ledger: Path) -> None:
    assert _fetch(ledger, "attributions.json", _search="zzqx") == (200, [])
    status, rows = _fetch(ledger, "attributions.json", _search="minister")
    assert status == 200 and [row["content"] for row in rows] == ["The budget was cut again"]
    status, rows = _fetch(ledger, "attributions.json", _search="erupted")
    assert status == 200 and [row["source_text"] for row in rows] == ["officials"]


# What a user may type: FTS5 syntax, unbalanced quotes, a lone "-", a NUL byte.
HOSTILE = ['foo "bar', '"', "-", "NEAR(", "budget AND", "*", "zz\x00budget", "headline:cut", "(",
           "  "]  # fmt: skip


def test_search_canned_query_never_fails(ledger: Path) -> None:
    for query in HOSTILE:
        assert _fetch(ledger, "search_articles.json", query=query) == (200, []), query


def test_search_canned_query_matches_every_word(ledger: Path) -> None:
    cases = [('budget "cut', ["Budget cut"]), ("volcano", ["Volcano erupts"]),
             ("budget cut", ["Budget cut"]), ("volc*", ["Volcano erupts"]),
             ('"ash covered"', ["Volcano erupts"]), ("budget volcano", []),
             ("volcano\x00 budget", ["Volcano erupts"])]  # a NUL ends the query  # fmt: skip
    for query, headlines in cases:
        status, rows = _fetch(ledger, "search_articles.json", query=query)
        assert status == 200 and [row["headline"] for row in rows] == headlines, query
        assert all("[" in row["snippet"] for row in rows), query
