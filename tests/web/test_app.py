"""The ledger app through Starlette's TestClient, over small hand-made ledgers."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from web_support import (
    HOSTILE_HEADLINE,
    HOSTILE_TEXT,
    local_client,
    make_record,
    quoted_record,
    span,
)

from newsledger.web.app import PER_PAGE, create_app


def anonymous_record() -> dict:
    text = "The plan will fail, a senior official said on Tuesday, adding that 3 sites closed."
    return make_record(
        text, headline="Plan doubts", outlet="Daily Planet",
        attributions=[{"id": "a1", "source": {**span(text, "a senior official"), "entity": None,
                                              "kind": "anonymous"},
                       "cue": {**span(text, "said"), "lemma": "say"},
                       "content": [span(text, "The plan will fail")], "direct": False}],
    )  # fmt: skip


def rival_record() -> dict:
    text = "Mr. Smith is wrong about the budget, a rival said."
    return make_record(
        text, headline="Rival answers", published="2024-11-19",
        entities=[{"id": "e1", "name": "John Smith", "type": "PERSON",
                   "mentions": [span(text, "Mr. Smith")]}],
        attributions=[{"id": "a1", "source": {**span(text, "a rival"), "entity": None,
                                              "kind": "unknown"},
                       "cue": {**span(text, "said"), "lemma": "say"},
                       "content": [span(text, "Mr. Smith is wrong about the budget")],
                       "direct": False}],
    )  # fmt: skip


@pytest.fixture
def ledger(ledger_of: Callable[..., Path]) -> Path:
    hostile = make_record(HOSTILE_TEXT, headline=HOSTILE_HEADLINE)
    return ledger_of([quoted_record(), anonymous_record(), rival_record(), hostile])


@pytest.fixture
def client(ledger: Path) -> TestClient:
    return local_client(ledger)


def test_home_lists_articles(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert "Smith speaks" in response.text and "Plan doubts" in response.text


def test_article_page_by_id_prefix(client: TestClient) -> None:
    article_id = quoted_record()["article"]["id"]
    response = client.get(f"/article/{article_id[:10]}")
    assert response.status_code == 200
    assert 'data-attr="a1"' in response.text
    assert 'href="/entity/John%20Smith"' in response.text


def test_unknown_article_is_404(client: TestClient) -> None:
    response = client.get("/article/nope")
    assert response.status_code == 404
    assert "No article" in response.text


def test_hostile_text_is_escaped_everywhere(client: TestClient) -> None:
    article_id = make_record(HOSTILE_TEXT)["article"]["id"]
    for url in (f"/article/{article_id}", "/search?q=alert", "/"):
        body = client.get(url).text
        assert "<script>alert" not in body and "<img src=x" not in body, url
        assert "<b>in</b>" not in body, url
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(f"/article/{article_id}").text


@pytest.mark.parametrize(
    ("query", "scope", "expected"),
    [
        ("speaks", "articles", "Smith speaks"),
        ("plan", "quotes", "a senior official"),
        ('"U.S." OR ) NEAR(', "articles", "Nothing in this ledger matches"),
        ("", "articles", "Search"),
    ],
)
def test_search(client: TestClient, query: str, scope: str, expected: str) -> None:
    response = client.get("/search", params={"q": query, "in": scope})
    assert response.status_code == 200
    assert expected in response.text


# FTS5 syntax, unbalanced quotes, a lone "-", and a NUL byte (it ends an FTS5 string early).
HOSTILE_QUERIES = ['foo "bar', '"', "-", "*", "NEAR(plan fail)", "plan AND", "OR", "NOT plan",
                   "headline:Smith", "^plan", "(", "{a b}:c", "x\x00y", "\x00"]  # fmt: skip


def test_search_functions_never_raise(ledger: Path) -> None:
    from newsledger.ledger import pages as queries
    from newsledger.ledger.store import connect

    conn = connect(ledger, readonly=True)
    try:
        for query in HOSTILE_QUERIES:
            for scope in ("articles", "quotes"):
                assert isinstance(queries.search(conn, query, scope, 10, 0), list), query
        found = queries.search(conn, "plan\x00 fail", "quotes", 10, 0)
        assert [row["source"] for row in found] == ["a senior official"]
    finally:
        conn.close()


@pytest.mark.parametrize("scope", ["articles", "quotes"])
def test_search_page_answers_hostile_queries(client: TestClient, scope: str) -> None:
    for query in HOSTILE_QUERIES:
        response = client.get("/search", params={"q": query, "in": scope})
        assert response.status_code == 200, query
    body = client.get("/search", params={"q": "plan\x00 fail", "in": scope}).text
    assert "<mark>fail</mark>" in body or "<mark>plan</mark>" in body


def test_search_snippet_marks_the_hit(client: TestClient) -> None:
    body = client.get("/search", params={"q": "fail"}).text
    assert "<mark>fail</mark>" in body


def test_entity_page(client: TestClient) -> None:
    response = client.get("/entity/john smith")
    assert response.status_code == 200
    body = response.text
    by, about = body.index("Quotes by John Smith"), body.index("Quotes about John Smith")
    timeline = body.index("<h2>Timeline</h2>")
    assert by < body.index("First part") < about  # his own quote
    assert about < body.index("Mr. Smith is wrong about the budget") < timeline  # one about him
    assert "STATEMENT (happened)" in body[timeline:]  # the event he is the actor of
    assert client.get("/entity/Nobody").status_code == 404


def test_sources_leaderboard_and_outlets(client: TestClient) -> None:
    body = client.get("/sources").text
    assert "John Smith" in body and "a senior official" in body
    assert "Daily Planet" in body and "100%" in body  # its one attribution is anonymous
    assert "a senior official" in client.get("/sources", params={"kind": "anonymous"}).text
    assert "John Smith" not in client.get("/sources", params={"kind": "anonymous"}).text


def test_pagination(ledger_of: Callable[..., Path]) -> None:
    records = [make_record(f"Story number {n} about budgets.", headline=f"Story {n:02d}",
                           published=f"2024-01-{n:02d}") for n in range(1, 31)]  # fmt: skip
    client = local_client(ledger_of(records))
    first = client.get("/").text
    assert first.count("/article/") == PER_PAGE
    assert 'rel="next" href="?page=2"' in first and 'rel="prev"' not in first
    second = client.get("/", params={"page": 2}).text
    assert second.count("/article/") == 30 - PER_PAGE
    assert "Story 01" in second and 'rel="next"' not in second
    assert client.get("/", params={"page": "x"}).status_code == 200
    searched = client.get("/search", params={"q": "budgets", "page": 2}).text
    assert searched.count('class="nl-result"') == 30 - PER_PAGE


ANALYSIS_TABLES = {
    # the columns the pages read (issue 8's schema migration adds more)
    "claim_clusters": "id INTEGER PRIMARY KEY, label TEXT, first_attribution_id INTEGER, "
    "first_published TEXT, last_published TEXT, n_members INTEGER, n_articles INTEGER, "
    "n_outlets INTEGER, n_sources INTEGER, n_anonymous INTEGER, anonymous_only INTEGER",
    "claim_members": "attribution_id INTEGER PRIMARY KEY, cluster_id INTEGER, similarity REAL, "
    "via_attribution_id INTEGER",
    "disagreements": "id INTEGER PRIMARY KEY, quantity_a INTEGER, quantity_b INTEGER, "
    "counted TEXT, unit TEXT, about TEXT, gap REAL, kind TEXT, owner TEXT",
}


def _with_analysis_tables(ledger: Path, present: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(ledger)
    for table, columns in ANALYSIS_TABLES.items():
        conn.execute(f"DROP TABLE IF EXISTS {table}")
        if present:
            conn.execute(f"CREATE TABLE {table} ({columns})")
    conn.commit()
    return conn


@pytest.mark.parametrize("url", ["/claims", "/disagreements"])
def test_analysis_pages_without_their_tables(ledger: Path, url: str) -> None:
    _with_analysis_tables(ledger, present=False).close()
    body = local_client(ledger).get(url).text
    assert "Not available in this ledger" in body


@pytest.mark.parametrize("url", ["/claims", "/disagreements"])
def test_analysis_pages_with_empty_tables(ledger: Path, url: str) -> None:
    _with_analysis_tables(ledger, present=True).close()
    body = local_client(ledger).get(url).text
    assert "Not available" not in body and "analysis has not been run" in body


def test_claim_clusters_render(ledger: Path) -> None:
    conn = _with_analysis_tables(ledger, present=True)
    attributions = [row[0] for row in conn.execute("SELECT id FROM attributions ORDER BY id")]
    conn.execute(
        "INSERT INTO claim_clusters VALUES (7, 'the plan <will> fail', ?, '2024-11-17', "
        "'2024-11-17', 2, 2, 2, 1, 1, 0)",
        (attributions[0],),
    )
    conn.executemany(
        "INSERT INTO claim_members VALUES (?, 7, ?, NULL)",
        [(attributions[0], 1.0), (attributions[1], 0.83)],
    )
    conn.commit()
    client = local_client(ledger)
    body = client.get("/claims").text
    assert "the plan &lt;will&gt; fail" in body
    assert "First part" in body and "The plan will fail" in body and "sim 0.83" in body
    detail = client.get("/claims/7")
    assert detail.status_code == 200 and "a senior official" in detail.text
    assert client.get("/claims/8").status_code == 404


def test_disagreements_render(ledger_of: Callable[..., Path]) -> None:
    text = "Officials said 55 soldiers died."
    other = make_record(
        text, headline="Other count",
        quantities=[{**span(text, "55 soldiers"), "value": 55.0, "bound": "exact",
                     "counted": "soldiers"}],
    )  # fmt: skip
    ledger = ledger_of([quoted_record(), other])
    conn = _with_analysis_tables(ledger, present=True)
    first, second = (row[0] for row in conn.execute("SELECT id FROM quantities ORDER BY id"))
    conn.execute(
        "INSERT INTO disagreements VALUES (1, ?, ?, 'killed', NULL, '[]', 0.27, 'conflict', 'Basra')",
        (first, second),
    )
    conn.commit()
    body = local_client(ledger).get("/disagreements").text
    assert 'class="nl-num-mark">40 soldiers</mark>' in body
    assert 'class="nl-num-mark">55 soldiers</mark>' in body
    assert "gap 27%" in body and "Other count" in body
    assert 'class="nl-badge nl-conflict">conflict</span> killed of Basra' in body


def test_read_only_and_locked_down(client: TestClient, ledger: Path) -> None:
    before = hashlib.sha256(ledger.read_bytes()).hexdigest()
    response = client.get("/")
    for url in ("/sources", "/entities", "/search?q=plan", "/entity/John%20Smith"):
        assert client.get(url).status_code == 200
    assert client.post("/").status_code == 405
    assert hashlib.sha256(ledger.read_bytes()).hexdigest() == before
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert client.get("/static/newsledger.css").status_code == 200


def test_missing_ledger_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        create_app(tmp_path / "none.db")
