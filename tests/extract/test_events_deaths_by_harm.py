"""A death from torture is torture done to the dead (PLOVER ASSAULT): the harm noun names no
doer or victim itself, the one who died is its target. Sentences written for these tests;
rules without the learned model."""

from __future__ import annotations

import pytest
from tests.extract.events_helpers import triggers

pytestmark = pytest.mark.usefixtures("events_rules_only")


@pytest.mark.parametrize(
    "text",
    [
        "A jailed Egyptian journalist died in custody after torture.",
        "An opposition activist has died as a result of the torture he suffered in a police cell.",
        "A detained Uighur poet died due to repeated torture, his family said.",
    ],
)
def test_death_after_torture_is_an_assault(analyse_text, text: str) -> None:
    assert ("torture", "ASSAULT") in triggers(analyse_text, text)


def test_the_dead_is_the_target(analyse_text) -> None:
    events = analyse_text("A jailed Egyptian journalist died in custody after torture.")["events"]
    assert events[0]["target_span"]["text"] == "A jailed Egyptian journalist"
