"""The `serve` command's checks (the server itself is exercised in test_browser.py)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from web_support import quoted_record

from newsledger.cli import web as cli_web
from newsledger.cli.main import main


def test_serve_refuses_a_missing_ledger(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "NL009" in result.output


def test_serve_binds_loopback_by_default() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0 and "127.0.0.1" in result.output


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False),
     ("192.168.1.4", False), ("example.org", False)],
)  # fmt: skip
def test_loopback_detection(host: str, loopback: bool) -> None:
    assert cli_web._is_loopback(host) is loopback


def test_write_html_writes_one_page() -> None:
    out = io.StringIO()
    cli_web.write_html([quoted_record()], out)
    assert out.getvalue().count("<html") == 1 and "Smith speaks" in out.getvalue()
