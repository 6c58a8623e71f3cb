"""The place of a dateline ("BANGUI, March 3 (Reuters) -", "KYIV, Ukraine (AP) —").

The dateline is furniture, so the NER's reading of it is skipped with the rest; but it
names the place the report was filed from, which a reader counts as a mention of that place,
and the agency that filed it ("(AFP)"), the same agency as "told AFP" further down.
The all-caps form keeps its characters in the span; the entity's name comes from the
gazetteer ("Bangui").
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.entities.gazetteer import place
from newsledger.extract.entities.mention import Mention


def dateline_mentions(doc: Doc) -> list[Mention]:
    """A GPE mention for each place named in the article's dateline region, an ORG mention
    for the agency in brackets after it."""
    found: list[Mention] = []
    for region in doc._.regions or []:
        if region.kind != "dateline":
            continue
        span = doc.char_span(region.start, region.end, alignment_mode="contract")
        if span is None:
            continue
        for start, end in _place_parts(doc, span.start, span.end):
            text = doc[start:end].text
            known = place(text)
            label = "LOC" if known is not None and known.kind == "continent" else "GPE"
            found.append(Mention(start, end, label))
        agency = _agency_part(doc, span.start, span.end)
        if agency is not None:
            found.append(Mention(*agency, "ORG"))
    return found


def _agency_part(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """ "( AFP )", "( Reuters )": one to three capitalised words in the region's brackets."""
    opening = next((i for i in range(start, end) if doc[i].text == "("), None)
    if opening is None:
        return None
    closing = next((i for i in range(opening + 1, end) if doc[i].text == ")"), None)
    if closing is None or not 1 <= closing - opening - 1 <= 3:
        return None
    words = doc[opening + 1 : closing]
    if not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return None
    return opening + 1, closing


def _place_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """ "KYIV , Ukraine ( AP ) —" -> [KYIV], [Ukraine]: capitalised runs before the agency
    or the dash, split at commas; a month and day ("March 3") end the place."""
    parts: list[tuple[int, int]] = []
    i = start
    while i < end:
        token = doc[i]
        if token.text in ("(", "—", "–", "-", "--") or token.like_num:
            break
        if token.text == ",":
            i += 1
            continue
        j = i
        while j < end and (doc[j].text[:1].isupper() or _glued_inside(doc, j, i)):
            j += 1
        if j == i:
            break
        if j < end and doc[j].like_num:
            break  # "March 3": a date, not a place
        parts.append((i, j))
        i = j
    return parts


def _glued_inside(doc: Doc, j: int, first: int) -> bool:
    """A hyphen or full stop inside a name, with no space around it ("PORT-AU-PRINCE")."""
    return (
        j > first
        and doc[j].text in (".", "-", "'", "’")
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
    )
