"""A name the article writes in full elsewhere, found around a shorter mention.

The small model reads "Transport for London" as a name mid-sentence, but at the start of a
sentence, where every word is capitalised, it marks only "London". A reader takes the same
words, written the same way in one article, as the same name: a shorter mention that sits
inside the very words of a longer name the article gives elsewhere, where those words
open a sentence, becomes that name. Names with a possessive inside ("The Beatles' Apple
Corps") are two names and widen nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.entities.mention import Mention

Name = tuple[tuple[str, ...], str]  # the words of a longer name, and its type


def widen_to_longer_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions, each shorter one inside the words of a longer name the article gives
    elsewhere that open a sentence replaced by that name; mentions inside it are dropped."""
    longer: dict[str, list[Name]] = {}  # by first word: one look-up per mention
    for mention in mentions:
        start = mention.start + (doc[mention.start].lower_ == "the")
        words = doc[start : mention.end]
        if len(words) > 1 and not any(t.tag_ == "POS" for t in words):  # "The Beatles' Apple"
            longer.setdefault(words[0].text, []).append(
                (tuple(t.text for t in words), mention.label)
            )
    if not longer:
        return mentions
    widened: list[Mention] = []
    for mention in mentions:
        start = _sentence_start(doc, mention.start)
        if start == mention.start or doc[start].text not in longer:
            continue  # only words a sentence opens with, which the model loses
        found = _around(doc, start, mention, longer[doc[start].text])
        if found is None or any(w.start <= found.start < w.end for w in widened):
            continue
        if any(_crosses(found, m) for m in mentions):
            continue  # a name running across its edge: leave the model's reading
        widened.append(found)
    if not widened:
        return mentions
    kept = [m for m in mentions if not any(w.start <= m.start and m.end <= w.end for w in widened)]
    return sorted(kept + widened, key=lambda m: m.start)


def _sentence_start(doc: Doc, i: int) -> int:
    while i > 0 and doc[i].is_sent_start is not True:
        i -= 1
    return i


def _around(doc: Doc, start: int, mention: Mention, names: list[Name]) -> Mention | None:
    """The longest of `names` written from `start` on, over the whole mention."""
    best: Mention | None = None
    for words, label in names:
        stop = start + len(words)
        if stop < mention.end or stop > len(doc) or (best is not None and stop <= best.end):
            continue
        if tuple(t.text for t in doc[start:stop]) == words:
            best = Mention(start, stop, label)
    return best


def _crosses(wide: Mention, other: Mention) -> bool:
    """Overlaps without lying inside or around: one of them runs across the other's edge."""
    overlaps = other.start < wide.end and wide.start < other.end
    inside = wide.start <= other.start and other.end <= wide.end
    return overlaps and not inside
