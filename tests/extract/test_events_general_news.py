"""Precision on general news: disasters, markets and sport are not political events unless a
political actor acts in them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A powerful earthquake struck the coast on Tuesday, killing 40 people.",
        "The storm battered the island overnight.",
        "Quarterly earnings beat analysts' estimates, and shares rose.",
        "Oil prices hit a record as the dollar fell.",
        "Arsenal beat Chelsea 2-1 in the league match on Sunday.",
        "The visitors attacked down the left wing before the striker scored.",
        "The fishing trawler sank off the headland on Monday night.",
        "A gas cylinder exploded in the crowded market.",
        # the parser makes "magnitude" a second subject beside "earthquake"
        "A magnitude 6.2 earthquake struck the western province late on Sunday, killing "
        "more than 300 people.",
        "At least 40 people were killed and 60 others injured when a fire swept through a "
        "garment factory.",
        "At least 300 people have been killed in heavy rains since the start of June.",
        "The bank's bad-loan ratio declined to 2.1 percent in the quarter.",
        "Four days of intense rain destroyed crops and houses across the district.",
        '"The toll may go up as we try to reach the villages that remain cut off," a '
        "district official told reporters.",
        "The woman visited the resort with her family before she fell ill.",
        "Sao Paulo Systems will offer the software to schools.",
        "The company's new product is called Open Office.",
        "Train crash near Haifa, Israel injures at least 50\n\nOver 50 people were hurt "
        "when two trains collided.",
        "Sales figures released earlier this year, the analyst wrote, show that sales fell.",
    ],
)
def test_no_political_event(analyse_text, text: str) -> None:
    assert analyse_text(text, "2024-05-01")["events"] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police arrested 12 protesters after the match.", "arrested"),
        ("The army sent troops to the flooded towns.", "sent"),
        ("Troops attacked rebel positions near the border.", "attacked"),
        ("A navy frigate sank the smugglers' boat off the coast.", "sank"),
        ("The rebels offered a ceasefire during the holiday.", "ceasefire"),
    ],
)
def test_a_political_actor_keeps_the_event(analyse_text, text: str, trigger: str) -> None:
    triggers = [e["trigger"]["text"] for e in analyse_text(text, "2024-05-01")["events"]]
    assert trigger in triggers


def _actor_name(record, trigger):
    names = {e["id"]: e["name"] for e in record["entities"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return names.get(event["actor"])


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # the first of coordinated actors, not the last name in the phrase
        ("Chile and Peru agreed on Monday to share fishing data.", "agreed", "Chile"),
        # the head's own name, not a name in a modifier after it
        (
            "President Gabriel Boric of Chile signed the pension bill on Friday.",
            "signed",
            "Gabriel Boric",
        ),
        # a place the actor is in is not the actor: the farmers are (an unnamed agent)
        (
            "Farmers in the Bavarian town of Passau blocked the motorway on Friday.",
            "blocked",
            "farmers",
        ),
    ],
)
def test_the_actor_is_the_phrase_head_entity(analyse_text, text, trigger, actor):
    assert _actor_name(analyse_text(text, "2024-05-01"), trigger) == actor


def test_a_dateline_is_never_the_actor(analyse_text):
    """The parser hangs the dateline on the subject: the actor is the phrase after it."""
    record = analyse_text("LISBON -- A court in Porto has sentenced two former bankers to prison.")
    event = next(e for e in record["events"] if e["trigger"]["text"] == "sentenced")
    court = next(e for e in record["entities"] if e["id"] == event["actor"])
    assert (court["name"], court["type"]) == ("court", "AGENT")  # not Porto, where it sits
    assert event["actor_span"]["text"] == "A court in Porto"
    start = event["actor_span"]["start"]
    assert record["article"]["text"][start : event["actor_span"]["end"]] == "A court in Porto"


def _actor_words(record, trigger):
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return (event["actor_span"] or {}).get("text")


@pytest.mark.parametrize(
    ("text", "trigger", "words"),
    [
        # an adjective that says what kind of event it is names nobody
        ("The regulator has joined a criminal investigation of the bank.", "investigation",
         "The regulator"),
        # a document acts for whoever issued it
        ("Human Rights Watch put out a report accusing the army of abuses.", "accusing",
         "Human Rights Watch"),
        # an infinitive after an object that cannot act is its subject's
        ("Riot police take a position to disperse the crowd.", "disperse", "Riot police"),
        # a verb the parser hung on the root noun as a participle
        ("A Senate report called for sanctions against the regime.", "called",
         "A Senate report"),
        # "responsible for", "the largest donor of"
        ("The cartel has been responsible for mass killings in the state.", "killings",
         "The cartel"),
        ("Norway remains the largest donor of humanitarian aid to the region.", "aid", "Norway"),
    ],
)  # fmt: skip
def test_the_actor_of_a_noun_or_a_participle_is_who_does_it(analyse_text, text, trigger, words):
    assert _actor_words(analyse_text(text, "2024-05-01"), trigger) == words


def test_an_arrest_with_no_one_named_is_the_state_s_where_it_happens(analyse_text):
    record = analyse_text("The opposition leader was arrested in Uganda on Monday.", "2024-05-01")
    assert _actor_name(record, "arrested") == "Uganda"


def test_a_dateline_with_a_bracketed_credit_is_not_the_actor(analyse_text):
    record = analyse_text(
        "KAMPALA (Reuters): President Yoweri Museveni has held talks with the envoy."
    )
    assert _actor_name(record, "talks") == "Yoweri Museveni"


@pytest.mark.parametrize(
    "text",
    [
        "The bank will sell 40 million shares in an initial public offering next month.",
        "Its rival trades at $57 a share on the exchange.",
        "The airline, which trades as Sky Air, posted a loss.",
        "It is expected to trade on the market under the symbol SKY.",
        "Last week's crash, which injured five people, closed the road.",
    ],
)
def test_market_business_and_accidents_are_no_political_event(analyse_text, text: str) -> None:
    assert analyse_text(text, "2024-05-01")["events"] == []


def test_a_date_or_a_sum_is_never_the_actor(analyse_text):
    record = analyse_text("The aircraft would have been delivered by 2011.", "2010-05-01")
    assert all(e["actor_span"] is None for e in record["events"])


@pytest.mark.parametrize(
    "text",
    [
        "The country's biggest broadband provider, Linkwell, has agreed to buy its rival "
        "Netcastle. The firm welcomed the review.",
        "Halden Holdings signed a supply deal with Brightwater Inc on Monday.",
    ],
)
def test_companies_doing_business_hold_no_political_event(analyse_text, text: str) -> None:
    assert analyse_text(text, "2024-05-01")["events"] == []


def test_a_state_company_is_no_mere_business(analyse_text) -> None:
    """ "Belarus's state oil company" belongs to a state: sanctions on it stay an event."""
    text = (
        "The opposition leader called for sanctions against Belneft, the state oil company "
        "of Belarus."
    )
    assert analyse_text(text, "2024-05-01")["events"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The police offered the following response to email inquiries.", "offered"),
        ("The minister offered her condolences to the families.", "offered"),  # guard
        ("Few details have been provided by the police.", "provided"),
        ("The council will provide an update on Friday.", "provide"),
        ("The official, speaking because he was not authorised to brief the media, said the "
         "talks had stalled.", "authorised"),
    ],
)  # fmt: skip
def test_what_is_said_is_no_event(analyse_text, text: str, trigger: str) -> None:
    triggers = [e["trigger"]["text"] for e in analyse_text(text, "2024-05-01")["events"]]
    assert trigger not in triggers


def test_the_noun_a_passive_relative_clause_describes_is_not_its_actor(analyse_text) -> None:
    record = analyse_text(
        "Police say the guard, who was likely assaulted, was taken to hospital.", "2024-05-01"
    )
    (assaulted,) = [e for e in record["events"] if e["trigger"]["text"] == "assaulted"]
    assert assaulted.get("actor_span") is None


def test_air_raids_are_military_force_and_police_raids_coercion(analyse_text):
    events = analyse_text(
        "Air raids hit two villages near the border on Tuesday. Police raids in the "
        "capital led to a dozen arrests.",
        "2024-05-01",
    )["events"]
    kinds = [e["type"] for e in events if e["trigger"]["text"] == "raids"]
    assert kinds[0] == "FIGHT" and "COERCE" in kinds[1:]


def test_a_toll_with_means_of_violence_stays_and_the_wounded_do_not_act(analyse_text):
    events = analyse_text(
        "Three people were killed in the attack on the market. Two soldiers were killed and "
        "three wounded by rebels on Sunday.",
        "2024-05-01",
    )["events"]
    assert [e["trigger"]["text"] for e in events if e["type"] == "ASSAULT"][:1] == ["killed"]
    wounded = [e for e in events if e["trigger"]["text"] == "wounded"]
    assert wounded and wounded[0]["actor_span"]["text"] == "rebels"


def test_a_toll_in_a_report_on_a_disaster_is_no_assault(analyse_text):
    text = (
        "A strong earthquake shook the border region on Monday.\n\n"
        "At least 120 people were killed in the north, with more than 900 injured, while "
        "officials across the border reported 15 dead and more than 60 injured."
    )
    assert analyse_text(text, "2024-05-01")["events"] == []


def test_a_bombing_in_a_report_that_opens_on_a_fire_is_still_an_assault(analyse_text):
    text = (
        "A fire swept through the old market on Friday.\n\n"
        "At least 12 people were killed in a bomb blast near the market gate, officials said."
    )
    events = analyse_text(text, "2024-05-01")["events"]
    assert [e["type"] for e in events if e["trigger"]["text"] == "killed"] == ["ASSAULT"]


def test_troops_rescuing_in_a_disaster_make_its_toll_no_assault(analyse_text) -> None:
    record = analyse_text(
        "Flash floods hit the state. At least 145 people died in the hill district, where "
        "army troops were rescuing marooned villagers, and 26 were killed downstream.",
        "2024-05-01",
    )
    assert [e["type"] for e in record["events"]] == ["AID"]  # the troops' rescue stays


@pytest.mark.parametrize(
    "text",
    [
        "The number of dengue cases has put pressure on hospitals across the region.",
        "Police say the suspect pulled out a gun in the parking lot.",
    ],
)
def test_a_case_count_and_a_drawn_gun_are_no_political_event(analyse_text, text) -> None:
    assert [e["type"] for e in analyse_text(text, "2024-05-01")["events"]] == []


def test_troops_pulling_out_still_retreat(analyse_text) -> None:
    record = analyse_text("The troops pulled out of the town on Monday.", "2024-05-01")
    assert [e["type"] for e in record["events"]] == ["RETREAT"]
