"""The learned event category model: ships, loads offline, is recorded, maps roots back."""

from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path

import pytest

from newsledger.extract.events.category_model import (
    CategoryModel,
    from_root,
    recategorise,
    shipped_category_model,
    to_root,
)

PLV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "plv" / "PLV_train.tsv"


def test_the_model_ships_in_the_package_and_loads_offline() -> None:
    raw = resources.files("newsledger.data").joinpath("events_category_model.json").read_bytes()
    assert len(raw) < 2_000_000  # about 1.1 MB of JSON today
    model = shipped_category_model()
    assert model is not None
    assert model.version.startswith("events-category/")
    assert {"ACCUSE", "ASSAULT", "AGREE", "REQUEST", "YIELD"} <= set(model.roots)
    assert 0.0 <= model.threshold < 1.0


def test_distribution_is_the_softmax_of_the_weighted_sums() -> None:
    model = CategoryModel(
        "m", ("A", "B"), {"x": {"A": 1.0}, "y": {"B": 2.0}}, {"A": 0.0, "B": -1.0}, 0.5
    )
    got = model.distribution({"x": 1.0, "y": 1.0, "unknown": 3.0})
    expected_a = math.exp(1.0) / (math.exp(1.0) + math.exp(1.0))
    assert got["A"] == pytest.approx(expected_a) and sum(got.values()) == pytest.approx(1.0)
    assert CategoryModel.from_json(json.loads(json.dumps(model.to_json()))) == model


@pytest.mark.parametrize(
    ("root", "rules", "recorded"),
    [
        ("ACCUSE", "INVESTIGATE", "INVESTIGATE"),  # the rules' finer category stays
        ("ACCUSE", "AGREE", "DISAPPROVE"),
        ("REQUEST", "COERCE", "DEMAND"),
        ("ASSAULT", "FIGHT", "FIGHT"),
        ("SUPPORT", "AGREE", "SUPPORT"),
    ],
)
def test_roots_map_back_to_newsledger_categories(root: str, rules: str, recorded: str) -> None:
    assert from_root(root, rules) == recorded
    assert to_root(recorded) == root


def test_without_a_model_the_rules_decide() -> None:
    assert recategorise([], None) == "rules"


def test_every_event_names_what_decided_its_category(analyse_text) -> None:
    record = analyse_text("The union accused the ministry of hiding the report.", "2024-05-02")
    assert record["events"]
    model = shipped_category_model()
    assert model is not None
    assert {e["model"] for e in record["events"]} == {model.version}


@pytest.mark.skipif(not PLV.exists(), reason="PLV_train is not beside the repository")
def test_training_runs_end_to_end_on_a_few_sentences(capsys) -> None:
    from training.events import main

    assert main(["--limit", "60", "--dry-run"]) == 0
    assert "rules alone" in capsys.readouterr().out
