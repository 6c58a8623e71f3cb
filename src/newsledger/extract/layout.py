"""Layout component: paragraph breaks end sentences, furniture tokens are marked.

Runs before the parser. A news paragraph never continues a sentence across a line
break, and a byline or photo credit is never part of the sentence next to it, so
pinning those boundaries keeps the parser from gluing lines together.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

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
        after_break = False
        for token in doc:
            if token.i > 0 and after_break and not token.is_space:
                token.is_sent_start = True
                after_break = False
            if "\n" in token.text or "\n" in token.whitespace_:
                after_break = True
        regions = doc._.regions or []
        furniture = [(r.start, r.end) for r in regions if r.furniture]
        boundaries = {r.start for r in regions} | {r.end for r in regions}
        for token in doc:
            if token.i > 0 and token.idx in boundaries and not token.is_space:
                token.is_sent_start = True
            for start, end in furniture:
                if token.idx < end and token.idx + len(token) > start:
                    token._.furniture = True
                    break
        return doc
