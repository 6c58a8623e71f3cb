"""FIGHT or ASSAULT, or only words: what kind of violence a clause reports.

PLOVER separates conventional force between armed parties (FIGHT) from one-sided or
unconventional violence (ASSAULT); campaign news "attacks" rivals every day with words
(DISAPPROVE). The clause decides: who acts on whom as the phrases themselves say, the means
the sentence gives ("a bomb attack", "shelling"), and whether anyone armed takes part.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsledger.extract.events import lexicon as lex
from newsledger.extract.events.actors import code_actors, place_like
from newsledger.extract.events.candidate import Candidate
from newsledger.extract.events.cues import (
    cue_lemma,
    has_prep,
    object_of,
    phrase,
    prep_objects,
)


def violence_kind(candidate: Candidate, category: str, own_sources: set[str | None]) -> str:
    """FIGHT is conventional force between armed parties; ASSAULT is one-sided or
    unconventional violence (PLOVER): decided by who acts on whom, where the text says.
    `own_sources` are the sectors the source phrase itself names."""
    sources = {c.sector for c in candidate.source_codes if c.sector}
    # who is hit, as the target phrase itself says (not a name borrowed from the sentence)
    own = code_actors(candidate.target[0]) if candidate.target else []
    targets = {c.sector for c in own if c.sector}
    target_person = bool(candidate.target) and candidate.target[0].root.ent_type_ == "PERSON"
    if candidate.target and place_like(candidate.target[0].root):
        targets = set()  # "captured the town of Kisangani": a place, not its civilians
    if candidate.predicate.lemma_.lower() in lex.ONE_SIDED_VERBS:
        return lex.ASSAULT
    if _verbal_attack(candidate, sources | targets):
        return lex.DISAPPROVE  # "Sanders's attacks on Clinton", "attacked Obama over trade"
    if "MIL" in own_sources and targets & {"REB", "MIL"}:
        return lex.FIGHT  # state forces against armed opponents: "troops killed guerrillas"
    if targets & lex.ONE_SIDED_TARGETS and _generic_means(candidate.predicate):
        return lex.ASSAULT  # "killed 12 villagers in an attack": the victims decide
    means = _means_of_harm(candidate.predicate)
    if means is not None:
        return means
    if sources & {"UAF", "CRM"} or targets & lex.ONE_SIDED_TARGETS or target_person:
        return lex.ASSAULT
    if sources & {"MIL", "COP"} and (not targets or targets & {"MIL", "REB"}):
        return lex.FIGHT
    return category


def _verbal_attack(candidate: Candidate, sectors: set[str]) -> bool:
    """An attack by one named person on another, with no armed party and no weapon in the
    sentence, is words (CAMEO 11x): campaign news attacks rivals every day."""
    if candidate.trigger.lemma_.lower() not in lex.VERBAL_ATTACKS or sectors & lex.ARMED_SECTORS:
        return False
    if any(c.lower_ in lex.VERBAL_KINDS for c in candidate.trigger.children):
        return True  # "personal attacks", "verbal attacks", "a media attack"
    if has_prep(candidate.trigger, "as"):
        return True  # "attacked her opponent as a fraud": a label, not a blow
    if _attacks_a_policy(candidate.trigger) or _names_calling(candidate.predicate):
        return True  # "the attack on the impeachment proceedings", "calling them nutters"
    if candidate.source and candidate.source[0].root.lemma_.lower() in lex.UTTERANCES:
        return True  # "a tweet attacking a former Miss Universe"
    sides = [spans[0] for spans in (candidate.source, candidate.target) if spans]
    attacked = object_of(candidate.predicate)
    if not candidate.target and attacked is not None:
        sides.append(phrase(attacked))  # a target no code was found for: "attacked Bloomberg"
    if not sides or not any(side.root.ent_type_ == "PERSON" for side in sides):
        return False
    if not all(_person_like(side) for side in sides):
        return False
    sentence = candidate.trigger.sent
    return not any(t.lemma_.lower() in lex.WEAPON_WORDS for t in sentence)


def _attacks_a_policy(trigger: Token) -> bool:
    """Is what is attacked (or one of its conjuncts) a law, a policy or proceedings?"""
    attacked = [object_of(trigger)] if trigger.pos_ == "VERB" else []
    attacked += prep_objects(trigger, frozenset({"on", "against"}))
    things = [t for t in attacked if t is not None]
    things += [c for t in things for c in t.conjuncts]
    return any(t.lemma_.lower() in lex.POLICY_TARGETS for t in things)


def _names_calling(pred: Token) -> bool:
    """Does the verb go on to call someone names ("launched an attack on them, calling them
    'nutters'"): an attack in words."""
    verb = pred.head if pred.pos_ == "NOUN" else pred
    return any(
        c.lemma_.lower() == "call" and any(g.dep_ == "oprd" for g in c.children)
        for c in verb.children
        if c.dep_ in {"advcl", "conj", "xcomp"}
    )


def _person_like(span: SpacySpan) -> bool:
    """A person, a pronoun, or a name that codes to no state or sector (the tagger calls
    "Sanders" an organisation)."""
    root = span.root
    if root.ent_type_ == "PERSON" or root.lower_ in lex.PRONOUNS:
        return True
    named = root.pos_ == "PROPN" or root.is_title
    return named and root.ent_type_ not in {"GPE", "NORP", "LOC", "FAC"} and not code_actors(span)


def _generic_means(pred: Token) -> bool:
    """Does the harm verb say only that there was "an attack" or "a raid"?"""
    means = prep_objects(pred, frozenset({"in", "during"}))
    return any(n.lemma_.lower() in lex.GENERIC_MEANS for n in means)


def _means_of_harm(pred: Token) -> str | None:
    """ "killed in a bomb attack" is ASSAULT, "attacks killed" or "killed in clashes" FIGHT:
    when a verb names only the harm done, the means the sentence gives decides."""
    if cue_lemma(pred) not in lex.HARM_VERBS:
        return None
    means = [c for c in pred.children if c.dep_ in {"nsubj", "nsubjpass"}]
    means += [
        p for c in pred.children
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by", "during", "with"}
        for p in c.children if p.dep_ == "pobj"
    ]  # fmt: skip
    for noun in means:
        lemmas = {noun.lemma_.lower()} | {
            c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}
        }
        if lemmas & lex.TERROR_MEANS:
            return lex.ASSAULT
        if {noun.lemma_.lower(), noun.lower_} & lex.ARMED_MEANS:
            return lex.FIGHT
    return None
