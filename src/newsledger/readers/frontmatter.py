"""Recognise the front matter and furniture of a pasted news page.

A news page copied as plain text carries a headline, a standfirst, a byline, a date
line, "Reporting from …", a dateline ("WASHINGTON —"), and furniture between and
after the paragraphs (ads, share buttons, photo credits, author bios, print notes).
All of it stays in the text, so offsets stay true to the input; here it is only
*marked*, as regions, so that extractors can skip furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from newsledger.readers.wiki_markup import wiki_regions
from newsledger.records import Region

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_TIME_TAIL = r"(?:,?\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?"
_PREFIX = r"(?:(?:Published|Updated|Posted|Last updated|Date)\s*:?\s*(?:on\s+)?)?"
_DATE_LINE = [
    re.compile(rf"^{_PREFIX}(?:\w+day,?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}}),\s*(?P<year>\d{{4}}){_TIME_TAIL}$", re.I),
    re.compile(rf"^{_PREFIX}(?:\w+day,?\s+)?(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?P<year>\d{{4}}){_TIME_TAIL}$", re.I),
    re.compile(rf"^{_PREFIX}(?P<year>\d{{4}})-(?P<mnum>\d{{2}})-(?P<day>\d{{2}})(?:[T ][\d:.]+Z?)?$", re.I),
]  # fmt: skip
_BYLINE = re.compile(r"^By\s+(?P<names>[A-Z][^\n]{1,200})$")
_REPORTING_FROM = re.compile(r"^Reporting from\s+(?P<place>[A-Z][^\n]{1,80})$")
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|al|bin|le|la)){1,4}$")
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}"
    rf"(?:,\s*(?!{_MONTH_WORD}\s+\d)[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){{0,2}})?)"
    rf"(?:,?\s*{_MONTH_WORD}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"  # "BANGUI, March 3 (Reuters) -"
    r"\s*(?:\((?P<agency>[^)]{1,40})\)\s*)?(?:—|–|--|-)\s*"
)
_FURNITURE_LINES = [
    ("advertisement", re.compile(r"^(?:skip\s+)?advertisement$", re.I)),
    ("share", re.compile(r"^(?:share(?: full article| this article| on \w+)?|print|email|save|gift this article)$", re.I)),
    ("navigation", re.compile(r"^(?:supported by|continue reading(?: the main story)?|read more|related(?: coverage| articles?)?:?|listen to this article.*|see more on:.*|more on .{1,60}|sign up for .*|follow .{1,60} on (?:twitter|x|facebook|instagram).*)$", re.I)),
    ("caption", re.compile(r"(?:^image$|^photo$|^video$|credit\s*\.\.\.|credit:\s|photograph:\s|\((?:ap|afp|reuters) photo\b|/getty images$|/reuters$|/associated press$|/the new york times$)", re.I)),
    ("credits", re.compile(r"^(?:\(?(?:additional\s+)?reporting (?:was\s+)?(?:contributed\s+)?by\b|.{0,200}\bcontributed reporting\b|\(?(?:writing|editing) by\b)", re.I)),
    ("correction", re.compile(r"^\(?(?:this (?:story|article|version) (?:has been|was|is) (?:corrected|updated|refiled|amended)\b|an earlier version of this (?:story|article)\b|corrections?:|clarification:)", re.I)),
    ("print_note", re.compile(r"^a version of this article appears in print\b", re.I)),
    ("copyright", re.compile(r"^(?:©|copyright\b|all rights reserved)", re.I)),
    ("author_bio", re.compile(r"\bMore about [A-Z][\w.'’ -]{2,60}$")),
]  # fmt: skip
# A credit in parentheses at the end of a paragraph: "(Reporting by A; editing by B)",
# "(A in Bangui; writing by B; editing by C)".
_INLINE_CREDIT = re.compile(
    r"\((?=[^()]{0,300}\b(?:reporting|writing|editing|compiled|graphics|research) by\b)[^()]{1,400}\)",
    re.I,
)
# A photo credit closing a caption line: "... Ocean Gate / Handout / Anadolu Agency via Getty
# Images", "... John Smith/AFP via Getty Images".
_TRAILING_PHOTO_CREDIT = re.compile(
    r"(?:^|(?<=[.!?] ))(?:"
    r"(?:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4} ?/ ?){1,4}[A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,6}"
    r"|[A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,6} via Getty Images)$"
)
_PIPES = re.compile(r"^[^|\n]{1,40}(?:\s\|\s[^|\n]{1,40}){2,}$")


@dataclass(slots=True)
class FrontMatter:
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    published: date | None = None
    regions: list[Region] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


def lines_of(text: str) -> list[_Line]:
    """Non-empty lines with their offsets, surrounding whitespace excluded."""
    found = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        found.append(_Line(start, start + len(stripped), stripped))
    return found


def parse_date_line(line: str) -> date | None:
    """The date a date line states ("Nov. 17, 2024", "Updated 17 November 2024"), if it is one."""
    for pattern in _DATE_LINE:
        match = pattern.match(line.strip())
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS[parts["month"][:3].lower()]
        try:
            return date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:
            return None
    return None


def split_authors(names: str) -> list[str]:
    """ "Adam Entous, Eric Schmitt and Julian E. Barnes" -> three names."""
    names = re.sub(r"\s*\|.*$", "", names)  # "By X | Reuters"
    names = re.sub(r",?\s+(?:for|of)\s+(?:The\s+)?[A-Z][\w ]+$", "", names)  # "By X for The Times"
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", names.strip())
    return [p.strip() for p in parts if p.strip()]


def _furniture_kind(line: str, authors: list[str]) -> str | None:
    for kind, pattern in _FURNITURE_LINES:
        if pattern.search(line):
            return kind
    if _PIPES.match(line):
        return "navigation"
    for author in authors:
        if line == author:
            return "byline"
        if line.startswith(author + " ") and re.match(
            rf"{re.escape(author)} (?:is|was|covers|writes|reports|has)\b", line
        ):
            return "author_bio"
    return None


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return (1 <= len(words) <= 30 and not line.endswith((".", ",", ";", ":"))) or (
        len(words) <= 14
        and line.endswith(".")
        and sum(w[:1].isupper() for w in words) > len(words) / 2
    )


def read_front_matter(text: str, max_top_lines: int = 8) -> FrontMatter:
    """Find headline, standfirst, byline, date, dateline and furniture in plain text."""
    front = FrontMatter()
    lines = lines_of(text)
    if not lines:
        return front

    def mark(line: _Line, kind: str, furniture: bool) -> None:
        front.regions.append(Region(line.start, line.end, line.text, kind, furniture))

    top = lines[:max_top_lines]
    byline_at = next((i for i, ln in enumerate(top) if _BYLINE.match(ln.text)), None)
    date_at = next((i for i, ln in enumerate(top) if parse_date_line(ln.text)), None)
    meta_indices = [i for i in (byline_at, date_at) if i is not None]
    body_from = 0
    if meta_indices:
        first_meta = min(meta_indices)
        body_from = max(meta_indices) + 1
        if first_meta >= 1 and _looks_like_headline(top[0].text):
            front.headline = top[0].text
            mark(top[0], "headline", False)
            for line in top[1:first_meta]:
                mark(line, "standfirst", False)
        for i in range(first_meta, body_from):
            line = top[i]
            if i == byline_at:
                match = _BYLINE.match(line.text)
                assert match is not None
                front.authors = split_authors(match.group("names"))
                mark(line, "byline", True)
            elif i == date_at:
                front.published = parse_date_line(line.text)
                mark(line, "date", True)
            elif place := _REPORTING_FROM.match(line.text):
                front.dateline = place.group("place").strip().rstrip(".")
                mark(line, "reporting_from", True)
            elif _NAME.match(line.text) or _furniture_kind(line.text, front.authors):
                mark(line, _furniture_kind(line.text, front.authors) or "byline", True)
            else:
                mark(line, "standfirst", False)
        # Lines straight after the meta block that are still meta ("Reporting from", a date).
        while body_from < len(lines):
            line = lines[body_from]
            if place := _REPORTING_FROM.match(line.text):
                front.dateline = front.dateline or place.group("place").strip().rstrip(".")
                mark(line, "reporting_from", True)
            elif (when := parse_date_line(line.text)) is not None:
                front.published = front.published or when
                mark(line, "date", True)
            else:
                break
            body_from += 1
    elif (
        len(lines) > 2 and _looks_like_headline(lines[0].text) and len(lines[0].text.split()) <= 20
    ):
        front.headline = lines[0].text
        mark(lines[0], "headline", False)
        body_from = 1

    for index in range(body_from, len(lines)):
        line = lines[index]
        if place := _REPORTING_FROM.match(line.text):
            front.dateline = front.dateline or place.group("place").strip().rstrip(".")
            mark(line, "reporting_from", True)
            continue
        kind = _furniture_kind(line.text, front.authors)
        followed_by_place = index + 1 < len(lines) and _REPORTING_FROM.match(lines[index + 1].text)
        if kind is None and _NAME.match(line.text) and followed_by_place:
            kind = "byline"
        if kind:
            mark(line, kind, True)

    _mark_inline_credits(text, lines, front)
    first_body = next(
        (ln for ln in lines[body_from:] if not any(r.start == ln.start for r in front.regions)),
        None,
    )
    if first_body is not None:
        match = _DATELINE.match(first_body.text)
        if match and any(c.islower() for c in first_body.text[match.end() : match.end() + 40]):
            place = match.group("place")
            end = first_body.start + match.end()
            front.regions.append(
                Region(first_body.start, end, text[first_body.start : end], "dateline", True)
            )
            front.dateline = front.dateline or _title_place(place)
    marked = [(r.start, r.end) for r in front.regions]
    front.regions += [
        r for r in wiki_regions(text) if all(r.end <= s or r.start >= e for s, e in marked)
    ]
    front.regions.sort(key=lambda r: r.start)
    return front


def _mark_inline_credits(text: str, lines: list[_Line], front: FrontMatter) -> None:
    """Credits in parentheses inside a line that is otherwise text, and a photo credit
    closing a caption."""
    whole = {(r.start, r.end) for r in front.regions if r.furniture}
    for line in lines:
        if (line.start, line.end) in whole:
            continue
        for match in _INLINE_CREDIT.finditer(line.text):
            start, end = line.start + match.start(), line.start + match.end()
            front.regions.append(Region(start, end, text[start:end], "credits", True))
        photo = _TRAILING_PHOTO_CREDIT.search(line.text)
        if photo and (" / " in photo.group() or "Getty" in photo.group()):
            start, end = line.start + photo.start(), line.start + photo.end()
            front.regions.append(Region(start, end, text[start:end], "caption", True))


def _title_place(place: str) -> str:
    """ "WASHINGTON" -> "Washington"; "KYIV, Ukraine" -> "Kyiv, Ukraine"."""
    return ", ".join(p.title() if p.isupper() else p for p in (s.strip() for s in place.split(",")))
