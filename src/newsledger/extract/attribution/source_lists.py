"""Whether a source phrase names several speakers: a list of parties, two people joined by
"and", or one person with several titles ("Labor leader and premier Paul Lennon", "Salil
Parekh, CEO and MD"), which is one speaker."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsledger.extract.attribution.antecedents import PERSON_ROLES, ROLE_ALIASES
from newsledger.extract.attribution.source_words import CONJUNCTIONS, PERSON_TITLE_WORDS
from newsledger.extract.common import ents_within
from newsledger.extract.entities.phoenix import PERSON_HEADS


def several_speakers(span: SpacySpan, head: Token) -> bool:
    """A list of speakers: coordinated names or nouns, or two people joined by "and"."""
    return coordinated(span, head) or _two_people(span)


def _two_people(span: SpacySpan) -> bool:
    """Two people's names joined by "and" with no verb between ("Whip Steve Scalise of
    Louisiana and Chairman Jeb Hensarling of Texas"), however the parser hung them."""
    people = [ent for ent in ents_within(span) if ent.label_ == "PERSON"]
    doc = span.doc
    for first, second in pairwise(people):
        between = doc[first.end : second.start]
        if any(t.lower_ == "and" for t in between) and not any(
            t.pos_ in ("VERB", "AUX") for t in between
        ):
            return True
    return False


def coordinated(span: SpacySpan, head: Token) -> bool:
    """ "Labour, the Lib Dems, the SNP and Plaid Cymru": a list of parties (not "&")."""
    # an apposition lists people only by name ("John Smith, a lawyer and activist" is one)
    return any(
        _listed(span, top, names_only=top is not head and not _others_listed(top))
        for top in appositions(span, head)
    )


def _others_listed(top: Token) -> bool:
    """ "President Ana Ruiz, her ministers and business groups": the parser took a list
    going on after the name for its apposition; a possessed plural is others, not her
    posts ("her lawyer and friend" is one person)."""
    possessed = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in top.children)
    members = [top, *(c for c in top.children if c.dep_ == "conj")]
    return possessed and any(m.tag_ in ("NNS", "NNPS") for m in members)


def _bare_after_prep(first: Token, conjunct: Token) -> bool:
    """ "the Organisation for Economic Co-operation and Development": a bare word joined after
    the first member's prepositional phrase belongs to that phrase, not to a list."""
    prep = any(c.dep_ == "prep" and first.i < c.i < conjunct.i for c in first.children)
    bare = not conjunct.ent_type_ and not any(
        c.dep_ in ("det", "compound", "poss", "amod") for c in conjunct.children
    )
    return prep and bare


def appositions(span: SpacySpan, head: Token) -> list[Token]:
    """The head and what stands in apposition to it, at any depth ("the Coast Guard
    Commodore Luis Tuazon")."""
    found, frontier = [head], [head]
    while frontier:
        frontier = [c for t in frontier for c in t.children if c.dep_ == "appos" and c.i < span.end]
        found.extend(frontier)
    return found


def _listed(span: SpacySpan, head: Token, names_only: bool) -> bool:
    kinds = ("PROPN",) if names_only else ("NOUN", "PROPN")
    members, frontier = [head], [head]
    while frontier:
        frontier = [
            c
            for t in frontier
            for c in t.children
            if c.dep_ == "conj"
            and span.start <= c.i < span.end
            and c.pos_ in kinds
            and not _bare_after_prep(t, c)
        ]
        members.extend(frontier)
    if len(members) < 2 or (names_only and head.pos_ != "PROPN") or _titles_of_one(members):
        return False
    if names_only and all(_role_word(m) for m in members):
        return False  # "Salil Parekh, CEO and MD, said": one person's two posts
    if _regional_post(members):
        return False  # "the Middle East and North Africa Director for Amnesty": one post
    if _posts_of_one(head, members[1:]) or _described_after_comma(head, members[1:]):
        return False  # "Justin Lin, Chief Economist and Senior Vice President": his posts
    joints = [c for t in members for c in t.children]
    return any(t.dep_ == "cc" and t.lower_ in CONJUNCTIONS for t in joints)


ROLE_ACRONYMS = frozenset({"ceo", "md", "cfo", "coo", "cto", "cmd", "gm", "vp", "evp", "svp"})


def _role_word(token: Token) -> bool:
    lower = token.lower_.rstrip(".")
    return lower in ROLE_ACRONYMS or lower in PERSON_ROLES or lower in ROLE_ALIASES


def _posts_of_one(name: Token, posts: list[Token]) -> bool:
    """A person's name, a comma, then bare capitalised posts ("Smith and the minister" are
    two)."""
    doc = name.doc
    return (
        name.ent_type_ == "PERSON"
        and bool(posts)
        and doc[name.i + 1].text == ","
        and all(_post(m) and m.is_title for m in posts)
        and not any(c.dep_ in ("det", "poss") for m in posts for c in m.children)
    )


def _described_after_comma(name: Token, posts: list[Token]) -> bool:
    """ "Asha Rao, Acme chairperson and managing director and the city's richest woman": a
    bare singular post right after the comma opens one person's description, which the
    parser joined to the name as a list."""
    doc = name.doc
    first = posts[0] if posts else None
    return (
        first is not None
        and name.ent_type_ == "PERSON"
        and doc[name.i + 1].text == ","
        and first.tag_ == "NN"
        and _post(first)
        and not any(c.dep_ in ("det", "poss") for c in first.children)
    )


def _regional_post(members: list[Token]) -> bool:
    """Places joined before a post make one title ("the Asia and Pacific director")."""
    *places, last = members
    return _role_word(last) and all(m.ent_type_ in ("GPE", "LOC") for m in places)


def _post(token: Token) -> bool:
    """A capitalised post ("Chief Economist", "Senior Vice President"), no one's name."""
    return not token.ent_type_ and (
        _role_word(token) or token.lemma_.lower() in PERSON_HEADS or token.lower_ in PERSON_HEADS
    )


def _titles_of_one(members: list[Token]) -> bool:
    """ "Labor leader and premier Paul Lennon", "Poet and Maoist sympathiser Gaddar",
    "President and party leader Anna Berg": bare singular titles joined before one person's
    name are that person's, not a list of speakers ("the mayor and her deputy" are two)."""
    *roles, last = members
    name: Token | None = last if _person_like(last) else None
    if name is None:  # "President and party leader Anna Berg": the name hangs on the first
        name = next(
            (c for m in members for c in m.children if c.dep_ == "appos" and _person_like(c)),
            None,
        )
        roles = members
    if name is None or any(name.i < role.i for role in roles):
        return False
    # a determiner before the first title is shared ("Singh's physician and surgeon, Dr.
    # Reddy"); one before a later title makes a second person ("the mayor and her deputy")
    return all(
        (role.tag_ == "NN" or role.lower_ in PERSON_TITLE_WORDS)  # "President"
        and (not role.ent_type_ or (role.ent_type_ != "PERSON" and _role_word(role)))
        and (n == 0 or not any(c.dep_ in ("det", "poss") for c in role.children))
        for n, role in enumerate(roles)
    )


def _person_like(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or (
        token.pos_ == "PROPN" and token.ent_type_ not in ("ORG", "GPE", "NORP", "LOC", "FAC")
    )
