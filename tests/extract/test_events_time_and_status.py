"""An event's time comes from its own clause; events still to come are planned; committing
not to act is a refusal."""

from __future__ import annotations

import pytest


def events(analyse_text, text: str) -> list[dict]:
    return analyse_text(text, "2024-11-17")["events"]


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("The rebels, in power since 2003, fought government troops on Monday.", "fought",
         "2024-11-11"),
        ("Libya offered to hand over two men suspected of blowing up a plane in 1988.",
         "offered", None),
        ("Troops attacked the town in March 2022.", "attacked", "2022-03"),
    ],
)  # fmt: skip
def test_time_from_the_events_own_clause(analyse_text, text, trigger, time) -> None:
    found = {e["trigger"]["text"]: e["time"] for e in events(analyse_text, text)}
    assert found[trigger] == time


@pytest.mark.parametrize(
    "text",
    ["The two presidents are due to hold a summit in three weeks.",
     "The foreign ministers will hold talks in Geneva on December 3."],
)  # fmt: skip
def test_events_still_to_come_are_planned(analyse_text, text) -> None:
    assert [e["status"] for e in events(analyse_text, text)] == ["planned"]


def test_committing_not_to_act_is_a_refusal(analyse_text) -> None:
    [event] = events(analyse_text, "The two parties agreed not to support the motion.")
    assert (event["type"], event["status"]) == ("REJECT", "happened")


def test_a_summit_due_on_a_date_is_planned_for_that_date(analyse_text):
    record = analyse_text(
        "The summit, due to take place on June 20, will focus on trade.", "2024-05-01"
    )
    [summit] = [e for e in record["events"] if e["trigger"]["text"] == "summit"]
    assert (summit["status"], summit["time"]) == ("planned", "2024-06-20")
