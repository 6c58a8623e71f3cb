"""FIGHT, ASSAULT or words: the kind of violence a clause reports (events_violence)."""

from __future__ import annotations

import pytest

from newsledger.extract.events.clauses import main_event


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # armed parties on both sides fight, whatever the weapon
        ("Government troops killed eight insurgents in a bombing raid.", "FIGHT"),
        ("Army units and rebels clashed near the airport.", "FIGHT"),
        # one-sided: civilians or named people as victims, or terror means
        ("Gunmen killed six villagers in an attack on a market.", "ASSAULT"),
        ("A car bomb killed nine people outside a hotel.", "ASSAULT"),
        ("Militants beheaded a kidnapped engineer.", "ASSAULT"),
        # a place taken is not its civilians hit
        ("Rebels captured the city of Goma after days of fighting.", "FIGHT"),
        # words, not blows: named people attacking each other, with no one armed
        ("Warren attacked Bloomberg over his record on policing.", "DISAPPROVE"),
        ("The senator's scathing attacks on the governor continued.", "DISAPPROVE"),
    ],
)
def test_violence_kind(nlp, text, category):
    event = main_event(nlp(text)[:])
    assert event is not None and event.category == category


def test_an_armed_attacker_is_never_only_words(nlp):
    event = main_event(nlp("Gunmen attacked Senator Smith outside his home.")[:])
    assert event is not None and event.category == "ASSAULT"
