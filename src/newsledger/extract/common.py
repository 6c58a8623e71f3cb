"""Small helpers every extractor shares: spans, furniture checks, entity look-up, name patterns."""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.records import Span

_TEXT_KEY = ("newsledger", "text")
_FURNITURE_KEY = ("._.", "furniture")  # spaCy's key of a token extension's value, less its place
# Pronouns that open a relative clause and stand for the noun it describes.
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


# Last words of a company's name: "BT Group plc", "Diamond S Shipping Inc", "Navigator
# Holdings". Sources read them as an organisation's name, events as a business.
COMPANY_SUFFIXES = frozenset(
    "inc inc. ltd ltd. corp corp. plc co co. llc ag sa nv holdings".split()
)


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy joins every token anew on each `doc.text`."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def packaged_model(filename: str) -> dict[str, Any] | None:
    """A learned model's JSON shipped in `newsledger/data`, or None when the package has
    none (then the rules decide alone). Read from the package, never downloaded."""
    try:
        raw = resources.files("newsledger.data").joinpath(filename).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    data: dict[str, Any] = json.loads(raw)
    return data


def to_span(doc: Doc, start_char: int, end_char: int) -> Span:
    """A record span over the doc's text (which is the article text, unchanged)."""
    return Span(start_char, end_char, doc_text(doc)[start_char:end_char])


def span_of(span: SpacySpan) -> Span:
    return Span(span.start_char, span.end_char, span.text)


def touches_furniture(span: SpacySpan) -> bool:
    """True if any token of the span lies in a furniture line (nothing is reported from there)."""
    furniture = furniture_chars(span.doc)
    return bool(furniture) and any(token.idx in furniture for token in span)


def furniture_chars(doc: Doc) -> frozenset[int]:
    """The first characters of the doc's furniture tokens, in one pass over its user data.

    Each `token._.furniture` builds an Underscore object (~4 us), which loops over every
    word paid per word; spaCy keeps a token's value under ("._.", name, token.idx, None)
    in `doc.user_data`, so `token.idx in furniture_chars(doc)` is `token._.furniture`.
    """
    return frozenset(
        key[2]
        for key, value in doc.user_data.items()
        if value and isinstance(key, tuple) and key[:2] == _FURNITURE_KEY and key[3] is None
    )


def entity_at(doc: Doc, start_char: int, end_char: int) -> str | None:
    """The id of the entity whose mention overlaps [start_char, end_char), if any.

    Prefers the mention that starts latest before `end_char` (the head of a phrase
    usually sits at its end: "the officials of *Ukraine*" is not Ukraine, but
    "President *Biden*" is Biden).
    """
    return mention_at(doc._.nl_mentions or [], start_char, end_char)


def mention_at(mentions: list[tuple[int, int, str]], start_char: int, end_char: int) -> str | None:
    """The id in a sorted (start, end, id) mention index whose mention overlaps
    [start_char, end_char), the one starting latest first; one bisection, a few comparisons."""
    index = bisect_right(mentions, (end_char, -1, ""))
    for m_start, m_end, found_id in reversed(mentions[max(0, index - 8) : index]):
        if m_start < end_char and m_end > start_char:
            return found_id
    return None


def trie_pattern(words: Iterable[str]) -> str:
    """One regex for many words, as a trie ("Ni(?:ger(?:ia)?|caragua)"): it matches what the
    longest-first alternation matches, but shares prefixes, so it runs many times faster."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def introduced_unnamed(head: Token, named: Callable[[Token], bool]) -> bool:
    """True if the head noun of "the group" was brought in before as an indefinite phrase
    that names nobody ("a group calling itself ..."): "the group" is then that unnamed one,
    not the last organisation named. `named` tells whether a token lies in a name."""
    lemma = head.lemma_.lower()
    return any(
        token.lemma_.lower() == lemma
        and token.tag_ == head.tag_
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
        and not named(token)
        for token in head.doc[: head.i]
    )


def ents_within(span: SpacySpan) -> list[SpacySpan]:
    """The doc's entities that lie wholly inside the span, as `span.ents` gives them, read
    from the span's own tokens: `span.ents` builds every entity of the doc on each call."""
    doc = span.doc
    found: list[SpacySpan] = []
    start, label = -1, 0
    for i in range(span.start, len(doc) + 1):
        iob = doc[i].ent_iob if i < len(doc) else 2
        if iob == 1:
            continue  # inside an entity (or one begun before the span)
        if start != -1:
            if i > span.end:
                break  # it runs past the span
            found.append(SpacySpan(doc, start, i, label=label))
            start = -1
        if i >= span.end:
            break
        if iob == 3 and doc[i].ent_type != 0:
            start, label = i, doc[i].ent_type
    return found


def subtree_ids(token: Token) -> set[int]:
    """The indices of the token and every word under it in the parse."""
    return {t.i for t in token.subtree}


def acted_on(verb: Token) -> list[Token]:
    """What the verb acts on: its object, or its subject in the passive."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def to_infinitive(verb: Token) -> bool:
    """ "to become", "to use": a base verb with its own "to"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def word_before(doc: Doc, i: int) -> Token | None:
    """The word before token i, past the whitespace tokens a doubled space makes
    ("Associate Justice  Sandra Day O'Connor": the title is still right before the name)."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def ascii_form(name: str) -> str:
    """ "Kandahār" -> "Kandahar", "Gusmão" -> "Gusmao": news writes names with and without
    their diacritics, often in one article."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Prepositions that place a noun in a "City, Country" phrase: "a crash near Haifa, Israel".
PLACING_PREPOSITIONS = frozenset({"in", "at", "from", "near", "outside"})


def holder_of_place(subject: Token) -> Token | None:
    """The noun a "City, Country" place phrase hangs on, when the parser made the country
    the subject: in "a McDonald's in Edinburgh, Scotland said" the McDonald's speaks, and in
    "Train crash near Haifa, Israel injures 50" the crash injures."""
    doc = subject.doc
    if subject.ent_type_ not in ("GPE", "LOC") or subject.i < 2 or doc[subject.i - 1].text != ",":
        return None
    city = doc[subject.i - 2]
    prep = city.head
    if (
        city.ent_type_ not in ("GPE", "LOC")
        or prep.dep_ != "prep"
        or prep.lower_ not in PLACING_PREPOSITIONS
    ):
        return None
    holder = prep.head
    return holder if holder.pos_ in ("NOUN", "PROPN") and holder.i < prep.i else None
