import csv
import io
import json

import pyarrow.parquet as pq
from click.testing import CliRunner

from newsledger.cli.main import main
from newsledger.ledger.queries import fts_query


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result


def test_fts_query_quotes_user_words():
    assert fts_query('U.S. "credit rating" nucl*') == '"U.S." "credit rating" "nucl"*'
    assert fts_query("   ") == ""


def test_search_with_snippets(sample_ledger):
    result = run("search", sample_ledger, "credit rating", "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and "AAA" in rows[0]["headline"]
    assert "[" in rows[0]["snippet"]
    assert run("search", sample_ledger, "U.S. (", "--format", "json").exit_code == 0


def test_sources_and_summary(sample_ledger):
    result = run("sources", sample_ledger, "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and set(rows[0]) == {
        "source",
        "kind",
        "attributions",
        "attitudes",
        "articles",
        "direct",
        "first",
        "last",
    }
    assert "anonymous share" in result.stderr


def test_timeline_is_in_time_order(sample_ledger):
    result = run("timeline", sample_ledger, "united kingdom", "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {r["kind"] for r in rows} <= {"event", "said", "about"}
    assert {r["time_from"] for r in rows} <= {"event", "content", "published"}
    whens = [r["when"] for r in rows if r["when"]]
    assert whens == sorted(whens)


def test_timeline_matches_whole_names_only(sample_ledger):
    # "England" is only part of "Bank of England": the old LIKE match found it, now it is
    # no entity of this ledger (said on stderr, no rows)
    result = run("timeline", sample_ledger, "England", "--format", "jsonl")
    assert result.exit_code == 0 and result.stdout == ""
    assert "no entity called 'England'" in result.stderr
    assert run("timeline", sample_ledger, "bank of england", "--format", "jsonl").stdout


def test_show_by_external_id_and_prefix(sample_ledger):
    by_external = run("show", sample_ledger, "wikinews-ID680195", "--format", "json")
    assert by_external.exit_code == 0
    record = json.loads(by_external.stdout)
    assert record["article"]["external_id"] == "wikinews-ID680195"
    prefix = record["article"]["id"][:10]
    assert json.loads(run("show", sample_ledger, prefix, "--format", "json").stdout) == record
    missing = run("show", sample_ledger, "nope")
    assert missing.exit_code == 1 and "[NL009]" in missing.stderr


def test_exports(sample_ledger, tmp_path):
    jsonl = run("export", sample_ledger, "--table", "articles", "--format", "jsonl")
    assert len(jsonl.stdout.splitlines()) == 4
    records = run("export", sample_ledger)
    assert [json.loads(line)["schema"] for line in records.stdout.splitlines()] == [
        "newsledger.article/1"
    ] * 4
    csv_out = run("export", sample_ledger, "--table", "entities", "--format", "csv")
    assert csv_out.stdout.startswith("id,article_id,local_id,name,type,n_mentions")
    target = tmp_path / "q.parquet"
    run("export", sample_ledger, "--table", "mentions", "--format", "parquet", "-o", target)
    table = pq.read_table(target)
    assert table.num_rows > 10 and table.schema.field("start").type == "int64"
    assert run("export", sample_ledger, "--table", "nope").exit_code == 2


def test_missing_ledger_is_one_line(tmp_path):
    result = run("search", tmp_path / "none.db", "x")
    assert result.exit_code == 1 and "[NL009]" in result.stderr


# What a user may type into a search box: FTS5 syntax, unbalanced quotes, a lone "-",
# a NUL byte (it ends an FTS5 string early) and a lone surrogate (undecodable argv bytes).
HOSTILE_QUERIES = ['foo "bar', '"', '""', "-", "*", "NEAR(credit rating)", "credit AND",
                   "OR", "NOT nuclear", "headline:AAA", "^credit", "(", "{a b}:c", "nucl* *",
                   "x\x00y", "\x00", "credit\udcff"]  # fmt: skip


def test_fts_query_drops_what_fts5_cannot_take():
    assert fts_query("credit\x00 rating") == '"credit" "rating"'
    assert fts_query("cr\udcffedit") == '"credit"'
    assert fts_query('NEAR(a b) - "x') == '"NEAR(a" "b)" "-" "x"'


def test_search_never_raises(sample_ledger):
    from newsledger.ledger.queries import search
    from newsledger.ledger.store import connect

    conn = connect(sample_ledger, readonly=True)
    try:
        for query in HOSTILE_QUERIES:
            for scope in ("articles", "quotes"):
                assert isinstance(list(search(conn, query, scope=scope)), list), query
        hits = list(search(conn, "credit\x00 rating"))
        assert hits and "AAA" in hits[0]["headline"]
        assert list(search(conn, "-")) == [] and list(search(conn, '"')) == []
    finally:
        conn.close()


def test_cli_search_answers_hostile_queries(sample_ledger):
    for query in HOSTILE_QUERIES:
        result = run("search", sample_ledger, query, "--format", "jsonl")
        assert result.exit_code == 0, (query, result.output)
    rows = run("search", sample_ledger, "credit rating\x00", "--format", "jsonl").stdout
    assert "AAA" in json.loads(rows.splitlines()[0])["headline"]
