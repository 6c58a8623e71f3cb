"""The words around a number: bounds, ranges, and the stretches that are not quantities.

"about", "more than", "up to" decide a quantity's bound; "between … and", "10-15",
"from … to" make ranges; dates, clock times, phone numbers, web addresses and codes
are blocked so their digits are never read as amounts.
"""

from __future__ import annotations

import re

LEFT_BOUNDS = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "approx.": "about", "some": "about", "nearly": "about", "almost": "about",
    "close to": "about", "an estimated": "about", "estimated": "about", "circa": "about",
    "c.": "about", "~": "about", "more than": "more_than", "over": "more_than",
    "above": "more_than", "in excess of": "more_than", "upwards of": "more_than",
    "greater than": "more_than", "exceeding": "more_than", "just over": "more_than",
    "well over": "more_than", "more then": "more_than", "less than": "less_than",
    "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "just under": "less_than", "at least": "at_least", "no less than": "at_least",
    "no fewer than": "at_least", "not less than": "at_least", "a minimum of": "at_least",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "as many as": "at_most", "as much as": "at_most",
    "a maximum of": "at_most", "exactly": "exact", "precisely": "exact",
}  # fmt: skip
_LEFT = sorted(LEFT_BOUNDS, key=len, reverse=True)
BOUND_LEFT = re.compile(
    r"(?:^|(?<=[\s(\[\"“—,;:]))(?P<bound>"
    + "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in _LEFT)
    + r")\s*\Z",
    re.IGNORECASE,
)
RIGHT_BOUNDS = {
    "or more": "at_least", "or so": "about", "or less": "at_most", "or fewer": "at_most",
    "plus": "at_least", "+": "at_least", "odd": "about",
}  # fmt: skip
BOUND_RIGHT = re.compile(
    r"(?P<bound>\s+or\s+more\b|\s+or\s+so\b|\s+or\s+less\b|\s+or\s+fewer\b|[\s-]plus\b"
    r"|\+(?![\w/-])|-odd\b)",
    re.IGNORECASE,
)
RANGE_GAP = re.compile(r"\s*-?\s*(?P<joiner>-|–|—|to|and|or|through)\s*", re.IGNORECASE)
# "rose from 5% to 7%" reports two values, not a range.
CHANGE_FROM = re.compile(
    r"\b(?:rose|rises?|risen|rising|fell|falls?|fallen|falling|increas\w*|decreas\w*|drop\w*"
    r"|climb\w*|grew|grows?|grown|growing|jump\w*|plung\w*|reduc\w*|cut|cuts|rais\w*"
    r"|lower\w*|declin\w*|slid\w*|slip\w*|soar\w*|surg\w*|went|goes|gone|going|chang\w*"
    r"|mov\w*|shr[iau]nk\w*|expand\w*|boost\w*|doubl\w*|tripl\w*|widen\w*|narrow\w*"
    r"|up|down)\b[^.;!?]{0,40}?\bfrom\s+\S*\s*\Z",
    re.IGNORECASE,
)
# Words after which a number is an id or a reference, not an amount.
NAME_WORDS = re.compile(
    r"(?:\bNo\.|\bno\.|#|\bNos\.|\b[Nn]umber|\b[Pp]age|\bpp?\.|\b[Ss]ection|\bArticle"
    r"|\bChapter|\bRoute|\bHighway|\bFlight|\bRoom|\bSuite|\bApt\.?|\bBox|\bversion|\bv\.?)"
    r"\s?\Z"
)
INCH_CONTEXT = re.compile(
    r"\.?\s*(?:$|[.,;:)\]]|(?:thick|long|wide|tall|high|deep|across|in\s+diameter)\b)"
)
UNCERTAINTY = re.compile(r"\s*(?:\+/-|\+-|±)\s*[\d.]+(?:[eE][-−+]?\d+)?")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ZONES = [
    # clock times: 16:08, 2.17pm, 2 pm, 10 o'clock
    r"(?<![\d.,])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)",
    r"(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d\s?(?:[ap]\.?m\.?|[AP]M|GMT|UTC|BST|EST|EDT)(?!\w)",
    r"(?<![\d.,])(?:1[0-2]|0?[1-9])\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|o'clock)",
    # dates
    rf"\b{_MONTH}[ \t]+(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?",
    rf"\b(?:[12]?\d|3[01])(?:st|nd|rd|th)?[ \t]+(?:of\s+)?{_MONTH}(?!\w)(?:,?\s+\d{{4}}\b)?",
    rf"\b{_MONTH},?\s+\d{{4}}\b",
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
    r"(?<![\d,.])(?:1[5-9]|20)\d{2}\s?[-–/]\s?(?:\d{2}|(?:1[5-9]|20)\d{2})(?![\d,])",
    r"(?:\b|')(?:\d0|1\d{2}0|20\d0)'?s\b",
    r"(?<![\w'’])['’]\d{2}\b(?![’'\w]|[.,]\d)",  # "since '82"
    r"\b(?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d{2})?\b",  # time zones: "GMT +8"
    # phone numbers, web addresses, e-mail
    r"(?<![\d])(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)",
    r"\+\d{1,3}(?:[\s.-]?\d{2,4}){2,5}",
    r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+",
]
ZONES = re.compile("|".join(f"(?:{z})" for z in _ZONES))


def blocked_zones(text: str, start: int, end: int, margin: int = 30) -> list[tuple[int, int]]:
    """Stretches near [start, end) whose digits are dates, times, phones or addresses.

    Looked up in a window around each number rather than over the whole text: the
    alternation is slow to try at every position of an article, and numbers are few.
    """
    lo, hi = max(0, start - margin), min(len(text), end + margin)
    return [m.span() for m in ZONES.finditer(text, lo, hi)]
