"""The command line: records on stdout, one-line errors on stderr, documented exit codes."""

import gzip
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsledger.cli.main import main

BODY = (
    "The minister said on Monday that the talks would resume in Geneva next week, officials said."
)


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def invoke(runner, *args, input=None):
    result = runner.invoke(main, list(args), input=input, catch_exceptions=False)
    return result


def test_read_seed_json(runner, nlp, seed_article):
    result = invoke(runner, "read", seed_article.source, "--format", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    article = record["article"]
    assert record["schema"] == "newsledger.article/1"
    assert (
        article["headline"] == "Biden Allows Ukraine to Strike Russia With Long-Range U.S. Missiles"
    )
    assert article["published"] == "2024-11-17"
    assert article["authors"] == ["Adam Entous", "Eric Schmitt", "Julian E. Barnes"]
    assert article["dateline"] == "Washington"
    for key in ("entities", "attributions", "timexes", "quantities", "events"):
        assert isinstance(record[key], list)


def test_stdin_and_published_override(runner, nlp):
    result = invoke(
        runner, "read", "-", "--format", "jsonl", "--published", "2020-02-03", input=BODY
    )
    assert result.exit_code == 0
    [line] = result.stdout.splitlines()
    assert json.loads(line)["article"]["published"] == "2020-02-03"


def test_md_report(runner, nlp):
    result = invoke(
        runner,
        "read",
        "-",
        "--format",
        "md",
        input="Talks Resume\n\n" + BODY + "\nMore text here, a spokesman said.",
    )
    assert result.exit_code == 0
    assert result.stdout.startswith("# Talks Resume")
    assert "## Sourcing" in result.stdout


def test_several_articles_make_a_json_array(runner, nlp, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps({"text": f"{BODY} Number {i}."}) for i in range(3)))
    result = invoke(runner, "read", str(path))
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 3


def test_bad_usage_exit_code(runner):
    assert invoke(runner, "read", "-", "--published", "17/11/2024", input=BODY).exit_code == 2
    assert invoke(runner, "read", "-", "--format", "xml", input=BODY).exit_code == 2


BAD_INPUTS = {
    "empty.txt": (b"", "NL001"),
    "binary.bin": (bytes(range(256)) * 20, "NL002"),
    # Undecodable bytes: either no encoding fits, or the one that fits gives non-English.
    "broken.txt": (b"The minister said " + b"\xff\xfe\xfa" * 3 + b"\x81\x8d" * 40, "NL003|NL005"),
    "french.txt": ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites, a déclaré le ministre devant les députés de l'Assemblée.".encode(), "NL005"),
    "nothing.html": (b"<html><body><nav>Home</nav><div>Menu</div></body></html>", "NL006"),
    "truncated.jsonl": (json.dumps({"text": BODY}).encode() + b'\n{"text": "The minis', "NL008"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_one_line_and_exit_1(runner, nlp, tmp_path, name):
    data, code = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = invoke(runner, "read", str(path), "--format", "jsonl")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert any(line.startswith(f"newsledger: [{c}] ") for c in code.split("|") for line in lines), (
        result.stderr
    )
    assert "Traceback" not in result.stderr


def test_huge_file_is_refused_without_reading_it_all(runner, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"The president said the economy grew. " * (50_000_000 // 37 + 1))
    result = invoke(runner, "read", str(path))
    assert result.exit_code == 1
    assert "[NL004]" in result.stderr


def test_directory_with_broken_file_goes_on(runner, nlp, tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.txt").write_bytes(b"\x00" * 100)
    (tmp_path / "c.jsonl.gz").write_bytes(
        gzip.compress(json.dumps({"text": BODY + " Again."}).encode())
    )
    result = invoke(runner, "read", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2
    assert "[NL002]" in result.stderr


def test_real_entry_point_has_no_traceback(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    exe = [sys.executable, "-m", "newsledger", "read", str(path)]
    done = subprocess.run(exe, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.startswith("newsledger: [NL001]")
    assert "Traceback" not in done.stderr
    version = subprocess.run(
        [sys.executable, "-m", "newsledger", "--version"], capture_output=True, text=True
    )
    assert version.stdout.startswith("newsledger, version ")


def test_workers_keep_input_order(runner, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": f"n{i}", "text": f"{BODY} Item {i}."}) for i in range(5))
    )
    result = invoke(
        runner, "read", str(path), "--format", "jsonl", "--workers", "2", "--batch-size", "1"
    )
    assert result.exit_code == 0
    ids = [json.loads(line)["article"]["external_id"] for line in result.stdout.splitlines()]
    assert ids == [f"n{i}" for i in range(5)]


@pytest.mark.parametrize("paths", [[""], ["-", "  "]])
def test_empty_path_is_a_usage_error_on_one_line(runner, tmp_path, monkeypatch, paths):
    monkeypatch.chdir(tmp_path)  # were "" read as ".", it would read this folder, not a checkout
    (tmp_path / "here.txt").write_text(BODY)
    result = invoke(runner, "read", *paths, input=BODY)
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("newsledger: [NL015] PATHS")


def test_directory_reads_articles_only_and_summarises_the_rest(runner, nlp, tmp_path):
    (tmp_path / "article.txt").write_text(BODY)
    for folder in (".venv", ".git", "node_modules"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "notes.txt").write_text(BODY + f" In {folder}.")
    (tmp_path / "script.py").write_text("print('hello')\n")
    result = invoke(runner, "read", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.splitlines() == [
        f"newsledger: {tmp_path}: skipped 1 file of types newsledger does not read (.py ×1)"
    ]


def test_directory_with_no_article_exits_1_on_one_line(runner, tmp_path):
    (tmp_path / "script.py").write_text("print('hello')\n")
    result = invoke(runner, "read", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[0].startswith(f"newsledger: [NL017] {tmp_path}: ")
    assert len([line for line in result.stderr.splitlines() if "[NL" in line]) == 1
