"""`read URL`, `ingest DB URL` and `reanalyse DB` against a news site on 127.0.0.1."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from click.testing import CliRunner
from tests.fixtures.news_site import news_site

from newsledger.cli.main import main

FAST = ["--delay", "0", "--timeout", "1", "--backoff", "0", "--workers", "1"]
NL_LINE = re.compile(r"^newsledger: \[NL\d{3}\] ", re.MULTILINE)


@pytest.fixture(scope="module")
def site():
    with news_site() as running:
        yield running


def run(*args: str):
    options = FAST if args[0] != "reanalyse" else ["--workers", "1"]
    return CliRunner().invoke(main, [*args, *options], catch_exceptions=False)


def articles(db) -> list[sqlite3.Row]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("SELECT * FROM articles ORDER BY source").fetchall()


def test_read_url_gives_the_article_dated_by_its_meta_tag_quotes_attributed_no_boilerplate(
    site, nlp
):
    result = run("read", site.url("/news/a.html"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    article = record["article"]
    assert article["published"] == "2025-03-14"
    assert article["published_from"] == "meta:article:published_time"
    assert article["source"] == site.url("/news/a.html")
    assert record["pipeline"].startswith("newsledger/")
    for boilerplate in (
        "newsletter",
        "Subscribe",
        "Privacy policy",
        "Weather outlook",
        "Copyright",
    ):
        assert boilerplate not in article["text"]
    sources = {(a["source"] or {}).get("text") for a in record["attributions"] if a["direct"]}
    assert any(s and "Karim Osei" in s for s in sources), record["attributions"]
    assert any(s and "Maria Lund" in s for s in sources), record["attributions"]
    for attribution in record["attributions"]:
        for span in attribution["content"]:
            assert article["text"][span["start"] : span["end"]] == span["text"]


def test_ingest_url_adds_once_then_nothing_and_keeps_the_page(site, nlp, tmp_path):
    db = tmp_path / "web.db"
    first = run("ingest", str(db), site.url("/news/a.html"))
    assert first.exit_code == 0, first.stderr
    assert "added 1," in first.stderr
    fetched = site.hits["/news/a.html"]
    second = run("ingest", str(db), site.url("/news/a.html"))
    assert second.exit_code == 0, second.stderr
    assert "added 0, already present 1" in second.stderr
    assert site.hits["/news/a.html"] == fetched  # read from the kept page, not fetched again
    [row] = articles(db)
    assert row["published_from"] == "meta:article:published_time" and row["pipeline"]
    with sqlite3.connect(db) as conn:
        [page] = conn.execute(
            "SELECT url, status, fetched_at, article_id FROM raw_pages"
        ).fetchall()
    assert page[0] == site.url("/news/a.html") and page[1] == 200 and page[2]
    assert page[3] == row["id"]


def test_ingest_feed_adds_its_other_articles_on_its_host(site, nlp, tmp_path):
    db = tmp_path / "feed.db"
    run("ingest", str(db), site.url("/news/a.html"), "--no-analyse")
    result = run("ingest", str(db), site.url("/feed.xml"), "--no-analyse")
    assert result.exit_code == 0, result.stderr
    assert "added 2, already present 1" in result.stderr
    assert "1 link(s) to other hosts" in result.stderr
    assert len(articles(db)) == 3


def test_ingest_urls_file_and_since(site, nlp, tmp_path):
    db = tmp_path / "since.db"
    listed = tmp_path / "urls.txt"
    listed.write_text(f"# sitemaps\n\n{site.url('/sitemap.xml')}\n")
    result = run("ingest", str(db), "--urls", str(listed), "--since", "2025-01-01", "--no-analyse")
    assert result.exit_code == 0, result.stderr
    assert [r["headline"] for r in articles(db)] == ["Library extends weekend opening hours"]


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/private/secret.html", "NL018"),
        ("/missing.html", "NL019"),
        ("/slow.html", "NL020"),
        ("/data.json", "NL011"),
    ],
)
def test_a_refused_url_is_one_nl_line_a_failure_row_exit_1_and_nothing_added(
    site, nlp, tmp_path, path, code
):
    db = tmp_path / "refused.db"
    result = run("ingest", str(db), site.url(path), "--no-analyse")
    assert result.exit_code == 1
    assert NL_LINE.findall(result.stderr) == ["newsledger: [" + code + "] "]
    assert "Traceback" not in result.stderr
    assert articles(db) == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT code FROM failures").fetchall() == [(code,)]


def test_a_failing_url_does_not_stop_the_run(site, nlp, tmp_path):
    db = tmp_path / "mixed.db"
    result = run(
        "ingest", str(db), site.url("/missing.html"), site.url("/news/b.html"), "--no-analyse"
    )
    assert result.exit_code == 1 and "added 1," in result.stderr


def test_read_refuses_a_disallowed_url_in_one_line(site, nlp):
    result = run("read", site.url("/private/secret.html"))
    assert result.exit_code == 1 and result.stdout == ""
    assert len(NL_LINE.findall(result.stderr)) == 1


def test_reanalyse_keeps_every_article_is_idempotent_and_rebuilds_the_analysis(site, nlp, tmp_path):
    db = tmp_path / "re.db"
    assert run("ingest", str(db), site.url("/feed.xml")).exit_code == 0
    before = {r["id"]: r for r in articles(db)}
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET pipeline = 'newsledger/0.0.1'")
    result = run("reanalyse", str(db))
    assert result.exit_code == 0, result.stderr
    assert "reanalysed 3 of 3 articles" in result.stderr
    after = {r["id"]: r for r in articles(db)}
    assert after.keys() == before.keys()
    for key, row in after.items():
        assert row["pipeline"] == before[key]["pipeline"]
        assert row["n_attributions"] == before[key]["n_attributions"]
        assert row["ingested_at"] == before[key]["ingested_at"]
    with sqlite3.connect(db) as conn:
        linked = conn.execute("SELECT count(*) FROM entity_links").fetchone()[0]
        entities = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    assert linked == entities > 0
    again = run("reanalyse", str(db))
    assert again.exit_code == 0 and "reanalysed 0 of 0 articles" in again.stderr
    forced = run("reanalyse", str(db), "--all", "--where", "headline LIKE 'Library%'")
    assert forced.exit_code == 0 and "reanalysed 1 of 1 articles" in forced.stderr
    assert articles(db)[0]["id"] in before


def test_reanalyse_refuses_a_bad_where_in_one_line(tmp_path, site, nlp):
    db = tmp_path / "bad.db"
    run("ingest", str(db), site.url("/news/c.html"), "--no-analyse")
    result = CliRunner().invoke(main, ["reanalyse", str(db), "--where", "no_such_column = 1"])
    assert result.exit_code == 1
    assert NL_LINE.findall(result.stderr) == ["newsledger: [NL021] "]


def test_an_all_run_cut_short_is_resumed_by_the_next(site, nlp, tmp_path):
    db = tmp_path / "resume.db"
    assert run("ingest", str(db), site.url("/feed.xml"), "--no-analyse").exit_code == 0
    with sqlite3.connect(db) as conn:  # as a run begun at noon, killed after one article
        conn.execute("UPDATE articles SET analysed_at = '2000-01-01'")
        conn.execute("UPDATE articles SET analysed_at = '2000-01-02' WHERE headline LIKE 'Ferry%'")
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('reanalyse.all_started', '2000-01-01T12:00')"
        )
    result = run("reanalyse", str(db), "--all", "--no-analyse")
    assert result.exit_code == 0, result.stderr
    assert "resuming the --all run" in result.stderr and "reanalysed 2 of 2" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key LIKE 'reanalyse%'").fetchall() == []
    fresh = run("reanalyse", str(db), "--all", "--no-analyse")
    assert "resuming" not in fresh.stderr and "reanalysed 3 of 3" in fresh.stderr
