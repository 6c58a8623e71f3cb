"""Speakers the subject rule misses or mistakes: who is heard in court, who is quoted by an
outlet, which of two subjects a misparse gives is the speaker, a name left hanging.

- "The jury was told that ...", "The inquest was shown ...": court reporting gives what
  the court heard; the court (jury, inquest) stands as the source, as in "..., a court
  heard" (``attribution_lexicon.court_heard``).
- "X was quoted by AFP as saying C": X says C; AFP only carries it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.attribution.lexicon import HEARING_SUBJECTS, speaker_like

TOLD_VERBS = frozenset({"tell", "show", "inform", "remind"})
QUOTING_VERBS = frozenset({"quote", "cite", "report"})


def addressed_court(token: Token) -> Token | None:
    """The court or jury a passive "was told" addresses: the source of what it was told."""
    if token.lemma_.lower() not in TOLD_VERBS:
        return None
    for child in token.children:
        if child.dep_ == "nsubjpass" and child.lemma_.lower() in HEARING_SUBJECTS:
            return child
    return None


def quoted_as_saying(token: Token) -> Token | None:
    """The speaker of "saying" in "X was quoted by AFP as saying ...": X."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.i == prep.i:
        return None
    verb = prep.head
    if verb.lemma_.lower() not in QUOTING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    return None


def speaker_rank(token: Token) -> int:
    """0 for a person, 1 for anything else that can speak (a place, a body), 2 otherwise."""
    if token.ent_type_ == "PERSON" or token.lower_ in ("he", "she"):
        return 0
    return 1 if speaker_like(token) else 2


def name_before(subject: Token, source: list[int]) -> list[int]:
    """ "Atta, a spokesperson for the operation, cited ...": the parser takes the role for
    the subject and leaves the name hanging from the verb; the name joins the source."""
    doc = subject.doc
    if not source:
        return source
    first = min(source)
    if first < 2 or doc[first - 1].text != "," or subject.pos_ != "NOUN":
        return source
    name = doc[first - 2]
    if name.pos_ != "PROPN" or name.head != subject.head or name.dep_ not in ("npadvmod", "dep"):
        return source
    return list(range(name.left_edge.i, first)) + source


CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»"})


def inverted_speaker(token: Token) -> Token | None:
    """ "'We love cats!' reply Burton and Nick": right after a quotation, a speech verb with
    no subject has its speakers after it, and the parser takes them for its object."""
    if any(child.dep_ in ("nsubj", "nsubjpass", "csubj") for child in token.children):
        return None
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.text not in CLOSING_QUOTES:
        return None
    for child in token.children:
        if (
            child.dep_ == "dobj"
            and child.i > token.i
            and (child.pos_ in ("PROPN", "PRON") or speaker_like(child) or child.ent_type_)
        ):
            return child
    return None
