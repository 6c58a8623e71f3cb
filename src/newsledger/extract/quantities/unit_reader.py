"""The unit after a number: "km", "km/s2", "% ", "°F", "$3.50 a gallon", "USD / kilogram".

Each function reads the text from one position and, when a unit is written there, sets
`unit` and `unit_text` on the found item and returns where the unit ends.
"""

from __future__ import annotations

import re

from newsledger.extract.quantities.context import INCH_CONTEXT
from newsledger.extract.quantities.ranges import Found
from newsledger.extract.quantities.units import (
    PERCENT_WORDS,
    TEMPERATURE,
    Unit,
    compound_unit,
    currency_code,
    is_duration,
    temperature_unit,
    unit_word,
)

CURRENCY_RIGHT_SYMBOL = re.compile(r"\s?(?P<sym>€|\$|£|¥)|\s(?P<code>[A-Z]{3})\b")
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
RATE_ARTICLE = re.compile(
    r"\s+(?P<a>an?)\s+(?P<w>[A-Za-z]+)\b(?!\s+(?:ago|earlier|later|before|after|old)\b)"
)


def read_unit(text: str, item: Found, pos: int) -> int | None:
    """Read the unit after the number; None when the glued letters show an id."""
    glued = pos < len(text) and text[pos].isalpha()
    if item.unit is None:
        pct = PERCENT_WORDS.match(text, pos)
        if pct:
            kind = "percentage_point" if pct["pp"] else "basis_point" if pct["bp"] else "percent"
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
    parts, end = unit_parts(text, start, money=item.unit)
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


def read_rate(text: str, item: Found, pos: int) -> int:
    """ "$3.50 a gallon", "$15 an hour", "70 miles an hour": the article means "per"."""
    unit = item.unit
    if unit is None or unit.kind not in ("money", "physical") or "/" in unit.name:
        return pos
    m = RATE_ARTICLE.match(text, pos)
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
    item.unit_text = f"{item.unit_text or ''} {text[m.start('a') : m.end()]}".strip()
    return m.end()


def unit_parts(text: str, pos: int, money: Unit | None) -> tuple[list[tuple[Unit, int]], int]:
    """Unit words with powers from `pos`: "km", "km/s2", "J/m^2 per year"."""
    parts: list[tuple[Unit, int]] = []
    end = pos
    sign = 1
    at = pos
    for _ in range(4):
        part = unit_part(text, at) if parts or money is None else None
        if part is None and not parts and money is not None:
            part = unit_part(text, at)
            if part is not None and part[0].kind == "money":
                return [part[:2]], part[2]
            if part is None or part[0].kind != "physical":
                per = PER.match(text, at)
                if not per:
                    return [], pos
                part = unit_part(text, per.end())
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


def unit_part(text: str, pos: int) -> tuple[Unit, int, int] | None:
    m = UNIT_PART.match(text, pos)
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
            unit = unit_word("inch") if INCH_CONTEXT.match(text, m.end()) else None
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
