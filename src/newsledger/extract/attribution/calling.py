"""The senses of "call" that say nothing: calling in a loan or off a strike, calling a
meeting or an election, calling someone up. "called him a liar" (a name given), "called
on X to" and "called for" (a demand) still say something."""

from __future__ import annotations

from spacy.tokens import Token

# Particles that make "call" an act: "calling in loans", "called off the strike".
CALL_PARTICLES = frozenset({"in", "off", "up"})
# Events one calls into being: "called an emergency meeting", "called a snap election".
CALLED_EVENTS = frozenset(
    "meeting session summit election poll vote referendum strike halt recess hearing "
    "inquiry conference congress convention demonstration protest rally march boycott "
    "ceasefire truce".split()
)
# Who is called on the telephone, when it is a pronoun.
CALLED_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
# Entity types of who or what is called up: a person, a government, a body.
CALLED_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def call_is_a_deed(head: Token) -> bool:
    """True for the word "call" at `head` in a sense that says nothing."""
    if any(call_particle(c) for c in head.children):
        return True  # "is calling in its loans", "called off the strike"
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if not objects or names_it(head):
        return False
    if any(o.lemma_.lower() in CALLED_EVENTS for o in objects):
        return True  # "called an emergency meeting", "called a snap election"
    if any(c.dep_ in ("prep", "prt") and c.i == head.i + 1 for c in head.children):
        return False  # "called on Iran to", "called for talks"
    if any(summoned_to_a_place(c) for c in head.children):
        return True  # "called the players to the locker room": a summons
    if any(c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children) for c in head.children):
        return False  # "called Machado on Friday to express gratitude": what the call said
    return all(o.ent_type_ in CALLED_PARTIES or o.lower_ in CALLED_PRONOUNS for o in objects)


def summoned_to_a_place(child: Token) -> bool:
    """ "to the locker room" of "called the players to the locker room": where someone
    is summoned, not what was said (a "to" with an object of its own, not an infinitive)."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "to"
        and any(g.dep_ == "pobj" for g in child.children)
    )


def names_it(head: Token) -> bool:
    """ "called her vote a mistake": a second object says what it is called."""
    return any(c.dep_ in ("oprd", "ccomp", "xcomp", "attr") for c in head.children) or any(
        c.dep_ in ("oprd", "appos", "npadvmod")
        for o in head.children
        if o.dep_ == "dobj"
        for c in o.children
    )


def call_particle(child: Token) -> bool:
    """ "in" of "calling in its loans", a particle even where the parser made it a bare
    preposition (one with no object of its own, right after the verb)."""
    if child.lower_ not in CALL_PARTICLES:
        return False
    bare = child.dep_ == "prep" and child.i == child.head.i + 1 and not list(child.children)
    return child.dep_ == "prt" or bare
