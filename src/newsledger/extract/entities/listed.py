"""Names the small model did not mark, found again in the shipped name lists.

en_core_web_sm misses many a name that opens a sentence ("Nigeria on Saturday announced …",
"Haaretz conducted an investigation …"); the event coder and the attribution finder then
see no actor. A run of proper nouns outside every mention that the Phoenix dictionaries or
the well-known-names list name exactly becomes a mention of the listed type. Only proper
nouns the tagger marked, written with a capital, are read, so "may" or "hope" never are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Token

from newsledger.extract.entities.phoenix import listed_kind

LONGEST = 6  # words in the longest name looked up
# A one-word listed name must be this long, unless written in capitals ("ELN", "ISIS").
SHORTEST_WORD = 4
# Listed one-word names that news mostly writes for something else.
AMBIGUOUS_WORDS = frozenset(
    "times post mail sun star guardian independent express mirror globe herald tribune "
    "mercury chronicle nation union congress parliament senate house court council assembly "
    "government army navy police republic state states kingdom center centre reform labour "
    "justice liberty freedom peace unity progress future hope victory alliance front party "
    "movement people national international general central ngo".split()
)
# Words inside names that are written in lower case: "Fernandez de Kirchner", "van Rompuy".
PARTICLES = frozenset("de da del della di du dos das van von der den bin al la le".split())
CURRENCY_SIGNS = frozenset("$ € £ ¥".split())


def listed_mentions(
    doc: Doc, taken: Iterable[int], skip: set[int], titles: frozenset[str]
) -> list[tuple[int, int, str]]:
    """(start, end, label) of listed names outside the `taken` tokens; `skip`: tokens never
    read (a title-case headline, where every word looks like a name). A listed name must be
    the whole run of proper nouns ("Australia" in "Australia Day" is none), or be followed
    by a title ("New South Wales Premier Morris Iemma"), and no part of a hyphenated name."""
    taken = set(taken)
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(doc):
        if i in taken or i in skip or not _name_word(doc[i]) or _joined_before(doc, i):
            i += 1
            continue
        end = i
        while end < len(doc) and end not in taken and _run_word(doc, end):
            end += 1
        hit = _longest_listed(doc, i, min(end, i + LONGEST)) or _listed_ending(doc, i, end)
        if hit is None or not _stands_alone(doc, hit[1], end, titles):
            i = max(end, i + 1)  # always forward, whatever the run held
            continue
        found.append(hit)
        i = hit[1]
    return found


def _listed_ending(doc: Doc, start: int, end: int) -> tuple[int, int, str] | None:
    """A listed name of two words or more that ends the run after words that open it
    ("First Lady Cristina Fernandez de Kirchner")."""
    for later in range(max(start + 1, end - LONGEST), end - 1):
        label = listed_kind(doc[later:end].text)
        if label is not None and doc[later].text[:1].isupper():
            return later, end, label
    return None


def _joined_before(doc: Doc, i: int) -> bool:
    """ "France" in "Ouest-France" is part of another name."""
    return i > 1 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_


def _stands_alone(doc: Doc, stop: int, run_end: int, titles: frozenset[str]) -> bool:
    if stop < run_end and doc[stop].lower_.rstrip(".") not in titles:
        return False
    if stop == run_end and stop < len(doc) and _name_word(doc[stop]):
        return False  # the start of a name the model marked from the next word on
    after = doc[stop] if stop < len(doc) else None
    return after is None or after.text not in CURRENCY_SIGNS  # "US $332 million"


def _name_word(token: Token) -> bool:
    if not token.text[:1].isupper() or token._.furniture:  # the cheap test first
        return False
    return token.pos_ == "PROPN" or (_capitals(token) and token.pos_ == "NOUN")  # "SADC" NNS


def _capitals(token: Token) -> bool:
    return token.is_alpha and token.is_upper and 2 <= len(token.text) <= 6


def acting_acronyms(doc: Doc, taken: Iterable[int], skip: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, "ORG") for a word in capitals no list knows that is the subject of a verb
    ("ICE returned 11 paintings", "The ELN has said"): in news such a word acting is a body
    (a rebel group, an agency, a party), not a person or a place, which the lists would
    know. Words in capitals that name no body ("CEO", "GDP", "HIV") are left out."""
    taken = set(taken)
    found = []
    for token in doc:
        if token.i in taken or token.i in skip or not _capitals(token) or token._.furniture:
            continue
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ != "VERB":
            continue
        if token.head.lemma_ in ("be", "have") or (token.i and doc[token.i - 1].like_num):
            continue  # "the DAX was up", "the DJIA had its worst fall", "the 4GB model"
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        if token.lower_ in NOT_BODIES or any(_capitals(n) for n in neighbours):
            continue  # a shouted headline ("POLICE SAY ...") is no run of names
        found.append((token.i, token.i + 1, "ORG"))
    return found


# Words in capitals that news writes as subjects and that name no body.
NOT_BODIES = frozenset(
    "ceo cfo coo cto gdp hiv aids covid sars mers ai it tv pm am us uk usa eu un ok id dna "
    "ipo etf vat gst vpn gb mb tb bs dax ftse djia cac nikkei kospi sensex".split()
)  # things, titles, units and market indices


def _run_word(doc: Doc, i: int) -> bool:
    """A word of a name: a capitalised proper noun, a hyphen inside one ("Al-Qaeda"), or a
    particle between two ("Fernandez de Kirchner")."""
    token = doc[i]
    if token.text == "-" and i > 0 and not doc[i - 1].whitespace_ and not token.whitespace_:
        return True
    if token.text in PARTICLES and i + 1 < len(doc) and _name_word(doc[i + 1]):
        return i > 0 and _name_word(doc[i - 1])  # lower case only: "La Plata" is a name
    return _name_word(token)


def _longest_listed(doc: Doc, start: int, end: int) -> tuple[int, int, str] | None:
    for stop in range(end, start, -1):
        if doc[stop - 1].text == "-":
            continue
        text = doc[start:stop].text
        if stop - start == 1 and not _distinctive(text):
            continue
        label = listed_kind(text)
        if label is not None:
            return start, stop, label
    return None


def _distinctive(word: str) -> bool:
    if word.lower() in AMBIGUOUS_WORDS:
        return False
    if word.isupper() and len(word) >= 2:
        return True
    return len(word) >= SHORTEST_WORD


class _Named(Protocol):
    start: int
    end: int
    label: str


M = TypeVar("M", bound=_Named)


def join_split_names(doc: Doc, mentions: list[M]) -> list[M]:
    """Two mentions with only a space between that are one name the model cut in two: two
    person mentions ("Mullah Hayat" + "Khan"; apart, the second would pass for another
    person's surname), or two pieces that the lists name whole ("Lockheed" ORG + "Martin"
    PERSON is Lockheed Martin, a company)."""
    joined: list[M] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if (
            last is None
            or last.end != mention.start
            or not doc[last.end - 1].whitespace_
            or not doc[last.end - 1].text[:1].isalpha()
        ):
            joined.append(mention)
            continue
        text = doc[last.start : mention.end].text
        listed = listed_kind(text)
        if listed is not None:
            last.end, last.label = mention.end, listed
        elif last.label == mention.label == "PERSON":
            last.end = mention.end
        else:
            joined.append(mention)
    return joined
