"""What a number measures (its frame), read from the parse: the property, whose, as of when."""

import pytest


def frames(nlp, text):
    return {
        q.span.text: (q.measure, q.owner.text if q.owner else None)
        for q in nlp(text)._.nl_quantities
    }


@pytest.mark.parametrize(
    ("text", "number", "measure", "owner"),
    [
        ("At least 2,012 people were killed and 2,059 were wounded.", "At least 2,012", "killed", None),
        ("At least 2,012 people were killed and 2,059 were wounded.", "2,059", "injured", None),
        ("The toll rose to 2,946, with 5,674 injured.", "2,946", "killed", None),
        ("The toll rose to 2,946, with 5,674 injured.", "5,674", "injured", None),
        ("Of them, 1,404 were in critical condition.", "1,404", "critically injured", None),
        ("The magnitude 6.8 earthquake struck at night.", "6.8", "magnitude", None),
        ("The 948-foot container ship had a crew of 22.", "948-foot", "length", "container ship"),
        ("The 948-foot container ship had a crew of 22.", "22", "crew", None),
        ("Lai received 5.58 million votes on Saturday.", "5.58 million", "votes", "Lai"),
        ("Officials said six people were still missing.", "six", "missing", None),
        ("The quake killed 1,000 people in Al Haouz province.", "1,000", "killed", "Al Haouz province"),
        ("Turnout was 71.86%, the election commission said.", "71.86%", "turnout", None),
        ("The port is about 190 miles from the capital.", "about 190 miles", "distance", "port"),
        # bodies found are a count of their own, often a part of the toll, not the toll
        ("The toll rose to 13 after two bodies were found.", "two", "bodies found", None),
    ],
)  # fmt: skip
def test_frame_from_the_parse(nlp, text, number, measure, owner):
    assert frames(nlp, text)[number] == (measure, owner)


def test_aftershocks_are_not_the_quake(nlp):
    found = frames(nlp, "Aftershocks of magnitude 6 shook the town on Friday.")
    assert found["6"] == ("magnitude", "Aftershocks")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Rescuers found nine other people dead on Monday.", "nine"),  # an increment
        ("Four of the deaths occurred in the park.", "Four"),  # a part of the toll
        ("They sent 300 trucks to the border.", "300"),  # a count with no frame word is its noun
    ],
)
def test_parts_and_increments_are_not_totals(nlp, text, number):
    measure, _ = frames(nlp, text)[number]
    assert measure in (None, "truck")


def test_as_of_time_of_a_tally(nlp):
    from datetime import date

    from newsledger.article import Article
    from newsledger.nlp.pipeline import make_doc

    text = "As of Sunday, 2,122 people had died, the ministry said."
    doc = nlp(make_doc(nlp, Article(text=text, published=date(2023, 9, 11))))
    [q] = [q for q in doc._.nl_quantities if q.span.text == "2,122"]
    assert (q.measure, q.as_of) == ("killed", "2023-09-10")


@pytest.mark.parametrize(
    ("text", "number", "owner"),
    [
        ("The 921 earthquake killed 2,415 people and injured more than 11,000.", "2,415", "earthquake"),
        ("A landslide in Anamizu that killed five people was cleared.", "five", "landslide"),
        ("The storm also killed about 170 people elsewhere in the country.", "about 170", "elsewhere"),
    ],
)  # fmt: skip
def test_other_incidents_tolls_keep_their_owner(nlp, text, number, owner):
    assert frames(nlp, text)[number] == ("killed", owner)


@pytest.mark.parametrize(
    ("text", "number"),
    [("The death toll could reach 20,000.", "20,000"),
     ("The toll is expected to rise above 3,000.", "above 3,000")],
)  # fmt: skip
def test_projections_are_owned_by_the_forecast(nlp, text, number):
    measure, owner = frames(nlp, text)[number]
    assert measure == "killed" and owner in ("could", "expected")
