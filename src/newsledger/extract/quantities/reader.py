"""Finds the numerals of one doc and completes each into a quantity, year, duration or name.

Numbers are found with compiled patterns over the text (spaCy's tokens split "$2bn" or
"25lbs" unpredictably); each numeral is then completed with its currency, multiplier,
unit and bound from the words around it. Years, dates, clock times and durations are
marked for the time extractor; ordinals, phone numbers and ids are dropped.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from newsledger.extract.quantities.context import (
    BOUND_LEFT,
    BOUND_RIGHT,
    LEFT_BOUNDS,
    RIGHT_BOUNDS,
    UNCERTAINTY,
    blocked_zones,
)
from newsledger.extract.quantities.names import NumberNames
from newsledger.extract.quantities.numbers import (
    DENOMINATORS,
    DIGIT_NUMERAL,
    EUROPEAN_EVIDENCE,
    GLUED_MULTIPLIERS,
    MONEY_MULTIPLIERS,
    MULTIPLIER_WORDS,
    PROPORTION,
    SMALL,
    VAGUE,
    VAGUE_SCALES,
    WORD_FRACTION,
    Numeral,
    numeral_from_match,
    proportion_value,
    word_numerals,
)
from newsledger.extract.quantities.ranges import Found, join_ranges
from newsledger.extract.quantities.tokens import PLURAL_TAGS, TokenContext
from newsledger.extract.quantities.unit_reader import read_rate, read_unit
from newsledger.extract.quantities.units import (
    UNIT_NAME_TAIL,
    Unit,
    currency_code,
    currency_names,
    is_duration,
    temperature_unit,
    unit_word,
)

CURRENCY_LEFT = re.compile(
    r"(?:(?P<code>\b[A-Z]{3})\s?|(?P<sym>(?:\b(?:[A-Z]{1,3}|U\.S\.)|\b(?:US|U\.S\.)\s)?\$"
    r"|£|€|¥|₹|₽|₩|₺|₴|₪|₦|₱|\bRs\.?\s?))\s?\Z"
)
MULTIPLIER = re.compile(
    r"(?P<sep>[\s-]?)(?P<mult>thousand|million|billion|trillion|bn|bln|mn|mln|tn|trn)\b"
    r"|(?P<letter>[kKmMbBT]|tr)\b",
    re.IGNORECASE,
)
A_UNIT = re.compile(
    r"\b(?P<a>an?|one)\s+(?=[A-Za-z]*(?:"
    + UNIT_NAME_TAIL.pattern.removesuffix("\\Z")
    + r"|pence|penny|pennies|cents?|dimes?|dollars?|euros?)\b)(?P<w>[A-Za-z]+)\b",
    re.IGNORECASE,
)
A_UNIT_EXCLUDED = frozenset(
    "bit second degree point ton yard mole knot foot hand grand count unit cup pound".split()
)
# Where a bracketed amount stands as a value: after a copula, a colon, a line or cell start.
ACCOUNTING_LEFT = re.compile(r"(?:(?:^|(?<=[\n\t]))[ ]*|\b(?:is|was|were|are|be|been)\s+|:\s*)\Z")
# Number nouns unambiguous in news ("gross" is an adjective or gross revenue there).
NUMBER_NOUN = re.compile(
    r"\b(?:an?\s+)?baker['’]s\s+dozen\b|\ba\s+(?P<score>score)\s+of\b", re.IGNORECASE
)
NEXT_WORD = re.compile(r"[\s-]*(?P<w>[A-Za-z]+)")
DECIMAL_COMMA = re.compile(r",(?P<frac>\d{1,2})(?![\d]|[.,]\d)")
OF_A = re.compile(r"\s+(?:of\s+)?an?\s+(?:(?P<scale>thousand|million|billion|trillion)\b)?")
RANGE_FROM_MONEY = re.compile(
    r"(?:(?P<code>\b[A-Z]{3})\s?|(?P<sym>(?:\b[A-Z]{1,3})?\$|£|€|¥|₹))\d[\d.,]*\s?(?:-|–|to)\s?\Z"
)
HALF = re.compile(r"\b(?:half)(?=\s+(?:of|the|an?\s))", re.IGNORECASE)
ABSOLUTE_ZERO = re.compile(r"\babsolute zero\b", re.IGNORECASE)
YEAR_PREPOSITION = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|of|before|after|during|to|through|early|late|mid"
    r"|the|this|that|these|those|its|their|his|her|our|last|next)|'s)\s+\Z",
    re.IGNORECASE,
)
THOUSANDS_DOT = re.compile(r"\d{1,3}\.000")


class Reader:
    """Reads the quantities of one doc (holds the doc-wide lookups built on demand)."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text
        self.european = EUROPEAN_EVIDENCE.search(self.text) is not None
        self.tokens = TokenContext(doc)
        self.names = NumberNames(doc, text, self.tokens.token_index)

    def blocked(self, start: int, end: int) -> bool:
        """True if [start, end) overlaps a date, time, phone or address."""
        return any(
            z_start < end and z_end > start
            for z_start, z_end in blocked_zones(self.text, start, end)
        )

    # --- the pass -------------------------------------------------------------------------
    def read(self) -> list[Found]:
        numerals = self.numerals()
        runs = self.names.digit_runs([n for n, _ in numerals])
        found: list[Found] = []
        for numeral, maker in numerals:
            if numeral.start in runs:
                continue
            if found and numeral.start < found[-1].end:
                continue  # already read as part of the previous quantity ("+/- 1e-5")
            item = maker(numeral)
            if item is not None and (not found or item.start >= found[-1].end):
                found.append(item)
        found = join_ranges(self.text, found, self.tokens.counted_noun)
        timex_spans = sorted((t.span.start, t.span.end) for t in self.doc._.nl_timexes or [])
        kept = []
        for item in found:
            if item.count_like and item.kind == "quantity" and _inside(timex_spans, item):
                continue
            if item.count_like and item.counted is None and item.kind == "quantity":
                item.counted = self.tokens.counted_noun(item.end)
            kept.append(item)
        return kept

    def numerals(self) -> list[tuple[Numeral, Callable[[Numeral], Found | None]]]:
        """All number-like stretches, leftmost-longest, each with the reader that completes it."""
        text = self.text
        spans: list[tuple[Numeral, Callable[[Numeral], Found | None]]] = []
        for m in DIGIT_NUMERAL.finditer(text):
            numeral = numeral_from_match(m, self.european)
            if numeral is not None:
                spans.append((numeral, self.complete))
        for numeral in word_numerals(text):
            spans.append((numeral, self.complete))
        for m in WORD_FRACTION.finditer(text):
            num = m.group("num").lower()
            den = DENOMINATORS[m.group("den").lower()]
            value = (1 if num in ("a", "an", "one") else SMALL[num]) / den
            spans.append((Numeral(m.start(), m.end(), value, words=True), self.fraction))
        for m in PROPORTION.finditer(text):
            share = proportion_value(m)
            after = NEXT_WORD.match(text, m.end())
            if after and unit_word(after["w"]) is not None:
                continue  # "3 in 10 minutes" is a count and a duration, not a share
            if share is not None:
                numeral = Numeral(m.start(), m.end(), share, words=True)
                spans.append((numeral, self.proportion))
        for m in HALF.finditer(text):
            spans.append((Numeral(m.start(), m.end(), 0.5, words=True), self.fraction))
        for m in VAGUE.finditer(text):
            scale = VAGUE_SCALES[(m["scale"] or m["scale2"] or m["scale3"]).lower()]
            if m.group("pre"):  # "tens of thousands of", "hundreds of millions of"
                scale *= 10 if m.group("pre").lower() == "tens" else 100
            spans.append((Numeral(m.start(), m.end(), scale, words=True), self.vague))
        for m in NUMBER_NOUN.finditer(text):
            value = 20.0 if m["score"] else 13.0
            spans.append((Numeral(m.start(), m.end(), value, words=True), self.number_noun))
        for m in A_UNIT.finditer(text):
            spans.append((Numeral(m.start(), m.end("a"), 1.0, words=True), self.article_unit))
        for m in ABSOLUTE_ZERO.finditer(text):
            spans.append((Numeral(m.start(), m.end(), 0.0, words=True), self.absolute_zero))
        spans.sort(key=lambda s: (s[0].start, -(s[0].end - s[0].start)))
        chosen: list[tuple[Numeral, Callable[[Numeral], Found | None]]] = []
        last_end = -1
        for numeral, maker in spans:
            if numeral.start >= last_end:
                chosen.append((numeral, maker))
                last_end = numeral.end
        return chosen

    # --- completing one numeral ------------------------------------------------------------
    def complete(self, numeral: Numeral) -> Found | None:
        text = self.text
        start, end = numeral.start, numeral.end
        if self.blocked(start, end):
            return None
        if not numeral.words and self.names.looks_like_id(start, end):
            return None
        item = Found(start, end, start, end, numeral.value, words=numeral.words)
        # Currency written before the number: "$", "US$", "£", "EUR".
        left = CURRENCY_LEFT.search(text, max(0, start - 6), start)
        if left and not numeral.words:
            written = re.sub(r"\s", "", left["sym"]) if left["sym"] else left["code"]
            code = currency_code(written)
            if code:
                item.unit = Unit(code, "money", currency=code)
                item.unit_text = text[left.start() : start].strip()
                item.start = left.start()
        elif not numeral.words:
            self.range_currency(item)
        pos = self.read_decimal_comma(item, numeral)
        # Multipliers: "1.5 million", "$2bn", "€10M", "0.5k".
        m = MULTIPLIER.match(text, pos)
        if m:
            scale = 1.0
            if m.group("mult") and not (numeral.words and m.group("sep") == ""):
                scale = MULTIPLIER_WORDS[m.group("mult").lower()]
            elif m.group("letter") and not numeral.words:
                letter = m.group("letter")
                if letter in GLUED_MULTIPLIERS:
                    scale = GLUED_MULTIPLIERS[letter]
                elif item.unit is not None and letter in MONEY_MULTIPLIERS:
                    scale = MONEY_MULTIPLIERS[letter]
                elif letter in "mM" and self.tokens.plural_follows(m.end()):
                    scale = 1e6  # "5m people", "100m euros"; "a 2m wall" is metres
            if scale != 1.0:
                item.value *= scale
                item.scale = scale
                pos = m.end()
        uncertainty = UNCERTAINTY.match(text, pos)
        if uncertainty:
            pos = uncertainty.end()
        pos = read_unit(self.text, item, pos)
        if pos is None:
            return None
        item.end = read_rate(self.text, item, pos)
        if item.unit is not None:
            item.count_like = False
        if not self.classify(item, numeral):
            return None
        dotted = THOUSANDS_DOT.fullmatch(text, numeral.start, numeral.end)
        if item.count_like and dotted and not self.european:
            item.value *= 1000  # "10.000 soldiers": nobody counts a thousandth of a soldier
        self.read_bounds(item)
        self.read_accounting_negative(item)
        return item

    def range_currency(self, item: Found) -> None:
        """ "$1.5-2bn", "£30-40m": the currency before a range's low end counts for its high end."""
        before = RANGE_FROM_MONEY.search(self.text, max(0, item.start - 24), item.start)
        if before is None:
            return
        written = re.sub(r"\s", "", before["sym"]) if before["sym"] else before["code"]
        code = currency_code(written)
        if code:
            item.unit = Unit(code, "money", currency=code)

    def read_decimal_comma(self, item: Found, numeral: Numeral) -> int:
        """ "12,50 euros", "€3,5": a comma before one or two digits is a decimal comma.

        No English thousands separator is followed by fewer than three digits, but a
        list ("rounds 1,2 and 3") can be, so the comma is read only when a currency or
        unit shows the number is an amount.
        """
        end = numeral.end
        m = DECIMAL_COMMA.match(self.text, end)
        if m is None or numeral.words or not numeral.integer_digits:
            return end
        if item.unit is None:
            probe = Found(item.start, m.end(), item.start, m.end(), item.value)
            after = read_unit(self.text, probe, m.end())
            if after is None or probe.unit is None:
                return end
        item.value += math.copysign(int(m["frac"]) / 10 ** len(m["frac"]), item.value or 1)
        item.num_end = m.end()
        return m.end()

    def read_accounting_negative(self, item: Found) -> None:
        """ "Net income was ($5.2 million)": an amount alone in brackets as the value is negative.

        In prose brackets after an amount hold a conversion ("€50m ($55m)"), so only a
        bracket that stands where the value belongs (after "is"/"was", a colon, or at the
        start of a line or table cell) is read as the accountants' minus sign.
        """
        text = self.text
        if item.unit is None or item.unit.kind != "money" or item.bound != "exact":
            return
        if item.start < 1 or text[item.start - 1] != "(" or text[item.end : item.end + 1] != ")":
            return
        if item.value <= 0 or not ACCOUNTING_LEFT.search(
            text, max(0, item.start - 20), item.start - 1
        ):
            return
        item.value = -item.value
        item.start -= 1
        item.end += 1

    def classify(self, item: Found, numeral: Numeral) -> bool:
        """Decide whether the item is a quantity, a year or a duration; False drops it."""
        unit = item.unit
        if unit is not None and is_duration(unit):
            item.kind = "duration"
            return True
        four_digits = numeral.integer_digits and numeral.end - numeral.start == 4
        if unit is None and four_digits and 1000 <= item.value <= 2100 and not self.counts(item):
            item.kind = "year"
            return True
        if unit is None and not numeral.words and self.names.after_name(numeral.start):
            return False
        model_end = self.names.model_number(numeral) if unit is None else None
        if model_end is not None:
            item.kind, item.end = "name", max(item.end, model_end)
            return True
        if numeral.words and self.names.in_name(numeral.start):
            return False  # "Formula One", "Air Force One"
        if numeral.words and numeral.value == 1 and unit is None:
            return self.tokens.counted_noun(item.end, strict=True) is not None
        return True

    def counts(self, item: Found) -> bool:
        """A year-like number that counts: "more than 2000 troops", "1500 people died"."""
        text = self.text
        if BOUND_LEFT.search(text, max(0, item.start - 30), item.start):
            return True
        if YEAR_PREPOSITION.search(text, max(0, item.start - 12), item.start):
            return False
        i = self.tokens.token_index(item.end)
        i += self.doc[i].idx < item.end
        return i < len(self.doc) and self.doc[i].tag_ == "NNS"

    def read_bounds(self, item: Found) -> None:
        text = self.text
        m = BOUND_LEFT.search(text, max(0, item.start - 30), item.start)
        if m:
            item.bound = LEFT_BOUNDS[re.sub(r"\s+", " ", m["bound"].lower())]
            item.start = m.start("bound")
        r = BOUND_RIGHT.match(text, item.end)
        if r and item.bound == "exact":
            item.bound = RIGHT_BOUNDS[re.sub(r"\s+", " ", r["bound"].strip(" -").lower())]
            item.end = r.end()

    # --- other numeral shapes ------------------------------------------------------------------
    def fraction(self, numeral: Numeral) -> Found | None:
        """ "a third of", "two thirds", "one sixth", "half of"."""
        text = self.text
        if self.blocked(numeral.start, numeral.end):
            return None
        phrase = text[numeral.start : numeral.end].lower()
        after = text[numeral.end : numeral.end + 4].lower()
        item = Found(numeral.start, numeral.end, numeral.start, numeral.end, numeral.value)
        item.words = True
        scale = MULTIPLIER.match(text, numeral.end)
        if scale and scale["mult"] and scale["sep"]:  # "one half million"
            item.value *= MULTIPLIER_WORDS[scale["mult"].lower()]
            item.end = scale.end()
        pos = read_unit(self.text, item, item.end)
        if pos is not None and item.unit is not None:
            item.end = pos
            item.count_like = False
        elif (
            phrase.split()[0] in ("a", "an")
            and not after.startswith(" of")
            # "a fifth term" is an ordinal; "about a quarter" is a fraction.
            and not BOUND_LEFT.search(text, max(0, numeral.start - 30), numeral.start)
        ):
            return None
        of_a = OF_A.match(text, item.end) if item.unit is None else None
        if of_a and of_a["scale"]:  # "half a million", "a quarter of a billion"
            item.value *= MULTIPLIER_WORDS[of_a["scale"].lower()]
            item.end = of_a.end()
        elif of_a:  # "half a mile", "a third of a percentage point"
            probe = Found(numeral.start, of_a.end(), numeral.start, of_a.end(), item.value)
            pos = read_unit(self.text, probe, of_a.end())
            if pos is not None and probe.unit is not None:
                item = replace(probe, end=pos, count_like=False, words=True)
        if item.unit is not None and is_duration(item.unit):
            item.kind = "duration"
        self.read_bounds(item)
        return item

    def proportion(self, numeral: Numeral) -> Found | None:
        """ "one in five adults": a share of a whole, like "a fifth of"."""
        if self.blocked(numeral.start, numeral.end):
            return None
        item = Found(numeral.start, numeral.end, numeral.start, numeral.end, numeral.value)
        item.words = True
        self.read_bounds(item)
        return item

    def vague(self, numeral: Numeral) -> Found | None:
        """ "thousands of", "dozens of", "several hundred": bound vague."""
        if self.blocked(numeral.start, numeral.end):
            return None
        item = Found(numeral.start, numeral.end, numeral.start, numeral.end, numeral.value)
        item.bound = "vague"
        item.words = True
        m = re.compile(r"\s+(?P<w>[A-Za-z.]+(?:\s[a-z]+)?)").match(self.text, numeral.end)
        if m:
            names = currency_names()
            for candidate in (m["w"].lower(), m["w"].split()[0].lower()):
                if candidate in names:
                    code = names[candidate]
                    item.unit = Unit(code, "money", currency=code)
                    item.unit_text = candidate
                    item.end = m.start("w") + len(candidate)
                    item.count_like = False
                    break
        if item.count_like:
            item.counted = self.tokens.counted_noun(item.end)
            if item.counted in ("years", "decades", "centuries", "months", "weeks", "days"):
                item.kind = "duration"
        return item

    def number_noun(self, numeral: Numeral) -> Found | None:
        """ "a baker's dozen" (13); "a score of" (20) only before a plural noun, not "of 98"."""
        if numeral.value == 20:
            noun = self.tokens.word_after_adjectives(numeral.end)
            if noun is None or noun.tag_ not in PLURAL_TAGS or noun.like_num:
                return None
        return self.complete(numeral)

    def article_unit(self, numeral: Numeral) -> Found | None:
        """ "a gallon", "a penny", "one kibibyte": the article counts one of the unit."""
        text = self.text
        m = A_UNIT.match(text, numeral.start)
        if m is None or m["w"].lower() in A_UNIT_EXCLUDED:
            return None
        if unit_word(m["w"]) is None or self.blocked(numeral.start, numeral.end):
            return None
        item = Found(numeral.start, numeral.end, numeral.start, numeral.end, 1.0, words=True)
        pos = read_unit(self.text, item, numeral.end)
        if pos is None or item.unit is None:
            return None
        if item.unit.kind in ("percent", "percentage_point", "basis_point"):
            return None
        item.end = pos
        item.count_like = False
        if is_duration(item.unit):
            item.kind = "duration"
        self.read_bounds(item)
        return item

    def absolute_zero(self, numeral: Numeral) -> Found | None:
        item = Found(numeral.start, numeral.end, numeral.start, numeral.end, 0.0, words=True)
        item.unit = temperature_unit("K")
        item.unit_text = self.text[numeral.start : numeral.end]
        item.count_like = False
        return item


def _inside(spans: list[tuple[int, int]], item: Found) -> bool:
    i = bisect_left(spans, (item.num_start + 1, -1)) - 1
    return i >= 0 and spans[i][0] <= item.num_start and spans[i][1] >= item.num_end
