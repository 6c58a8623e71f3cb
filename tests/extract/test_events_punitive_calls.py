"""A call for sanctions or punishment against someone, naming no one to carry it out,
condemns them (events.punitive_calls); a call on someone named stays a demand. Sentences
written for these tests; rules without the learned model."""

from __future__ import annotations

import pytest
from tests.extract.events_helpers import triggers

pytestmark = pytest.mark.usefixtures("events_rules_only")


@pytest.mark.parametrize(
    "text",
    [
        "Several Baltic lawmakers called for sanctions against the Belarusian interior ministry.",
        "The rights group is calling for the prosecution of the police commanders.",
    ],
)
def test_a_call_for_punishment_condemns(analyse_text, text: str) -> None:
    assert triggers(analyse_text, text)[0][1] == "DISAPPROVE"


def test_the_condemned_is_the_target(analyse_text) -> None:
    events = analyse_text("The senators called for sanctions against the junta.")["events"]
    assert events[0]["type"] == "DISAPPROVE"
    assert events[0]["target_span"]["text"] == "the junta"


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers called on the EU to impose sanctions on Russia.",
        "The union called for a general strike.",
    ],
)
def test_other_calls_stay_demands(analyse_text, text: str) -> None:
    assert triggers(analyse_text, text)[0][1] == "DEMAND"
