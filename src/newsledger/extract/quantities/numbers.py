"""Numbers as news writes them: digits, words, fractions, multipliers.

Kept apart from the quantity logic because reading "three million, two hundred
and forty", "1.5bn", "2 1/2" or "10.000" (European) is a job of its own. All
patterns are compiled once at import; the parsers are pure functions of strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SMALL = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Denominators of fractions in words ("a third", "two fifths", "three halves").
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    "thousandth": 1000, "thousandths": 1000,
}  # fmt: skip
# Multipliers written after a number: "1.5 million", "$2bn", "€10M", "0.5k".
MULTIPLIER_WORDS = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
# Single letters multiply only when glued to the number; M/B/T/m only for money.
GLUED_MULTIPLIERS = {"k": 1e3, "K": 1e3}
MONEY_MULTIPLIERS = {"m": 1e6, "M": 1e6, "B": 1e9, "b": 1e9, "T": 1e12, "tr": 1e12}

UNICODE_FRACTIONS = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
    "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
    "⅞": 0.875,
}  # fmt: skip
_UFRAC = "".join(UNICODE_FRACTIONS)
MINUS = "-−–"

# One numeral written with digits. Group alternatives are ordered so the longest wins.
DIGIT_NUMERAL = re.compile(
    rf"""
    (?<![\w.,/])                                   # not inside a word, id or other number
    (?P<sign>[{MINUS}](?=\d))?
    (?:
        (?P<mixed>\d+)\s(?P<mnum>\d+)/(?P<mden>\d+)(?![\d/])      # 2 1/2
      | (?P<num>\d+)/(?P<den>\d+)(?![\d/])                           # 1/40
      | (?P<power>\d+(?:\.\d+)?)\s?[x×]\s?(?P<base>\d+)\^(?P<exp>[{MINUS}]?\d+)  # 8x2^10
      | (?P<digits>
            \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,]\d)          # 10,000 / 1,500,000.5
          | \d{{1,3}}(?:\.\d{{3}}){{2,}}(?:,\d+)?(?![\d.]\d)     # 10.000.000 (European)
          | \d{{1,3}}(?:[\u00a0\u202f\u2009 ]\d{{3}})+(?![\d.,]\d|\w)  # 10 000
          | \d*\.\d+ | \d+
        )
        (?P<ufrac>[{_UFRAC}])?
        (?P<sci>[eE][{MINUS}+]?\d+(?![\w])|\s?[×x]\s?10\^?[{MINUS}]?\d+)?
      | (?P<alone>[{_UFRAC}])
    )
    """,
    re.VERBOSE,
)

_WORD_ATOMS = sorted([*SMALL, *TENS, "hundred", *SCALES, "dozen", "half"], key=len, reverse=True)
WORD_ATOM = re.compile(rf"\b(?:{'|'.join(_WORD_ATOMS)})\b", re.IGNORECASE)
# What may stand between two number words of one numeral.
WORD_JOIN = re.compile(r"(?:\s+|-|\s*,\s*|\s+and\s+(?:a\s+)?|\s*&\s*)\Z", re.IGNORECASE)
WORD_FRACTION = re.compile(
    rf"\b(?P<num>a|an|one|{'|'.join(k for k in SMALL if k not in ('zero', 'nil', 'one'))})"
    rf"[\s-]+(?P<den>{'|'.join(sorted(DENOMINATORS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
_SMALL_WORDS = "|".join(sorted([*SMALL, *TENS], key=len, reverse=True))
# "one in five adults", "eight out of 10", "one in every 100", "one in a million".
PROPORTION = re.compile(
    rf"\b(?P<a>{_SMALL_WORDS}|\d{{1,3}})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<b>{_SMALL_WORDS}|an?\s+(?:hundred|thousand|million|billion)|\d{{1,3}}(?:,\d{{3}})*)"
    r"\b(?![.,]\d|\s*(?:%|percent|per\s?cent)|[-/])",
    re.IGNORECASE,
)
VAGUE = re.compile(
    r"\b(?P<phrase>(?:(?P<pre>tens|hundreds)\s+of\s+)?(?P<scale>dozens|scores|hundreds"
    r"|thousands|millions|billions|trillions)"
    r"(?:\s+(?:and\s+(?:hundreds|thousands|millions)\s+)?of|(?(pre)|(?!)))"
    r"|(?:several|a\s+few|a\s+couple\s+of|some)\s+(?P<scale2>dozen|hundred|thousand|million|"
    r"billion)(?!\s*(?:\d|and))"
    # "Thousands fled": a bare plural scale is a vague count ("scores" is too often a result).
    r"|(?P<scale3>dozens|hundreds|thousands|millions|billions)(?!\s+of\b))\b",
    re.IGNORECASE,
)
VAGUE_SCALES = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "trillions": 1e12, "dozen": 12, "hundred": 100, "thousand": 1e3,
    "million": 1e6, "billion": 1e9,
}  # fmt: skip
ARTICLE_BEFORE = re.compile(r"\ban? \Z")
EUROPEAN_EVIDENCE = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}(?![\d])")


@dataclass(slots=True)
class Numeral:
    """A number found in the text: where it is and what it is worth."""

    start: int
    end: int
    value: float
    words: bool = False  # written in words ("two"), not digits
    integer_digits: bool = False  # plain digits with no separators or decimals ("1979")
    decimals: int = 0


def digits_value(text: str, european: bool) -> tuple[float, int] | None:
    """Value and number of decimals of '10,000', '1.5', '10.000', '10 000'."""
    if "," in text and "." in text and text.index(".") < text.index(","):
        return float(text.replace(".", "").replace(",", ".")), len(text.split(",")[1])
    if "," in text:
        return float(text.replace(",", "")), len(text.split(".")[1]) if "." in text else 0
    squeezed = re.sub(r"[\u00a0\u202f\u2009 ]", "", text)
    if squeezed.count(".") > 1:
        return float(squeezed.replace(".", "")), 0
    if european and re.fullmatch(r"\d{1,3}\.\d{3}", squeezed):
        return float(squeezed.replace(".", "")), 0
    decimals = len(squeezed.split(".")[1]) if "." in squeezed else 0
    return float(squeezed), decimals


def numeral_from_match(m: re.Match[str], european: bool) -> Numeral | None:
    """Read one DIGIT_NUMERAL match; None when it is not a number (1/0)."""
    sign = -1.0 if m.group("sign") else 1.0
    start, end = m.span()
    decimals, plain = 0, False
    if m.group("mixed"):
        den = int(m.group("mden"))
        if den == 0 or int(m.group("mnum")) >= den:
            return None
        value = int(m.group("mixed")) + int(m.group("mnum")) / den
    elif m.group("num"):
        den = int(m.group("den"))
        if den == 0:
            return None
        value = int(m.group("num")) / den
    elif m.group("power"):
        exponent = int(m.group("exp").replace("−", "-").replace("–", "-"))
        value = float(m.group("power")) * int(m.group("base")) ** exponent
    elif m.group("alone"):
        value = UNICODE_FRACTIONS[m.group("alone")]
    else:
        raw = m.group("digits")
        read = digits_value(raw, european)
        if read is None:
            return None
        value, decimals = read
        plain = raw.isdigit()
        if m.group("ufrac"):
            value += UNICODE_FRACTIONS[m.group("ufrac")]
            plain = False
        sci = m.group("sci")
        if sci:
            exponent_text = re.sub(r"^\s?[×x]\s?10\^?|^[eE]", "", sci)
            exponent = int(exponent_text.replace("−", "-").replace("–", "-"))
            value *= 10.0**exponent
            plain = False
    return Numeral(start, end, sign * value, integer_digits=plain, decimals=decimals)


def _atom_value(word: str) -> tuple[str, float]:
    word = word.lower()
    if word in SMALL:
        return "small", SMALL[word]
    if word in TENS:
        return "tens", TENS[word]
    if word == "hundred":
        return "hundred", 100
    if word == "dozen":
        return "dozen", 12
    if word == "half":
        return "half", 0.5
    return "scale", SCALES[word]


def word_numerals(text: str) -> list[Numeral]:
    """Numbers in words: 'two', 'a hundred and two', 'three million, two hundred & forty'."""
    atoms = list(WORD_ATOM.finditer(text))
    found: list[Numeral] = []
    i = 0
    while i < len(atoms):
        first = atoms[i]
        kind, val = _atom_value(first.group())
        if kind == "half":  # "half" alone is read as a fraction elsewhere
            i += 1
            continue
        start = first.start()
        # "a hundred", "a dozen", "a million": the article counts as one.
        before = text[max(0, start - 3) : start].lower()
        if kind in ("hundred", "scale", "dozen"):
            if not ARTICLE_BEFORE.search(before):
                i += 1  # "billion" alone: its number is written in digits or missing
                continue
            start -= 2 if before.endswith("a ") and not before.endswith("an ") else 3
        total, current = 0.0, 0.0
        last_kind = None
        end = first.end()
        j = i
        while j < len(atoms):
            atom = atoms[j]
            kind, val = _atom_value(atom.group())
            if j > i:
                gap = text[atoms[j - 1].end() : atom.start()]
                if not WORD_JOIN.match(gap):
                    break
                joiner = gap.strip().lower()
                if joiner.startswith("and") or joiner == "&":
                    # "a hundred and two", "two and a half"; never "two and three".
                    if kind == "half":
                        if "a" not in joiner.split():
                            break
                    elif last_kind not in ("hundred", "scale") or kind in ("hundred", "scale"):
                        break
                elif joiner == ",":
                    if last_kind != "scale" or kind == "scale":
                        break
                elif kind == "half":
                    break
                if kind in ("small", "tens") and last_kind in ("small",):
                    break
                if kind == "small" and last_kind == "tens" and val >= 10:
                    break
                if kind == "tens" and last_kind == "tens":
                    break
                if kind == "dozen" and last_kind not in ("small", "tens"):
                    break
            if kind in ("small", "tens"):
                current += val
            elif kind == "hundred":
                current = max(current, 1) * 100
            elif kind == "dozen":
                current = max(current, 1) * 12
            elif kind == "half":
                current += 0.5
            else:
                if last_kind == "scale" and j > i:
                    break
                total += max(current, 1) * val
                current = 0
            last_kind = kind
            end = atom.end()
            j += 1
        found.append(Numeral(start, end, total + current, words=True))
        i = max(j, i + 1)
    return found


def proportion_value(m: re.Match[str]) -> float | None:
    """a/b of a PROPORTION match, or None when it is no share of a whole ("ten in two")."""
    parts = []
    for name in ("a", "b"):
        word = re.sub(r"\s+", " ", m[name].lower())
        if word.startswith(("a ", "an ")):
            parts.append(SCALES[word.split()[1]])
        elif word in SMALL or word in TENS:
            parts.append(float(SMALL.get(word, TENS.get(word, 0))))
        else:
            parts.append(float(word.replace(",", "")))
    a, b = parts
    return a / b if 0 < a < b else None
