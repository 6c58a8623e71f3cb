"""British spellings read as American ones in lemmas ("criticised" -> "criticize").

The lexicons, the learned attribution rates and the event model were made from American
news (PolNeAR, PLOVER): "criticized" scored as a cue and "criticised" did not, so a BBC,
AFP or Times of India report lost its statements and events to spelling. Only the lemma
changes (the text, as given, is what records point to), and only where the lemmatizer knows
the American form: -ise/-yse verbs, -isation nouns, -our, -ence and -tre nouns, "programme".
"""

from __future__ import annotations

import re

import numpy
from spacy.language import Language
from spacy.tokens import Doc

# British ending -> American ending, each with the shortest stem it may follow ("rise",
# "prise", "tour" and "fence" are no spellings of anything else).
ENDINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), american)
    for pattern, american in (
        (r"^(\w{4,})ise$", r"\1ize"),
        (r"^(\w{4,})isation$", r"\1ization"),
        (r"^(\w{3,})yse$", r"\1yze"),
        (r"^(\w{3,})our$", r"\1or"),
        (r"^(\w{2,})ence$", r"\1ense"),
        (r"^(\w{3,})tre$", r"\1ter"),
        (r"^programme$", "program"),
    )
)
# The words any pattern above can change end so: a cheap test before the patterns, over
# the lemmatizer's tens of thousands of words at every pipeline load.
BRITISH_ENDINGS = ("ise", "isation", "yse", "our", "ence", "tre", "programme")
POS_TABLES = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}


@Language.factory(
    "newsledger_spelling",
    requires=["token.lemma", "token.pos"],
    assigns=["token.lemma"],
)
def make_spelling(nlp: Language, name: str) -> AmericanLemmas:
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return AmericanLemmas(nlp, british_to_american([index[table] for table in POS_TABLES.values()]))


def british_to_american(tables: list[list[str]]) -> dict[str, str]:
    """Every word of a lemmatizer table with a British ending whose American spelling the
    same table also holds ("criticise" -> "criticize")."""
    found: dict[str, str] = {}
    for words in tables:
        known = frozenset(words)
        for word in words:
            if not word.endswith(BRITISH_ENDINGS):
                continue
            for pattern, american in ENDINGS:
                spelled = pattern.sub(american, word)
                if spelled != word and spelled in known:
                    found[word] = spelled
                    break
    return found


class AmericanLemmas:
    """Rewrites a British lemma as the American one the lemmatizer also knows.

    The British lemmas are looked up in one vectorised step over the doc's lemma ids; only
    the few words found are visited in Python."""

    def __init__(self, nlp: Language, spellings: dict[str, str]) -> None:
        strings = nlp.vocab.strings
        self.american = {strings.add(b): strings.add(a) for b, a in spellings.items()}
        self.british = numpy.fromiter(self.american, dtype=numpy.uint64)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lemmas = doc.to_array("LEMMA")
        for i in numpy.flatnonzero(numpy.isin(lemmas, self.british)):
            token = doc[int(i)]
            if token.pos_ not in POS_TABLES:
                continue
            if token.text[:1].isupper() and not token.is_sent_start:
                continue  # a capital inside a sentence is a name's: "the Labour Party"
            token.lemma = self.american[int(lemmas[i])]
        return doc
