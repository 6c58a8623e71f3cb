"""Docs that cannot drift: the CLI reference is generated, and README's promises hold."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_reference():
    spec = importlib.util.spec_from_file_location(
        "cli_reference", ROOT / "scripts" / "cli_reference.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current():
    module = load_reference()
    assert (ROOT / "docs" / "cli.md").read_text() == module.reference(), (
        "docs/cli.md is stale: run .venv/bin/python scripts/cli_reference.py"
    )


def test_every_command_is_in_the_readme_or_reference():
    from newsledger.cli.main import main

    reference = (ROOT / "docs" / "cli.md").read_text()
    for name in main.commands:
        assert f"## newsledger {name}" in reference


def test_readme_gives_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text()
    assert "    make demo\n" in readme and "    make test\n" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()
