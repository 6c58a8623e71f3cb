"""British spellings read as American ones in lemmas ("criticised" -> "criticize").

The lexicons, the learned attribution rates and the event model were made from American
news (PolNeAR, PLOVER): "criticized" scored as a cue and "criticised" did not, so a BBC,
AFP or Times of India report lost its statements and events to spelling. Only the lemma
changes (the text, as given, is what records point to), and only where the lemmatizer knows
the American form: -ise/-yse verbs, -isation nouns, -our, -ence and -tre nouns, "programme".
"""

from __future__ import annotations

import re

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
POS_TABLES = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}


@Language.factory(
    "newsledger_spelling",
    requires=["token.lemma", "token.pos"],
    assigns=["token.lemma"],
)
def make_spelling(nlp: Language, name: str) -> AmericanLemmas:
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    known = {pos: frozenset(index[table]) for pos, table in POS_TABLES.items()}
    return AmericanLemmas(nlp, known)


class AmericanLemmas:
    """Rewrites a British lemma as the American one the lemmatizer also knows."""

    def __init__(self, nlp: Language, known: dict[str, frozenset[str]]) -> None:
        self.strings = nlp.vocab.strings
        self.known = known
        self.cache: dict[tuple[int, str], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        cache = self.cache
        for token in doc:
            pos = token.pos_
            if pos not in POS_TABLES or (token.text[:1].isupper() and not token.is_sent_start):
                continue  # a capital inside a sentence is a name's: "the Labour Party"
            key = (token.lemma, pos)
            american = cache.get(key)
            if american is None:
                american = cache[key] = self._american(token.lemma_, pos)
            if american != token.lemma:
                token.lemma = american
        return doc

    def _american(self, lemma: str, pos: str) -> int:
        known = self.known[pos]
        lower = lemma.lower()
        if lower == lemma:
            for pattern, american in ENDINGS:
                spelled = pattern.sub(american, lower)
                if spelled != lower and spelled in known:
                    return self.strings.add(spelled)
        return self.strings.add(lemma)
