"""Time expressions: spans as TimeML marks them, values against the article date."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.extract.timex import normalise as tn
from newsledger.extract.timex.patterns import number_of


def found(record: dict) -> list[tuple[str, str, str]]:
    return [(t["text"], t["type"], t["value"]) for t in record["timexes"]]


def one(record: dict, surface: str) -> dict:
    hits = [t for t in record["timexes"] if t["text"] == surface]
    assert len(hits) == 1, found(record)
    return hits[0]


# --- the seed article (published 2024-11-17, a Sunday) -------------------------------


@pytest.mark.parametrize(
    ("surface", "ttype", "value"),
    [
        ("Sunday", "DATE", "2024-11-17"),  # "suggested on Sunday", "On Sunday, ...praised"
        ("May", "DATE", "2024-05"),
        ("August", "DATE", "2024-08"),
        ("February 2022", "DATE", "2022-02"),
        ("a year ago", "DATE", "2023-11"),
        ("two months", "DURATION", "P2M"),
        ("now", "DATE", "PRESENT_REF"),
    ],
)
def test_seed_values(seed_record, surface, ttype, value):
    hits = [t for t in seed_record["timexes"] if t["text"] == surface]
    assert hits, found(seed_record)
    assert {(t["type"], t["value"]) for t in hits} == {(ttype, value)}


def test_seed_spans_are_evidence_and_leave_prepositions_out(seed_record):
    text = seed_record["article"]["text"]
    for timex in seed_record["timexes"]:
        assert text[timex["start"] : timex["end"]] == timex["text"]
        assert not timex["text"].lower().startswith(("on ", "in "))


def test_seed_reads_nothing_from_furniture(seed_record):
    # "Nov. 18, 2024" is only in the print-edition line at the foot of the page
    assert not [t for t in seed_record["timexes"] if "Nov. 18" in t["text"]]


def test_seed_month_has_its_calendar_interval(seed_record):
    may = one(seed_record, "May")
    assert may["interval"] == {"begin": "2024-05-01", "end": "2024-05-31"}


# --- snippets, read against 2024-11-17 (a Sunday) ------------------------------------

CASES = [
    ("Officials met on Friday.", [("Friday", "DATE", "2024-11-15")]),
    ("The vote will be held next Sunday.", [("next Sunday", "DATE", "2024-11-24")]),
    ("He will speak on Tuesday.", [("Tuesday", "DATE", "2024-11-19")]),
    ("Prices fell last week.", [("last week", "DATE", "2024-W45")]),
    ("Sales rose this year.", [("this year", "DATE", "2024")]),
    ("The strike ended yesterday.", [("yesterday", "DATE", "2024-11-16")]),
    ("The talks lasted three hours.", [("three hours", "DURATION", "PT3H")]),
    ("It took 2 1/2 years to build.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("Troops have fought for the past two months.", [("the past two months", "DURATION", "P2M")]),
    ("The market opens every Sunday.", [("every Sunday", "SET", "XXXX-WXX-7")]),
    ("The paper is printed daily.", [("daily", "SET", "P1D")]),
    ("Profit fell in the third quarter.", [("the third quarter", "DATE", "2024-Q3")]),
    ("Growth slowed in the 1990s.", [("the 1990s", "DATE", "199")]),
    ("The blast came at 3:30 p.m.", [("3:30 p.m.", "TIME", "2024-11-17T15:30")]),
    ("He left this morning.", [("this morning", "TIME", "2024-11-17TMO")]),
    ("It was built in 1998.", [("1998", "DATE", "1998")]),
    ("The deal closed on March 3, 2020.", [("March 3, 2020", "DATE", "2020-03-03")]),
    ("Officials say the war is now in its third year.", [("now", "DATE", "PRESENT_REF")]),
    ("You may leave.", []),
    ("The company hired 2000 workers.", []),
    # "soon" looks ahead; the conjunction, "soon after" and "too soon to say" do not
    ("The board may soon seek a buyer.", [("soon", "DATE", "FUTURE_REF")]),
    ("Ministers want a deal as soon as possible.", [("as soon as possible", "DATE", "FUTURE_REF")]),
    ("She left as soon as the vote ended.", []),
    ("Soon after the vote, the mayor resigned.", []),
    ("It is too soon to judge the plan.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_snippets(analyse_text, text, expected):
    assert found(analyse_text(text, "2024-11-17")) == expected


@pytest.mark.parametrize(
    ("text", "surface", "value", "mod"),
    [
        ("Elections are due in mid-2025.", "mid-2025", "2025", "MID"),
        ("The plant opened in early May.", "early May", "2024-05", "START"),
        ("The war has lasted about three years.", "about three years", "P3Y", "APPROX"),
        ("The siege lasted more than two weeks.", "more than two weeks", "P2W", "MORE_THAN"),
    ],
)
def test_modifiers(analyse_text, text, surface, value, mod):
    timex = one(analyse_text(text, "2024-11-17"), surface)
    assert (timex["value"], timex["mod"]) == (value, mod)


def test_later_is_anchored_on_the_narrative_date(analyse_text):
    record = analyse_text("The talks began on March 3, 2020. Two days later, they collapsed.",
                          "2024-11-17")  # fmt: skip
    assert one(record, "Two days later")["value"] == "2020-03-05"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a count below a day, or a vague one, before "later" or "earlier" is a stretch of
        # time (TimeML's duration; the signal word stays out), not a day
        ("Cameras showed the man entering the store. Twenty minutes later he left.",
         "Twenty minutes", "PT20M"),
        ("The fire started at dawn. A few hours later, it had spread to the hills.",
         "A few hours", "PTXH"),
        ("He moved to Lyon in 2001. A few years later he opened a bakery.", "A few years",
         "PXY"),
        # with no day or period named before, there is nothing to count from
        ("The firm opened a plant in Ohio. Two years later it closed.", "Two years", "P2Y"),
    ],
)  # fmt: skip
def test_a_stretch_before_later_is_a_duration(analyse_text, text, surface, value):
    timex = one(analyse_text(text, "2024-11-17"), surface)
    assert (timex["type"], timex["value"]) == ("DURATION", value)


def test_a_count_from_nothing_earlier_stays_a_date(analyse_text):
    """ "a year earlier" with nothing named before is the year before the report's."""
    record = analyse_text("Sales rose to $5 million from $4 million a year earlier.", "2024-11-17")
    assert (one(record, "a year earlier")["type"], one(record, "a year earlier")["value"]) == (
        "DATE",
        "2023",
    )


