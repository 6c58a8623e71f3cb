"""Figures inside claims: which compare, and when they differ."""

from __future__ import annotations

from newsledger.analysis.claim_numbers import (
    DURATION,
    Figure,
    about_other_things,
    agreeing,
    conflict,
    conflicting,
    duration_seconds,
    figures_of_claims,
    one_sided,
    same_frame,
)
from newsledger.analysis.numbers import interval


def fig(value, bound="exact", unit="", counted="", context=(), measure=None) -> Figure:
    low, high = interval(value, None, "exact" if bound in ("at_least", "more_than") else bound)
    return Figure(low, high, unit, measure, counted, frozenset(context), bound == "vague")


def test_open_bounds_are_read_as_the_stated_figure():
    assert conflict(
        fig(1037, "at_least", counted="people"), fig(2012, "at_least", counted="people")
    )
    assert not conflict(fig(2000, "about", counted="people"), fig(2012, counted="people"))


def test_open_bounds_read_as_the_figure_tell_a_small_update_apart(ledger, record):
    """ "At least 2,012" and "at least 2,122" dead: a toll updated by 5 %, two claims."""
    text = "Officials said at least 2,012 people died. Officials said at least 2,122 people died."
    ledger.write([
        record(text, "2023-09-10",
               claims=[("Officials", "anonymous", "at least 2,012 people died"),
                       ("Officials", "anonymous", "at least 2,122 people died")],
               quantities=[("at least 2,012", 2012, "at_least", "people", "killed"),
                           ("at least 2,122", 2122, "at_least", "people", "killed")]),
    ])  # fmt: skip
    ids = [r[0] for r in ledger.conn.execute("SELECT id FROM attributions ORDER BY id")]
    figures = figures_of_claims(ledger.conn, ids)
    assert conflicting(figures[ids[1]], figures[ids[0]])
    assert not conflict(
        fig(10000, "more_than", measure="missing"), fig(10000, "about", measure="missing")
    )


def test_different_things_counted_never_conflict():
    assert not same_frame(fig(2012, counted="people"), fig(1204, counted="house"))
    assert not same_frame(fig(948, unit="ft"), fig(22))
    assert not conflict(fig(721, context={"critically"}), fig(1404, context={"missing"}))
    assert conflict(fig(721, context={"critically", "injured"}), fig(1404, context={"critically"}))


def test_measure_decides_when_both_have_one():
    killed = fig(2012, counted="people", measure="killed")
    injured = fig(1204, counted="people", measure="injured")
    assert not same_frame(killed, injured)  # both count people; one the dead, one the hurt
    assert conflict(killed, fig(1037, counted="people", measure="killed"))


def _quantity_ledger(ledger, record):
    text = "Officials said 2,059 injured people were treated in Marrakesh."
    content = "2,059 injured people were treated in Marrakesh"
    ledger.write([
        record(text, "2023-09-10", claims=[("Officials", "anonymous", content)],
               quantities=[("2,059", 2059, "exact", "people")]),
    ])  # fmt: skip
    return ledger.conn.execute("SELECT id FROM attributions").fetchone()[0]


def test_figures_are_those_inside_the_content_with_words_beside_them(ledger, record):
    attribution = _quantity_ledger(ledger, record)
    [figure] = figures_of_claims(ledger.conn, [attribution])[attribution]
    assert figure.counted == "people" and figure.measure is None
    assert figure.context == {"injured", "people"}  # two words a side, "were" skipped
    assert figure.low < 2059 < figure.high


def test_the_measure_column_decides_what_a_figure_counts(ledger, record):
    attribution = _quantity_ledger(ledger, record)
    ledger.conn.execute("UPDATE quantities SET measure = 'injured'")
    [figure] = figures_of_claims(ledger.conn, [attribution])[attribution]
    assert figure.measure == "injured"


def test_a_claim_stating_two_figures_of_one_frame_agrees_with_its_copy():
    rose = [fig(1037, counted="people"), fig(2012, counted="people")]
    assert not conflicting(rose, rose)
    assert conflicting([fig(1037, counted="people")], [fig(2012, counted="people")])
    assert conflicting(rose, [fig(2012, counted="people")])  # 1,037 is stated by no member


def test_claims_about_other_measures_are_other_claims():
    injured = [fig(372, measure="injured")]
    missing = [fig(323, measure="missing")]
    assert about_other_things(injured, missing)
    assert not about_other_things(injured, [*missing, fig(372, measure="injured")])
    assert not about_other_things(injured, [])  # a claim without figures may still be the same


def test_a_possessive_and_the_measure_name_the_same_thing_as_a_bare_number(ledger, record):
    text = "The agency put the quake's magnitude at 7.7. Officials said the quake was 7.2."
    ledger.write([
        record(text, "2024-04-03",
               claims=[("The agency", "organization", "the quake's magnitude at 7.7"),
                       ("Officials", "anonymous", "the quake was 7.2")],
               quantities=[("7.7", 7.7, "exact", None), ("7.2", 7.2, "exact", None)]),
    ])  # fmt: skip
    ledger.conn.execute("UPDATE quantities SET measure = 'magnitude' WHERE text = '7.7'")
    ids = [r[0] for r in ledger.conn.execute("SELECT id FROM attributions ORDER BY id")]
    figures = figures_of_claims(ledger.conn, ids)
    [magnitude], [bare] = figures[ids[0]], figures[ids[1]]
    assert "quake" in magnitude.context and "magnitude" in magnitude.context
    assert conflict(magnitude, bare)  # both say how strong the quake was; 7.7 is not 7.2


