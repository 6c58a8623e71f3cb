"""Time on real news (#20): the narrative's reference time, one phrase one day, the direction
of a weekday, years as modifiers, periods, and month-days whose year the text has shown.

Every sentence here is our own. Unless a case says otherwise, the article date is Wednesday
2025-03-12.
"""

from __future__ import annotations

import pytest

from newsledger.extract.timex.component import make_timex

WEDNESDAY = "2025-03-12"


def values(record: dict) -> dict[str, str]:
    return {t["text"]: t["value"] for t in record["timexes"]}


# --- the narrative's reference time -------------------------------------------------------

NARRATIVE = [
    # a retold story: the explicit date sets the year for the month-days after it
    (
        "The jury heard that the fraud began on July 6, 2021. On July 8, the accountant moved "
        "the money abroad, and on June 30 he had opened the account.",
        {"July 8": "2021-07-08", "June 30": "2021-06-30"},
    ),
    (
        "The dam failed on Sept. 14, 2018. In October, engineers found the cracks.",
        {"October": "2018-10"},
    ),
    # the story goes on from each date read against it
    (
        "The siege began on Feb. 2, 2016. On Feb. 9 the water ran out. The army withdrew in "
        "April. Two weeks later, on May 3, the town surrendered.",
        {"Feb. 9": "2016-02-09", "April": "2016-04", "May 3": "2016-05-03"},
    ),
    # a future clause speaks from the publication date, and the story ends there
    (
        "The trial opened on July 6, 2021. The verdict will come on March 20. On Feb. 28, "
        "the defence rested.",
        {"March 20": "2025-03-20", "Feb. 28": "2025-02-28"},
    ),
    # an expression counted from the publication date brings the report back to it
    (
        "The firm collapsed on May 2, 2019. Yesterday its founder was arrested, and on "
        "March 3 he had appeared in court.",
        {"March 3": "2025-03-03"},
    ),
    # a date that names a noun ("the ... bombing") does not set the scene
    (
        "Police charged two men over the May 2, 2019, bombing. They were arrested on March 3.",
        {"March 3": "2025-03-03"},
    ),
    # nor does a year that labels something
    ("The firm published its 2019 results. In February, it cut 300 jobs.", {"February": "2025-02"}),
    # a story told long enough ago fades: four sentences on, the news is back
    (
        "The mine closed on June 1, 2015. Workers left the valley. Shops shut. The school "
        "emptied. Then the town voted in February to reopen it.",
        {"February": "2025-02"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NARRATIVE)
def test_narrative_passages_take_the_year_the_text_set(analyse_text, text, expected):
    found = values(analyse_text(text, WEDNESDAY))
    assert {k: found.get(k) for k in expected} == expected


def test_news_anchoring_reads_everything_against_the_publication_date(nlp):
    from datetime import date

    from newsledger.extract.timex.component import find_timexes

    doc = nlp.make_doc(NARRATIVE[0][0])
    doc._.published = date(2025, 3, 12)
    doc._.regions = []
    doc = nlp(doc)
    news = {t.span.text: t.value for t in find_timexes(doc, narrative_anchoring=False)}
    mixed = {t.span.text: t.value for t in find_timexes(doc)}
    assert (news["July 8"], mixed["July 8"]) == ("2025-07-08", "2021-07-08")


def test_anchoring_setting_is_checked():
    with pytest.raises(ValueError, match="anchoring"):
        make_timex(None, "newsledger_timex", anchoring="narrative-only")  # type: ignore[arg-type]


# --- a month-day the text has given its year ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "surface", "value"),
    [
        ("Families marked last year's Oct. 7 attacks.", "2024-11-20", "Oct. 7", "2023-10-07"),
        ("Fans still recall 2019's Aug. 3 final.", "2025-03-12", "Aug. 3", "2019-08-03"),
        (
            "The raid of March 4, 2022 was investigated. Survivors of the March 4 raid testify "
            "today.",
            "2024-01-10",
            "March 4",
            "2022-03-04",
        ),
    ],
)
def test_a_month_day_keeps_the_year_the_text_showed(analyse_text, text, published, surface, value):
    hits = [t for t in analyse_text(text, published)["timexes"] if t["text"] == surface]
    assert [t["value"] for t in hits] == [value]


def test_a_story_looks_back_a_little_not_nine_months(analyse_text):
    text = (
        "The activist was kidnapped on February 23, 2002. When the ministers met on "
        "November 20, they had no news of her."
    )
    found = values(analyse_text(text, "2025-11-23"))
    assert found["November 20"] == "2025-11-20"


def test_a_past_event_the_text_dated_earlier_is_not_a_future_one(analyse_text):
    text = (
        "A jury convicted a former guard over the death of a man during an arrest in March "
        "2020. Prosecutors said the guard knelt on the man on March 25. The next day, the city "
        "put him on leave. On April 2 he was fired, and in May a grand jury indicted him. "
        "Sentencing is set for June 14."
    )
    found = values(analyse_text(text, "2024-01-31"))
    assert found["March 25"] == "2020-03-25"  # past, read as news it was two months ahead
    assert found["April 2"] == "2020-04-02"
    assert found["May"] == "2020-05"
    assert found["June 14"] == "2024-06-14"  # a plan stays news


def test_periods_counted_from_a_named_month_or_year(analyse_text):
    text = (
        "The protests began in May 2020. The following month, a new chief was named. That "
        "summer, the council passed a bill. Two years later, the city settled."
    )
    found = values(analyse_text(text, "2024-01-31"))
    assert found["The following month"] == "2020-06"
    assert found["That summer"] == "2020-SU"
    assert found["Two years later"] == "2022"


def test_counted_from_a_named_day_as_before(analyse_text):
    found = values(
        analyse_text("She was hired on May 3, 2019. Two years later she quit.", "2024-01-31")
    )
    assert found["Two years later"] == "2021"


def test_a_weekday_with_a_month_day_picks_the_year_they_agree_in(analyse_text):
    found = values(analyse_text("The run-off was held on Sunday, Nov. 5.", "2025-03-12"))
    assert found["Sunday, Nov. 5"] == "2023-11-05"  # 2024's Nov. 5 was a Tuesday


def test_a_weekday_slip_next_to_the_article_date_keeps_the_year(analyse_text):
    """Sept. 17, 2025 was a Wednesday: "Tuesday" is the writer's slip, not 2024's date."""
    text = "Someone broke into the account in the early hours of Tuesday, September 17."
    assert values(analyse_text(text, "2025-09-20")) == {"Tuesday, September 17": "2025-09-17"}


def test_a_past_clause_may_date_a_day_just_ahead(analyse_text):
    """A day three days ahead in a past clause is no misdated story day."""
    text = (
        "Police charged two men over the Aug. 4, 2019, bombing. The case was sent to the "
        "judges for the hearing of December 12."
    )
    assert values(analyse_text(text, "2025-12-09"))["December 12"] == "2025-12-12"


def test_an_anniversary_is_not_the_remembered_year(analyse_text):
    text = "The troops landed on 25 April 1915. Both nations honour them on the 25th of April."
    found = [t["value"] for t in analyse_text(text, "2025-04-25")["timexes"]]
    assert found == ["1915-04-25", "2025-04-25"]


# --- one phrase, one day --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The drone hit the depot at 11:40 p.m. local time on Saturday.", "11:40 p.m.",
         "2025-03-08T23:40"),
        ("The shelling started yesterday at 6 a.m., the army said.", "6 a.m.", "2025-03-11T06:00"),
        ("Polls will close at 8 p.m. on Sunday.", "8 p.m.", "2025-03-16T20:00"),
        ("The plane landed at 2:15 p.m. GMT on March 1.", "2:15 p.m. GMT", "2025-03-01T14:15Z"),
    ],
)  # fmt: skip
def test_a_clock_time_takes_the_day_of_its_phrase(analyse_text, text, surface, value):
    assert values(analyse_text(text, WEDNESDAY))[surface] == value


