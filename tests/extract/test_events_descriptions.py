"""Backing that describes an actor ("rebels backed by Turkey") is no event; the sentence's
event is what the actor did (events.descriptions). Sentences written for these tests; rules
without the learned model."""

from __future__ import annotations

import pytest
from tests.extract.events_helpers import triggers

pytestmark = pytest.mark.usefixtures("events_rules_only")


@pytest.mark.parametrize(
    ("text", "backing", "event"),
    [
        ("Militias backed by Iran fired rockets at the base.", "backed", "fired"),
        (
            "Government troops, supported by Russian aircraft, shelled the rebel town on Sunday.",
            "supported",
            "shelled",
        ),
    ],
)
def test_backing_of_an_actor_is_no_event(analyse_text, text: str, backing: str, event: str):
    found = [trigger for trigger, _ in triggers(analyse_text, text)]
    assert backing not in found
    assert found[0] == event


def test_support_given_to_a_plan_stays(analyse_text) -> None:
    found = triggers(analyse_text, "The peace plan, backed by France and Germany, was unveiled.")
    assert ("backed", "SUPPORT") in found
