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


def widen_to_longer_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions, each shorter one inside the words of a longer name the article gives
    elsewhere that open a sentence replaced by that name; mentions inside it are dropped."""
    longer: dict[tuple[str, ...], str] = {}
    for mention in mentions:
        start = mention.start + (doc[mention.start].lower_ == "the")
        words = doc[start : mention.end]
        if len(words) > 1 and not any(t.tag_ == "POS" for t in words):  # "The Beatles' Apple"
            longer.setdefault(tuple(t.text for t in words), mention.label)
    if not longer:
        return mentions
    widened: list[Mention] = []
    for mention in mentions:
        found = _around(doc, mention, longer)
        if found is None or any(w.start <= found.start < w.end for w in widened):
            continue
        if found.start == mention.start or doc[found.start].is_sent_start is not True:
            continue  # only words a sentence opens with, which the model loses
        if any(_crosses(found, m) for m in mentions):
            continue  # a name running across its edge: leave the model's reading
        widened.append(found)
    if not widened:
        return mentions
    kept = [m for m in mentions if not any(w.start <= m.start and m.end <= w.end for w in widened)]
    return sorted(kept + widened, key=lambda m: m.start)


def _around(doc: Doc, mention: Mention, longer: dict[tuple[str, ...], str]) -> Mention | None:
    """The longest of the `longer` names whose words stand around this mention here."""
    size = mention.end - mention.start
    best: Mention | None = None
    for words, label in longer.items():
        n = len(words)
        if n <= size or (best is not None and n <= best.end - best.start):
            continue
        for start in range(max(0, mention.end - n), mention.start + 1):
            if start + n <= len(doc) and tuple(t.text for t in doc[start : start + n]) == words:
                best = Mention(start, start + n, label)
                break
    return best


def _crosses(wide: Mention, other: Mention) -> bool:
    """Overlaps without lying inside or around: one of them runs across the other's edge."""
    overlaps = other.start < wide.end and wide.start < other.end
    inside = wide.start <= other.start and other.end <= wide.end
    return overlaps and not inside
