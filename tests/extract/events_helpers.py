"""Shared by the event rule tests: the (trigger, category) pairs of a snippet's events."""

from __future__ import annotations


def triggers(analyse_text, text: str) -> list[tuple[str, str]]:
    """(trigger text, category) of each event of `text`, published 2024-05-01."""
    return [(e["trigger"]["text"], e["type"]) for e in analyse_text(text, "2024-05-01")["events"]]
