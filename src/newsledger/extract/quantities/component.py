"""Quantities with units normalised and bounds kept.

A claim ledger that drops the "about" in "about 190 miles" or the "more than" in
"more than 10,000 troops" misreports its source, so every quantity keeps its bound
(exact, about, more_than, less_than, at_least, at_most, range, vague) read from the
words around it. Numbers are found with compiled patterns over the text (spaCy's
tokens split "$2bn" or "25lbs" unpredictably); tokens are used only for context:
the counted noun, proper names ("Boeing 787") and furniture. Years, dates, clock
times and durations ("two months") are left to the time extractor; ordinals,
phone numbers and ids are ignored.

Conventions: a range keeps its low end in `value` and its high end in `high`; a
vague amount ("thousands of", "several hundred") carries its scale (1000, 100) as
`value` with bound "vague"; "nearly" and "almost" read as "about"; money has its
ISO 4217 code as both `unit` and `currency` ("USD / kilogram" for a price per unit);
counts have no unit and name what they count in `counted`.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsledger.extract.extensions import register_extensions
from newsledger.extract.quantities.context import (
    BOUND_LEFT,
    BOUND_RIGHT,
    INCH_CONTEXT,
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
from newsledger.extract.quantities.units import (
    PERCENT_WORDS,
    TEMPERATURE,
    UNIT_NAME_TAIL,
    Unit,
    compound_unit,
    currency_code,
    currency_names,
    is_duration,
    temperature_unit,
    to_si,
    unit_word,
)
from newsledger.records import Quantity, Span

CURRENCY_LEFT = re.compile(
    r"(?:(?P<code>\b[A-Z]{3})\s?|(?P<sym>(?:\b(?:[A-Z]{1,3}|U\.S\.)|\b(?:US|U\.S\.)\s)?\$"
    r"|£|€|¥|₹|₽|₩|₺|₴|₪|₦|₱|\bRs\.?\s?))\s?\Z"
)
CURRENCY_RIGHT_SYMBOL = re.compile(r"\s?(?P<sym>€|\$|£|¥)|\s(?P<code>[A-Z]{3})\b")
MULTIPLIER = re.compile(
    r"(?P<sep>[\s-]?)(?P<mult>thousand|million|billion|trillion|bn|bln|mn|mln|tn|trn)\b"
    r"|(?P<letter>[kKmMbBT]|tr)\b",
    re.IGNORECASE,
)
UNIT_PART = re.compile(
    r"(?P<pre>(?:square|sq\.?|cubic|cu\.?)\s)?"
    r"(?P<multi>nautical\smiles?|light[\s-]years?|fluid\sounces?|metric\stons?|short\stons?"
    r"|long\stons?|square\s\w+|cubic\s\w+)?"
    r"(?(multi)|(?P<word>[A-Za-zµμΩ]+))"
    r"(?P<pow>\^[-−]?[1-3]|\*\*[-−]?[1-3]|[-−][1-3](?![\d]|[.,]\d)|[23](?![\d]|[.,]\d)|[²³]|⁻¹)?"
    r"(?P<post>\s(?:squared|cubed))?\b"
)
PER = re.compile(r"\s?/\s?|\s*\bper\s+")
TIMES_PER = re.compile(r"\s+times\s+(?:per|a|an|each)\s+(?P<w>[a-z]+)\b")
A_UNIT = re.compile(
    r"\b(?P<a>an?|one)\s+(?=[A-Za-z]*(?:"
    + UNIT_NAME_TAIL.pattern.removesuffix("\\Z")
    + r"|pence|penny|pennies|cents?|dimes?|dollars?|euros?)\b)(?P<w>[A-Za-z]+)\b",
    re.IGNORECASE,
)
A_UNIT_EXCLUDED = frozenset(
    "bit second degree point ton yard mole knot foot hand grand count unit cup pound".split()
)
RATE_ARTICLE = re.compile(
    r"\s+(?P<a>an?)\s+(?P<w>[A-Za-z]+)\b(?!\s+(?:ago|earlier|later|before|after|old)\b)"
)
# Where a bracketed amount stands as a value: after a copula, a colon, a line or cell start.
ACCOUNTING_LEFT = re.compile(r"(?:(?:^|(?<=[\n\t]))[ ]*|\b(?:is|was|were|are|be|been)\s+|:\s*)\Z")
# Number nouns unambiguous in news ("gross" is an adjective or gross revenue there).
NUMBER_NOUN = re.compile(
    r"\b(?:an?\s+)?baker['’]s\s+dozen\b|\ba\s+(?P<score>score)\s+of\b", re.IGNORECASE
)
NEXT_WORD = re.compile(r"[\s-]*(?P<w>[A-Za-z]+)")
DECIMAL_COMMA = re.compile(r",(?P<frac>\d{1,2})(?![\d]|[.,]\d)")
NOT_BEFORE_COUNTED = frozenset("last next this that every each per a an".split())
OF_A = re.compile(r"\s+(?:of\s+)?an?\s+(?:(?P<scale>thousand|million|billion|trillion)\b)?")
DIMENSIONS = frozenset("tall high long wide deep thick across".split())
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
NOUNISH = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


@Language.factory("newsledger_quantities", assigns=["doc._.nl_quantities"])
def make_quantities(nlp: Language, name: str) -> QuantityExtractor:
    register_extensions()
    return QuantityExtractor()


class QuantityExtractor:
    """spaCy component: writes `doc._.nl_quantities`."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.nl_quantities = find_quantities(doc)
        return doc


