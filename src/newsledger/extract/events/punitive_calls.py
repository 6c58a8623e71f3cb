"""A call for sanctions or punishment against someone condemns them.

"Lawmakers called for sanctions against the generals" asks no one named to act: the relation
the sentence reports is with the generals, whom the speakers denounce (CAMEO 11x; PLOVER
coders code it ACCUSE or THREATEN, never REQUEST). "called on the EU to impose sanctions"
names whom it asks and stays a demand.
"""

from __future__ import annotations

from typing import Protocol

from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.actors import code_actors
from newsledger.extract.events.candidate import Candidate
from newsledger.extract.events.cues import object_of, phrase, prep_objects


class Clause(Protocol):
    """What the rule reads of category_rules.Clause (imported from there, it would loop)."""

    candidate: Candidate
    category: str

    @property
    def lemma(self) -> str: ...


# What one may call for against someone: punishment (a call for an inquiry asks that facts
# be found, and stays a demand).
PUNITIVE = frozenset("sanction sanctions prosecution punishment arrest boycott embargo".split())
AGAINST = frozenset({"against", "on"})
CALLING_VERBS = frozenset({"call", "press", "push", "clamour", "clamor"})


def punishment_called_for(c: Clause) -> str | None:
    """A call for punishment, with no one named to carry it out, condemns.
    Example: "The senators called for sanctions against the junta." -> DISAPPROVE"""
    pred = c.candidate.predicate
    if c.category != lex.DEMAND or c.lemma not in CALLING_VERBS or object_of(pred) is not None:
        return None
    wanted = [w for w in prep_objects(pred, "for") if w.lemma_.lower() in PUNITIVE]
    if not wanted:
        return None
    against = prep_objects(wanted[0], AGAINST)
    if against and not c.candidate.target:  # the condemned: "sanctions against the junta"
        c.candidate.target = [phrase(against[0])]
        c.candidate.target_codes = code_actors(c.candidate.target[0])
    return lex.DISAPPROVE
