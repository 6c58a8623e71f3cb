"""Names as news writes them on and off within one article: accents dropped, short forms of
countries, titles abbreviated. In sentences written for these tests."""

import pytest


def entity_with(record, surface):
    """The one entity that has a mention with exactly this text."""
    found = [e for e in record["entities"] if any(m["text"] == surface for m in e["mentions"])]
    assert len(found) == 1, (surface, [(e["name"], e["type"]) for e in record["entities"]])
    return found[0]


def mention_texts(entity):
    return [m["text"] for m in entity["mentions"]]


@pytest.mark.parametrize(
    ("text", "accented", "plain"),
    [
        ("Prime Minister Xanana Gusmão rejected the call on Monday. Xanana Gusmao said "
         "he would stay in office.", "Xanana Gusmão", "Xanana Gusmao"),
        ("Senator Ramón Ortega arrived in the capital on Friday. Later, Ortega met the "
         "governor, and Ramon Ortega thanked him.", "Ramón Ortega", "Ramon Ortega"),
    ],
)  # fmt: skip
def test_a_name_with_and_without_accents_is_one_person(analyse_text, text, accented, plain):
    record = analyse_text(text)
    person = entity_with(record, accented)
    assert person["type"] == "PERSON"
    assert plain in mention_texts(person)


@pytest.mark.parametrize("name", ["East Timor", "Cape Verde"])
def test_a_country_by_its_older_name_is_a_country(analyse_text, name):
    record = analyse_text(f"The former {name} foreign minister called for new elections.")
    assert entity_with(record, name)["type"] == "GPE"
