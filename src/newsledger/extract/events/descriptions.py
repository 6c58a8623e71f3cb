"""Backing that describes an actor is no event of the day.

"Syrian warplanes supported by Russia pounded Ghouta", "rebels backed by Turkey attacked
Afrin": the participle says whose side the actor is on, as "Russia-backed" would; the
sentence's event is the pounding and the attack. Event coders code only the latter, and the
ledger, reading the participle as an event, put the backing first.
"""

from __future__ import annotations

from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.arguments import names_actor
from newsledger.extract.events.candidate import Candidate


def backing_describes_an_actor(candidate: Candidate) -> bool:
    """Is the event a past participle of support modifying an actor ("rebels backed by
    Turkey"), not a plan or a policy ("the plan, supported by France", which is support
    given to it)?"""
    pred = candidate.predicate
    if candidate.category != lex.SUPPORT or pred.pos_ != "VERB":
        return False
    return pred.dep_ == "acl" and pred.tag_ == "VBN" and names_actor(pred.head)
