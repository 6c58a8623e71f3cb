"""Cues the tables hold but a sentence hides: a particle the parser took for the object's
adjective ("let free activists"), an attack told by its weapon ("hit positions with a
missile"). Sentences written for these tests; rules without the learned model."""

from __future__ import annotations

import pytest
from tests.extract.events_helpers import triggers

pytestmark = pytest.mark.usefixtures("events_rules_only")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Bahrain let free dozens of jailed protesters on Sunday.", ("let", "RETREAT")),
        ("Myanmar set free hundreds of political prisoners.", ("set", "RETREAT")),
        (
            "Rebel forces hit army barracks near the airport with rockets.",
            ("hit", "FIGHT"),
        ),
        ("The navy hit radar sites on the coast with cruise missiles.", ("hit", "FIGHT")),
    ],
)
def test_hidden_cues_are_read(analyse_text, text: str, event: tuple[str, str]) -> None:
    assert triggers(analyse_text, text)[0] == event


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit the coast with heavy rain.",
        "Rising prices hit households with higher bills.",
    ],
)
def test_no_weapon_no_attack(analyse_text, text: str) -> None:
    assert triggers(analyse_text, text) == []
