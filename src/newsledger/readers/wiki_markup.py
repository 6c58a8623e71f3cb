"""Wiki markup left in text taken from a wiki (Wikinews dumps): marked, never removed.

A stripped Wikinews page keeps section headings ("== Reactions =="), `<noinclude>`,
comments, `__NOTOC__`, block tags and image captions ("[[Image:x.jpg|thumb|right|Caption.").
Read as prose, a heading glues itself to the next sentence ("== Government reacts ==
President Doe said ..." makes "reacts == President Doe" a source) and a caption reads as a
sentence of the report. Offsets must stay true to the input, so these stretches become
regions: the markup is furniture and every region edge starts a sentence (`layout`). A
heading's words stay text (a "subheading"), except for the link sections that close a page
("== Related news ==", "== External links =="), which are furniture to the next heading.
Inline formatting ('''bold''', <sup>) is left alone: a region edge would split its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsledger.records import Region

_HEADING = re.compile(
    r"(?<![^\s>.!?\"”])(?P<open>={2,6})[ \t]*(?P<title>[^=\n?!]{1,80}?)[ \t]*(?P<close>(?P=open))(?!=)"
)
_LINK_SECTIONS = frozenset(
    [
        "related news", "related stories", "related wikinews", "related", "previous related news",
        "related news item", "see also", "external links", "external link", "references",
        "sources", "gallery",
    ]
)  # fmt: skip
_MAGIC_WORD = r"__[A-Z]{3,20}__"  # "__NOTOC__", in capitals only (not "__init__")
_MARKUP = re.compile(
    r"<!--.*?(?:-->|$)"  # a comment, or one left open to the end of its line
    rf"|</?noinclude>|(?-i:{_MAGIC_WORD})"
    r"|(?<!\S)\S*[Ii]nfobox\b"  # a template's name: "Pre-war_intelligence_infobox"
    r"|(?<!\S)[A-Z0-9][\w-]*(?:_[\w-]+){2,}(?!\S)"  # a page's name: "2008_US_Presidential_Election"
    r"|</?(?:div|br|blockquote|center|table|tr|td|th|hr|ref|references|gallery|poem)\b[^<>\n]{0,300}>",
    re.IGNORECASE | re.MULTILINE,
)
# Wikinews's portal labels, which its templates put before a report's first sentence
# ("<noinclude>  Economy and business  The International Labor Organization said ...").
_PORTAL = re.compile(
    rf"^\s*(?:(?:<noinclude>|<!--.*?-->|{_MAGIC_WORD})\s*)*"
    r"(?:(?P<label>(?:Crime and law|Culture and entertainment|Disasters and accidents|Economy and "
    r"business|Education|Environment|Health|Internet|Aviation|Obituaries|Politics and conflicts|"
    r"Science and technology|Sports|Weather|Wackynews|(?:[A-Z][a-z]+ ){1,2}news))(?= {2,}[\"“A-Z0-9]| *\n)"
    # any other short label a template left, set off by three spaces or more ("New Zealand
    # A Yemeni man ...", "2008 US Presidential Election   Senator ..."); not the remains of
    # a sentence whose link was stripped ("The US   Condoleezza Rice began ...")
    r"|(?P<other>(?!(?:The|A|An|Former|Then|Ex)\b)[A-Z0-9][\w'’.-]*"
    r"(?: (?:[A-Z0-9][\w'’.-]*|and|of|the|in|on|for|news)){0,6})(?= {3,}[\"“A-Z0-9]))"
)
_IMAGE = re.compile(r"\[\[(?:Image|File):[^\]\n|]*(?:\|[^\]\n|]*)*", re.IGNORECASE)
_IMAGE_OPTION = re.compile(
    r"^(?:thumb|thumbnail|frame|frameless|left|right|center|none|upright|\d+px|\d+x\d+px)$", re.I
)
_CAPTION_END = re.compile(r"(?<!\b[A-Z])[.!?](?=\s|$)|\]\]|\n|\s\*")


def wiki_regions(text: str) -> list[Region]:
    """Regions for the wiki markup of `text`, in text order; empty for ordinary prose."""
    portal = _PORTAL.match(text)
    if not portal and not any(mark in text for mark in ("==", "<", "_", "[[", "nfobox")):
        return []
    found = list(_headings(text)) + list(_images(text))
    if portal:
        label = "label" if portal.group("label") else "other"
        found.append(_region(text, portal.start(label), portal.end(label), "markup"))
    found += [_region(text, m.start(), m.end(), "markup") for m in _MARKUP.finditer(text)]
    return _without_overlaps(sorted(found, key=lambda r: (r.start, -r.end)))


def _headings(text: str) -> Iterator[Region]:
    headings = list(_HEADING.finditer(text))
    for index, match in enumerate(headings):
        if match.group("title").strip().lower() in _LINK_SECTIONS:
            following = headings[index + 1].start() if index + 1 < len(headings) else len(text)
            yield _region(text, match.start(), following, "navigation")
            continue
        yield _region(text, match.start("open"), match.end("open"), "markup")
        yield Region(
            match.start("title"), match.end("title"), match.group("title"), "subheading", False
        )
        yield _region(text, match.start("close"), match.end("close"), "markup")


def _images(text: str) -> Iterator[Region]:
    """ "[[Image:name.jpg|thumb|right|200px|Caption text. ..." up to the caption's end."""
    for match in _IMAGE.finditer(text):
        fields = match.group().split("|")
        caption_from = match.start() + len(fields[0])
        for field in fields[1:]:
            if not _IMAGE_OPTION.match(field.strip()):
                break
            caption_from += 1 + len(field)
        end = _CAPTION_END.search(text, caption_from)
        stop = end.end() if end and end.start() - caption_from < 250 else caption_from
        yield _region(text, match.start(), stop, "caption")


def _region(text: str, start: int, end: int, kind: str) -> Region:
    while end > start and text[end - 1].isspace():
        end -= 1
    return Region(start, end, text[start:end], kind, True)


def _without_overlaps(regions: list[Region]) -> list[Region]:
    kept: list[Region] = []
    for region in regions:
        if region.end <= region.start:
            continue
        if kept and region.start < kept[-1].end:
            continue  # inside a caption or a link section already marked
        kept.append(region)
    return kept
