"""Names the NER did not mark: once an article names "Yahya Sinwar", a later "Sinwar" is
that person even where the small model saw no name, and so is a later "Majed Al-Ansari"
after "Majed al-Ansari" (the Arabic article is written in either case). One dict lookup per
token."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from newsledger.extract.common import word_before
from newsledger.extract.entities.cluster import Cluster
from newsledger.extract.entities.mention import Mention
from newsledger.extract.entities.namesakes import ARABIC_ARTICLES
from newsledger.extract.entities.types import TITLE_WORDS

# Capitalised words that are surnames and also months, days or sentence openers.
NOT_ALONE = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday will may can said new".split()
)


def surname_tokens(doc: Doc, mention: Mention) -> tuple[str, ...]:
    """The last word of a name, as tokens: "Zuma-Sambudla" is ("Zuma", "-", "Sambudla")."""
    start = mention.end - 1
    while start > mention.start and not doc[start - 1].whitespace_:
        start -= 1
    return tuple(t.text for t in doc[start : mention.end])


def unmarked_surnames(
    doc: Doc, people: list[Cluster], full_names: dict[int, Mention], taken: set[int]
) -> list[tuple[Mention, list[Cluster]]]:
    """Each capitalised occurrence of a known person's surname outside every mention (`taken`
    tokens), with the people it may name. `full_names`: a full-name mention per cluster id."""
    surface: dict[tuple[str, ...], list[Cluster]] = {}
    for cluster in people:
        mention = full_names.get(id(cluster))
        if mention is None:
            continue
        whole = tuple(_fold(t.text) for t in doc[mention.start : mention.end])
        words = tuple(_fold(word) for word in surname_tokens(doc, mention))
        keys = [whole, words] if len(whole) > len(words) else [words]
        if family_name_first(doc[mention.start : mention.end].text.split()):
            keys.append(whole[:1])  # "Ri" after "Ri Yong-ho"
        for key in keys:
            short = len(key[0]) < 3 and key[0].lower() not in EAST_ASIAN_FAMILY_NAMES
            if key[0].lower() in NOT_ALONE or not key[0][:1].isupper() or short:
                continue
            found = surface.setdefault(key, [])
            if cluster not in found:
                found.append(cluster)
    if not surface:
        return []
    return [
        (Mention(i, end, "PERSON"), surface[key])
        for i, end, key in _occurrences(doc, surface, taken, _fold)
    ]


# Common Chinese, Korean and Vietnamese family names, which news copy writes first.
EAST_ASIAN_FAMILY_NAMES = frozenset(
    "xi wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo "
    "zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang "
    "du ye cheng wei su lu ding ren shen yao qin kim lee park choi jung kang cho yoon jang "
    "lim moon ri ryu nguyen tran pham hoang phan vu vo dang bui ngo duong".split()
)


def family_name_first(words: list[str]) -> bool:
    """ "Ri Yong-ho", "Wang Yi", "Nguyen Phu Trong": a two- or three-word name opening with a
    common East Asian family name, or whose given name is hyphenated ("Moon Jae-in")."""
    if not 2 <= len(words) <= 3:
        return False
    return words[0].lower() in EAST_ASIAN_FAMILY_NAMES or "-" in words[1]


def _fold(word: str) -> str:
    """The Arabic article in one case: "Al" and "al" (also "El", "el") compare equal."""
    return word.lower() if word.lower() in ARABIC_ARTICLES else word


def _stands_alone(doc: Doc, start: int, end: int) -> bool:
    """Not inside another name, number or date, nor glued to a neighbouring capitalised word
    ("Johnson Controls"), nor furniture."""
    if any(t._.furniture for t in doc[start:end]) or not _no_other_name(doc, start, end):
        return False
    before = doc[start - 1] if start else None  # a paragraph break's space token parts them
    if before is not None and not before.whitespace_ and before.text[-1:].isalnum():
        return False
    return not glued_to_name(doc, start, end)


def _no_other_name(doc: Doc, start: int, end: int) -> bool:
    """No entity of the NER covers the words, or one that is just this name as a person
    (a plural-looking "Lyons" the mention rules dropped as a common noun)."""
    if not any(t.ent_type_ for t in doc[start:end]):
        return True
    after = doc[end] if end < len(doc) else None
    return (
        all(t.ent_type_ == "PERSON" for t in doc[start:end])
        and doc[start].ent_iob_ == "B"
        and (after is None or after.ent_iob_ != "I")
    )


def glued_to_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised proper noun right before or after: the word is part of another name
    ("Lockheed Martin", "Ford Falcon", "Johnson Controls"). A title before does not count."""
    before = word_before(doc, start)
    after = doc[end] if end < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.tag_ == "NNP":
        return True
    return (before is not None and before.tag_ == "NNP" and before.text[:1].isupper()
            and not before.is_sent_start and before.lower_.rstrip(".") not in TITLE_WORDS)  # fmt: skip


def unmarked_names(
    doc: Doc, clusters: list[Cluster], taken: set[int]
) -> list[tuple[Mention, Cluster]]:
    """Each capitalised occurrence, outside every mention (`taken` tokens), of a name a place,
    organisation or group already has in the article: "Kyiv is ready ..." after "Kyiv" was
    marked elsewhere, where the small model saw no name at the start of a sentence."""
    surface: dict[tuple[str, ...], Cluster | None] = {}
    for cluster in clusters:
        if cluster.label == "PERSON":
            continue
        for mention in cluster.named():
            words = tuple(t.text for t in doc[mention.start : mention.end])
            first = words[0]
            if len(words) > 5 or not first[:1].isupper() or len(first) < 2:
                continue
            if len(words) == 1 and first.lower() in NOT_ALONE:
                continue
            if surface.setdefault(words, cluster) is not cluster:
                surface[words] = None  # two entities under one name: leave it unmarked
    named = {key: cluster for key, cluster in surface.items() if cluster is not None}
    return [
        (Mention(i, end, named[key].label), named[key])
        for i, end, key in _occurrences(doc, named, taken)
    ]


def _occurrences(
    doc: Doc,
    keys: Iterable[tuple[str, ...]],
    taken: set[int],
    fold: Callable[[str], str] = lambda word: word,
) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, key) wherever a key (a run of token texts, compared after `fold`) stands
    alone outside `taken`, scanning left to right and trying the longest key first. One dict
    lookup per token."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(keys, key=len, reverse=True):
        by_first.setdefault(key[0], []).append(key)
    strings = doc.vocab.strings  # not token by token: one array read, no Token objects
    texts = [fold(strings[orth]) for orth in doc.to_array("ORTH").tolist()]
    found = []
    i = 0
    while i < len(texts):
        for key in by_first.get(texts[i], ()):
            end = i + len(key)
            if (
                tuple(texts[i:end]) == key
                and taken.isdisjoint(range(i, end))
                and _stands_alone(doc, i, end)
            ):
                found.append((i, end, key))
                i = end - 1
                break
        i += 1
    return found
