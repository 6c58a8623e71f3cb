"""An event noun's status and time come from the verb that tells of it: "the summit is
expected to focus on trade" lies ahead; "talks are due to start next week" are dated next
week (issue #18)."""

from __future__ import annotations

import pytest


def _event(record, trigger):
    return next(e for e in record["events"] if e["trigger"]["text"] == trigger)


@pytest.mark.parametrize(
    "text",
    [
        "The summit between the two presidents is expected to focus on trade.",
        "The talks between the two governments are due to start in Oslo.",
    ],
)
def test_an_event_noun_scheduled_ahead_is_planned(analyse_text, text: str) -> None:
    trigger = text.split()[1]
    assert _event(analyse_text(text, "2024-05-01"), trigger)["status"] == "planned"


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("The talks between the two governments are due to start in Oslo next week.", "talks",
         "2024-W19"),
        ("The summit between the two leaders is set to take place in July.", "summit",
         "2024-07"),
        ("A NATO summit will be held in Vilnius in July.", "summit", "2024-07"),
        ("Talks between the rebels and the government began on Monday.", "Talks", "2024-04-29"),
    ],
)  # fmt: skip
def test_an_event_noun_is_dated_by_the_verb_saying_it_takes_place(
    analyse_text, text: str, trigger: str, time: str
) -> None:
    assert _event(analyse_text(text, "2024-05-01"), trigger)["time"] == time


def test_a_date_of_another_verb_is_not_the_noun_s(analyse_text) -> None:
    record = analyse_text(
        "The attack on the embassy, which was condemned on Friday, killed three guards.",
        "2024-05-01",
    )
    assert _event(record, "attack")["time"] is None
