"""Who acts in an event whose own clause names no subject: the reading goes up the parse to
the word that does, as event coders read it."""

from __future__ import annotations

import pytest


def _actor_name(record: dict, trigger: str) -> str | None:
    names = {e["id"]: e["name"] for e in record["entities"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return names.get(event["actor"])


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # a second event noun joined to the verb's object: the verb's subject, as the first
        ("Egypt expressed its deep concern and strong condemnation of the bombing.",
         "condemnation", "Egypt"),
        # a gerund after "guilty of": the subject of the copula
        ("Hamas and Fatah were guilty of violating the truce.", "violating", "Hamas"),
        ("The rebels are guilty of attacking the convoy.", "attacking", "rebels"),
        # "in an effort to", "in a bid to": the subject of the verb the phrase is on
        ("Kenya deployed police across the capital in an effort to arrest the suspects.",
         "arrest", "Kenya"),
        ("Norway sent envoys to Caracas in a bid to mediate between the government and the "
         "opposition.", "mediate", "Norway"),
        # "the first to": the subject of the copula
        ("Germany was the first to condemn the coup.", "condemn", "Germany"),
        # a call or a visit "to discuss": the caller discusses, not the one called
        ("Macron telephoned Putin to discuss the crisis in Ukraine.", "discuss", "Macron"),
    ],
)  # fmt: skip
def test_the_actor_is_read_from_the_clause_above(analyse_text, text, trigger, actor):
    assert _actor_name(analyse_text(text, "2024-05-01"), trigger) == actor


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "words"),
    [
        # a dateline glued to a double dash, which the parser makes a second subject
        ("Lagos City--Police have arrested three suspects in the kidnapping.", "arrested",
         "police", "Police"),
        ("Davao City--Soldiers have started an investigation of the ambush.", "investigation",
         "soldiers", "Soldiers"),
        # a dateline before a subject whose own first word is in lower case
        ("KANO - Armed men attacked a village in the north, killing 12 people.", "attacked",
         "men", "Armed men"),
    ],
)  # fmt: skip
def test_a_dateline_is_not_the_actor(analyse_text, text, trigger, actor, words):
    record = analyse_text(text, "2024-05-01")
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    assert (_actor_name(record, trigger), event["actor_span"]["text"]) == (actor, words)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # the first named in the head's "of", not the last name in the phrase
        ("The navies of Chile and Peru held joint exercises off the coast in May.",
         "exercises", "Chile"),
        ("The armies of Kenya and Uganda launched a joint offensive against the militants.",
         "offensive", "Kenya"),
    ],
)  # fmt: skip
def test_the_actor_is_who_the_head_s_of_names(analyse_text, text, trigger, actor):
    assert _actor_name(analyse_text(text, "2024-05-01"), trigger) == actor


def test_an_acronym_the_tagger_took_for_an_adverb_is_the_subject(analyse_text):
    record = analyse_text("USAID has suspended its programs in the country.", "2024-05-01")
    assert _actor_name(record, "suspended") == "USAID"


def test_in_coordination_with_says_how_not_what(analyse_text):
    """The event is the arrest; "in coordination with" is how it was made."""
    record = analyse_text("In coordination with the army, police arrested 20 suspects in the raid.")
    assert [e["trigger"]["text"] for e in record["events"]][:1] == ["arrested"]
    assert "coordination" not in [e["trigger"]["text"] for e in record["events"]]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # a place that acts as the subject of a verb is who governs it
        ("More than 40 countries have signed the treaty banning cluster munitions.", "signed",
         "countries"),
        ("The city has banned protests near the parliament.", "banned", "city"),
        # a group is who acts, whoever it is a group of
        ("A group of pensioners has gone on hunger strike outside the ministry.", "strike",
         "group"),
        # a conjunct of the head that names a role, where the head names none
        ("Local MLAs and ministers demanded that the chief minister step down.", "demanded",
         "ministers"),
    ],
)  # fmt: skip
def test_an_unnamed_actor_is_an_agent(analyse_text, text, trigger, actor):
    assert _actor_name(analyse_text(text, "2024-05-01"), trigger) == actor


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # a weapon acts for whoever fired it
        ("The rockets fired by the militants struck a school near the border.", "struck",
         "militants"),
        # a meeting acts for the parties between whom it is held
        ("The talks between Serbia and Kosovo failed to produce an agreement.", "agreement",
         "Serbia"),
        # a commission is an agent, as a committee is
        ("The county commission has suspended the contract with the firm.", "suspended",
         "county commission"),
    ],
)  # fmt: skip
def test_the_actor_a_thing_stands_for(analyse_text, text, trigger, actor):
    assert _actor_name(analyse_text(text, "2024-05-01"), trigger) == actor


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # a subject written as a name the NER does not mark is the actor all the same
        ("Coalition Against Poverty says it is handing out food aid to 5,000 families in Gaza.",
         "aid", "Coalition Against Poverty"),
        ("Reporters Without Borders condemned the arrest of the journalist in Minsk.",
         "condemned", "Reporters Without Borders"),
        # a plural acronym or a word capitalised as the sentence's first is no such name
        ("Local MPs and councillors criticised the plan.", "criticised", "mps"),
        ("Dozens of protesters marched on the ministry.", "marched", "protesters"),
    ],
)  # fmt: skip
def test_an_unmarked_name_heading_the_subject_is_the_actor(analyse_text, text, trigger, actor):
    assert _actor_name(analyse_text(text, "2024-05-01"), trigger) == actor


@pytest.mark.parametrize(
    "text", ["Curfew was imposed on the town at dusk.", "Sales Tax rose to nine percent."]
)
def test_a_capitalised_subject_that_names_no_body_is_no_agent(analyse_text, text):
    record = analyse_text(text, "2024-05-01")
    assert not [e for e in record["entities"] if e["type"] == "AGENT" and e["name"][:1].isupper()]
