"""Senses the cue tables cannot tell apart by lemma and particle alone.

A preposition may only date the act ("called Erdogan on Friday" is no "call on"); a call
to someone named is a telephone call; refusing to "provide" or "respond" is a refusal to
speak only when what is withheld is talk ("declined to provide details"), not aid or an
answer to someone's request. An offer is a promise when the text says who makes it or
what it holds out, not a firm's "special offers"; forces are put on a war footing, software
"on an equal footing" with a rival is only compared.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.events import lexicon as lex

TEMPORAL_ENTITIES = frozenset({"DATE", "TIME"})
# Entities a telephone call can reach.
CALLED_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Words that name what someone is called, not whom one telephones ("called them nutters").
NAMING_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp"})
# What one asks for in a request that is still a journalist's ("a request for comment").
REQUESTING_NOUNS = frozenset({"request", "requests", "demand", "demands", "summons", "call"})


def dates_the_act(prep: Token) -> bool:
    """Does this preposition only say when ("on Friday"), so that it is no particle?"""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in TEMPORAL_ENTITIES


def telephoned(verb: Token, obj: Token | None) -> bool:
    """ "Trump called King Salman on Saturday": calling someone named, with no name given
    to them ("called the ambassador a stupid guy"), is a telephone call (CAMEO 041)."""
    if verb.lemma_.lower() != "call" or obj is None:
        return False
    children = list(verb.children)
    if any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children):
        return False  # "the product is called Open Office": a name, nobody calling anyone
    if any(c.dep_ == "prep" and not dates_the_act(c) and c.lower_ in {"for", "on", "upon", "off"}
           for c in verb.children):  # fmt: skip
        return False
    named = (
        obj.ent_type_ in CALLED_PARTIES
        or any(
            c.ent_type_ in CALLED_PARTIES for c in obj.children if c.dep_ in {"appos", "compound"}
        )
        or obj.lemma_.lower() in lex.COUNTERPARTS
    )
    return named and not any(c.dep_ in NAMING_DEPS for c in verb.children if c.i > obj.i)


def withholds_talk(verb: Token) -> bool:
    """Is the verb of speaking a refusal's complement only talk withheld? "declined to
    provide details" is; "refused to provide military aid" and "refused to respond to a
    request from 20 MPs" refuse something to someone (PLOVER REJECT)."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is not None:
        words = {
            obj.lemma_.lower(),
            *(c.lemma_.lower() for c in obj.children if c.dep_ == "compound"),
        }
        if not words & (lex.SAID_THINGS | lex.FIGURATIVE_OBJECTS | lex.SPOKEN_OBJECTS):
            return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        asked = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if asked is not None and asked.lemma_.lower() in REQUESTING_NOUNS and _asked_by(asked):
            return False
    return True


def _asked_by(request: Token) -> bool:
    """ "a request from the U.S. authorities for banking information": asked by someone
    for something other than a comment."""
    preps = {c.lower_: c for c in request.children if c.dep_ == "prep"}
    if "from" not in preps and not any(c.dep_ == "poss" for c in request.children):
        return False
    wanted = preps.get("for")
    obj = next((c for c in wanted.children if c.dep_ == "pobj"), None) if wanted else None
    return obj is None or obj.lemma_.lower() not in lex.SAID_THINGS


def says_whom(noun: Token) -> bool:
    """Does an act noun say whom it is done to or by ("the release of Temer", "the tanker's
    release")? A press release says neither, nor does "his release" (whose, not whom)."""
    owner = any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children)
    return owner or any(
        p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN", "PRON"}
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
    )


# Nouns that, made legal, name a suit against a party: "launched legal action against".
LEGAL_NOUNS = frozenset({"action", "proceedings", "proceeding", "challenge"})
LEGAL_MODIFIERS = frozenset({"legal", "infringement", "court", "judicial"})


def legal_action(noun: Token) -> bool:
    """ "legal action against Poland", "infringement proceedings against Hungary": a suit
    against a named party accuses it (PLOVER ACCUSE, as "sue"); "legal action" alone or
    "court proceedings" without an adversary is procedure."""
    if noun.lemma_.lower() not in LEGAL_NOUNS:
        return False
    made_legal = any(
        c.dep_ in {"amod", "compound"} and c.lower_ in LEGAL_MODIFIERS for c in noun.children
    )
    return made_legal and any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children)


OFFER_NOUNS = frozenset({"offer", "offers", "offering", "offerings"})
# Dependents that say who makes an offer or what it holds out: "Iran's offer of talks", "an
# offer to withdraw", "offers made by the rebels" (not "an offering for collectors").
OFFER_TERMS = frozenset({"of", "by", "from", "to"})


def bare_offer(noun: Token) -> bool:
    """Is this "offer" only goods on sale ("special offers on tickets", "a premium
    offering"), with no one making it and nothing held out (no promise, PLOVER AGREE)?"""
    if noun.lower_ not in OFFER_NOUNS:
        return False
    for child in noun.children:
        if child.dep_ in {"poss", "acl", "relcl"}:
            return False
        if child.dep_ == "prep" and child.lower_ in OFFER_TERMS:
            return False
        if child.dep_ in {"compound", "amod", "nmod"} and (
            child.ent_type_ or child.pos_ == "PROPN"
        ):
            return False  # "a U.S. offer", "the Syrian offer"
    held_out = noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.LIGHT_VERBS
    return not held_out  # "Iran made an offer"


# What a war footing is made of: "put the economy on a war footing".
WAR_WORDS = frozenset({"war", "wartime", "military", "combat", "emergency"})


def peaceful_footing(verb: Token) -> bool:
    """ "will put Linux on a more equal footing with Windows": a footing with no war in it
    mobilises nobody (the idiom "put on a war footing" is PLOVER MOBILIZE)."""
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ != "on":
            continue
        footing = next((o for o in child.children if o.dep_ == "pobj"), None)
        if footing is not None and footing.lemma_.lower() == "footing":
            return not any(c.lower_ in WAR_WORDS for c in footing.children)
    return False
