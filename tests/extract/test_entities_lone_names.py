"""A name given alone, with no full name in the text: a person's surname or a firm's coined
name. What the text writes of it decides, and the dictionaries' people known by surname
alone. Sentences written for these tests."""

import pytest

from newsledger.extract.entities.body_cues import shows_a_body
from newsledger.extract.entities.person_cues import shows_a_person
from newsledger.extract.entities.phoenix import listed_kind


def types_of(record, name):
    return {e["type"] for e in record["entities"] if e["name"] == name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname the dictionaries list alone
        ("Maduro said the opposition was plotting a coup.", "Maduro"),
        # what only a person does when speaking
        ("Halvorsen said in an interview that the bill would pass.", "Halvorsen"),
        ("Marsh told reporters on Friday that the plan was dead.", "Marsh"),
        # "he", "she" or "his ..." heading the next sentence
        ("Ferreira told Reuters that the election was rigged. He said the count was false.",
         "Ferreira"),
        ("Brannigan arrived in Paris on Monday. His wife said he was tired.", "Brannigan"),
        # what only a person does, suffers or owns
        ("Okonkwo met Varga in Geneva on Friday.", "Okonkwo"),
        ("Okonkwo met Varga in Geneva on Friday.", "Varga"),
        ("Rantala was killed in a raid on Tuesday.", "Rantala"),
        ("Halvorsen resigned on Monday.", "Halvorsen"),
        ("Rantala died on Sunday after a long illness.", "Rantala"),
        # "he" after telling a plural is the teller
        ("Varga told MPs he would not resign.", "Varga"),
        ("Investors were angered by Varga's remarks on Monday.", "Varga"),
        ("The talks stalled after Okonkwo's resignation.", "Okonkwo"),
        # a quotation spoken as "I" or "my" right before the name and its verb of speech
        ('"When my brother lost his job, we sold the old house," Tortorelly said to the '
         "press.", "Tortorelly"),
        # "he" or "she" opening what the name is credited with
        ('The crowd chanted: "Down with the government!"  According to Lopez, she had '
         "been followed by police for weeks.", "Lopez"),
    ],
)  # fmt: skip
def test_a_lone_name_written_of_as_a_person_is_a_person(analyse_text, text, name):
    assert types_of(analyse_text(text), name) == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Apple met analysts' expectations.", "Apple"),
        ("Ryanair flies to Dublin.", "Ryanair"),
        ("Stellantis visited the plant on Monday.", "Stellantis"),  # teams and firms visit
    ],
)
def test_what_firms_do_too_leaves_them_firms(analyse_text, text, name):
    assert types_of(analyse_text(text), name) == {"ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the second "Kpler" is no entity to the model: its data still make it a firm
        ("Kpler said exports of crude fell in March. Kpler data showed the drop began in "
         "January.", "Kpler"),
        ("Kpler said exports fell. It said prices would rise.", "Kpler"),
        ("Kpler said it would publish a full report next month.", "Kpler"),  # "it" acts
    ],
)  # fmt: skip
def test_a_lone_name_written_of_as_a_firm_is_an_organisation(analyse_text, text, name):
    assert types_of(analyse_text(text), name) == {"ORG"}


def test_the_surname_list_leaves_places_and_unknown_words_alone():
    assert listed_kind("Maduro") == "PERSON"
    assert listed_kind("Georgia") != "PERSON"  # a country the dictionaries file like a person
    assert listed_kind("Halvorsen") is None


@pytest.mark.parametrize(
    ("text", "word", "body"),
    [
        ("Vortexa data showed a drop in shipments.", "Vortexa", True),
        ("Shares of Orsted fell 4 percent on Monday.", "Orsted", True),
        ("Vortexa said its figures showed a drop.", "Vortexa", True),
        ("Matt Smith, an analyst at Kpler, said prices would rise.", "Kpler", True),
        ("A Trump spokesman said the claims were false.", "Trump", False),
        ("Musk's shares in the carmaker are worth billions.", "Musk", False),
        ("Chambers said it was a good deal for the company.", "Chambers", False),
        ("Tessaro says it plans to close two plants.", "Tessaro", True),
        ("Chambers said it would help the economy.", "Chambers", False),  # "it" is a thing
        ("Halvorsen said it would take months to rebuild.", "Halvorsen", False),
    ],
)
def test_the_words_a_firm_is_written_with(nlp, text, word, body):
    doc = nlp(text)
    (token,) = [t for t in doc if t.text == word]
    assert shows_a_body(doc, token.i, token.i + 1) is body


