"""The CLI and the web view show the same things for the same ledger: one entity timeline
(ledger.entities.timeline, reached through `newsledger timeline`, `newsledger entity` and
/entity/NAME) and one sourcing profile per article (the record's own, made by
newsledger.sourcing.sourcing_profile: `newsledger show` and /article/ID)."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from click.testing import CliRunner
from web_support import local_client

from newsledger.cli.main import main

WEB_TIMELINE_ROWS = 25  # the entity page's timeline page size


def cli_rows(*args: object) -> list[dict]:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def web_timeline(body: str) -> list[tuple[str, str, str, str]]:
    """(when, kind, what, evidence) of each timeline entry on an entity page."""
    section = body[body.index("<h2>Timeline</h2>") :]
    section = section[: section.index("</section>")]
    found = re.findall(
        r'<li class="nl-tl-[^"]*"><span class="nl-when">(.*?)</span>\s*'
        r'<span class="nl-badge">(.*?)</span> <strong>(.*?)</strong>\s*'
        r'<span class="nl-evidence">(.*?)</span>',
        section,
        re.S,
    )
    return [tuple(html.unescape(part) for part in row) for row in found]


def cli_timeline(rows: list[dict]) -> list[tuple[str, str, str, str]]:
    return [(r["when"] or "undated", r["kind"], r["what"], r["evidence"]) for r in rows]


def entity_names(client) -> list[str]:
    listing = client.get("/entities").text
    links = re.findall(r'<td><a href="/entity/([^"]+)">', listing)
    return [unquote(html.unescape(link)) for link in links][:8]


@pytest.fixture(scope="module")
def analysed_ledger(sample_ledger: Path, tmp_path_factory) -> Path:
    """The sample ledger with its canonical entities linked (claims need no embedder)."""
    from newsledger.analysis.update import update_analysis
    from newsledger.ledger.store import Ledger

    path = tmp_path_factory.mktemp("analysed") / "sample.db"
    shutil.copy(sample_ledger, path)
    with Ledger(path) as ledger:
        update_analysis(ledger, claims=False)
    return path


def _check_timelines_agree(db: Path, with_entity_command: bool) -> None:
    client = local_client(db)
    names = entity_names(client)
    assert len(names) >= 5
    compared = 0
    for name in names:
        page = client.get("/entity/" + quote(name, safe=""))
        assert page.status_code == 200, name
        cli = cli_rows("timeline", db, name, "--format", "json")
        assert web_timeline(page.text) == cli_timeline(cli)[:WEB_TIMELINE_ROWS], name
        if with_entity_command:
            same = cli_rows("entity", db, name, "--format", "json", "--limit", "200")
            assert same == cli, name
        compared += bool(cli)
    assert compared >= 3  # real timelines, not only empty ones


def test_timeline_agrees_without_analysis(sample_ledger: Path) -> None:
    """No canonical entities: every view means the article entities called exactly so."""
    _check_timelines_agree(sample_ledger, with_entity_command=False)


def test_timeline_agrees_with_analysis(analysed_ledger: Path) -> None:
    """Canonical entities: `timeline`, `entity` and the page list the same rows."""
    _check_timelines_agree(analysed_ledger, with_entity_command=True)


def test_timeline_matches_names_exactly_any_case(sample_ledger: Path) -> None:
    name = entity_names(local_client(sample_ledger))[0]
    rows = cli_rows("timeline", sample_ledger, name, "--format", "json")
    assert rows and cli_rows("timeline", sample_ledger, name.upper(), "--format", "json") == rows
    result = CliRunner().invoke(
        main, ["timeline", str(sample_ledger), name[:-1], "--format", "json"]
    )
    assert result.exit_code == 0 and json.loads(result.stdout) == []  # no LIKE: a prefix is not it
    assert "no entity called" in result.stderr


def web_profile(body: str) -> dict:
    stats = dict(re.findall(r"<div><dt>(.*?)</dt><dd>(.*?)</dd></div>", body))
    named_block = re.search(
        r"<h3>Named sources</h3>\s*<ul class=\"nl-people\">(.*?)</ul>", body, re.S
    )
    named = []
    if named_block:
        for item in re.findall(r"<li>(.*?)</li>", named_block[1], re.S):
            name = html.unescape(re.sub(r"<[^>]+>", "", item.split('<span class="nl-count">')[0]))
            count = re.search(r'<span class="nl-count">(\d+)', item)[1]
            named.append((name.strip(), int(count)))
    return {"stats": stats, "named": named}


def test_sourcing_profile_agrees(sample_ledger: Path) -> None:
    client = local_client(sample_ledger)
    result = CliRunner().invoke(
        main, ["export", str(sample_ledger), "--table", "articles"], catch_exceptions=False
    )
    articles = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert len(articles) == 4
    with_named = 0
    for article_id in articles:
        shown = CliRunner().invoke(
            main, ["show", str(sample_ledger), article_id, "--format", "json"]
        )
        profile = json.loads(shown.stdout)["sourcing"]
        page = web_profile(client.get(f"/article/{article_id}").text)
        assert page["stats"]["attributions"] == str(profile["attributions"])
        if profile["attributions"]:
            assert page["stats"]["anonymous"] == f"{profile['anonymous_share']:.0%}"
            direct = profile["direct"] / profile["attributions"]
            assert page["stats"]["direct"] == f"{direct:.0%}"
        expected = sorted(
            ((n["name"], n["attributions"]) for n in profile["named_sources"]),
            key=lambda n: (-n[1], n[0]),
        )
        assert page["named"] == expected, article_id
        with_named += bool(expected)
    assert with_named >= 1


def test_web_profile_is_the_records_own(sample_ledger: Path) -> None:
    """The page shows the stored profile, and a record without one gets the same numbers
    from the same function."""
    from newsledger.ledger.queries import article_record, find_article
    from newsledger.ledger.store import connect
    from newsledger.web.render import sourcing_profile

    conn = connect(sample_ledger, readonly=True)
    try:
        ids = [row[0] for row in conn.execute("SELECT id FROM articles")]
        for article_id in ids:
            record = article_record(conn, find_article(conn, article_id))
            stored = sourcing_profile(record)
            recomputed = sourcing_profile({**record, "sourcing": None})
            assert stored == recomputed, article_id
    finally:
        conn.close()
