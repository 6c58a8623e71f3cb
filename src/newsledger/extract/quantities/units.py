"""Units and currencies: what a word after a number measures, and its SI value.

Physical units go through one lazily built `pint` registry (building it takes about
a second, so it is made on first use and kept); only units a news text plausibly
means are accepted, because pint reads almost any short word as some unit ("in" is
inch, "a" is year, "are" is 100 m²). Currencies come from the ISO 4217 table of the
`iso4217` package; only the symbols ($, £, €…) are listed here, since the
package has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import iso4217

# pint base units a news text may mean; a prefix is allowed only on PREFIXABLE ones.
ALLOWED_BASES = frozenset(
    """meter mile foot inch yard nautical_mile light_year astronomical_unit parsec angstrom
    gram pound ounce metric_ton ton carat second minute hour day week month year decade century
    millennium fortnight acre hectare liter gallon barrel cup tablespoon teaspoon pint quart
    fluid_ounce cubic_centimeter degree_Celsius degree_Fahrenheit kelvin mile_per_hour
    kilometer_per_hour knot joule calorie watt_hour electron_volt british_thermal_unit watt
    horsepower hertz byte bit pascal psi atmosphere volt ampere ohm gray sievert becquerel
    candela mole newton barn square_mile square_foot square_yard square_inch cubic_foot
    cubic_inch cubic_yard bushel annum""".split()
)
PREFIXABLE = frozenset(
    """meter gram liter second watt watt_hour joule electron_volt hertz byte bit pascal volt
    ampere gray sievert becquerel barn year annum calorie metric_ton ton ohm newton mole
    candela""".split()
)
COMMON_PREFIXES = frozenset(
    """atto femto pico nano micro milli centi deci deca hecto kilo mega giga tera peta exa
    kibi mebi gibi tebi pebi exbi""".split()
)
# Symbols too ambiguous in prose to read as units, even right after a number ("5 CDs" are
# compact discs, not candelas).
AMBIGUOUS_SYMBOLS = frozenset(
    "a A are B b C c d F G H in is l N P S T at as an on no or it m2 mo Ms sec sigma pt pts has "
    "point points stone stones shot shots league leagues count counts unit units kt "
    "cd cds CD CDs Cd".split()
)
TIME_UNITS = frozenset(
    "second minute hour day week month year decade century millennium fortnight".split()
)

CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "USD$": "USD", "U.S.$": "USD", "£": "GBP", "€": "EUR",
    "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₴": "UAH", "₪": "ILS",
    "₦": "NGN", "₱": "PHP", "AU$": "AUD", "A$": "AUD", "C$": "CAD", "CA$": "CAD",
    "CAN$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "Rs": "INR",
    "Rs.": "INR", "NT$": "TWD", "MX$": "MXN",
}  # fmt: skip
# Generic currency words whose code the ISO table cannot decide alone ("dollar").
PREFERRED_CURRENCY = {
    "dollar": "USD", "pound sterling": "GBP", "sterling": "GBP", "franc": "CHF",
    "rupee": "INR", "peso": "MXN", "krona": "SEK", "krone": "NOK", "dinar": "KWD",
    "riyal": "SAR", "rial": "IRR", "yuan": "CNY", "renminbi": "CNY", "rouble": "RUB",
    "ruble": "RUB", "shekel": "ILS", "lira": "TRY", "real": "BRL", "reais": "BRL",
}  # fmt: skip
# Words that look like currency names but are common English after a number.
NOT_CURRENCY_WORDS = frozenset(
    {"won", "real", "rand", "pound", "pounds", "lek", "kip", "som", "mark", "marks", "gold",
     "sum", "sums", "oro", "fomento", "omani", "previsional", "uruguayo", "mvdol", "dram", "drams"}
)  # fmt: skip
MINOR_CURRENCY = {
    "cent": "cent", "cents": "cent", "penny": "penny", "pennies": "penny", "pence": "penny",
    "dime": "dime", "dimes": "dime",
}  # fmt: skip
# "10.5pc" is British press shorthand for per cent (never parsecs in news); "10 PCs" are computers.
PERCENT_WORDS = re.compile(
    r"(?P<sep>\s?)(?:(?P<pp>percentage[\s-]points?|pct\.?\s+points?|pp\b)"
    r"|(?P<bp>basis\s+points?|bps?\b)|(?P<pc>%|percent\b|per\s?cent\b|pct\b|(?-i:pc)\b))",
    re.IGNORECASE,
)
TEMPERATURE = re.compile(
    r"\s?(?:°\s?(?P<s1>[CFK])\b|º\s?(?P<s2>[CF])\b|(?P<s3>℃|℉)|degrees?\s+"
    r"(?P<w>Celsius|centigrade|Fahrenheit|Kelvin|C\b|F\b))",
)
_TEMPERATURE_NAMES = {
    "C": "degree_Celsius", "F": "degree_Fahrenheit", "K": "kelvin", "℃": "degree_Celsius",
    "℉": "degree_Fahrenheit", "celsius": "degree_Celsius", "centigrade": "degree_Celsius",
    "fahrenheit": "degree_Fahrenheit", "kelvin": "kelvin", "c": "degree_Celsius",
    "f": "degree_Fahrenheit",
}  # fmt: skip
# Irregular unit words pint lacks or misreads, as pint expressions.
EXTRA_UNITS = {
    "sq mi": "square_mile", "sq km": "kilometer ** 2", "sq ft": "square_foot",
    "sq m": "meter ** 2", "kmh": "kilometer / hour", "km/h": "kilometer / hour",
    "km/hr": "kilometer / hour", "kmph": "kilometer / hour", "mpg": "mile / gallon",
    "bpd": "barrel / day", "tpd": "metric_ton / day", "annum": "year", "megaton": "megaton_TNT",
    "megatons": "megaton_TNT", "kiloton": "kiloton_TNT", "kilotons": "kiloton_TNT",
    "Mbps": "megabit / second", "Gbps": "gigabit / second", "kbps": "kilobit / second",
    "tonnes": "metric_ton", "tonne": "metric_ton", "tons": "metric_ton", "ton": "metric_ton",
}  # fmt: skip


_NAME_TAILS = """meter metre mile foot feet inch inches yard parsec angstrom gram gramme pound ounce
    ton tonne carat second minute hour day week month year decade century centuries millennium
    millennia fortnight acre hectare liter litre gallon barrel cup tablespoon teaspoon pint quart
    celsius fahrenheit kelvin knot joule calorie watt volt electronvolt hertz byte bit pascal
    atmosphere ampere amp ohm gray grey sievert becquerel candela mole newton barn bushel annum
    horsepower""".split()
# Long words are sent to pint only when they end like a unit name ("kilometres", "gigabytes").
UNIT_NAME_TAIL = re.compile(
    r"(?:" + "|".join(sorted(_NAME_TAILS, key=len, reverse=True)) + r")(?:e?s)?\Z", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Unit:
    """What a unit word means: a canonical name and how to reach SI."""

    name: str
    kind: str  # physical | money | minor_money | percent | percentage_point | basis_point
    currency: str | None = None
    expr: str | None = None  # pint expression (physical units only)


@lru_cache(maxsize=1)
def registry() -> Any:
    """The process-wide pint registry (slow to build, so made once and on demand)."""
    import pint

    ureg = pint.UnitRegistry()
    ureg.define("annum = year")
    ureg.define("kiloton_TNT = 1000 * ton_TNT")
    ureg.define("megaton_TNT = 1000000 * ton_TNT")
    return ureg


@lru_cache(maxsize=1)
def currency_names() -> dict[str, str]:
    """Lower-case currency names (singular and plural) to ISO 4217 codes."""
    names: dict[str, str] = {}
    generic: dict[str, set[str]] = {}
    for currency in iso4217.Currency:
        name = (currency.currency_name or "").lower()
        if not name or currency.code.startswith("X"):
            continue
        names.setdefault(name, currency.code)
        generic.setdefault(name.split()[-1], set()).add(currency.code)
    for word, codes in generic.items():
        if len(codes) == 1 and word.isalpha():
            names.setdefault(word, next(iter(codes)))
    names.update(PREFERRED_CURRENCY)
    names.update({"us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD"})
    plural = {f"{name}s": code for name, code in names.items() if not name.endswith("s")}
    names.update(plural)
    for word in NOT_CURRENCY_WORDS:
        names.pop(word, None)
    return names


def currency_code(text: str) -> str | None:
    """ISO code of a currency symbol or code written before or after a number."""
    if text in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[text]
    if len(text) == 3 and text.isupper():
        try:
            return iso4217.Currency(text).code
        except ValueError:
            return None
    return None


def _pint_unit(word: str) -> str | None:
    """The pint unit name a single word or symbol stands for, if it is one we accept."""
    if word in AMBIGUOUS_SYMBOLS or not re.fullmatch(r"[A-Za-zµμΩ°]+", word):
        return None
    if len(word) > 4 and not UNIT_NAME_TAIL.search(word):
        return None
    ureg = registry()
    tries = [word] if len(word) <= 3 else [word, word.lower()]
    for attempt in tries:
        try:
            parsed = ureg.parse_unit_name(attempt, case_sensitive=True)
        except Exception:
            continue
        for prefix, base, suffix in parsed:
            if base not in ALLOWED_BASES or suffix not in ("", "s"):
                continue
            if prefix and (base not in PREFIXABLE or prefix not in COMMON_PREFIXES):
                continue
            if prefix and len(word) > 4 and not word.lower().startswith(prefix):
                continue  # "Js", "cds": refuse a symbol read as a prefixed word
            return f"{prefix}{base}"
    return None


@lru_cache(maxsize=8192)
def unit_word(word: str) -> Unit | None:
    """The unit one word (or symbol) after a number stands for, if any."""
    if word in EXTRA_UNITS:
        return Unit(_canonical(EXTRA_UNITS[word]), "physical", expr=EXTRA_UNITS[word])
    lower = word.lower()
    if lower in MINOR_CURRENCY:
        return Unit(MINOR_CURRENCY[lower], "minor_money")
    code = currency_code(word) or (
        currency_names().get(lower) if word.isalpha() and len(word) > 2 else None
    )
    if code:
        return Unit(code, "money", currency=code)
    name = _pint_unit(word) or _product_unit(word)
    if name:
        return Unit(_canonical(name), "physical", expr=name)
    return None


def _product_unit(word: str) -> str | None:
    """Symbols written together for a product: "Js" (joule second)."""
    if not 2 <= len(word) <= 4 or not word.isalpha() or word in AMBIGUOUS_SYMBOLS:
        return None
    if word.islower() or (len(word) > 2 and word[0].isupper() and word[1:].islower()):
        return None  # words ("cars", "but", "Macs") are not two symbols; "Js" is
    for cut in range(1, len(word)):
        left, right = word[:cut], word[cut:]
        if len(left) > 2 or len(right) > 2:
            continue
        left_unit, right_unit = _pint_unit(left), _pint_unit(right)
        if left_unit and right_unit and left_unit not in TIME_UNITS:
            return f"{left_unit} * {right_unit}"
    return None


def temperature_unit(name: str) -> Unit:
    pint_name = _TEMPERATURE_NAMES.get(name) or _TEMPERATURE_NAMES[name.lower()]
    return Unit(pint_name, "physical", expr=pint_name)


@lru_cache(maxsize=4096)
def _canonical(expr: str) -> str:
    return str(registry().parse_units(expr))


def compound_unit(parts: list[tuple[Unit, int]]) -> Unit | None:
    """One unit from physical (and money) parts with powers: km/s², $/kg, J/m²/year."""
    if len(parts) == 1 and parts[0][1] == 1:
        return parts[0][0]
    money = [u for u, _ in parts if u.kind == "money"]
    physical = [(u, p) for u, p in parts if u.kind == "physical"]
    if len(money) + len(physical) != len(parts) or len(money) > 1:
        return None
    expr = " * ".join(f"({u.expr}) ** {p}" for u, p in physical) or "1"
    try:
        canonical = _canonical(expr)
    except Exception:
        return None
    if money:
        power = next(p for u, p in parts if u.kind == "money")
        if power != 1:
            return None
        per = "" if canonical == "dimensionless" else canonical.removeprefix("1 ")
        return Unit(f"{money[0].name} {per}".strip(), "money", currency=money[0].currency)
    return Unit(canonical, "physical", expr=expr)


@lru_cache(maxsize=4096)
def _si_factor(expr: str) -> tuple[float, str, bool, bool]:
    """Factor to SI base units, the SI unit, whether it has an offset, whether it is a duration."""
    ureg = registry()
    units = ureg.parse_units(expr)
    offset = not ureg.Quantity(1, units)._is_multiplicative
    base = ureg.Quantity(1.0, units).to_base_units() if not offset else None
    dims = dict(ureg.Quantity(1, units).dimensionality)
    duration = dims == {"[time]": 1}
    if offset:
        si_unit = f"{ureg.Quantity(0, units).to_base_units().units:~C}"
        return 0.0, si_unit, True, duration
    assert base is not None
    return float(base.magnitude), f"{base.units:~C}", False, duration


def to_si(value: float, unit: Unit) -> tuple[float | None, str | None]:
    """The value in SI base units, and those units (None for money, percent, counts)."""
    if unit.kind != "physical" or not unit.expr:
        return None, None
    factor, si_unit, offset, _ = _si_factor(unit.expr)
    if offset:
        ureg = registry()
        base = ureg.Quantity(value, ureg.parse_units(unit.expr)).to_base_units()
        return float(base.magnitude), si_unit
    return value * factor, si_unit


def is_duration(unit: Unit) -> bool:
    """True for pure time spans ("two months", "66 Ma"): those belong to the time extractor."""
    if unit.kind != "physical" or not unit.expr:
        return False
    return _si_factor(unit.expr)[3]
