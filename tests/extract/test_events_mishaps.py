"""Harm no one did, and other general-news senses: no political event unless a political
actor acts (issue #18)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # a vehicle in a report that opens on its crash
        "Helicopter crash kills 15 near border\n\nThe helicopter hit a power line before "
        "bursting into flames when it struck the ground on Thursday.",
        "Car crash leaves one dead\n\nAlthough the driver of the car was fatally injured, the "
        "driver of the van was unhurt.",
        # "one of the aircraft" is an aircraft
        "One of the aircraft crashed on Monday, killing twelve soldiers and five crew members.",
        "The second plane made a forced landing which injured five passengers.",
        "A storm produced huge waves, which sank two cargo ships.",
        "A bus overturned on the highway, killing 14 passengers.",
    ],
)
def test_accidents_and_nature_are_no_political_event(analyse_text, text: str) -> None:
    assert analyse_text(text, "2024-05-01")["events"] == []


def test_waves_of_strikes_are_still_violence(analyse_text) -> None:
    events = analyse_text("Waves of air strikes killed 20 villagers.", "2024-05-01")["events"]
    assert "killed" in [e["trigger"]["text"] for e in events]