def test_durations_inside_the_content_are_figures_in_seconds(ledger, record):
    text = "Officials said the sub had less than 40 hours of breathable air left."
    content = "the sub had less than 40 hours of breathable air left"
    ledger.write([
        record(text, "2023-06-20", claims=[("Officials", "anonymous", content)],
               durations=[("less than 40 hours", "PT40H", "LESS_THAN")]),
    ])  # fmt: skip
    attribution = ledger.conn.execute("SELECT id FROM attributions").fetchone()[0]
    [hours] = figures_of_claims(ledger.conn, [attribution])[attribution]
    assert hours.unit == DURATION and hours.low < 40 * 3600 < hours.high
    assert hours.context == {"sub", "breathable", "air"}


def test_iso_durations_read_in_seconds():
    assert duration_seconds("PT41H") == 41 * 3600
    assert duration_seconds("P1W") == duration_seconds("P7D") == 7 * 86400
    assert duration_seconds("PT1H30M") == 5400
    assert duration_seconds("PXDE") is None and duration_seconds("P1Q") is None


def test_durations_are_one_frame_only_with_a_word_beside_them_in_common():
    air = fig(40 * 3600, unit=DURATION, context={"breathable", "air"})
    design = fig(96 * 3600, unit=DURATION, context={"designed", "support"})
    assert not same_frame(air, design)  # hours of air left, hours the hull was built for
    assert conflict(air, fig(4 * 86400, unit=DURATION, context={"air", "left"}))


def test_a_claim_with_figures_and_one_without_are_one_sided():
    assert one_sided([fig(323, counted="people")], [])
    assert not one_sided([], [])
    assert not one_sided([fig(12, "vague", counted="ship")], [])  # "dozens of ships"


def test_agreeing_needs_a_figure_that_says_what_it_measures():
    quake = fig(6.8, measure="magnitude")
    assert agreeing([quake], [fig(6.8, measure="magnitude", context={"quake"})])
    assert not agreeing([quake], [fig(7.2, measure="magnitude")])
    assert not agreeing([fig(6, context={"said"})], [fig(6, context={"said"})])  # a bare six
    # a small count of a noun recurs across a story's statements; a large one identifies
    journalists = fig(3, counted="journalist", measure="journalist")
    assert not agreeing([journalists], [journalists])
    troops = fig(3000, counted="troop", measure="troop")
    assert agreeing([troops], [troops])


def test_a_rounded_open_bound_meets_the_count_it_rounds(ledger, record):
    """ "More than 30 injuries" relays "34 injuries": one toll, rounded down to its ten. A
    figure given to the unit ("at least 1,208") stays the figure stated."""
    text = (
        "Officials said 34 people were injured. Officials said more than 30 people were "
        "injured. Officials said at least 1,208 people were injured. "
        "Officials said 1,260 people were injured."
    )
    ledger.write([
        record(text, "2023-09-10",
               claims=[("Officials", "anonymous", "34 people were injured"),
                       ("Officials", "anonymous", "more than 30 people were injured"),
                       ("Officials", "anonymous", "at least 1,208 people were injured"),
                       ("Officials", "anonymous", "1,260 people were injured")],
               quantities=[("34", 34, "exact", "people", "injured"),
                           ("more than 30", 30, "more_than", "people", "injured"),
                           ("at least 1,208", 1208, "at_least", "people", "injured"),
                           ("1,260", 1260, "exact", "people", "injured")]),
    ])  # fmt: skip
    ids = [r[0] for r in ledger.conn.execute("SELECT id FROM attributions ORDER BY id")]
    figures = figures_of_claims(ledger.conn, ids)
    assert agreeing(figures[ids[1]], figures[ids[0]])
    assert not conflicting(figures[ids[1]], figures[ids[0]])
    assert conflicting(figures[ids[3]], figures[ids[2]])


def test_a_rounded_upper_bound_reaches_down_to_the_ten_below(ledger, record):
    """ "Less than 50 hours of fuel" rounds "46 hours" up; "51 hours" it does not."""
    text = (
        "Officials said the ship had less than 50 hours of fuel left. Officials said the "
        "ship had 46 hours of fuel left. Officials said the ship had 51 hours of fuel left."
    )
    ledger.write([
        record(text, "2023-09-10",
               claims=[("Officials", "anonymous", "the ship had less than 50 hours of fuel left"),
                       ("Officials", "anonymous", "the ship had 46 hours of fuel left"),
                       ("Officials", "anonymous", "the ship had 51 hours of fuel left")],
               durations=[("less than 50 hours", "PT50H", "LESS_THAN"),
                          ("46 hours", "PT46H", None), ("51 hours", "PT51H", None)]),
    ])  # fmt: skip
    ids = [r[0] for r in ledger.conn.execute("SELECT id FROM attributions ORDER BY id")]
    figures = figures_of_claims(ledger.conn, ids)
    assert not conflicting(figures[ids[1]], figures[ids[0]])
    assert conflicting(figures[ids[2]], figures[ids[0]])


def test_claims_with_no_span_of_time_in_common_are_about_other_things():
    """ "The divers surfaced three hours into the search" and "the cabin holds 60 hours of
    heat": both state spans of time, none the same, so two statements."""
    surfaced = [fig(3 * 3600, unit=DURATION, context={"search", "divers"})]
    heat = [fig(60 * 3600, unit=DURATION, context={"heat", "cabin"})]
    heat_again = [fig(60 * 3600, "about", unit=DURATION, context={"warmth"})]
    assert about_other_things(heat, surfaced)
    assert not about_other_things(heat_again, heat + surfaced)  # one span shared: may be one
    assert not about_other_things(heat, [fig(5, counted="diver")])  # a count, no span
