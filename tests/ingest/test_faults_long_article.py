"""An article too long to parse in bounded memory fails alone (NL004); the run goes on."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.article import Article
from newsledger.cli.main import main
from newsledger.errors import NewsledgerError
from newsledger.nlp.parallel import MAX_ANALYSIS_CHARS, analyse_batch

SHORT = "The minister said the talks would resume on Monday in Geneva."


def _long_text(sample_path: str) -> str:
    """English news prose just over the analysis limit (the shipped sample, repeated)."""
    texts = [json.loads(line)["text"] for line in Path(sample_path).read_text().splitlines()]
    body, n = "", 0
    while len(body) <= MAX_ANALYSIS_CHARS:
        body += texts[n % len(texts)] + f"\n\nUpdate {n}.\n\n"
        n += 1
    return body


def test_long_article_is_refused_before_parsing_and_order_is_kept(sample_path, nlp):
    long = Article(text=_long_text(sample_path), source="long.txt")
    outcomes = analyse_batch([Article(text=SHORT, source="a.txt"), long, Article(text=SHORT + " ")])
    assert [o.code for o in outcomes] == [None, "NL004", None]
    assert outcomes[1].source == "long.txt" and f"{MAX_ANALYSIS_CHARS:,}" in outcomes[1].error
    assert outcomes[0].record["article"]["text"] == SHORT
    from newsledger.nlp.pipeline import analyse

    with pytest.raises(NewsledgerError, match="over the analysis limit"):
        analyse(long, nlp)


def test_ingest_records_the_long_article_as_a_failure(tmp_path, sample_path, nlp):
    source = tmp_path / "mixed.jsonl"
    rows = [{"id": "long", "text": _long_text(sample_path)}, {"id": "short", "text": SHORT}]
    source.write_text("".join(json.dumps(row) + "\n" for row in rows))
    db = tmp_path / "l.db"
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            str(db),
            str(source),
            "--workers",
            "1",
            "--no-analyse",
            "--max-chars",
            "1000000",
        ],
    )
    assert result.exit_code == 1
    assert "added 1, already present 0, failed 1" in result.stderr
    with sqlite3.connect(db) as conn:
        [(code, message)] = conn.execute("SELECT code, message FROM failures").fetchall()
    conn.close()
    assert code == "NL004" and f"{MAX_ANALYSIS_CHARS:,}" in message
