"""What the words around a one-word name say about it being a company's or another body's.

Business news names a firm by one coined word ("Kpler", "Vortexa") as it names a person by
surname, and the small model types either as either. A reader tells them apart by what the
text writes of the name, in ways it never writes of a person:

- its data, shares or staff: "Kpler data showed", "Vortexa's analysts", "shares of Orsted";
- someone working at it: "an analyst at Kpler", "chief economist at Nomura";
- "its" as the owner of what the name says ("Vortexa said its figures showed a drop"), or
  "it" doing something in it ("Reprieve said it would publish a report"),
  or "it" or "its ..." heading the next sentence's report ("Kpler said ... It said ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.entities.person_cues import SPEECH_LEMMAS
from newsledger.extract.entities.phoenix import PERSON_HEADS

# Nouns a firm's name modifies or owns, and a person's does not ("a Trump spokesman" and "the
# Biden administration" are common; "Trump data" or "Biden shares" are not).
FIRM_THINGS = frozenset(
    "data figures shares share stock stocks analyst analysts shareholders subsidiary "
    "subsidiaries unit headquarters ceo executives employees workforce platform app website "
    "products customers clients database software revenue revenues earnings profit profits "
    "sales".split()
)
# ... of which a person may own some too ("Musk's shares", "her clients").
OWNED_BY_PEOPLE_TOO = frozenset(
    "shares share stock stocks customers clients earnings profit profits".split()
)
# Verbs whose "it" is a thing talked of or no one ("it was a good deal", "it would help").
NOT_ACTS = frozenset(
    "be seem appear look remain become take make mean matter happen sound feel help work go "
    "get come cost need stay hurt boost lead allow".split()
)
# A person's verbs of speech, and those a firm reports figures with.
REPORT_LEMMAS = SPEECH_LEMMAS | {"report", "estimate", "note"}


def shows_a_body(doc: Doc, start: int, end: int) -> bool:
    """True if the words around the one-word name doc[start:end] say it names a body."""
    if end - start != 1:
        return False
    name = doc[start]
    return _owns_a_body_noun(doc, name) or _works_there(name) or _said_as_it(doc, name)


def _owns_a_body_noun(doc: Doc, name: Token) -> bool:
    """ "Kpler data", "Vortexa's analysts", "shares of Orsted", "shares in Shein"."""
    if name.dep_ in ("compound", "poss", "nmod") and name.head.lower_ in FIRM_THINGS:
        owned = name.dep_ == "poss" and name.head.lower_ in OWNED_BY_PEOPLE_TOO
        return name.head.i > name.i and not owned
    head = name.head
    return (
        name.dep_ == "pobj"
        and head.lower_ in ("of", "in")
        and head.head.lower_ in ("shares", "stock", "stake")
    )


def _works_there(name: Token) -> bool:
    """ "an analyst at Kpler": a person noun with the name after "at"."""
    head = name.head
    return (
        name.dep_ == "pobj"
        and head.lower_ == "at"
        and head.head.lemma_.lower() in PERSON_HEADS
        and head.head.i < head.i
    )


def _said_as_it(doc: Doc, name: Token) -> bool:
    """ "Vortexa said its figures showed a drop"; "Kpler said exports fell. It said ...":
    the name heads a report whose own subject is owned by "its", or the next sentence's report
    is headed by "It" or "Its ..." with no other name between."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_.lower() not in REPORT_LEMMAS:
        return False
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > verb.i:
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(_its(s) or _it_acts(s, clause) for s in subjects):
                return True
    sentence = name.sent
    if sentence.end >= len(doc) or verb.dep_ != "ROOT":
        return False
    following = doc[sentence.end].sent
    root = following.root
    if root.lemma_.lower() not in REPORT_LEMMAS:
        return False
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    return any(s.lower_ == "it" or _its(s) for s in subjects)


def _it_acts(subject: Token, clause: Token) -> bool:
    """ "Reprieve said it would publish a report", "Toyota says it plans tests": "it" doing
    something in what the name says is the name itself; a person says "he" or "I". Not "it
    was", "it seemed" or "it would help", where "it" is a thing or no one."""
    return (
        subject.lower_ == "it"
        and subject.dep_ == "nsubj"
        and clause.lemma_.lower() not in NOT_ACTS
        and clause.pos_ == "VERB"
    )


def _its(subject: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ == "its" for c in subject.children)


def bodies_among(doc: Doc, words: set[str], mentioned: set[int]) -> set[str]:
    """Which of these one-word names the text writes of as a body where the model marked no
    name ("Kpler said ... Kpler data showed ...": the second "Kpler" is no entity to the
    model). One pass over the tokens, only when some one-word name is in doubt."""
    if not words:
        return set()
    return {
        token.text
        for token in doc
        if token.text in words
        and token.i not in mentioned
        and shows_a_body(doc, token.i, token.i + 1)
    }
