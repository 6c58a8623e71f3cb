"""Names as news writes them on and off within one article: accents dropped, short forms of
countries, titles abbreviated. In sentences written for these tests."""

import pytest
from tests.extract.entities_helpers import entity_with, mention_texts


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


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("Italy's PM Moretti faces a vote\n\nLuca Moretti, the head of the government, called "
         "the vote on Tuesday. Moretti has come under pressure to resign.", "Luca Moretti",
         "PM Moretti"),
    ],
)  # fmt: skip
def test_a_title_in_capitals_opens_a_persons_name(analyse_text, text, full, short):
    record = analyse_text(text)
    person = entity_with(record, full)
    assert person["type"] == "PERSON"
    assert short in mention_texts(person)


def test_a_person_titled_but_never_named_in_full_is_one_person(analyse_text):
    record = analyse_text(
        "Spain's PM Sanchez met Labour MP Jane Doyle in Madrid on Monday. "
        "Sanchez said the meeting went well."
    )
    [person] = [e for e in record["entities"] if e["name"] == "Sanchez"]
    assert person["type"] == "PERSON"
    assert set(mention_texts(person)) == {"PM Sanchez", "Sanchez"}


@pytest.mark.parametrize(
    ("text", "name", "types"),
    [
        ("The bomb had been left on a motorbike in the market area of the capital, "
         "Guwahati. Police said.", "Guwahati", {"GPE", "LOC"}),
        ("The dispute dates back to June when violence erupted in the border region "
         "of Doumeira.", "Doumeira", {"GPE", "LOC"}),
        ("She spoke to voters in Ellison Falls, Iowa, last week.", "Ellison Falls",
         {"GPE", "LOC"}),
        ("The family lives in Haddon Marsh, Texas, with two dogs.", "Haddon Marsh",
         {"GPE", "LOC"}),
        ("The minister said the government supports the new Carmichael mine in the "
         "Galilee Basin.", "Carmichael", {"GPE", "LOC", "FAC"}),
    ],
)  # fmt: skip
def test_the_words_around_a_place_make_it_a_place(analyse_text, text, name, types):
    record = analyse_text(text)
    assert entity_with(record, name)["type"] in types


def test_a_titled_persons_name_is_found_again_where_the_model_missed_it(analyse_text):
    record = analyse_text(
        "Senator Okonkwo spoke to reporters in Lagos on Monday. "
        "Okonkwo claims that the vote was rigged."
    )
    person = entity_with(record, "Okonkwo")
    assert mention_texts(person) == ["Okonkwo", "Okonkwo"]