def test_a_year_earlier_keeps_the_reported_quarter(analyse_text):
    record = analyse_text(
        "Profit rose in the third quarter to $5 million from $4 million a year earlier.",
        "2024-11-17",
    )
    assert one(record, "a year earlier")["value"] == "2023-Q3"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Officials met on Sunday.", "Sunday", "XXXX-WXX-7"),
        ("It began in May 2020.", "May 2020", "2020-05"),
        ("The deal was struck a year ago.", "a year ago", "PAST_REF"),
        ("Prices fell last week.", "last week", "XXXX-WXX"),
        ("The strike ended yesterday.", "yesterday", "XXXX-XX-XX"),
    ],
)
def test_without_an_article_date_only_absolute_values(analyse_text, text, surface, value):
    timex = one(analyse_text(text, None), surface)
    assert timex["value"] == value
    assert timex["interval"] is None or not value.startswith("X")


# --- calendar arithmetic ------------------------------------------------------------

SUNDAY = date(2024, 11, 17)


@pytest.mark.parametrize(
    ("weekday", "direction", "expected"),
    [
        (7, "past", date(2024, 11, 17)),
        (7, "future", date(2024, 11, 17)),
        (7, "last", date(2024, 11, 10)),
        (7, "next", date(2024, 11, 24)),
        (5, "past", date(2024, 11, 15)),
        (2, "future", date(2024, 11, 19)),
        (1, "nearest", date(2024, 11, 18)),
    ],
)
def test_weekday_date(weekday, direction, expected):
    assert tn.weekday_date(SUNDAY, weekday, direction) == expected


