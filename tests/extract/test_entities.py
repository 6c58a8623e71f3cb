import re

import pytest


def by_name(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert len(found) == 1, [e["name"] for e in record["entities"]]
    return found[0]


def entity_of(record, surface):
    """The types of entities that have a mention with this exact text."""
    return {e["type"] for e in record["entities"] for m in e["mentions"] if m["text"] == surface}


@pytest.mark.parametrize(
    ("surface", "label"),
    [("ATACMS", "WEAPON"), ("HIMARS", "WEAPON"), ("Storm Shadow", "WEAPON"), ("SCALP", "WEAPON"),
     ("Kursk", "GPE"), ("Kharkiv", "GPE"), ("Kyiv", "GPE"), ("Ukrainian", "NORP"), ("White House", "ORG")],
)  # fmt: skip
def test_seed_entity_types(seed_record, surface, label):
    assert entity_of(seed_record, surface) == {label}


def test_seed_no_headline_or_byline_garbage(seed_record):
    names = {e["name"] for e in seed_record["entities"]}
    assert not any("Allows" in n or "Strike Russia" in n for n in names)
    assert not names & {
        "Adam Entous",
        "Eric Schmitt",
        "Julian E. Barnes",
        "Order Reprints",
        "Subscribe",
    }


def test_seed_nothing_from_furniture(seed_record):
    furniture = [
        (r["start"], r["end"]) for r in seed_record["article"]["regions"] if r["furniture"]
    ]
    for entity in seed_record["entities"]:
        for m in entity["mentions"]:
            assert not any(s < m["end"] and m["start"] < e for s, e in furniture), (
                entity["name"],
                m,
            )


@pytest.mark.parametrize(
    ("name", "surname"),
    [("Biden", "Biden"), ("Volodymyr Zelensky", "Zelensky"), ("Vladimir V. Putin", "Putin")],
)
def test_seed_people_are_one_entity_with_every_mention(seed_record, name, surname):
    text = seed_record["article"]["text"]
    furniture = [
        (r["start"], r["end"]) for r in seed_record["article"]["regions"] if r["furniture"]
    ]
    entity = by_name(seed_record, name)
    assert entity["type"] == "PERSON"
    for match in re.finditer(rf"\b{surname}\b", text):
        if not any(s <= match.start() < e for s, e in furniture):
            covered = any(m["start"] <= match.start() < m["end"] for m in entity["mentions"])
            assert covered, text[match.start() - 30 : match.end() + 10]
    assert sum(1 for e in seed_record["entities"] if surname in e["name"]) == 1


def test_seed_nominal_and_pronoun_mentions(seed_record):
    biden = by_name(seed_record, "Biden")
    texts = [m["text"] for m in biden["mentions"]]
    assert "the president" in texts
    assert "He" in texts  # "He was also swayed, they said, ..."
    zelensky = by_name(seed_record, "Volodymyr Zelensky")
    assert "his" in [m["text"] for m in zelensky["mentions"]]  # "in his nightly address"


def test_seed_countries_are_canonical(seed_record):
    us = by_name(seed_record, "United States")
    assert {m["text"] for m in us["mentions"]} == {"U.S.", "the United States"}
    assert entity_of(seed_record, "Britain") == {"GPE"}
    assert by_name(seed_record, "United Kingdom")


def test_seed_acronym_alias(seed_record):
    [atacms] = [
        e for e in seed_record["entities"] if any(m["text"] == "ATACMS" for m in e["mentions"])
    ]
    assert "Army Tactical Missile Systems" in {m["text"] for m in atacms["mentions"]}


CASES = [
    # text, {surface: expected type}
    ("The North Atlantic Treaty Organization (NATO) met in Brussels. NATO said it would respond.", {"NATO": "ORG"}),
    ("Officials in Kharkiv said the city was calm.", {"Kharkiv": "GPE"}),
    ("Germany sent Leopard 2 tanks and Patriot missiles, the ministry said.", {"Leopard 2": "WEAPON", "Patriot": "WEAPON"}),
    ("The Patriot Act was debated in the Senate.", {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_entity_types_in_snippets(analyse_text, text, expected):
    record = analyse_text(text)
    for surface, label in expected.items():
        assert entity_of(record, surface) == {label}, record["entities"]
    if not expected:
        assert "WEAPON" not in {e["type"] for e in record["entities"]}


def test_full_personal_name_is_not_made_a_place(analyse_text):
    record = analyse_text("Paris Hilton said on Monday that she would open a hotel in Paris.")
    assert "GPE" not in entity_of(record, "Paris Hilton")
    assert entity_of(record, "Paris") == {"GPE"}


def test_acronym_in_parentheses_is_one_entity(analyse_text):
    record = analyse_text(
        "The North Atlantic Treaty Organization (NATO) met in Brussels. NATO said it would respond."
    )
    [nato] = [e for e in record["entities"] if any(m["text"] == "NATO" for m in e["mentions"])]
    assert len(nato["mentions"]) == 3


def test_pronoun_follows_honorific_gender(analyse_text):
    text = "Ms. Warren spoke with Mr. Schumer on Tuesday. She said the bill would pass."
    record = analyse_text(text)
    warren = next(e for e in record["entities"] if e["name"] == "Warren")
    assert "She" in [m["text"] for m in warren["mentions"]]


def test_role_noun_with_country(analyse_text):
    text = ("President Emmanuel Macron of France met President Joe Biden. "
            "The French president said the talks went well, and France's president thanked him.")  # fmt: skip
    record = analyse_text(text)
    macron = next(e for e in record["entities"] if e["name"] == "Emmanuel Macron")
    assert "France's president" in [m["text"] for m in macron["mentions"]]
    assert "The French president" in [m["text"] for m in macron["mentions"]]


def test_spans_match_text(seed_record):
    text = seed_record["article"]["text"]
    for entity in seed_record["entities"]:
        for m in entity["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]


@pytest.mark.parametrize(
    "text",
    [
        "President said nothing.",
        "Mr. Mr. Jones and President President spoke.",
        "Sen. ",
        "The the the",
    ],
)
def test_title_only_names_do_not_crash(analyse_text, text):
    record = analyse_text(text)
    for entity in record["entities"]:
        assert entity["name"].strip()
