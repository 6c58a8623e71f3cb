"""Organisations named by an adjective and a body noun: "Islamic State", "Islamic Jihad",
"National Front".

The small model splits such a name: "Islamic" alone as a religious group (NORP) and "State"
left out ("the Islamic State group said"), or "State" alone as the organisation ("fighters
of the Islamic State group"). A capitalised modifier and the capitalised body noun it
modifies are one organisation's name. Only a noun that names a body joins (a "Russian
Gazprom" stays two names), a country's adjective never does (the "Italian State" is
Italy's), and title-case lines are left alone, where every word is capitalised.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.entities.gazetteer import demonym_country
from newsledger.extract.entities.mention import Mention

# Nouns that end an organisation's name after an adjective.
BODY_NOUNS = frozenset(
    "state jihad front army brotherhood movement party league union council congress court "
    "courts guard guards alliance coalition emirate caliphate resistance authority forces "
    "militia".split()
)


def adjective_names(doc: Doc, mentions: list[Mention], headline: set[int]) -> list[Mention]:
    """The mentions with each split adjective-and-body name made one organisation."""
    starts = {i for m in mentions for i in range(m.start, m.end)}
    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    for mention in mentions:
        if mention.label == "NORP":
            end = mention.end
            if end >= len(doc) or end in headline or not _body_noun(doc[end]):
                continue
            if demonym_country(doc[mention.start : end].text):
                continue  # "the Italian State", "the Iraqi Army": a country's, named by it
            if doc[end - 1].head.i != end:
                continue
            body = by_start.get(end)
            if body is not None and (body.label != "ORG" or body.end != end + 1):
                continue
            if body is not None or end not in starts:  # "Islamic" + "State" (ORG or no name)
                mention.end, mention.label = end + 1, "ORG"
                starts.add(end)
                if body is not None:
                    dropped.add(id(body))
        elif mention.label == "ORG" and mention.end - mention.start == 1:
            before = mention.start - 1
            if (
                before >= 0
                and before not in starts
                and _body_noun(doc[mention.start])
                and _opening_adjective(doc[before], mention.start)
                and before not in headline
            ):
                mention.start = before  # "State" after "Islamic"
                starts.add(before)
    return [m for m in mentions if id(m) not in dropped]


def _body_noun(token: Token) -> bool:
    return token.is_title and token.lower_ in BODY_NOUNS


def _opening_adjective(token: Token, head: int) -> bool:
    """A capitalised word modifying the body noun, not the first word of a sentence."""
    return (
        token.is_title
        and token.is_alpha
        and not token.is_sent_start
        and token.dep_ in ("amod", "compound")
        and token.head.i == head
        and token.tag_ in ("JJ", "NNP")
        and not demonym_country(token.text)
    )