@pytest.mark.parametrize(
    ("value", "begin", "end"),
    [
        ("2024-11-17", "2024-11-17", "2024-11-17"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2024-W46", "2024-11-11", "2024-11-17"),
        ("2024-W46-WE", "2024-11-16", "2024-11-17"),
        ("2024-Q3", "2024-07-01", "2024-09-30"),
        ("2024-H1", "2024-01-01", "2024-06-30"),
        ("2024-WI", "2024-12-01", "2025-02-28"),
        ("202", "2020-01-01", "2029-12-31"),
        ("19", "1900-01-01", "1999-12-31"),
        ("2024-11-17TMO", "2024-11-17", "2024-11-17"),
    ],
)
def test_interval(value, begin, end):
    first, last = tn.interval(value)
    assert (first.isoformat(), last.isoformat()) == (begin, end)


@pytest.mark.parametrize("value", ["P2M", "PRESENT_REF", "XXXX-WXX-7", "2024-13"])
def test_interval_none_for_values_without_a_calendar_stretch(value):
    assert tn.interval(value) is None


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [(2, "M", "P2M"), (3, "H", "PT3H"), (None, "Y", "PXY"), (1.5, "Y", "P1Y6M"),
     (5.5, "H", "PT5H30M"), (2, "DE", "P20Y")],
)  # fmt: skip
def test_duration_value(amount, unit, expected):
    assert tn.duration_value(amount, unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("two", 2), ("twenty-five", 25), ("a", 1), ("2 1/2", 2.5), ("several", None), ("18", 18)],
)
def test_number_of(text, expected):
    assert number_of(text) == expected


def test_easter():
    assert tn.easter(2024) == date(2024, 3, 31)
    assert tn.easter(2025) == date(2025, 4, 20)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # "the" before a count made an adjective belongs to the noun
        ("The law requires the 30-day waiting period.", "30-day"),
        ("Officials ended the two day summit early.", "two day"),
        # "only" and "just" stress a count; TimeML leaves them out (no mod to carry)
        ("The fire burned for only five hours.", "five hours"),
        ("The town was rebuilt just a decade ago.", "a decade ago"),
        # "last" the verb is no part of the count it lasts
        ("The trial is expected to last several weeks.", "several weeks"),
        ("The strike will last two days.", "two days"),
    ],
)
def test_extent_conventions(analyse_text, text, surface):
    assert [t["text"] for t in analyse_text(text, "2025-03-20")["timexes"]] == [surface]


def test_the_before_counted_days_stays(analyse_text):
    """ "The two days of talks": the days themselves, "the" and all."""
    record = analyse_text("The two days of talks ended without a deal.", "2025-03-20")
    assert [t["text"] for t in record["timexes"]] == ["The two days"]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a clock time's zone belongs to it, whichever zone the outlet writes
        ("Polls closed at 8 p.m. ET on Tuesday.", "8 p.m. ET", "2025-03-18T20:00"),
        ("The minister resigned at 9 p.m. BST.", "9 p.m. BST", "2025-03-20T21:00"),
        ("Trading resumed at 14:30 CEST.", "14:30 CEST", "2025-03-20T14:30"),
    ],
)
def test_a_clock_times_zone(analyse_text, text, surface, value):
    assert one(analyse_text(text, "2025-03-20"), surface)["value"] == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a whole date stays a date inside an event's name, as TimeML marks it
        ("Stocks had their biggest fall since the September 11, 2001, terrorist attacks.",
         "September 11, 2001", "2001-09-11"),
    ],
)  # fmt: skip
def test_a_whole_date_in_an_events_name(analyse_text, text, surface, value):
    record = analyse_text(text, "2008-01-21")
    assert [(t["text"], t["value"]) for t in record["timexes"]] == [(surface, value)]