def test_a_clock_time_does_not_take_the_day_of_the_next_phrase(analyse_text):
    found = values(analyse_text("He left at 9 p.m. and on Friday he returned.", WEDNESDAY))
    assert found["9 p.m."] == "2025-03-12T21:00"


def test_at_four_in_the_morning_is_a_clock_time(analyse_text):
    found = values(analyse_text("The convoy will leave at 4 in the morning.", WEDNESDAY))
    assert found == {"4 in the morning": "2025-03-12T04:00"}


# --- the direction of a weekday -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Crowds gathered ahead of Sunday's referendum.", "Sunday", "2025-03-16"),
        ("Parties campaigned hard in the run-up to Saturday's vote.", "Saturday", "2025-03-15"),
        ("Markets fell after Monday's announcement.", "Monday", "2025-03-10"),
        ("The exchange kept trading halted until Friday.", "Friday", "2025-03-14"),
        # a verb that puts something off looks ahead from "until", whatever its tense
        ("The court adjourned until Monday after hearing two witnesses.", "Monday", "2025-03-17"),
        ("He stayed in the capital until Monday.", "Monday", "2025-03-10"),
        # what was planned may lie ahead: the nearest day ("Wednesday" is the article's)
        ("Exile groups planned a large rally in the square on Thursday.", "Thursday", "2025-03-13"),
        ("Officials were still counting Tuesday's ballots.", "Tuesday", "2025-03-11"),
        # "yesterday" names the day before: "last Tuesday" said on a Wednesday is a week back
        ("The minister resigned last Tuesday.", "last Tuesday", "2025-03-04"),
        ("The minister resigned last Monday.", "last Monday", "2025-03-10"),
        ("Talks resume next Thursday.", "next Thursday", "2025-03-20"),
        ("Talks resume next Saturday.", "next Saturday", "2025-03-15"),
        ("The bill passes this Friday.", "this Friday", "2025-03-14"),
        ("He said he met the envoy on Monday.", "Monday", "2025-03-10"),
        # a schedule told in the past: the day it was set for may be behind or ahead
        ("The panel postponed a hearing that was scheduled for Tuesday night.",
         "Tuesday night", "2025-03-11TNI"),
        # a deadline looks ahead unless the sentence is told in the past
        ("Commission says final results due by Monday", "Monday", "2025-03-17"),
        ("The results will be published before Tuesday, the board said.", "Tuesday", "2025-03-18"),
        ("By Monday, most of the crowd had left the square.", "Monday", "2025-03-10"),
    ],
)  # fmt: skip
def test_the_direction_of_a_weekday(analyse_text, text, surface, value):
    assert values(analyse_text(text, WEDNESDAY))[surface] == value


