"""What a warning is: a threat ("Iran warned it would retaliate"), a fear ("the report
warned that prices could rise") or advice to the public ("authorities warned residents to
stay indoors"). Only the threat is an event (PLOVER THREATEN); the category rule
`warning_without_threat` asks here.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.actors import code_actors
from newsledger.extract.events.arguments import grammatical_subject
from newsledger.extract.events.candidate import Candidate
from newsledger.extract.events.cues import SUBJECT_DEPS, noun_cue, object_of, phrase, verb_cue

# The public a warning advises: "warned residents to stay indoors", "urged motorists".
PUBLIC = frozenset(
    "people residents citizens public motorists drivers travellers travelers tourists visitors "
    "households inhabitants villagers locals swimmers hikers commuters passengers parents "
    "consumers customers".split()
)
ARMED_SECTORS = frozenset({"MIL", "REB"})


def nested_category(pred: Token) -> str | None:
    """The category of the first cue inside a clause: what a warning or an intent is of."""
    for child in pred.subtree:
        if child.i == pred.i:
            continue
        if child.pos_ == "VERB":
            cue = verb_cue(child)
            if cue:
                return cue[0]
        elif child.pos_ == "NOUN" and (category := noun_cue(child)):
            return category
    return None


def warning_is_threat(candidate: Candidate) -> bool:
    """'X warned it would retaliate' threatens; 'the report warned that X could' fears."""
    pred = candidate.predicate
    clause = next((c for c in pred.children if c.dep_ == "ccomp"), None)
    if clause is None and advice_to_the_public(pred):
        return False  # "authorities warned residents to stay indoors"
    if clause is None:  # "warned Israel", "warned them to stop"; not "the report warned of"
        return any(c.dep_ in {"dobj", "xcomp"} for c in pred.children)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    warner = grammatical_subject(pred)
    if subject is None or warner is None:
        return subject is None
    if subject.lower_ in lex.PRONOUNS or subject.lemma_ == warner.lemma_:
        return True
    # "Iran warned that any attack would be met with force": an actor's warning of
    # violence in the future is a threat; a report's is a fear
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in clause.children)
    nested = nested_category(clause) or (verb_cue(clause) or (None,))[0]
    return future and nested in lex.CONFLICT and bool(code_actors(phrase(warner)))


def advice_to_the_public(pred: Token) -> bool:
    """A warning to the public what to do ("warned elderly people to stay indoors") advises;
    forces warning villagers to leave still threaten."""
    warned = object_of(pred)
    if warned is None or (warned.lemma_.lower() not in PUBLIC and warned.lower_ not in PUBLIC):
        return False
    warner = grammatical_subject(pred)
    codes = code_actors(phrase(warner)) if warner is not None else []
    return not any(code.sector in ARMED_SECTORS for code in codes)
