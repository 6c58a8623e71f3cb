"""Harm no one did, and other general-news senses: no political event unless a political
actor acts (issue #18)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # a vehicle in a report that opens on its crash
        "Helicopter crash kills 15 near border\n\nThe helicopter hit a power line before "
        "bursting into flames when it struck the ground on Thursday.",
        "Car crash leaves one dead\n\nAlthough the driver of the car was fatally injured, the "
        "driver of the van was unhurt.",
        # "one of the aircraft" is an aircraft
        "One of the aircraft crashed on Monday, killing twelve soldiers and five crew members.",
        "The second plane made a forced landing which injured five passengers.",
        "A storm produced huge waves, which sank two cargo ships.",
        "A bus overturned on the highway, killing 14 passengers.",
    ],
)
def test_accidents_and_nature_are_no_political_event(analyse_text, text: str) -> None:
    assert analyse_text(text, "2024-05-01")["events"] == []


def test_waves_of_strikes_are_still_violence(analyse_text) -> None:
    events = analyse_text("Waves of air strikes killed 20 villagers.", "2024-05-01")["events"]
    assert "killed" in [e["trigger"]["text"] for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # market and company reports
        "Strong demand from corporate customers lifted sales.",
        "All we need is some good consumer demand.",
        "Analysts blamed weak sales for the drop in profits.",
        "Canada is a major trading partner of ours.",
        "That followed the company's failure to meet analysts' and its own expectations for "
        "earnings.",
        "They provide network feeds and broadcast services to the major television channels.",
        "A broadcast quality feed is provided to all broadcasters.",
        "Europe is our main market, and this threatens the whole recovery.",
        "Critics point to rules which allow such firms to pay less tax.",
        # the aftermath of an accident or a storm
        "Engine failure may also have been to blame for the crash.",
        "Investigators have ruled out sabotage as a cause of the derailment.",
        "Inspectors condemned several of the damaged houses.",
        "The injured were taken to a local hospital for treatment, but all were later released.",
        "The airport was forced to halt all regular operations on Saturday.",
        "Both closed sections of the highway have since reopened.",
        "I would like to express my deep sadness and regret at the news of his death.",
        "The claim was backed up by an expert from the ministry.",
        # sport
        "Chelsea attacked relentlessly in the second half but could not find an equaliser.",
    ],
)
def test_general_news_senses_are_no_political_event(analyse_text, text: str) -> None:
    assert analyse_text(text, "2024-05-01")["events"] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Russia suspended all flights to Georgia.", "suspended"),
        ("The government condemned the attack on the embassy.", "condemned"),
        ("The opposition repeated its demand for new elections.", "demand"),
        ("The army ruled out talks with the rebels.", "ruled"),
        ("The minister expressed regret over the killing of civilians.", "regret"),
        ("The EU lifted sanctions on Iran.", "lifted"),
    ],
)
def test_the_political_senses_stay(analyse_text, text: str, trigger: str) -> None:
    triggers = [e["trigger"]["text"] for e in analyse_text(text, "2024-05-01")["events"]]
    assert trigger in triggers


@pytest.mark.parametrize(
    "text",
    [
        # a passive with no agent borrows no doer
        "Car crash leaves one dead\n\nAlthough the sole occupant of the car was fatally "
        "injured, the occupant of the lorry was unhurt.",
        "Tornado hits suburbs\n\nThe county executive reported 25 homes as being completely "
        "destroyed.",
        # a report opening on a disaster, with no political actor in the event
        "Tornado hits suburbs\n\nArea residents were assisting those who lost their homes.",
        "Tanker sinks in storm\n\nThe tanker's 13 crew members were all rescued.",
        # the crash that killed, not the town that mourns
        "Lagos mourns after helicopter crash that killed governor",
        "The exchange said all trades at prices far from the market were cancelled.",
    ],
)
def test_a_disaster_story_holds_no_political_event(analyse_text, text: str) -> None:
    assert analyse_text(text, "2024-05-01")["events"] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Tornado hits suburbs\n\nThe governor sent National Guard troops to the area.", "sent"),
        ("Earthquake hits Japan\n\nJapan asked China for help.", "asked"),
        ("Earthquake hits Japan\n\nThe Red Cross delivered food to the survivors.", "delivered"),
    ],
)
def test_a_political_actor_in_a_disaster_story_keeps_the_event(analyse_text, text, trigger):
    triggers = [e["trigger"]["text"] for e in analyse_text(text, "2024-05-01")["events"]]
    assert trigger in triggers


@pytest.mark.parametrize(
    "text",
    [
        # a noun's own final "d" is no past tense: "band" is not "ban"
        "The rock band played to a crowd of thousands.",
        "The industrial rock band released its first app in April.",
        "The singer has released a new app for his fans.",
        "Later this week, Acme will also release its new instant messenger client, Trion.",
        "The cost of customer support on company networks is high.",
        "The company will make a tender offer to repurchase its own stock.",
        "We must boost consumer confidence and demand.",
        "Net income was 34 cents per share, opposed to 31 cents a year earlier.",
        "Spanish budget air carrier Iberjet International has suspended all of their flights.",
        "Work was halted last August after the blaze.",
    ],
)
def test_company_and_product_news_is_no_political_event(analyse_text, text: str) -> None:
    assert analyse_text(text, "2024-05-01")["events"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Serena Williams defended her title at Wimbledon.",
        "Liverpool signed the midfielder from Benfica for 40 million euros.",
        "The team withdrew from the tournament after the player's injury.",
    ],
)
def test_a_side_s_season_is_no_political_event(analyse_text, text: str) -> None:
    assert analyse_text(text, "2024-05-01")["events"] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The president signed the bill.", "signed"),
        ("Russia withdrew from the treaty.", "withdrew"),
    ],
)
def test_signing_a_bill_and_leaving_a_treaty_stay(analyse_text, text: str, trigger: str) -> None:
    triggers = [e["trigger"]["text"] for e in analyse_text(text, "2024-05-01")["events"]]
    assert trigger in triggers


@pytest.mark.parametrize(
    "text",
    [
        # a collapse does the harm, in the headline and in the sentence
        "Building collapse in Lagos kills 12\n\nA five-storey building collapsed in Lagos, "
        "Nigeria, on Tuesday, killing 12 people.",
        "The old bridge collapsed during the rush hour, injuring 25 commuters.",
        # the country of those rescued does not act in their rescue
        "Mine collapse in Atacama kills two\n\nIn the town of Copiapó, Chile, 20 miners were "
        "trapped for a week and were rescued on Monday.",
    ],
)
def test_harm_after_a_mishap_is_no_event(analyse_text, text: str) -> None:
    assert analyse_text(text, "2024-05-01")["events"] == []


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("A car bomb exploded in Lagos on Tuesday, killing 12 people.", "killing", "ASSAULT"),
        ("Chilean soldiers rescued 20 miners in Copiapó on Monday.", "rescued", "AID"),
        # a unit of troops sent for peacekeeping is protection given (PLOVER AID)
        (
            "Estonia is sending an infantry platoon to Mali for a peacekeeping mission.",
            "sending",
            "AID",
        ),
    ],
)
def test_violence_rescuers_and_units_sent_keep_their_event(analyse_text, text, trigger, kind):
    events = analyse_text(text, "2024-05-01")["events"]
    assert (trigger, kind) in [(e["trigger"]["text"], e["type"]) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Chemical plant explosion injures 30\n\nAn explosion ripped through a chemical plant "
        "on Wednesday, injuring 30 workers.",
        "Blast at refinery kills four\n\nA blast at the oil refinery killed four workers on "
        "Monday, the company said.",
    ],
)
def test_a_blast_at_a_works_is_no_assault(analyse_text, text: str) -> None:
    assert analyse_text(text, "2024-05-01")["events"] == []


@pytest.mark.parametrize(
    "text",
    [
        "A bomb blast killed 12 people in a crowded market on Monday.",
        "A suicide bomber blew himself up at the gas plant, and the explosion killed nine guards.",
    ],
)
def test_a_bomb_at_a_works_is_still_an_assault(analyse_text, text: str) -> None:
    events = analyse_text(text, "2024-05-01")["events"]
    assert "killed" in [e["trigger"]["text"] for e in events if e["type"] == "ASSAULT"]
