"""An agreement reached, struck or agreed is concluded, as one signed (CAMEO 057, PLOVER
SUPPORT); a promise to conclude one stays AGREE and a failure to reach one is REJECT. Cue
tables; sentences written for these tests; rules without the learned model."""

from __future__ import annotations

import pytest
from tests.extract.events_helpers import triggers

pytestmark = pytest.mark.usefixtures("events_rules_only")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Ghana and Togo reached an agreement on their maritime border.", ("reached", "SUPPORT")),
        ("Chile and Peru struck a deal on fishing rights on Friday.", ("struck", "SUPPORT")),
        ("Britain and Japan have agreed a free trade agreement.", ("agreed", "SUPPORT")),
        ("Kenya and Ethiopia agreed to a new border pact.", ("agreed", "SUPPORT")),
    ],
)
def test_an_agreement_concluded_is_support(analyse_text, text: str, event: tuple[str, str]):
    assert triggers(analyse_text, text)[0] == event


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The two sides failed to reach a deal on the border.", ("reach", "REJECT")),
        ("The rebels will sign a peace accord next week.", ("sign", "AGREE")),
        ("The EU agreed to a ceasefire plan.", ("agreed", "AGREE")),
    ],
)
def test_agreements_not_concluded(analyse_text, text: str, event: tuple[str, str]) -> None:
    assert triggers(analyse_text, text)[0] == event
