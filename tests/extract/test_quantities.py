import pytest

from newsledger.extract.quantities.component import find_quantities
from newsledger.extract.quantities.numbers import digits_value, word_numerals


def quantity(record, text):
    found = [q for q in record["quantities"] if q["text"] == text]
    assert len(found) == 1, [q["text"] for q in record["quantities"]]
    return found[0]


# --- the seed article ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "si_value"),
    [("about 50 miles", 50, 80_467.2), ("about 190 miles", 190, 305_775.36),
     ("about 155 miles", 155, 249_448.32)],
)  # fmt: skip
def test_seed_ranges_in_miles(seed_record, text, value, si_value):
    q = quantity(seed_record, text)
    assert (q["value"], q["unit"], q["bound"], q["si_unit"]) == (value, "mile", "about", "m")
    assert q["si_value"] == pytest.approx(si_value)


@pytest.mark.parametrize(
    ("text", "value", "bound", "counted"),
    [("an estimated 50,000", 50_000, "about", "soldiers"),
     ("more than 10,000", 10_000, "more_than", "troops")],
)  # fmt: skip
def test_seed_counts_keep_bound_and_noun(seed_record, text, value, bound, counted):
    q = quantity(seed_record, text)
    assert (q["value"], q["bound"], q["counted"], q["unit"]) == (value, bound, counted, None)


def test_seed_spans_are_evidence_and_times_are_left_out(seed_record):
    text = seed_record["article"]["text"]
    furniture = [
        (r["start"], r["end"]) for r in seed_record["article"]["regions"] if r["furniture"]
    ]
    for q in seed_record["quantities"]:
        assert text[q["start"] : q["end"]] == q["text"]
        assert not any(s < q["end"] and q["start"] < e for s, e in furniture), q
        assert not any(word in q["text"] for word in ("2024", "Nov.", "months", "year", "decade"))


# --- snippets -----------------------------------------------------------------------------

