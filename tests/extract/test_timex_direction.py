"""Which way a weekday, a month, a holiday or a season points when the tense misleads:
a clock time's cue, infinitives under a present verb, plans told in a past clause, a
participle the tagger took for a verb, and a noun's event that is still ahead.

Every sentence here is our own; the article date of each case is given with it.
"""

from __future__ import annotations

import pytest


def values(record: dict) -> dict[str, str]:
    return {t["text"]: t["value"] for t in record["timexes"]}


@pytest.mark.parametrize(
    ("text", "published", "surface", "value"),
    [
        # a perfect infinitive tells what has happened
        ("The plane is said to have crashed Saturday while en route.", "2025-03-16",
         "Saturday", "2025-03-15"),
        # a possessive weekday whose event is where a past clause took place
        ("In Tuesday's speech the Pope quoted a medieval emperor.", "2025-03-15", "Tuesday",
         "2025-03-11"),
        # "being held" is not past
        ("Delegates may vote freely at the convention being held in December.", "2025-09-27",
         "December", "2025-12"),
        # "after" a holiday in a future clause: the coming one
        ("His committee will begin work after the Christmas holiday.", "2025-11-14",
         "Christmas", "2025-12-25"),
        # a fronted deadline sets a past scene unless the clause is future
        ("By late Sunday, reports indicate the premier was ready to name a cabinet.",
         "2025-04-21", "late Sunday", "2025-04-20"),
        # a future clause's month-day just past is this year's, not next year's
        ("The forum is expected to last from June 7 to 10.", "2025-06-08", "June 7",
         "2025-06-07"),
        # "this Monday" in a past clause is the one just past
        ("In a press conference this Monday, the spokesman was asked about the leak.",
         "2025-07-18", "this Monday", "2025-07-14"),
        # the cue before a clock time is its day's cue: "until" a Tuesday said on a Monday
        ("The agency extended its deadline until 9 a.m. EST Tuesday.", "2025-03-10",
         "9 a.m. EST Tuesday", "2025-03-11T09:00"),
        # "until" is the nearest day, but a future clause's is ahead
        ("Banks will stay shut until Tuesday.", "2025-03-14", "Tuesday", "2025-03-18"),
        ("The exchange will remain closed through Tuesday, officials said.", "2025-03-14",
         "Tuesday", "2025-03-18"),
        # an infinitive under a present verb looks ahead ...
        ("The stock was suspended and is to resume trading in Paris Tuesday.", "2025-10-24",
         "Tuesday", "2025-10-28"),
        ("The sale is scheduled to close Monday.", "2025-10-30", "Monday", "2025-11-03"),
        # ... a schedule told in the past may be either way: the nearest day
        ("A memorial planned for Saturday was cancelled after threats.", "2025-10-26",
         "Saturday", "2025-10-25"),
        # "set for" with the place between: a plan, not a past event
        ("Leaders gathered for a summit set for Brussels in April.", "2025-03-01",
         "April", "2025-04"),
        # "cut" tagged as a past participle is the object noun, not a past verb
        ("The refinery faces a 20 percent cut in its supply in September.", "2025-08-10",
         "September", "2025-09"),
        # a noun's event a month ahead, told in a past clause
        ("The embassy confirmed plans for a state visit in September.", "2025-08-20",
         "September", "2025-09"),
        ("Diplomats spoke about the summit in September.", "2025-08-20", "September", "2025-09"),
        ("Worshippers gathered as Easter week began.", "2025-04-16", "Easter", "2025-04-20"),
    ],
)  # fmt: skip
def test_direction_when_the_tense_misleads(analyse_text, text, published, surface, value):
    assert values(analyse_text(text, published))[surface] == value


@pytest.mark.parametrize(
    ("text", "published", "surface", "value"),
    [
        # past readings the rules above must keep
        ("He tried to flee on Monday.", "2025-03-12", "Monday", "2025-03-10"),
        # an infinitive under a participle tells no time of its own
        ("A strike hit the channel, forcing it to go off air for six hours on Thursday.",
         "2025-03-16", "Thursday", "2025-03-13"),
        # a noun that is where a past clause took place is no event ahead
        ("At a conference in January, the judge said there were other factors.",
         "2025-12-11", "January", "2025-01"),
        ("The banks stayed shut until Tuesday.", "2025-03-14", "Tuesday", "2025-03-11"),
        ("Voters queued for Friday's election.", "2025-03-12", "Friday", "2025-03-14"),
        # a noun that counts is no event still ahead
        ("The advertisement was shown 72 times in October.", "2025-09-15", "October",
         "2024-10"),
        ("By Sunday, the results will be in.", "2025-04-21", "Sunday", "2025-04-27"),
        ("Markets rallied after Christmas.", "2026-01-05", "Christmas", "2025-12-25"),
        ("The offer previously had been scheduled to expire at midnight Friday.", "2025-11-03",
         "midnight Friday", "2025-10-31T24:00"),
        # a past relative clause tells the noun's event as past
        ("Police recalled the Easter attack that killed nine.", "2025-04-16", "Easter",
         "2024-03-31"),
        # a noun's event far ahead is not "soon": the past reading stays
        ("Analysts recalled the surge in sales in November.", "2025-01-12", "November",
         "2024-11"),
        ("Its ruling ordered the agency to return the boy by Jan. 14.", "2025-01-15",
         "Jan. 14", "2025-01-14"),
    ],
)  # fmt: skip
def test_past_readings_stay(analyse_text, text, published, surface, value):
    assert values(analyse_text(text, published))[surface] == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # in a season's first month, the coming one is this year's
        ("Hotels brace for the upcoming summer holiday season.", "2024-06-08", "2024-SU"),
        ("Ski resorts prepare for the coming winter season.", "2024-12-05", "2024-WI"),
        # later in the season, it is next year's
        ("Hotels brace for the upcoming summer holiday season.", "2024-08-08", "2025-SU"),
    ],
)  # fmt: skip
def test_the_coming_season(analyse_text, text, published, value):
    assert [t["value"] for t in analyse_text(text, published)["timexes"]] == [value]


def test_a_nouns_holiday_sets_no_scene(analyse_text):
    """ "left for the Easter break" names a holiday ahead; "earlier in the day" is still the
    report's day, not Easter."""
    text = (
        "Most members had left for the Easter break. "
        "The Senate had passed the bill earlier in the day."
    )
    found = values(analyse_text(text, "2025-04-14"))
    assert found == {"Easter": "2025-04-20", "earlier in the day": "2025-04-14"}
