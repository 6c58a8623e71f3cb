"""Which clause around a cue is not what it says: a relative clause after the cue's comma,
a reason or a semicolon's clause before it, a clause a "however" sets against a cue with
its own object, the narration before a quotation that closes at the cue, and the passive
subject a cue with its agent says ("Her victory was announced by the commission")."""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.attribution.lexicon import ADDRESSEE_VERBS, FINITE_VERB_TAGS


def relative_after_comma(token: Token, clause: Token) -> bool:
    """ "C, Saini said, who was flanked by ministers": a "who" clause after the cue and a
    comma describes the speaker, and "admitted to X, which he said was closed" describes X;
    neither is what was said ("asked who was there" is)."""
    first = clause.left_edge
    return (
        first.i > token.i + 1
        and token.doc[first.i - 1].text == ","
        and first.lower_ in ("who", "which", "whose")
    )


def _a_thing_said(token: Token, obj: Token) -> bool:
    """An object that is what the cue says, not whom it addresses or quotes ("told the
    station", "quoted one aide")."""
    if token.lemma_.lower() in ADDRESSEE_VERBS or token.lemma_.lower() in ("quote", "cite"):
        return False
    return obj.pos_ == "NOUN" and not obj.ent_type_


def opens_a_quotation(clause: Token) -> bool:
    """Whether the clause starts right after an opening quotation mark."""
    first = clause.left_edge
    if first.text in OPENING_QUOTES:
        return True
    return first.i > 0 and clause.doc[first.i - 1].text in OPENING_QUOTES


def quotation_before(token: Token) -> int | None:
    """The index of the opening mark of a quotation that closes right before the cue and
    its subject ('"...," Blair insisted'), if any."""
    doc = token.doc
    start = token.i
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i:
            start = min(start, child.left_edge.i)
    first = token.sent.start
    i = start - 1
    while i >= first and (doc[i].text in (",", "-", "\u2014") or doc[i].is_space):
        i -= 1
    if i < first or doc[i].text not in CLOSING_QUOTES:
        return None
    for j in range(i - 1, first - 1, -1):
        if doc[j].text in OPENING_QUOTES:
            # only a whole quotation set off by a comma from a clause of its own ('He
            # refused X, "C," Y insisted'), not a partial one ('Trump called it "a
            # disaster," Y said') nor one after a phrase ('With N systems, "C," he said')
            before = doc[first : j - 1]
            clause = any(
                t.tag_ in FINITE_VERB_TAGS and any(c.dep_ == "nsubj" for c in t.children)
                for t in before
            )
            return j if j > first and doc[j - 1].text == "," and clause else None
        if doc[j].text in CLOSING_QUOTES:
            return None
    return None


CLOSING_QUOTES = frozenset({"\u201d", '"', "''", "\u2019"})
OPENING_QUOTES = frozenset({"\u201c", '"', "``", "\u2018"})


def cause_before(token: Token, clause: Token) -> bool:
    """ "C, so the visits have been criticized by ...": a clause before the cue that a "so"
    or "therefore" leads on from is the reason, not what was said; nor is one a semicolon
    ends ("Opposition may boycott the vote; demonstrators want X out"), nor one a "however"
    sets against a cue that has its own object after it."""
    if clause.i > token.i:
        return False
    if any(t.text == ";" for t in token.doc[clause.right_edge.i + 1 : token.i]):
        return True
    between = token.doc[clause.right_edge.i + 1 : token.i]
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    if objects and any(t.lower_ in CONTRAST_WORDS for t in between):
        return True  # "There was speculation that C, however X confirmed the plan": its object
    if objects and _a_thing_said(token, objects[0]):
        return True  # "Mexican ruling boosts Calderon, rival vows parallel government"
    if passive_with_agent(token) is not None:
        return True  # "C - Chad was labeled the most corrupt state by a survey": its subject
    return any(
        c.dep_ in ("advmod", "mark") and c.lower_ in CONSEQUENCE_WORDS and clause.i < c.i < token.i
        for c in token.children
    )


CONSEQUENCE_WORDS = frozenset({"so", "therefore", "thus", "hence", "consequently"})
CONTRAST_WORDS = frozenset({"however", "but", "yet", "though", "although", "nevertheless"})


def stray_after_infinitive(token: Token, clause: Token) -> bool:
    """ "wanted to whack Dell because it was focusing on Linux deals a little too much": a
    bare verb after the cue's own infinitive, with no subject or "that" of its own, is a word
    the parser misread ("deals"), not a second thing wanted."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in clause.children):
        return False
    return any(c.dep_ == "xcomp" and c.i < clause.i for c in token.children)


def passive_with_agent(token: Token) -> Token | None:
    """The passive subject of a cue whose agent is named, when nothing else is said ("the
    figure was not confirmed by police": police said nothing)."""
    if not any(c.dep_ == "agent" for c in token.children) or any(
        c.dep_ == "neg" for c in token.children
    ):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].lower_ == "it" or subjects[0].tag_ in ("WDT", "WP"):
        return None
    if token.lemma_.lower() in ADDRESSEE_VERBS:
        return None  # "Wikinews was told by the staff": whom they told, not what
    return subjects[0]
