"""Token look-ups for the quantities of one doc: furniture, the counted noun, the next noun.

Numbers are found in the text; tokens are read only for the context around them.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

NOT_BEFORE_COUNTED = frozenset("last next this that every each per a an".split())
DIMENSIONS = frozenset("tall high long wide deep thick across".split())
NOUNISH = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


class TokenContext:
    """The tokens of one doc, looked up by character offset (the index is built on demand)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._starts: list[int] | None = None

    def token_index(self, char: int) -> int:
        if self._starts is None:
            self._starts = self.doc.to_array([IDX]).ravel().tolist()
        return max(0, bisect_right(self._starts, char) - 1)

    def touches_furniture(self, start: int, end: int) -> bool:
        first, last = self.token_index(start), self.token_index(max(start, end - 1))
        return any(self.doc[i]._.furniture for i in range(first, last + 1))

    def plural_follows(self, pos: int) -> bool:
        """A plural noun after "5m" makes it millions ("5m people", "1m new jobs", "3m tonnes").

        A metre measure is followed by a singular noun, "of" or a dimension ("a 2m wall",
        "2m of snow", "1.8m tall", "2m tall trees").
        """
        noun = self.word_after_adjectives(pos, keep=DIMENSIONS)
        return noun is not None and noun.tag_ in PLURAL_TAGS and noun.idx > pos

    def word_after_adjectives(self, pos: int, keep: frozenset[str] = frozenset()) -> Token | None:
        """The first token from `pos` on that is not an adjective (those in `keep` stop it)."""
        doc = self.doc
        i = self.token_index(pos)
        i += i < len(doc) and doc[i].idx < pos
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].lower_ not in keep:
            i += 1
        return doc[i] if i < len(doc) else None

    def counted_noun(self, end: int, strict: bool = False) -> str | None:
        """The noun a bare number counts: "10,000 North Korean troops" -> "troops"."""
        doc = self.doc
        i = self.token_index(max(0, end - 1))
        token = doc[i]
        head = token.head
        if (
            token.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
            and head.i > i
            and head.i - i <= 6
            and head.pos_ in NOUNISH
        ):
            return head.text if head.pos_ == "PROPN" else head.lower_
        if strict:
            return None
        j = i + 1
        while j < len(doc) and j <= i + 6:
            t = doc[j]
            if t.idx < end:
                j += 1
                continue
            if t.pos_ == "NOUN":
                while j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN" and not doc[j + 1].is_punct:
                    j += 1
                return doc[j].lower_
            if t.lower_ in NOT_BEFORE_COUNTED:
                break  # "150 last year", "3 a day": the noun after is a time, not what is counted
            if t.pos_ in ("ADJ", "PROPN", "NUM", "DET") or t.lower_ in ("of", "-"):
                j += 1
                continue
            break
        return None
