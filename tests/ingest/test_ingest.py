import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli.main import main
from newsledger.ingest.local import count_articles, ingest, local_analyser, read_sources
from newsledger.ledger.store import Ledger


def counts(path) -> dict[str, int]:
    with Ledger(path) as ledger:
        return ledger.counts()


def test_reingest_adds_nothing(sample_ledger, sample_path):
    before = counts(sample_ledger)
    with Ledger(sample_ledger) as ledger:
        report = ingest(ledger, read_sources([sample_path]), local_analyser(1, 4))
    assert report.added == 0 and report.skipped == 4
    assert counts(sample_ledger) == before


def test_bad_articles_are_recorded_and_the_run_goes_on(tmp_path, nlp):
    source = tmp_path / "mixed.jsonl"
    source.write_text(
        json.dumps({"text": "The minister said the talks would resume on Monday in Geneva."}) + "\n"
        + "{broken json\n"
        + json.dumps({"text": ""}) + "\n"
        + json.dumps({"text": "Officials said the budget was approved by the parliament on Friday."}) + "\n"
    )  # fmt: skip
    db = tmp_path / "l.db"
    result = CliRunner().invoke(main, ["ingest", str(db), str(source), "--workers", "1"])
    assert result.exit_code == 1
    assert "added 2" in result.stderr and "failed 2" in result.stderr
    with sqlite3.connect(db) as conn:
        codes = sorted(row[0] for row in conn.execute("SELECT code FROM failures"))
    assert codes == ["NL001", "NL007"]
    again = CliRunner().invoke(main, ["ingest", str(db), str(source), "--workers", "1"])
    assert "added 0, already present 2" in again.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 2


def test_count_for_progress(tmp_path, sample_path):
    assert count_articles([sample_path]) == 4
    assert count_articles([str(tmp_path / "missing")]) is None


def _corpus(tmp_path, sample_path, copies: int):
    """Distinct articles from the shipped sample (each copy's text differs, so its id does)."""
    rows = [json.loads(line) for line in Path(sample_path).read_text(encoding="utf-8").splitlines()]
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(copies):
            for row in rows:
                out.write(
                    json.dumps(
                        {**row, "id": f"{row['id']}-{n}", "text": row["text"] + f" (Edition {n}.)"}
                    )
                    + "\n"
                )
    return path


def _ingest_cmd(db, corpus):
    return [sys.executable, "-m", "newsledger", "ingest", str(db), str(corpus), "--workers", "1",
            "--batch-size", "2", "--commit-every", "2", "--no-progress"]  # fmt: skip


@pytest.mark.slow
def test_kill_9_then_rerun_equals_one_clean_run(tmp_path, sample_path):
    corpus = _corpus(tmp_path, sample_path, copies=6)  # 24 articles
    killed = tmp_path / "killed.db"
    process = subprocess.Popen(_ingest_cmd(killed, corpus), stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    committed = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(f"file:{killed}?mode=ro", uri=True) as conn:
                committed = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            continue
        if committed >= 4:
            os.kill(process.pid, signal.SIGKILL)
            break
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    assert 4 <= counts(killed)["articles"] < 24
    rerun = subprocess.run(_ingest_cmd(killed, corpus), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    clean = tmp_path / "clean.db"
    subprocess.run(_ingest_cmd(clean, corpus), check=True, capture_output=True, timeout=600)
    assert counts(killed) == counts(clean)
    assert counts(clean)["articles"] == 24


def test_progress_bar_on_request_and_quiet_in_pipes(tmp_path, sample_path, nlp):
    shown = CliRunner().invoke(
        main,
        [
            "ingest",
            str(tmp_path / "a.db"),
            sample_path,
            "--workers",
            "1",
            "--progress",
            "--no-analyse",
        ],
    )
    assert shown.exit_code == 0
    assert "4/4" in shown.stderr and "article/s" in shown.stderr
    quiet = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "b.db"), sample_path, "--workers", "1", "--no-analyse"]
    )
    assert quiet.exit_code == 0 and "article/s" not in quiet.stderr


