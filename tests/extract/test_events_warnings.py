"""A warning to the public what to do is advice, not a threat; forces or states warning
someone still threaten (events.warning_kinds)."""

from __future__ import annotations

import pytest
from tests.extract.events_helpers import triggers


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures soared above 40C, and authorities warned elderly people to stay indoors.",
        "Police warned motorists to avoid the motorway after the storm.",
    ],
)
def test_advice_to_the_public_is_no_threat(analyse_text, text: str) -> None:
    assert triggers(analyse_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army warned villagers to leave the area.",
        "Iran warned Israel to stop the strikes.",
    ],
)
def test_a_warning_to_an_adversary_still_threatens(analyse_text, text: str) -> None:
    assert ("warned", "THREATEN") in triggers(analyse_text, text)
