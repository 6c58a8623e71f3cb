"""News's routine that event cues misread (extract/events/routine.py): a reporter's request
for comment, disasters, accidents, match results, market moves, targets met and figures
released yield no event. Sentences written for these tests; rules without the learned model."""

from __future__ import annotations

import pytest
from tests.extract.events_helpers import triggers

pytestmark = pytest.mark.usefixtures("events_rules_only")


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry did not answer a request from Bloomberg for comment on Tuesday.",
        "A request by the Guardian for an interview with the defence minister went unanswered.",
    ],
)
def test_a_reporters_request_is_no_demand(analyse_text, text: str) -> None:
    assert not [t for t in triggers(analyse_text, text) if t[1] == "DEMAND"]


@pytest.mark.parametrize(
    "text",
    [
        "Cyclone Freddy struck southern Malawi on Sunday, killing dozens.",
        "A Kyiv bank fire killed four employees.",
        "The bus overturned on a mountain road, injuring 25 pilgrims.",
        "Real Madrid beat Sevilla 3-1 on Sunday.",
        "Aer Lingus shares are down 3%. Easyjet has declined 11%.",
        "Thursday's 3.4% rally was the biggest in a year.",
        "The state met its renewable energy targets two years early.",
        "Census figures released Monday show the population grew.",
    ],
)
def test_routine_news_yields_no_event(analyse_text, text: str) -> None:
    assert triggers(analyse_text, text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The junta released 40 political prisoners on Friday.", "released"),
        ("Riot police beat students with batons outside the parliament.", "beat"),
        ("The prime minister met the opposition leader on Monday.", "met"),
        ("The army captured the town after a 2-1 vote in parliament.", "captured"),
    ],
)
def test_political_senses_stay(analyse_text, text: str, trigger: str) -> None:
    assert trigger in [t[0] for t in triggers(analyse_text, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Cyclist wins mountain stage\n\nThe Belgian rider attacked on the final climb and "
        "crossed the line alone.",
        "Tennis champion withdraws\n\nThe world number three pulled out of the tournament "
        "with a back injury.",
        "Rugby star banned\n\nThe England rugby player was banned for six weeks after he "
        "punched an opponent.",
    ],
)
def test_a_sports_report_holds_no_event(analyse_text, text: str) -> None:
    assert triggers(analyse_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US to boycott Olympics\n\nThe United States will boycott the Winter Olympics in "
            "protest at human rights abuses, the White House said.",
            ("boycott", "PROTEST"),
        ),
        (
            "Police arrest fans\n\nPolice arrested 20 fans after fighting broke out following "
            "the cricket final.",
            ("arrested", "COERCE"),
        ),
    ],
)
def test_a_state_or_the_police_in_a_sports_report_keep_the_event(analyse_text, text, expected):
    assert expected in triggers(analyse_text, text)
