"""Cue words in company, product and market news that name no political event: an
investigation by topic, goods on offer, an equal footing, a firm or a fortune built up,
trades cancelled, expectations not met. Each case checks its political sense still codes."""

from __future__ import annotations

import pytest
from tests.extract.events_helpers import triggers


@pytest.mark.parametrize(
    "text",
    [
        # a noun before an event noun that says what it is about, not who acts
        "The firm's shares slid after a tax investigation was announced.",
        "The bank was fined after an accounting investigation last year.",
        "Phone conversations with the helpdesk are free for members.",
        "Video-to-phone conversations are possible with the new app.",
        # goods on offer, with no one making an offer and nothing held out
        "Members get special offers on concert tickets.",
        "The store has a premium offering for collectors.",
        # a footing with no war in it
        "The new chip will put the tablet on an equal footing with laptops.",
        # what is built up is no force
        "The museum's collection was built up over many years by a private donor.",
        "The singer built up a loyal following over a decade.",
        # a market's trades undone
        "The exchange said that all trades at prices far from the market are to be cancelled.",
        # the parser hangs the expectations on "failure", leaving "investors" to be met
        "The slide followed the retailer's failure to meet investors’ and its own "
        "expectations for sales.",
    ],
)
def test_commerce_sense_is_no_event(analyse_text, text: str) -> None:
    assert triggers(analyse_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A police investigation into the killing began on Monday.",
            ("investigation", "INVESTIGATE"),
        ),
        ("Russia built up troops along the border.", ("built", "MOBILIZE")),
        ("The government put the army on a war footing.", ("put", "MOBILIZE")),
        ("The rebels made an offer to the government.", ("offer", "AGREE")),
        ("Iran's offer of talks was welcomed by Britain.", ("offer", "AGREE")),
        ("The exchange suspended trade with Iran.", ("suspended", "SANCTION")),
    ],
)
def test_political_sense_still_codes(analyse_text, text: str, expected: tuple[str, str]) -> None:
    assert expected in triggers(analyse_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Acme Inc has been criticized for its pricing.",
        "Delta said it would accept Jetsgo tickets.",
        # refunds offered to customers are business, no promise
        "Passengers were offered refunds or vouchers.",
    ],
)
def test_a_company_undergoing_or_accepting_goods_is_no_event(analyse_text, text: str) -> None:
    assert triggers(analyse_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Inc has been criticized by the government for its pricing.",
            ("criticized", "DISAPPROVE"),
        ),
        ("The rebels accepted the ceasefire on Monday.", ("accepted", "CONCEDE")),
    ],
)
def test_a_political_party_keeps_the_event(analyse_text, text: str, expected) -> None:
    assert expected in triggers(analyse_text, text)
