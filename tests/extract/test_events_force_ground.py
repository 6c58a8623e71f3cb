"""Blockades, ground seized and human shields are use of force (CAMEO 191, 192, 1823; PLOVER
FIGHT and ASSAULT), not coercion like an arrest or a confiscation; serving in peacekeeping
is security given to others (AID). Cue tables; sentences written for these tests; rules
without the learned model."""

from __future__ import annotations

import pytest
from tests.extract.events_helpers import triggers

pytestmark = pytest.mark.usefixtures("events_rules_only")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The army imposed a blockade on the rebel port of Hodeidah.", ("blockade", "FIGHT")),
        (
            "Government troops blockaded the opposition's compound on Sunday.",
            ("blockaded", "FIGHT"),
        ),
        ("Rebel fighters seized the town of Kidal after two days.", ("seized", "FIGHT")),
        ("The militia captured three villages north of the river.", ("captured", "FIGHT")),
        ("The insurgents used villagers as human shields.", ("used", "ASSAULT")),
        ("The gunmen held dozens of pilgrims as human shields.", ("held", "ASSAULT")),
    ],
)
def test_force_over_ground_and_shields(analyse_text, text: str, event: tuple[str, str]) -> None:
    assert event in triggers(analyse_text, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Police seized two tonnes of cocaine at the port.", ("seized", "COERCE")),
        ("Customs officers seized the tanker's cargo.", ("seized", "COERCE")),
        ("Police arrested the opposition leader.", ("arrested", "COERCE")),
    ],
)
def test_seizing_property_stays_coercion(analyse_text, text: str, event: tuple[str, str]) -> None:
    assert event in triggers(analyse_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bangladeshi troops take part in peacekeeping operations in Mali.",
        "About 2,000 Nepali soldiers served in the UN peacekeeping mission in Lebanon.",
        "Fijian soldiers participate in peacekeeping missions in the Golan Heights.",
    ],
)
def test_serving_in_peacekeeping_is_aid(analyse_text, text: str) -> None:
    assert "AID" in {t[1] for t in triggers(analyse_text, text)}
