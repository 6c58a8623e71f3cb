"""Time in reports that tell a story (#20, read on fresh Wikinews reports): one phrase one
day with a part of the day ("9pm Friday evening"), a present form the tagger took for a
verb, a holiday a future clause names just after it passed, "the weekend" told in the
present, "that October", a month-day after its month and year, a partner year with "of",
a bare "May" that is a person named before.

Every sentence here is our own.
"""

from __future__ import annotations

import pytest


def found(analyse_text, text: str, published: str) -> dict[str, tuple[str, str]]:
    record = analyse_text(text, published)
    return {t["text"]: (t["type"], t["value"]) for t in record["timexes"]}


def test_a_clock_time_takes_the_day_of_its_weekday_with_a_part_of_the_day(analyse_text):
    text = "The outlet will open at 8pm on Thanksgiving Day and stay open until 9pm Friday evening."
    got = found(analyse_text, text, "2025-11-26")
    assert got["9pm Friday evening"] == ("TIME", "2025-11-28T21:00")


def test_a_present_form_tagged_as_an_object_does_not_set_the_tense(analyse_text):
    # "reports" is tagged VBZ as the object: the sentence is past, Sunday the one before
    text = "The ministry denied on Sunday press reports that the envoy had been recalled."
    assert found(analyse_text, text, "2025-11-29")["Sunday"] == ("DATE", "2025-11-23")


def test_a_holiday_just_past_in_a_future_clause_is_this_years(analyse_text):
    text = "For the first time, the shopping centre will open its doors on Thanksgiving Day."
    assert found(analyse_text, text, "2025-11-28")["Thanksgiving Day"] == ("DATE", "2025-11-27")


def test_a_holiday_weeks_ahead_in_a_future_clause_stays_ahead(analyse_text):
    text = "The shopping centre will open its doors on Christmas Day."
    assert found(analyse_text, text, "2025-11-28")["Christmas Day"] == ("DATE", "2025-12-25")


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # Friday: told in the present, the weekend ahead
        ("The strike comes during the weekend when the country marks its national day.",
         "2025-11-28", "2025-W48-WE"),
        # Monday: told in the present, the weekend just gone
        ("The strike comes during the weekend when the country marks its national day.",
         "2025-11-24", "2025-W47-WE"),
        # Friday, past tense: the one before
        ("Talks continued over the weekend.", "2025-11-28", "2025-W47-WE"),
    ],
)  # fmt: skip
def test_the_weekend_told_in_the_present_is_the_nearer_one(analyse_text, text, published, value):
    assert found(analyse_text, text, published)["the weekend"] == ("DATE", value)


def test_that_october_is_the_october_the_story_named(analyse_text):
    text = (
        "The first donation reached the campaign on October 24, 2019. A second one followed "
        "on December 16, 2020. Earlier that October, the lobbyist had met the senator's aide."
    )
    assert found(analyse_text, text, "2025-11-28")["October"] == ("DATE", "2019-10")


def test_a_month_day_after_its_month_and_year_keeps_that_year(analyse_text):
    text = (
        "The group was blamed for the deaths of two guards in June of 2019, weeks after its "
        "leader was reported killed. A June 16 ambush led to the death of a third."
    )
    assert found(analyse_text, text, "2025-11-28")["June 16"] == ("DATE", "2019-06-16")


def test_a_month_paired_with_a_month_of_a_year_takes_that_year(analyse_text):
    text = "The firm bought the two shops in August and September of 2019."
    got = found(analyse_text, text, "2025-11-28")
    assert got["August"] == ("DATE", "2019-08")


def test_a_bare_may_that_acts_after_a_person_named_may_is_no_month(analyse_text):
    text = (
        "Green Party leader Elizabeth May said she would stand again. "
        "Although May came second in the last race, she is hopeful."
    )
    assert "May" not in found(analyse_text, text, "2025-11-28")


