"""A call, visit or sending made to do something is coded as what it was made to do
(events.purpose); sentences written for these tests; rules without the learned model."""

from __future__ import annotations

import pytest
from tests.extract.events_helpers import triggers

pytestmark = pytest.mark.usefixtures("events_rules_only")


@pytest.mark.parametrize(
    ("text", "event", "means"),
    [
        (
            "Chancellor Olaf Scholz called President Emmanuel Macron on Sunday to congratulate "
            "him on his re-election.",
            ("congratulate", "SUPPORT"),
            "called",
        ),
        ("Macron called Erdogan on Friday to thank him.", ("thank", "SUPPORT"), "called"),
        (
            "Kenya has sent a team of police experts to Somalia to investigate the ambush.",
            ("investigate", "INVESTIGATE"),
            "sent",
        ),
        (
            "The Spanish foreign minister telephoned her Moroccan counterpart to express "
            "condolences after the earthquake.",
            ("condolences", "SUPPORT"),
            "telephoned",
        ),
    ],
)
def test_the_purpose_is_the_event(analyse_text, text: str, event: tuple[str, str], means: str):
    found = triggers(analyse_text, text)
    assert found[0] == event
    assert means not in {trigger for trigger, _ in found}


def test_the_purpose_takes_the_one_called(analyse_text) -> None:
    events = analyse_text(
        "Chancellor Olaf Scholz called President Emmanuel Macron on Sunday to congratulate "
        "him on his re-election.",
        "2024-05-01",
    )["events"]
    praise = next(e for e in events if e["trigger"]["text"] == "congratulate")
    assert praise["target_span"]["text"].endswith("Emmanuel Macron")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The envoy called Prime Minister Abiy Ahmed to explain the delay.", ("called", "CONSULT")),
        ("The president visited Nairobi on Monday.", ("visited", "CONSULT")),
    ],
)
def test_a_call_for_no_event_stays_a_call(analyse_text, text: str, event: tuple[str, str]):
    assert event in triggers(analyse_text, text)
