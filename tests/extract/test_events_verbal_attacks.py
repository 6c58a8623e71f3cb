"""An attack on a law, a policy or proceedings, or one that calls its target names, is made
in words (PLOVER ACCUSE, newsledger DISAPPROVE), not with arms (events.violence). Sentences
written for these tests; rules without the learned model."""

from __future__ import annotations

import pytest
from tests.extract.events_helpers import triggers

pytestmark = pytest.mark.usefixtures("events_rules_only")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The Kremlin launched a fierce attack on the new European sanctions policy.",
            ("attack", "DISAPPROVE"),
        ),
        (
            "The opposition party has led the attacks on the budget and the pension reform.",
            ("attacks", "DISAPPROVE"),
        ),
        (
            "The Kenyan government attacked the court's ruling on Tuesday.",
            ("attacked", "DISAPPROVE"),
        ),
        (
            "The ruling party launched an attack on the Supreme Court judges, calling them "
            "traitors.",
            ("attack", "DISAPPROVE"),
        ),
    ],
)
def test_attacks_in_words(analyse_text, text: str, event: tuple[str, str]) -> None:
    assert triggers(analyse_text, text)[0] == event


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces launched an attack on Kharkiv on Monday.",
        "Rebels attacked an army convoy near the border.",
    ],
)
def test_armed_attacks_stay_force(analyse_text, text: str) -> None:
    assert triggers(analyse_text, text)[0][1] in {"FIGHT", "ASSAULT"}
