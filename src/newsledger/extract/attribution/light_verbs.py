"""Light verbs that carry a message through what follows them: "made the case that C",
"raised concerns about C", "cast doubt on C", "made it clear that C". The verb alone says
little; its object or adjective makes it a cue and joins the cue's words."""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.common import subtree_ids

# Objects that make a light verb a cue: "made the case that", "raised concerns about",
# "took aim at", "has no illusions about", "drew criticism from".
MESSAGE_OBJECTS = frozenset(
    """
case argument point claim statement remark remarks comment comments concern concerns doubt
doubts question questions criticism aim issue exception view views belief opinion position
support endorsement illusion illusions confidence faith objection objections warning
warnings promise pledge appeal plea demand call praise ire reservation reservations
interest willingness readiness desire regret sympathy solidarity gratitude
""".split()
)
LIGHT_VERB_LEMMAS = frozenset(
    "make cast raise express voice draw have take give hold level lodge register lend".split()
)
# Objects whose "in" phrase is what they are about: "expressed interest in buying X".
HELD_IN = frozenset({"interest", "confidence", "faith", "belief", "trust"})
LIGHT_SCORE = 0.6
LIGHT_CUES = True


def message_object(token: Token) -> bool:
    """True for a light verb whose object carries a message ("made the case", "made it
    clear")."""
    if not LIGHT_CUES or token.pos_ != "VERB" or token.lemma_.lower() not in LIGHT_VERB_LEMMAS:
        return False
    if made_clear_adjective(token) is not None:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_OBJECTS for c in token.children)


def made_clear_adjective(token: Token) -> Token | None:
    """ "clear" in "made (it) clear that ...", "known" in "made known that ..."."""
    if token.lemma_.lower() != "make":
        return None
    for child in token.children:
        gap = child.i - token.i
        if child.lower_ in MADE_PLAIN and (gap == 1 or (gap == 2 and token.nbor().lower_ == "it")):
            return child
    return None


MADE_PLAIN = frozenset({"clear", "plain", "known"})


# Verbs that carry a stance through their object: "cast doubt on X", "voiced support for X".
LIGHT = True
LIGHT_VERBS = frozenset(
    """
make cast raise express voice offer draw sound issue have take give pose level lodge throw
pour heap register lend extend deliver show
""".split()
)


def made_clear_content(token: Token) -> tuple[set[int], list[Token]] | None:
    """ "made it clear that C", "made clear that C", "made known that C": the adjective and
    its "it" join the cue, the clause (hung on the adjective or on the verb) is the content."""
    adjective = made_clear_adjective(token)
    if adjective is None:
        return None
    clauses = [
        c
        for holder in (adjective, token)
        for c in holder.children
        if c.dep_ in ("ccomp", "advcl")
        and c.i > adjective.i
        and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children)
    ]
    if not clauses:
        return None
    return subtree_ids(clauses[0]), list(token.doc[token.i + 1 : adjective.i + 1])


def light_verb_content(token: Token, objects: list[Token]) -> tuple[set[int], list[Token]] | None:
    """Content after "verb + noun + preposition": the noun and preposition join the cue (not
    where it came from: "issued a statement from Moscow")."""
    if token.lemma_.lower() not in LIGHT_VERBS or not objects:
        return None
    noun = objects[0]
    for holder in (noun, token):
        for prep in [c for c in holder.children if c.dep_ == "prep"]:
            if not _next_to(noun, prep) or prep.lower_ in ("of", "at", "during", "from", "by"):
                continue
            if prep.lower_ == "in" and noun.lemma_.lower() not in HELD_IN:
                continue  # "issued a statement in Moscow": where, not what
            inner = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if inner and inner[0].ent_type_ not in ("DATE", "TIME"):  # not "a statement on Monday"
                return subtree_ids(inner[0]), [noun, prep]
    for clause in [c for c in noun.children if c.dep_ in ("acl", "ccomp")]:
        if clause.i > noun.i and any(c.dep_ == "mark" for c in clause.children):
            return subtree_ids(clause), [noun]  # "made the case that ..."
    return None


def _next_to(noun: Token, prep: Token) -> bool:
    """The preposition follows the noun, or only a time comes between ("voiced his support
    on Wednesday for X")."""
    between = noun.doc[noun.i + 1 : prep.i]
    return prep.i > noun.i and all(
        t.ent_type_ in ("DATE", "TIME")
        or (t.pos_ == "ADP" and t.nbor().ent_type_ in ("DATE", "TIME"))
        for t in between
    )
