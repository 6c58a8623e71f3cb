"""Time in reports (#20, third pass): a season named alone, the edges of the day, counts of
trading days and quarters in a row, a report's year ("for the year ended June 30"), "the
current year", "by year's end", "the previous Friday", decades without their century.

Every sentence here is our own. Unless a case says otherwise, the article date is Wednesday
2025-03-12.
"""

from __future__ import annotations

import pytest

WEDNESDAY = "2025-03-12"


def found(analyse_text, text: str, published: str = WEDNESDAY) -> dict[str, tuple[str, str]]:
    record = analyse_text(text, published)
    return {t["text"]: (t["type"], t["value"]) for t in record["timexes"]}


# --- a season named alone ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "surface", "value"),
    [
        ("Dealers say spring brings fresh hope to the car trade.", WEDNESDAY, "spring",
         "2025-SP"),
        ("The ministers held their autumn meetings in Lima.", "2025-11-20", "autumn", "2025-FA"),
        ("The bill stalled before the parliamentary summer recess.", "2025-08-02", "summer",
         "2025-SU"),
    ],
)  # fmt: skip
def test_a_season_named_alone(analyse_text, text, published, surface, value):
    assert found(analyse_text, text, published).get(surface) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "Veterans of the Arab Spring met in Tunis.",
        "It was a hot summer.",
        "Pensioners will get a larger winter fuel allowance.",
        "The Winter Olympics open in the Alps.",
        "Prices may fall sharply.",
    ],
)
def test_a_season_that_is_a_name_or_generic_is_no_date(analyse_text, text):
    assert found(analyse_text, text) == {}


# --- the edges of the day ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "mod"),
    [
        ("Shares slid late in the day after the figures came out.", "late in the day", "END"),
        ("At the start of the day, the index fell sharply.", "the start of the day", "START"),
    ],
)
def test_the_edges_of_the_day(analyse_text, text, surface, mod):
    hits = [t for t in analyse_text(text, WEDNESDAY)["timexes"] if t["text"] == surface]
    assert [(t["value"], t["mod"]) for t in hits] == [(WEDNESDAY, mod)]


# --- counts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The economy shrank for two consecutive quarters of weak demand.",
         "two consecutive quarters", "P2Q"),
        ("Refunds arrive within ten business days.", "ten business days", "P10D"),
        ("Stocks fell over the past three trading days.", "the past three trading days", "P3D"),
        ("The dam filled in just hours.", "hours", "PTXH"),
        ("Over the years, the village grew into a town.", "Over the years", "PXY"),
    ],
)  # fmt: skip
def test_counts_of_days_and_quarters(analyse_text, text, surface, value):
    assert found(analyse_text, text).get(surface) == ("DURATION", value)


# --- a report's year, the current year, the previous Friday --------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "ttype", "value"),
    [
        ("For the year ended June 30, the group earned $4 million.", "the year", "DURATION",
         "P1Y"),
        ("The firm lost $2 million in the fourth quarter of 2024 and $9 million for the "
         "entire year.", "the entire year", "DATE", "2024"),
        ("Profits should double in the current year.", "the current year", "DATE", "2025"),
        ("The new rules take effect by year's end.", "year's end", "DATE", "2025"),
        ("The index closed on Friday 3% above the previous Friday.", "the previous Friday",
         "DATE", "2025-02-28"),
        ("Talks are suspended for the time being.", "the time being", "DATE", "PRESENT_REF"),
    ],
)  # fmt: skip
def test_a_reports_periods(analyse_text, text, surface, ttype, value):
    assert found(analyse_text, text).get(surface) == (ttype, value)


@pytest.mark.parametrize(
    "text",
    ["She was named player of the year.", "In the years that followed, the rebels fought on."],
)
def test_the_year_of_something_is_no_date(analyse_text, text):
    assert found(analyse_text, text) == {}


# --- decades without their century --------------------------------------------------------


def test_decades_without_their_century(analyse_text):
    text = "The museum shows the boxy cars of the 70s and 80s."
    assert found(analyse_text, text) == {"70s": ("DATE", "197"), "80s": ("DATE", "198")}


def test_a_temperature_in_the_seventies_is_no_decade(analyse_text):
    assert found(analyse_text, "Temperatures were in the 70s on Monday.") == {
        "Monday": ("DATE", "2025-03-10")
    }


# --- a quarter of something, soon-to-be ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bank will close 120, or about a quarter, of its branches.",
        "Officials toured the soon-to-open bridge.",
    ],
)
def test_a_fraction_or_a_compound_is_no_time(analyse_text, text):
    assert found(analyse_text, text) == {}


def test_a_quarter_after_for_is_a_duration(analyse_text):
    assert found(analyse_text, "Output stalled for a quarter.") == {
        "a quarter": ("DURATION", "P1Q")
    }


# --- the period a report last named (#20, fourth pass) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "surface", "value"),
    [
        ("Profit rose 8% in the fourth quarter. Sales in the latest period were $2 billion.",
         "2025-10-24", "the latest period", "2025-Q4"),
        ("The bank lost money in the second quarter of 2024. Results for that quarter "
         "included a $40 million charge.", "2025-10-24", "that quarter", "2024-Q2"),
        # a day named after the quarter does not change which quarter was reported on
        ("The group earned $9 million in the fiscal second quarter. Sales in the three "
         "months ended Sept. 30 rose 20%. The latest period included a gain of $2 million.",
         "2025-10-24", "The latest period", "2025-Q2"),
        # "that quarter" may be the year-ago one
        ("Profit rose in the third quarter. In the year-ago quarter, the bank lost $12 "
         "million. Results for that quarter included a $30 million charge.", "2025-10-24",
         "that quarter", "2024-Q3"),
        # with no quarter named, the last one completed
        ("The latest period included a gain of $3 million from an asset sale.", "2025-10-24",
         "The latest period", "2025-Q3"),
    ],
)  # fmt: skip
def test_the_period_a_report_named(analyse_text, text, published, surface, value):
    assert found(analyse_text, text, published).get(surface) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "Protests marked the latest period of unrest in the capital.",
        "Few tourists visit that quarter of the old city.",
    ],
)
def test_a_period_of_something_is_no_quarter(analyse_text, text):
    assert analyse_text(text, "2025-10-24")["timexes"] == []
