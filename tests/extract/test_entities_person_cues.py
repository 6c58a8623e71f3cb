"""A lone surname the model types as an organisation or a place, or misses, is a person
where the grammar writes of a person: sentences written for these tests."""

import pytest

from newsledger.extract.entities.person_cues import shows_a_person


def types_of(record, name):
    return {e["type"] for e in record["entities"] if e["name"] == name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Skelos told the Senate he would resign.", "Skelos"),  # "he" heads what he said
        ("Sinwar, who masterminded the attack, was killed on Thursday.", "Sinwar"),
        ("Ebrard, 64, said tariffs would fall.", "Ebrard"),  # an age in commas
        ("Skelos's wife said he was innocent.", "Skelos"),  # a kin noun the name owns
        ("Sinwar was born in a refugee camp in 1962.", "Sinwar"),
        # "he" heads a clause joined by "and" to the name's; "his" owns what the name says
        (
            "Ebrard said on Tuesday that the deal was done, and he thanked the negotiators.",
            "Ebrard",
        ),
        ("Tshisekedi said his government would respond.", "Tshisekedi"),
        # joined by "and" to a one-word person's name the model found
        ("Trump and Putin have agreed to share information on the talks.", "Trump"),
    ],
)
def test_the_grammar_of_a_person_makes_a_person(analyse_text, text, name):
    assert types_of(analyse_text(text), name) == {"PERSON"}


def test_the_source_of_a_self_report_is_a_named_person(analyse_text):
    record = analyse_text("Skelos told the Senate he would resign.")
    (attribution,) = record["attributions"]
    assert attribution["source"]["kind"] == "named"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Skelos told Obama he would resign.", "Obama", "PERSON"),  # "he" is the one told
        ("Microsoft said it would grow.", "Microsoft", "ORG"),
        # "he" after another name may be that one's
        (
            "Vortexa said on Monday that exports fell, and Reuters said he was wrong.",
            "Vortexa",
            "ORG",
        ),
        ("Jordan said it would not allow flights over its land.", "Jordan", "GPE"),
        ("Paris and Putin were mentioned in the speech.", "Paris", "GPE"),
    ],
)
def test_other_names_keep_their_type(analyse_text, text, name, label):
    assert types_of(analyse_text(text), name) == {label}


def test_someone_told_by_name_is_not_the_teller(nlp):
    """In "told Obama he would", "he" may be Obama: it says nothing of the teller."""
    doc = nlp("Skelos told Obama he would resign.")
    assert not shows_a_person(doc, 0, 1)
    doc = nlp("Skelos told the Senate he would resign.")
    assert shows_a_person(doc, 0, 1)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Prime Minister added he would talk to the premiers.", "Minister"),  # a title
        ("The jet was built by the Italian Augusta, who formed the venture.", "Augusta"),
        ("Jordan, who borders Syria, closed its airspace.", "Jordan"),  # a country
    ],
)
def test_titles_and_bodies_are_not_read_as_people(nlp, text, word):
    doc = nlp(text)
    (token,) = [t for t in doc if t.text == word]
    assert not shows_a_person(doc, token.i, token.i + 1)


def test_a_lone_surname_opening_a_sentence_of_prose_is_a_person(analyse_text):
    record = analyse_text(
        "Zarif says he is worried about the deadline. Kerry stressed that the next round "
        "of talks will take place on Monday."
    )
    assert types_of(record, "Kerry") == {"PERSON"}
    (stressed,) = [a for a in record["attributions"] if a["cue"]["text"] == "stressed"]
    assert stressed["source"]["kind"] == "named"


def test_a_capitalised_word_opening_a_title_case_line_is_no_person(analyse_text):
    record = analyse_text("Kerry Stresses Talks Will Resume On Monday\n\nThe talks will resume.")
    assert types_of(record, "Kerry") == set()


def test_a_name_given_as_a_surname_is_a_persons(analyse_text):
    record = analyse_text(
        '"Twenty people were killed," an official surnamed Cao from the news office said. '
        "Cao confirmed the contents of the report."
    )
    assert types_of(record, "Cao") == {"PERSON"}
    (confirmed,) = [a for a in record["attributions"] if a["cue"]["text"] == "confirmed"]
    assert confirmed["source"]["kind"] == "named"


@pytest.mark.parametrize(
    "text", ['Varga said, "I will not resign."', '"I will not resign," Varga said.']
)
def test_a_name_that_speaks_as_i_is_a_person(analyse_text, text):
    (attribution,) = analyse_text(text)["attributions"]
    assert attribution["source"]["kind"] == "named"
