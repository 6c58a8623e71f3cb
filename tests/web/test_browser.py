"""The web view in a real browser: Debian's chromium driven by Playwright, against the app
served on a loopback port. Skipped (with the reason in the summary) without chromium or
playwright; see tests/web/conftest.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from web_support import HOSTILE_HEADLINE, HOSTILE_TEXT, build_ledger

from newsledger.web.render import write_html

# Two pieces of the seed's split Zelensky quote (as in tests/extract/test_attribution.py).
ZELENSKY_PIECES = ("Today, many in the media", "The rockets will speak for themselves")

GROUP_TEXTS = """() => {
    const groups = {};
    for (const el of document.querySelectorAll('.nl-text .nl-content')) {
        const key = el.dataset.attr;
        groups[key] = groups[key] || {text: '', pieces: 0};
        groups[key].text += el.textContent;
        if (!el.dataset.cont) groups[key].pieces += 1;
    }
    return groups;
}"""


@pytest.fixture(scope="session")
def seed_url(
    seed_record: dict, live: Callable[[Path], str], tmp_path_factory: pytest.TempPathFactory
) -> str:
    db = build_ledger(tmp_path_factory.mktemp("seed") / "seed.db", [seed_record])
    return f"{live(db)}/article/{seed_record['article']['id']}"


@pytest.fixture(scope="session")
def wikinews_url(wikinews_ledger: Path, live: Callable[[Path], str]) -> str:
    return live(wikinews_ledger)


def test_seed_split_quote_is_one_attribution(page: Any, seed_url: str) -> None:
    page.goto(seed_url)
    groups = page.evaluate(GROUP_TEXTS)
    holding = {
        piece: [key for key, group in groups.items() if piece in group["text"]]
        for piece in ZELENSKY_PIECES
    }
    assert all(len(keys) == 1 for keys in holding.values()), holding
    (first,), (second,) = holding.values()
    assert first == second, "the two pieces of the quote belong to different attributions"
    assert groups[first]["pieces"] >= 2
    # one row in the side panel, and hovering one piece lights up the other
    row = page.locator(f'.nl-claims li[data-attr="{first}"]')
    assert row.count() == 1 and "pieces" in row.inner_text()
    last_piece = page.locator(f'.nl-text .nl-content[data-attr="{first}"]').last
    last_piece.hover()
    first_piece = page.locator(f'.nl-text .nl-content[data-attr="{first}"]').first
    assert "nl-hl" in (first_piece.get_attribute("class") or "")
    assert "nl-hl" in (row.get_attribute("class") or "")


def test_seed_hovering_on_sunday_shows_the_date(page: Any, seed_url: str) -> None:
    page.goto(seed_url)
    sunday = page.locator(".nl-text .nl-timex").filter(has_text=re.compile(r"^(on )?Sunday$"))
    assert sunday.count() >= 1
    target = sunday.first
    tooltip = "e => getComputedStyle(e, '::after').content"
    assert target.evaluate(tooltip) in ("none", "normal")
    target.hover()
    assert "2024-11-17" in target.evaluate(tooltip)
    box = target.evaluate("e => getComputedStyle(e, '::after').visibility")
    assert box == "visible"


def test_search_finds_a_wikinews_article(page: Any, wikinews_url: str) -> None:
    page.goto(wikinews_url)
    page.fill(".nl-top input[type=search]", "nuclear reactors")
    page.press(".nl-top input[type=search]", "Enter")
    result = page.locator(".nl-result-title").filter(has_text="nuclear reactors")
    result.first.wait_for()
    assert page.locator(".nl-snippet mark").count() >= 1
    result.first.click()
    page.wait_for_selector("h1.nl-headline")
    assert "US regulators approve new nuclear reactors" in page.inner_text("h1.nl-headline")
    assert page.locator(".nl-text .nl-content").count() >= 1


def _assert_inert(page: Any) -> None:
    """Markup in the article came out as visible text: nothing ran, nothing was created."""
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.get_by_text("<script>alert(1)</script>").first.is_visible()
    assert page.locator(".nl-text script, .nl-text img, .nl-headline b").count() == 0
    assert page.inner_text("h1.nl-headline") == HOSTILE_HEADLINE


def test_script_in_text_renders_as_text(page: Any, wikinews_url: str, hostile_record: dict) -> None:
    page.goto(f"{wikinews_url}/article/{hostile_record['article']['id']}")
    _assert_inert(page)
    assert HOSTILE_TEXT[:40] in page.inner_text(".nl-text")


def test_single_file_export_is_inert_too(page: Any, hostile_record: dict, tmp_path: Path) -> None:
    # no Content-Security-Policy here: escaping alone must keep the markup inert
    path = tmp_path / "hostile.html"
    with path.open("w", encoding="utf-8") as out:
        write_html([hostile_record], out)
    page.goto(path.as_uri())
    _assert_inert(page)


def test_legend_switches_a_layer_off(page: Any, wikinews_url: str) -> None:
    page.goto(f"{wikinews_url}/search?q=Carney")
    page.locator(".nl-result-title").first.click()
    timex = page.locator(".nl-text .nl-timex").first
    line = "e => getComputedStyle(e).textDecorationLine"
    assert timex.evaluate(line) == "underline"
    page.locator('.nl-legend input[data-layer="timex"]').uncheck()
    assert timex.evaluate(line) == "none"
