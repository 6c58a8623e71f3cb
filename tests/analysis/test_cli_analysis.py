import json

import pytest
from click.testing import CliRunner

import newsledger.cli.analysis  # noqa: F401  (registers the commands on `main`)
from newsledger.analysis.update import update_analysis
from newsledger.cli.main import main

CLAIM = "the troops will leave Iraq before the end of the year"


@pytest.fixture
def analysed(ledger, embedder, record):
    ents = [("Tony Blair", "PERSON"), ("Iraq", "GPE")]
    ledger.write([
        record(f"Britain has 8,000 troops in Iraq. Tony Blair said {CLAIM}.", "2006-05-02", ents,
               [("Tony Blair", "named", CLAIM)], [("8,000", 8000, "exact", "troops")]),
        record(f"Britain keeps 7,200 troops in Iraq. Prime Minister Blair said {CLAIM}.",
               "2006-05-03", [("Prime Minister Blair", "PERSON"), ("Iraq", "GPE")],
               [("Prime Minister Blair", "named", CLAIM)], [("7,200", 7200, "exact", "troops")]),
    ])  # fmt: skip
    update_analysis(ledger, embedder)
    return str(ledger.path)


def _rows(args):
    result = CliRunner().invoke(main, [*args, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_claims_lists_the_repeated_claim(analysed):
    [row] = _rows(["claims", analysed])
    assert row["articles"] == 2 and row["sources"] == 1 and row["claim"] == CLAIM
    assert _rows(["claims", analysed, "--entity", "Blair"])[0]["cluster"] == row["cluster"]
    timeline = _rows(["claims", analysed, "--cluster", str(row["cluster"])])
    assert [r["published"] for r in timeline] == ["2006-05-02", "2006-05-03"]


def test_disagreements_and_entity(analysed):
    [row] = _rows(["disagreements", analysed])
    assert {row["says_a"], row["says_b"]} == {"8,000", "7,200"} and "Iraq" in row["about"]
    assert row["kind"] == "conflict" and row["measure"] == "troop" and row["source_a"] is None
    assert (row["published_a"], row["value_a"]) == ("2006-05-02", 8000)
    result = CliRunner().invoke(main, ["entity", analysed, "Tony Blair", "--format", "jsonl"])
    assert result.exit_code == 0
    assert "2 articles" in result.stderr and "[title]" in result.stderr
    assert [json.loads(line)["kind"] for line in result.stdout.splitlines()] == ["said", "said"]


def test_commands_ask_for_analysis_first(tmp_path):
    from newsledger.ledger.store import Ledger

    Ledger(tmp_path / "empty.db").close()
    runner = CliRunner()
    assert runner.invoke(main, ["analyse", str(tmp_path / "empty.db")]).exit_code == 0
    result = runner.invoke(main, ["entity", str(tmp_path / "empty.db"), "Nobody"])
    assert result.exit_code != 0 and "no entity" in result.output


def test_analysis_behind_notices_each_step_left_behind(ledger, embedder, record):
    from newsledger.analysis.update import analysis_behind

    assert not analysis_behind(ledger.conn)
    ledger.write([record(f"Tony Blair said {CLAIM}.", "2006-05-02", [("Tony Blair", "PERSON")],
                         [("Tony Blair", "named", CLAIM)])])  # fmt: skip
    assert analysis_behind(ledger.conn)
    update_analysis(ledger, embedder)
    assert not analysis_behind(ledger.conn)
    ledger.write([record("Britain has 8,000 troops there.", "2006-05-03",
                         quantities=[("8,000", 8000, "exact", "troops")])])  # fmt: skip
    assert analysis_behind(ledger.conn)  # only the numbers step has something to read
    update_analysis(ledger, embedder)
    assert not analysis_behind(ledger.conn)


def test_analyse_failure_is_one_line(ledger, record, monkeypatch):
    import newsledger.analysis.update as update

    def broken(conn, embedder=None):
        raise RuntimeError("disk full")

    ledger.write([record("Britain has 8,000 troops there.", "2006-05-03")])
    monkeypatch.setattr(update, "update_disagreements", broken)
    result = CliRunner().invoke(main, ["analyse", str(ledger.path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("newsledger: [NL012] ") and "disk full" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
