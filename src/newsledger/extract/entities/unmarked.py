"""Unmarked names: a subject written as a name the NER did not mark ("The American Civil
Liberties Union is suing", "Action Against Hunger says it is providing").

An event whose actor is no entity leaves the ledger no one to point at, though the words
name the actor plainly. Where a verb's subject heads a run of capitalised words that no
entity of any type covers, the run becomes an agent of the article (`agents.find_agents`),
named by its own words in their own case. Only subjects are read, and only runs of two
words or more that a body's word ("Union", "Council") or a name's preposition ("Against
Hunger") shows to be a body's name: elsewhere a capitalised run is too often a title, a
work, an index or a person's name the agents must not type. A run capitalised only because it opens
the sentence ("Protesters said") is no name unless the tagger read its head as one.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.entities.descriptions import NAME_HEADS
from newsledger.extract.entities.types import TITLE_WORDS

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Prepositions written inside an organisation's name ("Action Against Hunger",
# "Jurisdiction for Peace", "Doctors Without Borders").
NAME_PREPOSITIONS = frozenset({"for", "against", "without", "of"})


def _capital(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and not token.ent_type_


def _plural_acronym(token: Token) -> bool:
    """ "MLAs", "MPs", "NGOs": a class of people or bodies, not a name."""
    return len(token.text) > 2 and token.text.endswith("s") and token.text[:-1].isupper()


def _words_before(head: Token) -> int:
    """Where the head's run of capitalised compounds starts ("American Civil Liberties")."""
    start = head.i
    doc = head.doc
    while start > head.sent.start:
        word = doc[start - 1]
        if word.dep_ != "compound" or not _capital(word) or not word.i < word.head.i <= head.i:
            break
        start -= 1
    return start


def _name_after(head: Token) -> int:
    """Where the run ends: past a preposition of the name and its capitalised object."""
    doc = head.doc
    end = head.i + 1
    if end + 1 >= len(doc):
        return end
    prep = doc[end]
    if prep.head.i != head.i or prep.dep_ != "prep" or prep.lower_ not in NAME_PREPOSITIONS:
        return end
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or not all(_capital(w) for w in doc[end + 1 : obj.i + 1]):
        return end
    return obj.i + 1


def unmarked_subject(token: Token, roles: frozenset[str]) -> tuple[int, int] | None:
    """Token range [start, end) of the unmarked name the subject `token` heads, if it is one."""
    if token.dep_ not in SUBJECT_DEPS or not _capital(token) or token._.furniture:
        return None
    if _plural_acronym(token) or token.lower_ in TITLE_WORDS:
        return None  # "MLAs said", "Secretary of State Mike Pompeo said"
    if any(c.ent_type_ for c in token.lefts if c.dep_ in {"compound", "amod"}):
        return None  # the NER saw part of it ("Syrian Refugees", "Islamic State")
    start, end = _words_before(token), _name_after(token)
    # "Police said" is an agent by its role; "Reporters Without Borders" is a name
    role = token.lower_ in roles or token.lemma_.lower() in roles
    if role and (end == token.i + 1 or not token.doc[token.i + 1].text[:1].isupper()):
        return None
    opening = token.sent.start
    inner = [w for w in token.doc[start:end] if w.i != opening and _capital(w)]
    if not inner and token.tag_ != "NNP":
        return None  # only capitalised as the sentence's first word ("Dozens of")
    words = {w.lower_ for w in token.doc[start:end]}
    if end - start < 2 or not (words & NAME_HEADS or words & NAME_PREPOSITIONS):
        return None  # "Curfew", "Dow Jones", "Sales Tax": a body's name shows it is one
    return start, end
