"""A small ledger built once from the shipped Wikinews sample (CC BY 2.5)."""

from __future__ import annotations

from importlib import resources

import pytest


@pytest.fixture(scope="session")
def sample_path():
    return str(resources.files("newsledger.samples").joinpath("wikinews-sample.jsonl"))


@pytest.fixture(scope="session")
def sample_ledger(tmp_path_factory, sample_path, nlp):
    from newsledger.ledger.ingest import ingest, local_analyser, read_sources
    from newsledger.ledger.store import Ledger

    path = tmp_path_factory.mktemp("ledger") / "sample.db"
    with Ledger(path) as ledger:
        report = ingest(ledger, read_sources([sample_path]), local_analyser(1, 4))
    assert report.added == 4 and report.failed == 0
    return path
