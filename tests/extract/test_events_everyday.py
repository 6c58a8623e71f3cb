"""Everyday senses of cue words (extract/events/everyday.py): markets moving, trading halted,
goods ordered, a poll's support, a labour strike, and idioms ("captured on camera", "under
his command", "took it for granted", "a margin call") yield no political event of the cue's
sense. Sentences written for these tests; rules without the learned model."""

from __future__ import annotations

import pytest
from tests.extract.events_helpers import triggers

pytestmark = pytest.mark.usefixtures("events_rules_only")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister admitted that house prices are declining in the capital.", "declining"),
        ("Small savers keep sinking their pensions into the bond market.", "sinking"),
        ("A power cut halted trading on the Frankfurt exchange for two hours.", "halted"),
        ("Trading in the lender's shares was suspended by the regulator.", "suspended"),
        ("The Nikkei crossed 40,000 on Friday for the first time.", "crossed"),
        ("The mayor told reporters that a margin call had been feeding on itself.", "feeding"),
        ("The rally in bank shares took the FTSE to a new high.", "rally"),
        ("Qantas ordered 12 Airbus jets, the minister said.", "ordered"),
        ("The airline ordered 8 regional jet s with a value of $400 million.", "ordered"),
        ("The senator paid for a portrait she ordered for $20,000.", "ordered"),
        ("The governor ended the count with 58 percent support.", "support"),
        ("The president is drawing strong support from voters in the north.", "support"),
        ("The riot outside parliament was captured on camera by a tourist.", "captured"),
        ("Gold retreated to $2,310 an ounce after the Fed spoke.", "retreated"),
        ("The union said wheat supply was meeting the demands of millers.", "meeting"),
        ("The Greens are beating the Liberals by 4% in the latest survey.", "beating"),
        ("The mayor said the new funding gives the city a fighting chance.", "fighting"),
        ("The colonel said troops under his command obeyed the law.", "command"),
        ("The finance minister said nobody should take low inflation for granted.", "granted"),
    ],
)
def test_everyday_sense_is_no_event(analyse_text, text: str, word: str) -> None:
    assert word not in [t[0] for t in triggers(analyse_text, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Portugal went on strike on Tuesday against the pension reform.",
        "Transport workers in Lisbon are on strike.",
    ],
)
def test_on_strike_is_a_protest_not_fighting(analyse_text, text: str) -> None:
    types = {t[1] for t in triggers(analyse_text, text) if t[0] == "strike"}
    assert types <= {"PROTEST"}
    assert "FIGHT" not in {t[1] for t in triggers(analyse_text, text)}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The president ordered the army to leave the capital.", ("ordered", None)),
        ("The navy sank a smuggling ship off the coast.", ("sank", "FIGHT")),
        ("Protesters held a rally outside the stock exchange.", ("rally", "PROTEST")),
        ("The European Union pledged support for Moldova.", (None, "SUPPORT")),
        ("The two parties were trading accusations over the budget.", (None, "DISAPPROVE")),
        ("Ukrainian forces struck an ammunition depot in Crimea.", ("struck", "FIGHT")),
    ],
)
def test_political_senses_kept(
    analyse_text, text: str, event: tuple[str | None, str | None]
) -> None:
    word, category = event
    assert any(
        word in (None, t[0]) and category in (None, t[1]) for t in triggers(analyse_text, text)
    )
