"""Unnamed actors ("police", "the court", "striking workers") as entities of type AGENT."""

from __future__ import annotations

from newsledger.extract.entities.agents import AGENT_TYPE, role_nouns


def _agents(record: dict) -> dict[str, list[str]]:
    return {
        e["name"]: [m["text"] for m in e["mentions"]]
        for e in record["entities"]
        if e["type"] == AGENT_TYPE
    }


def _actor(record: dict, trigger: str) -> dict | None:
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return next((e for e in record["entities"] if e["id"] == event["actor"]), None)


def test_the_role_nouns_come_from_the_phoenix_agents_dictionary() -> None:
    roles = role_nouns()
    assert {"police", "court", "worker", "rebel", "riot police"} <= roles
    assert "village" not in roles  # a place, not who acts


def test_an_unnamed_actor_is_an_entity_the_event_points_at(analyse_text) -> None:
    record = analyse_text(
        "On Tuesday riot police in Valparaiso detained 14 fishermen.", "2024-05-01"
    )
    actor = _actor(record, "detained")
    assert actor is not None
    assert (actor["name"], actor["type"]) == ("riot police", AGENT_TYPE)
    assert actor["mentions"][0]["text"] == "riot police"


def test_one_agent_per_role_in_an_article(analyse_text) -> None:
    record = analyse_text(
        "Teachers marched through Accra on Monday. The teachers blocked the ministry's gates "
        "and a teacher read a petition.",
        "2024-05-01",
    )
    assert _agents(record)["teachers"] == ["Teachers", "teachers", "teacher"]


def test_a_named_actor_keeps_its_name(analyse_text) -> None:
    """ "Chilean police" are coded by their country's name, as before; no agent stands in."""
    record = analyse_text("Chilean police detained 14 fishermen on Tuesday.", "2024-05-01")
    actor = _actor(record, "detained")
    assert actor is not None and actor["type"] != AGENT_TYPE
    assert "police" not in _agents(record)


def test_a_place_is_no_agent_and_agents_are_no_named_entities(analyse_text, nlp) -> None:
    from newsledger.article import Article
    from newsledger.nlp.pipeline import make_doc

    text = "Rebels in the village of Kibati attacked an army convoy on Sunday."
    doc = nlp(make_doc(nlp, Article(text=text)))
    agents = {a.name for a in doc._.nl_agents}
    assert "rebels" in agents and "village" not in agents
    assert all(ent.text != "Rebels" for ent in doc.ents)
    named_ids = {e.id for e in doc._.nl_entities}
    assert named_ids.isdisjoint(a.id for a in doc._.nl_agents)


def test_a_dateline_hung_on_the_role_noun_does_not_name_it(analyse_text) -> None:
    record = analyse_text(
        "ORAN, Algeria - Police have detained a handful of reporters near the port.", "2024-05-01"
    )
    actor = _actor(record, "detained")
    assert actor is not None and (actor["name"], actor["type"]) == ("police", AGENT_TYPE)


def test_a_hyphenated_name_before_the_role_still_names_it(analyse_text) -> None:
    record = analyse_text("Kremlin-backed forces shelled the town on Monday.", "2024-05-01")
    assert "forces" not in " ".join(_agents(record))


def test_musicians_and_ministers_act_unnamed(analyse_text) -> None:
    record = analyse_text("Musicians have lifted a long boycott of the jazz club.", "2024-05-01")
    actor = _actor(record, "lifted")
    assert actor is not None and actor["name"] == "musicians"
