"""One type for a name the model typed two ways equally often in one article.

The small model may call "Circular Quay" an organisation in one sentence and a person in
the next. With as many votes each way the majority rule settles nothing, and the two
mentions would become two entities of one referent. A person and something else tied is
settled by the name's shape: a given name first ("Tomas Bures") makes a person, anything
else ("Snowy Hydro Limited", "Circular Quay") keeps the other type.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span as SpacySpan

from newsledger.extract.entities.given_names import looks_like_a_personal_name


def tied_with_a_person(span: SpacySpan, votes: Counter) -> str | None:
    """The type for a name whose mentions are half PERSON and half one other type; None
    when its votes are not so tied."""
    if len(votes) != 2 or "PERSON" not in votes or len(set(votes.values())) != 1:
        return None
    if span[0].lower_ == "the":
        span = span[1:]
    if len(span) and looks_like_a_personal_name(span):
        return "PERSON"
    return next(label for label in votes if label != "PERSON")
