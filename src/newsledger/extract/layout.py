"""Layout component: paragraph breaks end sentences, furniture tokens are marked.

Runs before the parser. A news paragraph never continues a sentence across a line
break, and a byline or photo credit is never part of the sentence next to it, so
pinning those boundaries keeps the parser from gluing lines together.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsledger.extract.extensions import register_extensions


@Language.factory(
    "newsledger_layout",
    requires=["doc._.regions"],
    assigns=["token.is_sent_start", "token._.furniture"],
)
def make_layout(nlp: Language, name: str) -> LayoutMarker:
    register_extensions()
    return LayoutMarker()


class LayoutMarker:
    def __call__(self, doc: Doc) -> Doc:
        regions = doc._.regions or []
        edges = sorted({r.start for r in regions} | {r.end for r in regions})
        _split_at(doc, edges)
        furniture = [(r.start, r.end) for r in regions if r.furniture]
        after_break = False
        passed = 0  # region edges at or before the current token
        for token in doc:
            crossed = False
            while passed < len(edges) and edges[passed] <= token.idx:
                passed += 1
                crossed = True
            if crossed and token.is_space:
                passed -= 1  # whitespace after a region's end: the next word starts anew
            elif (crossed or after_break) and token.i > 0 and not token.is_space:
                token.is_sent_start = True
                after_break = False
            if "\n" in token.text or "\n" in token.whitespace_:
                after_break = True
            for start, end in furniture:
                if token.idx < end and token.idx + len(token) > start:
                    token._.furniture = True
                    break
        return doc


def _split_at(doc: Doc, boundaries: list[int]) -> None:
    """Split the tokens a region edge falls inside ("Israel==" after a wiki heading), so that
    each region starts and ends on a token edge and its sentence edges can be pinned."""
    if not boundaries:
        return
    starts = [token.idx for token in doc]
    straddled: dict[Token, list[int]] = {}
    for boundary in boundaries:
        at = bisect_right(starts, boundary) - 1
        token = doc[at] if at >= 0 else None
        if token is not None and token.idx < boundary < token.idx + len(token.text):
            straddled.setdefault(token, []).append(boundary - token.idx)
    if not straddled:
        return
    with doc.retokenize() as retokenizer:
        for token, cuts in straddled.items():
            edges = [0, *sorted(set(cuts)), len(token.text)]
            orths = [token.text[a:b] for a, b in pairwise(edges)]
            heads = [(token, i) for i in range(len(orths))]  # each its own root: no arc yet
            spaces = [False] * (len(orths) - 1) + [bool(token.whitespace_)]
            retokenizer.split(token, orths, heads=heads, attrs={"SPACY": spaces})
