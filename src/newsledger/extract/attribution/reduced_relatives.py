"""A participle the parser made the main verb: "Wreckage found near the coast suggests the
plane broke up" parsed as "Wreckage found [that it] suggests ...". The tell is the clause it
is given: a finite verb with no subject and no "that". The wreckage found nothing: it is what
was found, and "found" is no cue of its.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.attribution.lexicon import FINITE_VERB_TAGS, SPEECH, SUBJECT_DEPS

# What only a verb of the sentence has, never a participle on its noun.
VERB_ONLY_DEPS = frozenset({"dobj", "dative", "xcomp", "aux", "auxpass", "neg"})
CLAUSE_SUBJECTS = SUBJECT_DEPS | {"csubjpass", "expl"}


def reduced_relative(token: Token) -> bool:
    """Whether the cue is a participle on its subject misread as the sentence's verb."""
    if token.tag_ not in ("VBD", "VBN") or token.i == 0 or token.lemma_.lower() in SPEECH:
        return False  # a verb of saying misparsed ("Flynn said Trump has") is still said
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].i != token.i - 1:  # the participle right on its noun
        return False
    if any(c.dep_ in VERB_ONLY_DEPS for c in token.children):
        return False  # "said the minister came": the clause's subject taken for an object;
        # "has found", "wanted to whack Zeta ... Linux deals": a verb's own words
    return any(
        clause.dep_ == "ccomp"
        and clause.i > token.i
        and clause.tag_ in FINITE_VERB_TAGS
        and not any(c.dep_ in CLAUSE_SUBJECTS or c.dep_ == "mark" for c in clause.children)
        for clause in token.children
    )