def test_a_modal_clause_is_not_past(analyse_text):
    found = values(analyse_text("The merger should be completed in October.", "2025-06-05"))
    assert found["October"] == "2025-10"


def test_a_month_in_a_sentence_the_parser_broke_keeps_its_past_tense(analyse_text):
    """The small parser reads "Trump rescinded guidance" as a noun phrase: no verb governs
    "February"; the past-tense verb the parser took for a modifier still tells the tense."""
    text = "In February, Trump rescinded guidance issued by the Obama administration."
    assert values(analyse_text(text, "2017-12-29"))["February"] == "2017-02"


def test_a_past_month_day_is_not_months_ahead(analyse_text):
    found = values(analyse_text("The doctor was shot on the night of Oct. 23.", "2025-05-05"))
    assert found["Oct. 23"] == "2024-10-23"


# --- years used as modifiers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The ministry revised its 2035 emissions target.", "2035"),
        ("Output is still below 2019 levels.", "2019"),
        ("She led a failed 2016 leadership bid.", "2016"),
        ("Their 2011 arrests were unlawful.", "2011"),
        ("The court upheld his 2008 conviction.", "2008"),
    ],
)
def test_a_year_that_modifies_a_noun_is_a_year(analyse_text, text, surface):
    assert values(analyse_text(text, WEDNESDAY)).get(surface) == surface


