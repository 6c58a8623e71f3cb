"""DNS rebinding: the app answers only for local names and the hosts it is told about, and
no page carries a URL built from the Host header."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner
from starlette.testclient import TestClient
from web_support import local_client, quoted_record

from newsledger.cli.main import main
from newsledger.web.app import create_app, host_pattern

PAGES = ["/", "/search?q=part", "/entities", "/entity/John%20Smith", "/sources", "/claims",
         "/disagreements", "/article/nope", "/static/article.js"]  # fmt: skip


@pytest.fixture
def ledger(ledger_of: Callable[..., Path]) -> Path:
    return ledger_of([quoted_record()])


def _get(app: Any, url: str, host: str) -> Any:
    return TestClient(app).get(url, headers={"Host": host})


def test_only_local_names_are_answered(ledger: Path) -> None:
    app = create_app(ledger)
    for url in PAGES:
        response = _get(app, url, "evil.example")
        assert response.status_code == 400 and "Smith" not in response.text, url
        assert "default-src 'none'" in response.headers["content-security-policy"]
    for host in ("localhost", "localhost:8000", "127.0.0.1", "127.0.0.1:5001", "[::1]:8000"):
        response = _get(app, "/", host)  # any port
        assert response.status_code == 200 and "Smith speaks" in response.text, host


@pytest.mark.parametrize("host", ["news.example", "news.example:8443"])
def test_no_page_links_to_the_host_it_was_asked_for(ledger: Path, host: str) -> None:
    app = create_app(ledger, allowed_hosts=["news.example"])
    for url in PAGES[:-1]:
        response = _get(app, url, host)
        assert response.status_code in (200, 404), url
        assert "news.example" not in response.text, url
        links = re.findall(r'(?:href|src|action)="([^"]*)"', response.text)
        assert links, url
        assert not [link for link in links if "//" in link], url
    assert 'src="/static/article.js"' in _get(app, "/", host).text


def test_local_client_pages_use_root_relative_links(ledger: Path) -> None:
    body = local_client(ledger).get("/").text
    assert 'href="/static/newsledger.css"' in body and 'action="/search"' in body
    assert "http://" not in body


@pytest.mark.parametrize(
    ("given", "pattern"),
    [("LocalHost:8000", "localhost"), ("::1", "[::1]"), ("[::1]:8000", "[::1]"),
     ("10.0.0.5:80", "10.0.0.5"), ("*.example.org", "*.example.org"), ("*", "*")],
)  # fmt: skip
def test_host_patterns(given: str, pattern: str) -> None:
    assert host_pattern(given) == pattern


@pytest.mark.parametrize("bad", ["", "a*b", "*x", ":8000", "two words"])
def test_bad_host_patterns_are_refused(ledger: Path, bad: str) -> None:
    with pytest.raises(ValueError):
        create_app(ledger, allowed_hosts=[bad])


def _served_app(monkeypatch: pytest.MonkeyPatch, *args: str) -> Any:
    """Run `serve` with uvicorn replaced, and hand back the app it would have served."""
    served: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.update(app=app, **options))
    result = CliRunner().invoke(main, ["serve", *args])
    assert result.exit_code == 0, result.output
    return served["app"]


def test_serve_allows_the_bound_host_and_allow_host(
    ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _served_app(
        monkeypatch, str(ledger), "--host", "192.168.1.4", "--allow-host", "news.example",
        "--allow-host", "*.corp.example",
    )  # fmt: skip
    for host in ("192.168.1.4:8000", "news.example", "ledger.corp.example", "localhost:8000"):
        assert _get(app, "/", host).status_code == 200, host
    assert _get(app, "/", "evil.example").status_code == 400


def test_serve_on_all_interfaces_still_refuses_foreign_hosts(
    ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _served_app(monkeypatch, str(ledger), "--host", "0.0.0.0")
    assert _get(app, "/", "127.0.0.1:8000").status_code == 200
    assert _get(app, "/", "evil.example:8000").status_code == 400


def test_serve_rejects_a_malformed_allow_host(ledger: Path) -> None:
    result = CliRunner().invoke(main, ["serve", str(ledger), "--allow-host", "a*b"])
    assert result.exit_code == 2 and "a*b" in result.output
