"""Speakers who asked not to be named: "he said, asking not to be named", "an official who
spoke on condition of anonymity", "a resident who declined to be identified".

The phrase makes the speaker anonymous, whatever the source phrase is: a pronoun there must
not take the last named person. It belongs to the attribution of its sentence whose source
or cue stands nearest to it, outside what is said (a quotation or the content: "he said the
witness asked not to be named" is about the witness). The request itself ("asking", "declined
to be identified") is no attribution of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsledger.extract.attribution.rules import Draft
from newsledger.extract.common import doc_text

MARKER = re.compile(
    r"""\b(?:
      (?:on|under)\s+(?:the\s+)?conditions?\s+(?:of\s+anonymity|that\s+\w+(?:\s+\w+)?\s+
          (?:not\s+be|be\s+not|remain|was\s+not|were\s+not|would\s+not\s+be)\s+
          (?:named|identified|anonymous|quoted\s+by\s+name))
    | (?:condition|promise|guarantee|grant)s?\s+of\s+anonymity
    | anonymously
    | (?:request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|insist(?:s|ed|ing)?\s+on|(?:was|were)\s+
          granted|(?:was|were)\s+given|demand(?:s|ed|ing)?|sought)\s+anonymity
    | (?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|declin(?:es|ed|ing)|refus(?:es|ed|ing)|wish(?:es|ed|
          ing)?|prefer(?:s|red|ring)?|(?:did|does|do|would)\s+not\s+want|want(?:s|ed|ing)?)\s+
          (?:not\s+)?to\s+be\s+(?:named|identified)
    | (?:declin(?:es|ed|ing)|refus(?:es|ed|ing)|(?:did|would)\s+not|unwilling)\s+to\s+
          (?:give|provide|be\s+identified\s+by)\s+(?:his|her|their|a)\s+(?:full\s+|last\s+|
          real\s+)?(?:name|names|surname)
    | not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment|discuss|be\s+quoted)
    | without\s+being\s+(?:named|identified)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def _chars(doc: Doc, ids: set[int] | list[int]) -> list[tuple[int, int]]:
    return [(doc[i].idx, doc[i].idx + len(doc[i])) for i in ids]


def _inside(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= char < e for s, e in spans)


def anonymity_markers(doc: Doc, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of every request for anonymity outside quotations."""
    text = doc_text(doc)
    return [m.span() for m in MARKER.finditer(text) if not _inside(m.start(), quoted)]


def _distance(doc: Doc, draft: Draft, char: int) -> int:
    ids = [*draft.cue, *draft.source]
    return min(abs(doc[i].idx - char) for i in ids)


def anonymous_drafts(
    doc: Doc, drafts: list[Draft], quoted: list[tuple[int, int]]
) -> tuple[set[int], set[int]]:
    """(ids of drafts whose speaker asked for anonymity, ids of drafts that are the request).

    A draft is the request when its cue or all its content lies in a marker ("asking not to
    be named", "declined to be identified", "speaking on condition of anonymity").
    """
    markers = anonymity_markers(doc, quoted)
    if not markers:
        return set(), set()
    requests: set[int] = set()
    for draft in drafts:
        words = [i for i in draft.content if not (doc[i].is_space or doc[i].is_punct)]
        if _inside(doc[draft.head].idx, markers) or (
            words and all(_inside(doc[i].idx, markers) for i in words)
        ):
            requests.add(id(draft))
    anonymous: set[int] = set()
    for start, _end in markers:
        token = doc.char_span(start, start + 1, alignment_mode="expand")
        if token is None:
            continue
        sentence = token[0].sent
        candidates = [
            d
            for d in drafts
            if id(d) not in requests
            and d.source
            and sentence.start <= d.head < sentence.end
            and not _inside(start, _chars(doc, d.content))
        ]
        if candidates:
            anonymous.add(id(min(candidates, key=lambda d: _distance(doc, d, start))))
    return anonymous, requests