@pytest.mark.parametrize(
    "text",
    ["The factory employs 1800 workers.", "He won a 2000 meter swim.",
     "Police detained 1900 people."],
)  # fmt: skip
def test_a_number_that_counts_is_no_year(analyse_text, text):
    record = analyse_text(text, WEDNESDAY)
    assert record["timexes"] == []


def test_the_count_stays_a_quantity(analyse_text):
    record = analyse_text("The factory employs 1800 workers.", WEDNESDAY)
    assert any(q["value"] == 1800 for q in record["quantities"]), record["quantities"]


# --- periods ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "surface", "value", "mod"),
    [
        ("Sales dropped in the second half of 2021.", WEDNESDAY, "the second half of 2021",
         "2021-H2", None),
        ("Exports rose in the first half of 2019.", WEDNESDAY, "the first half of 2019",
         "2019-H1", None),
        ("Coal plants will shut by the end of the decade.", WEDNESDAY, "the end of the decade",
         "202", "END"),
        ("Hotels expect the coming winter holiday season to be busy.", "2025-10-01",
         "the coming winter holiday season", "2025-WI", None),
        ("Resorts are fully booked for the upcoming summer season.", "2024-04-20",
         "the upcoming summer season", "2024-SU", None),
    ],
)  # fmt: skip
def test_periods(analyse_text, text, published, surface, value, mod):
    hits = [t for t in analyse_text(text, published)["timexes"] if t["text"] == surface]
    assert [(t["value"], t["mod"]) for t in hits] == [(value, mod)]


def test_a_night_runs_into_the_next_morning(analyse_text):
    text = "The shelling began on Tuesday night and went on into the morning."
    found = values(analyse_text(text, WEDNESDAY))
    assert found["Tuesday night"] == "2025-03-11TNI"
    assert found["the morning"] == "2025-03-12TMO"


def test_the_second_day_of_a_pair(analyse_text):
    record = analyse_text("The summit is held on April 24 and 25.", WEDNESDAY)
    assert values(record) == {"April 24": "2025-04-24", "25": "2025-04-25"}


def test_a_half_of_something_else_is_no_half_year(analyse_text):
    record = analyse_text("The party declined in the last half of the past century.", WEDNESDAY)
    assert not [t for t in record["timexes"] if "half" in t["text"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since September the 11th the airport has checked every bag.", {"September the 11th": "2024-09-11"}),
        ("The 2001 attacks changed the city. After September the 11th, 2001, rents fell.",
         {"September the 11th, 2001": "2001-09-11"}),
    ],
)  # fmt: skip
def test_a_month_with_the_ordinal_day_is_one_day(analyse_text, text, expected):
    assert values(analyse_text(text, WEDNESDAY)) == expected


@pytest.mark.parametrize(
    "text",
    ["The newspaper USA Today said the figures were wrong.",
     "She told NBC's Today show that she would run."],
)  # fmt: skip
def test_a_capitalised_today_in_a_title_is_no_date(analyse_text, text):
    assert values(analyse_text(text, WEDNESDAY)) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parliamentary elections are scheduled for May.", {"May": "2025-05"}),
        ("A donors' conference is planned for early June in Oslo.", {"early June": "2025-06"}),
        ("The vote was set for April, officials said.", {"April": "2025-04"}),
        # "set in" is no schedule: the month is behind, as the tense says
        ("The new rules, set in February, were strict.", {"February": "2025-02"}),
    ],
)  # fmt: skip
def test_a_scheduled_month_is_ahead(analyse_text, text, expected):
    assert values(analyse_text(text, WEDNESDAY)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treaty was signed in 1979. A report from the same year warned of delays.",
         {"1979": "1979", "the same year": "1979"}),
        ("The mill opened in 1998. The following year it doubled its staff.",
         {"1998": "1998", "The following year": "1999"}),
    ],
)  # fmt: skip
def test_the_same_year_is_the_year_the_text_named(analyse_text, text, expected):
    assert values(analyse_text(text, WEDNESDAY)) == expected