def quantities_from_doc(doc: Doc) -> list[Quantity]:
    """The records this component left on the doc."""
    return list(doc._.nl_quantities or [])


def find_quantities(doc: Doc, keep_time: bool = False) -> list[Quantity]:
    """Every quantity in the doc; `keep_time` also returns years and durations (for scoring)."""
    text = doc.text
    if not text:
        return []
    reader = _Reader(doc, text)
    found = reader.read()
    quantities = []
    for item in found:
        if item.kind == "name" or (item.kind != "quantity" and not keep_time):
            continue
        if reader.touches_furniture(item.start, item.end):
            continue
        quantities.append(_record(text, item))
    return quantities


def _record(text: str, item: Found) -> Quantity:
    unit = item.unit
    si_value, si_unit = to_si(item.value, unit) if unit else (None, None)
    return Quantity(
        span=Span.of(text, item.start, item.end),
        value=item.value,
        unit=unit.name if unit else None,
        si_value=si_value,
        si_unit=si_unit,
        bound=item.bound,
        counted=item.counted,
        high=item.high,
        unit_text=item.unit_text,
        currency=unit.currency if unit else None,
    )


class _Reader:
    """Reads the quantities of one doc (holds the doc-wide lookups built on demand)."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text
        self.european = EUROPEAN_EVIDENCE.search(self.text) is not None
        self._starts: list[int] | None = None
        self.names = NumberNames(doc, text, self.token_index)

    # --- token look-ups -------------------------------------------------------------------
    def token_index(self, char: int) -> int:
        if self._starts is None:
            self._starts = self.doc.to_array([IDX]).ravel().tolist()
        return max(0, bisect_right(self._starts, char) - 1)

    def touches_furniture(self, start: int, end: int) -> bool:
        first, last = self.token_index(start), self.token_index(max(start, end - 1))
        return any(self.doc[i]._.furniture for i in range(first, last + 1))

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
        found = join_ranges(self.text, found, self.counted_noun)
        timex_spans = sorted((t.span.start, t.span.end) for t in self.doc._.nl_timexes or [])
        kept = []
        for item in found:
            if item.count_like and item.kind == "quantity" and _inside(timex_spans, item):
                continue
            if item.count_like and item.counted is None and item.kind == "quantity":
                item.counted = self.counted_noun(item.end)
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
                elif letter in "mM" and self.plural_follows(m.end()):
                    scale = 1e6  # "5m people", "100m euros"; "a 2m wall" is metres
            if scale != 1.0:
                item.value *= scale
                item.scale = scale
                pos = m.end()
        uncertainty = UNCERTAINTY.match(text, pos)
        if uncertainty:
            pos = uncertainty.end()
        pos = self.read_unit(item, pos)
        if pos is None:
            return None
        item.end = self.read_rate(item, pos)
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

    def plural_follows(self, pos: int) -> bool:
        """A plural noun after "5m" makes it millions ("5m people", "1m new jobs", "3m tonnes").

        A metre measure is followed by a singular noun, "of" or a dimension ("a 2m wall",
        "2m of snow", "1.8m tall", "2m tall trees").
        """
        noun = self.word_after_adjectives(pos, keep=DIMENSIONS)
        return noun is not None and noun.tag_ in PLURAL_TAGS and noun.idx > pos

    def word_after_adjectives(self, pos: int, keep: frozenset[str] = frozenset()) -> Token | None:
        """The first token from `pos` on that is not an adjective (those in `keep` stop it)."""
        doc = self.doc
        i = self.token_index(pos)
        i += i < len(doc) and doc[i].idx < pos
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].lower_ not in keep:
            i += 1
        return doc[i] if i < len(doc) else None

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
            after = self.read_unit(probe, m.end())
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

    def read_unit(self, item: Found, pos: int) -> int | None:
        """Read the unit after the number; None when the glued letters show an id."""
        text = self.text
        glued = pos < len(text) and text[pos].isalpha()
        if item.unit is None:
            pct = PERCENT_WORDS.match(text, pos)
            if pct:
                kind = (
                    "percentage_point" if pct["pp"] else "basis_point" if pct["bp"] else "percent"
                )
                item.unit = Unit(kind, kind)
                item.unit_text = pct.group().strip()
                return pct.end()
            temp = TEMPERATURE.match(text, pos)
            if temp:
                name = temp["s1"] or temp["s2"] or temp["s3"] or temp["w"]
                item.unit = temperature_unit(name)
                item.unit_text = temp.group().strip()
                return temp.end()
        start = pos + 1 if text[pos : pos + 1] in (" ", "\u00a0", "-") else pos
        parts, end = self.unit_parts(start, money=item.unit)
        if glued and text[start:end] == "s":
            return None  # "787s", "the 90s": a plural, not seconds
        if parts:
            if item.unit is not None and item.unit.kind == "money":
                if parts[0][0].kind == "money" and len(parts) == 1:  # "$ 249 USD"
                    return end
                parts = [(item.unit, 1), *parts] if parts[0][1] < 0 else parts
            unit = compound_unit(parts)
            if unit is not None:
                if item.unit is not None and item.unit.kind == "money" and unit.kind != "money":
                    return pos  # "$5 m": the money stays, the letters are not a unit
                item.unit = unit
                item.unit_text = (
                    f"{item.unit_text or ''} {text[start:end]}".strip()
                    if unit.kind == "money" and item.unit_text
                    else text[start:end]
                )
                return end
        times = TIMES_PER.match(text, pos)
        if times and item.unit is None:
            per = unit_word(times["w"])
            if per is not None and per.kind == "physical":
                item.unit = Unit(f"1 / {per.name}", "physical", expr=f"1 / ({per.expr})")
                item.unit_text = text[pos : times.end()].strip()
                return times.end()
        right = CURRENCY_RIGHT_SYMBOL.match(text, pos)
        if right and item.unit is None:
            code = currency_code(right["sym"] or right["code"])
            if code:
                item.unit = Unit(code, "money", currency=code)
                item.unit_text = right.group().strip()
                return right.end()
        if glued:
            return None  # "06F6", "21st", "787s": ids, ordinals and plurals of numbers
        return pos

    def read_rate(self, item: Found, pos: int) -> int:
        """ "$3.50 a gallon", "$15 an hour", "70 miles an hour": the article means "per"."""
        unit = item.unit
        if unit is None or unit.kind not in ("money", "physical") or "/" in unit.name:
            return pos
        m = RATE_ARTICLE.match(self.text, pos)
        if m is None:
            return pos
        per = unit_word(m["w"])
        if per is None or per.kind != "physical" or is_duration(unit):
            return pos
        if unit.kind == "physical" and not is_duration(per):
            return pos  # "2 m a metre" is no rate; a physical rate is per unit of time
        rate = compound_unit([(unit, 1), (per, -1)])
        if rate is None:
            return pos
        item.unit = rate
        item.unit_text = f"{item.unit_text or ''} {self.text[m.start('a') : m.end()]}".strip()
        return m.end()

    def unit_parts(self, pos: int, money: Unit | None) -> tuple[list[tuple[Unit, int]], int]:
        """Unit words with powers from `pos`: "km", "km/s2", "J/m^2 per year"."""
        text = self.text
        parts: list[tuple[Unit, int]] = []
        end = pos
        sign = 1
        at = pos
        for _ in range(4):
            part = self.unit_part(at) if parts or money is None else None
            if part is None and not parts and money is not None:
                part = self.unit_part(at)
                if part is not None and part[0].kind == "money":
                    return [part[:2]], part[2]
                if part is None or part[0].kind != "physical":
                    per = PER.match(text, at)
                    if not per:
                        return [], pos
                    part = self.unit_part(per.end())
                    if part is None or part[0].kind != "physical":
                        return [], pos
                    parts.append((part[0], -part[1]))
                    end = at = part[2]
                    continue
                return [], pos
            if part is None:
                break
            unit, power, part_end = part
            parts.append((unit, sign * power))
            end = part_end
            per = PER.match(text, part_end)
            if not per:
                break
            sign = -1
            at = per.end()
        return parts, end

    def unit_part(self, pos: int) -> tuple[Unit, int, int] | None:
        m = UNIT_PART.match(self.text, pos)
        if not m:
            return None
        power = 1
        if m["multi"]:
            unit = unit_word(re.sub(r"\s+|-", "_", m["multi"].lower()).removesuffix("s"))
            if unit is None and m["multi"].lower().startswith(("square", "cubic")):
                inner = unit_word(m["multi"].split()[1])
                if inner is None or inner.kind != "physical":
                    return None
                power = 2 if m["multi"].lower().startswith("square") else 3
                unit = inner
        else:
            word = m["word"]
            if word == "in":
                unit = unit_word("inch") if INCH_CONTEXT.match(self.text, m.end()) else None
            else:
                unit = unit_word(word)
            if unit is None:
                return None
        if unit is None:
            return None
        if m["pre"]:
            if unit.kind != "physical":
                return None
            power = 2 if m["pre"].lower().startswith(("sq", "square")) else 3
        if m["pow"]:
            raw = m["pow"].replace("**", "").replace("^", "").replace("−", "-")
            power = {"²": 2, "³": 3, "⁻¹": -1}.get(raw) or int(raw)
        if m["post"]:
            power = 2 if "squared" in m["post"] else 3
        if power != 1 and unit.kind != "physical":
            return None
        return unit, power, m.end()

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
            return self.counted_noun(item.end, strict=True) is not None
        return True

    def counts(self, item: Found) -> bool:
        """A year-like number that counts: "more than 2000 troops", "1500 people died"."""
        text = self.text
        if BOUND_LEFT.search(text, max(0, item.start - 30), item.start):
            return True
        if YEAR_PREPOSITION.search(text, max(0, item.start - 12), item.start):
            return False
        i = self.token_index(item.end)
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

    def counted_noun(self, end: int, strict: bool = False) -> str | None:
        """The noun a bare number counts: "10,000 North Korean troops" -> "troops"."""
        doc = self.doc
        i = self.token_index(max(0, end - 1))
        token = doc[i]
        head = token.head
        if (
            token.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
            and head.i > i
            and head.i - i <= 6
            and head.pos_ in NOUNISH
        ):
            return head.text if head.pos_ == "PROPN" else head.lower_
        if strict:
            return None
        j = i + 1
        while j < len(doc) and j <= i + 6:
            t = doc[j]
            if t.idx < end:
                j += 1
                continue
            if t.pos_ == "NOUN":
                while j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN" and not doc[j + 1].is_punct:
                    j += 1
                return doc[j].lower_
            if t.lower_ in NOT_BEFORE_COUNTED:
                break  # "150 last year", "3 a day": the noun after is a time, not what is counted
            if t.pos_ in ("ADJ", "PROPN", "NUM", "DET") or t.lower_ in ("of", "-"):
                j += 1
                continue
            break
        return None

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
        pos = self.read_unit(item, item.end)
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
            pos = self.read_unit(probe, of_a.end())
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
            item.counted = self.counted_noun(item.end)
            if item.counted in ("years", "decades", "centuries", "months", "weeks", "days"):
                item.kind = "duration"
        return item

    def number_noun(self, numeral: Numeral) -> Found | None:
        """ "a baker's dozen" (13); "a score of" (20) only before a plural noun, not "of 98"."""
        if numeral.value == 20:
            noun = self.word_after_adjectives(numeral.end)
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
        pos = self.read_unit(item, numeral.end)
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
