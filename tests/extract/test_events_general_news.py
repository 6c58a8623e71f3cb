"""Precision on general news: disasters, markets and sport are not political events unless a
political actor acts in them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A powerful earthquake struck the coast on Tuesday, killing 40 people.",
        "The storm battered the island overnight.",
        "Quarterly earnings beat analysts' estimates, and shares rose.",
        "Oil prices hit a record as the dollar fell.",
        "Arsenal beat Chelsea 2-1 in the league match on Sunday.",
        "The visitors attacked down the left wing before the striker scored.",
    ],
)
def test_no_political_event(analyse_text, text: str) -> None:
    assert analyse_text(text, "2024-05-01")["events"] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police arrested 12 protesters after the match.", "arrested"),
        ("The army sent troops to the flooded towns.", "sent"),
        ("Troops attacked rebel positions near the border.", "attacked"),
    ],
)
def test_a_political_actor_keeps_the_event(analyse_text, text: str, trigger: str) -> None:
    triggers = [e["trigger"]["text"] for e in analyse_text(text, "2024-05-01")["events"]]
    assert trigger in triggers