@pytest.mark.parametrize(
    "text",
    ["Streaming has not made up for the fall in record sales.",
     "After the fall of the old regime, exiles returned home."],
)  # fmt: skip
def test_a_fall_in_something_is_no_season(analyse_text, text):
    assert values(analyse_text(text, WEDNESDAY)) == {}


@pytest.mark.parametrize(
    "text",
    ["Leaders of the November 9 alliance walked out of the talks.",
     "Members of the opposition April 6 youth movement marched again."],
)  # fmt: skip
def test_a_date_that_names_a_group_is_no_date(analyse_text, text):
    assert values(analyse_text(text, WEDNESDAY)) == {}


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Net income fell in the 2024 third quarter.", "the 2024 third quarter", "2024-Q3"),
        ("In last year's fourth quarter, sales rose.", "last year's fourth quarter", "2024-Q4"),
        ("This year's first half looks weaker.", "This year's first half", "2025-H1"),
    ],
)
def test_a_quarter_after_its_year(analyse_text, text, surface, value):
    """The year before the quarter belongs to it: one expression, that year's quarter."""
    assert values(analyse_text(text, WEDNESDAY)) == {surface: value}


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Sales rose 12% in February compared with the same period last year.",
         "the same period last year", "2024-02"),
        ("Exports fell in January, compared to the same month a year ago.",
         "the same month a year ago", "2024-01"),
        ("Revenue in the third quarter of 2024 beat the same quarter a year earlier.",
         "the same quarter a year earlier", "2023-Q3"),
        # no period named: the year before the article's
        ("Profit for the corresponding period last year was lower.",
         "the corresponding period last year", "2024"),
    ],
)  # fmt: skip
def test_the_same_period_a_year_before(analyse_text, text, surface, value):
    assert values(analyse_text(text, WEDNESDAY))[surface] == value


@pytest.mark.parametrize(
    "text",
    ["Dissidents held a rare celebration of Cuba's Independence Day.",
     "Israeli Independence Day was marked by protests."],
)  # fmt: skip
def test_another_countrys_independence_day_is_not_july_4(analyse_text, text):
    assert "Independence Day" not in values(analyse_text(text, WEDNESDAY))


def test_the_fourth_of_july_is_independence_day(analyse_text):
    found = values(analyse_text("Americans will celebrate Independence Day.", WEDNESDAY))
    assert found == {"Independence Day": "2025-07-04"}


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Police filed a case against two officers April 6 last year.", "April 6 last year",
         "2024-04-06"),
        ("The talks resume on 6 May next year.", "6 May next year", "2026-05-06"),
    ],
)  # fmt: skip
def test_a_month_day_with_a_relative_year(analyse_text, text, surface, value):
    assert values(analyse_text(text, WEDNESDAY)) == {surface: value}


@pytest.mark.parametrize(
    ("text", "surface", "value", "mod"),
    [
        ("Shares rose on Friday after falling earlier in the week.", "earlier in the week",
         "2025-W11", "START"),
        ("The firm had warned earlier in the year that profits would fall.",
         "earlier in the year", "2025", "START"),
        ("A deal is expected later in the month.", "later in the month", "2025-03", "END"),
    ],
)  # fmt: skip
def test_earlier_or_later_in_the_period(analyse_text, text, surface, value, mod):
    hits = [t for t in analyse_text(text, WEDNESDAY)["timexes"] if t["text"] == surface]
    assert [(t["value"], t["mod"]) for t in hits] == [(value, mod)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The advertisement was shown 72 times in October and November 2010.", "2011-09-15",
         {"October": "2010-10", "November 2010": "2010-11"}),
        ("The survey ran between March 3 and April 9, 2021.", WEDNESDAY,
         {"March 3": "2021-03-03", "April 9, 2021": "2021-04-09"}),
    ],
)  # fmt: skip
def test_a_month_takes_the_year_of_its_partner(analyse_text, text, published, expected):
    assert values(analyse_text(text, published)) == expected
