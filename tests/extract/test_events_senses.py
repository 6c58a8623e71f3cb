"""Verb senses the cue tables cannot tell apart alone (extract/events/senses.py and the
rules that read them). Sentences written for these tests; the rules are tested without the
learned category model, which may re-read a category."""

from __future__ import annotations

import pytest

from newsledger.extract.events.category_model import to_root

pytestmark = pytest.mark.usefixtures("events_rules_only")


def _events(analyse_text, text: str) -> list[tuple[str, str]]:
    events = sorted(analyse_text(text, "2024-05-01")["events"], key=lambda e: e["trigger"]["start"])
    return [(e["trigger"]["text"], to_root(e["type"])) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Scholz called Polish President Andrzej Duda on Monday to discuss energy.",
        "The Kenyan president called his Ugandan counterpart on Sunday.",
        "Macron called Erdogan on Friday, his office said.",
    ],
)
def test_a_call_to_someone_named_is_a_telephone_call(analyse_text, text: str) -> None:
    assert _events(analyse_text, text)[0] == ("called", "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "The opposition called on the government to resign.",
        "The senator called for an inquiry into the contracts.",
    ],
)
def test_call_on_and_call_for_stay_demands(analyse_text, text: str) -> None:
    assert _events(analyse_text, text)[0] == ("called", "REQUEST")


def test_naming_someone_is_no_telephone_call(analyse_text) -> None:
    found = _events(analyse_text, "The mayor on Monday called the minister a coward.")
    assert ("called", "CONSULT") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Norway has refused to provide fighter jets to Chile.",
        "The agency refused to respond to a request from the parliament for its audit files.",
    ],
)
def test_refusing_to_provide_something_is_a_rejection(analyse_text, text: str) -> None:
    assert ("refused", "REJECT") in _events(analyse_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined to provide details.",
        "The embassy declined to respond to a request from the newspaper for comment.",
    ],
)
def test_refusing_to_speak_is_no_rejection(analyse_text, text: str) -> None:
    assert not any(root == "REJECT" for _, root in _events(analyse_text, text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Danish premier pledged her country's full support for the ceasefire.", "pledged"),
        ("The ministry promised its support for the new election board.", "promised"),
        ("The navy reiterated its commitment to support the coast guard.", "commitment"),
    ],
)
def test_support_pledged_is_support(analyse_text, text: str, trigger: str) -> None:
    assert (trigger, "SUPPORT") in _events(analyse_text, text)


def test_an_offer_of_troops_is_no_threat(analyse_text) -> None:
    found = _events(analyse_text, "Ghana has offered to send troops to help the mission in Mali.")
    assert found[0] == ("offered", "AGREE")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The tribunal granted the union permission to appeal.", "granted"),
        ("The ministry has given the airline authorization to resume flights.", "authorization"),
        ("The mayor approved a request from the residents for a new road.", "approved"),
        ("The court granted the broadcaster to air the interview.", "granted"),
    ],
)
def test_leave_given_is_a_concession(analyse_text, text: str, trigger: str) -> None:
    assert (trigger, "YIELD") in _events(analyse_text, text)


def test_a_grant_of_money_stays_aid(analyse_text) -> None:
    found = _events(analyse_text, "Norway granted 40 million euros to help rebuild the port.")
    assert found[0] == ("granted", "AID")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chad opened its borders to refugees fleeing the war.", "opened"),
        ("Uganda has opened its border to thousands of Congolese.", "opened"),
        ("Canada accepted 2,000 Afghan refugees last month.", "accepted"),
    ],
)
def test_sheltering_refugees_is_aid(analyse_text, text: str, trigger: str) -> None:
    assert (trigger, "AID") in _events(analyse_text, text)


def test_a_border_reopened_to_trade_is_no_aid(analyse_text) -> None:
    found = _events(analyse_text, "Pakistan reopened its border with Afghanistan to trucks.")
    assert found and found[0][1] != "AID"


@pytest.mark.parametrize(
    "text",
    [
        "The appeals court ordered the release of opposition leader Kofi Mensah.",
        "A Greek court ordered the cargo ship's release on Tuesday.",
    ],
)
def test_a_release_ordered_names_a_freeing(analyse_text, text: str) -> None:
    assert _events(analyse_text, text)[0] == ("ordered", "YIELD")


def test_a_press_release_frees_no_one(analyse_text) -> None:
    found = _events(analyse_text, "The release added that the ministry would review the case.")
    assert all(trigger != "release" for trigger, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Commission has launched legal action against Italy over its budget rules.",
        "Brussels opened infringement proceedings against Hungary on Wednesday.",
    ],
)
def test_legal_action_against_a_party_accuses_it(analyse_text, text: str) -> None:
    assert _events(analyse_text, text)[0][1] == "ACCUSE"


def test_legal_action_without_an_adversary_is_no_event(analyse_text) -> None:
    assert _events(analyse_text, "The union said it is considering legal action.") == []
