from datetime import date

import pytest

from newsledger.readers.frontmatter import parse_date_line, read_front_matter, split_authors


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Nov. 17, 2024", date(2024, 11, 17)),
        ("November 17, 2024", date(2024, 11, 17)),
        ("Sept. 3, 2023", date(2023, 9, 3)),
        ("Updated Nov. 18, 2024, 5:04 p.m. ET", date(2024, 11, 18)),
        ("Published 17 November 2024", date(2024, 11, 17)),
        ("Sunday, March 3, 2024", date(2024, 3, 3)),
        ("2024-11-17", date(2024, 11, 17)),
        ("Nov. 31, 2024", None),
        ("The talks began on Nov. 17, 2024, in Geneva.", None),
        ("By Adam Entous", None),
    ],
)
def test_date_lines(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("Adam Entous, Eric Schmitt and Julian E. Barnes", ["Adam Entous", "Eric Schmitt", "Julian E. Barnes"]),
        ("Jane Doe", ["Jane Doe"]),
        ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe, John Roe, and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
        ("Jane Doe | Reuters", ["Jane Doe"]),
    ],
)  # fmt: skip
def test_split_authors(names, expected):
    assert split_authors(names) == expected


PAGE = """Senate Passes Budget Bill After Long Night
The measure now goes to the House, where its fate is unclear.
By Jane Doe and John Roe
March 3, 2024
WASHINGTON — The Senate passed the budget early on Sunday, officials said.
Advertisement
Share full article
Senators from both parties spoke for hours. Credit...Pat Smith/Getty Images
“We did our job,” the majority leader said.
Reporting was contributed by Ann Poe.
Jane Doe covers Congress for the newspaper. More about Jane Doe
"""


def test_pasted_page_front_matter_and_furniture():
    front = read_front_matter(PAGE)
    assert front.headline == "Senate Passes Budget Bill After Long Night"
    assert front.authors == ["Jane Doe", "John Roe"]
    assert front.published == date(2024, 3, 3)
    assert front.dateline == "Washington"
    kinds = {r.text: (r.kind, r.furniture) for r in front.regions}
    assert kinds["The measure now goes to the House, where its fate is unclear."] == (
        "standfirst",
        False,
    )
    assert kinds["WASHINGTON — "] == ("dateline", True)
    assert kinds["Advertisement"][1] and kinds["Share full article"][1]
    assert kinds["Reporting was contributed by Ann Poe."] == ("credits", True)
    assert kinds["Jane Doe covers Congress for the newspaper. More about Jane Doe"] == (
        "author_bio",
        True,
    )
    caption = "Senators from both parties spoke for hours. Credit...Pat Smith/Getty Images"
    assert kinds[caption] == ("caption", True)
    assert "“We did our job,” the majority leader said." not in kinds
    for region in front.regions:
        assert PAGE[region.start : region.end] == region.text


def test_plain_body_has_no_front_matter():
    text = "Officials said on Monday that the talks would resume. The minister agreed."
    front = read_front_matter(text)
    assert front.headline is None and front.authors == [] and front.regions == []


def test_name_line_before_reporting_from_is_furniture():
    text = "Body text that goes on about a meeting, said the spokesman.\nJulian E. Barnes\nReporting from Washington\n"
    front = read_front_matter(text)
    kinds = {r.text: r.kind for r in front.regions}
    assert kinds == {"Julian E. Barnes": "byline", "Reporting from Washington": "reporting_from"}
    assert front.dateline == "Washington"


WIRE = """BANGUI, March 3 (Reuters) - The former president returned to the capital on Sunday.
He met ministers, officials said. (Jean Dupont in Bangui; writing by Ann Poe; editing by Tom Roe)
This story has been corrected to fix the date in the first paragraph.
Additional reporting by Kate Low in Paris
"""


def test_wire_dateline_with_date_and_credit_lines():
    front = read_front_matter(WIRE)
    kinds = {r.text: (r.kind, r.furniture) for r in front.regions}
    assert front.dateline == "Bangui"
    assert kinds["BANGUI, March 3 (Reuters) - "] == ("dateline", True)
    assert kinds["(Jean Dupont in Bangui; writing by Ann Poe; editing by Tom Roe)"] == (
        "credits",
        True,
    )
    assert kinds["This story has been corrected to fix the date in the first paragraph."] == (
        "correction",
        True,
    )
    assert kinds["Additional reporting by Kate Low in Paris"] == ("credits", True)
    assert "He met ministers, officials said." not in kinds


def test_month_in_dateline_is_not_a_place():
    front = read_front_matter(
        "NEW YORK, Jan 5, 2019 (Reuters) - Stocks fell on Monday, traders said."
    )
    assert front.dateline == "New York"


def test_a_photo_credit_closing_a_caption_is_furniture():
    text = (
        "Ferry found after storm\n\n"
        "The ferry at the quay on Monday. Harbour Board / Handout / Nordic Press via Getty "
        "Images\n\n"
        "The ferry was found on Sunday, the AC/DC tribute band on board said.\n\n"
        "A tug in the harbour. Jane Doe/AFP via Getty Images\n"
    )
    credits = [r.text for r in read_front_matter(text).regions if r.furniture]
    assert credits == [
        "Harbour Board / Handout / Nordic Press via Getty Images",
        "Jane Doe/AFP via Getty Images",
    ]
