"""A call, visit or dispatch made to do something is coded as what it was made to do.

Event coders read "Netanyahu called Morrison to congratulate him" as praise (PLOVER SUPPORT),
"France sent experts to Saudi Arabia to investigate the attacks" as an investigation, and
"sent jets to destroy the reactor" as the strike: the contact or the sending is only the
means, the purpose clause names the event. Without this the ledger's first event for such a
sentence is the bare call (CONSULT) or the sending (AID, MOBILIZE).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.candidate import Candidate

# Verbs that send someone somewhere: the purpose of the sending is the event.
DISPATCH_VERBS = frozenset({"send", "dispatch", "deploy"})
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def _means(candidate: Candidate) -> bool:
    """Is the event a contact (call, visit, meeting) or a sending, done for something else?"""
    pred = candidate.predicate
    if pred.pos_ != "VERB" or candidate.trigger.i != pred.i:
        return False
    return candidate.category == lex.CONSULT or pred.lemma_.lower() in DISPATCH_VERBS


def _purpose_clause(verb: Token) -> Token | None:
    """The to-infinitive that says what the verb was done for ("called him to congratulate")."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in PURPOSE_DEPS
            and c.pos_ == "VERB"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ),
        None,
    )


def _event_of(clause: Token, by_predicate: dict[int, Candidate]) -> Candidate | None:
    """The event the purpose clause names: its verb's, else its object's ("to convey his
    support", "to express condolences")."""
    if clause.i in by_predicate:
        return by_predicate[clause.i]
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    return by_predicate.get(obj.i) if obj is not None else None


def purpose_leads(candidates: list[Candidate]) -> None:
    """Fold a call, visit or sending into the event its purpose clause names: that event is
    reported (with the contact's counterpart when it names none of its own: "congratulate
    him"), the means is wrapped by it and not reported on its own."""
    by_predicate = {c.predicate.i: c for c in candidates}
    for means in candidates:
        if means.wrapped_by is not None or not _means(means):
            continue
        clause = _purpose_clause(means.predicate)
        purpose = _event_of(clause, by_predicate) if clause is not None else None
        if purpose is None or purpose.negated or purpose.category == means.category:
            continue
        if purpose.wrapped_by is means:
            purpose.wrapped_by = None
        if purpose.wrapped_by is not None:
            continue
        if (
            not purpose.target
            and means.target
            and means.predicate.lemma_.lower() not in DISPATCH_VERBS
        ):
            purpose.target, purpose.target_codes = means.target, means.target_codes
        means.wrapped_by = purpose
