"""A body's name shortened in the headline: "Election commission says final results due" over
a report on the "Union Election Commission".

Headlines drop the leading words of a long name and, in sentence case, its capitals; the
words that stay are the name's last two. Each organisation named in three or more words in
the body gives its last two words, lower-cased, as a headline form; a form two bodies share
is nobody's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.entities.cluster import Cluster


def headline_forms(doc: Doc, clusters: list[Cluster], headline: set[int]) -> dict[tuple, Cluster]:
    forms: dict[tuple[str, ...], Cluster | None] = {}
    for cluster in clusters:
        if cluster.label != "ORG":
            continue
        for mention in cluster.named():
            words = [t for t in doc[mention.start : mention.end] if t.lower_ != "the"]
            if mention.start in headline or len(words) < 3:
                continue
            tail = tuple(t.lower_ for t in words[-2:])
            forms[tail] = cluster if forms.get(tail, cluster) is cluster else None
    return {tail: cluster for tail, cluster in forms.items() if cluster is not None}
