"""A statute's name: "the Prevention of Terrorism Act", "the Civil Rights Act of 1964".

The small model types a long act's name as an organisation (its "of" reads like "the Bank of
England"). A name of two or more words whose head is "Act" ("Acts"), with nothing after it
but a year, is a law whatever the model said; "ACT" in capitals (the Australian Capital
Territory, the ACT party) is not the word.
"""

from __future__ import annotations

from spacy.tokens import Span

ACT_WORDS = frozenset(["Act", "Acts"])


def names_a_law(span: Span) -> bool:
    words = [t for t in span if not t.is_punct]
    while len(words) > 2 and (words[-1].like_num or words[-1].lower_ == "of"):
        words.pop()  # "... Act of 1964", "... Act 2018"
    return len(words) >= 2 and words[-1].text in ACT_WORDS