def test_article_stored_meanwhile_by_another_ingest_counts_as_present(tmp_path):
    """Two ingests analyse the same new article; the one whose write finds it already
    stored counts it as already present, so added + present + failed adds up."""
    from newsledger.article import Article
    from newsledger.nlp.parallel import Outcome

    article = Article(text="The minister said the talks would resume on Monday.", source="a.txt")
    record = {"article": {"id": article.id, "text": article.text, "source": "a.txt"}}
    path = tmp_path / "l.db"

    def racing_analyser(articles):
        for item in articles:  # the other process commits it while this one analyses
            with Ledger(path) as other:
                assert other.write([record]) == 1
            yield Outcome(item.source, record)

    with Ledger(path) as ledger:
        report = ingest(ledger, [article], racing_analyser)
    assert (report.added, report.skipped, report.failed) == (0, 1, 0)
    assert counts(path)["articles"] == 1


def test_skipped_files_summary_is_a_notice_not_a_failure(tmp_path, capsys):
    from newsledger.article import Article, SkippedFiles
    from newsledger.nlp.parallel import Outcome

    article = Article(text="Officials said the budget was approved on Friday.", source="b.txt")
    skipped = SkippedFiles("corpus", {".png": 2, ".pdf": 1})

    def analyser(articles):
        for item in articles:
            yield Outcome(item.source, {"article": {"id": item.id, "text": item.text}})

    with Ledger(tmp_path / "l.db") as ledger:
        report = ingest(ledger, [skipped, article], analyser)
        stored_failures = ledger.counts()["failures"]
    assert (report.added, report.skipped, report.failed) == (1, 0, 0)
    assert report.failures == [] and stored_failures == 0
    assert capsys.readouterr().err.splitlines() == [f"newsledger: {skipped}"]


def _analysis_counts(db) -> dict[str, int]:
    tables = ("entities", "entity_links", "canonical_entities", "attributions", "claim_clusters")
    with sqlite3.connect(db) as conn:
        found = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    conn.close()
    return found


def _assert_analysis_complete(db) -> None:
    found = _analysis_counts(db)
    assert found["canonical_entities"] > 0 and found["claim_clusters"] > 0, found
    assert found["entity_links"] == found["entities"], found


def test_ingest_catches_up_an_analysis_it_skipped(tmp_path, sample_path, nlp):
    db = str(tmp_path / "l.db")
    first = CliRunner().invoke(main, ["ingest", db, sample_path, "--workers", "1", "--no-analyse"])
    assert first.exit_code == 0, first.output
    assert _analysis_counts(db)["canonical_entities"] == 0
    again = CliRunner().invoke(main, ["ingest", db, sample_path, "--workers", "1"])
    assert again.exit_code == 0, again.output
    assert "added 0, already present 4" in again.stderr
    _assert_analysis_complete(db)


def test_ingest_repairs_an_analysis_that_crashed(tmp_path, sample_path, nlp, monkeypatch):
    """The update dies after linking entities and clustering claims: its transaction is
    rolled back, as after kill -9, and the next ingest (nothing new to add) redoes it."""
    import newsledger.analysis.update as update

    def killed(conn, embedder=None):
        raise RuntimeError("killed during the update")

    db = str(tmp_path / "l.db")
    monkeypatch.setattr(update, "update_disagreements", killed)
    crashed = CliRunner().invoke(main, ["ingest", db, sample_path, "--workers", "1"])
    assert crashed.exit_code == 1
    assert "[NL012]" in crashed.stderr and "Traceback" not in crashed.stderr
    assert "added 4" in crashed.stderr
    assert _analysis_counts(db)["canonical_entities"] == 0
    monkeypatch.undo()
    again = CliRunner().invoke(main, ["ingest", db, sample_path, "--workers", "1"])
    assert again.exit_code == 0, again.output
    assert "added 0, already present 4" in again.stderr
    _assert_analysis_complete(db)
