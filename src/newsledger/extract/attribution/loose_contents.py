"""Contents that sit outside the cue's own clause, where news puts them and the parser loses
them: "As the Times noted, C"; "rather than C, as X claimed, D"; a verbless headline
before ", X reports"; a "that" clause the parser hung on the cue's phrase."""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.attribution.lexicon import FINITE_VERB_TAGS, says_or_thinks
from newsledger.extract.common import subtree_ids


def content_before_comma(token: Token) -> set[int]:
    """ "Nominee on the verge of withdrawing, CBS News reports": a headline's words before
    ", X reports" that the parser hung on the cue as a loose dependent (no verb of their
    own to make a clause of): what X reports."""
    after = token.doc[token.i + 1 : token.sent.end]
    if not says_or_thinks(token) or not all(t.is_punct or t.is_space for t in after):
        return set()
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    if not subjects:
        return set()
    comma = subjects[0].left_edge.i - 1
    if comma <= token.sent.start or token.doc[comma].text != ",":
        return set()
    loose = [
        c
        for c in token.children
        if c.i < comma and (c.dep_ in ("dep", "npadvmod") or (c.dep_ == "advcl" and _nominal(c)))
    ]
    if not loose or loose[0].left_edge.i != token.sent.start:
        return set()
    if any(t.tag_ in FINITE_VERB_TAGS for t in token.doc[token.sent.start : comma]):
        return set()  # "Violence, arrests end Minsk, Belarus protests": a clause, no report
    return set(range(token.sent.start, comma))


def _nominal(head: Token) -> bool:
    """A noun phrase the parser took for a clause: a noun head, or a headline's first noun
    read as a bare verb ("Harbour bridge to reopen"), with no "when" or "after" to open it."""
    if any(c.dep_ in ("mark", "aux", "nsubj") and c.i < head.i for c in head.children):
        return False
    return head.pos_ in ("NOUN", "PROPN") or (head.tag_ == "VB" and head.i == head.sent.start)


def stray_that_clause(token: Token) -> set[int]:
    """The "that" clause the parser hung on the cue's own phrase, for a word of saying.

    In "wrote in a letter to the board that he would resign" the parser takes the clause
    for a relative clause of "board"; after a word of saying with no other content it is
    what was said.
    """
    if not says_or_thinks(token):
        return set()
    for prep in [c for c in token.children if c.dep_ == "prep"]:
        if prep.i < token.i:
            continue
        for inner in prep.subtree:
            if inner.dep_ in ("relcl", "acl") and inner.left_edge.lower_ == "that":
                return set(range(inner.left_edge.i, inner.right_edge.i + 1))
    return set()


def clause_behind_a_phrase(token: Token) -> set[int]:
    """ "Trump said after the convention he would not accept it": the parser read "after"
    as the clause's subordinator and made the clause an adverbial one; with its own subject
    and tense and no "when" or "because", it is what was said (the phrase is when)."""
    if not says_or_thinks(token):
        return set()
    for clause in token.children:
        if clause.dep_ != "advcl" or clause.i < token.i:
            continue
        children = list(clause.children)
        if any(c.dep_ == "mark" for c in children):
            continue  # "said it was over when he left"
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
            continue
        finite = clause.tag_ in FINITE_VERB_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_VERB_TAGS for c in children
        )
        first = clause.left_edge
        if (
            finite
            and first.dep_ == "prep"
            and first.head == clause
            and first.lower_ in ADVERBIAL_PREPS
        ):
            return subtree_ids(clause) - subtree_ids(first)
    return set()


COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep"})
ADVERBIAL_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "last", "earlier"})


def contrasted_before(token: Token) -> set[int] | None:
    """ "rather than falling, as ministers claimed, emissions rose": what the "as" clause
    right after a "rather than", "instead of" or "contrary to" phrase credits is that
    phrase's object, not the clause that denies it."""
    doc = token.doc
    marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ == "as"]
    if not marks or marks[0].i < 2 or doc[marks[0].i - 1].text != ",":
        return None
    end = marks[0].i - 2  # the last word before the comma
    for word in doc[max(token.sent.start, end - 12) : end + 1]:
        if word.i == 0 or (doc[word.i - 1].lower_, word.lower_) not in CONTRASTS:
            continue
        objects = [c for c in word.children if c.dep_ in ("pobj", "pcomp")]
        if objects and objects[0].right_edge.i == end:
            return subtree_ids(objects[0])
    return None


CONTRASTS = frozenset({("rather", "than"), ("instead", "of"), ("contrary", "to")})


def as_clause(token: Token) -> bool:
    """True for a word of saying or thinking in "as X noted, ..." with no complement.

    News gives a claim its source this way ("As Reuters reported, the talks failed"); the
    clause the "as" phrase hangs from is what was said. A temporal "as" ("as he spoke to
    reporters, ...") has a complement or a verb outside the saying words, so it stays out.
    """
    if token.dep_ != "advcl" or not says_or_thinks(token):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == "as" and c.i < token.i for c in token.children)
    complements = [
        c
        for c in token.children
        if c.dep_ in COMPLEMENT_DEPS and not (c.dep_ == "prep" and c.lower_ in ADVERBIAL_PREPS)
    ]
    return marked and not complements
