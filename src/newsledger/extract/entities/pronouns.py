"""He, his, she, her: the one person a reader would take each pronoun to mean, outside
direct quotations (where "he" may be anyone the quoted speaker talks about)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.entities.cluster import Cluster
from newsledger.extract.entities.gender import PRONOUN_GENDER
from newsledger.extract.entities.mention import Mention


def add_pronoun_mentions(doc: Doc, clusters: list[Cluster]) -> None:
    """he/his/she/her -> the one person the reader would pick: a person mentioned earlier in
    the same sentence, else the subject (or only person) of the previous sentence."""
    people = [c for c in clusters if c.label == "PERSON"]
    if not people:
        return
    owner: dict[int, Cluster] = {}
    for cluster in people:
        for mention in cluster.mentions:
            owner[mention.start] = cluster
    starts = sorted(owner)
    quote_depth = _inside_quotes(doc)
    sentences = list(doc.sents)
    for index, sent in enumerate(sentences):
        for token in sent:
            gender = PRONOUN_GENDER.get(token.lower_)
            if gender is None or token._.furniture or quote_depth[token.i]:
                continue
            here = [owner[s] for s in starts if sent.start <= s < token.i]
            here = [c for c in here if c.gender in (None, gender)]
            choice = here[-1] if here and len({id(c) for c in here}) == 1 else None
            if choice is None and here:
                choice = _subject_person(doc, sent, owner) or here[-1]
            if choice is None and index > 0:
                prev = sentences[index - 1]
                found = [owner[s] for s in starts if prev.start <= s < prev.end]
                found = [c for c in found if c.gender in (None, gender)]
                if len({id(c) for c in found}) == 1:
                    choice = found[0]
                elif found:
                    choice = _subject_person(doc, prev, owner)
            if choice is not None:
                choice.add_nominal(Mention(token.i, token.i + 1, "PERSON", nominal=True), "pronoun")


def _inside_quotes(doc: Doc) -> list[bool]:
    """Per token: inside a direct quotation (where "I"/"he" belong to the quoted speaker)."""
    inside = False
    flags = []
    for token in doc:
        if token.text in ("“", '"') or (
            token.text == "”" and not inside and token.whitespace_ == ""
        ):
            inside = not inside if token.text == '"' else True
            flags.append(False)
            continue
        if token.text == "”":
            inside = False
        if "\n" in token.text:
            inside = False
        flags.append(inside)
    return flags


def _subject_person(doc: Doc, sent, owner: dict[int, Cluster]) -> Cluster | None:
    for start, cluster in owner.items():
        if sent.start <= start < sent.end:
            for token in doc[start : start + 4]:
                if token.dep_ in ("nsubj", "nsubjpass"):
                    return cluster
    return None
