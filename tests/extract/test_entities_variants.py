"""One body named with and without its country, or with its words turned round: one entity
(sentences written for these tests)."""

import re

import pytest


def entity_with(record, form):
    """The one entity with a mention of this form, a leading "the" aside."""
    found = [
        e
        for e in record["entities"]
        if any(re.sub(r"^[Tt]he ", "", m["text"]) == form for m in e["mentions"])
    ]
    assert len(found) == 1, (form, [(e["name"], e["type"]) for e in record["entities"]])
    return found[0]


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("Officers of the U.S. Park Police arrested two men on Tuesday. Park Police said the men "
         "had climbed the monument.", ["U.S. Park Police", "Park Police"]),
        ("The US Geological Survey recorded the tremor at dawn. Scientists at the United States "
         "Geological Survey said it was shallow.",
         ["US Geological Survey", "United States Geological Survey"]),
        ("The Energy Department approved the loan on Monday. A spokesman for the Department of "
         "Energy said the plant would open next year.", ["Energy Department", "Department of Energy"]),
    ],
)  # fmt: skip
def test_one_body_with_and_without_its_country(analyse_text, text, forms):
    record = analyse_text(text)
    found = {entity_with(record, form)["id"] for form in forms}
    assert len(found) == 1, [(e["name"], e["type"]) for e in record["entities"]]


def test_a_third_form_then_fits_one_body(analyse_text):
    """With the country's form joined, the acronym has one long form to join."""
    text = (
        "The National Weather Service issued a flood warning on Sunday. The U.S. National "
        "Weather Service said rivers would crest on Tuesday. The NWS urged people to leave."
    )
    record = analyse_text(text)
    assert entity_with(record, "NWS")["id"] == entity_with(record, "National Weather Service")["id"]


def test_two_countries_bodies_stay_apart(analyse_text):
    text = (
        "The U.S. Coast Guard and the Canadian Coast Guard searched the lake on Friday. "
        "The Coast Guard said the search would resume at dawn."
    )
    record = analyse_text(text)
    names = [e["name"] for e in record["entities"] if "Coast Guard" in e["name"]]
    assert len(names) >= 2, names