def test_may_the_month_as_a_subject_stays_a_month(analyse_text):
    text = "Output rose in April and May, the statistics office said."
    assert found(analyse_text, text, "2025-11-28")["May"] == ("DATE", "2025-05")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On Tuesday last week, the word could be found on 200,000 pages.", "2025-11-18"),
        ("The rally is due on Friday next week.", "2025-12-05"),
    ],
)
def test_a_weekday_before_its_week_is_that_weeks_day(analyse_text, text, value):
    got = found(analyse_text, text, "2025-11-26")
    assert next(v for s, (t, v) in got.items() if s in ("Tuesday", "Friday")) == value


def test_a_day_ahead_that_names_a_noun_sets_no_scene(analyse_text):
    text = (
        "The opposition may boycott the December 14 poll. "
        "Noon saw the arrival of the former mayor at the protest camp."
    )
    assert found(analyse_text, text, "2025-11-26")["Noon"] == ("TIME", "2025-11-26T12:00")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Over the last decade, the bakery chain tripled in size.", ("DURATION", "P10Y")),
        ("Rents climbed steadily throughout the past decade.", ("DURATION", "P10Y")),
        ("Wages lost ground to prices in the last decade.", ("DATE", "201")),
    ],
)
def test_over_the_past_decade_is_ten_years_to_now(analyse_text, text, value):
    got = found(analyse_text, text, "2025-11-26")
    assert next(v for s, v in got.items() if s.endswith("decade")) == value


def test_a_count_the_text_dates_at_once_takes_that_date(analyse_text):
    text = (
        "The ministry learned of the fault only after the crash. Nine months earlier, in "
        "June 2019, an engineer had flagged it."
    )
    assert found(analyse_text, text, "2025-11-26")["Nine months earlier"] == ("DATE", "2019-06")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The inquiry opened in March 2021. Three weeks later, the judge ruled.",
         "Three weeks later", "2021-04"),
        ("The dispute began in 2014, and a truce was signed ten days later.",
         "ten days later", "2014"),
    ],
)  # fmt: skip
def test_weeks_counted_from_a_named_month_or_year_stay_in_its_time(
    analyse_text, text, surface, value
):
    assert found(analyse_text, text, "2025-11-27")[surface] == ("DATE", value)


def test_a_past_event_counted_back_from_a_day_ahead_counts_from_the_story_day(analyse_text):
    text = (
        "The commission announced last Thursday that the election will be held on "
        "December 14. Registration of candidates is to open on December 1. "
        "The prime minister had dissolved parliament a day earlier."
    )
    got = found(analyse_text, text, "2025-11-26")
    assert got["a day earlier"] == ("DATE", "2025-11-19")


def test_a_plan_counted_on_from_a_day_ahead_stays_ahead(analyse_text):
    text = "The summit is due to open on December 3. Talks will end two days later."
    got = found(analyse_text, text, "2025-11-26")
    assert got["two days later"] == ("DATE", "2025-12-05")


def test_a_month_day_after_a_day_ahead_in_a_plan_follows_it(analyse_text):
    text = (
        "For larger firms, the hourly rate will rise by a dollar on January 1 next year, "
        "then rise by another dollar on July 1."
    )
    assert found(analyse_text, text, "2025-07-16")["July 1"] == ("DATE", "2026-07-01")


def test_a_past_month_day_after_a_day_ahead_stays_past(analyse_text):
    text = "The festival opens on August 2, 2025, and the fair closed on July 1."
    assert found(analyse_text, text, "2025-07-16")["July 1"] == ("DATE", "2025-07-01")


def test_a_month_day_just_past_after_a_plan_within_the_year_stays(analyse_text):
    text = (
        "The envoy will now arrive on December 18 instead of December 9. "
        "The prize ceremonies take place in Oslo around December 1."
    )
    assert found(analyse_text, text, "2025-12-06")["December 1"] == ("DATE", "2025-12-01")