def test_he_after_another_name_says_nothing_of_the_first(nlp):
    """ "He" may be the other one named in the sentence before."""
    doc = nlp("Ferreira praised Lula in Brasilia on Monday. He said the talks went well.")
    assert not shows_a_person(doc, 0, 1)
    doc = nlp("Ferreira spoke in Brasilia on Monday. He said the talks went well.")
    assert shows_a_person(doc, 0, 1)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Apple said the iPhone would cost more.", "iPhone", "PRODUCT"),
        ("Sales of the iPad fell, Apple said.", "iPad", "PRODUCT"),
        ("iRobot said it would cut jobs.", "iRobot", "ORG"),  # a firm so named speaks
    ],
)
def test_a_device_is_no_company(analyse_text, text, name, label):
    assert types_of(analyse_text(text), name) == {label}


def test_he_after_a_firm_that_reports_a_death_is_the_dead_man(nlp):
    """Only "he" heading a report speaks of the name; "He had been ill" is whoever died."""
    doc = nlp("Brightway announced his death on Monday. He had been ill for a year.")
    assert not shows_a_person(doc, 0, 1)


def test_the_queen_named_by_no_one_else_is_a_person(analyse_text):
    record = analyse_text(
        "The Queen opened parliament on Wednesday. She said the government would cut taxes."
    )
    (queen,) = [e for e in record["entities"] if "Queen" in e["name"]]
    assert queen["type"] == "PERSON"
    assert [m["text"] for m in queen["mentions"]] == ["The Queen", "She"]


def test_the_capitalised_title_joins_the_one_titled_so(analyse_text):
    record = analyse_text(
        "Queen Elizabeth visited Leeds on Monday. The Queen met nurses at the hospital."
    )
    (queen,) = [e for e in record["entities"] if e["type"] == "PERSON"]
    assert "The Queen" in [m["text"] for m in queen["mentions"]]


def test_a_title_before_another_capitalised_word_names_no_one(analyse_text):
    record = analyse_text("Thousands marched to the King Center on Monday.")
    assert not [e for e in record["entities"] if e["type"] == "PERSON"]


@pytest.mark.parametrize(
    "text",
    ["Police have named him as Arcan Weller, 20, of Oak Harbor.",
     "Police have named him as Arcan Cetinel, 20, of Oak Harbor."],
)  # fmt: skip
def test_a_name_given_its_age_is_a_person_and_one_name(analyse_text, text):
    record = analyse_text(text)
    name = text.split(" as ")[1].split(",")[0]
    assert types_of(record, name) == {"PERSON"}


def test_every_mention_of_a_name_given_its_age_is_that_person(analyse_text):
    record = analyse_text(
        "Police have named him as Arcan Weller, 20, of Oak Harbor. At a news conference, "
        "police said Arcan Weller had been identified as a suspect after a car connected to "
        "him was seen."
    )
    (weller,) = [e for e in record["entities"] if e["name"] == "Arcan Weller"]
    assert weller["type"] == "PERSON"
    assert len([m for m in weller["mentions"] if m["text"] == "Arcan Weller"]) == 2


@pytest.mark.parametrize("name", ["Wexley", "Halloway"])
def test_a_surname_that_also_names_a_firm_joins_the_person_when_it_speaks_as_i(analyse_text, name):
    record = analyse_text(
        f"American billionaire Donald {name} has announced plans to build a golf complex near "
        f"Aberdeen. Speaking last night from the {name} Tower in New York, {name} said of the "
        'location, "As soon as I saw it there was no question about it." The '
        f"{name} Organisation will fund it."
    )
    (person,) = [e for e in record["entities"] if e["name"] == f"Donald {name}"]
    assert name in [m["text"] for m in person["mentions"]]