CASES = [
    ("The deal is worth $2bn.", [("$2bn", 2e9, "USD", "exact")]),
    ("I want two meters of cotton for £2,000", [("two meters", 2, "meter", "exact"),
                                                 ("£2,000", 2000, "GBP", "exact")]),
    ("Losses reached €10M on Monday.", [("€10M", 1e7, "EUR", "exact")]),
    ("It pays 9.9 billion yuan.", [("9.9 billion yuan", 9.9e9, "CNY", "exact")]),
    ("They want up to $2 billion in aid.", [("up to $2 billion", 2e9, "USD", "at_most")]),
    ("Support fell to between 30 and 40 percent.",
     [("between 30 and 40 percent", 30, "percent", "range")]),
    ("Unemployment rose 2.5 percentage points.",
     [("2.5 percentage points", 2.5, "percentage_point", "exact")]),
    ("Thousands of civilians fled.", [("Thousands of", 1000, None, "vague")]),
    ("Dozens of homes burned.", [("Dozens of", 12, None, "vague")]),
    ("A third of the vote went to him.", [("A third", 1 / 3, None, "exact")]),
    ("At least 148 people died.", [("At least 148", 148, None, "at_least")]),
    ("As many as 1.5 million workers struck.", [("As many as 1.5 million", 1.5e6, None, "at_most")]),
    ("He won by fewer than 20 votes.", [("fewer than 20", 20, None, "less_than")]),
    ("Nearly 24% of shares were sold.", [("Nearly 24%", 24, "percent", "about")]),
    ("It reached 100 degrees Fahrenheit.", [("100 degrees Fahrenheit", 100, "degree_Fahrenheit",
                                             "exact")]),
    ("They walked two and a half miles.", [("two and a half miles", 2.5, "mile", "exact")]),
    ("I bought a dozen eggs.", [("a dozen", 12, None, "exact")]),
    ("A hundred and two people came.", [("A hundred and two", 102, None, "exact")]),
    ("The area is 301,338 km2.", [("301,338 km2", 301_338, "kilometer ** 2", "exact")]),
    ("It flew at 200 kilometres per hour.", [("200 kilometres per hour", 200, "kilometer / hour",
                                              "exact")]),
    ("Two or three soldiers were hurt.", [("Two or three", 2, None, "range")]),
    ("Ten to 15 exabytes are stored.", [("Ten to 15 exabytes", 10, "exabyte", "range")]),
    ("Prices rose from 5% to 7%.", [("5%", 5, "percent", "exact"), ("7%", 7, "percent", "exact")]),
    ("The army has 10.000 soldiers and 1.234.567 euros.",
     [("10.000", 10_000, None, "exact"), ("1.234.567 euros", 1_234_567, "EUR", "exact")]),
    ("The first tank, the 21st century, the second time.", []),
    ("Boeing 787 and Covid-19 and iPhone 4.", []),
    ("Call 555-123-4567 or visit www.example.com/2024.", []),
    ("At 2 pm on Nov. 17, 2024, in May 2023 and on 17 November.", []),
    ("It lasted two months and then a year.", []),
    ("He spoke with one of the officials.", []),
    ("More than 2000 troops died in 1999.", [("More than 2000", 2000, None, "more_than")]),
    ("The 2012 elections and the FTSE 100 has risen; Formula One racing.", []),
    ('<td colspan="2"> count=10', []),
    # money as news writes it, in several currencies
    ("It raised £1.5m, ¥5bn and CHF 1.2bn.", [("£1.5m", 1.5e6, "GBP", "exact"),
                                            ("¥5bn", 5e9, "JPY", "exact"),
                                            ("CHF 1.2bn", 1.2e9, "CHF", "exact")]),
    ("Sales hit SEK 450m, A$2.5 million and Rs 500.", [("SEK 450m", 4.5e8, "SEK", "exact"),
                                                      ("A$2.5 million", 2.5e6, "AUD", "exact"),
                                                      ("Rs 500", 500, "INR", "exact")]),
    ("The bill came to 12,50 euros and a beer 4,20 €.", [("12,50 euros", 12.5, "EUR", "exact"),
                                                        ("4,20 €", 4.2, "EUR", "exact")]),
    ("Net income was ($5.2 million) in the quarter.",
     [("($5.2 million)", -5.2e6, "USD", "exact")]),
    ("Net loss: ($3.4m).", [("($3.4m)", -3.4e6, "USD", "exact")]),
    ("The deal, worth €50m ($55m), closed.", [("€50m", 5e7, "EUR", "exact"),
                                             ("$55m", 5.5e7, "USD", "exact")]),
    ("A fee (£30) is charged.", [("£30", 30, "GBP", "exact")]),
    # percentages and temperatures
    ("Inflation hit 10.5pc; 10 PCs were sold.", [("10.5pc", 10.5, "percent", "exact"),
                                                ("10", 10, None, "exact")]),
    ("Unemployment rose by 1.5 percentage points to 7.2%.",
     [("1.5 percentage points", 1.5, "percentage_point", "exact"), ("7.2%", 7.2, "percent",
                                                                    "exact")]),
    ("Highs reached 104°F.", [("104°F", 104, "degree_Fahrenheit", "exact")]),
    # vague amounts, number nouns and shares
    ("Hundreds of police came.", [("Hundreds of", 100, None, "vague")]),
    ("Hundreds of thousands signed; thousands fled.",
     [("Hundreds of thousands", 1e5, None, "vague"), ("thousands", 1000, None, "vague")]),
    ("A baker's dozen trucks arrived.", [("A baker's dozen", 13, None, "exact")]),
    ("A score of people were hurt; she got a score of 98.",
     [("A score of", 20, None, "exact"), ("98", 98, None, "exact")]),
    ("Only one in five adults voted.", [("one in five", 0.2, None, "exact")]),
    ("Nearly one in three children are poor.", [("Nearly one in three", 1 / 3, None, "about")]),
    ("They scored 3 in 10 minutes.", [("3", 3, None, "exact")]),
    ("A third of the population lives in poverty.", [("A third", 1 / 3, None, "exact")]),
    ("Half a million people and a quarter of a million homes.",
     [("Half a million", 5e5, None, "exact"), ("a quarter of a million", 2.5e5, None, "exact")]),
    ("The DAX was up by a fifth of a percent.", [("a fifth of a percent", 0.2, "percent",
                                                  "exact")]),
    # "m" after a number: millions before a plural, metres otherwise
    ("Some 5m people, 1m new jobs and 100m euros.", [("Some 5m", 5e6, None, "about"),
                                                     ("1m", 1e6, None, "exact"),
                                                     ("100m euros", 1e8, "EUR", "exact")]),
    ("He is 1.8m tall and built a 2m wall after 2m of snow.",
     [("1.8m", 1.8, "meter", "exact"), ("2m", 2, "meter", "exact"), ("2m", 2, "meter", "exact")]),
    ("It is a €1.2-billion deal.", [("€1.2-billion", 1.2e9, "EUR", "exact")]),
    # ranges: a shared multiplier or currency, an order that makes no range
    ("Between 1.5 and 2 million people came.", [("Between 1.5 and 2 million", 1.5e6, None,
                                                 "range")]),
    ("Estimates ranged from 500 to 2 million.", [("from 500 to 2 million", 500, None,
                                                   "range")]),
    ("Sales rose from 5 to 7 million.", [("5", 5e6, None, "exact"),
                                         ("7 million", 7e6, None, "exact")]),
    ("A deal worth $1.5-2bn or £30-40m.", [("$1.5-2bn", 1.5e9, "USD", "range"),
                                          ("£30-40m", 3e7, "GBP", "range")]),
    ("It hovered between -30 and -60.", [("between -30 and -60", -60, None, "range")]),
    ("The yen peaked at 76.25 to a dollar.", [("76.25", 76.25, None, "exact"),
                                             ("a dollar", 1, "USD", "exact")]),
    # ids, models and scores are not amounts
    ("Jobs sold 13.7 million Macs.", [("13.7 million", 13.7e6, None, "exact")]),
    ("The 7E7 was renamed for its 85th birthday.", []),
    ("The Nikkei is at its lowest since '82, landing at 6:40 p.m. (GMT +8).", []),
    ("Call 020 7946 0958 today.", []),
    ("245 23 yen", []),
    ("In 2010 15 people died.", [("15", 15, None, "exact")]),
    ("The 787 Dreamliner and the 787-8 seat 242 people; the 300 were rescued.",
     [("242", 242, None, "exact"), ("300", 300, None, "exact")]),
    ("Since 1967 5,700 737s and 18 777s were delivered.", [("5,700", 5700, None, "exact"),
                                                          ("18", 18, None, "exact")]),
    ("The index fell below the 500 mark.", [("500", 500, None, "exact")]),
    ("Their new 787 aircraft, the 777-200LR and Standard & Poor's 500 index; its 300 employees.",
     [("300", 300, None, "exact")]),
    ("A 2-1 win; the Senate voted 52-35.", [("2", 2, None, "exact"), ("1", 1, None, "exact"),
                                           ("52", 52, None, "exact"), ("35", 35, None, "exact")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [("The minimum wage rises to $15 an hour.", "$15 an hour", 15, "USD / hour"),
     ("Brent fell to $80.35 a barrel.", "$80.35 a barrel", 80.35, "USD / barrel"),
     ("She earns £50,000 a year.", "£50,000 a year", 50_000, "GBP / year"),
     ("The car was doing 70 miles an hour.", "70 miles an hour", 70, "mile / hour"),
     ("It pumps 1.5m barrels a day.", "1.5m barrels a day", 1.5e6, "barrel / day"),
     ("Prices were $3 a year ago.", "$3", 3, "USD")],
)  # fmt: skip
def test_rates_with_an_article(nlp, text, span, value, unit):
    (q,) = find_quantities(nlp(text))
    assert (q.span.text, q.value, q.unit) == (span, pytest.approx(value), unit)


def test_bare_amount_beside_a_rate_shares_it(nlp):
    (q,) = find_quantities(nlp("Oil traded between $60 and $70 a barrel."))
    assert (q.value, q.high, q.unit, q.bound) == (60, 70, "USD / barrel", "range")
    low, high = find_quantities(nlp("Oil rose from $60 to $70 a barrel."))
    assert (low.value, low.unit, high.value, high.unit) == (60, "USD / barrel", 70, "USD / barrel")


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quantities_in_snippets(nlp, text, expected):
    found = find_quantities(nlp(text))
    got = [(q.span.text, q.value, q.currency or q.unit, q.bound) for q in found]
    assert [(t, pytest.approx(v), u, b) for t, v, u, b in expected] == got
    for q in found:
        assert text[q.span.start : q.span.end] == q.span.text


@pytest.mark.parametrize(
    ("text", "counted"),
    [("more than 10,000 North Korean troops", "troops"), ("an estimated 50,000 soldiers", "soldiers"),
     ("thousands of civilians fled", "civilians"), ("five new Boeing 737s", None)],
)  # fmt: skip
def test_counted_noun(nlp, text, counted):
    (q,) = find_quantities(nlp(text))
    if counted is None:
        assert q.counted != "new"
    else:
        assert q.counted == counted


def test_a_time_after_a_count_is_not_what_it_counts(nlp):
    (q,) = find_quantities(nlp("Sales were up from 150 last year."))
    assert (q.value, q.counted) == (150, None)


def test_range_keeps_both_ends(nlp):
    (q,) = find_quantities(nlp("They were given between 44 and 50 mg ethanol."))
    assert (q.value, q.high, q.unit, q.bound) == (44, 50, "milligram", "range")
    assert q.si_value == pytest.approx(44e-6)


def test_time_spans_are_kept_only_on_request(nlp):
    doc = nlp("The battery failed after three days, in 1979.")
    assert find_quantities(doc) == []
    kept = [(q.span.text, q.value, q.unit) for q in find_quantities(doc, keep_time=True)]
    assert kept == [("three days", 3, "day"), ("1979", 1979, None)]


def test_temperature_goes_to_kelvin(nlp):
    (q,) = find_quantities(nlp("Highs close to 45 °C were recorded."))
    assert (q.unit, q.si_unit, q.bound) == ("degree_Celsius", "K", "about")
    assert q.si_value == pytest.approx(318.15)


@pytest.mark.parametrize(
    ("text", "value"),
    [("three million, two hundred & forty", 3_000_240), ("a hundred and two", 102),
     ("twenty-one", 21), ("two and a half", 2.5), ("one thousand", 1000)],
)  # fmt: skip
def test_word_numerals(text, value):
    (numeral,) = word_numerals(text)
    assert (numeral.start, numeral.end, numeral.value) == (0, len(text), value)


@pytest.mark.parametrize(
    ("text", "european", "value"),
    [("10,000", False, 10_000), ("10.000", True, 10_000), ("10.000", False, 10.0),
     ("1.234,5", True, 1234.5), ("10 000", False, 10_000), ("1.5", False, 1.5)],
)  # fmt: skip
def test_digits_value(text, european, value):
    assert digits_value(text, european)[0] == value
